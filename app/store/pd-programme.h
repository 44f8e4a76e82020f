/* pd-programme.h — a programme (工程) of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-project.h"

G_BEGIN_DECLS

#define PD_TYPE_PROGRAMME (pd_programme_get_type ())
G_DECLARE_FINAL_TYPE (PdProgramme, pd_programme, PD, PROGRAMME, GObject)

PdProgramme *pd_programme_new          (gint64       id,
                                        int          position,
                                        const char  *numeral,
                                        const char  *title);
gint64       pd_programme_get_id       (PdProgramme *self);
int          pd_programme_get_position (PdProgramme *self);
void         pd_programme_set_position (PdProgramme *self,
                                        int          position);
void         pd_programme_set_numeral  (PdProgramme *self,
                                        const char  *numeral);
const char  *pd_programme_get_numeral  (PdProgramme *self);
const char  *pd_programme_get_title    (PdProgramme *self);
void         pd_programme_set_title    (PdProgramme *self,
                                        const char  *title);
GListModel  *pd_programme_get_projects (PdProgramme *self);
void         pd_programme_add_project  (PdProgramme *self,
                                        PdProject   *project);

G_END_DECLS
