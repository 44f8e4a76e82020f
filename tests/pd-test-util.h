/* pd-test-util.h — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/pd-history.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

char   *pd_test_make_tmpdir         (void);
void    pd_test_remove_tree         (const char *path);
char   *pd_test_checksum_file       (const char *path);
char   *pd_test_bundled_plan_path   (void);
/* Opens it read-only; the test fails if it cannot. */
struct _PdStore *pd_test_open_bundled (void);
char   *pd_test_copy_to_tmp         (const char *source,
                                     const char *dir,
                                     const char *name);
GPtrArray *pd_test_parse_csv        (const char *text);
gboolean    pd_test_in_chinese       (void);
const char *pd_test_tr               (const char *en,
                                      const char *zh);
void        pd_test_push             (PdHistory  *history,
                                      PdCommand  *command);
PdStore    *pd_test_open_bundled_copy (const char *dir);

G_END_DECLS
