/* pd-bench-util.h — what every benchmark program needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double pd_bench_median       (double     *values,
                              guint       n_values);
void   pd_bench_print_figure (const char *name,
                              double      value,
                              const char *unit);

G_END_DECLS
