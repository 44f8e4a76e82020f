/* pd-unit-load.h — what the plan asks of each unit, counted without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "store/pd-assignment.h"
#include "store/pd-store.h"
#include "store/pd-unit.h"

G_BEGIN_DECLS

/* PdUnitLoad: one unit and its load */

#define PD_TYPE_UNIT_LOAD (pd_unit_load_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitLoad, pd_unit_load, PD, UNIT_LOAD, GObject)

PdUnitLoad  *pd_unit_load_new                (PdUnit      *unit);
PdUnit      *pd_unit_load_get_unit           (PdUnitLoad  *self);
guint        pd_unit_load_get_count          (PdUnitLoad  *self,
                                              PdRole       role);
guint        pd_unit_load_get_total          (PdUnitLoad  *self);
GPtrArray   *pd_unit_load_get_assignments    (PdUnitLoad  *self);
GPtrArray   *pd_unit_load_get_collectives    (PdUnitLoad  *self);
GPtrArray   *pd_unit_load_get_predecessors   (PdUnitLoad  *self);
gboolean     pd_unit_load_matches            (PdUnitLoad  *self,
                                              const char  *folded);
int          pd_unit_load_compare_names      (PdUnitLoad  *a,
                                              PdUnitLoad  *b);
int          pd_unit_load_compare_counts     (PdUnitLoad  *a,
                                              PdUnitLoad  *b,
                                              PdRole       role);

/* PdUnitLoads: a GListModel of PdUnitLoad, one per unit of a store, in
 * the store's order, counted again after every change of the plan. */

#define PD_TYPE_UNIT_LOADS (pd_unit_loads_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitLoads, pd_unit_loads, PD, UNIT_LOADS, GObject)

PdUnitLoads *pd_unit_loads_new               (void);
void         pd_unit_loads_set_store         (PdUnitLoads *self,
                                              PdStore     *store);
PdStore     *pd_unit_loads_get_store         (PdUnitLoads *self);
PdUnitLoad  *pd_unit_loads_lookup            (PdUnitLoads *self,
                                              PdUnit      *unit);
gboolean     pd_unit_loads_recount           (PdUnitLoads *self);
GPtrArray   *pd_unit_loads_dup_by_load       (PdUnitLoads *self,
                                              PdRole       role);

G_END_DECLS
