/* pd-assignment.h — one unit's role on one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-unit.h"

G_BEGIN_DECLS

typedef enum
{
  PD_ROLE_LEAD,         /* 牵头 */
  PD_ROLE_COOPERATE,    /* 配合 */
  PD_ROLE_RESPONSIBLE,  /* 负责落实 */
  PD_N_ROLES
} PdRole;

typedef struct _PdProject PdProject;

#define PD_TYPE_ASSIGNMENT (pd_assignment_get_type ())
G_DECLARE_FINAL_TYPE (PdAssignment, pd_assignment, PD, ASSIGNMENT, GObject)

const char   *pd_role_to_string           (PdRole        role);
gboolean      pd_role_from_string         (const char   *str,
                                           PdRole       *role);

PdAssignment *pd_assignment_new           (gint64        id,
                                           PdProject    *project,
                                           PdUnit       *unit,
                                           PdRole        role,
                                           const char   *scope,
                                           int           position);
gint64        pd_assignment_get_id        (PdAssignment *self);
PdProject    *pd_assignment_get_project   (PdAssignment *self);
PdUnit       *pd_assignment_get_unit      (PdAssignment *self);
PdRole        pd_assignment_get_role      (PdAssignment *self);
const char   *pd_assignment_get_scope     (PdAssignment *self);
int           pd_assignment_get_position  (PdAssignment *self);
void          pd_assignment_set_role      (PdAssignment *self,
                                           PdRole        role);
void          pd_assignment_set_scope     (PdAssignment *self,
                                           const char   *scope);
void          pd_assignment_set_position  (PdAssignment *self,
                                           int           position);
const char   *pd_assignment_get_wording_after (PdAssignment *self);
void          pd_assignment_set_wording_after (PdAssignment *self,
                                               const char   *wording_after);

G_END_DECLS
