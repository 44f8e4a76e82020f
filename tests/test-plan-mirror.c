/* test-plan-mirror.c — plans on the document portal: a private copy, written back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by tests/pd_portal.py, which starts the real xdg-document-portal on a
 * private session bus and adds a copy of the bundled plan to it: the tests
 * open, edit, undo, export, kill and conflict on that portal path and read
 * the real file behind it after every step — a whole plan, the edit there,
 * nothing left beside it.
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "pd-test-util.h"
#include "reports/pd-reports.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-plan-file.h"
#include "store/pd-plan-mirror.h"
#include "store/pd-store.h"

#define ORIGINAL_TITLE_1 "平安建设地方立法项目"

static const char *portal_plan;
static const char *host_plan;
static const char *portal_new;
static const char *host_new;
static char *bundled;
static char *copies_dir;

/* One value from the real file behind the portal, read as another program would. */
static char *
host_query (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;
  g_autofree char *uri = g_strconcat ("file:", path, "?immutable=1", NULL);

  /* immutable: a look that leaves no -wal or -shm beside a WAL-mode file. */
  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
host_title (const char *path,
            int         number)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM project WHERE number = %d", number);

  return host_query (path, sql);
}

static void
host_exec (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The folder's entries, sorted, joined by ",". */
static char *
dir_names (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **)names->pdata);
}

/* A whole plan that any SQLite opens where it is: no journal beside it,
 * integrity checked, and in rollback-journal mode (header bytes 18 and 19). */
static void
assert_whole (const char *path)
{
  g_autofree char *check = host_query (path, "PRAGMA integrity_check");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *names = dir_names (dir);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_cmpstr (check, ==, "ok");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_cmpint (contents[18], ==, 1);
  g_assert_cmpint (contents[19], ==, 1);
  g_assert_null (strstr (names, ".partial"));
  g_assert_null (strstr (names, "-journal"));
  g_assert_null (strstr (names, "-wal"));
}

static void
assert_portal_dir (const char *portal_path,
                   const char *expected)
{
  g_autofree char *dir = g_path_get_dirname (portal_path);
  g_autofree char *names = dir_names (dir);

  g_assert_cmpstr (names, ==, expected);
}

static void
assert_no_copies (void)
{
  g_autofree char *names = dir_names (copies_dir);

  g_assert_cmpstr (names, ==, "");
}

/* A copy and its record kept for the next session; no staging file left. */
static void
assert_copy_kept (void)
{
  g_autofree char *names = dir_names (copies_dir);

  g_assert_nonnull (strstr (names, ".ini"));
  g_assert_nonnull (strstr (names, ".plandesk"));
  g_assert_null (strstr (names, "snapshot-"));
  g_assert_null (strstr (names, "compare-"));
}

static void
reset_host_plan (void)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (bundled, &contents, &length, NULL));
  /* In rollback-journal mode, as a write-back leaves a plan (the bundled
   * plan may be a WAL-mode file; without a -wal the rest is the same). */
  g_assert_cmpuint (length, >, 100);
  contents[18] = contents[19] = 1;
  g_assert_true (g_file_set_contents (host_plan, contents, length, NULL));
  assert_no_copies ();
}

static void
push_title (PdHistory  *history,
            int         number,
            const char *title)
{
  PdStore *store = pd_history_get_store (history);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;

  command = pd_command_set_project_title (pd_store_find_project_by_number (store, number), title, &error);
  g_assert_no_error (error);
  g_assert_true (pd_history_push (history, command, &error));
  g_assert_no_error (error);
}

static char *
export_csv (PdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdReport) report = pd_reports_build (store, "assignments", NULL, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
count_cb (PdPlanMirror *mirror,
          guint        *count)
{
  (*count)++;
}

static void
test_detect (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *local = pd_test_copy_to_tmp (bundled, dir, "local.plandesk");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;

  g_assert_true (pd_plan_mirror_path_needs_copy (portal_plan));
  g_assert_true (pd_plan_mirror_path_needs_copy (portal_new));
  g_assert_false (pd_plan_mirror_path_needs_copy (host_plan));
  g_assert_false (pd_plan_mirror_path_needs_copy (local));

  /* SQLite itself cannot open the plan there: the reason for all this. */
  {
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2 (portal_plan, &db, SQLITE_OPEN_READWRITE, NULL);

    if (rc == SQLITE_OK)
      rc = sqlite3_exec (db, "SELECT count(*) FROM project", NULL, NULL, NULL);
    g_assert_cmpint (rc, !=, SQLITE_OK);
    sqlite3_close (db);
  }

  /* A plain local file keeps the direct path. */
  store = pd_store_open (local, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (pd_store_get_mirror (store));
  g_assert_cmpstr (pd_store_get_path (store), ==, local);
  g_assert_cmpstr (pd_database_get_path (pd_store_get_database (store)), ==, local);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

static void
test_export_cli (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *tmp = g_build_filename (dir, "tmp", NULL);
  g_autofree char *output = g_build_filename (dir, "assignments.csv", NULL);
  g_autofree char *format = g_strdup ("--export=csv");
  g_autofree char *out_arg = g_strconcat ("--output=", output, NULL);
  const char *argv[] = { g_getenv ("PLANDESK_EXE"), format, "--report=assignments", out_arg, portal_plan, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "TMPDIR", tmp, TRUE);
  g_autofree char *csv = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *n_rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  int status = -1;

  reset_host_plan ();
  before = pd_test_checksum_file (host_plan);
  n_rows = host_query (host_plan, "SELECT count(*) FROM assignment");
  g_assert_nonnull (argv[0]);
  g_assert_cmpint (g_mkdir (tmp, 0700), ==, 0);
  g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_true (g_file_get_contents (output, &csv, NULL, NULL));
  rows = pd_test_parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 1 + g_ascii_strtoull (n_rows, NULL, 10));
  g_assert_nonnull (strstr (csv, ORIGINAL_TITLE_1));

  /* Read from a temporary copy that is gone again; the plan untouched. */
  g_assert_cmpstr (dir_names (tmp), ==, "");
  after = pd_test_checksum_file (host_plan);
  g_assert_cmpstr (before, ==, after);
  assert_portal_dir (portal_plan, "plan.plandesk");
  assert_no_copies ();
  pd_test_remove_tree (dir);
}

static void
test_edit_undo_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdHistory) history = NULL;
  g_autofree char *title = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) copies = NULL;
  g_autofree char *names = NULL;
  PdPlanMirror *mirror;

  reset_host_plan ();
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  mirror = pd_store_get_mirror (store);
  g_assert_nonnull (mirror);
  g_assert_cmpint (pd_plan_mirror_get_state (mirror), ==, PD_PLAN_MIRROR_SYNCED);
  g_assert_cmpstr (pd_store_get_path (store), ==, portal_plan);
  g_assert_true (g_str_has_prefix (pd_database_get_path (pd_store_get_database (store)), copies_dir));
  g_assert_false (pd_database_is_read_only (pd_store_get_database (store)));
  history = pd_history_new (store);

  /* The private copy and its record, nothing else (no staging left). */
  names = dir_names (copies_dir);
  copies = g_strsplit (names, ",", -1);
  g_test_message ("copies: %s", names);
  g_assert_cmpuint (g_strv_length (copies), ==, 4);  /* KEY-N.plandesk, -shm, -wal, KEY.ini */
  g_assert_true (g_str_has_suffix (copies[0], ".plandesk"));
  g_assert_true (g_str_has_suffix (copies[1], ".plandesk-shm"));
  g_assert_true (g_str_has_suffix (copies[2], ".plandesk-wal"));
  g_assert_true (g_str_has_suffix (copies[3], ".ini"));

  push_title (history, 1, "门户编辑一");
  title = host_title (host_plan, 1);
  g_assert_cmpstr (title, ==, "门户编辑一");
  assert_whole (host_plan);
  assert_portal_dir (portal_plan, "plan.plandesk");
  g_assert_cmpint (pd_plan_mirror_get_state (mirror), ==, PD_PLAN_MIRROR_SYNCED);

  g_assert_true (pd_history_undo (history, &error));
  g_assert_no_error (error);
  g_free (title);
  title = host_title (host_plan, 1);
  g_assert_cmpstr (title, ==, ORIGINAL_TITLE_1);
  assert_whole (host_plan);

  /* Exports read the private copy: the plan as shown. */
  csv = export_csv (store);
  g_assert_nonnull (strstr (csv, ORIGINAL_TITLE_1));
  g_assert_null (strstr (csv, "门户编辑一"));
  g_assert_true (pd_history_redo (history, &error));
  g_free (csv);
  csv = export_csv (store);
  g_assert_nonnull (strstr (csv, "门户编辑一"));
  g_free (title);
  title = host_title (host_plan, 1);
  g_assert_cmpstr (title, ==, "门户编辑一");

  /* Closed in sync: the private copy goes, the plan stays edited. */
  g_clear_object (&history);
  g_clear_object (&store);
  assert_no_copies ();
  g_free (title);
  title = host_title (host_plan, 1);
  g_assert_cmpstr (title, ==, "门户编辑一");
  assert_whole (host_plan);
  assert_portal_dir (portal_plan, "plan.plandesk");
}

static void
test_conflict (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdHistory) history = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *title = NULL;
  g_autofree char *ours = NULL;
  PdPlanMirror *mirror;
  guint changes = 0;

  reset_host_plan ();
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  mirror = pd_store_get_mirror (store);
  g_signal_connect (mirror, "state-changed", G_CALLBACK (count_cb), &changes);
  history = pd_history_new (store);
  push_title (history, 1, "我们的第一次修改");
  g_assert_true (pd_plan_mirror_check (mirror));

  /* Another program changes the file, in place, behind Plan Desk's back. */
  host_exec (host_plan, "UPDATE project SET title = '改于别处' WHERE number = 2");
  theirs = pd_test_checksum_file (host_plan);
  g_assert_false (pd_plan_mirror_check (mirror));
  g_assert_cmpint (pd_plan_mirror_get_state (mirror), ==, PD_PLAN_MIRROR_CONFLICT);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pd_plan_mirror_get_message (mirror), ==, "The plan file was changed by another program");

  /* The next edit goes into the private copy only; theirs is never overwritten. */
  push_title (history, 3, "我们的第二次修改");
  push_title (history, 4, "我们的第三次修改");
  ours = pd_test_checksum_file (host_plan);
  g_assert_cmpstr (ours, ==, theirs);
  title = host_title (host_plan, 2);
  g_assert_cmpstr (title, ==, "改于别处");
  g_free (title);
  title = host_title (host_plan, 3);
  g_assert_cmpstr (title, !=, "我们的第二次修改");
  g_assert_false (pd_store_write_back (store, FALSE, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 3)), ==, "我们的第二次修改");

  /* Save ours as a copy, to another file on the portal. */
  g_assert_true (pd_database_save_copy (pd_store_get_database (store), portal_new, &error));
  g_assert_no_error (error);
  assert_whole (host_new);
  g_free (title);
  title = host_title (host_new, 3);
  g_assert_cmpstr (title, ==, "我们的第二次修改");
  assert_portal_dir (portal_new, "new.plandesk");
  g_assert_cmpint (g_unlink (host_new), ==, 0);

  /* Reload theirs: the private copy is forgotten. */
  pd_plan_mirror_discard (mirror);
  g_clear_object (&history);
  g_clear_object (&store);
  assert_no_copies ();
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_plan_mirror_get_state (pd_store_get_mirror (store)), ==, PD_PLAN_MIRROR_SYNCED);
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 2)), ==, "改于别处");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 3)), !=, "我们的第二次修改");
  g_clear_object (&store);
  assert_no_copies ();
  ours = (g_free (ours), pd_test_checksum_file (host_plan));
  g_assert_cmpstr (ours, ==, theirs);
}

static gboolean
kill_hook (GSignalInvocationHint *hint,
           guint                  n_values,
           const GValue          *values,
           gpointer               data)
{
  raise (SIGKILL);
  return TRUE;
}

static void
kill_cb (PdStore *store)
{
  raise (SIGKILL);
}

/* In a subprocess: an edit committed to the private copy, then SIGKILL —
 * before the write-back ("before") or just after it ("after"). */
static void
edit_and_die (const char *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;

  g_assert_no_error (error);
  history = pd_history_new (store);
  if (g_str_equal (when, "before"))
    g_signal_add_emission_hook (g_signal_lookup ("changed", PD_TYPE_STORE), 0, kill_hook, NULL, NULL);
  else
    g_signal_connect (store, "changed", G_CALLBACK (kill_cb), NULL);
  push_title (history, 5, "崩溃前的修改");
  g_assert_not_reached ();
}

/* Runs the current test again in a subprocess, which makes its edit and is
 * killed (see edit_and_die()). */
static void
kill_in_child (void)
{
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

static void
test_recovery (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  PdPlanMirror *mirror;

  if (g_test_subprocess ())
    {
      edit_and_die ("before");
      return;
    }

  reset_host_plan ();
  before = pd_test_checksum_file (host_plan);
  kill_in_child ();

  /* The file is as it was, whole; the edit lives in the private copy. */
  after = pd_test_checksum_file (host_plan);
  g_assert_cmpstr (after, ==, before);
  assert_whole (host_plan);
  assert_copy_kept ();

  /* The next start offers it: the store shows it, the file waits. */
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  mirror = pd_store_get_mirror (store);
  g_assert_cmpint (pd_plan_mirror_get_state (mirror), ==, PD_PLAN_MIRROR_UNSAVED);
  g_assert_cmpstr (pd_plan_mirror_get_message (mirror), ==,
                   "Plan Desk closed before its last edits were saved to this file");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 5)), ==, "崩溃前的修改");
  g_assert_true (pd_store_write_back (store, FALSE, &error));
  after = (g_free (after), pd_test_checksum_file (host_plan));
  g_assert_cmpstr (after, ==, before);

  /* Answered "write them back". */
  g_assert_true (pd_store_write_back (store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_plan_mirror_get_state (mirror), ==, PD_PLAN_MIRROR_SYNCED);
  title = host_title (host_plan, 5);
  g_assert_cmpstr (title, ==, "崩溃前的修改");
  assert_whole (host_plan);
  assert_portal_dir (portal_plan, "plan.plandesk");
  g_clear_object (&store);
  assert_no_copies ();
}

static void
test_recovery_conflict (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autofree char *title = NULL;

  if (g_test_subprocess ())
    {
      edit_and_die ("before");
      return;
    }

  reset_host_plan ();
  kill_in_child ();
  host_exec (host_plan, "UPDATE project SET title = '崩溃后改于别处' WHERE number = 5");

  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_plan_mirror_get_state (pd_store_get_mirror (store)), ==, PD_PLAN_MIRROR_CONFLICT);
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 5)), ==, "崩溃前的修改");
  g_assert_false (pd_store_write_back (store, TRUE, &error));
  g_clear_error (&error);
  title = host_title (host_plan, 5);
  g_assert_cmpstr (title, ==, "崩溃后改于别处");

  /* Kept until the user chooses: closing does not drop it. */
  g_clear_object (&store);
  assert_copy_kept ();
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_plan_mirror_get_state (pd_store_get_mirror (store)), ==, PD_PLAN_MIRROR_CONFLICT);
  pd_plan_mirror_discard (pd_store_get_mirror (store));
  g_clear_object (&store);
  assert_no_copies ();
}

static void
test_kill_after_write_back (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autofree char *title = NULL;

  if (g_test_subprocess ())
    {
      edit_and_die ("after");
      return;
    }

  reset_host_plan ();
  kill_in_child ();
  title = host_title (host_plan, 5);
  g_assert_cmpstr (title, ==, "崩溃前的修改");
  assert_whole (host_plan);

  /* Nothing to offer: the copy holds what the file holds. */
  store = pd_store_open (portal_plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_plan_mirror_get_state (pd_store_get_mirror (store)), ==, PD_PLAN_MIRROR_SYNCED);
  g_assert_null (pd_plan_mirror_get_message (pd_store_get_mirror (store)));
  g_clear_object (&store);
  assert_no_copies ();
}

static void
test_new_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_assert_true (pd_plan_file_create_empty (portal_new, "门户上的新方案", &error));
  g_assert_no_error (error);
  assert_whole (host_new);
  title = host_query (host_new, "SELECT title FROM plan");
  g_assert_cmpstr (title, ==, "门户上的新方案");
  assert_portal_dir (portal_new, "new.plandesk");
  g_assert_false (pd_plan_file_create_empty (portal_new, "again", &error));
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (host_new), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *work = NULL;
  g_autofree char *data = NULL;

  g_test_init (&argc, &argv, NULL);

  portal_plan = g_getenv ("PLANDESK_TEST_PORTAL_PLAN");
  host_plan = g_getenv ("PLANDESK_TEST_HOST_PLAN");
  portal_new = g_getenv ("PLANDESK_TEST_PORTAL_NEW");
  host_new = g_getenv ("PLANDESK_TEST_HOST_NEW");
  if (portal_plan == NULL || host_plan == NULL || portal_new == NULL || host_new == NULL)
    {
      g_printerr ("Run through tests/pd_portal.py, which starts the document portal\n");
      return 1;
    }

  /* One data folder for the test and its killed subprocesses. */
  work = g_path_get_dirname (host_plan);
  data = g_build_filename (work, "..", "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  copies_dir = g_build_filename (g_get_user_data_dir (), "plandesk", "copies", NULL);
  bundled = pd_test_bundled_plan_path ();

  g_test_add_func ("/portal/detect", test_detect);
  g_test_add_func ("/portal/export-cli", test_export_cli);
  g_test_add_func ("/portal/edit-undo-export", test_edit_undo_export);
  g_test_add_func ("/portal/conflict", test_conflict);
  g_test_add_func ("/portal/kill/recovery", test_recovery);
  g_test_add_func ("/portal/kill/recovery-conflict", test_recovery_conflict);
  g_test_add_func ("/portal/kill/after-write-back", test_kill_after_write_back);
  g_test_add_func ("/portal/new-plan", test_new_plan);

  return g_test_run ();
}
