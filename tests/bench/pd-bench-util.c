/* pd-bench-util.c — what every benchmark program needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-bench-util"

#include <stdio.h>
#include <stdlib.h>

#include "pd-bench-util.h"

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
