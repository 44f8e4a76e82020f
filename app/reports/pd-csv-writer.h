/* pd-csv-writer.h — CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"

G_BEGIN_DECLS

void     pd_csv_append_field (GString       *out,
                              const char    *value);
GBytes  *pd_csv_writer_render (PdReport     *report);

G_END_DECLS
