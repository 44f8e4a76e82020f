/* pd-tracking.h — tracking data: progress reports, milestones, indicator values, evaluations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-command.h"
#include "pd-evaluation.h"
#include "pd-indicator.h"
#include "pd-milestone.h"
#include "pd-progress-report.h"
#include "pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_TRACKING (pd_tracking_get_type ())
G_DECLARE_FINAL_TYPE (PdTracking, pd_tracking, PD, TRACKING, GObject)

/* Models, kept in step with the plan after every edit */
PdTracking *pd_tracking_get_for_store        (PdStore          *store);
PdStore    *pd_tracking_get_store            (PdTracking       *self);
GListModel *pd_tracking_get_milestones       (PdTracking       *self);
GListModel *pd_tracking_get_indicators       (PdTracking       *self);
GListModel *pd_tracking_dup_progress_reports (PdTracking       *self,
                                              PdProject        *project);
GListModel *pd_tracking_dup_evaluations      (PdTracking       *self,
                                              int               year);
GArray     *pd_tracking_dup_years            (PdTracking       *self);
int         pd_tracking_get_last_evaluated_year (PdTracking    *self,
                                              int               not_after);

/* Progress reports */
PdCommand  *pd_command_add_progress_report    (PdProject        *project,
                                               PdUnit           *unit,
                                               const char       *reported_on,
                                               PdStatus          status,
                                               int               progress,
                                               const char       *body,
                                               gboolean          update_project,
                                               GError          **error);
PdCommand  *pd_command_edit_progress_report   (PdProgressReport *report,
                                               PdUnit           *unit,
                                               const char       *reported_on,
                                               PdStatus          status,
                                               int               progress,
                                               const char       *body,
                                               gboolean          update_project,
                                               GError          **error);
PdCommand  *pd_command_delete_progress_report (PdProgressReport *report);

/* Milestones */
PdCommand  *pd_command_add_milestone          (PdStore          *store,
                                               const char       *due_on,
                                               const char       *title,
                                               const char       *kind,
                                               PdProject        *project,
                                               GError          **error);
PdCommand  *pd_command_edit_milestone         (PdMilestone      *milestone,
                                               const char       *due_on,
                                               const char       *title,
                                               const char       *kind,
                                               GError          **error);
PdCommand  *pd_command_set_milestone_done     (PdMilestone      *milestone,
                                               const char       *done_on,
                                               GError          **error);
PdCommand  *pd_command_delete_milestone       (PdMilestone      *milestone);

/* Indicator values: NULL for an empty target or actual */
PdCommand  *pd_command_set_indicator_value    (PdIndicator      *indicator,
                                               int               year,
                                               const double     *target,
                                               const double     *actual,
                                               GError          **error);

/* Evaluations: NULL for no score */
PdCommand  *pd_command_set_evaluation         (PdStore          *store,
                                               int               year,
                                               PdUnit           *unit,
                                               const double     *score,
                                               const char       *grade,
                                               const char       *note,
                                               GError          **error);
PdCommand  *pd_command_delete_evaluation      (PdEvaluation     *evaluation);

/* Today, for traffic lights: $PLANDESK_TODAY, else the `today` setting,
 * else the system date. */
char       *pd_tracking_dup_today            (void);
GSettings  *pd_tracking_get_today_settings   (void);
gboolean    pd_tracking_set_today            (const char       *date,
                                              GError          **error);

/* Numbers as people type them: "95", "95.5", "95,5", " 1 234 "; empty
 * text is no number (*@empty). */
gboolean    pd_tracking_parse_number         (const char       *text,
                                              double           *value,
                                              gboolean         *empty);
char       *pd_tracking_format_number        (double            value);

G_END_DECLS
