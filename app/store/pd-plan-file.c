/* pd-plan-file.c — where plans live: the bundled plan and the working copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled plan is installed read-only in the package data directory
 * ($PLANDESK_DATADIR overrides it for uninstalled runs). On first use the
 * user's working plan is created from it as
 * $XDG_DATA_HOME/plandesk/plan.plandesk; the bundled file is never modified.
 */
#define G_LOG_DOMAIN "pd-plan-file"

#include "pd-config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pd-database.h"
#include "pd-plan-file.h"
#include "pd-plan-mirror.h"

char *
pd_plan_file_dup_bundled_path (void)
{
  const char *datadir = g_getenv ("PLANDESK_DATADIR");

  if (datadir == NULL || *datadir == '\0')
    datadir = PKGDATADIR;
  return g_build_filename (datadir, "safe-guangzhou" PD_PLAN_FILE_EXTENSION, NULL);
}

char *
pd_plan_file_dup_working_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "plandesk", "plan" PD_PLAN_FILE_EXTENSION, NULL);
}

/* Returns the working plan's path, copying the bundled plan there first if
 * there is no working plan yet. The copy is written beside the destination
 * and renamed into place, so an interrupted first run leaves nothing behind. */
char *
pd_plan_file_ensure_working (GError **error)
{
  g_autofree char *path = pd_plan_file_dup_working_path ();
  g_autofree char *bundled = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) partial = NULL;
  g_autoptr(GFile) destination = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  bundled = pd_plan_file_dup_bundled_path ();
  if (!g_file_test (bundled, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                   _("The bundled plan is missing (%s)"), bundled);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }

  tmp = g_strconcat (path, ".partial", NULL);
  source = g_file_new_for_path (bundled);
  partial = g_file_new_for_path (tmp);
  destination = g_file_new_for_path (path);
  if (!g_file_copy (source, partial, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                    NULL, NULL, NULL, error) ||
      !g_file_move (partial, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_file_delete (partial, NULL, NULL);
      if (error != NULL && *error != NULL && (*error)->domain != PD_STORE_ERROR)
        {
          GError *io = g_error_new_literal (PD_STORE_ERROR, PD_STORE_ERROR_IO, (*error)->message);

          g_clear_error (error);
          g_propagate_error (error, io);
        }
      return NULL;
    }

  return g_steal_pointer (&path);
}

/* Creates a new, empty plan at @path: the plan row (this year and the four
 * after it as its period) and one programme to start from. Refuses to
 * replace an existing file. */
gboolean
pd_plan_file_create_empty (const char  *path,
                           const char  *title,
                           GError     **error)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = g_strdup_printf ("%04d-01-01", g_date_time_get_year (now));
  g_autofree char *end = g_strdup_printf ("%04d-12-31", g_date_time_get_year (now) + 4);
  sqlite3_stmt *stmt;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, _("There is already a file called %s"), path);
      return FALSE;
    }
  /* Where SQLite cannot lock (the document portal), the plan is made in a
   * private file and its snapshot written to @path. */
  if (pd_plan_mirror_path_needs_copy (path))
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "plandesk", "copies", NULL);
      g_autofree char *tmp = g_build_filename (dir, "new-XXXXXX", NULL);
      static const char * const suffixes[] = { "-wal", "-shm", "-journal", "" };
      gboolean ok;
      int fd;

      if (g_mkdir_with_parents (dir, 0700) != 0 || (fd = g_mkstemp (tmp)) < 0)
        {
          int saved = errno;

          g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                       _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
          return FALSE;
        }
      close (fd);
      g_unlink (tmp);
      ok = pd_plan_file_create_empty (tmp, title, error);
      if (ok)
        {
          g_autoptr(PdDatabase) made = pd_database_open (tmp, PD_DATABASE_OPEN_READ_ONLY, error);

          ok = made != NULL &&
               pd_plan_mirror_write_snapshot (pd_database_get_handle (made), path, NULL, error);
        }
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (tmp, suffixes[i], NULL);

          g_unlink (file);
        }
      return ok;
    }

  if (!(db = pd_database_open (path, PD_DATABASE_OPEN_CREATE, error)))
    return FALSE;
  if (!pd_database_begin (db, error))
    return FALSE;
  stmt = pd_database_prepare (db, "INSERT INTO plan (id, title, period_start, period_end) VALUES (1, ?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, title && *title ? title : _("Untitled Plan"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  stmt = pd_database_prepare (db, "INSERT INTO programme (id, position, numeral, title) VALUES (1, 1, '一', ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, _("New Programme"), -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error) || !pd_database_commit (db, error))
    return FALSE;
  return TRUE;
}
