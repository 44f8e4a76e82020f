/* test-window-size.c — the window at its default size and larger, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb (a 1920×1080 screen) twice by the suite: in English, and
 * with LANGUAGE=zh_CN. Measures what people see: the width the list gives a
 * project's title beside the side pane, whether the pane sits beside the
 * list or folds over it, and that the ways around (Projects/Units, the side
 * pane) hold in every view.
 */
#define G_LOG_DOMAIN "test-window-size"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "pd-window.h"

#define PROJECT_1_TITLE "平安建设地方立法项目"

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The first mapped widget under @widget that @match accepts. */
static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *widget, gconstpointer data),
             gconstpointer data)
{
  if (gtk_widget_get_mapped (widget) && match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static AdwFlap *
get_flap (PdWindow *window)
{
  GtkWidget *flap = find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_FLAP));

  g_assert_nonnull (flap);
  return ADW_FLAP (flap);
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

static PdWindow *
open_window (PdStore *store,
             int      width,
             int      height)
{
  PdWindow *window = pd_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  iterate (300);
  /* The default size counts the window's frame (CSD) too. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, width - 20);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
  return window;
}

/* The width of one character of plan text (Chinese, as the list marks it)
 * in @label's font. */
static int
char_width (GtkWidget *label)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (label, "平安建设地方立法项目法治");
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  pango_attr_list_unref (attrs);
  g_object_unref (layout);
  return width / 12;
}

/* x of @widget's left edge in @window's coordinates. */
static double
window_x (GtkWidget *widget,
          PdWindow  *window)
{
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (window), 0, 0, &x, &y));
  return x;
}

/* With project 1 selected (the side pane open on it) at @width × @height,
 * the pane sits beside the list and the title reads in full, with at
 * least 12 characters' room; the status and light columns take only what
 * they show. */
static void
check_title_width (int width,
                   int height)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = open_window (store, width, height);
  AdwFlap *flap = get_flap (window);
  GtkWidget *title, *pane, *lead;
  int one, title_width;
  double pane_x;

  pd_window_select_project (window, pd_store_find_project_by_number (store, 1));
  iterate (600);

  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_folded (flap));
  pane = adw_flap_get_flap (flap);

  title = find_widget (GTK_WIDGET (window), is_label, PROJECT_1_TITLE);
  g_assert_nonnull (title);
  one = char_width (title);
  title_width = gtk_widget_get_width (title);
  g_test_message ("%d×%d: title %d px (a character %d px), pane %d px", width, height, title_width, one,
                  gtk_widget_get_width (pane));

  /* The title is not cut, and has room for 12 characters. */
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
  g_assert_cmpint (title_width, >=, 12 * one);
  /* All of it beside the pane, not under it. */
  pane_x = window_x (pane, window);
  g_assert_cmpfloat (window_x (title, window) + title_width, <=, pane_x);
  /* The pane takes its own width, not half the window. */
  g_assert_cmpint (gtk_widget_get_width (pane), <=, MAX (420, width * 3 / 10));

  /* Its lead unit, 市人大常委会法制工委: in full when there is room, else at least 4 characters. */
  lead = find_widget (GTK_WIDGET (window), is_label, "市人大常委会法制工委");
  g_assert_nonnull (lead);
  g_test_message ("lead units %d px", gtk_widget_get_width (lead));
  if (width >= 1366)
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (lead))));
  else
    g_assert_cmpint (gtk_widget_get_width (lead), >=, 4 * one);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_title_width_1100 (void)
{
  check_title_width (1100, 720);
}

static void
test_title_width_1366 (void)
{
  check_title_width (1366, 768);
}

static void
test_title_width_1920 (void)
{
  check_title_width (1920, 1080);
}

/* Too narrow for both: the pane folds over the list, which keeps the whole
 * width; opened, it covers the list instead of squeezing it. */
static void
test_narrow_folds (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = open_window (store, 760, 600);
  AdwFlap *flap = get_flap (window);
  GtkWidget *title;

  pd_window_select_project (window, pd_store_find_project_by_number (store, 1));
  iterate (600);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  /* Once the fold and reveal animations are over (slow on a busy machine). */
  for (guint i = 0; i < 30 && gtk_widget_get_width (adw_flap_get_content (flap)) != gtk_widget_get_width (GTK_WIDGET (flap)); i++)
    iterate (100);
  g_assert_cmpint (gtk_widget_get_width (adw_flap_get_content (flap)), ==, gtk_widget_get_width (GTK_WIDGET (flap)));

  adw_flap_set_reveal_flap (flap, FALSE);
  iterate (600);
  title = find_widget (GTK_WIDGET (window), is_label, PROJECT_1_TITLE);
  g_assert_nonnull (title);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));
  g_assert_cmpint (gtk_widget_get_width (title), >=, 12 * char_width (title));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Projects → Units → Projects leaves the side pane as it was. */
static void
test_pane_stays_open (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = open_window (store, 1366, 768);
  AdwFlap *flap = get_flap (window);

  pd_window_select_project (window, pd_store_find_project_by_number (store, 5));
  iterate (400);
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* The units view takes the room while it shows… */
  g_action_group_activate_action (G_ACTION_GROUP (window), "list-mode", g_variant_new_string ("units"));
  iterate (400);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* …and the pane is back with the projects. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "list-mode", g_variant_new_string ("projects"));
  iterate (400);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (pd_window_get_selected_project (window) == pd_store_find_project_by_number (store, 5));

  /* Closed, it stays closed the same way. */
  adw_flap_set_reveal_flap (flap, FALSE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "list-mode", g_variant_new_string ("units"));
  iterate (400);
  g_action_group_activate_action (G_ACTION_GROUP (window), "list-mode", g_variant_new_string ("projects"));
  iterate (400);
  g_assert_false (adw_flap_get_reveal_flap (flap));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Projects/Units switch shows in the matrix and the timeline too, and
 * takes to the list in that mode. */
static void
test_mode_switch_everywhere (void)
{
  static const char * const views[] = { "matrix", "timeline" };
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = open_window (store, 1100, 720);
  const char *units = pd_test_tr ("Units", "单位");
  const char *projects = pd_test_tr ("Projects", "项目");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *button;
      AdwViewStack *stack;

      g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string (views[i]));
      iterate (400);
      stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK)));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, views[i]);

      /* Neither is pressed: the view shown is not the list. */
      button = find_widget (GTK_WIDGET (window), is_toggle, units);
      g_assert_nonnull (button);
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
      g_assert_nonnull (find_widget (GTK_WIDGET (window), is_toggle, projects));

      /* Units from here: the list, in the units mode. */
      gtk_widget_activate (button);
      iterate (400);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "list");
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
      g_assert_nonnull (find_widget (GTK_WIDGET (window), is_of_type,
                                     GSIZE_TO_POINTER (g_type_from_name ("PdUnitsView"))));
    }

  /* Selecting a project from elsewhere (Checks, the units view) does not
   * move away from the view shown. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("matrix"));
  iterate (300);
  pd_window_select_project (window, pd_store_find_project_by_number (store, 7));
  iterate (300);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), is_of_type,
                                                                                       GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK)))),
                   ==, "matrix");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first frame builds only what it shows: the side pane is closed until
 * there is a project to edit, the main menu and the shortcuts window are
 * made when first asked for, and the other views when first shown. */
static void
test_first_frame_only (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = open_window (store, 1100, 720);
  AdwFlap *flap = get_flap (window);
  GtkWidget *menu_button = find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  GtkShortcutsWindow *overlay;
  GLogLevelFlags fatal;

  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_null (find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (g_type_from_name ("PdMatrixView"))));
  g_assert_nonnull (menu_button);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* The main menu when opened: its items, Open Recent among them. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  iterate (300);
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)))));
  g_assert_true (find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))), is_label,
                              pd_test_tr ("Open Recent", "最近打开(R)")) != NULL);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  /* The shortcuts window (Ctrl+?), made once. Presenting it, GTK 4.8 warns
   * that one of the shortcuts window's own labels measures -3 px: not ours,
   * so warnings are not fatal while it shows. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate (300);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (overlay));
  iterate (100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate (100);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_log_set_always_fatal (fatal);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The application's style sheet, as AdwApplication loads it. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/window-size/title-width-1100", test_title_width_1100);
  g_test_add_func ("/window-size/title-width-1366", test_title_width_1366);
  g_test_add_func ("/window-size/title-width-1920", test_title_width_1920);
  g_test_add_func ("/window-size/narrow-folds", test_narrow_folds);
  g_test_add_func ("/window-size/pane-stays-open", test_pane_stays_open);
  g_test_add_func ("/window-size/mode-switch-everywhere", test_mode_switch_everywhere);
  g_test_add_func ("/window-size/first-frame-only", test_first_frame_only);

  return g_test_run ();
}
