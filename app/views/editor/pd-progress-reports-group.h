/* pd-progress-reports-group.h — a project's progress reports, in the project editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-history.h"
#include "store/pd-tracking.h"

G_BEGIN_DECLS

#define PD_TYPE_PROGRESS_REPORTS_GROUP (pd_progress_reports_group_get_type ())
G_DECLARE_FINAL_TYPE (PdProgressReportsGroup, pd_progress_reports_group, PD, PROGRESS_REPORTS_GROUP, GtkWidget)

GtkWidget  *pd_progress_reports_group_new          (void);
void        pd_progress_reports_group_set_history  (PdProgressReportsGroup *self,
                                                    PdHistory              *history);
void        pd_progress_reports_group_set_project  (PdProgressReportsGroup *self,
                                                    PdProject              *project);
PdProject  *pd_progress_reports_group_get_project  (PdProgressReportsGroup *self);

/* For tests: the list (a row per report, newest first) and the dialog that
 * adds (@report NULL) or edits a report. Its fields are named "date",
 * "unit", "status", "progress", "text" and "update"; respond "save". */
GtkListBox *pd_progress_reports_group_get_list     (PdProgressReportsGroup *self);
GtkWidget  *pd_progress_reports_group_open_dialog  (PdProgressReportsGroup *self,
                                                    PdProgressReport       *report);

G_END_DECLS
