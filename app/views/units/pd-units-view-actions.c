/* pd-units-view-actions.c — editing a unit from its responsibility list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Given a history, the responsibility list's header edits the unit shown:
 * its name (trimmed, unique: a refused name is explained under the entry
 * and nothing is pushed), its kind, a collective unit's members ("Add
 * Member…"), merging it into another unit ("Merge Into…") and deleting it
 * once the official has seen which projects lose it. Each edit is one
 * command on the history; the view tells the window through
 * ::command-pushed, and ::error when the plan refused it.
 */
#define G_LOG_DOMAIN "pd-units-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "pd-units-view-private.h"
#include "store/pd-commands.h"

/* Helpers */

gboolean
pd_units_view_is_editable (PdUnitsView *self)
{
  return self->history != NULL && self->store != NULL &&
         !pd_database_is_read_only (pd_store_get_database (self->store));
}

/* Pushes @command (taking it; NULL does nothing) and tells the window. */
static gboolean
push (PdUnitsView *self,
      PdCommand   *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (command == NULL || self->history == NULL)
    return FALSE;
  if (!pd_history_push (self->history, command, &error))
    {
      pd_units_view_emit_error (self, error->message);
      /* The plan is as it was: show it so. */
      if (self->shown != NULL)
        pd_units_view_show_unit (self, self->shown);
      return FALSE;
    }
  if (pd_command_get_n_changes (command) > 0)
    pd_units_view_emit_command_pushed (self, command);
  return TRUE;
}

void
pd_units_view_remove_member_clicked_cb (GtkButton   *button,
                                        PdUnitsView *self)
{
  PdUnit *member = g_object_get_data (G_OBJECT (button), "pd-unit");

  if (self->shown == NULL || member == NULL || !pd_units_view_is_editable (self))
    return;
  push (self, pd_command_remove_unit_member (pd_unit_load_get_unit (self->shown), member));
}

/* The name and kind fields */

void
pd_units_view_set_name_message (PdUnitsView *self,
                                const char  *message)
{
  gtk_label_set_text (self->name_message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->name_message_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

/* Sets the name entry from the plan: no apply button, no push. */
static void
set_name_row_text (PdUnitsView *self,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), text ? text : "") == 0)
    return;
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), text ? text : "");
  /* Toggling the apply button hides it: the text is the plan's again. */
  adw_entry_row_set_show_apply_button (self->name_row, FALSE);
  adw_entry_row_set_show_apply_button (self->name_row, TRUE);
  self->updating--;
}

/* What may be edited: nothing without a history, nothing in a read-only plan. */
void
pd_units_view_update_editing (PdUnitsView *self)
{
  gboolean has_history = self->history != NULL;
  gboolean editable = pd_units_view_is_editable (self);
  gboolean unit_editable = editable && self->shown != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->edit_group), has_history);
  gtk_widget_set_sensitive (GTK_WIDGET (self->edit_group), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_menu_button), has_history);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_menu_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.rename", unit_editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.merge-into", unit_editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", unit_editable);
}

/* The name and kind fields follow the plan; text being typed into the
 * name entry stays until the name itself changes. */
void
pd_units_view_show_fields (PdUnitsView *self,
                           PdUnitLoad  *load,
                           gboolean     other_unit)
{
  const char *name = pd_unit_get_name (pd_unit_load_get_unit (load));
  guint rank = pd_units_view_kind_rank (pd_unit_load_get_unit (load));

  /* A picker open for the unit shown before would act on this one. */
  if (other_unit && self->member_picker != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->member_picker));
      gtk_popover_popdown (GTK_POPOVER (self->merge_picker));
    }
  if (other_unit || g_strcmp0 (name, self->shown_name) != 0)
    {
      pd_units_view_set_name_message (self, NULL);
      set_name_row_text (self, name);
      g_free (self->shown_name);
      self->shown_name = g_strdup (name);
    }

  self->updating++;
  adw_combo_row_set_selected (self->kind_row,
                              rank < pd_units_view_get_n_kinds () ? rank : GTK_INVALID_LIST_POSITION);
  self->updating--;
}

/* Editing */

static void
name_row_apply_cb (PdUnitsView *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (g_strcmp0 (text, pd_unit_get_name (pd_unit_load_get_unit (self->shown))) == 0)
    {
      /* Only spaces were added: the plan has the name already. */
      pd_units_view_set_name_message (self, NULL);
      set_name_row_text (self, text);
      return;
    }
  command = pd_command_rename_unit (self->store, pd_unit_load_get_unit (self->shown), text, &error);
  pd_units_view_set_name_message (self, error ? error->message : NULL);
  if (command != NULL)
    push (self, command);
}

static void
name_row_changed_cb (PdUnitsView *self)
{
  if (self->updating == 0)
    pd_units_view_set_name_message (self, NULL);
}

/* The kind row shows the whole label ("Government department"), which the
 * default factory cuts short; its list marks the kind selected. */
static void
kind_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  if (in_list != NULL)
    {
      /* The list's selection tells assistive technologies; the mark is for the eye. */
      GtkWidget *check = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "object-select-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_list_item_set_child (list_item, box);
}

static void
kind_item_update_check (GtkListItem *list_item,
                        GParamSpec  *pspec,
                        AdwComboRow *row)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));

  gtk_widget_set_opacity (check, adw_combo_row_get_selected (row) ==
                                 gtk_list_item_get_position (list_item) ? 1.0 : 0.0);
}

static void
kind_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  in_list)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      gtk_string_object_get_string (item));
  if (in_list != NULL)
    {
      kind_item_update_check (list_item, NULL, in_list);
      g_signal_connect_object (in_list, "notify::selected",
                               G_CALLBACK (kind_item_update_check), list_item, G_CONNECT_SWAPPED);
    }
}

static void
kind_item_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  in_list)
{
  if (in_list != NULL)
    g_signal_handlers_disconnect_by_func (in_list, kind_item_update_check, list_item);
}

static void
kind_row_selected_cb (PdUnitsView *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  if (self->updating > 0 || self->shown == NULL || !pd_units_view_is_editable (self) ||
      selected >= pd_units_view_get_n_kinds () ||
      g_strcmp0 (pd_units_view_get_kind_id (selected),
                 pd_unit_get_kind (pd_unit_load_get_unit (self->shown))) == 0)
    return;
  command = pd_command_set_unit_kind (pd_unit_load_get_unit (self->shown),
                                      pd_units_view_get_kind_id (selected), &error);
  if (command == NULL)
    {
      pd_units_view_emit_error (self, error->message);
      pd_units_view_show_unit (self, self->shown);
      return;
    }
  push (self, command);
}

static gboolean
pick_member (gpointer   user_data,
             PdUnit    *member,
             GError   **error)
{
  PdUnitsView *self = user_data;
  PdCommand *command;

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return FALSE;
  command = pd_command_add_unit_member (pd_unit_load_get_unit (self->shown), member, error);
  return command != NULL && push (self, command);
}

/* Every showing of the member picker offers the units not yet members. */
static void
member_picker_show_cb (PdUnitsView *self)
{
  g_autoptr(GPtrArray) excluded = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *members;

  if (self->shown == NULL)
    return;
  g_ptr_array_add (excluded, g_object_ref (pd_unit_load_get_unit (self->shown)));
  members = pd_unit_get_members (pd_unit_load_get_unit (self->shown));
  for (guint i = 0, n = g_list_model_get_n_items (members); i < n; i++)
    g_ptr_array_add (excluded, g_list_model_get_item (members, i));
  pd_unit_search_prepare (self->member_picker,
                          /* Translators: the heading of the popover that adds a
                           * member unit to a collective unit */
                          _("Add Member"), NULL, excluded);
}

static gboolean
pick_merge_target (gpointer   user_data,
                   PdUnit    *into,
                   GError   **error)
{
  PdUnitsView *self = user_data;
  g_autoptr(PdUnit) kept = g_object_ref (into);
  PdCommand *command;

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return FALSE;
  command = pd_command_merge_units (pd_unit_load_get_unit (self->shown), into, error);
  if (command == NULL || !push (self, command))
    return FALSE;
  /* The merged unit is gone: show the one that took over its projects. */
  pd_units_view_select_unit (self, kept);
  return TRUE;
}

static void
open_merge_picker (PdUnitsView *self)
{
  g_autoptr(GPtrArray) excluded = g_ptr_array_new ();
  g_autofree char *heading = NULL;

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return;
  g_ptr_array_add (excluded, pd_unit_load_get_unit (self->shown));
  /* Translators: the heading of the popover that picks the unit another
   * one (%s) is merged into */
  heading = g_strdup_printf (_("Merge %s Into"), pd_unit_get_name (pd_unit_load_get_unit (self->shown)));
  pd_unit_search_prepare (self->merge_picker, heading,
                          _("Its projects, members and records go to the unit picked. "
                            "Where both are on a project, the stronger role stays."),
                          excluded);
  pd_units_view_label_set_text_marking (pd_unit_search_get_heading_label (self->merge_picker), heading,
                          pd_unit_get_name (pd_unit_load_get_unit (self->shown)));
  gtk_popover_popup (GTK_POPOVER (self->merge_picker));
}

static gboolean
merge_idle_cb (gpointer user_data)
{
  PdUnitsView *self = user_data;

  self->merge_idle = 0;
  open_merge_picker (self);
  return G_SOURCE_REMOVE;
}

/* From the unit menu, which is closing: open the picker once it has. */
static void
merge_into_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdUnitsView *self = PD_UNITS_VIEW (widget);

  if (self->merge_idle == 0)
    self->merge_idle = g_idle_add (merge_idle_cb, self);
}

static void
rename_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdUnitsView *self = PD_UNITS_VIEW (widget);

  if (self->shown != NULL && pd_units_view_is_editable (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PdUnitsView      *self)
{
  PdUnit *unit = g_object_get_data (G_OBJECT (dialog), "pd-unit");

  if (g_strcmp0 (response, "delete") != 0 || unit == NULL || !pd_units_view_is_editable (self))
    return;
  /* Still in the plan? (An undo may have taken it away meanwhile.) */
  if (pd_units_view_lookup_load (self, unit) == NULL)
    return;
  push (self, pd_command_delete_unit (unit));
}

/* Up to this many projects are listed in the confirmation's body; more
 * are listed in a scrolled box under it, so that the dialog fits the screen. */
#define DELETE_INLINE_MAX 12

/* The confirmation's body says what deleting takes away; @list gets the
 * projects, each by number and title (plan data, marked as Chinese), one a
 * line, and whether they belong in the body. */
static char *
format_delete_body (PdUnitsView  *self,
                    PdUnitLoad   *load,
                    char        **list,
                    gboolean     *inline_list)
{
  const char *name = pd_unit_get_name (pd_unit_load_get_unit (load));
  g_autofree char *name_markup = g_markup_printf_escaped ("<span lang=\"zh-cn\">%s</span>", name);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *format = NULL;
  guint n_projects = 0;

  for (guint i = 0; i < pd_unit_load_get_assignments (load)->len; i++)
    {
      PdAssignment *assignment = g_ptr_array_index (pd_unit_load_get_assignments (load), i);
      PdProject *project = pd_assignment_get_project (assignment);
      g_autofree char *line = NULL;

      if (project == NULL || !g_hash_table_add (seen, project))
        continue;
      line = g_markup_printf_escaped ("<span lang=\"zh-cn\">%d %s</span>",
                                      pd_project_get_number (project),
                                      pd_project_get_title (project));
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, line);
      n_projects++;
    }

  if (n_projects == 0)
    /* Translators: %s is a unit */
    format = g_markup_escape_text (_("%s is on no project."), -1);
  else
    {
      const char *sentence = g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: %s is a unit, %u the number of
                                           * projects, which follow, by number and title */
                                          "Deleting %s takes it off %u project:",
                                          "Deleting %s takes it off %u projects:",
                                          n_projects);

      format = g_markup_escape_text (sentence, -1);
    }
  *inline_list = n_projects <= DELETE_INLINE_MAX;
  *list = n_projects > 0 ? g_string_free (g_steal_pointer (&lines), FALSE) : NULL;

  /* The format is translated text with its markup characters escaped,
   * which leaves %s and %u as they were. */
  return g_strdup_printf (format, name_markup, n_projects);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pd_units_view_confirm_delete (PD_UNITS_VIEW (widget));
}

/* The editing widgets: the kinds offered, the member and merge pickers. */
void
pd_units_view_init_editing (PdUnitsView *self)
{
  /* The kinds, in the order of the view's table of kinds. */
  {
    g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
    GtkWidget *placeholder = gtk_label_new (_("No member units yet"));

    for (guint i = 0; i < pd_units_view_get_n_kinds (); i++)
      gtk_string_list_append (kinds, pd_units_view_get_kind_label (i));
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
    g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (kind_item_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (kind_item_bind_cb), NULL);
    g_signal_connect (list_factory, "setup", G_CALLBACK (kind_item_setup_cb), self->kind_row);
    g_signal_connect (list_factory, "bind", G_CALLBACK (kind_item_bind_cb), self->kind_row);
    g_signal_connect (list_factory, "unbind", G_CALLBACK (kind_item_unbind_cb), self->kind_row);
    self->updating++;
    adw_combo_row_set_factory (self->kind_row, factory);
    adw_combo_row_set_list_factory (self->kind_row, list_factory);
    adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
    self->updating--;

    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_list_box_set_placeholder (self->members_list, placeholder);
  }

  self->member_picker = pd_unit_search_new (pick_member, self);
  g_signal_connect_object (self->member_picker, "show",
                           G_CALLBACK (member_picker_show_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (self->add_member_button, GTK_WIDGET (self->member_picker));
  self->merge_picker = pd_unit_search_new (pick_merge_target, self);
  gtk_widget_set_parent (GTK_WIDGET (self->merge_picker), GTK_WIDGET (self->unit_menu_button));
}

void
pd_units_view_class_init_editing (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "units.rename", NULL, rename_action_cb);
  gtk_widget_class_install_action (widget_class, "units.merge-into", NULL, merge_into_action_cb);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, delete_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "units.rename", NULL);

  gtk_widget_class_bind_template_callback (widget_class, name_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_row_selected_cb);
}

/* API */

/**
 * pd_units_view_confirm_delete:
 *
 * What "Delete Unit…" does: asks, in a dialog that lists the projects the
 * selected unit is on (in its body, or for more than a dozen in a scrolled
 * box under it), whether to delete it; "delete" pushes the command,
 * "cancel" changes nothing.
 *
 * Returns: (transfer none) (nullable): the dialog, presented; NULL when no
 *   unit can be deleted
 */
AdwMessageDialog *
pd_units_view_confirm_delete (PdUnitsView *self)
{
  GtkRoot *root;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  g_autofree char *list = NULL;
  gboolean inline_list = TRUE;

  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete Unit?"), NULL));
  body = format_delete_body (self, self->shown, &list, &inline_list);
  if (list != NULL && inline_list)
    {
      g_autofree char *sentence = g_steal_pointer (&body);

      body = g_strconcat (sentence, "\n\n", list, NULL);
    }
  else if (list != NULL)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), list);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 9);
      gtk_widget_set_margin_bottom (label, 9);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Projects"), -1);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                      GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 300);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_widget_add_css_class (scroller, "card");
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  adw_message_dialog_set_body_use_markup (dialog, TRUE);
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "pd-unit", g_object_ref (pd_unit_load_get_unit (self->shown)),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* For tests: the editing widgets. */
AdwEntryRow *
pd_units_view_get_name_row (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->name_row;
}

/* The message under the name entry, or NULL. */
const char *
pd_units_view_get_name_message (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->name_message_label)))
    return NULL;
  return gtk_label_get_text (self->name_message_label);
}

AdwComboRow *
pd_units_view_get_kind_row (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->kind_row;
}

GtkMenuButton *
pd_units_view_get_unit_menu_button (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->unit_menu_button;
}

GtkMenuButton *
pd_units_view_get_add_member_button (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->add_member_button;
}

/* What "Add Member…" opens. */
GtkPopover *
pd_units_view_open_member_picker (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  if (self->shown == NULL || !pd_units_view_is_editable (self) ||
      !gtk_widget_get_visible (GTK_WIDGET (self->add_member_button)))
    return NULL;
  gtk_menu_button_popup (self->add_member_button);
  return GTK_POPOVER (self->member_picker);
}

/* What "Merge Into…" opens (the menu opens it once it has closed). */
GtkPopover *
pd_units_view_open_merge_picker (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  if (self->shown == NULL || !pd_units_view_is_editable (self))
    return NULL;
  open_merge_picker (self);
  return GTK_POPOVER (self->merge_picker);
}

/* Sets a picker's search text and filters at once (typing waits a moment). */
void
pd_units_view_picker_set_search_text (GtkPopover *picker,
                                      const char *text)
{
  pd_unit_search_set_search_text (PD_UNIT_SEARCH (picker), text);
}

/* The units a picker offers, best match first. */
GListModel *
pd_units_view_picker_get_matches (GtkPopover *picker)
{
  return pd_unit_search_get_matches (PD_UNIT_SEARCH (picker));
}

/* What a click or Enter on the match at @position does. FALSE when nothing
 * was pushed (the reason is then shown under the picker's entry). */
gboolean
pd_units_view_picker_pick (GtkPopover *picker,
                           guint       position)
{
  return pd_unit_search_pick (PD_UNIT_SEARCH (picker), position);
}

/* The message under a picker's entry, or NULL. */
const char *
pd_units_view_picker_get_message (GtkPopover *picker)
{
  return pd_unit_search_get_message (PD_UNIT_SEARCH (picker));
}
