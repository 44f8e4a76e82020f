/* pd-unit-picker.c — a type-to-search popover that adds a unit to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's units, less those already on the project, as PdUnitMatcher
 * finds them: by any part of their name, best match first. Enter or a click
 * adds the unit in the picker's role; when nothing matches, a row offers to
 * create a unit of that name. A name the plan cannot take is refused with
 * the constructor's message under the entry, and nothing is pushed.
 */
#define G_LOG_DOMAIN "pd-unit-picker"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-unit-matcher.h"
#include "pd-unit-picker.h"
#include "store/pd-commands.h"

struct _PdUnitPicker
{
  GtkPopover          parent_instance;

  /* Template children */
  GtkLabel           *heading_label;
  GtkSearchEntry     *search_entry;
  GtkLabel           *message_label;
  GtkScrolledWindow  *scrolled_window;
  GtkListView        *list_view;
  GtkLabel           *empty_label;
  GtkListBox         *create_list;
  GtkListBoxRow      *create_row;
  GtkLabel           *create_label;

  PdHistory          *history;
  PdProject          *project;
  PdRole              role;

  PdUnitMatcher      *matcher;
};

G_DEFINE_FINAL_TYPE (PdUnitPicker, pd_unit_picker, GTK_TYPE_POPOVER)

enum {
  SIGNAL_COMMAND_PUSHED,
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The units on the project are not offered. */
static void
update_excluded (PdUnitPicker *self)
{
  GListModel *assignments = pd_project_get_assignments (self->project);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      g_ptr_array_add (units, pd_assignment_get_unit (assignment));
    }
  pd_unit_matcher_set_excluded (self->matcher, units);
}

static void
update_create_row (PdUnitPicker *self)
{
  g_autofree char *text = pd_unit_matcher_dup_text (self->matcher);
  guint n_matches = g_list_model_get_n_items (pd_unit_matcher_get_matches (self->matcher));
  gboolean can_create = n_matches == 0 && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), n_matches > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->create_list), can_create);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n_matches == 0 && *text == '\0');

  if (can_create)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      /* Translators: a row offering to create a unit; %s is the name typed */
      g_autofree char *label = g_strdup_printf (_("Create unit “%s”"), text);
      const char *name = strstr (label, text);
      PangoAttribute *attr = pango_attr_language_new (pango_language_from_string ("zh-cn"));

      /* Only the name is plan data: the sentence stays in the UI language. */
      if (name != NULL)
        {
          attr->start_index = name - label;
          attr->end_index = attr->start_index + strlen (text);
        }
      pango_attr_list_insert (attrs, attr);
      gtk_label_set_text (self->create_label, label);
      gtk_label_set_attributes (self->create_label, attrs);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->create_row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

static void
update_search (PdUnitPicker *self)
{
  pd_unit_matcher_update (self->matcher, FALSE);
  update_create_row (self);
}

/* Pushing */

static gboolean
push (PdUnitPicker *self,
      PdCommand    *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (!pd_history_push (self->history, command, &error))
    {
      pd_unit_matcher_set_message (self->matcher, error->message);
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      return FALSE;
    }
  pd_unit_matcher_set_message (self->matcher, NULL);
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_search (self);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

/* Callbacks */

static void
search_entry_search_changed_cb (PdUnitPicker *self)
{
  /* Already searched for (Enter came before the delay): keep the message. */
  if (pd_unit_matcher_update (self->matcher, FALSE))
    {
      pd_unit_matcher_set_message (self->matcher, NULL);
      update_create_row (self);
    }
}

static void
search_entry_activate_cb (PdUnitPicker *self)
{
  guint selected;

  update_search (self);
  selected = pd_unit_matcher_get_selected (self->matcher);
  if (selected != GTK_INVALID_LIST_POSITION)
    pd_unit_picker_pick (self, selected);
  else
    pd_unit_picker_create (self);
}

static void
search_entry_stop_search_cb (PdUnitPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
list_view_activate_cb (PdUnitPicker *self,
                       guint         position)
{
  pd_unit_picker_pick (self, position);
}

static void
create_list_row_activated_cb (PdUnitPicker  *self,
                              GtkListBoxRow *row)
{
  pd_unit_picker_create (self);
}

static void
project_units_changed_cb (PdUnitPicker *self)
{
  update_excluded (self);
  update_create_row (self);
}

/* GObject */

static void
pd_unit_picker_map (GtkWidget *widget)
{
  PdUnitPicker *self = PD_UNIT_PICKER (widget);

  GTK_WIDGET_CLASS (pd_unit_picker_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pd_unit_picker_dispose (GObject *object)
{
  PdUnitPicker *self = (PdUnitPicker *)object;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->matcher);  /* before the widgets it works with */
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_UNIT_PICKER);
  g_clear_object (&self->project);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pd_unit_picker_parent_class)->dispose (object);
}

static void
pd_unit_picker_class_init (PdUnitPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_unit_picker_dispose;
  widget_class->map = pd_unit_picker_map;

  /**
   * PdUnitPicker::command-pushed:
   * @command: the command, already applied
   *
   * Emitted after the picker added a unit to the project.
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  /**
   * PdUnitPicker::error:
   * @message: what went wrong
   *
   * Emitted when the plan refused an edit the picker pushed.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-unit-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, message_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_label);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_list_row_activated_cb);
}

static void
pd_unit_picker_init (PdUnitPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Tooltips: a long name is ellipsized in the popover's width. */
  self->matcher = pd_unit_matcher_new (self->search_entry, self->list_view, self->message_label,
                                       TRUE);
}

/**
 * pd_unit_picker_new:
 * @history: where the picker pushes its command
 * @project: the project to add a unit to
 * @role: the role the unit gets
 *
 * Returns: (transfer floating): a new picker, to be set as a menu button's popover
 */
GtkWidget *
pd_unit_picker_new (PdHistory *history,
                    PdProject *project,
                    PdRole     role)
{
  PdUnitPicker *self;

  g_return_val_if_fail (PD_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  self = g_object_new (PD_TYPE_UNIT_PICKER, NULL);
  self->history = g_object_ref (history);
  self->project = g_object_ref (project);
  self->role = role;

  switch (role)
    {
    case PD_ROLE_LEAD:
      gtk_label_set_text (self->heading_label, _("Add Lead Unit"));
      break;
    case PD_ROLE_COOPERATE:
      gtk_label_set_text (self->heading_label, _("Add Cooperating Unit"));
      break;
    case PD_ROLE_RESPONSIBLE:
    case PD_N_ROLES:
    default:
      gtk_label_set_text (self->heading_label, _("Add Responsible Unit"));
      break;
    }

  g_signal_connect_object (pd_unit_matcher_get_matches (self->matcher), "items-changed",
                           G_CALLBACK (update_create_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "units-changed",
                           G_CALLBACK (project_units_changed_cb), self, G_CONNECT_SWAPPED);
  update_excluded (self);
  pd_unit_matcher_set_units (self->matcher, pd_store_get_units (pd_history_get_store (history)));
  update_search (self);

  return GTK_WIDGET (self);
}

PdProject *
pd_unit_picker_get_project (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return self->project;
}

PdRole
pd_unit_picker_get_role (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), PD_ROLE_LEAD);
  return self->role;
}

GtkEditable *
pd_unit_picker_get_search_entry (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

/* Sets the search text and filters at once (typing waits a moment). */
void
pd_unit_picker_set_search_text (PdUnitPicker *self,
                                const char   *text)
{
  g_return_if_fail (PD_IS_UNIT_PICKER (self));
  pd_unit_matcher_set_text (self->matcher, text, FALSE);
  update_create_row (self);
}

GListModel *
pd_unit_picker_get_matches (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return pd_unit_matcher_get_matches (self->matcher);
}

gboolean
pd_unit_picker_pick (PdUnitPicker *self,
                     guint         position)
{
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);

  unit = g_list_model_get_item (pd_unit_matcher_get_matches (self->matcher), position);
  if (unit == NULL)
    return FALSE;
  command = pd_command_add_assignment (self->project, unit, self->role, NULL, &error);
  if (command == NULL)
    {
      pd_unit_matcher_set_message (self->matcher, error->message);
      return FALSE;
    }
  return push (self, command);
}

gboolean
pd_unit_picker_create (PdUnitPicker *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);

  text = pd_unit_matcher_dup_text (self->matcher);
  command = pd_command_create_unit_and_assign (pd_history_get_store (self->history), self->project,
                                               text, self->role, &error);
  if (command == NULL)
    {
      pd_unit_matcher_set_message (self->matcher, error->message);
      return FALSE;
    }
  return push (self, command);
}

/* Whether the “Create unit” row shows: something typed, nothing matching. */
gboolean
pd_unit_picker_get_can_create (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->create_list));
}

/* The message under the entry, or NULL. */
const char *
pd_unit_picker_get_message (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return pd_unit_matcher_get_message (self->matcher);
}
