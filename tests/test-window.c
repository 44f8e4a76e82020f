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

static gboolean
in_chinese (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "zh");
}

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
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
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return store;
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
  static const char * const titles_en[] = { "No.", "Project", "Lead units", "Cooperating units" };
  static const char * const titles_zh[] = { "序号", "项目", "牵头单位", "配合单位" };
  const char * const *titles = in_chinese () ? titles_zh : titles_en;

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
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 4);
  for (guint i = 0; i < 4; i++)
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
  g_assert_true (find_label (GTK_WIDGET (window), in_chinese () ? "无法打开方案" : "The Plan Cannot Be Opened"));
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
      const char *name = accelerators[i].action;
      gboolean found = FALSE;

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
        g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), name);

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

  return g_test_run ();
}
