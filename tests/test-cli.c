/* test-cli.c — the headless command line: exports and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cli"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pd-test-util.h"
#include "store/pd-database.h"

typedef struct
{
  char *dir;      /* a fresh XDG_DATA_HOME and scratch space */
  char *out;      /* $dir/out.csv */
  char *stdout_text;
  char *stderr_text;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = pd_test_make_tmpdir ();
  fixture->out = g_build_filename (fixture->dir, "out.csv", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_chmod (fixture->dir, 0700);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->out);
  g_free (fixture->stdout_text);
  g_free (fixture->stderr_text);
}

/* Runs plandesk with @args (NULL-terminated) and no display at all. */
static int
run (Fixture    *fixture,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PLANDESK_EXE");
  int wait_status;
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *)exe);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", fixture->dir, TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_clear_pointer (&fixture->stdout_text, g_free);
  g_clear_pointer (&fixture->stderr_text, g_free);
  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &fixture->stdout_text, &fixture->stderr_text, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static void
assert_one_error_line (Fixture    *fixture,
                       const char *path,
                       const char *reason)
{
  g_autofree char *prefix = g_strdup_printf ("plandesk: %s: ", path);

  g_assert_true (g_str_has_prefix (fixture->stderr_text, prefix));
  g_assert_nonnull (strstr (fixture->stderr_text, reason));
  g_assert_true (g_str_has_suffix (fixture->stderr_text, "\n"));
  /* One line only. */
  g_assert_true (strchr (fixture->stderr_text, '\n') == fixture->stderr_text + strlen (fixture->stderr_text) - 1);
}

static void
test_version_and_help (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_cmpint (run (fixture, "--version", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (fixture->stdout_text, "plandesk 0."));

  g_assert_cmpint (run (fixture, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (fixture->stdout_text, "--export=FORMAT"));
  g_assert_nonnull (strstr (fixture->stdout_text, "--report=KIND"));
  g_assert_nonnull (strstr (fixture->stdout_text, "--output=PATH"));
  g_assert_nonnull (strstr (fixture->stdout_text, "--bundled"));
  g_assert_nonnull (strstr (fixture->stdout_text, "--unit=NAME"));
  g_assert_nonnull (strstr (fixture->stdout_text, "plan-text"));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *data_dir = g_build_filename (fixture->dir, "plandesk", NULL);

  g_assert_cmpint (run (fixture, "--frobnicate", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->stderr_text, "--frobnicate"));
  g_assert_cmpint (run (fixture, "--export=docx", "--report=assignments", out_arg, "--bundled", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->stderr_text, "docx"));
  g_assert_cmpint (run (fixture, "--export=csv", "--report=everything", out_arg, "--bundled", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->stderr_text, "everything"));
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", "--bundled", NULL), ==, 1);
  g_assert_cmpint (run (fixture, "--export=csv", out_arg, "--bundled", NULL), ==, 1);
  g_assert_cmpint (run (fixture, "--report=assignments", out_arg, NULL), ==, 1);
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, "a.plandesk", "b.plandesk", NULL), ==, 1);
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, "--bundled", "a.plandesk", NULL), ==, 1);
  /* --unit belongs to the units report, and names a unit. */
  g_assert_cmpint (run (fixture, "--export=csv", "--report=division", "--unit=市公安局", out_arg, "--bundled", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->stderr_text, "--unit"));
  g_assert_cmpint (run (fixture, "--export=csv", "--report=units", "--unit=", out_arg, "--bundled", NULL), ==, 1);
  g_assert_cmpint (run (fixture, "--unit=市公安局", out_arg, NULL), ==, 1);
  /* Nothing was written, and no working plan was created. */
  g_assert_false (g_file_test (fixture->out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));
}

static void
test_export_bundled (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *before = pd_test_checksum_file (bundled);
  g_autofree char *after = NULL;
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;

  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, "--bundled", NULL), ==, 0);
  g_assert_cmpstr (fixture->stderr_text, ==, "");
  g_assert_true (g_file_get_contents (fixture->out, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFprogramme_no,programme,project_no,project,due_on,role,unit,scope\r\n"));
  records = pd_test_parse_csv (csv + 3);
  g_assert_cmpuint (records->len, ==, 458);

  after = pd_test_checksum_file (bundled);
  g_assert_cmpstr (before, ==, after);

  /* Standard output gets the same bytes. */
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", "--output=-", "--bundled", NULL), ==, 0);
  g_assert_cmpstr (fixture->stdout_text, ==, csv);
}

/* Every report in CSV, and the division table's contents. */
static void
test_export_reports (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const reports[] = { "division", "units", "matrix", "progress", "plan-text" };
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *report_arg = g_strconcat ("--report=", reports[i], NULL);

      g_assert_cmpint (run (fixture, "--export=csv", report_arg, "--output=-", "--bundled", NULL), ==, 0);
      g_assert_cmpstr (fixture->stderr_text, ==, "");
      g_assert_true (g_str_has_prefix (fixture->stdout_text, "\xEF\xBB\xBF"));
    }

  g_assert_cmpint (run (fixture, "--export=csv", "--report=division", out_arg, "--bundled", NULL), ==, 0);
  g_assert_cmpstr (fixture->stderr_text, ==, "");
  g_assert_true (g_file_get_contents (fixture->out, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFNo.,Project,Lead units,Cooperating units\r\n"));
  g_assert_nonnull (strstr (csv, "一、法治广州建设工程"));
  g_assert_nonnull (strstr (csv, "市食安办(食品安全监管)"));
  records = pd_test_parse_csv (csv + 3);
  /* The header, 12 programmes, 68 projects. */
  g_assert_cmpuint (records->len, ==, 1 + 12 + 68);
}

static void
test_export_unit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_cmpint (run (fixture, "--export=csv", "--report=units", "--unit=市公安局", out_arg, "--bundled", NULL), ==, 0);
  g_assert_cmpstr (fixture->stderr_text, ==, "");
  g_assert_true (g_file_get_contents (fixture->out, &csv, NULL, NULL));
  /* The unit's name and its counts, then three tables (led, cooperating,
   * responsible: 8 + 15 + 1 projects) each under its heading and with its
   * header row; an empty record between blocks. */
  records = pd_test_parse_csv (csv + 3);
  g_assert_cmpstr (((char **)records->pdata[0])[0], ==, "市公安局");
  g_assert_cmpuint (records->len, ==, 2 + 3 * 2 + 8 + 15 + 1 + 7);
  g_assert_nonnull (strstr (csv, "群体性事件处置机制建设项目"));
  g_assert_nonnull (strstr (csv, "社会稳定风险评估机制建设项目"));

  /* The whole report is longer. */
  g_assert_cmpint (run (fixture, "--export=csv", "--report=units", "--output=-", "--bundled", NULL), ==, 0);
  all = pd_test_parse_csv (fixture->stdout_text + 3);
  g_assert_cmpuint (all->len, >, records->len);
}

static void
test_unknown_unit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);

  g_assert_cmpint (run (fixture, "--export=csv", "--report=units", "--unit=公安局x", out_arg, "--bundled", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (fixture->stderr_text, "plandesk: "));
  g_assert_nonnull (strstr (fixture->stderr_text, "公安局x"));
  g_assert_nonnull (strstr (fixture->stderr_text, "市公安局"));
  g_assert_cmpstr (fixture->stdout_text, ==, "");
  g_assert_false (g_file_test (fixture->out, G_FILE_TEST_EXISTS));

  /* Nothing close: still a usage error, and still nothing written. */
  g_assert_cmpint (run (fixture, "--export=csv", "--report=units", "--unit=Ministry of Magic", out_arg, "--bundled", NULL), ==, 1);
  g_assert_nonnull (strstr (fixture->stderr_text, "Ministry of Magic"));
  g_assert_false (g_file_test (fixture->out, G_FILE_TEST_EXISTS));
}

static void
test_export_working_plan (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *working = g_build_filename (fixture->dir, "plandesk", "plan.plandesk", NULL);
  g_autofree char *checksum = NULL;
  g_autofree char *again = NULL;

  g_assert_false (g_file_test (working, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, NULL), ==, 0);
  g_assert_true (g_file_test (working, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (fixture->out, G_FILE_TEST_IS_REGULAR));

  /* A second export reads the same working plan and leaves it as it was. */
  checksum = pd_test_checksum_file (working);
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", "--output=-", NULL), ==, 0);
  again = pd_test_checksum_file (working);
  g_assert_cmpstr (checksum, ==, again);
  g_assert_true (g_str_has_prefix (fixture->stdout_text, "\xEF\xBB\xBF"));
}

static void
test_data_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out_arg = g_strconcat ("--output=", fixture->out, NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.plandesk", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.plandesk", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.plandesk", NULL);
  g_autofree char *text_sum = NULL;
  g_autofree char *newer_sum = NULL;
  g_autofree char *sum = NULL;
  g_autoptr(PdDatabase) db = NULL;

  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, missing, NULL), ==, 2);
  assert_one_error_line (fixture, missing, "No such file");

  g_assert_true (g_file_set_contents (text, "not a plan\n", -1, NULL));
  text_sum = pd_test_checksum_file (text);
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, text, NULL), ==, 2);
  assert_one_error_line (fixture, text, "Not a Plan Desk plan file");
  sum = pd_test_checksum_file (text);
  g_assert_cmpstr (sum, ==, text_sum);
  g_clear_pointer (&sum, g_free);

  db = pd_database_open (newer, PD_DATABASE_OPEN_CREATE, NULL);
  g_assert_nonnull (db);
  g_assert_true (pd_database_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 7", NULL));
  g_clear_object (&db);
  newer_sum = pd_test_checksum_file (newer);
  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, newer, NULL), ==, 2);
  assert_one_error_line (fixture, newer, "newer version");
  sum = pd_test_checksum_file (newer);
  g_assert_cmpstr (sum, ==, newer_sum);

  g_assert_false (g_file_test (fixture->out, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_output (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *target = g_build_filename (locked, "out.csv", NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", target, NULL);

  if (geteuid () == 0)
    {
      /* root writes anywhere; a missing folder fails the same way. */
      g_autofree char *nowhere = g_build_filename (fixture->dir, "no", "such", "folder", "out.csv", NULL);

      g_free (out_arg);
      out_arg = g_strconcat ("--output=", nowhere, NULL);
      g_free (target);
      target = g_steal_pointer (&nowhere);
    }
  else
    {
      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
    }

  g_assert_cmpint (run (fixture, "--export=csv", "--report=assignments", out_arg, "--bundled", NULL), ==, 2);
  assert_one_error_line (fixture, target, "");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/version-and-help", Fixture, NULL, fixture_set_up, test_version_and_help, fixture_tear_down);
  g_test_add ("/cli/usage-errors", Fixture, NULL, fixture_set_up, test_usage_errors, fixture_tear_down);
  g_test_add ("/cli/export-bundled", Fixture, NULL, fixture_set_up, test_export_bundled, fixture_tear_down);
  g_test_add ("/cli/export-reports", Fixture, NULL, fixture_set_up, test_export_reports, fixture_tear_down);
  g_test_add ("/cli/export-unit", Fixture, NULL, fixture_set_up, test_export_unit, fixture_tear_down);
  g_test_add ("/cli/unknown-unit", Fixture, NULL, fixture_set_up, test_unknown_unit, fixture_tear_down);
  g_test_add ("/cli/export-working-plan", Fixture, NULL, fixture_set_up, test_export_working_plan, fixture_tear_down);
  g_test_add ("/cli/data-errors", Fixture, NULL, fixture_set_up, test_data_errors, fixture_tear_down);
  g_test_add ("/cli/unwritable-output", Fixture, NULL, fixture_set_up, test_unwritable_output, fixture_tear_down);

  return g_test_run ();
}
