/* pd-unit-search.h — a type-to-search popover of units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-unit.h"

G_BEGIN_DECLS

/* Does what picking @unit means; FALSE with @error set when it cannot. */
typedef gboolean (*PdUnitSearchPick) (gpointer   user_data,
                                      PdUnit    *unit,
                                      GError   **error);

#define PD_TYPE_UNIT_SEARCH (pd_unit_search_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitSearch, pd_unit_search, PD, UNIT_SEARCH, GtkPopover)

PdUnitSearch *pd_unit_search_new               (PdUnitSearchPick  pick,
                                                gpointer          user_data);
void          pd_unit_search_set_units         (PdUnitSearch     *self,
                                                GListModel       *units);
void          pd_unit_search_prepare           (PdUnitSearch     *self,
                                                const char       *heading,
                                                const char       *explanation,
                                                GPtrArray        *excluded);
GtkLabel     *pd_unit_search_get_heading_label (PdUnitSearch     *self);
void          pd_unit_search_set_search_text   (PdUnitSearch     *self,
                                                const char       *text);
GListModel   *pd_unit_search_get_matches       (PdUnitSearch     *self);
gboolean      pd_unit_search_pick              (PdUnitSearch     *self,
                                                guint             position);
const char   *pd_unit_search_get_message       (PdUnitSearch     *self);

G_END_DECLS
