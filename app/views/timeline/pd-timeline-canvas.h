/* pd-timeline-canvas.h — the timeline's ruler and rows, drawn on one shared axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to PdTimelineView: see pd-timeline-view.h for the public API.
 */
#pragma once

#include <gtk/gtk.h>

#include "reports/pd-traffic-light.h"
#include "store/pd-history.h"
#include "store/pd-programme.h"
#include "pd-timeline-axis.h"
#include "pd-timeline-data.h"

G_BEGIN_DECLS

#define PD_TYPE_TIMELINE_CANVAS (pd_timeline_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PdTimelineCanvas, pd_timeline_canvas, PD, TIMELINE_CANVAS, GtkWidget)

GtkWidget      *pd_timeline_canvas_new              (PdTimelineAxis   *axis);
void            pd_timeline_canvas_set_history      (PdTimelineCanvas *self,
                                                     PdHistory        *history);
void            pd_timeline_canvas_reload           (PdTimelineCanvas *self,
                                                     PdTimelineData   *data);
PdProject      *pd_timeline_canvas_get_selected     (PdTimelineCanvas *self);
void            pd_timeline_canvas_select           (PdTimelineCanvas *self,
                                                     PdProject        *project);
void            pd_timeline_canvas_set_expanded     (PdTimelineCanvas *self,
                                                     PdProgramme      *programme,
                                                     gboolean          expanded);
gboolean        pd_timeline_canvas_get_expanded     (PdTimelineCanvas *self,
                                                     PdProgramme      *programme);
void            pd_timeline_canvas_zoom             (PdTimelineCanvas *self,
                                                     double            factor);
void            pd_timeline_canvas_zoom_at_pointer  (PdTimelineCanvas *self,
                                                     double            x,
                                                     double            dy);
void            pd_timeline_canvas_scroll_to        (PdTimelineCanvas *self,
                                                     double            x_offset,
                                                     double            y_offset);
double          pd_timeline_canvas_get_chart_x      (PdTimelineCanvas *self);

PdTrafficLight  pd_timeline_canvas_get_light        (PdTimelineCanvas *self,
                                                     PdProject        *project);
void            pd_timeline_canvas_get_light_color  (PdTimelineCanvas *self,
                                                     PdTrafficLight    light,
                                                     GdkRGBA          *color);
gboolean        pd_timeline_canvas_get_bar_area     (PdTimelineCanvas *self,
                                                     PdProject        *project,
                                                     graphene_rect_t  *area);
gboolean        pd_timeline_canvas_get_fill_area    (PdTimelineCanvas *self,
                                                     PdProject        *project,
                                                     graphene_rect_t  *area);
gboolean        pd_timeline_canvas_get_report_point (PdTimelineCanvas *self,
                                                     PdProject        *project,
                                                     guint             index,
                                                     graphene_point_t *point);
char           *pd_timeline_canvas_dup_tooltip_at   (PdTimelineCanvas *self,
                                                     double            x,
                                                     double            y);
void            pd_timeline_canvas_drag             (PdTimelineCanvas *self,
                                                     double            x,
                                                     double            y,
                                                     double            dx,
                                                     double            dy);
guint           pd_timeline_canvas_get_n_rows       (PdTimelineCanvas *self);
GObject        *pd_timeline_canvas_get_row_item     (PdTimelineCanvas *self,
                                                     guint             row);
void            pd_timeline_canvas_get_rows_in_view (PdTimelineCanvas *self,
                                                     guint            *first,
                                                     guint            *n_rows);
GtkWidget      *pd_timeline_canvas_get_row_accessible (PdTimelineCanvas *self,
                                                     guint             row);
GtkWidget      *pd_timeline_canvas_get_header_list  (PdTimelineCanvas *self,
                                                     gboolean          milestones);
char           *pd_timeline_canvas_dup_description  (PdTimelineCanvas *self,
                                                     GObject          *item);
char           *pd_timeline_canvas_dup_light_reason (PdTimelineCanvas *self,
                                                     PdProject        *project);
void            pd_timeline_canvas_nudge            (PdTimelineCanvas *self,
                                                     int               days);
GskRenderNode  *pd_timeline_canvas_build_node       (PdTimelineCanvas *self);

G_END_DECLS
