/* pd-tracking-view.c — milestones, indicator values and evaluations, on three pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages under a switcher:
 *
 *  - Milestones: the plan's milestones (节点) by date, each with a Done
 *    check, its kind and phase, marked when overdue (超期); add, edit, mark
 *    done and delete.
 *  - Indicators: a table of the indicators (一强二升三降) by year, each cell
 *    the year's target and actual value in the indicator's measure; a cell
 *    opens a small editor, where an empty field is an empty value.
 *  - Evaluations: one year's evaluations (考评), ranked: score, grade (优秀,
 *    良好, 一般, 较差 or any other) and note; add, edit and delete.
 *
 * Every change is a command pushed through the history; the lists follow
 * the tracking models, so undo and redo show at once. Dialogs take their
 * input from a form checked as it is typed: "Save" is offered only for
 * input the plan can take, and the reason is shown otherwise.
 */
#define G_LOG_DOMAIN "pd-tracking-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "pd-tracking-view.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"

struct _PdTrackingView
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkStack       *stack;
  GtkListBox     *milestone_list;
  GtkWidget      *indicator_box;     /* holds the grid, rebuilt when the years change */
  GtkGrid        *indicator_grid;
  GtkDropDown    *year_dropdown;
  GtkStringList  *year_names;
  GtkListBox     *evaluation_list;
  GtkLabel       *ranking_label;
  GtkWidget      *add_milestone_button;
  GtkWidget      *add_evaluation_button;

  /* The editor of one indicator cell: on its cell from when it opens until
   * it is taken out, just after it closes (value_unparent_id) or at once
   * when the cell or the view goes */
  GtkWidget      *value_popover;
  guint           value_unparent_id;
  GtkWidget      *target_entry;
  GtkWidget      *actual_entry;
  GtkWidget      *value_error;
  PdIndicator    *value_indicator;
  int             value_year;

  PdHistory      *history;
  PdStore        *store;
  PdTracking     *tracking;
  GListModel     *evaluations;
  GArray         *years;
  int             year;
  char           *today;
  PangoAttrList  *chinese;
  guint           updating;
};

G_DEFINE_FINAL_TYPE (PdTrackingView, pd_tracking_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_PAGE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ERROR,
  SIGNAL_COMMAND_PUSHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild_indicators (PdTrackingView *self);
static void bind_milestones    (PdTrackingView *self);
static void bind_evaluations   (PdTrackingView *self);

/* Traffic lights */

const char *
pd_light_get_css_class (PdTrafficLight light)
{
  static const char * const classes[PD_N_TRAFFIC_LIGHTS] = { "success", "warning", "error", "accent", "dim-label" };

  g_return_val_if_fail (light < PD_N_TRAFFIC_LIGHTS, NULL);
  return classes[light];
}

/* A box of the light's shape, coloured, and its name. */
GtkWidget *
pd_light_label_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *symbol = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *name = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "traffic-light");
  gtk_widget_add_css_class (symbol, "traffic-light-symbol");
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), symbol);
  gtk_box_append (GTK_BOX (box), name);
  return box;
}

void
pd_light_label_set_light (GtkWidget      *label,
                          PdTrafficLight  light)
{
  GtkWidget *symbol = gtk_widget_get_first_child (label);
  GtkWidget *name = symbol ? gtk_widget_get_next_sibling (symbol) : NULL;

  g_return_if_fail (GTK_IS_LABEL (symbol) && GTK_IS_LABEL (name));
  g_return_if_fail (light < PD_N_TRAFFIC_LIGHTS);

  for (PdTrafficLight other = 0; other < PD_N_TRAFFIC_LIGHTS; other++)
    if (other != light)
      gtk_widget_remove_css_class (symbol, pd_light_get_css_class (other));
  gtk_widget_add_css_class (symbol, pd_light_get_css_class (light));
  gtk_label_set_text (GTK_LABEL (symbol), pd_traffic_light_get_symbol (light));
  gtk_label_set_text (GTK_LABEL (name), pd_traffic_light_get_label (light));
}

/* Helpers */

GtkWidget *
pd_tracking_find_named (GtkWidget  *root,
                        const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pd_tracking_find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Plan data in row titles: escaped, and marked as Chinese. */
char *
pd_tracking_markup_chinese (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  return g_strdup_printf ("<span lang=\"zh-cn\">%s</span>", escaped);
}

static gboolean
push (PdTrackingView *self,
      PdCommand      *command)
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
is_read_only (PdTrackingView *self)
{
  return self->store == NULL || pd_database_is_read_only (pd_store_get_database (self->store));
}

static gpointer
find_by_id (GListModel *model,
            gint64      id,
            gint64    (*get_id) (gpointer))
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (get_id (item) == id)
        return item;  /* the model holds it */
    }
  return NULL;
}

static GtkWidget *
new_menu_button (const char *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
menu_append (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* A form in a dialog: a boxed list of rows and a line for what is wrong. */
static GtkWidget *
form_new (GtkWidget **list_out,
          GtkWidget **error_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *error = gtk_label_new (NULL);

  gtk_widget_set_size_request (box, 360, -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0.0);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_add_css_class (error, "caption");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), error);
  *list_out = list;
  *error_out = error;
  return box;
}

static GtkWidget *
entry_row_new (GtkWidget     *list,
               const char    *name,
               const char    *title,
               const char    *text,
               PangoAttrList *attributes)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (attributes != NULL)
    adw_entry_row_set_attributes (ADW_ENTRY_ROW (row), attributes);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
combo_row_new (GtkWidget   *list,
               const char  *name,
               const char  *title,
               GListModel  *model,
               guint        selected)
{
  GtkWidget *row = adw_combo_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static AdwMessageDialog *
dialog_new (PdTrackingView *self,
            const char     *heading,
            const char     *save_label,
            GtkWidget      *form)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                         heading, NULL));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", save_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, form);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/* Shows what makes the input unfit (NULL: nothing) and offers Save only
 * when it is fit. */
static void
form_set_error (AdwMessageDialog *dialog,
                GtkWidget        *error_label,
                const char       *message)
{
  gtk_label_set_text (GTK_LABEL (error_label), message ? message : "");
  gtk_widget_set_visible (error_label, message != NULL);
  adw_message_dialog_set_response_enabled (dialog, "save", message == NULL);
}

static char *
dup_text (GtkWidget *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

/* Milestones */

static const char * const milestone_kinds[] = { "deadline", "evaluation", "inspection", "other", NULL };

typedef struct
{
  PdTrackingView   *self;         /* unowned: the view outlives its dialogs' responses */
  AdwMessageDialog *dialog;
  PdMilestone      *milestone;    /* NULL when adding */
  GtkWidget        *title_row;
  GtkWidget        *date_row;
  GtkWidget        *kind_row;
  GtkWidget        *error_label;
} MilestoneForm;

static void
milestone_form_free (MilestoneForm *form)
{
  g_clear_object (&form->milestone);
  g_free (form);
}

static PdCommand *
milestone_form_command (MilestoneForm  *form,
                        GError        **error)
{
  g_autofree char *title = dup_text (form->title_row);
  g_autofree char *date = pd_date_read (gtk_editable_get_text (GTK_EDITABLE (form->date_row)), FALSE, error);
  guint kind = adw_combo_row_get_selected (ADW_COMBO_ROW (form->kind_row));
  const char *kind_name = kind < G_N_ELEMENTS (milestone_kinds) - 1 ? milestone_kinds[kind] : "other";

  if (date == NULL)
    return NULL;
  if (form->milestone != NULL)
    return pd_command_edit_milestone (form->milestone, date, title, kind_name, error);
  return pd_command_add_milestone (form->self->store, date, title, kind_name, NULL, error);
}

static void
milestone_form_changed_cb (MilestoneForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = milestone_form_command (form, &error);

  form_set_error (form->dialog, form->error_label, command ? NULL : error->message);
}

static void
milestone_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              MilestoneForm    *form)
{
  if (g_strcmp0 (response, "save") == 0 && form->self->store != NULL)
    push (form->self, milestone_form_command (form, NULL));
}

GtkWidget *
pd_tracking_view_open_milestone_dialog (PdTrackingView *self,
                                        PdMilestone    *milestone)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *today = NULL;
  g_autofree char *date = NULL;
  MilestoneForm *form;
  GtkWidget *box, *list;
  guint kind = 3;

  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  g_return_val_if_fail (milestone == NULL || PD_IS_MILESTONE (milestone), NULL);

  if (self->store == NULL || is_read_only (self))
    return NULL;

  for (guint i = 0; milestone_kinds[i] != NULL; i++)
    {
      gtk_string_list_append (kinds, pd_milestone_kind_get_label (milestone_kinds[i]));
      if (milestone != NULL && g_strcmp0 (pd_milestone_get_kind (milestone), milestone_kinds[i]) == 0)
        kind = i;
    }

  form = g_new0 (MilestoneForm, 1);
  form->self = self;
  form->milestone = milestone ? g_object_ref (milestone) : NULL;
  box = form_new (&list, &form->error_label);
  form->title_row = entry_row_new (list, "title", _("Title"), milestone ? pd_milestone_get_title (milestone) : NULL,
                                   self->chinese);
  date = pd_date_format (milestone ? pd_milestone_get_due_on (milestone) : (today = pd_tracking_dup_today ()));
  form->date_row = entry_row_new (list, "date", _("Date"), date, NULL);
  form->kind_row = combo_row_new (list, "kind", _("Kind"), G_LIST_MODEL (kinds), kind);

  form->dialog = dialog_new (self, milestone ? _("Edit Milestone") : _("Add Milestone"),
                             milestone ? _("_Save") : _("_Add"), box);
  g_object_set_data_full (G_OBJECT (form->dialog), "pd-form", form, (GDestroyNotify)milestone_form_free);
  g_signal_connect_swapped (form->title_row, "changed", G_CALLBACK (milestone_form_changed_cb), form);
  g_signal_connect_swapped (form->date_row, "changed", G_CALLBACK (milestone_form_changed_cb), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (milestone_dialog_response_cb), form);
  milestone_form_changed_cb (form);

  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (form->title_row);
  return GTK_WIDGET (form->dialog);
}

static gboolean
milestone_is_overdue (PdTrackingView *self,
                      PdMilestone    *milestone)
{
  return !pd_milestone_is_done (milestone) && self->today != NULL &&
         g_strcmp0 (pd_milestone_get_due_on (milestone), self->today) < 0;
}

static void
milestone_row_update (GtkWidget *row)
{
  PdTrackingView *self = g_object_get_data (G_OBJECT (row), "pd-view");
  PdMilestone *milestone = g_object_get_data (G_OBJECT (row), "pd-item");
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "pd-check");
  GtkWidget *state = g_object_get_data (G_OBJECT (row), "pd-state");
  g_autofree char *title = pd_tracking_markup_chinese (pd_milestone_get_title (milestone));
  g_autofree char *due = pd_date_format (pd_milestone_get_due_on (milestone));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *state_text = NULL;
  PdProject *project = pd_milestone_get_project (milestone);

  g_string_append_printf (subtitle, "%s · %s", due,
                          pd_milestone_kind_get_label (pd_milestone_get_kind (milestone)));
  if (project != NULL)
    {
      g_string_append (subtitle, " · ");
      /* Translators: the project a milestone belongs to; %d is its number */
      g_string_append_printf (subtitle, _("Project %d"), pd_project_get_number (project));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  self->updating++;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), pd_milestone_is_done (milestone));
  self->updating--;

  gtk_widget_remove_css_class (state, "error");
  gtk_widget_remove_css_class (state, "success");
  if (pd_milestone_is_done (milestone))
    {
      g_autofree char *done = pd_date_format (pd_milestone_get_done_on (milestone));

      /* Translators: %s is a date, as dates are shown (2013-03-31) */
      state_text = g_strdup_printf (_("Done on %s"), done);
      gtk_widget_add_css_class (state, "success");
    }
  else if (milestone_is_overdue (self, milestone))
    {
      state_text = g_strdup (_("Overdue"));
      gtk_widget_add_css_class (state, "error");
    }
  gtk_label_set_text (GTK_LABEL (state), state_text ? state_text : "");
  gtk_widget_set_visible (state, state_text != NULL);
}

static void
milestone_check_toggled_cb (GtkCheckButton *check,
                            GtkWidget      *row)
{
  PdTrackingView *self = g_object_get_data (G_OBJECT (row), "pd-view");
  PdMilestone *milestone = g_object_get_data (G_OBJECT (row), "pd-item");
  gboolean active = gtk_check_button_get_active (check);

  if (self->updating > 0 || active == pd_milestone_is_done (milestone))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), active ? "tracking.mark-done" : "tracking.mark-not-done",
                              "x", pd_milestone_get_id (milestone));
  /* Refused or not, show the plan as it is. */
  milestone_row_update (row);
}

static void
milestone_menu_create_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  GtkWidget *row = user_data;
  PdMilestone *milestone = g_object_get_data (G_OBJECT (row), "pd-item");
  gint64 id = pd_milestone_get_id (milestone);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  menu_append (edit, _("Edit…"), "tracking.edit-milestone", g_variant_new_int64 (id));
  if (pd_milestone_is_done (milestone))
    menu_append (edit, _("Mark as Not Done"), "tracking.mark-not-done", g_variant_new_int64 (id));
  else
    menu_append (edit, _("Mark as Done Today"), "tracking.mark-done", g_variant_new_int64 (id));
  menu_append (remove, _("Delete"), "tracking.delete-milestone", g_variant_new_int64 (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_milestone_row_cb (gpointer item,
                         gpointer user_data)
{
  PdTrackingView *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *state = gtk_label_new (NULL);
  GtkWidget *menu = new_menu_button (_("Milestone Actions"));

  g_object_set_data (G_OBJECT (row), "pd-view", self);
  g_object_set_data_full (G_OBJECT (row), "pd-item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "pd-check", check);
  g_object_set_data (G_OBJECT (row), "pd-state", state);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  g_signal_connect (check, "toggled", G_CALLBACK (milestone_check_toggled_cb), row);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  gtk_widget_add_css_class (state, "caption-heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), milestone_menu_create_cb, row, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "tracking.edit-milestone");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", pd_milestone_get_id (item));

  g_signal_connect_object (item, "notify", G_CALLBACK (milestone_row_update), row, G_CONNECT_SWAPPED);
  if (pd_milestone_get_project (item) != NULL)
    g_signal_connect_object (pd_milestone_get_project (item), "notify::number", G_CALLBACK (milestone_row_update), row,
                             G_CONNECT_SWAPPED);
  milestone_row_update (row);
  return row;
}

static void
bind_milestones (PdTrackingView *self)
{
  gtk_list_box_bind_model (self->milestone_list, self->tracking ? pd_tracking_get_milestones (self->tracking) : NULL,
                           self->tracking ? create_milestone_row_cb : NULL, self, NULL);
}

static PdMilestone *
find_milestone (PdTrackingView *self,
                GVariant       *parameter)
{
  if (self->tracking == NULL)
    return NULL;
  return find_by_id (pd_tracking_get_milestones (self->tracking), g_variant_get_int64 (parameter),
                     (gint64 (*) (gpointer))pd_milestone_get_id);
}

static void
add_milestone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  pd_tracking_view_open_milestone_dialog (PD_TRACKING_VIEW (widget), NULL);
}

static void
edit_milestone_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdTrackingView *self = PD_TRACKING_VIEW (widget);
  PdMilestone *milestone = find_milestone (self, parameter);

  if (milestone != NULL)
    pd_tracking_view_open_milestone_dialog (self, milestone);
}

static void
mark_done_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdTrackingView *self = PD_TRACKING_VIEW (widget);
  PdMilestone *milestone = find_milestone (self, parameter);
  gboolean done = g_str_equal (action_name, "tracking.mark-done");
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  if (milestone == NULL || done == pd_milestone_is_done (milestone))
    return;
  command = pd_command_set_milestone_done (milestone, done ? self->today : NULL, &error);
  if (command == NULL)
    g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
  push (self, command);
}

static void
delete_milestone_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PdTrackingView *self = PD_TRACKING_VIEW (widget);
  PdMilestone *milestone = find_milestone (self, parameter);

  if (milestone != NULL)
    push (self, pd_command_delete_milestone (milestone));
}

/* Indicators */

static char *
format_value (gboolean has,
              double   value)
{
  return has ? pd_tracking_format_number (value) : g_strdup ("—");
}

static void
value_cell_update (GtkWidget *button)
{
  PdIndicator *indicator = g_object_get_data (G_OBJECT (button), "pd-indicator");
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pd-year"));
  const char *measure = pd_indicator_get_measure (indicator);
  PdIndicatorValue value;
  g_autofree char *target = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  pd_indicator_get_value (indicator, year, &value);
  target = format_value (value.has_target, value.target);
  actual = format_value (value.has_actual, value.actual);
  text = g_strdup_printf ("%s / %s", target, actual);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_opacity (label, value.has_target || value.has_actual ? 1.0 : 0.45);

  /* Translators: an indicator's cell: indicator name, year, target, actual and the measure (%, 起) */
  description = g_strdup_printf (_("%s, %d: target %s, actual %s %s"), pd_indicator_get_name (indicator), year,
                                 value.has_target ? target : _("none"), value.has_actual ? actual : _("none"),
                                 measure ? measure : "");
  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
indicator_values_changed_cb (PdTrackingView *self,
                             PdIndicator    *indicator)
{
  if (self->indicator_grid == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicator_grid));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "pd-indicator") == indicator)
      value_cell_update (child);
}

static void
value_cell_clicked_cb (GtkWidget      *button,
                       PdTrackingView *self)
{
  pd_tracking_view_open_value_editor (self, g_object_get_data (G_OBJECT (button), "pd-indicator"),
                                      GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pd-year")));
}

static GtkWidget *
header_label (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Closes the cell editor, open or already closed, and takes it out of its
 * cell at once: the cell may be about to go, and a widget must not outlive
 * its parent as its child. */
static void
close_value_editor (PdTrackingView *self)
{
  g_autoptr(GtkWidget) popover = self->value_popover ? g_object_ref (self->value_popover) : NULL;

  g_clear_handle_id (&self->value_unparent_id, g_source_remove);
  if (popover == NULL)
    return;
  g_signal_handlers_disconnect_by_data (popover, self);
  gtk_popover_popdown (GTK_POPOVER (popover));
  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  self->value_popover = NULL;
  self->target_entry = self->actual_entry = self->value_error = NULL;
  g_clear_object (&self->value_indicator);
}

/* The indicators' table is two grids side by side: the names and measures,
 * which stay in view, and the years, which scroll sideways (a ten-year
 * plan is wider than the side pane). Both have the same rows, all of one
 * height, and are as tall as each other: their rows line up. */
static void
rebuild_indicators (PdTrackingView *self)
{
  GListModel *indicators;
  GtkWidget *grid, *names, *years, *table, *child;

  if (self->indicator_grid != NULL)
    {
      GListModel *old = self->tracking ? pd_tracking_get_indicators (self->tracking) : NULL;

      close_value_editor (self);
      while ((child = gtk_widget_get_first_child (self->indicator_box)) != NULL)
        gtk_box_remove (GTK_BOX (self->indicator_box), child);
      self->indicator_grid = NULL;
      for (guint i = 0; old != NULL && i < g_list_model_get_n_items (old); i++)
        {
          g_autoptr(PdIndicator) indicator = g_list_model_get_item (old, i);

          g_signal_handlers_disconnect_by_data (indicator, self);
        }
    }
  if (self->tracking == NULL || self->years == NULL)
    return;

  indicators = pd_tracking_get_indicators (self->tracking);
  table = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (table, "indicator-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Indicators"), -1);
  names = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (names), 6);
  gtk_grid_set_row_spacing (GTK_GRID (names), 4);
  gtk_grid_set_row_homogeneous (GTK_GRID (names), TRUE);
  gtk_box_append (GTK_BOX (table), names);
  grid = gtk_grid_new ();
  self->indicator_grid = GTK_GRID (grid);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  years = gtk_scrolled_window_new ();
  gtk_widget_set_name (years, "indicator-years");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (years), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (years), TRUE);
  gtk_widget_set_hexpand (years, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (years), grid);
  gtk_box_append (GTK_BOX (table), years);

  gtk_grid_attach (GTK_GRID (names), header_label (_("Indicator"), 0.0), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (names), header_label (_("Measure"), 0.5), 1, 0, 1, 1);
  for (guint y = 0; y < self->years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (self->years, int, y));

      gtk_grid_attach (GTK_GRID (grid), header_label (year, 0.5), y, 0, 1, 1);
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PdIndicator) indicator = g_list_model_get_item (indicators, i);
      gboolean up = g_strcmp0 (pd_indicator_get_direction (indicator), "down") != 0;
      g_autofree char *name_text = g_strdup_printf ("%s %s", up ? "↑" : "↓", pd_indicator_get_name (indicator));
      GtkWidget *name = gtk_label_new (name_text);
      GtkWidget *measure = gtk_label_new (pd_indicator_get_measure (indicator));
      const char *direction = up ? _("Higher is better") : _("Lower is better");
      g_autofree char *tooltip = g_strdup_printf ("%s · %s", pd_indicator_group_get_label (pd_indicator_get_group (indicator)),
                                                  direction);

      gtk_label_set_xalign (GTK_LABEL (name), 0.0);
      gtk_label_set_attributes (GTK_LABEL (name), self->chinese);
      gtk_widget_set_tooltip_text (name, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
      gtk_label_set_attributes (GTK_LABEL (measure), self->chinese);
      gtk_widget_add_css_class (measure, "dim-label");
      gtk_grid_attach (GTK_GRID (names), name, 0, 1 + i, 1, 1);
      gtk_grid_attach (GTK_GRID (names), measure, 1, 1 + i, 1, 1);

      for (guint y = 0; y < self->years->len; y++)
        {
          GtkWidget *button = gtk_button_new_with_label ("");
          int year = g_array_index (self->years, int, y);

          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (button, "numeric");
          gtk_widget_add_css_class (button, "indicator-cell");
          gtk_widget_set_size_request (button, 88, -1);
          g_object_set_data_full (G_OBJECT (button), "pd-indicator", g_object_ref (indicator), g_object_unref);
          g_object_set_data (G_OBJECT (button), "pd-year", GINT_TO_POINTER (year));
          g_signal_connect (button, "clicked", G_CALLBACK (value_cell_clicked_cb), self);
          gtk_widget_set_sensitive (button, !is_read_only (self));
          value_cell_update (button);
          gtk_grid_attach (GTK_GRID (grid), button, y, 1 + i, 1, 1);
        }
      g_signal_connect_object (indicator, "values-changed", G_CALLBACK (indicator_values_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_box_append (GTK_BOX (self->indicator_box), table);
}

GtkWidget *
pd_tracking_view_get_value_cell (PdTrackingView *self,
                                 PdIndicator    *indicator,
                                 int             year)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);

  if (self->indicator_grid == NULL)
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicator_grid));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "pd-indicator") == indicator &&
        GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "pd-year")) == year)
      return child;
  return NULL;
}

static void
value_error (PdTrackingView *self,
             const char     *message)
{
  gtk_label_set_text (GTK_LABEL (self->value_error), message ? message : "");
  gtk_widget_set_visible (self->value_error, message != NULL);
}

/* Reads one field of the cell editor; FALSE (and the reason shown) when it
 * is not a number. */
static gboolean
read_number (PdTrackingView  *self,
             const char      *text,
             const char      *what,
             double          *value,
             gboolean        *empty)
{
  if (pd_tracking_parse_number (text, value, empty))
    return TRUE;
  {
    /* Translators: %s is "Target" or "Actual" */
    g_autofree char *message = g_strdup_printf (_("%s: not a number"), what);

    value_error (self, message);
  }
  return FALSE;
}

/* Sets the open cell editor's fields to @target and @actual and applies
 * them; FALSE when they are refused (the reason is shown in the editor). */
gboolean
pd_tracking_view_apply_value_editor (PdTrackingView *self,
                                     const char     *target,
                                     const char     *actual)
{
  double t, a;
  gboolean no_target, no_actual;
  g_autoptr(GError) error = NULL;
  PdCommand *command;
  PdIndicatorValue value;

  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), FALSE);

  if (self->value_popover == NULL || self->value_indicator == NULL)
    return FALSE;
  if (target != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target);
  if (actual != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->actual_entry), actual);

  if (!read_number (self, gtk_editable_get_text (GTK_EDITABLE (self->target_entry)), _("Target"), &t, &no_target) ||
      !read_number (self, gtk_editable_get_text (GTK_EDITABLE (self->actual_entry)), _("Actual"), &a, &no_actual))
    return FALSE;

  /* Nothing changed: no edit to log. */
  pd_indicator_get_value (self->value_indicator, self->value_year, &value);
  if (value.has_target == !no_target && (no_target || value.target == t) &&
      value.has_actual == !no_actual && (no_actual || value.actual == a))
    {
      gtk_popover_popdown (GTK_POPOVER (self->value_popover));
      return TRUE;
    }

  command = pd_command_set_indicator_value (self->value_indicator, self->value_year,
                                            no_target ? NULL : &t, no_actual ? NULL : &a, &error);
  if (command == NULL)
    {
      value_error (self, error->message);
      return FALSE;
    }
  if (!push (self, command))
    return FALSE;
  /* The edit may have rebuilt the table, and closed the editor with it. */
  if (self->value_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->value_popover));
  return TRUE;
}

static void
value_apply_cb (PdTrackingView *self)
{
  pd_tracking_view_apply_value_editor (self, NULL, NULL);
}

static void
value_clear_cb (PdTrackingView *self)
{
  pd_tracking_view_apply_value_editor (self, "", "");
}

static gboolean
value_popover_unparent_cb (gpointer data)
{
  PdTrackingView *self = data;

  self->value_unparent_id = 0;
  close_value_editor (self);
  return G_SOURCE_REMOVE;
}

static void
value_popover_closed_cb (GtkPopover     *popover,
                         PdTrackingView *self)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (popover));

  if (self->value_popover != GTK_WIDGET (popover))
    return;
  /* Closed, it takes no more input... */
  self->target_entry = self->actual_entry = self->value_error = NULL;
  g_clear_object (&self->value_indicator);
  /* ...and leaves its cell once the button that closed it is done (the
   * view removes the idle, and takes the editor out at once, if the cell
   * or the view goes first); the focus goes back on the cell. */
  if (self->value_unparent_id == 0)
    self->value_unparent_id = g_idle_add (value_popover_unparent_cb, self);
  if (cell != NULL && gtk_widget_get_mapped (cell))
    gtk_widget_grab_focus (cell);
}

static GtkWidget *
value_entry_new (PdTrackingView *self,
                 GtkWidget      *grid,
                 int             row,
                 const char     *name,
                 const char     *title,
                 gboolean        has,
                 double          value,
                 const char     *measure)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *unit = gtk_label_new (measure);
  g_autofree char *text = has ? pd_tracking_format_number (value) : g_strdup ("");

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_name (entry, name);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("None"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (value_apply_cb), self);
  gtk_label_set_attributes (GTK_LABEL (unit), self->chinese);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), unit, 2, row, 1, 1);
  return entry;
}

/* Opens the editor of @indicator's values for @year on its cell. */
GtkWidget *
pd_tracking_view_open_value_editor (PdTrackingView *self,
                                    PdIndicator    *indicator,
                                    int             year)
{
  GtkWidget *cell, *box, *heading, *grid, *buttons, *clear, *set;
  g_autofree char *title = NULL;
  PdIndicatorValue value;
  const char *measure;

  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  g_return_val_if_fail (PD_IS_INDICATOR (indicator), NULL);

  if (is_read_only (self) || (cell = pd_tracking_view_get_value_cell (self, indicator, year)) == NULL)
    return NULL;
  close_value_editor (self);

  pd_indicator_get_value (indicator, year, &value);
  measure = pd_indicator_get_measure (indicator);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* Translators: an indicator's name and a year */
  title = g_strdup_printf (_("%s, %d"), pd_indicator_get_name (indicator), year);
  heading = gtk_label_new (title);
  gtk_label_set_attributes (GTK_LABEL (heading), self->chinese);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  self->target_entry = value_entry_new (self, grid, 0, "target", _("Target"), value.has_target, value.target, measure);
  self->actual_entry = value_entry_new (self, grid, 1, "actual", _("Actual"), value.has_actual, value.actual, measure);
  gtk_box_append (GTK_BOX (box), grid);

  self->value_error = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->value_error, "error");
  gtk_widget_add_css_class (self->value_error, "caption");
  gtk_label_set_wrap (GTK_LABEL (self->value_error), TRUE);
  gtk_widget_set_visible (self->value_error, FALSE);
  gtk_box_append (GTK_BOX (box), self->value_error);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  clear = gtk_button_new_with_mnemonic (_("C_lear"));
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (value_clear_cb), self);
  set = gtk_button_new_with_mnemonic (_("_Set"));
  gtk_widget_add_css_class (set, "suggested-action");
  g_signal_connect_swapped (set, "clicked", G_CALLBACK (value_apply_cb), self);
  gtk_box_append (GTK_BOX (buttons), clear);
  gtk_box_append (GTK_BOX (buttons), set);
  gtk_box_append (GTK_BOX (box), buttons);

  self->value_popover = gtk_popover_new ();
  g_set_object (&self->value_indicator, indicator);
  self->value_year = year;
  gtk_popover_set_child (GTK_POPOVER (self->value_popover), box);
  gtk_widget_set_parent (self->value_popover, cell);
  g_signal_connect (self->value_popover, "closed", G_CALLBACK (value_popover_closed_cb), self);
  gtk_popover_popup (GTK_POPOVER (self->value_popover));
  gtk_widget_grab_focus (self->target_entry);
  return self->value_popover;
}

/* Evaluations */

typedef struct
{
  PdTrackingView   *self;
  AdwMessageDialog *dialog;
  PdEvaluation     *evaluation;   /* NULL when adding */
  GtkWidget        *unit_row;
  GtkWidget        *unit_dropdown;
  GtkWidget        *score_row;
  GtkWidget        *grade_row;
  GtkWidget        *other_row;
  GtkWidget        *note_row;
  GtkWidget        *error_label;
  int               year;
} EvaluationForm;

static void
evaluation_form_free (EvaluationForm *form)
{
  g_clear_object (&form->evaluation);
  g_free (form);
}

static PdCommand *
evaluation_form_command (EvaluationForm  *form,
                         GError         **error)
{
  g_autofree char *score_text = dup_text (form->score_row);
  g_autofree char *other = dup_text (form->other_row);
  g_autofree char *note = dup_text (form->note_row);
  guint grade = adw_combo_row_get_selected (ADW_COMBO_ROW (form->grade_row));
  g_autoptr(PdUnit) unit = NULL;
  double score;
  gboolean no_score;

  if (form->evaluation != NULL)
    unit = g_object_ref (pd_evaluation_get_unit (form->evaluation));
  else
    unit = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (form->unit_dropdown))
           ? g_object_ref (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (form->unit_dropdown))) : NULL;
  if (unit == NULL)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT, _("Choose the unit evaluated"));
      return NULL;
    }
  if (!pd_tracking_parse_number (score_text, &score, &no_score))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT, _("The score is not a number"));
      return NULL;
    }
  /* 0 none, 1…4 the usual grades, 5 another */
  return pd_command_set_evaluation (form->self->store, form->year, unit, no_score ? NULL : &score,
                                    grade == 0 ? NULL : grade <= PD_N_GRADES ? pd_evaluation_grades[grade - 1] : other,
                                    note, error);
}

static void
evaluation_form_changed_cb (EvaluationForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;

  gtk_widget_set_visible (form->other_row,
                          adw_combo_row_get_selected (ADW_COMBO_ROW (form->grade_row)) == PD_N_GRADES + 1);
  command = evaluation_form_command (form, &error);
  form_set_error (form->dialog, form->error_label, command ? NULL : error->message);
}

static void
evaluation_dialog_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               EvaluationForm   *form)
{
  if (g_strcmp0 (response, "save") == 0 && form->self->store != NULL)
    push (form->self, evaluation_form_command (form, NULL));
}

GtkWidget *
pd_tracking_view_open_evaluation_dialog (PdTrackingView *self,
                                         PdEvaluation   *evaluation)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) name = NULL;
  g_autofree char *score = NULL;
  g_autofree char *heading = NULL;
  EvaluationForm *form;
  GtkWidget *box, *list;
  const char *grade = evaluation ? pd_evaluation_get_grade (evaluation) : NULL;
  double value;
  guint selected = 0;

  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  g_return_val_if_fail (evaluation == NULL || PD_IS_EVALUATION (evaluation), NULL);

  if (self->store == NULL || is_read_only (self))
    return NULL;

  gtk_string_list_append (grades, C_("evaluation grade", "None"));
  for (guint i = 0; i < PD_N_GRADES; i++)
    gtk_string_list_append (grades, pd_evaluation_grade_get_label (pd_evaluation_grades[i]));
  gtk_string_list_append (grades, C_("evaluation grade", "Other…"));
  if (grade != NULL)
    selected = pd_evaluation_grade_get_level (grade) > 0 ? PD_N_GRADES + 1 - pd_evaluation_grade_get_level (grade)
                                                         : PD_N_GRADES + 1;

  form = g_new0 (EvaluationForm, 1);
  form->self = self;
  form->evaluation = evaluation ? g_object_ref (evaluation) : NULL;
  form->year = evaluation ? pd_evaluation_get_year (evaluation) : self->year;
  box = form_new (&list, &form->error_label);

  /* The unit: chosen with a search when adding, fixed when editing. */
  form->unit_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->unit_row), _("Unit"));
  if (evaluation != NULL)
    {
      g_autofree char *markup = pd_tracking_markup_chinese (pd_unit_get_name (pd_evaluation_get_unit (evaluation)));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (form->unit_row), markup);
    }
  else
    {
      name = gtk_property_expression_new (PD_TYPE_UNIT, NULL, "name");
      form->unit_dropdown = gtk_drop_down_new (g_object_ref (pd_store_get_units (self->store)), g_steal_pointer (&name));
      gtk_widget_set_name (form->unit_dropdown, "unit");
      gtk_drop_down_set_enable_search (GTK_DROP_DOWN (form->unit_dropdown), TRUE);
      gtk_widget_set_valign (form->unit_dropdown, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (form->unit_row), form->unit_dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (form->unit_row), form->unit_dropdown);
      g_signal_connect_swapped (form->unit_dropdown, "notify::selected", G_CALLBACK (evaluation_form_changed_cb), form);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), form->unit_row);

  if (evaluation != NULL && pd_evaluation_get_score (evaluation, &value))
    score = pd_tracking_format_number (value);
  form->score_row = entry_row_new (list, "score", _("Score"), score, NULL);
  form->grade_row = combo_row_new (list, "grade", _("Grade"), G_LIST_MODEL (grades), selected);
  form->other_row = entry_row_new (list, "other-grade", _("Other grade"),
                                   selected == PD_N_GRADES + 1 ? grade : NULL, self->chinese);
  form->note_row = entry_row_new (list, "note", _("Note"), evaluation ? pd_evaluation_get_note (evaluation) : NULL,
                                  self->chinese);

  /* Translators: %d is a year */
  heading = g_strdup_printf (evaluation ? _("Edit the %d Evaluation") : _("Add a %d Evaluation"), form->year);
  form->dialog = dialog_new (self, heading, evaluation ? _("_Save") : _("_Add"), box);
  g_object_set_data_full (G_OBJECT (form->dialog), "pd-form", form, (GDestroyNotify)evaluation_form_free);
  g_signal_connect_swapped (form->score_row, "changed", G_CALLBACK (evaluation_form_changed_cb), form);
  g_signal_connect_swapped (form->other_row, "changed", G_CALLBACK (evaluation_form_changed_cb), form);
  g_signal_connect_swapped (form->grade_row, "notify::selected", G_CALLBACK (evaluation_form_changed_cb), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (evaluation_dialog_response_cb), form);
  evaluation_form_changed_cb (form);

  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (form->unit_dropdown ? form->unit_dropdown : form->score_row);
  return GTK_WIDGET (form->dialog);
}

static void
evaluation_row_update (GtkWidget *row)
{
  PdEvaluation *evaluation = g_object_get_data (G_OBJECT (row), "pd-item");
  GtkWidget *rank = g_object_get_data (G_OBJECT (row), "pd-rank");
  GtkWidget *score = g_object_get_data (G_OBJECT (row), "pd-score");
  GtkWidget *grade = g_object_get_data (G_OBJECT (row), "pd-grade");
  PdUnit *unit = pd_evaluation_get_unit (evaluation);
  g_autofree char *title = pd_tracking_markup_chinese (unit ? pd_unit_get_name (unit) : "");
  g_autofree char *note = pd_tracking_markup_chinese (pd_evaluation_get_note (evaluation));
  g_autofree char *rank_text = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *description = NULL;
  const char *grade_text = pd_evaluation_get_grade (evaluation);
  double value;

  if (pd_evaluation_get_rank (evaluation) > 0)
    rank_text = g_strdup_printf ("%u", pd_evaluation_get_rank (evaluation));
  score_text = pd_evaluation_get_score (evaluation, &value) ? pd_tracking_format_number (value) : g_strdup ("");
  grade_text = grade_text ? pd_evaluation_grade_get_label (grade_text) : "";

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pd_evaluation_get_note (evaluation) ? note : "");
  gtk_label_set_text (GTK_LABEL (rank), rank_text ? rank_text : "—");
  gtk_label_set_text (GTK_LABEL (score), score_text);
  gtk_label_set_text (GTK_LABEL (grade), grade_text);

  /* Translators: a ranked evaluation: the rank, the score and the grade */
  description = g_strdup_printf (_("Rank %s, score %s, grade %s"), rank_text ? rank_text : _("none"),
                                 *score_text ? score_text : _("none"), *grade_text ? grade_text : _("none"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
evaluation_menu_create_cb (GtkMenuButton *button,
                           gpointer       user_data)
{
  GtkWidget *row = user_data;
  PdEvaluation *evaluation = g_object_get_data (G_OBJECT (row), "pd-item");
  gint64 id = pd_evaluation_get_id (evaluation);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  menu_append (edit, _("Edit…"), "tracking.edit-evaluation", g_variant_new_int64 (id));
  menu_append (remove, _("Delete"), "tracking.delete-evaluation", g_variant_new_int64 (id));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
create_evaluation_row_cb (gpointer item,
                          gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rank = gtk_label_new (NULL);
  GtkWidget *score = gtk_label_new (NULL);
  GtkWidget *grade = gtk_label_new (NULL);
  GtkWidget *menu = new_menu_button (_("Evaluation Actions"));

  g_object_set_data_full (G_OBJECT (row), "pd-item", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "pd-rank", rank);
  g_object_set_data (G_OBJECT (row), "pd-score", score);
  g_object_set_data (G_OBJECT (row), "pd-grade", grade);

  gtk_widget_set_size_request (rank, 32, -1);
  gtk_widget_add_css_class (rank, "title-3");
  gtk_widget_add_css_class (rank, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), rank);
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_add_css_class (score, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), score);
  gtk_widget_set_size_request (grade, 64, -1);
  gtk_label_set_xalign (GTK_LABEL (grade), 0.0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), grade);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), evaluation_menu_create_cb, row, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "tracking.edit-evaluation");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", pd_evaluation_get_id (item));

  g_signal_connect_object (item, "notify", G_CALLBACK (evaluation_row_update), row, G_CONNECT_SWAPPED);
  evaluation_row_update (row);
  return row;
}

static void
update_ranking_label (PdTrackingView *self)
{
  g_autofree char *text = NULL;
  guint n = self->evaluations ? g_list_model_get_n_items (self->evaluations) : 0;

  /* Translators: %d is a year; the ranking that follows has this many units */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d: %u unit evaluated, ranked by score, then grade",
                                       "%d: %u units evaluated, ranked by score, then grade", n),
                          self->year, n);
  gtk_label_set_text (self->ranking_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->ranking_label), n > 0);
}

static void
bind_evaluations (PdTrackingView *self)
{
  if (self->evaluations != NULL)
    g_signal_handlers_disconnect_by_data (self->evaluations, self);
  g_clear_object (&self->evaluations);
  if (self->tracking != NULL && self->year > 0)
    {
      self->evaluations = pd_tracking_dup_evaluations (self->tracking, self->year);
      g_signal_connect_object (self->evaluations, "items-changed", G_CALLBACK (update_ranking_label), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_list_box_bind_model (self->evaluation_list, self->evaluations,
                           self->evaluations ? create_evaluation_row_cb : NULL, self, NULL);
  update_ranking_label (self);
}

static PdEvaluation *
find_evaluation (PdTrackingView *self,
                 GVariant       *parameter)
{
  return find_by_id (self->evaluations, g_variant_get_int64 (parameter), (gint64 (*) (gpointer))pd_evaluation_get_id);
}

static void
add_evaluation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  pd_tracking_view_open_evaluation_dialog (PD_TRACKING_VIEW (widget), NULL);
}

static void
edit_evaluation_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PdTrackingView *self = PD_TRACKING_VIEW (widget);
  PdEvaluation *evaluation = find_evaluation (self, parameter);

  if (evaluation != NULL)
    pd_tracking_view_open_evaluation_dialog (self, evaluation);
}

static void
delete_evaluation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PdTrackingView *self = PD_TRACKING_VIEW (widget);
  PdEvaluation *evaluation = find_evaluation (self, parameter);

  if (evaluation != NULL)
    push (self, pd_command_delete_evaluation (evaluation));
}

/* Years */

static gboolean
same_years (GArray *a,
            GArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  return memcmp (a->data, b->data, a->len * sizeof (int)) == 0;
}

static void
year_dropdown_selected_cb (PdTrackingView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->updating > 0 || self->years == NULL || selected >= self->years->len)
    return;
  pd_tracking_view_set_year (self, g_array_index (self->years, int, selected));
}

/* The years of the plan: the table's columns and the choice of year. */
static void
refresh_years (PdTrackingView *self)
{
  g_autoptr(GArray) years = self->tracking ? pd_tracking_dup_years (self->tracking) : NULL;
  g_autofree char **names = NULL;
  int year = self->year;
  guint selected = GTK_INVALID_LIST_POSITION;

  if (same_years (years, self->years))
    return;
  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_steal_pointer (&years);

  if (self->years != NULL && self->years->len > 0)
    {
      int this_year = self->today ? atoi (self->today) : 0;
      int evaluated = pd_tracking_get_last_evaluated_year (self->tracking, this_year);
      gboolean found = FALSE;

      for (guint i = 0; i < self->years->len && !found; i++)
        found = g_array_index (self->years, int, i) == year;
      /* A year not yet chosen: the last one evaluated, else this year if the
       * plan has it, else its last. */
      if (!found)
        {
          year = g_array_index (self->years, int, self->years->len - 1);
          for (guint i = 0; i < self->years->len; i++)
            if (g_array_index (self->years, int, i) == (evaluated ? evaluated : this_year))
              year = evaluated ? evaluated : this_year;
        }
      names = g_new0 (char *, self->years->len + 1);
      for (guint i = 0; i < self->years->len; i++)
        {
          names[i] = g_strdup_printf ("%d", g_array_index (self->years, int, i));
          if (g_array_index (self->years, int, i) == year)
            selected = i;
        }
    }
  else
    year = 0;

  self->updating++;
  gtk_string_list_splice (self->year_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->year_names)),
                          (const char * const *)names);
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating--;
  if (names != NULL)
    for (guint i = 0; names[i] != NULL; i++)
      g_free (names[i]);

  rebuild_indicators (self);
  if (year != self->year)
    pd_tracking_view_set_year (self, year);
}

static void
store_changed_cb (PdTrackingView *self)
{
  refresh_years (self);
}

static void
today_changed_cb (PdTrackingView *self)
{
  g_free (self->today);
  self->today = pd_tracking_dup_today ();
  bind_milestones (self);
}

/* GObject */

static void
pd_tracking_view_dispose (GObject *object)
{
  PdTrackingView *self = (PdTrackingView *)object;

  close_value_editor (self);
  pd_tracking_view_set_history (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pd_tracking_view_parent_class)->dispose (object);
}

static void
pd_tracking_view_finalize (GObject *object)
{
  PdTrackingView *self = (PdTrackingView *)object;

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);
  g_free (self->today);

  G_OBJECT_CLASS (pd_tracking_view_parent_class)->finalize (object);
}

static void
pd_tracking_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PdTrackingView *self = PD_TRACKING_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_PAGE:
      g_value_set_string (value, pd_tracking_view_get_page (self));
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_tracking_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PdTrackingView *self = PD_TRACKING_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      pd_tracking_view_set_history (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      pd_tracking_view_set_page (self, g_value_get_string (value));
      break;
    case PROP_YEAR:
      pd_tracking_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_tracking_view_class_init (PdTrackingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_tracking_view_dispose;
  object_class->finalize = pd_tracking_view_finalize;
  object_class->get_property = pd_tracking_view_get_property;
  object_class->set_property = pd_tracking_view_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PD_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "milestones",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PdTrackingView::error:
   * @message: what went wrong
   *
   * Emitted when the plan refused an edit (the window shows a toast).
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PdTrackingView::command-pushed:
   * @command: the command, applied and on the undo stack
   *
   * Emitted after every edit made here, so the window can offer to undo a
   * deletion.
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  gtk_widget_class_install_action (widget_class, "tracking.add-milestone", NULL, add_milestone_action);
  gtk_widget_class_install_action (widget_class, "tracking.edit-milestone", "x", edit_milestone_action);
  gtk_widget_class_install_action (widget_class, "tracking.mark-done", "x", mark_done_action);
  gtk_widget_class_install_action (widget_class, "tracking.mark-not-done", "x", mark_done_action);
  gtk_widget_class_install_action (widget_class, "tracking.delete-milestone", "x", delete_milestone_action);
  gtk_widget_class_install_action (widget_class, "tracking.add-evaluation", NULL, add_evaluation_action);
  gtk_widget_class_install_action (widget_class, "tracking.edit-evaluation", "x", edit_evaluation_action);
  gtk_widget_class_install_action (widget_class, "tracking.delete-evaluation", "x", delete_evaluation_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "tracking");
}

static void
stack_page_changed_cb (PdTrackingView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static GtkWidget *
page_new (GtkWidget  *content,
          gboolean    clamp)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_set_vexpand (scrolled, TRUE);
  if (clamp)
    {
      GtkWidget *adw_clamp = adw_clamp_new ();

      adw_clamp_set_maximum_size (ADW_CLAMP (adw_clamp), 720);
      adw_clamp_set_child (ADW_CLAMP (adw_clamp), content);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), adw_clamp);
    }
  else
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  return scrolled;
}

static GtkWidget *
add_button_new (const char *label,
                const char *action)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
pd_tracking_view_init (PdTrackingView *self)
{
  GtkWidget *switcher, *group, *content, *year_row, *year_label, *hint, *page;

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  self->today = pd_tracking_dup_today ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  switcher = gtk_stack_switcher_new ();
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (switcher, 6);
  gtk_widget_set_margin_bottom (switcher, 6);
  gtk_box_append (GTK_BOX (self->box), switcher);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (stack_page_changed_cb), self, G_CONNECT_SWAPPED);

  /* Milestones */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Milestones"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Dates the plan must meet, in order; overdue ones are marked"));
  self->add_milestone_button = add_button_new (_("_Add Milestone…"), "tracking.add-milestone");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->add_milestone_button);
  self->milestone_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->milestone_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->milestone_list), "boxed-list");
  gtk_list_box_set_placeholder (self->milestone_list, placeholder_new (_("No milestones")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestone_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Milestones"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->milestone_list));
  gtk_stack_add_titled (self->stack, page_new (group, TRUE), "milestones", _("Milestones"));

  /* Indicators */
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  hint = gtk_label_new (_("Each cell holds a year’s target / actual value, in the indicator’s measure; "
                          "↑ higher is better, ↓ lower is better. Click a cell to change it; leave a value "
                          "empty if there is none."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 90);
  gtk_widget_set_name (hint, "indicator-hint");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (content), hint);
  self->indicator_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), self->indicator_box);
  /* Only the years scroll sideways: the hint wraps to the page. */
  page = page_new (content, FALSE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (page), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_titled (self->stack, page, "indicators", _("Indicators"));

  /* Evaluations */
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  year_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  year_label = gtk_label_new_with_mnemonic (_("_Year"));
  self->year_names = gtk_string_list_new (NULL);
  self->year_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->year_names), NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (year_label), GTK_WIDGET (self->year_dropdown));
  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (year_dropdown_selected_cb), self);
  gtk_box_append (GTK_BOX (year_row), year_label);
  gtk_box_append (GTK_BOX (year_row), GTK_WIDGET (self->year_dropdown));
  gtk_box_append (GTK_BOX (content), year_row);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Ranking"));
  self->add_evaluation_button = add_button_new (_("_Add Evaluation…"), "tracking.add-evaluation");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->add_evaluation_button);
  self->ranking_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->ranking_label, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->ranking_label), "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->ranking_label));
  self->evaluation_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->evaluation_list), 6);
  gtk_list_box_set_selection_mode (self->evaluation_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->evaluation_list), "boxed-list");
  gtk_list_box_set_placeholder (self->evaluation_list, placeholder_new (_("No evaluations for this year")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->evaluation_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ranking"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->evaluation_list));
  gtk_box_append (GTK_BOX (content), group);
  gtk_stack_add_titled (self->stack, page_new (content, TRUE), "evaluations", _("Evaluations"));

  if (pd_tracking_get_today_settings () != NULL)
    g_signal_connect_object (pd_tracking_get_today_settings (), "changed::today", G_CALLBACK (today_changed_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tracking.add-milestone", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tracking.add-evaluation", FALSE);
}

GtkWidget *
pd_tracking_view_new (void)
{
  return g_object_new (PD_TYPE_TRACKING_VIEW, NULL);
}

void
pd_tracking_view_set_history (PdTrackingView *self,
                              PdHistory      *history)
{
  gboolean writable;

  g_return_if_fail (PD_IS_TRACKING_VIEW (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (self->history == history)
    return;

  close_value_editor (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  self->tracking = NULL;
  g_clear_pointer (&self->years, g_array_unref);
  self->year = 0;
  g_set_object (&self->history, history);

  if (history != NULL)
    {
      self->store = g_object_ref (pd_history_get_store (history));
      self->tracking = pd_tracking_get_for_store (self->store);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }

  bind_milestones (self);
  refresh_years (self);
  if (self->years == NULL)
    rebuild_indicators (self);
  bind_evaluations (self);

  writable = self->store != NULL && !is_read_only (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tracking.add-milestone", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tracking.add-evaluation", writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->milestone_list), writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->evaluation_list), writable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

PdHistory *
pd_tracking_view_get_history (PdTrackingView *self)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  return self->history;
}

void
pd_tracking_view_set_page (PdTrackingView *self,
                           const char     *page)
{
  g_return_if_fail (PD_IS_TRACKING_VIEW (self));
  g_return_if_fail (page != NULL);

  if (gtk_stack_get_child_by_name (self->stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->stack, page);
}

const char *
pd_tracking_view_get_page (PdTrackingView *self)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
pd_tracking_view_set_year (PdTrackingView *self,
                           int             year)
{
  g_return_if_fail (PD_IS_TRACKING_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  self->updating++;
  for (guint i = 0; self->years != NULL && i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
  self->updating--;
  bind_evaluations (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

int
pd_tracking_view_get_year (PdTrackingView *self)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), 0);
  return self->year;
}

GtkListBox *
pd_tracking_view_get_milestone_list (PdTrackingView *self)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  return self->milestone_list;
}

GtkListBox *
pd_tracking_view_get_evaluation_list (PdTrackingView *self)
{
  g_return_val_if_fail (PD_IS_TRACKING_VIEW (self), NULL);
  return self->evaluation_list;
}

/* Today's date */

typedef struct
{
  AdwMessageDialog *dialog;
  GtkWidget        *entry;
  GtkWidget        *error_label;
} TodayForm;

static void
today_form_changed_cb (TodayForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = pd_date_read (gtk_editable_get_text (GTK_EDITABLE (form->entry)), TRUE, &error);

  form_set_error (form->dialog, form->error_label, date ? NULL : error->message);
}

static void
today_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TodayForm        *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (g_strcmp0 (response, "save") == 0 &&
      (date = pd_date_read (gtk_editable_get_text (GTK_EDITABLE (form->entry)), TRUE, &error)) != NULL)
    pd_tracking_set_today (date, &error);
  else if (g_strcmp0 (response, "system") == 0)
    pd_tracking_set_today (NULL, &error);
  if (error != NULL)
    g_warning ("%s", error->message);
}

/**
 * pd_tracking_present_today_dialog:
 *
 * Asks for the date traffic lights and overdue marks are shown for, to
 * show the plan as it stood on a given day; "Use the System Date" goes back
 * to today. Kept in the settings.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
pd_tracking_present_today_dialog (GtkWindow *parent)
{
  g_autofree char *current = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *body = NULL;
  GtkWidget *box, *list;
  TodayForm *form = g_new0 (TodayForm, 1);
  GSettings *settings = pd_tracking_get_today_settings ();

  current = settings ? g_settings_get_string (settings, "today") : g_strdup ("");
  shown = pd_date_format (current);
  box = form_new (&list, &form->error_label);
  form->entry = adw_entry_row_new ();
  gtk_widget_set_name (form->entry, "date");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->entry), _("Date"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (form->entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (form->entry), shown);
  gtk_list_box_append (GTK_LIST_BOX (list), form->entry);

  body = g_strdup (_("Traffic lights and overdue marks are worked out for this date, to show the plan as it "
                     "stood on a given day. Leave it empty for the system date."));
  form->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Set Today’s Date"), body));
  adw_message_dialog_add_responses (form->dialog, "cancel", _("_Cancel"), "system", _("Use the S_ystem Date"),
                                    "save", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (form->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form->dialog, "save");
  adw_message_dialog_set_close_response (form->dialog, "cancel");
  adw_message_dialog_set_extra_child (form->dialog, box);
  adw_message_dialog_set_response_enabled (form->dialog, "system", *current != '\0');
  gtk_window_set_modal (GTK_WINDOW (form->dialog), TRUE);
  g_object_set_data_full (G_OBJECT (form->dialog), "pd-form", form, g_free);
  g_signal_connect_swapped (form->entry, "changed", G_CALLBACK (today_form_changed_cb), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (today_response_cb), form);
  if (settings == NULL)
    form_set_error (form->dialog, form->error_label, _("The settings of Plan Desk are not installed"));
  gtk_window_present (GTK_WINDOW (form->dialog));
  return GTK_WIDGET (form->dialog);
}
