/* pd-timeline-swatch.h — a colour the style sheet gives the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PD_TYPE_TIMELINE_SWATCH (pd_timeline_swatch_get_type ())
G_DECLARE_FINAL_TYPE (PdTimelineSwatch, pd_timeline_swatch, PD, TIMELINE_SWATCH, GtkWidget)

GtkWidget *pd_timeline_swatch_new       (const char       *css_class,
                                         gboolean          shown);
void       pd_timeline_swatch_get_color (PdTimelineSwatch *self,
                                         GdkRGBA          *color);

G_END_DECLS
