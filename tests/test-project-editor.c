/* test-project-editor.c — the project editor and its unit picker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by the suite under Xvfb: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. Each test edits a read-write copy
 * of the bundled plan through the editor's widgets and actions, and checks
 * both what the editor shows and what the store holds; undo and redo go
 * through the history as the window's would. Set PD_TEST_PAUSE=1 to leave
 * each window on screen for a few seconds.
 */
#define G_LOG_DOMAIN "test-project-editor"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"
#include "views/editor/pd-project-editor.h"
#include "views/shared/pd-unit-picker.h"

typedef struct
{
  char            *dir;
  char            *path;
  PdStore         *store;
  PdHistory       *history;
  GtkWindow       *window;
  PdProjectEditor *editor;
  PdProject       *project;    /* 29 治安技防系统建设项目 */
  GPtrArray       *pushed;     /* commands the editor reported */
  GPtrArray       *errors;     /* messages the editor reported */
} Fixture;

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

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

static gpointer
child (Fixture    *fixture,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->editor),
                                                   PD_TYPE_PROJECT_EDITOR, name);

  g_assert_nonnull (object);
  return object;
}

static void
command_pushed_cb (PdProjectEditor *editor,
                   PdCommand       *command,
                   Fixture         *fixture)
{
  g_assert_true (PD_IS_COMMAND (command));
  g_ptr_array_add (fixture->pushed, g_object_ref (command));
}

static void
error_cb (PdProjectEditor *editor,
          const char      *message,
          Fixture         *fixture)
{
  g_ptr_array_add (fixture->errors, g_strdup (message));
}

static void
pause_if_asked (void)
{
  if (g_getenv ("PD_TEST_PAUSE") != NULL)
    iterate (4000);
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
  fixture->project = g_object_ref (pd_store_find_project_by_number (fixture->store, 29));
  fixture->pushed = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->errors = g_ptr_array_new_with_free_func (g_free);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 760);
  fixture->editor = PD_PROJECT_EDITOR (pd_project_editor_new ());
  g_signal_connect (fixture->editor, "command-pushed", G_CALLBACK (command_pushed_cb), fixture);
  g_signal_connect (fixture->editor, "error", G_CALLBACK (error_cb), fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->editor));
  pd_project_editor_set_history (fixture->editor, fixture->history);
  pd_project_editor_set_project (fixture->editor, fixture->project);
  gtk_window_present (fixture->window);
  iterate (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pause_if_asked ();
  /* Hidden before it goes: GTK 4.8 would otherwise still show a tooltip
   * pending under the pointer, for a window no longer there. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);
  iterate (50);
  gtk_window_destroy (fixture->window);
  iterate (50);
  g_clear_pointer (&fixture->pushed, g_ptr_array_unref);
  g_clear_pointer (&fixture->errors, g_ptr_array_unref);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The unit names of @role's list, as shown, joined with 、. */
static char *
dup_list_names (Fixture *fixture,
                PdRole   role)
{
  GtkListBox *list = pd_project_editor_get_unit_list (fixture->editor, role);
  GString *names = g_string_new (NULL);
  PdAssignment *assignment;

  for (guint i = 0; (assignment = pd_project_editor_get_row_assignment (fixture->editor, role, i)); i++)
    {
      PdUnit *unit = pd_assignment_get_unit (assignment);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));

      /* The row shows the name it holds. */
      g_assert_nonnull (find_label (row, pd_unit_get_name (unit)));
      if (i > 0)
        g_string_append (names, "、");
      g_string_append (names, pd_unit_get_name (unit));
    }
  return g_string_free (names, FALSE);
}

/* The list shows what the store holds for @role, and that is @expected. */
static void
assert_units (Fixture    *fixture,
              PdRole      role,
              const char *expected)
{
  g_autofree char *shown = dup_list_names (fixture, role);
  g_autofree char *stored = pd_project_dup_unit_names (fixture->project, role, 0, NULL);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpstr (stored, ==, expected);
}

static PdAssignment *
find_assignment (Fixture    *fixture,
                 const char *unit_name)
{
  GListModel *assignments = pd_project_get_assignments (fixture->project);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (g_strcmp0 (pd_unit_get_name (pd_assignment_get_unit (assignment)), unit_name) == 0)
        return assignment;
    }
  g_assert_not_reached ();
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  iterate (50);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  iterate (50);
}

static void
test_fields (Fixture       *fixture,
             gconstpointer  data)
{
  AdwComboRow *programme_row = child (fixture, "programme_row");
  AdwComboRow *status_row = child (fixture, "status_row");
  g_autoptr(PdProgramme) programme = NULL;

  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "title_row")), ==, "治安技防系统建设项目");
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "number_label")), ==, "29");
  /* Dates as the UI language writes them. */
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "start_row")), ==, pd_test_tr ("2013-01-01", "2013年1月1日"));
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "due_row")), ==, pd_test_tr ("2022-12-31", "2022年12月31日"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "progress_spin")), ==, 0);

  /* 五、公共安全防控工程, written with its numeral. */
  programme = g_list_model_get_item (pd_store_get_programmes (fixture->store),
                                     adw_combo_row_get_selected (programme_row));
  g_assert_true (programme == pd_project_get_programme (fixture->project));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "五、公共安全防控工程"));
  g_assert_cmpuint (adw_combo_row_get_selected (status_row), ==, PD_STATUS_PLANNED);
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), pd_test_tr ("Planned", "计划中")));

  /* The three groups, titled in the UI language. */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), pd_test_tr ("Lead units", "牵头单位")));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), pd_test_tr ("Cooperating units", "配合单位")));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), pd_test_tr ("Responsible units", "责任单位")));
  assert_units (fixture, PD_ROLE_LEAD, "市公安局");
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位、各区(县级市)");
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "");

  /* Nothing was pushed by showing the project. */
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
  g_assert_cmpuint (fixture->pushed->len, ==, 0);

  /* No project: the status page. */
  pd_project_editor_set_project (fixture->editor, NULL);
  iterate (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "empty");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), pd_test_tr ("No Project Selected", "未选择项目")));
  g_assert_null (pd_project_editor_get_row_assignment (fixture->editor, PD_ROLE_LEAD, 0));

  /* Project 32: scopes show under the unit names. */
  g_set_object (&fixture->project, pd_store_find_project_by_number (fixture->store, 32));
  pd_project_editor_set_project (fixture->editor, fixture->project);
  iterate (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "editor");
  assert_units (fixture, PD_ROLE_LEAD, "市食安办、市食品药品监管局");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "食品安全监管"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "药品安全监管"));
}

static void
test_picker_add (Fixture       *fixture,
                 gconstpointer  data)
{
  PdUnitPicker *picker;
  GListModel *matches;
  g_autoptr(PdUnit) first = NULL;

  picker = PD_UNIT_PICKER (pd_project_editor_open_unit_picker (fixture->editor, PD_ROLE_COOPERATE));
  g_assert_true (PD_IS_UNIT_PICKER (picker));
  g_assert_true (pd_unit_picker_get_project (picker) == fixture->project);
  g_assert_cmpint (pd_unit_picker_get_role (picker), ==, PD_ROLE_COOPERATE);
  iterate (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (picker)));
  g_assert_nonnull (find_label (GTK_WIDGET (picker), pd_test_tr ("Add Cooperating Unit", "添加配合单位")));

  /* Units already on the project are not offered. */
  pd_unit_picker_set_search_text (picker, "公安");
  matches = pd_unit_picker_get_matches (picker);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (matches, i);

      g_assert_cmpstr (pd_unit_get_name (unit), !=, "市公安局");
      g_assert_nonnull (strstr (pd_unit_get_name (unit), "公安"));
    }
  g_assert_cmpuint (g_list_model_get_n_items (matches), >, 0);

  /* 司法 matches two units, the closer match first. */
  pd_unit_picker_set_search_text (picker, "司法");
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  first = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (pd_unit_get_name (first), ==, "市司法局");
  g_assert_false (pd_unit_picker_get_can_create (picker));
  iterate (200);
  g_assert_nonnull (find_label (GTK_WIDGET (picker), "市司法局"));

  /* Enter picks the first match. */
  g_signal_emit_by_name (pd_unit_picker_get_search_entry (picker), "activate");
  iterate (200);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位、各区(县级市)、市司法局");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));

  undo (fixture);
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位、各区(县级市)");
  redo (fixture);
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位、各区(县级市)、市司法局");
  assert_units (fixture, PD_ROLE_LEAD, "市公安局");

  /* Picked once, it is no longer offered. */
  picker = PD_UNIT_PICKER (pd_project_editor_open_unit_picker (fixture->editor, PD_ROLE_LEAD));
  pd_unit_picker_set_search_text (picker, "司法");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_picker_get_matches (picker)), ==, 1);

  /* A click on a row picks it too. */
  g_assert_true (pd_unit_picker_pick (picker, 0));
  iterate (100);
  assert_units (fixture, PD_ROLE_LEAD, "市公安局、市人大常委会内务司法工委");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);
}

static void
test_picker_create (Fixture       *fixture,
                    gconstpointer  data)
{
  PdUnitPicker *picker =
    PD_UNIT_PICKER (pd_project_editor_open_unit_picker (fixture->editor, PD_ROLE_RESPONSIBLE));
  g_autofree char *create_label = NULL;
  PdUnit *unit;
  guint n_units = g_list_model_get_n_items (pd_store_get_units (fixture->store));

  iterate (100);

  /* Nothing matches: the picker offers to create the unit, name trimmed. */
  pd_unit_picker_set_search_text (picker, "  市禁毒委员会办公室 ");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_picker_get_matches (picker)), ==, 0);
  g_assert_true (pd_unit_picker_get_can_create (picker));
  iterate (100);
  create_label = g_strdup_printf (pd_test_tr ("Create unit “%s”", "新建单位“%s”"), "市禁毒委员会办公室");
  g_assert_nonnull (find_label (GTK_WIDGET (picker), create_label));

  g_signal_emit_by_name (pd_unit_picker_get_search_entry (picker), "activate");
  iterate (100);
  unit = pd_store_find_unit_by_name (fixture->store, "市禁毒委员会办公室");
  g_assert_nonnull (unit);
  g_assert_cmpuint (g_list_model_get_n_items (pd_store_get_units (fixture->store)), ==, n_units + 1);
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "市禁毒委员会办公室");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_null (pd_unit_picker_get_message (picker));

  /* One undo takes back the unit and its assignment. */
  undo (fixture);
  g_assert_null (pd_store_find_unit_by_name (fixture->store, "市禁毒委员会办公室"));
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "");
  redo (fixture);
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "市禁毒委员会办公室");

  /* A unit already on the project is not offered; creating it again is
   * refused under the entry, and nothing is pushed. */
  picker = PD_UNIT_PICKER (pd_project_editor_open_unit_picker (fixture->editor, PD_ROLE_COOPERATE));
  iterate (100);
  pd_unit_picker_set_search_text (picker, "市公安局");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_picker_get_matches (picker)), ==, 0);
  g_assert_true (pd_unit_picker_get_can_create (picker));
  g_assert_false (pd_unit_picker_create (picker));
  iterate (100);
  g_assert_cmpstr (pd_unit_picker_get_message (picker), ==,
                   pd_test_tr ("There is already a unit called “市公安局”", "已有名为“市公安局”的单位"));
  g_assert_nonnull (find_label (GTK_WIDGET (picker), pd_unit_picker_get_message (picker)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pd_unit_picker_get_search_entry (picker)), "error"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpuint (fixture->errors->len, ==, 0);

  /* Typing again clears the message. */
  pd_unit_picker_set_search_text (picker, "市公安");
  g_assert_null (pd_unit_picker_get_message (picker));

  /* An empty name is refused too. */
  pd_unit_picker_set_search_text (picker, "   ");
  g_assert_false (pd_unit_picker_create (picker));
  g_assert_cmpstr (pd_unit_picker_get_message (picker), ==, pd_test_tr ("A unit needs a name", "单位必须有名称"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
}

/* The day the plan file holds in @column ("start_on", "due_on") of the
 * fixture's project, read with SQL. */
static char *
dup_stored_date (Fixture    *fixture,
                 const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM project WHERE number = 29", column);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (fixture->store), sql, &error);
  char *value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup (pd_database_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

/* Applies @text typed in @row. */
static void
type_date (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  iterate (100);
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  AdwEntryRow *start_row = child (fixture, "start_row");
  AdwEntryRow *due_row = child (fixture, "due_row");
  GtkLabel *error_label = child (fixture, "dates_error_label");
  const char *not_a_date = pd_test_tr ("Not a date: write dates like 2013-03-31, 2013/3/31 or 20130331", "日期无效：请按“2013年3月31日”、“2013/3/31”或“20130331”的格式填写");
  g_autofree char *not_a_due_date = g_strdup_printf ("%s\n%s", not_a_date,
                                                     pd_test_tr ("Not saved: the due date is still 2022-12-31.",
                                                                 "未保存：完成时限仍为2022年12月31日。"));
  g_autofree char *not_a_start_date = g_strdup_printf ("%s\n%s", not_a_date,
                                                       pd_test_tr ("Not saved: the start date is still 2013-01-01.",
                                                                   "未保存：开始日期仍为2013年1月1日。"));
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *stored = NULL;

  /* An impossible date: a message naming the forms dates take and the date
   * kept, the text kept as typed, nothing pushed. */
  type_date (due_row, "2013-02-30");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, not_a_due_date);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "2013-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (due_row), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
  g_assert_cmpstr (pd_project_get_due_on (fixture->project), ==, "2022-12-31");

  /* Words are not a date either. */
  type_date (due_row, "明年三月底");
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, not_a_due_date);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "明年三月底");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);

  /* A due date before the start. */
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2012-12-31");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_signal_emit_by_name (due_row, "apply");
  g_assert_cmpstr (gtk_label_get_text (error_label), ==,
                   pd_test_tr ("The due date is before the start date\nNot saved: the due date is still 2022-12-31.",
                               "完成时限早于开始日期\n未保存：完成时限仍为2022年12月31日。"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (due_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "2012-12-31");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);

  /* A bad start date is the start row's fault. */
  gtk_editable_set_text (GTK_EDITABLE (due_row), "2022-12-31");
  type_date (start_row, "2013-13-01");
  g_assert_cmpstr (gtk_label_get_text (error_label), ==, not_a_start_date);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (due_row), "error"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);

  /* Eight digits together are a day too. */
  type_date (start_row, "20130305");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (pd_project_get_start_on (fixture->project), ==, "2013-03-05");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, pd_test_tr ("2013-03-05", "2013年3月5日"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  undo (fixture);

  /* A good date goes through, clears the error and reads as dates do. */
  type_date (start_row, "2014/3/1");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_cmpstr (pd_project_get_start_on (fixture->project), ==, "2014-03-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, pd_test_tr ("2014-03-01", "2014年3月1日"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpstr (pd_history_get_undo_label (fixture->history), ==,
                   pd_test_tr ("Undo “Change the start date of project 29: 2013-01-01 → 2014-03-01”",
                               "撤销“修改项目 29 的开始日期：2013年1月1日 → 2014年3月1日”"));

  /* Undo shows the old date. */
  undo (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, pd_test_tr ("2013-01-01", "2013年1月1日"));

  /* Typed the Chinese way, in either language: the plan file holds the ISO day. */
  type_date (due_row, "2014年6月30日");
  stored = dup_stored_date (fixture, "due_on");
  g_assert_cmpstr (stored, ==, "2014-06-30");
  g_assert_cmpstr (pd_history_get_undo_label (fixture->history), ==,
                   pd_test_tr ("Undo “Change the due date of project 29: 2022-12-31 → 2014-06-30”",
                               "撤销“修改项目 29 的完成时限：2022年12月31日 → 2014年6月30日”"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, pd_test_tr ("2014-06-30", "2014年6月30日"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  undo (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, pd_test_tr ("2022-12-31", "2022年12月31日"));

  /* The same day written another way changes nothing, and reads as dates do. */
  type_date (due_row, "2022.12.31");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, pd_test_tr ("2022-12-31", "2022年12月31日"));
  g_assert_cmpstr (pd_project_get_due_on (fixture->project), ==, "2022-12-31");

  /* Picking a day in the calendar sets and pushes the date at once. */
  gtk_menu_button_popup (child (fixture, "due_date_button"));
  iterate (100);
  date = g_date_time_new_local (2020, 6, 30, 0, 0, 0);
  gtk_calendar_select_day (child (fixture, "due_calendar"), date);
  iterate (100);
  g_assert_cmpstr (pd_project_get_due_on (fixture->project), ==, "2020-06-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, pd_test_tr ("2020-06-30", "2020年6月30日"));
  g_free (stored);
  stored = dup_stored_date (fixture, "due_on");
  g_assert_cmpstr (stored, ==, "2020-06-30");
}

/* A refused date does not linger: once the editor is hidden (another page
 * of the side pane) and shown again, the fields read the plan's dates. */
static void
test_dates_refused_hidden (Fixture       *fixture,
                           gconstpointer  data)
{
  AdwEntryRow *start_row = child (fixture, "start_row");
  AdwEntryRow *due_row = child (fixture, "due_row");
  GtkLabel *error_label = child (fixture, "dates_error_label");

  type_date (due_row, "2012年1月1日");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (due_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, "2012年1月1日");
  type_date (start_row, "2013-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));

  gtk_widget_set_visible (GTK_WIDGET (fixture->editor), FALSE);
  iterate (50);
  gtk_widget_set_visible (GTK_WIDGET (fixture->editor), TRUE);
  iterate (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due_row)), ==, pd_test_tr ("2022-12-31", "2022年12月31日"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start_row)), ==, pd_test_tr ("2013-01-01", "2013年1月1日"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (due_row), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (pd_project_get_due_on (fixture->project), ==, "2022-12-31");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
}

static void
test_title_status_progress (Fixture       *fixture,
                            gconstpointer  data)
{
  AdwEntryRow *title_row = child (fixture, "title_row");
  GtkLabel *title_error = child (fixture, "title_error_label");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;

  /* The title: applied as one command; an empty one is refused inline. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "治安技防系统建设项目(一期)");
  g_signal_emit_by_name (title_row, "apply");
  g_assert_cmpstr (pd_project_get_title (fixture->project), ==, "治安技防系统建设项目(一期)");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "  ");
  g_signal_emit_by_name (title_row, "apply");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (title_error)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title_row), "error"));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);

  /* A change made elsewhere (undo) shows at once and pushes nothing. */
  undo (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "治安技防系统建设项目");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (title_error)));
  command = pd_command_set_project_status (fixture->project, PD_STATUS_ACTIVE);
  g_assert_true (pd_history_push (fixture->history, command, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (adw_combo_row_get_selected (child (fixture, "status_row")), ==, PD_STATUS_ACTIVE);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);

  /* The status row pushes. */
  adw_combo_row_set_selected (child (fixture, "status_row"), PD_STATUS_DONE);
  g_assert_cmpint (pd_project_get_status (fixture->project), ==, PD_STATUS_DONE);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);

  /* Progress is pushed once it settles, as one command. */
  gtk_spin_button_set_value (child (fixture, "progress_spin"), 10);
  gtk_spin_button_set_value (child (fixture, "progress_spin"), 20);
  gtk_spin_button_set_value (child (fixture, "progress_spin"), 40);
  iterate (100);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);
  iterate (700);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 3);
  g_assert_cmpint (pd_project_get_progress (fixture->project), ==, 40);
  undo (fixture);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (child (fixture, "progress_spin")), ==, 0);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);
}

/* Iterates the main loop until @project is in @programme, or a generous
 * while: the editor moves it from an idle, which a slow run (the
 * sanitizers) reaches later than a fixed budget allows. */
static gboolean
wait_for_programme (PdProject   *project,
                    PdProgramme *programme)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (pd_project_get_programme (project) != programme && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return pd_project_get_programme (project) == programme;
}

static void
test_programme (Fixture       *fixture,
                gconstpointer  data)
{
  AdwComboRow *programme_row = child (fixture, "programme_row");
  g_autoptr(PdProgramme) first = g_list_model_get_item (pd_store_get_programmes (fixture->store), 0);

  /* To 一、法治广州建设工程: the project is renumbered to follow it. */
  adw_combo_row_set_selected (programme_row, 0);
  g_assert_true (wait_for_programme (fixture->project, first));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpint (pd_project_get_number (fixture->project), <, 29);
  {
    g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (fixture->project));

    g_assert_cmpstr (gtk_label_get_text (child (fixture, "number_label")), ==, number);
  }

  undo (fixture);
  g_assert_cmpint (pd_project_get_number (fixture->project), ==, 29);
  g_assert_cmpuint (adw_combo_row_get_selected (programme_row), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (child (fixture, "number_label")), ==, "29");

  /* The programme list changing under the row (五 moved up, elsewhere)
   * moves the selection with it and pushes nothing. */
  {
    PdProgramme *programme = pd_project_get_programme (fixture->project);
    g_autoptr(PdCommand) command = pd_command_move_programme (programme, -1);
    g_autoptr(GError) error = NULL;

    g_assert_true (pd_history_push (fixture->history, command, &error));
    g_assert_no_error (error);
    iterate (100);
    g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
    g_assert_true (pd_project_get_programme (fixture->project) == programme);
    g_assert_cmpuint (adw_combo_row_get_selected (programme_row), ==, 3);
    g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "四、公共安全防控工程"));
    g_assert_cmpuint (fixture->pushed->len, ==, 1);
  }
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (fixture, "notes_view"));
  GtkSourceLanguage *language = gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (buffer));

  g_assert_nonnull (language);
  g_assert_cmpstr (gtk_source_language_get_id (language), ==, "markdown");
  g_assert_nonnull (gtk_source_buffer_get_style_scheme (GTK_SOURCE_BUFFER (buffer)));

  /* Typing in bursts shorter than the pause: one command at the end. */
  gtk_text_buffer_insert_at_cursor (buffer, "## 进展", -1);
  iterate (300);
  gtk_text_buffer_insert_at_cursor (buffer, "\n\n已完成", -1);
  iterate (300);
  gtk_text_buffer_insert_at_cursor (buffer, "一期。", -1);
  iterate (300);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
  iterate (700);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  g_assert_cmpstr (pd_project_get_notes (fixture->project), ==, "## 进展\n\n已完成一期。");

  /* Undo empties the buffer without pushing anything back. */
  undo (fixture);
  iterate (1000);
  {
    g_autofree char *text = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "");
  }
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 0);
  g_assert_true (pd_history_get_can_redo (fixture->history));

  /* Switching projects pushes what was typed, to the project it was typed for. */
  gtk_text_buffer_insert_at_cursor (buffer, "待验收", -1);
  pd_project_editor_set_project (fixture->editor, pd_store_find_project_by_number (fixture->store, 30));
  g_assert_cmpstr (pd_project_get_notes (fixture->project), ==, "待验收");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
  iterate (1000);
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);
}

/* The labels of a menu model's items, sections included. */
static void
collect_menu_labels (GMenuModel *model,
                     GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      char *label = NULL;

      if (section != NULL)
        collect_menu_labels (section, labels);
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, label);
    }
}

static GPtrArray *
row_menu_labels (Fixture *fixture,
                 PdRole   role,
                 guint    index)
{
  GtkListBox *list = pd_project_editor_get_unit_list (fixture->editor, role);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_last_child (box));
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  gtk_menu_button_popup (button);
  iterate (100);
  collect_menu_labels (gtk_menu_button_get_menu_model (button), labels);
  gtk_menu_button_popdown (button);
  return labels;
}

static gboolean
has_label (GPtrArray  *labels,
           const char *label)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (g_ptr_array_index (labels, i), label))
      return TRUE;
  return FALSE;
}

static void
test_row_menu (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) lead_menu = row_menu_labels (fixture, PD_ROLE_LEAD, 0);
  g_autoptr(GPtrArray) cooperate_menu = row_menu_labels (fixture, PD_ROLE_COOPERATE, 0);
  PdAssignment *districts = find_assignment (fixture, "各区(县级市)");
  PdAssignment *police = find_assignment (fixture, "市公安局");

  /* The role items name only the other two roles; a single row cannot move. */
  g_assert_false (has_label (lead_menu, pd_test_tr ("Make Lead", "设为牵头单位")));
  g_assert_true (has_label (lead_menu, pd_test_tr ("Make Cooperating", "设为配合单位")));
  g_assert_true (has_label (lead_menu, pd_test_tr ("Make Responsible", "设为责任单位")));
  g_assert_false (has_label (lead_menu, pd_test_tr ("Move Up", "上移")));
  g_assert_false (has_label (lead_menu, pd_test_tr ("Move Down", "下移")));
  g_assert_true (has_label (lead_menu, pd_test_tr ("Edit Scope…", "编辑分工范围…")));
  g_assert_true (has_label (lead_menu, pd_test_tr ("Remove", "移除")));
  g_assert_true (has_label (cooperate_menu, pd_test_tr ("Make Lead", "设为牵头单位")));
  g_assert_false (has_label (cooperate_menu, pd_test_tr ("Make Cooperating", "设为配合单位")));
  g_assert_false (has_label (cooperate_menu, pd_test_tr ("Move Up", "上移")));
  g_assert_true (has_label (cooperate_menu, pd_test_tr ("Move Down", "下移")));

  /* Make Lead, through the row menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "assignment.set-role", "(xs)",
                              pd_assignment_get_id (districts), "lead");
  iterate (100);
  assert_units (fixture, PD_ROLE_LEAD, "市公安局、各区(县级市)");
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 1);

  /* The first lead row was kept; its menu is built afresh and now offers to
   * move down. */
  {
    g_autoptr(GPtrArray) again = row_menu_labels (fixture, PD_ROLE_LEAD, 0);
    g_autoptr(GPtrArray) second = row_menu_labels (fixture, PD_ROLE_LEAD, 1);

    g_assert_true (has_label (again, pd_test_tr ("Move Down", "下移")));
    g_assert_false (has_label (again, pd_test_tr ("Move Up", "上移")));
    g_assert_true (has_label (second, pd_test_tr ("Move Up", "上移")));
    g_assert_false (has_label (second, pd_test_tr ("Move Down", "下移")));
    g_assert_false (has_label (second, pd_test_tr ("Make Lead", "设为牵头单位")));
  }

  /* Move Up (what Alt+Up does on a focused row). */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "assignment.move-up", "x",
                              pd_assignment_get_id (districts));
  iterate (100);
  assert_units (fixture, PD_ROLE_LEAD, "各区(县级市)、市公安局");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);
  /* The first row cannot go further up: nothing is pushed. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "assignment.move-up", "x",
                              pd_assignment_get_id (districts));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, 2);

  /* Alt+Up and Alt+Down are bound on every row. */
  {
    GtkListBox *list = pd_project_editor_get_unit_list (fixture->editor, PD_ROLE_LEAD);
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
    g_autoptr(GString) triggers = g_string_new (NULL);

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
            g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

            g_string_append_printf (triggers, "%s %s;", trigger, action);
          }
      }
    g_assert_nonnull (strstr (triggers->str, "<Alt>Up action(assignment.move-up)"));
    g_assert_nonnull (strstr (triggers->str, "<Alt>Down action(assignment.move-down)"));

    /* The shortcut's action moves that row. */
    gtk_widget_activate_action (row, "assignment.move-up", "x", pd_assignment_get_id (police));
    iterate (100);
    assert_units (fixture, PD_ROLE_LEAD, "市公安局、各区(县级市)");
  }

  /* The scope: set, shown under the name, cleared. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "assignment.edit-scope", "x",
                              pd_assignment_get_id (police));
  iterate (100);
  {
    GtkEditable *entry = GTK_EDITABLE (gtk_root_get_focus (GTK_ROOT (fixture->window)));

    g_assert_true (GTK_IS_EDITABLE (entry));
    gtk_editable_set_text (entry, " 技防系统建设 ");
    g_signal_emit_by_name (gtk_root_get_focus (GTK_ROOT (fixture->window)), "activate");
  }
  iterate (100);
  g_assert_cmpstr (pd_assignment_get_scope (police), ==, "技防系统建设");
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->editor), "技防系统建设"));
  undo (fixture);
  g_assert_null (pd_assignment_get_scope (police));
  g_assert_null (find_label (GTK_WIDGET (fixture->editor), "技防系统建设"));

  /* Remove. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "assignment.remove", "x",
                              pd_assignment_get_id (districts));
  iterate (100);
  assert_units (fixture, PD_ROLE_LEAD, "市公安局");
  undo (fixture);
  assert_units (fixture, PD_ROLE_LEAD, "市公安局、各区(县级市)");
}

static void
test_drag_and_drop (Fixture       *fixture,
                    gconstpointer  data)
{
  PdAssignment *police = find_assignment (fixture, "市公安局");
  PdAssignment *districts = find_assignment (fixture, "各区(县级市)");
  GtkListBox *cooperate_list = pd_project_editor_get_unit_list (fixture->editor, PD_ROLE_COOPERATE);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (cooperate_list));
  GtkDropTarget *target = NULL;
  guint n_undo;

  /* Within a group, onto the first row: the unit takes its place. */
  g_assert_true (pd_project_editor_drop_assignment (fixture->editor, districts, PD_ROLE_COOPERATE, 0));
  iterate (100);
  assert_units (fixture, PD_ROLE_COOPERATE, "各区(县级市)、市视频建设领导小组成员单位");

  /* Into another group: the role changes, at the place dropped on. */
  g_assert_true (pd_project_editor_drop_assignment (fixture->editor, police, PD_ROLE_COOPERATE, 1));
  iterate (100);
  assert_units (fixture, PD_ROLE_LEAD, "");
  assert_units (fixture, PD_ROLE_COOPERATE, "各区(县级市)、市公安局、市视频建设领导小组成员单位");
  n_undo = pd_history_get_n_undo (fixture->history);

  /* The list's own drop target, as a drop below the rows: to the end of the
   * responsible units. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  {
    GtkListBox *responsible_list = pd_project_editor_get_unit_list (fixture->editor, PD_ROLE_RESPONSIBLE);
    g_autoptr(GListModel) responsible_controllers =
      gtk_widget_observe_controllers (GTK_WIDGET (responsible_list));
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (responsible_controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (responsible_controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_value_init (&value, PD_TYPE_ASSIGNMENT);
    g_value_set_object (&value, police);
    g_signal_emit_by_name (target, "drop", &value, 10.0, 1000.0, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
  }
  iterate (100);
  assert_units (fixture, PD_ROLE_COOPERATE, "各区(县级市)、市视频建设领导小组成员单位");
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "市公安局");
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, n_undo + 1);

  /* A drop onto itself changes nothing. */
  g_assert_true (pd_project_editor_drop_assignment (fixture->editor, police, PD_ROLE_RESPONSIBLE, 0));
  g_assert_cmpuint (pd_history_get_n_undo (fixture->history), ==, n_undo + 1);

  /* Undo walks the steps back. */
  while (pd_history_get_can_undo (fixture->history))
    undo (fixture);
  assert_units (fixture, PD_ROLE_LEAD, "市公安局");
  assert_units (fixture, PD_ROLE_COOPERATE, "市视频建设领导小组成员单位、各区(县级市)");
  assert_units (fixture, PD_ROLE_RESPONSIBLE, "");
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  PdCommand *command;

  gtk_widget_activate_action (GTK_WIDGET (fixture->editor), "editor.delete-project", NULL);
  iterate (300);
  g_assert_true (pd_store_find_project_by_number (fixture->store, 29) != fixture->project);
  g_assert_null (pd_project_editor_get_project (fixture->editor));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (fixture, "stack")), ==, "empty");
  g_assert_cmpuint (fixture->pushed->len, ==, 1);
  command = g_ptr_array_index (fixture->pushed, 0);
  g_assert_true (pd_command_is_destructive (command));
  g_assert_cmpuint (pd_store_get_n_projects (fixture->store), ==, 67);

  undo (fixture);
  g_assert_true (pd_store_find_project_by_number (fixture->store, 29) == fixture->project);
  g_assert_cmpuint (pd_store_get_n_projects (fixture->store), ==, 68);
}

/* Pushes the plan refuses reach the window through the error signal; the
 * field shows the plan as it is. A read-only plan refuses every push. */
static void
test_refused (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  Fixture fixture = { .errors = errors };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PdProjectEditor *editor = PD_PROJECT_EDITOR (pd_project_editor_new ());
  AdwComboRow *status_row;
  PdProject *project;

  g_assert_no_error (error);
  history = pd_history_new (store);
  project = pd_store_find_project_by_number (store, 29);
  g_signal_connect (editor, "error", G_CALLBACK (error_cb), &fixture);
  gtk_window_set_child (window, GTK_WIDGET (editor));
  pd_project_editor_set_history (editor, history);
  pd_project_editor_set_project (editor, project);
  gtk_window_present (window);
  iterate (100);

  status_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (editor), PD_TYPE_PROJECT_EDITOR,
                                                             "status_row"));

  /* Shown, not editable: every field is insensitive. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (status_row)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (pd_project_editor_get_add_button (editor, PD_ROLE_LEAD))));

  /* Were a change made all the same, the refusal is reported. */
  adw_combo_row_set_selected (status_row, PD_STATUS_DONE);
  iterate (100);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_cmpint (pd_project_get_status (project), ==, PD_STATUS_PLANNED);
  g_assert_cmpuint (adw_combo_row_get_selected (status_row), ==, PD_STATUS_PLANNED);
  g_assert_cmpuint (pd_history_get_n_undo (history), ==, 0);

  /* The picker reports the same way, and shows the reason under its entry. */
  {
    PdUnitPicker *picker = PD_UNIT_PICKER (pd_project_editor_open_unit_picker (editor, PD_ROLE_COOPERATE));

    pd_unit_picker_set_search_text (picker, "市司法局");
    g_assert_false (pd_unit_picker_pick (picker, 0));
    g_assert_cmpuint (errors->len, ==, 2);
    g_assert_nonnull (pd_unit_picker_get_message (picker));
  }

  /* A drop from another project is not taken. */
  {
    PdProject *other = pd_store_find_project_by_number (store, 1);
    g_autoptr(PdAssignment) foreign = g_list_model_get_item (pd_project_get_assignments (other), 0);

    g_assert_false (pd_project_editor_drop_assignment (editor, foreign, PD_ROLE_LEAD, 0));
  }

  gtk_window_destroy (window);
  iterate (50);
}

/* The light beside its reason, kept up with edits and with "today". */
static void
test_light (Fixture       *fixture,
            gconstpointer  data)
{
  AdwActionRow *light_row = child (fixture, "light_row");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) status = NULL;
  g_autoptr(PdCommand) progress = NULL;

  /* Project 29, planned and due 2022-12-31, seen four years on: red, and
   * why. */
  g_setenv ("PLANDESK_TODAY", "2026-12-07", TRUE);
  pd_project_editor_set_project (fixture->editor, NULL);
  pd_project_editor_set_project (fixture->editor, fixture->project);
  iterate (50);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (light_row)), ==, pd_test_tr ("Traffic light", "亮灯"));
  g_assert_cmpstr (adw_action_row_get_subtitle (light_row), ==,
                   pd_test_tr ("Overdue by 4 years and not started (planned)", "已超期 4 年，尚未开始（计划中）"));
  g_assert_nonnull (find_label (GTK_WIDGET (light_row), pd_test_tr ("Red", "红")));

  /* Active at 60%: the case of the issue. */
  status = pd_command_set_project_status (fixture->project, PD_STATUS_ACTIVE);
  g_assert_true (pd_history_push (fixture->history, status, &error));
  progress = pd_command_set_project_progress (fixture->project, 60);
  g_assert_true (pd_history_push (fixture->history, progress, &error));
  g_assert_no_error (error);
  iterate (50);
  g_assert_cmpstr (adw_action_row_get_subtitle (light_row), ==,
                   pd_test_tr ("Overdue by 4 years, 60% done", "已超期 4 年，完成 60%"));
  g_assert_nonnull (find_label (GTK_WIDGET (light_row), pd_test_tr ("Red", "红")));

  /* Mid-2020 (day 2,737 of 3,651, 74% of the time gone): at 0% far behind,
   * yellow; at 60% on track, green. */
  g_setenv ("PLANDESK_TODAY", "2020-06-30", TRUE);
  undo (fixture);
  g_assert_cmpstr (adw_action_row_get_subtitle (light_row), ==,
                   pd_test_tr ("74 points behind schedule: 0% done, 74% of the time gone",
                               "落后进度 74 个百分点：完成 0%，时间已过 74%"));
  g_assert_nonnull (find_label (GTK_WIDGET (light_row), pd_test_tr ("Yellow", "黄")));
  redo (fixture);
  g_assert_cmpstr (adw_action_row_get_subtitle (light_row), ==,
                   pd_test_tr ("On track: 60% done, 74% of the time gone", "进展正常：完成 60%，时间已过 74%"));
  g_assert_nonnull (find_label (GTK_WIDGET (light_row), pd_test_tr ("Green", "绿")));
  g_unsetenv ("PLANDESK_TODAY");
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/project-editor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("fields", test_fields);
  ADD ("picker-add", test_picker_add);
  ADD ("picker-create", test_picker_create);
  ADD ("dates", test_dates);
  ADD ("dates-refused-hidden", test_dates_refused_hidden);
  ADD ("title-status-progress", test_title_status_progress);
  ADD ("programme", test_programme);
  ADD ("notes", test_notes);
  ADD ("row-menu", test_row_menu);
  ADD ("drag-and-drop", test_drag_and_drop);
  ADD ("delete", test_delete);
  ADD ("light", test_light);
  g_test_add_func ("/project-editor/refused", test_refused);

#undef ADD

  return g_test_run ();
}
