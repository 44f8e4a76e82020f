/* pd-milestone.h — a milestone (节点) of the plan: a date to meet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-project.h"

G_BEGIN_DECLS

#define PD_TYPE_MILESTONE (pd_milestone_get_type ())
G_DECLARE_FINAL_TYPE (PdMilestone, pd_milestone, PD, MILESTONE, GObject)

/* The stored kinds: "deadline", "evaluation", "inspection", "other". */
const char  *pd_milestone_kind_get_label (const char  *kind);
gboolean     pd_milestone_kind_is_valid  (const char  *kind);

PdMilestone *pd_milestone_new            (gint64       id);
gint64       pd_milestone_get_id         (PdMilestone *self);
const char  *pd_milestone_get_due_on     (PdMilestone *self);
const char  *pd_milestone_get_title      (PdMilestone *self);
const char  *pd_milestone_get_kind       (PdMilestone *self);
gint64       pd_milestone_get_phase_id   (PdMilestone *self);
PdProject   *pd_milestone_get_project    (PdMilestone *self);
const char  *pd_milestone_get_done_on    (PdMilestone *self);
gboolean     pd_milestone_is_done        (PdMilestone *self);

/* For the store: brings the object in step with its row. */
void         pd_milestone_update         (PdMilestone *self,
                                          const char  *due_on,
                                          const char  *title,
                                          const char  *kind,
                                          gint64       phase_id,
                                          PdProject   *project,
                                          const char  *done_on);

G_END_DECLS
