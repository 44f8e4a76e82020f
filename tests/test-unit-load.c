/* test-unit-load.c — the Units mode's load figures, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdUnitLoads on the bundled plan (110 units): exact counts per role for
 * named units, the collectives' members, successors, the order by load,
 * and what an edit and its undo do to the figures and their signals.
 */
#define G_LOG_DOMAIN "test-unit-load"

#include "pd-config.h"

#include <glib.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/units/pd-unit-load.h"

#define ALL_DISTRICTS "各区(县级市)"
#define POLICE        "市公安局"

static PdUnit *
unit (PdStore    *store,
      const char *name)
{
  PdUnit *u = pd_store_find_unit_by_name (store, name);

  g_assert_nonnull (u);
  return u;
}

static PdUnitLoad *
load_of (PdUnitLoads *loads,
         const char  *name)
{
  PdUnitLoad *load = pd_unit_loads_lookup (loads, unit (pd_unit_loads_get_store (loads), name));

  g_assert_nonnull (load);
  return load;
}

static void
assert_counts (PdUnitLoads *loads,
               const char  *name,
               guint        lead,
               guint        cooperate,
               guint        responsible)
{
  PdUnitLoad *load = load_of (loads, name);

  g_assert_cmpuint (pd_unit_load_get_count (load, PD_ROLE_LEAD), ==, lead);
  g_assert_cmpuint (pd_unit_load_get_count (load, PD_ROLE_COOPERATE), ==, cooperate);
  g_assert_cmpuint (pd_unit_load_get_count (load, PD_ROLE_RESPONSIBLE), ==, responsible);
  g_assert_cmpuint (pd_unit_load_get_total (load), ==, lead + cooperate + responsible);
  g_assert_cmpuint (pd_unit_load_get_assignments (load)->len, ==, lead + cooperate + responsible);
}

static const char *
name_at (GPtrArray *loads,
         guint      i)
{
  return pd_unit_get_name (pd_unit_load_get_unit (g_ptr_array_index (loads, i)));
}

static void
test_counts (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdUnitLoads) loads = pd_unit_loads_new ();
  GPtrArray *assignments;
  PdAssignment *first;

  pd_unit_loads_set_store (loads, store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loads)), ==, 110);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (loads)) == PD_TYPE_UNIT_LOAD);

  /* 各区(县级市) cooperates on 45 projects and is responsible for one;
   * 市公安局 leads 8, cooperates on 15, is responsible for one. */
  assert_counts (loads, ALL_DISTRICTS, 0, 45, 1);
  assert_counts (loads, POLICE, 8, 15, 1);
  assert_counts (loads, "市委政法委", 7, 3, 0);
  assert_counts (loads, "市人大常委会法制工委", 1, 1, 0);
  assert_counts (loads, "市人力资源和社会保障局", 3, 14, 1);

  /* Assignments in document order: 市公安局 on 4, 5, 6, 18, then 22 (responsible). */
  assignments = pd_unit_load_get_assignments (load_of (loads, POLICE));
  first = g_ptr_array_index (assignments, 0);
  g_assert_cmpint (pd_project_get_number (pd_assignment_get_project (first)), ==, 4);
  g_assert_cmpint (pd_assignment_get_role (first), ==, PD_ROLE_COOPERATE);
  g_assert_cmpint (pd_project_get_number (pd_assignment_get_project (g_ptr_array_index (assignments, 3))), ==, 18);
  g_assert_cmpint (pd_project_get_number (pd_assignment_get_project (g_ptr_array_index (assignments, 4))), ==, 22);
  g_assert_cmpint (pd_assignment_get_role (g_ptr_array_index (assignments, 4)), ==, PD_ROLE_RESPONSIBLE);
}

static void
test_collectives (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdUnitLoads) loads = pd_unit_loads_new ();
  GPtrArray *collectives, *predecessors;
  PdUnit *districts;

  pd_unit_loads_set_store (loads, store);
  districts = unit (store, ALL_DISTRICTS);
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_get_members (districts)), ==, 12);

  /* Each of the twelve district-level units of 2013 knows it is one of 各区(县级市). */
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(PdUnit) member = g_list_model_get_item (pd_unit_get_members (districts), i);

      collectives = pd_unit_load_get_collectives (pd_unit_loads_lookup (loads, member));
      g_assert_cmpuint (collectives->len, ==, 1);
      g_assert_true (g_ptr_array_index (collectives, 0) == districts);
    }
  /* 市公安局 is one of 市食品安全委员会成员单位 (7 members). */
  collectives = pd_unit_load_get_collectives (load_of (loads, POLICE));
  g_assert_cmpuint (collectives->len, ==, 1);
  g_assert_cmpstr (pd_unit_get_name (g_ptr_array_index (collectives, 0)), ==, "市食品安全委员会成员单位");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_get_members (g_ptr_array_index (collectives, 0))), ==, 7);
  g_assert_cmpuint (pd_unit_load_get_collectives (load_of (loads, ALL_DISTRICTS))->len, ==, 0);

  /* The 2014 reorganisation: 萝岗区 went into 黄埔区. */
  predecessors = pd_unit_load_get_predecessors (load_of (loads, "黄埔区"));
  g_assert_cmpuint (predecessors->len, ==, 1);
  g_assert_cmpstr (pd_unit_get_name (g_ptr_array_index (predecessors, 0)), ==, "萝岗区");
  g_assert_cmpuint (pd_unit_load_get_predecessors (load_of (loads, "萝岗区"))->len, ==, 0);
}

static void
test_order (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdUnitLoads) loads = pd_unit_loads_new ();
  g_autoptr(GPtrArray) total = NULL;
  g_autoptr(GPtrArray) lead = NULL;
  g_autoptr(GPtrArray) cooperate = NULL;

  pd_unit_loads_set_store (loads, store);

  /* Heaviest first over every role: 46, 24, 18, then two at 16 in the store's order. */
  total = pd_unit_loads_dup_by_load (loads, PD_N_ROLES);
  g_assert_cmpuint (total->len, ==, 110);
  g_assert_cmpstr (name_at (total, 0), ==, ALL_DISTRICTS);
  g_assert_cmpstr (name_at (total, 1), ==, POLICE);
  g_assert_cmpstr (name_at (total, 2), ==, "市人力资源和社会保障局");
  g_assert_cmpstr (name_at (total, 3), ==, "市财政局");
  g_assert_cmpstr (name_at (total, 4), ==, "市民政局");
  for (guint i = 1; i < total->len; i++)
    g_assert_cmpuint (pd_unit_load_get_total (g_ptr_array_index (total, i - 1)), >=,
                      pd_unit_load_get_total (g_ptr_array_index (total, i)));

  lead = pd_unit_loads_dup_by_load (loads, PD_ROLE_LEAD);
  g_assert_cmpstr (name_at (lead, 0), ==, POLICE);
  g_assert_cmpstr (name_at (lead, 1), ==, "市委政法委");
  g_assert_cmpstr (name_at (lead, 2), ==, "市委宣传部");
  g_assert_cmpuint (pd_unit_load_get_count (g_ptr_array_index (lead, 2), PD_ROLE_LEAD), ==, 5);

  cooperate = pd_unit_loads_dup_by_load (loads, PD_ROLE_COOPERATE);
  g_assert_cmpstr (name_at (cooperate, 0), ==, ALL_DISTRICTS);
  g_assert_cmpstr (name_at (cooperate, 1), ==, POLICE);
  g_assert_cmpuint (pd_unit_load_get_count (g_ptr_array_index (cooperate, 2), PD_ROLE_COOPERATE), ==, 14);

  /* Ties keep the store's order: the compare says so, the sort keeps it. */
  g_assert_cmpint (pd_unit_load_compare_counts (load_of (loads, "市财政局"), load_of (loads, "市民政局"),
                                                PD_N_ROLES), ==, 0);
  g_assert_cmpint (pd_unit_load_compare_counts (load_of (loads, ALL_DISTRICTS), load_of (loads, POLICE),
                                                PD_N_ROLES), ==, -1);
  g_assert_cmpint (pd_unit_load_compare_counts (load_of (loads, ALL_DISTRICTS), load_of (loads, POLICE),
                                                PD_ROLE_LEAD), ==, 1);

  /* Matching inside names and short names, casefolded */
  g_assert_true (pd_unit_load_matches (load_of (loads, POLICE), "公安"));
  g_assert_false (pd_unit_load_matches (load_of (loads, POLICE), "财政"));
  g_assert_true (pd_unit_load_matches (load_of (loads, POLICE), NULL));
}

static void
count_signal (gpointer  instance,
              guint    *n)
{
  (*n)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n)
{
  g_assert_cmpuint (position, ==, 110);
  g_assert_cmpuint (removed + added, ==, 1);
  (*n)++;
}

static void
recounted_cb (PdUnitLoads *loads,
              gboolean     moved,
              int         *last)
{
  *last = moved;
}

static void
test_edit_undo (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_test_open_bundled_copy (dir);
  PdHistory *history = pd_history_new (store);
  g_autoptr(PdUnitLoads) loads = pd_unit_loads_new ();
  PdAssignment *on_4;
  PdUnitLoad *police, *districts;
  guint police_changed = 0, districts_changed = 0, items_changed = 0;
  int moved = -1;
  g_autoptr(GPtrArray) order = NULL;

  pd_unit_loads_set_store (loads, store);
  police = load_of (loads, POLICE);
  districts = load_of (loads, ALL_DISTRICTS);
  g_signal_connect (police, "counts-changed", G_CALLBACK (count_signal), &police_changed);
  g_signal_connect (districts, "counts-changed", G_CALLBACK (count_signal), &districts_changed);
  g_signal_connect (loads, "recounted", G_CALLBACK (recounted_cb), &moved);
  g_signal_connect (loads, "items-changed", G_CALLBACK (items_changed_cb), &items_changed);

  /* 市公安局 leads project 4 instead of cooperating: 9 / 14 / 1. */
  on_4 = g_ptr_array_index (pd_unit_load_get_assignments (police), 0);
  pd_test_push (history, pd_command_set_assignment_role (on_4, PD_ROLE_LEAD));
  assert_counts (loads, POLICE, 9, 14, 1);
  assert_counts (loads, ALL_DISTRICTS, 0, 45, 1);
  g_assert_cmpuint (police_changed, ==, 1);
  g_assert_cmpuint (districts_changed, ==, 0);
  g_assert_cmpint (moved, ==, TRUE);
  order = pd_unit_loads_dup_by_load (loads, PD_ROLE_LEAD);
  g_assert_cmpstr (name_at (order, 0), ==, POLICE);
  g_assert_cmpuint (pd_unit_load_get_count (g_ptr_array_index (order, 0), PD_ROLE_LEAD), ==, 9);
  g_clear_pointer (&order, g_ptr_array_unref);

  /* 各区(县级市) leaves its first project (it cooperates on it) … */
  g_assert_cmpint (pd_assignment_get_role (g_ptr_array_index (pd_unit_load_get_assignments (districts), 0)), ==,
                   PD_ROLE_COOPERATE);
  pd_test_push (history, pd_command_remove_assignment (g_ptr_array_index (pd_unit_load_get_assignments (districts), 0)));
  assert_counts (loads, ALL_DISTRICTS, 0, 44, 1);
  g_assert_cmpuint (districts_changed, ==, 1);
  g_assert_cmpuint (police_changed, ==, 1);

  /* … and an edit that moves no count recounts without a move. */
  pd_test_push (history, pd_command_set_project_title (pd_store_find_project_by_number (store, 4), "改名的项目", &error));
  g_assert_cmpint (moved, ==, FALSE);

  /* Undone, the figures are the plan's again. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (pd_history_undo (history, &error));
      g_assert_no_error (error);
    }
  assert_counts (loads, POLICE, 8, 15, 1);
  assert_counts (loads, ALL_DISTRICTS, 0, 45, 1);
  g_assert_cmpuint (police_changed, ==, 2);
  g_assert_cmpuint (districts_changed, ==, 2);
  order = pd_unit_loads_dup_by_load (loads, PD_N_ROLES);
  g_assert_cmpstr (name_at (order, 0), ==, ALL_DISTRICTS);
  g_assert_cmpstr (name_at (order, 1), ==, POLICE);
  g_clear_pointer (&order, g_ptr_array_unref);

  /* A unit added to the plan gets a load of nothing; undone, it goes. */
  g_assert_cmpuint (items_changed, ==, 0);
  pd_test_push (history, pd_command_add_unit (store, "市测试局", "government", &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loads)), ==, 111);
  g_assert_cmpuint (items_changed, ==, 1);
  assert_counts (loads, "市测试局", 0, 0, 0);
  g_assert_true (pd_history_undo (history, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loads)), ==, 110);
  g_assert_cmpuint (items_changed, ==, 2);
  g_assert_null (pd_store_find_unit_by_name (store, "市测试局"));
  g_signal_handlers_disconnect_by_func (loads, items_changed_cb, &items_changed);

  pd_unit_loads_set_store (loads, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loads)), ==, 0);
  g_object_unref (history);
  g_object_unref (store);
  pd_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit-load/counts", test_counts);
  g_test_add_func ("/unit-load/collectives", test_collectives);
  g_test_add_func ("/unit-load/order", test_order);
  g_test_add_func ("/unit-load/edit-undo", test_edit_undo);

  return g_test_run ();
}
