/* test-store.c — the store's models tell views exactly what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each list model emits one items-changed per command, with the exact
 * position and counts; objects keep their identity; renames notify.
 */
#define G_LOG_DOMAIN "test-store"

#include <string.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"

typedef struct
{
  char      *dir;
  PdStore   *store;
  PdHistory *history;
  GString   *log;  /* "name:position,removed,added;" per items-changed */
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  const char *name = g_object_get_data (G_OBJECT (model), "test-name");

  g_string_append_printf (fixture->log, "%s:%u,%u,%u;", name, position, removed, added);
}

static void
watch (Fixture    *fixture,
       GListModel *model,
       const char *name)
{
  g_object_set_data_full (G_OBJECT (model), "test-name", g_strdup (name), g_free);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static PdProgramme *
programme_at (Fixture *fixture,
              guint    index)
{
  g_autoptr(PdProgramme) programme = g_list_model_get_item (pd_store_get_programmes (fixture->store), index);

  return programme;  /* owned by the store's list */
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *programmes;

  fixture->dir = pd_test_make_tmpdir ();
  path = pd_test_copy_to_tmp (bundled, fixture->dir, "plan.plandesk");
  fixture->store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  fixture->history = pd_history_new (fixture->store);
  fixture->log = g_string_new (NULL);

  programmes = pd_store_get_programmes (fixture->store);
  watch (fixture, programmes, "programmes");
  watch (fixture, pd_store_get_units (fixture->store), "units");
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autofree char *name = g_strdup_printf ("programme-%u", i + 1);

      watch (fixture, pd_programme_get_projects (programme_at (fixture, i)), name);
    }
  for (int n = 1; n <= 68; n++)
    {
      g_autofree char *name = g_strdup_printf ("project-%d", n);

      watch (fixture, pd_project_get_assignments (pd_store_find_project_by_number (fixture->store, n)), name);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_string_free (fixture->log, TRUE);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

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
assert_log (Fixture    *fixture,
            const char *expected)
{
  g_assert_cmpstr (fixture->log->str, ==, expected);
  g_string_truncate (fixture->log, 0);
}

static void
test_add_and_delete_project (Fixture       *fixture,
                             gconstpointer  data)
{
  PdProject *old_37 = pd_store_find_project_by_number (fixture->store, 37);
  PdProject *added;

  /* Added at the end of 五 (projects 26–36): one row in 五, numbers after it shift. */
  push (fixture, pd_command_add_project (programme_at (fixture, 4), "新项目", NULL));
  assert_log (fixture, "programme-5:11,0,1;");
  added = pd_store_find_project_by_number (fixture->store, 37);
  g_assert_cmpstr (pd_project_get_title (added), ==, "新项目");
  g_assert_true (pd_store_find_project_by_number (fixture->store, 38) == old_37);
  g_assert_cmpint (pd_project_get_number (old_37), ==, 38);

  g_assert_true (pd_history_undo (fixture->history, NULL));
  assert_log (fixture, "programme-5:11,1,0;");
  g_assert_cmpint (pd_project_get_number (old_37), ==, 37);

  g_assert_true (pd_history_redo (fixture->history, NULL));
  assert_log (fixture, "programme-5:11,0,1;");
  /* Redo brings back the same object. */
  g_assert_true (pd_store_find_project_by_number (fixture->store, 37) == added);

  /* Deleting 27 takes its four units with it. */
  push (fixture, pd_command_delete_project (pd_store_find_project_by_number (fixture->store, 27)));
  assert_log (fixture, "programme-5:1,1,0;project-27:0,4,0;");
  g_assert_cmpint (pd_project_get_number (old_37), ==, 37);
  g_assert_true (pd_history_undo (fixture->history, NULL));
  assert_log (fixture, "programme-5:1,0,1;project-27:0,0,4;");
}

static void
test_move_project (Fixture       *fixture,
                   gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);

  /* To the end of 一 (projects 1–8): it becomes 9, 9–28 shift down. */
  push (fixture, pd_command_move_project (project, programme_at (fixture, 0)));
  assert_log (fixture, "programme-1:8,0,1;programme-5:3,1,0;");
  g_assert_cmpint (pd_project_get_number (project), ==, 9);
  g_assert_true (pd_project_get_programme (project) == programme_at (fixture, 0));
}

static void
test_assignments (Fixture       *fixture,
                  gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  PdUnit *justice = pd_store_find_unit_by_name (fixture->store, "市司法局");
  g_autoptr(PdAssignment) added = NULL;
  guint units_changed = 0;
  g_autofree char *leads = NULL;

  g_signal_connect_swapped (project, "units-changed", G_CALLBACK (g_atomic_int_inc), &units_changed);

  /* 29: 市公安局 leads; two cooperate. A cooperating unit goes last. */
  push (fixture, pd_command_add_assignment (project, justice, PD_ROLE_COOPERATE, NULL, NULL));
  assert_log (fixture, "project-29:3,0,1;");
  g_assert_cmpuint (units_changed, ==, 1);
  added = g_list_model_get_item (pd_project_get_assignments (project), 3);
  g_assert_true (pd_assignment_get_unit (added) == justice);

  /* Made a lead, it moves up behind the other lead. */
  push (fixture, pd_command_set_assignment_role (added, PD_ROLE_LEAD));
  assert_log (fixture, "project-29:1,3,3;");
  g_assert_cmpuint (units_changed, ==, 2);
  leads = pd_project_dup_unit_names (project, PD_ROLE_LEAD, 0, NULL);
  g_assert_cmpstr (leads, ==, "市公安局、市司法局");

  /* A scope changes no list, only the object. */
  push (fixture, pd_command_set_assignment_scope (added, "技防"));
  assert_log (fixture, "");
  g_assert_cmpstr (pd_assignment_get_scope (added), ==, "技防");
  g_assert_cmpuint (units_changed, ==, 3);

  g_assert_true (pd_history_undo (fixture->history, NULL));
  g_assert_true (pd_history_undo (fixture->history, NULL));
  g_assert_true (pd_history_undo (fixture->history, NULL));
  assert_log (fixture, "project-29:1,3,3;project-29:3,1,0;");
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_rename_unit (Fixture       *fixture,
                  gconstpointer  data)
{
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  guint notified = 0, projects_told = 0;

  g_signal_connect (police, "notify::name", G_CALLBACK (notify_cb), &notified);
  for (int n = 1; n <= 68; n++)
    g_signal_connect_swapped (pd_store_find_project_by_number (fixture->store, n), "units-changed",
                              G_CALLBACK (g_atomic_int_inc), &projects_told);

  push (fixture, pd_command_rename_unit (fixture->store, police, "广州市公安局", NULL));
  /* No list changes; the one object is renamed and its 24 projects hear of it. */
  assert_log (fixture, "");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (projects_told, ==, 8 + 15 + 1);
  g_assert_true (pd_store_find_unit_by_name (fixture->store, "广州市公安局") == police);
  g_assert_null (pd_store_find_unit_by_name (fixture->store, "市公安局"));
}

static void
test_units_and_programmes (Fixture       *fixture,
                           gconstpointer  data)
{
  PdProgramme *second = programme_at (fixture, 1);

  push (fixture, pd_command_add_unit (fixture->store, "市新设局", "government", NULL));
  assert_log (fixture, "units:110,0,1;");
  push (fixture, pd_command_move_programme (second, -1));
  assert_log (fixture, "programmes:0,2,2;");
  g_assert_true (programme_at (fixture, 0) == second);
  g_assert_cmpstr (pd_programme_get_numeral (second), ==, "一");
  g_assert_cmpint (pd_project_get_number (pd_store_find_project_by_number (fixture->store, 1)), ==, 1);
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (fixture->store, 1)), ==, "民生投入项目");
  push (fixture, pd_command_add_programme (fixture->store, "新工程", NULL));
  assert_log (fixture, "programmes:12,0,1;");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/add-and-delete-project", Fixture, NULL, fixture_set_up, test_add_and_delete_project, fixture_tear_down);
  g_test_add ("/store/move-project", Fixture, NULL, fixture_set_up, test_move_project, fixture_tear_down);
  g_test_add ("/store/assignments", Fixture, NULL, fixture_set_up, test_assignments, fixture_tear_down);
  g_test_add ("/store/rename-unit", Fixture, NULL, fixture_set_up, test_rename_unit, fixture_tear_down);
  g_test_add ("/store/units-and-programmes", Fixture, NULL, fixture_set_up, test_units_and_programmes, fixture_tear_down);

  return g_test_run ();
}
