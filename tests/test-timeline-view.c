/* test-timeline-view.c — the Timeline page, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run in English and with LANGUAGE=zh_CN. Every test works on a read-write
 * temporary copy of the bundled plan with "today" fixed at 2016-06-30.
 *
 * What screen readers get is read from the accessible stand-ins the canvas
 * lays over its rows, phases and milestones (GTK_A11Y=test), and compared
 * with the exact text in both languages.
 */
#define G_LOG_DOMAIN "test-timeline-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-traffic-light.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-plan-file.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"
#include "views/timeline/pd-timeline-canvas.h"
#include "views/timeline/pd-timeline-item.h"
#include "views/timeline/pd-timeline-view.h"

#define TODAY "2016-06-30"

typedef struct
{
  char           *dir;
  PdStore        *store;
  PdHistory      *history;
  GtkWindow      *window;
  PdTimelineView *view;
  PdTimelineCanvas *canvas;
} Fixture;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *source = pd_plan_file_dup_bundled_path ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("PLANDESK_TODAY", TODAY, TRUE);
  f->dir = g_dir_make_tmp ("plandesk-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  path = pd_test_copy_to_tmp (source, f->dir, "plan.plandesk");
  f->store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->history = pd_history_new (f->store);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 760);
  f->view = PD_TIMELINE_VIEW (pd_timeline_view_new ());
  pd_timeline_view_set_history (f->view, f->history);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  f->canvas = PD_TIMELINE_CANVAS (pd_timeline_view_get_canvas (f->view));
  iterate (300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate (50);
  pd_tracking_set_today (NULL, NULL);
  g_setenv ("PLANDESK_TODAY", TODAY, TRUE);
  g_clear_object (&f->history);
  g_clear_object (&f->store);
  pd_test_remove_tree (f->dir);
  g_free (f->dir);
}

static PdProject *
project (Fixture *f,
         int      number)
{
  PdProject *p = pd_store_find_project_by_number (f->store, number);

  g_assert_nonnull (p);
  return p;
}

static char *
shift_date (const char *date,
            int         days)
{
  return pd_timeline_format_day (pd_timeline_parse_day (date) + days);
}

static void
count_selected (PdTimelineView *view,
                PdProject      *selected,
                guint          *n)
{
  (*n)++;
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  guint n_programmes = 0, n_projects = 0;
  PdProgramme *first = NULL;

  g_assert_cmpuint (pd_timeline_canvas_get_n_rows (f->canvas), ==, 12 + 68);
  for (guint i = 0; i < pd_timeline_canvas_get_n_rows (f->canvas); i++)
    {
      GObject *item = pd_timeline_canvas_get_row_item (f->canvas, i);

      if (PD_IS_PROGRAMME (item))
        {
          n_programmes++;
          if (first == NULL)
            first = PD_PROGRAMME (item);
        }
      else if (PD_IS_PROJECT (item))
        n_projects++;
    }
  g_assert_cmpuint (n_programmes, ==, 12);
  g_assert_cmpuint (n_projects, ==, 68);
  g_assert_null (pd_timeline_canvas_get_row_item (f->canvas, 80));

  /* Collapsing the first programme hides its projects; expanding shows them again. */
  g_assert_true (pd_timeline_canvas_get_expanded (f->canvas, first));
  pd_timeline_canvas_set_expanded (f->canvas, first, FALSE);
  g_assert_false (pd_timeline_canvas_get_expanded (f->canvas, first));
  g_assert_cmpuint (pd_timeline_canvas_get_n_rows (f->canvas), ==,
                    80 - g_list_model_get_n_items (pd_programme_get_projects (first)));
  pd_timeline_canvas_set_expanded (f->canvas, first, TRUE);
  g_assert_cmpuint (pd_timeline_canvas_get_n_rows (f->canvas), ==, 80);

  /* Drawing works, and builds a node. */
  {
    GskRenderNode *node = pd_timeline_canvas_build_node (f->canvas);

    g_assert_nonnull (node);
    gsk_render_node_unref (node);
  }
}

static void
test_phases_milestones (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const names[] = { "全面铺开", "系统推进", "形成体系", "巩固提高" };
  PdTimelineData *timeline = pd_timeline_view_get_data (f->view);
  double chart_x = pd_timeline_canvas_get_chart_x (f->canvas);

  g_assert_cmpuint (timeline->phases->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      PdTimelinePhase *phase = g_ptr_array_index (timeline->phases, i);
      g_autofree char *tip = NULL;
      graphene_rect_t bar;
      double x;

      g_assert_cmpstr (phase->name, ==, names[i]);
      /* The phase band's tooltip names it: find its x from project 1's bar,
       * which runs over the whole plan. */
      g_assert_true (pd_timeline_canvas_get_bar_area (f->canvas, project (f, 1), &bar));
      x = bar.origin.x + bar.size.width * (((phase->starts_on + phase->ends_on) / 2.0) -
                                           pd_timeline_parse_day ("2013-01-01")) / 3652.0;
      g_assert_cmpfloat (x, >, chart_x);
      tip = pd_timeline_canvas_dup_tooltip_at (f->canvas, x, 10);
      g_assert_nonnull (tip);
      g_assert_nonnull (strstr (tip, names[i]));
    }
  g_assert_cmpuint (timeline->milestones->len, >, 0);
}

static void
test_drag (Fixture       *f,
           gconstpointer  data)
{
  PdProject *p = project (f, 5);
  g_autofree char *start = g_strdup (pd_project_get_start_on (p));
  g_autofree char *due = g_strdup (pd_project_get_due_on (p));
  g_autofree char *start_moved = shift_date (start, 30);
  g_autofree char *due_moved = shift_date (due, 30);
  g_autofree char *due_shorter = shift_date (due, -60);
  double ppd = pd_timeline_view_get_ppd (f->view);
  guint n_undo = pd_history_get_n_undo (f->history);
  graphene_rect_t bar;
  guint n_selected = 0;

  g_signal_connect (f->view, "project-selected", G_CALLBACK (count_selected), &n_selected);

  /* Move: by 30 days worth of pixels from the middle of the bar. */
  g_assert_true (pd_timeline_canvas_get_bar_area (f->canvas, p, &bar));
  pd_timeline_canvas_drag (f->canvas, bar.origin.x + bar.size.width / 2, bar.origin.y + bar.size.height / 2,
                           30 * ppd, 3);
  g_assert_cmpstr (pd_project_get_start_on (p), ==, start_moved);
  g_assert_cmpstr (pd_project_get_due_on (p), ==, due_moved);
  g_assert_cmpuint (pd_history_get_n_undo (f->history), ==, n_undo + 1);
  g_assert_true (pd_timeline_view_get_selected (f->view) == p);
  g_assert_cmpuint (n_selected, ==, 1);

  /* Undo restores both dates at once. */
  g_assert_true (pd_history_undo (f->history, NULL));
  g_assert_cmpstr (pd_project_get_start_on (p), ==, start);
  g_assert_cmpstr (pd_project_get_due_on (p), ==, due);

  /* The right end: only the due date moves. */
  g_assert_true (pd_timeline_canvas_get_bar_area (f->canvas, p, &bar));
  pd_timeline_canvas_drag (f->canvas, bar.origin.x + bar.size.width - 2, bar.origin.y + bar.size.height / 2,
                           -60 * ppd, 0);
  g_assert_cmpstr (pd_project_get_start_on (p), ==, start);
  g_assert_cmpstr (pd_project_get_due_on (p), ==, due_shorter);
  g_assert_cmpuint (pd_history_get_n_undo (f->history), ==, n_undo + 1);
  g_assert_true (pd_history_undo (f->history, NULL));
  g_assert_cmpstr (pd_project_get_due_on (p), ==, due);

  /* A drag of less than half a day changes nothing. */
  pd_timeline_canvas_drag (f->canvas, bar.origin.x + bar.size.width / 2, bar.origin.y + bar.size.height / 2,
                           ppd * 0.3, 0);
  g_assert_cmpstr (pd_project_get_start_on (p), ==, start);
  g_assert_cmpuint (pd_history_get_n_undo (f->history), ==, n_undo);

  /* Alt+Right with Shift: a week, one command. */
  pd_timeline_canvas_nudge (f->canvas, 7);
  {
    g_autofree char *week = shift_date (start, 7);

    g_assert_cmpstr (pd_project_get_start_on (p), ==, week);
  }
  g_assert_cmpuint (pd_history_get_n_undo (f->history), ==, n_undo + 1);
  g_assert_true (pd_history_undo (f->history, NULL));
  g_assert_cmpstr (pd_project_get_start_on (p), ==, start);
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  double fit = pd_timeline_view_get_ppd (f->view);
  double zoomed;

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL) &&
                  pd_timeline_view_get_ppd (f->view) < fit - 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  zoomed = pd_timeline_view_get_ppd (f->view);
  g_assert_cmpfloat (zoomed, >, fit * 1.2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL));
  g_assert_cmpfloat (pd_timeline_view_get_ppd (f->view), <, zoomed);

  /* Ctrl+scroll zooms around the pointer: the day under it stays put. */
  pd_timeline_canvas_zoom_at_pointer (f->canvas, 700, -1);
  g_assert_cmpfloat (pd_timeline_view_get_ppd (f->view), >, fit * 1.1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-fit", NULL));
  g_assert_cmpfloat_with_epsilon (pd_timeline_view_get_ppd (f->view), fit, 1e-6);

  /* Zoomed into 2013: a year fills the chart. */
  pd_timeline_view_show_days (f->view, "2013-01-01", "2013-12-31");
  g_assert_cmpfloat (pd_timeline_view_get_ppd (f->view), >, fit * 8);
  {
    GskRenderNode *node = pd_timeline_canvas_build_node (f->canvas);

    g_assert_nonnull (node);
    gsk_render_node_unref (node);
  }
}

static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  PdProject *p = project (f, 40);
  guint n_selected = 0;
  PdProgramme *programme = pd_project_get_programme (p);

  g_signal_connect (f->view, "project-selected", G_CALLBACK (count_selected), &n_selected);

  /* From outside (List, Matrix): selects, expands, does not echo. */
  pd_timeline_canvas_set_expanded (f->canvas, programme, FALSE);
  pd_timeline_view_select_project (f->view, p);
  g_assert_true (pd_timeline_view_get_selected (f->view) == p);
  g_assert_true (pd_timeline_canvas_get_expanded (f->canvas, programme));
  g_assert_cmpuint (n_selected, ==, 0);
  pd_timeline_view_select_project (f->view, NULL);
  g_assert_null (pd_timeline_view_get_selected (f->view));
}

static void
test_traffic_light (Fixture       *f,
                    gconstpointer  data)
{
  PdProject *p = project (f, 12);
  g_autoptr(PdCommand) status = pd_command_set_project_status (p, PD_STATUS_ACTIVE);
  g_autoptr(PdCommand) progress = pd_command_set_project_progress (p, 10);
  g_autofree char *today = pd_traffic_light_dup_today ();
  g_autofree char *description = NULL;
  PdTrafficLight expected;

  g_assert_cmpstr (today, ==, TODAY);
  g_assert_true (pd_history_push (f->history, status, NULL));
  g_assert_true (pd_history_push (f->history, progress, NULL));
  expected = pd_traffic_light (PD_STATUS_ACTIVE, 10, pd_project_get_start_on (p), pd_project_get_due_on (p), TODAY);
  g_assert_cmpint (pd_timeline_canvas_get_light (f->canvas, p), ==, expected);
  /* Ten points done half way through a ten-year project: behind time. */
  g_assert_cmpint (expected, ==, PD_TRAFFIC_LIGHT_YELLOW);

  /* Its name is in the tooltip and what screen readers read. */
  description = pd_timeline_canvas_dup_description (f->canvas, G_OBJECT (p));
  g_assert_nonnull (strstr (description, pd_traffic_light_get_label (expected)));
  g_assert_nonnull (strstr (description, pd_project_get_title (p)));
  g_assert_nonnull (strstr (description, "10%"));

  /* Done: blue. */
  {
    g_autoptr(PdCommand) done = pd_command_set_project_status (p, PD_STATUS_DONE);

    g_assert_true (pd_history_push (f->history, done, NULL));
    g_assert_cmpint (pd_timeline_canvas_get_light (f->canvas, p), ==, PD_TRAFFIC_LIGHT_BLUE);
    g_clear_pointer (&description, g_free);
    description = pd_timeline_canvas_dup_description (f->canvas, G_OBJECT (p));
    g_assert_nonnull (strstr (description, pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_BLUE)));
  }
}

/* Accessibility and tracking */

static int
row_of (Fixture *f,
        gpointer thing)
{
  for (guint i = 0; i < pd_timeline_canvas_get_n_rows (f->canvas); i++)
    if (pd_timeline_canvas_get_row_item (f->canvas, i) == thing)
      return (int)i;
  return -1;
}

/* The accessible item standing for @thing's row, the row brought into view. */
static PdTimelineItem *
row_accessible (Fixture *f,
                gpointer thing)
{
  GtkWidget *item;
  int row;

  if (PD_IS_PROJECT (thing))
    pd_timeline_view_select_project (f->view, thing);
  iterate (100);
  row = row_of (f, thing);
  g_assert_cmpint (row, >=, 0);
  item = pd_timeline_canvas_get_row_accessible (f->canvas, row);
  g_assert_nonnull (item);
  g_assert_true (PD_IS_TIMELINE_ITEM (item));
  g_assert_true (gtk_widget_get_visible (item));
  return PD_TIMELINE_ITEM (item);
}

/* What the item says, in the widget and in its accessible object. */
static void
assert_item (PdTimelineItem *item,
             const char     *label,
             const char     *description)
{
  g_assert_cmpstr (pd_timeline_item_get_label (item), ==, label);
  g_assert_cmpstr (pd_timeline_item_get_description (item), ==, description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
}

/* The shown items of @role among @parent's children, in order. */
static GPtrArray *
shown_items (GtkWidget         *parent,
             GtkAccessibleRole  role)
{
  GPtrArray *items = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PD_IS_TIMELINE_ITEM (child) && gtk_widget_get_visible (child) &&
        gtk_test_accessible_has_role (GTK_ACCESSIBLE (child), role))
      g_ptr_array_add (items, child);
  return items;
}

static gboolean
has_item (GPtrArray  *items,
          const char *label)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (pd_timeline_item_get_label (g_ptr_array_index (items, i)), label) == 0)
      return TRUE;
  return FALSE;
}

/* How much of @project's bar is filled, 0 to 1. */
static double
fill_fraction (Fixture   *f,
               PdProject *p)
{
  graphene_rect_t bar, fill;

  g_assert_true (pd_timeline_canvas_get_bar_area (f->canvas, p, &bar));
  g_assert_true (pd_timeline_canvas_get_fill_area (f->canvas, p, &fill));
  g_assert_cmpfloat (bar.size.width, >, 10);
  g_assert_cmpfloat_with_epsilon (fill.origin.x, bar.origin.x, 1e-6);
  return fill.size.width / bar.size.width;
}

/* Project 29 runs over the whole plan: its description for @progress and
 * the light named @en / @zh. */
static char *
project_29_description (int         progress,
                        const char *en,
                        const char *zh)
{
  if (pd_test_in_chinese ())
    return g_strdup_printf ("2013年1月1日至2022年12月31日 · 已完成 %d%% · 亮灯：%s", progress, zh);
  return g_strdup_printf ("2013-01-01 – 2022-12-31 · %d%% done · Traffic light: %s", progress, en);
}

#define PROJECT_29 "29 治安技防系统建设项目"

static void
assert_project_29 (Fixture        *f,
                   PdProject      *p,
                   int             progress,
                   PdTrafficLight  light,
                   const char     *en,
                   const char     *zh)
{
  g_autofree char *description = project_29_description (progress, en, zh);

  g_assert_cmpint (pd_timeline_canvas_get_light (f->canvas, p), ==, light);
  g_assert_cmpfloat_with_epsilon (fill_fraction (f, p), progress / 100.0, 1e-6);
  assert_item (row_accessible (f, p), PROJECT_29, description);
}

static void
push (Fixture   *f,
      PdCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (f->history, command, &error));
  g_assert_no_error (error);
  g_object_unref (command);
  iterate (50);
}

/* A progress report added through the tracking commands moves the bar's
 * fill and its light; undo moves them back. */
static void
test_progress_report (Fixture       *f,
                      gconstpointer  data)
{
  PdProject *p = project (f, 29);
  PdUnit *lead = pd_store_find_unit_by_name (f->store, "市公安局");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (lead);
  /* Planned, nothing done: grey, an empty bar. */
  assert_project_29 (f, p, 0, PD_TRAFFIC_LIGHT_GREY, "Grey", "灰");

  /* Active at 30 %, a third of the plan gone: on time, green. */
  push (f, pd_command_add_progress_report (p, lead, "2016-05-01", PD_STATUS_ACTIVE, 30, "视频监控已建成 1.2 万个",
                                           TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pd_timeline_data_get_reports (pd_timeline_view_get_data (f->view), pd_project_get_id (p))->len,
                    ==, 1);
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_GREEN, "Green", "绿");

  /* Done: blue, the bar full. */
  push (f, pd_command_add_progress_report (p, lead, "2016-06-20", PD_STATUS_DONE, 100, NULL, TRUE, &error));
  g_assert_no_error (error);
  assert_project_29 (f, p, 100, PD_TRAFFIC_LIGHT_BLUE, "Blue", "蓝");

  /* The report's mark has its tooltip, with the date as people read it. */
  {
    graphene_point_t point;
    g_autofree char *tip = NULL;

    g_assert_true (pd_timeline_canvas_get_report_point (f->canvas, p, 0, &point));
    tip = pd_timeline_canvas_dup_tooltip_at (f->canvas, point.x, point.y + 4);
    g_assert_nonnull (tip);
    g_assert_cmpstr (tip, ==, pd_test_tr ("Progress report 2016-05-01: 30% · Active\n市公安局\n视频监控已建成 1.2 万个",
                                          "2016年5月1日进展情况：30% · 进行中\n市公安局\n视频监控已建成 1.2 万个"));
  }

  /* Undone, one step at a time. */
  g_assert_true (pd_history_undo (f->history, NULL));
  iterate (50);
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_GREEN, "Green", "绿");
  g_assert_true (pd_history_undo (f->history, NULL));
  iterate (50);
  assert_project_29 (f, p, 0, PD_TRAFFIC_LIGHT_GREY, "Grey", "灰");
}

/* The `today` setting moves the lights (a demonstration) unless
 * PLANDESK_TODAY fixes the date. */
static void
test_today (Fixture       *f,
            gconstpointer  data)
{
  PdProject *p = project (f, 29);
  PdProject *first = project (f, 1);
  GSettings *settings = pd_tracking_get_today_settings ();
  g_autoptr(GError) error = NULL;
  graphene_rect_t bar;
  double x;

  g_assert_nonnull (settings);
  g_unsetenv ("PLANDESK_TODAY");
  g_assert_true (pd_tracking_set_today (TODAY, NULL));
  iterate (50);
  push (f, pd_command_add_progress_report (p, NULL, "2016-05-01", PD_STATUS_ACTIVE, 30, NULL, TRUE, &error));
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_GREEN, "Green", "绿");

  /* Shown for 2023-03-01: past its due date, not done: red. */
  g_assert_true (pd_tracking_set_today ("2023-03-01", NULL));
  iterate (50);
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_RED, "Red", "红");
  /* The today line moved there (the axis now runs into 2023). */
  g_assert_true (pd_timeline_canvas_get_bar_area (f->canvas, first, &bar));
  x = bar.origin.x + bar.size.width * (pd_timeline_parse_day ("2023-03-01") + 0.5 - pd_timeline_parse_day ("2013-01-01")) /
      (pd_timeline_parse_day ("2022-12-31") + 1 - pd_timeline_parse_day ("2013-01-01"));
  {
    g_autofree char *tip = pd_timeline_canvas_dup_tooltip_at (f->canvas, x, 60);

    g_assert_cmpstr (tip, ==, pd_test_tr ("Today: 2023-03-01", "今天：2023年3月1日"));
  }

  /* Back to the system date's rules when the setting is cleared is not
   * tested (it depends on the clock); 2016-06-30 again: green. */
  g_assert_true (pd_tracking_set_today (TODAY, NULL));
  iterate (50);
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_GREEN, "Green", "绿");

  /* PLANDESK_TODAY wins over the setting. */
  g_setenv ("PLANDESK_TODAY", TODAY, TRUE);
  g_assert_true (pd_tracking_set_today ("2023-03-01", NULL));
  iterate (50);
  assert_project_29 (f, p, 30, PD_TRAFFIC_LIGHT_GREEN, "Green", "绿");
}

/* One accessible row per row in view, named and described exactly; the
 * phases and milestones in view by name. */
static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const phases[] = { "全面铺开", "系统推进", "形成体系", "巩固提高" };
  GtkWidget *canvas = GTK_WIDGET (f->canvas);
  PdProject *p = project (f, 29);
  PdProgramme *programme = pd_project_get_programme (p);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *description = NULL;
  PdTimelineItem *item;
  guint first, n, expected;
  int height = gtk_widget_get_height (canvas);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_ROLE_TREE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pd_test_tr ("Timeline", "时间轴"));

  /* As many tree items as rows in view (the header is 128 px, rows 32). */
  expected = (guint)((height - 128 + 31) / 32);
  g_assert_cmpuint (expected, >, 5);
  g_assert_cmpuint (expected, <, 80);
  pd_timeline_canvas_get_rows_in_view (f->canvas, &first, &n);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, expected);
  rows = shown_items (canvas, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  g_assert_cmpuint (rows->len, ==, expected);

  /* The first: programme 一 with its summary, expanded, at level 1. */
  item = g_ptr_array_index (rows, 0);
  g_assert_true (pd_timeline_canvas_get_row_accessible (f->canvas, 0) == GTK_WIDGET (item));
  assert_item (item, "一、法治广州建设工程", pd_test_tr ("8 projects, 0% done on average · Grey: 8", "8个项目，平均完成 0% · 灰：8"));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);
  /* The second: project 1, at level 2. */
  item = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (pd_timeline_item_get_label (item), ==, "1 平安建设地方立法项目");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Project 29, selected by the keyboard's row: scrolled into view, its
   * item selected and no other. */
  description = project_29_description (0, "Grey", "灰");
  item = row_accessible (f, p);
  assert_item (item, PROJECT_29, description);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  rows = shown_items (canvas, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  pd_timeline_canvas_get_rows_in_view (f->canvas, &first, &n);
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (rows->len, ==, n);
  for (guint i = 0; i < rows->len; i++)
    {
      PdTimelineItem *other = g_ptr_array_index (rows, i);
      GObject *thing = pd_timeline_canvas_get_row_item (f->canvas, first + i);

      g_assert_cmpint (pd_timeline_item_get_selected (other), ==, other == item);
      if (PD_IS_PROJECT (thing))
        {
          g_autofree char *label = g_strdup_printf ("%d %s", pd_project_get_number (PD_PROJECT (thing)),
                                                    pd_project_get_title (PD_PROJECT (thing)));

          g_assert_cmpstr (pd_timeline_item_get_label (other), ==, label);
        }
    }
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Its programme, collapsed: not expanded, and project 29 has no item. */
  item = row_accessible (f, programme);
  assert_item (item, "五、公共安全防控工程", pd_test_tr ("11 projects, 0% done on average · Grey: 11", "11个项目，平均完成 0% · 灰：11"));
  pd_timeline_canvas_set_expanded (f->canvas, programme, FALSE);
  iterate (50);
  item = row_accessible (f, programme);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
  g_assert_cmpint (row_of (f, p), <, 0);
  rows = shown_items (canvas, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (pd_timeline_item_get_label (g_ptr_array_index (rows, i)), !=, PROJECT_29);
  g_clear_pointer (&rows, g_ptr_array_unref);
  pd_timeline_canvas_set_expanded (f->canvas, programme, TRUE);

  /* Scrolled to the end: the items are reused for the last rows. */
  pd_timeline_canvas_scroll_to (f->canvas, 0, 1e6);
  iterate (100);
  pd_timeline_canvas_get_rows_in_view (f->canvas, &first, &n);
  g_assert_cmpuint (first + n, ==, pd_timeline_canvas_get_n_rows (f->canvas));
  rows = shown_items (canvas, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  g_assert_cmpuint (rows->len, ==, n);
  g_assert_cmpuint (rows->len, <=, expected + 1);
  g_assert_cmpstr (pd_timeline_item_get_label (g_ptr_array_index (rows, rows->len - 1)), ==, "68 文化市场净化项目");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The header: the four phases by name, with their dates. */
  items = shown_items (pd_timeline_canvas_get_header_list (f->canvas, FALSE), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (pd_timeline_canvas_get_header_list (f->canvas, FALSE)),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pd_timeline_canvas_get_header_list (f->canvas, FALSE)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, pd_test_tr ("Phases", "阶段"));
  g_assert_cmpuint (items->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (pd_timeline_item_get_label (g_ptr_array_index (items, i)), ==, phases[i]);
  {
    PdTimelinePhase *phase = g_ptr_array_index (pd_timeline_view_get_data (f->view)->phases, 1);
    g_autofree char *text = g_strdup_printf ("%s\n%s", pd_test_tr ("2014-01-01 – 2015-12-31", "2014年1月1日至2015年12月31日"),
                                             phase->summary);

    assert_item (g_ptr_array_index (items, 1), "系统推进", text);
  }
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The plan's eleven milestones: the first by name, due, not done. */
  items = shown_items (pd_timeline_canvas_get_header_list (f->canvas, TRUE), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pd_timeline_canvas_get_header_list (f->canvas, TRUE)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, pd_test_tr ("Milestones", "节点"));
  g_assert_cmpuint (items->len, ==, 11);
  assert_item (g_ptr_array_index (items, 0), "各项目牵头单位研究制定实施方案",
               pd_test_tr ("Due 2013-03-31 · not done", "完成时限：2013年3月31日 · 未完成"));
  assert_item (g_ptr_array_index (items, 10), "2022年度创建平安广州考评",
               pd_test_tr ("Due 2022-12-31 · not done", "完成时限：2022年12月31日 · 未完成"));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Zoomed into 2013: only what is in view has an item. */
  pd_timeline_view_show_days (f->view, "2013-01-01", "2013-12-31");
  iterate (100);
  items = shown_items (pd_timeline_canvas_get_header_list (f->canvas, FALSE), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  g_assert_true (has_item (items, "全面铺开"));
  g_assert_false (has_item (items, "形成体系"));
  g_assert_false (has_item (items, "巩固提高"));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = shown_items (pd_timeline_canvas_get_header_list (f->canvas, TRUE), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  g_assert_true (has_item (items, "各项目牵头单位研究制定实施方案"));
  g_assert_false (has_item (items, "2016年度创建平安广州考评"));
  g_assert_cmpuint (items->len, <=, 3);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/timeline-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("phases-milestones", test_phases_milestones);
  ADD ("drag", test_drag);
  ADD ("zoom", test_zoom);
  ADD ("selection", test_selection);
  ADD ("traffic-light", test_traffic_light);
  ADD ("progress-report", test_progress_report);
  ADD ("today", test_today);
  ADD ("accessible", test_accessible);
#undef ADD

  return g_test_run ();
}
