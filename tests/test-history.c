/* test-history.c — commands, undo and redo leave the plan exactly as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The property test makes 500 random edits of every kind on a copy of the
 * bundled plan, undoes them all and compares a full dump of the database
 * (and of the models) with the start, then redoes them all and compares with
 * the state after the edits. It runs with several seeds.
 */
#define G_LOG_DOMAIN "test-history"

#include <string.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "store/pd-tracking.h"

/* The kinds of edit random_command() makes. */
#define N_KINDS 37

static const char * const no_log[] = { "change_log", NULL };

typedef struct
{
  char      *dir;
  char      *path;
  PdStore   *store;
  PdHistory *history;
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
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
append_number (GString  *out,
               gboolean  has,
               double    value)
{
  g_string_append_printf (out, has ? " %.17g" : " -", value);
}

/* The tracking models: milestones, indicator values, every project's
 * progress reports and every year's ranked evaluations. */
static void
dump_tracking (PdStore *store,
               GString *out)
{
  PdTracking *tracking = pd_tracking_get_for_store (store);
  GListModel *milestones = pd_tracking_get_milestones (tracking);
  GListModel *indicators = pd_tracking_get_indicators (tracking);
  GListModel *programmes = pd_store_get_programmes (store);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(PdMilestone) m = g_list_model_get_item (milestones, i);

      g_string_append_printf (out, "milestone %" G_GINT64_FORMAT " %s %s %s %" G_GINT64_FORMAT " %d %s\n",
                              pd_milestone_get_id (m), pd_milestone_get_due_on (m), pd_milestone_get_title (m),
                              pd_milestone_get_kind (m), pd_milestone_get_phase_id (m),
                              pd_milestone_get_project (m) ? pd_project_get_number (pd_milestone_get_project (m)) : 0,
                              pd_milestone_get_done_on (m));
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PdIndicator) indicator = g_list_model_get_item (indicators, i);
      guint n_values;
      const PdIndicatorValue *values = pd_indicator_get_values (indicator, &n_values);

      g_string_append_printf (out, "indicator %s:", pd_indicator_get_name (indicator));
      for (guint j = 0; j < n_values; j++)
        {
          g_string_append_printf (out, " %d", values[j].year);
          append_number (out, values[j].has_target, values[j].target);
          append_number (out, values[j].has_actual, values[j].actual);
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          g_autoptr(GListModel) reports = pd_tracking_dup_progress_reports (tracking, project);

          for (guint k = 0; k < g_list_model_get_n_items (reports); k++)
            {
              g_autoptr(PdProgressReport) r = g_list_model_get_item (reports, k);

              g_assert_true (pd_progress_report_get_project (r) == project);
              g_string_append_printf (out, "report %d %" G_GINT64_FORMAT " %s %s %s %d [%s]\n",
                                      pd_project_get_number (project), pd_progress_report_get_id (r),
                                      pd_progress_report_get_unit (r) ? pd_unit_get_name (pd_progress_report_get_unit (r)) : "-",
                                      pd_progress_report_get_reported_on (r),
                                      pd_status_to_string (pd_progress_report_get_status (r)),
                                      pd_progress_report_get_progress (r), pd_progress_report_get_body (r));
            }
        }
    }
  for (int year = 2011; year <= 2025; year++)
    {
      g_autoptr(GListModel) evaluations = pd_tracking_dup_evaluations (tracking, year);

      for (guint k = 0; k < g_list_model_get_n_items (evaluations); k++)
        {
          g_autoptr(PdEvaluation) e = g_list_model_get_item (evaluations, k);
          double score;
          gboolean has_score = pd_evaluation_get_score (e, &score);

          g_string_append_printf (out, "evaluation %d %u %s", year, pd_evaluation_get_rank (e),
                                  pd_unit_get_name (pd_evaluation_get_unit (e)));
          append_number (out, has_score, score);
          g_string_append_printf (out, " %s %s\n", pd_evaluation_get_grade (e), pd_evaluation_get_note (e));
        }
    }
}

/* Holds the tracking models of every project and year, so that the edits
 * keep them up to date rather than each dump reading them afresh. */
static GPtrArray *
hold_tracking_models (PdStore *store)
{
  PdTracking *tracking = pd_tracking_get_for_store (store);
  GListModel *programmes = pd_store_get_programmes (store);
  GPtrArray *held = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);

          g_ptr_array_add (held, pd_tracking_dup_progress_reports (tracking, project));
        }
    }
  for (int year = 2011; year <= 2025; year++)
    g_ptr_array_add (held, pd_tracking_dup_evaluations (tracking, year));
  return held;
}

/* What the views see: every list model and the objects in it. */
static char *
dump_models (PdStore *store)
{
  GString *out = g_string_new (NULL);
  GListModel *programmes = pd_store_get_programmes (store);
  GListModel *units = pd_store_get_units (store);

  g_string_append_printf (out, "plan %s %s %s\n", pd_store_get_title (store),
                          pd_store_get_period_start (store), pd_store_get_period_end (store));
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      g_string_append_printf (out, "programme %" G_GINT64_FORMAT " %d %s %s\n", pd_programme_get_id (programme),
                              pd_programme_get_position (programme), pd_programme_get_numeral (programme),
                              pd_programme_get_title (programme));
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);

          g_assert_true (pd_project_get_programme (project) == programme);
          g_assert_true (pd_store_find_project_by_number (store, pd_project_get_number (project)) == project);
          g_string_append_printf (out, " project %" G_GINT64_FORMAT " %d %s %s %d %s %s [%s]\n",
                                  pd_project_get_id (project), pd_project_get_number (project),
                                  pd_project_get_title (project), pd_status_to_string (pd_project_get_status (project)),
                                  pd_project_get_progress (project), pd_project_get_start_on (project),
                                  pd_project_get_due_on (project), pd_project_get_notes (project));
          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) a = g_list_model_get_item (assignments, k);

              g_assert_true (pd_assignment_get_project (a) == project);
              g_string_append_printf (out, "  %" G_GINT64_FORMAT " %s %s %s %d\n", pd_assignment_get_id (a),
                                      pd_unit_get_name (pd_assignment_get_unit (a)),
                                      pd_role_to_string (pd_assignment_get_role (a)),
                                      pd_assignment_get_scope (a), pd_assignment_get_position (a));
            }
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
      GListModel *members = pd_unit_get_members (unit);

      g_assert_true (pd_store_find_unit_by_name (store, pd_unit_get_name (unit)) == unit);
      g_string_append_printf (out, "unit %" G_GINT64_FORMAT " %s %s %d %s %s %s:", pd_unit_get_id (unit),
                              pd_unit_get_name (unit), pd_unit_get_kind (unit), pd_unit_get_collective (unit),
                              pd_unit_get_valid_from (unit), pd_unit_get_valid_to (unit),
                              pd_unit_get_successor (unit) ? pd_unit_get_name (pd_unit_get_successor (unit)) : "-");
      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(PdUnit) member = g_list_model_get_item (members, j);

          g_string_append_printf (out, " %s", pd_unit_get_name (member));
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "%u projects, %u assignments\n",
                          pd_store_get_n_projects (store), pd_store_get_n_assignments (store));
  dump_tracking (store, out);
  return g_string_free (out, FALSE);
}

/* The models of a store must equal those of the same file opened afresh. */
static void
assert_models_match_file (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) fresh = pd_store_open (fixture->path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autofree char *live = NULL;
  g_autofree char *loaded = NULL;

  g_assert_no_error (error);
  live = dump_models (fixture->store);
  loaded = dump_models (fresh);
  g_assert_cmpstr (live, ==, loaded);
}

static gpointer
random_item (GRand      *rand,
             GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  return n ? g_list_model_get_item (model, g_rand_int_range (rand, 0, n)) : NULL;
}

static PdProject *
random_project (GRand   *rand,
                PdStore *store)
{
  for (int tries = 0; tries < 20; tries++)
    {
      g_autoptr(PdProgramme) programme = random_item (rand, pd_store_get_programmes (store));
      PdProject *project = programme ? random_item (rand, pd_programme_get_projects (programme)) : NULL;

      if (project != NULL)
        return project;
    }
  return NULL;
}

static char *
random_date (GRand *rand)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2012, 2024),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

/* A project that has progress reports, or NULL. */
static PdProject *
random_reported_project (GRand   *rand,
                         PdStore *store)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store),
                                            "SELECT p.number FROM progress_report r JOIN project p ON p.id = r.project_id "
                                            "ORDER BY r.id", NULL);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (int));
  PdProject *project = NULL;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int number = sqlite3_column_int (stmt, 0);

      g_array_append_val (numbers, number);
    }
  sqlite3_reset (stmt);
  if (numbers->len > 0)
    project = pd_store_find_project_by_number (store, g_array_index (numbers, int, g_rand_int_range (rand, 0, numbers->len)));
  return project ? g_object_ref (project) : NULL;
}

/* Makes one random edit; returns the command (NULL if the input was
 * refused, as it should be for a duplicate name or an impossible date). */
static PdCommand *
random_command (GRand   *rand,
                PdStore *store,
                int     *kind_out)
{
  static const char * const kinds[] = { "party", "government", "judicial", "people", "district", "collective",
                                        "external", "other" };
  g_autoptr(PdProject) project = random_project (rand, store);
  g_autoptr(PdUnit) unit = random_item (rand, pd_store_get_units (store));
  g_autoptr(PdUnit) other = random_item (rand, pd_store_get_units (store));
  g_autoptr(PdProgramme) programme = random_item (rand, pd_store_get_programmes (store));
  g_autoptr(PdAssignment) assignment = project ? random_item (rand, pd_project_get_assignments (project)) : NULL;
  g_autofree char *name = g_strdup_printf ("市第%u办“甲”='x'", g_rand_int_range (rand, 0, 60));
  g_autoptr(GError) error = NULL;
  PdTracking *tracking = pd_tracking_get_for_store (store);
  g_autoptr(PdProject) reported = random_reported_project (rand, store);
  g_autoptr(GListModel) reports = reported ? pd_tracking_dup_progress_reports (tracking, reported) : NULL;
  g_autoptr(PdProgressReport) report = reports ? random_item (rand, reports) : NULL;
  g_autoptr(PdMilestone) milestone = random_item (rand, pd_tracking_get_milestones (tracking));
  g_autoptr(PdIndicator) indicator = random_item (rand, pd_tracking_get_indicators (tracking));
  int year = g_rand_int_range (rand, 2012, 2025);
  g_autoptr(GListModel) evaluations = pd_tracking_dup_evaluations (tracking, year);
  g_autoptr(PdEvaluation) evaluation = random_item (rand, evaluations);
  g_autofree char *date = random_date (rand);
  /* Full doubles, to see REAL values come back exactly. */
  double x = g_rand_double_range (rand, -10, 200), y = g_rand_double_range (rand, 0, 100);
  int kind = g_rand_int_range (rand, 0, N_KINDS);

  *kind_out = kind;
  if (project == NULL && (kind < 14 || (kind >= 27 && kind <= 29)))
    kind = 21;

  switch (kind)
    {
    case 0:
      return pd_command_set_project_title (project, name, &error);
    case 1:
      return pd_command_set_project_notes (project, g_rand_boolean (rand) ? "# 进展\n- 已完成 *调研*" : NULL);
    case 2:
      return pd_command_set_project_status (project, g_rand_int_range (rand, 0, PD_N_STATUSES));
    case 3:
      return pd_command_set_project_progress (project, g_rand_int_range (rand, 0, 101));
    case 4:
      {
        g_autofree char *a = random_date (rand);
        g_autofree char *b = random_date (rand);

        if (g_rand_int_range (rand, 0, 5) == 0)
          return pd_command_set_project_dates (project, "2013-02-30", b, &error);
        return pd_command_set_project_dates (project, MIN (strcmp (a, b), 0) ? a : b, MIN (strcmp (a, b), 0) ? b : a, &error);
      }
    case 5:
      return programme ? pd_command_move_project (project, programme) : NULL;
    case 6:
      return programme ? pd_command_add_project (programme, name, &error) : NULL;
    case 7:
      return pd_command_delete_project (project);
    case 8:
      return unit ? pd_command_add_assignment (project, unit, g_rand_int_range (rand, 0, PD_N_ROLES),
                                               g_rand_boolean (rand) ? "食品安全监管" : NULL, &error) : NULL;
    case 9:
      return pd_command_create_unit_and_assign (store, project, name, g_rand_int_range (rand, 0, PD_N_ROLES), &error);
    case 10:
      return assignment ? pd_command_remove_assignment (assignment) : NULL;
    case 11:
      return assignment ? pd_command_set_assignment_role (assignment, g_rand_int_range (rand, 0, PD_N_ROLES)) : NULL;
    case 12:
      return assignment ? pd_command_move_assignment (assignment, g_rand_boolean (rand) ? -1 : 1) : NULL;
    case 13:
      return assignment ? pd_command_set_assignment_scope (assignment, g_rand_boolean (rand) ? " 药品安全监管 " : "") : NULL;
    case 14:
      return pd_command_add_unit (store, name, kinds[g_rand_int_range (rand, 0, 8)], &error);
    case 15:
      return unit ? pd_command_rename_unit (store, unit, g_rand_boolean (rand) ? name : pd_unit_get_name (other), &error) : NULL;
    case 16:
      return unit ? pd_command_set_unit_kind (unit, kinds[g_rand_int_range (rand, 0, 8)], &error) : NULL;
    case 17:
      return unit && other ? pd_command_add_unit_member (unit, other, &error) : NULL;
    case 18:
      {
        g_autoptr(PdUnit) member = NULL;

        /* Few units have members: look at a few. */
        for (int tries = 0; tries < 8 && unit != NULL && member == NULL; tries++)
          {
            member = random_item (rand, pd_unit_get_members (unit));
            if (member == NULL)
              {
                g_object_unref (unit);
                unit = random_item (rand, pd_store_get_units (store));
              }
          }
        return member ? pd_command_remove_unit_member (unit, member) : NULL;
      }
    case 19:
      return unit && g_rand_int_range (rand, 0, 3) == 0 ? pd_command_delete_unit (unit) : NULL;
    case 20:
      return unit && other ? pd_command_merge_units (unit, other, &error) : NULL;
    case 21:
      return pd_command_add_programme (store, name, &error);
    case 22:
      return programme ? pd_command_rename_programme (programme, name, &error) : NULL;
    case 23:
      return programme && g_rand_int_range (rand, 0, 4) == 0 ? pd_command_delete_programme (programme) : NULL;
    case 24:
      return programme ? pd_command_move_programme (programme, g_rand_boolean (rand) ? -1 : 1) : NULL;
    case 25:
      return pd_command_set_plan_properties (store, name, "中共广州市委", g_rand_boolean (rand) ? "穗办〔2013〕1号" : "",
                                             "2013-01-01", g_rand_boolean (rand) ? "2022-12-31" : "2025-06-30", &error);
    case 26:
      return pd_command_set_section (store, g_rand_int_range (rand, 1, 10), name, "**正文**", &error);
    case 27:
      {
        /* By one of the project's units, or none; now and then by another. */
        g_autoptr(PdAssignment) by = random_item (rand, pd_project_get_assignments (project));
        PdUnit *reporter = by ? pd_assignment_get_unit (by) : NULL;

        if (g_rand_int_range (rand, 0, 6) == 0)
          reporter = unit;
        else if (g_rand_int_range (rand, 0, 5) == 0)
          reporter = NULL;
        return pd_command_add_progress_report (project, reporter, g_rand_int_range (rand, 0, 8) ? date : "2014-02-30",
                                               g_rand_int_range (rand, 0, PD_N_STATUSES), g_rand_int_range (rand, 0, 101),
                                               g_rand_boolean (rand) ? "## 进展\n- 已完成“调研”" : NULL,
                                               g_rand_boolean (rand), &error);
      }
    case 28:
      return report ? pd_command_edit_progress_report (report, pd_progress_report_get_unit (report), date,
                                                       g_rand_int_range (rand, 0, PD_N_STATUSES),
                                                       g_rand_int_range (rand, 0, 101), name,
                                                       g_rand_boolean (rand), &error) : NULL;
    case 29:
      return report ? pd_command_delete_progress_report (report) : NULL;
    case 30:
      {
        static const char * const milestone_kinds[] = { "deadline", "evaluation", "inspection", "other", NULL, "party" };

        return pd_command_add_milestone (store, date, g_rand_int_range (rand, 0, 10) ? name : " ",
                                         milestone_kinds[g_rand_int_range (rand, 0, 6)],
                                         g_rand_boolean (rand) ? project : NULL, &error);
      }
    case 31:
      return milestone ? pd_command_edit_milestone (milestone, date, name, "inspection", &error) : NULL;
    case 32:
      return milestone ? pd_command_set_milestone_done (milestone, g_rand_boolean (rand) ? date : NULL, &error) : NULL;
    case 33:
      return milestone && g_rand_int_range (rand, 0, 3) == 0 ? pd_command_delete_milestone (milestone) : NULL;
    case 34:
      return indicator ? pd_command_set_indicator_value (indicator, year, g_rand_int_range (rand, 0, 3) ? &x : NULL,
                                                         g_rand_int_range (rand, 0, 3) ? &y : NULL, &error) : NULL;
    case 35:
      {
        const char *grade = g_rand_int_range (rand, 0, 4) ? pd_evaluation_grades[g_rand_int_range (rand, 0, PD_N_GRADES)]
                                                          : g_rand_boolean (rand) ? "合格" : NULL;

        return unit ? pd_command_set_evaluation (store, year, unit, g_rand_boolean (rand) ? &x : NULL, grade,
                                                 g_rand_boolean (rand) ? name : NULL, &error) : NULL;
      }
    case 36:
    default:
      return evaluation ? pd_command_delete_evaluation (evaluation) : NULL;
    }
}

static void
test_property (Fixture       *fixture,
               gconstpointer  data)
{
  guint32 seed = GPOINTER_TO_UINT (data);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  PdDatabase *db = pd_store_get_database (fixture->store);
  g_autoptr(GPtrArray) held = hold_tracking_models (fixture->store);
  g_autofree char *start = pd_database_dump (db, no_log);
  g_autofree char *start_models = dump_models (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *after_models = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint applied = 0, refused = 0;
  guint per_kind[N_KINDS] = { 0 };

  while (applied < 500)
    {
      int kind;
      g_autoptr(PdCommand) command = random_command (rand, fixture->store, &kind);
      g_autoptr(GError) error = NULL;

      if (command == NULL)
        {
          refused++;
          continue;
        }
      if (!pd_history_push (fixture->history, command, &error))
        {
          /* A refused edit (a constraint) changes nothing. */
          g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
          refused++;
          continue;
        }
      applied++;
      per_kind[kind]++;
      if (applied % 100 == 0)
        assert_models_match_file (fixture);
    }
  for (guint k = 0; k < G_N_ELEMENTS (per_kind); k++)
    if (per_kind[k] == 0)
      g_error ("seed %u: no edit of kind %u among 500", seed, k);
  g_test_message ("seed %u: 500 edits applied, %u refused", seed, refused);

  after = pd_database_dump (db, no_log);
  after_models = dump_models (fixture->store);
  g_assert_cmpstr (after, !=, start);
  assert_models_match_file (fixture);

  while (pd_history_get_can_undo (fixture->history))
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (pd_history_undo (fixture->history, &error));
      g_assert_no_error (error);
    }
  undone = pd_database_dump (db, no_log);
  g_assert_cmpstr (undone, ==, start);
  {
    g_autofree char *models = dump_models (fixture->store);

    g_assert_cmpstr (models, ==, start_models);
  }
  assert_models_match_file (fixture);

  while (pd_history_get_can_redo (fixture->history))
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (pd_history_redo (fixture->history, &error));
      g_assert_no_error (error);
    }
  redone = pd_database_dump (db, no_log);
  g_assert_cmpstr (redone, ==, after);
  {
    g_autofree char *models = dump_models (fixture->store);

    g_assert_cmpstr (models, ==, after_models);
  }
}

static int
count_rows (PdStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store), sql, NULL);
  int n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_change_log (Fixture       *fixture,
                 gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  PdUnit *unit = pd_store_find_unit_by_name (fixture->store, "市司法局");
  g_autoptr(PdCommand) command = pd_command_add_assignment (project, unit, PD_ROLE_COOPERATE, NULL, NULL);
  sqlite3_stmt *stmt;

  g_assert_cmpstr (pd_command_get_description (command), ==, "Add 市司法局 as cooperating unit of project 29");
  g_assert_true (pd_history_push (fixture->history, command, NULL));
  g_assert_true (pd_history_get_can_undo (fixture->history));
  g_assert_cmpstr (pd_history_get_undo_label (fixture->history), ==, "Undo “Add 市司法局 as cooperating unit of project 29”");
  g_assert_true (pd_history_undo (fixture->history, NULL));
  g_assert_true (pd_history_redo (fixture->history, NULL));

  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM change_log"), ==, 3);
  stmt = pd_database_prepare (pd_store_get_database (fixture->store),
                              "SELECT description, user_name, changed_at FROM change_log ORDER BY id", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (pd_database_column_text (stmt, 0), ==, "Add 市司法局 as cooperating unit of project 29");
  g_assert_cmpstr (pd_database_column_text (stmt, 1), !=, "");
  g_assert_cmpuint (strlen (pd_database_column_text (stmt, 2)), ==, strlen ("2026-11-26 12:00:00"));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (pd_database_column_text (stmt, 0), ==, "Undo: Add 市司法局 as cooperating unit of project 29");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr (pd_database_column_text (stmt, 0), ==, "Redo: Add 市司法局 as cooperating unit of project 29");
  sqlite3_reset (stmt);

  /* Saved at once: another connection sees the edit. */
  {
    g_autoptr(PdStore) other = pd_store_open (fixture->path, PD_DATABASE_OPEN_READ_ONLY, NULL);
    g_autofree char *names = pd_project_dup_unit_names (pd_store_find_project_by_number (other, 29),
                                                        PD_ROLE_COOPERATE, 0, NULL);

    g_assert_cmpstr (names, ==, "市视频建设领导小组成员单位、各区(县级市)、市司法局");
  }
}

/* The history says which date changed, from what to what. */
static void
test_describe_dates (Fixture       *fixture,
                     gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 7);
  g_autoptr(PdCommand) due = pd_command_set_project_dates (project, "2013-01-01", "2023-06-30", NULL);
  g_autoptr(PdCommand) start = pd_command_set_project_dates (project, "2014-03-05", "2022-12-31", NULL);
  g_autoptr(PdCommand) both = pd_command_set_project_dates (project, NULL, "2013-12-31", NULL);
  g_autoptr(PdCommand) same = pd_command_set_project_dates (project, "2013-01-01", "2022-12-31", NULL);

  g_assert_cmpstr (pd_project_get_start_on (project), ==, "2013-01-01");
  g_assert_cmpstr (pd_project_get_due_on (project), ==, "2022-12-31");
  g_assert_cmpstr (pd_command_get_description (due), ==,
                   "Change the due date of project 7: 2022-12-31 → 2023-06-30");
  g_assert_cmpstr (pd_command_get_description (start), ==,
                   "Change the start date of project 7: 2013-01-01 → 2014-03-05");
  g_assert_cmpstr (pd_command_get_description (both), ==,
                   "Change the dates of project 7: start 2013-01-01 → no date, due 2022-12-31 → 2013-12-31");
  g_assert_cmpstr (pd_command_get_description (same), ==, "Change the dates of project 7");
  g_assert_true (pd_history_push (fixture->history, due, NULL));
  g_assert_cmpstr (pd_history_get_undo_label (fixture->history), ==,
                   "Undo “Change the due date of project 7: 2022-12-31 → 2023-06-30”");
}

static void
test_refusals_change_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  PdDatabase *db = pd_store_get_database (fixture->store);
  g_autofree char *before = pd_database_dump (db, NULL);
  g_autofree char *after = NULL;
  PdProject *project = pd_store_find_project_by_number (fixture->store, 1);
  PdUnit *unit = pd_store_find_unit_by_name (fixture->store, "市法制办");
  g_autoptr(GError) error = NULL;

  g_assert_null (pd_command_set_project_dates (project, "2013-02-30", NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_set_project_dates (project, "2014-01-01", "2013-12-31", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_rename_unit (fixture->store, unit, "  市公安局 ", &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_unit (fixture->store, "   ", NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_null (pd_command_add_assignment (project, unit, PD_ROLE_LEAD, NULL, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  after = pd_database_dump (db, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (pd_history_get_can_undo (fixture->history));
}

static void
test_read_only (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, NULL);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(PdCommand) command = pd_command_set_project_title (pd_store_find_project_by_number (store, 1), "X", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_history_push (history, command, &error));
  g_assert_error (error, PD_STORE_ERROR, PD_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 1)), ==, "平安建设地方立法项目");
  g_assert_false (pd_history_get_can_undo (history));
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  PdStore *store = fixture->store;
  PdUnit *from = pd_store_find_unit_by_name (store, "市直政法部门");
  PdUnit *into = pd_store_find_unit_by_name (store, "市直政法各部门");
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  PdUnit *justice = pd_store_find_unit_by_name (store, "市司法局");
  g_autoptr(PdCommand) merge = pd_command_merge_units (from, into, NULL);
  g_autoptr(PdCommand) merge2 = NULL;
  g_autofree char *before = pd_database_dump (pd_store_get_database (store), no_log);
  g_autofree char *coop7 = NULL;
  g_autofree char *leads4 = NULL;
  g_autofree char *coop4 = NULL;

  g_assert_true (pd_command_is_destructive (merge));
  g_assert_true (pd_history_push (fixture->history, merge, NULL));
  g_assert_null (pd_store_find_unit_by_name (store, "市直政法部门"));
  coop7 = pd_project_dup_unit_names (pd_store_find_project_by_number (store, 7), PD_ROLE_COOPERATE, 0, NULL);
  g_assert_cmpstr (coop7, ==, "市委宣传部、市依法治市办、市直政法各部门、各行政执法部门");

  /* 市司法局 leads project 7's sibling 8, cooperates on 4: merging the
   * police (cooperating on 4, leading 25…) into it keeps the stronger role. */
  merge2 = pd_command_merge_units (police, justice, NULL);
  g_assert_true (pd_history_push (fixture->history, merge2, NULL));
  leads4 = pd_project_dup_unit_names (pd_store_find_project_by_number (store, 25), PD_ROLE_LEAD, 0, NULL);
  g_assert_cmpstr (leads4, ==, "市司法局");
  coop4 = pd_project_dup_unit_names (pd_store_find_project_by_number (store, 4), PD_ROLE_COOPERATE, 0, NULL);
  g_assert_cmpstr (coop4, ==, "市法院、市检察院、市司法局");
  /* On project 24, 市司法局 led and 市公安局 cooperated: still one lead. */
  {
    g_autofree char *leads24 = pd_project_dup_unit_names (pd_store_find_project_by_number (store, 24), PD_ROLE_LEAD, 0, NULL);

    g_assert_cmpstr (leads24, ==, "市司法局");
  }
  assert_models_match_file (fixture);

  g_assert_true (pd_history_undo (fixture->history, NULL));
  g_assert_true (pd_history_undo (fixture->history, NULL));
  {
    g_autofree char *after = pd_database_dump (pd_store_get_database (store), no_log);

    g_assert_cmpstr (after, ==, before);
  }
  g_assert_true (pd_store_find_unit_by_name (store, "市直政法部门") == from);
  assert_models_match_file (fixture);
}

int
main (int    argc,
      char **argv)
{
  static const guint32 seeds[] = { 1, 20130715, 42, 2022 };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *name = g_strdup_printf ("/history/property/seed-%u", seeds[i]);

      g_test_add (name, Fixture, GUINT_TO_POINTER (seeds[i]), fixture_set_up, test_property, fixture_tear_down);
    }
  g_test_add ("/history/change-log", Fixture, NULL, fixture_set_up, test_change_log, fixture_tear_down);
  g_test_add ("/history/describe-dates", Fixture, NULL, fixture_set_up, test_describe_dates, fixture_tear_down);
  g_test_add ("/history/refusals", Fixture, NULL, fixture_set_up, test_refusals_change_nothing, fixture_tear_down);
  g_test_add_func ("/history/read-only", test_read_only);
  g_test_add ("/history/merge", Fixture, NULL, fixture_set_up, test_merge, fixture_tear_down);

  return g_test_run ();
}
