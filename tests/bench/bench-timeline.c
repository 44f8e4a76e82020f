/* bench-timeline.c — how fast the timeline draws the 100× plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: build-aux/dev bench runs it under xvfb-run. Prints:
 *
 *   timeline.snapshot.scale100  ms   median time to build the render node of
 *                                    a 1600×1000 viewport at 24 random
 *                                    positions and zoom levels
 *   timeline.rss.scale100       MiB  peak RSS of this process (the plan
 *                                    open, the timeline shown and drawn)
 */
#define G_LOG_DOMAIN "bench-timeline"

#include "pd-config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd-bench-util.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/timeline/pd-timeline-axis.h"
#include "views/timeline/pd-timeline-canvas.h"
#include "views/timeline/pd-timeline-data.h"

#define SCALE     100
#define N_SAMPLES 24
#define WIDTH     1600
#define HEIGHT    1000

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static double
peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("\nVmHWM:"), NULL) / 1024.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(PdTimelineAxis) axis = NULL;
  g_autoptr(PdTimelineData) data = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20130101);
  GtkWidget *window, *canvas;
  double times[N_SAMPLES];

  g_set_prgname ("bench-timeline");  /* for pd_bench_die() */
  adw_init ();

  plan = pd_bench_generate_plan ("plan.plandesk", SCALE, 1);
  /* Read-write, as the application opens a plan of one's own (and as this
   * benchmark always has), not read-only like pd_bench_open_store(). */
  store = pd_store_open (plan, PD_DATABASE_OPEN_DEFAULT, &error);
  if (store == NULL)
    pd_bench_die ("opening the plan", error);
  history = pd_history_new (store);

  axis = pd_timeline_axis_new ();
  data = pd_timeline_data_new ();
  if (!pd_timeline_data_load (data, pd_store_get_database (store), &error))
    pd_bench_die ("loading the timeline data", error);
  canvas = pd_timeline_canvas_new (axis);
  pd_timeline_canvas_set_history (PD_TIMELINE_CANVAS (canvas), history);
  pd_timeline_canvas_reload (PD_TIMELINE_CANVAS (canvas), data);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  gtk_window_present (GTK_WINDOW (window));
  iterate (500);
  /* The screen may be smaller than the viewport: allocate it ourselves. */
  gtk_widget_allocate (canvas, WIDTH, HEIGHT, -1, NULL);
  if (gtk_widget_get_width (canvas) != WIDTH || gtk_widget_get_height (canvas) != HEIGHT)
    g_printerr ("bench-timeline: the viewport is %d×%d, not %d×%d\n",
                gtk_widget_get_width (canvas), gtk_widget_get_height (canvas), WIDTH, HEIGHT);

  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double fit = pd_timeline_axis_get_fit_ppd (axis);
      /* Zoom levels spread on a log scale from the whole plan to days. */
      int steps = g_rand_int_range (rand, 0, 12);
      double ppd = fit;
      double content, rows = pd_timeline_canvas_get_n_rows (PD_TIMELINE_CANVAS (canvas)) * 32.0;
      GskRenderNode *node;
      gint64 start;

      for (int k = 0; k < steps; k++)
        ppd *= 1.6;
      gtk_widget_allocate (canvas, WIDTH, HEIGHT, -1, NULL);
      pd_timeline_axis_zoom_at (axis, ppd, 0);
      content = pd_timeline_axis_get_content_width (axis);
      pd_timeline_canvas_scroll_to (PD_TIMELINE_CANVAS (canvas),
                                    g_rand_double_range (rand, 0, MAX (1.0, content - WIDTH)),
                                    g_rand_double_range (rand, 0, MAX (1.0, rows - HEIGHT)));
      start = g_get_monotonic_time ();
      node = pd_timeline_canvas_build_node (PD_TIMELINE_CANVAS (canvas));
      times[i] = pd_bench_ms_since (start);
      gsk_render_node_unref (node);
      iterate (5);
    }

  pd_bench_print_figure ("timeline.snapshot.scale100", pd_bench_median (times, N_SAMPLES), "ms");
  pd_bench_print_figure ("timeline.rss.scale100", peak_rss_mib (), "MiB");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&history);
  g_clear_object (&store);
  /* The whole directory: opened read-write, the plan has -wal and -shm
   * files beside it. */
  pd_bench_cleanup ();
  return EXIT_SUCCESS;
}
