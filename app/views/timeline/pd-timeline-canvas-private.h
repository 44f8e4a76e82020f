/* pd-timeline-canvas-private.h — what the timeline canvas' files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas is drawn in pd-timeline-canvas-draw.c; input, accessibility
 * and its API are in pd-timeline-canvas.c; what goes where is worked out by
 * PdTimelineLayout.
 */
#pragma once

#include <gtk/gtk.h>

#include "pd-timeline-canvas.h"
#include "pd-timeline-layout.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

#define NAME_W      PD_TIMELINE_NAME_W
#define PHASE_H     PD_TIMELINE_PHASE_H
#define YEAR_H      PD_TIMELINE_YEAR_H
#define MINOR_H     PD_TIMELINE_MINOR_H
#define MILESTONE_H PD_TIMELINE_MILESTONE_H
#define HEADER_H    PD_TIMELINE_HEADER_H
#define ROW_H       PD_TIMELINE_ROW_H
#define BAR_H       PD_TIMELINE_BAR_H

typedef enum
{
  COLOR_GREEN,   /* in PdTrafficLight order */
  COLOR_YELLOW,
  COLOR_RED,
  COLOR_BLUE,
  COLOR_GREY,
  COLOR_PHASE_ODD,
  COLOR_PHASE_EVEN,
  COLOR_TODAY,
  COLOR_GRID,
  COLOR_MILESTONE,
  COLOR_REPORT,
  COLOR_SELECTION,
  COLOR_SUMMARY,
  COLOR_HEADER,
  COLOR_DIM,
  N_COLORS
} Color;

typedef PdTimelineRow Row;

/* What is drawn and said of a row, made when it is first in view and
 * dropped when the rows are rebuilt. */
typedef struct
{
  PangoLayout    *name;        /* made when first drawn */
  char           *label;       /* for screen readers */
  char           *description;
} RowText;

struct _PdTimelineCanvas
{
  GtkWidget       parent_instance;

  PdTimelineAxis *axis;
  PdHistory      *history;
  PdStore        *store;
  PdTimelineData *data;        /* not owned */

  PdTimelineLayout *layout;    /* the rows and the geometry */
  GArray         *texts;       /* of RowText, one per row */
  GHashTable     *layouts;     /* "style:text" → PangoLayout */
  GtkWidget      *swatches[N_COLORS];
  GdkRGBA         colors[N_COLORS];
  GdkRGBA         fg;

  /* Accessible stand-ins (PdTimelineItem), kept for reuse when hidden */
  GPtrArray      *row_items;   /* tree items for the rows in view, in order */
  GtkWidget      *phase_list;  /* a list of the phases in view */
  GPtrArray      *phase_items;
  GtkWidget      *milestone_list;
  GPtrArray      *milestone_items;
  GHashTable     *header_texts;  /* phase or milestone → its description */

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
  guint           adjusting : 1;

  int             focus;       /* row index, -1: none */
  double          pointer_x;   /* over the canvas; -1: elsewhere */
  PdProject      *selected;    /* weak: the store keeps it */
  int             pending_reveal; /* a row to scroll to once allocated; -1: none */

  PdTimelineDrag  drag_mode;
  int             drag_row;
  int             drag_days;
  double          drag_h0;
  double          drag_v0;
};

/* Helpers */

static inline double
chart_width (PdTimelineCanvas *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - NAME_W);
}

static inline double
vscroll (PdTimelineCanvas *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0.0;
}

/* x in the widget of the start of @day */
static inline double
day_x (PdTimelineCanvas *self,
       double            day)
{
  return pd_timeline_layout_day_x (self->layout, day);
}

static inline guint
n_rows (PdTimelineCanvas *self)
{
  return pd_timeline_layout_get_n_rows (self->layout);
}

static inline Row *
row_at_index (PdTimelineCanvas *self,
              int               index)
{
  return pd_timeline_layout_get_row (self->layout, index);
}

static inline int
row_index_at_y (PdTimelineCanvas *self,
                double            y)
{
  return pd_timeline_layout_row_at_y (self->layout, y, vscroll (self));
}

static inline double
row_y (PdTimelineCanvas *self,
       int               index)
{
  return pd_timeline_layout_row_y (self->layout, index, vscroll (self));
}

static inline void
get_rows_in_view (PdTimelineCanvas *self,
                  int              *first,
                  int              *last)
{
  pd_timeline_layout_get_rows_in_view (self->layout, vscroll (self), gtk_widget_get_height (GTK_WIDGET (self)),
                                       first, last);
}

static inline gboolean
is_collapsed (PdTimelineCanvas *self,
              PdProgramme      *programme)
{
  return pd_timeline_layout_get_collapsed (self->layout, programme);
}

static inline guint32
today_day (PdTimelineCanvas *self)
{
  return pd_timeline_layout_get_today_day (self->layout);
}

static inline GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

PangoLayout *pd_timeline_canvas_get_layout    (PdTimelineCanvas *self,
                                             char              style,
                                             const char       *text);
void         pd_timeline_canvas_layout_size   (PangoLayout      *layout,
                                             double           *width,
                                             double           *height);
void         pd_timeline_canvas_append_layout (GtkSnapshot      *snapshot,
                                             PangoLayout      *layout,
                                             double            x,
                                             double            y,
                                             const GdkRGBA    *color);
RowText     *pd_timeline_canvas_row_text      (PdTimelineCanvas *self,
                                             int               index);
char        *pd_timeline_canvas_format_day    (guint32           day);
char        *pd_timeline_canvas_format_range  (guint32           first,
                                             guint32           last);
void         pd_timeline_canvas_snapshot      (GtkWidget        *widget,
                                             GtkSnapshot      *snapshot);

G_END_DECLS
