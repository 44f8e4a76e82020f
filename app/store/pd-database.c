/* pd-database.c — the plan file: one SQLite database per plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-database"

#include "pd-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-database.h"
#include "pd-plan-mirror.h"

struct _PdDatabase
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* SQL text → sqlite3_stmt*, finalized on close */
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (PdDatabase, pd_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (pd-store-error-quark, pd_store_error)

static const char sqlite_magic[16] = "SQLite format 3";  /* with its NUL */

static int
store_code_for_rc (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return PD_STORE_ERROR_CONSTRAINT;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return PD_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
      return PD_STORE_ERROR_READ_ONLY;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PD_STORE_ERROR_IO;
    default:
      return PD_STORE_ERROR_FAILED;
    }
}

void
pd_database_set_error (PdDatabase  *self,
                       int          rc,
                       GError     **error)
{
  const char *msg = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (store_code_for_rc (rc))
    {
    case PD_STORE_ERROR_CORRUPT:
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CORRUPT,
                   _("The plan file is damaged (%s)"), msg);
      break;
    case PD_STORE_ERROR_READ_ONLY:
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY,
                   _("The plan file cannot be written (%s)"), msg);
      break;
    default:
      g_set_error_literal (error, PD_STORE_ERROR, store_code_for_rc (rc), msg);
      break;
    }
}

static void
statement_free (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
pd_database_finalize (GObject *object)
{
  PdDatabase *self = (PdDatabase *)object;

  pd_database_close (self);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pd_database_parent_class)->finalize (object);
}

static void
pd_database_class_init (PdDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_database_finalize;
}

static void
pd_database_init (PdDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            statement_free);
}

void
pd_database_close (PdDatabase *self)
{
  g_return_if_fail (PD_IS_DATABASE (self));

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
}

/* Reads the 100-byte header without going through SQLite, so that a file
 * that is not a plan is refused before anything could write to it.
 * Returns FALSE with @error set for a file that must not be opened; sets
 * *@empty for a zero-length file. */
static gboolean
read_header (const char  *path,
             gboolean    *exists,
             gboolean    *empty,
             guint32     *application_id,
             guint32     *user_version,
             GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  guint8 header[100];
  FILE *fp;
  size_t n;

  *exists = *empty = FALSE;
  *application_id = *user_version = 0;

  fp = g_fopen (path, "rb");
  if (fp == NULL)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, "%s", g_strerror (saved));
      return FALSE;
    }

  *exists = TRUE;
  n = fread (header, 1, sizeof header, fp);
  fclose (fp);

  if (n == 0)
    {
      *empty = TRUE;
      return TRUE;
    }

  if (n < sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN,
                           _("Not a Plan Desk plan file"));
      return FALSE;
    }

  *user_version = (guint32)header[60] << 24 | header[61] << 16 | header[62] << 8 | header[63];
  *application_id = (guint32)header[68] << 24 | header[69] << 16 | header[70] << 8 | header[71];
  return TRUE;
}

static gboolean
query_int (PdDatabase  *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self, sql, error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
configure (PdDatabase  *self,
           GError     **error)
{
  if (!pd_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  sqlite3_busy_timeout (self->db, 5000);
  if (self->read_only)
    return TRUE;
  /* Every edit is saved at once: make each commit durable. */
  return pd_database_exec (self, "PRAGMA journal_mode = WAL", error) &&
         pd_database_exec (self, "PRAGMA synchronous = FULL", error);
}

PdDatabase *
pd_database_open (const char           *path,
                  PdDatabaseOpenFlags   flags,
                  GError              **error)
{
  g_autoptr(PdDatabase) self = NULL;
  gboolean exists, empty;
  guint32 application_id, user_version;
  int open_flags;
  int n_objects = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (!(flags & PD_DATABASE_OPEN_READ_ONLY) || !(flags & PD_DATABASE_OPEN_CREATE), NULL);

  if (!read_header (path, &exists, &empty, &application_id, &user_version, error))
    return NULL;

  if (!exists && !(flags & PD_DATABASE_OPEN_CREATE))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, g_strerror (ENOENT));
      return NULL;
    }
  if (empty && !(flags & PD_DATABASE_OPEN_CREATE))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN,
                           _("The file is empty"));
      return NULL;
    }
  if (exists && !empty && application_id != PD_APPLICATION_ID && application_id != 0)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN,
                           _("Not a Plan Desk plan file"));
      return NULL;
    }
  if (user_version > PD_SCHEMA_VERSION)
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_NEWER_SCHEMA,
                   _("The plan was saved by a newer version of Plan Desk (format %u; this version reads up to %d)"),
                   user_version, PD_SCHEMA_VERSION);
      return NULL;
    }

  self = g_object_new (PD_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & PD_DATABASE_OPEN_READ_ONLY) != 0;

  open_flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  if (self->read_only)
    open_flags |= SQLITE_OPEN_READONLY;
  else
    open_flags |= SQLITE_OPEN_READWRITE | ((flags & PD_DATABASE_OPEN_CREATE) ? SQLITE_OPEN_CREATE : 0);

  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      pd_database_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);

  /* A SQLite file of another application: refuse it without touching it. */
  if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return NULL;
  if (application_id == 0 && n_objects > 0)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN,
                           _("Not a Plan Desk plan file"));
      return NULL;
    }
  if (application_id == 0 && !(flags & PD_DATABASE_OPEN_CREATE))
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN,
                           _("Not a Plan Desk plan file"));
      return NULL;
    }

  if (!configure (self, error))
    return NULL;

  if ((int)user_version < PD_SCHEMA_VERSION)
    {
      if (self->read_only)
        {
          g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY,
                       _("The plan must be upgraded to format %d, but it is opened read-only"),
                       PD_SCHEMA_VERSION);
          return NULL;
        }
      if (!pd_database_migrate (self, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
pd_database_get_path (PdDatabase *self)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);
  return self->path;
}

gboolean
pd_database_is_read_only (PdDatabase *self)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), TRUE);
  return self->read_only;
}

sqlite3 *
pd_database_get_handle (PdDatabase *self)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);
  return self->db;
}

int
pd_database_get_schema_version (PdDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (PD_IS_DATABASE (self), -1);
  if (!query_int (self, "PRAGMA user_version", &version, NULL))
    return -1;
  return version;
}

/* Returns a cached prepared statement, reset and with bindings cleared. The
 * statement stays owned by the database. */
sqlite3_stmt *
pd_database_prepare (PdDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pd_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows; resets it afterwards. */
gboolean
pd_database_step_done (PdDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      pd_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* For fixed SQL without parameters (pragmas, schema, transactions). */
gboolean
pd_database_exec (PdDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  char *errmsg = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &errmsg);
  if (rc != SQLITE_OK)
    {
      if (store_code_for_rc (rc) == PD_STORE_ERROR_CORRUPT)
        pd_database_set_error (self, rc, error);
      else
        g_set_error_literal (error, PD_STORE_ERROR, store_code_for_rc (rc),
                             errmsg ? errmsg : sqlite3_errstr (rc));
      sqlite3_free (errmsg);
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_database_begin (PdDatabase  *self,
                   GError     **error)
{
  return pd_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
pd_database_commit (PdDatabase  *self,
                    GError     **error)
{
  if (pd_database_exec (self, "COMMIT", error))
    return TRUE;
  pd_database_rollback (self);
  return FALSE;
}

void
pd_database_rollback (PdDatabase *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

const char *
pd_database_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *)sqlite3_column_text (stmt, column);
}

gboolean
pd_database_migrate (PdDatabase  *self,
                     GError     **error)
{
  const PdMigration *migrations;
  guint n_migrations;
  int version;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);

  migrations = pd_migrations_get (&n_migrations);
  version = pd_database_get_schema_version (self);
  if (version < 0)
    {
      pd_database_set_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }

  for (guint i = 0; i < n_migrations; i++)
    {
      g_autofree char *set_version = NULL;
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", PD_APPLICATION_ID);

      if (migrations[i].version <= version)
        continue;

      g_debug ("Migrating %s to version %d", self->path, migrations[i].version);
      set_version = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);
      if (!pd_database_begin (self, error))
        return FALSE;
      if ((version == 0 && !pd_database_exec (self, set_id, error)) ||
          !pd_database_exec (self, migrations[i].sql, error) ||
          !pd_database_exec (self, set_version, error) ||
          !pd_database_commit (self, error))
        {
          pd_database_rollback (self);
          return FALSE;
        }
      version = migrations[i].version;
    }

  return TRUE;
}

static void
dump_value (GString       *out,
            sqlite3_stmt  *stmt,
            int            column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      g_string_append (out, "NULL");
      break;
    case SQLITE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64)sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, column));
      break;
    default:
      {
        const char *text = pd_database_column_text (stmt, column);

        g_string_append_c (out, '\'');
        for (const char *p = text; *p; p++)
          {
            if (*p == '\'')
              g_string_append_c (out, '\'');
            g_string_append_c (out, *p);
          }
        g_string_append_c (out, '\'');
      }
      break;
    }
}

/* A full, deterministic text dump of schema and rows, leaving out the rows
 * of the tables named in @exclude (NULL-terminated, or NULL): tests compare
 * dumps. */
char *
pd_database_dump (PdDatabase         *self,
                  const char * const *exclude)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);

  g_string_append_printf (out, "-- user_version %d\n", pd_database_get_schema_version (self));
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT type, name, sql FROM sqlite_schema "
                          "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return g_string_free (out, FALSE);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s;\n", pd_database_column_text (stmt, 2) ?: "");
      if (g_str_equal (pd_database_column_text (stmt, 0), "table") &&
          (exclude == NULL || !g_strv_contains (exclude, pd_database_column_text (stmt, 1))))
        g_ptr_array_add (tables, g_strdup (pd_database_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2",
                                              (char *)g_ptr_array_index (tables, i));

      if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append_printf (out, "%s(", (char *)g_ptr_array_index (tables, i));
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (c > 0)
                g_string_append (out, ", ");
              dump_value (out, stmt, c);
            }
          g_string_append (out, ")\n");
        }
      sqlite3_finalize (stmt);
    }

  return g_string_free (out, FALSE);
}

/* Writes a consistent copy of the plan to @path with SQLite's backup API
 * (the live file may be in use and in WAL mode); the copy is written beside
 * @path and renamed into place, so a failure leaves nothing half-written. */
gboolean
pd_database_save_copy (PdDatabase  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_strcmp0 (path, self->path) == 0)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                           _("A copy cannot replace the plan it is made from"));
      return FALSE;
    }

  /* Where SQLite cannot lock (the document portal), it must not open the
   * copy either: the snapshot is staged privately and its bytes written. */
  if (pd_plan_mirror_path_needs_copy (path))
    return pd_plan_mirror_write_snapshot (self->db, path, NULL, error);

  tmp = g_strconcat (path, ".partial", NULL);
  g_unlink (tmp);
  rc = sqlite3_open_v2 (tmp, &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (copy);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PD_STORE_ERROR, store_code_for_rc (rc), "%s",
                   copy ? sqlite3_errmsg (copy) : sqlite3_errstr (rc));
      sqlite3_close (copy);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (copy);

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
