/* pd-unit.c — a unit (单位) named by the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-unit"

#include <gio/gio.h>

#include "pd-unit.h"
#include "pd-util.h"

struct _PdUnit
{
  GObject     parent_instance;

  gint64      id;
  char       *name;
  char       *short_name;
  char       *kind;
  char       *valid_from;
  char       *valid_to;
  PdUnit     *successor;  /* weak */
  GListStore *members;    /* of PdUnit, for a collective unit */
  gboolean    collective;
};

G_DEFINE_FINAL_TYPE (PdUnit, pd_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_COLLECTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_unit_finalize (GObject *object)
{
  PdUnit *self = (PdUnit *)object;

  g_clear_weak_pointer (&self->successor);
  g_clear_object (&self->members);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->kind);
  g_free (self->valid_from);
  g_free (self->valid_to);

  G_OBJECT_CLASS (pd_unit_parent_class)->finalize (object);
}

static void
pd_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PdUnit *self = PD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_COLLECTIVE:
      g_value_set_boolean (value, self->collective);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_class_init (PdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pd_unit_finalize;
  object_class->get_property = pd_unit_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLLECTIVE] =
    g_param_spec_boolean ("collective", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_unit_init (PdUnit *self)
{
}

PdUnit *
pd_unit_new (gint64      id,
             const char *name,
             const char *kind,
             gboolean    collective)
{
  PdUnit *self = g_object_new (PD_TYPE_UNIT, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->kind = g_strdup (kind);
  self->collective = !!collective;
  return self;
}

gint64
pd_unit_get_id (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), 0);
  return self->id;
}

const char *
pd_unit_get_name (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->name;
}

void
pd_unit_set_name (PdUnit     *self,
                  const char *name)
{
  g_return_if_fail (PD_IS_UNIT (self));
  if (pd_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pd_unit_get_short_name (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->short_name;
}

void
pd_unit_set_short_name (PdUnit     *self,
                        const char *short_name)
{
  g_return_if_fail (PD_IS_UNIT (self));
  if (pd_set_str (&self->short_name, short_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

const char *
pd_unit_get_kind (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->kind;
}

gboolean
pd_unit_get_collective (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), FALSE);
  return self->collective;
}

const char *
pd_unit_get_valid_from (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->valid_from;
}

const char *
pd_unit_get_valid_to (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->valid_to;
}

void
pd_unit_set_validity (PdUnit     *self,
                      const char *valid_from,
                      const char *valid_to)
{
  g_return_if_fail (PD_IS_UNIT (self));
  pd_set_str (&self->valid_from, valid_from);
  pd_set_str (&self->valid_to, valid_to);
}

/* The unit that took over from this one (萝岗区 → 黄埔区), or NULL. */
PdUnit *
pd_unit_get_successor (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  return self->successor;
}

void
pd_unit_set_successor (PdUnit *self,
                       PdUnit *successor)
{
  g_return_if_fail (PD_IS_UNIT (self));
  g_set_weak_pointer (&self->successor, successor);
}

/* The units a collective unit stands for (各区(县级市) → the districts). */
GListModel *
pd_unit_get_members (PdUnit *self)
{
  g_return_val_if_fail (PD_IS_UNIT (self), NULL);
  if (self->members == NULL)
    self->members = g_list_store_new (PD_TYPE_UNIT);
  return G_LIST_MODEL (self->members);
}

void
pd_unit_set_kind (PdUnit     *self,
                  const char *kind)
{
  g_return_if_fail (PD_IS_UNIT (self));
  if (pd_set_str (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
pd_unit_set_collective (PdUnit   *self,
                        gboolean  collective)
{
  g_return_if_fail (PD_IS_UNIT (self));
  collective = !!collective;
  if (self->collective == collective)
    return;
  self->collective = collective;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTIVE]);
}
