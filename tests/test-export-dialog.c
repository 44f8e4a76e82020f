/* test-export-dialog.c — the export dialog and printing, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb twice by the suite: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. Exports go through the dialog's
 * own asynchronous path (pd_export_dialog_export_to_file skips only the
 * file chooser) to a temporary directory.
 */
#define G_LOG_DOMAIN "test-export-dialog"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-pdf-writer.h"
#include "reports/pd-reports.h"
#include "views/shared/pd-export-dialog.h"
#include "views/shared/pd-print.h"

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  char     *dir;
  char     *plan;
  PdStore  *store;
  GFile    *exported;
  GError   *error;
  gboolean  finished;
} Fixture;

static void
exported_cb (PdExportDialog *dialog,
             GFile          *file,
             Fixture        *fixture)
{
  g_assert_false (fixture->finished);
  fixture->exported = g_object_ref (file);
  fixture->finished = TRUE;
}

static void
failed_cb (PdExportDialog *dialog,
           const GError   *error,
           Fixture        *fixture)
{
  g_assert_false (fixture->finished);
  g_assert_nonnull (error);
  fixture->error = g_error_copy (error);
  fixture->finished = TRUE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;

  fixture->dir = pd_test_make_tmpdir ();
  fixture->plan = pd_test_copy_to_tmp (bundled, fixture->dir, "plan.plandesk");
  fixture->store = pd_store_open (fixture->plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->exported);
  g_clear_error (&fixture->error);
  g_clear_object (&fixture->store);
  pd_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->plan);
}

static PdExportDialog *
open_dialog (Fixture *fixture)
{
  PdExportDialog *dialog = pd_export_dialog_new (NULL, fixture->store);

  /* Ours: the dialog closes itself after an export. */
  g_object_ref (dialog);
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), fixture);
  g_signal_connect (dialog, "failed", G_CALLBACK (failed_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate (200);
  return dialog;
}

static void
close_dialog (PdExportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

/* Runs the main loop until the dialog says how the export went. */
static void
wait_for_result (Fixture *fixture)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!fixture->finished && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (fixture->finished);
}

/* Whether @needle is in the @length bytes at @data, NUL bytes and all. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static guint
count_in (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      count++;
  return count;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

/* Whether @path holds a file named @name, or (@name NULL) a temporary
 * file of an export. */
static gboolean
has_file (const char *path,
          const char *name)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *child;

  g_assert_nonnull (dir);
  while ((child = g_dir_read_name (dir)) != NULL)
    if (name ? g_str_equal (child, name) : g_str_has_prefix (child, ".plandesk-export-"))
      return TRUE;
  return FALSE;
}

static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *name = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, pd_test_in_chinese () ? "导出报表" : "Export Report");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* It opens on the division of tasks, as an Excel workbook. */
  g_assert_cmpstr (pd_export_dialog_get_report (dialog), ==, "division");
  g_assert_cmpint (pd_export_dialog_get_format (dialog), ==, PD_REPORT_FORMAT_XLSX);
  g_assert_false (pd_export_dialog_get_busy (dialog));

  /* The suggested file name: the plan's short title, the report, the unit. */
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_cmpstr (name, ==, pd_test_in_chinese () ? "创建平安广州推进方案-任务分工表.xlsx"
                                           : "创建平安广州推进方案-Division of Tasks.xlsx");
  g_clear_pointer (&name, g_free);

  pd_export_dialog_set_report (dialog, "units");
  pd_export_dialog_set_unit (dialog, pd_store_find_unit_by_name (fixture->store, "市公安局"));
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_PDF);
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_true (g_str_has_prefix (name, "创建平安广州推进方案-"));
  g_assert_true (g_str_has_suffix (name, "-市公安局.pdf"));
  g_assert_nonnull (strstr (name, pd_reports_get_label ("units")));
  g_clear_pointer (&name, g_free);

  /* "All units" again: no unit in the name; a report without units ignores it. */
  pd_export_dialog_set_unit (dialog, NULL);
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_null (strstr (name, "市公安局"));
  g_clear_pointer (&name, g_free);
  pd_export_dialog_set_unit (dialog, pd_store_find_unit_by_name (fixture->store, "市公安局"));
  pd_export_dialog_set_report (dialog, "matrix");
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_HTML);
  name = pd_export_dialog_dup_suggested_name (dialog);
  g_assert_null (strstr (name, "市公安局"));
  g_assert_true (g_str_has_suffix (name, ".html"));

  close_dialog (dialog);
}

static void
test_export_xlsx (Fixture       *fixture,
                  gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "division.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length;

  pd_export_dialog_set_report (dialog, "division");
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_XLSX);
  pd_export_dialog_export_to_file (dialog, file);
  g_assert_true (pd_export_dialog_get_busy (dialog));
  wait_for_result (fixture);

  g_assert_no_error (fixture->error);
  g_assert_true (g_file_equal (fixture->exported, file));
  g_assert_false (pd_export_dialog_get_busy (dialog));
  /* The dialog closed itself. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  /* No temporary file is left beside it. */
  g_assert_false (has_file (fixture->dir, NULL));

  close_dialog (dialog);
}

static void
test_export_pdf_unit (Fixture       *fixture,
                      gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "police.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gsize length;

  pd_export_dialog_set_report (dialog, "units");
  pd_export_dialog_set_unit (dialog, pd_store_find_unit_by_name (fixture->store, "市公安局"));
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_PDF);
  pd_export_dialog_set_paper (dialog, PD_REPORT_PAPER_A3, TRUE);
  pd_export_dialog_export_to_file (dialog, file);
  wait_for_result (fixture);

  g_assert_no_error (fixture->error);
  contents = read_file (path, &length);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A3 landscape, as chosen: the page is 1190.55 × 841.89 points. */
  g_assert_true (contains (contents, length, "/MediaBox [ 0 0 1190.55"));

  close_dialog (dialog);
}

static void
test_export_csv_html (Fixture       *fixture,
                      gconstpointer  data)
{
  static const PdReportFormat formats[] = { PD_REPORT_FORMAT_CSV, PD_REPORT_FORMAT_HTML };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      PdExportDialog *dialog = open_dialog (fixture);
      g_autofree char *path = g_strdup_printf ("%s/assignments.%s", fixture->dir,
                                               pd_report_format_to_string (formats[i]));
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length;

      fixture->finished = FALSE;
      g_clear_object (&fixture->exported);
      pd_export_dialog_set_report (dialog, "assignments");
      pd_export_dialog_set_format (dialog, formats[i]);
      pd_export_dialog_export_to_file (dialog, file);
      wait_for_result (fixture);
      g_assert_no_error (fixture->error);

      contents = read_file (path, &length);
      g_assert_true (contains (contents, length, "市人大常委会法制工委"));
      close_dialog (dialog);
    }
}

/* A file that cannot be written: the error shows in the dialog, which stays
 * open for another try; nothing is written. */
static void
test_export_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "division.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pd_export_dialog_export_to_file (dialog, file);
  wait_for_result (fixture);

  g_assert_nonnull (fixture->error);
  g_assert_null (fixture->exported);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (pd_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  iterate (100);

  close_dialog (dialog);
}

static void
test_export_cancelled (Fixture       *fixture,
                       gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "units.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* All units' lists: about a hundred pages, long enough to stop. */
  pd_export_dialog_set_report (dialog, "units");
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_PDF);
  pd_export_dialog_export_to_file (dialog, file);
  g_assert_true (pd_export_dialog_get_busy (dialog));
  pd_export_dialog_cancel (dialog);
  wait_for_result (fixture);

  g_assert_error (fixture->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (pd_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  /* Neither the file nor a temporary one beside it. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (has_file (fixture->dir, NULL));

  close_dialog (dialog);
}

/* Closing the dialog while it exports cancels the export. */
static void
test_close_while_exporting (Fixture       *fixture,
                            gconstpointer  data)
{
  PdExportDialog *dialog = open_dialog (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "units.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pd_export_dialog_set_report (dialog, "units");
  pd_export_dialog_set_format (dialog, PD_REPORT_FORMAT_PDF);
  pd_export_dialog_export_to_file (dialog, file);
  gtk_window_close (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  /* The thread ends, the dialog goes, no file stays. */
  iterate (1500);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (has_file (fixture->dir, NULL));
}

/* Printing lays pages out as the PDF writer does: exporting the print
 * operation to PDF gives the writer's pages. */
static void
test_print_operation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PdReport *report = pd_reports_build (fixture->store, "division", NULL, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(PdPdfLayout) layout = NULL;
  g_autofree char *contents = NULL;
  GtkPrintOperationResult result;
  double width, height;
  guint n_pages;
  gsize length;

  g_assert_no_error (error);
  pd_pdf_get_paper_size (report->paper, report->landscape, &width, &height);
  layout = pd_pdf_layout_new (report, width, height);
  g_assert_true (pd_pdf_layout_paginate (layout, NULL, &error));

  operation = pd_print_operation_new (report);  /* takes the report */
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  contents = read_file (path, &length);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Each page object says "/Type /Page", the page tree "/Type /Pages". */
  n_pages = count_in (contents, length, "/Type /Page") - count_in (contents, length, "/Type /Pages");
  g_assert_cmpuint (n_pages, ==, pd_pdf_layout_get_n_pages (layout));
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/export-dialog/title", Fixture, NULL, fixture_set_up, test_title, fixture_tear_down);
  g_test_add ("/export-dialog/xlsx", Fixture, NULL, fixture_set_up, test_export_xlsx, fixture_tear_down);
  g_test_add ("/export-dialog/pdf-unit", Fixture, NULL, fixture_set_up, test_export_pdf_unit, fixture_tear_down);
  g_test_add ("/export-dialog/csv-html", Fixture, NULL, fixture_set_up, test_export_csv_html, fixture_tear_down);
  g_test_add ("/export-dialog/fails", Fixture, NULL, fixture_set_up, test_export_fails, fixture_tear_down);
  g_test_add ("/export-dialog/cancelled", Fixture, NULL, fixture_set_up, test_export_cancelled, fixture_tear_down);
  g_test_add ("/export-dialog/close-while-exporting", Fixture, NULL, fixture_set_up, test_close_while_exporting,
              fixture_tear_down);
  g_test_add ("/export-dialog/print-operation", Fixture, NULL, fixture_set_up, test_print_operation,
              fixture_tear_down);

  return g_test_run ();
}
