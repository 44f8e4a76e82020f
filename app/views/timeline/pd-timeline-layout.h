/* pd-timeline-layout.h — the timeline's rows and where everything goes, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "reports/pd-traffic-light.h"
#include "store/pd-programme.h"
#include "store/pd-project.h"
#include "pd-timeline-axis.h"

G_BEGIN_DECLS

/* The canvas' geometry, in pixels: the names' column on the left, the
 * header's bands (phases, years, quarters/months/days, milestones) on top,
 * then the rows. */
#define PD_TIMELINE_NAME_W      320.0
#define PD_TIMELINE_PHASE_H     30.0
#define PD_TIMELINE_YEAR_H      24.0
#define PD_TIMELINE_MINOR_H     22.0
#define PD_TIMELINE_MILESTONE_H 52.0
#define PD_TIMELINE_HEADER_H    (PD_TIMELINE_PHASE_H + PD_TIMELINE_YEAR_H + PD_TIMELINE_MINOR_H + \
                                 PD_TIMELINE_MILESTONE_H)
#define PD_TIMELINE_ROW_H       32.0
#define PD_TIMELINE_BAR_H       16.0
#define PD_TIMELINE_HANDLE_W    6.0
#define PD_TIMELINE_BOTTOM_PAD  24.0

/* What a press on a bar takes hold of. */
typedef enum
{
  PD_TIMELINE_DRAG_NONE,
  PD_TIMELINE_DRAG_PAN,
  PD_TIMELINE_DRAG_MOVE,   /* the whole bar */
  PD_TIMELINE_DRAG_START,  /* its left end */
  PD_TIMELINE_DRAG_END,    /* its right end */
} PdTimelineDrag;

/* One row: a programme's own (project NULL) or one of its projects'. Dates
 * are Julian days, filled in from the plan's period where a project has
 * none; a programme's span and progress sum up its projects. */
typedef struct
{
  PdProgramme    *programme;   /* borrowed: the store keeps it */
  PdProject      *project;     /* borrowed; NULL: the programme's own row */
  guint32         start;
  guint32         due;
  int             progress;
  PdTrafficLight  light;
  guint           n_projects;
  guint           n_lights[PD_N_TRAFFIC_LIGHTS];
} PdTimelineRow;

/* Where a label goes: its left edge and its lane (line) in a band, -1
 * when there is no room for it. */
typedef struct
{
  double x;
  int    lane;
} PdTimelineLabelPlace;

typedef struct _PdTimelineLayout PdTimelineLayout;

PdTimelineLayout *pd_timeline_layout_new            (PdTimelineAxis   *axis);
void              pd_timeline_layout_free           (PdTimelineLayout *self);
PdTimelineAxis   *pd_timeline_layout_get_axis       (PdTimelineLayout *self);

void              pd_timeline_layout_set_period     (PdTimelineLayout *self,
                                                     const char       *start_on,
                                                     const char       *end_on);
guint32           pd_timeline_layout_get_period_start (PdTimelineLayout *self);
guint32           pd_timeline_layout_get_period_end (PdTimelineLayout *self);
void              pd_timeline_layout_set_today      (PdTimelineLayout *self,
                                                     const char       *today);
const char       *pd_timeline_layout_get_today      (PdTimelineLayout *self);
guint32           pd_timeline_layout_get_today_day  (PdTimelineLayout *self);
PdTrafficLight    pd_timeline_layout_compute_light  (PdTimelineLayout *self,
                                                     PdProject        *project);

/* Rows */
void              pd_timeline_layout_rebuild        (PdTimelineLayout *self,
                                                     GListModel       *programmes);
guint             pd_timeline_layout_get_n_rows     (PdTimelineLayout *self);
PdTimelineRow    *pd_timeline_layout_get_row        (PdTimelineLayout *self,
                                                     int               index);
int               pd_timeline_layout_find_project   (PdTimelineLayout *self,
                                                     PdProject        *project);
int               pd_timeline_layout_find_programme (PdTimelineLayout *self,
                                                     PdProgramme      *programme);
gboolean          pd_timeline_layout_get_collapsed  (PdTimelineLayout *self,
                                                     PdProgramme      *programme);
gboolean          pd_timeline_layout_set_collapsed  (PdTimelineLayout *self,
                                                     PdProgramme      *programme,
                                                     gboolean          collapsed);
void              pd_timeline_layout_expand_all     (PdTimelineLayout *self);

/* Vertical: @scroll is how far the rows are scrolled up under the header,
 * @height the canvas' height. */
double            pd_timeline_layout_get_rows_height (PdTimelineLayout *self);
double            pd_timeline_layout_row_y          (PdTimelineLayout *self,
                                                     int               index,
                                                     double            scroll);
int               pd_timeline_layout_row_at_y       (PdTimelineLayout *self,
                                                     double            y,
                                                     double            scroll);
void              pd_timeline_layout_get_rows_in_view (PdTimelineLayout *self,
                                                     double            scroll,
                                                     double            height,
                                                     int              *first,
                                                     int              *last);
double            pd_timeline_layout_reveal_row     (PdTimelineLayout *self,
                                                     int               index,
                                                     double            scroll,
                                                     double            page);

/* Horizontal: x in the canvas, the names' column included. */
double            pd_timeline_layout_day_x          (PdTimelineLayout *self,
                                                     double            day);
double            pd_timeline_layout_x_day          (PdTimelineLayout *self,
                                                     double            x);
PdTimelineDrag    pd_timeline_layout_hit_bar        (PdTimelineLayout *self,
                                                     double            x,
                                                     double            y,
                                                     double            scroll,
                                                     int              *index);
void              pd_timeline_layout_shift_dates    (const PdTimelineRow *row,
                                                     PdTimelineDrag    drag,
                                                     int               days,
                                                     guint32          *start,
                                                     guint32          *due);
double            pd_timeline_layout_fill_width     (const PdTimelineRow *row,
                                                     double            x0,
                                                     double            x1);
void              pd_timeline_layout_place_labels   (const double     *centres,
                                                     const double     *widths,
                                                     guint             n,
                                                     double            left,
                                                     double            right,
                                                     guint             n_lanes,
                                                     PdTimelineLabelPlace *places);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTimelineLayout, pd_timeline_layout_free)

G_END_DECLS
