/* pd-build-plan.c — builds a .plandesk file from reviewable SQL and text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   pd-build-plan OUTPUT PLAN.sql SOURCE.txt
 *
 * Creates a fresh plan file with the current schema (through the same
 * migrations the application uses), loads PLAN.sql in one transaction, stores
 * SOURCE.txt as the plan's source text, checks foreign keys and integrity, and
 * leaves the file in rollback-journal mode so it can be installed read-only.
 */
#include "pd-config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "store/pd-database.h"

static int
fail (const char *what,
      GError     *error)
{
  g_printerr ("pd-build-plan: %s: %s\n", what, error ? error->message : "failed");
  return EXIT_FAILURE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tmp = NULL;
  sqlite3_stmt *stmt;

  if (argc != 4)
    {
      g_printerr ("usage: pd-build-plan OUTPUT PLAN.sql SOURCE.txt\n");
      return EXIT_FAILURE;
    }

  if (!g_file_get_contents (argv[2], &sql, NULL, &error))
    return fail (argv[2], error);
  if (!g_file_get_contents (argv[3], &text, NULL, &error))
    return fail (argv[3], error);
  if (!g_utf8_validate (text, -1, NULL) || !g_utf8_validate (sql, -1, NULL))
    return fail ("input", NULL);

  tmp = g_strconcat (argv[1], ".tmp", NULL);
  g_unlink (tmp);
  if (!(db = pd_database_open (tmp, PD_DATABASE_OPEN_CREATE, &error)))
    return fail (tmp, error);

  if (!pd_database_begin (db, &error) ||
      !pd_database_exec (db, sql, &error))
    return fail (argv[2], error);

  if (!(stmt = pd_database_prepare (db, "UPDATE plan SET source_text = ?1 WHERE id = 1", &error)))
    return fail ("source text", error);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!pd_database_step_done (db, stmt, &error) || !pd_database_commit (db, &error))
    return fail ("source text", error);

  /* Fails the build on any dangling reference or damage. */
  if (!(stmt = pd_database_prepare (db, "PRAGMA foreign_key_check", &error)))
    return fail ("foreign keys", error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_printerr ("pd-build-plan: dangling reference in table %s\n", sqlite3_column_text (stmt, 0));
      return EXIT_FAILURE;
    }
  sqlite3_reset (stmt);

  if (!pd_database_exec (db, "PRAGMA journal_mode = DELETE", &error) ||
      !pd_database_exec (db, "VACUUM", &error))
    return fail ("finish", error);
  pd_database_close (db);

  if (g_rename (tmp, argv[1]) != 0)
    return fail (argv[1], NULL);
  return EXIT_SUCCESS;
}
