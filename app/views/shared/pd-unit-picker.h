/* pd-unit-picker.h — a type-to-search popover that adds a unit to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-history.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT_PICKER (pd_unit_picker_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitPicker, pd_unit_picker, PD, UNIT_PICKER, GtkPopover)

GtkWidget   *pd_unit_picker_new              (PdHistory    *history,
                                              PdProject    *project,
                                              PdRole        role);
PdProject   *pd_unit_picker_get_project      (PdUnitPicker *self);
PdRole       pd_unit_picker_get_role         (PdUnitPicker *self);

/* The search entry, and the units it offers (best match first). */
GtkEditable *pd_unit_picker_get_search_entry (PdUnitPicker *self);
void         pd_unit_picker_set_search_text  (PdUnitPicker *self,
                                              const char   *text);
GListModel  *pd_unit_picker_get_matches      (PdUnitPicker *self);

/* What a click or Enter does: add the unit at @position of the matches, or
 * create a unit named as the search text. FALSE when nothing was pushed
 * (the reason is then shown under the entry). */
gboolean     pd_unit_picker_pick             (PdUnitPicker *self,
                                              guint         position);
gboolean     pd_unit_picker_create           (PdUnitPicker *self);
gboolean     pd_unit_picker_get_can_create   (PdUnitPicker *self);
const char  *pd_unit_picker_get_message      (PdUnitPicker *self);

G_END_DECLS
