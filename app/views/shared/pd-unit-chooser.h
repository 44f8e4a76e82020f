/* pd-unit-chooser.h — a button that chooses one unit, or none, by searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-unit.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT_CHOOSER (pd_unit_chooser_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitChooser, pd_unit_chooser, PD, UNIT_CHOOSER, GtkWidget)

GtkWidget  *pd_unit_chooser_new             (void);
void        pd_unit_chooser_set_units       (PdUnitChooser *self,
                                             GListModel    *units);
PdUnit     *pd_unit_chooser_get_unit        (PdUnitChooser *self);
void        pd_unit_chooser_set_unit        (PdUnitChooser *self,
                                             PdUnit        *unit);
const char *pd_unit_chooser_get_none_label  (PdUnitChooser *self);
void        pd_unit_chooser_set_none_label  (PdUnitChooser *self,
                                             const char    *label);

/* The popover's search, for tests and keyboard users: the matches of
 * @text (best first), and choosing one of them. */
void        pd_unit_chooser_set_search_text (PdUnitChooser *self,
                                             const char    *text);
GListModel *pd_unit_chooser_get_matches     (PdUnitChooser *self);
void        pd_unit_chooser_choose_match    (PdUnitChooser *self,
                                             guint          position);
GtkMenuButton *pd_unit_chooser_get_button   (PdUnitChooser *self);

G_END_DECLS
