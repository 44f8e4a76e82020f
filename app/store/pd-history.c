/* pd-history.c — the session's undo and redo stacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit goes through pd_history_push(); undo and redo move commands
 * between the stacks. A command that fails is not kept, and the plan is as
 * it was before it.
 */
#define G_LOG_DOMAIN "pd-history"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-history.h"

struct _PdHistory
{
  GObject    parent_instance;

  PdStore   *store;
  GPtrArray *undo;  /* of PdCommand, oldest first */
  GPtrArray *redo;  /* of PdCommand, next to redo last */
  char      *undo_label;
  char      *redo_label;
};

G_DEFINE_FINAL_TYPE (PdHistory, pd_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (PdHistory *self)
{
  PdCommand *next_undo = self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  PdCommand *next_redo = self->redo->len ? g_ptr_array_index (self->redo, self->redo->len - 1) : NULL;

  g_free (self->undo_label);
  g_free (self->redo_label);
  /* Translators: tooltip of the Undo button; %s describes the edit */
  self->undo_label = next_undo ? g_strdup_printf (_("Undo “%s”"), pd_command_get_description (next_undo))
                               : g_strdup (_("Nothing to Undo"));
  /* Translators: tooltip of the Redo button; %s describes the edit */
  self->redo_label = next_redo ? g_strdup_printf (_("Redo “%s”"), pd_command_get_description (next_redo))
                               : g_strdup (_("Nothing to Redo"));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
pd_history_finalize (GObject *object)
{
  PdHistory *self = (PdHistory *)object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (pd_history_parent_class)->finalize (object);
}

static void
pd_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdHistory *self = PD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pd_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, pd_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_history_class_init (PdHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_history_finalize;
  object_class->get_property = pd_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_history_init (PdHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
}

PdHistory *
pd_history_new (PdStore *store)
{
  PdHistory *self;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  self = g_object_new (PD_TYPE_HISTORY, NULL);
  self->store = g_object_ref (store);
  update (self);
  return self;
}

PdStore *
pd_history_get_store (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), NULL);
  return self->store;
}

/* Applies @command and keeps it for undo; on failure nothing changed. */
gboolean
pd_history_push (PdHistory  *self,
                 PdCommand  *command,
                 GError    **error)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PD_IS_COMMAND (command), FALSE);

  if (!pd_command_apply (command, self->store, error))
    return FALSE;

  /* An edit that changed nothing is not worth an undo step. */
  if (pd_command_get_n_changes (command) > 0)
    {
      g_ptr_array_add (self->undo, g_object_ref (command));
      g_ptr_array_set_size (self->redo, 0);
      update (self);
    }
  return TRUE;
}

gboolean
pd_history_undo (PdHistory  *self,
                 GError    **error)
{
  PdCommand *command;

  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);

  if (self->undo->len == 0)
    return TRUE;
  command = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (!pd_command_revert (command, self->store, error))
    return FALSE;
  g_ptr_array_add (self->redo, g_ptr_array_steal_index (self->undo, self->undo->len - 1));
  update (self);
  return TRUE;
}

gboolean
pd_history_redo (PdHistory  *self,
                 GError    **error)
{
  PdCommand *command;

  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);

  if (self->redo->len == 0)
    return TRUE;
  command = g_ptr_array_index (self->redo, self->redo->len - 1);
  if (!pd_command_apply (command, self->store, error))
    return FALSE;
  g_ptr_array_add (self->undo, g_ptr_array_steal_index (self->redo, self->redo->len - 1));
  update (self);
  return TRUE;
}

gboolean
pd_history_get_can_undo (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
pd_history_get_can_redo (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

const char *
pd_history_get_undo_label (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), NULL);
  return self->undo_label;
}

const char *
pd_history_get_redo_label (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), NULL);
  return self->redo_label;
}

guint
pd_history_get_n_undo (PdHistory *self)
{
  g_return_val_if_fail (PD_IS_HISTORY (self), 0);
  return self->undo->len;
}
