/* pd-command.c — one edit of the plan: apply, revert, describe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A command is a list of row changes. The first apply runs the command's
 * perform function, which decides the changes and writes them; undo writes
 * them back in reverse order, redo writes them again as recorded. Each of
 * these runs in one transaction that also writes one change_log row, so the
 * file is always consistent and every edit is saved at once. If anything
 * fails, the transaction is rolled back and the models are put back as they
 * were.
 */
#define G_LOG_DOMAIN "pd-command"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-command-private.h"

typedef struct
{
  PdRow   *old_row;
  PdRow   *new_row;
  GObject *object;
} PdChange;

typedef enum
{
  STATE_NEW,
  STATE_APPLIED,
  STATE_REVERTED,
} State;

struct _PdCommand
{
  GObject           parent_instance;

  char             *description;
  PdCommandPerform  perform;
  gpointer          data;
  GDestroyNotify    destroy;
  GArray           *changes;  /* of PdChange */
  State             state;
  gboolean          destructive;
  gboolean          performing;
};

G_DEFINE_FINAL_TYPE (PdCommand, pd_command, G_TYPE_OBJECT)

static void
change_clear (PdChange *change)
{
  g_clear_pointer (&change->old_row, pd_row_free);
  g_clear_pointer (&change->new_row, pd_row_free);
  g_clear_object (&change->object);
}

static void
pd_command_finalize (GObject *object)
{
  PdCommand *self = (PdCommand *)object;

  if (self->destroy != NULL)
    self->destroy (self->data);
  g_array_unref (self->changes);
  g_free (self->description);

  G_OBJECT_CLASS (pd_command_parent_class)->finalize (object);
}

static void
pd_command_class_init (PdCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_command_finalize;
}

static void
pd_command_init (PdCommand *self)
{
  self->changes = g_array_new (FALSE, TRUE, sizeof (PdChange));
  g_array_set_clear_func (self->changes, (GDestroyNotify)change_clear);
}

PdCommand *
pd_command_new (const char       *description,
                PdCommandPerform  perform,
                gpointer          data,
                GDestroyNotify    destroy)
{
  PdCommand *self;

  g_return_val_if_fail (description != NULL, NULL);
  g_return_val_if_fail (perform != NULL, NULL);

  self = g_object_new (PD_TYPE_COMMAND, NULL);
  self->description = g_strdup (description);
  self->perform = perform;
  self->data = data;
  self->destroy = destroy;
  return self;
}

/* A command whose description is formatted like printf. */
PdCommand *
pd_command_new_printf (PdCommandPerform  perform,
                       gpointer          data,
                       GDestroyNotify    destroy,
                       const char       *format,
                       ...)
{
  g_autofree char *description = NULL;
  va_list ap;

  va_start (ap, format);
  description = g_strdup_vprintf (format, ap);
  va_end (ap);
  return pd_command_new (description, perform, data, destroy);
}

/* Sets @error to the input a command constructor cannot take
 * (PD_STORE_ERROR_CONSTRAINT) and returns FALSE. */
gboolean
pd_command_refuse (GError     **error,
                   const char  *message)
{
  g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT, message);
  return FALSE;
}

const char *
pd_command_get_description (PdCommand *self)
{
  g_return_val_if_fail (PD_IS_COMMAND (self), NULL);
  return self->description;
}

/* A destructive command (deleting a project, merging units) is offered for
 * undo in a toast as well. */
gboolean
pd_command_is_destructive (PdCommand *self)
{
  g_return_val_if_fail (PD_IS_COMMAND (self), FALSE);
  return self->destructive;
}

void
pd_command_set_destructive (PdCommand *self,
                            gboolean   destructive)
{
  g_return_if_fail (PD_IS_COMMAND (self));
  self->destructive = !!destructive;
}

guint
pd_command_get_n_changes (PdCommand *self)
{
  g_return_val_if_fail (PD_IS_COMMAND (self), 0);
  return self->changes->len;
}

static gboolean
record (PdCommand  *self,
        PdStore    *store,
        PdRow      *old_row,
        PdRow      *new_row,
        GError    **error)
{
  PdChange change = { old_row, new_row, NULL };

  g_return_val_if_fail (self->performing, FALSE);

  if (!pd_store_write_row (store, old_row, new_row, &change.object, error))
    {
      change_clear (&change);
      return FALSE;
    }
  g_array_append_val (self->changes, change);
  return TRUE;
}

/* Takes @row. */
gboolean
pd_command_insert_row (PdCommand  *self,
                       PdStore    *store,
                       PdRow      *row,
                       GError    **error)
{
  return record (self, store, NULL, row, error);
}

gboolean
pd_command_delete_row (PdCommand  *self,
                       PdStore    *store,
                       PdTable     table,
                       gint64      key,
                       gint64      key2,
                       GError    **error)
{
  PdRow *old_row = pd_store_read_row (store, table, key, key2, error);

  return old_row != NULL && record (self, store, old_row, NULL, error);
}

/* Takes both rows; an update that changes nothing is dropped. */
gboolean
pd_command_update_row (PdCommand  *self,
                       PdStore    *store,
                       PdRow      *old_row,
                       PdRow      *new_row,
                       GError    **error)
{
  if (pd_row_equal (old_row, new_row))
    {
      pd_row_free (old_row);
      pd_row_free (new_row);
      return TRUE;
    }
  return record (self, store, old_row, new_row, error);
}

static gboolean
log_change (PdStore     *store,
            const char  *description,
            GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
  const char *user = g_get_real_name ();
  sqlite3_stmt *stmt;

  if (user == NULL || *user == '\0' || g_str_equal (user, "Unknown"))
    user = g_get_user_name ();

  stmt = pd_database_prepare (pd_store_get_database (store),
                              "INSERT INTO change_log (changed_at, user_name, description) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, when, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, description, -1, SQLITE_TRANSIENT);
  return pd_database_step_done (pd_store_get_database (store), stmt, error);
}

/* Puts the objects back after a rolled-back transaction: the first @done
 * changes, in the order they were written (forward or backward), are taken
 * back last first. */
static void
unsync (PdCommand *self,
        PdStore   *store,
        guint      done,
        gboolean   forward)
{
  for (guint i = done; i > 0; i--)
    {
      PdChange *change = forward ? &g_array_index (self->changes, PdChange, i - 1)
                                 : &g_array_index (self->changes, PdChange, self->changes->len - i);

      if (forward)
        pd_store_sync_row (store, change->new_row, change->old_row, &change->object);
      else
        pd_store_sync_row (store, change->old_row, change->new_row, &change->object);
    }
}

static gboolean
run (PdCommand  *self,
     PdStore    *store,
     gboolean    forward,
     const char *log_text,
     GError    **error)
{
  PdDatabase *database = pd_store_get_database (store);
  g_autoptr(GError) local_error = NULL;
  guint done = 0;
  gboolean ok = TRUE;

  if (pd_database_is_read_only (database))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY,
                           _("This plan is open read-only; it cannot be changed"));
      return FALSE;
    }
  if (!pd_database_begin (database, error))
    return FALSE;

  pd_store_begin_changes (store);
  if (self->state == STATE_NEW)
    {
      self->performing = TRUE;
      ok = self->perform (self, store, self->data, &local_error);
      self->performing = FALSE;
      done = self->changes->len;
    }
  else
    {
      for (guint i = 0; ok && i < self->changes->len; i++)
        {
          PdChange *change = forward ? &g_array_index (self->changes, PdChange, i)
                                     : &g_array_index (self->changes, PdChange, self->changes->len - 1 - i);

          ok = forward ? pd_store_write_row (store, change->old_row, change->new_row, &change->object, &local_error)
                       : pd_store_write_row (store, change->new_row, change->old_row, &change->object, &local_error);
          if (ok)
            done++;
        }
    }

  /* An edit that changed nothing leaves no trace in the change log. */
  if (ok && self->changes->len > 0)
    ok = log_change (store, log_text, &local_error);
  if (ok)
    ok = pd_database_commit (database, &local_error);

  if (!ok)
    {
      pd_database_rollback (database);
      unsync (self, store, done, forward);
      if (self->state == STATE_NEW)
        g_array_set_size (self->changes, 0);
      pd_store_finish_changes (store);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  pd_store_finish_changes (store);
  return TRUE;
}

gboolean
pd_command_apply (PdCommand  *self,
                  PdStore    *store,
                  GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PD_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (PD_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->state != STATE_APPLIED, FALSE);

  /* Translators: the change log's record of an edit made again; %s describes the edit */
  text = self->state == STATE_NEW ? g_strdup (self->description) : g_strdup_printf (_("Redo: %s"), self->description);
  if (!run (self, store, TRUE, text, error))
    return FALSE;
  self->state = STATE_APPLIED;
  return TRUE;
}

gboolean
pd_command_revert (PdCommand  *self,
                   PdStore    *store,
                   GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PD_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (PD_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->state == STATE_APPLIED, FALSE);

  /* Translators: the change log's record of an undone edit; %s describes the edit */
  text = g_strdup_printf (_("Undo: %s"), self->description);
  if (!run (self, store, FALSE, text, error))
    return FALSE;
  self->state = STATE_REVERTED;
  return TRUE;
}
