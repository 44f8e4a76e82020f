/* pd-units-view.h — every unit with its load, and one unit's responsibility list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pd-history.h"

G_BEGIN_DECLS

#define PD_TYPE_UNITS_VIEW (pd_units_view_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitsView, pd_units_view, PD, UNITS_VIEW, GtkWidget)

GtkWidget           *pd_units_view_new                     (void);
void                 pd_units_view_set_store               (PdUnitsView *self,
                                                            PdStore     *store);
PdStore             *pd_units_view_get_store               (PdUnitsView *self);
void                 pd_units_view_set_history             (PdUnitsView *self,
                                                            PdHistory   *history);
PdHistory           *pd_units_view_get_history             (PdUnitsView *self);
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

/* Editing (with a history): "Delete Unit…" asks first, listing the unit's
 * projects; the dialog is returned presented. */
AdwMessageDialog    *pd_units_view_confirm_delete          (PdUnitsView *self);

/* For tests: the editing widgets, the member and merge pickers as "Add
 * Member…" and "Merge Into…" open them, and what typing and picking in a
 * picker does. */
AdwEntryRow         *pd_units_view_get_name_row            (PdUnitsView *self);
const char          *pd_units_view_get_name_message        (PdUnitsView *self);
AdwComboRow         *pd_units_view_get_kind_row            (PdUnitsView *self);
GtkMenuButton       *pd_units_view_get_unit_menu_button    (PdUnitsView *self);
GtkMenuButton       *pd_units_view_get_add_member_button   (PdUnitsView *self);
GtkPopover          *pd_units_view_open_member_picker      (PdUnitsView *self);
GtkPopover          *pd_units_view_open_merge_picker       (PdUnitsView *self);
void                 pd_units_view_picker_set_search_text  (GtkPopover  *picker,
                                                            const char  *text);
GListModel          *pd_units_view_picker_get_matches      (GtkPopover  *picker);
gboolean             pd_units_view_picker_pick             (GtkPopover  *picker,
                                                            guint        position);
const char          *pd_units_view_picker_get_message      (GtkPopover  *picker);

G_END_DECLS
