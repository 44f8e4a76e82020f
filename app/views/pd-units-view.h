/* pd-units-view.h — every unit with its load, and one unit's responsibility list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_UNITS_VIEW (pd_units_view_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitsView, pd_units_view, PD, UNITS_VIEW, GtkWidget)

GtkWidget           *pd_units_view_new                     (void);
void                 pd_units_view_set_store               (PdUnitsView *self,
                                                            PdStore     *store);
PdStore             *pd_units_view_get_store               (PdUnitsView *self);
void                 pd_units_view_select_unit             (PdUnitsView *self,
                                                            PdUnit      *unit);
PdUnit              *pd_units_view_get_selected_unit       (PdUnitsView *self);
void                 pd_units_view_set_search_text         (PdUnitsView *self,
                                                            const char  *text);
guint                pd_units_view_get_load                (PdUnitsView *self,
                                                            PdUnit      *unit,
                                                            PdRole       role);

/* For tests: the unit list as shown (sorted and filtered) and the widgets. */
GtkColumnView       *pd_units_view_get_column_view         (PdUnitsView *self);
GtkColumnViewColumn *pd_units_view_get_column              (PdUnitsView *self,
                                                            const char  *id);
guint                pd_units_view_get_n_rows              (PdUnitsView *self);
PdUnit              *pd_units_view_get_row_unit            (PdUnitsView *self,
                                                            guint        position);
GListModel          *pd_units_view_get_responsibilities    (PdUnitsView *self);
GtkListBox          *pd_units_view_get_role_list           (PdUnitsView *self,
                                                            PdRole       role);
GtkListBox          *pd_units_view_get_members_list        (PdUnitsView *self);
GtkWidget           *pd_units_view_get_responsibility_list (PdUnitsView *self);

G_END_DECLS
