/* test-tracking.c — progress reports, milestones, indicator values and evaluations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test edits a copy of the bundled plan through the tracking commands
 * and checks, exactly: what the models announce (every items-changed as
 * position, removed, added), what their objects hold, what the database
 * holds, the change_log rows, and that undo and redo bring all of it back.
 */
#define G_LOG_DOMAIN "test-tracking"

#include "pd-config.h"

#include <string.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"

static const char * const no_log[] = { "change_log", NULL };

typedef struct
{
  char       *dir;
  char       *path;
  PdStore    *store;
  PdHistory  *history;
  PdTracking *tracking;
  GString    *changes;   /* items-changed seen, as "pos-removed+added;" */
  guint       notifies;  /* notify or values-changed seen */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;

  fixture->dir = pd_test_make_tmpdir ();
  fixture->path = pd_test_copy_to_tmp (bundled, fixture->dir, "plan.plandesk");
  fixture->store = pd_store_open (fixture->path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  fixture->history = pd_history_new (fixture->store);
  fixture->tracking = pd_tracking_get_for_store (fixture->store);
  fixture->changes = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_string_free (fixture->changes, TRUE);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  g_string_append_printf (fixture->changes, "%u-%u+%u;", position, removed, added);
}

static void
count_cb (Fixture *fixture)
{
  fixture->notifies++;
}

static void
watch (Fixture    *fixture,
       GListModel *model)
{
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

/* The items-changed seen since the last call, and forgets them. */
static char *
take_changes (Fixture *fixture)
{
  char *seen = g_strdup (fixture->changes->str);

  g_string_truncate (fixture->changes, 0);
  return seen;
}

#define assert_changes(fixture, expected) \
  G_STMT_START { \
    g_autofree char *seen_ = take_changes (fixture); \
    g_assert_cmpstr (seen_, ==, expected); \
  } G_STMT_END

static void
push (Fixture   *fixture,
      PdCommand *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (fixture->history, command, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_undo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_redo (fixture->history, &error));
  g_assert_no_error (error);
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (fixture->store), sql, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (out->len > 0)
        g_string_append_c (out, '|');
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s%s", c ? "," : "",
                                sqlite3_column_type (stmt, c) == SQLITE_NULL ? "NULL"
                                : pd_database_column_text (stmt, c));
    }
  sqlite3_reset (stmt);
  return g_string_free (out, FALSE);
}

#define assert_query(fixture, sql, expected) \
  G_STMT_START { \
    g_autofree char *got_ = query_text (fixture, sql); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

/* The descriptions of the change_log, oldest first, joined with " / ". */
static char *
dup_log (Fixture *fixture)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (fixture->store),
                                            "SELECT description FROM change_log ORDER BY id", NULL);
  GString *out = g_string_new (NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len ? " / " : "", pd_database_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return g_string_free (out, FALSE);
}

static PdMilestone *
milestone_at (Fixture *fixture,
              guint    position)
{
  GListModel *milestones = pd_tracking_get_milestones (fixture->tracking);
  g_autoptr(PdMilestone) milestone = g_list_model_get_item (milestones, position);

  g_assert_nonnull (milestone);
  return milestone;  /* the model holds it */
}

static void
test_milestones (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *milestones = pd_tracking_get_milestones (fixture->tracking);
  g_autofree char *start = pd_database_dump (pd_store_get_database (fixture->store), no_log);
  g_autoptr(GError) error = NULL;
  PdMilestone *added, *first;

  /* The bundled plan's: the 2013-03-31 deadline, then yearly evaluations. */
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 11);
  first = milestone_at (fixture, 0);
  g_assert_cmpstr (pd_milestone_get_due_on (first), ==, "2013-03-31");
  g_assert_cmpstr (pd_milestone_get_title (first), ==, "各项目牵头单位研究制定实施方案");
  g_assert_cmpstr (pd_milestone_get_kind (first), ==, "deadline");
  g_assert_cmpint (pd_milestone_get_phase_id (first), ==, 1);
  g_assert_false (pd_milestone_is_done (first));
  g_assert_cmpstr (pd_milestone_get_due_on (milestone_at (fixture, 10)), ==, "2022-12-31");
  g_assert_true (pd_tracking_get_milestones (fixture->tracking) == milestones);
  watch (fixture, milestones);

  /* Added in date order, in the phase of its date. */
  push (fixture, pd_command_add_milestone (fixture->store, "2014-06-30", " 中期督导检查 ", "inspection", NULL, &error));
  assert_changes (fixture, "2-0+1;");
  added = milestone_at (fixture, 2);
  g_assert_cmpstr (pd_milestone_get_title (added), ==, "中期督导检查");
  g_assert_cmpstr (pd_milestone_get_kind (added), ==, "inspection");
  g_assert_cmpint (pd_milestone_get_phase_id (added), ==, 2);
  g_assert_null (pd_milestone_get_project (added));
  assert_query (fixture, "SELECT id, due_on, title, kind, phase_id, project_id, done_on FROM milestone WHERE id = 12",
                "12,2014-06-30,中期督导检查,inspection,2,NULL,NULL");

  /* Marked done: the object says so, the list stays as it is. */
  g_signal_connect_swapped (added, "notify::done-on", G_CALLBACK (count_cb), fixture);
  push (fixture, pd_command_set_milestone_done (added, "2014-07-02", &error));
  assert_changes (fixture, "");
  g_assert_cmpuint (fixture->notifies, ==, 1);
  g_assert_cmpstr (pd_milestone_get_done_on (added), ==, "2014-07-02");
  g_assert_true (pd_milestone_is_done (added));

  /* A new date moves it: one items-changed over the rows between. */
  push (fixture, pd_command_edit_milestone (added, "2012-12-01", "中期督导检查（提前）", "other", &error));
  assert_changes (fixture, "0-3+3;");
  g_assert_true (milestone_at (fixture, 0) == added);
  g_assert_cmpstr (pd_milestone_get_kind (added), ==, "other");
  g_assert_cmpint (pd_milestone_get_phase_id (added), ==, 0);
  g_assert_cmpstr (pd_milestone_get_done_on (added), ==, "2014-07-02");

  /* A project's own milestone. */
  push (fixture, pd_command_add_milestone (fixture->store, "2022-12-31", "技防验收", NULL,
                                           pd_store_find_project_by_number (fixture->store, 29), &error));
  assert_changes (fixture, "12-0+1;");
  g_assert_true (pd_milestone_get_project (milestone_at (fixture, 12)) ==
                 pd_store_find_project_by_number (fixture->store, 29));
  g_assert_cmpstr (pd_milestone_get_kind (milestone_at (fixture, 12)), ==, "other");

  push (fixture, pd_command_delete_milestone (first));
  assert_changes (fixture, "1-1+0;");
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 12);

  /* Refused, and nothing changed. */
  g_assert_null (pd_command_add_milestone (fixture->store, "2013-02-30", "X", NULL, NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_milestone (fixture->store, "2013-02-28", "  ", NULL, NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_milestone (fixture->store, "2013-02-28", "X", "party", NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_set_milestone_done (added, "yesterday", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  {
    g_autofree char *log = dup_log (fixture);

    g_assert_cmpstr (log, ==,
                     "Add milestone “中期督导检查” / "
                     "Mark milestone “中期督导检查” as done on 2014-07-02 / "
                     "Edit milestone “中期督导检查” / "
                     "Add milestone “技防验收” / "
                     "Delete milestone “各项目牵头单位研究制定实施方案”");
  }

  /* Undone, the first milestone is back. */
  undo (fixture);
  assert_changes (fixture, "1-0+1;");
  first = milestone_at (fixture, 1);
  g_assert_cmpint (pd_milestone_get_id (first), ==, 1);
  g_assert_cmpstr (pd_milestone_get_title (first), ==, "各项目牵头单位研究制定实施方案");
  undo (fixture);
  undo (fixture);
  assert_changes (fixture, "12-1+0;0-3+3;");
  g_assert_cmpstr (pd_milestone_get_due_on (added), ==, "2014-06-30");
  undo (fixture);
  g_assert_null (pd_milestone_get_done_on (added));
  undo (fixture);
  assert_changes (fixture, "2-1+0;");
  {
    g_autofree char *now = pd_database_dump (pd_store_get_database (fixture->store), no_log);

    g_assert_cmpstr (now, ==, start);
  }

  redo (fixture);
  assert_changes (fixture, "2-0+1;");
  g_assert_cmpstr (pd_milestone_get_title (milestone_at (fixture, 2)), ==, "中期督导检查");
  {
    g_autofree char *log = dup_log (fixture);

    g_assert_true (g_str_has_suffix (log, " / Undo: Add milestone “中期督导检查” / Redo: Add milestone “中期督导检查”"));
  }
}

static PdProgressReport *
report_at (GListModel *reports,
           guint       position)
{
  g_autoptr(PdProgressReport) report = g_list_model_get_item (reports, position);

  g_assert_nonnull (report);
  return report;  /* the model holds it */
}

static void
test_progress_reports (Fixture       *fixture,
                       gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  PdUnit *districts = pd_store_find_unit_by_name (fixture->store, "各区(县级市)");
  PdUnit *justice = pd_store_find_unit_by_name (fixture->store, "市司法局");
  g_autoptr(GListModel) reports = pd_tracking_dup_progress_reports (fixture->tracking, project);
  g_autofree char *start = pd_database_dump (pd_store_get_database (fixture->store), no_log);
  g_autoptr(GError) error = NULL;
  PdCommand *command;
  PdProgressReport *latest, *older;

  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 0);
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_PLANNED);
  watch (fixture, reports);

  /* The same model while it is in use. */
  {
    g_autoptr(GListModel) again = pd_tracking_dup_progress_reports (fixture->tracking, project);

    g_assert_true (again == reports);
  }

  /* The first report is the latest: the project takes its status and
   * progress, in the same command (one undo step, one log row). */
  command = pd_command_add_progress_report (project, police, "2014-06-30", PD_STATUS_ACTIVE, 40,
                                            "**视频监控**：已建成 1.2 万个", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_command_get_description (command), ==, "Add the 2014-06-30 progress report of project 29");
  push (fixture, g_object_ref (command));
  g_assert_cmpuint (pd_command_get_n_changes (command), ==, 2);
  g_clear_object (&command);
  assert_changes (fixture, "0-0+1;");
  latest = report_at (reports, 0);
  g_assert_true (pd_progress_report_get_project (latest) == project);
  g_assert_true (pd_progress_report_get_unit (latest) == police);
  g_assert_cmpstr (pd_progress_report_get_reported_on (latest), ==, "2014-06-30");
  g_assert_cmpint (pd_progress_report_get_status (latest), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_progress_report_get_progress (latest), ==, 40);
  g_assert_cmpstr (pd_progress_report_get_body (latest), ==, "**视频监控**：已建成 1.2 万个");
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  assert_query (fixture, "SELECT id, project_id, unit_id, reported_on, status, progress FROM progress_report",
                "1,29,18,2014-06-30,active,40");

  /* An older report goes below it and leaves the project alone. */
  push (fixture, pd_command_add_progress_report (project, districts, "2013-12-31", PD_STATUS_DONE, 20, "", TRUE, &error));
  assert_changes (fixture, "1-0+1;");
  older = report_at (reports, 1);
  g_assert_cmpstr (pd_progress_report_get_body (older), ==, "");
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);

  /* The newest, with "update the project" unticked: the project stays. */
  push (fixture, pd_command_add_progress_report (project, NULL, "2015-01-10", PD_STATUS_SUSPENDED, 60, NULL, FALSE, &error));
  assert_changes (fixture, "0-0+1;");
  g_assert_null (pd_progress_report_get_unit (report_at (reports, 0)));
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);

  /* Editing the older one to be the newest moves it to the top and, being
   * the latest now, sets the project. */
  g_signal_connect_swapped (older, "notify::progress", G_CALLBACK (count_cb), fixture);
  push (fixture, pd_command_edit_progress_report (older, districts, "2015-03-31", PD_STATUS_ACTIVE, 75,
                                                  "已覆盖主要街道", TRUE, &error));
  assert_changes (fixture, "0-3+3;");
  g_assert_true (report_at (reports, 0) == older);
  g_assert_cmpuint (fixture->notifies, ==, 1);
  g_assert_cmpint (pd_project_get_progress (project), ==, 75);
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_ACTIVE);

  /* Refused: a unit not on the project, a bad date or percentage. */
  g_assert_null (pd_command_add_progress_report (project, justice, "2015-01-01", PD_STATUS_ACTIVE, 10, NULL, TRUE, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_progress_report (project, police, "2015-13-01", PD_STATUS_ACTIVE, 10, NULL, TRUE, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_progress_report (project, police, "2015-01-01", PD_STATUS_ACTIVE, 101, NULL, TRUE, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  push (fixture, pd_command_delete_progress_report (latest));
  assert_changes (fixture, "2-1+0;");

  /* The project's deletion takes its reports; undone, they are back. */
  push (fixture, pd_command_delete_project (project));
  assert_changes (fixture, "0-2+0;");
  undo (fixture);
  assert_changes (fixture, "0-0+2;");
  older = report_at (reports, 0);
  g_assert_cmpstr (pd_progress_report_get_reported_on (older), ==, "2015-03-31");

  {
    g_autofree char *log = dup_log (fixture);

    g_assert_cmpstr (log, ==,
                     "Add the 2014-06-30 progress report of project 29 / "
                     "Add the 2013-12-31 progress report of project 29 / "
                     "Add the 2015-01-10 progress report of project 29 / "
                     "Edit the 2013-12-31 progress report of project 29 / "
                     "Delete the 2014-06-30 progress report of project 29 / "
                     "Delete project 29 “治安技防系统建设项目” / "
                     "Undo: Delete project 29 “治安技防系统建设项目”");
  }

  /* Undone to the start: the project as it was, no reports. */
  while (pd_history_get_can_undo (fixture->history))
    undo (fixture);
  assert_changes (fixture, "2-0+1;0-3+3;0-1+0;1-1+0;0-1+0;");
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 0);
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_PLANNED);
  g_assert_cmpint (pd_project_get_progress (project), ==, 0);
  {
    g_autofree char *now = pd_database_dump (pd_store_get_database (fixture->store), no_log);

    g_assert_cmpstr (now, ==, start);
  }

  /* Redone, the first report sets the project again. */
  redo (fixture);
  assert_changes (fixture, "0-0+1;");
  g_assert_cmpint (pd_project_get_progress (project), ==, 40);
}

/* A merged unit's reports and evaluations name the unit it went into. */
static void
test_unit_references (Fixture       *fixture,
                      gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  PdUnit *districts = pd_store_find_unit_by_name (fixture->store, "各区(县级市)");
  PdUnit *luogang = pd_store_find_unit_by_name (fixture->store, "萝岗区");
  PdUnit *huangpu = pd_store_find_unit_by_name (fixture->store, "黄埔区");
  g_autoptr(GListModel) reports = pd_tracking_dup_progress_reports (fixture->tracking, project);
  g_autoptr(GListModel) evaluations = pd_tracking_dup_evaluations (fixture->tracking, 2013);
  g_autoptr(PdProgressReport) report = NULL;
  g_autoptr(PdEvaluation) evaluation = NULL;
  double score = 90;

  push (fixture, pd_command_add_progress_report (project, districts, "2014-06-30", PD_STATUS_ACTIVE, 40, NULL, TRUE, NULL));
  push (fixture, pd_command_set_evaluation (fixture->store, 2013, luogang, &score, "优秀", NULL, NULL));
  report = g_list_model_get_item (reports, 0);
  evaluation = g_list_model_get_item (evaluations, 0);
  g_assert_true (pd_evaluation_get_unit (evaluation) == luogang);

  push (fixture, pd_command_merge_units (luogang, huangpu, NULL));
  g_assert_true (pd_evaluation_get_unit (evaluation) == huangpu);
  undo (fixture);
  g_assert_true (pd_evaluation_get_unit (evaluation) == luogang);

  push (fixture, pd_command_delete_unit (districts));
  g_assert_null (pd_progress_report_get_unit (report));
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 1);
  undo (fixture);
  g_assert_true (pd_progress_report_get_unit (report) == districts);
}

static PdIndicator *
find_indicator (Fixture    *fixture,
                const char *name)
{
  GListModel *indicators = pd_tracking_get_indicators (fixture->tracking);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PdIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pd_indicator_get_name (indicator), name) == 0)
        return indicator;  /* the model holds it */
    }
  g_assert_not_reached ();
}

static char *
dup_value (PdIndicator *indicator,
           int          year)
{
  PdIndicatorValue value;
  gboolean found = pd_indicator_get_value (indicator, year, &value);
  g_autofree char *target = value.has_target ? pd_tracking_format_number (value.target) : g_strdup ("-");
  g_autofree char *actual = value.has_actual ? pd_tracking_format_number (value.actual) : g_strdup ("-");

  g_assert_cmpint (value.year, ==, year);
  return found ? g_strdup_printf ("%s/%s", target, actual) : g_strdup ("none");
}

#define assert_value(indicator, year, expected) \
  G_STMT_START { \
    g_autofree char *got_ = dup_value (indicator, year); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_indicator_values (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *indicators = pd_tracking_get_indicators (fixture->tracking);
  g_autofree char *start = pd_database_dump (pd_store_get_database (fixture->store), no_log);
  g_autoptr(GArray) years = pd_tracking_dup_years (fixture->tracking);
  g_autoptr(GError) error = NULL;
  PdIndicator *clearance, *cases, *first;
  const double target = 95, actual = 96.2, exact = 0.1 + 0.2, zero = 0;
  guint n_values;

  /* 一强二升三降: ten indicators in the document's order. */
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 10);
  first = g_list_model_get_item (indicators, 0);
  g_object_unref (first);
  g_assert_cmpstr (pd_indicator_get_name (first), ==, "群众安全感");
  g_assert_cmpstr (pd_indicator_get_group (first), ==, "strengthen");
  g_assert_cmpstr (pd_indicator_get_direction (first), ==, "up");
  g_assert_cmpstr (pd_indicator_get_measure (first), ==, "%");
  clearance = find_indicator (fixture, "破案率");
  cases = find_indicator (fixture, "重大刑事案件");
  g_assert_cmpstr (pd_indicator_get_direction (cases), ==, "down");
  g_assert_cmpstr (pd_indicator_get_measure (cases), ==, "起");
  g_assert_cmpuint (years->len, ==, 10);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2013);
  g_assert_cmpint (g_array_index (years, int, 9), ==, 2022);
  watch (fixture, indicators);
  g_signal_connect_swapped (clearance, "values-changed", G_CALLBACK (count_cb), fixture);

  push (fixture, pd_command_set_indicator_value (clearance, 2015, &target, &actual, &error));
  g_assert_cmpuint (fixture->notifies, ==, 1);
  assert_value (clearance, 2015, "95/96.2");
  assert_value (clearance, 2014, "none");
  assert_query (fixture, "SELECT indicator_id, year, target, actual FROM indicator_value", "2,2015,95.0,96.2");

  /* An empty target is allowed: NULL in the file. */
  push (fixture, pd_command_set_indicator_value (clearance, 2015, NULL, &actual, &error));
  g_assert_cmpuint (fixture->notifies, ==, 2);
  assert_value (clearance, 2015, "-/96.2");
  assert_query (fixture, "SELECT indicator_id, year, target, actual FROM indicator_value", "2,2015,NULL,96.2");

  /* The same values again change nothing and are no undo step. */
  push (fixture, pd_command_set_indicator_value (clearance, 2015, NULL, &actual, &error));
  g_assert_cmpuint (fixture->notifies, ==, 2);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);

  /* Zero is a value, not an empty cell; a double is kept exactly. */
  push (fixture, pd_command_set_indicator_value (cases, 2013, &exact, &zero, &error));
  assert_value (cases, 2013, "0.30000000000000004/0");
  push (fixture, pd_command_set_indicator_value (cases, 2023, NULL, &zero, &error));
  pd_indicator_get_values (cases, &n_values);
  g_assert_cmpuint (n_values, ==, 2);
  {
    g_autoptr(GArray) more = pd_tracking_dup_years (fixture->tracking);

    g_assert_cmpuint (more->len, ==, 11);
    g_assert_cmpint (g_array_index (more, int, 10), ==, 2023);
  }

  /* Both empty: the year's row goes. */
  push (fixture, pd_command_set_indicator_value (clearance, 2015, NULL, NULL, &error));
  g_assert_cmpuint (fixture->notifies, ==, 3);
  assert_value (clearance, 2015, "none");

  g_assert_null (pd_command_set_indicator_value (clearance, 1800, &target, NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* The list itself never moved. */
  assert_changes (fixture, "");
  {
    g_autofree char *log = dup_log (fixture);

    /* The edit that changed nothing left no trace in the change log. */
    g_assert_cmpstr (log, ==,
                     "Set the 2015 values of indicator “破案率” / "
                     "Set the 2015 values of indicator “破案率” / "
                     "Set the 2013 values of indicator “重大刑事案件” / "
                     "Set the 2023 values of indicator “重大刑事案件” / "
                     "Clear the 2015 values of indicator “破案率”");
  }

  undo (fixture);
  assert_value (clearance, 2015, "-/96.2");
  while (pd_history_get_can_undo (fixture->history))
    undo (fixture);
  assert_value (clearance, 2015, "none");
  assert_value (cases, 2013, "none");
  g_assert_cmpuint (fixture->notifies, ==, 6);
  {
    g_autofree char *now = pd_database_dump (pd_store_get_database (fixture->store), no_log);

    g_assert_cmpstr (now, ==, start);
  }
  while (pd_history_get_can_redo (fixture->history))
    redo (fixture);
  assert_value (cases, 2013, "0.30000000000000004/0");
  assert_value (clearance, 2015, "none");
}

static char *
dup_ranking (GListModel *evaluations)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(PdEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      double score;
      g_autofree char *number = pd_evaluation_get_score (evaluation, &score) ? pd_tracking_format_number (score)
                                                                              : g_strdup ("-");

      g_string_append_printf (out, "%s%u %s %s %s", i ? "; " : "", pd_evaluation_get_rank (evaluation),
                              pd_unit_get_name (pd_evaluation_get_unit (evaluation)), number,
                              pd_evaluation_get_grade (evaluation) ? pd_evaluation_get_grade (evaluation) : "-");
    }
  return g_string_free (out, FALSE);
}

#define assert_ranking(model, expected) \
  G_STMT_START { \
    g_autofree char *got_ = dup_ranking (model); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static void
test_evaluations (Fixture       *fixture,
                  gconstpointer  data)
{
  PdStore *store = fixture->store;
  g_autoptr(GListModel) evaluations = pd_tracking_dup_evaluations (fixture->tracking, 2014);
  g_autoptr(GListModel) other_year = pd_tracking_dup_evaluations (fixture->tracking, 2015);
  g_autofree char *start = pd_database_dump (pd_store_get_database (store), no_log);
  g_autoptr(GError) error = NULL;
  const double s95 = 95, s88 = 88.5, s97 = 97;
  g_autoptr(PdEvaluation) tianhe = NULL;

  watch (fixture, evaluations);
  g_assert_cmpuint (g_list_model_get_n_items (evaluations), ==, 0);

  push (fixture, pd_command_set_evaluation (store, 2014, pd_store_find_unit_by_name (store, "越秀区"), &s95, "优秀", NULL, &error));
  assert_changes (fixture, "0-0+1;");
  push (fixture, pd_command_set_evaluation (store, 2014, pd_store_find_unit_by_name (store, "荔湾区"), &s88, "良好",
                                            " 整改及时 ", &error));
  assert_changes (fixture, "1-0+1;");
  push (fixture, pd_command_set_evaluation (store, 2014, pd_store_find_unit_by_name (store, "天河区"), NULL, "优秀", NULL, &error));
  assert_changes (fixture, "2-0+1;");
  push (fixture, pd_command_set_evaluation (store, 2014, pd_store_find_unit_by_name (store, "白云区"), NULL, "基本合格", NULL, &error));
  assert_changes (fixture, "3-0+1;");
  /* A tie shares the rank; the next rank leaves a gap (1, 1, 3). */
  push (fixture, pd_command_set_evaluation (store, 2014, pd_store_find_unit_by_name (store, "海珠区"), &s95, "优秀", NULL, &error));
  assert_changes (fixture, "0-0+1;");
  assert_ranking (evaluations, "1 海珠区 95 优秀; 1 越秀区 95 优秀; 3 荔湾区 88.5 良好; 4 天河区 - 优秀; 0 白云区 - 基本合格");
  g_assert_cmpuint (g_list_model_get_n_items (other_year), ==, 0);

  /* A new name moves a unit among its equals. */
  push (fixture, pd_command_rename_unit (store, pd_store_find_unit_by_name (store, "海珠区"), "越秀区东", &error));
  assert_changes (fixture, "0-2+2;");
  assert_ranking (evaluations, "1 越秀区 95 优秀; 1 越秀区东 95 优秀; 3 荔湾区 88.5 良好; 4 天河区 - 优秀; 0 白云区 - 基本合格");
  undo (fixture);
  assert_changes (fixture, "0-2+2;");
  redo (fixture);
  undo (fixture);
  assert_changes (fixture, "0-2+2;0-2+2;");

  tianhe = g_list_model_get_item (evaluations, 3);
  {
    g_autoptr(PdEvaluation) liwan = g_list_model_get_item (evaluations, 2);

    g_assert_cmpstr (pd_evaluation_get_note (liwan), ==, "整改及时");
  }

  /* Setting a unit's evaluation again changes its row, and its place. */
  g_signal_connect_swapped (tianhe, "notify::rank", G_CALLBACK (count_cb), fixture);
  push (fixture, pd_command_set_evaluation (store, 2014, pd_evaluation_get_unit (tianhe), &s97, "优秀", "进步明显", &error));
  assert_changes (fixture, "0-4+4;");
  g_assert_cmpuint (fixture->notifies, ==, 1);
  assert_ranking (evaluations, "1 天河区 97 优秀; 2 海珠区 95 优秀; 2 越秀区 95 优秀; 4 荔湾区 88.5 良好; 0 白云区 - 基本合格");
  assert_query (fixture, "SELECT year, unit_id, score, grade, note FROM evaluation WHERE unit_id = 100",
                "2014,100,97.0,优秀,进步明显");

  push (fixture, pd_command_delete_evaluation (tianhe));
  assert_changes (fixture, "0-1+0;");
  assert_ranking (evaluations, "1 海珠区 95 优秀; 1 越秀区 95 优秀; 3 荔湾区 88.5 良好; 0 白云区 - 基本合格");

  g_assert_null (pd_command_set_evaluation (store, 2014, pd_evaluation_get_unit (tianhe), NULL, "  ", "x", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  {
    g_autofree char *log = dup_log (fixture);

    g_assert_cmpstr (log, ==,
                     "Set the 2014 evaluation of 越秀区 / Set the 2014 evaluation of 荔湾区 / "
                     "Set the 2014 evaluation of 天河区 / Set the 2014 evaluation of 白云区 / "
                     "Set the 2014 evaluation of 海珠区 / Rename unit “海珠区” to “越秀区东” / "
                     "Undo: Rename unit “海珠区” to “越秀区东” / Redo: Rename unit “海珠区” to “越秀区东” / "
                     "Undo: Rename unit “海珠区” to “越秀区东” / Set the 2014 evaluation of 天河区 / "
                     "Delete the 2014 evaluation of 天河区");
  }

  undo (fixture);
  assert_changes (fixture, "0-0+1;");
  undo (fixture);
  assert_changes (fixture, "0-4+4;");
  assert_ranking (evaluations, "1 海珠区 95 优秀; 1 越秀区 95 优秀; 3 荔湾区 88.5 良好; 4 天河区 - 优秀; 0 白云区 - 基本合格");
  while (pd_history_get_can_undo (fixture->history))
    undo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (evaluations), ==, 0);
  {
    g_autofree char *now = pd_database_dump (pd_store_get_database (store), no_log);

    g_assert_cmpstr (now, ==, start);
  }
}

/* Models in use follow the plan; one let go is made afresh. */
static void
test_cache (Fixture       *fixture,
            gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 1);
  GListModel *reports = pd_tracking_dup_progress_reports (fixture->tracking, project);
  gpointer weak = reports;

  g_object_add_weak_pointer (G_OBJECT (reports), &weak);
  push (fixture, pd_command_add_progress_report (project, NULL, "2014-01-01", PD_STATUS_ACTIVE, 5, NULL, TRUE, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 1);
  g_object_unref (reports);
  g_assert_null (weak);
  undo (fixture);

  reports = pd_tracking_dup_progress_reports (fixture->tracking, project);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 0);
  redo (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 1);
  g_assert_true (pd_tracking_get_for_store (fixture->store) == fixture->tracking);

  /* A model kept past its store stays as it was. */
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 1);
  g_object_unref (reports);
}

static void
test_today (void)
{
  GSettings *settings = pd_tracking_get_today_settings ();
  g_autofree char *system = NULL;
  g_autoptr(GError) error = NULL;
  char *today;

  g_assert_nonnull (settings);
  g_unsetenv ("PLANDESK_TODAY");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    system = g_date_time_format (now, "%Y-%m-%d");
  }
  today = pd_tracking_dup_today ();
  g_assert_cmpstr (today, ==, system);
  g_free (today);

  /* For a demonstration, from the setting. */
  g_assert_true (pd_tracking_set_today ("2016-06-30", &error));
  g_assert_no_error (error);
  today = pd_tracking_dup_today ();
  g_assert_cmpstr (today, ==, "2016-06-30");
  g_free (today);
  g_assert_false (pd_tracking_set_today ("2016-06-31", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  {
    g_autofree char *stored = g_settings_get_string (settings, "today");

    g_assert_cmpstr (stored, ==, "2016-06-30");
  }

  /* The environment wins, for tests. */
  g_setenv ("PLANDESK_TODAY", "2020-02-29", TRUE);
  today = pd_tracking_dup_today ();
  g_assert_cmpstr (today, ==, "2020-02-29");
  g_free (today);
  g_setenv ("PLANDESK_TODAY", "2020-02-30", TRUE);
  g_test_expect_message ("pd-tracking", G_LOG_LEVEL_WARNING, "PLANDESK_TODAY=2020-02-30 is not a YYYY-MM-DD date*");
  today = pd_tracking_dup_today ();
  g_test_assert_expected_messages ();
  g_assert_cmpstr (today, ==, "2016-06-30");
  g_free (today);
  g_unsetenv ("PLANDESK_TODAY");

  g_assert_true (pd_tracking_set_today (NULL, &error));
  today = pd_tracking_dup_today ();
  g_assert_cmpstr (today, ==, system);
  g_free (today);
}

static void
test_numbers (void)
{
  static const struct { const char *text; gboolean ok; gboolean empty; double value; } cases[] = {
    { "95", TRUE, FALSE, 95 },
    { " 95.5 ", TRUE, FALSE, 95.5 },
    { "95,5", TRUE, FALSE, 95.5 },
    { "１２３．４", TRUE, FALSE, 123.4 },
    { "1 234", TRUE, FALSE, 1234 },
    { "-3", TRUE, FALSE, -3 },
    { "", TRUE, TRUE, 0 },
    { "  ", TRUE, TRUE, 0 },
    { "abc", FALSE, FALSE, 0 },
    { "95%", FALSE, FALSE, 0 },
    { "1e5", FALSE, FALSE, 0 },
    { "inf", FALSE, FALSE, 0 },
    { "nan", FALSE, FALSE, 0 },
    { "0x10", FALSE, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -1;
      gboolean empty = TRUE;
      gboolean ok = pd_tracking_parse_number (cases[i].text, &value, &empty);

      if (ok != cases[i].ok || (ok && (empty != cases[i].empty || value != cases[i].value)))
        g_error ("“%s”: got %d %d %g", cases[i].text, ok, empty, value);
    }

  {
    static const struct { double value; const char *text; } formats[] = {
      { 95, "95" }, { 95.5, "95.5" }, { 0.125, "0.125" }, { 1200, "1200" }, { -3, "-3" },
      { 0.1 + 0.2, "0.30000000000000004" }, { 96.2, "96.2" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *text = pd_tracking_format_number (formats[i].value);

        g_assert_cmpstr (text, ==, formats[i].text);
      }
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/tracking/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("milestones", test_milestones);
  ADD ("progress-reports", test_progress_reports);
  ADD ("unit-references", test_unit_references);
  ADD ("indicator-values", test_indicator_values);
  ADD ("evaluations", test_evaluations);
  ADD ("cache", test_cache);
  g_test_add_func ("/tracking/today", test_today);
  g_test_add_func ("/tracking/numbers", test_numbers);

#undef ADD

  return g_test_run ();
}
