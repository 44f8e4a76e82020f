/* pd-timeline-view.c — the Timeline page (时间轴)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar of zoom buttons and the traffic lights' legend; the canvas
 * (pd-timeline-canvas.c) with the phases, milestones, programme and project
 * rows in a scrolled window; below it the indicators panel, one small chart
 * per indicator (target and actual by year, the desired direction shown),
 * hidden while no indicator has a value.
 *
 * The view owns the shared PdTimelineAxis and the PdTimelineData it reads
 * from the plan file again on every PdStore::changed.
 */
#define G_LOG_DOMAIN "pd-timeline-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-timeline-axis.h"
#include "pd-timeline-canvas.h"
#include "pd-timeline-data.h"
#include "pd-timeline-swatch.h"
#include "pd-timeline-view.h"
#include "store/pd-store.h"

#define ZOOM_STEP 1.5

struct _PdTimelineView
{
  GtkWidget       parent_instance;

  PdHistory      *history;
  PdStore        *store;
  PdTimelineAxis *axis;
  PdTimelineData *data;

  GtkWidget      *toolbar;
  GtkWidget      *scroller;
  GtkWidget      *canvas;
  GtkWidget      *indicators_scroller;
  GtkWidget      *indicators;
};

G_DEFINE_FINAL_TYPE (PdTimelineView, pd_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROJECT_SELECTED,
  PROJECT_ACTIVATED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Indicator charts */

typedef struct
{
  PdTimelineIndicator *indicator;  /* owned by the view's data until the next load */
  int                  first_year;
  int                  last_year;
} ChartData;

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  ChartData *chart = user_data;
  GArray *values = chart->indicator->values;
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 };
  double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
  double left = 8, right = width - 8, top = 8, bottom = height - 18;
  int years = MAX (1, chart->last_year - chart->first_year);
  PangoLayout *layout;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  for (guint i = 0; i < values->len; i++)
    {
      PdTimelineValue *v = &g_array_index (values, PdTimelineValue, i);

      if (v->has_target)
        lo = MIN (lo, v->target), hi = MAX (hi, v->target);
      if (v->has_actual)
        lo = MIN (lo, v->actual), hi = MAX (hi, v->actual);
    }
  if (lo > hi)
    return;
  if (hi - lo < 1e-9)
    lo -= 1, hi += 1;
  lo -= (hi - lo) * 0.1;
  hi += (hi - lo) * 0.1;

#define X(year) (left + ((year) - chart->first_year) * (right - left) / years)
#define Y(value) (bottom - ((value) - lo) * (bottom - top) / (hi - lo))

  /* The axis: first and last year */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, bottom + 0.5);
  cairo_line_to (cr, right, bottom + 0.5);
  cairo_stroke (cr);
  for (int year = chart->first_year; year <= chart->last_year; year += MAX (1, years))
    {
      char text[8];
      int lw, lh;

      g_snprintf (text, sizeof text, "%d", year);
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), text);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_move_to (cr, CLAMP (X (year) - lw / 2.0, 0, width - lw), bottom + 2);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }

  /* Target: dashed grey; actual: solid with dots */
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean started = FALSE;

      if (pass == 0)
        {
          double dash[] = { 4, 3 };

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
          cairo_set_dash (cr, dash, 2, 0);
        }
      else
        {
          cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_set_line_width (cr, 2);
      for (guint i = 0; i < values->len; i++)
        {
          PdTimelineValue *v = &g_array_index (values, PdTimelineValue, i);
          gboolean has = pass == 0 ? v->has_target : v->has_actual;
          double value = pass == 0 ? v->target : v->actual;

          if (!has)
            continue;
          if (started)
            cairo_line_to (cr, X (v->year), Y (value));
          else
            cairo_move_to (cr, X (v->year), Y (value));
          started = TRUE;
        }
      cairo_stroke (cr);
      if (pass == 1)
        for (guint i = 0; i < values->len; i++)
          {
            PdTimelineValue *v = &g_array_index (values, PdTimelineValue, i);

            if (!v->has_actual)
              continue;
            cairo_arc (cr, X (v->year), Y (v->actual), 3, 0, 2 * G_PI);
            cairo_fill (cr);
          }
    }
#undef X
#undef Y
}

static GtkWidget *
make_chart (PdTimelineIndicator *indicator,
            int                  first_year,
            int                  last_year)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title, *area;
  ChartData *chart = g_new0 (ChartData, 1);
  g_autofree char *text = NULL;
  g_autofree char *tip = NULL;
  GString *values = g_string_new (NULL);

  chart->indicator = indicator;
  chart->first_year = first_year;
  chart->last_year = last_year;

  /* Translators: an indicator's name and its desired direction, an arrow */
  text = g_strdup_printf (_("%s %s"), indicator->name, indicator->up ? "↑" : "↓");
  title = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 220);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 90);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart, chart, g_free);
  gtk_box_append (GTK_BOX (box), area);

  for (guint i = 0; i < indicator->values->len; i++)
    {
      PdTimelineValue *v = &g_array_index (indicator->values, PdTimelineValue, i);

      g_string_append_c (values, '\n');
      /* Translators: a year in an indicator's tooltip, before its values */
      g_string_append_printf (values, C_("indicator tooltip", "%d: "), v->year);
      if (v->has_target)
        /* Translators: an indicator's target for a year */
        g_string_append_printf (values, _("target %g"), v->target);
      if (v->has_target && v->has_actual)
        /* Translators: between an indicator's target and actual values */
        g_string_append (values, C_("indicator tooltip", ", "));
      if (v->has_actual)
        /* Translators: an indicator's actual value for a year */
        g_string_append_printf (values, _("actual %g"), v->actual);
    }
  /* Translators: an indicator's name, which way is better, then a line a year */
  tip = g_strdup_printf (C_("indicator tooltip", "%s (%s)%s"), indicator->name,
                         indicator->up ? _("higher is better") : _("lower is better"), values->str);
  g_string_free (values, TRUE);
  gtk_widget_set_tooltip_text (box, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  gtk_widget_add_css_class (box, "indicator-chart");
  return box;
}

static void
rebuild_indicators (PdTimelineView *self)
{
  GtkWidget *child;
  int first_year = G_MAXINT, last_year = G_MININT;

  while ((child = gtk_widget_get_first_child (self->indicators)) != NULL)
    gtk_box_remove (GTK_BOX (self->indicators), child);

  for (guint i = 0; i < self->data->indicators->len; i++)
    {
      PdTimelineIndicator *indicator = g_ptr_array_index (self->data->indicators, i);

      for (guint j = 0; j < indicator->values->len; j++)
        {
          int year = g_array_index (indicator->values, PdTimelineValue, j).year;

          first_year = MIN (first_year, year);
          last_year = MAX (last_year, year);
        }
    }
  for (guint i = 0; i < self->data->indicators->len; i++)
    {
      PdTimelineIndicator *indicator = g_ptr_array_index (self->data->indicators, i);

      if (indicator->values->len > 0)
        gtk_box_append (GTK_BOX (self->indicators), make_chart (indicator, first_year, last_year));
    }
  gtk_widget_set_visible (self->indicators_scroller, self->data->n_values > 0);
}

/* Loading */

static void
reload (PdTimelineView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL &&
      !pd_timeline_data_load (self->data, pd_store_get_database (self->store), &error))
    g_signal_emit (self, signals[ERROR], 0, error->message);
  rebuild_indicators (self);
  pd_timeline_canvas_reload (PD_TIMELINE_CANVAS (self->canvas), self->data);
}

/* Signals from the canvas */

static void
on_selection_changed (PdTimelineView *self)
{
  g_signal_emit (self, signals[PROJECT_SELECTED], 0,
                 pd_timeline_canvas_get_selected (PD_TIMELINE_CANVAS (self->canvas)));
}

static void
on_activated (PdTimelineView *self,
              PdProject      *project)
{
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
on_error (PdTimelineView *self,
          const char     *message)
{
  g_signal_emit (self, signals[ERROR], 0, message);
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PdTimelineView *self = PD_TIMELINE_VIEW (widget);

  pd_timeline_canvas_zoom (PD_TIMELINE_CANVAS (self->canvas), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdTimelineView *self = PD_TIMELINE_VIEW (widget);

  pd_timeline_canvas_zoom (PD_TIMELINE_CANVAS (self->canvas), 1.0 / ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdTimelineView *self = PD_TIMELINE_VIEW (widget);

  pd_timeline_axis_fit (self->axis);
}

static void
update_actions (PdTimelineView *self)
{
  double ppd = pd_timeline_axis_get_ppd (self->axis);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", ppd < PD_TIMELINE_AXIS_MAX_PPD - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", !pd_timeline_axis_get_fit (self->axis));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-fit", !pd_timeline_axis_get_fit (self->axis));
}

/* Widget */

static GtkWidget *
make_button (const char *icon,
             const char *action,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
build_toolbar (PdTimelineView *self)
{
  static const char * const classes[PD_N_TRAFFIC_LIGHTS] = {
    "light-green", "light-yellow", "light-red", "light-blue", "light-grey"
  };
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title = gtk_label_new (_("Traffic lights:"));

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->toolbar, "toolbar");
  gtk_widget_add_css_class (self->toolbar, "timeline-toolbar");

  gtk_widget_add_css_class (title, "dim-label");
  gtk_box_append (GTK_BOX (legend), title);
  for (guint i = 0; i < PD_N_TRAFFIC_LIGHTS; i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *shape = gtk_label_new (pd_traffic_light_get_symbol (i));
      GtkWidget *label = gtk_label_new (pd_traffic_light_get_label (i));

      gtk_widget_add_css_class (shape, "timeline-light");
      gtk_widget_add_css_class (shape, classes[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (shape), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (item), shape);
      gtk_box_append (GTK_BOX (item), label);
      gtk_box_append (GTK_BOX (legend), item);
    }
  gtk_widget_set_margin_start (legend, 6);
  gtk_box_append (GTK_BOX (self->toolbar), legend);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (self->toolbar), spacer);
  gtk_box_append (GTK_BOX (self->toolbar), make_button ("zoom-out-symbolic", "timeline.zoom-out", _("Zoom Out")));
  gtk_box_append (GTK_BOX (self->toolbar), make_button ("zoom-fit-best-symbolic", "timeline.zoom-fit", _("Whole Plan")));
  gtk_box_append (GTK_BOX (self->toolbar), make_button ("zoom-in-symbolic", "timeline.zoom-in", _("Zoom In")));
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));
}

static void
pd_timeline_view_dispose (GObject *object)
{
  PdTimelineView *self = PD_TIMELINE_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  if (self->axis != NULL)
    g_signal_handlers_disconnect_by_data (self->axis, self);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->indicators_scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (pd_timeline_view_parent_class)->dispose (object);
}

static void
pd_timeline_view_finalize (GObject *object)
{
  PdTimelineView *self = PD_TIMELINE_VIEW (object);

  g_clear_object (&self->axis);
  g_clear_pointer (&self->data, pd_timeline_data_free);
  G_OBJECT_CLASS (pd_timeline_view_parent_class)->finalize (object);
}

static gboolean
pd_timeline_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (PD_TIMELINE_VIEW (widget)->canvas);
}

static void
pd_timeline_view_class_init (PdTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_timeline_view_dispose;
  object_class->finalize = pd_timeline_view_finalize;
  widget_class->grab_focus = pd_timeline_view_grab_focus;

  signals[PROJECT_SELECTED] =
    g_signal_new ("project-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_PROJECT);
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_PROJECT);
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pd_timeline_view_init (PdTimelineView *self)
{
  GtkWidget *heading, *heading_box, *key;
  GtkWidget *box;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->axis = pd_timeline_axis_new ();
  self->data = pd_timeline_data_new ();

  build_toolbar (self);

  self->canvas = pd_timeline_canvas_new (self->axis);
  g_signal_connect_swapped (self->canvas, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->canvas, "activated", G_CALLBACK (on_activated), self);
  g_signal_connect_swapped (self->canvas, "error", G_CALLBACK (on_error), self);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->canvas);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  heading = gtk_label_new (_("Indicators"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (GTK_BOX (heading_box), heading);
  /* The charts' key: what the two lines are, in words */
  key = gtk_label_new (_("Solid line: actual value · dashed line: target"));
  gtk_widget_set_valign (key, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "caption");
  gtk_box_append (GTK_BOX (heading_box), key);
  gtk_box_append (GTK_BOX (box), heading_box);
  self->indicators = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_box_append (GTK_BOX (box), self->indicators);
  gtk_widget_add_css_class (box, "timeline-indicators");
  self->indicators_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->indicators_scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->indicators_scroller), box);
  gtk_widget_set_visible (self->indicators_scroller, FALSE);
  gtk_widget_set_parent (self->indicators_scroller, GTK_WIDGET (self));

  g_signal_connect_swapped (self->axis, "notify::ppd", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->axis, "notify::fit", G_CALLBACK (update_actions), self);
  update_actions (self);
}

GtkWidget *
pd_timeline_view_new (void)
{
  return g_object_new (PD_TYPE_TIMELINE_VIEW, NULL);
}

void
pd_timeline_view_set_history (PdTimelineView *self,
                              PdHistory      *history)
{
  g_return_if_fail (PD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (self->history == history)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_set_object (&self->history, history);
  if (history != NULL)
    {
      self->store = g_object_ref (pd_history_get_store (history));
      g_signal_connect_swapped (self->store, "changed", G_CALLBACK (reload), self);
    }
  pd_timeline_canvas_set_history (PD_TIMELINE_CANVAS (self->canvas), history);
  reload (self);
}

/* Selects @project without emitting ::project-selected. */
void
pd_timeline_view_select_project (PdTimelineView *self,
                                 PdProject      *project)
{
  g_return_if_fail (PD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (project == NULL || PD_IS_PROJECT (project));

  pd_timeline_canvas_select (PD_TIMELINE_CANVAS (self->canvas), project);
}

PdProject *
pd_timeline_view_get_selected (PdTimelineView *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_VIEW (self), NULL);
  return pd_timeline_canvas_get_selected (PD_TIMELINE_CANVAS (self->canvas));
}

GtkWidget *
pd_timeline_view_get_canvas (PdTimelineView *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_VIEW (self), NULL);
  return self->canvas;
}

GtkWidget *
pd_timeline_view_get_indicators (PdTimelineView *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_VIEW (self), NULL);
  return self->indicators_scroller;
}

double
pd_timeline_view_get_ppd (PdTimelineView *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_VIEW (self), 0.0);
  return pd_timeline_axis_get_ppd (self->axis);
}

/* Zooms to show the days from @first_day to @last_day (YYYY-MM-DD). */
void
pd_timeline_view_show_days (PdTimelineView *self,
                            const char     *first_day,
                            const char     *last_day)
{
  guint32 first, last;

  g_return_if_fail (PD_IS_TIMELINE_VIEW (self));

  first = pd_timeline_parse_day (first_day);
  last = pd_timeline_parse_day (last_day);
  if (first != 0 && last >= first)
    pd_timeline_axis_show_days (self->axis, first, last);
}

PdTimelineData *
pd_timeline_view_get_data (PdTimelineView *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_VIEW (self), NULL);
  return self->data;
}
