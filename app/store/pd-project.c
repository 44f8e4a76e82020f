/* pd-project.c — a project (项目) of a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-project"

#include "pd-programme.h"
#include "pd-project.h"
#include "pd-util.h"

struct _PdProject
{
  GObject      parent_instance;

  gint64       id;
  PdProgramme *programme;    /* weak */
  char        *title;
  char        *notes;
  char        *start_on;
  char        *due_on;
  GListStore  *assignments;  /* of PdAssignment, in document order */
  int          number;
  int          progress;
  PdStatus     status;
};

G_DEFINE_FINAL_TYPE (PdProject, pd_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_START_ON,
  PROP_DUE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  UNITS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const status_names[PD_N_STATUSES] = { "planned", "active", "done", "suspended" };

const char *
pd_status_to_string (PdStatus status)
{
  g_return_val_if_fail (status < PD_N_STATUSES, NULL);
  return status_names[status];
}

gboolean
pd_status_from_string (const char *str,
                       PdStatus   *status)
{
  for (guint i = 0; i < PD_N_STATUSES; i++)
    if (g_strcmp0 (str, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

static void
pd_project_finalize (GObject *object)
{
  PdProject *self = (PdProject *)object;

  g_clear_weak_pointer (&self->programme);
  g_clear_object (&self->assignments);
  g_free (self->title);
  g_free (self->notes);
  g_free (self->start_on);
  g_free (self->due_on);

  G_OBJECT_CLASS (pd_project_parent_class)->finalize (object);
}

static void
pd_project_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdProject *self = PD_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STATUS:
      g_value_set_string (value, pd_status_to_string (self->status));
      break;
    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;
    case PROP_START_ON:
      g_value_set_string (value, self->start_on);
      break;
    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_project_class_init (PdProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_project_finalize;
  object_class->get_property = pd_project_get_property;

  properties[PROP_NUMBER] = g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties[PROP_PROGRESS] = g_param_spec_int ("progress", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_START_ON] = g_param_spec_string ("start-on", NULL, NULL, NULL, flags);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PdProject::units-changed:
   *
   * Emitted when the project's units change in a way its rows show: an
   * assignment added, removed, moved or given another role or scope, or one
   * of its units renamed.
   */
  signals[UNITS_CHANGED] =
    g_signal_new ("units-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_project_init (PdProject *self)
{
  self->assignments = g_list_store_new (PD_TYPE_ASSIGNMENT);
}

PdProject *
pd_project_new (gint64       id,
                PdProgramme *programme,
                int          number,
                const char  *title)
{
  PdProject *self = g_object_new (PD_TYPE_PROJECT, NULL);

  self->id = id;
  g_set_weak_pointer (&self->programme, programme);
  self->number = number;
  self->title = g_strdup (title);
  return self;
}

gint64
pd_project_get_id (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), 0);
  return self->id;
}

PdProgramme *
pd_project_get_programme (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return self->programme;
}

int
pd_project_get_number (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), 0);
  return self->number;
}

const char *
pd_project_get_title (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return self->title;
}

void
pd_project_set_title (PdProject  *self,
                      const char *title)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  if (pd_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
pd_project_get_notes (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return self->notes;
}

void
pd_project_set_notes (PdProject  *self,
                      const char *notes)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  pd_set_str (&self->notes, notes);
}

PdStatus
pd_project_get_status (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), PD_STATUS_PLANNED);
  return self->status;
}

void
pd_project_set_status (PdProject *self,
                       PdStatus   status)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  g_return_if_fail (status < PD_N_STATUSES);
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
pd_project_get_progress (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), 0);
  return self->progress;
}

void
pd_project_set_progress (PdProject *self,
                         int        progress)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  progress = CLAMP (progress, 0, 100);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

const char *
pd_project_get_start_on (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return self->start_on;
}

const char *
pd_project_get_due_on (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return self->due_on;
}

void
pd_project_set_dates (PdProject  *self,
                      const char *start_on,
                      const char *due_on)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  if (pd_set_str (&self->start_on, start_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_ON]);
  if (pd_set_str (&self->due_on, due_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

/* The project's assignments in document order (leads first, as written). */
GListModel *
pd_project_get_assignments (PdProject *self)
{
  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->assignments);
}

void
pd_project_add_assignment (PdProject    *self,
                           PdAssignment *assignment)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  g_list_store_append (self->assignments, assignment);
}

/* The names of the units in @role joined with 、, at most @max_names of them
 * (0 for all); *@n_units receives how many units have the role. */
char *
pd_project_dup_unit_names (PdProject *self,
                           PdRole     role,
                           guint      max_names,
                           guint     *n_units)
{
  GString *names = g_string_new (NULL);
  guint n_items, count = 0;

  g_return_val_if_fail (PD_IS_PROJECT (self), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->assignments));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (G_LIST_MODEL (self->assignments), i);

      if (pd_assignment_get_role (assignment) != role)
        continue;
      if (max_names == 0 || count < max_names)
        {
          if (count > 0)
            g_string_append (names, "、");
          g_string_append (names, pd_unit_get_name (pd_assignment_get_unit (assignment)));
        }
      count++;
    }

  if (n_units != NULL)
    *n_units = count;
  return g_string_free (names, FALSE);
}

void
pd_project_emit_units_changed (PdProject *self)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  g_signal_emit (self, signals[UNITS_CHANGED], 0);
}

void
pd_project_set_number (PdProject *self,
                       int        number)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  if (self->number == number)
    return;
  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

void
pd_project_set_programme (PdProject   *self,
                          PdProgramme *programme)
{
  g_return_if_fail (PD_IS_PROJECT (self));
  g_set_weak_pointer (&self->programme, programme);
}
