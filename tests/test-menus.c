/* test-menus.c — menus and buttons as the keyboard and screen readers meet them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run in English and with LANGUAGE=zh_CN: no menu has two items with the
 * same access key (缩小(_O) and 原始大小(_O) side by side), buttons with a
 * mnemonic are named once and without the underscore, a control labelled
 * by its row has no second name of its own, and Open Recent lists plans by
 * their titles.
 */
#define G_LOG_DOMAIN "test-menus"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-application-private.h"
#include "pd-cli.h"
#include "pd-test-util.h"
#include "pd-window.h"
#include "views/shared/pd-a11y.h"
#include "views/shared/pd-export-dialog.h"

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
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
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* Access keys */

/* The access key of @label (upper case), or 0: "_Print…" → P, "打印(_P)…" → P. */
static gunichar
access_key (const char *label)
{
  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    if (*p == '_')
      {
        if (p[1] == '_')
          p++;
        else if (p[1] != '\0')
          return g_unichar_toupper (g_utf8_get_char (p + 1));
      }
  return 0;
}

/* The labels of one level of @model (its sections are the same level) by
 * access key; submenus are checked as levels of their own. Clashes are
 * appended to @clashes as "where: A: first / second". */
static void
collect_level (GMenuModel *model,
               GHashTable *keys,
               const char *where,
               GString    *clashes,
               guint      *n_labels);

static void
check_level (GMenuModel *model,
             const char *where,
             GString    *clashes,
             guint      *n_labels)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  collect_level (model, keys, where, clashes, n_labels);
}

static void
collect_level (GMenuModel *model,
               GHashTable *keys,
               const char *where,
               GString    *clashes,
               guint      *n_labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      g_autofree char *label = NULL;
      gunichar key;

      if (section != NULL)
        collect_level (section, keys, where, clashes, n_labels);
      if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        continue;
      (*n_labels)++;
      if (submenu != NULL)
        {
          g_autofree char *inner = g_strdup_printf ("%s → %s", where, label);

          check_level (submenu, inner, clashes, n_labels);
        }
      key = access_key (label);
      if (key == 0)
        continue;
      if (g_hash_table_contains (keys, GUINT_TO_POINTER (key)))
        g_string_append_printf (clashes, "%s: %s / %s\n", where,
                                (char *)g_hash_table_lookup (keys, GUINT_TO_POINTER (key)), label);
      else
        g_hash_table_insert (keys, GUINT_TO_POINTER (key), g_strdup (label));
    }
}

static AdwViewStack *
find_view_stack (GtkWidget *window)
{
  g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

  collect_widgets (window, ADW_TYPE_VIEW_STACK, stacks);
  g_assert_cmpuint (stacks->len, ==, 1);
  return g_ptr_array_index (stacks, 0);
}

static void
test_access_keys (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = pd_window_new (NULL, store);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GString) clashes = g_string_new (NULL);
  guint n_menus = 0, n_labels = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  /* The matrix brings its options menu; a project its units' menus. */
  adw_view_stack_set_visible_child_name (find_view_stack (GTK_WIDGET (window)), "matrix");
  iterate (200);
  pd_window_select_project (window, pd_store_find_project_by_number (store, 29));
  iterate (200);

  collect_widgets (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);
      GMenuModel *model = gtk_menu_button_get_menu_model (button);
      const char *name = gtk_widget_get_tooltip_text (GTK_WIDGET (button));

      /* The main menu is built when it first opens. */
      if (model == NULL && gtk_menu_button_get_primary (button))
        {
          gtk_menu_button_popup (button);
          iterate (50);
          gtk_menu_button_popdown (button);
          model = gtk_menu_button_get_menu_model (button);
        }
      if (model == NULL)
        continue;
      n_menus++;
      check_level (model, name ? name : G_OBJECT_TYPE_NAME (button), clashes, &n_labels);
    }
  /* The main menu and the matrix options at least. */
  g_assert_cmpuint (n_menus, >=, 2);
  g_assert_cmpuint (n_labels, >=, 25);
  g_assert_cmpstr (clashes->str, ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* Accessible names */

/* Buttons with a mnemonic: named by their label child alone (GTK 4.8 would
 * add the text as written, "打印(_P)… 打印(P)…"); check buttons by the label
 * as shown. */
static void
test_mnemonic_names (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_mnemonic ("_Print…");
  GtkWidget *check = gtk_check_button_new_with_mnemonic ("_None");
  GtkWidget *plain = gtk_button_new_with_label ("Plain");
  char *mismatch;

  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), plain);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);

  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, "None");
  g_assert_null (mismatch);
  /* Without a mnemonic GTK names it once: left alone. */
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (plain), GTK_ACCESSIBLE_PROPERTY_LABEL, "Plain");
  g_assert_null (mismatch);

  /* A label changed later is mended too. */
  gtk_button_set_label (GTK_BUTTON (button), "_Export…");
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), "_Lead");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, "Lead");
  g_assert_null (mismatch);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* The export dialog's buttons (打印(_P)…, 导出(_E)…) and the editor's
 * progress, which its row labels (进度 进度 before). */
static void
test_window_names (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = pd_window_new (NULL, store);
  PdExportDialog *dialog;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  guint n_mnemonic = 0;

  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  pd_window_select_project (window, pd_store_find_project_by_number (store, 29));
  iterate (200);
  collect_widgets (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, >=, 1);
  for (guint i = 0; i < spins->len; i++)
    {
      GtkAccessible *spin = g_ptr_array_index (spins, i);

      if (!gtk_widget_get_mapped (GTK_WIDGET (spin)))
        continue;
      g_assert_false (gtk_test_accessible_has_property (spin, GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_test_accessible_has_relation (spin, GTK_ACCESSIBLE_RELATION_LABELLED_BY));
    }

  dialog = pd_export_dialog_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (200);
  collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (!gtk_button_get_use_underline (button) || gtk_button_get_label (button) == NULL ||
          !gtk_widget_get_mapped (GTK_WIDGET (button)))
        continue;
      n_mnemonic++;
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  /* Export and Print at least. */
  g_assert_cmpuint (n_mnemonic, >=, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A message dialog's responses, those of the layout not shown too. */
  {
    AdwMessageDialog *message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), "Delete?", NULL));
    guint n_responses = 0;

    adw_message_dialog_add_responses (message, "cancel", "_Cancel", "delete", "_Delete", NULL);
    gtk_window_present (GTK_WINDOW (message));
    iterate (200);
    g_ptr_array_set_size (buttons, 0);
    collect_widgets (GTK_WIDGET (message), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        GtkButton *button = g_ptr_array_index (buttons, i);

        if (gtk_button_get_label (button) == NULL || !gtk_button_get_use_underline (button))
          continue;
        n_responses++;
        g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
      }
    g_assert_cmpuint (n_responses, >=, 2);
    gtk_window_destroy (GTK_WINDOW (message));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* Open Recent */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
touch_plan (const char *dir,
            const char *name)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  return path;
}

/* Open Recent names plans by their titles; two of the same title add
 * their file names; one noted without a title keeps its file name. */
static void
test_recent_titles (void)
{
  g_autofree char *dir = g_dir_make_tmp ("plandesk-recent-XXXXXX", NULL);
  g_autofree char *a = touch_plan (dir, "plan.plandesk");
  g_autofree char *b = touch_plan (dir, "copy.plandesk");
  g_autofree char *c = touch_plan (dir, "other.plandesk");
  g_autofree char *d = touch_plan (dir, "untitled.plandesk");
  g_autofree char *gone = g_build_filename (dir, "gone.plandesk", NULL);
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  _pd_application_note_recent (a, "创建平安广州推进方案(2013—2022年)");
  _pd_application_note_recent (b, "创建平安广州推进方案(2013—2022年)");
  _pd_application_note_recent (c, "平安广州建设规划");
  _pd_application_note_recent (gone, "已删除的方案");
  _pd_application_note_recent (d, NULL);

  menu = _pd_application_dup_recent_menu (8);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      char *label = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_ptr_array_add (labels, label);
    }
  g_ptr_array_sort (labels, compare_strings);
  g_ptr_array_add (labels, NULL);
  joined = g_strjoinv ("|", (char **)labels->pdata);
  g_assert_cmpstr (joined, ==,
                   pd_test_tr ("untitled.plandesk|创建平安广州推进方案(2013—2022年) (copy.plandesk)|"
                               "创建平安广州推进方案(2013—2022年) (plan.plandesk)|平安广州建设规划",
                               "untitled.plandesk|创建平安广州推进方案(2013—2022年)（copy.plandesk）|"
                               "创建平安广州推进方案(2013—2022年)（plan.plandesk）|平安广州建设规划"));

  g_unlink (a);
  g_unlink (b);
  g_unlink (c);
  g_unlink (d);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("plandesk-menus-XXXXXX", NULL);

  /* Open Recent reads and writes $XDG_DATA_HOME/recently-used.xbel. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  pd_a11y_init ();

  g_test_add_func ("/menus/access-keys", test_access_keys);
  g_test_add_func ("/menus/mnemonic-names", test_mnemonic_names);
  g_test_add_func ("/menus/window-names", test_window_names);
  g_test_add_func ("/menus/recent-titles", test_recent_titles);
  return g_test_run ();
}
