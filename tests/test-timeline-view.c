/* test-timeline-view.c — the Timeline page, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run in English and with LANGUAGE=zh_CN. Every test works on a read-write
 * temporary copy of the bundled plan with "today" fixed at 2016-06-30.
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
#include "views/pd-timeline-canvas.h"
#include "views/pd-timeline-view.h"

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
#undef ADD

  return g_test_run ();
}
