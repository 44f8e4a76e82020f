/* pd-project-editor.c — the side pane that edits one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field pushes a command through the history; nothing is written
 * directly. The fields follow the project when it changes elsewhere (undo,
 * redo, another view): each refresh runs with `updating` raised so that
 * setting a widget does not push its value back. Typing in the notes and
 * stepping the progress are pushed once they settle, as one command each.
 *
 * The three unit lists are GtkFilterListModels over the project's
 * assignments, one per role, bound to boxed GtkListBoxes; a role change
 * moves a row from one list to another when the filters are re-run on
 * PdProject::units-changed. Rows carry a menu (move, change role, scope,
 * remove), move with Alt+Up and Alt+Down, and can be dragged within a list
 * or to another list.
 */
#define G_LOG_DOMAIN "pd-project-editor"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>
#include <stdio.h>

#include "views/shared/pd-a11y.h"
#include "pd-progress-reports-group.h"
#include "pd-project-editor.h"
#include "views/shared/pd-unit-picker.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"
#include "reports/pd-traffic-light.h"
#include "views/tracking/pd-tracking-view.h"

/* How long typing or stepping must pause before the value is pushed. */
#define NOTES_DELAY_MS    800
#define PROGRESS_DELAY_MS 500

/* PdAssignmentRow: one unit in one of the lists */

#define PD_TYPE_ASSIGNMENT_ROW (pd_assignment_row_get_type ())
G_DECLARE_FINAL_TYPE (PdAssignmentRow, pd_assignment_row, PD, ASSIGNMENT_ROW, GtkListBoxRow)

struct _PdAssignmentRow
{
  GtkListBoxRow  parent_instance;

  PdAssignment  *assignment;
  GtkWidget     *title_label;
  GtkWidget     *subtitle_label;
  GtkWidget     *menu_button;
  GtkWidget     *scope_popover;
  GtkWidget     *scope_entry;
};

G_DEFINE_FINAL_TYPE (PdAssignmentRow, pd_assignment_row, GTK_TYPE_LIST_BOX_ROW)

static void
pd_assignment_row_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PdAssignmentRow *self = PD_ASSIGNMENT_ROW (widget);

  GTK_WIDGET_CLASS (pd_assignment_row_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->scope_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->scope_popover));
}

static void
pd_assignment_row_dispose (GObject *object)
{
  PdAssignmentRow *self = (PdAssignmentRow *)object;

  g_clear_pointer (&self->scope_popover, gtk_widget_unparent);
  g_clear_object (&self->assignment);

  G_OBJECT_CLASS (pd_assignment_row_parent_class)->dispose (object);
}

static void
pd_assignment_row_class_init (PdAssignmentRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_assignment_row_dispose;
  GTK_WIDGET_CLASS (klass)->size_allocate = pd_assignment_row_size_allocate;
}

static void
pd_assignment_row_init (PdAssignmentRow *self)
{
}

/* PdProjectEditor */

struct _PdProjectEditor
{
  GtkWidget            parent_instance;

  /* Template children */
  GtkStack            *stack;
  GtkScrolledWindow   *scrolled_window;
  GtkWidget           *content_box;
  AdwEntryRow         *title_row;
  AdwComboRow         *programme_row;
  GtkLabel            *number_label;
  AdwComboRow         *status_row;
  GtkSpinButton       *progress_spin;
  AdwActionRow        *light_row;
  GtkLabel            *title_error_label;
  AdwEntryRow         *start_row;
  AdwEntryRow         *due_row;
  GtkMenuButton       *start_date_button;
  GtkMenuButton       *due_date_button;
  GtkPopover          *start_popover;
  GtkPopover          *due_popover;
  GtkCalendar         *start_calendar;
  GtkCalendar         *due_calendar;
  GtkLabel            *dates_error_label;
  AdwPreferencesGroup *lead_group;
  AdwPreferencesGroup *cooperate_group;
  AdwPreferencesGroup *responsible_group;
  GtkMenuButton       *lead_add_button;
  GtkMenuButton       *cooperate_add_button;
  GtkMenuButton       *responsible_add_button;
  GtkListBox          *lead_list;
  GtkListBox          *cooperate_list;
  GtkListBox          *responsible_list;
  GtkSourceView       *notes_view;

  /* The same, by role */
  AdwPreferencesGroup *groups[PD_N_ROLES];
  GtkMenuButton       *add_buttons[PD_N_ROLES];
  GtkListBox          *lists[PD_N_ROLES];

  GtkWidget           *reports_group;  /* PdProgressReportsGroup, below the units */
  GtkWidget           *light_label;    /* the light's shape and name, in light_row */

  PdHistory           *history;
  PdStore             *store;
  PdProject           *project;
  GtkFilterListModel  *units[PD_N_ROLES];
  GtkTextTag          *chinese_tag;
  PangoAttrList       *chinese;

  guint                notes_timeout_id;
  guint                progress_timeout_id;
  guint                programme_idle_id;
  guint                updating;
};

G_DEFINE_FINAL_TYPE (PdProjectEditor, pd_project_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ERROR,
  SIGNAL_COMMAND_PUSHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh_all (PdProjectEditor *self);

/* Pushing */

/* Pushes @command (taking it; NULL does nothing) and tells the window. */
static gboolean
push_full (PdProjectEditor *self,
           PdCommand       *command,
           gboolean         notify)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (command == NULL || self->history == NULL)
    return FALSE;
  if (!pd_history_push (self->history, command, &error))
    {
      if (notify)
        g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      else
        g_warning ("%s", error->message);
      /* The plan is as it was: show it so. */
      refresh_all (self);
      return FALSE;
    }
  if (notify && pd_command_get_n_changes (command) > 0)
    g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
  return TRUE;
}

static gboolean
push (PdProjectEditor *self,
      PdCommand       *command)
{
  return push_full (self, command, TRUE);
}

/* Helpers */

static char *
dup_row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Sets @row's text from the plan: no apply button, no push. */
static void
set_row_text (PdProjectEditor *self,
              AdwEntryRow     *row,
              const char      *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") == 0)
    return;
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  /* Toggling the apply button hides it: the text is the plan's again. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
  self->updating--;
}

static void
show_error (GtkLabel   *label,
            GtkWidget  *row,
            GtkWidget  *other_row,
            const char *message)
{
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }
  if (other_row != NULL)
    gtk_widget_remove_css_class (other_row, "error");
}

static PdRole
list_role (PdProjectEditor *self,
           GtkListBox      *list)
{
  for (PdRole role = 0; role < PD_N_ROLES; role++)
    if (self->lists[role] == list)
      return role;
  g_return_val_if_reached (PD_ROLE_LEAD);
}

static PdAssignment *
find_assignment (PdProjectEditor *self,
                 gint64           id)
{
  GListModel *assignments;

  if (self->project == NULL)
    return NULL;
  assignments = pd_project_get_assignments (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_id (assignment) == id)
        return assignment;  /* the project holds it */
    }
  return NULL;
}

/* The place of @assignment among the project's units in its role. */
static guint
index_in_role (PdProjectEditor *self,
               PdAssignment    *assignment,
               guint           *n_in_role)
{
  GListModel *assignments = pd_project_get_assignments (self->project);
  PdRole role = pd_assignment_get_role (assignment);
  guint index = G_MAXUINT, n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) other = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_role (other) != role)
        continue;
      if (other == assignment)
        index = n;
      n++;
    }
  if (n_in_role != NULL)
    *n_in_role = n;
  return index;
}

static PdAssignmentRow *
find_row (PdProjectEditor *self,
          PdAssignment    *assignment)
{
  GtkListBox *list = self->lists[pd_assignment_get_role (assignment)];

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PD_IS_ASSIGNMENT_ROW (child) && PD_ASSIGNMENT_ROW (child)->assignment == assignment)
      return PD_ASSIGNMENT_ROW (child);
  return NULL;
}

static void
focus_assignment (PdProjectEditor *self,
                  PdAssignment    *assignment)
{
  PdAssignmentRow *row = find_row (self, assignment);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Moves @assignment within its role to @target, one step at a time. */
static gboolean
move_to_index (PdProjectEditor *self,
               PdAssignment    *assignment,
               guint            target)
{
  guint n, index = index_in_role (self, assignment, &n);

  if (index == G_MAXUINT || n == 0)
    return FALSE;
  target = MIN (target, n - 1);
  while (index > target)
    {
      if (!push (self, pd_command_move_assignment (assignment, -1)))
        return FALSE;
      index--;
    }
  while (index < target)
    {
      if (!push (self, pd_command_move_assignment (assignment, 1)))
        return FALSE;
      index++;
    }
  return TRUE;
}

/* Refreshing from the plan */

static void
refresh_title (PdProjectEditor *self)
{
  set_row_text (self, self->title_row, pd_project_get_title (self->project));
  show_error (self->title_error_label, GTK_WIDGET (self->title_row), NULL, NULL);
}

static void
refresh_number (PdProjectEditor *self)
{
  g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (self->project));

  gtk_label_set_text (self->number_label, number);
}

static void
refresh_programme (PdProjectEditor *self)
{
  GListModel *programmes = pd_store_get_programmes (self->store);
  PdProgramme *programme = pd_project_get_programme (self->project);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) item = g_list_model_get_item (programmes, i);

      if (item == programme)
        selected = i;
    }
  if (adw_combo_row_get_selected (self->programme_row) == selected)
    return;
  self->updating++;
  adw_combo_row_set_selected (self->programme_row, selected);
  self->updating--;
}

static void
refresh_status (PdProjectEditor *self)
{
  guint status = pd_project_get_status (self->project);

  if (adw_combo_row_get_selected (self->status_row) == status)
    return;
  self->updating++;
  adw_combo_row_set_selected (self->status_row, status);
  self->updating--;
}

static void
refresh_progress (PdProjectEditor *self)
{
  if (self->progress_timeout_id != 0)
    return;
  self->updating++;
  gtk_spin_button_set_value (self->progress_spin, pd_project_get_progress (self->project));
  self->updating--;
}

static void
refresh_dates (PdProjectEditor *self)
{
  g_autofree char *start = pd_date_format (pd_project_get_start_on (self->project));
  g_autofree char *due = pd_date_format (pd_project_get_due_on (self->project));

  set_row_text (self, self->start_row, start);
  set_row_text (self, self->due_row, due);
  show_error (self->dates_error_label, GTK_WIDGET (self->start_row), GTK_WIDGET (self->due_row), NULL);
}

/* The light as it stands today, and why (pd_traffic_light_dup_reason()). */
static void
refresh_light (PdProjectEditor *self)
{
  g_autofree char *today = pd_traffic_light_dup_today ();
  PdStatus status = pd_project_get_status (self->project);
  int progress = pd_project_get_progress (self->project);
  const char *start_on = pd_project_get_start_on (self->project);
  const char *due_on = pd_project_get_due_on (self->project);
  g_autofree char *reason = pd_traffic_light_dup_reason (status, progress, start_on, due_on, today);

  pd_light_label_set_light (self->light_label,
                            pd_traffic_light (status, progress, start_on, due_on, today));
  adw_action_row_set_subtitle (self->light_row, reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->light_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason,
                                  -1);
}

static void
today_changed_cb (PdProjectEditor *self)
{
  if (self->project != NULL)
    refresh_light (self);
}

static void
apply_chinese_tag (PdProjectEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->chinese_tag, &start, &end);
}

static char *
dup_notes_text (PdProjectEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
refresh_notes (PdProjectEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
  g_autofree char *text = NULL;
  const char *notes;

  /* Typing not yet pushed wins over what the plan says. */
  if (self->notes_timeout_id != 0)
    return;
  notes = self->project ? pd_project_get_notes (self->project) : NULL;
  text = dup_notes_text (self);
  if (g_strcmp0 (text, notes ? notes : "") == 0)
    return;
  self->updating++;
  gtk_text_buffer_set_text (buffer, notes ? notes : "", -1);
  apply_chinese_tag (self);
  self->updating--;
}

static void
refresh_units (PdProjectEditor *self)
{
  for (PdRole role = 0; role < PD_N_ROLES; role++)
    if (self->units[role] != NULL)
      gtk_filter_changed (gtk_filter_list_model_get_filter (self->units[role]), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
refresh_all (PdProjectEditor *self)
{
  if (self->project == NULL)
    return;
  refresh_title (self);
  refresh_number (self);
  refresh_programme (self);
  refresh_status (self);
  refresh_progress (self);
  refresh_dates (self);
  refresh_light (self);
  refresh_notes (self);
  refresh_units (self);
}

/* Pending edits: notes and progress */

static void
cancel_pending (PdProjectEditor *self)
{
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  g_clear_handle_id (&self->programme_idle_id, g_source_remove);
}

static void
flush_notes (PdProjectEditor *self,
             gboolean         notify)
{
  g_autofree char *text = NULL;
  const char *notes;

  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (self->project == NULL)
    return;
  text = dup_notes_text (self);
  notes = pd_project_get_notes (self->project);
  if (g_strcmp0 (text, notes ? notes : "") != 0)
    push_full (self, pd_command_set_project_notes (self->project, text), notify);
}

static void
flush_progress (PdProjectEditor *self,
                gboolean         notify)
{
  int value;

  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  if (self->project == NULL)
    return;
  value = gtk_spin_button_get_value_as_int (self->progress_spin);
  if (value != pd_project_get_progress (self->project))
    push_full (self, pd_command_set_project_progress (self->project, value), notify);
}

static gboolean
notes_timeout_cb (gpointer user_data)
{
  PdProjectEditor *self = user_data;

  self->notes_timeout_id = 0;
  flush_notes (self, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  PdProjectEditor *self = user_data;

  self->progress_timeout_id = 0;
  flush_progress (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
notes_buffer_changed_cb (PdProjectEditor *self,
                         GtkTextBuffer   *buffer)
{
  if (self->updating > 0 || self->project == NULL)
    return;
  apply_chinese_tag (self);
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  self->notes_timeout_id = g_timeout_add (NOTES_DELAY_MS, notes_timeout_cb, self);
}

static void
notes_focus_leave_cb (PdProjectEditor *self)
{
  if (self->notes_timeout_id != 0)
    flush_notes (self, TRUE);
}

static void
progress_spin_value_changed_cb (PdProjectEditor *self)
{
  if (self->updating > 0 || self->project == NULL)
    return;
  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  self->progress_timeout_id = g_timeout_add (PROGRESS_DELAY_MS, progress_timeout_cb, self);
}

/* Fields */

static void
title_row_apply_cb (PdProjectEditor *self)
{
  g_autofree char *text = dup_row_text (self->title_row);
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  if (self->project == NULL)
    return;
  command = pd_command_set_project_title (self->project, text, &error);
  show_error (self->title_error_label, GTK_WIDGET (self->title_row), NULL, error ? error->message : NULL);
  if (command != NULL)
    push (self, command);
}

static void
title_row_changed_cb (PdProjectEditor *self)
{
  if (self->updating == 0)
    show_error (self->title_error_label, GTK_WIDGET (self->title_row), NULL, NULL);
}

static gboolean
programme_idle_cb (gpointer user_data)
{
  PdProjectEditor *self = user_data;
  g_autoptr(PdProgramme) programme = NULL;

  self->programme_idle_id = 0;
  if (self->project == NULL)
    return G_SOURCE_REMOVE;
  programme = g_list_model_get_item (pd_store_get_programmes (self->store),
                                     adw_combo_row_get_selected (self->programme_row));
  if (programme != NULL && programme != pd_project_get_programme (self->project))
    push (self, pd_command_move_project (self->project, programme));
  return G_SOURCE_REMOVE;
}

/* The selection also moves when the list of programmes changes under it
 * (an edit in progress): the move is pushed from an idle, once the plan has
 * settled and the row shows the project's programme again unless the user
 * chose another. */
static void
programme_row_selected_cb (PdProjectEditor *self)
{
  if (self->updating > 0 || self->project == NULL || self->programme_idle_id != 0)
    return;
  self->programme_idle_id = g_idle_add (programme_idle_cb, self);
}

static void
status_row_selected_cb (PdProjectEditor *self)
{
  guint status = adw_combo_row_get_selected (self->status_row);

  if (self->updating > 0 || self->project == NULL || status >= PD_N_STATUSES)
    return;
  if (status != pd_project_get_status (self->project))
    push (self, pd_command_set_project_status (self->project, status));
}

/* @reason, and that the date in @row was not saved: what the plan still
 * holds there. */
static char *
dup_refused_message (PdProjectEditor *self,
                     AdwEntryRow     *row,
                     const char      *reason)
{
  gboolean start = row == self->start_row;
  const char *stored = start ? pd_project_get_start_on (self->project) : pd_project_get_due_on (self->project);
  g_autofree char *shown = pd_date_format (stored);
  g_autofree char *note = NULL;

  if (*shown == '\0')
    note = g_strdup (start ? _("Not saved: the start date is still empty.")
                           : _("Not saved: the due date is still empty."));
  else
    /* Translators: %s is the date the plan holds, 2022-12-31 */
    note = g_strdup_printf (start ? _("Not saved: the start date is still %s.")
                                  : _("Not saved: the due date is still %s."), shown);
  return g_strdup_printf ("%s\n%s", reason, note);
}

/* The fields hold dates as they are shown (or typed: 2013/3/31, …); the
 * plan takes them as ISO days. Text that is refused stays in its field,
 * marked, with the reason and the date the plan keeps, until the editor is
 * hidden (another side-pane page, another project): then the fields show
 * the plan's dates again. */
static gboolean
apply_dates (PdProjectEditor *self)
{
  g_autofree char *start_text = dup_row_text (self->start_row);
  g_autofree char *due_text = dup_row_text (self->due_row);
  g_autofree char *start = NULL;
  g_autofree char *due = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  if (self->project == NULL)
    return FALSE;
  /* Point at the field at fault: a date that is not one, or else the due
   * date that comes before the start. */
  start = pd_date_read (start_text, TRUE, &error);
  if (start == NULL)
    {
      message = dup_refused_message (self, self->start_row, error->message);
      show_error (self->dates_error_label, GTK_WIDGET (self->start_row), GTK_WIDGET (self->due_row),
                  message);
      return FALSE;
    }
  due = pd_date_read (due_text, TRUE, &error);
  command = due ? pd_command_set_project_dates (self->project, start, due, &error) : NULL;
  if (command == NULL)
    {
      message = dup_refused_message (self, self->due_row, error->message);
      show_error (self->dates_error_label, GTK_WIDGET (self->due_row), GTK_WIDGET (self->start_row),
                  message);
      return FALSE;
    }
  show_error (self->dates_error_label, GTK_WIDGET (self->start_row), GTK_WIDGET (self->due_row), NULL);
  if (!push (self, command))
    return FALSE;
  /* 2013/3/31 reads 2013-03-31 (2013年3月31日) once taken, changed or not. */
  refresh_dates (self);
  return TRUE;
}

static void
date_row_apply_cb (PdProjectEditor *self)
{
  apply_dates (self);
}

static void
date_row_changed_cb (PdProjectEditor *self)
{
  if (self->updating == 0)
    show_error (self->dates_error_label, GTK_WIDGET (self->start_row), GTK_WIDGET (self->due_row), NULL);
}

static GDateTime *
parse_date (const char *text)
{
  g_autofree char *iso = pd_date_parse (text);
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_local (y, m, d, 0, 0, 0);
}

/* Opens the calendar on the row's date, or on the other date, or today. */
static void
date_popover_show_cb (PdProjectEditor *self,
                      GtkPopover      *popover)
{
  gboolean start = popover == self->start_popover;
  GtkCalendar *calendar = start ? self->start_calendar : self->due_calendar;
  g_autofree char *text = dup_row_text (start ? self->start_row : self->due_row);
  g_autofree char *other = dup_row_text (start ? self->due_row : self->start_row);
  g_autoptr(GDateTime) date = parse_date (text);

  if (date == NULL)
    date = parse_date (other);
  if (date == NULL)
    date = g_date_time_new_now_local ();
  self->updating++;
  gtk_calendar_select_day (calendar, date);
  self->updating--;
}

static void
calendar_day_selected_cb (PdProjectEditor *self,
                          GtkCalendar     *calendar)
{
  gboolean start = calendar == self->start_calendar;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;

  if (self->updating > 0 || self->project == NULL)
    return;
  date = gtk_calendar_get_date (calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  text = pd_date_format (iso);
  gtk_editable_set_text (GTK_EDITABLE (start ? self->start_row : self->due_row), text);
  gtk_popover_popdown (start ? self->start_popover : self->due_popover);
  if (apply_dates (self))
    {
      adw_entry_row_set_show_apply_button (start ? self->start_row : self->due_row, FALSE);
      adw_entry_row_set_show_apply_button (start ? self->start_row : self->due_row, TRUE);
    }
}

/* The plan changed */

static void
project_notify_cb (PdProjectEditor *self,
                   GParamSpec      *pspec,
                   PdProject       *project)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "title"))
    refresh_title (self);
  else if (g_str_equal (name, "number"))
    refresh_number (self);
  else if (g_str_equal (name, "status"))
    refresh_status (self);
  else if (g_str_equal (name, "progress"))
    refresh_progress (self);
  else if (g_str_equal (name, "start-on") || g_str_equal (name, "due-on"))
    refresh_dates (self);
  if (g_str_equal (name, "status") || g_str_equal (name, "progress") ||
      g_str_equal (name, "start-on") || g_str_equal (name, "due-on"))
    refresh_light (self);
}

static void
project_units_changed_cb (PdProjectEditor *self)
{
  refresh_units (self);
}

static void
store_changed_cb (PdProjectEditor *self)
{
  if (self->project == NULL)
    return;
  /* Deleted: the plan no longer numbers it. Typing for it is dropped. */
  if (pd_store_find_project_by_number (self->store, pd_project_get_number (self->project)) != self->project)
    {
      cancel_pending (self);
      pd_project_editor_set_project (self, NULL);
      return;
    }
  /* Neither notes nor programme have their own notification. */
  refresh_programme (self);
  refresh_notes (self);
}

/* Unit rows */

static void
assignment_row_update (PdAssignmentRow *row)
{
  const char *name = pd_unit_get_name (pd_assignment_get_unit (row->assignment));
  const char *scope = pd_assignment_get_scope (row->assignment);
  gboolean has_scope = scope != NULL && *scope != '\0';

  gtk_label_set_text (GTK_LABEL (row->title_label), name);
  gtk_label_set_text (GTK_LABEL (row->subtitle_label), has_scope ? scope : "");
  gtk_widget_set_visible (row->subtitle_label, has_scope);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, has_scope ? scope : "",
                                  -1);
}

static PdProjectEditor *
get_editor (PdAssignmentRow *row)
{
  return PD_PROJECT_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (row), PD_TYPE_PROJECT_EDITOR));
}

static void
append_menu_item (GMenu      *menu,
                  const char *label,
                  const char *action,
                  GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_row_menu (PdProjectEditor *self,
                PdAssignmentRow *row)
{
  static const char * const make_labels[PD_N_ROLES] = {
    N_("Make Lead"), N_("Make Cooperating"), N_("Make Responsible")
  };
  gint64 id = pd_assignment_get_id (row->assignment);
  PdRole role = pd_assignment_get_role (row->assignment);
  guint n, index = index_in_role (self, row->assignment, &n);
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) roles = g_menu_new ();
  g_autoptr(GMenu) scope = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  if (index > 0 && index != G_MAXUINT)
    append_menu_item (moves, _("Move Up"), "assignment.move-up", g_variant_new_int64 (id));
  if (index + 1 < n)
    append_menu_item (moves, _("Move Down"), "assignment.move-down", g_variant_new_int64 (id));
  for (PdRole other = 0; other < PD_N_ROLES; other++)
    if (other != role)
      append_menu_item (roles, _(make_labels[other]), "assignment.set-role",
                        g_variant_new ("(xs)", id, pd_role_to_string (other)));
  append_menu_item (scope, _("Edit Scope…"), "assignment.edit-scope", g_variant_new_int64 (id));
  append_menu_item (remove, _("Remove"), "assignment.remove", g_variant_new_int64 (id));

  if (g_menu_model_get_n_items (G_MENU_MODEL (moves)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (roles));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (scope));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static void
row_menu_create_popup_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  PdAssignmentRow *row = user_data;
  PdProjectEditor *self = get_editor (row);
  g_autoptr(GMenuModel) menu = NULL;

  if (self == NULL || row->assignment == NULL)
    return;
  menu = build_row_menu (self, row);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
scope_apply (PdAssignmentRow *row)
{
  PdProjectEditor *self = get_editor (row);
  g_autoptr(PdAssignment) assignment = g_object_ref (row->assignment);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->scope_entry))));
  const char *scope = pd_assignment_get_scope (assignment);

  gtk_popover_popdown (GTK_POPOVER (row->scope_popover));
  if (self != NULL && g_strcmp0 (text, scope ? scope : "") != 0)
    push (self, pd_command_set_assignment_scope (assignment, text));
}

static void
ensure_scope_popover (PdProjectEditor *self,
                      PdAssignmentRow *row)
{
  GtkWidget *box, *heading, *entry_box, *button;

  if (row->scope_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = gtk_label_new (_("Scope"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  entry_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  row->scope_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (row->scope_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (row->scope_entry), 20);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->scope_entry), _("What the unit is responsible for"));
  gtk_entry_set_attributes (GTK_ENTRY (row->scope_entry), self->chinese);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->scope_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scope"),
                                  -1);
  g_signal_connect_swapped (row->scope_entry, "activate", G_CALLBACK (scope_apply), row);
  gtk_box_append (GTK_BOX (entry_box), row->scope_entry);

  button = gtk_button_new_with_label (_("Set"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (scope_apply), row);
  gtk_box_append (GTK_BOX (entry_box), button);
  gtk_box_append (GTK_BOX (box), entry_box);

  row->scope_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (row->scope_popover), box);
  gtk_popover_set_position (GTK_POPOVER (row->scope_popover), GTK_POS_BOTTOM);
  gtk_widget_set_parent (row->scope_popover, GTK_WIDGET (row));
}

static void
row_drag_begin_cb (GtkDragSource   *source,
                   GdkDrag         *drag,
                   PdAssignmentRow *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (row));

  gtk_drag_source_set_icon (source, paintable, 24, 24);
}

static GdkContentProvider *
row_drag_prepare_cb (GtkDragSource   *source,
                     double           x,
                     double           y,
                     PdAssignmentRow *row)
{
  return gdk_content_provider_new_typed (PD_TYPE_ASSIGNMENT, row->assignment);
}

static void
add_move_shortcut (GtkShortcutController *controller,
                   const char            *trigger,
                   const char            *action,
                   gint64                 id)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int64 (id));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PdProjectEditor *self = user_data;
  PdAssignment *assignment = item;
  PdAssignmentRow *row = g_object_new (PD_TYPE_ASSIGNMENT_ROW, NULL);
  GtkWidget *box, *handle, *labels;
  GtkDragSource *source;
  GtkEventController *shortcuts;
  gint64 id = pd_assignment_get_id (assignment);

  row->assignment = g_object_ref (assignment);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_size_request (box, -1, 50);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);

  handle = g_object_new (GTK_TYPE_IMAGE,
                         "icon-name", "list-drag-handle-symbolic",
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         "tooltip-text", _("Drag to move"),
                         NULL);
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_box_append (GTK_BOX (box), handle);

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_margin_top (labels, 6);
  gtk_widget_set_margin_bottom (labels, 6);
  row->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->title_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (row->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_attributes (GTK_LABEL (row->title_label), self->chinese);
  gtk_box_append (GTK_BOX (labels), row->title_label);
  row->subtitle_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->subtitle_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (row->subtitle_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->subtitle_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_attributes (GTK_LABEL (row->subtitle_label), self->chinese);
  gtk_widget_add_css_class (row->subtitle_label, "dim-label");
  gtk_widget_add_css_class (row->subtitle_label, "caption");
  gtk_box_append (GTK_BOX (labels), row->subtitle_label);
  gtk_box_append (GTK_BOX (box), labels);

  row->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (row->menu_button), "view-more-symbolic");
  gtk_widget_set_valign (row->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row->menu_button, "flat");
  gtk_widget_set_tooltip_text (row->menu_button, _("Unit Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unit Actions"),
                                  -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row->menu_button),
                                         row_menu_create_popup_cb, row, NULL);
  gtk_box_append (GTK_BOX (box), row->menu_button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (row_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (row_drag_begin_cb), row);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));

  shortcuts = gtk_shortcut_controller_new ();
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", "assignment.move-up", id);
  add_move_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", "assignment.move-down", id);
  gtk_widget_add_controller (GTK_WIDGET (row), shortcuts);

  g_signal_connect_object (assignment, "notify::scope",
                           G_CALLBACK (assignment_row_update), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (pd_assignment_get_unit (assignment), "notify::name",
                           G_CALLBACK (assignment_row_update), row, G_CONNECT_SWAPPED);
  assignment_row_update (row);

  return GTK_WIDGET (row);
}

static void
list_row_activated_cb (PdProjectEditor *self,
                       GtkListBoxRow   *row)
{
  if (PD_IS_ASSIGNMENT_ROW (row))
    gtk_menu_button_popup (GTK_MENU_BUTTON (PD_ASSIGNMENT_ROW (row)->menu_button));
}

/* Drag and drop */

/* Where a drop at @y in @list puts the unit: the place of the row under the
 * pointer, or the end. */
static guint
drop_index (GtkListBox *list,
            double      y)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (list, (int)y);

  if (row == NULL || !PD_IS_ASSIGNMENT_ROW (row))
    return G_MAXUINT;
  return gtk_list_box_row_get_index (row);
}

static GdkDragAction
list_drop_motion_cb (GtkDropTarget   *target,
                     double           x,
                     double           y,
                     PdProjectEditor *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (list, (int)y);

  if (row != NULL && PD_IS_ASSIGNMENT_ROW (row))
    gtk_list_box_drag_highlight_row (list, row);
  else
    gtk_list_box_drag_unhighlight_row (list);
  return GDK_ACTION_MOVE;
}

static void
list_drop_leave_cb (GtkDropTarget   *target,
                    PdProjectEditor *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  gtk_list_box_drag_unhighlight_row (GTK_LIST_BOX (list));
}

static gboolean
list_drop_cb (GtkDropTarget   *target,
              const GValue    *value,
              double           x,
              double           y,
              PdProjectEditor *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  PdAssignment *assignment;

  gtk_list_box_drag_unhighlight_row (list);
  if (!G_VALUE_HOLDS (value, PD_TYPE_ASSIGNMENT))
    return FALSE;
  assignment = g_value_get_object (value);
  return pd_project_editor_drop_assignment (self, assignment, list_role (self, list), drop_index (list, y));
}

/* Actions */

static void
delete_project_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  g_autoptr(PdProject) project = NULL;

  if (self->project == NULL)
    return;
  project = g_object_ref (self->project);
  pd_project_editor_flush (self);
  push (self, pd_command_delete_project (project));
}

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  PdRole role;

  if (pd_role_from_string (g_variant_get_string (parameter, NULL), &role))
    pd_project_editor_open_unit_picker (self, role);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  PdAssignment *assignment = find_assignment (self, g_variant_get_int64 (parameter));
  g_autoptr(PdAssignment) held = NULL;
  guint n, index;
  int delta = g_str_equal (action_name, "assignment.move-up") ? -1 : 1;

  if (assignment == NULL)
    return;
  held = g_object_ref (assignment);
  index = index_in_role (self, assignment, &n);
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return;
  if (push (self, pd_command_move_assignment (assignment, delta)))
    focus_assignment (self, assignment);
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  PdAssignment *assignment;
  g_autoptr(PdAssignment) held = NULL;
  const char *role_name;
  gint64 id;
  PdRole role;

  g_variant_get (parameter, "(x&s)", &id, &role_name);
  assignment = find_assignment (self, id);
  if (assignment == NULL || !pd_role_from_string (role_name, &role) ||
      role == pd_assignment_get_role (assignment))
    return;
  held = g_object_ref (assignment);
  if (push (self, pd_command_set_assignment_role (assignment, role)))
    focus_assignment (self, assignment);
}

static void
edit_scope_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  PdAssignment *assignment = find_assignment (self, g_variant_get_int64 (parameter));
  PdAssignmentRow *row;
  const char *scope;

  if (assignment == NULL || (row = find_row (self, assignment)) == NULL)
    return;
  ensure_scope_popover (self, row);
  scope = pd_assignment_get_scope (assignment);
  gtk_editable_set_text (GTK_EDITABLE (row->scope_entry), scope ? scope : "");
  gtk_popover_popup (GTK_POPOVER (row->scope_popover));
  gtk_widget_grab_focus (row->scope_entry);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);
  PdAssignment *assignment = find_assignment (self, g_variant_get_int64 (parameter));

  if (assignment != NULL)
    push (self, pd_command_remove_assignment (assignment));
}

static gboolean
is_read_only (PdProjectEditor *self)
{
  return self->store != NULL && pd_database_is_read_only (pd_store_get_database (self->store));
}

static void
update_actions (PdProjectEditor *self)
{
  gboolean enabled = self->project != NULL && self->history != NULL && !is_read_only (self);

  /* A read-only plan (the bundled one) is shown, not edited; it still scrolls. */
  gtk_widget_set_sensitive (self->content_box, !is_read_only (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete-project", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-unit", enabled);
}

/* The unit picker */

static void
picker_command_pushed_cb (PdProjectEditor *self,
                          PdCommand       *command)
{
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
}

static void
picker_error_cb (PdProjectEditor *self,
                 const char      *message)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

static void
add_button_create_popup_cb (GtkMenuButton *button,
                            gpointer       user_data)
{
  PdProjectEditor *self = user_data;
  GtkWidget *picker;
  PdRole role = PD_ROLE_LEAD;

  if (self->project == NULL || self->history == NULL)
    return;
  for (PdRole r = 0; r < PD_N_ROLES; r++)
    if (self->add_buttons[r] == button)
      role = r;

  /* A fresh picker each time: it belongs to this project and role. */
  picker = GTK_WIDGET (gtk_menu_button_get_popover (button));
  if (PD_IS_UNIT_PICKER (picker) &&
      pd_unit_picker_get_project (PD_UNIT_PICKER (picker)) == self->project)
    return;
  picker = pd_unit_picker_new (self->history, self->project, role);
  g_signal_connect_object (picker, "command-pushed",
                           G_CALLBACK (picker_command_pushed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (picker, "error", G_CALLBACK (picker_error_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, picker);
}

/* The programme row */

static char *
programme_label (PdProgramme *programme)
{
  if (programme == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%s、%s", pd_programme_get_numeral (programme), pd_programme_get_title (programme));
}

static void
programme_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    PdProjectEditor          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_attributes (GTK_LABEL (label), self->chinese);
  gtk_list_item_set_child (list_item, label);
}

static void
programme_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   PdProjectEditor          *self)
{
  g_autofree char *text = programme_label (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

/* The notes editor */

static void
update_style_scheme (PdProjectEditor *self)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "oblivion" : "classic");
  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer), scheme);
}

static void
setup_notes (PdProjectEditor *self)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)));
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *markdown = gtk_source_language_manager_get_language (languages, "markdown");
  GtkEventController *focus;

  if (markdown != NULL)
    gtk_source_buffer_set_language (buffer, markdown);
  gtk_source_buffer_set_highlight_matching_brackets (buffer, FALSE);
  /* Undo is the plan's: one step per pause in typing, through the history. */
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (buffer), FALSE);
  self->chinese_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (buffer), NULL, "language", "zh-cn", NULL);

  g_signal_connect_object (buffer, "changed", G_CALLBACK (notes_buffer_changed_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (notes_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);
  update_style_scheme (self);
}

/* GObject */

static void
pd_project_editor_dispose (GObject *object)
{
  PdProjectEditor *self = (PdProjectEditor *)object;

  /* Typing not yet pushed is kept, quietly: the window may be going away. */
  if (self->project != NULL && self->history != NULL)
    {
      flush_notes (self, FALSE);
      flush_progress (self, FALSE);
    }
  cancel_pending (self);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  for (PdRole role = 0; role < PD_N_ROLES; role++)
    {
      if (self->lists[role] != NULL)
        gtk_list_box_bind_model (self->lists[role], NULL, NULL, NULL, NULL);
      g_clear_object (&self->units[role]);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PROJECT_EDITOR);
  self->reports_group = NULL;
  for (PdRole role = 0; role < PD_N_ROLES; role++)
    {
      self->lists[role] = NULL;
      self->add_buttons[role] = NULL;
      self->groups[role] = NULL;
    }
  g_clear_object (&self->project);
  g_clear_object (&self->store);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pd_project_editor_parent_class)->dispose (object);
}

static void
pd_project_editor_finalize (GObject *object)
{
  PdProjectEditor *self = (PdProjectEditor *)object;

  g_clear_pointer (&self->chinese, pango_attr_list_unref);

  G_OBJECT_CLASS (pd_project_editor_parent_class)->finalize (object);
}

static void
pd_project_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_project_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      pd_project_editor_set_history (self, g_value_get_object (value));
      break;
    case PROP_PROJECT:
      pd_project_editor_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A refused date does not outlive the editor's page: hidden, the fields
 * go back to what the plan holds. */
static void
pd_project_editor_unmap (GtkWidget *widget)
{
  PdProjectEditor *self = PD_PROJECT_EDITOR (widget);

  if (self->project != NULL)
    refresh_dates (self);

  GTK_WIDGET_CLASS (pd_project_editor_parent_class)->unmap (widget);
}

static void
pd_project_editor_class_init (PdProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_project_editor_dispose;
  object_class->finalize = pd_project_editor_finalize;
  object_class->get_property = pd_project_editor_get_property;
  object_class->set_property = pd_project_editor_set_property;
  widget_class->unmap = pd_project_editor_unmap;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PD_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, PD_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PdProjectEditor::error:
   * @message: what went wrong
   *
   * Emitted when the plan refused an edit (the window shows a toast). Input
   * the plan cannot take is shown in the editor instead.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PdProjectEditor::command-pushed:
   * @command: the command, already applied and on the undo stack
   *
   * Emitted after every edit the editor made, so the window can offer to
   * undo destructive ones.
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  gtk_source_init ();
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-project-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, content_box);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, programme_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, progress_spin);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, light_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, title_error_label);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, start_date_button);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, due_date_button);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, start_popover);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, due_popover);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, due_calendar);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, dates_error_label);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, lead_group);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, cooperate_group);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, responsible_group);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, lead_add_button);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, cooperate_add_button);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, responsible_add_button);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, lead_list);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, cooperate_list);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, responsible_list);
  gtk_widget_class_bind_template_child (widget_class, PdProjectEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, title_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, programme_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.delete-project", NULL, delete_project_action);
  gtk_widget_class_install_action (widget_class, "editor.add-unit", "s", add_unit_action);
  gtk_widget_class_install_action (widget_class, "assignment.move-up", "x", move_action);
  gtk_widget_class_install_action (widget_class, "assignment.move-down", "x", move_action);
  gtk_widget_class_install_action (widget_class, "assignment.set-role", "(xs)", set_role_action);
  gtk_widget_class_install_action (widget_class, "assignment.edit-scope", "x", edit_scope_action);
  gtk_widget_class_install_action (widget_class, "assignment.remove", "x", remove_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "projecteditor");
}

static void
pd_project_editor_init (PdProjectEditor *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  pd_a11y_label_entry_row (self->title_row);
  pd_a11y_label_entry_row (self->start_row);
  pd_a11y_label_entry_row (self->due_row);
  pd_a11y_label_calendar (self->start_calendar);
  pd_a11y_label_calendar (self->due_calendar);

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  adw_entry_row_set_attributes (self->title_row, self->chinese);

  /* The light beside its reason (the row's subtitle), for the day lights
   * are shown for. */
  self->light_label = pd_light_label_new ();
  gtk_widget_set_valign (self->light_label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->light_row, self->light_label);
  if (pd_tracking_get_today_settings () != NULL)
    g_signal_connect_object (pd_tracking_get_today_settings (), "changed::today",
                             G_CALLBACK (today_changed_cb), self, G_CONNECT_SWAPPED);

  self->groups[PD_ROLE_LEAD] = self->lead_group;
  self->groups[PD_ROLE_COOPERATE] = self->cooperate_group;
  self->groups[PD_ROLE_RESPONSIBLE] = self->responsible_group;
  self->add_buttons[PD_ROLE_LEAD] = self->lead_add_button;
  self->add_buttons[PD_ROLE_COOPERATE] = self->cooperate_add_button;
  self->add_buttons[PD_ROLE_RESPONSIBLE] = self->responsible_add_button;
  self->lists[PD_ROLE_LEAD] = self->lead_list;
  self->lists[PD_ROLE_COOPERATE] = self->cooperate_list;
  self->lists[PD_ROLE_RESPONSIBLE] = self->responsible_list;

  for (PdRole role = 0; role < PD_N_ROLES; role++)
    {
      const char *title = adw_preferences_group_get_title (self->groups[role]);
      GtkWidget *placeholder = gtk_label_new (_("No units"));
      GtkDropTarget *target = gtk_drop_target_new (PD_TYPE_ASSIGNMENT, GDK_ACTION_MOVE);

      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 15);
      gtk_widget_set_margin_bottom (placeholder, 15);
      gtk_list_box_set_placeholder (self->lists[role], placeholder);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->lists[role]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_buttons[role]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Unit"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title,
                                      -1);
      g_signal_connect_object (self->lists[role], "row-activated", G_CALLBACK (list_row_activated_cb),
                               self, G_CONNECT_SWAPPED);

      g_signal_connect (target, "motion", G_CALLBACK (list_drop_motion_cb), self);
      g_signal_connect (target, "leave", G_CALLBACK (list_drop_leave_cb), self);
      g_signal_connect (target, "drop", G_CALLBACK (list_drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self->lists[role]), GTK_EVENT_CONTROLLER (target));

      gtk_menu_button_set_create_popup_func (self->add_buttons[role], add_button_create_popup_cb, self, NULL);
    }

  for (PdStatus status = 0; status < PD_N_STATUSES; status++)
    gtk_string_list_append (statuses, pd_status_get_label (status));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect (factory, "setup", G_CALLBACK (programme_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (programme_bind_cb), self);
  adw_combo_row_set_factory (self->programme_row, factory);

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_row_changed_cb), self);
  g_signal_connect_swapped (self->start_row, "changed", G_CALLBACK (date_row_changed_cb), self);
  g_signal_connect_swapped (self->due_row, "changed", G_CALLBACK (date_row_changed_cb), self);

  /* Progress reports (进展情况), below the units. */
  self->reports_group = pd_progress_reports_group_new ();
  gtk_box_insert_child_after (GTK_BOX (self->content_box), self->reports_group, GTK_WIDGET (self->responsible_group));
  g_signal_connect_object (self->reports_group, "command-pushed", G_CALLBACK (picker_command_pushed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reports_group, "error", G_CALLBACK (picker_error_cb), self, G_CONNECT_SWAPPED);

  setup_notes (self);
  update_actions (self);
}

GtkWidget *
pd_project_editor_new (void)
{
  return g_object_new (PD_TYPE_PROJECT_EDITOR, NULL);
}

void
pd_project_editor_set_history (PdProjectEditor *self,
                               PdHistory       *history)
{
  g_return_if_fail (PD_IS_PROJECT_EDITOR (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (self->history == history)
    return;

  pd_project_editor_set_project (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_set_object (&self->history, history);
  if (self->reports_group != NULL)
    pd_progress_reports_group_set_history (PD_PROGRESS_REPORTS_GROUP (self->reports_group), history);

  self->updating++;
  if (history != NULL)
    {
      self->store = g_object_ref (pd_history_get_store (history));
      g_signal_connect_object (self->store, "changed",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      adw_combo_row_set_model (self->programme_row, pd_store_get_programmes (self->store));
    }
  else
    adw_combo_row_set_model (self->programme_row, NULL);
  self->updating--;

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

PdHistory *
pd_project_editor_get_history (PdProjectEditor *self)
{
  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  return self->history;
}

static gboolean
role_filter_func (gpointer item,
                  gpointer user_data)
{
  return pd_assignment_get_role (item) == (PdRole)GPOINTER_TO_UINT (user_data);
}

void
pd_project_editor_set_project (PdProjectEditor *self,
                               PdProject       *project)
{
  g_return_if_fail (PD_IS_PROJECT_EDITOR (self));
  g_return_if_fail (project == NULL || PD_IS_PROJECT (project));
  g_return_if_fail (project == NULL || self->history != NULL);

  if (self->project == project)
    return;

  /* What was typed for the old project goes to the old project. */
  pd_project_editor_flush (self);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (self->reports_group != NULL)
    pd_progress_reports_group_set_project (PD_PROGRESS_REPORTS_GROUP (self->reports_group), project);

  for (PdRole role = 0; role < PD_N_ROLES; role++)
    {
      GtkMenuButton *button = self->add_buttons[role];

      gtk_menu_button_popdown (button);
      gtk_menu_button_set_popover (button, NULL);
      g_clear_object (&self->units[role]);
      if (project != NULL)
        {
          GtkCustomFilter *filter = gtk_custom_filter_new (role_filter_func, GUINT_TO_POINTER (role), NULL);

          self->units[role] = gtk_filter_list_model_new (g_object_ref (pd_project_get_assignments (project)),
                                                         GTK_FILTER (filter));
        }
      gtk_list_box_bind_model (self->lists[role], G_LIST_MODEL (self->units[role]),
                               project ? create_row_cb : NULL, project ? self : NULL, NULL);
    }

  if (project != NULL)
    {
      g_signal_connect_object (project, "notify", G_CALLBACK (project_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "units-changed", G_CALLBACK (project_units_changed_cb), self,
                               G_CONNECT_SWAPPED);
      refresh_all (self);
      show_error (self->title_error_label, GTK_WIDGET (self->title_row), NULL, NULL);
      gtk_stack_set_visible_child_name (self->stack, "editor");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
    }
  else
    {
      self->updating++;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view)), "", -1);
      self->updating--;
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

PdProject *
pd_project_editor_get_project (PdProjectEditor *self)
{
  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  return self->project;
}

void
pd_project_editor_flush (PdProjectEditor *self)
{
  g_return_if_fail (PD_IS_PROJECT_EDITOR (self));
  if (self->programme_idle_id != 0)
    {
      g_clear_handle_id (&self->programme_idle_id, g_source_remove);
      programme_idle_cb (self);
    }
  flush_notes (self, TRUE);
  flush_progress (self, TRUE);
}

GtkListBox *
pd_project_editor_get_unit_list (PdProjectEditor *self,
                                 PdRole           role)
{
  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);
  return self->lists[role];
}

GtkMenuButton *
pd_project_editor_get_add_button (PdProjectEditor *self,
                                  PdRole           role)
{
  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);
  return self->add_buttons[role];
}

/* Pops the button's menu up once the frame after this one is laid out. */
static gboolean
popup_later_cb (GtkWidget     *button,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *frames = g_object_get_data (G_OBJECT (button), "pd-frames-to-popup");

  if (frames != NULL && (*frames)-- > 0)
    return G_SOURCE_CONTINUE;
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  return G_SOURCE_REMOVE;
}

/* Scrolls the editor so that @widget is in view; whether it had to. */
static gboolean
scroll_into_view (PdProjectEditor *self,
                  GtkWidget       *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, self->content_box, &bounds) || page <= 0)
    return FALSE;
  if (bounds.origin.y >= value && bounds.origin.y + bounds.size.height <= value + page)
    return FALSE;
  gtk_adjustment_set_value (adjustment, MAX (0, bounds.origin.y + bounds.size.height + 12 - page));
  return TRUE;
}

/* Pops up the picker of @role's group and returns it. A button scrolled
 * out of view is scrolled into it first, and the picker pops up once it
 * is there: a popover must point at something shown. */
GtkWidget *
pd_project_editor_open_unit_picker (PdProjectEditor *self,
                                    PdRole           role)
{
  GtkWidget *button;

  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  if (self->project == NULL)
    return NULL;
  button = GTK_WIDGET (self->add_buttons[role]);
  /* Build it here too: popping up may not if the button is not shown. */
  add_button_create_popup_cb (self->add_buttons[role], self);
  if (scroll_into_view (self, button))
    {
      guint *frames = g_new (guint, 1);

      *frames = 1;
      g_object_set_data_full (G_OBJECT (button), "pd-frames-to-popup", frames, g_free);
      gtk_widget_add_tick_callback (button, popup_later_cb, NULL, NULL);
    }
  else
    gtk_menu_button_popup (self->add_buttons[role]);
  return GTK_WIDGET (gtk_menu_button_get_popover (self->add_buttons[role]));
}

/* The assignment shown in row @index of @role's list, or NULL. */
PdAssignment *
pd_project_editor_get_row_assignment (PdProjectEditor *self,
                                      PdRole           role,
                                      guint            index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  row = gtk_list_box_get_row_at_index (self->lists[role], index);
  return PD_IS_ASSIGNMENT_ROW (row) ? PD_ASSIGNMENT_ROW (row)->assignment : NULL;
}

gboolean
pd_project_editor_drop_assignment (PdProjectEditor *self,
                                   PdAssignment    *assignment,
                                   PdRole           role,
                                   guint            index)
{
  g_autoptr(PdAssignment) held = NULL;
  gboolean moved;

  g_return_val_if_fail (PD_IS_PROJECT_EDITOR (self), FALSE);
  g_return_val_if_fail (PD_IS_ASSIGNMENT (assignment), FALSE);
  g_return_val_if_fail (role < PD_N_ROLES, FALSE);

  /* Only this project's units: a drag from another window is not a move. */
  if (self->project == NULL || pd_assignment_get_project (assignment) != self->project ||
      find_assignment (self, pd_assignment_get_id (assignment)) != assignment)
    return FALSE;

  held = g_object_ref (assignment);
  if (pd_assignment_get_role (assignment) != role &&
      !push (self, pd_command_set_assignment_role (assignment, role)))
    return FALSE;
  moved = move_to_index (self, assignment, index);
  focus_assignment (self, assignment);
  return moved;
}
