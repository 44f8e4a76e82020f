/* test-matrix-view.c — the responsibility matrix, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by the suite under Xvfb: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. Each test edits a read-write copy
 * of the bundled plan through the matrix as the pointer and the keyboard
 * would (pd-matrix-view-private.h), and checks both what the matrix shows
 * and what the store holds; undo goes through the history as the window's
 * would.
 *
 * With PD_SCREENSHOT_DIR set, /matrix-view/screenshots writes
 * matrix-<language>.png (and, in English, matrix-load-en.png and
 * matrix-dark-en.png) there; otherwise it is skipped.
 */
#define G_LOG_DOMAIN "test-matrix-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/matrix/pd-matrix-view.h"
#include "views/matrix/pd-matrix-view-private.h"

typedef struct
{
  char         *dir;
  char         *path;
  PdStore      *store;
  PdHistory    *history;
  GtkWindow    *window;
  GtkWidget    *scroller;
  PdMatrixView *view;
  GPtrArray    *pushed;     /* commands the view reported */
  GPtrArray    *errors;     /* messages the view reported */
  GPtrArray    *selected;   /* projects the view reported */
} Fixture;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
command_pushed_cb (PdMatrixView *view,
                   PdCommand    *command,
                   Fixture      *fixture)
{
  g_assert_true (PD_IS_COMMAND (command));
  g_ptr_array_add (fixture->pushed, g_object_ref (command));
}

static void
error_cb (PdMatrixView *view,
          const char   *message,
          Fixture      *fixture)
{
  g_ptr_array_add (fixture->errors, g_strdup (message));
}

static void
project_selected_cb (PdMatrixView *view,
                     PdProject    *project,
                     Fixture      *fixture)
{
  g_ptr_array_add (fixture->selected, g_object_ref (project));
}

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
  fixture->pushed = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->errors = g_ptr_array_new_with_free_func (g_free);
  fixture->selected = g_ptr_array_new_with_free_func (g_object_unref);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 760);
  fixture->scroller = gtk_scrolled_window_new ();
  fixture->view = PD_MATRIX_VIEW (pd_matrix_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fixture->scroller), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, fixture->scroller);
  g_signal_connect (fixture->view, "command-pushed", G_CALLBACK (command_pushed_cb), fixture);
  g_signal_connect (fixture->view, "error", G_CALLBACK (error_cb), fixture);
  g_signal_connect (fixture->view, "project-selected", G_CALLBACK (project_selected_cb), fixture);
  pd_matrix_view_set_history (fixture->view, fixture->history);
  gtk_window_present (fixture->window);
  iterate (250);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (g_getenv ("PD_TEST_PAUSE") != NULL)
    iterate (4000);
  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  iterate (50);
  gtk_window_destroy (fixture->window);
  iterate (50);
  g_clear_pointer (&fixture->pushed, g_ptr_array_unref);
  g_clear_pointer (&fixture->errors, g_ptr_array_unref);
  g_clear_pointer (&fixture->selected, g_ptr_array_unref);
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The row of @unit_name and the column of project @number (or the
 * reverse, transposed); fails the test when either is not shown. */
static void
find_cell (Fixture    *fixture,
           const char *unit_name,
           int         number,
           guint      *row,
           guint      *column)
{
  PdUnit *unit = pd_store_find_unit_by_name (fixture->store, unit_name);
  PdProject *project = pd_store_find_project_by_number (fixture->store, number);
  int r, c;

  g_assert_nonnull (unit);
  g_assert_nonnull (project);
  r = pd_matrix_view_find_row (fixture->view, G_OBJECT (unit));
  c = pd_matrix_view_find_column (fixture->view, G_OBJECT (project));
  if (r < 0 && c < 0)
    {
      r = pd_matrix_view_find_row (fixture->view, G_OBJECT (project));
      c = pd_matrix_view_find_column (fixture->view, G_OBJECT (unit));
    }
  g_assert_cmpint (r, >=, 0);
  g_assert_cmpint (c, >=, 0);
  *row = r;
  *column = c;
}

/* The unit's role on the project, as the store holds it. */
static int
stored_role (Fixture    *fixture,
             const char *unit_name,
             int         number)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, number);
  GListModel *assignments = pd_project_get_assignments (project);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (g_strcmp0 (pd_unit_get_name (pd_assignment_get_unit (assignment)), unit_name) == 0)
        return pd_assignment_get_role (assignment);
    }
  return PD_MATRIX_NO_ROLE;
}

static int
shown_role (Fixture    *fixture,
            const char *unit_name,
            int         number)
{
  guint row, column;

  find_cell (fixture, unit_name, number, &row, &column);
  return pd_matrix_view_get_cell_role (fixture->view, row, column, NULL);
}

static void
undo_all (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  while (pd_history_get_can_undo (fixture->history))
    {
      pd_history_undo (fixture->history, &error);
      g_assert_no_error (error);
    }
}

/* The focused cell's accessible name is @expected. */
static void
assert_focus_name (Fixture    *fixture,
                   const char *expected)
{
  GtkAccessible *focus = GTK_ACCESSIBLE (pd_matrix_view_get_focus_widget (fixture->view));
  g_autofree char *message = gtk_test_accessible_check_property (focus, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  if (message != NULL)
    g_error ("focused cell: %s (expected “%s”)", message, expected);
}

/* "unit — number title — role" of the cell as the store has it. */
static char *
expected_name (Fixture    *fixture,
               const char *unit_name,
               int         number)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, number);
  int role = stored_role (fixture, unit_name, number);

  return g_strdup_printf ("%s — %d %s — %s", unit_name, number, pd_project_get_title (project),
                          role < 0 ? pd_test_tr ("None", "无") : pd_role_get_label (role));
}

/* Tests */

static void
test_shows_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  guint row, column;
  gboolean scoped = FALSE;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_GRID);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (pd_matrix_view_get_focus_widget (view))),
                   ==, GTK_ACCESSIBLE_ROLE_GRID_CELL);
  g_assert_cmpstr (gtk_widget_get_css_name (GTK_WIDGET (view)), ==, "matrix");

  /* Every unit a row, every project a column, in document order. */
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 110);
  g_assert_cmpuint (pd_matrix_view_get_n_columns (view), ==, 68);
  for (guint i = 0; i < 68; i++)
    g_assert_cmpint (pd_project_get_number (PD_PROJECT (pd_matrix_view_get_column_item (view, i))), ==, i + 1);

  /* Project 29: 市公安局 leads, 各区(县级市) cooperates. */
  g_assert_cmpint (shown_role (fixture, "市公安局", 29), ==, PD_ROLE_LEAD);
  g_assert_cmpint (shown_role (fixture, "各区(县级市)", 29), ==, PD_ROLE_COOPERATE);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);

  /* Project 32's two leads each carry a scope. */
  find_cell (fixture, "市食安办", 32, &row, &column);
  g_assert_cmpint (pd_matrix_view_get_cell_role (view, row, column, &scoped), ==, PD_ROLE_LEAD);
  g_assert_true (scoped);

  /* Row totals are the unit's projects by role. */
  {
    PdUnit *police = pd_store_find_unit_by_name (fixture->store, "市公安局");
    int r = pd_matrix_view_find_row (view, G_OBJECT (police));
    guint total = 0;

    for (guint c = 0; c < 68; c++)
      total += pd_matrix_view_get_cell_role (view, r, c, NULL) == PD_ROLE_LEAD;
    g_assert_cmpuint (pd_matrix_view_get_row_total (view, r, PD_ROLE_LEAD), ==, total);
    g_assert_cmpuint (total, >, 5);
  }

  /* The focused cell names unit — project — role, in the UI language. */
  find_cell (fixture, "市公安局", 29, &row, &column);
  pd_matrix_view_set_focus_cell (view, row, column);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  iterate (50);
  g_assert_true (gtk_widget_has_focus (pd_matrix_view_get_focus_widget (view)));
  assert_focus_name (fixture, pd_test_tr ("市公安局 — 29 治安技防系统建设项目 — Lead", "市公安局 — 29 治安技防系统建设项目 — 牵头"));

  /* Hovering tells the same and the scope. */
  {
    graphene_rect_t area;
    g_autofree char *tooltip = NULL;

    find_cell (fixture, "市食品药品监管局", 32, &row, &column);
    pd_matrix_view_set_focus_cell (view, row, column);
    iterate (50);
    g_assert_true (pd_matrix_view_get_cell_area (view, row, column, &area));
    tooltip = pd_matrix_view_dup_tooltip_at (view, area.origin.x + 3, area.origin.y + 3);
    g_assert_nonnull (strstr (tooltip, "市食品药品监管局"));
    g_assert_nonnull (strstr (tooltip, "32 "));
    g_assert_nonnull (strstr (tooltip, "药品安全监管"));
    g_assert_nonnull (strstr (tooltip, pd_test_tr ("Lead", "牵头")));
  }
}

static void
test_click_edit (Fixture       *fixture,
                 gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  GtkPopover *popover = pd_matrix_view_get_popover (view);
  graphene_rect_t area;
  guint row, column;

  /* A click on an empty cell opens the popover there. */
  find_cell (fixture, "市妇联", 29, &row, &column);
  pd_matrix_view_set_focus_cell (view, row, column);
  iterate (50);
  g_assert_true (pd_matrix_view_get_cell_area (view, row, column, &area));
  pd_matrix_view_click (view, area.origin.x + area.size.width / 2, area.origin.y + area.size.height / 2);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_check_button_get_active (pd_matrix_view_get_role_button (view, PD_MATRIX_NO_ROLE)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (pd_matrix_view_get_scope_entry (view))));
  /* …and selects its project for the list. */
  g_assert_cmpuint (fixture->selected->len, >=, 1);
  g_assert_cmpint (pd_project_get_number (g_ptr_array_index (fixture->selected, fixture->selected->len - 1)), ==, 29);

  /* Choosing "Lead" adds the assignment, at once, as one command. */
  gtk_check_button_set_active (pd_matrix_view_get_role_button (view, PD_ROLE_LEAD), TRUE);
  iterate (50);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_LEAD);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_ROLE_LEAD);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (pd_matrix_view_get_scope_entry (view))));

  /* "Responsible" changes the role; a scope is set from the entry. */
  gtk_check_button_set_active (pd_matrix_view_get_role_button (view, PD_ROLE_RESPONSIBLE), TRUE);
  iterate (50);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_RESPONSIBLE);
  gtk_editable_set_text (pd_matrix_view_get_scope_entry (view), "家庭安防宣传");
  g_signal_emit_by_name (pd_matrix_view_get_scope_entry (view), "activate");
  iterate (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (fixture->pushed->len, ==, 3);
  find_cell (fixture, "市妇联", 29, &row, &column);
  {
    gboolean scoped = FALSE;

    g_assert_cmpint (pd_matrix_view_get_cell_role (view, row, column, &scoped), ==, PD_ROLE_RESPONSIBLE);
    g_assert_true (scoped);
  }

  /* "None" removes it. */
  pd_matrix_view_click (view, area.origin.x + area.size.width / 2, area.origin.y + area.size.height / 2);
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_check_button_get_active (pd_matrix_view_get_role_button (view, PD_ROLE_RESPONSIBLE)));
  gtk_check_button_set_active (pd_matrix_view_get_role_button (view, PD_MATRIX_NO_ROLE), TRUE);
  iterate (50);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  gtk_popover_popdown (popover);
  iterate (50);

  /* Each was one undoable step, taken back in order. */
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 4);
  pd_history_undo (fixture->history, NULL);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_ROLE_RESPONSIBLE);
  undo_all (fixture);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  g_assert_cmpuint (fixture->errors->len, ==, 0);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  guint row, column, r, c;

  find_cell (fixture, "市妇联", 29, &row, &column);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  pd_matrix_view_set_focus_cell (view, row, column);

  /* Space cycles none → cooperate → lead → none. */
  g_assert_true (pd_matrix_view_press_key (view, GDK_KEY_space, 0));
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_COOPERATE);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_ROLE_COOPERATE);
  assert_focus_name (fixture, pd_test_tr ("市妇联 — 29 治安技防系统建设项目 — Cooperating", "市妇联 — 29 治安技防系统建设项目 — 配合"));
  g_assert_true (pd_matrix_view_press_key (view, GDK_KEY_space, 0));
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_LEAD);
  g_assert_true (pd_matrix_view_press_key (view, GDK_KEY_space, 0));
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  g_assert_cmpuint (fixture->pushed->len, ==, 3);

  /* Enter opens the popover on the focused cell. */
  g_assert_true (pd_matrix_view_press_key (view, GDK_KEY_Return, 0));
  iterate (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pd_matrix_view_get_popover (view))));
  gtk_check_button_set_active (pd_matrix_view_get_role_button (view, PD_ROLE_COOPERATE), TRUE);
  gtk_popover_popdown (pd_matrix_view_get_popover (view));
  iterate (100);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_COOPERATE);

  /* Arrows, Home/End, Page Up/Down and Ctrl+Home/End move the focus, and
   * the name follows. */
  pd_matrix_view_set_focus_cell (view, row, column);
  pd_matrix_view_press_key (view, GDK_KEY_Right, 0);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (r, ==, row);
  g_assert_cmpuint (c, ==, column + 1);
  {
    g_autofree char *expected = expected_name (fixture, "市妇联", 30);

    assert_focus_name (fixture, expected);
  }
  pd_matrix_view_press_key (view, GDK_KEY_Down, 0);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (r, ==, row + 1);
  pd_matrix_view_press_key (view, GDK_KEY_Home, 0);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (c, ==, 0);
  pd_matrix_view_press_key (view, GDK_KEY_End, 0);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (c, ==, 67);
  pd_matrix_view_press_key (view, GDK_KEY_Home, GDK_CONTROL_MASK);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (r, ==, 0);
  g_assert_cmpuint (c, ==, 0);
  pd_matrix_view_press_key (view, GDK_KEY_Page_Down, 0);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (r, >, 5);
  pd_matrix_view_press_key (view, GDK_KEY_End, GDK_CONTROL_MASK);
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpuint (r, ==, pd_matrix_view_get_n_rows (view) - 1);
  g_assert_cmpuint (c, ==, 67);
  iterate (100);
  /* The focus cell was scrolled into view. */
  {
    graphene_rect_t area;
    int width = gtk_widget_get_width (GTK_WIDGET (view)), height = gtk_widget_get_height (GTK_WIDGET (view));

    g_assert_true (pd_matrix_view_get_cell_area (view, r, c, &area));
    g_assert_cmpfloat (area.origin.x, >=, 0);
    g_assert_cmpfloat (area.origin.x + area.size.width, <=, width);
    g_assert_cmpfloat (area.origin.y, >=, 0);
    g_assert_cmpfloat (area.origin.y + area.size.height, <=, height);
  }

  /* Type-ahead in the row headers jumps to a unit. */
  pd_matrix_view_type_ahead (view, "市公安");
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpstr (pd_unit_get_name (PD_UNIT (pd_matrix_view_get_row_item (view, r))), ==, "市公安局");

  /* Undone, the plan is as it was. */
  undo_all (fixture);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
}

static guint
row_load (PdMatrixView *view,
          guint         row)
{
  return pd_matrix_view_get_row_total (view, row, PD_ROLE_LEAD) +
         pd_matrix_view_get_row_total (view, row, PD_ROLE_COOPERATE) +
         pd_matrix_view_get_row_total (view, row, PD_ROLE_RESPONSIBLE);
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  GtkWidget *widget = GTK_WIDGET (view);
  guint n = pd_matrix_view_get_n_rows (view);
  g_autoptr(GVariant) state = NULL;

  /* Document order: the units as project 1 names them first. */
  {
    PdProject *first = pd_store_find_project_by_number (fixture->store, 1);
    g_autoptr(PdAssignment) assignment = g_list_model_get_item (pd_project_get_assignments (first), 0);

    g_assert_true (PD_UNIT (pd_matrix_view_get_row_item (view, 0)) == pd_assignment_get_unit (assignment));
  }

  /* By load: the heaviest first. */
  gtk_widget_activate_action (widget, "matrix.sort", "s", "load");
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, n);
  for (guint r = 1; r < n; r++)
    g_assert_cmpuint (row_load (view, r - 1), >=, row_load (view, r));
  g_assert_cmpuint (row_load (view, 0), >, 20);
  g_assert_cmpuint (row_load (view, n - 1), ==, 0);

  /* The proxy action group knows the state, for a menu outside the view. */
  state = g_action_group_get_action_state (pd_matrix_view_get_action_group (view), "sort");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "load");

  /* A change of load re-sorts: the lightest unit, given many projects, climbs. */
  {
    PdUnit *unit = PD_UNIT (pd_matrix_view_get_row_item (view, n - 1));
    g_autoptr(GError) error = NULL;

    for (int number = 1; number <= 40; number++)
      {
        g_autoptr(PdCommand) command = pd_command_add_assignment (pd_store_find_project_by_number (fixture->store, number),
                                                                  unit, PD_ROLE_COOPERATE, NULL, &error);

        g_assert_no_error (error);
        g_assert_true (pd_history_push (fixture->history, command, &error));
      }
    {
      int r = pd_matrix_view_find_row (view, G_OBJECT (unit));

      g_assert_cmpuint (row_load (view, r), ==, 40);
      g_assert_cmpint (r, <, 10);
      for (guint i = 1; i < n; i++)
        g_assert_cmpuint (row_load (view, i - 1), >=, row_load (view, i));
    }
    undo_all (fixture);
    g_assert_true (PD_UNIT (pd_matrix_view_get_row_item (view, n - 1)) == unit);
  }

  /* By name and by kind. */
  gtk_widget_activate_action (widget, "matrix.sort", "s", "name");
  for (guint r = 1; r < n; r++)
    {
      g_autofree char *a = g_utf8_collate_key (pd_unit_get_name (PD_UNIT (pd_matrix_view_get_row_item (view, r - 1))), -1);
      g_autofree char *b = g_utf8_collate_key (pd_unit_get_name (PD_UNIT (pd_matrix_view_get_row_item (view, r))), -1);

      g_assert_cmpint (strcmp (a, b), <=, 0);
    }
  gtk_widget_activate_action (widget, "matrix.sort", "s", "kind");
  g_assert_cmpstr (pd_unit_get_kind (PD_UNIT (pd_matrix_view_get_row_item (view, 0))), ==, "party");
  g_assert_cmpstr (pd_unit_get_kind (PD_UNIT (pd_matrix_view_get_row_item (view, n - 1))), ==, "other");
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(PdProgramme) fifth = g_list_model_get_item (pd_store_get_programmes (fixture->store), 4);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pd_programme_get_id (fifth));

  /* One programme: 五、公共安全防控工程, projects 26 to 36. */
  gtk_widget_activate_action (widget, "matrix.programme", "s", id);
  g_assert_cmpuint (pd_matrix_view_get_n_columns (view), ==, 11);
  g_assert_cmpint (pd_project_get_number (PD_PROJECT (pd_matrix_view_get_column_item (view, 0))), ==, 26);
  g_assert_cmpint (shown_role (fixture, "市公安局", 29), ==, PD_ROLE_LEAD);

  /* Hiding units without projects there. */
  gtk_widget_activate_action (widget, "matrix.hide-empty", NULL);
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), <, 110);
  for (guint r = 0; r < pd_matrix_view_get_n_rows (view); r++)
    g_assert_cmpuint (row_load (view, r), >, 0);

  /* One kind of unit. */
  gtk_widget_activate_action (widget, "matrix.programme", "s", "");
  gtk_widget_activate_action (widget, "matrix.hide-empty", NULL);
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 110);
  gtk_widget_activate_action (widget, "matrix.unit-kind", "s", "district");
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 15);
  for (guint r = 0; r < 15; r++)
    g_assert_cmpstr (pd_unit_get_kind (PD_UNIT (pd_matrix_view_get_row_item (view, r))), ==, "district");
  g_assert_cmpuint (pd_matrix_view_get_n_columns (view), ==, 68);

  /* The menu offers the programmes and kinds. */
  {
    GMenuModel *menu = pd_matrix_view_get_menu_model (view);

    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  }
}

static void
test_transpose (Fixture       *fixture,
                gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  guint row, column;

  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.transpose", NULL);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view), "transposed"));
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 68);
  g_assert_cmpuint (pd_matrix_view_get_n_columns (view), ==, 110);
  g_assert_true (PD_IS_PROJECT (pd_matrix_view_get_row_item (view, 0)));
  g_assert_true (PD_IS_UNIT (pd_matrix_view_get_column_item (view, 0)));
  g_assert_cmpint (shown_role (fixture, "市公安局", 29), ==, PD_ROLE_LEAD);
  g_assert_cmpint (shown_role (fixture, "各区(县级市)", 29), ==, PD_ROLE_COOPERATE);

  /* Editing works the same way round; the name keeps unit — project — role. */
  find_cell (fixture, "市妇联", 29, &row, &column);
  g_assert_true (PD_IS_PROJECT (pd_matrix_view_get_row_item (view, row)));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  pd_matrix_view_set_focus_cell (view, row, column);
  pd_matrix_view_press_key (view, GDK_KEY_space, 0);
  g_assert_cmpint (stored_role (fixture, "市妇联", 29), ==, PD_ROLE_COOPERATE);
  assert_focus_name (fixture, pd_test_tr ("市妇联 — 29 治安技防系统建设项目 — Cooperating", "市妇联 — 29 治安技防系统建设项目 — 配合"));

  /* Type-ahead finds a project by its number. */
  pd_matrix_view_type_ahead (view, "32");
  {
    guint r, c;

    pd_matrix_view_get_focus_cell (view, &r, &c);
    g_assert_cmpint (pd_project_get_number (PD_PROJECT (pd_matrix_view_get_row_item (view, r))), ==, 32);
  }

  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.transpose", NULL);
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 110);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_ROLE_COOPERATE);
  undo_all (fixture);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  PdProject *project = pd_store_find_project_by_number (fixture->store, 45);
  graphene_rect_t area;
  guint r, c;
  int column;

  /* From the list: the matrix follows, and does not echo. */
  pd_matrix_view_select_project (view, project);
  g_assert_true (pd_matrix_view_get_selected_project (view) == project);
  column = pd_matrix_view_find_column (view, G_OBJECT (project));
  pd_matrix_view_get_focus_cell (view, &r, &c);
  g_assert_cmpint (c, ==, column);
  g_assert_cmpuint (fixture->selected->len, ==, 0);
  iterate (100);
  g_assert_true (pd_matrix_view_get_cell_area (view, r, c, &area));
  g_assert_cmpfloat (area.origin.x + area.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));

  /* From the matrix: a click on a column's head selects its project. */
  column = pd_matrix_view_find_column (view, G_OBJECT (pd_store_find_project_by_number (fixture->store, 44)));
  g_assert_true (pd_matrix_view_get_column_header_area (view, column, &area));
  pd_matrix_view_click (view, area.origin.x + area.size.width / 2, area.origin.y + area.size.height / 2);
  g_assert_cmpuint (fixture->selected->len, ==, 1);
  g_assert_cmpint (pd_project_get_number (g_ptr_array_index (fixture->selected, 0)), ==, 44);
  g_assert_cmpint (pd_project_get_number (pd_matrix_view_get_selected_project (view)), ==, 44);

  /* The keyboard moves the selection with the focus column. */
  pd_matrix_view_press_key (view, GDK_KEY_Left, 0);
  g_assert_cmpuint (fixture->selected->len, ==, 2);
  g_assert_cmpint (pd_project_get_number (g_ptr_array_index (fixture->selected, 1)), ==, 43);
  pd_matrix_view_press_key (view, GDK_KEY_Down, 0);
  g_assert_cmpuint (fixture->selected->len, ==, 2);
}

static void
test_members (Fixture       *fixture,
              gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  PdUnit *districts = pd_store_find_unit_by_name (fixture->store, "各区(县级市)");
  int parent_row;
  guint member_row, column, n_members = 0;
  graphene_rect_t area;

  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 110);
  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.show-members", NULL);
  g_assert_cmpuint (pd_matrix_view_get_n_rows (view), ==, 110 + 12 + 7);

  /* The twelve districts follow 各区(县级市), derived from it. */
  parent_row = pd_matrix_view_find_row (view, G_OBJECT (districts));
  g_assert_cmpint (parent_row, >=, 0);
  for (guint r = parent_row + 1; pd_matrix_view_get_row_collective (view, r) == districts; r++)
    n_members++;
  g_assert_cmpuint (n_members, ==, 12);
  member_row = parent_row + 1;
  column = pd_matrix_view_find_column (view, G_OBJECT (pd_store_find_project_by_number (fixture->store, 29)));
  g_assert_cmpint (pd_matrix_view_get_cell_role (view, member_row, column, NULL), ==, PD_ROLE_COOPERATE);
  g_assert_cmpuint (pd_matrix_view_get_row_total (view, member_row, PD_ROLE_COOPERATE), ==,
                    pd_matrix_view_get_row_total (view, parent_row, PD_ROLE_COOPERATE));

  /* Neither Space, Enter nor a click edits a derived row: a message says why. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  pd_matrix_view_set_focus_cell (view, member_row, column);
  pd_matrix_view_press_key (view, GDK_KEY_space, 0);
  pd_matrix_view_press_key (view, GDK_KEY_Return, 0);
  iterate (50);
  g_assert_true (pd_matrix_view_get_cell_area (view, member_row, column, &area));
  pd_matrix_view_click (view, area.origin.x + 4, area.origin.y + 4);
  iterate (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pd_matrix_view_get_popover (view))));
  g_assert_cmpuint (fixture->pushed->len, ==, 0);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
  g_assert_cmpuint (fixture->errors->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->errors, 0), "各区(县级市)"));
  g_assert_cmpint (pd_matrix_view_get_cell_role (view, member_row, column, NULL), ==, PD_ROLE_COOPERATE);

  /* Editing the collective's row changes its members' rows. */
  pd_matrix_view_set_focus_cell (view, parent_row, column);
  pd_matrix_view_press_key (view, GDK_KEY_space, 0);
  parent_row = pd_matrix_view_find_row (view, G_OBJECT (districts));
  g_assert_cmpint (pd_matrix_view_get_cell_role (view, parent_row, column, NULL), ==, PD_ROLE_LEAD);
  g_assert_cmpint (pd_matrix_view_get_cell_role (view, parent_row + 1, column, NULL), ==, PD_ROLE_LEAD);
  undo_all (fixture);
}

/* The list and the matrix show the same plan: an edit made elsewhere (as
 * the list's editor makes them) shows in the matrix at once. */
static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  PdProject *project = pd_store_find_project_by_number (fixture->store, 29);
  PdUnit *unit = pd_store_find_unit_by_name (fixture->store, "市妇联");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = pd_command_add_assignment (project, unit, PD_ROLE_RESPONSIBLE, "宣传", &error);
  gboolean scoped = FALSE;
  guint row, column;

  g_assert_no_error (error);
  g_assert_true (pd_history_push (fixture->history, command, &error));
  find_cell (fixture, "市妇联", 29, &row, &column);
  g_assert_cmpint (pd_matrix_view_get_cell_role (fixture->view, row, column, &scoped), ==, PD_ROLE_RESPONSIBLE);
  g_assert_true (scoped);
  undo_all (fixture);
  g_assert_cmpint (shown_role (fixture, "市妇联", 29), ==, PD_MATRIX_NO_ROLE);

  /* And the matrix's edits reach the project the list shows. */
  pd_matrix_view_set_focus_cell (fixture->view, row, column);
  pd_matrix_view_press_key (fixture->view, GDK_KEY_space, 0);
  {
    g_autofree char *names = pd_project_dup_unit_names (project, PD_ROLE_COOPERATE, 0, NULL);

    g_assert_nonnull (strstr (names, "市妇联"));
  }
  undo_all (fixture);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  PdMatrixView *view = fixture->view;
  double zoom = pd_matrix_view_get_zoom (view);
  graphene_rect_t before, after;

  g_assert_true (pd_matrix_view_get_cell_area (view, 0, 0, &before));
  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.zoom-in", NULL);
  g_assert_cmpfloat (pd_matrix_view_get_zoom (view), >, zoom);
  g_assert_true (pd_matrix_view_get_cell_area (view, 0, 0, &after));
  g_assert_cmpfloat (after.size.width, >, before.size.width);
  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (view), "matrix.zoom-out", NULL);
  g_assert_cmpfloat (pd_matrix_view_get_zoom (view), <, zoom);
  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.zoom-reset", NULL);
  g_assert_cmpfloat (pd_matrix_view_get_zoom (view), ==, zoom);
  iterate (50);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "matrix.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "matrix.svg", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "matrix.jpg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gsize length;

  g_assert_true (pd_matrix_view_export_image (fixture->view, png, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  /* The whole matrix, larger than the window shows. */
  g_assert_cmpint (gdk_texture_get_width (texture), >, gtk_widget_get_width (GTK_WIDGET (fixture->view)));
  g_assert_cmpint (gdk_texture_get_height (texture), >, 110 * 20);

  g_assert_true (pd_matrix_view_export_image (fixture->view, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_cmpuint (length, >, 10000);

  g_assert_false (pd_matrix_view_export_image (fixture->view, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

static void
collect_error_cb (PdMatrixView *view,
                  const char   *message,
                  GPtrArray    *errors)
{
  g_ptr_array_add (errors, g_strdup (message));
}

static void
test_read_only (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdHistory) history = pd_history_new (store);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *scroller = gtk_scrolled_window_new ();
  PdMatrixView *view = PD_MATRIX_VIEW (pd_matrix_view_new ());
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
  gtk_window_set_child (window, scroller);
  g_signal_connect (view, "error", G_CALLBACK (collect_error_cb), errors);
  pd_matrix_view_set_history (view, history);
  gtk_window_present (window);
  iterate (150);

  /* The popover's choices are off, and a Space is refused with a reason. */
  pd_matrix_view_set_focus_cell (view, 0, 0);
  pd_matrix_view_press_key (view, GDK_KEY_Return, 0);
  iterate (50);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (pd_matrix_view_get_role_button (view, PD_ROLE_LEAD))));
  gtk_popover_popdown (pd_matrix_view_get_popover (view));
  pd_matrix_view_press_key (view, GDK_KEY_space, 0);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_cmpuint (pd_history_get_n_undo (history), ==, 0);

  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  iterate (50);
  gtk_window_destroy (window);
  iterate (50);
}

/* Screenshots */

static void
save_png (GtkWidget  *widget,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GdkRGBA background;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "window_bg_color", &background))
    gdk_rgba_parse (&background, "#fafafa");
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("PD_SCREENSHOT_DIR");
  const char *language = pd_test_in_chinese () ? "zh_CN" : "en";
  GtkWidget *box, *header, *title, *menu;
  PdMatrixView *view = fixture->view;
  g_autofree char *path = NULL;
  guint row, column;

  if (dir == NULL)
    {
      g_test_skip ("PD_SCREENSHOT_DIR is not set");
      return;
    }

  /* Dressed as in the window: a header bar with the view's menu. */
  g_object_ref (fixture->scroller);
  gtk_window_set_child (fixture->window, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = adw_window_title_new (pd_store_get_title (fixture->store), pd_test_tr ("Matrix", "矩阵"));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  menu = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), pd_matrix_view_get_menu_model (view));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (fixture->scroller, TRUE);
  gtk_box_append (GTK_BOX (box), fixture->scroller);
  g_object_unref (fixture->scroller);
  gtk_window_set_child (fixture->window, box);
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_widget_set_size_request (box, 1280, 800);
  iterate (300);

  /* The police bureau's row, project 29 selected and focused. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  pd_matrix_view_select_project (view, pd_store_find_project_by_number (fixture->store, 29));
  find_cell (fixture, "市公安局", 29, &row, &column);
  pd_matrix_view_set_focus_cell (view, row, column);
  iterate (200);
  path = g_strdup_printf ("%s/matrix-%s.png", dir, language);
  save_png (box, path);

  if (!pd_test_in_chinese ())
    {
      g_free (path);
      gtk_widget_activate_action (GTK_WIDGET (view), "matrix.sort", "s", "load");
      pd_matrix_view_set_focus_cell (view, 0, 0);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (fixture->scroller)), 0);
      gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (fixture->scroller)), 0);
      iterate (200);
      path = g_strdup_printf ("%s/matrix-load-en.png", dir);
      save_png (box, path);

      g_free (path);
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      gtk_widget_activate_action (GTK_WIDGET (view), "matrix.sort", "s", "document");
      find_cell (fixture, "市公安局", 29, &row, &column);
      pd_matrix_view_set_focus_cell (view, row, column);
      iterate (300);
      path = g_strdup_printf ("%s/matrix-dark-en.png", dir);
      save_png (box, path);
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

      g_free (path);
      gtk_widget_activate_action (GTK_WIDGET (view), "matrix.transpose", NULL);
      iterate (200);
      path = g_strdup_printf ("%s/matrix-transposed-en.png", dir);
      save_png (box, path);
      gtk_widget_activate_action (GTK_WIDGET (view), "matrix.transpose", NULL);
    }
}

/* `test-matrix-view --host PLAN UNIT NUMBER`: shows the matrix of PLAN with
 * the focus on UNIT's cell of project NUMBER until killed, for
 * a11y-matrix.py to read through the accessibility tree. */
static int
run_host (const char *path,
          const char *unit_name,
          int         number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;
  GtkWindow *window;
  GtkWidget *scroller;
  PdMatrixView *view;
  PdUnit *unit;
  PdProject *project;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  history = pd_history_new (store);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (window, pd_store_get_title (store));
  gtk_window_set_default_size (window, 1200, 760);
  scroller = gtk_scrolled_window_new ();
  view = PD_MATRIX_VIEW (pd_matrix_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
  gtk_window_set_child (window, scroller);
  pd_matrix_view_set_history (view, history);
  gtk_window_present (window);
  iterate (200);

  unit = pd_store_find_unit_by_name (store, unit_name);
  project = pd_store_find_project_by_number (store, number);
  if (unit == NULL || project == NULL)
    return 1;
  pd_matrix_view_set_focus_cell (view, pd_matrix_view_find_row (view, G_OBJECT (unit)),
                                 pd_matrix_view_find_column (view, G_OBJECT (project)));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  pd_init_i18n ();
  if (argc == 5 && g_str_equal (argv[1], "--host"))
    {
      g_autofree char *name = g_path_get_basename (argv[0]);

      g_set_prgname (name);
      gtk_init ();
      adw_init ();
      return run_host (argv[2], argv[3], (int)g_ascii_strtoll (argv[4], NULL, 10));
    }
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  /* As the application loads it. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/matrix-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-plan", test_shows_plan);
  ADD ("click-edit", test_click_edit);
  ADD ("keyboard", test_keyboard);
  ADD ("sort", test_sort);
  ADD ("filter", test_filter);
  ADD ("transpose", test_transpose);
  ADD ("selection", test_selection);
  ADD ("members", test_members);
  ADD ("follows-store", test_follows_store);
  ADD ("zoom", test_zoom);
  ADD ("export", test_export);
  ADD ("screenshots", test_screenshots);
  g_test_add_func ("/matrix-view/read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
