/* pd-report-progress.h — the progress report (进展情况通报)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

PdReport *pd_report_progress_new (PdStore    *store,
                                  const char *today);

G_END_DECLS
