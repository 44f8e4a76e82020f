/* pd-unit.h — a unit (单位) named by the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PD_TYPE_UNIT (pd_unit_get_type ())
G_DECLARE_FINAL_TYPE (PdUnit, pd_unit, PD, UNIT, GObject)

PdUnit     *pd_unit_new             (gint64      id,
                                     const char *name,
                                     const char *kind,
                                     gboolean    collective);
gint64      pd_unit_get_id          (PdUnit     *self);
const char *pd_unit_get_name        (PdUnit     *self);
void        pd_unit_set_name        (PdUnit     *self,
                                     const char *name);
const char *pd_unit_get_short_name  (PdUnit     *self);
void        pd_unit_set_short_name  (PdUnit     *self,
                                     const char *short_name);
const char *pd_unit_get_kind        (PdUnit     *self);
gboolean    pd_unit_get_collective  (PdUnit     *self);
void        pd_unit_set_kind        (PdUnit     *self,
                                     const char *kind);
void        pd_unit_set_collective  (PdUnit     *self,
                                     gboolean    collective);
const char *pd_unit_get_valid_from  (PdUnit     *self);
const char *pd_unit_get_valid_to    (PdUnit     *self);
void        pd_unit_set_validity    (PdUnit     *self,
                                     const char *valid_from,
                                     const char *valid_to);
PdUnit     *pd_unit_get_successor   (PdUnit     *self);
void        pd_unit_set_successor   (PdUnit     *self,
                                     PdUnit     *successor);
GListModel *pd_unit_get_members     (PdUnit     *self);

G_END_DECLS
