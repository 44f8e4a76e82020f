/* pd-bench-util-store.c — the benchmarks' plans: made, and opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Apart from pd-bench-util.c because it needs the store and the synthetic
 * plans, which only the programs that link them use.
 */
#define G_LOG_DOMAIN "pd-bench-util"

#include "pd-config.h"

#include "pd-bench-util.h"
#include "pd-synthetic.h"
#include "store/pd-store.h"

/* Read-only, as the benchmarks only look; dies on an error. */
PdStore *
pd_bench_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);

  if (store == NULL)
    pd_bench_die (path, error);
  return store;
}

/* Writes the synthetic plan of @scale and @seed as @name in the temporary
 * directory and returns its path; dies on an error. */
char *
pd_bench_generate_plan (const char *name,
                        guint       scale,
                        guint32     seed)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (pd_bench_tmp_dir (), name, NULL);

  if (!pd_synthetic_generate (path, scale, seed, &error))
    pd_bench_die (path, error);
  return path;
}
