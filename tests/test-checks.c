/* test-checks.c — the plan checks: what they find, and their exact changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model tests run headless and in English (the test does not bind the
 * translations). The view tests need a display and are skipped without one;
 * run them under xvfb-run.
 */
#define G_LOG_DOMAIN "test-checks"

#include "pd-config.h"

#include <adwaita.h>
#include <string.h>

#include "pd-synthetic.h"
#include "pd-test-util.h"
#include "store/pd-checks.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "views/checks/pd-checks-view.h"

/* Helpers ------------------------------------------------------------------ */

static const char *
kind_nick (PdCheckKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (PD_TYPE_CHECK_KIND);

  return g_enum_get_value (klass, kind)->value_nick;
}

static const char *
describe_object (GObject *object)
{
  static char buffer[256];

  if (object == NULL)
    return "-";
  if (PD_IS_PROJECT (object))
    g_snprintf (buffer, sizeof buffer, "project %d", pd_project_get_number (PD_PROJECT (object)));
  else if (PD_IS_PROGRAMME (object))
    g_snprintf (buffer, sizeof buffer, "programme %s", pd_programme_get_numeral (PD_PROGRAMME (object)));
  else if (PD_IS_UNIT (object))
    g_snprintf (buffer, sizeof buffer, "unit %s", pd_unit_get_name (PD_UNIT (object)));
  else
    g_snprintf (buffer, sizeof buffer, "%s", G_OBJECT_TYPE_NAME (object));
  return buffer;
}

/* One line per check: "kind|target|other unit|title". */
static char *
dump_checks (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdCheck) check = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s|", kind_nick (pd_check_get_kind (check)));
      g_string_append_printf (out, "%s|", describe_object (pd_check_get_target (check)));
      g_string_append_printf (out, "%s|", describe_object (G_OBJECT (pd_check_get_other_unit (check))));
      g_string_append_printf (out, "%s\n", pd_check_get_title (check));
    }
  return g_string_free (out, FALSE);
}

/* The checks of one kind, as dump_checks() lines. */
static char *
dump_kind (GListModel  *model,
           PdCheckKind  kind)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdCheck) check = g_list_model_get_item (model, i);

      if (pd_check_get_kind (check) == kind)
        g_string_append_printf (out, "%s\n", describe_object (pd_check_get_target (check)));
    }
  return g_string_free (out, FALSE);
}

static PdCheck *
get_check (GListModel *model,
           guint       position)
{
  PdCheck *check = g_list_model_get_item (model, position);

  g_assert_nonnull (check);
  g_object_unref (check);  /* the model keeps it */
  return check;
}

/* Records items-changed as "position,removed,added;" */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (model));
  g_string_append_printf (log, "%u,%u,%u;", position, removed, added);
}

static void
assert_log (GString    *log,
            const char *expected)
{
  g_assert_cmpstr (log->str, ==, expected);
  g_string_truncate (log, 0);
}

/* Checks that the model, read again from scratch, is what a fresh PdChecks
 * computes: the items-changed emitted kept it exact. */
static void
assert_same_as_fresh (PdChecks *checks)
{
  g_autoptr(PdChecks) fresh = pd_checks_new (pd_checks_get_store (checks));
  g_autofree char *expected = dump_checks (G_LIST_MODEL (fresh));
  g_autofree char *actual = dump_checks (G_LIST_MODEL (checks));

  g_assert_cmpstr (actual, ==, expected);
}

/* Rows of a query as "a|b\n" lines. */
static char *
query_rows (PdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store), sql, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          if (c > 0)
            g_string_append_c (out, '|');
          g_string_append (out, pd_database_column_text (stmt, c) ?: "");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_reset (stmt);
  return g_string_free (out, FALSE);
}

static PdStore *
open_store (const char          *path,
            PdDatabaseOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_store_open (path, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* The independent answers, straight from the plan file. */
#define SQL_NO_LEAD \
  "SELECT 'project ' || p.number FROM project p JOIN programme g ON g.id = p.programme_id " \
  "WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = p.id AND a.role = 'lead') " \
  "ORDER BY g.position, p.number"
#define SQL_ONLY_COLLECTIVES \
  "SELECT 'project ' || p.number FROM project p JOIN programme g ON g.id = p.programme_id " \
  "WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = p.id) " \
  "AND NOT EXISTS (SELECT 1 FROM assignment a JOIN unit u ON u.id = a.unit_id " \
  "                WHERE a.project_id = p.id AND u.collective = 0) " \
  "ORDER BY g.position, p.number"
#define SQL_EMPTY_PROGRAMMES \
  "SELECT 'programme ' || g.numeral FROM programme g " \
  "WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.programme_id = g.id) ORDER BY g.position"
#define SQL_UNUSED_UNITS \
  "SELECT 'unit ' || u.name FROM unit u " \
  "WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.unit_id = u.id) " \
  "AND NOT EXISTS (SELECT 1 FROM unit_member m WHERE m.member_id = u.id) " \
  "AND NOT EXISTS (SELECT 1 FROM unit s WHERE s.successor_id = u.id) ORDER BY u.id"
#define SQL_DATES \
  "SELECT 'project ' || p.number FROM project p JOIN programme g ON g.id = p.programme_id, plan " \
  "WHERE p.start_on < plan.period_start OR p.start_on > plan.period_end " \
  "OR p.due_on < plan.period_start OR p.due_on > plan.period_end OR p.due_on < p.start_on " \
  "ORDER BY g.position, p.number"

static void
assert_kinds_match_sql (PdStore    *store,
                        GListModel *model)
{
  static const struct { PdCheckKind kind; const char *sql; } queries[] = {
    { PD_CHECK_NO_LEAD, SQL_NO_LEAD },
    { PD_CHECK_ONLY_COLLECTIVES, SQL_ONLY_COLLECTIVES },
    { PD_CHECK_EMPTY_PROGRAMME, SQL_EMPTY_PROGRAMMES },
    { PD_CHECK_UNUSED_UNIT, SQL_UNUSED_UNITS },
    { PD_CHECK_DATE_OUTSIDE_PERIOD, SQL_DATES },
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *expected = query_rows (store, queries[i].sql);
      g_autofree char *actual = dump_kind (model, queries[i].kind);

      g_assert_cmpstr (actual, ==, expected);
    }
}

/* Normalised names: the similar-names check pairs units by them -------------- */

static void
test_normalize (void)
{
  static const char * const cases[][2] = {
    { "市直政法各部门", "市直政法部门" },
    { "市直政法部门", "市直政法部门" },
    { "市公安局等", "市公安局" },
    { "市 司法局", "市司法局" },
    { "市\u3000司法局 ", "市司法局" },        /* full-width space */
    { "各级党委的政法委", "级党委政法委" },
    { "各等的", "" },
    { "", "" },
    { "Unit A", "UnitA" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = pd_normalize_name (cases[i][0]);

      g_assert_cmpstr (key, ==, cases[i][1]);
    }
}

/* The bundled plan ---------------------------------------------------------- */

static void
test_bundled (void)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(PdStore) store = open_store (path, PD_DATABASE_OPEN_READ_ONLY);
  g_autoptr(PdChecks) checks = pd_checks_new (store);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *dump = NULL;
  g_autofree char *only_collectives = NULL;
  PdCheck *check;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (checks)) == PD_TYPE_CHECK);
  g_assert_true (pd_checks_get_store (checks) == store);

  /* Every project has a lead unit and a unit that is not a collective, every
   * programme has projects, every unit is named by a project, belongs to
   * 各区(县级市) or succeeds a district, and every project runs for the plan
   * period, 2013-01-01 to 2022-12-31: only the pair of names is reported. */
  dump = dump_checks (G_LIST_MODEL (checks));
  g_assert_cmpstr (dump, ==,
                   "similar-units|unit 市直政法部门|unit 市直政法各部门|"
                   "“市直政法部门” and “市直政法各部门” may be the same unit\n");
  assert_kinds_match_sql (store, G_LIST_MODEL (checks));

  /* The SQL agrees that no project has only collective units; the closest
   * are the projects that name collectives beside others (7 names 市直政法部门). */
  only_collectives = query_rows (store, SQL_ONLY_COLLECTIVES);
  g_assert_cmpstr (only_collectives, ==, "");

  /* 市直政法部门 (project 7) merges into 市直政法各部门 (projects 17, 30, 58,
   * 60, 64, 65 and 67), which has more assignments. */
  check = get_check (G_LIST_MODEL (checks), 0);
  g_assert_cmpint (pd_check_get_kind (check), ==, PD_CHECK_SIMILAR_UNITS);
  g_assert_true (pd_check_get_unit (check) == pd_store_find_unit_by_name (store, "市直政法部门"));
  g_assert_true (pd_check_get_other_unit (check) == pd_store_find_unit_by_name (store, "市直政法各部门"));
  g_assert_true (pd_check_get_target (check) == G_OBJECT (pd_check_get_unit (check)));
  g_assert_null (pd_check_get_project (check));
  g_assert_null (pd_check_get_programme (check));
  g_assert_cmpstr (pd_check_get_detail (check), ==,
                   "The names differ only by 各, 等, 的 or spaces. Merging keeps “市直政法各部门”.");

  /* The district units are used only as members of 各区(县级市), 从化区 and
   * 增城区 only as successors: none is reported. */
  g_assert_null (strstr (dump, "区"));

  /* Nothing changed: nothing is emitted. */
  g_signal_connect (checks, "items-changed", G_CALLBACK (items_changed_cb), log);
  pd_store_emit_changed (store);
  pd_checks_update (checks);
  assert_log (log, "");
}

/* Edits to a read-write copy of the bundled plan ---------------------------- */

static void
test_bundled_edits (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autoptr(PdStore) store = open_store (path, PD_DATABASE_OPEN_DEFAULT);
  g_autoptr(PdChecks) checks = pd_checks_new (store);
  g_autoptr(GString) log = g_string_new (NULL);
  GListModel *model = G_LIST_MODEL (checks);
  PdProject *project = pd_store_find_project_by_number (store, 29);
  PdUnit *unit = pd_store_find_unit_by_name (store, "市直政法部门");
  g_autofree char *title = g_strdup (pd_project_get_title (project));
  g_autofree char *detail = NULL;
  g_autoptr(PdUnit) new_unit = NULL;
  g_autoptr(PdAssignment) assignment = NULL;
  PdCheck *first, *check;

  g_assert_false (pd_database_is_read_only (pd_store_get_database (store)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  first = get_check (model, 0);
  g_signal_connect (checks, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Project 29 starts before the plan period: a date check after the pair. */
  pd_project_set_dates (project, "2012-06-01", "2022-12-31");
  pd_store_emit_changed (store);
  assert_log (log, "1,0,1;");
  g_assert_true (get_check (model, 0) == first);  /* the unchanged item is kept */
  check = get_check (model, 1);
  g_assert_cmpint (pd_check_get_kind (check), ==, PD_CHECK_DATE_OUTSIDE_PERIOD);
  g_assert_true (pd_check_get_project (check) == project);
  g_assert_true (pd_check_get_target (check) == G_OBJECT (project));
  g_assert_cmpstr (pd_check_get_title (check), ==, "Project 29 has dates outside the plan period");
  detail = g_strdup_printf ("“%s” runs from 2012-06-01 to 2022-12-31; the plan period is 2013-01-01 to 2022-12-31",
                            title);
  g_assert_cmpstr (pd_check_get_detail (check), ==, detail);

  /* Emitting again without a change emits nothing. */
  pd_store_emit_changed (store);
  assert_log (log, "");

  /* Due after the period. */
  pd_project_set_dates (project, "2013-01-01", "2023-01-01");
  pd_store_emit_changed (store);
  assert_log (log, "1,1,1;");
  g_assert_cmpstr (pd_check_get_title (get_check (model, 1)), ==, "Project 29 has dates outside the plan period");

  /* Due before it starts, inside the period. */
  pd_project_set_dates (project, "2016-01-01", "2015-06-30");
  pd_store_emit_changed (store);
  assert_log (log, "1,1,1;");
  g_assert_cmpstr (pd_check_get_title (get_check (model, 1)), ==, "Project 29 is due before it starts");

  /* A rename shows in the detail: the item is replaced. */
  pd_project_set_title (project, "改名项目");
  pd_store_emit_changed (store);
  assert_log (log, "1,1,1;");
  g_assert_cmpstr (pd_check_get_detail (get_check (model, 1)), ==,
                   "“改名项目” runs from 2016-01-01 to 2015-06-30; the plan period is 2013-01-01 to 2022-12-31");
  pd_project_set_title (project, title);

  /* Back inside the period. */
  pd_project_set_dates (project, "2013-01-01", "2022-12-31");
  pd_store_emit_changed (store);
  assert_log (log, "1,1,0;");
  g_assert_true (get_check (model, 0) == first);

  /* Renaming one of the pair ends it; renaming it back brings it back. */
  pd_unit_set_name (unit, "市直政法机关");
  pd_store_emit_changed (store);
  assert_log (log, "0,1,0;");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  pd_unit_set_name (unit, "市直政法部门");
  pd_store_emit_changed (store);
  assert_log (log, "0,0,1;");

  /* A new unit is unused, listed before the pair, until a project names it. */
  new_unit = pd_unit_new (1000, "市档案局", "government", FALSE);
  g_list_store_append (G_LIST_STORE (pd_store_get_units (store)), new_unit);
  pd_store_emit_changed (store);
  assert_log (log, "0,0,1;");
  check = get_check (model, 0);
  g_assert_cmpint (pd_check_get_kind (check), ==, PD_CHECK_UNUSED_UNIT);
  g_assert_true (pd_check_get_unit (check) == new_unit);
  g_assert_cmpstr (pd_check_get_title (check), ==, "Unit “市档案局” is not used");
  g_assert_cmpstr (pd_check_get_detail (check), ==,
                   "It has no projects, belongs to no collective unit and succeeds no other unit");

  assignment = pd_assignment_new (100000, project, new_unit, PD_ROLE_COOPERATE, NULL, 99);
  pd_project_add_assignment (project, assignment);
  pd_store_emit_changed (store);
  assert_log (log, "0,1,0;");
  g_assert_cmpint (pd_check_get_kind (get_check (model, 0)), ==, PD_CHECK_SIMILAR_UNITS);
  assert_same_as_fresh (checks);

  g_clear_object (&checks);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* Real edits: commands through the history, undone and redone -------------- */

static void
push (PdHistory *history,
      PdCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (history, command, &error));
  g_assert_no_error (error);
  g_object_unref (command);
}

static void
undo (PdHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_undo (history, &error));
  g_assert_no_error (error);
}

static void
redo (PdHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_redo (history, &error));
  g_assert_no_error (error);
}

static void
test_commands (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autoptr(PdStore) store = open_store (path, PD_DATABASE_OPEN_DEFAULT);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(PdChecks) checks = pd_checks_new (store);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(PdProgramme) programme = g_list_model_get_item (pd_store_get_programmes (store), 11);
  GListModel *model = G_LIST_MODEL (checks);
  PdProject *project = pd_store_find_project_by_number (store, 29);
  PdUnit *from = pd_store_find_unit_by_name (store, "市直政法部门");
  PdUnit *into = pd_store_find_unit_by_name (store, "市直政法各部门");
  PdCheck *check;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_signal_connect (checks, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Dates before the period, undone and redone. */
  push (history, pd_command_set_project_dates (project, "2012-01-01", "2022-12-31", NULL));
  assert_log (log, "1,0,1;");
  g_assert_cmpint (pd_check_get_kind (get_check (model, 1)), ==, PD_CHECK_DATE_OUTSIDE_PERIOD);
  undo (history);
  assert_log (log, "1,1,0;");
  redo (history);
  assert_log (log, "1,0,1;");

  /* The Merge button's command ends the pair; undo brings it back. */
  push (history, pd_command_merge_units (from, into, NULL));
  assert_log (log, "0,1,0;");
  g_assert_null (pd_store_find_unit_by_name (store, "市直政法部门"));
  g_assert_cmpint (pd_check_get_kind (get_check (model, 0)), ==, PD_CHECK_DATE_OUTSIDE_PERIOD);
  undo (history);
  assert_log (log, "0,0,1;");
  check = get_check (model, 0);
  g_assert_cmpint (pd_check_get_kind (check), ==, PD_CHECK_SIMILAR_UNITS);
  g_assert_cmpstr (pd_unit_get_name (pd_check_get_unit (check)), ==, "市直政法部门");
  g_assert_true (pd_check_get_other_unit (check) == into);

  /* A new project has no units, so no lead: listed first. It is added to
   * the last programme, 十二, so that no project is renumbered (a project
   * added to 一 would renumber 29 and rewrite its date row too). */
  push (history, pd_command_add_project (programme, "新增项目", NULL));
  assert_log (log, "0,0,1;");
  check = get_check (model, 0);
  g_assert_cmpint (pd_check_get_kind (check), ==, PD_CHECK_NO_LEAD);
  g_assert_cmpstr (pd_check_get_title (check), ==, "Project 69 has no lead unit");
  g_assert_cmpstr (pd_project_get_title (pd_check_get_project (check)), ==, "新增项目");
  g_assert_cmpstr (pd_check_get_detail (check), ==, "“新增项目” has no units at all");
  assert_same_as_fresh (checks);
  undo (history);
  assert_log (log, "0,1,0;");

  /* Moving the dates back: only the pair is left. */
  push (history, pd_command_set_project_dates (project, "2013-01-01", "2022-12-31", NULL));
  assert_log (log, "1,1,0;");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  assert_same_as_fresh (checks);

  g_clear_object (&checks);
  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* A small plan with every kind of problem ---------------------------------- */

static const char small_plan_sql[] =
  "INSERT INTO plan (id, title, period_start, period_end) VALUES (1, '检查用方案', '2013-01-01', '2022-12-31');"
  "INSERT INTO programme (id, position, numeral, title) VALUES"
  "  (1, 1, '一', '法治建设工程'), (2, 2, '二', '民生保障工程'), (3, 3, '三', '平安文化建设工程');"
  "INSERT INTO unit (id, name, kind, collective) VALUES"
  "  (1, '市委政法委', 'party', 0), (2, '市公安局', 'government', 0),"
  "  (3, '各区', 'collective', 1), (4, '越秀区', 'district', 0), (5, '海珠区', 'district', 0),"
  "  (6, '市直各部门', 'collective', 1), (7, '市直部门', 'collective', 1),"
  "  (8, '市 司法局', 'government', 0), (9, '市司法局', 'government', 0),"
  "  (10, '市档案局', 'government', 0), (11, '萝岗区', 'district', 0), (12, '黄埔区', 'district', 0),"
  "  (13, '市消防局等', 'government', 0), (14, '市消防局', 'government', 0),"
  "  (15, '各市消防局', 'government', 0), (16, '各', 'collective', 1);"
  "UPDATE unit SET successor_id = 12, valid_to = '2014-02-12' WHERE id = 11;"
  "INSERT INTO unit_member (collective_id, member_id) VALUES (3, 4), (3, 5), (3, 11);"
  "INSERT INTO project (id, programme_id, number, title, start_on, due_on) VALUES"
  "  (1, 1, 1, '地方立法项目', '2013-01-01', '2022-12-31'),"
  "  (2, 1, 2, '法治政府项目', '2013-01-01', '2022-12-31'),"
  "  (3, 1, 3, '综合治理项目', NULL, NULL),"
  "  (4, 3, 4, '平安文化项目', '2013-01-01', '2022-12-31'),"
  "  (5, 3, 5, '禁毒项目', '2014-01-01', '2016-12-31'),"
  "  (6, 3, 6, '法律援助项目', '2012-03-01', '2015-12-31'),"
  "  (7, 3, 7, '消防安全项目', '2020-01-01', '2023-06-30'),"
  "  (8, 3, 8, '校园安全项目', '2015-01-01', '2016-01-01'),"
  "  (9, 3, 9, '交通秩序项目', NULL, '2023-01-01');"
  "INSERT INTO assignment (project_id, unit_id, role, position) VALUES"
  "  (1, 1, 'lead', 1), (1, 2, 'cooperate', 2), (1, 9, 'cooperate', 3),"
  "  (2, 2, 'cooperate', 1),"
  "  (4, 3, 'lead', 1), (4, 6, 'cooperate', 2),"
  "  (5, 7, 'cooperate', 1),"
  "  (6, 9, 'lead', 1), (6, 8, 'cooperate', 2),"
  "  (7, 14, 'lead', 1), (7, 13, 'cooperate', 2), (7, 15, 'cooperate', 3),"
  "  (8, 14, 'lead', 1),"
  "  (9, 2, 'lead', 1);";

static char *
make_small_plan (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "small.plandesk", NULL);
  PdDatabase *database = pd_database_open (path, PD_DATABASE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (pd_database_exec (database, small_plan_sql, &error));
  g_assert_no_error (error);
  g_object_unref (database);
  return path;
}

static void
test_small_plan (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = make_small_plan (dir);
  g_autoptr(PdStore) store = open_store (path, PD_DATABASE_OPEN_DEFAULT);
  g_autoptr(PdChecks) checks = pd_checks_new (store);
  g_autoptr(GString) log = g_string_new (NULL);
  GListModel *model = G_LIST_MODEL (checks);
  g_autofree char *dump = dump_checks (model);
  g_autoptr(PdProgramme) programme = NULL;
  g_autoptr(PdProject) project = NULL;
  g_autofree char *details = NULL;
  GString *text;

  g_assert_cmpstr (dump, ==,
                   "no-lead|project 2|-|Project 2 has no lead unit\n"
                   "no-lead|project 3|-|Project 3 has no lead unit\n"
                   "no-lead|project 5|-|Project 5 has no lead unit\n"
                   "only-collectives|project 4|-|Project 4 has only collective units\n"
                   "only-collectives|project 5|-|Project 5 has only collective units\n"
                   "empty-programme|programme 二|-|Programme 二 has no projects\n"
                   "unused-unit|unit 市档案局|-|Unit “市档案局” is not used\n"
                   "unused-unit|unit 各|-|Unit “各” is not used\n"
                   "similar-units|unit 市直部门|unit 市直各部门|“市直部门” and “市直各部门” may be the same unit\n"
                   "similar-units|unit 市 司法局|unit 市司法局|“市 司法局” and “市司法局” may be the same unit\n"
                   "similar-units|unit 市消防局等|unit 市消防局|“市消防局等” and “市消防局” may be the same unit\n"
                   "similar-units|unit 各市消防局|unit 市消防局|“各市消防局” and “市消防局” may be the same unit\n"
                   "date-outside-period|project 6|-|Project 6 has dates outside the plan period\n"
                   "date-outside-period|project 7|-|Project 7 has dates outside the plan period\n"
                   "date-outside-period|project 9|-|Project 9 has dates outside the plan period\n");
  assert_kinds_match_sql (store, model);

  text = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (text, "%s\n", pd_check_get_detail (get_check (model, i)));
  details = g_string_free (text, FALSE);
  g_assert_cmpstr (details, ==,
                   "None of the units of “法治政府项目” leads it\n"
                   "“综合治理项目” has no units at all\n"
                   "None of the units of “禁毒项目” leads it\n"
                   "“平安文化项目” is assigned only to 各区、市直各部门; no single unit answers for it\n"
                   "“禁毒项目” is assigned only to 市直部门; no single unit answers for it\n"
                   "Add projects to “民生保障工程” or remove it\n"
                   "It has no projects, belongs to no collective unit and succeeds no other unit\n"
                   "It has no projects, belongs to no collective unit and succeeds no other unit\n"
                   "The names differ only by 各, 等, 的 or spaces. Merging keeps “市直各部门”.\n"
                   "The names differ only by 各, 等, 的 or spaces. Merging keeps “市司法局”.\n"
                   "The names differ only by 各, 等, 的 or spaces. Merging keeps “市消防局”.\n"
                   "The names differ only by 各, 等, 的 or spaces. Merging keeps “市消防局”.\n"
                   "“法律援助项目” runs from 2012-03-01 to 2015-12-31; the plan period is 2013-01-01 to 2022-12-31\n"
                   "“消防安全项目” runs from 2020-01-01 to 2023-06-30; the plan period is 2013-01-01 to 2022-12-31\n"
                   "“交通秩序项目” runs from … to 2023-01-01; the plan period is 2013-01-01 to 2022-12-31\n");

  /* Targets: the project, the programme, the unit. */
  g_assert_true (pd_check_get_target (get_check (model, 0)) ==
                 G_OBJECT (pd_store_find_project_by_number (store, 2)));
  g_assert_true (PD_IS_PROGRAMME (pd_check_get_target (get_check (model, 5))));
  g_assert_true (G_OBJECT (pd_check_get_programme (get_check (model, 5))) == pd_check_get_target (get_check (model, 5)));
  g_assert_true (pd_check_get_target (get_check (model, 6)) ==
                 G_OBJECT (pd_store_find_unit_by_name (store, "市档案局")));
  g_assert_null (pd_check_get_other_unit (get_check (model, 6)));

  g_signal_connect (checks, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Project 8 due before it starts: between projects 7 and 9. */
  pd_project_set_dates (pd_store_find_project_by_number (store, 8), "2016-01-01", "2015-01-01");
  pd_store_emit_changed (store);
  assert_log (log, "14,0,1;");
  g_assert_cmpstr (pd_check_get_title (get_check (model, 14)), ==, "Project 8 is due before it starts");

  /* A project in programme 二: the programme is no longer empty, and the new
   * project, without units, has no lead. One run of rows changes. */
  programme = g_list_model_get_item (pd_store_get_programmes (store), 1);
  project = pd_project_new (100, programme, 10, "新项目");
  pd_project_set_dates (project, "2013-01-01", "2022-12-31");
  pd_programme_add_project (programme, project);
  pd_store_emit_changed (store);
  assert_log (log, "2,4,4;");
  g_assert_true (pd_check_get_project (get_check (model, 2)) == project);
  g_assert_cmpint (pd_check_get_kind (get_check (model, 5)), ==, PD_CHECK_ONLY_COLLECTIVES);
  assert_same_as_fresh (checks);

  /* 市消防局 loses to 市消防局等 once that has more assignments: the three
   * similar-name rows of the group change. */
  {
    g_autoptr(PdAssignment) a1 = pd_assignment_new (1001, project, pd_store_find_unit_by_name (store, "市消防局等"),
                                                    PD_ROLE_LEAD, NULL, 1);
    g_autoptr(PdAssignment) a2 = pd_assignment_new (1002, pd_store_find_project_by_number (store, 1),
                                                    pd_store_find_unit_by_name (store, "市消防局等"),
                                                    PD_ROLE_COOPERATE, NULL, 4);

    pd_project_add_assignment (project, a1);
    pd_project_add_assignment (pd_store_find_project_by_number (store, 1), a2);
    pd_store_emit_changed (store);
    /* The new project now has a lead: its no-lead row at 2 goes, and the
     * two rows of the 消防局 group, 10 and 11 then, now merge into 市消防局等.
     * One splice covers the run from the first to the last difference. */
    assert_log (log, "2,10,9;");
    assert_same_as_fresh (checks);
    g_assert_cmpstr (pd_check_get_title (get_check (model, 9)), ==, "“市消防局” and “市消防局等” may be the same unit");
    g_assert_cmpstr (pd_check_get_title (get_check (model, 10)), ==, "“各市消防局” and “市消防局等” may be the same unit");
  }

  g_clear_object (&checks);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* 100 times the bundled plan ------------------------------------------------ */

static void
test_scale (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "scale100.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdChecks) checks = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GTimer) timer = g_timer_new ();
  double first, best = G_MAXDOUBLE;
  PdUnit *unit;
  g_autofree char *name = NULL;
  g_autofree char *old_name = NULL;
  GListModel *units;
  guint n;

  g_assert_true (pd_synthetic_generate (path, 100, 20130715u, &error));
  g_assert_no_error (error);
  store = open_store (path, PD_DATABASE_OPEN_DEFAULT);
  g_assert_cmpuint (pd_store_get_n_projects (store), ==, 100 * PD_SYNTHETIC_PROJECTS);

  g_timer_start (timer);
  checks = pd_checks_new (store);
  first = g_timer_elapsed (timer, NULL);
  for (guint i = 0; i < 5; i++)
    {
      g_timer_start (timer);
      pd_checks_update (checks);
      best = MIN (best, g_timer_elapsed (timer, NULL));
    }
  g_test_message ("checks at scale 100: %u found; first pass %.1f ms, update %.1f ms (best of 5)",
                  g_list_model_get_n_items (G_LIST_MODEL (checks)), first * 1000, best * 1000);

  /* What the synthetic plan holds, by the SQL: projects whose units happen
   * to be collectives only, and nothing else. */
  assert_kinds_match_sql (store, G_LIST_MODEL (checks));
  n = g_list_model_get_n_items (G_LIST_MODEL (checks));
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (pd_check_get_kind (get_check (G_LIST_MODEL (checks), i)), ==, PD_CHECK_ONLY_COLLECTIVES);

  /* A similar name among 9,600 units is found: 各 before the last unit's name. */
  g_signal_connect (checks, "items-changed", G_CALLBACK (items_changed_cb), log);
  units = pd_store_get_units (store);
  unit = g_list_model_get_item (units, 0);
  g_object_unref (unit);
  old_name = g_strdup (pd_unit_get_name (unit));
  {
    g_autoptr(PdUnit) last = g_list_model_get_item (units, g_list_model_get_n_items (units) - 1);

    name = g_strconcat ("各", pd_unit_get_name (last), NULL);
  }
  pd_unit_set_name (unit, name);
  g_timer_start (timer);
  pd_store_emit_changed (store);
  g_test_message ("recomputed after a rename in %.1f ms", g_timer_elapsed (timer, NULL) * 1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (checks)), ==, n + 1);
  g_assert_cmpint (pd_check_get_kind (get_check (G_LIST_MODEL (checks), n)), ==, PD_CHECK_SIMILAR_UNITS);
  {
    g_autofree char *expected = g_strdup_printf ("%u,0,1;", n);

    assert_log (log, expected);
  }
  pd_unit_set_name (unit, old_name);
  pd_store_emit_changed (store);

  g_clear_object (&checks);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* The view (needs a display) ------------------------------------------------ */

static gboolean have_display;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Waits until a mapped label shows @text, or none does (the pages of the
 * view cross-fade); fails after five seconds. */
static void
wait_for_label (GtkWidget  *window,
                const char *text,
                gboolean    shown)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((find_label (window, text) != NULL) != shown)
    {
      if (g_get_monotonic_time () > end)
        g_error ("“%s” is still %s", text, shown ? "not shown" : "shown");
      g_main_context_iteration (NULL, FALSE);
    }
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
record_target_cb (PdChecksView *view,
                  GObject      *target,
                  GPtrArray    *targets)
{
  g_ptr_array_add (targets, target);
}

static void
record_merge_cb (PdChecksView *view,
                 PdUnit       *from,
                 PdUnit       *into,
                 GPtrArray    *units)
{
  g_ptr_array_add (units, from);
  g_ptr_array_add (units, into);
}

static void
test_view (void)
{
  g_autofree char *bundled = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GPtrArray) merges = g_ptr_array_new ();
  PdUnit *from, *into;
  PdProject *project;
  GtkWidget *window, *view, *button, *row;
  GtkListBox *list_box;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  bundled = pd_test_bundled_plan_path ();
  dir = pd_test_make_tmpdir ();
  path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  store = open_store (path, PD_DATABASE_OPEN_DEFAULT);
  from = pd_store_find_unit_by_name (store, "市直政法部门");
  into = pd_store_find_unit_by_name (store, "市直政法各部门");
  project = pd_store_find_project_by_number (store, 29);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  view = pd_checks_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_signal_connect (view, "activate-target", G_CALLBACK (record_target_cb), targets);
  g_signal_connect (view, "merge-requested", G_CALLBACK (record_merge_cb), merges);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);

  /* Without a store: the empty state. */
  g_assert_null (pd_checks_view_get_model (PD_CHECKS_VIEW (view)));
  wait_for_label (window, "No Problems Found", TRUE);

  pd_checks_view_set_store (PD_CHECKS_VIEW (view), store);
  iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (pd_checks_view_get_model (PD_CHECKS_VIEW (view))), ==, 1);
  wait_for_label (window, "No Problems Found", FALSE);
  wait_for_label (window, "1 Possible Problem", TRUE);
  wait_for_label (window, "“市直政法部门” and “市直政法各部门” may be the same unit", TRUE);

  /* The Merge button asks for the merge; activating the row, for the unit. */
  button = find_button (window);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Merge “市直政法部门” into “市直政法各部门”");
  gtk_widget_activate (button);
  /* A button activated from the keyboard clicks after a moment. */
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       merges->len == 0 && g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (merges->len, ==, 2);
  g_assert_true (merges->pdata[0] == from);
  g_assert_true (merges->pdata[1] == into);

  list_box = pd_checks_view_get_list_box (PD_CHECKS_VIEW (view));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list_box, 0));
  g_assert_nonnull (row);

  /* Accessible names: the list, each row (title and detail), the button. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list_box), GTK_ACCESSIBLE_PROPERTY_LABEL, "Checks");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "“市直政法部门” and “市直政法各部门” may be the same unit. "
                                       "The names differ only by 各, 等, 的 or spaces. Merging keeps “市直政法各部门”.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Merge “市直政法部门” into “市直政法各部门”");
  g_assert_true (gtk_widget_get_focusable (row));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpuint (targets->len, ==, 1);
  g_assert_true (targets->pdata[0] == (gpointer)from);

  /* Live: a date problem adds a row, which activates to its project. */
  pd_project_set_dates (project, "2012-01-01", "2022-12-31");
  pd_store_emit_changed (store);
  iterate (300);
  wait_for_label (window, "2 Possible Problems", TRUE);
  wait_for_label (window, "Project 29 has dates outside the plan period", TRUE);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list_box, 1));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpuint (targets->len, ==, 2);
  g_assert_true (targets->pdata[1] == (gpointer)project);

  /* Both fixed: the empty state again. */
  pd_project_set_dates (project, "2013-01-01", "2022-12-31");
  pd_unit_set_name (from, "市直政法机关");
  pd_store_emit_changed (store);
  iterate (300);
  wait_for_label (window, "No Problems Found", TRUE);
  g_assert_null (gtk_list_box_get_row_at_index (list_box, 0));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* The view tests need a display; the model tests do not. */
  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    {
      have_display = gtk_init_check ();
      if (have_display)
        adw_init ();
    }

  g_test_add_func ("/checks/normalize", test_normalize);
  g_test_add_func ("/checks/bundled", test_bundled);
  g_test_add_func ("/checks/bundled-edits", test_bundled_edits);
  g_test_add_func ("/checks/commands", test_commands);
  g_test_add_func ("/checks/small-plan", test_small_plan);
  g_test_add_func ("/checks/scale", test_scale);
  g_test_add_func ("/checks/view", test_view);
  return g_test_run ();
}
