/* pd-checks.h — what is probably wrong with the plan, kept up to date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-store.h"

G_BEGIN_DECLS

/* In the order the checks are listed. */
typedef enum
{
  PD_CHECK_NO_LEAD,               /* a project without a lead unit */
  PD_CHECK_ONLY_COLLECTIVES,      /* a project whose units are all collective units */
  PD_CHECK_EMPTY_PROGRAMME,       /* a programme without projects */
  PD_CHECK_UNUSED_UNIT,           /* a unit nothing refers to */
  PD_CHECK_SIMILAR_UNITS,         /* two names that differ only by 各, 等, 的 or spaces */
  PD_CHECK_DATE_OUTSIDE_PERIOD,   /* project dates outside the plan period, or due before start */
  PD_CHECK_DONE_INCOMPLETE,       /* a project marked done below 100 % */
  PD_CHECK_OVERDUE_NOT_STARTED,   /* a project past its due date that is still planned */
  PD_CHECK_PROGRESS_NOT_STARTED,  /* progress recorded on a project that is still planned */
  PD_N_CHECK_KINDS
} PdCheckKind;

#define PD_TYPE_CHECK_KIND (pd_check_kind_get_type ())
GType pd_check_kind_get_type (void) G_GNUC_CONST;

#define PD_TYPE_CHECK (pd_check_get_type ())
G_DECLARE_FINAL_TYPE (PdCheck, pd_check, PD, CHECK, GObject)

PdCheckKind  pd_check_get_kind       (PdCheck   *self);
const char  *pd_check_get_title      (PdCheck   *self);
const char  *pd_check_get_detail     (PdCheck   *self);
GObject     *pd_check_get_target     (PdCheck   *self);
PdProject   *pd_check_get_project    (PdCheck   *self);
PdProgramme *pd_check_get_programme  (PdCheck   *self);
PdUnit      *pd_check_get_unit       (PdCheck   *self);
PdUnit      *pd_check_get_other_unit (PdCheck   *self);
gboolean     pd_check_equal          (PdCheck   *self,
                                      PdCheck   *other);

#define PD_TYPE_CHECKS (pd_checks_get_type ())
G_DECLARE_FINAL_TYPE (PdChecks, pd_checks, PD, CHECKS, GObject)

PdChecks    *pd_checks_new           (PdStore   *store);
PdStore     *pd_checks_get_store     (PdChecks  *self);
void         pd_checks_update        (PdChecks  *self);

G_END_DECLS
