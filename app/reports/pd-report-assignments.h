/* pd-report-assignments.h — one row per assignment, for people and for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-plan-draft.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

PdReport   *pd_report_assignments_new            (PdStore     *store);
PdReport   *pd_report_assignments_new_for_draft  (PdPlanDraft *draft);
const char *pd_report_assignments_get_role_label (PdRole       role);

G_END_DECLS
