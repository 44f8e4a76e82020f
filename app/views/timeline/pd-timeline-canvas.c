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
 * What goes where (rows, spans, date ↔ x, row at y, lanes of labels) is
 * worked out by PdTimelineLayout, without GTK; this file draws it, takes
 * the pointer and the keyboard, and tells screen readers.
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

#include "pd-timeline-canvas-private.h"
#include "pd-timeline-item.h"
#include "pd-timeline-layout.h"
#include "pd-timeline-swatch.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"

static const char * const color_classes[N_COLORS] = {
  "light-green", "light-yellow", "light-red", "light-blue", "light-grey",
  "phase-odd", "phase-even", "today", "grid", "milestone", "report",
  "selection", "summary", "header", "dim",
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

/* Layouts, cached by style and text */

PangoLayout *
pd_timeline_canvas_get_layout (PdTimelineCanvas *self,
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

void
pd_timeline_canvas_layout_size (PangoLayout *layout,
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

void
pd_timeline_canvas_append_layout (GtkSnapshot   *snapshot,
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

/* A day as people read it: 2013-03-31, or 2013年3月31日 in Chinese. */
char *
pd_timeline_canvas_format_day (guint32 day)
{
  g_autofree char *iso = NULL;

  if (day == 0)
    return g_strdup ("—");
  iso = pd_timeline_format_day (day);
  return pd_date_format (iso);
}

char *
pd_timeline_canvas_format_range (guint32 first,
              guint32 last)
{
  g_autofree char *a = pd_timeline_canvas_format_day (first);
  g_autofree char *b = pd_timeline_canvas_format_day (last);

  /* Translators: a span of days, first and last (Chinese: %s至%s) */
  return g_strdup_printf (C_("date range", "%s – %s"), a, b);
}

static void
clear_row_text (gpointer data)
{
  RowText *text = data;

  g_clear_object (&text->name);
  g_clear_pointer (&text->label, g_free);
  g_clear_pointer (&text->description, g_free);
}

static void
clear_row_layouts (PdTimelineCanvas *self)
{
  g_array_set_size (self->texts, 0);
}

/* The texts of row @index, made as needed. */
RowText *
pd_timeline_canvas_row_text (PdTimelineCanvas *self,
          int               index)
{
  if (self->texts->len < n_rows (self))
    g_array_set_size (self->texts, n_rows (self));
  return &g_array_index (self->texts, RowText, index);
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
      double upper = MAX (page, pd_timeline_layout_get_rows_height (self->layout));

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
rebuild_rows (PdTimelineCanvas *self)
{
  clear_row_layouts (self);
  pd_timeline_layout_rebuild (self->layout, self->store != NULL ? pd_store_get_programmes (self->store) : NULL);
  if (self->store == NULL)
    return;

  /* Keep the focus on the selected project, or on a row still there. */
  self->focus = MIN (self->focus, (int)n_rows (self) - 1);
  if (self->selected != NULL)
    {
      self->focus = pd_timeline_layout_find_project (self->layout, self->selected);
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
static RowText *
ensure_row_text (PdTimelineCanvas *self,
                 int               index)
{
  Row *row = row_at_index (self, index);
  RowText *texts = pd_timeline_canvas_row_text (self, index);

  if (texts->label != NULL)
    return texts;
  if (row->project != NULL)
    {
      g_autofree char *dates = pd_timeline_canvas_format_range (row->start, row->due);
      GPtrArray *milestones = NULL;
      GString *text = g_string_new (NULL);

      texts->label = g_strdup_printf ("%d %s", pd_project_get_number (row->project),
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
      texts->description = g_string_free (text, FALSE);
    }
  else
    {
      texts->label = g_strdup_printf ("%s、%s", pd_programme_get_numeral (row->programme),
                                      pd_programme_get_title (row->programme));
      texts->description = dup_programme_summary (row);
    }
  return texts;
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

      text = pd_timeline_canvas_format_range (phase->starts_on, phase->ends_on);
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
      g_autofree char *due = pd_timeline_canvas_format_day (milestone->due_on);

      if (milestone->done_on != 0)
        {
          g_autofree char *done = pd_timeline_canvas_format_day (milestone->done_on);

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
      Row *row = row_at_index (self, i);
      PdTimelineItem *item = pool_item (self->row_items, GTK_WIDGET (self), n, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
      RowText *texts = ensure_row_text (self, i);

      pd_timeline_item_set_text (item, texts->label, texts->description);
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
  g_autofree char *today = pd_traffic_light_dup_today ();

  g_hash_table_remove_all (self->header_texts);
  pd_timeline_layout_set_today (self->layout, today);
  pd_timeline_layout_set_period (self->layout, self->store ? pd_store_get_period_start (self->store) : NULL,
                                 self->store ? pd_store_get_period_end (self->store) : NULL);

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

  if (g_strcmp0 (today, pd_timeline_layout_get_today (self->layout)) != 0)
    reload (self);
}

/* Focus and selection */

/* Scrolls row @index into view below the header. Before the canvas has
 * its size (a view shown for the first time with a project selected) the
 * page is not known: the row is revealed once it is allocated. */
static void
reveal_row (PdTimelineCanvas *self,
            int               index)
{
  double value, page;

  if (self->vadjustment == NULL || index < 0)
    return;
  if (gtk_widget_get_height (GTK_WIDGET (self)) <= HEADER_H)
    {
      self->pending_reveal = index;
      return;
    }
  self->pending_reveal = -1;
  value = gtk_adjustment_get_value (self->vadjustment);
  page = gtk_adjustment_get_page_size (self->vadjustment);
  gtk_adjustment_set_value (self->vadjustment, pd_timeline_layout_reveal_row (self->layout, index, value, page));
}

static void
set_focus_row (PdTimelineCanvas *self,
               int               index,
               gboolean          notify)
{
  Row *row;
  PdProject *old = self->selected;

  index = CLAMP (index, -1, (int)n_rows (self) - 1);
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
  pd_timeline_layout_shift_dates (row, PD_TIMELINE_DRAG_MOVE, days, &start, &due);
  set_dates (self, row->project, start, due);
}

/* Dragging */

static void
drag_begin (PdTimelineCanvas *self,
            double            x,
            double            y)
{
  int index;
  PdTimelineDrag mode = pd_timeline_layout_hit_bar (self->layout, x, y, vscroll (self), &index);

  self->drag_days = 0;
  if (mode != PD_TIMELINE_DRAG_NONE && self->history != NULL)
    {
      self->drag_mode = mode;
      self->drag_row = index;
      set_focus_row (self, index, TRUE);
    }
  else
    {
      self->drag_mode = PD_TIMELINE_DRAG_PAN;
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
  if (self->drag_mode == PD_TIMELINE_DRAG_PAN)
    {
      pd_timeline_axis_set_offset (self->axis, self->drag_h0 - dx);
      if (self->vadjustment != NULL)
        gtk_adjustment_set_value (self->vadjustment, self->drag_v0 - dy);
    }
  else if (self->drag_mode != PD_TIMELINE_DRAG_NONE)
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
  PdTimelineDrag mode = self->drag_mode;
  Row *row = row_at_index (self, self->drag_row);
  int days;

  drag_update (self, dx, dy);
  days = self->drag_days;
  self->drag_mode = PD_TIMELINE_DRAG_NONE;
  self->drag_days = 0;
  self->drag_row = -1;
  if (mode != PD_TIMELINE_DRAG_PAN && mode != PD_TIMELINE_DRAG_NONE && row != NULL && row->project != NULL && days != 0)
    {
      guint32 start, due;

      pd_timeline_layout_shift_dates (row, mode, days, &start, &due);
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
      set_focus_row (self, (int)n_rows (self) - 1, TRUE);
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
  g_autofree char *date = pd_timeline_canvas_format_day (report->reported_on);
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
  g_autofree char *due = pd_timeline_canvas_format_day (milestone->due_on);

  if (milestone->done_on != 0)
    {
      g_autofree char *done = pd_timeline_canvas_format_day (milestone->done_on);

      /* Translators: a milestone (节点): title, due date, date done */
      return g_strdup_printf (_("Milestone: %s\nDue %s · done %s"), milestone->title, due, done);
    }
  /* Translators: a milestone (节点): title, due date */
  return g_strdup_printf (_("Milestone: %s\nDue %s"), milestone->title, due);
}

/**
 * pd_timeline_canvas_dup_light_reason:
 *
 * Why @project's light on the timeline is what it is, for the day the
 * timeline shows lights for (pd_traffic_light_dup_reason()).
 */
char *
pd_timeline_canvas_dup_light_reason (PdTimelineCanvas *self,
                                     PdProject        *project)
{
  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  return pd_traffic_light_dup_reason (pd_project_get_status (project),
                                      pd_project_get_progress (project),
                                      pd_project_get_start_on (project),
                                      pd_project_get_due_on (project),
                                      pd_timeline_layout_get_today (self->layout));
}

/* A project row's tooltip is its description, then why its light is what
 * it is; other tooltips (marks, milestones, programmes) stay as they are. */
static char *
add_light_reason (PdTimelineCanvas *self,
                  Row              *row,
                  char             *text)
{
  g_autofree char *description = NULL;
  g_autofree char *reason = NULL;
  char *with_reason;

  if (text == NULL || row == NULL || row->project == NULL)
    return text;
  description = pd_timeline_canvas_dup_description (self, G_OBJECT (row->project));
  if (g_strcmp0 (description, text) != 0)
    return text;
  reason = pd_timeline_canvas_dup_light_reason (self, row->project);
  with_reason = g_strconcat (text, "\n", reason, NULL);
  g_free (text);
  return with_reason;
}

char *
pd_timeline_canvas_dup_tooltip_at (PdTimelineCanvas *self,
                                   double            x,
                                   double            y)
{
  GObject *item;
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
                  g_autofree char *s = pd_timeline_canvas_format_day (phase->starts_on);
                  g_autofree char *e = pd_timeline_canvas_format_day (phase->ends_on);

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
      if (today_day (self) != 0 && fabs (day_x (self, today_day (self) + 0.5) - x) <= 4)
        {
          g_autofree char *today = pd_timeline_canvas_format_day (today_day (self));

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
  item = row->project != NULL ? G_OBJECT (row->project) : G_OBJECT (row->programme);
  return add_light_reason (self, row, pd_timeline_canvas_dup_description (self, item));
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
      text = add_light_reason (self, row, g_steal_pointer (&text));
    }
  else
    text = pd_timeline_canvas_dup_tooltip_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
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
      *natural = (int)(HEADER_H + MIN (pd_timeline_layout_get_rows_height (self->layout), 20 * ROW_H));
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
  if (self->pending_reveal >= 0)
    reveal_row (self, self->pending_reveal);

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
  if (self->texts != NULL)
    clear_row_layouts (self);
  G_OBJECT_CLASS (pd_timeline_canvas_parent_class)->dispose (object);
}

static void
pd_timeline_canvas_finalize (GObject *object)
{
  PdTimelineCanvas *self = PD_TIMELINE_CANVAS (object);

  g_array_unref (self->texts);
  pd_timeline_layout_free (self->layout);
  g_hash_table_unref (self->layouts);
  g_hash_table_unref (self->header_texts);
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

  self->texts = g_array_new (FALSE, TRUE, sizeof (RowText));
  g_array_set_clear_func (self->texts, clear_row_text);
  self->pending_reveal = -1;
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
  self->layout = pd_timeline_layout_new (axis);
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
  pd_timeline_layout_expand_all (self->layout);
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
  int index;
  Row *row;

  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));

  if (project == NULL)
    {
      set_focus_row (self, -1, FALSE);
      return;
    }
  if (is_collapsed (self, pd_project_get_programme (project)))
    pd_timeline_canvas_set_expanded (self, pd_project_get_programme (project), TRUE);
  index = pd_timeline_layout_find_project (self->layout, project);
  if ((row = row_at_index (self, index)) != NULL)
    {
      guint32 first, last;

      set_focus_row (self, index, FALSE);
      pd_timeline_axis_get_visible_days (self->axis, &first, &last);
      if (row->due < first || row->start > last)
        pd_timeline_axis_reveal_day (self->axis, row->start);
    }
}

void
pd_timeline_canvas_set_expanded (PdTimelineCanvas *self,
                                 PdProgramme      *programme,
                                 gboolean          expanded)
{
  g_return_if_fail (PD_IS_TIMELINE_CANVAS (self));
  g_return_if_fail (PD_IS_PROGRAMME (programme));

  if (!pd_timeline_layout_set_collapsed (self->layout, programme, !expanded))
    return;
  if (!expanded && self->selected != NULL && pd_project_get_programme (self->selected) == programme)
    self->selected = NULL;
  rebuild_rows (self);
  if (self->focus < 0)
    self->focus = pd_timeline_layout_find_programme (self->layout, programme);
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

/* The light @project's bar shows (computed for it when its programme is
 * collapsed). */
PdTrafficLight
pd_timeline_canvas_get_light (PdTimelineCanvas *self,
                              PdProject        *project)
{
  Row *shown;

  g_return_val_if_fail (PD_IS_TIMELINE_CANVAS (self), PD_TRAFFIC_LIGHT_GREY);

  if ((shown = row_at_index (self, pd_timeline_layout_find_project (self->layout, project))) != NULL)
    return shown->light;
  return pd_timeline_layout_compute_light (self->layout, project);
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

  index = pd_timeline_layout_find_project (self->layout, project);
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

  index = pd_timeline_layout_find_project (self->layout, project);
  if ((row = row_at_index (self, index)) == NULL)
    return FALSE;
  x0 = day_x (self, row->start);
  x1 = MAX (day_x (self, row->due + 1.0), x0 + 2);
  graphene_rect_init (area, x0, row_y (self, index) + (ROW_H - BAR_H) / 2, pd_timeline_layout_fill_width (row, x0, x1), BAR_H);
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

  row_index = pd_timeline_layout_find_project (self->layout, project);
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
  return n_rows (self);
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

  for (guint i = 0; i < n_rows (self); i++)
    {
      Row *row = row_at_index (self, (int)i);

      if (row->project != NULL && G_OBJECT (row->project) == item)
        {
          g_autofree char *start = pd_timeline_canvas_format_day (row->start);
          g_autofree char *due = pd_timeline_canvas_format_day (row->due);

          /* Translators: a project bar on the timeline: number, title, start and
           * due dates, progress, traffic light (亮灯) name and shape */
          return g_strdup_printf (_("Project %d: %s\n%s – %s · %d%% done\nTraffic light: %s %s"),
                                  pd_project_get_number (row->project), pd_project_get_title (row->project),
                                  start, due, row->progress,
                                  pd_traffic_light_get_label (row->light), pd_traffic_light_get_symbol (row->light));
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
              g_string_append_printf (text, "\n%s %s: %u", pd_traffic_light_get_symbol (l), pd_traffic_light_get_label (l),
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
