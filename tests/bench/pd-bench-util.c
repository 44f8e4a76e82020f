/* pd-bench-util.c — what every benchmark program needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib alone: bench-startup links this without the store. What needs the
 * store is in pd-bench-util-store.c.
 */
#define G_LOG_DOMAIN "pd-bench-util"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "pd-bench-util.h"

static char *tmp_dir;  /* removed on exit, also on failure */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @values in place. */
double
pd_bench_median (double *values,
                 guint   n_values)
{
  g_return_val_if_fail (n_values > 0, 0.0);

  qsort (values, n_values, sizeof *values, compare_doubles);
  if (n_values % 2 == 1)
    return values[n_values / 2];
  return (values[n_values / 2 - 1] + values[n_values / 2]) / 2;
}

/* One line "name value unit", as build-aux/dev bench promises. */
void
pd_bench_print_figure (const char *name,
                       double      value,
                       const char *unit)
{
  printf ("%s %.1f %s\n", name, value, unit);
  fflush (stdout);
}

double
pd_bench_ms_since (gint64 start)
{
  return (double)(g_get_monotonic_time () - start) / 1000.0;
}

/* Depth first, without following symbolic links: what the programs run by
 * bench-startup leave in their data and config directories is removed with
 * the rest, and nothing outside. */
static void
remove_tree (const char *path)
{
  GStatBuf buf;

  if (g_lstat (path, &buf) != 0)
    return;
  if (S_ISDIR (buf.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Made on first use, so that a program that fails or is skipped before it
 * writes anything makes nothing, and the children that measure a peak RSS
 * (they write nothing) make none of their own. */
const char *
pd_bench_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;

  if (tmp_dir == NULL && !(tmp_dir = g_dir_make_tmp ("plandesk-bench-XXXXXX", &error)))
    pd_bench_die ("temporary directory", error);
  return tmp_dir;
}

/* Removes the temporary directory and all in it, if it was made. */
void
pd_bench_cleanup (void)
{
  if (tmp_dir == NULL)
    return;
  remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

/* "program: what: message" on stderr; the message is "failed" without
 * @error. */
void
pd_bench_die (const char   *what,
              const GError *error)
{
  g_printerr ("%s: %s: %s\n", g_get_prgname (), what, error != NULL ? error->message : "failed");
  pd_bench_cleanup ();
  exit (EXIT_FAILURE);
}
