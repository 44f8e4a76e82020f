/* bench-list.c — how fast the list re-filters as a search is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-list
 *
 * Prints one figure a line, "name value unit":
 *
 *   list.filter.bundled          ms  one keystroke on the bundled plan (median)
 *   list.filter.scale100         ms  the same at scale 100: 6,800 projects, 45,700 assignments
 *   list.filter.sorted.scale100  ms  the same with the rows sorted by title
 *   list.filter.first.scale100   ms  the first keystroke after the plan is opened, which
 *                                    also builds every project's searchable text (one run)
 *   list.filter.worst.scale100   ms  the slowest keystroke of list.filter.scale100
 *   list.keystroke.bundled       ms  the list widget itself: a keystroke until the window
 *   list.keystroke.scale100      ms  has painted the new rows (median; needs a display)
 *
 * It builds the models the list shows, without widgets: the tree of
 * programmes and projects that pd_plan_filter_create_tree_model() makes, and
 * the sort model over it that the list's column view sorts (passing through
 * while no column is sorted). A keystroke is pd_plan_filter_apply() with the
 * new text, as the list calls it, then reading the number of rows, which the
 * models compute eagerly: the expanded programmes and their projects, all
 * that the column view could show. The text is typed and erased one
 * character at a time: 市公安局, then 项目 (which matches every project),
 * then 社区矫正. The figure is the median over all keystrokes of N_RUNS rounds.
 *
 * The list.keystroke figures type the same into a PdPlanList in a window
 * (1100×700, GSK_RENDERER as set) and count until the next frame is
 * painted: the column view's own work, which GTK 4.8 does for every row it
 * realises, comes on top of the models'. Without a display they are left
 * out.
 */
#define G_LOG_DOMAIN "bench-list"

#include "pd-config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "pd-bench-util.h"
#include "store/pd-store.h"
#include "views/list/pd-plan-filter.h"
#include "views/list/pd-plan-list.h"

#define N_RUNS 5
#define SEED   20130715u

static const char * const words[] = { "市公安局", "项目", "社区矫正" };

typedef struct
{
  PdPlanFilter     *filter;
  GtkTreeListModel *tree;
  GtkSortListModel *sorted;
} Models;

static void
models_init (Models  *models,
             PdStore *store,
             gboolean by_title)
{
  models->filter = pd_plan_filter_new (store);
  models->tree = pd_plan_filter_create_tree_model (models->filter);
  models->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (models->tree)), NULL);
  if (by_title)
    gtk_sort_list_model_set_sorter (models->sorted,
                                    GTK_SORTER (gtk_tree_list_row_sorter_new (pd_plan_sorter_new_title ())));
  if (g_list_model_get_n_items (G_LIST_MODEL (models->sorted)) == 0)
    pd_bench_die ("the plan has no programmes", NULL);
}

static void
models_clear (Models *models)
{
  g_clear_object (&models->sorted);
  g_clear_object (&models->tree);
  g_clear_object (&models->filter);
}

/* One keystroke: the list's whole update, and the rows counted. */
static double
keystroke (Models     *models,
           const char *text)
{
  gint64 start = g_get_monotonic_time ();
  guint n_rows;

  pd_plan_filter_apply (models->filter, models->tree, text, NULL, -1, NULL, -1);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (models->sorted));
  if (n_rows != g_list_model_get_n_items (G_LIST_MODEL (models->tree)))
    pd_bench_die (text, NULL);
  return pd_bench_ms_since (start);
}

typedef double (*KeystrokeFunc) (gpointer    data,
                                 const char *text);

/* Types each word and erases it, one character at a time; appends the time
 * of every keystroke to @times. */
static void
type_words (KeystrokeFunc  func,
            gpointer       data,
            GArray        *times)
{
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      glong n_chars = g_utf8_strlen (words[w], -1);

      for (glong step = 1; step < 2 * n_chars + 1; step++)
        {
          glong n = step <= n_chars ? step : 2 * n_chars - step;
          g_autofree char *text = g_utf8_substring (words[w], 0, n);
          double ms = func (data, text);

          g_array_append_val (times, ms);
        }
    }
}

static double
max_of (GArray *times)
{
  double max = 0;

  for (guint i = 0; i < times->len; i++)
    max = MAX (max, g_array_index (times, double, i));
  return max;
}

static double
time_typing (const char *path,
             gboolean    by_title,
             double     *worst)
{
  g_autoptr(PdStore) store = pd_bench_open_store (path);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Models models;

  models_init (&models, store, by_title);
  type_words ((KeystrokeFunc)keystroke, &models, times);  /* warm-up: builds the searchable texts */
  g_array_set_size (times, 0);
  for (guint i = 0; i < N_RUNS; i++)
    type_words ((KeystrokeFunc)keystroke, &models, times);
  models_clear (&models);

  if (worst != NULL)
    *worst = max_of (times);
  return pd_bench_median ((double *)(void *)times->data, times->len);
}

/* The list widget */

typedef struct
{
  GtkWidget *window;
  PdPlanList *list;
  gboolean    painted;
} Widgets;

static void
after_paint_cb (GdkFrameClock *clock,
                Widgets       *widgets)
{
  widgets->painted = TRUE;
}

static void
wait_for_frame (Widgets *widgets)
{
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  widgets->painted = FALSE;
  gtk_widget_queue_draw (widgets->window);
  while (!widgets->painted && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  if (!widgets->painted)
    pd_bench_die ("no frame painted", NULL);
}

static double
widget_keystroke (Widgets    *widgets,
                  const char *text)
{
  gint64 start = g_get_monotonic_time ();

  pd_plan_list_set_search_text (widgets->list, text);
  wait_for_frame (widgets);
  return pd_bench_ms_since (start);
}

static double
time_widget (const char *path)
{
  g_autoptr(PdStore) store = pd_bench_open_store (path);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Widgets widgets = { NULL, };
  gulong handler;

  widgets.window = gtk_window_new ();
  widgets.list = PD_PLAN_LIST (pd_plan_list_new ());
  gtk_window_set_default_size (GTK_WINDOW (widgets.window), 1100, 700);
  gtk_window_set_child (GTK_WINDOW (widgets.window), GTK_WIDGET (widgets.list));
  pd_plan_list_set_store (widgets.list, store);
  gtk_window_present (GTK_WINDOW (widgets.window));
  handler = g_signal_connect (gtk_widget_get_frame_clock (widgets.window), "after-paint",
                              G_CALLBACK (after_paint_cb), &widgets);
  wait_for_frame (&widgets);
  pd_plan_list_set_search_mode (widgets.list, TRUE);
  wait_for_frame (&widgets);

  type_words ((KeystrokeFunc)widget_keystroke, &widgets, times);  /* warm-up */
  g_array_set_size (times, 0);
  for (guint i = 0; i < N_RUNS; i++)
    type_words ((KeystrokeFunc)widget_keystroke, &widgets, times);

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (widgets.window), handler);
  gtk_window_destroy (GTK_WINDOW (widgets.window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return pd_bench_median ((double *)(void *)times->data, times->len);
}

/* The first keystroke on a freshly opened plan. */
static double
time_first (const char *path)
{
  g_autoptr(PdStore) store = pd_bench_open_store (path);
  Models models;
  double ms;

  models_init (&models, store, FALSE);
  ms = keystroke (&models, "市");
  models_clear (&models);
  return ms;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *scale100 = NULL;
  g_autofree char *bundled = NULL;
  const char *datadir;
  gboolean display;
  double worst = 0;

  g_set_prgname ("bench-list");  /* for pd_bench_die() */
  if (argc != 1)
    {
      g_printerr ("usage: bench-list\n");
      return EXIT_FAILURE;
    }

  scale100 = pd_bench_generate_plan ("scale100.plandesk", 100, SEED);

  datadir = g_getenv ("PLANDESK_DATADIR");
  if (datadir != NULL && *datadir != '\0')
    {
      bundled = g_build_filename (datadir, "safe-guangzhou.plandesk", NULL);
      pd_bench_print_figure ("list.filter.bundled", time_typing (bundled, FALSE, NULL), "ms");
    }
  else
    g_printerr ("bench-list: PLANDESK_DATADIR is not set; skipping the bundled plan\n");

  pd_bench_print_figure ("list.filter.scale100", time_typing (scale100, FALSE, &worst), "ms");
  pd_bench_print_figure ("list.filter.sorted.scale100", time_typing (scale100, TRUE, NULL), "ms");
  pd_bench_print_figure ("list.filter.first.scale100", time_first (scale100), "ms");
  pd_bench_print_figure ("list.filter.worst.scale100", worst, "ms");

  display = gtk_init_check ();
  if (display)
    {
      adw_init ();
      if (bundled != NULL)
        pd_bench_print_figure ("list.keystroke.bundled", time_widget (bundled), "ms");
      pd_bench_print_figure ("list.keystroke.scale100", time_widget (scale100), "ms");
    }
  else
    g_printerr ("bench-list: no display; skipping list.keystroke (run under xvfb-run)\n");

  pd_bench_cleanup ();
  return EXIT_SUCCESS;
}
