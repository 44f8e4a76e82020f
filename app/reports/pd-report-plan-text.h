/* pd-report-plan-text.h — the plan's task section, regenerated as prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

PdReport *pd_report_plan_text_new         (PdStore     *store);
char     *pd_report_plan_text_dup_programme (PdProgramme *programme);
char     *pd_report_plan_text_dup_project (PdProject   *project,
                                           GHashTable  *wording);

G_END_DECLS
