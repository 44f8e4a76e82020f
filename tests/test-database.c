/* test-database.c — the plan file: schema, constraints, migrations, refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-database"

#include <glib/gstdio.h>

#include "pd-test-util.h"
#include "store/pd-database.h"
#include "store/pd-plan-file.h"
#include "store/pd-store.h"

typedef struct
{
  char       *dir;
  char       *path;
  PdDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pd_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "test.plandesk", NULL);
  fixture->db = pd_database_open (fixture->path, PD_DATABASE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->db);
  g_assert_true (pd_database_exec (fixture->db,
                                   "INSERT INTO plan (id, title, period_start, period_end) "
                                   "VALUES (1, 'T', '2013-01-01', '2022-12-31');"
                                   "INSERT INTO programme (id, position, numeral, title) VALUES (1, 1, '一', 'P');"
                                   "INSERT INTO project (id, programme_id, number, title) VALUES (1, 1, 1, 'A');"
                                   "INSERT INTO unit (id, name) VALUES (1, '市公安局'), (2, '市司法局');"
                                   "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (1, 1, 'lead', 1);",
                                   &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->db);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static int
query_int (PdDatabase *db,
           const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (db, sql, NULL);
  int value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static void
test_migrations_ordered (void)
{
  guint n;
  const PdMigration *migrations = pd_migrations_get (&n);

  g_assert_cmpuint (n, >=, 1);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (migrations[i].version, ==, (int)i + 1);
  g_assert_cmpint (migrations[n - 1].version, ==, PD_SCHEMA_VERSION);
}

static void
test_migrate_empty_file (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  const char *tables[] = { "plan", "plan_basis", "plan_section", "programme", "project", "unit",
                           "unit_member", "assignment", "phase", "milestone", "progress_report",
                           "indicator", "indicator_value", "evaluation", "change_log" };

  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  /* Opening an empty file without asking to create is refused. */
  db = pd_database_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_NOT_A_PLAN);
  g_assert_null (db);
  g_clear_error (&error);

  db = pd_database_open (path, PD_DATABASE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_database_get_schema_version (db), ==, PD_SCHEMA_VERSION);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, PD_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      sqlite3_stmt *stmt = pd_database_prepare (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", NULL);

      sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
      sqlite3_reset (stmt);
    }
  g_clear_object (&db);

  /* Reopening the migrated file needs no creation and keeps the version. */
  db = pd_database_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_database_get_schema_version (db), ==, PD_SCHEMA_VERSION);
  g_clear_object (&db);
  pd_test_remove_tree (dir);
}

/* A file of version 1 (as the first release wrote it) is upgraded in place
 * when opened, its rows kept. */
static void
test_migrate_from_version_1 (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v1.plandesk", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", PD_APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  guint n;
  const PdMigration *migrations = pd_migrations_get (&n);
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, migrations[0].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
                                 "PRAGMA user_version = 1;"
                                 "INSERT INTO plan (id, title, period_start, period_end) VALUES (1, 'T', '2013-01-01', '2022-12-31');"
                                 "INSERT INTO programme (id, position, numeral, title) VALUES (1, 1, '一', 'P');"
                                 "INSERT INTO project (id, programme_id, number, title) VALUES (1, 1, 1, 'A');"
                                 "INSERT INTO unit (id, name) VALUES (1, '市公安局');"
                                 "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (1, 1, 'lead', 1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  /* Read-only, an old file cannot be upgraded: refused, not half-read. */
  db = pd_database_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  db = pd_database_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_database_get_schema_version (db), ==, PD_SCHEMA_VERSION);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment WHERE wording_after IS NULL"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM project"), ==, 1);
  g_clear_object (&db);
  pd_test_remove_tree (dir);
}

/* A file of version 2 gains unit_alias (version 3): its units keep their
 * rows, an alias names a unit, and deleting the unit deletes its aliases. */
static void
test_migrate_from_version_2 (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v2.plandesk", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", PD_APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  guint n;
  const PdMigration *migrations = pd_migrations_get (&n);
  sqlite3 *handle;

  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, migrations[0].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, migrations[1].sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
                                 "PRAGMA user_version = 2;"
                                 "INSERT INTO unit (id, name) VALUES (1, '市公安局');"
                                 "INSERT INTO unit (id, name) VALUES (2, '市司法局');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = pd_database_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_database_get_schema_version (db), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit_alias"), ==, 0);
  g_assert_true (pd_database_exec (db, "INSERT INTO unit_alias (alias, unit_id) VALUES ('广州市公安局', 1),"
                                       " ('市公安局(市反恐办)', 1), ('广州市司法局', 2)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT unit_id FROM unit_alias WHERE alias = '广州市公安局'"), ==, 1);

  /* One name, one unit: an alias cannot name two units, nor a unit that does not exist. */
  g_assert_false (pd_database_exec (db, "INSERT INTO unit_alias (alias, unit_id) VALUES ('广州市公安局', 2)", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (pd_database_exec (db, "INSERT INTO unit_alias (alias, unit_id) VALUES ('x', 99)", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (pd_database_exec (db, "DELETE FROM unit WHERE id = 1", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit_alias"), ==, 1);
  g_clear_object (&db);
  pd_test_remove_tree (dir);
}

static void
assert_refused (const char   *path,
                PdStoreError  code)
{
  g_autofree char *before = pd_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;

  db = pd_database_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, PD_STORE_ERROR, (int)code);
  g_assert_null (db);
  g_clear_error (&error);

  /* Asking to create does not make a foreign file ours either. */
  db = pd_database_open (path, PD_DATABASE_OPEN_CREATE, &error);
  g_assert_error (error, PD_STORE_ERROR, (int)code);
  g_assert_null (db);

  after = pd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_newer_schema (Fixture       *fixture,
                          gconstpointer  data)
{
  g_assert_true (pd_database_exec (fixture->db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL));
  g_clear_object (&fixture->db);
  assert_refused (fixture->path, PD_STORE_ERROR_NEWER_SCHEMA);
}

static void
test_refuse_not_a_plan (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *text = g_build_filename (dir, "notes.plandesk", NULL);
  g_autofree char *other = g_build_filename (dir, "other.sqlite", NULL);
  g_autofree char *foreign_id = g_build_filename (dir, "foreign.sqlite", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  sqlite3 *handle;

  g_assert_true (g_file_set_contents (text, "programme,project\r\n一,1\r\n", -1, NULL));
  assert_refused (text, PD_STORE_ERROR_NOT_A_PLAN);

  /* A SQLite database of another application, with and without its own id. */
  g_assert_cmpint (sqlite3_open (other, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  assert_refused (other, PD_STORE_ERROR_NOT_A_PLAN);

  g_assert_cmpint (sqlite3_open (foreign_id, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA application_id = 42; CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  assert_refused (foreign_id, PD_STORE_ERROR_NOT_A_PLAN);

  db = pd_database_open (missing, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO);
  g_assert_null (db);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  pd_test_remove_tree (dir);
}

static void
test_refuse_corrupt (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  gsize length;

  g_assert_true (pd_database_exec (fixture->db, "PRAGMA journal_mode = DELETE", NULL));
  g_clear_object (&fixture->db);

  /* Keep the 100-byte header (so it still claims to be a plan); scramble the
   * rest of the first page, where the schema lives. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  for (gsize i = 100; i < 4096; i++)
    contents[i] = (char)(i * 7 + 3);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  store = pd_store_open (fixture->path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CORRUPT);
  g_assert_null (store);
}

static void
assert_constraint (PdDatabase *db,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (pd_database_exec (db, sql, &error))
    g_error ("accepted: %s", sql);
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
}

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  PdDatabase *db = fixture->db;
  g_autoptr(GError) error = NULL;

  /* Enumerations */
  assert_constraint (db, "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (1, 2, 'owner', 2)");
  assert_constraint (db, "UPDATE project SET status = 'finished' WHERE id = 1");
  assert_constraint (db, "INSERT INTO unit (name, kind) VALUES ('X', 'company')");
  assert_constraint (db, "INSERT INTO plan_section (position, kind, title) VALUES (1, 'preface', 'x')");
  assert_constraint (db, "INSERT INTO milestone (due_on, title, kind) VALUES ('2013-03-31', 'x', 'party')");
  assert_constraint (db, "INSERT INTO indicator (position, grp, name, direction) VALUES (1, 'raise', 'x', 'sideways')");
  /* Uniqueness */
  assert_constraint (db, "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (1, 1, 'cooperate', 2)");
  assert_constraint (db, "INSERT INTO unit (name) VALUES ('市公安局')");
  assert_constraint (db, "INSERT INTO project (programme_id, number, title) VALUES (1, 1, 'B')");
  /* Foreign keys */
  assert_constraint (db, "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (9999, 2, 'lead', 2)");
  assert_constraint (db, "INSERT INTO assignment (project_id, unit_id, role, position) VALUES (1, 9999, 'lead', 2)");
  assert_constraint (db, "INSERT INTO project (programme_id, number, title) VALUES (77, 2, 'B')");
  assert_constraint (db, "DELETE FROM unit WHERE id = 1");
  /* Values */
  assert_constraint (db, "UPDATE project SET progress = 101 WHERE id = 1");
  assert_constraint (db, "UPDATE project SET due_on = '2013-02-30' WHERE id = 1");
  assert_constraint (db, "UPDATE project SET due_on = '2013/12/31' WHERE id = 1");
  assert_constraint (db, "UPDATE project SET start_on = '2014-01-01', due_on = '2013-12-31' WHERE id = 1");
  assert_constraint (db, "INSERT INTO unit_member (collective_id, member_id) VALUES (1, 1)");

  /* Nothing above changed the plan; valid edits still work. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM unit"), ==, 2);
  g_assert_true (pd_database_exec (db,
                                   "INSERT INTO assignment (project_id, unit_id, role, scope, position) "
                                   "VALUES (1, 2, 'cooperate', '普法', 2);"
                                   "UPDATE project SET start_on = '2013-01-01', due_on = '2016-02-29', "
                                   "status = 'active', progress = 40 WHERE id = 1",
                                   &error));
  g_assert_no_error (error);

  /* Deleting a project takes its assignments with it. */
  g_assert_true (pd_database_exec (db, "DELETE FROM project WHERE id = 1", &error));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM assignment"), ==, 0);
}

static void
test_transaction_rolls_back (Fixture       *fixture,
                             gconstpointer  data)
{
  PdDatabase *db = fixture->db;
  g_autofree char *before = pd_database_dump (db, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_database_begin (db, NULL));
  g_assert_true (pd_database_exec (db, "UPDATE project SET title = 'changed'", NULL));
  g_assert_false (pd_database_exec (db, "INSERT INTO unit (name) VALUES ('市公安局')", &error));
  pd_database_rollback (db);

  after = pd_database_dump (db, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (strstr (before, "project(1, 1, 1, 'A'"));
}

static void
test_bundled_opened_read_only_is_unchanged (void)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autofree char *before = pd_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_assert_true (pd_database_is_read_only (pd_store_get_database (store)));
  g_assert_false (pd_database_exec (pd_store_get_database (store), "DELETE FROM assignment", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  after = pd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_save_copy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.plandesk", NULL);
  g_autofree char *before = pd_database_dump (fixture->db, NULL);
  g_autofree char *copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) other = NULL;

  /* The live file is in WAL mode with uncheckpointed rows: the copy has them. */
  g_assert_true (pd_database_save_copy (fixture->db, copy, &error));
  g_assert_no_error (error);
  other = pd_database_open (copy, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  copied = pd_database_dump (other, NULL);
  g_assert_cmpstr (copied, ==, before);

  /* A copy over the plan itself is refused. */
  g_assert_false (pd_database_save_copy (fixture->db, fixture->path, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO);
}

static void
test_new_plan (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdProgramme) programme = NULL;

  g_assert_true (pd_plan_file_create_empty (path, "测试方案", &error));
  g_assert_no_error (error);
  store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_store_get_title (store), ==, "测试方案");
  g_assert_cmpuint (g_list_model_get_n_items (pd_store_get_programmes (store)), ==, 1);
  programme = g_list_model_get_item (pd_store_get_programmes (store), 0);
  g_assert_cmpstr (pd_programme_get_numeral (programme), ==, "一");
  g_assert_cmpuint (pd_store_get_n_projects (store), ==, 0);
  g_clear_object (&store);

  /* An existing file is never replaced. */
  g_assert_false (pd_plan_file_create_empty (path, "X", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO);
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/migrations/ordered", test_migrations_ordered);
  g_test_add_func ("/database/migrations/empty-file", test_migrate_empty_file);
  g_test_add_func ("/database/migrations/from-version-1", test_migrate_from_version_1);
  g_test_add_func ("/database/migrations/from-version-2", test_migrate_from_version_2);
  g_test_add ("/database/refuse/newer-schema", Fixture, NULL, fixture_set_up, test_refuse_newer_schema, fixture_tear_down);
  g_test_add_func ("/database/refuse/not-a-plan", test_refuse_not_a_plan);
  g_test_add ("/database/refuse/corrupt", Fixture, NULL, fixture_set_up, test_refuse_corrupt, fixture_tear_down);
  g_test_add ("/database/constraints", Fixture, NULL, fixture_set_up, test_constraints, fixture_tear_down);
  g_test_add ("/database/transaction-rolls-back", Fixture, NULL, fixture_set_up, test_transaction_rolls_back, fixture_tear_down);
  g_test_add_func ("/database/bundled-read-only", test_bundled_opened_read_only_is_unchanged);
  g_test_add ("/database/save-copy", Fixture, NULL, fixture_set_up, test_save_copy, fixture_tear_down);
  g_test_add_func ("/database/new-plan", test_new_plan);

  return g_test_run ();
}
