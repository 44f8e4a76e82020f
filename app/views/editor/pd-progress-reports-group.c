/* pd-progress-reports-group.c — a project's progress reports, in the project editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "Progress reports" (进展情况) group of the project editor: the
 * project's reports, newest first, each opening to its text; "Add Report…"
 * asks for the date, the reporting unit (one of the project's units), the
 * status, the progress and the text (Markdown). The latest report also
 * sets the project's status and progress, in the same command, unless
 * "Update the project's status and progress" is unticked.
 */
#define G_LOG_DOMAIN "pd-progress-reports-group"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>

#include "pd-progress-reports-group.h"
#include "views/tracking/pd-tracking-view.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"

struct _PdProgressReportsGroup
{
  GtkWidget      parent_instance;

  GtkWidget     *group;
  GtkListBox    *list;
  GtkWidget     *add_button;

  PdHistory     *history;
  PdStore       *store;
  PdProject     *project;
  GListModel    *reports;
  PangoAttrList *chinese;
};

G_DEFINE_FINAL_TYPE (PdProgressReportsGroup, pd_progress_reports_group, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ERROR,
  SIGNAL_COMMAND_PUSHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
push (PdProgressReportsGroup *self,
      PdCommand              *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (command == NULL || self->history == NULL)
    return FALSE;
  if (!pd_history_push (self->history, command, &error))
    {
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      return FALSE;
    }
  if (pd_command_get_n_changes (command) > 0)
    g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
  return TRUE;
}

static gboolean
is_read_only (PdProgressReportsGroup *self)
{
  return self->store == NULL || pd_database_is_read_only (pd_store_get_database (self->store));
}

static PdProgressReport *
find_report (PdProgressReportsGroup *self,
             gint64                  id)
{
  for (guint i = 0; self->reports != NULL && i < g_list_model_get_n_items (self->reports); i++)
    {
      g_autoptr(PdProgressReport) report = g_list_model_get_item (self->reports, i);

      if (pd_progress_report_get_id (report) == id)
        return report;  /* the model holds it */
    }
  return NULL;
}

/* The dialog */

typedef struct
{
  PdProgressReportsGroup *self;
  AdwMessageDialog       *dialog;
  PdProject              *project;
  PdProgressReport       *report;   /* NULL when adding */
  GPtrArray              *units;    /* the choices of reporting unit; NULL for none */
  GtkWidget              *date_row;
  GtkWidget              *unit_row;
  GtkWidget              *status_row;
  GtkWidget              *progress_spin;
  GtkWidget              *text_view;
  GtkWidget              *update_check;
  GtkWidget              *error_label;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->project);
  g_clear_object (&form->report);
  g_clear_pointer (&form->units, g_ptr_array_unref);
  g_free (form);
}

static PdCommand *
form_command (Form    *form,
              GError **error)
{
  g_autofree char *date = pd_date_read (gtk_editable_get_text (GTK_EDITABLE (form->date_row)), FALSE, error);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (form->text_view));
  guint unit_index = adw_combo_row_get_selected (ADW_COMBO_ROW (form->unit_row));
  PdUnit *unit = unit_index < form->units->len ? g_ptr_array_index (form->units, unit_index) : NULL;
  PdStatus status = adw_combo_row_get_selected (ADW_COMBO_ROW (form->status_row));
  int progress = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->progress_spin));
  gboolean update = gtk_check_button_get_active (GTK_CHECK_BUTTON (form->update_check));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (date == NULL)
    return NULL;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (form->report != NULL)
    return pd_command_edit_progress_report (form->report, unit, date, status, progress, text, update, error);
  return pd_command_add_progress_report (form->project, unit, date, status, progress, text, update, error);
}

static void
form_changed_cb (Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = form_command (form, &error);

  gtk_label_set_text (GTK_LABEL (form->error_label), command ? "" : error->message);
  gtk_widget_set_visible (form->error_label, command == NULL);
  adw_message_dialog_set_response_enabled (form->dialog, "save", command != NULL);
}

static void
dialog_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Form             *form)
{
  if (g_strcmp0 (response, "save") == 0 && form->self->history != NULL)
    push (form->self, form_command (form, NULL));
}

static GtkWidget *
text_view_new (PdProgressReportsGroup *self,
               const char             *text)
{
  GtkSourceLanguage *markdown = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                                                          "markdown");
  GtkWidget *view = gtk_source_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *chinese = gtk_text_buffer_create_tag (buffer, NULL, "language", "zh-cn", NULL);
  GtkTextIter start, end;

  if (markdown != NULL)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), markdown);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, chinese, &start, &end);
  g_object_set_data (G_OBJECT (buffer), "pd-chinese", chinese);
  return view;
}

static void
text_changed_cb (GtkTextBuffer *buffer,
                 Form          *form)
{
  GtkTextTag *chinese = g_object_get_data (G_OBJECT (buffer), "pd-chinese");
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, chinese, &start, &end);
  form_changed_cb (form);
}

GtkWidget *
pd_progress_reports_group_open_dialog (PdProgressReportsGroup *self,
                                       PdProgressReport       *report)
{
  g_autoptr(GtkStringList) unit_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *today = NULL;
  g_autofree char *date = NULL;
  GListModel *assignments;
  GtkRoot *root;
  GtkWidget *box, *list, *row, *frame, *label, *scrolled;
  PdUnit *current;
  guint selected_unit = 0;
  PdStatus status;
  Form *form;

  g_return_val_if_fail (PD_IS_PROGRESS_REPORTS_GROUP (self), NULL);
  g_return_val_if_fail (report == NULL || PD_IS_PROGRESS_REPORT (report), NULL);

  if (self->project == NULL || is_read_only (self))
    return NULL;

  form = g_new0 (Form, 1);
  form->self = self;
  form->project = g_object_ref (self->project);
  form->report = report ? g_object_ref (report) : NULL;
  form->units = g_ptr_array_new_with_free_func (g_object_unref);

  /* The project's units in document order (leads first); a report's unit
   * that has left the project since stays a choice. */
  current = report ? pd_progress_report_get_unit (report) : NULL;
  assignments = pd_project_get_assignments (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);
      PdUnit *unit = pd_assignment_get_unit (assignment);

      if (unit == current)
        selected_unit = form->units->len;
      g_ptr_array_add (form->units, g_object_ref (unit));
      gtk_string_list_append (unit_names, pd_unit_get_name (unit));
    }
  if (current != NULL && !g_ptr_array_find (form->units, current, NULL))
    {
      selected_unit = form->units->len;
      g_ptr_array_add (form->units, g_object_ref (current));
      gtk_string_list_append (unit_names, pd_unit_get_name (current));
    }
  /* No unit is a choice when the project has none, or a report named none. */
  if (form->units->len == 0 || (report != NULL && current == NULL))
    {
      if (report != NULL && current == NULL)
        selected_unit = form->units->len;
      gtk_string_list_append (unit_names, C_("reporting unit", "None"));
    }

  for (PdStatus s = 0; s < PD_N_STATUSES; s++)
    gtk_string_list_append (statuses, pd_status_get_label (s));
  status = report ? pd_progress_report_get_status (report) : pd_project_get_status (self->project);
  if (report == NULL && status == PD_STATUS_PLANNED)
    status = PD_STATUS_ACTIVE;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_size_request (box, 420, -1);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);

  form->date_row = adw_entry_row_new ();
  gtk_widget_set_name (form->date_row, "date");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date_row), _("Date"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (form->date_row), TRUE);
  date = pd_date_format (report ? pd_progress_report_get_reported_on (report) : (today = pd_tracking_dup_today ()));
  gtk_editable_set_text (GTK_EDITABLE (form->date_row), date);
  gtk_list_box_append (GTK_LIST_BOX (list), form->date_row);

  form->unit_row = adw_combo_row_new ();
  gtk_widget_set_name (form->unit_row, "unit");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->unit_row), _("Reporting unit"));
  adw_combo_row_set_model (ADW_COMBO_ROW (form->unit_row), G_LIST_MODEL (unit_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (form->unit_row), selected_unit);
  gtk_list_box_append (GTK_LIST_BOX (list), form->unit_row);

  form->status_row = adw_combo_row_new ();
  gtk_widget_set_name (form->status_row, "status");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->status_row), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (form->status_row), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (form->status_row), status);
  gtk_list_box_append (GTK_LIST_BOX (list), form->status_row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Progress"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Percent complete"));
  form->progress_spin = gtk_spin_button_new_with_range (0, 100, 1);
  gtk_widget_set_name (form->progress_spin, "progress");
  gtk_widget_set_valign (form->progress_spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (form->progress_spin),
                             report ? pd_progress_report_get_progress (report) : pd_project_get_progress (self->project));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), form->progress_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), form->progress_spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Update the project’s status and progress"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("When this is the project’s latest report"));
  form->update_check = gtk_check_button_new ();
  gtk_widget_set_name (form->update_check, "update");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (form->update_check), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), form->update_check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), form->update_check);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  label = gtk_label_new_with_mnemonic (_("_Text of the report"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  form->text_view = text_view_new (self, report ? pd_progress_report_get_body (report) : NULL);
  gtk_widget_set_name (form->text_view, "text");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), form->text_view);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), form->text_view);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_box_append (GTK_BOX (box), frame);

  form->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (form->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (form->error_label), 0.0);
  gtk_widget_add_css_class (form->error_label, "error");
  gtk_widget_add_css_class (form->error_label, "caption");
  gtk_box_append (GTK_BOX (box), form->error_label);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  form->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             report ? _("Edit Progress Report")
                                                                    : _("Add Progress Report"), NULL));
  {
    /* Translators: %d is a project number, %s its title */
    g_autofree char *body = g_strdup_printf (_("Project %d: %s"), pd_project_get_number (self->project),
                                             pd_project_get_title (self->project));

    adw_message_dialog_set_body (form->dialog, body);
  }
  adw_message_dialog_add_responses (form->dialog, "cancel", _("_Cancel"),
                                    "save", report ? _("_Save") : _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (form->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form->dialog, "save");
  adw_message_dialog_set_close_response (form->dialog, "cancel");
  adw_message_dialog_set_extra_child (form->dialog, box);
  gtk_window_set_modal (GTK_WINDOW (form->dialog), TRUE);
  g_object_set_data_full (G_OBJECT (form->dialog), "pd-form", form, (GDestroyNotify)form_free);

  g_signal_connect_swapped (form->date_row, "changed", G_CALLBACK (form_changed_cb), form);
  g_signal_connect_swapped (form->unit_row, "notify::selected", G_CALLBACK (form_changed_cb), form);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (form->text_view)), "changed",
                    G_CALLBACK (text_changed_cb), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (dialog_response_cb), form);
  form_changed_cb (form);

  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (form->date_row);
  return GTK_WIDGET (form->dialog);
}

/* Rows */

static void
row_update (GtkWidget *row)
{
  PdProgressReport *report = g_object_get_data (G_OBJECT (row), "pd-item");
  GtkWidget *body = g_object_get_data (G_OBJECT (row), "pd-body");
  PdUnit *unit = pd_progress_report_get_unit (report);
  const char *text = pd_progress_report_get_body (report);
  g_autofree char *date = pd_date_format (pd_progress_report_get_reported_on (report));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a progress report's title: its date (as dates are shown), status
   * and progress (2014-06-30 · Active · 40%; in Chinese 2014年6月30日 · 进行中 · 40%) */
  title = g_strdup_printf (_("%s · %s · %d%%"), date,
                           pd_status_get_label (pd_progress_report_get_status (report)),
                           pd_progress_report_get_progress (report));
  subtitle = unit ? pd_tracking_markup_chinese (pd_unit_get_name (unit)) : g_markup_escape_text (_("No reporting unit"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  if (text != NULL && *text != '\0')
    {
      gtk_label_set_text (GTK_LABEL (body), text);
      gtk_widget_remove_css_class (body, "dim-label");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (body), _("No text"));
      gtk_widget_add_css_class (body, "dim-label");
    }
}

static void
row_menu_create_cb (GtkMenuButton *button,
                    gpointer       user_data)
{
  GtkWidget *row = user_data;
  PdProgressReport *report = g_object_get_data (G_OBJECT (row), "pd-item");
  gint64 id = pd_progress_report_get_id (report);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenuItem) edit_item = g_menu_item_new (_("Edit…"), NULL);
  g_autoptr(GMenuItem) delete_item = g_menu_item_new (_("Delete"), NULL);

  g_menu_item_set_action_and_target_value (edit_item, "reports.edit", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (delete_item, "reports.delete", g_variant_new_int64 (id));
  g_menu_append_item (edit, edit_item);
  g_menu_append_item (remove, delete_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PdProgressReportsGroup *self = user_data;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *body = gtk_label_new (NULL);
  GtkWidget *menu = gtk_menu_button_new ();

  g_object_set_data_full (G_OBJECT (row), "pd-item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "pd-body", body);

  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (body), 0.0);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_label_set_attributes (GTK_LABEL (body), self->chinese);
  gtk_widget_set_margin_top (body, 12);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), body);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_tooltip_text (menu, _("Report Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Report Actions"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), row_menu_create_cb, row, NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), menu);

  g_signal_connect_object (item, "notify", G_CALLBACK (row_update), row, G_CONNECT_SWAPPED);
  row_update (row);
  return row;
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  pd_progress_reports_group_open_dialog (PD_PROGRESS_REPORTS_GROUP (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdProgressReportsGroup *self = PD_PROGRESS_REPORTS_GROUP (widget);
  PdProgressReport *report = find_report (self, g_variant_get_int64 (parameter));

  if (report != NULL)
    pd_progress_reports_group_open_dialog (self, report);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdProgressReportsGroup *self = PD_PROGRESS_REPORTS_GROUP (widget);
  PdProgressReport *report = find_report (self, g_variant_get_int64 (parameter));

  if (report != NULL)
    push (self, pd_command_delete_progress_report (report));
}

static void
update_actions (PdProgressReportsGroup *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.add", self->project != NULL && !is_read_only (self));
}

/* GObject */

static void
pd_progress_reports_group_dispose (GObject *object)
{
  PdProgressReportsGroup *self = (PdProgressReportsGroup *)object;

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->reports);
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  self->list = NULL;

  G_OBJECT_CLASS (pd_progress_reports_group_parent_class)->dispose (object);
}

static void
pd_progress_reports_group_finalize (GObject *object)
{
  PdProgressReportsGroup *self = (PdProgressReportsGroup *)object;

  g_clear_pointer (&self->chinese, pango_attr_list_unref);

  G_OBJECT_CLASS (pd_progress_reports_group_parent_class)->finalize (object);
}

static void
pd_progress_reports_group_class_init (PdProgressReportsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_progress_reports_group_dispose;
  object_class->finalize = pd_progress_reports_group_finalize;

  /**
   * PdProgressReportsGroup::error:
   * @message: what went wrong
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PdProgressReportsGroup::command-pushed:
   * @command: the command, applied and on the undo stack
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  gtk_source_init ();

  gtk_widget_class_install_action (widget_class, "reports.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "reports.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "reports.delete", "x", delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "progressreports");
}

static void
pd_progress_reports_group_init (PdProgressReportsGroup *self)
{
  GtkWidget *content, *placeholder;

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));

  self->group = adw_preferences_group_new ();
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Progress reports"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), _("Newest first"));

  self->add_button = gtk_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Report…"));
  gtk_button_set_child (GTK_BUTTON (self->add_button), content);
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_tooltip_text (self->add_button, _("Add a Progress Report"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "reports.add");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), self->add_button);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress reports"), -1);
  placeholder = gtk_label_new (_("No progress reports"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 15);
  gtk_widget_set_margin_bottom (placeholder, 15);
  gtk_list_box_set_placeholder (self->list, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->list));

  update_actions (self);
}

GtkWidget *
pd_progress_reports_group_new (void)
{
  return g_object_new (PD_TYPE_PROGRESS_REPORTS_GROUP, NULL);
}

void
pd_progress_reports_group_set_history (PdProgressReportsGroup *self,
                                       PdHistory              *history)
{
  g_return_if_fail (PD_IS_PROGRESS_REPORTS_GROUP (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (self->history == history)
    return;
  pd_progress_reports_group_set_project (self, NULL);
  g_set_object (&self->history, history);
  g_clear_object (&self->store);
  if (history != NULL)
    self->store = g_object_ref (pd_history_get_store (history));
  update_actions (self);
}

void
pd_progress_reports_group_set_project (PdProgressReportsGroup *self,
                                       PdProject              *project)
{
  g_return_if_fail (PD_IS_PROGRESS_REPORTS_GROUP (self));
  g_return_if_fail (project == NULL || PD_IS_PROJECT (project));
  g_return_if_fail (project == NULL || self->store != NULL);

  if (self->project == project)
    return;
  g_set_object (&self->project, project);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->reports);
  if (project != NULL)
    {
      self->reports = pd_tracking_dup_progress_reports (pd_tracking_get_for_store (self->store), project);
      gtk_list_box_bind_model (self->list, self->reports, create_row_cb, self, NULL);
    }
  update_actions (self);
}

PdProject *
pd_progress_reports_group_get_project (PdProgressReportsGroup *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORTS_GROUP (self), NULL);
  return self->project;
}

GtkListBox *
pd_progress_reports_group_get_list (PdProgressReportsGroup *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORTS_GROUP (self), NULL);
  return self->list;
}
