/* pd-plan-file.h — where plans live: the bundled plan and the working copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PD_PLAN_FILE_EXTENSION ".plandesk"

char *pd_plan_file_dup_bundled_path (void);
char *pd_plan_file_dup_working_path (void);
char *pd_plan_file_ensure_working   (GError **error);
gboolean pd_plan_file_create_empty  (const char  *path,
                                     const char  *title,
                                     GError     **error);

G_END_DECLS
