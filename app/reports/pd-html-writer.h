/* pd-html-writer.h — the HTML writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"

G_BEGIN_DECLS

GBytes  *pd_html_writer_render (PdReport *report);

G_END_DECLS
