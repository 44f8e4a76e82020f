/* pd-report-division.h — the division-of-tasks table (任务分工表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

PdReport *pd_report_division_new (PdStore *store);

G_END_DECLS
