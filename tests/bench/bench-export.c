/* bench-export.c — how fast the writers export the division table, and how much memory the PDF takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-export
 *
 * Prints one figure a line, "name value unit":
 *
 *   export.xlsx.division.scale100  ms   building the division table of the scale-100 plan and writing it as XLSX (median)
 *   export.pdf.division.scale100   ms   the same as PDF
 *   export.html.division.scale100  ms   the same as HTML
 *   export.pdf.rss.scale100        MiB  peak RSS of a process that only opens the scale-100 plan and writes that PDF
 *
 * The scale-100 synthetic plan has about 6,800 projects in 1,200
 * programmes, so the table runs to some 8,000 rows. A format whose export
 * fails (a writer not yet written) is reported on stderr and its figures are
 * left out; the exit status is then 1. The plan and the exports go to a
 * temporary directory that is removed at the end.
 */
#define G_LOG_DOMAIN "bench-export"

#include "pd-config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "pd-bench-util.h"
#include "pd-synthetic.h"
#include "reports/pd-report-division.h"
#include "store/pd-store.h"

#define N_RUNS 5
#define SCALE  100
#define SEED   20130715u

/* Builds the division table and writes it to @path as @format. */
static gboolean
export_division (PdStore         *store,
                 PdReportFormat   format,
                 const char      *path,
                 GError         **error)
{
  g_autoptr(PdReport) report = pd_report_division_new (store);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pd_report_write_to_file (report, format, file, NULL, error);
}

/* The median time of exporting the division table as @format, after an
 * untimed warm-up run; a negative value when the export fails. */
static double
time_export (PdStore        *store,
             PdReportFormat  format)
{
  g_autofree char *name = g_strconcat ("division.", pd_report_format_to_string (format), NULL);
  g_autofree char *path = g_build_filename (pd_bench_tmp_dir (), name, NULL);
  double runs[N_RUNS];

  for (guint i = 0; i <= N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!export_division (store, format, path, &error))
        {
          g_printerr ("bench-export: export.%s.division.scale%u: %s; figure left out\n",
                      pd_report_format_to_string (format), SCALE, error->message);
          return -1;
        }
      if (i > 0)
        runs[i - 1] = pd_bench_ms_since (start);
    }
  return pd_bench_median (runs, N_RUNS);
}

/* The child of measure_rss(): opens the plan, writes the division table as
 * PDF, and prints its own peak RSS. */
static int
rss_child (const char *plan,
           const char *pdf)
{
  g_autoptr(PdStore) store = pd_bench_open_store (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  const char *line;

  if (!export_division (store, PD_REPORT_FORMAT_PDF, pdf, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nVmHWM:")) == NULL)
    return EXIT_SUCCESS;  /* the parent falls back on getrusage() */
  printf ("VmHWM %" G_GUINT64_FORMAT "\n", g_ascii_strtoull (line + strlen ("\nVmHWM:"), NULL, 10));
  return EXIT_SUCCESS;
}

/* Peak RSS, in KiB, of a fresh process that only exports the PDF; 0 when
 * the export fails. */
static guint64
measure_rss (const char *self,
             const char *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autofree char *pdf = g_build_filename (pd_bench_tmp_dir (), "rss.pdf", NULL);
  const char *argv[] = { self, "--rss-child", plan, pdf, NULL };
  struct rusage usage;
  int wait_status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, &errors, &wait_status, &error))
    pd_bench_die ("--rss-child", error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    {
      g_strchomp (errors);
      g_printerr ("bench-export: export.pdf.rss.scale%u: %s; figure left out\n", SCALE,
                  *errors ? errors : "the export failed");
      return 0;
    }

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
  static const PdReportFormat formats[] = {
    PD_REPORT_FORMAT_XLSX, PD_REPORT_FORMAT_PDF, PD_REPORT_FORMAT_HTML
  };
  g_autoptr(PdStore) store = NULL;
  g_autofree char *self = NULL;
  g_autofree char *plan = NULL;
  gboolean complete = TRUE;
  guint64 rss;

  g_set_prgname ("bench-export");  /* for pd_bench_die(), in the child too */
  if (argc == 4 && g_str_equal (argv[1], "--rss-child"))
    return rss_child (argv[2], argv[3]);
  if (argc != 1)
    {
      g_printerr ("usage: bench-export\n");
      return EXIT_FAILURE;
    }

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  plan = pd_bench_generate_plan ("scale100.plandesk", SCALE, SEED);

  store = pd_bench_open_store (plan);
  if (pd_store_get_n_projects (store) != SCALE * PD_SYNTHETIC_PROJECTS)
    pd_bench_die (plan, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      double ms = time_export (store, formats[i]);
      g_autofree char *name = NULL;

      if (ms < 0)
        {
          complete = FALSE;
          continue;
        }
      name = g_strdup_printf ("export.%s.division.scale%u", pd_report_format_to_string (formats[i]), SCALE);
      pd_bench_print_figure (name, ms, "ms");
    }
  g_clear_object (&store);

  rss = measure_rss (self, plan);
  if (rss > 0)
    pd_bench_print_figure ("export.pdf.rss.scale100", (double)rss / 1024.0, "MiB");
  else
    complete = FALSE;

  pd_bench_cleanup ();
  return complete ? EXIT_SUCCESS : EXIT_FAILURE;
}
