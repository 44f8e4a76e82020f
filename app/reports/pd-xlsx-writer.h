/* pd-xlsx-writer.h — the XLSX writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"

G_BEGIN_DECLS

gboolean pd_xlsx_writer_write      (PdReport      *report,
                                    const char    *path,
                                    GCancellable  *cancellable,
                                    GError       **error);
char    *pd_xlsx_writer_sheet_name (const char    *name);

G_END_DECLS
