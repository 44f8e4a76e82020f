/* pd-progress-report.c — a progress report (进展情况) on a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instance per progress_report row, kept by PdTracking in the project's
 * list of reports and brought in step with its row after every edit.
 */
#define G_LOG_DOMAIN "pd-progress-report"

#include "pd-progress-report.h"

struct _PdProgressReport
{
  GObject    parent_instance;

  gint64     id;
  PdProject *project;
  PdUnit    *unit;
  char      *reported_on;
  PdStatus   status;
  int        progress;
  char      *body;
};

G_DEFINE_FINAL_TYPE (PdProgressReport, pd_progress_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROJECT,
  PROP_UNIT,
  PROP_REPORTED_ON,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_progress_report_finalize (GObject *object)
{
  PdProgressReport *self = (PdProgressReport *)object;

  g_clear_object (&self->project);
  g_clear_object (&self->unit);
  g_free (self->reported_on);
  g_free (self->body);

  G_OBJECT_CLASS (pd_progress_report_parent_class)->finalize (object);
}

static void
pd_progress_report_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdProgressReport *self = PD_PROGRESS_REPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_REPORTED_ON:
      g_value_set_string (value, self->reported_on);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_progress_report_class_init (PdProgressReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_progress_report_finalize;
  object_class->get_property = pd_progress_report_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, PD_TYPE_PROJECT, flags);
  properties[PROP_UNIT] = g_param_spec_object ("unit", NULL, NULL, PD_TYPE_UNIT, flags);
  properties[PROP_REPORTED_ON] = g_param_spec_string ("reported-on", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, PD_N_STATUSES - 1, 0, flags);
  properties[PROP_PROGRESS] = g_param_spec_int ("progress", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_progress_report_init (PdProgressReport *self)
{
}

PdProgressReport *
pd_progress_report_new (gint64     id,
                        PdProject *project)
{
  PdProgressReport *self;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  self = g_object_new (PD_TYPE_PROGRESS_REPORT, NULL);
  self->id = id;
  self->project = g_object_ref (project);
  return self;
}

gint64
pd_progress_report_get_id (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), 0);
  return self->id;
}

PdProject *
pd_progress_report_get_project (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), NULL);
  return self->project;
}

/* The reporting unit, or NULL when none is named. */
PdUnit *
pd_progress_report_get_unit (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), NULL);
  return self->unit;
}

const char *
pd_progress_report_get_reported_on (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), NULL);
  return self->reported_on;
}

PdStatus
pd_progress_report_get_status (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), PD_STATUS_PLANNED);
  return self->status;
}

int
pd_progress_report_get_progress (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), 0);
  return self->progress;
}

/* The report's text, Markdown. */
const char *
pd_progress_report_get_body (PdProgressReport *self)
{
  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (self), NULL);
  return self->body;
}

void
pd_progress_report_update (PdProgressReport *self,
                           PdUnit           *unit,
                           const char       *reported_on,
                           PdStatus          status,
                           int               progress,
                           const char       *body)
{
  g_return_if_fail (PD_IS_PROGRESS_REPORT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
  if (g_strcmp0 (self->reported_on, reported_on) != 0)
    {
      g_free (self->reported_on);
      self->reported_on = g_strdup (reported_on);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTED_ON]);
    }
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->progress != progress)
    {
      self->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
  if (g_strcmp0 (self->body, body) != 0)
    {
      g_free (self->body);
      self->body = g_strdup (body);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
