/* pd-progress-report.h — a progress report (进展情况) on a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-project.h"

G_BEGIN_DECLS

#define PD_TYPE_PROGRESS_REPORT (pd_progress_report_get_type ())
G_DECLARE_FINAL_TYPE (PdProgressReport, pd_progress_report, PD, PROGRESS_REPORT, GObject)

PdProgressReport *pd_progress_report_new             (gint64            id,
                                                      PdProject        *project);
gint64            pd_progress_report_get_id          (PdProgressReport *self);
PdProject        *pd_progress_report_get_project     (PdProgressReport *self);
PdUnit           *pd_progress_report_get_unit        (PdProgressReport *self);
const char       *pd_progress_report_get_reported_on (PdProgressReport *self);
PdStatus          pd_progress_report_get_status      (PdProgressReport *self);
int               pd_progress_report_get_progress    (PdProgressReport *self);
const char       *pd_progress_report_get_body        (PdProgressReport *self);

/* For the store: brings the object in step with its row. */
void              pd_progress_report_update          (PdProgressReport *self,
                                                      PdUnit           *unit,
                                                      const char       *reported_on,
                                                      PdStatus          status,
                                                      int               progress,
                                                      const char       *body);

G_END_DECLS
