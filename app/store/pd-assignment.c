/* pd-assignment.c — one unit's role on one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-assignment"

#include "pd-assignment.h"
#include "pd-project.h"
#include "pd-util.h"

struct _PdAssignment
{
  GObject    parent_instance;

  gint64     id;
  PdProject *project;  /* weak: the project owns its assignments */
  PdUnit    *unit;
  char      *scope;
  char      *wording_after;
  PdRole     role;
  int        position;
};

G_DEFINE_FINAL_TYPE (PdAssignment, pd_assignment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_ROLE,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const role_names[PD_N_ROLES] = { "lead", "cooperate", "responsible" };

const char *
pd_role_to_string (PdRole role)
{
  g_return_val_if_fail (role < PD_N_ROLES, NULL);
  return role_names[role];
}

gboolean
pd_role_from_string (const char *str,
                     PdRole     *role)
{
  for (guint i = 0; i < PD_N_ROLES; i++)
    if (g_strcmp0 (str, role_names[i]) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

static void
pd_assignment_finalize (GObject *object)
{
  PdAssignment *self = (PdAssignment *)object;

  g_clear_weak_pointer (&self->project);
  g_clear_object (&self->unit);
  g_free (self->scope);
  g_free (self->wording_after);

  G_OBJECT_CLASS (pd_assignment_parent_class)->finalize (object);
}

static void
pd_assignment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdAssignment *self = PD_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_ROLE:
      g_value_set_string (value, pd_role_to_string (self->role));
      break;
    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_assignment_class_init (PdAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pd_assignment_finalize;
  object_class->get_property = pd_assignment_get_property;

  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, PD_TYPE_UNIT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_assignment_init (PdAssignment *self)
{
}

PdAssignment *
pd_assignment_new (gint64      id,
                   PdProject  *project,
                   PdUnit     *unit,
                   PdRole      role,
                   const char *scope,
                   int         position)
{
  PdAssignment *self;

  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  self = g_object_new (PD_TYPE_ASSIGNMENT, NULL);
  self->id = id;
  g_set_weak_pointer (&self->project, project);
  self->unit = g_object_ref (unit);
  self->role = role;
  self->scope = g_strdup (scope);
  self->position = position;
  return self;
}

gint64
pd_assignment_get_id (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), 0);
  return self->id;
}

PdProject *
pd_assignment_get_project (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), NULL);
  return self->project;
}

PdUnit *
pd_assignment_get_unit (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), NULL);
  return self->unit;
}

PdRole
pd_assignment_get_role (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), PD_ROLE_LEAD);
  return self->role;
}

const char *
pd_assignment_get_scope (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), NULL);
  return self->scope;
}

int
pd_assignment_get_position (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), 0);
  return self->position;
}

void
pd_assignment_set_role (PdAssignment *self,
                        PdRole        role)
{
  g_return_if_fail (PD_IS_ASSIGNMENT (self));
  g_return_if_fail (role < PD_N_ROLES);
  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

void
pd_assignment_set_scope (PdAssignment *self,
                         const char   *scope)
{
  g_return_if_fail (PD_IS_ASSIGNMENT (self));
  if (pd_set_str (&self->scope, scope))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

void
pd_assignment_set_position (PdAssignment *self,
                            int           position)
{
  g_return_if_fail (PD_IS_ASSIGNMENT (self));
  self->position = position;
}

/* What the document writes after this unit where its wording departs from
 * the usual rules ("等", "和"), or NULL. */
const char *
pd_assignment_get_wording_after (PdAssignment *self)
{
  g_return_val_if_fail (PD_IS_ASSIGNMENT (self), NULL);
  return self->wording_after;
}

void
pd_assignment_set_wording_after (PdAssignment *self,
                                 const char   *wording_after)
{
  g_return_if_fail (PD_IS_ASSIGNMENT (self));
  pd_set_str (&self->wording_after, wording_after);
}
