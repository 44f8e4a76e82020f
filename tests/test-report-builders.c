/* test-report-builders.c — every report builder on the bundled plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The builders are checked through the report model (and CSV where a whole
 * export is easiest to read); the other writers have tests of their own.
 */
#define G_LOG_DOMAIN "test-report-builders"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-report-division.h"
#include "reports/pd-report-matrix.h"
#include "reports/pd-report-plan-text.h"
#include "reports/pd-report-progress.h"
#include "reports/pd-report-units.h"
#include "reports/pd-reports.h"
#include "reports/pd-traffic-light.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"

/* Bundled plan counts (data/plan/README.md). */
#define N_PROGRAMMES     12
#define N_PROJECTS       68
#define N_USED_UNITS     96
#define N_LEADS          75
#define N_COOPERATIONS   362
#define N_RESPONSIBLES   20

static PdStore *
open_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pd_test_bundled_plan_path ();
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return store;
}

/* A writable copy of the bundled plan in @dir. */
static PdStore *
open_copy (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}

static void
push (PdHistory *history,
      PdCommand *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (history, owned, &error));
  g_assert_no_error (error);
}

/* The @n-th block of @kind in @report. */
static PdReportBlock *
nth_block (PdReport          *report,
           PdReportBlockKind  kind,
           guint              n)
{
  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == kind && n-- == 0)
        return block;
    }
  g_assert_not_reached ();
}

static guint
count_blocks (PdReport          *report,
              PdReportBlockKind  kind,
              int                level)
{
  guint count = 0;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == kind && (level == 0 || block->level == level))
        count++;
    }
  return count;
}

static PdReportTable *
nth_table (PdReport *report,
           guint     n)
{
  return nth_block (report, PD_REPORT_BLOCK_TABLE, n)->table;
}

static PdReportRow *
table_row (PdReportTable *table,
           guint          i)
{
  g_assert_cmpuint (i, <, table->rows->len);
  return g_ptr_array_index (table->rows, i);
}

/* The first row of @table whose cell @column reads @text. */
static PdReportRow *
find_row (PdReportTable *table,
          guint          column,
          const char    *text)
{
  for (guint i = 0; i < table->rows->len; i++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, i);

      if (g_strcmp0 (row->cells[column], text) == 0)
        return row;
    }
  g_assert_not_reached ();
}

static guint
count_rows (PdReportTable   *table,
            PdReportRowKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < table->rows->len; i++)
    if (((PdReportRow *)g_ptr_array_index (table->rows, i))->kind == kind)
      count++;
  return count;
}

static guint
column_of (PdReportTable *table,
           const char    *name)
{
  for (guint i = 0; table->header[i] != NULL; i++)
    if (g_str_equal (table->header[i], name))
      return i;
  g_assert_not_reached ();
}

/* Registry */

static void
test_registry (void)
{
  static const char * const expected[] = {
    "assignments", "division", "units", "matrix", "progress", "plan-text", NULL
  };
  g_autoptr(PdStore) store = open_bundled ();
  const char * const *kinds = pd_reports_get_kinds ();

  g_assert_true (g_strv_equal (kinds, expected));
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdReport) report = NULL;

      g_assert_nonnull (pd_reports_get_label (kinds[i]));
      g_assert_true (pd_reports_is_kind (kinds[i]));
      report = pd_reports_build (store, kinds[i], NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (report);
      g_assert_cmpuint (report->blocks->len, >, 0);
    }
  g_assert_cmpstr (pd_reports_get_label ("division"), ==, _("Division of Tasks"));
  g_assert_null (pd_reports_get_label ("everything"));
  g_assert_false (pd_reports_is_kind ("everything"));
  g_assert_true (pd_reports_kind_takes_unit ("units"));
  g_assert_false (pd_reports_kind_takes_unit ("division"));
}

static void
test_registry_errors (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdReport) report = NULL;

  report = pd_reports_build (store, "everything", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_KIND);
  g_clear_error (&error);

  report = pd_reports_build (store, "division", "市公安局", &error);
  g_assert_null (report);
  g_assert_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNIT_NOT_USED);
  g_clear_error (&error);

  report = pd_reports_build (store, "units", "公安局x", &error);
  g_assert_null (report);
  g_assert_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_UNIT);
  g_assert_nonnull (strstr (error->message, "公安局x"));
  g_assert_nonnull (strstr (error->message, "市公安局"));
  g_clear_error (&error);

  /* Nothing close: the message says so without a list. */
  report = pd_reports_build (store, "units", "Ministry of Magic", &error);
  g_assert_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_UNIT);
  g_assert_null (strstr (error->message, "、"));
}

static void
test_near_units (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(GPtrArray) near = NULL;

  /* Sharing most characters: the closest first. */
  near = pd_reports_find_near_units (store, "公安局x", 5);
  g_assert_cmpuint (near->len, >=, 1);
  g_assert_cmpuint (near->len, <=, 5);
  g_assert_cmpstr (pd_unit_get_name (g_ptr_array_index (near, 0)), ==, "市公安局");
  g_clear_pointer (&near, g_ptr_array_unref);

  /* Names that contain the text come first, in the plan's order. */
  near = pd_reports_find_near_units (store, "公安", 5);
  g_assert_cmpuint (near->len, >=, 2);
  g_assert_cmpstr (pd_unit_get_name (g_ptr_array_index (near, 0)), ==, "市公安局");
  g_assert_cmpstr (pd_unit_get_name (g_ptr_array_index (near, 1)), ==, "广州市公安边防支队");
  g_clear_pointer (&near, g_ptr_array_unref);

  /* Never more than asked for. */
  near = pd_reports_find_near_units (store, "市局", 5);
  g_assert_cmpuint (near->len, ==, 5);
  g_clear_pointer (&near, g_ptr_array_unref);

  near = pd_reports_find_near_units (store, "Ministry of Magic", 5);
  g_assert_cmpuint (near->len, ==, 0);
}

/* Division of tasks */

static void
test_division (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = pd_report_division_new (store);
  g_autofree char *responsible = g_strconcat ("市信访局、市委政研室、市法制办、市发展改革委、市公安局、市教育局、市财政局、"
                                              "市人力资源和社会保障局、市国土房管局、市农业局、市卫生局、市国资委、市交委、"
                                              "市规划局、市环保局、市物价局、市安监局、市食品药品监管局、市食安办、各区(县级市)",
                                              _(" (responsible)"), NULL);
  PdReportTable *table;
  PdReportRow *row;

  g_assert_cmpstr (report->title, ==, _("Division of Tasks"));
  g_assert_cmpstr (report->header, ==, "创建平安广州推进方案(2013—2022年)");
  /* The plan's period, its days as the UI language writes them. */
  g_assert_cmpstr (report->subtitle, ==,
                   pd_test_tr ("创建平安广州推进方案(2013—2022年) · 2013-01-01 to 2022-12-31",
                               "创建平安广州推进方案(2013—2022年) · 2013年1月1日至2022年12月31日"));
  g_assert_cmpint (report->paper, ==, PD_REPORT_PAPER_A4);
  g_assert_true (report->landscape);
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_TABLE, 0), ==, 1);

  table = nth_table (report, 0);
  g_assert_cmpuint (pd_report_table_get_n_columns (table), ==, 4);
  g_assert_cmpstr (table->header[0], ==, C_("report column", "No."));
  g_assert_cmpstr (table->header[3], ==, C_("report column", "Cooperating units"));
  g_assert_nonnull (table->widths);
  g_assert_cmpuint (table->rows->len, ==, N_PROGRAMMES + N_PROJECTS);
  g_assert_cmpuint (count_rows (table, PD_REPORT_ROW_SECTION), ==, N_PROGRAMMES);
  g_assert_cmpuint (count_rows (table, PD_REPORT_ROW_NORMAL), ==, N_PROJECTS);

  row = table_row (table, 0);
  g_assert_cmpint (row->kind, ==, PD_REPORT_ROW_SECTION);
  g_assert_cmpstr (row->cells[0], ==, "一、法治广州建设工程");
  g_assert_cmpuint (row->spans[0], ==, 4);
  row = table_row (table, 1);
  g_assert_cmpstr (row->cells[0], ==, "1");
  g_assert_cmpstr (row->cells[1], ==, "平安建设地方立法项目");
  g_assert_cmpstr (row->cells[2], ==, "市人大常委会法制工委");
  g_assert_cmpstr (row->cells[3], ==, "市法制办、市人大常委会内务司法工委");
  g_assert_true (row->flags[0] & PD_REPORT_CELL_NUMBER);
  find_row (table, 0, "七、“两新”组织建设工程");
  find_row (table, 0, "十二、平安文化建设工程");

  /* Several leads; responsible units marked in the cooperating column. */
  row = find_row (table, 0, "5");
  g_assert_cmpstr (row->cells[2], ==, "市委政法委、市检察院");
  row = find_row (table, 0, "22");
  g_assert_cmpstr (row->cells[2], ==, "市委维稳办");
  g_assert_cmpstr (row->cells[3], ==, responsible);
  /* Scoped leads. */
  row = find_row (table, 0, "32");
  g_assert_cmpstr (row->cells[2], ==, "市食安办(食品安全监管)、市食品药品监管局(药品安全监管)");
  g_assert_cmpstr (row->cells[3], ==, "市经贸委、市农业局、市公安局、市卫生局、市工商局、市质监局、市财政局、"
                                      "市食品安全委员会成员单位、各区(县级市)");
  /* A lead alone. */
  row = find_row (table, 0, "33");
  g_assert_cmpstr (row->cells[1], ==, "环境安全监控项目");
  g_assert_cmpstr (row->cells[2], ==, "市环保局");
  g_assert_cmpstr (row->cells[3], ==, "");
  row = find_row (table, 0, "28");
  g_assert_cmpstr (row->cells[1], ==, "“三道防线六张网络”建设项目");
}

/* Responsibility lists */

static void
test_units_one (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  PdUnit *police = pd_store_find_unit_by_name (store, "市公安局");
  g_autoptr(PdReport) report = pd_report_units_new (store, police);
  g_autofree char *title = g_strdup_printf (_("Responsibility List: %s"), "市公安局");
  g_autofree char *counts = g_strdup_printf (_("Lead: %u · Cooperating: %u · Responsible: %u"), 8, 15, 1);
  g_autofree char *led = g_strdup_printf (_("Projects it leads (%u)"), 8);
  g_autofree char *cooperating = g_strdup_printf (_("Projects it cooperates on (%u)"), 15);
  g_autofree char *responsible = g_strdup_printf (_("Projects it is responsible for (%u)"), 1);
  g_autofree char *co_lead = g_strdup_printf (_("%s; co-leads: %s"), pd_role_get_label (PD_ROLE_LEAD), "市交委");
  g_autofree char *lead_units = g_strdup_printf (_("%s; lead units: %s"), pd_role_get_label (PD_ROLE_COOPERATE),
                                                 "市食安办、市食品药品监管局");
  PdReportTable *table;
  PdReportRow *row;

  g_assert_nonnull (police);
  g_assert_cmpstr (report->title, ==, title);
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_PAGE_BREAK, 0), ==, 0);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 0)->text, ==, "市公安局");
  g_assert_cmpint (nth_block (report, PD_REPORT_BLOCK_HEADING, 0)->level, ==, 1);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, ==, counts);
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_TABLE, 0), ==, 3);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 1)->text, ==, led);
  g_assert_cmpint (nth_block (report, PD_REPORT_BLOCK_HEADING, 1)->level, ==, 2);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 2)->text, ==, cooperating);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 3)->text, ==, responsible);

  /* Led: 25, 26, 28, 29, 35, 41, 50 (with 市交委), 51 (with 市建委 and 市交委). */
  table = nth_table (report, 0);
  g_assert_cmpuint (pd_report_table_get_n_columns (table), ==, 4);
  g_assert_cmpuint (table->rows->len, ==, 8);
  g_assert_cmpstr (table_row (table, 0)->cells[0], ==, "25");
  g_assert_cmpstr (table_row (table, 0)->cells[1], ==, "群体性事件处置机制建设项目");
  g_assert_cmpstr (table_row (table, 0)->cells[2], ==, "四、社会矛盾化解工程");
  g_assert_cmpstr (table_row (table, 0)->cells[3], ==, pd_role_get_label (PD_ROLE_LEAD));
  row = find_row (table, 0, "50");
  g_assert_cmpstr (row->cells[3], ==, co_lead);

  table = nth_table (report, 1);
  g_assert_cmpuint (table->rows->len, ==, 15);
  row = find_row (table, 0, "32");
  g_assert_cmpstr (row->cells[3], ==, lead_units);

  table = nth_table (report, 2);
  g_assert_cmpuint (table->rows->len, ==, 1);
  g_assert_cmpstr (table_row (table, 0)->cells[0], ==, "22");
}

static void
test_units_all (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = pd_report_units_new (store, NULL);
  g_autoptr(PdReport) scoped = NULL;
  g_autofree char *scope = NULL;
  guint n_rows = 0;

  g_assert_cmpstr (report->title, ==, _("Responsibility Lists"));
  /* One heading per unit with projects; each after the first on a new page. */
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_HEADING, 1), ==, N_USED_UNITS);
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_PAGE_BREAK, 0), ==, N_USED_UNITS - 1);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 0)->text, ==, "市人大常委会法制工委");
  g_assert_cmpint (((PdReportBlock *)g_ptr_array_index (report->blocks, 0))->kind, ==, PD_REPORT_BLOCK_HEADING);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == PD_REPORT_BLOCK_PAGE_BREAK)
        {
          PdReportBlock *next = g_ptr_array_index (report->blocks, i + 1);

          g_assert_cmpint (next->kind, ==, PD_REPORT_BLOCK_HEADING);
          g_assert_cmpint (next->level, ==, 1);
        }
      /* Units without projects are left out. */
      if (block->kind == PD_REPORT_BLOCK_HEADING)
        g_assert_cmpstr (block->text, !=, "越秀区");
      if (block->kind == PD_REPORT_BLOCK_TABLE)
        n_rows += block->table->rows->len;
    }
  /* Every assignment once. */
  g_assert_cmpuint (n_rows, ==, N_LEADS + N_COOPERATIONS + N_RESPONSIBLES);

  /* Project 32's scoped lead. */
  scoped = pd_report_units_new (store, pd_store_find_unit_by_name (store, "市食安办"));
  scope = g_strdup_printf (_("%s (%s)"), pd_role_get_label (PD_ROLE_LEAD), "食品安全监管");
  g_assert_true (g_str_has_prefix (find_row (nth_table (scoped, 0), 0, "32")->cells[3], scope));
}

static void
test_units_without_projects (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = pd_report_units_new (store, pd_store_find_unit_by_name (store, "越秀区"));

  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_TABLE, 0), ==, 0);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 0)->text, ==, "越秀区");
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, ==, _("This unit has no projects."));
}

/* Responsibility matrix */

static void
test_matrix (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = pd_report_matrix_new (store);
  PdReportTable *table;
  PdReportRow *band, *row, *total;
  guint first_total = 1 + N_PROJECTS;
  guint sum = 0;
  guint column;

  g_assert_cmpstr (report->title, ==, _("Responsibility Matrix"));
  g_assert_cmpint (report->paper, ==, PD_REPORT_PAPER_A3);
  g_assert_true (report->landscape);
  /* The legend names the three marks. */
  g_assert_nonnull (strstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, "●"));
  g_assert_nonnull (strstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, "○"));
  g_assert_nonnull (strstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, "◐"));

  table = nth_table (report, 0);
  g_assert_cmpuint (pd_report_table_get_n_columns (table), ==, 1 + N_PROJECTS + 3);
  g_assert_cmpstr (table->header[1], ==, "1");
  g_assert_cmpstr (table->header[N_PROJECTS], ==, "68");
  g_assert_cmpstr (table->header[first_total], ==, "●");
  g_assert_cmpstr (table->header[first_total + 1], ==, "○");
  g_assert_cmpstr (table->header[first_total + 2], ==, "◐");
  /* The programme band, a row per unit with assignments, the totals row. */
  g_assert_cmpuint (table->rows->len, ==, 1 + N_USED_UNITS + 1);
  g_assert_cmpuint (count_rows (table, PD_REPORT_ROW_TOTAL), ==, 1);

  band = table_row (table, 0);
  g_assert_cmpstr (band->cells[1], ==, "一");
  g_assert_cmpuint (band->spans[1], ==, 8);
  g_assert_cmpuint (band->spans[2], ==, 0);
  g_assert_cmpstr (band->cells[9], ==, "二");
  g_assert_cmpstr (band->cells[64], ==, "十二");
  g_assert_cmpuint (band->spans[64], ==, 5);
  g_assert_cmpuint (band->spans[first_total], ==, 3);

  row = find_row (table, 0, "市公安局");
  g_assert_cmpstr (row->cells[25], ==, "●");
  g_assert_cmpstr (row->cells[4], ==, "○");
  g_assert_cmpstr (row->cells[22], ==, "◐");
  g_assert_cmpstr (row->cells[1], ==, "");
  g_assert_true (row->flags[25] & PD_REPORT_CELL_CENTER);
  g_assert_cmpstr (row->cells[first_total], ==, "8");
  g_assert_cmpstr (row->cells[first_total + 1], ==, "15");
  g_assert_cmpstr (row->cells[first_total + 2], ==, "1");
  g_assert_true (row->flags[first_total] & PD_REPORT_CELL_NUMBER);
  row = find_row (table, 0, "市委维稳办");
  g_assert_cmpstr (row->cells[22], ==, "●");

  total = table_row (table, table->rows->len - 1);
  g_assert_cmpint (total->kind, ==, PD_REPORT_ROW_TOTAL);
  g_assert_cmpstr (total->cells[first_total], ==, "75");
  g_assert_cmpstr (total->cells[first_total + 1], ==, "362");
  g_assert_cmpstr (total->cells[first_total + 2], ==, "20");
  g_assert_cmpstr (total->cells[33], ==, "1");   /* 33: its lead alone */
  g_assert_cmpstr (total->cells[22], ==, "21");
  for (guint i = 1; i <= N_PROJECTS; i++)
    {
      g_assert_true (total->flags[i] & PD_REPORT_CELL_NUMBER);
      sum += (guint)g_ascii_strtoull (total->cells[i], NULL, 10);
    }
  g_assert_cmpuint (sum, ==, N_LEADS + N_COOPERATIONS + N_RESPONSIBLES);

  /* The rows' totals add up to the totals row, role by role. */
  for (guint role = 0; role < PD_N_ROLES; role++)
    {
      guint role_sum = 0;

      for (guint i = 1; i + 1 < table->rows->len; i++)
        role_sum += (guint)g_ascii_strtoull (table_row (table, i)->cells[first_total + role], NULL, 10);
      g_assert_cmpuint (role_sum, ==, (guint)g_ascii_strtoull (total->cells[first_total + role], NULL, 10));
    }
  column = column_of (table, "32");
  g_assert_cmpstr (find_row (table, 0, "市食安办")->cells[column], ==, "●");
}

/* Traffic light */

typedef struct
{
  const char     *what;
  PdStatus        status;
  int             progress;
  const char     *start_on;
  const char     *due_on;
  const char     *today;
  PdTrafficLight  light;
} LightCase;

static const LightCase light_cases[] = {
  /* Status decides first. */
  { "done, even when overdue", PD_STATUS_DONE, 100, "2020-01-01", "2020-04-10", "2021-01-01", PD_TRAFFIC_LIGHT_BLUE },
  { "done at 0%", PD_STATUS_DONE, 0, NULL, NULL, "2020-03-01", PD_TRAFFIC_LIGHT_BLUE },
  { "suspended", PD_STATUS_SUSPENDED, 10, "2020-01-01", "2020-04-10", "2020-03-01", PD_TRAFFIC_LIGHT_GREY },
  { "suspended past its due date", PD_STATUS_SUSPENDED, 10, "2020-01-01", "2020-04-10", "2021-01-01", PD_TRAFFIC_LIGHT_GREY },
  { "not started", PD_STATUS_PLANNED, 0, "2020-01-01", "2020-04-10", "2020-03-01", PD_TRAFFIC_LIGHT_GREY },
  { "not started, due soon", PD_STATUS_PLANNED, 0, "2020-01-01", "2020-03-10", "2020-03-01", PD_TRAFFIC_LIGHT_GREY },
  /* …but a deadline missed without even starting is red, not grey. */
  { "not started, overdue", PD_STATUS_PLANNED, 0, "2020-01-01", "2020-04-10", "2020-04-11", PD_TRAFFIC_LIGHT_RED },
  { "bundled, not started, years late", PD_STATUS_PLANNED, 0, "2013-01-01", "2022-12-31", "2026-12-07",
    PD_TRAFFIC_LIGHT_RED },
  /* Overdue: the day after the due date, not the due date itself. */
  { "overdue by a day", PD_STATUS_ACTIVE, 99, "2020-01-01", "2020-04-10", "2020-04-11", PD_TRAFFIC_LIGHT_RED },
  { "overdue by years", PD_STATUS_ACTIVE, 50, "2013-01-01", "2015-12-31", "2020-06-30", PD_TRAFFIC_LIGHT_RED },
  { "due today", PD_STATUS_ACTIVE, 99, "2020-01-01", "2020-04-10", "2020-04-10", PD_TRAFFIC_LIGHT_YELLOW },
  /* Due within 30 days: 30 days left is yellow, 31 is not. */
  { "30 days left", PD_STATUS_ACTIVE, 100, "2020-01-01", "2020-12-31", "2020-12-01", PD_TRAFFIC_LIGHT_YELLOW },
  { "31 days left", PD_STATUS_ACTIVE, 100, "2020-01-01", "2020-12-31", "2020-11-30", PD_TRAFFIC_LIGHT_GREEN },
  /* Behind time: 2020-01-01…2020-04-10 is 100 days; 2020-03-01 is day 60,
   * 60% elapsed. 40% is 20 points behind (green), 39% is 21 (yellow). */
  { "20 points behind", PD_STATUS_ACTIVE, 40, "2020-01-01", "2020-04-10", "2020-03-01", PD_TRAFFIC_LIGHT_GREEN },
  { "21 points behind", PD_STATUS_ACTIVE, 39, "2020-01-01", "2020-04-10", "2020-03-01", PD_TRAFFIC_LIGHT_YELLOW },
  { "ahead of time", PD_STATUS_ACTIVE, 90, "2020-01-01", "2020-04-10", "2020-03-01", PD_TRAFFIC_LIGHT_GREEN },
  { "before its start", PD_STATUS_ACTIVE, 0, "2020-01-01", "2020-04-10", "2019-06-01", PD_TRAFFIC_LIGHT_GREEN },
  { "on its start day", PD_STATUS_ACTIVE, 0, "2020-01-01", "2020-12-31", "2020-01-01", PD_TRAFFIC_LIGHT_GREEN },
  /* Missing dates leave out the rules that need them. */
  { "no dates", PD_STATUS_ACTIVE, 0, NULL, NULL, "2020-03-01", PD_TRAFFIC_LIGHT_GREEN },
  { "no start, due soon", PD_STATUS_ACTIVE, 0, NULL, "2020-03-10", "2020-03-01", PD_TRAFFIC_LIGHT_YELLOW },
  { "no start, overdue", PD_STATUS_ACTIVE, 0, NULL, "2020-02-10", "2020-03-01", PD_TRAFFIC_LIGHT_RED },
  { "no due date, far behind", PD_STATUS_ACTIVE, 0, "2010-01-01", NULL, "2020-03-01", PD_TRAFFIC_LIGHT_GREEN },
  { "malformed due date", PD_STATUS_ACTIVE, 0, "2020-01-01", "2020-02-30", "2021-03-01", PD_TRAFFIC_LIGHT_GREEN },
  { "no today", PD_STATUS_ACTIVE, 0, "2020-01-01", "2020-02-10", NULL, PD_TRAFFIC_LIGHT_GREEN },
  /* The bundled plan's projects run 2013-01-01…2022-12-31. */
  { "bundled, on track", PD_STATUS_ACTIVE, 60, "2013-01-01", "2022-12-31", "2020-06-30", PD_TRAFFIC_LIGHT_GREEN },
  { "bundled, behind", PD_STATUS_ACTIVE, 10, "2013-01-01", "2022-12-31", "2020-06-30", PD_TRAFFIC_LIGHT_YELLOW },
};

static void
test_traffic_light (void)
{
  int days = -1;

  for (guint i = 0; i < G_N_ELEMENTS (light_cases); i++)
    {
      const LightCase *c = &light_cases[i];
      PdTrafficLight light = pd_traffic_light (c->status, c->progress, c->start_on, c->due_on, c->today);

      if (light != c->light)
        g_error ("%s: got %s, expected %s", c->what, pd_traffic_light_to_string (light),
                 pd_traffic_light_to_string (c->light));
    }

  g_assert_false (pd_traffic_light_is_overdue (PD_STATUS_ACTIVE, "2020-04-10", "2020-04-10", &days));
  g_assert_cmpint (days, ==, 0);
  g_assert_true (pd_traffic_light_is_overdue (PD_STATUS_ACTIVE, "2020-04-10", "2020-04-11", &days));
  g_assert_cmpint (days, ==, 1);
  g_assert_true (pd_traffic_light_is_overdue (PD_STATUS_PLANNED, "2019-12-31", "2020-12-31", &days));
  g_assert_cmpint (days, ==, 366);
  g_assert_false (pd_traffic_light_is_overdue (PD_STATUS_DONE, "2019-12-31", "2020-12-31", NULL));
  g_assert_false (pd_traffic_light_is_overdue (PD_STATUS_ACTIVE, NULL, "2020-12-31", NULL));

  g_assert_cmpstr (pd_traffic_light_to_string (PD_TRAFFIC_LIGHT_RED), ==, "red");
  g_assert_cmpstr (pd_traffic_light_to_string (PD_TRAFFIC_LIGHT_GREY), ==, "grey");
  g_assert_cmpstr (pd_traffic_light_get_label (PD_TRAFFIC_LIGHT_YELLOW), ==, C_("traffic light", "Yellow"));
}

/* Why a light is what it is, one sentence per rule, in English and Chinese. */
typedef struct
{
  PdStatus    status;
  int         progress;
  const char *start_on;
  const char *due_on;
  const char *today;
  const char *en;
  const char *zh;
} ReasonCase;

static const ReasonCase reason_cases[] = {
  /* The project of the issue: 60%, active, its 2022-12-31 deadline 1,437 days gone. */
  { PD_STATUS_ACTIVE, 60, "2013-01-01", "2022-12-31", "2026-12-07", "Overdue by 4 years, 60% done", "已超期 4 年，完成 60%" },
  { PD_STATUS_PLANNED, 0, "2013-01-01", "2022-12-31", "2026-12-07", "Overdue by 4 years and not started (planned)",
    "已超期 4 年，尚未开始（计划中）" },
  { PD_STATUS_ACTIVE, 99, "2020-01-01", "2020-04-10", "2020-04-11", "Overdue by 1 day, 99% done", "已超期 1 天，完成 99%" },
  { PD_STATUS_ACTIVE, 50, "2020-01-01", "2020-04-10", "2020-05-30", "Overdue by 50 days, 50% done", "已超期 50 天，完成 50%" },
  { PD_STATUS_ACTIVE, 50, "2020-01-01", "2020-04-10", "2020-07-10", "Overdue by 3 months, 50% done", "已超期 3 个月，完成 50%" },
  { PD_STATUS_ACTIVE, 50, "2013-01-01", "2015-12-31", "2017-01-01", "Overdue by 1 year, 50% done", "已超期 1 年，完成 50%" },
  { PD_STATUS_ACTIVE, 50, "2020-01-01", "2020-04-10", "2021-02-20", "Overdue by 10 months, 50% done", "已超期 10 个月，完成 50%" },
  { PD_STATUS_PLANNED, 0, "2020-01-01", "2020-04-10", "2020-03-01", "Not started (planned)", "尚未开始（计划中）" },
  { PD_STATUS_SUSPENDED, 10, "2020-01-01", "2020-04-10", "2020-03-01", "Suspended", "已暂停" },
  { PD_STATUS_SUSPENDED, 10, "2020-01-01", "2020-04-10", "2021-01-01", "Suspended, 9 months past its due date",
    "已暂停，已过完成时限 9 个月" },
  { PD_STATUS_DONE, 100, "2020-01-01", "2020-04-10", "2021-01-01", "Done", "已完成" },
  { PD_STATUS_DONE, 80, "2020-01-01", "2020-04-10", "2020-03-01", "Done, though progress says 80%", "已完成，但进度仅为 80%" },
  { PD_STATUS_ACTIVE, 60, "2020-01-01", "2020-12-31", "2020-12-19", "Due in 12 days, 60% done", "12 天后到期，完成 60%" },
  { PD_STATUS_ACTIVE, 60, "2020-01-01", "2020-12-31", "2020-12-30", "Due in 1 day, 60% done", "1 天后到期，完成 60%" },
  { PD_STATUS_ACTIVE, 99, "2020-01-01", "2020-04-10", "2020-04-10", "Due today, 99% done", "今天到期，完成 99%" },
  /* 2020-01-01…2020-04-10 is 100 days; 2020-03-01 is day 60. */
  { PD_STATUS_ACTIVE, 39, "2020-01-01", "2020-04-10", "2020-03-01", "21 points behind schedule: 39% done, 60% of the time gone",
    "落后进度 21 个百分点：完成 39%，时间已过 60%" },
  { PD_STATUS_ACTIVE, 90, "2020-01-01", "2020-04-10", "2020-03-01", "On track: 90% done, 60% of the time gone",
    "进展正常：完成 90%，时间已过 60%" },
  { PD_STATUS_ACTIVE, 0, NULL, NULL, "2020-03-01", "On track, 0% done", "进展正常，完成 0%" },
};

static void
test_traffic_light_reasons (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reason_cases); i++)
    {
      const ReasonCase *c = &reason_cases[i];
      g_autofree char *reason = pd_traffic_light_dup_reason (c->status, c->progress, c->start_on, c->due_on, c->today);

      g_assert_cmpstr (reason, ==, pd_test_tr (c->en, c->zh));
    }
}

static void
test_today (void)
{
  g_autofree char *today = NULL;
  g_autofree char *system = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_setenv ("PLANDESK_TODAY", "2020-06-30", TRUE);
  today = pd_traffic_light_dup_today ();
  g_assert_cmpstr (today, ==, "2020-06-30");
  g_clear_pointer (&today, g_free);

  g_unsetenv ("PLANDESK_TODAY");
  today = pd_traffic_light_dup_today ();
  system = g_date_time_format (now, "%Y-%m-%d");
  g_assert_cmpstr (today, ==, system);
}

/* Progress report */

static void
test_progress_bundled (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  PdReportTable *table;
  PdReportRow *row;
  guint light, due;

  /* Through the registry, as the command line builds it. */
  g_setenv ("PLANDESK_TODAY", "2020-06-30", TRUE);
  report = pd_reports_build (store, "progress", NULL, &error);
  g_unsetenv ("PLANDESK_TODAY");
  g_assert_no_error (error);

  g_assert_cmpstr (report->title, ==, _("Progress Report"));
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, ==,
                   pd_test_tr ("As of 2020-06-30: 0 red, 0 yellow, 0 green, 0 blue (done), 68 grey (not started or suspended).",
                               "截至2020年6月30日：红灯 0 项，黄灯 0 项，绿灯 0 项，蓝灯 0 项（已完成），灰灯 68 项（未启动或已暂停）。"));

  table = nth_table (report, 0);
  g_assert_cmpuint (table->rows->len, ==, N_PROGRAMMES + N_PROJECTS);
  g_assert_cmpuint (count_rows (table, PD_REPORT_ROW_SECTION), ==, N_PROGRAMMES);
  light = column_of (table, C_("report column", "Traffic light"));
  due = column_of (table, C_("report column", "Due"));
  for (guint i = 0; i < table->rows->len; i++)
    {
      row = table_row (table, i);
      if (row->kind == PD_REPORT_ROW_SECTION)
        continue;
      g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("○ Grey", "○ 灰"));
      /* The deadline (完成时限) as the UI language writes days. */
      g_assert_cmpstr (row->cells[due], ==, pd_test_tr ("2022-12-31", "2022年12月31日"));
      g_assert_cmpuint (row->flags[due], ==, PD_REPORT_CELL_DATE);
    }
  row = find_row (table, 0, "32");
  g_assert_cmpstr (row->cells[2], ==, "市食安办(食品安全监管)、市食品药品监管局(药品安全监管)");
  g_assert_cmpstr (row->cells[3], ==, pd_status_get_label (PD_STATUS_PLANNED));
  g_assert_cmpstr (row->cells[5], ==, "0");

  /* Nothing overdue: no tables after the first, a sentence each instead. */
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_TABLE, 0), ==, 1);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 1)->text, ==, _("No project is overdue."));
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 2)->text, ==, _("No unit has an overdue project."));
}

static void
test_progress_edited (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdStore) store = open_copy (dir);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  PdReportTable *table, *overdue, *units;
  PdReportRow *row;
  guint light, progress, latest;

  /* 1: active, 10% by mid-2020 — far behind time. 2: done, due 2013-03-31. 3: active and
   * due at the end of 2019. 4: active, on track. 5: suspended. 6: active,
   * due in 20 days. */
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 1), PD_STATUS_ACTIVE));
  push (history, pd_command_set_project_progress (pd_store_find_project_by_number (store, 1), 10));
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 2), PD_STATUS_DONE));
  push (history, pd_command_set_project_dates (pd_store_find_project_by_number (store, 2), "2013-01-01", "2013-03-31", &error));
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 3), PD_STATUS_ACTIVE));
  push (history, pd_command_set_project_dates (pd_store_find_project_by_number (store, 3), "2013-01-01", "2019-12-31", &error));
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 4), PD_STATUS_ACTIVE));
  push (history, pd_command_set_project_progress (pd_store_find_project_by_number (store, 4), 80));
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 5), PD_STATUS_SUSPENDED));
  push (history, pd_command_set_project_status (pd_store_find_project_by_number (store, 6), PD_STATUS_ACTIVE));
  push (history, pd_command_set_project_progress (pd_store_find_project_by_number (store, 6), 95));
  push (history, pd_command_set_project_dates (pd_store_find_project_by_number (store, 6), "2020-01-01", "2020-07-20", &error));
  /* Two progress reports on project 4: the later one is shown. */
  g_assert_true (pd_database_exec (pd_store_get_database (store),
                                   "INSERT INTO progress_report (project_id, reported_on, status, progress, body) VALUES "
                                   "(4, '2020-06-01', 'active', 80, '队伍建设持续推进。'),"
                                   "(4, '2019-12-01', 'active', 60, '已完成调研。')",
                                   &error));
  g_assert_no_error (error);

  report = pd_report_progress_new (store, "2020-06-30");
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, ==,
                   pd_test_tr ("As of 2020-06-30: 1 red, 2 yellow, 1 green, 1 blue (done), 63 grey (not started or suspended).",
                               "截至2020年6月30日：红灯 1 项，黄灯 2 项，绿灯 1 项，蓝灯 1 项（已完成），灰灯 63 项（未启动或已暂停）。"));

  table = nth_table (report, 0);
  light = column_of (table, C_("report column", "Traffic light"));
  progress = column_of (table, C_("report column", "Progress (%)"));
  latest = column_of (table, C_("report column", "Latest progress"));
  row = find_row (table, 0, "1");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("▲ Yellow", "▲ 黄"));
  g_assert_cmpstr (row->cells[progress], ==, "10");
  g_assert_cmpstr (row->cells[3], ==, pd_status_get_label (PD_STATUS_ACTIVE));
  g_assert_true (row->flags[progress] & PD_REPORT_CELL_NUMBER);
  row = find_row (table, 0, "2");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("■ Blue", "■ 蓝"));
  /* Its deadline (完成时限), as the UI language writes days. */
  g_assert_cmpstr (row->cells[column_of (table, C_("report column", "Due"))], ==, pd_test_tr ("2013-03-31", "2013年3月31日"));
  row = find_row (table, 0, "3");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("◆ Red", "◆ 红"));
  g_assert_cmpstr (row->cells[column_of (table, C_("report column", "Due"))], ==, pd_test_tr ("2019-12-31", "2019年12月31日"));
  row = find_row (table, 0, "4");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("● Green", "● 绿"));
  g_assert_cmpstr (row->cells[latest], ==, "队伍建设持续推进。");
  row = find_row (table, 0, "5");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("○ Grey", "○ 灰"));
  g_assert_cmpstr (row->cells[latest], ==, "");
  row = find_row (table, 0, "6");
  g_assert_cmpstr (row->cells[light], ==, pd_test_tr ("▲ Yellow", "▲ 黄"));

  /* Overdue: project 3 alone, 182 days after 2019-12-31. */
  g_assert_cmpuint (count_blocks (report, PD_REPORT_BLOCK_TABLE, 0), ==, 3);
  overdue = nth_table (report, 1);
  g_assert_cmpuint (overdue->rows->len, ==, 1);
  g_assert_cmpstr (table_row (overdue, 0)->cells[0], ==, "3");
  g_assert_cmpstr (table_row (overdue, 0)->cells[2], ==, "市法制办");
  g_assert_cmpstr (table_row (overdue, 0)->cells[4], ==, pd_test_tr ("2019-12-31", "2019年12月31日"));
  g_assert_cmpuint (table_row (overdue, 0)->flags[4], ==, PD_REPORT_CELL_DATE);
  g_assert_cmpstr (table_row (overdue, 0)->cells[5], ==, "182");

  /* CSV reads as the other formats do: the day as people write it. */
  {
    g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);
    g_autofree char *csv = NULL;

    g_assert_no_error (error);
    csv = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_assert_nonnull (strstr (csv, pd_test_tr (",2013-03-31,", ",2013年3月31日,")));
    g_assert_nonnull (strstr (csv, pd_test_tr ("As of 2020-06-30:", "截至2020年6月30日：")));
  }

  /* Its units: 市法制办 leads; 各区(县级市) and 市直各部门 cooperate. */
  units = nth_table (report, 2);
  g_assert_cmpuint (units->rows->len, ==, 3);
  row = find_row (units, 0, "市法制办");
  g_assert_cmpstr (row->cells[1], ==, "1");
  g_assert_cmpstr (row->cells[2], ==, "0");
  g_assert_cmpstr (row->cells[4], ==, "1");
  row = find_row (units, 0, "各区(县级市)");
  g_assert_cmpstr (row->cells[2], ==, "1");
  g_assert_cmpstr (row->cells[4], ==, "1");
  find_row (units, 0, "市直各部门");

  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* Plan text */

typedef struct
{
  char      *heading;     /* 二、主要任务及分工 */
  char      *preamble;
  GPtrArray *programmes;  /* (一)法治广州建设工程。 */
  GPtrArray *items;       /* 1、平安建设地方立法项目。由… */
} Section;

static void
section_clear (Section *section)
{
  g_free (section->heading);
  g_free (section->preamble);
  g_ptr_array_unref (section->programmes);
  g_ptr_array_unref (section->items);
}

/* The task section of the document (the plan's source_text, which the
 * store does not load): from 二、 to 三、, a paragraph a line. */
static void
read_source_section (PdStore *store,
                     Section *section)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store),
                                            "SELECT source_text FROM plan WHERE id = 1", &error);
  g_autofree char *source = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean inside = FALSE;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  source = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  section->programmes = g_ptr_array_new_with_free_func (g_free);
  section->items = g_ptr_array_new_with_free_func (g_free);
  g_assert_nonnull (source);
  lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "二、"))
        {
          inside = TRUE;
          section->heading = g_strdup (line);
          continue;
        }
      if (g_str_has_prefix (line, "三、"))
        break;
      if (!inside || *line == '\0')
        continue;
      if (g_str_has_prefix (line, "("))
        g_ptr_array_add (section->programmes, g_strdup (line));
      else if (g_ascii_isdigit (line[0]))
        g_ptr_array_add (section->items, g_strdup (line));
      else
        {
          g_assert_null (section->preamble);
          section->preamble = g_strdup (line);
        }
    }
  g_assert_cmpuint (section->programmes->len, ==, N_PROGRAMMES);
  g_assert_cmpuint (section->items->len, ==, N_PROJECTS);
}

/* Compares the regenerated items of @store with the document's; returns the
 * numbers of the items that differ, printing each difference. */
static GString *
compare_items (PdStore    *store,
               GHashTable *wording,
               guint      *n_matching)
{
  Section source = { 0 };
  GString *differing = g_string_new (NULL);

  read_source_section (store, &source);
  *n_matching = 0;
  for (int number = 1; number <= N_PROJECTS; number++)
    {
      PdProject *project = pd_store_find_project_by_number (store, number);
      g_autofree char *item = pd_report_plan_text_dup_project (project, wording);
      const char *expected = g_ptr_array_index (source.items, number - 1);

      if (g_str_equal (item, expected))
        {
          (*n_matching)++;
          continue;
        }
      g_test_message ("item %d differs:\n  document:    %s\n  regenerated: %s", number, expected, item);
      g_string_append_printf (differing, "%s%d", differing->len ? " " : "", number);
    }
  section_clear (&source);
  return differing;
}

static void
test_plan_text (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  g_autoptr(PdReport) report = pd_report_plan_text_new (store);
  g_autoptr(GString) differing = NULL;
  Section source = { 0 };
  guint programme = 0, item = 0, n_matching;

  /* The report: the section's heading and preamble, then each programme's
   * line and its items, exactly as the document reads. */
  read_source_section (store, &source);
  g_assert_cmpstr (report->title, ==, _("Plan Text"));
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_HEADING, 0)->text, ==, source.heading);
  g_assert_cmpstr (nth_block (report, PD_REPORT_BLOCK_PARAGRAPH, 0)->text, ==, source.preamble);
  for (guint i = 2; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == PD_REPORT_BLOCK_HEADING)
        {
          g_assert_cmpint (block->level, ==, 2);
          g_assert_cmpstr (block->text, ==, g_ptr_array_index (source.programmes, programme++));
        }
      else
        {
          g_autofree char *prefix = g_strdup_printf ("%u、", ++item);

          g_assert_cmpint (block->kind, ==, PD_REPORT_BLOCK_PARAGRAPH);
          g_assert_true (g_str_has_prefix (block->text, prefix));
        }
    }
  g_assert_cmpuint (programme, ==, N_PROGRAMMES);
  g_assert_cmpuint (item, ==, N_PROJECTS);
  section_clear (&source);

  /* Every item comes out exactly as the document writes it: the rules,
   * the committee's members and the two words the plan stores where the
   * document departs from the rules (assignment.wording_after). */
  differing = compare_items (store, NULL, &n_matching);
  g_test_message ("plan text: %u of %d items identical to the document", n_matching, N_PROJECTS);
  g_assert_cmpstr (differing->str, ==, "");
  g_assert_cmpuint (n_matching, ==, N_PROJECTS);
}

/* What each piece of stored data contributes: without the two stored words
 * (an empty override table), items 26 and 52 follow the rules instead of
 * the document; without the food-safety committee's members, item 32 too. */
static void
test_plan_text_wording (void)
{
  static const char * const committee[] = {
    "市经贸委", "市农业局", "市公安局", "市卫生局", "市工商局", "市质监局", "市财政局"
  };
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdStore) store = open_copy (dir);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(GHashTable) no_wording = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) differing = NULL;
  PdUnit *collective = pd_store_find_unit_by_name (store, "市食品安全委员会成员单位");
  guint n_matching;

  differing = compare_items (store, no_wording, &n_matching);
  g_assert_cmpstr (differing->str, ==, "26 52");
  g_assert_cmpuint (n_matching, ==, 66);
  g_string_free (g_steal_pointer (&differing), TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (pd_unit_get_members (collective)), ==, G_N_ELEMENTS (committee));
  for (guint i = 0; i < G_N_ELEMENTS (committee); i++)
    push (history, pd_command_remove_unit_member (collective, pd_store_find_unit_by_name (store, committee[i])));
  differing = compare_items (store, no_wording, &n_matching);
  g_assert_cmpstr (differing->str, ==, "26 32 52");
  g_assert_cmpuint (n_matching, ==, 65);
  g_string_free (g_steal_pointer (&differing), TRUE);

  /* Undone, the plan reads as the document again. */
  while (pd_history_get_can_undo (history))
    g_assert_true (pd_history_undo (history, NULL));
  differing = compare_items (store, NULL, &n_matching);
  g_assert_cmpstr (differing->str, ==, "");

  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* An edited project reads as the document would have written it. */
static void
test_plan_text_edited (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdStore) store = open_copy (dir);
  g_autoptr(PdHistory) history = pd_history_new (store);
  g_autoptr(GError) error = NULL;
  PdProject *project = pd_store_find_project_by_number (store, 33);
  g_autofree char *text = NULL;

  g_assert_cmpstr ((text = pd_report_plan_text_dup_project (project, NULL)), ==, "33、环境安全监控项目。由市环保局牵头落实。");
  g_clear_pointer (&text, g_free);

  push (history, pd_command_add_assignment (project, pd_store_find_unit_by_name (store, "市公安局"),
                                            PD_ROLE_COOPERATE, NULL, &error));
  g_assert_cmpstr ((text = pd_report_plan_text_dup_project (project, NULL)), ==,
                   "33、环境安全监控项目。由市环保局牵头,市公安局等单位配合。");
  g_clear_pointer (&text, g_free);

  push (history, pd_command_add_assignment (project, pd_store_find_unit_by_name (store, "各区(县级市)"),
                                            PD_ROLE_COOPERATE, NULL, &error));
  g_assert_cmpstr ((text = pd_report_plan_text_dup_project (project, NULL)), ==,
                   "33、环境安全监控项目。由市环保局牵头,市公安局等单位和各区(县级市)配合。");
  g_clear_pointer (&text, g_free);

  push (history, pd_command_add_assignment (project, pd_store_find_unit_by_name (store, "市应急办"),
                                            PD_ROLE_LEAD, NULL, &error));
  push (history, pd_command_add_assignment (project, pd_store_find_unit_by_name (store, "市水务局"),
                                            PD_ROLE_RESPONSIBLE, NULL, &error));
  g_assert_cmpstr ((text = pd_report_plan_text_dup_project (project, NULL)), ==,
                   "33、环境安全监控项目。由市环保局、市应急办牵头,市公安局等单位和各区(县级市)配合,"
                   "市水务局等单位负责落实、推进。");

  g_clear_object (&history);
  g_clear_object (&store);
  pd_test_remove_tree (dir);
}

/* Every report renders as CSV. */
static void
test_csv (void)
{
  g_autoptr(PdStore) store = open_bundled ();
  const char * const *kinds = pd_reports_get_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdReport) report = pd_reports_build (store, kinds[i], NULL, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "\xEF\xBB\xBF"));
    }
  {
    g_autoptr(PdReport) report = pd_report_division_new (store);
    g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, NULL);
    g_autofree char *csv = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autoptr(GPtrArray) records = pd_test_parse_csv (csv + 3);

    g_assert_cmpuint (records->len, ==, 1 + N_PROGRAMMES + N_PROJECTS);
    g_assert_cmpstr (((char **)records->pdata[1])[0], ==, "一、法治广州建设工程");
  }
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-builders/registry", test_registry);
  g_test_add_func ("/report-builders/registry-errors", test_registry_errors);
  g_test_add_func ("/report-builders/near-units", test_near_units);
  g_test_add_func ("/report-builders/division", test_division);
  g_test_add_func ("/report-builders/units/one", test_units_one);
  g_test_add_func ("/report-builders/units/all", test_units_all);
  g_test_add_func ("/report-builders/units/without-projects", test_units_without_projects);
  g_test_add_func ("/report-builders/matrix", test_matrix);
  g_test_add_func ("/report-builders/traffic-light-reasons", test_traffic_light_reasons);
  g_test_add_func ("/report-builders/traffic-light", test_traffic_light);
  g_test_add_func ("/report-builders/today", test_today);
  g_test_add_func ("/report-builders/progress/bundled", test_progress_bundled);
  g_test_add_func ("/report-builders/progress/edited", test_progress_edited);
  g_test_add_func ("/report-builders/plan-text", test_plan_text);
  g_test_add_func ("/report-builders/plan-text/wording", test_plan_text_wording);
  g_test_add_func ("/report-builders/plan-text/edited", test_plan_text_edited);
  g_test_add_func ("/report-builders/csv", test_csv);

  return g_test_run ();
}
