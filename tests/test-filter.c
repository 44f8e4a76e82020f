/* test-filter.c — the list's search and filters, without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected set is computed here again from the store (or checked
 * against the bundled plan's text), not taken from the filter.
 */
#define G_LOG_DOMAIN "test-filter"

#include "pd-config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "pd-synthetic.h"
#include "pd-test-util.h"
#include "store/pd-plan-file.h"
#include "views/list/pd-plan-filter.h"

#define N_BUNDLED_PROJECTS 68

static PdStore *
open_bundled (void)
{
  g_autofree char *path = pd_plan_file_dup_bundled_path ();
  g_autoptr(GError) error = NULL;
  PdStore *store;

  g_assert_nonnull (path);
  store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return store;
}

/* Every project of @store, in plan order. */
static GPtrArray *
all_projects (PdStore *store)
{
  GListModel *programmes = pd_store_get_programmes (store);
  GPtrArray *projects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *model = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        g_ptr_array_add (projects, g_list_model_get_item (model, j));
    }
  return projects;
}

/* The numbers of the projects the filter lets through, ascending, as
 * "1 2 3". */
static char *
matching_numbers (PdPlanFilter *filter)
{
  g_autoptr(GPtrArray) projects = all_projects (pd_plan_filter_get_store (filter));
  GString *numbers = g_string_new (NULL);

  for (guint i = 0; i < projects->len; i++)
    if (pd_plan_filter_match_project (filter, g_ptr_array_index (projects, i)))
      g_string_append_printf (numbers, "%s%d", numbers->len ? " " : "",
                              pd_project_get_number (g_ptr_array_index (projects, i)));
  return g_string_free (numbers, FALSE);
}

typedef gboolean (*ProjectPredicate) (PdProject *project,
                                      gpointer   data);

/* The same, for a predicate written in the test. */
static char *
expected_numbers (PdStore          *store,
                  ProjectPredicate  predicate,
                  gpointer          data)
{
  g_autoptr(GPtrArray) projects = all_projects (store);
  GString *numbers = g_string_new (NULL);

  for (guint i = 0; i < projects->len; i++)
    if (predicate (g_ptr_array_index (projects, i), data))
      g_string_append_printf (numbers, "%s%d", numbers->len ? " " : "",
                              pd_project_get_number (g_ptr_array_index (projects, i)));
  return g_string_free (numbers, FALSE);
}

static gboolean
title_or_unit_contains (PdProject *project,
                        gpointer   data)
{
  const char *needle = data;
  GListModel *assignments = pd_project_get_assignments (project);

  if (strstr (pd_project_get_title (project), needle) != NULL)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (strstr (pd_unit_get_name (pd_assignment_get_unit (assignment)), needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  PdUnit *unit;
  int     role;
} UnitRole;

static gboolean
has_unit_in_role (PdProject *project,
                  gpointer   data)
{
  UnitRole *wanted = data;
  GListModel *assignments = pd_project_get_assignments (project);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if ((wanted->unit == NULL || pd_assignment_get_unit (assignment) == wanted->unit) &&
          (wanted->role < 0 || (int)pd_assignment_get_role (assignment) == wanted->role))
        return TRUE;
    }
  return FALSE;
}

static gboolean
number_in (const char *numbers,
           int         number)
{
  g_auto(GStrv) parts = g_strsplit (numbers, " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (atoi (parts[i]) == number)
      return TRUE;
  return FALSE;
}

static void
test_search (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autofree char *expected = expected_numbers (store, title_or_unit_contains, (gpointer)"公安");
  g_autofree char *got = NULL;

  g_assert_false (pd_plan_filter_is_active (filter));
  pd_plan_filter_set_search_text (filter, "公安");
  g_assert_true (pd_plan_filter_is_active (filter));
  g_assert_true (pd_plan_filter_has_search (filter));

  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, expected);
  /* As read in the plan's text: 市公安局 leads or cooperates on these, and
   * 广州市公安边防支队 is among the units of project 63. */
  g_assert_cmpstr (got, ==, "4 5 6 18 22 24 25 26 28 29 32 34 35 39 40 41 47 50 51 52 53 54 55 56 63");
  g_assert_true (number_in (got, 4));   /* 市公安局 cooperates */
  g_assert_true (number_in (got, 25));  /* 市公安局 leads */
  g_assert_false (number_in (got, 1));
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 25);

  /* Surrounding white space is not part of a term. */
  pd_plan_filter_set_search_text (filter, "  公安\t");
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, expected);

  /* Two terms must both occur, in the title or any unit names. */
  pd_plan_filter_set_search_text (filter, "公安　交通");  /* an ideographic space */
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  {
    g_autofree char *a = expected_numbers (store, title_or_unit_contains, (gpointer)"公安");
    g_autofree char *b = expected_numbers (store, title_or_unit_contains, (gpointer)"交通");
    g_autoptr(GString) both = g_string_new (NULL);
    g_auto(GStrv) parts = g_strsplit (a, " ", -1);

    for (guint i = 0; parts[i] != NULL; i++)
      if (number_in (b, atoi (parts[i])))
        g_string_append_printf (both, "%s%s", both->len ? " " : "", parts[i]);
    g_assert_cmpstr (got, ==, both->str);
    g_assert_cmpuint (both->len, >, 0);
  }

  /* Nothing matches a term that is nowhere in the plan. */
  pd_plan_filter_set_search_text (filter, "不存在的单位");
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 0);
}

static void
test_empty_search (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GtkTreeListModel) tree = pd_plan_filter_create_tree_model (filter);
  g_autoptr(GPtrArray) projects = all_projects (store);

  g_assert_cmpuint (projects->len, ==, N_BUNDLED_PROJECTS);
  for (guint i = 0; i < projects->len; i++)
    g_assert_true (pd_plan_filter_match_project (filter, g_ptr_array_index (projects, i)));
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, N_BUNDLED_PROJECTS);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 12);
  pd_plan_tree_expand_all (tree);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 12 + N_BUNDLED_PROJECTS);

  /* White space alone is no search; a search and back shows all again. */
  pd_plan_filter_set_search_text (filter, " \t ");
  g_assert_false (pd_plan_filter_is_active (filter));
  pd_plan_filter_set_search_text (filter, "公安");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), <, 12 + N_BUNDLED_PROJECTS);
  pd_plan_filter_set_search_text (filter, "");
  g_assert_false (pd_plan_filter_is_active (filter));
  /* Programmes that come back come collapsed (the list restores what was
   * expanded before the search). */
  pd_plan_tree_expand_all (tree);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 12 + N_BUNDLED_PROJECTS);
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, N_BUNDLED_PROJECTS);
}

static void
test_unit_role (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  UnitRole wanted = { police, PD_ROLE_LEAD };
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  g_assert_nonnull (police);

  /* Everything 市公安局 leads. */
  pd_plan_filter_set_criteria (filter, NULL, police, PD_ROLE_LEAD, NULL, -1);
  got = matching_numbers (filter);
  expected = expected_numbers (store, has_unit_in_role, &wanted);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (got, ==, "25 26 28 29 35 41 50 51");

  /* Everything it has any part in. */
  pd_plan_filter_set_criteria (filter, NULL, police, -1, NULL, -1);
  wanted.role = -1;
  g_clear_pointer (&got, g_free);
  g_clear_pointer (&expected, g_free);
  got = matching_numbers (filter);
  expected = expected_numbers (store, has_unit_in_role, &wanted);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (got, ==, "4 5 6 18 22 24 25 26 28 29 32 34 35 39 40 41 47 50 51 52 53 54 55 56");

  /* Where it cooperates: the two sets above, less the leads. */
  pd_plan_filter_set_criteria (filter, NULL, police, PD_ROLE_COOPERATE, NULL, -1);
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "4 5 6 18 24 32 34 39 40 47 52 53 54 55 56");

  /* A role without a unit: projects with any responsible unit (only 22,
   * 负责落实 by the districts). */
  pd_plan_filter_set_criteria (filter, NULL, NULL, PD_ROLE_RESPONSIBLE, NULL, -1);
  wanted.unit = NULL;
  wanted.role = PD_ROLE_RESPONSIBLE;
  g_clear_pointer (&got, g_free);
  g_clear_pointer (&expected, g_free);
  got = matching_numbers (filter);
  expected = expected_numbers (store, has_unit_in_role, &wanted);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (got, ==, "22");
  g_assert_true (pd_plan_filter_is_active (filter));
  g_assert_null (pd_plan_filter_get_unit (filter));
  g_assert_cmpint (pd_plan_filter_get_role (filter), ==, PD_ROLE_RESPONSIBLE);

  /* Out-of-range roles and statuses mean "any". */
  pd_plan_filter_set_criteria (filter, NULL, NULL, 17, NULL, 99);
  g_assert_false (pd_plan_filter_is_active (filter));
}

static PdProgramme *
find_programme (PdStore    *store,
                const char *numeral)
{
  GListModel *programmes = pd_store_get_programmes (store);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);

      if (g_strcmp0 (pd_programme_get_numeral (programme), numeral) == 0)
        return programme;  /* the store keeps it */
    }
  return NULL;
}

static void
test_programme (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GtkTreeListModel) tree = pd_plan_filter_create_tree_model (filter);
  PdProgramme *five = find_programme (store, "五");
  PdProgramme *one = find_programme (store, "一");
  g_autofree char *got = NULL;

  g_assert_nonnull (five);
  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, five, -1);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "26 27 28 29 30 31 32 33 34 35 36");
  g_assert_true (pd_plan_filter_get_programme (filter) == five);
  g_assert_true (pd_plan_filter_match_programme (filter, five));
  g_assert_false (pd_plan_filter_match_programme (filter, one));

  /* The tree shows the one programme; expanded, its eleven projects. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 1);
  pd_plan_tree_expand_all (tree);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 12);
}

static void
test_status (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autofree char *got = NULL;

  /* The bundled plan has every project planned; mark a few. */
  pd_project_set_status (pd_store_find_project_by_number (store, 3), PD_STATUS_DONE);
  pd_project_set_status (pd_store_find_project_by_number (store, 41), PD_STATUS_DONE);
  pd_project_set_status (pd_store_find_project_by_number (store, 26), PD_STATUS_ACTIVE);
  pd_project_set_status (pd_store_find_project_by_number (store, 60), PD_STATUS_SUSPENDED);

  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, NULL, PD_STATUS_DONE);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "3 41");

  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, NULL, PD_STATUS_ACTIVE);
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "26");

  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, NULL, PD_STATUS_SUSPENDED);
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "60");

  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, NULL, PD_STATUS_PLANNED);
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, N_BUNDLED_PROJECTS - 4);
  g_assert_cmpint (pd_plan_filter_get_status (filter), ==, PD_STATUS_PLANNED);
}

static void
test_combined (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GtkTreeListModel) tree = pd_plan_filter_create_tree_model (filter);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  PdProgramme *five = find_programme (store, "五");
  g_autofree char *got = NULL;

  pd_project_set_status (pd_store_find_project_by_number (store, 28), PD_STATUS_ACTIVE);
  pd_project_set_status (pd_store_find_project_by_number (store, 50), PD_STATUS_ACTIVE);

  /* 市公安局 leads in programme 五: 26 28 29 35. */
  pd_plan_filter_set_criteria (filter, NULL, police, PD_ROLE_LEAD, five, -1);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "26 28 29 35");

  /* … of those, the active one. */
  pd_plan_filter_set_criteria (filter, NULL, police, PD_ROLE_LEAD, five, PD_STATUS_ACTIVE);
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "28");

  /* Text narrows further: the start of 28's own title matches, a word that
   * is nowhere does not. */
  {
    const char *title = pd_project_get_title (pd_store_find_project_by_number (store, 28));
    g_autofree char *word = g_utf8_substring (title, 0, 2);

    pd_plan_filter_set_criteria (filter, word, police, PD_ROLE_LEAD, five, PD_STATUS_ACTIVE);
    g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 1);
    pd_plan_filter_set_criteria (filter, "不存在", police, PD_ROLE_LEAD, five, PD_STATUS_ACTIVE);
    g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 0);
  }

  /* Across programmes: active projects 市公安局 leads → 28 and 50, under
   * their two programmes. */
  pd_plan_filter_set_criteria (filter, "", police, PD_ROLE_LEAD, NULL, PD_STATUS_ACTIVE);
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "28 50");
  pd_plan_tree_expand_all (tree);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, 4);
  {
    static const int depth[] = { 0, 1, 0, 1 };

    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);
        g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

        g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, depth[i]);
        if (depth[i] == 1)
          g_assert_cmpint (pd_project_get_number (PD_PROJECT (item)), ==, i == 1 ? 28 : 50);
        else
          g_assert_true (PD_IS_PROGRAMME (item));
      }
  }
}

/* The tree under a search: each matching programme followed by exactly its
 * matching projects, in order. */
static void
test_tree (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GtkTreeListModel) tree = pd_plan_filter_create_tree_model (filter);
  g_autofree char *expected = expected_numbers (store, title_or_unit_contains, (gpointer)"公安");
  g_autoptr(GString) shown = g_string_new (NULL);
  GListModel *programmes = pd_store_get_programmes (store);
  guint n_programmes = 0, n_rows;

  gtk_tree_list_model_set_autoexpand (tree, TRUE);
  pd_plan_filter_set_search_text (filter, "公安");
  pd_plan_tree_expand_all (tree);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);

          if (title_or_unit_contains (project, (gpointer)"公安"))
            {
              n_programmes++;
              break;
            }
        }
    }

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (tree));
  g_assert_cmpuint (n_rows, ==, n_programmes + 25);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PD_IS_PROJECT (item))
        {
          g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);
          g_autoptr(GObject) parent_item = gtk_tree_list_row_get_item (parent);

          g_assert_true (parent_item == G_OBJECT (pd_project_get_programme (PD_PROJECT (item))));
          g_string_append_printf (shown, "%s%d", shown->len ? " " : "", pd_project_get_number (PD_PROJECT (item)));
        }
      else
        {
          g_assert_true (gtk_tree_list_row_get_expanded (row));
          g_assert_true (pd_plan_filter_match_programme (filter, PD_PROGRAMME (item)));
        }
    }
  g_assert_cmpstr (shown->str, ==, expected);

  /* Typing on narrows the same tree: newly shown programmes come expanded. */
  pd_plan_filter_set_search_text (filter, "公安局");
  g_clear_pointer (&expected, g_free);
  expected = expected_numbers (store, title_or_unit_contains, (gpointer)"公安局");
  g_string_truncate (shown, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PD_IS_PROJECT (item))
        g_string_append_printf (shown, "%s%d", shown->len ? " " : "", pd_project_get_number (PD_PROJECT (item)));
    }
  g_assert_cmpstr (shown->str, ==, expected);
}

typedef struct
{
  guint            n_changes;
  GtkFilterChange  last;
} ChangeLog;

static void
filter_changed_cb (GtkFilter       *filter,
                   GtkFilterChange  change,
                   ChangeLog       *log)
{
  log->n_changes++;
  log->last = change;
}

/* Typing on only narrows, erasing only widens: the filter models then
 * re-check only the rows that can change. */
static void
test_change_kinds (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  ChangeLog log = { 0, };

  g_signal_connect (filter, "changed", G_CALLBACK (filter_changed_cb), &log);

  pd_plan_filter_set_search_text (filter, "公");
  g_assert_cmpuint (log.n_changes, ==, 1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  pd_plan_filter_set_search_text (filter, "公安");
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  pd_plan_filter_set_search_text (filter, "市公安");
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  pd_plan_filter_set_search_text (filter, "公安");
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  pd_plan_filter_set_search_text (filter, "交通");
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (log.n_changes, ==, 5);

  /* The same terms again change nothing. */
  pd_plan_filter_set_search_text (filter, " 交通 ");
  g_assert_cmpuint (log.n_changes, ==, 5);

  pd_plan_filter_set_criteria (filter, "交通", police, -1, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  pd_plan_filter_set_criteria (filter, "交通", police, PD_ROLE_LEAD, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  pd_plan_filter_set_criteria (filter, "交通", police, PD_ROLE_COOPERATE, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  pd_plan_filter_set_criteria (filter, "交通", NULL, PD_ROLE_COOPERATE, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  pd_plan_filter_set_criteria (filter, "交通", NULL, PD_ROLE_COOPERATE, NULL, PD_STATUS_DONE);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  /* One criterion narrows while another widens. */
  pd_plan_filter_set_criteria (filter, "交", NULL, PD_ROLE_COOPERATE, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  pd_plan_filter_set_criteria (filter, "交通", NULL, -1, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_DIFFERENT);

  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_SOME);
  pd_plan_filter_set_criteria (filter, NULL, NULL, -1, NULL, -1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);
}

/* Renames and new titles reach the search once the store reports the edit. */
static void
test_invalidate (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GtkTreeListModel) tree = pd_plan_filter_create_tree_model (filter);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  PdProject *first = pd_store_find_project_by_number (store, 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ChangeLog log = { 0, };
  guint n_rows;

  pd_plan_filter_set_search_text (filter, "公安");
  before = matching_numbers (filter);
  g_assert_true (number_in (before, 4));
  g_assert_false (number_in (before, 1));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (tree));

  g_signal_connect (filter, "changed", G_CALLBACK (filter_changed_cb), &log);

  /* 市公安局 is renamed: only 63 (广州市公安边防支队) still matches 公安. */
  pd_unit_set_name (police, "市警察局");
  pd_store_emit_changed (store);
  g_assert_cmpuint (log.n_changes, ==, 1);
  g_assert_cmpint (log.last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  after = matching_numbers (filter);
  g_assert_cmpstr (after, ==, "63");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), <, n_rows);

  pd_plan_filter_set_search_text (filter, "警察");
  g_clear_pointer (&after, g_free);
  after = matching_numbers (filter);
  g_assert_cmpstr (after, ==, "4 5 6 18 22 24 25 26 28 29 32 34 35 39 40 41 47 50 51 52 53 54 55 56");

  /* Project 1 is retitled to mention the police. */
  pd_project_set_title (first, "警察法治建设项目");
  pd_store_emit_changed (store);
  g_clear_pointer (&after, g_free);
  after = matching_numbers (filter);
  g_assert_true (number_in (after, 1));

  /* Without an active filter, an edit costs no re-filter. */
  pd_plan_filter_set_search_text (filter, NULL);
  log.n_changes = 0;
  pd_store_emit_changed (store);
  g_assert_cmpuint (log.n_changes, ==, 0);
}

/* Latin letters compare without case; Chinese as is. */
static void
test_case (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  g_autofree char *got = NULL;

  pd_unit_set_name (police, "Guangzhou Public Security Bureau 市公安局");
  pd_project_set_title (pd_store_find_project_by_number (store, 1), "Rule of Law ÉTUDE");
  pd_store_emit_changed (store);

  pd_plan_filter_set_search_text (filter, "security BUREAU");
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "4 5 6 18 22 24 25 26 28 29 32 34 35 39 40 41 47 50 51 52 53 54 55 56");

  pd_plan_filter_set_search_text (filter, "étude");
  g_clear_pointer (&got, g_free);
  got = matching_numbers (filter);
  g_assert_cmpstr (got, ==, "1");
}

static void
assert_ranges (GArray     *ranges,
               const char *expected)
{
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      PdTextRange *range = &g_array_index (ranges, PdTextRange, i);

      g_string_append_printf (got, "%s%u-%u", got->len ? " " : "", range->start, range->end);
    }
  g_assert_cmpstr (got->str, ==, expected);
}

static void
test_find_matches (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  g_autoptr(GArray) ranges = NULL;

  g_assert_null (pd_plan_filter_find_matches (filter, "市公安局"));

  /* Byte ranges: each of these characters takes three bytes. */
  pd_plan_filter_set_search_text (filter, "公安");
  ranges = pd_plan_filter_find_matches (filter, "市公安局");
  assert_ranges (ranges, "3-9");
  g_clear_pointer (&ranges, g_array_unref);
  ranges = pd_plan_filter_find_matches (filter, "市公安局、广州市公安边防支队");
  assert_ranges (ranges, "3-9 24-30");
  g_clear_pointer (&ranges, g_array_unref);
  g_assert_null (pd_plan_filter_find_matches (filter, "市检察院"));

  /* Overlapping terms merge; case is ignored. */
  pd_plan_filter_set_search_text (filter, "公安 安局 b");
  ranges = pd_plan_filter_find_matches (filter, "市公安局 ABC abc");
  assert_ranges (ranges, "3-12 14-15 18-19");
  g_clear_pointer (&ranges, g_array_unref);

  /* A folded letter of another length maps back to the whole letter. */
  pd_plan_filter_set_search_text (filter, "é");
  ranges = pd_plan_filter_find_matches (filter, "xÉx");
  assert_ranges (ranges, "1-3");
}

/* The tree's sorters: by number, programmes by position; by title. */
static void
test_sorters (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdPlanFilter) filter = pd_plan_filter_new (store);
  GtkTreeListModel *tree = pd_plan_filter_create_tree_model (filter);
  GtkTreeListRowSorter *row_sorter = gtk_tree_list_row_sorter_new (pd_plan_sorter_new_title ());
  g_autoptr(GtkSortListModel) sorted = gtk_sort_list_model_new (G_LIST_MODEL (tree), GTK_SORTER (row_sorter));
  g_autoptr(GtkSorter) number = pd_plan_sorter_new_number ();
  g_autoptr(GtkSorter) status = pd_plan_sorter_new_status ();
  g_autoptr(GObject) previous = NULL;
  guint n_items;

  pd_plan_tree_expand_all (tree);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (sorted));
  g_assert_cmpuint (n_items, ==, 12 + N_BUNDLED_PROJECTS);

  /* By title, each level on its own: children stay under their parents. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (sorted), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PD_IS_PROJECT (item))
        {
          g_autoptr(GtkTreeListRow) above = g_list_model_get_item (G_LIST_MODEL (sorted), i - 1);
          g_autoptr(GObject) above_item = gtk_tree_list_row_get_item (above);

          if (PD_IS_PROJECT (above_item))
            {
              g_autofree char *a = g_utf8_casefold (pd_project_get_title (PD_PROJECT (above_item)), -1);
              g_autofree char *b = g_utf8_casefold (pd_project_get_title (PD_PROJECT (item)), -1);

              g_assert_true (pd_project_get_programme (PD_PROJECT (above_item)) ==
                             pd_project_get_programme (PD_PROJECT (item)));
              g_assert_cmpint (g_utf8_collate (a, b), <=, 0);
            }
          else
            g_assert_true (PD_PROGRAMME (above_item) == pd_project_get_programme (PD_PROJECT (item)));
        }
      else if (previous != NULL)
        {
          g_autofree char *a = g_utf8_casefold (pd_programme_get_title (PD_PROGRAMME (previous)), -1);
          g_autofree char *b = g_utf8_casefold (pd_programme_get_title (PD_PROGRAMME (item)), -1);

          g_assert_cmpint (g_utf8_collate (a, b), <=, 0);
        }
      if (PD_IS_PROGRAMME (item))
        g_set_object (&previous, item);
    }

  /* By number: the plan's own order. */
  gtk_tree_list_row_sorter_set_sorter (row_sorter, number);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (sorted), i);
      g_autoptr(GtkTreeListRow) same = gtk_tree_list_model_get_row (tree, i);

      g_assert_true (row == same);
    }

  /* Programmes compare by position, projects by number, and a project
   * never equals a programme. */
  {
    PdProject *p1 = pd_store_find_project_by_number (store, 1);
    PdProject *p2 = pd_store_find_project_by_number (store, 2);
    PdProgramme *one = pd_project_get_programme (p1);
    PdProgramme *five = find_programme (store, "五");

    g_assert_cmpint (gtk_sorter_compare (number, p1, p2), ==, GTK_ORDERING_SMALLER);
    g_assert_cmpint (gtk_sorter_compare (number, five, one), ==, GTK_ORDERING_LARGER);
    g_assert_cmpint (gtk_sorter_compare (number, one, p1), ==, GTK_ORDERING_SMALLER);
    pd_project_set_status (p1, PD_STATUS_DONE);
    g_assert_cmpint (gtk_sorter_compare (status, p1, p2), ==, GTK_ORDERING_LARGER);
    g_assert_cmpint (gtk_sorter_compare (status, one, five), ==, GTK_ORDERING_SMALLER);
  }
}

/* A synthetic plan ten times the bundled one: the counts add up. */
static void
test_synthetic (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "scale10.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdPlanFilter) filter = NULL;
  g_autoptr(GtkTreeListModel) tree = NULL;
  guint n_matching;

  g_assert_true (pd_synthetic_generate (path, 10, 42, &error));
  g_assert_no_error (error);
  store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  filter = pd_plan_filter_new (store);
  tree = pd_plan_filter_create_tree_model (filter);
  gtk_tree_list_model_set_autoexpand (tree, TRUE);

  pd_plan_filter_set_search_text (filter, "项目");
  pd_plan_tree_expand_all (tree);
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 10 * PD_SYNTHETIC_PROJECTS);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==,
                    10 * (PD_SYNTHETIC_PROJECTS + PD_SYNTHETIC_PROGRAMMES));

  pd_plan_filter_set_search_text (filter, "社区矫正");
  n_matching = pd_plan_filter_count_projects (filter);
  g_assert_cmpuint (n_matching, >, 0);
  g_assert_cmpuint (n_matching, <, 10 * PD_SYNTHETIC_PROJECTS);
  {
    guint n_projects = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree)); i++)
      {
        g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);

        n_projects += gtk_tree_list_row_get_depth (row) == 1;
      }
    g_assert_cmpuint (n_projects, ==, n_matching);
  }

  g_clear_object (&tree);
  g_clear_object (&filter);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/search", test_search);
  g_test_add_func ("/filter/empty-search", test_empty_search);
  g_test_add_func ("/filter/unit-role", test_unit_role);
  g_test_add_func ("/filter/programme", test_programme);
  g_test_add_func ("/filter/status", test_status);
  g_test_add_func ("/filter/combined", test_combined);
  g_test_add_func ("/filter/tree", test_tree);
  g_test_add_func ("/filter/change-kinds", test_change_kinds);
  g_test_add_func ("/filter/invalidate", test_invalidate);
  g_test_add_func ("/filter/case", test_case);
  g_test_add_func ("/filter/find-matches", test_find_matches);
  g_test_add_func ("/filter/sorters", test_sorters);
  g_test_add_func ("/filter/synthetic", test_synthetic);

  return g_test_run ();
}
