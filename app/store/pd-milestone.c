/* pd-milestone.c — a milestone (节点) of the plan: a date to meet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per milestone row, kept by PdTracking and brought in step
 * with its row after every edit; each changed field is notified.
 */
#define G_LOG_DOMAIN "pd-milestone"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-milestone.h"

struct _PdMilestone
{
  GObject    parent_instance;

  gint64     id;
  char      *due_on;
  char      *title;
  char      *kind;
  gint64     phase_id;
  PdProject *project;
  char      *done_on;
};

G_DEFINE_FINAL_TYPE (PdMilestone, pd_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DUE_ON,
  PROP_TITLE,
  PROP_KIND,
  PROP_PHASE_ID,
  PROP_PROJECT,
  PROP_DONE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kinds[] = { "deadline", "evaluation", "inspection", "other", NULL };

gboolean
pd_milestone_kind_is_valid (const char *kind)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

/* The kind in the UI language. */
const char *
pd_milestone_kind_get_label (const char *kind)
{
  if (g_strcmp0 (kind, "deadline") == 0)
    return C_("milestone kind", "Deadline");
  if (g_strcmp0 (kind, "evaluation") == 0)
    return C_("milestone kind", "Evaluation");
  if (g_strcmp0 (kind, "inspection") == 0)
    return C_("milestone kind", "Inspection");
  return C_("milestone kind", "Other");
}

static void
pd_milestone_finalize (GObject *object)
{
  PdMilestone *self = (PdMilestone *)object;

  g_free (self->due_on);
  g_free (self->title);
  g_free (self->kind);
  g_clear_object (&self->project);
  g_free (self->done_on);

  G_OBJECT_CLASS (pd_milestone_parent_class)->finalize (object);
}

static void
pd_milestone_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdMilestone *self = PD_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_PHASE_ID:
      g_value_set_int64 (value, self->phase_id);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_milestone_class_init (PdMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_milestone_finalize;
  object_class->get_property = pd_milestone_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_PHASE_ID] = g_param_spec_int64 ("phase-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, PD_TYPE_PROJECT, flags);
  properties[PROP_DONE_ON] = g_param_spec_string ("done-on", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_milestone_init (PdMilestone *self)
{
}

PdMilestone *
pd_milestone_new (gint64 id)
{
  PdMilestone *self = g_object_new (PD_TYPE_MILESTONE, NULL);

  self->id = id;
  return self;
}

gint64
pd_milestone_get_id (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), 0);
  return self->id;
}

const char *
pd_milestone_get_due_on (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), NULL);
  return self->due_on;
}

const char *
pd_milestone_get_title (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), NULL);
  return self->title;
}

const char *
pd_milestone_get_kind (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), NULL);
  return self->kind;
}

gint64
pd_milestone_get_phase_id (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), 0);
  return self->phase_id;
}

/* The project the milestone belongs to, or NULL for one of the whole plan. */
PdProject *
pd_milestone_get_project (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), NULL);
  return self->project;
}

/* The date it was met, or NULL while it is open. */
const char *
pd_milestone_get_done_on (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), NULL);
  return self->done_on;
}

gboolean
pd_milestone_is_done (PdMilestone *self)
{
  g_return_val_if_fail (PD_IS_MILESTONE (self), FALSE);
  return self->done_on != NULL;
}

static void
set_string (PdMilestone  *self,
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
pd_milestone_update (PdMilestone *self,
                     const char  *due_on,
                     const char  *title,
                     const char  *kind,
                     gint64       phase_id,
                     PdProject   *project,
                     const char  *done_on)
{
  g_return_if_fail (PD_IS_MILESTONE (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string (self, &self->due_on, due_on, PROP_DUE_ON);
  set_string (self, &self->title, title, PROP_TITLE);
  set_string (self, &self->kind, kind, PROP_KIND);
  if (self->phase_id != phase_id)
    {
      self->phase_id = phase_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE_ID]);
    }
  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  set_string (self, &self->done_on, done_on, PROP_DONE_ON);
  g_object_thaw_notify (G_OBJECT (self));
}
