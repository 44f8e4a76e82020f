/* pd-report-units.h — the units' responsibility lists (责任清单)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

PdReport *pd_report_units_new (PdStore *store,
                               PdUnit  *unit);

G_END_DECLS
