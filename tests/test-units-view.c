/* test-units-view.c — the Units mode: unit loads and responsibility lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by the suite under Xvfb: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. The editing tests work on a
 * temporary read-write copy of the bundled plan, through a history. The figures asserted here were
 * read off data/plan/safe-guangzhou.sql; each is also counted again from
 * the store, independently of the view.
 */
#define G_LOG_DOMAIN "test-units-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-cli.h"
#include "store/pd-plan-file.h"
#include "pd-synthetic.h"
#include "pd-test-util.h"
#include "views/units/pd-units-view.h"

typedef struct
{
  PdStore     *store;
  GtkWindow   *window;
  PdUnitsView *view;

  /* Editing fixtures: a copy of the bundled plan, its history, and what the
   * view told the window. */
  char        *dir;
  PdHistory   *history;
  GPtrArray   *pushed;   /* of PdCommand */
  GPtrArray   *errors;   /* of char * */
} Fixture;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Iterates the main loop until @widget is visible, or a generous while: the
 * menu's actions open their popovers from an idle, which a slow run (the
 * sanitizers) reaches later than a fixed budget allows. */
static gboolean
wait_visible (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!gtk_widget_get_visible (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return gtk_widget_get_visible (widget);
}

/* The first mapped label under @widget whose text is @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Iterates until @widget has a size, for at most five seconds. */
static void
wait_for_allocation (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (gtk_widget_get_height (widget) == 0 && g_get_monotonic_time () < end)
    iterate (10);
  iterate (50);
}

static gboolean
shows (Fixture    *fixture,
       const char *text)
{
  return find_label (GTK_WIDGET (fixture->view), text) != NULL;
}

static PdUnit *
row_unit (PdUnitsView *view,
          guint        position)
{
  return pd_units_view_get_row_unit (view, position);
}

static void
sort_by (PdUnitsView *view,
         const char  *column,
         GtkSortType  order)
{
  gtk_column_view_sort_by_column (pd_units_view_get_column_view (view),
                                  column ? pd_units_view_get_column (view, column) : NULL, order);
  iterate (50);
}

static void
collect_label_texts (GtkWidget *widget,
                     GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* The texts of the unit list's row that shows @name: name, (tag,) kind
 * and the three counts. NULL if no such row is on screen. */
static GPtrArray *
row_texts (PdUnitsView *view,
           const char  *name)
{
  GtkWidget *label = find_label (GTK_WIDGET (pd_units_view_get_column_view (view)), name);
  GtkWidget *row = label;
  GPtrArray *texts;

  if (label == NULL)
    return NULL;
  while (row != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (row)))
    row = gtk_widget_get_parent (row);
  g_assert_nonnull (row);

  texts = g_ptr_array_new_with_free_func (g_free);
  collect_label_texts (row, texts);
  return texts;
}

static const char *
last_text (GPtrArray *texts,
           guint      from_end)
{
  g_assert_cmpuint (texts->len, >, from_end);
  return g_ptr_array_index (texts, texts->len - 1 - from_end);
}

/* Counts @unit's assignments by role straight from the store's projects. */
static void
count_from_store (PdStore *store,
                  PdUnit  *unit,
                  guint    counts[PD_N_ROLES])
{
  GListModel *programmes = pd_store_get_programmes (store);

  memset (counts, 0, sizeof (guint) * PD_N_ROLES);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);

          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);

              if (pd_assignment_get_unit (assignment) == unit)
                counts[pd_assignment_get_role (assignment)]++;
            }
        }
    }
}

/* The project numbers listed in a role's list box, read off its rows. */
static GArray *
listed_numbers (GtkListBox *list_box)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (int));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list_box, i)) != NULL; i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      int number;

      collect_label_texts (GTK_WIDGET (row), texts);
      g_assert_cmpuint (texts->len, >=, 3);
      number = atoi (g_ptr_array_index (texts, 0));
      g_array_append_val (numbers, number);
    }
  return numbers;
}

static void
assert_numbers (GtkListBox *list_box,
                const int  *expected,
                guint       n_expected)
{
  g_autoptr(GArray) numbers = listed_numbers (list_box);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list_box)) || n_expected == 0);
  g_assert_cmpmem (numbers->data, numbers->len * sizeof (int), expected, n_expected * sizeof (int));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;

  fixture->store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 780);
  fixture->view = PD_UNITS_VIEW (pd_units_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  pd_units_view_set_store (fixture->view, fixture->store);
  gtk_window_present (fixture->window);
  iterate (300);
}

static void
command_pushed_cb (PdUnitsView *view,
                   PdCommand   *command,
                   Fixture     *fixture)
{
  g_ptr_array_add (fixture->pushed, g_object_ref (command));
}

static void
error_cb (PdUnitsView *view,
          const char  *message,
          Fixture     *fixture)
{
  g_ptr_array_add (fixture->errors, g_strdup (message));
}

/* A read-write copy of the bundled plan, edited through a history. */
static void
edit_fixture_set_up (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autofree char *bundled = pd_plan_file_dup_bundled_path ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = pd_test_make_tmpdir ();
  path = pd_test_copy_to_tmp (bundled, fixture->dir, "plan.plandesk");
  fixture->store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (pd_database_is_read_only (pd_store_get_database (fixture->store)));
  fixture->history = pd_history_new (fixture->store);
  fixture->pushed = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->errors = g_ptr_array_new_with_free_func (g_free);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 780);
  fixture->view = PD_UNITS_VIEW (pd_units_view_new ());
  g_signal_connect (fixture->view, "command-pushed", G_CALLBACK (command_pushed_cb), fixture);
  g_signal_connect (fixture->view, "error", G_CALLBACK (error_cb), fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  pd_units_view_set_history (fixture->view, fixture->history);
  g_assert_true (pd_units_view_get_store (fixture->view) == fixture->store);
  gtk_window_present (fixture->window);
  iterate (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  iterate (50);
  if (fixture->errors != NULL)
    for (guint i = 0; i < fixture->errors->len; i++)
      g_test_message ("error: %s", (char *)g_ptr_array_index (fixture->errors, i));
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->pushed, g_ptr_array_unref);
  g_clear_pointer (&fixture->errors, g_ptr_array_unref);
  if (fixture->dir != NULL)
    pd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
test_columns (Fixture       *fixture,
              gconstpointer  user_data)
{
  static const char * const ids[] = { "unit", "kind", "lead", "cooperate", "responsible" };
  static const char * const titles_en[] = { "Unit", "Kind", "Lead", "Cooperate", "Responsible" };
  static const char * const titles_zh[] = { "单位", "类别", "牵头", "配合", "负责落实" };
  const char * const *titles = pd_test_in_chinese () ? titles_zh : titles_en;
  GtkColumnView *column_view = pd_units_view_get_column_view (fixture->view);
  GListModel *columns = gtk_column_view_get_columns (column_view);

  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_true (column == pd_units_view_get_column (fixture->view, ids[i]));
      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }

  gtk_test_accessible_assert_property (column_view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pd_test_tr ("Units", "单位"));
  gtk_test_accessible_assert_property (pd_units_view_get_responsibility_list (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pd_test_tr ("Responsibility list", "责任清单"));

  /* Nothing is selected yet: the right pane asks for a unit. */
  g_assert_null (pd_units_view_get_selected_unit (fixture->view));
  g_assert_true (shows (fixture, pd_test_tr ("Select a Unit", "选择单位")));
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  user_data)
{
  GListModel *units = pd_store_get_units (fixture->store);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  g_autoptr(GPtrArray) texts = NULL;
  guint counts[PD_N_ROLES];
  guint total = 0;

  /* Every unit of the plan, in the store's order. */
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 110);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 110);
  for (guint i = 0; i < 110; i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);

      g_assert_true (pd_units_view_get_row_unit (fixture->view, i) == unit);
      count_from_store (fixture->store, unit, counts);
      for (guint r = 0; r < PD_N_ROLES; r++)
        {
          g_assert_cmpuint (pd_units_view_get_load (fixture->view, unit, r), ==, counts[r]);
          total += counts[r];
        }
    }
  g_assert_cmpuint (total, ==, pd_store_get_n_assignments (fixture->store));
  g_assert_cmpuint (total, ==, 457);

  /* 市公安局 leads 8 projects, cooperates on 15 and is responsible for 1 (project 22). */
  g_assert_nonnull (police);
  count_from_store (fixture->store, police, counts);
  g_assert_cmpuint (counts[PD_ROLE_LEAD], ==, 8);
  g_assert_cmpuint (counts[PD_ROLE_COOPERATE], ==, 15);
  g_assert_cmpuint (counts[PD_ROLE_RESPONSIBLE], ==, 1);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, police, PD_ROLE_LEAD), ==, 8);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, police, PD_ROLE_COOPERATE), ==, 15);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, police, PD_ROLE_RESPONSIBLE), ==, 1);

  /* …and its row says so: name, kind, lead, cooperate, responsible. */
  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_nonnull (texts);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "市公安局");
  g_assert_cmpstr (last_text (texts, 3), ==, pd_test_tr ("Government", "政府部门"));
  g_assert_cmpstr (last_text (texts, 2), ==, "8");
  g_assert_cmpstr (last_text (texts, 1), ==, "15");
  g_assert_cmpstr (last_text (texts, 0), ==, "1");

  /* A collective unit is tagged in words, not by colour alone. */
  pd_units_view_select_unit (fixture->view, pd_store_find_unit_by_name (fixture->store, "各区(县级市)"));
  iterate (200);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = row_texts (fixture->view, "各区(县级市)");
  g_assert_nonnull (texts);
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, pd_test_tr ("collective", "集合"));
  g_assert_cmpstr (last_text (texts, 3), ==, pd_test_tr ("District", "区（县级市）"));
  g_assert_cmpstr (last_text (texts, 1), ==, "45");
}

static void
test_responsibility_list (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const int lead[] = { 25, 26, 28, 29, 35, 41, 50, 51 };
  static const int responsible[] = { 22 };
  static const int cooperate[] = { 4, 5, 6, 18, 24, 32, 34, 39, 40, 47, 52, 53, 54, 55, 56 };
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  GListModel *listed = pd_units_view_get_responsibilities (fixture->view);
  GtkWidget *lead_list = GTK_WIDGET (pd_units_view_get_role_list (fixture->view, PD_ROLE_LEAD));
  GtkWidget *responsible_list =
    GTK_WIDGET (pd_units_view_get_role_list (fixture->view, PD_ROLE_RESPONSIBLE));
  GtkWidget *cooperate_list =
    GTK_WIDGET (pd_units_view_get_role_list (fixture->view, PD_ROLE_COOPERATE));
  graphene_point_t lead_at, responsible_at, cooperate_at;

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == police);
  g_assert_true (shows (fixture, pd_test_tr ("Projects Led (8)", "牵头项目（8）")));

  /* Leads first, then responsible, then cooperations, each in document order. */
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 8 + 1 + 15);
  for (guint i = 0; i < 24; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (listed, i);
      int expected = i < 8 ? lead[i] : i < 9 ? responsible[i - 8] : cooperate[i - 9];
      PdRole role = i < 8 ? PD_ROLE_LEAD : i < 9 ? PD_ROLE_RESPONSIBLE : PD_ROLE_COOPERATE;

      g_assert_true (pd_assignment_get_unit (assignment) == police);
      PdProject *project = pd_assignment_get_project (assignment);

      g_assert_cmpint (pd_project_get_number (project), ==, expected);
      g_assert_cmpint (pd_assignment_get_role (assignment), ==, role);
    }
  assert_numbers (GTK_LIST_BOX (lead_list), lead, G_N_ELEMENTS (lead));
  assert_numbers (GTK_LIST_BOX (responsible_list), responsible, G_N_ELEMENTS (responsible));
  assert_numbers (GTK_LIST_BOX (cooperate_list), cooperate, G_N_ELEMENTS (cooperate));

  /* The groups are laid out in that order too (once laid out: a slow,
   * sanitized build may take more than a few frames). */
  wait_for_allocation (cooperate_list);
  g_assert_true (gtk_widget_compute_point (lead_list, GTK_WIDGET (fixture->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &lead_at));
  g_assert_true (gtk_widget_compute_point (responsible_list, GTK_WIDGET (fixture->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &responsible_at));
  g_assert_true (gtk_widget_compute_point (cooperate_list, GTK_WIDGET (fixture->view),
                                           &GRAPHENE_POINT_INIT (0, 0), &cooperate_at));
  g_assert_cmpfloat (lead_at.y, <, responsible_at.y);
  g_assert_cmpfloat (responsible_at.y, <, cooperate_at.y);

  /* Each row names the project and its programme, as Chinese text. */
  g_assert_nonnull (find_label (lead_list, "反恐怖工作建设项目"));
  g_assert_nonnull (find_label (lead_list, "五、公共安全防控工程"));
  {
    GtkWidget *title = find_label (lead_list, "群体性事件处置机制建设项目");
    PangoAttrList *attrs = gtk_label_get_attributes (GTK_LABEL (title));
    PangoAttrIterator *iter = pango_attr_list_get_iterator (attrs);
    PangoAttrLanguage *language =
      (PangoAttrLanguage *)pango_attr_iterator_get (iter, PANGO_ATTR_LANGUAGE);

    g_assert_nonnull (language);
    g_assert_cmpstr (pango_language_to_string (language->value), ==, "zh-cn");
    pango_attr_iterator_destroy (iter);
  }
  gtk_test_accessible_assert_property (gtk_list_box_get_row_at_index (GTK_LIST_BOX (lead_list), 1),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pd_test_tr ("Project 26, 反恐怖工作建设项目, in 五、公共安全防控工程",
                                                   "项目 26，反恐怖工作建设项目，属于五、公共安全防控工程"));

  /* Unselecting shows the placeholder again. */
  pd_units_view_select_unit (fixture->view, NULL);
  iterate (100);
  g_assert_null (pd_units_view_get_selected_unit (fixture->view));
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 0);
  g_assert_true (shows (fixture, pd_test_tr ("Select a Unit", "选择单位")));
}

static void
test_scope (Fixture       *fixture,
            gconstpointer  user_data)
{
  PdUnit *food = pd_store_find_unit_by_name (fixture->store, "市食安办");
  GtkWidget *lead_list = GTK_WIDGET (pd_units_view_get_role_list (fixture->view, PD_ROLE_LEAD));
  GListModel *listed = pd_units_view_get_responsibilities (fixture->view);
  g_autoptr(PdAssignment) first = NULL;

  g_assert_nonnull (food);
  pd_units_view_select_unit (fixture->view, food);
  iterate (200);

  /* 市食安办 leads project 32 for 食品安全监管; 市食品药品监管局 for 药品安全监管. */
  first = g_list_model_get_item (listed, 0);
  g_assert_cmpint (pd_project_get_number (pd_assignment_get_project (first)), ==, 32);
  g_assert_cmpstr (pd_assignment_get_scope (first), ==, "食品安全监管");
  assert_numbers (GTK_LIST_BOX (lead_list), (const int[]) { 32 }, 1);
  g_assert_nonnull (find_label (lead_list, pd_test_tr ("Scope: 食品安全监管", "分工范围：食品安全监管")));
  g_assert_nonnull (find_label (lead_list, "食品药品安全监管项目"));
  g_assert_null (find_label (lead_list, pd_test_tr ("Scope: 药品安全监管", "分工范围：药品安全监管")));
}

static void
test_collective_and_successor (Fixture       *fixture,
                               gconstpointer  user_data)
{
  PdUnit *districts = pd_store_find_unit_by_name (fixture->store, "各区(县级市)");
  PdUnit *luogang = pd_store_find_unit_by_name (fixture->store, "萝岗区");
  PdUnit *huangpu = pd_store_find_unit_by_name (fixture->store, "黄埔区");
  GtkListBox *members = pd_units_view_get_members_list (fixture->view);
  /* Dates as the UI language writes them. */
  const char *replaced = pd_test_tr ("Replaced by 黄埔区 on 2014-02-12", "2014年2月12日起由黄埔区接替");
  GtkWidget *label, *row;

  /* A collective unit lists the twelve district-level units of 2013. */
  pd_units_view_select_unit (fixture->view, districts);
  iterate (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (members)));
  for (int i = 0; i < 12; i++)
    g_assert_nonnull (gtk_list_box_get_row_at_index (members, i));
  g_assert_null (gtk_list_box_get_row_at_index (members, 12));
  g_assert_nonnull (find_label (GTK_WIDGET (members), "萝岗区"));
  g_assert_nonnull (find_label (GTK_WIDGET (members), pd_test_tr ("until 2014-02-12", "至2014年2月12日")));
  g_assert_true (shows (fixture, pd_test_tr ("Members (12)", "成员单位（12）")));

  /* 萝岗区 was merged into 黄埔区: the date carries the year. */
  pd_units_view_select_unit (fixture->view, luogang);
  iterate (200);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (members)));
  label = find_label (GTK_WIDGET (fixture->view), replaced);
  g_assert_nonnull (label);
  g_assert_true (shows (fixture, pd_test_tr ("District · until 2014-02-12", "区（县级市） · 至2014年2月12日")));
  g_assert_true (shows (fixture, pd_test_tr ("Member of 各区(县级市)", "属于各区(县级市)")));
  g_assert_true (shows (fixture, pd_test_tr ("No projects are assigned to this unit directly.",
                                             "没有直接分配给该单位的项目。")));

  /* Activating the row goes to the successor, which names its predecessor. */
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  iterate (200);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == huangpu);
  g_assert_true (shows (fixture, pd_test_tr ("Took over from 萝岗区 on 2014-02-12", "2014年2月12日起接替萝岗区")));
}

static void
project_activated_cb (PdUnitsView *view,
                      PdProject   *project,
                      PdProject  **out)
{
  g_set_object (out, project);
}

static void
test_project_activated (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(PdProject) activated = NULL;
  GtkListBox *cooperate_list = pd_units_view_get_role_list (fixture->view, PD_ROLE_COOPERATE);

  g_signal_connect (fixture->view, "project-activated",
                    G_CALLBACK (project_activated_cb), &activated);
  pd_units_view_select_unit (fixture->view, pd_store_find_unit_by_name (fixture->store, "市公安局"));
  iterate (200);

  /* The sixth cooperation of 市公安局 is project 32. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (cooperate_list, 5), "activate");
  g_assert_nonnull (activated);
  g_assert_true (activated == pd_store_find_project_by_number (fixture->store, 32));
}

static void
test_rename (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkWidget *column_view = GTK_WIDGET (pd_units_view_get_column_view (fixture->view));
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  g_autoptr(GPtrArray) texts = NULL;

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_nonnull (texts);

  /* A rename reaches the row and the responsibility list's heading at once. */
  pd_unit_set_name (police, "广州市公安局");
  iterate (100);
  g_assert_null (find_label (column_view, "市公安局"));
  g_assert_nonnull (find_label (column_view, "广州市公安局"));
  g_assert_cmpint (gtk_widget_get_width (find_label (GTK_WIDGET (fixture->view), "广州市公安局")), >, 0);

  /* The search finds it by its new name only. */
  pd_units_view_set_search_text (fixture->view, "广州市公安局");
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 1);
  g_assert_true (pd_units_view_get_row_unit (fixture->view, 0) == police);
  pd_units_view_set_search_text (fixture->view, NULL);

  pd_unit_set_name (police, "市公安局");
  iterate (100);
  g_assert_nonnull (find_label (column_view, "市公安局"));
}

static void
test_live_counts (Fixture       *fixture,
                  gconstpointer  user_data)
{
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  PdProject *first = pd_store_find_project_by_number (fixture->store, 1);
  GListStore *assignments = G_LIST_STORE (pd_project_get_assignments (first));
  g_autoptr(PdAssignment) added = pd_assignment_new (-1, first, police, PD_ROLE_LEAD, NULL, 99);
  g_autoptr(GPtrArray) texts = NULL;
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (assignments));
  guint position;

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);

  /* An in-memory edit and the store's "changed": 市公安局 now leads project 1 too. */
  pd_project_add_assignment (first, added);
  pd_store_emit_changed (fixture->store);
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, police, PD_ROLE_LEAD), ==, 9);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_nonnull (texts);
  g_assert_cmpstr (last_text (texts, 2), ==, "9");
  assert_numbers (pd_units_view_get_role_list (fixture->view, PD_ROLE_LEAD),
                  (const int[]) { 1, 25, 26, 28, 29, 35, 41, 50, 51 }, 9);
  g_assert_true (shows (fixture, pd_test_tr ("Projects Led (9)", "牵头项目（9）")));

  /* The load order follows: sorted by leads, the heaviest first. */
  sort_by (fixture->view, "lead", GTK_SORT_ASCENDING);
  g_assert_true (pd_units_view_get_row_unit (fixture->view, 0) == police);

  /* Undone: back to 8. */
  g_assert_true (g_list_store_find (assignments, added, &position));
  g_list_store_remove (assignments, position);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (assignments)), ==, n_before);
  pd_store_emit_changed (fixture->store);
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, police, PD_ROLE_LEAD), ==, 8);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_nonnull (texts);
  g_assert_cmpstr (last_text (texts, 2), ==, "8");
  assert_numbers (pd_units_view_get_role_list (fixture->view, PD_ROLE_LEAD),
                  (const int[]) { 25, 26, 28, 29, 35, 41, 50, 51 }, 8);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == police);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  user_data)
{
  GtkColumnView *column_view = pd_units_view_get_column_view (fixture->view);
  guint n = pd_units_view_get_n_rows (fixture->view);
  static const char * const roles[] = { "lead", "cooperate", "responsible" };
  static const PdRole role_of[] = { PD_ROLE_LEAD, PD_ROLE_COOPERATE, PD_ROLE_RESPONSIBLE };

  /* One click on a count sorts the heaviest load first; a second click, the lightest. */
  for (guint c = 0; c < G_N_ELEMENTS (roles); c++)
    {
      GtkColumnViewColumn *column = pd_units_view_get_column (fixture->view, roles[c]);
      PdRole role = role_of[c];

      for (guint pass = 0; pass < 2; pass++)
        {
          gtk_column_view_sort_by_column (column_view, column,
                                          pass == 0 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
          iterate (50);
          g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, n);
          for (guint i = 1; i < n; i++)
            {
              PdUnit *previous_unit = row_unit (fixture->view, i - 1);
              PdUnit *unit = row_unit (fixture->view, i);
              guint previous = pd_units_view_get_load (fixture->view, previous_unit, role);
              guint current = pd_units_view_get_load (fixture->view, unit, role);

              if (pass == 0)
                g_assert_cmpuint (previous, >=, current);
              else
                g_assert_cmpuint (previous, <=, current);
            }
        }
    }

  /* The plan's heaviest lead unit: 市公安局 with 8. */
  sort_by (fixture->view, "lead", GTK_SORT_ASCENDING);
  g_assert_cmpstr (pd_unit_get_name (row_unit (fixture->view, 0)), ==, "市公安局");

  /* By kind: party departments first, the "other" units last. */
  sort_by (fixture->view, "kind", GTK_SORT_ASCENDING);
  g_assert_cmpstr (pd_unit_get_kind (row_unit (fixture->view, 0)), ==, "party");
  g_assert_cmpstr (pd_unit_get_kind (row_unit (fixture->view, n - 1)), ==, "other");

  /* By name, and back to document order. */
  sort_by (fixture->view, "unit", GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_utf8_collate (pd_unit_get_name (row_unit (fixture->view, i - 1)),
                                     pd_unit_get_name (row_unit (fixture->view, i))), <=, 0);
  sort_by (fixture->view, NULL, GTK_SORT_ASCENDING);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (pd_store_get_units (fixture->store), i);

      g_assert_true (pd_units_view_get_row_unit (fixture->view, i) == unit);
    }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  GListModel *units = pd_store_get_units (fixture->store);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  guint expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);

      expected += strstr (pd_unit_get_name (unit), "区") != NULL;
    }
  g_assert_cmpuint (expected, >, 12);

  pd_units_view_set_search_text (fixture->view, "区");
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, expected);
  for (guint i = 0; i < expected; i++)
    g_assert_nonnull (strstr (pd_unit_get_name (row_unit (fixture->view, i)), "区"));

  /* Nothing matches: say so. */
  pd_units_view_set_search_text (fixture->view, "不存在的单位");
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 0);
  g_assert_true (shows (fixture, pd_test_tr ("No Units Found", "未找到单位")));

  /* Selecting a unit the search hides clears the search. */
  pd_units_view_select_unit (fixture->view, police);
  iterate (100);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 110);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == police);
}

/* Editing */

static guint
n_undo (Fixture *fixture)
{
  return pd_history_get_n_undo (fixture->history);
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  iterate (100);
}

static PdCommand *
last_pushed (Fixture *fixture)
{
  g_assert_cmpuint (fixture->pushed->len, >, 0);
  return g_ptr_array_index (fixture->pushed, fixture->pushed->len - 1);
}

static guint
n_list_rows (GtkListBox *list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list_box, n) != NULL)
    n++;
  return n;
}

/* The first GtkButton under @widget. */
static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first label under @widget, shown or not. */
static GtkWidget *
find_any_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_any_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The message dialog on screen, if any. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks a response button of @dialog, which closes it. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_button_labelled (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate (100);
}

/* Types @text into the name entry and presses Enter (the apply button). */
static void
enter_name (Fixture    *fixture,
            const char *text)
{
  AdwEntryRow *row = pd_units_view_get_name_row (fixture->view);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  iterate (100);
}

static void
test_edit_rename (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GtkWidget *column_view = GTK_WIDGET (pd_units_view_get_column_view (fixture->view));
  GtkWidget *heading = pd_units_view_get_responsibility_list (fixture->view);
  AdwEntryRow *row = pd_units_view_get_name_row (fixture->view);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  const char *duplicate = pd_test_tr ("There is already a unit called “市司法局”", "已有名为“市司法局”的单位");

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "市公安局");

  /* F2 (units.rename) goes to the name. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "units.rename", NULL);
  iterate (50);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (row)));

  /* Renamed, trimmed: everywhere at once, in one undoable step. */
  enter_name (fixture, "  广州市公安局 ");
  g_assert_cmpstr (pd_unit_get_name (police), ==, "广州市公安局");
  g_assert_true (pd_store_find_unit_by_name (fixture->store, "广州市公安局") == police);
  g_assert_cmpuint (n_undo (fixture), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_false (pd_command_is_destructive (last_pushed (fixture)));
  g_assert_null (find_label (column_view, "市公安局"));
  g_assert_nonnull (find_label (column_view, "广州市公安局"));
  g_assert_nonnull (find_label (heading, "广州市公安局"));
  g_assert_null (find_label (heading, "市公安局"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "广州市公安局");
  g_assert_null (pd_units_view_get_name_message (fixture->view));
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == police);

  undo (fixture);
  g_assert_cmpstr (pd_unit_get_name (police), ==, "市公安局");
  g_assert_nonnull (find_label (column_view, "市公安局"));
  g_assert_null (find_label (column_view, "广州市公安局"));
  g_assert_nonnull (find_label (heading, "市公安局"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "市公安局");

  /* A name another unit has is refused under the entry; nothing is pushed. */
  enter_name (fixture, "市司法局");
  g_assert_cmpstr (pd_unit_get_name (police), ==, "市公安局");
  g_assert_cmpuint (n_undo (fixture), ==, 0);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
  g_assert_cmpstr (pd_units_view_get_name_message (fixture->view), ==, duplicate);
  g_assert_true (shows (fixture, duplicate));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "市司法局");
  g_assert_nonnull (find_label (column_view, "市公安局"));

  /* Typing on clears the message. */
  gtk_editable_set_text (GTK_EDITABLE (row), "市司法局二");
  g_assert_null (pd_units_view_get_name_message (fixture->view));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  /* So is an empty name. */
  enter_name (fixture, "   ");
  g_assert_cmpstr (pd_units_view_get_name_message (fixture->view), ==,
                   pd_test_tr ("A unit needs a name", "单位必须有名称"));
  g_assert_cmpuint (n_undo (fixture), ==, 0);

  /* Another unit: its own name, no message. */
  pd_units_view_select_unit (fixture->view, pd_store_find_unit_by_name (fixture->store, "市司法局"));
  iterate (100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "市司法局");
  g_assert_null (pd_units_view_get_name_message (fixture->view));
}

static void
test_edit_kind (Fixture       *fixture,
                gconstpointer  user_data)
{
  AdwComboRow *kind_row = pd_units_view_get_kind_row (fixture->view);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  g_autoptr(GPtrArray) texts = NULL;

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  /* party, government, judicial, people, district, collective, external, other */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (kind_row)), ==, 8);
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, 1);

  adw_combo_row_set_selected (kind_row, 2);
  iterate (100);
  g_assert_cmpstr (pd_unit_get_kind (police), ==, "judicial");
  g_assert_cmpuint (n_undo (fixture), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_nonnull (texts);
  g_assert_cmpstr (last_text (texts, 3), ==, pd_test_tr ("Judicial", "司法机关"));
  g_assert_true (shows (fixture, pd_test_tr ("Judicial body", "司法机关")));

  undo (fixture);
  g_assert_cmpstr (pd_unit_get_kind (police), ==, "government");
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row), ==, 1);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = row_texts (fixture->view, "市公安局");
  g_assert_cmpstr (last_text (texts, 3), ==, pd_test_tr ("Government", "政府部门"));
  /* Undo set the row from the plan: that pushed nothing. */
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_cmpuint (n_undo (fixture), ==, 0);
}

static void
test_edit_members (Fixture       *fixture,
                   gconstpointer  user_data)
{
  PdUnit *districts = pd_store_find_unit_by_name (fixture->store, "各区(县级市)");
  PdUnit *conghua = pd_store_find_unit_by_name (fixture->store, "从化区");
  PdUnit *luogang = pd_store_find_unit_by_name (fixture->store, "萝岗区");
  GtkListBox *members = pd_units_view_get_members_list (fixture->view);
  GtkWidget *remove = NULL;
  GtkPopover *picker;
  GListModel *matches;
  g_autoptr(PdUnit) first = NULL;

  g_assert_nonnull (conghua);
  pd_units_view_select_unit (fixture->view, districts);
  iterate (200);
  g_assert_cmpuint (n_list_rows (members), ==, 12);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pd_units_view_get_add_member_button (fixture->view))));

  /* Add 从化区 through the type-to-search popover: 从化市, a member already, is not offered. */
  picker = pd_units_view_open_member_picker (fixture->view);
  g_assert_nonnull (picker);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  pd_units_view_picker_set_search_text (picker, "从化");
  matches = pd_units_view_picker_get_matches (picker);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  first = g_list_model_get_item (matches, 0);
  g_assert_true (first == conghua);
  g_assert_true (pd_units_view_picker_pick (picker, 0));
  iterate (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_cmpuint (n_list_rows (members), ==, 13);
  g_assert_nonnull (find_label (GTK_WIDGET (members), "从化区"));
  g_assert_true (shows (fixture, pd_test_tr ("Members (13)", "成员单位（13）")));
  g_assert_cmpuint (n_undo (fixture), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);

  undo (fixture);
  g_assert_cmpuint (n_list_rows (members), ==, 12);
  g_assert_null (find_label (GTK_WIDGET (members), "从化区"));
  g_assert_true (shows (fixture, pd_test_tr ("Members (12)", "成员单位（12）")));

  /* Remove 萝岗区 with its row's button. */
  for (guint i = 0; i < 12; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (members, i);

      if (g_object_get_data (G_OBJECT (row), "pd-unit") == luogang)
        remove = find_button (GTK_WIDGET (row));
    }
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_is_sensitive (remove));
  g_signal_emit_by_name (remove, "clicked");
  iterate (100);
  g_assert_cmpuint (n_list_rows (members), ==, 11);
  g_assert_null (find_label (GTK_WIDGET (members), "萝岗区"));
  g_assert_cmpuint (fixture->pushed->len, ==, 2);

  undo (fixture);
  g_assert_cmpuint (n_list_rows (members), ==, 12);
  g_assert_nonnull (find_label (GTK_WIDGET (members), "萝岗区"));
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

static void
test_edit_merge (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const int merged[] = { 7, 17, 30, 58, 60, 64, 65, 67 };
  g_autoptr(PdUnit) from = g_object_ref (pd_store_find_unit_by_name (fixture->store, "市直政法部门"));
  PdUnit *into = pd_store_find_unit_by_name (fixture->store, "市直政法各部门");
  PdUnit *restored;
  GtkPopover *picker;
  GListModel *matches;
  g_autoptr(PdUnit) first = NULL;

  g_assert_cmpuint (pd_units_view_get_load (fixture->view, into, PD_ROLE_COOPERATE), ==, 7);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, from, PD_ROLE_COOPERATE), ==, 1);
  pd_units_view_select_unit (fixture->view, from);
  iterate (200);

  /* Pick B in the searchable popover; A itself is never offered. */
  picker = pd_units_view_open_merge_picker (fixture->view);
  g_assert_nonnull (picker);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  /* The menu's "Merge Into…" opens it too, once the menu has closed. */
  gtk_popover_popdown (picker);
  iterate (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "units.merge-into", NULL);
  g_assert_true (wait_visible (GTK_WIDGET (picker)));
  pd_units_view_picker_set_search_text (picker, "市直政法");
  matches = pd_units_view_picker_get_matches (picker);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 1);
  first = g_list_model_get_item (matches, 0);
  g_assert_true (first == into);
  g_assert_true (pd_units_view_picker_pick (picker, 0));
  iterate (200);

  g_assert_null (pd_store_find_unit_by_name (fixture->store, "市直政法部门"));
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 109);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, into, PD_ROLE_COOPERATE), ==, 8);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == into);
  assert_numbers (pd_units_view_get_role_list (fixture->view, PD_ROLE_COOPERATE),
                  merged, G_N_ELEMENTS (merged));
  g_assert_cmpuint (n_undo (fixture), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_true (pd_command_is_destructive (last_pushed (fixture)));

  /* One undo brings A and its project back. */
  undo (fixture);
  restored = pd_store_find_unit_by_name (fixture->store, "市直政法部门");
  g_assert_nonnull (restored);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 110);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, into, PD_ROLE_COOPERATE), ==, 7);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, restored, PD_ROLE_COOPERATE), ==, 1);
  g_assert_cmpuint (n_undo (fixture), ==, 0);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

static void
test_edit_delete (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(PdUnit) unit = g_object_ref (pd_store_find_unit_by_name (fixture->store, "市直政法部门"));
  AdwMessageDialog *dialog;
  PdUnit *restored;

  pd_units_view_select_unit (fixture->view, unit);
  iterate (200);

  /* The confirmation lists the projects the unit is on: number and title. */
  dialog = pd_units_view_confirm_delete (fixture->view);
  g_assert_nonnull (dialog);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "7 普法宣传教育项目"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel keeps it. */
  click_response (dialog, pd_test_tr ("_Cancel", "取消(_C)"));
  g_assert_null (find_message_dialog ());
  g_assert_true (pd_store_find_unit_by_name (fixture->store, "市直政法部门") == unit);
  g_assert_cmpuint (n_undo (fixture), ==, 0);
  g_assert_cmpuint (fixture->pushed->len, ==, 0);
  g_assert_true (pd_units_view_get_selected_unit (fixture->view) == unit);

  /* Confirm deletes it, in one undoable step the window offers to undo. */
  dialog = pd_units_view_confirm_delete (fixture->view);
  g_assert_nonnull (dialog);
  click_response (dialog, pd_test_tr ("_Delete", "删除(_D)"));
  g_assert_null (pd_store_find_unit_by_name (fixture->store, "市直政法部门"));
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 109);
  g_assert_null (pd_units_view_get_selected_unit (fixture->view));
  g_assert_true (shows (fixture, pd_test_tr ("Select a Unit", "选择单位")));
  g_assert_cmpuint (n_undo (fixture), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_true (pd_command_is_destructive (last_pushed (fixture)));

  undo (fixture);
  restored = pd_store_find_unit_by_name (fixture->store, "市直政法部门");
  g_assert_nonnull (restored);
  g_assert_cmpuint (pd_units_view_get_n_rows (fixture->view), ==, 110);
  g_assert_cmpuint (pd_units_view_get_load (fixture->view, restored, PD_ROLE_COOPERATE), ==, 1);

  /* A unit on many projects lists every one, in document order, in a
   * scrolled box under the body (the dialog fits the screen). The menu's
   * "Delete Unit…" opens the same dialog. */
  pd_units_view_select_unit (fixture->view, pd_store_find_unit_by_name (fixture->store, "市公安局"));
  iterate (100);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "units.delete", NULL);
  iterate (100);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *label = extra ? find_any_label (extra) : NULL;
    const char *list = label ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
    g_auto(GStrv) lines = list ? g_strsplit (list, "\n", -1) : NULL;

    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "24"));
    g_assert_nonnull (lines);
    g_assert_cmpuint (g_strv_length (lines), ==, 24);
    g_assert_cmpstr (lines[0], ==, "4 公开公正司法执法项目");
    g_assert_true (g_strv_contains ((const char * const *)lines, "22 社会稳定风险评估机制建设项目"));
    g_assert_true (g_str_has_prefix (lines[23], "56 "));
  }
  click_response (dialog, pd_test_tr ("_Cancel", "取消(_C)"));
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (n_undo (fixture), ==, 0);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

/* A read-only plan is shown with its editing controls disabled; without a
 * history there are none. */
static void
test_edit_read_only (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(PdHistory) history = pd_history_new (fixture->store);
  PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
  AdwEntryRow *row = pd_units_view_get_name_row (fixture->view);
  GtkWidget *menu_button = GTK_WIDGET (pd_units_view_get_unit_menu_button (fixture->view));

  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_false (gtk_widget_get_mapped (menu_button));
  g_assert_null (pd_units_view_confirm_delete (fixture->view));

  g_assert_true (pd_database_is_read_only (pd_store_get_database (fixture->store)));
  pd_units_view_set_history (fixture->view, history);
  g_assert_true (pd_units_view_get_store (fixture->view) == fixture->store);
  pd_units_view_select_unit (fixture->view, police);
  iterate (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (pd_units_view_get_kind_row (fixture->view))));
  g_assert_false (gtk_widget_is_sensitive (menu_button));
  g_assert_null (pd_units_view_confirm_delete (fixture->view));
  g_assert_null (pd_units_view_open_merge_picker (fixture->view));

  /* Entering a name anyway changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (row), "广州市公安局");
  g_signal_emit_by_name (row, "apply");
  iterate (50);
  g_assert_cmpstr (pd_unit_get_name (police), ==, "市公安局");
  g_assert_cmpuint (pd_history_get_n_undo (history), ==, 0);

  /* Dropping the history takes the controls away again. */
  pd_units_view_set_history (fixture->view, NULL);
  iterate (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row)));
}

/* A plan a hundred times the bundled one: every assignment is counted
 * once, and a change is counted again. (Speed is for the benchmarks.) */
static void
test_large_plan (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "large.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  GtkWindow *window;
  PdUnitsView *view;
  GListModel *units;
  guint64 total = 0;
  gint64 start;
  PdUnit *busiest = NULL;
  guint busiest_leads = 0;

  g_assert_true (pd_synthetic_generate (path, 100, 20130715u, &error));
  g_assert_no_error (error);
  store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  units = pd_store_get_units (store);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 780);
  view = PD_UNITS_VIEW (pd_units_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  start = g_get_monotonic_time ();
  pd_units_view_set_store (view, store);
  g_test_message ("set_store with %u units: %.1f ms", g_list_model_get_n_items (units),
                  (g_get_monotonic_time () - start) / 1000.0);
  gtk_window_present (window);
  iterate (300);

  g_assert_cmpuint (pd_units_view_get_n_rows (view), ==, g_list_model_get_n_items (units));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);

      for (guint r = 0; r < PD_N_ROLES; r++)
        total += pd_units_view_get_load (view, unit, r);
      if (pd_units_view_get_load (view, unit, PD_ROLE_LEAD) > busiest_leads)
        {
          busiest = unit;
          busiest_leads = pd_units_view_get_load (view, unit, PD_ROLE_LEAD);
        }
    }
  g_assert_cmpuint (total, ==, pd_store_get_n_assignments (store));

  start = g_get_monotonic_time ();
  pd_store_emit_changed (store);
  g_test_message ("recount on changed: %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  sort_by (view, "lead", GTK_SORT_ASCENDING);
  g_assert_cmpuint (pd_units_view_get_load (view, row_unit (view, 0), PD_ROLE_LEAD),
                    ==, busiest_leads);

  pd_units_view_select_unit (view, busiest);
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (pd_units_view_get_responsibilities (view)),
                    >=, busiest_leads);

  gtk_window_destroy (window);
  iterate (50);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/units-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("columns", test_columns);
  ADD ("counts", test_counts);
  ADD ("responsibility-list", test_responsibility_list);
  ADD ("scope", test_scope);
  ADD ("collective-and-successor", test_collective_and_successor);
  ADD ("project-activated", test_project_activated);
  ADD ("rename", test_rename);
  ADD ("live-counts", test_live_counts);
  ADD ("sort", test_sort);
  ADD ("search", test_search);
  ADD ("edit-read-only", test_edit_read_only);
#undef ADD
#define ADD_EDIT(path, func) \
  g_test_add ("/units-view/" path, Fixture, NULL, edit_fixture_set_up, func, fixture_tear_down)
  ADD_EDIT ("edit-rename", test_edit_rename);
  ADD_EDIT ("edit-kind", test_edit_kind);
  ADD_EDIT ("edit-members", test_edit_members);
  ADD_EDIT ("edit-merge", test_edit_merge);
  ADD_EDIT ("edit-delete", test_edit_delete);
#undef ADD_EDIT
  g_test_add_func ("/units-view/large-plan", test_large_plan);

  return g_test_run ();
}
