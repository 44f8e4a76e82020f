/* pd-timeline-item.h — an undrawn child standing for a row, phase or milestone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the timeline: see pd-timeline-canvas.c.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PD_TYPE_TIMELINE_ITEM (pd_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (PdTimelineItem, pd_timeline_item, PD, TIMELINE_ITEM, GtkWidget)

GtkWidget  *pd_timeline_item_new             (GtkAccessibleRole  role);
void        pd_timeline_item_set_text        (PdTimelineItem    *self,
                                              const char        *label,
                                              const char        *description);
const char *pd_timeline_item_get_label       (PdTimelineItem    *self);
const char *pd_timeline_item_get_description (PdTimelineItem    *self);
void        pd_timeline_item_set_selected    (PdTimelineItem    *self,
                                              gboolean           selected);
gboolean    pd_timeline_item_get_selected    (PdTimelineItem    *self);
void        pd_timeline_item_set_expanded    (PdTimelineItem    *self,
                                              int                expanded);
void        pd_timeline_item_set_level       (PdTimelineItem    *self,
                                              int                level);
void        pd_timeline_item_set_area        (PdTimelineItem    *self,
                                              double             x,
                                              double             y,
                                              double             width,
                                              double             height);
void        pd_timeline_item_allocate        (PdTimelineItem    *self);

G_END_DECLS
