/* pd-timeline-canvas.c — the timeline's ruler and rows, drawn on one shared axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget draws the whole timeline: a header (phase bands, years with
 * quarters, months or days as the zoom allows, the plan's milestones) and
 * one row per programme and per project of an expanded programme, each with
 * its name in a column on the left and its bar on the shared
 * PdTimelineAxis. Only the rows in view are drawn; text layouts are cached
 * until the data or the style changes. Colours come from the style sheet
 * through hidden PdTimelineSwatch children.
 *
 * The canvas is GtkScrollable: the horizontal adjustment is the axis'
 * offset, the vertical one scrolls the rows under the fixed header.
 *
 * Edits go through the history as commands: dragging a bar (or one of its
 * ends) is one pd_command_set_project_dates(), snapped to whole days, and so
 * is Alt+Left/Right (a day; a week with Shift).
 *
 * For screen readers the canvas is a tree (it keeps the keyboard focus) and
 * what it draws is stood for by undrawn PdTimelineItem children, recycled
 * as the view scrolls so that only what is in view has one (the way list
 * views recycle their rows): a tree item per row in view, named with the
 * project's number and title (or the programme's), described with its
 * dates, progress and light (or the programme's summary) and selected when
 * the keyboard is on it; and two lists over the header, the phases and the
 * milestones in view, by name. They are laid out in size_allocate; drawing
 * never touches them.
 *
 * Lights are computed for "today" (pd_traffic_light_dup_today()), read
 * again when the `today` setting changes; PLANDESK_TODAY, when set, wins.
 */
#define G_LOG_DOMAIN "pd-timeline-canvas"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-timeline-canvas.h"
#include "pd-timeline-item.h"
#include "pd-timeline-swatch.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"

#define NAME_W      320.0
#define PHASE_H     30.0
#define YEAR_H      24.0
#define MINOR_H     22.0
#define MILESTONE_H 52.0
#define HEADER_H    (PHASE_H + YEAR_H + MINOR_H + MILESTONE_H)
#define ROW_H       32.0
#define BAR_H       16.0
#define HANDLE_W    6.0
#define BOTTOM_PAD  24.0

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

static const char * const color_classes[N_COLORS] = {
  "light-green", "light-yellow", "light-red", "light-blue", "light-grey",
  "phase-odd", "phase-even", "today", "grid", "milestone", "report",
  "selection", "summary", "header", "dim",
};

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
} DragMode;

typedef struct
{
  PdProgramme    *programme;
  PdProject      *project;     /* NULL: the programme's own row */
  guint32         start;
  guint32         due;
  int             progress;
  PdTrafficLight  light;
  guint           n_projects;
  guint           n_lights[PD_N_TRAFFIC_LIGHTS];
  PangoLayout    *name;        /* made when first drawn */
  char           *label;       /* for screen readers: made when first in view */
  char           *description;
} Row;

struct _PdTimelineCanvas
{
  GtkWidget       parent_instance;

  PdTimelineAxis *axis;
  PdHistory      *history;
  PdStore        *store;
  PdTimelineData *data;        /* not owned */

  GArray         *rows;        /* of Row */
  GHashTable     *collapsed;   /* programme ids (gint64 *) collapsed */
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
  char           *today;
  guint32         today_day;
  guint32         period_start;
  guint32         period_end;

  DragMode        drag_mode;
  int             drag_row;
  int             drag_days;
  double          drag_h0;
  double          drag_v0;
};

static void pd_timeline_canvas_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdTimelineCanvas, pd_timeline_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, pd_timeline_canvas_scrollable_init))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  ACTIVATED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void pd_timeline_canvas_scrollable_init (GtkScrollableInterface *iface) { }

static void update_items (PdTimelineCanvas *self);

/* Helpers */

static double
chart_width (PdTimelineCanvas *self)
{
  return MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - NAME_W);
}

static double
rows_height (PdTimelineCanvas *self)
{
  return self->rows->len * ROW_H + BOTTOM_PAD;
}

static double
vscroll (PdTimelineCanvas *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0.0;
}

/* x in the widget of the start of @day */
static double
day_x (PdTimelineCanvas *self,
       double            day)
{
  return NAME_W + pd_timeline_axis_day_to_x (self->axis, day);
}

static Row *
row_at_index (PdTimelineCanvas *self,
              int               index)
{
  if (index < 0 || (guint)index >= self->rows->len)
    return NULL;
  return &g_array_index (self->rows, Row, index);
}

static int
row_index_at_y (PdTimelineCanvas *self,
                double            y)
{
  double content_y;
  int index;

  if (y < HEADER_H)
    return -1;
  content_y = y - HEADER_H + vscroll (self);
  index = (int)floor (content_y / ROW_H);
  return index >= 0 && (guint)index < self->rows->len ? index : -1;
}

static double
row_y (PdTimelineCanvas *self,
       int               index)
{
  return HEADER_H + index * ROW_H - vscroll (self);
}

/* The rows at least partly in view under the header: from *@first to
 * *@last, none when *@last < *@first. */
static void
get_rows_in_view (PdTimelineCanvas *self,
                  int              *first,
                  int              *last)
{
  double scroll = vscroll (self);
  double page = gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_H;

  *first = MAX (0, (int)floor (scroll / ROW_H));
  *last = page > 0 ? MIN ((int)self->rows->len - 1, (int)ceil ((scroll + page) / ROW_H) - 1) : -1;
}

/* A day as people read it: 2013-03-31, or 2013年3月31日 in Chinese. */
static char *
format_day (guint32 day)
{
  g_autofree char *iso = NULL;

  if (day == 0)
    return g_strdup ("—");
  iso = pd_timeline_format_day (day);
  return pd_date_format (iso);
}

static char *
format_range (guint32 first,
              guint32 last)
{
  g_autofree char *a = format_day (first);
  g_autofree char *b = format_day (last);

  /* Translators: a span of days, first and last (Chinese: %s至%s) */
  return g_strdup_printf (C_("date range", "%s – %s"), a, b);
}

static const char *
light_shape (PdTrafficLight light)
{
  switch (light)
    {
    case PD_TRAFFIC_LIGHT_GREEN:
      return "●";
    case PD_TRAFFIC_LIGHT_YELLOW:
      return "▲";
    case PD_TRAFFIC_LIGHT_RED:
      return "■";
    case PD_TRAFFIC_LIGHT_BLUE:
      return "✔";
    case PD_TRAFFIC_LIGHT_GREY:
    case PD_N_TRAFFIC_LIGHTS:
    default:
      return "○";
    }
}

/* Layouts, cached by style and text */

static PangoLayout *
get_layout (PdTimelineCanvas *self,
            char              style,
            const char       *text)
{
  g_autofree char *key = g_strdup_printf ("%c:%s", style, text);
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  if (layout == NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      if (style == 'b' || style == 'B')
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      if (style == 's' || style == 'B')
        pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      g_hash_table_insert (self->layouts, g_steal_pointer (&key), layout);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               double         x,
               double         y,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
clear_row_layouts (PdTimelineCanvas *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      g_clear_object (&row->name);
      g_clear_pointer (&row->label, g_free);
      g_clear_pointer (&row->description, g_free);
    }
}

/* Colours */

static void
update_colors (PdTimelineCanvas *self)
{
  for (guint i = 0; i < N_COLORS; i++)
    pd_timeline_swatch_get_color (PD_TIMELINE_SWATCH (self->swatches[i]), &self->colors[i]);
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &self->fg);
}

static void
on_swatch_style_changed (PdTimelineCanvas *self)
{
  update_colors (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

/* Adjustments */

static void
configure_adjustments (PdTimelineCanvas *self)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->axis == NULL)  /* constructing */
    return;
  self->adjusting = TRUE;
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              pd_timeline_axis_get_offset (self->axis),
                              0.0, pd_timeline_axis_get_content_width (self->axis),
                              ROW_H, chart_width (self) * 0.9, chart_width (self));
  if (self->vadjustment != NULL)
    {
      double page = MAX (1.0, height - HEADER_H);
      double upper = MAX (page, rows_height (self));

      gtk_adjustment_configure (self->vadjustment,
                                MIN (gtk_adjustment_get_value (self->vadjustment), upper - page),
                                0.0, upper, ROW_H, page * 0.9, page);
    }
  self->adjusting = FALSE;
}

static void
on_hadjustment_value_changed (PdTimelineCanvas *self)
{
  if (self->adjusting)
    return;
  pd_timeline_axis_set_offset (self->axis, gtk_adjustment_get_value (self->hadjustment));
}

static void
on_vadjustment_value_changed (PdTimelineCanvas *self)
{
  update_items (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PdTimelineCanvas  *self,
                GtkAdjustment    **slot,
                GtkAdjustment     *adjustment,
                GCallback          callback)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", callback, self);
  configure_adjustments (self);
}

static void
on_axis_changed (PdTimelineCanvas *self)
{
  configure_adjustments (self);
  update_items (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Rows */

static void
compute_light (PdTimelineCanvas *self,
               Row              *row)
{
  PdProject *project = row->project;

  row->light = pd_traffic_light (pd_project_get_status (project), pd_project_get_progress (project),
                                 pd_project_get_start_on (project), pd_project_get_due_on (project),
                                 self->today);
}

static gboolean
is_collapsed (PdTimelineCanvas *self,
              PdProgramme      *programme)
{
  gint64 id = pd_programme_get_id (programme);

  return g_hash_table_contains (self->collapsed, &id);
}

static void
rebuild_rows (PdTimelineCanvas *self)
{
  GListModel *programmes;
  guint32 first = self->period_start, last = self->period_end;

  clear_row_layouts (self);
  g_array_set_size (self->rows, 0);
  if (self->store == NULL)
    return;

  programmes = pd_store_get_programmes (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      guint n = g_list_model_get_n_items (projects);
      gboolean collapsed = is_collapsed (self, programme);
      guint programme_index = self->rows->len;
      Row prow = { .programme = programme, .n_projects = n };
      int progress_sum = 0;

      g_array_append_val (self->rows, prow);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          Row row = { .programme = programme, .project = project };
          Row *p;

          row.start = pd_timeline_parse_day (pd_project_get_start_on (project));
          row.due = pd_timeline_parse_day (pd_project_get_due_on (project));
          if (row.start == 0)
            row.start = self->period_start;
          if (row.due == 0)
            row.due = MAX (self->period_end, row.start);
          if (row.due < row.start)
            row.due = row.start;
          row.progress = pd_project_get_progress (project);
          compute_light (self, &row);
          first = MIN (first, row.start);
          last = MAX (last, row.due);
          progress_sum += row.progress;

          p = &g_array_index (self->rows, Row, programme_index);
          p->n_lights[row.light]++;
          p->start = p->start == 0 ? row.start : MIN (p->start, row.start);
          p->due = MAX (p->due, row.due);
          if (!collapsed)
            g_array_append_val (self->rows, row);
        }
      if (n > 0)
        g_array_index (self->rows, Row, programme_index).progress = (progress_sum + (int)n / 2) / (int)n;
    }

  if (self->today_day != 0)
    last = MAX (last, self->today_day);
  if (first != 0 && last >= first)
    pd_timeline_axis_set_range (self->axis, pd_timeline_axis_unit_start (PD_TIMELINE_TICK_YEAR, first),
                                pd_timeline_axis_unit_next (PD_TIMELINE_TICK_YEAR, last) - 1);

  /* Keep the focus on the selected project, or on a row still there. */
  self->focus = MIN (self->focus, (int)self->rows->len - 1);
  if (self->selected != NULL)
    {
      self->focus = -1;
      for (guint i = 0; i < self->rows->len; i++)
        if (g_array_index (self->rows, Row, i).project == self->selected)
          {
            self->focus = (int)i;
            break;
          }
      if (self->focus < 0)
        self->selected = NULL;
    }
}

static void
update_accessible (PdTimelineCanvas *self)
{
  Row *row = row_at_index (self, self->focus);
  g_autofree char *description = NULL;

  if (row != NULL)
    description = pd_timeline_canvas_dup_description (self, row->project != NULL ?
                                                      G_OBJECT (row->project) : G_OBJECT (row->programme));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

/* Accessible stand-ins */

static char *dup_milestone_text (PdTimelineMilestone *milestone);

static char *
dup_programme_summary (Row *row)
{
  GString *text = g_string_new (NULL);

  /* Translators: a programme's summary on the timeline: how many projects
   * it has and their average progress; followed by the count of each light */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u project, %d%% done on average",
                                             "%u projects, %d%% done on average", row->n_projects),
                          row->n_projects, row->progress);
  for (PdTrafficLight l = 0; l < PD_N_TRAFFIC_LIGHTS; l++)
    if (row->n_lights[l] > 0)
      {
        g_string_append (text, " · ");
        /* Translators: a traffic light (亮灯) and how many projects have it */
        g_string_append_printf (text, C_("light count", "%s: %u"), pd_traffic_light_get_label (l),
                                row->n_lights[l]);
      }
  return g_string_free (text, FALSE);
}

/* What a screen reader says of a row: the name drawn on its left, then its
 * dates, progress and light (a project) or its summary (a programme). Made
 * when the row first comes into view, dropped when the rows are rebuilt. */
static void
ensure_row_text (PdTimelineCanvas *self,
                 Row              *row)
{
  if (row->label != NULL)
    return;
  if (row->project != NULL)
    {
      g_autofree char *dates = format_range (row->start, row->due);
      GPtrArray *milestones = NULL;
      GString *text = g_string_new (NULL);

      row->label = g_strdup_printf ("%d %s", pd_project_get_number (row->project),
                                    pd_project_get_title (row->project));
      /* Translators: what a screen reader says of a project's bar on the
       * timeline after its number and title: its first and last day (a
       * span of days), its progress and its traffic light (亮灯) */
      g_string_append_printf (text, _("%s · %d%% done · Traffic light: %s"), dates, row->progress,
                              pd_traffic_light_get_label (row->light));
      if (self->data != NULL)
        milestones = pd_timeline_data_get_milestones (self->data, pd_project_get_id (row->project));
      for (guint i = 0; milestones != NULL && i < milestones->len; i++)
        {
          g_autofree char *milestone = dup_milestone_text (g_ptr_array_index (milestones, i));

          g_string_append_printf (text, "\n%s", milestone);
        }
      row->description = g_string_free (text, FALSE);
    }
  else
    {
      row->label = g_strdup_printf ("%s、%s", pd_programme_get_numeral (row->programme),
                                    pd_programme_get_title (row->programme));
      row->description = dup_programme_summary (row);
    }
}

/* A phase's or milestone's description, cached until the data is loaded
 * again: items are reassigned on every scroll and zoom. */
static const char *
header_description (PdTimelineCanvas *self,
                    gpointer          thing,
                    gboolean          is_phase)
{
  char *text = g_hash_table_lookup (self->header_texts, thing);

  if (text != NULL)
    return text;
  if (is_phase)
    {
      PdTimelinePhase *phase = thing;

      text = format_range (phase->starts_on, phase->ends_on);
      if (phase->summary != NULL && phase->summary[0] != '\0')
        {
          char *dates = text;

          text = g_strdup_printf ("%s\n%s", dates, phase->summary);
          g_free (dates);
        }
    }
  else
    {
      PdTimelineMilestone *milestone = thing;
      g_autofree char *due = format_day (milestone->due_on);

      if (milestone->done_on != 0)
        {
          g_autofree char *done = format_day (milestone->done_on);

          /* Translators: a milestone (节点) as a screen reader describes it,
           * after its title: its due date and the day it was done */
          text = g_strdup_printf (_("Due %s · done %s"), due, done);
        }
      else
        /* Translators: a milestone (节点) as a screen reader describes it,
         * after its title: its due date, not done yet */
        text = g_strdup_printf (_("Due %s · not done"), due);
    }
  g_hash_table_insert (self->header_texts, thing, text);
  return text;
}

static PdTimelineItem *
pool_item (GPtrArray         *pool,
           GtkWidget         *parent,
           guint              index,
           GtkAccessibleRole  role)
{
  while (pool->len <= index)
    {
      GtkWidget *item = pd_timeline_item_new (role);

      gtk_widget_set_visible (item, FALSE);
      gtk_widget_set_parent (item, parent);
      g_ptr_array_add (pool, item);
    }
  gtk_widget_set_visible (g_ptr_array_index (pool, index), TRUE);
  return g_ptr_array_index (pool, index);
}

/* Hides the items from @n on: kept to stand for what comes into view next. */
static void
pool_hide_from (GPtrArray *pool,
                guint      n)
{
  for (guint i = n; i < pool->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (pool, i), FALSE);
}

/* Gives an item to each row, phase and milestone in view, and each item
 * its text, states and area; size_allocate lays them out. Only the few
 * things in view are touched, so this stays cheap at any plan size. */
static void
sync_items (PdTimelineCanvas *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  int first, last;
  guint n = 0;

  if (self->row_items == NULL)  /* disposed */
    return;

  get_rows_in_view (self, &first, &last);
  for (int i = first; i <= last; i++, n++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      PdTimelineItem *item = pool_item (self->row_items, GTK_WIDGET (self), n, GTK_ACCESSIBLE_ROLE_TREE_ITEM);

      ensure_row_text (self, row);
      pd_timeline_item_set_text (item, row->label, row->description);
      pd_timeline_item_set_level (item, row->project != NULL ? 2 : 1);
      pd_timeline_item_set_expanded (item, row->project != NULL ? -1 : !is_collapsed (self, row->programme));
      pd_timeline_item_set_selected (item, i == self->focus);
      pd_timeline_item_set_area (item, 0, row_y (self, i), width, ROW_H);
    }
  pool_hide_from (self->row_items, n);

  n = 0;
  for (guint i = 0; self->data != NULL && i < self->data->phases->len; i++)
    {
      PdTimelinePhase *phase = g_ptr_array_index (self->data->phases, i);
      double x0 = MAX (day_x (self, phase->starts_on), NAME_W);
      double x1 = MIN (day_x (self, phase->ends_on + 1.0), width);
      PdTimelineItem *item;

      if (x1 <= x0)
        continue;
      item = pool_item (self->phase_items, self->phase_list, n++, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      pd_timeline_item_set_text (item, phase->name, header_description (self, phase, TRUE));
      pd_timeline_item_set_area (item, x0 - NAME_W, 0, x1 - x0, PHASE_H);
    }
  pool_hide_from (self->phase_items, n);
  gtk_widget_set_visible (self->phase_list, n > 0);
  pd_timeline_item_set_area (PD_TIMELINE_ITEM (self->phase_list), NAME_W, 0, width - NAME_W, PHASE_H);

  n = 0;
  for (guint i = 0; self->data != NULL && i < self->data->milestones->len; i++)
    {
      PdTimelineMilestone *milestone = g_ptr_array_index (self->data->milestones, i);
      double x = day_x (self, milestone->due_on + 0.5);
      PdTimelineItem *item;

      if (x < NAME_W || x > width)
        continue;
      item = pool_item (self->milestone_items, self->milestone_list, n++, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      pd_timeline_item_set_text (item, milestone->title, header_description (self, milestone, FALSE));
      pd_timeline_item_set_area (item, MAX (x - 8 - NAME_W, 0), 0, 16, MILESTONE_H);
    }
  pool_hide_from (self->milestone_items, n);
  gtk_widget_set_visible (self->milestone_list, n > 0);
  pd_timeline_item_set_area (PD_TIMELINE_ITEM (self->milestone_list), NAME_W, HEADER_H - MILESTONE_H,
                             width - NAME_W, MILESTONE_H);
}

/* After the view scrolled, zoomed, or its rows or focus changed. */
static void
update_items (PdTimelineCanvas *self)
{
  sync_items (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
reload (PdTimelineCanvas *self)
{
  g_hash_table_remove_all (self->header_texts);
  g_clear_pointer (&self->today, g_free);
  self->today = pd_traffic_light_dup_today ();
  self->today_day = pd_timeline_parse_day (self->today);
  self->period_start = self->period_end = 0;
  if (self->store != NULL)
    {
      self->period_start = pd_timeline_parse_day (pd_store_get_period_start (self->store));
      self->period_end = pd_timeline_parse_day (pd_store_get_period_end (self->store));
    }
  if (self->period_start == 0)
    self->period_start = pd_timeline_day_from_ymd (2013, 1, 1);
  if (self->period_end < self->period_start)
    self->period_end = pd_timeline_axis_unit_next (PD_TIMELINE_TICK_YEAR, self->period_start) - 1;

  rebuild_rows (self);
  configure_adjustments (self);
  update_accessible (self);
  update_items (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The date lights are shown for changed (the `today` setting, for a
 * demonstration): the lights, the bars' colours, the today line and what
 * screen readers are told all follow. Nothing changes while PLANDESK_TODAY
 * fixes the date. */
static void
today_changed_cb (PdTimelineCanvas *self)
{
  g_autofree char *today = pd_traffic_light_dup_today ();

  if (g_strcmp0 (today, self->today) != 0)
    reload (self);
}

/* Focus and selection */

static void
reveal_row (PdTimelineCanvas *self,
            int               index)
{
  double top = index * ROW_H;
  double value, page;

  if (self->vadjustment == NULL || index < 0)
    return;
  value = gtk_adjustment_get_value (self->vadjustment);
  page = gtk_adjustment_get_page_size (self->vadjustment);
  if (top < value)
    gtk_adjustment_set_value (self->vadjustment, top);
  else if (top + ROW_H > value + page)
    gtk_adjustment_set_value (self->vadjustment, top + ROW_H - page);
}

static void
set_focus_row (PdTimelineCanvas *self,
               int               index,
               gboolean          notify)
{
  Row *row;
  PdProject *old = self->selected;

  index = CLAMP (index, -1, (int)self->rows->len - 1);
  row = row_at_index (self, index);
  self->focus = index;
  self->selected = row != NULL ? row->project : NULL;
  reveal_row (self, index);
  update_accessible (self);
  update_items (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (notify && old != self->selected)
    g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
toggle_programme (PdTimelineCanvas *self,
                  PdProgramme      *programme)
{
  pd_timeline_canvas_set_expanded (self, programme, is_collapsed (self, programme));
}

/* Edits */

static gboolean
set_dates (PdTimelineCanvas *self,
           PdProject        *project,
           guint32           start,
           guint32           due)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;
  g_autofree char *start_on = pd_timeline_format_day (start);
  g_autofree char *due_on = pd_timeline_format_day (due);

  if (self->history == NULL)
    return FALSE;
  command = pd_command_set_project_dates (project, start_on, due_on, &error);
  if (command == NULL || !pd_history_push (self->history, command, &error))
    {
      g_signal_emit (self, signals[ERROR], 0, error != NULL ? error->message : "");
      return FALSE;
    }
  return TRUE;
}

static void
shifted_dates (Row      *row,
               DragMode  mode,
               int       days,
               guint32  *start,
               guint32  *due)
{
  gint64 s = row->start, d = row->due;

  switch (mode)
    {
    case DRAG_MOVE:
      s += days;
      d += days;
      break;
    case DRAG_START:
      s = MIN (s + days, d);
      break;
    case DRAG_END:
      d = MAX (d + days, s);
      break;
    case DRAG_NONE:
    case DRAG_PAN:
    default:
      break;
    }
  *start = (guint32)MAX (s, 1);
  *due = (guint32)MAX (d, 1);
}

/* Moves the selected project's bar by @days: one command. */
void
pd_timeline_canvas_nudge (PdTimelineCanvas *self,
                          int               days)
{
  Row *row;
  guint32 start, due;

  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  row = row_at_index (self, self->focus);
  if (row == NULL || row->project == NULL || days == 0)
    return;
  shifted_dates (row, DRAG_MOVE, days, &start, &due);
  set_dates (self, row->project, start, due);
}

/* Dragging */

static DragMode
hit_bar (PdTimelineCanvas *self,
         double            x,
         double            y,
         int              *index)
{
  int i = row_index_at_y (self, y);
  Row *row = row_at_index (self, i);
  double x0, x1, top;

  *index = i;
  if (row == NULL || row->project == NULL || x < NAME_W)
    return DRAG_NONE;
  top = row_y (self, i) + (ROW_H - BAR_H) / 2;
  if (y < top - 4 || y > top + BAR_H + 4)
    return DRAG_NONE;
  x0 = day_x (self, row->start);
  x1 = day_x (self, row->due + 1);
  if (x < x0 - HANDLE_W || x > x1 + HANDLE_W)
    return DRAG_NONE;
  if (x1 - x0 > 3 * HANDLE_W)
    {
      if (x < x0 + HANDLE_W)
        return DRAG_START;
      if (x > x1 - HANDLE_W)
        return DRAG_END;
    }
  return DRAG_MOVE;
}

static void
drag_begin (PdTimelineCanvas *self,
            double            x,
            double            y)
{
  int index;
  DragMode mode = hit_bar (self, x, y, &index);

  self->drag_days = 0;
  if (mode != DRAG_NONE && self->history != NULL)
    {
      self->drag_mode = mode;
      self->drag_row = index;
      set_focus_row (self, index, TRUE);
    }
  else
    {
      self->drag_mode = DRAG_PAN;
      self->drag_row = -1;
      self->drag_h0 = pd_timeline_axis_get_offset (self->axis);
      self->drag_v0 = vscroll (self);
    }
}

static void
drag_update (PdTimelineCanvas *self,
             double            dx,
             double            dy)
{
  if (self->drag_mode == DRAG_PAN)
    {
      pd_timeline_axis_set_offset (self->axis, self->drag_h0 - dx);
      if (self->vadjustment != NULL)
        gtk_adjustment_set_value (self->vadjustment, self->drag_v0 - dy);
    }
  else if (self->drag_mode != DRAG_NONE)
    {
      double exact = dx / pd_timeline_axis_get_ppd (self->axis);
      int days = (int)(exact >= 0 ? exact + 0.5 : exact - 0.5);

      if (days != self->drag_days)
        {
          self->drag_days = days;
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
    }
}

static void
drag_end (PdTimelineCanvas *self,
          double            dx,
          double            dy)
{
  DragMode mode = self->drag_mode;
  Row *row = row_at_index (self, self->drag_row);
  int days;

  drag_update (self, dx, dy);
  days = self->drag_days;
  self->drag_mode = DRAG_NONE;
  self->drag_days = 0;
  self->drag_row = -1;
  if (mode != DRAG_PAN && mode != DRAG_NONE && row != NULL && row->project != NULL && days != 0)
    {
      guint32 start, due;

      shifted_dates (row, mode, days, &start, &due);
      set_dates (self, row->project, start, due);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               PdTimelineCanvas *self)
{
  drag_begin (self, x, y);
}

static void
on_drag_update (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                PdTimelineCanvas *self)
{
  drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag   *gesture,
             double            dx,
             double            dy,
             PdTimelineCanvas *self)
{
  drag_end (self, dx, dy);
}

/* Drags from (@x, @y) by (@dx, @dy), as the pointer would. */
void
pd_timeline_canvas_drag (PdTimelineCanvas *self,
                         double            x,
                         double            y,
                         double            dx,
                         double            dy)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  drag_begin (self, x, y);
  drag_update (self, dx / 2, dy / 2);
  drag_end (self, dx, dy);
}

/* Clicks, keys, scrolling */

static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            PdTimelineCanvas *self)
{
  int index = row_index_at_y (self, y);
  Row *row = row_at_index (self, index);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (row == NULL)
    return;
  set_focus_row (self, index, TRUE);
  if (row->project == NULL && (n_press == 2 || x < NAME_W))
    toggle_programme (self, row->programme);
  else if (row->project != NULL && n_press == 2)
    g_signal_emit (self, signals[ACTIVATED], 0, row->project);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdTimelineCanvas      *self)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  int page = MAX (1, (int)((gtk_widget_get_height (GTK_WIDGET (self)) - HEADER_H) / ROW_H) - 1);
  Row *row = row_at_index (self, self->focus);

  if (state & GDK_CONTROL_MASK)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      set_focus_row (self, MAX (0, self->focus - 1), TRUE);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      set_focus_row (self, self->focus + 1, TRUE);
      return TRUE;
    case GDK_KEY_Page_Up:
      set_focus_row (self, MAX (0, self->focus - page), TRUE);
      return TRUE;
    case GDK_KEY_Page_Down:
      set_focus_row (self, self->focus + page, TRUE);
      return TRUE;
    case GDK_KEY_Home:
      set_focus_row (self, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
      set_focus_row (self, (int)self->rows->len - 1, TRUE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Right:
      {
        int sign = (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left) ? -1 : 1;

        if (alt)
          pd_timeline_canvas_nudge (self, sign * (shift ? 7 : 1));
        else if (row != NULL && row->project == NULL && (sign < 0) != is_collapsed (self, row->programme))
          toggle_programme (self, row->programme);
        else
          pd_timeline_axis_set_offset (self->axis, pd_timeline_axis_get_offset (self->axis) +
                                       sign * chart_width (self) / 8);
        return TRUE;
      }
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      if (row == NULL)
        return FALSE;
      if (row->project == NULL)
        toggle_programme (self, row->programme);
      else
        g_signal_emit (self, signals[ACTIVATED], 0, row->project);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Where the pointer is over the canvas (-1: not over it), for zooming
 * around it: GTK 4.8's scroll events carry no position of their own. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PdTimelineCanvas         *self)
{
  self->pointer_x = x;
}

static void
on_leave (GtkEventControllerMotion *controller,
          PdTimelineCanvas         *self)
{
  self->pointer_x = -1;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PdTimelineCanvas         *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0)
    return FALSE;
  pd_timeline_canvas_zoom_at_pointer (self, self->pointer_x >= 0 ? self->pointer_x : NAME_W + chart_width (self) / 2,
                                      dy);
  return TRUE;
}

/* Tooltips */

static char *
dup_report_text (PdTimelineReport *report)
{
  g_autofree char *date = format_day (report->reported_on);
  PdStatus status = PD_STATUS_PLANNED;
  GString *text = g_string_new (NULL);
  const char *status_name = report->status;

  if (pd_status_from_string (report->status, &status))
    status_name = pd_status_get_label (status);
  /* Translators: a progress report on the timeline: date, then progress */
  g_string_append_printf (text, _("Progress report %s: %d%%"), date, report->progress);
  g_string_append_printf (text, " · %s", status_name);
  if (report->unit_name != NULL)
    g_string_append_printf (text, "\n%s", report->unit_name);
  if (report->body != NULL && report->body[0] != '\0')
    {
      g_autofree char *body = g_utf8_substring (report->body, 0, MIN (g_utf8_strlen (report->body, -1), 200));

      g_string_append_printf (text, "\n%s", body);
    }
  return g_string_free (text, FALSE);
}

static char *
dup_milestone_text (PdTimelineMilestone *milestone)
{
  g_autofree char *due = format_day (milestone->due_on);

  if (milestone->done_on != 0)
    {
      g_autofree char *done = format_day (milestone->done_on);

      /* Translators: a milestone (节点): title, due date, date done */
      return g_strdup_printf (_("Milestone: %s\nDue %s · done %s"), milestone->title, due, done);
    }
  /* Translators: a milestone (节点): title, due date */
  return g_strdup_printf (_("Milestone: %s\nDue %s"), milestone->title, due);
}

char *
pd_timeline_canvas_dup_tooltip_at (PdTimelineCanvas *self,
                                   double            x,
                                   double            y)
{
  int index;
  Row *row;
  double day;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);

  day = pd_timeline_axis_x_to_day (self->axis, x - NAME_W);
  if (y < HEADER_H)
    {
      if (x < NAME_W || self->data == NULL)
        return NULL;
      if (y < PHASE_H)
        {
          for (guint i = 0; i < self->data->phases->len; i++)
            {
              PdTimelinePhase *phase = g_ptr_array_index (self->data->phases, i);

              if (day >= phase->starts_on && day < phase->ends_on + 1.0)
                {
                  g_autofree char *s = format_day (phase->starts_on);
                  g_autofree char *e = format_day (phase->ends_on);

                  /* Translators: a phase (阶段) of the plan: name, first and last day, summary */
                  return g_strdup_printf (_("Phase: %s (%s – %s)\n%s"), phase->name, s, e,
                                          phase->summary != NULL ? phase->summary : "");
                }
            }
          return NULL;
        }
      if (y >= HEADER_H - MILESTONE_H)
        {
          for (guint i = 0; i < self->data->milestones->len; i++)
            {
              PdTimelineMilestone *milestone = g_ptr_array_index (self->data->milestones, i);

              if (fabs (day_x (self, milestone->due_on + 0.5) - x) <= 8)
                return dup_milestone_text (milestone);
            }
        }
      if (self->today_day != 0 && fabs (day_x (self, self->today_day + 0.5) - x) <= 4)
        {
          g_autofree char *today = format_day (self->today_day);

          /* Translators: the today line on the timeline */
          return g_strdup_printf (_("Today: %s"), today);
        }
      return NULL;
    }

  index = row_index_at_y (self, y);
  row = row_at_index (self, index);
  if (row == NULL)
    return NULL;
  if (row->project != NULL && x >= NAME_W && self->data != NULL)
    {
      GPtrArray *reports = pd_timeline_data_get_reports (self->data, pd_project_get_id (row->project));
      GPtrArray *milestones = pd_timeline_data_get_milestones (self->data, pd_project_get_id (row->project));

      for (guint i = 0; reports != NULL && i < reports->len; i++)
        {
          PdTimelineReport *report = g_ptr_array_index (reports, i);

          if (fabs (day_x (self, report->reported_on + 0.5) - x) <= 5)
            return dup_report_text (report);
        }
      for (guint i = 0; milestones != NULL && i < milestones->len; i++)
        {
          PdTimelineMilestone *milestone = g_ptr_array_index (milestones, i);

          if (fabs (day_x (self, milestone->due_on + 0.5) - x) <= 7)
            return dup_milestone_text (milestone);
        }
    }
  return pd_timeline_canvas_dup_description (self, row->project != NULL ? G_OBJECT (row->project)
                                                                         : G_OBJECT (row->programme));
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);
  g_autofree char *text = NULL;

  if (keyboard)
    {
      Row *row = row_at_index (self, self->focus);

      if (row != NULL)
        text = pd_timeline_canvas_dup_description (self, row->project != NULL ? G_OBJECT (row->project)
                                                                               : G_OBJECT (row->programme));
    }
  else
    text = pd_timeline_canvas_dup_tooltip_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Drawing */

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
  layout_size (layout, &lw, &lh);
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
          PangoLayout *layout = get_layout (self, 'b', phase->name);
          double vx0 = MAX (x0, NAME_W), vx1 = MIN (x1, width);
          double lw, lh;

          append_rounded (snapshot, color, x0 + 1, top + 3, x1 - x0 - 2, height - 6, 6);
          layout_size (layout, &lw, &lh);
          if (lw + 12 <= vx1 - vx0)
            append_layout (snapshot, layout, vx0 + (vx1 - vx0 - lw) / 2, top + (height - lh) / 2, &self->fg);
          else
            {
              PangoLayout *small = get_layout (self, 's', phase->name);

              layout_size (small, &lw, &lh);
              if (lw + 6 <= vx1 - vx0)
                append_layout (snapshot, small, vx0 + (vx1 - vx0 - lw) / 2, top + (height - lh) / 2, &self->fg);
              else
                {
                  /* A short phase (a year at the default zoom): its name on
                   * two lines, smaller, or cut short with an ellipsis; never
                   * a pill without a name while there is room for one. */
                  g_autoptr(PangoLayout) narrow = dup_narrow_layout (self, phase->name, vx1 - vx0 - 4, height - 6);

                  if (narrow != NULL)
                    {
                      layout_size (narrow, &lw, &lh);
                      append_layout (snapshot, narrow, vx0 + (vx1 - vx0 - lw) / 2, top + (height - lh) / 2, &self->fg);
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
      layout = get_layout (self, major ? 'b' : 's', text);
      layout_size (layout, &lw, &lh);
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
          append_layout (snapshot, layout, x0 + 3, top + (height - lh) / 2,
                         major ? &self->fg : &self->colors[COLOR_DIM]);
          continue;
        }
      /* Centred in the span, kept in view while the span is. */
      lx = (x0 + x1 - lw) / 2;
      if (major)
        lx = CLAMP (lx, MIN (MAX (x0 + 4, NAME_W + 4), x1 - lw - 4), MAX (x0 + 4, MIN (x1 - lw - 4, width - lw - 4)));
      append_layout (snapshot, layout, lx, top + (height - lh) / 2,
                     major ? &self->fg : &self->colors[COLOR_DIM]);
    }
}

static void
draw_milestones (PdTimelineCanvas *self,
                 GtkSnapshot      *snapshot,
                 double            top,
                 double            width)
{
  double line_end[2] = { -G_MAXDOUBLE, -G_MAXDOUBLE };
  GdkRGBA bg = self->colors[COLOR_HEADER];

  if (self->data == NULL)
    return;
  bg.alpha = 1;
  for (guint i = 0; i < self->data->milestones->len; i++)
    {
      PdTimelineMilestone *milestone = g_ptr_array_index (self->data->milestones, i);
      double x = day_x (self, milestone->due_on + 0.5);
      g_autofree char *text = NULL;
      PangoLayout *layout;
      double lw, lh, lx;
      guint line;

      if (x < NAME_W - 200 || x > width + 200)
        continue;
      append_diamond (snapshot, x, top + 10, 11,
                      milestone->done_on != 0 ? &self->colors[COLOR_MILESTONE] : &bg,
                      &self->colors[COLOR_MILESTONE]);
      text = milestone->done_on != 0 ? g_strconcat ("✔ ", milestone->title, NULL) : g_strdup (milestone->title);
      layout = get_layout (self, 's', text);
      layout_size (layout, &lw, &lh);
      /* centred on the diamond, but kept inside the chart so the first and
       * last milestones' labels are not cut at its edges */
      lx = x - lw / 2;
      if (x >= NAME_W && x <= width)
        lx = CLAMP (lx, NAME_W + 4, MAX (NAME_W + 4, width - lw - 4));
      line = lx > line_end[0] + 8 ? 0 : 1;
      if (lx <= line_end[line] + 8)
        continue;
      line_end[line] = lx + lw;
      append_layout (snapshot, layout, lx, top + 17 + line * 16, &self->fg);
    }
}

/* How much of a bar from @x0 to @x1 its progress fills. */
static double
fill_width (Row    *row,
            double  x0,
            double  x1)
{
  return (x1 - x0) * CLAMP (row->progress, 0, 100) / 100.0;
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

  if (index == self->drag_row && self->drag_mode >= DRAG_MOVE)
    shifted_dates (row, self->drag_mode, self->drag_days, &start, &due);
  x0 = day_x (self, start);
  x1 = MAX (day_x (self, due + 1.0), x0 + 2);
  if (x1 >= NAME_W && x0 <= width)
    {
      double cx0 = MAX (x0, NAME_W - 8), cx1 = MIN (x1, width + 8);

      append_rounded (snapshot, &track, cx0, top, cx1 - cx0, BAR_H, 4);
      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (cx0, top, cx1 - cx0, BAR_H), 4);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x0, top, fill_width (row, x0, x1), BAR_H));
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
      if (index == self->drag_row && self->drag_mode >= DRAG_MOVE)
        {
          g_autofree char *text = format_range (start, due);
          PangoLayout *layout = get_layout (self, 's', text);
          double lw, lh;

          layout_size (layout, &lw, &lh);
          append_rounded (snapshot, &self->colors[COLOR_HEADER], MAX (x0, NAME_W + 2), y - lh + 4, lw + 8, lh, 4);
          append_layout (snapshot, layout, MAX (x0, NAME_W + 2) + 4, y - lh + 4, &self->fg);
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
           Row              *row,
           double            y)
{
  double lw, lh, x = 12, right = NAME_W - 12;
  char text[32];
  PangoLayout *layout;

  if (row->name == NULL)
    {
      g_autofree char *name = NULL;

      if (row->project != NULL)
        name = g_strdup_printf ("%d  %s", pd_project_get_number (row->project), pd_project_get_title (row->project));
      else
        name = g_strdup_printf ("%s、%s", pd_programme_get_numeral (row->programme),
                                pd_programme_get_title (row->programme));
      row->name = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
      pango_layout_set_ellipsize (row->name, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (row->name, (int)((NAME_W - (row->project ? 100 : 86)) * PANGO_SCALE));
      if (row->project == NULL)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_layout_set_attributes (row->name, attrs);
          pango_attr_list_unref (attrs);
        }
    }

  /* The light's shape and the progress, right-aligned */
  g_snprintf (text, sizeof text, "%d%%", row->progress);
  layout = get_layout (self, 's', text);
  layout_size (layout, &lw, &lh);
  append_layout (snapshot, layout, right - lw, y + (ROW_H - lh) / 2, &self->colors[COLOR_DIM]);
  right -= 42;
  if (row->project != NULL)
    {
      layout = get_layout (self, 'n', light_shape (row->light));
      layout_size (layout, &lw, &lh);
      append_layout (snapshot, layout, right - lw / 2 + 8, y + (ROW_H - lh) / 2, &self->colors[row->light]);
      x = 32;
    }
  else
    {
      layout = get_layout (self, 'n', is_collapsed (self, row->programme) ? "▸" : "▾");
      layout_size (layout, &lw, &lh);
      append_layout (snapshot, layout, 10, y + (ROW_H - lh) / 2, &self->colors[COLOR_DIM]);
      x = 26;
    }
  layout_size (row->name, &lw, &lh);
  append_layout (snapshot, row->name, x, y + (ROW_H - lh) / 2, &self->fg);
}

static void
pd_timeline_canvas_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  int first, last;
  GdkRGBA header = self->colors[COLOR_HEADER];
  gboolean focused = gtk_widget_has_focus (widget);
  double today_x = self->today_day != 0 ? round (day_x (self, self->today_day + 0.5)) : -1;
  PdTimelineTickUnit major, minor;

  get_rows_in_view (self, &first, &last);

  /* Rows: phases faintly behind, the grid, then bars */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (NAME_W, HEADER_H, width - NAME_W, height - HEADER_H));
  draw_phases (self, snapshot, FALSE, HEADER_H, height - HEADER_H, width);
  draw_grid (self, snapshot, HEADER_H, height - HEADER_H);
  for (int i = first; i <= last; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
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
      Row *row = &g_array_index (self->rows, Row, i);
      double y = row_y (self, i);

      if (i == self->focus)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_SELECTION],
                                   &GRAPHENE_RECT_INIT (0, y, NAME_W, ROW_H));
      else if (row->project == NULL)
        gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID],
                                   &GRAPHENE_RECT_INIT (0, y, NAME_W, 1));
      draw_name (self, snapshot, row, y);
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
      PangoLayout *layout = get_layout (self, 'B', C_("timeline", "Today"));
      double lw, lh;

      layout_size (layout, &lw, &lh);
      gtk_snapshot_append_color (snapshot, &self->colors[COLOR_TODAY],
                                 &GRAPHENE_RECT_INIT (today_x - 1, PHASE_H, 2, HEADER_H - PHASE_H));
      append_rounded (snapshot, &self->colors[COLOR_TODAY], today_x - lw / 2 - 5, PHASE_H + YEAR_H + 1, lw + 10, lh + 2, 4);
      append_layout (snapshot, layout, today_x - lw / 2, PHASE_H + YEAR_H + 2, &header);
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
        layout = get_layout (self, 's', names[i]);
        layout_size (layout, &lw, &lh);
        append_layout (snapshot, layout, NAME_W - 12 - lw, tops[i] + (heights[i] - lh) / 2, &self->colors[COLOR_DIM]);
      }
    gtk_snapshot_append_color (snapshot, &self->colors[COLOR_GRID], &GRAPHENE_RECT_INIT (NAME_W - 1, 0, 1, HEADER_H));
  }
}

/* Widget */

static void
pd_timeline_canvas_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int)NAME_W + 240;
      *natural = (int)NAME_W + 1000;
    }
  else
    {
      *minimum = (int)(HEADER_H + 3 * ROW_H);
      *natural = (int)(HEADER_H + MIN (rows_height (self), 20 * ROW_H));
    }
}

static void
pd_timeline_canvas_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);

  pd_timeline_axis_set_width (self->axis, MAX (1.0, width - NAME_W));
  configure_adjustments (self);

  /* The accessible stand-ins over what snapshot() draws */
  sync_items (self);
  for (guint i = 0; i < self->row_items->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (self->row_items, i)))
      pd_timeline_item_allocate (g_ptr_array_index (self->row_items, i));
  if (gtk_widget_get_visible (self->phase_list))
    pd_timeline_item_allocate (PD_TIMELINE_ITEM (self->phase_list));
  if (gtk_widget_get_visible (self->milestone_list))
    pd_timeline_item_allocate (PD_TIMELINE_ITEM (self->milestone_list));
}

static void
pd_timeline_canvas_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (widget);

  GTK_WIDGET_CLASS (pd_timeline_canvas_parent_class)->css_changed (widget, change);
  g_hash_table_remove_all (self->layouts);
  clear_row_layouts (self);
  update_colors (self);
  gtk_widget_queue_draw (widget);
}

static void
pd_timeline_canvas_focus_changed (PdTimelineCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pd_timeline_canvas_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_timeline_canvas_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value),
                      G_CALLBACK (on_hadjustment_value_changed));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value),
                      G_CALLBACK (on_vadjustment_value_changed));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
disconnect_store (PdTimelineCanvas *self)
{
  g_clear_object (&self->store);
}

static void
pd_timeline_canvas_dispose (GObject *object)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (object);

  disconnect_store (self);
  g_clear_object (&self->history);
  if (self->axis != NULL)
    g_signal_handlers_disconnect_by_data (self->axis, self);
  g_clear_object (&self->axis);
  for (guint i = 0; i < N_COLORS; i++)
    g_clear_pointer (&self->swatches[i], gtk_widget_unparent);
  /* The lists take their items with them. */
  for (guint i = 0; self->row_items != NULL && i < self->row_items->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->row_items, i));
  g_clear_pointer (&self->row_items, g_ptr_array_unref);
  g_clear_pointer (&self->phase_items, g_ptr_array_unref);
  g_clear_pointer (&self->milestone_items, g_ptr_array_unref);
  g_clear_pointer (&self->phase_list, gtk_widget_unparent);
  g_clear_pointer (&self->milestone_list, gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  if (self->rows != NULL)
    clear_row_layouts (self);
  G_OBJECT_CLASS (pd_timeline_canvas_parent_class)->dispose (object);
}

static void
pd_timeline_canvas_finalize (GObject *object)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (object);

  g_array_unref (self->rows);
  g_hash_table_unref (self->collapsed);
  g_hash_table_unref (self->layouts);
  g_hash_table_unref (self->header_texts);
  g_free (self->today);
  G_OBJECT_CLASS (pd_timeline_canvas_parent_class)->finalize (object);
}

static void
pd_timeline_canvas_class_init (PdTimelineCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_timeline_canvas_dispose;
  object_class->finalize = pd_timeline_canvas_finalize;
  object_class->get_property = pd_timeline_canvas_get_property;
  object_class->set_property = pd_timeline_canvas_set_property;

  widget_class->snapshot = pd_timeline_canvas_snapshot;
  widget_class->measure = pd_timeline_canvas_measure;
  widget_class->size_allocate = pd_timeline_canvas_size_allocate;
  widget_class->css_changed = pd_timeline_canvas_css_changed;
  widget_class->query_tooltip = on_query_tooltip;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_PROJECT);
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  /* A tree: programme rows hold their projects' rows (PdTimelineItem) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE);
}

static void
pd_timeline_canvas_init (PdTimelineCanvas *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->focus = -1;
  self->drag_row = -1;

  for (guint i = 0; i < N_COLORS; i++)
    {
      self->swatches[i] = pd_timeline_swatch_new (color_classes[i], FALSE);
      gtk_widget_set_parent (self->swatches[i], GTK_WIDGET (self));
      g_signal_connect_swapped (self->swatches[i], "style-changed", G_CALLBACK (on_swatch_style_changed), self);
    }

  /* Before the rows' items, so that readers meet the header first */
  self->header_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->row_items = g_ptr_array_new ();
  self->phase_items = g_ptr_array_new ();
  self->milestone_items = g_ptr_array_new ();
  self->phase_list = pd_timeline_item_new (GTK_ACCESSIBLE_ROLE_LIST);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->phase_list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Phases"), -1);
  gtk_widget_set_visible (self->phase_list, FALSE);
  gtk_widget_set_parent (self->phase_list, GTK_WIDGET (self));
  self->milestone_list = pd_timeline_item_new (GTK_ACCESSIBLE_ROLE_LIST);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->milestone_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Milestones"), -1);
  gtk_widget_set_visible (self->milestone_list, FALSE);
  gtk_widget_set_parent (self->milestone_list, GTK_WIDGET (self));

  if (pd_tracking_get_today_settings () != NULL)
    g_signal_connect_object (pd_tracking_get_today_settings (), "changed::today", G_CALLBACK (today_changed_cb),
                             self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->pointer_x = -1;
  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (pd_timeline_canvas_focus_changed), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (pd_timeline_canvas_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline"), -1);
}

/* API */

GtkWidget *
pd_timeline_canvas_new (PdTimelineAxis *axis)
{
  PdTimelineCanvas *self;

  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (axis), NULL);

  self = g_object_new (PD_TYPE_TIMELINE_CANVAS, NULL);
  self->axis = g_object_ref (axis);
  g_signal_connect_swapped (axis, "notify::ppd", G_CALLBACK (on_axis_changed), self);
  g_signal_connect_swapped (axis, "notify::offset", G_CALLBACK (on_axis_changed), self);
  return GTK_WIDGET (self);
}

void
pd_timeline_canvas_set_history (PdTimelineCanvas *self,
                                PdHistory        *history)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;
  disconnect_store (self);
  self->selected = NULL;
  self->focus = -1;
  g_hash_table_remove_all (self->collapsed);
  if (history != NULL)
    self->store = g_object_ref (pd_history_get_store (history));
  reload (self);
}

/* Reads the store's projects again; @data: kept by the caller, who loads it
 * again and calls this on PdStore::changed. */
void
pd_timeline_canvas_reload (PdTimelineCanvas *self,
                           PdTimelineData   *data)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  self->data = data;
  reload (self);
}

PdProject *
pd_timeline_canvas_get_selected (PdTimelineCanvas *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);
  return self->selected;
}

/* Selects @project (expanding its programme and scrolling to it) without
 * emitting ::selection-changed. */
void
pd_timeline_canvas_select (PdTimelineCanvas *self,
                           PdProject        *project)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  if (project == NULL)
    {
      set_focus_row (self, -1, FALSE);
      return;
    }
  if (is_collapsed (self, pd_project_get_programme (project)))
    pd_timeline_canvas_set_expanded (self, pd_project_get_programme (project), TRUE);
  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, Row, i).project == project)
      {
        Row *row = &g_array_index (self->rows, Row, i);
        guint32 first, last;

        set_focus_row (self, (int)i, FALSE);
        pd_timeline_axis_get_visible_days (self->axis, &first, &last);
        if (row->due < first || row->start > last)
          pd_timeline_axis_reveal_day (self->axis, row->start);
        return;
      }
}

void
pd_timeline_canvas_set_expanded (PdTimelineCanvas *self,
                                 PdProgramme      *programme,
                                 gboolean          expanded)
{
  gint64 id;

  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  g_return_if_fail (PD_IS_PROGRAMME (programme));

  id = pd_programme_get_id (programme);
  if (expanded == !g_hash_table_contains (self->collapsed, &id))
    return;
  if (expanded)
    g_hash_table_remove (self->collapsed, &id);
  else
    {
      g_hash_table_add (self->collapsed, g_memdup2 (&id, sizeof id));
      if (self->selected != NULL && pd_project_get_programme (self->selected) == programme)
        self->selected = NULL;
    }
  rebuild_rows (self);
  if (self->focus < 0)
    for (guint i = 0; i < self->rows->len; i++)
      if (g_array_index (self->rows, Row, i).programme == programme &&
          g_array_index (self->rows, Row, i).project == NULL)
        self->focus = (int)i;
  configure_adjustments (self);
  update_accessible (self);
  update_items (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
pd_timeline_canvas_get_expanded (PdTimelineCanvas *self,
                                 PdProgramme      *programme)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), FALSE);
  return !is_collapsed (self, programme);
}

void
pd_timeline_canvas_zoom (PdTimelineCanvas *self,
                         double            factor)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  pd_timeline_axis_zoom_by (self->axis, factor, chart_width (self) / 2);
}

/* Zooms around the pointer at @x (in the canvas) for a scroll by @dy. */
void
pd_timeline_canvas_zoom_at_pointer (PdTimelineCanvas *self,
                                    double            x,
                                    double            dy)
{
  double factor = 1.0;

  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  for (int i = 0; i < 8 && dy <= -0.5 * (i + 1); i++)
    factor *= 1.25;
  for (int i = 0; i < 8 && dy >= 0.5 * (i + 1); i++)
    factor /= 1.25;
  pd_timeline_axis_zoom_by (self->axis, factor, CLAMP (x - NAME_W, 0, chart_width (self)));
}

void
pd_timeline_canvas_scroll_to (PdTimelineCanvas *self,
                              double            x_offset,
                              double            y_offset)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  pd_timeline_axis_set_offset (self->axis, x_offset);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, y_offset);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
pd_timeline_canvas_get_chart_x (PdTimelineCanvas *self)
{
  return NAME_W;
}

static int find_project_row (PdTimelineCanvas *self,
                             PdProject        *project);

/* The light @project's bar shows (computed for it when its programme is
 * collapsed). */
PdTrafficLight
pd_timeline_canvas_get_light (PdTimelineCanvas *self,
                              PdProject        *project)
{
  Row row = { .project = project };
  Row *shown;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), PD_TRAFFIC_LIGHT_GREY);

  if ((shown = row_at_index (self, find_project_row (self, project))) != NULL)
    return shown->light;
  compute_light (self, &row);
  return row.light;
}

void
pd_timeline_canvas_get_light_color (PdTimelineCanvas *self,
                                    PdTrafficLight    light,
                                    GdkRGBA          *color)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  g_return_if_fail (light < PD_N_TRAFFIC_LIGHTS);
  *color = self->colors[light];
}

static int
find_project_row (PdTimelineCanvas *self,
                  PdProject        *project)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, Row, i).project == project)
      return (int)i;
  return -1;
}

/* The bar of @project in the canvas, as drawn now (it may be out of view). */
gboolean
pd_timeline_canvas_get_bar_area (PdTimelineCanvas *self,
                                 PdProject        *project,
                                 graphene_rect_t  *area)
{
  int index;
  Row *row;
  double x0, x1;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), FALSE);

  index = find_project_row (self, project);
  if ((row = row_at_index (self, index)) == NULL)
    return FALSE;
  x0 = day_x (self, row->start);
  x1 = day_x (self, row->due + 1.0);
  graphene_rect_init (area, x0, row_y (self, index) + (ROW_H - BAR_H) / 2, x1 - x0, BAR_H);
  return TRUE;
}

/* The part of @project's bar its progress fills, as drawn now. */
gboolean
pd_timeline_canvas_get_fill_area (PdTimelineCanvas *self,
                                  PdProject        *project,
                                  graphene_rect_t  *area)
{
  int index;
  Row *row;
  double x0, x1;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), FALSE);

  index = find_project_row (self, project);
  if ((row = row_at_index (self, index)) == NULL)
    return FALSE;
  x0 = day_x (self, row->start);
  x1 = MAX (day_x (self, row->due + 1.0), x0 + 2);
  graphene_rect_init (area, x0, row_y (self, index) + (ROW_H - BAR_H) / 2, fill_width (row, x0, x1), BAR_H);
  return TRUE;
}

gboolean
pd_timeline_canvas_get_report_point (PdTimelineCanvas *self,
                                     PdProject        *project,
                                     guint             index,
                                     graphene_point_t *point)
{
  GPtrArray *reports;
  int row_index;
  PdTimelineReport *report;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), FALSE);

  row_index = find_project_row (self, project);
  if (row_index < 0 || self->data == NULL)
    return FALSE;
  reports = pd_timeline_data_get_reports (self->data, pd_project_get_id (project));
  if (reports == NULL || index >= reports->len)
    return FALSE;
  report = g_ptr_array_index (reports, index);
  graphene_point_init (point, day_x (self, report->reported_on + 0.5), row_y (self, row_index) + (ROW_H - BAR_H) / 2 - 2);
  return TRUE;
}

guint
pd_timeline_canvas_get_n_rows (PdTimelineCanvas *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), 0);
  return self->rows->len;
}

/* The rows in view, which have accessible items: @n_rows from @first. */
void
pd_timeline_canvas_get_rows_in_view (PdTimelineCanvas *self,
                                     guint            *first,
                                     guint            *n_rows)
{
  int f, l;

  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  get_rows_in_view (self, &f, &l);
  *first = (guint)f;
  *n_rows = l >= f ? (guint)(l - f + 1) : 0;
}

/* The PdTimelineItem standing for row @index in the accessibility tree;
 * NULL when the row is out of view (it has none). */
GtkWidget *
pd_timeline_canvas_get_row_accessible (PdTimelineCanvas *self,
                                       guint             index)
{
  guint first, n;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);

  pd_timeline_canvas_get_rows_in_view (self, &first, &n);
  if (index < first || index >= first + n || index - first >= self->row_items->len)
    return NULL;
  return g_ptr_array_index (self->row_items, index - first);
}

/* The accessible lists of the phases (@milestones FALSE) or the plan's
 * milestones in view: their shown PdTimelineItem children stand for them. */
GtkWidget *
pd_timeline_canvas_get_header_list (PdTimelineCanvas *self,
                                    gboolean          milestones)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);
  return milestones ? self->milestone_list : self->phase_list;
}

/* The project or programme of a row; not a new reference. */
GObject *
pd_timeline_canvas_get_row_item (PdTimelineCanvas *self,
                                 guint             index)
{
  Row *row;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);

  row = row_at_index (self, (int)index);
  if (row == NULL)
    return NULL;
  return row->project != NULL ? G_OBJECT (row->project) : G_OBJECT (row->programme);
}

/* What a row says, for its tooltip and for screen readers. */
char *
pd_timeline_canvas_dup_description (PdTimelineCanvas *self,
                                    GObject          *item)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->project != NULL && G_OBJECT (row->project) == item)
        {
          g_autofree char *start = format_day (row->start);
          g_autofree char *due = format_day (row->due);

          /* Translators: a project bar on the timeline: number, title, start and
           * due dates, progress, traffic light (亮灯) name and shape */
          return g_strdup_printf (_("Project %d: %s\n%s – %s · %d%% done\nTraffic light: %s %s"),
                                  pd_project_get_number (row->project), pd_project_get_title (row->project),
                                  start, due, row->progress,
                                  pd_traffic_light_get_label (row->light), light_shape (row->light));
        }
      if (row->project == NULL && G_OBJECT (row->programme) == item)
        {
          GString *text = g_string_new (NULL);

          /* Translators: a programme row on the timeline: title, number of projects, average progress */
          g_string_append_printf (text, ngettext ("%s: %u project, %d%% done on average",
                                                  "%s: %u projects, %d%% done on average", row->n_projects),
                                  pd_programme_get_title (row->programme), row->n_projects, row->progress);
          for (guint l = 0; l < PD_N_TRAFFIC_LIGHTS; l++)
            if (row->n_lights[l] > 0)
              g_string_append_printf (text, "\n%s %s: %u", light_shape (l), pd_traffic_light_get_label (l),
                                      row->n_lights[l]);
          return g_string_free (text, FALSE);
        }
    }
  return NULL;
}

/* The render node of the canvas as it is now, as snapshot() builds it. */
GskRenderNode *
pd_timeline_canvas_build_node (PdTimelineCanvas *self)
{
  GtkSnapshot *snapshot;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);

  snapshot = gtk_snapshot_new ();
  pd_timeline_canvas_snapshot (GTK_WIDGET (self), snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}
