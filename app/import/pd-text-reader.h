/* pd-text-reader.h — a plan document's text → a plan draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-import.h"

G_BEGIN_DECLS

PdImportResult *pd_text_reader_read (const char             *text,
                                     const PdImportOptions  *options,
                                     GError                **error);

G_END_DECLS
