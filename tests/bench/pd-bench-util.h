/* pd-bench-util.h — what every benchmark program needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every program makes its files in one temporary directory, made on first
 * use and removed by pd_bench_cleanup() or, on a failure, by
 * pd_bench_die(): a benchmark that stops half-way leaves nothing in /tmp.
 * Messages start with g_get_prgname (), so each program sets it first.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Only a pointer is passed here: bench-startup, which links GLib alone,
 * includes this header without the store's. */
typedef struct _PdStore PdStore;

double       pd_bench_median        (double       *values,
                                     guint         n_values);
void         pd_bench_print_figure  (const char   *name,
                                     double        value,
                                     const char   *unit);
double       pd_bench_ms_since      (gint64        start);

const char  *pd_bench_tmp_dir       (void);
void         pd_bench_cleanup       (void);
G_GNUC_NORETURN
void         pd_bench_die           (const char   *what,
                                     const GError *error);

/* In pd-bench-util-store.c, so that programs that do not use them need not
 * link the store. */
PdStore     *pd_bench_open_store    (const char   *path);
char        *pd_bench_generate_plan (const char   *name,
                                     guint         scale,
                                     guint32       seed);

G_END_DECLS
