/* pd-timeline-axis.c — the one time axis every part of the timeline shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like Sysprof's charts, every part of the timeline (the ruler with phases
 * and milestones, the project rows, the drag feedback) maps days to pixels
 * through this one object, so they cannot disagree. The axis runs from the
 * first to the last day of its range at some pixels per day (ppd); the
 * offset is how far the visible part is scrolled into the content, which is
 * PD_TIMELINE_AXIS_PADDING wider on each side than the days themselves.
 *
 * "Fit" zoom shows the whole range in the width and follows it when the
 * width changes; any other zoom keeps its ppd. Zooming keeps the day under
 * an anchor (the pointer, or the middle) where it was.
 *
 * Properties notify when they change; "zoom-serial" counts zoom changes so
 * that caches of drawings made at one zoom know when to go.
 */
#define G_LOG_DOMAIN "pd-timeline-axis"

#include "pd-config.h"

#include <math.h>

#include "pd-timeline-axis.h"
#include "pd-timeline-data.h"

struct _PdTimelineAxis
{
  GObject  parent_instance;

  guint32  first_day;
  guint32  last_day;
  double   width;
  double   ppd;
  double   offset;
  guint    zoom_serial;
  guint    fit : 1;
};

G_DEFINE_FINAL_TYPE (PdTimelineAxis, pd_timeline_axis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PPD,
  PROP_OFFSET,
  PROP_FIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_timeline_axis_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PdTimelineAxis *self = PD_TIMELINE_AXIS (object);

  switch (prop_id)
    {
    case PROP_PPD:
      g_value_set_double (value, self->ppd);
      break;
    case PROP_OFFSET:
      g_value_set_double (value, self->offset);
      break;
    case PROP_FIT:
      g_value_set_boolean (value, self->fit);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_timeline_axis_class_init (PdTimelineAxisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pd_timeline_axis_get_property;

  properties[PROP_PPD] =
    g_param_spec_double ("ppd", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFSET] =
    g_param_spec_double ("offset", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT] =
    g_param_spec_boolean ("fit", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_timeline_axis_init (PdTimelineAxis *self)
{
  self->first_day = pd_timeline_day_from_ymd (2013, 1, 1);
  self->last_day = pd_timeline_day_from_ymd (2022, 12, 31);
  self->width = 800;
  self->ppd = 1.0;
  self->fit = TRUE;
}

PdTimelineAxis *
pd_timeline_axis_new (void)
{
  PdTimelineAxis *self = g_object_new (PD_TYPE_TIMELINE_AXIS, NULL);

  self->ppd = pd_timeline_axis_get_fit_ppd (self);
  return self;
}

static double
n_days (PdTimelineAxis *self)
{
  return (double)(self->last_day - self->first_day + 1);
}

double
pd_timeline_axis_get_fit_ppd (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 1.0);
  return MAX (self->width - 2 * PD_TIMELINE_AXIS_PADDING, 16.0) / n_days (self);
}

static double
clamp_ppd (PdTimelineAxis *self,
           double          ppd)
{
  double fit = pd_timeline_axis_get_fit_ppd (self);

  return CLAMP (ppd, fit, MAX (fit, PD_TIMELINE_AXIS_MAX_PPD));
}

double
pd_timeline_axis_get_content_width (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0.0);
  return n_days (self) * self->ppd + 2 * PD_TIMELINE_AXIS_PADDING;
}

static double
clamp_offset (PdTimelineAxis *self,
              double          offset)
{
  double max = MAX (0.0, pd_timeline_axis_get_content_width (self) - self->width);

  return CLAMP (offset, 0.0, max);
}

/* Sets the zoom and offset together; notifies what changed. */
static void
update (PdTimelineAxis *self,
        double          ppd,
        double          offset,
        gboolean        fit)
{
  gboolean ppd_changed, offset_changed, fit_changed;

  ppd = clamp_ppd (self, ppd);
  ppd_changed = fabs (ppd - self->ppd) > 1e-9;
  fit_changed = self->fit != !!fit;
  self->ppd = ppd;
  self->fit = !!fit;
  offset = clamp_offset (self, offset);
  offset_changed = fabs (offset - self->offset) > 1e-6;
  self->offset = offset;

  if (ppd_changed)
    {
      self->zoom_serial++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PPD]);
    }
  if (fit_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT]);
  if (offset_changed || ppd_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFSET]);
}

void
pd_timeline_axis_set_range (PdTimelineAxis *self,
                            guint32         first_day,
                            guint32         last_day)
{
  guint32 old_first_day;
  double old_first_x;

  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));
  g_return_if_fail (first_day > 0 && last_day >= first_day);

  if (first_day == self->first_day && last_day == self->last_day)
    return;
  /* Keep the visible days where they are. */
  old_first_day = self->first_day;
  old_first_x = pd_timeline_axis_day_to_x (self, old_first_day);
  self->first_day = first_day;
  self->last_day = last_day;
  self->zoom_serial++;
  if (self->fit)
    update (self, pd_timeline_axis_get_fit_ppd (self), 0.0, TRUE);
  else
    update (self, self->ppd,
            PD_TIMELINE_AXIS_PADDING + ((double)old_first_day - first_day) * self->ppd - old_first_x, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PPD]);
}

guint32
pd_timeline_axis_get_first_day (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0);
  return self->first_day;
}

guint32
pd_timeline_axis_get_last_day (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0);
  return self->last_day;
}

void
pd_timeline_axis_set_width (PdTimelineAxis *self,
                            double          width)
{
  double left_day;

  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));

  width = MAX (width, 1.0);
  if (fabs (width - self->width) < 0.5)
    return;
  left_day = pd_timeline_axis_x_to_day (self, 0);
  self->width = width;
  if (self->fit)
    update (self, pd_timeline_axis_get_fit_ppd (self), 0.0, TRUE);
  else
    /* Keep the left edge's day; zooming out past "fit" is not allowed. */
    update (self, self->ppd,
            PD_TIMELINE_AXIS_PADDING + (left_day - self->first_day) * clamp_ppd (self, self->ppd),
            FALSE);
}

double
pd_timeline_axis_get_width (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0.0);
  return self->width;
}

double
pd_timeline_axis_get_ppd (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 1.0);
  return self->ppd;
}

gboolean
pd_timeline_axis_get_fit (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), TRUE);
  return self->fit;
}

guint
pd_timeline_axis_get_zoom_serial (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0);
  return self->zoom_serial;
}

double
pd_timeline_axis_get_offset (PdTimelineAxis *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_AXIS (self), 0.0);
  return self->offset;
}

void
pd_timeline_axis_set_offset (PdTimelineAxis *self,
                             double          offset)
{
  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));
  update (self, self->ppd, offset, self->fit && clamp_offset (self, offset) == 0.0);
}

/* Zooms to @ppd keeping the day at @anchor_x (pixels from the left edge)
 * under it. */
void
pd_timeline_axis_zoom_at (PdTimelineAxis *self,
                          double          ppd,
                          double          anchor_x)
{
  double day;

  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));

  day = pd_timeline_axis_x_to_day (self, anchor_x);
  ppd = clamp_ppd (self, ppd);
  update (self, ppd, PD_TIMELINE_AXIS_PADDING + (day - self->first_day) * ppd - anchor_x,
          ppd <= pd_timeline_axis_get_fit_ppd (self) + 1e-9);
}

void
pd_timeline_axis_zoom_by (PdTimelineAxis *self,
                          double          factor,
                          double          anchor_x)
{
  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));
  pd_timeline_axis_zoom_at (self, self->ppd * factor, anchor_x);
}

void
pd_timeline_axis_fit (PdTimelineAxis *self)
{
  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));
  update (self, pd_timeline_axis_get_fit_ppd (self), 0.0, TRUE);
}

/* Zooms so that the days from @first_day to @last_day fill the width. */
void
pd_timeline_axis_show_days (PdTimelineAxis *self,
                            guint32         first_day,
                            guint32         last_day)
{
  double ppd;

  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));
  g_return_if_fail (last_day >= first_day);

  ppd = clamp_ppd (self, (self->width - 2 * PD_TIMELINE_AXIS_PADDING) / (double)(last_day - first_day + 1));
  update (self, ppd, ((double)first_day - self->first_day) * ppd,
          ppd <= pd_timeline_axis_get_fit_ppd (self) + 1e-9);
}

/* Scrolls, if needed, so that @day is in view. */
void
pd_timeline_axis_reveal_day (PdTimelineAxis *self,
                             guint32         day)
{
  double x;

  g_return_if_fail (PD_IS_TIMELINE_AXIS (self));

  x = pd_timeline_axis_day_to_x (self, day);
  if (x < PD_TIMELINE_AXIS_PADDING)
    pd_timeline_axis_set_offset (self, self->offset + x - PD_TIMELINE_AXIS_PADDING);
  else if (x > self->width - PD_TIMELINE_AXIS_PADDING)
    pd_timeline_axis_set_offset (self, self->offset + x - self->width + PD_TIMELINE_AXIS_PADDING);
}

/* The x of the start of @day (fractions run through the day), in pixels
 * from the left edge of the visible part. */
double
pd_timeline_axis_day_to_x (PdTimelineAxis *self,
                           double          day)
{
  return PD_TIMELINE_AXIS_PADDING + (day - self->first_day) * self->ppd - self->offset;
}

/* The same, from the left edge of the content: it does not change with
 * scrolling, so drawings in these coordinates can be kept while panning. */
double
pd_timeline_axis_day_to_content_x (PdTimelineAxis *self,
                                   double          day)
{
  return PD_TIMELINE_AXIS_PADDING + (day - self->first_day) * self->ppd;
}

double
pd_timeline_axis_x_to_day (PdTimelineAxis *self,
                           double          x)
{
  return self->first_day + (x + self->offset - PD_TIMELINE_AXIS_PADDING) / self->ppd;
}

void
pd_timeline_axis_get_visible_days (PdTimelineAxis *self,
                                   guint32        *first_day,
                                   guint32        *last_day)
{
  double first = floor (pd_timeline_axis_x_to_day (self, 0));
  double last = ceil (pd_timeline_axis_x_to_day (self, self->width));

  if (first_day != NULL)
    *first_day = (guint32)MAX (first, 1.0);
  if (last_day != NULL)
    *last_day = (guint32)MAX (last, 1.0);
}

void
pd_timeline_axis_get_units (PdTimelineAxis     *self,
                            PdTimelineTickUnit *major,
                            PdTimelineTickUnit *minor)
{
  PdTimelineTickUnit major_unit = PD_TIMELINE_TICK_YEAR, minor_unit = PD_TIMELINE_TICK_YEAR;

  if (self->ppd >= 22.0)
    {
      major_unit = PD_TIMELINE_TICK_MONTH;
      minor_unit = PD_TIMELINE_TICK_DAY;
    }
  else if (self->ppd * 30.4 >= 40.0)
    minor_unit = PD_TIMELINE_TICK_MONTH;
  else if (self->ppd * 91.3 >= 44.0)
    minor_unit = PD_TIMELINE_TICK_QUARTER;

  if (major != NULL)
    *major = major_unit;
  if (minor != NULL)
    *minor = minor_unit;
}

/* The first day of the year, quarter, month or day holding @day. */
guint32
pd_timeline_axis_unit_start (PdTimelineTickUnit unit,
                             guint32            day)
{
  int year, month, mday;

  pd_timeline_day_get_ymd (day, &year, &month, &mday);
  switch (unit)
    {
    case PD_TIMELINE_TICK_YEAR:
      return pd_timeline_day_from_ymd (year, 1, 1);
    case PD_TIMELINE_TICK_QUARTER:
      return pd_timeline_day_from_ymd (year, (month - 1) / 3 * 3 + 1, 1);
    case PD_TIMELINE_TICK_MONTH:
      return pd_timeline_day_from_ymd (year, month, 1);
    case PD_TIMELINE_TICK_DAY:
    default:
      return day;
    }
}

/* The first day of the next year, quarter, month or day after @day's. */
guint32
pd_timeline_axis_unit_next (PdTimelineTickUnit unit,
                            guint32            day)
{
  int year, month, mday;

  pd_timeline_day_get_ymd (day, &year, &month, &mday);
  switch (unit)
    {
    case PD_TIMELINE_TICK_YEAR:
      return pd_timeline_day_from_ymd (year + 1, 1, 1);
    case PD_TIMELINE_TICK_QUARTER:
      return pd_timeline_day_from_ymd (year, (month - 1) / 3 * 3 + 4, 1);
    case PD_TIMELINE_TICK_MONTH:
      return pd_timeline_day_from_ymd (year, month + 1, 1);
    case PD_TIMELINE_TICK_DAY:
    default:
      return day + 1;
    }
}
