/* pd-timeline-view.h — the Timeline page (时间轴)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-history.h"
#include "store/pd-project.h"
#include "pd-timeline-data.h"

G_BEGIN_DECLS

#define PD_TYPE_TIMELINE_VIEW (pd_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (PdTimelineView, pd_timeline_view, PD, TIMELINE_VIEW, GtkWidget)

GtkWidget *pd_timeline_view_new            (void);
void       pd_timeline_view_set_history    (PdTimelineView *self,
                                            PdHistory      *history);
void       pd_timeline_view_select_project (PdTimelineView *self,
                                            PdProject      *project);
PdProject *pd_timeline_view_get_selected   (PdTimelineView *self);

/* For tests and benchmarks */
GtkWidget *pd_timeline_view_get_canvas     (PdTimelineView *self);
GtkWidget *pd_timeline_view_get_indicators (PdTimelineView *self);
PdTimelineData *pd_timeline_view_get_data  (PdTimelineView *self);
double     pd_timeline_view_get_ppd        (PdTimelineView *self);
void       pd_timeline_view_show_days      (PdTimelineView *self,
                                            const char     *first_day,
                                            const char     *last_day);

G_END_DECLS
