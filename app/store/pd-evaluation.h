/* pd-evaluation.h — a unit's yearly evaluation (考评)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-unit.h"

G_BEGIN_DECLS

/* The usual grades, best first, as the plan file stores them. */
#define PD_N_GRADES 4
extern const char * const pd_evaluation_grades[PD_N_GRADES + 1];

#define PD_TYPE_EVALUATION (pd_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (PdEvaluation, pd_evaluation, PD, EVALUATION, GObject)

const char   *pd_evaluation_grade_get_label (const char   *grade);
int           pd_evaluation_grade_get_level (const char   *grade);

PdEvaluation *pd_evaluation_new             (gint64        id,
                                             int           year);
gint64        pd_evaluation_get_id          (PdEvaluation *self);
int           pd_evaluation_get_year        (PdEvaluation *self);
PdUnit       *pd_evaluation_get_unit        (PdEvaluation *self);
gboolean      pd_evaluation_get_score       (PdEvaluation *self,
                                             double       *score);
const char   *pd_evaluation_get_grade       (PdEvaluation *self);
const char   *pd_evaluation_get_note        (PdEvaluation *self);
guint         pd_evaluation_get_rank        (PdEvaluation *self);
int           pd_evaluation_compare         (PdEvaluation *a,
                                             PdEvaluation *b);
gboolean      pd_evaluation_ties            (PdEvaluation *a,
                                             PdEvaluation *b);

/* For the store: brings the object in step with its row and its place. */
void          pd_evaluation_update          (PdEvaluation *self,
                                             PdUnit       *unit,
                                             gboolean      has_score,
                                             double        score,
                                             const char   *grade,
                                             const char   *note);
void          pd_evaluation_set_rank        (PdEvaluation *self,
                                             guint         rank);

G_END_DECLS
