/* pd-report-matrix.h — the responsibility matrix (责任矩阵)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

/* The marks, by shape as in the Matrix view, so colour is never needed. */
#define PD_REPORT_MATRIX_MARK_LEAD        "●"
#define PD_REPORT_MATRIX_MARK_COOPERATE   "○"
#define PD_REPORT_MATRIX_MARK_RESPONSIBLE "◐"

PdReport *pd_report_matrix_new (PdStore *store);

G_END_DECLS
