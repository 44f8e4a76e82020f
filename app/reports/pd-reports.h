/* pd-reports.h — the reports Plan Desk can build, by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place that knows every report kind: the command line, the export
 * dialog and printing list them and build them through here.
 */
#pragma once

#include "pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_REPORTS_ERROR (pd_reports_error_quark ())

typedef enum
{
  PD_REPORTS_ERROR_UNKNOWN_KIND,   /* no report of that name */
  PD_REPORTS_ERROR_UNKNOWN_UNIT,   /* no unit of that name; the message lists near matches */
  PD_REPORTS_ERROR_UNIT_NOT_USED,  /* a unit was given to a report that covers every unit */
} PdReportsError;

GQuark              pd_reports_error_quark  (void);

const char * const *pd_reports_get_kinds    (void);
gboolean            pd_reports_is_kind      (const char  *kind);
const char         *pd_reports_get_label    (const char  *kind);
gboolean            pd_reports_kind_takes_unit (const char *kind);
PdReport           *pd_reports_build        (PdStore     *store,
                                             const char  *kind,
                                             const char  *unit_name,
                                             GError     **error);
GPtrArray          *pd_reports_find_near_units (PdStore  *store,
                                             const char  *name,
                                             guint        max_units);

/* For the builders: pieces every report shares. */
void                pd_reports_set_plan_titles (PdReport *report,
                                             PdStore     *store);
char               *pd_reports_dup_programme_label (PdProgramme *programme);
char               *pd_reports_dup_unit_list (PdProject  *project,
                                             PdRole       role);

G_END_DECLS
