/* pd-timeline-layout.c — the timeline's rows and where everything goes, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What PdTimelineCanvas draws, worked out without a display so that it is
 * tested headless: one row per programme and, unless the programme is
 * collapsed, one per project, each with its span (a project without dates
 * spans the plan's period), progress and traffic light; a programme's row
 * sums up its projects whether or not they are shown. The axis is set to
 * whole years around every project and today.
 *
 * Geometry: the names' column (PD_TIMELINE_NAME_W) is left of the chart,
 * the header (PD_TIMELINE_HEADER_H) above the rows, which scroll under it.
 * Days map to x through the shared PdTimelineAxis; rows to y through their
 * index and the vertical scroll. Labels in a band (the plan's milestones)
 * are placed in lanes so that none overlaps another.
 */
#define G_LOG_DOMAIN "pd-timeline-layout"

#include "pd-config.h"

#include <math.h>

#include "pd-timeline-data.h"
#include "pd-timeline-layout.h"

/* Room kept between two labels in one lane, in pixels. */
#define LABEL_GAP 8.0
/* Labels whose mark is further than this outside the chart are not placed. */
#define LABEL_REACH 200.0

struct _PdTimelineLayout
{
  PdTimelineAxis *axis;
  GArray         *rows;          /* of PdTimelineRow */
  GHashTable     *collapsed;     /* programme ids (gint64 *) collapsed */
  char           *today;
  guint32         today_day;
  guint32         period_start;
  guint32         period_end;
};

PdTimelineLayout *
pd_timeline_layout_new (PdTimelineAxis *axis)
{
  PdTimelineLayout *self;

  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (axis), NULL);

  self = g_new0 (PdTimelineLayout, 1);
  self->axis = g_object_ref (axis);
  self->rows = g_array_new (FALSE, TRUE, sizeof (PdTimelineRow));
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  pd_timeline_layout_set_period (self, NULL, NULL);
  return self;
}

void
pd_timeline_layout_free (PdTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->axis);
  g_array_unref (self->rows);
  g_hash_table_unref (self->collapsed);
  g_free (self->today);
  g_free (self);
}

PdTimelineAxis *
pd_timeline_layout_get_axis (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->axis;
}

/* The plan's period (YYYY-MM-DD; NULL or not a date: 2013 onwards, one
 * year when the end is missing or before the start). */
void
pd_timeline_layout_set_period (PdTimelineLayout *self,
                               const char       *start_on,
                               const char       *end_on)
{
  g_return_if_fail (self != NULL);

  self->period_start = pd_timeline_parse_day (start_on);
  self->period_end = pd_timeline_parse_day (end_on);
  if (self->period_start == 0)
    self->period_start = pd_timeline_day_from_ymd (2013, 1, 1);
  if (self->period_end < self->period_start)
    self->period_end = pd_timeline_axis_unit_next (PD_TIMELINE_TICK_YEAR, self->period_start) - 1;
}

guint32
pd_timeline_layout_get_period_start (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->period_start;
}

guint32
pd_timeline_layout_get_period_end (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->period_end;
}

/* The day lights are computed for (YYYY-MM-DD). */
void
pd_timeline_layout_set_today (PdTimelineLayout *self,
                              const char       *today)
{
  g_return_if_fail (self != NULL);

  g_free (self->today);
  self->today = g_strdup (today);
  self->today_day = pd_timeline_parse_day (today);
}

const char *
pd_timeline_layout_get_today (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->today;
}

guint32
pd_timeline_layout_get_today_day (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->today_day;
}

PdTrafficLight
pd_timeline_layout_compute_light (PdTimelineLayout *self,
                                  PdProject        *project)
{
  g_return_val_if_fail (self != NULL, PD_TRAFFIC_LIGHT_GREY);
  g_return_val_if_fail (PD_IS_PROJECT (project), PD_TRAFFIC_LIGHT_GREY);

  return pd_traffic_light (pd_project_get_status (project), pd_project_get_progress (project),
                           pd_project_get_start_on (project), pd_project_get_due_on (project),
                           self->today);
}

/* Rows */

/* Reads the rows again from @programmes (a GListModel of PdProgramme; NULL:
 * none) and sets the axis' range to the years they span. */
void
pd_timeline_layout_rebuild (PdTimelineLayout *self,
                            GListModel       *programmes)
{
  guint32 first = self->period_start, last = self->period_end;

  g_return_if_fail (self != NULL);

  g_array_set_size (self->rows, 0);
  if (programmes == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      guint n = g_list_model_get_n_items (projects);
      gboolean collapsed = pd_timeline_layout_get_collapsed (self, programme);
      guint programme_index = self->rows->len;
      PdTimelineRow prow = { .programme = programme, .n_projects = n };
      int progress_sum = 0;

      g_array_append_val (self->rows, prow);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          PdTimelineRow row = { .programme = programme, .project = project };
          PdTimelineRow *p;

          row.start = pd_timeline_parse_day (pd_project_get_start_on (project));
          row.due = pd_timeline_parse_day (pd_project_get_due_on (project));
          if (row.start == 0)
            row.start = self->period_start;
          if (row.due == 0)
            row.due = MAX (self->period_end, row.start);
          if (row.due < row.start)
            row.due = row.start;
          row.progress = pd_project_get_progress (project);
          row.light = pd_timeline_layout_compute_light (self, project);
          first = MIN (first, row.start);
          last = MAX (last, row.due);
          progress_sum += row.progress;

          p = &g_array_index (self->rows, PdTimelineRow, programme_index);
          p->n_lights[row.light]++;
          p->start = p->start == 0 ? row.start : MIN (p->start, row.start);
          p->due = MAX (p->due, row.due);
          if (!collapsed)
            g_array_append_val (self->rows, row);
        }
      if (n > 0)
        g_array_index (self->rows, PdTimelineRow, programme_index).progress =
          (progress_sum + (int)n / 2) / (int)n;
    }

  if (self->today_day != 0)
    last = MAX (last, self->today_day);
  if (first != 0 && last >= first)
    pd_timeline_axis_set_range (self->axis, pd_timeline_axis_unit_start (PD_TIMELINE_TICK_YEAR, first),
                                pd_timeline_axis_unit_next (PD_TIMELINE_TICK_YEAR, last) - 1);
}

guint
pd_timeline_layout_get_n_rows (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

/* Row @index, NULL when there is none: owned by the layout until it is rebuilt. */
PdTimelineRow *
pd_timeline_layout_get_row (PdTimelineLayout *self,
                            int               index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index < 0 || (guint)index >= self->rows->len)
    return NULL;
  return &g_array_index (self->rows, PdTimelineRow, index);
}

/* The row of @project, -1 when it has none (its programme is collapsed). */
int
pd_timeline_layout_find_project (PdTimelineLayout *self,
                                 PdProject        *project)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; project != NULL && i < self->rows->len; i++)
    if (g_array_index (self->rows, PdTimelineRow, i).project == project)
      return (int)i;
  return -1;
}

int
pd_timeline_layout_find_programme (PdTimelineLayout *self,
                                   PdProgramme      *programme)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; programme != NULL && i < self->rows->len; i++)
    {
      PdTimelineRow *row = &g_array_index (self->rows, PdTimelineRow, i);

      if (row->project == NULL && row->programme == programme)
        return (int)i;
    }
  return -1;
}

gboolean
pd_timeline_layout_get_collapsed (PdTimelineLayout *self,
                                  PdProgramme      *programme)
{
  gint64 id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PD_IS_PROGRAMME (programme), FALSE);

  id = pd_programme_get_id (programme);
  return g_hash_table_contains (self->collapsed, &id);
}

/* Collapses or expands @programme; TRUE when that changed anything. The
 * rows follow at the next pd_timeline_layout_rebuild(). */
gboolean
pd_timeline_layout_set_collapsed (PdTimelineLayout *self,
                                  PdProgramme      *programme,
                                  gboolean          collapsed)
{
  gint64 id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PD_IS_PROGRAMME (programme), FALSE);

  id = pd_programme_get_id (programme);
  if (!collapsed)
    return g_hash_table_remove (self->collapsed, &id);
  return g_hash_table_add (self->collapsed, g_memdup2 (&id, sizeof id));
}

void
pd_timeline_layout_expand_all (PdTimelineLayout *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->collapsed);
}

/* Vertical */

double
pd_timeline_layout_get_rows_height (PdTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->rows->len * PD_TIMELINE_ROW_H + PD_TIMELINE_BOTTOM_PAD;
}

/* The top of row @index in the canvas. */
double
pd_timeline_layout_row_y (PdTimelineLayout *self,
                          int               index,
                          double            scroll)
{
  return PD_TIMELINE_HEADER_H + index * PD_TIMELINE_ROW_H - scroll;
}

/* The row at @y in the canvas; -1 over the header or below the last row. */
int
pd_timeline_layout_row_at_y (PdTimelineLayout *self,
                             double            y,
                             double            scroll)
{
  int index;

  g_return_val_if_fail (self != NULL, -1);

  if (y < PD_TIMELINE_HEADER_H)
    return -1;
  index = (int)floor ((y - PD_TIMELINE_HEADER_H + scroll) / PD_TIMELINE_ROW_H);
  return index >= 0 && (guint)index < self->rows->len ? index : -1;
}

/* The rows at least partly in view under the header: from *@first to
 * *@last, none when *@last < *@first. */
void
pd_timeline_layout_get_rows_in_view (PdTimelineLayout *self,
                                     double            scroll,
                                     double            height,
                                     int              *first,
                                     int              *last)
{
  double page = height - PD_TIMELINE_HEADER_H;

  g_return_if_fail (self != NULL);

  *first = MAX (0, (int)floor (scroll / PD_TIMELINE_ROW_H));
  *last = page > 0 ? MIN ((int)self->rows->len - 1, (int)ceil ((scroll + page) / PD_TIMELINE_ROW_H) - 1) : -1;
}

/* The scroll that shows row @index whole below the header, moving as
 * little as it can from @scroll; @page: the height left to the rows. A
 * page lower than a row shows the row's top. */
double
pd_timeline_layout_reveal_row (PdTimelineLayout *self,
                               int               index,
                               double            scroll,
                               double            page)
{
  double top = index * PD_TIMELINE_ROW_H;

  g_return_val_if_fail (self != NULL, scroll);

  if (index < 0 || (guint)index >= self->rows->len)
    return scroll;
  if (top < scroll || page < PD_TIMELINE_ROW_H)
    return top;
  if (top + PD_TIMELINE_ROW_H > scroll + page)
    return top + PD_TIMELINE_ROW_H - page;
  return scroll;
}

/* Horizontal */

/* x in the canvas of the start of @day. */
double
pd_timeline_layout_day_x (PdTimelineLayout *self,
                          double            day)
{
  return PD_TIMELINE_NAME_W + pd_timeline_axis_day_to_x (self->axis, day);
}

/* The day (and fraction of it) at @x in the canvas. */
double
pd_timeline_layout_x_day (PdTimelineLayout *self,
                          double            x)
{
  return pd_timeline_axis_x_to_day (self->axis, x - PD_TIMELINE_NAME_W);
}

/* What a press at (@x, @y) takes hold of: a project's bar (in *@index),
 * one of its ends when the bar is wide enough to have handles, or nothing. */
PdTimelineDrag
pd_timeline_layout_hit_bar (PdTimelineLayout *self,
                            double            x,
                            double            y,
                            double            scroll,
                            int              *index)
{
  int i = pd_timeline_layout_row_at_y (self, y, scroll);
  PdTimelineRow *row = pd_timeline_layout_get_row (self, i);
  double x0, x1, top;

  *index = i;
  if (row == NULL || row->project == NULL || x < PD_TIMELINE_NAME_W)
    return PD_TIMELINE_DRAG_NONE;
  top = pd_timeline_layout_row_y (self, i, scroll) + (PD_TIMELINE_ROW_H - PD_TIMELINE_BAR_H) / 2;
  if (y < top - 4 || y > top + PD_TIMELINE_BAR_H + 4)
    return PD_TIMELINE_DRAG_NONE;
  x0 = pd_timeline_layout_day_x (self, row->start);
  x1 = pd_timeline_layout_day_x (self, row->due + 1);
  if (x < x0 - PD_TIMELINE_HANDLE_W || x > x1 + PD_TIMELINE_HANDLE_W)
    return PD_TIMELINE_DRAG_NONE;
  if (x1 - x0 > 3 * PD_TIMELINE_HANDLE_W)
    {
      if (x < x0 + PD_TIMELINE_HANDLE_W)
        return PD_TIMELINE_DRAG_START;
      if (x > x1 - PD_TIMELINE_HANDLE_W)
        return PD_TIMELINE_DRAG_END;
    }
  return PD_TIMELINE_DRAG_MOVE;
}

/* @row's dates after dragging (@drag) by @days: an end never passes the other. */
void
pd_timeline_layout_shift_dates (const PdTimelineRow *row,
                                PdTimelineDrag       drag,
                                int                  days,
                                guint32             *start,
                                guint32             *due)
{
  gint64 s = row->start, d = row->due;

  switch (drag)
    {
    case PD_TIMELINE_DRAG_MOVE:
      s += days;
      d += days;
      break;
    case PD_TIMELINE_DRAG_START:
      s = MIN (s + days, d);
      break;
    case PD_TIMELINE_DRAG_END:
      d = MAX (d + days, s);
      break;
    case PD_TIMELINE_DRAG_NONE:
    case PD_TIMELINE_DRAG_PAN:
    default:
      break;
    }
  *start = (guint32)MAX (s, 1);
  *due = (guint32)MAX (d, 1);
}

/* How much of a bar from @x0 to @x1 its progress fills. */
double
pd_timeline_layout_fill_width (const PdTimelineRow *row,
                               double               x0,
                               double               x1)
{
  return (x1 - x0) * CLAMP (row->progress, 0, 100) / 100.0;
}

/* Places @n labels, @widths wide, each centred on its mark at @centres (in
 * order), in up to @n_lanes lanes of a band from @left to @right: a label
 * whose mark is in the band is kept inside it (so the first and last are
 * not cut at its edges), goes into the first lane where it clears the
 * label before it, and gets lane -1 when it clears none or its mark is far
 * outside the band. */
void
pd_timeline_layout_place_labels (const double         *centres,
                                 const double         *widths,
                                 guint                 n,
                                 double                left,
                                 double                right,
                                 guint                 n_lanes,
                                 PdTimelineLabelPlace *places)
{
  g_autofree double *lane_end = g_new (double, MAX (n_lanes, 1));

  for (guint l = 0; l < n_lanes; l++)
    lane_end[l] = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      double x = centres[i], lx = x - widths[i] / 2;

      places[i].lane = -1;
      if (x < left - LABEL_REACH || x > right + LABEL_REACH)
        {
          places[i].x = lx;
          continue;
        }
      if (x >= left && x <= right)
        lx = CLAMP (lx, left + 4, MAX (left + 4, right - widths[i] - 4));
      places[i].x = lx;
      for (guint l = 0; l < n_lanes; l++)
        if (lx > lane_end[l] + LABEL_GAP)
          {
            places[i].lane = (int)l;
            lane_end[l] = lx + widths[i];
            break;
          }
    }
}
