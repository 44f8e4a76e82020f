/* test-unit-chooser.c — one way to find a unit: by any part of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list's unit filter and the export dialog's unit search the plan's
 * units as the project editor's picker does (PdUnitMatcher): 公安 finds
 * 市公安局 and 广州市公安边防支队, best match first, where a drop-down's
 * search found only names starting with it. Run in English and Chinese.
 */
#define G_LOG_DOMAIN "test-unit-chooser"

#include "pd-config.h"

#include <adwaita.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "pd-window.h"
#include "views/list/pd-plan-filter.h"
#include "views/shared/pd-export-dialog.h"
#include "views/shared/pd-unit-chooser.h"

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

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The names of @chooser's matches joined with |. */
static char *
dup_matches (PdUnitChooser *chooser)
{
  GListModel *matches = pd_unit_chooser_get_matches (chooser);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (matches, i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", pd_unit_get_name (unit));
    }
  return g_string_free (names, FALSE);
}

static void
test_chooser (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdUnitChooser *chooser = PD_UNIT_CHOOSER (g_object_ref_sink (pd_unit_chooser_new ()));
  g_autofree char *matches = NULL;

  pd_unit_chooser_set_units (chooser, pd_store_get_units (store));
  pd_unit_chooser_set_none_label (chooser, "Any Unit");
  g_assert_null (pd_unit_chooser_get_unit (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_chooser_get_matches (chooser)), ==, 110);

  /* Inside the name, best match first. */
  pd_unit_chooser_set_search_text (chooser, "公安");
  matches = dup_matches (chooser);
  g_assert_cmpstr (matches, ==, "市公安局|广州市公安边防支队");
  g_clear_pointer (&matches, g_free);
  pd_unit_chooser_set_search_text (chooser, " 边防 ");
  matches = dup_matches (chooser);
  g_assert_cmpstr (matches, ==, "广州市公安边防支队");
  g_clear_pointer (&matches, g_free);
  pd_unit_chooser_set_search_text (chooser, "公安局交警");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_chooser_get_matches (chooser)), ==, 0);

  /* Choosing: the unit, then none again. */
  pd_unit_chooser_set_search_text (chooser, "公安");
  pd_unit_chooser_choose_match (chooser, 1);
  g_assert_cmpstr (pd_unit_get_name (pd_unit_chooser_get_unit (chooser)), ==, "广州市公安边防支队");
  pd_unit_chooser_set_unit (chooser, NULL);
  g_assert_null (pd_unit_chooser_get_unit (chooser));
  /* Out of range: nothing chosen. */
  pd_unit_chooser_choose_match (chooser, 5);
  g_assert_null (pd_unit_chooser_get_unit (chooser));

  g_object_unref (chooser);
}

/* The list's unit filter: 公安 finds 市公安局, whose 24 projects show. */
static void
test_list_filter (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdWindow *window = pd_window_new (NULL, store);
  PdPlanList *list = pd_window_get_plan_list (window);
  PdUnitChooser *chooser;
  PdPlanFilter *filter;

  gtk_window_present (GTK_WINDOW (window));
  iterate (200);
  chooser = PD_UNIT_CHOOSER (find_type (GTK_WIDGET (list), PD_TYPE_UNIT_CHOOSER));
  g_assert_nonnull (chooser);
  filter = pd_plan_list_get_filter (list);

  pd_unit_chooser_set_search_text (chooser, "公安");
  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_chooser_get_matches (chooser)), ==, 2);
  pd_unit_chooser_choose_match (chooser, 0);
  iterate (100);
  g_assert_cmpstr (pd_unit_get_name (pd_plan_filter_get_unit (filter)), ==, "市公安局");
  g_assert_cmpuint (pd_plan_filter_count_projects (filter), ==, 24);

  /* Set from outside (the units mode's "show projects"), and reset. */
  pd_plan_list_set_filter (list, pd_store_find_unit_by_name (store, "市司法局"), -1, NULL, -1);
  iterate (100);
  g_assert_true (pd_unit_chooser_get_unit (chooser) == pd_store_find_unit_by_name (store, "市司法局"));
  pd_plan_list_set_filter (list, NULL, -1, NULL, -1);
  iterate (100);
  g_assert_null (pd_unit_chooser_get_unit (chooser));
  g_assert_null (pd_plan_filter_get_unit (filter));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
}

/* The export dialog's unit has a search now, the same. */
static void
test_export_dialog (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdExportDialog *dialog = pd_export_dialog_new (NULL, store);
  PdUnitChooser *chooser = pd_export_dialog_get_unit_chooser (dialog);
  g_autofree char *name = NULL;

  pd_export_dialog_set_report (dialog, "units");
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (200);
  g_assert_cmpstr (pd_unit_chooser_get_none_label (chooser), ==, pd_test_tr ("All units", "全部单位"));
  pd_unit_chooser_set_search_text (chooser, "边防");
  pd_unit_chooser_choose_match (chooser, 0);
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_true (g_str_has_suffix (name, "-广州市公安边防支队.xlsx"));
  g_clear_pointer (&name, g_free);

  /* And back to all units. */
  pd_export_dialog_set_unit (dialog, NULL);
  g_assert_null (pd_unit_chooser_get_unit (chooser));
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_null (strstr (name, "广州市公安边防支队"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (50);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/unit-chooser/chooser", test_chooser);
  g_test_add_func ("/unit-chooser/list-filter", test_list_filter);
  g_test_add_func ("/unit-chooser/export-dialog", test_export_dialog);
  return g_test_run ();
}
