/* test-reports.c — the report model and the CSV writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-reports"

#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-csv-writer.h"
#include "reports/pd-report-assignments.h"
#include "store/pd-store.h"

static char *
render_csv (PdReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_csv_quoting (void)
{
  static const char * const header[] = { "a", "b", "c", NULL };
  static const char * const row1[] = { "plain", "with, comma", "with \"quotes\"", NULL };
  static const char * const row2[] = { "line\nbreak", "", "市委政法委", NULL };
  static const char * const row3[] = { "=1+2", "+SUM(A1)", "-3", NULL };
  static const char * const row4[] = { "@cmd", "\tTAB", "a=b", NULL };
  g_autoptr(PdReport) report = pd_report_new ("t");
  PdReportTable *table = pd_report_add_table (report, header);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) records = NULL;

  pd_report_table_add_row (table, row1);
  pd_report_table_add_row (table, row2);
  pd_report_table_add_row (table, row3);
  pd_report_table_add_row (table, row4);
  csv = render_csv (report);

  g_assert_cmpstr (csv, ==,
                   "\xEF\xBB\xBF" "a,b,c\r\n"
                   "plain,\"with, comma\",\"with \"\"quotes\"\"\"\r\n"
                   "\"line\nbreak\",,市委政法委\r\n"
                   "\"'=1+2\",\"'+SUM(A1)\",\"'-3\"\r\n"
                   "\"'@cmd\",\"'\tTAB\",a=b\r\n");

  /* What a spreadsheet reads back is the text, never a formula. */
  records = pd_test_parse_csv (csv + 3);
  g_assert_cmpuint (records->len, ==, 5);
  g_assert_cmpstr (((char **)records->pdata[1])[2], ==, "with \"quotes\"");
  g_assert_cmpstr (((char **)records->pdata[3])[0], ==, "'=1+2");
}

static void
test_csv_tables_and_sections (void)
{
  static const char * const header[] = { "x", "y", NULL };
  static const char * const row[] = { "1", NULL };
  g_autoptr(PdReport) report = pd_report_new ("t");
  PdReportTable *first;
  PdReportTable *second;
  g_autofree char *csv = NULL;

  pd_report_add_heading (report, "Heading");
  first = pd_report_add_table (report, header);
  pd_report_table_add_section (first, "一、法治广州建设工程");
  pd_report_add_paragraph (report, "Paragraph");
  second = pd_report_add_table (report, header);
  pd_report_table_add_row (second, (const char *[]) { "1", "2", NULL });
  (void)row;

  csv = render_csv (report);
  g_assert_cmpstr (csv, ==, "\xEF\xBB\xBF" "Heading\r\n\r\nx,y\r\n一、法治广州建设工程,\r\n\r\nParagraph\r\n\r\nx,y\r\n1,2\r\n");
}

static void
test_assignments_csv_bundled (void)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *csv = NULL;
  sqlite3_stmt *stmt;
  guint i = 1;

  g_assert_no_error (error);
  report = pd_report_assignments_new (store);
  csv = render_csv (report);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF" "programme_no,programme,project_no,project,due_on,role,unit,scope\r\n"));
  records = pd_test_parse_csv (csv + 3);
  g_assert_cmpuint (records->len, ==, 1 + 457);

  /* Row by row, the export is the database in document order. */
  stmt = pd_database_prepare (pd_store_get_database (store),
                              "SELECT g.numeral, g.title, p.number, p.title, p.due_on, a.role, u.name, "
                              "coalesce(a.scope, '') FROM assignment a "
                              "JOIN project p ON p.id = a.project_id JOIN programme g ON g.id = p.programme_id "
                              "JOIN unit u ON u.id = a.unit_id ORDER BY p.number, a.position",
                              &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char **record = records->pdata[i++];

      g_assert_cmpuint (g_strv_length (record), ==, 8);
      for (int c = 0; c < 8; c++)
        g_assert_cmpstr (record[c], ==, pd_database_column_text (stmt, c));
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (i, ==, records->len);

  /* Spot checks against the document. */
  g_assert_cmpstr (((char **)records->pdata[1])[0], ==, "一");
  g_assert_cmpstr (((char **)records->pdata[1])[6], ==, "市人大常委会法制工委");
  g_assert_cmpstr (((char **)records->pdata[1])[5], ==, "lead");
  g_assert_cmpstr (((char **)records->pdata[457])[3], ==, "文化市场净化项目");
  g_assert_cmpstr (((char **)records->pdata[457])[6], ==, "各区(县级市)");
  /* Machine-readable: due_on is an ISO day whatever the UI language (the
   * program also runs with LANGUAGE=zh_CN). */
  g_assert_nonnull (strstr (csv, "五,公共安全防控工程,32,食品药品安全监管项目,2022-12-31,lead,市食安办,食品安全监管\r\n"));
  g_assert_nonnull (strstr (csv, "七,“两新”组织建设工程,42,“两新”组织党建项目,2022-12-31,lead,市委组织部,\r\n"));

  /* Byte for byte the CSV that scripts have always read (457 rows, 47,166
   * bytes), in every UI language, whatever the other formats show. */
  {
    g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, csv, -1);

    g_assert_cmpuint (strlen (csv), ==, 47166);
    g_assert_cmpstr (sum, ==, "fff9f6344ab1c06a89eb48c59d512a4e7c066901144b13c1d1d78911e479ce12");
  }
}

/* A report with a form for scripts: the CSV writer writes that form; the
 * other writers the report. Column flags default to wrapping. */
static void
test_csv_form (void)
{
  static const char * const header[] = { "Unit", "Role", NULL };
  static const char * const csv_header[] = { "unit", "role", NULL };
  g_autoptr(PdReport) report = pd_report_new ("For people");
  PdReport *csv = pd_report_new ("for scripts");
  PdReportTable *table = pd_report_add_table (report, header);
  PdReportTable *csv_table = pd_report_add_table (csv, csv_header);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;

  pd_report_table_add_row (table, (const char *[]) { "市公安局", "牵头", NULL });
  pd_report_table_add_row (csv_table, (const char *[]) { "市公安局", "lead", NULL });
  g_assert_cmpint (pd_report_table_get_column_flags (table, 0), ==, PD_REPORT_COLUMN_WRAP);
  pd_report_table_set_column_flags (table, 0, PD_REPORT_COLUMN_ONE_LINE);
  g_assert_cmpint (pd_report_table_get_column_flags (table, 0), ==, PD_REPORT_COLUMN_ONE_LINE);
  g_assert_cmpint (pd_report_table_get_column_flags (table, 1), ==, PD_REPORT_COLUMN_WRAP);

  text = render_csv (report);
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBF" "Unit,Role\r\n市公安局,牵头\r\n");
  pd_report_set_csv_form (report, csv);
  g_free (text);
  text = render_csv (report);
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBF" "unit,role\r\n市公安局,lead\r\n");

  html = pd_report_render (report, PD_REPORT_FORMAT_HTML, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (html, NULL), g_bytes_get_size (html),
                                  "<td class=\"one-line\">市公安局</td><td>牵头</td>"));
}

static void
test_assignments_hostile_names (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hostile.plandesk", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = pd_database_open (path, PD_DATABASE_OPEN_CREATE, &error);
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GFile) out = NULL;
  g_autofree char *written = NULL;
  char **row;

  g_assert_no_error (error);
  g_assert_true (pd_database_exec (db,
                                   "INSERT INTO plan (id, title, period_start, period_end) VALUES (1, 'T', '2020-01-01', '2020-12-31');"
                                   "INSERT INTO programme (id, position, numeral, title) VALUES (1, 1, '一', 'A, \"B\"');"
                                   "INSERT INTO project (id, programme_id, number, title) VALUES (1, 1, 7, '=HYPERLINK(\"http://x\")');"
                                   "INSERT INTO unit (id, name) VALUES (1, '“市局” = \"x\", 1');"
                                   "INSERT INTO assignment (project_id, unit_id, role, scope, position) VALUES (1, 1, 'responsible', 'a\r\nb', 1);",
                                   &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  report = pd_report_assignments_new (store);
  csv = render_csv (report);
  records = pd_test_parse_csv (csv + 3);
  g_assert_cmpuint (records->len, ==, 2);
  row = records->pdata[1];
  g_assert_cmpstr (row[1], ==, "A, \"B\"");
  g_assert_cmpstr (row[2], ==, "7");
  g_assert_cmpstr (row[3], ==, "'=HYPERLINK(\"http://x\")");
  g_assert_cmpstr (row[4], ==, "");
  g_assert_cmpstr (row[5], ==, "responsible");
  g_assert_cmpstr (row[6], ==, "“市局” = \"x\", 1");
  g_assert_cmpstr (row[7], ==, "a\r\nb");

  /* Writing to a file gives the same bytes. */
  out = g_file_new_build_filename (dir, "out.csv", NULL);
  g_assert_true (pd_report_write_to_file (report, PD_REPORT_FORMAT_CSV, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (out, NULL, &written, NULL, NULL, NULL));
  g_assert_cmpstr (written, ==, csv);

  pd_test_remove_tree (dir);
}

static void
test_write_failure_keeps_old_file (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *missing_dir = g_build_filename (dir, "no", "such", "dir", "out.csv", NULL);
  static const char * const header[] = { "a", NULL };
  g_autoptr(PdReport) report = pd_report_new ("t");
  g_autoptr(GFile) file = g_file_new_for_path (missing_dir);
  g_autoptr(GError) error = NULL;

  pd_report_add_table (report, header);
  g_assert_false (pd_report_write_to_file (report, PD_REPORT_FORMAT_CSV, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (file, NULL));
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/csv-form", test_csv_form);
  g_test_add_func ("/reports/csv/quoting", test_csv_quoting);
  g_test_add_func ("/reports/csv/tables-and-sections", test_csv_tables_and_sections);
  g_test_add_func ("/reports/assignments/bundled", test_assignments_csv_bundled);
  g_test_add_func ("/reports/assignments/hostile-names", test_assignments_hostile_names);
  g_test_add_func ("/reports/write-failure", test_write_failure_keeps_old_file);

  return g_test_run ();
}
