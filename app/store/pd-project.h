/* pd-project.h — a project (项目) of a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-assignment.h"

G_BEGIN_DECLS

typedef enum
{
  PD_STATUS_PLANNED,
  PD_STATUS_ACTIVE,
  PD_STATUS_DONE,
  PD_STATUS_SUSPENDED,
  PD_N_STATUSES
} PdStatus;

typedef struct _PdProgramme PdProgramme;

#define PD_TYPE_PROJECT (pd_project_get_type ())
G_DECLARE_FINAL_TYPE (PdProject, pd_project, PD, PROJECT, GObject)

const char  *pd_status_to_string        (PdStatus     status);
gboolean     pd_status_from_string      (const char  *str,
                                         PdStatus    *status);

PdProject   *pd_project_new             (gint64       id,
                                         PdProgramme *programme,
                                         int          number,
                                         const char  *title);
gint64       pd_project_get_id          (PdProject   *self);
PdProgramme *pd_project_get_programme   (PdProject   *self);
int          pd_project_get_number      (PdProject   *self);
void         pd_project_set_number      (PdProject   *self,
                                         int          number);
void         pd_project_set_programme   (PdProject   *self,
                                         PdProgramme *programme);
const char  *pd_project_get_title       (PdProject   *self);
void         pd_project_set_title       (PdProject   *self,
                                         const char  *title);
const char  *pd_project_get_notes       (PdProject   *self);
void         pd_project_set_notes       (PdProject   *self,
                                         const char  *notes);
PdStatus     pd_project_get_status      (PdProject   *self);
void         pd_project_set_status      (PdProject   *self,
                                         PdStatus     status);
int          pd_project_get_progress    (PdProject   *self);
void         pd_project_set_progress    (PdProject   *self,
                                         int          progress);
const char  *pd_project_get_start_on    (PdProject   *self);
const char  *pd_project_get_due_on      (PdProject   *self);
void         pd_project_set_dates       (PdProject   *self,
                                         const char  *start_on,
                                         const char  *due_on);
GListModel  *pd_project_get_assignments (PdProject   *self);
void         pd_project_add_assignment  (PdProject   *self,
                                         PdAssignment *assignment);
void         pd_project_emit_units_changed (PdProject *self);
char        *pd_project_dup_unit_names  (PdProject   *self,
                                         PdRole       role,
                                         guint        max_names,
                                         guint       *n_units);

G_END_DECLS
