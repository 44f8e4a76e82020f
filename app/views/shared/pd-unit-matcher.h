/* pd-unit-matcher.h — the search part of a unit picker: a search entry over a list of units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-unit.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT_MATCHER (pd_unit_matcher_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitMatcher, pd_unit_matcher, PD, UNIT_MATCHER, GObject)

/* The widgets are the picker's and must outlive the matcher: clear it first
 * in the picker's dispose. */
PdUnitMatcher *pd_unit_matcher_new          (GtkSearchEntry *entry,
                                             GtkListView    *list_view,
                                             GtkLabel       *message_label,
                                             gboolean        tooltips);
void           pd_unit_matcher_set_units    (PdUnitMatcher  *self,
                                             GListModel     *units);
void           pd_unit_matcher_set_excluded (PdUnitMatcher  *self,
                                             GPtrArray      *units);

/* The entry's text as the user means it: without surrounding spaces. */
char          *pd_unit_matcher_dup_text     (PdUnitMatcher  *self);
gboolean       pd_unit_matcher_update       (PdUnitMatcher  *self,
                                             gboolean        force);
void           pd_unit_matcher_set_text     (PdUnitMatcher  *self,
                                             const char     *text,
                                             gboolean        force);

GListModel    *pd_unit_matcher_get_matches  (PdUnitMatcher  *self);
guint          pd_unit_matcher_get_selected (PdUnitMatcher  *self);

void           pd_unit_matcher_set_message  (PdUnitMatcher  *self,
                                             const char     *message);
const char    *pd_unit_matcher_get_message  (PdUnitMatcher  *self);

G_END_DECLS
