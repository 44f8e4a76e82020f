/* pd-log-entry.c — one row of the change log (留痕)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-log-entry"

#include "pd-log-entry.h"

struct _PdLogEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *changed_at;
  char    *user_name;
  char    *description;
};

G_DEFINE_FINAL_TYPE (PdLogEntry, pd_log_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHANGED_AT,
  PROP_USER_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_log_entry_finalize (GObject *object)
{
  PdLogEntry *self = (PdLogEntry *)object;

  g_free (self->changed_at);
  g_free (self->user_name);
  g_free (self->description);

  G_OBJECT_CLASS (pd_log_entry_parent_class)->finalize (object);
}

static void
pd_log_entry_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdLogEntry *self = PD_LOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CHANGED_AT:
      g_value_set_string (value, self->changed_at);
      break;
    case PROP_USER_NAME:
      g_value_set_string (value, self->user_name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_log_entry_class_init (PdLogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_log_entry_finalize;
  object_class->get_property = pd_log_entry_get_property;

  properties[PROP_CHANGED_AT] = g_param_spec_string ("changed-at", NULL, NULL, NULL, flags);
  properties[PROP_USER_NAME] = g_param_spec_string ("user-name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_log_entry_init (PdLogEntry *self)
{
}

PdLogEntry *
pd_log_entry_new (gint64      id,
                  const char *changed_at,
                  const char *user_name,
                  const char *description)
{
  PdLogEntry *self = g_object_new (PD_TYPE_LOG_ENTRY, NULL);

  self->id = id;
  self->changed_at = g_strdup (changed_at);
  self->user_name = g_strdup (user_name);
  self->description = g_strdup (description);
  return self;
}

gint64
pd_log_entry_get_id (PdLogEntry *self)
{
  g_return_val_if_fail (PD_IS_LOG_ENTRY (self), 0);
  return self->id;
}

const char *
pd_log_entry_get_changed_at (PdLogEntry *self)
{
  g_return_val_if_fail (PD_IS_LOG_ENTRY (self), NULL);
  return self->changed_at;
}

const char *
pd_log_entry_get_user_name (PdLogEntry *self)
{
  g_return_val_if_fail (PD_IS_LOG_ENTRY (self), NULL);
  return self->user_name;
}

const char *
pd_log_entry_get_description (PdLogEntry *self)
{
  g_return_val_if_fail (PD_IS_LOG_ENTRY (self), NULL);
  return self->description;
}
