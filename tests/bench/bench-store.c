/* bench-store.c — how fast the store opens and exports, and how much it holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-store
 *
 * Prints one figure a line, "name value unit":
 *
 *   generate.scale100    ms   writing the scale-100 synthetic plan (one run)
 *   open.bundled         ms   pd_store_open on the bundled plan (median)
 *   open.scale1          ms   pd_store_open on a scale-1 synthetic plan (median)
 *   open.scale100        ms   the same at scale 100: 6,800 projects, 45,700 assignments
 *   export.csv.scale100  ms   building the assignments report and writing it as CSV
 *   rss.scale100         MiB  peak RSS of a process that only opens the scale-100 plan
 *
 * pd_store_open loads every model the window shows, so it is the store's
 * whole share of opening a plan. The bundled plan is found through
 * $PLANDESK_DATADIR, as `meson devenv` sets it; without it that line is
 * left out. Synthetic plans are written to a temporary directory that is
 * removed at the end.
 */
#define G_LOG_DOMAIN "bench-store"

#include "pd-config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "pd-bench-util.h"
#include "pd-synthetic.h"
#include "reports/pd-report-assignments.h"
#include "store/pd-store.h"

#define N_RUNS 7
#define SEED   20130715u

/* Median time of pd_store_open, after one untimed run that also checks the
 * plan's size when @scale is not 0. */
static double
time_open (const char *path,
           guint       scale)
{
  double runs[N_RUNS];
  PdStore *store;

  store = pd_bench_open_store (path);
  if (scale > 0 &&
      (pd_store_get_n_projects (store) != scale * PD_SYNTHETIC_PROJECTS ||
       pd_store_get_n_assignments (store) != scale * PD_SYNTHETIC_ASSIGNMENTS ||
       g_list_model_get_n_items (pd_store_get_programmes (store)) != scale * PD_SYNTHETIC_PROGRAMMES ||
       g_list_model_get_n_items (pd_store_get_units (store)) != scale * PD_SYNTHETIC_UNITS))
    pd_bench_die (path, NULL);
  g_object_unref (store);

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      store = pd_bench_open_store (path);
      runs[i] = pd_bench_ms_since (start);
      g_object_unref (store);
    }
  return pd_bench_median (runs, N_RUNS);
}

static double
time_export (const char *plan_path,
             const char *csv_path)
{
  g_autoptr(PdStore) store = pd_bench_open_store (plan_path);
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  double runs[N_RUNS + 1];

  /* Run 0 is a warm-up. */
  for (guint i = 0; i <= N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      PdReport *report = pd_report_assignments_new (store);

      if (!pd_report_write_to_file (report, PD_REPORT_FORMAT_CSV, file, NULL, &error))
        pd_bench_die (csv_path, error);
      runs[i] = pd_bench_ms_since (start);
      pd_report_free (report);
    }
  return pd_bench_median (runs + 1, N_RUNS);
}

/* The child of measure_rss(): opens the plan and prints its own peak RSS. */
static int
rss_child (const char *path)
{
  g_autoptr(PdStore) store = pd_bench_open_store (path);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    return EXIT_SUCCESS;  /* the parent falls back on getrusage() */
  printf ("VmHWM %" G_GUINT64_FORMAT "\n", g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10));
  return EXIT_SUCCESS;
}

/* Peak RSS, in KiB, of a fresh process that only opens @path. */
static guint64
measure_rss (const char *self,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const char *argv[] = { self, "--rss-child", path, NULL };
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
  g_autofree char *self = NULL;
  g_autofree char *scale1 = NULL;
  g_autofree char *scale100 = NULL;
  g_autofree char *csv = NULL;
  const char *datadir;
  gint64 start;

  g_set_prgname ("bench-store");  /* for pd_bench_die(), in the child too */
  if (argc == 3 && g_str_equal (argv[1], "--rss-child"))
    return rss_child (argv[2]);
  if (argc != 1)
    {
      g_printerr ("usage: bench-store\n");
      return EXIT_FAILURE;
    }

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  scale1 = pd_bench_generate_plan ("scale1.plandesk", 1, SEED);
  start = g_get_monotonic_time ();
  scale100 = pd_bench_generate_plan ("scale100.plandesk", 100, SEED);
  pd_bench_print_figure ("generate.scale100", pd_bench_ms_since (start), "ms");

  datadir = g_getenv ("PLANDESK_DATADIR");
  if (datadir != NULL && *datadir != '\0')
    {
      g_autofree char *bundled = g_build_filename (datadir, "safe-guangzhou.plandesk", NULL);

      pd_bench_print_figure ("open.bundled", time_open (bundled, 0), "ms");
    }
  else
    g_printerr ("bench-store: PLANDESK_DATADIR is not set; skipping open.bundled\n");

  pd_bench_print_figure ("open.scale1", time_open (scale1, 1), "ms");
  pd_bench_print_figure ("open.scale100", time_open (scale100, 100), "ms");

  csv = g_build_filename (pd_bench_tmp_dir (), "assignments.csv", NULL);
  pd_bench_print_figure ("export.csv.scale100", time_export (scale100, csv), "ms");

  pd_bench_print_figure ("rss.scale100", (double)measure_rss (self, scale100) / 1024.0, "MiB");

  pd_bench_cleanup ();
  return EXIT_SUCCESS;
}
