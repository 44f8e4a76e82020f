/* test-window.c — the first window, driven in-process under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by the suite: in English, and with LANGUAGE=zh_CN against the
 * build tree's translations.
 */
#define G_LOG_DOMAIN "test-window"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-application.h"
#include "pd-cli.h"
#include "pd-test-util.h"
#include "pd-window.h"
#include "store/pd-date.h"
#include "store/pd-log-entry.h"
#include "store/pd-tracking.h"
#include "views/history/pd-history-view.h"
#include "views/editor/pd-plan-properties.h"

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Iterates the main loop until @widget is mapped, or a generous while: a
 * slow run (the sanitizers) takes longer than a transition does. */
static gboolean
wait_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return gtk_widget_get_mapped (widget);
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static PdStore *
open_bundled (void)
{
  return pd_test_open_bundled ();
}

static void
test_programmes_expand (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = pd_window_new (NULL, store);
  PdPlanList *list = pd_window_get_plan_list (window);
  GtkTreeListModel *model = pd_plan_list_get_model (list);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GObject) item = NULL;
  g_autoptr(GListModel) columns = NULL;
  static const char * const titles_en[] = { "No.", "Project", "Lead units", "Cooperating units", "Status", "Light" };
  static const char * const titles_zh[] = { "序号", "项目", "牵头单位", "配合单位", "状态", "亮灯" };
  const char * const *titles = pd_test_in_chinese () ? titles_zh : titles_en;

  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "创建平安广州推进方案(2013—2022年)");

  /* Twelve programme rows, collapsed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(GtkTreeListRow) r = gtk_tree_list_model_get_row (model, i);
      g_autoptr(GObject) p = gtk_tree_list_row_get_item (r);

      g_assert_true (PD_IS_PROGRAMME (p));
      g_assert_true (gtk_tree_list_row_is_expandable (r));
      g_assert_false (gtk_tree_list_row_get_expanded (r));
    }
  g_assert_true (find_label (GTK_WIDGET (window), "法治广州建设工程"));
  g_assert_true (find_label (GTK_WIDGET (window), "平安文化建设工程"));

  /* The columns are labelled in the UI language. */
  columns = g_object_ref (gtk_column_view_get_columns (pd_plan_list_get_column_view (list)));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, titles[i]);
    }

  /* Expanding 五、公共安全防控工程 shows its eleven projects, 26 to 36, with their units. */
  row = gtk_tree_list_model_get_row (model, 4);
  gtk_tree_list_row_set_expanded (row, TRUE);
  iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 12 + 11);
  for (guint i = 0; i < 11; i++)
    {
      g_autoptr(GtkTreeListRow) r = gtk_tree_list_model_get_row (model, 5 + i);
      g_autoptr(GObject) p = gtk_tree_list_row_get_item (r);

      g_assert_true (PD_IS_PROJECT (p));
      g_assert_cmpint (pd_project_get_number (PD_PROJECT (p)), ==, 26 + (int)i);
      g_assert_cmpuint (gtk_tree_list_row_get_depth (r), ==, 1);
    }
  item = gtk_tree_list_row_get_item (row);
  g_assert_cmpstr (pd_programme_get_title (PD_PROGRAMME (item)), ==, "公共安全防控工程");
  g_assert_true (find_label (GTK_WIDGET (window), "反恐怖工作建设项目"));
  g_assert_true (find_label (GTK_WIDGET (window), "市食安办、市食品药品监管局"));
  g_assert_true (find_label (GTK_WIDGET (window), "市环保局"));

  /* The lights as they stood on 2026-12-07: every project planned and four
   * years past its due date, red; the tooltip says why. */
  g_assert_true (pd_tracking_set_today ("2026-12-07", NULL));
  iterate (100);
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_tr ("Red", "红")));
  g_assert_false (find_label (GTK_WIDGET (window), pd_test_tr ("Grey", "灰")));
  {
    g_autofree char *reason = pd_plan_list_dup_light_reason (list, pd_store_find_project_by_number (store, 26));

    g_assert_cmpstr (reason, ==, pd_test_tr ("Overdue by 4 years and not started (planned)", "已超期 4 年，尚未开始（计划中）"));
  }
  g_assert_true (pd_tracking_set_today ("2016-06-30", NULL));
  iterate (100);
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_tr ("Grey", "灰")));
  g_assert_false (find_label (GTK_WIDGET (window), pd_test_tr ("Red", "红")));
  {
    g_autofree char *reason = pd_plan_list_dup_light_reason (list, pd_store_find_project_by_number (store, 26));

    g_assert_cmpstr (reason, ==, pd_test_tr ("Not started (planned)", "尚未开始（计划中）"));
  }
  g_assert_true (pd_tracking_set_today (NULL, NULL));

  /* Collapsing hides them again. */
  gtk_tree_list_row_set_expanded (row, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 12);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_error_page (void)
{
  PdWindow *window = pd_window_new (NULL, NULL);

  pd_window_show_error (window, "/tmp/broken.plandesk", "The plan file is damaged");
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_in_chinese () ? "无法打开方案" : "The Plan Cannot Be Opened"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
activate_and_quit_cb (GApplication *app,
                      gpointer      user_data)
{
  guint n_accelerators;
  const PdAccelerator *accelerators = pd_application_get_accelerators (&n_accelerators);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  int *checked = user_data;
  int width, height;

  g_assert_true (PD_IS_WINDOW (window));

  /* The window opened at the size stored in the settings. */
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  /* Every accelerator names an action that exists. */
  for (guint i = 0; i < n_accelerators; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      gboolean found = FALSE;

      /* "win.view::list" names the action "win.view" with a target. */
      g_assert_true (g_action_parse_detailed_name (accelerators[i].action, &name, &target, NULL));

      if (g_str_has_prefix (name, "app."))
        found = g_action_map_lookup_action (G_ACTION_MAP (app), name + 4) != NULL;
      else if (g_str_has_prefix (name, "win."))
        found = g_action_map_lookup_action (G_ACTION_MAP (window), name + 4) != NULL;
      else
        {
          for (GType type = G_OBJECT_TYPE (window); type != G_TYPE_OBJECT && !found; type = g_type_parent (type))
            {
              gpointer klass = g_type_class_peek (type);

              for (guint j = 0; !found && klass != NULL && GTK_IS_WIDGET_CLASS (klass); j++)
                {
                  const char *action_name, *property_name;
                  const GVariantType *parameter_type;
                  GType owner;

                  /* GTK 4.8 writes every out argument: none may be NULL. */
                  if (!gtk_widget_class_query_action (klass, j, &owner, &action_name, &parameter_type, &property_name))
                    break;
                  found = g_str_equal (action_name, name);
                }
            }
        }
      if (!found)
        g_error ("accelerator for %s names no action", name);

      {
        g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), accelerators[i].action);

        g_assert_cmpstrv (accels, accelerators[i].accels);
      }
    }

  /* Closing saves the new size. */
  gtk_window_set_default_size (window, 1000, 700);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  *checked = TRUE;
}

static void
test_application (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(PdApplication) app = pd_application_new (bundled);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  char *argv[] = { (char *)"plandesk", NULL };
  int checked = FALSE;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_and_quit_cb), &checked);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (checked);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
}

/* Search and filters of the list (PdPlanList, PdPlanFilter) */

#include "pd-synthetic.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"

static GtkWidget *
find_label_widget (GtkWidget  *widget,
                   const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_widget (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @label shows text in bold from byte @start to @end. */
static gboolean
label_has_bold (GtkWidget *label,
                guint      start,
                guint      end)
{
  PangoAttrList *attrs = gtk_label_get_attributes (GTK_LABEL (label));
  g_autoptr(GSList) list = NULL;
  gboolean found = FALSE;

  if (attrs == NULL)
    return FALSE;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT && attr->start_index == start && attr->end_index == end &&
          ((PangoAttrInt *)attr)->value == PANGO_WEIGHT_BOLD)
        found = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify)pango_attribute_destroy);
  return found;
}

static gboolean
project_mentions (PdProject  *project,
                  const char *text)
{
  GListModel *assignments = pd_project_get_assignments (project);

  if (strstr (pd_project_get_title (project), text) != NULL)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (strstr (pd_unit_get_name (pd_assignment_get_unit (assignment)), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The rows as the tree shows them: "五" for a programme, "26" for a project. */
static char *
describe_rows (GtkTreeListModel *model)
{
  GString *rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (rows->len > 0)
        g_string_append_c (rows, ' ');
      if (PD_IS_PROGRAMME (item))
        g_string_append (rows, pd_programme_get_numeral (PD_PROGRAMME (item)));
      else
        g_string_append_printf (rows, "%d", pd_project_get_number (PD_PROJECT (item)));
    }
  return g_string_free (rows, FALSE);
}

/* The column view shows the tree's rows, one for one (while not sorted). */
static void
assert_view_shows_tree (PdPlanList *list)
{
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (pd_plan_list_get_column_view (list)));
  GListModel *tree = G_LIST_MODEL (pd_plan_list_get_model (list));

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (tree));
  for (guint i = 0; i < g_list_model_get_n_items (tree); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (shown, i);
      g_autoptr(GObject) b = g_list_model_get_item (tree, i);

      g_assert_true (a == b);
    }
}

static void
test_search (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = pd_window_new (NULL, store);
  PdPlanList *list = pd_window_get_plan_list (window);
  GtkTreeListModel *model = pd_plan_list_get_model (list);
  GtkEditable *entry = pd_plan_list_get_search_entry (list);
  GtkColumnView *column_view = pd_plan_list_get_column_view (list);
  GListModel *programmes = pd_store_get_programmes (store);
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  PdProject *p25 = pd_store_find_project_by_number (store, 25);
  g_autoptr(GtkColumnViewColumn) status_column = NULL;
  g_autoptr(GtkColumnViewColumn) number_column = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *rows = NULL;
  GtkWidget *label;
  guint n_columns;

  gtk_window_present (GTK_WINDOW (window));
  iterate (300);

  /* The Status column comes before the last (the traffic light), titled in
   * the UI language. */
  n_columns = g_list_model_get_n_items (gtk_column_view_get_columns (column_view));
  status_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), n_columns - 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (status_column), ==, pd_test_in_chinese () ? "状态" : "Status");

  /* The search bar starts hidden; typing 公安 into its entry shows each
   * matching project under its programme, every programme expanded. */
  g_assert_false (pd_plan_list_get_search_mode (list));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (entry)));
  pd_plan_list_set_search_mode (list, TRUE);
  g_assert_true (wait_mapped (GTK_WIDGET (entry)));
  gtk_editable_set_text (entry, "公");
  iterate (100);
  gtk_editable_set_text (entry, "公安");
  iterate (500);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      gboolean shown = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);

          if (!project_mentions (project, "公安"))
            continue;
          if (!shown)
            g_string_append_printf (expected, "%s%s", expected->len ? " " : "", pd_programme_get_numeral (programme));
          shown = TRUE;
          g_string_append_printf (expected, " %d", pd_project_get_number (project));
        }
    }
  rows = describe_rows (model);
  g_assert_cmpstr (rows, ==, expected->str);
  assert_view_shows_tree (list);
  g_assert_cmpstr (rows, ==, "一 4 5 6 三 18 四 22 24 25 五 26 28 29 32 34 35 六 39 40 41 "
                             "八 47 九 50 51 52 53 十 54 55 56 十一 63");

  /* The match is highlighted in bold, and the status is written out. */
  label = find_label_widget (GTK_WIDGET (window), "市公安局");
  g_assert_nonnull (label);
  g_assert_true (label_has_bold (label, 3, 9));
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_in_chinese () ? "计划中" : "Planned"));
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", 25), 25);

    g_assert_true (find_label (GTK_WIDGET (window), count));
    if (!pd_test_in_chinese ())
      g_assert_cmpstr (count, ==, "25 projects");
  }

  /* Rows follow edits of what they show. */
  pd_project_set_status (p25, PD_STATUS_ACTIVE);
  pd_project_set_title (p25, "群体性事件处置机制建设项目（修订）");
  iterate (200);
  g_assert_true (find_label (GTK_WIDGET (window), "群体性事件处置机制建设项目（修订）"));
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_in_chinese () ? "进行中" : "Active"));

  /* Closing the search bar shows every programme again, collapsed as before. */
  pd_plan_list_set_search_mode (list, FALSE);
  iterate (300);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 12);
  assert_view_shows_tree (list);

  /* Everything 市公安局 leads, under 四, 五, 六 and 九; the bar opens to show
   * the filters. */
  pd_plan_list_set_filter (list, police, PD_ROLE_LEAD, NULL, -1);
  iterate (300);
  g_assert_true (pd_plan_list_get_search_mode (list));
  g_clear_pointer (&rows, g_free);
  rows = describe_rows (model);
  g_assert_cmpstr (rows, ==, "四 25 五 26 28 29 35 六 41 九 50 51");
  assert_view_shows_tree (list);
  label = find_label_widget (GTK_WIDGET (window), "市交委、市公安局");
  g_assert_nonnull (label);
  g_assert_true (label_has_bold (label, strlen ("市交委、"), strlen ("市交委、市公安局")));

  /* A rename reaches the rows and the search. */
  pd_unit_set_name (police, "市警察局");
  pd_project_emit_units_changed (p25);
  pd_store_emit_changed (store);
  iterate (200);
  g_assert_nonnull (find_label_widget (GTK_WIDGET (window), "市警察局"));
  g_assert_nonnull (find_label_widget (GTK_WIDGET (pd_plan_list_get_search_bar (list)), "市警察局"));

  /* Selecting a project shows it even when the search hid it. */
  pd_plan_list_set_search_text (list, "反恐怖");
  iterate (100);
  g_assert_null (pd_plan_list_get_selected_project (list));
  g_assert_true (pd_plan_list_select_project (list, pd_store_find_project_by_number (store, 26)));
  g_assert_true (pd_plan_list_get_selected_project (list) == pd_store_find_project_by_number (store, 26));
  g_assert_true (pd_plan_list_select_project (list, pd_store_find_project_by_number (store, 60)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (pd_plan_list_get_selected_project (list) == pd_store_find_project_by_number (store, 60));

  /* Sorting by number, descending: programmes by their place, backwards. */
  number_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);
  pd_plan_list_set_filter (list, NULL, -1, NULL, -1);
  pd_plan_list_set_search_mode (list, FALSE);
  gtk_column_view_sort_by_column (column_view, number_column, GTK_SORT_DESCENDING);
  iterate (200);
  {
    GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
    g_autoptr(GtkTreeListRow) first = g_list_model_get_item (shown, 0);
    g_autoptr(GObject) item = gtk_tree_list_row_get_item (first);

    g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 12);
    g_assert_true (PD_IS_PROGRAMME (item));
    g_assert_cmpstr (pd_programme_get_numeral (PD_PROGRAMME (item)), ==, "十二");

    /* Selection follows the rows as sorted. */
    g_assert_true (pd_plan_list_select_project (list, pd_store_find_project_by_number (store, 30)));
    g_assert_true (pd_plan_list_get_selected_project (list) == pd_store_find_project_by_number (store, 30));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pushes @command (taken) on @history. */
static void
push_command (PdHistory *history,
              PdCommand *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (owned);
  g_assert_true (pd_history_push (history, owned, &error));
  g_assert_no_error (error);
}

/* Edits made through commands reach the search, the rows and the filters. */
static void
test_search_edits (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;
  PdWindow *window;
  PdPlanList *list;
  PdUnit *police;
  g_autofree char *rows = NULL;

  g_assert_no_error (error);
  history = pd_history_new (store);
  police = pd_store_find_unit_by_name (store, "市公安局");
  window = pd_window_new (NULL, store);
  list = pd_window_get_plan_list (window);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  /* Renaming the unit takes its projects out of a search for its old name. */
  pd_plan_list_set_search_text (list, "市公安局");
  iterate (50);
  g_assert_cmpuint (pd_plan_filter_count_projects (pd_plan_list_get_filter (list)), ==, 24);
  push_command (history, pd_command_rename_unit (store, police, "市警察局", NULL));
  iterate (50);
  g_assert_cmpuint (pd_plan_filter_count_projects (pd_plan_list_get_filter (list)), ==, 0);
  g_assert_true (find_label (GTK_WIDGET (window), pd_test_in_chinese () ? "没有匹配的项目" : "No Matching Projects"));
  g_assert_true (pd_history_undo (history, &error));
  g_assert_no_error (error);
  iterate (50);
  g_assert_cmpuint (pd_plan_filter_count_projects (pd_plan_list_get_filter (list)), ==, 24);
  assert_view_shows_tree (list);

  /* A new title that matches brings its project in. */
  push_command (history, pd_command_set_project_title (pd_store_find_project_by_number (store, 1),
                                                       "市公安局法治建设项目", NULL));
  iterate (50);
  g_assert_cmpuint (pd_plan_filter_count_projects (pd_plan_list_get_filter (list)), ==, 25);
  rows = describe_rows (pd_plan_list_get_model (list));
  g_assert_true (g_str_has_prefix (rows, "一 1 4 5 6 "));
  assert_view_shows_tree (list);

  /* Deleting the unit filtered on drops that filter. */
  pd_plan_list_set_search_text (list, "");
  pd_plan_list_set_filter (list, police, PD_ROLE_LEAD, NULL, -1);
  iterate (50);
  g_assert_cmpuint (pd_plan_filter_count_projects (pd_plan_list_get_filter (list)), ==, 8);
  push_command (history, pd_command_delete_unit (police));
  iterate (50);
  g_assert_null (pd_plan_filter_get_unit (pd_plan_list_get_filter (list)));
  assert_view_shows_tree (list);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* The history page: each change with the day and time it was made, as the
 * UI language writes them, and who made it; a new change comes on top. */
static void
test_history (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PdLogEntry) newest = NULL;
  g_autofree char *today = NULL;
  GtkWidget *window, *view;

  g_assert_no_error (error);
  g_assert_true (pd_database_exec (pd_store_get_database (store),
                                   "INSERT INTO change_log (changed_at, user_name, description) "
                                   "VALUES ('2026-11-26 23:00:12', '张三', '修改项目 29 的日期')",
                                   &error));
  g_assert_no_error (error);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  view = pd_history_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  pd_history_view_set_store (PD_HISTORY_VIEW (view), store);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  g_assert_true (find_label (view, "修改项目 29 的日期"));
  g_assert_true (find_label (view, pd_test_in_chinese () ? "2026年11月26日 23:00 · 张三" : "2026-11-26 23:00 · 张三"));

  history = pd_history_new (store);
  push_command (history, pd_command_set_project_title (pd_store_find_project_by_number (store, 1),
                                                       "平安建设地方立法项目(修订)", NULL));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (pd_history_view_get_model (PD_HISTORY_VIEW (view))), ==, 2);
  newest = g_list_model_get_item (pd_history_view_get_model (PD_HISTORY_VIEW (view)), 0);
  g_assert_true (find_label (view, pd_log_entry_get_description (newest)));
  today = g_date_time_format (now, pd_test_in_chinese () ? "%Y年%-m月%-d日 " : "%Y-%m-%d ");
  {
    g_autofree char *shown = pd_date_format_time (pd_log_entry_get_changed_at (newest));

    g_assert_true (g_str_has_prefix (shown, today));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* Plan Properties: the period's days as the UI language writes them, read
 * back in any of the forms people type; a bad one is named, kept and not
 * applied. */
static void
test_plan_properties (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;
  PdPlanProperties *properties;
  GtkEditable *start, *end;
  GtkWidget *error_label;

  g_assert_no_error (error);
  history = pd_history_new (store);
  properties = pd_plan_properties_new (history);
  start = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (properties), PD_TYPE_PLAN_PROPERTIES, "start_row"));
  end = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (properties), PD_TYPE_PLAN_PROPERTIES, "end_row"));
  error_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (properties), PD_TYPE_PLAN_PROPERTIES,
                                                           "error_label"));
  gtk_window_present (GTK_WINDOW (properties));
  iterate (200);

  g_assert_cmpstr (gtk_editable_get_text (start), ==, pd_test_in_chinese () ? "2013年1月1日" : "2013-01-01");
  g_assert_cmpstr (gtk_editable_get_text (end), ==, pd_test_in_chinese () ? "2022年12月31日" : "2022-12-31");
  g_assert_true (find_label (GTK_WIDGET (properties), pd_test_in_chinese () ? "日期按“2013年3月31日”的格式填写。"
                                                                    : "Write dates like 2013-03-31."));

  gtk_editable_set_text (end, "2022年13月1日");
  g_assert_false (pd_plan_properties_apply (properties));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   pd_test_in_chinese () ? "日期无效：请按“2013年3月31日”、“2013/3/31”或“20130331”的格式填写" : "Not a date: write dates like 2013-03-31, 2013/3/31 or 20130331");
  g_assert_cmpstr (gtk_editable_get_text (end), ==, "2022年13月1日");
  g_assert_cmpuint (pd_history_get_n_undo (history), ==, 0);

  gtk_editable_set_text (start, "2013/1/1");
  gtk_editable_set_text (end, "2023年12月31日");
  g_assert_true (pd_plan_properties_apply (properties));
  g_assert_false (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (pd_store_get_period_start (store), ==, "2013-01-01");
  g_assert_cmpstr (pd_store_get_period_end (store), ==, "2023-12-31");
  g_assert_cmpuint (pd_history_get_n_undo (history), ==, 1);

  gtk_window_destroy (GTK_WINDOW (properties));
  iterate (50);
  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* At ten times the bundled plan, the rows shown keep in step with the tree
 * through searches that change many programmes at once and a few. */
static void
test_search_synthetic (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "scale10.plandesk", NULL);
  static const char * const texts[] = {
    "项", "项目", "社", "社区", "社区矫正", "", "市第00", "市第0012局", "市第001", "第", "", "各第", "",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  PdWindow *window;
  PdPlanList *list;

  g_assert_true (pd_synthetic_generate (path, 10, 7, &error));
  g_assert_no_error (error);
  store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  window = pd_window_new (NULL, store);
  list = pd_window_get_plan_list (window);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);

  /* A programme expanded before the search is expanded again after it. */
  {
    g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (pd_plan_list_get_model (list), 3);

    gtk_tree_list_row_set_expanded (row, TRUE);
  }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      pd_plan_list_set_search_text (list, texts[i]);
      iterate (50);
      assert_view_shows_tree (list);
    }

  {
    g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (pd_plan_list_get_model (list), 3);
    g_autoptr(GtkTreeListRow) next = gtk_tree_list_model_get_row (pd_plan_list_get_model (list), 4);
    g_autoptr(GObject) item = gtk_tree_list_row_get_item (next);

    g_assert_true (gtk_tree_list_row_get_expanded (row));
    g_assert_true (PD_IS_PROJECT (item));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pd_plan_list_get_model (list))), ==,
                      10 * PD_SYNTHETIC_PROGRAMMES + g_list_model_get_n_items (
                        pd_programme_get_projects (pd_project_get_programme (PD_PROJECT (item)))));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* One window per plan: a plan opened again brings its window forward. */
static void
test_one_window_per_plan (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *copy = pd_test_copy_to_tmp (bundled, dir, "copy.plandesk");
  g_autoptr(PdApplication) app = pd_application_new (NULL);
  g_autoptr(GError) error = NULL;
  PdWindow *first, *second, *again;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  first = pd_application_open_plan (app, copy);
  second = pd_application_open_plan (app, bundled);
  iterate (200);
  again = pd_application_open_plan (app, copy);
  g_assert_true (first == again);
  g_assert_true (first != second);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  g_assert_false (pd_database_is_read_only (pd_store_get_database (pd_window_get_store (first))));
  g_assert_true (pd_database_is_read_only (pd_store_get_database (pd_window_get_store (second))));

  /* A file that is not a plan gets a window that says why. */
  {
    g_autofree char *text = g_build_filename (dir, "notes.plandesk", NULL);
    PdWindow *refused;

    g_assert_true (g_file_set_contents (text, "notes", -1, NULL));
    refused = pd_application_open_plan (app, text);
    g_assert_null (pd_window_get_store (refused));
    iterate (100);
    g_assert_true (find_label (GTK_WIDGET (refused), pd_test_in_chinese () ? "无法打开方案" : "The Plan Cannot Be Opened"));
    gtk_window_destroy (GTK_WINDOW (refused));
  }

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  iterate (100);
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/programmes-expand", test_programmes_expand);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/application", test_application);
  g_test_add_func ("/window/one-window-per-plan", test_one_window_per_plan);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/search-edits", test_search_edits);
  g_test_add_func ("/window/search-synthetic", test_search_synthetic);
  g_test_add_func ("/window/history", test_history);
  g_test_add_func ("/window/plan-properties", test_plan_properties);

  return g_test_run ();
}
