/* pd-timeline-swatch.c — a colour the style sheet gives the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline draws its bars, bands and lines itself, but their colours
 * belong to the style sheet (ui/style.css) so that they follow libadwaita's
 * light, dark and high-contrast styles. Each colour is the CSS `color` of a
 * swatch: a CSS node `swatch` with a class naming its role, a child of the
 * widget that draws with it. Hidden swatches only hold a colour; a shown one
 * is a dot of that colour (the legend). When a swatch's style changes its
 * parent is told to redraw through the `style-changed` signal.
 */
#define G_LOG_DOMAIN "pd-timeline-swatch"

#include "pd-config.h"

#include "pd-timeline-swatch.h"

struct _PdTimelineSwatch
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PdTimelineSwatch, pd_timeline_swatch, GTK_TYPE_WIDGET)

enum {
  STYLE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pd_timeline_swatch_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pd_timeline_swatch_parent_class)->css_changed (widget, change);
  g_signal_emit (widget, signals[STYLE_CHANGED], 0);
}

static void
pd_timeline_swatch_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = *natural = 12;
}

static void
pd_timeline_swatch_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (width, height);
  GskRoundedRect dot;
  GdkRGBA color;

  pd_timeline_swatch_get_color (PD_TIMELINE_SWATCH (widget), &color);
  gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2, size, size),
                                   size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, &color, &dot.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
pd_timeline_swatch_class_init (PdTimelineSwatchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->css_changed = pd_timeline_swatch_css_changed;
  widget_class->measure = pd_timeline_swatch_measure;
  widget_class->snapshot = pd_timeline_swatch_snapshot;

  signals[STYLE_CHANGED] =
    g_signal_new ("style-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "swatch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
pd_timeline_swatch_init (PdTimelineSwatch *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/* A swatch for the colour of @css_class; @shown: a dot for a legend. */
GtkWidget *
pd_timeline_swatch_new (const char *css_class,
                        gboolean    shown)
{
  GtkWidget *self = g_object_new (PD_TYPE_TIMELINE_SWATCH, "visible", shown, NULL);

  gtk_widget_add_css_class (self, css_class);
  gtk_widget_set_valign (self, GTK_ALIGN_CENTER);
  return self;
}

void
pd_timeline_swatch_get_color (PdTimelineSwatch *self,
                              GdkRGBA          *color)
{
  g_return_if_fail (PD_IS_TIMELINE_SWATCH (self));

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), color);
}
