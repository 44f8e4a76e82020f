/* pd-timeline-axis.h — the one time axis every part of the timeline shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Room left before the first day and after the last, in pixels. */
#define PD_TIMELINE_AXIS_PADDING 24.0
/* The closest zoom: pixels per day. */
#define PD_TIMELINE_AXIS_MAX_PPD 64.0

typedef enum
{
  PD_TIMELINE_TICK_YEAR,
  PD_TIMELINE_TICK_QUARTER,
  PD_TIMELINE_TICK_MONTH,
  PD_TIMELINE_TICK_DAY,
} PdTimelineTickUnit;

#define PD_TYPE_TIMELINE_AXIS (pd_timeline_axis_get_type ())
G_DECLARE_FINAL_TYPE (PdTimelineAxis, pd_timeline_axis, PD, TIMELINE_AXIS, GObject)

PdTimelineAxis    *pd_timeline_axis_new               (void);
void               pd_timeline_axis_set_range         (PdTimelineAxis *self,
                                                       guint32         first_day,
                                                       guint32         last_day);
guint32            pd_timeline_axis_get_first_day     (PdTimelineAxis *self);
guint32            pd_timeline_axis_get_last_day      (PdTimelineAxis *self);
void               pd_timeline_axis_set_width         (PdTimelineAxis *self,
                                                       double          width);
double             pd_timeline_axis_get_width         (PdTimelineAxis *self);
double             pd_timeline_axis_get_ppd           (PdTimelineAxis *self);
double             pd_timeline_axis_get_fit_ppd       (PdTimelineAxis *self);
gboolean           pd_timeline_axis_get_fit           (PdTimelineAxis *self);
guint              pd_timeline_axis_get_zoom_serial   (PdTimelineAxis *self);
double             pd_timeline_axis_get_offset        (PdTimelineAxis *self);
void               pd_timeline_axis_set_offset        (PdTimelineAxis *self,
                                                       double          offset);
double             pd_timeline_axis_get_content_width (PdTimelineAxis *self);

void               pd_timeline_axis_zoom_at           (PdTimelineAxis *self,
                                                       double          ppd,
                                                       double          anchor_x);
void               pd_timeline_axis_zoom_by           (PdTimelineAxis *self,
                                                       double          factor,
                                                       double          anchor_x);
void               pd_timeline_axis_fit               (PdTimelineAxis *self);
void               pd_timeline_axis_show_days         (PdTimelineAxis *self,
                                                       guint32         first_day,
                                                       guint32         last_day);
void               pd_timeline_axis_reveal_day        (PdTimelineAxis *self,
                                                       guint32         day);

double             pd_timeline_axis_day_to_x          (PdTimelineAxis *self,
                                                       double          day);
double             pd_timeline_axis_x_to_day          (PdTimelineAxis *self,
                                                       double          x);
double             pd_timeline_axis_day_to_content_x  (PdTimelineAxis *self,
                                                       double          day);
void               pd_timeline_axis_get_visible_days  (PdTimelineAxis *self,
                                                       guint32        *first_day,
                                                       guint32        *last_day);

/* Which units the axis labels at the current zoom: @major along the top
 * line (years, or months with their year when days show), @minor below it
 * (quarters, months or days; PD_TIMELINE_TICK_YEAR when none fits). */
void               pd_timeline_axis_get_units         (PdTimelineAxis *self,
                                                       PdTimelineTickUnit *major,
                                                       PdTimelineTickUnit *minor);
guint32            pd_timeline_axis_unit_start        (PdTimelineTickUnit unit,
                                                       guint32         day);
guint32            pd_timeline_axis_unit_next         (PdTimelineTickUnit unit,
                                                       guint32         day);

G_END_DECLS
