/* pd-timeline-canvas-draw.c — how the timeline canvas draws itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what is in view is drawn: under the header (phase bands, the years
 * with quarters, months or days as the zoom allows, the plan's milestones
 * and the today line) the rows, each with its name, its light's shape and
 * its progress in the names' column and its bar on the chart: the progress
 * fill in the light's colour, progress reports as pins and the project's
 * milestones as diamonds. Where things go comes from PdTimelineLayout.
 */
#define G_LOG_DOMAIN "pd-timeline-canvas"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-timeline-canvas-private.h"
#include "store/pd-date.h"

static void
append_diamond (GtkSnapshot   *snapshot,
                double         cx,
                double         cy,
                double         size,
                const GdkRGBA *fill,
                const GdkRGBA *border)
{
  float half = size / 2;
  GskRoundedRect rect;
  float widths[4] = { 1.5, 1.5, 1.5, 1.5 };
  GdkRGBA borders[4] = { *border, *border, *border, *border };

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx, cy));
  gtk_snapshot_rotate (snapshot, 45);
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (-half, -half, size, size), 1.5);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, fill, &rect.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &rect, widths, borders);
  gtk_snapshot_restore (snapshot);
}

static void
append_rounded (GtkSnapshot   *snapshot,
                const GdkRGBA *color,
                double         x,
                double         y,
                double         width,
                double         height,
                double         radius)
{
  GskRoundedRect rect;

  if (width <= 0 || height <= 0)
    return;
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), MIN (radius, MIN (width, height) / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
draw_grid (PdTimelineCanvas *self,
           GtkSnapshot      *snapshot,
           double            top,
           double            height)
{
  PdTimelineTickUnit major, minor;
  guint32 first, last;
  GdkRGBA faint = with_alpha (&self->colors[COLOR_GRID], 0.5);

  pd_timeline_axis_get_units (self->axis, &major, &minor);
  pd_timeline_axis_get_visible_days (self->axis, &first, &last);
  if (minor != PD_TIMELINE_TICK_YEAR && minor != PD_TIMELINE_TICK_DAY)
    for (guint32 d = pd_timeline_axis_unit_start (minor, first); d <= last; d = pd_timeline_axis_unit_next (minor, d))
      gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (round (day_x (self, d)), top, 1, height));
  for (guint32 d = pd_timeline_axis_unit_start (PD_TIMELINE_TICK_YEAR, first); d <= last;
       d = pd_timeline_axis_unit_next (PD_TIMELINE_TICK_YEAR, d))
    gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                               &GRAPHENE_RECT_INIT (round (day_x (self, d)), top, 1, height));
}

/* @text in at most @width × @height: small, on two lines if need be, else
 * ellipsized on one; NULL when not even two characters fit. */
static PangoLayout *
dup_narrow_layout (PdTimelineCanvas *self,
                   const char       *text,
                   double            width,
                   double            height)
{
  PangoLayout *layout;
  PangoAttrList *attrs;
  double lw, lh;

  if (width < 16)
    return NULL;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.75));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pd_timeline_canvas_layout_size (layout, &lw, &lh);
  if (pango_layout_get_line_count (layout) <= 2 && lh <= height)
    return layout;
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  return layout;
}

static void
draw_phases (PdTimelineCanvas *self,
             GtkSnapshot      *snapshot,
             gboolean          band,
             double            top,
             double            height,
             double            width)
{
  if (self->data == NULL)
    return;
  for (guint i = 0; i < self->data->phases->len; i++)
    {
      PdTimelinePhase *phase = g_ptr_array_index (self->data->phases, i);
      double x0 = day_x (self, phase->starts_on), x1 = day_x (self, phase->ends_on + 1.0);
      const GdkRGBA *color = &self->colors[i % 2 ? COLOR_PHASE_EVEN : COLOR_PHASE_ODD];

      if (x1 < NAME_W || x0 > width || phase->starts_on == 0)
        continue;
      if (!band)
        {
          GdkRGBA faint = with_alpha (color, 0.35);

          gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (x0, top, x1 - x0, height));
        }
      else
        {
          PangoLayout *layout = pd_timeline_canvas_get_layout (self, 'b', phase->name);
          double vx0 = MAX (x0, NAME_W), vx1 = MIN (x1, width);
          double lw, lh;

          append_rounded (snapshot, color, x0 + 1, top + 3, x1 - x0 - 2, height - 6, 6);
          pd_timeline_canvas_layout_size (layout, &lw, &lh);
          if (lw + 12 <= vx1 - vx0)
            pd_timeline_canvas_append_layout (snapshot, layout, vx0 + (vx1 - vx0 - lw) / 2, top + (height - lh) / 2, &self->fg);
          else
            {
              PangoLayout *small = pd_timeline_canvas_get_layout (self, 's', phase->name);

              pd_timeline_canvas_layout_size (small, &lw, &lh);
              if (lw + 6 <= vx1 - vx0)
                pd_timeline_canvas_append_layout (snapshot, small, vx0 + (vx1 - vx0 - lw) / 2, top + (height - lh) / 2, &self->fg);
              else
                {
                  /* A short phase (a year at the default zoom): its name on
                   * two lines, smaller, or cut short with an ellipsis; never
                   * a pill without a name while there is room for one. */
                  g_autoptr(PangoLayout) narrow = dup_narrow_layout (self, phase->name, vx1 - vx0 - 4,
                                                                     height - 6);

                  if (narrow != NULL)
                    {
                      pd_timeline_canvas_layout_size (narrow, &lw, &lh);
                      pd_timeline_canvas_append_layout (snapshot, narrow, vx0 + (vx1 - vx0 - lw) / 2,
                                                        top + (height - lh) / 2, &self->fg);
                    }
                }
            }
        }
    }
}

static void
format_tick (PdTimelineTickUnit  unit,
             guint32             day,
             gboolean            with_year,
             char               *buffer,
             gsize               size)
{
  int year, month, mday;

  pd_timeline_day_get_ymd (day, &year, &month, &mday);
  switch (unit)
    {
    case PD_TIMELINE_TICK_YEAR:
      g_snprintf (buffer, size, "%d", year);
      break;
    case PD_TIMELINE_TICK_QUARTER:
      /* Translators: a quarter on the timeline's axis: Q1 to Q4 */
      g_snprintf (buffer, size, _("Q%d"), (month - 1) / 3 + 1);
      break;
    case PD_TIMELINE_TICK_MONTH:
      if (with_year)
        {
          g_autofree char *s = pd_date_format_month (year, month);

          g_strlcpy (buffer, s, size);
        }
      else
        {
          GDateTime *dt = g_date_time_new_local (year, month, 1, 0, 0, 0);
          /* Translators: a month on the timeline's axis (strftime) */
          char *s = g_date_time_format (dt, _("%b"));

          g_strlcpy (buffer, s, size);
          g_free (s);
          g_date_time_unref (dt);
        }
      break;
    case PD_TIMELINE_TICK_DAY:
    default:
      g_snprintf (buffer, size, "%d", mday);
      break;
    }
}

static void
draw_ticks (PdTimelineCanvas   *self,
            GtkSnapshot        *snapshot,
            PdTimelineTickUnit  unit,
            gboolean            major,
            double              top,
            double              height,
            double              width)
{
  guint32 first, last;
  char text[64];

  pd_timeline_axis_get_visible_days (self->axis, &first, &last);
  for (guint32 d = pd_timeline_axis_unit_start (unit, first); d <= last; d = pd_timeline_axis_unit_next (unit, d))
    {
      double x0 = day_x (self, d), x1 = day_x (self, pd_timeline_axis_unit_next (unit, d));
      PangoLayout *layout;
      double lw, lh, lx;

      /* Not the spans wholly in the padding around the axis' range */
      if (pd_timeline_axis_unit_next (unit, d) <= pd_timeline_axis_get_first_day (self->axis) ||
          d > pd_timeline_axis_get_last_day (self->axis))
        continue;
      format_tick (unit, d, major, text, sizeof text);
      layout = pd_timeline_canvas_get_layout (self, major ? 'b' : 's', text);
      pd_timeline_canvas_layout_size (layout, &lw, &lh);
      gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                                 &GRAPHENE_RECT_INIT (round (x0), top + (major ? 0 : height / 2), 1,
                                                      major ? height : height / 2));
      if (lw + 6 > x1 - x0)
        {
          /* Years too narrow for their labels (the whole period zoomed out
           * into a narrow window): label every second, fifth or tenth year,
           * from its start, so the axis never goes blank. */
          static const guint steps[] = { 2, 5, 10 };
          guint year = (guint)g_ascii_strtoull (text, NULL, 10), step = 0;

          if (unit != PD_TIMELINE_TICK_YEAR || year == 0)
            continue;
          for (guint i = 0; i < G_N_ELEMENTS (steps) && step == 0; i++)
            if (lw + 6 <= steps[i] * (x1 - x0))
              step = steps[i];
          if (step == 0 || year % step != 0)
            continue;
          pd_timeline_canvas_append_layout (snapshot, layout, x0 + 3, top + (height - lh) / 2,
                         major ? &self->fg : &self->colors[COLOR_DIM]);
          continue;
        }
      /* Centred in the span, kept in view while the span is. */
      lx = (x0 + x1 - lw) / 2;
      if (major)
        lx = CLAMP (lx, MIN (MAX (x0 + 4, NAME_W + 4), x1 - lw - 4), MAX (x0 + 4, MIN (x1 - lw - 4, width - lw - 4)));
      pd_timeline_canvas_append_layout (snapshot, layout, lx, top + (height - lh) / 2,
                     major ? &self->fg : &self->colors[COLOR_DIM]);
    }
}

static void
draw_milestones (PdTimelineCanvas *self,
                 GtkSnapshot      *snapshot,
                 double            top,
                 double            width)
{
  GdkRGBA bg = self->colors[COLOR_HEADER];
  guint n;
  g_autofree double *centres = NULL;
  g_autofree double *widths = NULL;
  g_autofree PdTimelineLabelPlace *places = NULL;
  g_autofree PangoLayout **layouts = NULL;

  if (self->data == NULL)
    return;
  bg.alpha = 1;
  n = self->data->milestones->len;
  centres = g_new (double, n);
  widths = g_new0 (double, n);
  places = g_new (PdTimelineLabelPlace, n);
  layouts = g_new0 (PangoLayout *, n);
  for (guint i = 0; i < n; i++)
    {
      PdTimelineMilestone *milestone = g_ptr_array_index (self->data->milestones, i);

      centres[i] = day_x (self, milestone->due_on + 0.5);
      if (centres[i] < NAME_W - 200 || centres[i] > width + 200)
        continue;
      if (milestone->done_on != 0)
        {
          g_autofree char *text = g_strconcat ("✔ ", milestone->title, NULL);

          layouts[i] = pd_timeline_canvas_get_layout (self, 's', text);
        }
      else
        layouts[i] = pd_timeline_canvas_get_layout (self, 's', milestone->title);
      pd_timeline_canvas_layout_size (layouts[i], &widths[i], NULL);
    }
  /* In two lines under the diamonds, none over another */
  pd_timeline_layout_place_labels (centres, widths, n, NAME_W, width, 2, places);
  for (guint i = 0; i < n; i++)
    {
      PdTimelineMilestone *milestone = g_ptr_array_index (self->data->milestones, i);
      double lh;

      if (layouts[i] == NULL)
        continue;
      append_diamond (snapshot, centres[i], top + 10, 11,
                      milestone->done_on != 0 ? &self->colors[COLOR_MILESTONE] : &bg,
                      &self->colors[COLOR_MILESTONE]);
      if (places[i].lane < 0)
        continue;
      pd_timeline_canvas_layout_size (layouts[i], NULL, &lh);
      pd_timeline_canvas_append_layout (snapshot, layouts[i], places[i].x, top + 17 + places[i].lane * 16, &self->fg);
    }
}

static void
draw_project_row (PdTimelineCanvas *self,
                  GtkSnapshot      *snapshot,
                  int               index,
                  Row              *row,
                  double            y,
                  double            width)
{
  guint32 start = row->start, due = row->due;
  double x0, x1, top = y + (ROW_H - BAR_H) / 2;
  const GdkRGBA *color = &self->colors[row->light];
  GdkRGBA track = with_alpha (color, 0.32);
  GPtrArray *reports, *milestones;
  GskRoundedRect rect;
  float widths[4] = { 1, 1, 1, 1 };
  GdkRGBA borders[4];

  if (index == self->drag_row && self->drag_mode >= PD_TIMELINE_DRAG_MOVE)
    pd_timeline_layout_shift_dates (row, self->drag_mode, self->drag_days, &start, &due);
  x0 = day_x (self, start);
  x1 = MAX (day_x (self, due + 1.0), x0 + 2);
  if (x1 >= NAME_W && x0 <= width)
    {
      double cx0 = MAX (x0, NAME_W - 8), cx1 = MIN (x1, width + 8);

      append_rounded (snapshot, &track, cx0, top, cx1 - cx0, BAR_H, 4);
      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (cx0, top, cx1 - cx0, BAR_H), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x0, top, pd_timeline_layout_fill_width (row, x0, x1), BAR_H));
      gtk_snapshot_pop (snapshot);
      for (guint i = 0; i < 4; i++)
        borders[i] = *color;
      if (index == self->focus)
        {
          for (guint i = 0; i < 4; i++)
            {
              borders[i] = self->colors[COLOR_SELECTION];
              borders[i].alpha = 1;
              widths[i] = 2;
            }
        }
      gtk_snapshot_append_border (snapshot, &rect, widths, borders);
      if (index == self->drag_row && self->drag_mode >= PD_TIMELINE_DRAG_MOVE)
        {
          g_autofree char *text = pd_timeline_canvas_format_range (start, due);
          PangoLayout *layout = pd_timeline_canvas_get_layout (self, 's', text);
          double lw, lh;

          pd_timeline_canvas_layout_size (layout, &lw, &lh);
          append_rounded (snapshot, &self->colors[COLOR_HEADER], MAX (x0, NAME_W + 2), y - lh + 4, lw + 8, lh, 4);
          pd_timeline_canvas_append_layout (snapshot, layout, MAX (x0, NAME_W + 2) + 4, y - lh + 4, &self->fg);
        }
    }

  if (self->data == NULL)
    return;
  reports = pd_timeline_data_get_reports (self->data, pd_project_get_id (row->project));
  for (guint i = 0; reports != NULL && i < reports->len; i++)
    {
      PdTimelineReport *report = g_ptr_array_index (reports, i);
      double x = day_x (self, report->reported_on + 0.5);

      if (x < NAME_W || x > width)
        continue;
      gtk_snapshot_append_color (snapshot, &self->colors[COLOR_REPORT],
                                 &GRAPHENE_RECT_INIT (round (x) - 1, top - 3, 2, BAR_H + 6));
      append_rounded (snapshot, &self->colors[COLOR_REPORT], round (x) - 3.5, top - 6, 7, 7, 3.5);
    }
  milestones = pd_timeline_data_get_milestones (self->data, pd_project_get_id (row->project));
  for (guint i = 0; milestones != NULL && i < milestones->len; i++)
    {
      PdTimelineMilestone *milestone = g_ptr_array_index (milestones, i);
      double x = day_x (self, milestone->due_on + 0.5);
      GdkRGBA bg = self->colors[COLOR_HEADER];

      bg.alpha = 1;
      if (x >= NAME_W - 8 && x <= width + 8)
        append_diamond (snapshot, x, y + ROW_H / 2, 10,
                        milestone->done_on != 0 ? &self->colors[COLOR_MILESTONE] : &bg,
                        &self->colors[COLOR_MILESTONE]);
    }
}

static void
draw_programme_row (PdTimelineCanvas *self,
                    GtkSnapshot      *snapshot,
                    Row              *row,
                    double            y,
                    double            width)
{
  double x0, x1, top = y + ROW_H / 2 - 4;
  GdkRGBA track = with_alpha (&self->colors[COLOR_SUMMARY], 0.3);

  if (row->n_projects == 0)
    return;
  x0 = day_x (self, row->start);
  x1 = day_x (self, row->due + 1.0);
  if (x1 < NAME_W || x0 > width)
    return;
  x0 = MAX (x0, NAME_W - 8);
  x1 = MIN (x1, width + 8);
  append_rounded (snapshot, &track, x0, top, x1 - x0, 8, 4);
  append_rounded (snapshot, &self->colors[COLOR_SUMMARY], x0, top,
                  (day_x (self, row->due + 1.0) - day_x (self, row->start)) * row->progress / 100.0 -
                  (x0 - day_x (self, row->start)), 8, 4);
}

static void
draw_name (PdTimelineCanvas *self,
           GtkSnapshot      *snapshot,
           int               index,
           double            y)
{
  Row *row = row_at_index (self, index);
  RowText *texts = pd_timeline_canvas_row_text (self, index);
  double lw, lh, x = 12, right = NAME_W - 12;
  char text[32];
  PangoLayout *layout;

  if (texts->name == NULL)
    {
      g_autofree char *name = NULL;

      if (row->project != NULL)
        name = g_strdup_printf ("%d  %s", pd_project_get_number (row->project), pd_project_get_title (row->project));
      else
        name = g_strdup_printf ("%s、%s", pd_programme_get_numeral (row->programme),
                                pd_programme_get_title (row->programme));
      texts->name = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
      pango_layout_set_ellipsize (texts->name, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (texts->name, (int)((NAME_W - (row->project ? 100 : 86)) * PANGO_SCALE));
      if (row->project == NULL)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_layout_set_attributes (texts->name, attrs);
          pango_attr_list_unref (attrs);
        }
    }

  /* The progress, right-aligned, and the light's shape in a column left
   * of the widest progress ("100%"), so that no shape touches it */
  g_snprintf (text, sizeof text, "%d%%", row->progress);
  layout = pd_timeline_canvas_get_layout (self, 's', text);
  pd_timeline_canvas_layout_size (layout, &lw, &lh);
  pd_timeline_canvas_append_layout (snapshot, layout, right - lw, y + (ROW_H - lh) / 2, &self->colors[COLOR_DIM]);
  pd_timeline_canvas_layout_size (pd_timeline_canvas_get_layout (self, 's', "100%"), &lw, NULL);
  right -= lw + 12;
  if (row->project != NULL)
    {
      layout = pd_timeline_canvas_get_layout (self, 'n', pd_traffic_light_get_symbol (row->light));
      pd_timeline_canvas_layout_size (layout, &lw, &lh);
      pd_timeline_canvas_append_layout (snapshot, layout, right - lw / 2, y + (ROW_H - lh) / 2,
                                        &self->colors[row->light]);
      x = 32;
    }
  else
    {
      layout = pd_timeline_canvas_get_layout (self, 'n', is_collapsed (self, row->programme) ? "▸" : "▾");
      pd_timeline_canvas_layout_size (layout, &lw, &lh);
      pd_timeline_canvas_append_layout (snapshot, layout, 10, y + (ROW_H - lh) / 2, &self->colors[COLOR_DIM]);
      x = 26;
    }
  pd_timeline_canvas_layout_size (texts->name, &lw, &lh);
  pd_timeline_canvas_append_layout (snapshot, texts->name, x, y + (ROW_H - lh) / 2, &self->fg);
}

void
pd_timeline_canvas_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  int first, last;
  GdkRGBA header = self->colors[COLOR_HEADER];
  gboolean focused = gtk_widget_has_focus (widget);
  double today_x = today_day (self) != 0 ? round (day_x (self, today_day (self) + 0.5)) : -1;
  PdTimelineTickUnit major, minor;

  get_rows_in_view (self, &first, &last);

  /* Rows: phases faintly behind, the grid, then bars */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (NAME_W, HEADER_H, width - NAME_W, height - HEADER_H));
  draw_phases (self, snapshot, FALSE, HEADER_H, height - HEADER_H, width);
  draw_grid (self, snapshot, HEADER_H, height - HEADER_H);
  for (int i = first; i <= last; i++)
    {
      Row *row = row_at_index (self, i);
      double y = row_y (self, i);

      if (i == self->focus)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_SELECTION],
                                   &GRAPHENE_RECT_INIT (NAME_W, y, width - NAME_W, ROW_H));
      else if (row->project == NULL)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                                   &GRAPHENE_RECT_INIT (NAME_W, y, width - NAME_W, 1));
      if (row->project != NULL)
        draw_project_row (self, snapshot, i, row, y, width);
      else
        draw_programme_row (self, snapshot, row, y, width);
    }
  if (today_x >= NAME_W)
    gtk_snapshot_append_color (snapshot, &self->colors[COLOR_TODAY],
                               &GRAPHENE_RECT_INIT (today_x - 1, HEADER_H, 2, height - HEADER_H));
  gtk_snapshot_pop (snapshot);

  /* Names */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_H, NAME_W, height - HEADER_H));
  gtk_snapshot_append_color (snapshot, &header, &GRAPHENE_RECT_INIT (0, HEADER_H, NAME_W, height - HEADER_H));
  for (int i = first; i <= last; i++)
    {
      Row *row = row_at_index (self, i);
      double y = row_y (self, i);

      if (i == self->focus)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_SELECTION],
                                   &GRAPHENE_RECT_INIT (0, y, NAME_W, ROW_H));
      else if (row->project == NULL)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                                   &GRAPHENE_RECT_INIT (0, y, NAME_W, 1));
      draw_name (self, snapshot, i, y);
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID], &GRAPHENE_RECT_INIT (NAME_W - 1, HEADER_H, 1, height - HEADER_H));

  /* The focus ring */
  if (focused && self->focus >= first && self->focus <= last)
    {
      GskRoundedRect ring;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA c = self->colors[COLOR_SELECTION];
      GdkRGBA colors[4];

      c.alpha = 1;
      for (guint i = 0; i < 4; i++)
        colors[i] = c;
      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (1, row_y (self, self->focus) + 1, width - 2, ROW_H - 2), 4);
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, HEADER_H, width, height - HEADER_H));
      gtk_snapshot_append_border (snapshot, &ring, widths, colors);
      gtk_snapshot_pop (snapshot);
    }

  /* The header */
  gtk_snapshot_append_color (snapshot, &header, &GRAPHENE_RECT_INIT (0, 0, width, HEADER_H));
  gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID], &GRAPHENE_RECT_INIT (0, HEADER_H - 1, width, 1));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (NAME_W, 0, width - NAME_W, HEADER_H));
  draw_phases (self, snapshot, TRUE, 0, PHASE_H, width);
  pd_timeline_axis_get_units (self->axis, &major, &minor);
  draw_ticks (self, snapshot, major, TRUE, PHASE_H, YEAR_H, width);
  if (minor != PD_TIMELINE_TICK_YEAR)
    draw_ticks (self, snapshot, minor, FALSE, PHASE_H + YEAR_H, MINOR_H, width);
  gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                             &GRAPHENE_RECT_INIT (NAME_W, HEADER_H - MILESTONE_H, width - NAME_W, 1));
  draw_milestones (self, snapshot, HEADER_H - MILESTONE_H, width);
  if (today_x >= NAME_W && today_x <= width)
    {
      PangoLayout *layout = pd_timeline_canvas_get_layout (self, 'B', C_("timeline", "Today"));
      double lw, lh;

      pd_timeline_canvas_layout_size (layout, &lw, &lh);
      gtk_snapshot_append_color (snapshot, &self->colors[COLOR_TODAY],
                                 &GRAPHENE_RECT_INIT (today_x - 1, PHASE_H, 2, HEADER_H - PHASE_H));
      append_rounded (snapshot, &self->colors[COLOR_TODAY], today_x - lw / 2 - 5, PHASE_H + YEAR_H + 1, lw + 10, lh + 2, 4);
      pd_timeline_canvas_append_layout (snapshot, layout, today_x - lw / 2, PHASE_H + YEAR_H + 2, &header);
    }
  gtk_snapshot_pop (snapshot);

  /* The corner: what each band of the header shows */
  {
    const char *names[] = { _("Phases"), NULL, NULL, _("Milestones") };
    double tops[] = { 0, PHASE_H, PHASE_H + YEAR_H, HEADER_H - MILESTONE_H };
    double heights[] = { PHASE_H, YEAR_H, MINOR_H, MILESTONE_H };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        PangoLayout *layout;
        double lw, lh;

        if (names[i] == NULL)
          continue;
        layout = pd_timeline_canvas_get_layout (self, 's', names[i]);
        pd_timeline_canvas_layout_size (layout, &lw, &lh);
        pd_timeline_canvas_append_layout (snapshot, layout, NAME_W - 12 - lw, tops[i] + (heights[i] - lh) / 2, &self->colors[COLOR_DIM]);
      }
    gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID], &GRAPHENE_RECT_INIT (NAME_W - 1, 0, 1, HEADER_H));
  }
}

