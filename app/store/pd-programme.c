/* pd-programme.c — a programme (工程) of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-programme"

#include "pd-programme.h"
#include "pd-util.h"

struct _PdProgramme
{
  GObject     parent_instance;

  gint64      id;
  char       *numeral;
  char       *title;
  GListStore *projects;  /* of PdProject, by number */
  int         position;
};

G_DEFINE_FINAL_TYPE (PdProgramme, pd_programme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMERAL,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_programme_finalize (GObject *object)
{
  PdProgramme *self = (PdProgramme *)object;

  g_clear_object (&self->projects);
  g_free (self->numeral);
  g_free (self->title);

  G_OBJECT_CLASS (pd_programme_parent_class)->finalize (object);
}

static void
pd_programme_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdProgramme *self = PD_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_NUMERAL:
      g_value_set_string (value, self->numeral);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_programme_class_init (PdProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_programme_finalize;
  object_class->get_property = pd_programme_get_property;

  properties[PROP_NUMERAL] = g_param_spec_string ("numeral", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_programme_init (PdProgramme *self)
{
  self->projects = g_list_store_new (PD_TYPE_PROJECT);
}

PdProgramme *
pd_programme_new (gint64      id,
                  int         position,
                  const char *numeral,
                  const char *title)
{
  PdProgramme *self = g_object_new (PD_TYPE_PROGRAMME, NULL);

  self->id = id;
  self->position = position;
  self->numeral = g_strdup (numeral);
  self->title = g_strdup (title);
  return self;
}

gint64
pd_programme_get_id (PdProgramme *self)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (self), 0);
  return self->id;
}

int
pd_programme_get_position (PdProgramme *self)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (self), 0);
  return self->position;
}

const char *
pd_programme_get_numeral (PdProgramme *self)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (self), NULL);
  return self->numeral;
}

const char *
pd_programme_get_title (PdProgramme *self)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (self), NULL);
  return self->title;
}

void
pd_programme_set_title (PdProgramme *self,
                        const char  *title)
{
  g_return_if_fail (PD_IS_PROGRAMME (self));
  if (pd_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

GListModel *
pd_programme_get_projects (PdProgramme *self)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (self), NULL);
  return G_LIST_MODEL (self->projects);
}

void
pd_programme_add_project (PdProgramme *self,
                          PdProject   *project)
{
  g_return_if_fail (PD_IS_PROGRAMME (self));
  g_list_store_append (self->projects, project);
}

void
pd_programme_set_position (PdProgramme *self,
                           int          position)
{
  g_return_if_fail (PD_IS_PROGRAMME (self));
  self->position = position;
}

void
pd_programme_set_numeral (PdProgramme *self,
                          const char  *numeral)
{
  g_return_if_fail (PD_IS_PROGRAMME (self));
  if (pd_set_str (&self->numeral, numeral))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMERAL]);
}
