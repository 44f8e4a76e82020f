/* bench-matrix.c — how fast the responsibility matrix draws, and what it holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-matrix
 *
 * Prints one figure a line, "name value unit" (needs a display: run under
 * xvfb-run, as build-aux/dev bench does):
 *
 *   matrix.load.scale100      ms   the view takes a scale-100 plan: every unit's run of
 *                                  entries, the rows, their totals (median)
 *   matrix.snapshot.scale100  ms   building the render node of a 1600×1000 viewport at a
 *                                  random scroll position (median of N_VIEWS)
 *   matrix.render.scale100    ms   the same, and rasterising the node with cairo (as the
 *                                  cairo renderer does) into a 1600×1000 image (median)
 *   matrix.snapshot.dense.scale100  ms  the node of the top left viewport, where the
 *                                  first copy's units meet its projects (median)
 *   matrix.rss.scale100       MiB  peak RSS of a fresh process that opens the scale-100
 *                                  plan and shows the matrix in a 1600×1000 window,
 *                                  scrolled to N_VIEWS places; compare rss.scale100 of
 *                                  bench-store, the store alone
 *   matrix.rss.bare.scale100  MiB  the same process with a window of one label instead
 *                                  of the matrix: GTK's and the store's share
 *
 * The scale-100 synthetic plan has about 9,600 units and 6,800 projects:
 * 65 million cells, of which 45,700 hold a mark. Each viewport is a new
 * random scroll position, so its header layouts are mostly made afresh.
 */
#define G_LOG_DOMAIN "bench-matrix"

#include "pd-config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "pd-bench-util.h"
#include "pd-synthetic.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/matrix/pd-matrix-view.h"
#include "views/matrix/pd-matrix-view-private.h"

#define N_VIEWS 31
#define N_LOADS 7
#define WIDTH   1600
#define HEIGHT  1000
#define SEED    20130715u

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  GtkWindow     *window;
  PdMatrixView  *view;
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
} Shown;

/* The matrix alone in a window, its cells area scrolled by our adjustments. */
static void
show_matrix (Shown     *shown,
             PdHistory *history)
{
  shown->window = GTK_WINDOW (gtk_window_new ());
  shown->view = PD_MATRIX_VIEW (pd_matrix_view_new ());
  shown->hadjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  shown->vadjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_object_set (shown->view, "hadjustment", shown->hadjustment, "vadjustment", shown->vadjustment, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (shown->view), WIDTH, HEIGHT);
  gtk_window_set_child (shown->window, GTK_WIDGET (shown->view));
  gtk_window_set_default_size (shown->window, WIDTH, HEIGHT);
  pd_matrix_view_set_history (shown->view, history);
  gtk_window_present (shown->window);
  iterate (500);
  if (gtk_widget_get_width (GTK_WIDGET (shown->view)) != WIDTH ||
      gtk_widget_get_height (GTK_WIDGET (shown->view)) != HEIGHT)
    g_printerr ("bench-matrix: the viewport is %d×%d, not %d×%d\n",
                gtk_widget_get_width (GTK_WIDGET (shown->view)),
                gtk_widget_get_height (GTK_WIDGET (shown->view)), WIDTH, HEIGHT);
}

static void
scroll_randomly (Shown *shown,
                 GRand *rand)
{
  double h = gtk_adjustment_get_upper (shown->hadjustment) - gtk_adjustment_get_page_size (shown->hadjustment);
  double v = gtk_adjustment_get_upper (shown->vadjustment) - gtk_adjustment_get_page_size (shown->vadjustment);

  gtk_adjustment_set_value (shown->hadjustment, g_rand_double_range (rand, 0, MAX (h, 1)));
  gtk_adjustment_set_value (shown->vadjustment, g_rand_double_range (rand, 0, MAX (v, 1)));
}

static GskRenderNode *
snapshot_view (PdMatrixView *view)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

/* The child of measure_rss(): opens the plan, shows the matrix, scrolls it. */
static int
rss_child (const char *path,
           gboolean    with_matrix)
{
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *status = NULL;
  const char *line;
  Shown shown;

  if (!gtk_init_check ())
    return EXIT_FAILURE;
  adw_init ();
  store = pd_bench_open_store (path);
  history = pd_history_new (store);
  if (with_matrix)
    {
      show_matrix (&shown, history);
      for (guint i = 0; i < N_VIEWS; i++)
        {
          scroll_randomly (&shown, rand);
          iterate (30);
        }
    }
  else
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());

      gtk_window_set_default_size (window, WIDTH, HEIGHT);
      gtk_window_set_child (window, gtk_label_new ("Plan Desk"));
      gtk_window_present (window);
      iterate (500 + N_VIEWS * 30);
    }
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    return EXIT_SUCCESS;
  printf ("VmHWM %" G_GUINT64_FORMAT "\n", g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10));
  fflush (stdout);
  _exit (EXIT_SUCCESS);  /* the figure is taken; tearing down the window adds nothing */
}

static guint64
measure_rss (const char *self,
             const char *path,
             const char *mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const char *argv[] = { self, mode, path, NULL };
  struct rusage usage;
  int wait_status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    pd_bench_die ("--rss-child", error);
  if (g_str_has_prefix (output, "VmHWM "))
    return g_ascii_strtoull (output + strlen ("VmHWM "), NULL, 10);
  if (getrusage (RUSAGE_CHILDREN, &usage) != 0)
    pd_bench_die ("getrusage", NULL);
  return (guint64)usage.ru_maxrss;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *self = NULL;
  g_autofree char *path = NULL;
  double snapshots[N_VIEWS], renders[N_VIEWS], loads[N_LOADS];
  Shown shown;

  g_set_prgname ("bench-matrix");  /* for pd_bench_die(), in the children too */
  if (argc == 3 && g_str_equal (argv[1], "--rss-child"))
    return rss_child (argv[2], TRUE);
  if (argc == 3 && g_str_equal (argv[1], "--rss-child-bare"))
    return rss_child (argv[2], FALSE);
  if (argc != 1)
    {
      g_printerr ("usage: bench-matrix\n");
      return EXIT_FAILURE;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("bench-matrix: no display; skipping (run under xvfb-run)\n");
      return EXIT_SUCCESS;
    }
  adw_init ();

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);
  path = pd_bench_generate_plan ("scale100.plandesk", 100, SEED);

  store = pd_bench_open_store (path);
  history = pd_history_new (store);
  show_matrix (&shown, history);
  g_assert (pd_matrix_view_get_n_rows (shown.view) == 100 * PD_SYNTHETIC_UNITS);
  g_assert (pd_matrix_view_get_n_columns (shown.view) == 100 * PD_SYNTHETIC_PROJECTS);

  /* Taking the plan: what PdStore::changed costs the view after an edit. */
  for (guint i = 0; i < N_LOADS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      pd_store_emit_changed (store);
      loads[i] = pd_bench_ms_since (start);
    }
  pd_bench_print_figure ("matrix.load.scale100", pd_bench_median (loads, N_LOADS), "ms");

  /* One warm-up frame, then random viewports. */
  {
    GskRenderNode *warm = snapshot_view (shown.view);

    g_clear_pointer (&warm, gsk_render_node_unref);
  }
  for (guint i = 0; i < N_VIEWS; i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);
      GskRenderNode *node;
      gint64 start;
      double built;

      scroll_randomly (&shown, rand);
      start = g_get_monotonic_time ();
      node = snapshot_view (shown.view);
      built = pd_bench_ms_since (start);
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      cairo_surface_flush (surface);
      renders[i] = pd_bench_ms_since (start);
      snapshots[i] = built;
      /* To look at a viewport: PD_BENCH_PNG=path writes the last one. */
      if (i == N_VIEWS - 1 && g_getenv ("PD_BENCH_PNG") != NULL)
        cairo_surface_write_to_png (surface, g_getenv ("PD_BENCH_PNG"));
      g_clear_pointer (&node, gsk_render_node_unref);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  pd_bench_print_figure ("matrix.snapshot.scale100", pd_bench_median (snapshots, N_VIEWS), "ms");
  pd_bench_print_figure ("matrix.render.scale100", pd_bench_median (renders, N_VIEWS), "ms");

  /* The first plan copy's corner, where its units meet its projects: the
   * most marks a viewport of the synthetic plan holds (median of 7). */
  for (guint i = 0; i < N_LOADS; i++)
    {
      GskRenderNode *node;
      gint64 start;

      gtk_adjustment_set_value (shown.hadjustment, 0);
      gtk_adjustment_set_value (shown.vadjustment, i % 2);
      start = g_get_monotonic_time ();
      node = snapshot_view (shown.view);
      loads[i] = pd_bench_ms_since (start);
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  pd_bench_print_figure ("matrix.snapshot.dense.scale100", pd_bench_median (loads, N_LOADS), "ms");

  gtk_window_destroy (shown.window);  /* the view held the adjustments */
  iterate (50);

  pd_bench_print_figure ("matrix.rss.scale100", (double)measure_rss (self, path, "--rss-child") / 1024.0, "MiB");
  pd_bench_print_figure ("matrix.rss.bare.scale100",
                         (double)measure_rss (self, path, "--rss-child-bare") / 1024.0, "MiB");

  pd_bench_cleanup ();
  return EXIT_SUCCESS;
}
