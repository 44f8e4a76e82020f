/* test-matrix-model.c — what the responsibility matrix shows, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdMatrixModel on the bundled plan (read-only) and on small plans made
 * here through the store's commands: the cells and their roles and scopes,
 * the totals of each row and column and the grand totals, the four sort
 * orders, the programme and kind filters, hiding empty units, the members
 * of collectives, transposing, and reloading after an edit.
 */
#define G_LOG_DOMAIN "test-matrix-model"

#include "pd-config.h"

#include <locale.h>
#include <string.h>

#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/matrix/pd-matrix-model.h"

/* The bundled plan */

static PdMatrixModel *
model_for (PdStore *store)
{
  PdMatrixModel *model = pd_matrix_model_new ();

  pd_matrix_model_set_store (model, store);
  return model;
}

static guint
sum (const guint *counts)
{
  return counts[PD_ROLE_LEAD] + counts[PD_ROLE_COOPERATE] + counts[PD_ROLE_RESPONSIBLE];
}

/* The role of @unit_name on project @number as the model shows it, the
 * right way round whether transposed or not. */
static int
cell_role (PdMatrixModel *model,
           PdStore       *store,
           const char    *unit_name,
           int            number,
           gboolean      *scoped)
{
  PdUnit *unit = pd_store_find_unit_by_name (store, unit_name);
  PdProject *project = pd_store_find_project_by_number (store, number);
  int uline, pline;
  const PdMatrixEntry *entry;

  g_assert_nonnull (unit);
  g_assert_nonnull (project);
  uline = pd_matrix_model_find_unit_line (model, unit, NULL);
  pline = pd_matrix_model_find_project_line (model, project);
  g_assert_cmpint (uline, >=, 0);
  g_assert_cmpint (pline, >=, 0);
  if (pd_matrix_model_get_transposed (model))
    entry = pd_matrix_model_get_entry (model, pline, uline);
  else
    entry = pd_matrix_model_get_entry (model, uline, pline);
  if (scoped != NULL)
    *scoped = entry != NULL && (entry->flags & PD_MATRIX_ENTRY_SCOPED);
  return entry ? entry->role : PD_MATRIX_NO_ROLE;
}

static void
test_bundled_cells (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  PdProject *p32 = pd_store_find_project_by_number (store, 32);
  int column = pd_matrix_model_find_project_line (model, p32);
  guint n_marks = 0;
  gboolean scoped = FALSE;

  /* Every unit a row, every project a column, in document order. */
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 110);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 68);
  for (guint i = 0; i < 68; i++)
    g_assert_cmpint (pd_project_get_number (pd_matrix_model_get_line_project (model, i)), ==, i + 1);
  g_assert_cmpuint (pd_matrix_model_get_n_bands (model), ==, 12);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 4)->first, ==, 25);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 4)->n, ==, 11);

  /* Project 32: two units, each with its own scope. */
  g_assert_cmpint (column, ==, 31);
  g_assert_cmpint (cell_role (model, store, "市食安办", 32, &scoped), ==, PD_ROLE_LEAD);
  g_assert_true (scoped);
  g_assert_cmpint (cell_role (model, store, "市食品药品监管局", 32, &scoped), ==, PD_ROLE_LEAD);
  g_assert_true (scoped);
  g_assert_cmpstr (pd_assignment_get_scope (pd_matrix_find_assignment (p32, pd_store_find_unit_by_name (store, "市食安办"))),
                   ==, "食品安全监管");
  g_assert_cmpstr (pd_assignment_get_scope (pd_matrix_find_assignment (p32, pd_store_find_unit_by_name (store, "市食品药品监管局"))),
                   ==, "药品安全监管");
  for (guint r = 0; r < pd_matrix_model_get_n_rows (model); r++)
    n_marks += pd_matrix_model_get_entry (model, r, column) != NULL;
  g_assert_cmpuint (n_marks, ==, sum (pd_matrix_model_get_column_counts (model, column)));
  g_assert_cmpuint (n_marks, ==, g_list_model_get_n_items (pd_project_get_assignments (p32)));

  /* Project 29: 市公安局 leads, 各区(县级市) cooperates, 市妇联 has no role. */
  g_assert_cmpint (cell_role (model, store, "市公安局", 29, &scoped), ==, PD_ROLE_LEAD);
  g_assert_false (scoped);
  g_assert_cmpint (cell_role (model, store, "各区(县级市)", 29, NULL), ==, PD_ROLE_COOPERATE);
  g_assert_cmpint (cell_role (model, store, "市妇联", 29, NULL), ==, PD_MATRIX_NO_ROLE);

  /* A row's run of marks, from a column on, is in column order. */
  {
    int row = pd_matrix_model_find_unit_line (model, pd_store_find_unit_by_name (store, "市公安局"), NULL);
    guint n;
    const PdMatrixEntry *entries = pd_matrix_model_get_row_entries (model, row, 28, &n);

    g_assert_cmpuint (n, >, 0);
    g_assert_cmpuint (entries[0].index, ==, 28);
    for (guint i = 1; i < n; i++)
      g_assert_cmpuint (entries[i - 1].index, <, entries[i].index);
  }
}

static void
test_bundled_totals (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  guint rows = pd_matrix_model_get_n_rows (model), columns = pd_matrix_model_get_n_columns (model);
  const guint *grand = pd_matrix_model_get_grand_totals (model);
  guint by_rows[PD_N_ROLES] = { 0 }, by_columns[PD_N_ROLES] = { 0 }, max = 0;

  /* 457 assignments: 75 lead, 362 cooperate, 20 responsible. */
  g_assert_cmpuint (sum (grand), ==, 457);
  g_assert_cmpuint (sum (grand), ==, pd_store_get_n_assignments (store));
  g_assert_cmpuint (grand[PD_ROLE_LEAD], ==, 75);
  g_assert_cmpuint (grand[PD_ROLE_COOPERATE], ==, 362);
  g_assert_cmpuint (grand[PD_ROLE_RESPONSIBLE], ==, 20);

  /* Each row's totals count its cells; rows and columns add up to the grand totals. */
  for (guint r = 0; r < rows; r++)
    {
      const guint *counts = pd_matrix_model_get_row_counts (model, r);
      guint cells[PD_N_ROLES] = { 0 };

      for (guint c = 0; c < columns; c++)
        {
          const PdMatrixEntry *entry = pd_matrix_model_get_entry (model, r, c);

          if (entry != NULL)
            cells[entry->role]++;
        }
      for (guint k = 0; k < PD_N_ROLES; k++)
        {
          g_assert_cmpuint (counts[k], ==, cells[k]);
          by_rows[k] += counts[k];
        }
      max = MAX (max, sum (counts));
    }
  for (guint c = 0; c < columns; c++)
    for (guint k = 0; k < PD_N_ROLES; k++)
      by_columns[k] += pd_matrix_model_get_column_counts (model, c)[k];
  for (guint k = 0; k < PD_N_ROLES; k++)
    {
      g_assert_cmpuint (by_rows[k], ==, grand[k]);
      g_assert_cmpuint (by_columns[k], ==, grand[k]);
    }
  g_assert_cmpuint (pd_matrix_model_get_max_load (model), ==, max);

  /* One unit and one project, exactly. */
  {
    int police = pd_matrix_model_find_unit_line (model, pd_store_find_unit_by_name (store, "市公安局"), NULL);
    const guint *counts = pd_matrix_model_get_row_counts (model, police);
    const guint *p29 = pd_matrix_model_get_column_counts (model, 28);

    g_assert_cmpuint (counts[PD_ROLE_LEAD], ==, 8);
    g_assert_cmpuint (counts[PD_ROLE_COOPERATE], ==, 15);
    g_assert_cmpuint (counts[PD_ROLE_RESPONSIBLE], ==, 1);
    g_assert_cmpuint (p29[PD_ROLE_LEAD], ==, 1);
    g_assert_cmpuint (p29[PD_ROLE_COOPERATE], ==, 2);
    g_assert_cmpuint (p29[PD_ROLE_RESPONSIBLE], ==, 0);
  }
}

/* Sorted by load: the heaviest first, 各区(县级市) with 45 + 1; among
 * equals, who leads more. */
static void
test_bundled_sort_load (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  guint rows;
  const guint *first;

  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_LOAD));
  g_assert_false (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_LOAD));
  g_assert_cmpint (pd_matrix_model_get_sort (model), ==, PD_MATRIX_SORT_LOAD);
  rows = pd_matrix_model_get_n_rows (model);
  g_assert_cmpuint (rows, ==, 110);
  g_assert_cmpstr (pd_unit_get_name (pd_matrix_model_get_line_unit (model, 0)), ==, "各区(县级市)");
  first = pd_matrix_model_get_row_counts (model, 0);
  g_assert_cmpuint (first[PD_ROLE_LEAD], ==, 0);
  g_assert_cmpuint (first[PD_ROLE_COOPERATE], ==, 45);
  g_assert_cmpuint (first[PD_ROLE_RESPONSIBLE], ==, 1);
  g_assert_cmpstr (pd_unit_get_name (pd_matrix_model_get_line_unit (model, 1)), ==, "市公安局");
  g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, 1)), ==, 24);
  g_assert_cmpstr (pd_unit_get_name (pd_matrix_model_get_line_unit (model, 2)), ==, "市人力资源和社会保障局");
  for (guint r = 1; r < rows; r++)
    {
      const guint *a = pd_matrix_model_get_row_counts (model, r - 1);
      const guint *b = pd_matrix_model_get_row_counts (model, r);

      g_assert_cmpuint (sum (a), >=, sum (b));
      if (sum (a) == sum (b))
        g_assert_cmpuint (a[PD_ROLE_LEAD], >=, b[PD_ROLE_LEAD]);
    }
  g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, rows - 1)), ==, 0);
  /* Sorting moves rows, never marks. */
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 457);

  /* By kind: party departments first, "other" last. */
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_KIND));
  g_assert_cmpstr (pd_unit_get_kind (pd_matrix_model_get_line_unit (model, 0)), ==, "party");
  g_assert_cmpstr (pd_unit_get_kind (pd_matrix_model_get_line_unit (model, rows - 1)), ==, "other");
  for (guint r = 1; r < rows; r++)
    g_assert_cmpuint (pd_matrix_kind_rank (pd_unit_get_kind (pd_matrix_model_get_line_unit (model, r - 1))), <=,
                      pd_matrix_kind_rank (pd_unit_get_kind (pd_matrix_model_get_line_unit (model, r))));

  /* Back in document order: the units as project 1 names them first. */
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_DOCUMENT));
  {
    g_autoptr(PdAssignment) assignment =
      g_list_model_get_item (pd_project_get_assignments (pd_store_find_project_by_number (store, 1)), 0);

    g_assert_true (pd_matrix_model_get_line_unit (model, 0) == pd_assignment_get_unit (assignment));
  }
}

static void
test_bundled_filters (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  g_autoptr(PdProgramme) fifth = g_list_model_get_item (pd_store_get_programmes (store), 4);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pd_programme_get_id (fifth));
  guint rows;

  /* One programme: 五、公共安全防控工程, projects 26 to 36, in one band. */
  g_assert_true (pd_matrix_model_set_programme_filter (model, id));
  g_assert_cmpstr (pd_matrix_model_get_programme_filter (model), ==, id);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 11);
  g_assert_cmpint (pd_project_get_number (pd_matrix_model_get_line_project (model, 0)), ==, 26);
  g_assert_cmpint (pd_project_get_number (pd_matrix_model_get_line_project (model, 10)), ==, 36);
  g_assert_cmpuint (pd_matrix_model_get_n_bands (model), ==, 1);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 0)->n, ==, 11);
  g_assert_cmpint (pd_matrix_model_find_project_line (model, pd_store_find_project_by_number (store, 25)), ==, -1);
  g_assert_cmpint (cell_role (model, store, "市公安局", 29, NULL), ==, PD_ROLE_LEAD);
  /* The totals count only what is shown. */
  {
    int police = pd_matrix_model_find_unit_line (model, pd_store_find_unit_by_name (store, "市公安局"), NULL);
    guint shown = 0;

    for (int number = 26; number <= 36; number++)
      shown += cell_role (model, store, "市公安局", number, NULL) != PD_MATRIX_NO_ROLE;
    g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, police)), ==, shown);
    g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, police)), <, 24);
  }

  /* Hiding units without projects there: 33 units have some. */
  rows = pd_matrix_model_get_n_rows (model);
  g_assert_cmpuint (rows, ==, 110);
  g_assert_true (pd_matrix_model_set_hide_empty (model, TRUE));
  rows = pd_matrix_model_get_n_rows (model);
  g_assert_cmpuint (rows, ==, 33);
  for (guint r = 0; r < rows; r++)
    g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, r)), >, 0);

  /* All programmes again: 96 of the 110 units have a project. */
  g_assert_true (pd_matrix_model_set_programme_filter (model, ""));
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 68);
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 96);
  g_assert_true (pd_matrix_model_set_hide_empty (model, FALSE));
  g_assert_false (pd_matrix_model_set_hide_empty (model, FALSE));

  /* One kind of unit. */
  g_assert_true (pd_matrix_model_set_kind_filter (model, "district"));
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 15);
  for (guint r = 0; r < 15; r++)
    g_assert_cmpstr (pd_unit_get_kind (pd_matrix_model_get_line_unit (model, r)), ==, "district");
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 68);
  g_assert_true (pd_matrix_model_set_kind_filter (model, NULL));
  g_assert_cmpstr (pd_matrix_model_get_kind_filter (model), ==, "");
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 110);
}

/* Transposed, rows are projects and columns units: the same marks and
 * totals the other way round. */
static void
test_bundled_transpose (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  g_autoptr(PdMatrixModel) other = model_for (store);

  g_assert_true (pd_matrix_model_set_transposed (other, TRUE));
  g_assert_true (pd_matrix_model_get_transposed (other));
  g_assert_cmpuint (pd_matrix_model_get_n_rows (other), ==, 68);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (other), ==, 110);
  for (guint u = 0; u < 110; u++)
    for (guint p = 0; p < 68; p++)
      {
        const PdMatrixEntry *a = pd_matrix_model_get_entry (model, u, p);
        const PdMatrixEntry *b = pd_matrix_model_get_entry (other, p, u);

        g_assert_true ((a == NULL) == (b == NULL));
        if (a != NULL)
          {
            g_assert_cmpuint (a->role, ==, b->role);
            g_assert_cmpuint (a->flags, ==, b->flags);
            g_assert_cmpuint (b->index, ==, u);
          }
      }
  for (guint u = 0; u < 110; u++)
    g_assert_cmpmem (pd_matrix_model_get_row_counts (model, u), PD_N_ROLES * sizeof (guint),
                     pd_matrix_model_get_column_counts (other, u), PD_N_ROLES * sizeof (guint));
  for (guint p = 0; p < 68; p++)
    g_assert_cmpmem (pd_matrix_model_get_column_counts (model, p), PD_N_ROLES * sizeof (guint),
                     pd_matrix_model_get_row_counts (other, p), PD_N_ROLES * sizeof (guint));
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (other)), ==, 457);
  g_assert_cmpuint (pd_matrix_model_get_max_load (other), ==, pd_matrix_model_get_max_load (model));
  g_assert_cmpint (cell_role (other, store, "市食品药品监管局", 32, NULL), ==, PD_ROLE_LEAD);
}

/* Members under their collectives: derived, counted in their rows but
 * not again in the grand totals. */
static void
test_bundled_members (void)
{
  g_autoptr(PdStore) store = pd_test_open_bundled ();
  g_autoptr(PdMatrixModel) model = model_for (store);
  PdUnit *districts = pd_store_find_unit_by_name (store, "各区(县级市)");
  PdUnit *liwan = pd_store_find_unit_by_name (store, "荔湾区");
  int parent, member;
  guint n_members = 0;

  g_assert_true (pd_matrix_model_set_show_members (model, TRUE));
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 110 + 12 + 7);
  parent = pd_matrix_model_find_unit_line (model, districts, NULL);
  member = pd_matrix_model_find_unit_line (model, liwan, districts);
  g_assert_cmpint (parent, >=, 0);
  g_assert_cmpint (member, >, parent);
  g_assert_true (pd_matrix_model_get_line_parent (model, member) == districts);
  g_assert_null (pd_matrix_model_get_line_parent (model, parent));
  for (guint r = parent + 1; r < pd_matrix_model_get_n_rows (model) &&
       pd_matrix_model_get_line_parent (model, r) == districts; r++)
    n_members++;
  g_assert_cmpuint (n_members, ==, 12);
  g_assert_cmpmem (pd_matrix_model_get_row_counts (model, member), PD_N_ROLES * sizeof (guint),
                   pd_matrix_model_get_row_counts (model, parent), PD_N_ROLES * sizeof (guint));
  {
    const PdMatrixEntry *entry = pd_matrix_model_get_entry (model, member, 28);

    g_assert_nonnull (entry);
    g_assert_cmpuint (entry->role, ==, PD_ROLE_COOPERATE);
    g_assert_true (entry->flags & PD_MATRIX_ENTRY_DERIVED);
    g_assert_false (pd_matrix_model_get_entry (model, parent, 28)->flags & PD_MATRIX_ENTRY_DERIVED);
  }
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 457);
  /* Project 29's column counts 各区(县级市) and its twelve districts. */
  g_assert_cmpuint (pd_matrix_model_get_column_counts (model, 28)[PD_ROLE_COOPERATE], ==, 2 + 12);
}

/* Small plans made here */

typedef struct
{
  char      *dir;
  PdStore   *store;
  PdHistory *history;
} Plan;

static void
push (Plan      *plan,
      PdCommand *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (plan->history, command, &error));
  g_assert_no_error (error);
}

static PdUnit *
add_unit (Plan       *plan,
          const char *name,
          const char *kind)
{
  push (plan, pd_command_add_unit (plan->store, name, kind, NULL));
  return pd_store_find_unit_by_name (plan->store, name);
}

static PdProject *
add_project (Plan        *plan,
             PdProgramme *programme,
             const char  *title)
{
  GListModel *projects = pd_programme_get_projects (programme);
  g_autoptr(PdProject) project = NULL;

  push (plan, pd_command_add_project (programme, title, NULL));
  project = g_list_model_get_item (projects, g_list_model_get_n_items (projects) - 1);
  g_assert_cmpstr (pd_project_get_title (project), ==, title);
  return project;  /* the programme holds it */
}

static void
assign (Plan       *plan,
        PdProject  *project,
        PdUnit     *unit,
        PdRole      role,
        const char *scope)
{
  push (plan, pd_command_add_assignment (project, unit, role, scope, NULL));
}

/* Two programmes: 一 with projects 1 and 2, 二 with project 3. Units in
 * the order they are first named: 乙局 (government), 甲局 (government),
 * 各区 (a collective of 甲区 and 乙区), 丙委 (party), 甲区, 乙区 (districts),
 * and 丁办, which has no project. */
static void
plan_set_up (Plan *plan)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PdProgramme *one, *two;
  PdProject *p1, *p2, *p3;
  PdUnit *yi, *jia, *districts, *bing, *jia_district, *yi_district;

  plan->dir = pd_test_make_tmpdir ();
  path = g_build_filename (plan->dir, "small.plandesk", NULL);
  plan->store = pd_store_open (path, PD_DATABASE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  plan->history = pd_history_new (plan->store);

  push (plan, pd_command_add_programme (plan->store, "一号工程", NULL));
  push (plan, pd_command_add_programme (plan->store, "二号工程", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pd_store_get_programmes (plan->store)), ==, 2);
  one = g_list_model_get_item (pd_store_get_programmes (plan->store), 0);
  two = g_list_model_get_item (pd_store_get_programmes (plan->store), 1);
  g_object_unref (one);
  g_object_unref (two);
  p1 = add_project (plan, one, "项目甲");
  p2 = add_project (plan, one, "项目乙");
  p3 = add_project (plan, two, "项目丙");

  yi = add_unit (plan, "乙局", "government");
  jia = add_unit (plan, "甲局", "government");
  districts = add_unit (plan, "各区", "collective");
  bing = add_unit (plan, "丙委", "party");
  jia_district = add_unit (plan, "甲区", "district");
  yi_district = add_unit (plan, "乙区", "district");
  add_unit (plan, "丁办", "other");
  push (plan, pd_command_add_unit_member (districts, jia_district, NULL));
  push (plan, pd_command_add_unit_member (districts, yi_district, NULL));

  /* 乙局: lead 1, cooperate 2 (2 projects); 甲局: cooperate 1, lead 3 (2);
   * 各区: responsible 1, cooperate 2, cooperate 3 (3); 丙委: lead 2 (1);
   * 甲区: cooperate 3 (1); 乙区 none. */
  assign (plan, p1, yi, PD_ROLE_LEAD, NULL);
  assign (plan, p1, jia, PD_ROLE_COOPERATE, NULL);
  assign (plan, p1, districts, PD_ROLE_RESPONSIBLE, "宣传");
  assign (plan, p2, bing, PD_ROLE_LEAD, NULL);
  assign (plan, p2, yi, PD_ROLE_COOPERATE, NULL);
  assign (plan, p2, districts, PD_ROLE_COOPERATE, NULL);
  assign (plan, p3, jia, PD_ROLE_LEAD, NULL);
  assign (plan, p3, districts, PD_ROLE_COOPERATE, NULL);
  assign (plan, p3, jia_district, PD_ROLE_COOPERATE, NULL);
}

static void
plan_tear_down (Plan *plan)
{
  g_clear_object (&plan->history);
  g_clear_object (&plan->store);
  pd_test_remove_tree (plan->dir);
  g_free (plan->dir);
}

/* The unit names of the rows, joined by spaces (members marked "<"). */
static char *
dup_rows (PdMatrixModel *model)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < pd_matrix_model_get_n_unit_lines (model); r++)
    {
      if (r > 0)
        g_string_append_c (text, ' ');
      if (pd_matrix_model_get_line_parent (model, r) != NULL)
        g_string_append_c (text, '<');
      g_string_append (text, pd_unit_get_name (pd_matrix_model_get_line_unit (model, r)));
    }
  return g_string_free (text, FALSE);
}

#define assert_rows(model, expected)   G_STMT_START { g_autofree char *rows_ = dup_rows (model); g_assert_cmpstr (rows_, ==, expected); } G_STMT_END

static void
test_small_plan (void)
{
  Plan plan = { 0 };
  g_autoptr(PdMatrixModel) model = NULL;
  const guint *grand;

  plan_set_up (&plan);
  model = model_for (plan.store);

  /* Document order: as the projects first name them; 丁办 last. */
  assert_rows (model, "乙局 甲局 各区 丙委 甲区 乙区 丁办");
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 3);
  g_assert_cmpuint (pd_matrix_model_get_n_bands (model), ==, 2);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 0)->n, ==, 2);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 1)->first, ==, 2);
  g_assert_cmpuint (pd_matrix_model_get_band (model, 1)->n, ==, 1);

  /* Exact cells: 各区 is responsible for 项目甲 with a scope. */
  {
    gboolean scoped = FALSE;

    g_assert_cmpint (cell_role (model, plan.store, "各区", 1, &scoped), ==, PD_ROLE_RESPONSIBLE);
    g_assert_true (scoped);
    g_assert_cmpint (cell_role (model, plan.store, "乙局", 1, &scoped), ==, PD_ROLE_LEAD);
    g_assert_false (scoped);
    g_assert_cmpint (cell_role (model, plan.store, "甲局", 2, NULL), ==, PD_MATRIX_NO_ROLE);
    g_assert_cmpint (cell_role (model, plan.store, "乙区", 3, NULL), ==, PD_MATRIX_NO_ROLE);
  }

  /* Totals: 9 assignments, 3 lead, 5 cooperate, 1 responsible. */
  grand = pd_matrix_model_get_grand_totals (model);
  g_assert_cmpuint (grand[PD_ROLE_LEAD], ==, 3);
  g_assert_cmpuint (grand[PD_ROLE_COOPERATE], ==, 5);
  g_assert_cmpuint (grand[PD_ROLE_RESPONSIBLE], ==, 1);
  g_assert_cmpuint (pd_matrix_model_get_max_load (model), ==, 3);
  {
    const guint *districts = pd_matrix_model_get_row_counts (model, 2);
    const guint *p3 = pd_matrix_model_get_column_counts (model, 2);

    g_assert_cmpuint (districts[PD_ROLE_LEAD], ==, 0);
    g_assert_cmpuint (districts[PD_ROLE_COOPERATE], ==, 2);
    g_assert_cmpuint (districts[PD_ROLE_RESPONSIBLE], ==, 1);
    g_assert_cmpuint (p3[PD_ROLE_LEAD], ==, 1);
    g_assert_cmpuint (p3[PD_ROLE_COOPERATE], ==, 2);
    g_assert_cmpuint (p3[PD_ROLE_RESPONSIBLE], ==, 0);
    g_assert_cmpuint (sum (pd_matrix_model_get_row_counts (model, 6)), ==, 0);
  }

  /* By load: 各区 (3); then 乙局 and 甲局 (2 each, one lead each: document
   * order decides); 丙委 (1 lead) before 甲区 (1 cooperate); 乙区 and 丁办. */
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_LOAD));
  assert_rows (model, "各区 乙局 甲局 丙委 甲区 乙区 丁办");

  /* By kind: party, government, district, collective, other. */
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_KIND));
  assert_rows (model, "丙委 乙局 甲局 甲区 乙区 各区 丁办");

  /* By name, in the locale's collation (C.UTF-8 here: by code point). */
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_NAME));
  assert_rows (model, "丁办 丙委 乙区 乙局 各区 甲区 甲局");

  /* Members under their collective, derived; the grand totals do not
   * count them twice. */
  g_assert_true (pd_matrix_model_set_show_members (model, TRUE));
  assert_rows (model, "丁办 丙委 乙区 乙局 各区 <甲区 <乙区 甲区 甲局");
  g_assert_cmpuint (pd_matrix_model_get_entry (model, 5, 0)->role, ==, PD_ROLE_RESPONSIBLE);
  g_assert_cmpuint (pd_matrix_model_get_entry (model, 5, 0)->flags, ==,
                    PD_MATRIX_ENTRY_SCOPED | PD_MATRIX_ENTRY_DERIVED);
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 9);
  g_assert_cmpuint (pd_matrix_model_get_column_counts (model, 2)[PD_ROLE_COOPERATE], ==, 4);
  g_assert_cmpfloat (pd_matrix_model_get_widest_unit (model), ==, 2.0f);

  /* Filters: programme 二 only, units with projects there. */
  {
    g_autoptr(PdProgramme) two = g_list_model_get_item (pd_store_get_programmes (plan.store), 1);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pd_programme_get_id (two));

    g_assert_true (pd_matrix_model_set_show_members (model, FALSE));
    g_assert_true (pd_matrix_model_set_programme_filter (model, id));
    g_assert_true (pd_matrix_model_set_hide_empty (model, TRUE));
    assert_rows (model, "各区 甲区 甲局");
    g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 1);
    g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 3);
    g_assert_true (pd_matrix_model_set_kind_filter (model, "government"));
    assert_rows (model, "甲局");
  }

  /* Transposed: one project row, one unit column. */
  g_assert_true (pd_matrix_model_set_transposed (model, TRUE));
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 1);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 1);
  g_assert_cmpuint (pd_matrix_model_get_entry (model, 0, 0)->role, ==, PD_ROLE_LEAD);
  {
    guint uline, pline;

    pd_matrix_model_get_cell_lines (model, 0, 0, &uline, &pline);
    g_assert_true (pd_matrix_model_get_line_unit (model, uline) == pd_store_find_unit_by_name (plan.store, "甲局"));
    g_assert_cmpint (pd_project_get_number (pd_matrix_model_get_line_project (model, pline)), ==, 3);
  }

  /* Nothing of a kind no unit has. */
  g_assert_true (pd_matrix_model_set_kind_filter (model, "judicial"));
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 1);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 0);
  g_assert_null (pd_matrix_model_get_entry (model, 0, 0));
  g_assert_cmpuint (pd_matrix_model_get_max_load (model), ==, 0);

  g_clear_object (&model);
  plan_tear_down (&plan);
}

/* After an edit and its undo, reloading shows the plan as it is. */
static void
test_small_plan_reload (void)
{
  Plan plan = { 0 };
  g_autoptr(PdMatrixModel) model = NULL;
  PdUnit *ding;
  g_autoptr(GError) error = NULL;

  plan_set_up (&plan);
  model = model_for (plan.store);
  ding = pd_store_find_unit_by_name (plan.store, "丁办");
  g_assert_true (pd_matrix_model_contains_unit (model, ding));
  g_assert_true (pd_matrix_model_set_sort (model, PD_MATRIX_SORT_LOAD));
  assert_rows (model, "各区 乙局 甲局 丙委 甲区 乙区 丁办");

  assign (&plan, pd_store_find_project_by_number (plan.store, 1), ding, PD_ROLE_COOPERATE, NULL);
  assign (&plan, pd_store_find_project_by_number (plan.store, 2), ding, PD_ROLE_LEAD, NULL);
  assign (&plan, pd_store_find_project_by_number (plan.store, 3), ding, PD_ROLE_LEAD, NULL);
  /* Not yet read again. */
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 9);
  pd_matrix_model_reload (model);
  assert_rows (model, "丁办 各区 乙局 甲局 丙委 甲区 乙区");
  g_assert_cmpuint (pd_matrix_model_get_grand_totals (model)[PD_ROLE_LEAD], ==, 5);
  g_assert_cmpuint (pd_matrix_model_get_max_load (model), ==, 3);

  /* One undo: 丁办 ties with 乙局 and 甲局 (2, one lead) and follows
   * them, first named after them. Two: one project, no lead, it follows
   * 丙委 (one lead) and comes before 甲区, named after it. */
  g_assert_true (pd_history_undo (plan.history, &error));
  g_assert_no_error (error);
  pd_matrix_model_reload (model);
  assert_rows (model, "各区 乙局 甲局 丁办 丙委 甲区 乙区");
  g_assert_true (pd_history_undo (plan.history, &error));
  g_assert_no_error (error);
  pd_matrix_model_reload (model);
  assert_rows (model, "各区 乙局 甲局 丙委 丁办 甲区 乙区");

  /* Without a store, nothing. */
  pd_matrix_model_set_store (model, NULL);
  g_assert_cmpuint (pd_matrix_model_get_n_rows (model), ==, 0);
  g_assert_cmpuint (pd_matrix_model_get_n_columns (model), ==, 0);
  g_assert_cmpuint (sum (pd_matrix_model_get_grand_totals (model)), ==, 0);
  g_assert_false (pd_matrix_model_contains_unit (model, ding));

  g_clear_object (&model);
  plan_tear_down (&plan);
}

static void
test_names (void)
{
  PdMatrixSort sort = PD_MATRIX_SORT_DOCUMENT;

  g_assert_true (pd_matrix_sort_from_string ("load", &sort));
  g_assert_cmpint (sort, ==, PD_MATRIX_SORT_LOAD);
  g_assert_false (pd_matrix_sort_from_string ("weight", &sort));
  g_assert_cmpint (sort, ==, PD_MATRIX_SORT_LOAD);
  g_assert_cmpstr (pd_matrix_sort_to_string (PD_MATRIX_SORT_NAME), ==, "name");
  g_assert_cmpuint (pd_matrix_get_n_kinds (), ==, 8);
  g_assert_cmpuint (pd_matrix_kind_rank ("party"), ==, 0);
  g_assert_cmpuint (pd_matrix_kind_rank ("other"), ==, 7);
  g_assert_cmpuint (pd_matrix_kind_rank ("nonsense"), ==, 8);
  g_assert_cmpstr (pd_matrix_kind_label ("nonsense"), ==, "nonsense");
  g_assert_cmpstr (pd_matrix_kind_get_id (4), ==, "district");
  g_assert_cmpfloat (pd_matrix_estimate_em ("市公安局"), ==, 4.0f);
  g_assert_cmpfloat_with_epsilon (pd_matrix_estimate_em ("ab"), 1.16f, 0.0001f);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matrix-model/bundled/cells", test_bundled_cells);
  g_test_add_func ("/matrix-model/bundled/totals", test_bundled_totals);
  g_test_add_func ("/matrix-model/bundled/sort-load", test_bundled_sort_load);
  g_test_add_func ("/matrix-model/bundled/filters", test_bundled_filters);
  g_test_add_func ("/matrix-model/bundled/transpose", test_bundled_transpose);
  g_test_add_func ("/matrix-model/bundled/members", test_bundled_members);
  g_test_add_func ("/matrix-model/small-plan", test_small_plan);
  g_test_add_func ("/matrix-model/small-plan/reload", test_small_plan_reload);
  g_test_add_func ("/matrix-model/names", test_names);

  return g_test_run ();
}
