/* test-tracking-view.c — milestones, indicators, evaluations, progress reports and the Light column
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by the suite under Xvfb: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. Each test edits a read-write copy
 * of the bundled plan through the widgets (the forms of the dialogs, the
 * cell editor, the rows' checks) and checks what they show and what the
 * store holds; undo goes through the history as the window's would.
 * "Today" is 2014-01-15, set as for a demonstration (the `today` setting),
 * unless a test sets it otherwise.
 * Set PD_TEST_PAUSE=1 to leave each window on screen for a few seconds.
 */
#define G_LOG_DOMAIN "test-tracking-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"
#include "views/list/pd-plan-list.h"
#include "views/editor/pd-progress-reports-group.h"
#include "views/editor/pd-project-editor.h"
#include "views/tracking/pd-tracking-view.h"

#define TODAY "2014-01-15"
/* How a bad date is answered, in either language. */
#define NOT_A_DATE pd_test_tr ("Not a date: write dates like 2013-03-31, 2013/3/31 or 20130331", "日期无效：请按“2013年3月31日”、“2013/3/31”或“20130331”的格式填写")

typedef struct
{
  char       *dir;
  char       *path;
  PdStore    *store;
  PdHistory  *history;
  PdTracking *tracking;
  GtkWindow  *window;
  GPtrArray  *errors;
} Fixture;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
pause_if_asked (void)
{
  if (g_getenv ("PD_TEST_PAUSE") != NULL)
    iterate (4000);
}

/* The mapped labels under @widget whose text is @text. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
            g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return count_labels (widget, text) > 0;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *widget = pd_tracking_find_named (dialog, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
set_text (GtkWidget  *dialog,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static void
select_item (GtkWidget  *dialog,
             const char *name,
             guint       index)
{
  GtkWidget *widget = field (dialog, name);

  if (ADW_IS_COMBO_ROW (widget))
    adw_combo_row_set_selected (ADW_COMBO_ROW (widget), index);
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), index);
}

/* Answers @dialog as a click on @response would: nothing when the
 * response is not offered. */
static gboolean
respond (GtkWidget  *dialog,
         const char *response)
{
  gboolean enabled = adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response);

  if (enabled)
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (100);
  return enabled;
}

static void
error_cb (GtkWidget  *widget,
          const char *message,
          Fixture    *fixture)
{
  g_ptr_array_add (fixture->errors, g_strdup (message));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_tracking_set_today (TODAY, NULL));
  fixture->dir = pd_test_make_tmpdir ();
  fixture->path = pd_test_copy_to_tmp (bundled, fixture->dir, "plan.plandesk");
  fixture->store = pd_store_open (fixture->path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  fixture->history = pd_history_new (fixture->store);
  fixture->tracking = pd_tracking_get_for_store (fixture->store);
  fixture->errors = g_ptr_array_new_with_free_func (g_free);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 760);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pause_if_asked ();
  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  iterate (50);
  gtk_window_destroy (fixture->window);
  iterate (50);
  g_clear_pointer (&fixture->errors, g_ptr_array_unref);
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  pd_tracking_set_today (NULL, NULL);
}

static PdTrackingView *
show_view (Fixture    *fixture,
           const char *page)
{
  PdTrackingView *view = PD_TRACKING_VIEW (pd_tracking_view_new ());

  g_signal_connect (view, "error", G_CALLBACK (error_cb), fixture);
  pd_tracking_view_set_history (view, fixture->history);
  pd_tracking_view_set_page (view, page);
  gtk_window_set_child (fixture->window, GTK_WIDGET (view));
  gtk_window_present (fixture->window);
  iterate (300);
  return view;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
undo (Fixture *fixture)
{
  g_assert_true (pd_history_undo (fixture->history, NULL));
  iterate (100);
}

/* Milestones: listed by date, overdue marked; added, marked done, edited. */
static void
test_milestones (Fixture       *fixture,
                 gconstpointer  data)
{
  PdTrackingView *view = show_view (fixture, "milestones");
  GtkListBox *list = pd_tracking_view_get_milestone_list (view);
  GListModel *milestones = pd_tracking_get_milestones (fixture->tracking);
  GtkWidget *row, *dialog, *check;
  g_autoptr(PdMilestone) added = NULL;

  g_assert_cmpstr (pd_tracking_view_get_page (view), ==, "milestones");
  g_assert_cmpuint (n_rows (list), ==, 11);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (has_label (row, "各项目牵头单位研究制定实施方案"));
  /* Dates as the UI language writes them. */
  g_assert_true (has_label (row, pd_test_tr ("2013-03-31 · Deadline", "2013年3月31日 · 完成时限")));
  /* On 2014-01-15 the 2013 milestones are overdue, the 2014 one is not. */
  g_assert_true (has_label (row, pd_test_tr ("Overdue", "超期")));
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)), pd_test_tr ("Overdue", "超期")));
  g_assert_false (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)), pd_test_tr ("Overdue", "超期")));
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), pd_test_tr ("Overdue", "超期")), ==, 2);

  /* Added through the dialog: Save is offered only for a good date. */
  dialog = pd_tracking_view_open_milestone_dialog (view, NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, pd_test_tr (TODAY, "2014年1月15日"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));  /* no title yet */
  set_text (dialog, "title", "中期督导检查");
  set_text (dialog, "date", "2014-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (has_label (dialog, NOT_A_DATE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, "2014-02-30");
  /* Typed the Chinese way, in either language. */
  set_text (dialog, "date", "2014年6月30日");
  g_assert_false (has_label (dialog, NOT_A_DATE));
  select_item (dialog, "kind", 2);  /* inspection */
  g_assert_true (respond (dialog, "save"));
  g_assert_cmpuint (n_rows (list), ==, 12);
  added = g_list_model_get_item (milestones, 2);
  g_assert_cmpstr (pd_milestone_get_title (added), ==, "中期督导检查");
  g_assert_cmpstr (pd_milestone_get_kind (added), ==, "inspection");
  g_assert_cmpstr (pd_milestone_get_due_on (added), ==, "2014-06-30");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2));
  g_assert_true (has_label (row, "中期督导检查"));
  g_assert_true (has_label (row, pd_test_tr ("2014-06-30 · Inspection", "2014年6月30日 · 督导检查")));

  /* The first is marked done today with its check; undone, it is open again. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  check = find_type (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  iterate (100);
  {
    g_autoptr(PdMilestone) first = g_list_model_get_item (milestones, 0);

    g_assert_cmpstr (pd_milestone_get_done_on (first), ==, TODAY);
  }
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (has_label (row, pd_test_tr ("Done on " TODAY, "已于2014年1月15日完成")));
  g_assert_false (has_label (row, pd_test_tr ("Overdue", "超期")));
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), pd_test_tr ("Overdue", "超期")), ==, 1);
  undo (fixture);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_type (row, GTK_TYPE_CHECK_BUTTON))));
  g_assert_true (has_label (row, pd_test_tr ("Overdue", "超期")));

  /* Edited: a later date moves it down the list. */
  dialog = pd_tracking_view_open_milestone_dialog (view, added);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "title"))), ==, "中期督导检查");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, pd_test_tr ("2014-06-30", "2014年6月30日"));
  set_text (dialog, "date", "2015/6/30");
  g_assert_true (respond (dialog, "save"));
  g_assert_cmpstr (pd_milestone_get_due_on (added), ==, "2015-06-30");
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 3)), "中期督导检查"));

  /* Cancelled, nothing changes. */
  dialog = pd_tracking_view_open_milestone_dialog (view, added);
  set_text (dialog, "title", "不要");
  respond (dialog, "cancel");
  g_assert_cmpstr (pd_milestone_get_title (added), ==, "中期督导检查");

  gtk_widget_activate_action (GTK_WIDGET (view), "tracking.delete-milestone", "x", pd_milestone_get_id (added));
  iterate (100);
  g_assert_cmpuint (n_rows (list), ==, 11);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
  undo (fixture);
  undo (fixture);
  undo (fixture);
  g_assert_cmpuint (n_rows (list), ==, 11);
  g_assert_false (pd_history_get_can_undo (fixture->history));
}

static PdIndicator *
find_indicator (Fixture    *fixture,
                const char *name)
{
  GListModel *indicators = pd_tracking_get_indicators (fixture->tracking);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PdIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pd_indicator_get_name (indicator), name) == 0)
        return indicator;  /* the model holds it */
    }
  g_assert_not_reached ();
}

static const char *
cell_text (PdTrackingView *view,
           PdIndicator    *indicator,
           int             year)
{
  GtkWidget *cell = pd_tracking_view_get_value_cell (view, indicator, year);

  g_assert_nonnull (cell);
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (cell))));
}

/* Indicators: a table of years; a cell's editor takes numbers or nothing. */
static void
test_indicators (Fixture       *fixture,
                 gconstpointer  data)
{
  PdTrackingView *view = show_view (fixture, "indicators");
  PdIndicator *clearance = find_indicator (fixture, "破案率");
  PdIndicator *cases = find_indicator (fixture, "重大刑事案件");
  GtkWidget *editor;
  PdIndicatorValue value;

  /* Every indicator, every year of the plan, each cell empty. */
  g_assert_true (has_label (GTK_WIDGET (view), "2013"));
  g_assert_true (has_label (GTK_WIDGET (view), "2022"));
  g_assert_true (has_label (GTK_WIDGET (view), "↑ 破案率"));
  g_assert_true (has_label (GTK_WIDGET (view), "↓ 重大刑事案件"));
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), "— / —"), ==, 10 * 10);
  g_assert_null (pd_tracking_view_get_value_cell (view, clearance, 2012));

  editor = pd_tracking_view_open_value_editor (view, clearance, 2015);
  g_assert_nonnull (editor);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (editor));
  g_assert_true (pd_tracking_view_apply_value_editor (view, "95", " 96,2 "));
  iterate (100);
  g_assert_cmpstr (cell_text (view, clearance, 2015), ==, "95 / 96.2");
  g_assert_true (pd_indicator_get_value (clearance, 2015, &value));
  g_assert_cmpfloat (value.target, ==, 95.0);
  g_assert_cmpfloat (value.actual, ==, 96.2);
  {
    const char *description = gtk_widget_get_tooltip_text (pd_tracking_view_get_value_cell (view, clearance, 2015));

    g_assert_cmpstr (description, ==, pd_test_tr ("破案率, 2015: target 95, actual 96.2 %", "破案率，2015年：目标 95，实际 96.2 %"));
  }

  /* Not a number: refused in the editor, which stays open. */
  editor = pd_tracking_view_open_value_editor (view, cases, 2013);
  iterate (100);
  g_assert_false (pd_tracking_view_apply_value_editor (view, "三十", ""));
  g_assert_true (has_label (editor, pd_test_tr ("Target: not a number", "目标：不是数字")));
  g_assert_false (pd_indicator_get_value (cases, 2013, NULL));
  /* An actual alone is fine. */
  g_assert_true (pd_tracking_view_apply_value_editor (view, "", "12"));
  iterate (100);
  g_assert_cmpstr (cell_text (view, cases, 2013), ==, "— / 12");

  /* Values for a year after the plan add a column. */
  {
    const double actual = 9;
    g_autoptr(PdCommand) command = pd_command_set_indicator_value (cases, 2023, NULL, &actual, NULL);

    g_assert_true (pd_history_push (fixture->history, command, NULL));
    iterate (100);
    g_assert_true (has_label (GTK_WIDGET (view), "2023"));
    g_assert_cmpstr (cell_text (view, cases, 2023), ==, "— / 9");
    g_assert_cmpstr (cell_text (view, clearance, 2015), ==, "95 / 96.2");
  }

  /* Cleared, and each step undone. */
  editor = pd_tracking_view_open_value_editor (view, clearance, 2015);
  iterate (100);
  g_assert_true (pd_tracking_view_apply_value_editor (view, "", ""));
  iterate (100);
  g_assert_cmpstr (cell_text (view, clearance, 2015), ==, "— / —");
  undo (fixture);
  g_assert_cmpstr (cell_text (view, clearance, 2015), ==, "95 / 96.2");
  undo (fixture);
  g_assert_null (pd_tracking_view_get_value_cell (view, cases, 2023));
  undo (fixture);
  undo (fixture);
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), "— / —"), ==, 10 * 10);
  g_assert_false (pd_history_get_can_undo (fixture->history));
}

/* The label under @widget whose text is @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* In the side pane's width (400 px): the hint wraps within the page, the
 * names stay where they are while the years scroll sideways, and every
 * year can be scrolled to. */
static void
test_indicators_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  PdTrackingView *view;
  PdIndicator *cases = find_indicator (fixture, "重大刑事案件");
  GtkWidget *hint, *years, *last, *name;
  GtkAdjustment *hadjustment;
  graphene_rect_t bounds;
  int page_width;

  gtk_window_set_default_size (fixture->window, 400, 720);
  view = show_view (fixture, "indicators");
  hint = pd_tracking_find_named (GTK_WIDGET (view), "indicator-hint");
  years = pd_tracking_find_named (GTK_WIDGET (view), "indicator-years");
  last = pd_tracking_view_get_value_cell (view, cases, 2022);
  name = find_label (GTK_WIDGET (view), "↓ 重大刑事案件");

  page_width = gtk_widget_get_width (GTK_WIDGET (view));
  g_assert_cmpint (page_width, <=, 400);
  g_assert_nonnull (hint);
  g_assert_nonnull (name);
  g_assert_cmpint (gtk_widget_get_width (hint), <=, page_width);
  /* Wrapped: several lines, not one cut at the page's edge. */
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (hint))), >=, 2);
  g_assert_nonnull (years);
  g_assert_true (gtk_widget_is_ancestor (last, years));
  g_assert_false (gtk_widget_is_ancestor (name, years));
  hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (years));
  g_assert_true (gtk_widget_compute_bounds (last, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (years)),
                                            &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_adjustment_get_upper (hadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (hadjustment), <, gtk_adjustment_get_upper (hadjustment));
  /* Scrolled to the end, the last year is in view and the name still is. */
  gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment));
  iterate (100);
  g_assert_true (gtk_widget_compute_bounds (last, years, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (years) + 0.5);
  g_assert_true (gtk_widget_compute_bounds (name, GTK_WIDGET (view), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, page_width);
  /* The name's row and the cells' rows line up. */
  {
    graphene_rect_t name_bounds, cell_bounds;

    g_assert_true (gtk_widget_compute_bounds (name, GTK_WIDGET (view), &name_bounds));
    g_assert_true (gtk_widget_compute_bounds (last, GTK_WIDGET (view), &cell_bounds));
    g_assert_cmpfloat (name_bounds.origin.y, ==, cell_bounds.origin.y);
    g_assert_cmpfloat (name_bounds.size.height, ==, cell_bounds.size.height);
  }
}

/* Iterates the main loop until @widget is mapped, or a generous while. */
static gboolean
wait_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return gtk_widget_get_mapped (widget);
}

/* Opens the editor of @year's cell of @indicator in a view of its own and
 * closes it with a change, as its Set button would; the cell and the
 * editor are watched through @cell and @editor, which go NULL when they
 * are finalized. The closed editor is still on its cell. */
static PdTrackingView *
open_and_close_editor (Fixture     *fixture,
                       PdIndicator *indicator,
                       int          year,
                       const char  *target,
                       GtkWidget  **cell,
                       GtkWidget  **editor)
{
  PdTrackingView *view = show_view (fixture, "indicators");

  *cell = pd_tracking_view_get_value_cell (view, indicator, year);
  *editor = pd_tracking_view_open_value_editor (view, indicator, year);
  g_assert_nonnull (*cell);
  g_assert_nonnull (*editor);
  g_object_add_weak_pointer (G_OBJECT (*cell), (gpointer *)cell);
  g_object_add_weak_pointer (G_OBJECT (*editor), (gpointer *)editor);
  g_assert_true (wait_mapped (*editor));
  g_assert_true (gtk_widget_get_parent (*editor) == *cell);
  g_assert_true (pd_tracking_view_apply_value_editor (view, target, ""));
  g_assert_false (gtk_widget_get_visible (*editor));
  g_assert_true (gtk_widget_get_parent (*editor) == *cell);
  return view;
}

/* Whether @cell, a cell of the indicator table, holds its label alone. */
static gboolean
cell_has_label_alone (GtkWidget *cell)
{
  GtkWidget *child = gtk_widget_get_first_child (cell);

  return GTK_IS_LABEL (child) && gtk_widget_get_next_sibling (child) == NULL;
}

/* The cell editor never outlives its cell. Closed, it leaves its cell as
 * soon as the main loop runs; and when the cell leaves the view first — the
 * table rebuilt for a new year, the view destroyed — before the main loop
 * has run, the editor is taken out of it and finalized at once. Were it
 * still the cell's child, the cell would be finalized with a child left
 * (a fatal warning) whenever the last reference to it went before the
 * editor's idle ran: the focus and the pointer hold cells for a while, so
 * timing decided, and a slow run (the sanitizers) lost. Views are created
 * and destroyed over and over, and the order is made deterministic here:
 * nothing runs between the editor closing and its cell going. */
static void
test_value_editor_lifetime (Fixture       *fixture,
                            gconstpointer  data)
{
  PdIndicator *clearance = find_indicator (fixture, "破案率");
  PdIndicator *cases = find_indicator (fixture, "重大刑事案件");
  const double actual = 9;
  GtkWidget *cell, *editor;
  PdTrackingView *view;
  gint64 end;

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *target = g_strdup_printf ("%u", 90 + round);
      g_autofree char *shown = g_strdup_printf ("%s / —", target);

      /* Left alone: out of its cell once the main loop runs; the cell stays. */
      view = open_and_close_editor (fixture, clearance, 2015, target, &cell, &editor);
      end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      while (editor != NULL && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      g_assert_null (editor);
      g_assert_nonnull (cell);
      g_assert_true (cell_has_label_alone (cell));
      g_assert_cmpstr (cell_text (view, clearance, 2015), ==, shown);
      g_object_remove_weak_pointer (G_OBJECT (cell), (gpointer *)&cell);

      /* The table rebuilt at once: a value for 2023 adds a column. */
      view = open_and_close_editor (fixture, clearance, 2016, target, &cell, &editor);
      {
        g_autoptr(PdCommand) command = pd_command_set_indicator_value (cases, 2023, NULL, &actual, NULL);

        g_assert_true (pd_history_push (fixture->history, command, NULL));
      }
      g_assert_cmpstr (cell_text (view, cases, 2023), ==, "— / 9");
      g_assert_true (pd_tracking_view_get_value_cell (view, clearance, 2016) != cell);
      g_assert_null (editor);
      g_assert_true (cell == NULL || cell_has_label_alone (cell));
      if (cell != NULL)
        g_object_remove_weak_pointer (G_OBJECT (cell), (gpointer *)&cell);
      undo (fixture);
      g_assert_null (pd_tracking_view_get_value_cell (view, cases, 2023));

      /* The view disposed at once, as when its window is destroyed (here
       * the pointer may still hold it: it is disposed by hand). */
      view = g_object_ref (open_and_close_editor (fixture, clearance, 2017, target, &cell, &editor));
      gtk_window_set_child (fixture->window, NULL);
      g_object_run_dispose (G_OBJECT (view));
      g_clear_object (&view);
      g_assert_null (editor);
      g_assert_true (cell == NULL || cell_has_label_alone (cell));
      if (cell != NULL)
        g_object_remove_weak_pointer (G_OBJECT (cell), (gpointer *)&cell);
    }
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

static guint
unit_index (Fixture    *fixture,
            const char *name)
{
  GListModel *units = pd_store_get_units (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (pd_unit_get_name (unit), name) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
add_evaluation (Fixture        *fixture,
                PdTrackingView *view,
                const char     *unit,
                const char     *score,
                guint           grade,
                const char     *other)
{
  GtkWidget *dialog = pd_tracking_view_open_evaluation_dialog (view, NULL);

  select_item (dialog, "unit", unit_index (fixture, unit));
  set_text (dialog, "score", score);
  select_item (dialog, "grade", grade);
  if (other != NULL)
    set_text (dialog, "other-grade", other);
  g_assert_true (respond (dialog, "save"));
}

/* The texts of the mapped, non-empty labels under @widget, in order. */
static void
append_labels (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && *gtk_label_get_text (GTK_LABEL (widget)))
    g_string_append_printf (out, "%s%s", out->len && out->str[out->len - 1] != ' ' ? " " : "",
                            gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    append_labels (child, out);
}

/* Each row as shown: rank, unit, note, score, grade; rows joined with "; ". */
static char *
dup_ranking (GtkListBox *list)
{
  GString *out = g_string_new (NULL);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)); i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      append_labels (GTK_WIDGET (row), out);
    }
  return g_string_free (out, FALSE);
}

/* Evaluations: added through the dialog, ranked, edited; years apart. */
static void
test_evaluations (Fixture       *fixture,
                  gconstpointer  data)
{
  PdTrackingView *view = show_view (fixture, "evaluations");
  GtkListBox *list = pd_tracking_view_get_evaluation_list (view);
  GtkWidget *dialog;

  /* This year (2014, as the plan has it) is shown first. */
  g_assert_cmpint (pd_tracking_view_get_year (view), ==, 2014);
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (view), pd_test_tr ("No evaluations for this year", "本年度没有考评")));

  add_evaluation (fixture, view, "越秀区", "95", 1, NULL);
  add_evaluation (fixture, view, "荔湾区", "88.5", 2, NULL);
  add_evaluation (fixture, view, "海珠区", "95", 1, NULL);
  add_evaluation (fixture, view, "白云区", "", 5, "基本合格");

  /* No score and no grade: not offered. */
  dialog = pd_tracking_view_open_evaluation_dialog (view, NULL);
  select_item (dialog, "unit", unit_index (fixture, "天河区"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (has_label (dialog, pd_test_tr ("An evaluation needs a score or a grade", "考评必须有分数或等次")));
  set_text (dialog, "score", "9x");
  g_assert_true (has_label (dialog, pd_test_tr ("The score is not a number", "分数不是数字")));
  g_assert_false (respond (dialog, "save"));

  {
    g_autofree char *ranking = dup_ranking (list);
    g_autofree char *expected = g_strdup_printf ("1 海珠区 95 %s; 1 越秀区 95 %s; 3 荔湾区 88.5 %s; — 白云区 基本合格",
                                                 pd_test_tr ("Excellent", "优秀"), pd_test_tr ("Excellent", "优秀"),
                                                 pd_test_tr ("Good", "良好"));

    g_assert_cmpstr (ranking, ==, expected);
  }
  g_assert_true (has_label (GTK_WIDGET (view), pd_test_tr ("2014: 4 units evaluated, ranked by score, then grade",
                                                           "2014年：4 个单位参加考评，按分数、再按等次排名")));

  /* Edited: the unit stays, the score moves it up. */
  {
    g_autoptr(GListModel) evaluations = pd_tracking_dup_evaluations (fixture->tracking, 2014);
    g_autoptr(PdEvaluation) liwan = g_list_model_get_item (evaluations, 2);

    dialog = pd_tracking_view_open_evaluation_dialog (view, liwan);
    g_assert_null (pd_tracking_find_named (dialog, "unit"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "score"))), ==, "88.5");
    set_text (dialog, "score", "99");
    set_text (dialog, "note", "进步明显");
    g_assert_true (respond (dialog, "save"));
    g_assert_cmpuint (pd_evaluation_get_rank (liwan), ==, 1);
    g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), "进步明显"));
  }

  /* Another year has its own ranking. */
  pd_tracking_view_set_year (view, 2015);
  iterate (100);
  g_assert_cmpuint (n_rows (list), ==, 0);
  pd_tracking_view_set_year (view, 2014);
  iterate (100);
  g_assert_cmpuint (n_rows (list), ==, 4);

  while (pd_history_get_can_undo (fixture->history))
    undo (fixture);
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

/* The lights of the List view: a shape and a name, following edits and
 * the date they are shown for. */
static void
test_light_column (Fixture       *fixture,
                   gconstpointer  data)
{
  PdPlanList *list = PD_PLAN_LIST (pd_plan_list_new ());
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  GListModel *columns;
  const char *red = pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_RED);
  const char *yellow = pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_YELLOW);
  const char *grey = pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_GREY);
  g_autoptr(GtkTreeListRow) row = NULL;

  pd_plan_list_set_store (list, fixture->store);
  gtk_window_set_child (fixture->window, GTK_WIDGET (list));
  gtk_window_present (fixture->window);
  iterate (300);

  columns = gtk_column_view_get_columns (pd_plan_list_get_column_view (list));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 6);
  {
    g_autoptr(GtkColumnViewColumn) light = g_list_model_get_item (columns, 5);

    g_assert_cmpstr (gtk_column_view_column_get_title (light), ==, pd_test_tr ("Light", "亮灯"));
  }

  /* 五、公共安全防控工程: eleven projects, none started: grey, shown as ○ and named. */
  row = gtk_tree_list_model_get_row (pd_plan_list_get_model (list), 4);
  gtk_tree_list_row_set_expanded (row, TRUE);
  iterate (300);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), grey), ==, 11);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), "○"), ==, 11);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), red), ==, 0);

  /* Project 29 under way, due 2013-12-31: overdue, red ◆. */
  {
    g_autoptr(PdCommand) status = pd_command_set_project_status (project, PD_STATUS_ACTIVE);
    g_autoptr(PdCommand) dates = pd_command_set_project_dates (project, "2013-01-01", "2013-12-31", NULL);

    g_assert_true (pd_history_push (fixture->history, status, NULL));
    g_assert_true (pd_history_push (fixture->history, dates, NULL));
  }
  iterate (100);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), red), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), "◆"), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), grey), ==, 10);

  /* Shown for 2013-06-01 instead: 41% of its time gone, no progress: yellow ▲. */
  g_assert_true (pd_tracking_set_today ("2013-06-01", NULL));
  iterate (100);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), red), ==, 0);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), yellow), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), "▲"), ==, 1);

  undo (fixture);
  undo (fixture);
  g_assert_cmpuint (count_labels (GTK_WIDGET (list), grey), ==, 11);
}

/* Progress reports in the project editor: newest first; the latest sets
 * the project's status and progress, in one undo step, and its light. */
static void
test_progress_reports (Fixture       *fixture,
                       gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  PdPlanList *plan_list = PD_PLAN_LIST (pd_plan_list_new ());
  PdProjectEditor *editor = PD_PROJECT_EDITOR (pd_project_editor_new ());
  PdProgressReportsGroup *group;
  GtkListBox *list;
  GtkWidget *dialog, *row;
  g_autoptr(GtkTreeListRow) programme = NULL;
  const char *green = pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_GREEN);
  const char *grey = pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_GREY);

  g_signal_connect (editor, "error", G_CALLBACK (error_cb), fixture);
  pd_plan_list_set_store (plan_list, fixture->store);
  pd_project_editor_set_history (editor, fixture->history);
  pd_project_editor_set_project (editor, project);
  gtk_widget_set_size_request (GTK_WIDGET (plan_list), 760, -1);
  gtk_paned_set_start_child (GTK_PANED (paned), GTK_WIDGET (plan_list));
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (editor));
  gtk_window_set_child (fixture->window, paned);
  gtk_window_present (fixture->window);
  programme = gtk_tree_list_model_get_row (pd_plan_list_get_model (plan_list), 4);
  gtk_tree_list_row_set_expanded (programme, TRUE);
  iterate (300);

  group = PD_PROGRESS_REPORTS_GROUP (find_type (GTK_WIDGET (editor), PD_TYPE_PROGRESS_REPORTS_GROUP));
  g_assert_nonnull (group);
  g_assert_true (pd_progress_reports_group_get_project (group) == project);
  list = pd_progress_reports_group_get_list (group);
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (editor), pd_test_tr ("Progress reports", "进展情况")));
  g_assert_cmpuint (count_labels (GTK_WIDGET (plan_list), grey), ==, 11);

  /* Added: dated today, by the lead unit, active at the project's progress. */
  dialog = pd_progress_reports_group_open_dialog (group, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, pd_test_tr (TODAY, "2014年1月15日"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (dialog, "unit"))), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (dialog, "status"))), ==, PD_STATUS_ACTIVE);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (field (dialog, "update"))));
  set_text (dialog, "date", "2014-01-10");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (dialog, "progress")), 40);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (dialog, "text"))),
                            "**视频监控**：已建成 1.2 万个", -1);
  g_assert_true (respond (dialog, "save"));

  g_assert_cmpuint (n_rows (list), ==, 1);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (has_label (row, pd_test_tr ("2014-01-10 · Active · 40%", "2014年1月10日 · 进行中 · 40%")));
  g_assert_true (has_label (row, "市公安局"));
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  /* The editor's fields and the list's light follow: green ● now. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                                                                        PD_TYPE_PROJECT_EDITOR,
                                                                                        "status_row"))),
                    ==, PD_STATUS_ACTIVE);
  g_assert_cmpuint (count_labels (GTK_WIDGET (plan_list), green), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (plan_list), "●"), ==, 1);

  /* An earlier report, the project left alone; a later one, unticked. */
  dialog = pd_progress_reports_group_open_dialog (group, NULL);
  set_text (dialog, "date", "2013年12月31日");
  select_item (dialog, "unit", 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (dialog, "progress")), 30);
  g_assert_true (respond (dialog, "save"));
  dialog = pd_progress_reports_group_open_dialog (group, NULL);
  set_text (dialog, "date", "2014-01-12");
  select_item (dialog, "status", PD_STATUS_SUSPENDED);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "update")), FALSE);
  g_assert_true (respond (dialog, "save"));
  g_assert_cmpuint (n_rows (list), ==, 3);
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)), "市视频建设领导小组成员单位"));
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);

  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)),
                            pd_test_tr ("2013-12-31 · Active · 30%", "2013年12月31日 · 进行中 · 30%")));
  g_assert_true (has_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)),
                            pd_test_tr ("2014-01-12 · Suspended · 40%", "2014年1月12日 · 已暂停 · 40%")));

  /* A date that is none is not offered: the reason names the form, the
   * text stays as typed. */
  dialog = pd_progress_reports_group_open_dialog (group, NULL);
  set_text (dialog, "date", "2014/01/32");
  g_assert_true (has_label (dialog, NOT_A_DATE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, "2014/01/32");
  set_text (dialog, "date", "");
  g_assert_true (has_label (dialog, NOT_A_DATE));
  g_assert_false (respond (dialog, "save"));

  /* Undone one step at a time: the first undo of the first report takes
   * the project back too. */
  undo (fixture);
  undo (fixture);
  g_assert_cmpuint (n_rows (list), ==, 1);
  undo (fixture);
  g_assert_cmpuint (n_rows (list), ==, 0);
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_PLANNED);
  g_assert_cmpint (pd_project_get_progress (project), ==, 0);
  g_assert_cmpuint (count_labels (GTK_WIDGET (plan_list), grey), ==, 11);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

/* A read-only plan is shown, not edited. */
static void
test_read_only (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, NULL);
  g_autoptr(PdHistory) history = pd_history_new (store);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PdTrackingView *view = PD_TRACKING_VIEW (pd_tracking_view_new ());
  PdIndicator *indicator;

  pd_tracking_view_set_history (view, history);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  iterate (200);
  g_assert_null (pd_tracking_view_open_milestone_dialog (view, NULL));
  g_assert_null (pd_tracking_view_open_evaluation_dialog (view, NULL));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (pd_tracking_view_get_milestone_list (view))));
  indicator = g_list_model_get_item (pd_tracking_get_indicators (pd_tracking_get_for_store (store)), 0);
  g_object_unref (indicator);
  g_assert_null (pd_tracking_view_open_value_editor (view, indicator, 2015));
  gtk_window_destroy (window);
  iterate (50);
}

/* Set Today's Date…: kept in the settings, emptied for the system date. */
static void
test_today_dialog (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *dialog = pd_tracking_present_today_dialog (fixture->window);
  GSettings *settings = pd_tracking_get_today_settings ();
  g_autofree char *stored = NULL;

  set_text (dialog, "date", "2013-02-30");
  g_assert_true (has_label (dialog, NOT_A_DATE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, "2013-02-30");
  g_assert_false (respond (dialog, "save"));
  /* Typed the Chinese way, kept as an ISO day, shown as dates are. */
  dialog = pd_tracking_present_today_dialog (fixture->window);
  set_text (dialog, "date", "2016年6月30日");
  g_assert_true (respond (dialog, "save"));
  stored = g_settings_get_string (settings, "today");
  g_assert_cmpstr (stored, ==, "2016-06-30");
  dialog = pd_tracking_present_today_dialog (fixture->window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, pd_test_tr ("2016-06-30", "2016年6月30日"));
  g_assert_true (respond (dialog, "system"));
  g_free (stored);
  stored = g_settings_get_string (settings, "today");
  g_assert_cmpstr (stored, ==, "");
}

int
main (int    argc,
      char **argv)
{
  /* The setting, not the environment, says what day it is. */
  g_unsetenv ("PLANDESK_TODAY");
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/tracking-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("milestones", test_milestones);
  ADD ("indicators", test_indicators);
  ADD ("indicators-narrow", test_indicators_narrow);
  ADD ("value-editor-lifetime", test_value_editor_lifetime);
  ADD ("evaluations", test_evaluations);
  ADD ("light-column", test_light_column);
  ADD ("progress-reports", test_progress_reports);
  ADD ("today-dialog", test_today_dialog);
  g_test_add_func ("/tracking-view/read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
