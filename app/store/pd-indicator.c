/* pd-indicator.c — an indicator (指标) of the plan's goal, with its values by year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per indicator row (一强二升三降). Its indicator_value rows
 * are held by year; when they change, PdIndicator::values-changed is
 * emitted once.
 */
#define G_LOG_DOMAIN "pd-indicator"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-indicator.h"

struct _PdIndicator
{
  GObject  parent_instance;

  gint64   id;
  int      position;
  char    *group;
  char    *name;
  char    *direction;
  char    *measure;
  GArray  *values;  /* of PdIndicatorValue, by year */
};

G_DEFINE_FINAL_TYPE (PdIndicator, pd_indicator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_GROUP,
  PROP_NAME,
  PROP_DIRECTION,
  PROP_MEASURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_VALUES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The goal's three groups: 一强 (strengthen), 二升 (raise), 三降 (lower). */
const char *
pd_indicator_group_get_label (const char *group)
{
  if (g_strcmp0 (group, "strengthen") == 0)
    return C_("indicator group", "Strengthen");
  if (g_strcmp0 (group, "raise") == 0)
    return C_("indicator group", "Raise");
  return C_("indicator group", "Lower");
}

static void
pd_indicator_finalize (GObject *object)
{
  PdIndicator *self = (PdIndicator *)object;

  g_free (self->group);
  g_free (self->name);
  g_free (self->direction);
  g_free (self->measure);
  g_array_unref (self->values);

  G_OBJECT_CLASS (pd_indicator_parent_class)->finalize (object);
}

static void
pd_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdIndicator *self = PD_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;
    case PROP_MEASURE:
      g_value_set_string (value, self->measure);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_indicator_class_init (PdIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_indicator_finalize;
  object_class->get_property = pd_indicator_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DIRECTION] = g_param_spec_string ("direction", NULL, NULL, NULL, flags);
  properties[PROP_MEASURE] = g_param_spec_string ("measure", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PdIndicator::values-changed:
   *
   * Emitted when a target or actual value of any year changed.
   */
  signals[SIGNAL_VALUES_CHANGED] =
    g_signal_new ("values-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_indicator_init (PdIndicator *self)
{
  self->values = g_array_new (FALSE, TRUE, sizeof (PdIndicatorValue));
}

PdIndicator *
pd_indicator_new (gint64 id)
{
  PdIndicator *self = g_object_new (PD_TYPE_INDICATOR, NULL);

  self->id = id;
  return self;
}

gint64
pd_indicator_get_id (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), 0);
  return self->id;
}

int
pd_indicator_get_position (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), 0);
  return self->position;
}

/* "strengthen", "raise" or "lower". */
const char *
pd_indicator_get_group (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), NULL);
  return self->group;
}

const char *
pd_indicator_get_name (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), NULL);
  return self->name;
}

/* "up" when higher is better, "down" when lower is. */
const char *
pd_indicator_get_direction (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), NULL);
  return self->direction;
}

/* The unit of measure (%, 起…), or NULL. */
const char *
pd_indicator_get_measure (PdIndicator *self)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), NULL);
  return self->measure;
}

/* The values of @year; FALSE (and both empty) when there is no row. */
gboolean
pd_indicator_get_value (PdIndicator      *self,
                        int               year,
                        PdIndicatorValue *value)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), FALSE);

  for (guint i = 0; i < self->values->len; i++)
    {
      const PdIndicatorValue *v = &g_array_index (self->values, PdIndicatorValue, i);

      if (v->year == year)
        {
          if (value != NULL)
            *value = *v;
          return TRUE;
        }
    }
  if (value != NULL)
    {
      memset (value, 0, sizeof *value);
      value->year = year;
    }
  return FALSE;
}

/* Every year with a row, in order. */
const PdIndicatorValue *
pd_indicator_get_values (PdIndicator *self,
                         guint       *n_values)
{
  g_return_val_if_fail (PD_IS_INDICATOR (self), NULL);

  if (n_values != NULL)
    *n_values = self->values->len;
  return (const PdIndicatorValue *)(gpointer)self->values->data;
}

static void
set_string (PdIndicator  *self,
            char        **field,
            const char   *value,
            guint         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
pd_indicator_update (PdIndicator *self,
                     int          position,
                     const char  *group,
                     const char  *name,
                     const char  *direction,
                     const char  *measure)
{
  g_return_if_fail (PD_IS_INDICATOR (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  set_string (self, &self->group, group, PROP_GROUP);
  set_string (self, &self->name, name, PROP_NAME);
  set_string (self, &self->direction, direction, PROP_DIRECTION);
  set_string (self, &self->measure, measure, PROP_MEASURE);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
value_equal (const PdIndicatorValue *a,
             const PdIndicatorValue *b)
{
  return a->year == b->year &&
         a->has_target == b->has_target && (!a->has_target || a->target == b->target) &&
         a->has_actual == b->has_actual && (!a->has_actual || a->actual == b->actual);
}

/* @values in year order. */
void
pd_indicator_set_values (PdIndicator            *self,
                         const PdIndicatorValue *values,
                         guint                   n_values)
{
  gboolean same;

  g_return_if_fail (PD_IS_INDICATOR (self));

  same = n_values == self->values->len;
  for (guint i = 0; same && i < n_values; i++)
    same = value_equal (&values[i], &g_array_index (self->values, PdIndicatorValue, i));
  if (same)
    return;
  g_array_set_size (self->values, 0);
  g_array_append_vals (self->values, values, n_values);
  g_signal_emit (self, signals[SIGNAL_VALUES_CHANGED], 0);
}
