/* test-export-pdf.c — the PDF writer and its page layout, checked with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDFs of hand-built reports and of the bundled plan are read back with
 * poppler-utils (pdfinfo, pdffonts, pdftotext), as a reader would see them.
 * Runs once per language: the footer says "Page 1 of N" and "Generated on
 * 2024-03-15" in English, "第 1 页，共 N 页" and "生成日期：2024年3月15日" with
 * LANGUAGE=zh_CN.
 */
#define G_LOG_DOMAIN "test-export-pdf"

#include <cairo.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-pdf-writer.h"
#include "reports/pd-report-assignments.h"
#include "reports/pd-report-division.h"
#include "reports/pd-report-progress.h"
#include "reports/pd-report.h"
#include "store/pd-commands.h"
#include "store/pd-history.h"
#include "store/pd-store.h"

#define DATE "2024-03-15"
#define SCRIPT "<script>alert(1)</script>"
#define FORMULA "=HYPERLINK(\"http://example.com\",\"点击\")"

/* The footer's page number, "Page 2 of 5", in the UI language. */
static char *
dup_page_text (guint page,
               guint n_pages)
{
  if (pd_test_in_chinese ())
    return g_strdup_printf ("第 %u 页，共 %u 页", page, n_pages);
  return g_strdup_printf ("Page %u of %u", page, n_pages);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo && pdffonts && pdftotext)
    return TRUE;
  g_test_skip ("poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed");
  return FALSE;
}

/* Runs @argv and returns its standard output; it must succeed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

typedef struct
{
  double width;
  double height;
  guint  pages;
  char  *title;
} PdfInfo;

static void
pdf_info (const char *path,
          PdfInfo    *info)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  memset (info, 0, sizeof *info);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        info->pages = atoi (lines[i] + strlen ("Pages:"));
      else if (g_str_has_prefix (lines[i], "Page size:"))
        g_assert_cmpint (sscanf (lines[i], "Page size: %lf x %lf", &info->width, &info->height), ==, 2);
      else if (g_str_has_prefix (lines[i], "Title:"))
        info->title = g_strdup (g_strstrip (lines[i] + strlen ("Title:")));
    }
  g_assert_cmpuint (info->pages, >, 0);
}

/* Every font of the file is embedded: pdffonts' "emb" column says yes. */
static void
assert_fonts_embedded (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  const char *header;
  guint emb, n_fonts = 0;

  /* name type encoding emb sub uni object ID: find the column by the header. */
  g_assert_nonnull (lines[0]);
  header = strstr (lines[0], "emb");
  g_assert_nonnull (header);
  emb = header - lines[0];
  g_assert_true (g_str_has_prefix (lines[1], "-----"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_assert_cmpuint (strlen (lines[i]), >, emb + 3);
      if (strncmp (lines[i] + emb, "yes", 3) != 0)
        g_error ("font not embedded: %s", lines[i]);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  /* The CJK fonts are the ones used. */
  g_assert_nonnull (strstr (out, "CJK"));
}

/* The text of pages @first to @last (0 for all) as pdftotext -layout sees it. */
static char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first ? first : 1);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *argv_all[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  const char *argv_range[] = { "pdftotext", "-layout", "-enc", "UTF-8", "-f", f, "-l", l, path, "-", NULL };

  return run (first ? argv_range : argv_all);
}

/* The text in reading order, without any white space: the lines of a
 * wrapped table cell come together. */
static char *
pdf_raw_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = run (argv);
  GString *flat = g_string_new (NULL);

  for (const char *p = out; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

/* pdftotext -layout pads columns with spaces: compare without them. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* PD_TEST_KEEP=1 keeps the files to look at. */
static void
remove_dir (const char *dir)
{
  if (g_getenv ("PD_TEST_KEEP") != NULL)
    g_test_message ("kept %s", dir);
  else
    pd_test_remove_tree (dir);
}

static void
set_date (PdReport *report)
{
  g_free (report->generated_on);
  report->generated_on = g_strdup (DATE);
}

/* A division-of-tasks-like table: sections, long cells, numbers, a total. */
static PdReport *
build_long_report (void)
{
  static const char * const header[] = { "序号", "项目", "牵头单位", "配合单位", "完成时限", NULL };
  static const double widths[] = { 1, 5, 3, 4, 2 };
  PdReport *report = pd_report_new ("任务分工表");
  PdReportTable *table;
  PdReportRow *row;

  set_date (report);
  pd_report_set_subtitle (report, "创建平安广州推进方案(2013—2022年)");
  pd_report_set_header (report, "创建平安广州推进方案");
  pd_report_add_heading (report, "一、总体要求");
  pd_report_add_paragraph (report, "按照市委、市政府的部署，各牵头单位要会同配合单位，制定具体实施方案，"
                                   "明确工作目标、工作措施和完成时限，确保各项任务落到实处。");
  pd_report_add_subheading (report, "（一）任务分工");
  table = pd_report_add_table (report, header);
  pd_report_table_set_widths (table, widths);

  for (guint s = 0; s < 6; s++)
    {
      g_autofree char *section = g_strdup_printf ("第%u工程：法治广州建设工程", s + 1);

      pd_report_table_add_section (table, section);
      for (guint i = 0; i < 12; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", s * 12 + i + 1);
          g_autofree char *project = g_strdup_printf ("法治建设项目%u：完善地方立法工作机制，提高立法质量，"
                                                      "推进科学立法、民主立法", s * 12 + i + 1);
          const char *cells[] = {
            number, project, "市人大常委会法制工委",
            i == 3 ? SCRIPT : i == 4 ? FORMULA : "市法制办、市委政法委、市中级法院、市检察院、各区(县级市)",
            "2015年12月",
          };

          row = pd_report_table_add_row (table, cells);
          pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER);
        }
    }
  {
    const char *cells[] = { "合计", "", "72", "", "", NULL };

    row = pd_report_table_add_row (table, cells);
    row->kind = PD_REPORT_ROW_TOTAL;
    pd_report_row_set_span (row, 0, 2);
    pd_report_row_set_flags (row, 2, PD_REPORT_CELL_NUMBER);
  }
  pd_report_add_paragraph (report, "（完）");
  return report;
}

static void
write_report (PdReport   *report,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (pd_report_write_to_file (report, PD_REPORT_FORMAT_PDF, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_long_table (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "division.pdf", NULL);
  g_autoptr(PdReport) report = build_long_report ();
  g_autofree char *all = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *footer = NULL;
  guint tables = 0;
  PdfInfo info;

  if (!have_poppler ())
    return;

  write_report (report, path);
  pdf_info (path, &info);

  /* A4 portrait, the report's title as the document's. */
  g_assert_cmpfloat_with_epsilon (info.width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (info.height, 841.89, 0.5);
  g_assert_cmpuint (info.pages, >, 2);
  g_assert_cmpstr (info.title, ==, "任务分工表");
  g_free (info.title);
  assert_fonts_embedded (path);

  all = pdf_text (path, 0, 0);
  flat = squeeze (all);
  g_assert_nonnull (strstr (flat, "任务分工表"));
  g_assert_nonnull (strstr (flat, "创建平安广州推进方案(2013—2022年)"));
  g_assert_nonnull (strstr (flat, "市人大常委会法制工委"));
  g_assert_nonnull (strstr (flat, "第6工程：法治广州建设工程"));
  g_assert_nonnull (strstr (flat, "合计"));

  /* Hostile cell text is just text. */
  g_assert_nonnull (strstr (all, SCRIPT));
  g_assert_nonnull (strstr (flat, "=HYPERLINK(\"http://"));
  g_assert_nonnull (strstr (flat, "example.com\",\"点击\")"));

  /* Every page: the running header, the footer, the generation date; each
   * page of the table repeats its header row. */
  for (guint page = 1; page <= info.pages; page++)
    {
      g_autofree char *text = pdf_text (path, page, page);
      g_autofree char *squeezed = squeeze (text);
      g_autofree char *expected = dup_page_text (page, info.pages);

      g_assert_nonnull (strstr (text, expected));
      g_assert_nonnull (strstr (text, pd_test_tr ("Generated on " DATE, "生成日期：2024年3月15日")));
      g_assert_nonnull (strstr (squeezed, "创建平安广州推进方案"));
      if (strstr (squeezed, "法治建设项目") == NULL && strstr (squeezed, "合计") == NULL)
        continue;  /* the paragraph after the table */
      tables++;
      g_assert_nonnull (strstr (squeezed, "序号"));
      g_assert_nonnull (strstr (squeezed, "牵头单位"));
      g_assert_nonnull (strstr (squeezed, "配合单位"));
      g_assert_nonnull (strstr (squeezed, "完成时限"));
    }
  g_assert_cmpuint (tables, >=, 3);

  /* No row is cut or shown twice: each project once. */
  for (guint i = 1; i <= 72; i++)
    {
      g_autofree char *project = g_strdup_printf ("法治建设项目%u：", i);

      g_assert_cmpuint (count (flat, project), ==, 1);
    }
  footer = dup_page_text (1, info.pages);
  g_assert_cmpuint (count (all, footer), ==, 1);

  remove_dir (dir);
}

static void
test_paper (void)
{
  static const struct
  {
    PdReportPaper paper;
    gboolean      landscape;
    double        width;
    double        height;
  } papers[] = {
    { PD_REPORT_PAPER_A4, FALSE, 595.28, 841.89 },
    { PD_REPORT_PAPER_A4, TRUE, 841.89, 595.28 },
    { PD_REPORT_PAPER_A3, FALSE, 841.89, 1190.55 },
    { PD_REPORT_PAPER_A3, TRUE, 1190.55, 841.89 },
  };
  g_autofree char *dir = pd_test_make_tmpdir ();

  if (!have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr(PdReport) report = build_long_report ();
      g_autofree char *path = g_strdup_printf ("%s/paper-%u.pdf", dir, i);
      g_autofree char *text = NULL;
      g_autofree char *footer = NULL;
      PdfInfo info;

      pd_report_set_layout (report, papers[i].paper, papers[i].landscape);
      write_report (report, path);
      pdf_info (path, &info);
      g_free (info.title);
      g_assert_cmpfloat_with_epsilon (info.width, papers[i].width, 0.5);
      g_assert_cmpfloat_with_epsilon (info.height, papers[i].height, 0.5);
      text = pdf_text (path, 1, 1);
      footer = dup_page_text (1, info.pages);
      g_assert_nonnull (strstr (text, footer));
    }

  remove_dir (dir);
}

static PdReport *
build_short_report (gboolean with_break)
{
  PdReport *report = pd_report_new ("责任清单");

  set_date (report);
  pd_report_add_heading (report, "市公安局");
  pd_report_add_paragraph (report, "牵头项目：反恐怖工作建设项目。");
  if (with_break)
    pd_report_add_page_break (report);
  pd_report_add_heading (report, "市司法局");
  pd_report_add_paragraph (report, "牵头项目：社区矫正工作建设项目。");
  return report;
}

static void
test_page_break (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *two = g_build_filename (dir, "two.pdf", NULL);
  g_autofree char *trailing = g_build_filename (dir, "trailing.pdf", NULL);
  g_autoptr(PdReport) without = build_short_report (FALSE);
  g_autoptr(PdReport) with = build_short_report (TRUE);
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  PdfInfo info;

  if (!have_poppler ())
    return;

  write_report (without, one);
  pdf_info (one, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, ==, 1);

  /* The break starts a new page: the second unit is on page 2 alone. */
  write_report (with, two);
  pdf_info (two, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, ==, 2);
  page1 = pdf_text (two, 1, 1);
  page2 = pdf_text (two, 2, 2);
  g_assert_nonnull (strstr (page1, "市公安局"));
  g_assert_null (strstr (page1, "市司法局"));
  g_assert_nonnull (strstr (page2, "市司法局"));
  g_assert_nonnull (strstr (page2, pd_test_tr ("Page 2 of 2", "第 2 页，共 2 页")));

  /* Breaks at the end or twice in a row make no empty page. */
  pd_report_add_page_break (with);
  pd_report_add_page_break (with);
  write_report (with, trailing);
  pdf_info (trailing, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, ==, 2);

  remove_dir (dir);
}

/* A cell taller than a page is cut between lines, each line shown once. */
static void
test_tall_row (void)
{
  static const char * const header[] = { "单位", "职责", NULL };
  static const double widths[] = { 1, 4 };
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tall.pdf", NULL);
  g_autoptr(PdReport) report = pd_report_new ("长单元格");
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *all = NULL;
  g_autofree char *flat = NULL;
  PdReportTable *table;
  PdfInfo info;

  if (!have_poppler ())
    return;

  set_date (report);
  for (guint i = 1; i <= 400; i++)
    g_string_append_printf (text, "第%03u条。\n", i);
  table = pd_report_add_table (report, header);
  pd_report_table_set_widths (table, widths);
  {
    const char *cells[] = { "市委政法委", "之前的一行", NULL };

    pd_report_table_add_row (table, cells);
  }
  {
    const char *cells[] = { "市公安局", text->str, NULL };

    pd_report_table_add_row (table, cells);
  }
  {
    const char *cells[] = { "市司法局", "之后的一行", NULL };

    pd_report_table_add_row (table, cells);
  }

  write_report (report, path);
  pdf_info (path, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, >=, 3);
  all = pdf_text (path, 0, 0);
  flat = squeeze (all);
  for (guint i = 1; i <= 400; i++)
    {
      g_autofree char *line = g_strdup_printf ("第%03u条。", i);

      g_assert_cmpuint (count (flat, line), ==, 1);
    }
  g_assert_cmpuint (count (flat, "之前的一行"), ==, 1);
  g_assert_cmpuint (count (flat, "之后的一行"), ==, 1);
  /* The header row on every page. */
  g_assert_cmpuint (count (flat, "职责"), ==, info.pages);

  remove_dir (dir);
}

/* How many times @text appears in @layout_text on one line. */
static guint
count_on_lines (const char *layout_text,
                const char *text)
{
  g_auto(GStrv) lines = g_strsplit (layout_text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += count (lines[i], text);
  return n;
}

/* Every distinct text of @column of @table appears, on one line of the
 * PDF's layout text, at least as often as rows hold it: no cell of that
 * column is broken across lines. */
static void
assert_column_on_one_line (PdReportTable *table,
                           guint          column,
                           const char    *layout_text)
{
  g_autoptr(GHashTable) rows_with = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint r = 0; r < table->rows->len; r++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, r);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (rows_with, row->cells[column]));

      g_hash_table_insert (rows_with, row->cells[column], GUINT_TO_POINTER (n + 1));
    }
  g_assert_cmpuint (g_hash_table_size (rows_with), >=, 1);
  g_hash_table_iter_init (&iter, rows_with);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (count_on_lines (layout_text, key) < GPOINTER_TO_UINT (value))
      g_error ("“%s” (%s) is on %u rows but whole on only %u lines", (char *)key, table->header[column],
               GPOINTER_TO_UINT (value), count_on_lines (layout_text, key));
}

/* The assignments for people: headings in the UI language, roles as
 * words, dates as shown, A4 landscape, and no programme, project title,
 * date, role or unit name broken across lines. */
static void
test_assignments (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *path = g_build_filename (dir, "assignments.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autofree char *all = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *heading = NULL;
  PdReportTable *table;
  PdfInfo info;

  g_assert_no_error (error);
  if (!have_poppler ())
    return;

  report = pd_report_assignments_new (store);
  set_date (report);
  write_report (report, path);
  pdf_info (path, &info);
  /* A4 landscape, 457 rows of one line each: 18 pages. */
  g_assert_cmpfloat_with_epsilon (info.width, 841.89, 0.5);
  g_assert_cmpfloat_with_epsilon (info.height, 595.28, 0.5);
  g_assert_cmpuint (info.pages, ==, 18);
  g_assert_cmpstr (info.title, ==, pd_test_tr ("Assignments", "任务分工明细"));
  g_free (info.title);
  assert_fonts_embedded (path);

  all = pdf_text (path, 0, 0);
  flat = pdf_raw_text (path);
  g_assert_nonnull (strstr (flat, pd_store_get_title (store)));
  footer = dup_page_text (1, info.pages);
  g_assert_nonnull (strstr (all, footer));
  g_assert_nonnull (strstr (all, pd_test_tr (DATE, "2024年3月15日")));

  /* The headings of the other reports, in the UI language, on page 1 and
   * again on page 2; never the CSV's column names. */
  heading = g_strdup (pd_test_tr ("No.ProgrammeProjectDueRoleUnitScope", "序号工程项目完成时限职责单位分工范围"));
  page1 = squeeze (pdf_text (path, 1, 1));
  page2 = squeeze (pdf_text (path, 2, 2));
  g_assert_cmpuint (count (page1, heading), ==, 1);
  g_assert_cmpuint (count (page2, heading), ==, 1);
  g_assert_null (strstr (all, "programme_no"));
  g_assert_null (strstr (all, "due_on"));
  g_assert_null (strstr (all, "cooperate\n"));
  g_free (footer);
  footer = dup_page_text (2, info.pages);
  g_free (heading);
  heading = squeeze (footer);
  g_assert_nonnull (strstr (page2, heading));

  /* Row 1 as people read it: the programme as the document heads it, the
   * role as a word, the deadline as dates are shown. */
  g_assert_nonnull (strstr (page1, pd_test_tr ("1一、法治广州建设工程平安建设地方立法项目2022-12-31Lead市人大常委会法制工委",
                                               "1一、法治广州建设工程平安建设地方立法项目2022年12月31日牵头市人大常委会法制工委")));
  g_assert_nonnull (strstr (page1, pd_test_tr ("2022-12-31Cooperate市法制办", "2022年12月31日配合市法制办")));
  g_assert_nonnull (strstr (all, pd_test_tr ("Responsible", "负责落实")));
  g_assert_null (strstr (all, "cooperate"));

  /* On A4 landscape everything but the scope stays on one line. */
  table = ((PdReportBlock *)g_ptr_array_index (report->blocks, 0))->table;
  g_assert_cmpuint (pd_report_table_get_n_columns (table), ==, 7);
  for (guint c = 1; c <= 5; c++)
    assert_column_on_one_line (table, c, all);
  g_assert_cmpuint (count_on_lines (all, "市流动人员出租屋管理工作领导小组成员单位"), >=, 1);
  g_assert_cmpuint (count_on_lines (all, "异地务工人员公共服务体系建设项目"), >=, 1);

  /* Portrait has no room for that: the columns share the width, the
   * titles wrap and the rows grow. */
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, FALSE);
  write_report (report, path);
  pdf_info (path, &info);
  g_free (info.title);
  g_assert_cmpfloat_with_epsilon (info.width, 595.28, 0.5);
  g_free (all);
  all = pdf_text (path, 0, 0);
  g_assert_cmpuint (count_on_lines (all, "异地务工人员公共服务体系建设项目"), ==, 0);
  g_free (flat);
  flat = pdf_raw_text (path);
  g_assert_nonnull (strstr (flat, "市流动人员出租屋管理工作领导小组成员单位"));

  g_clear_object (&store);
  remove_dir (dir);
}

static gboolean
dir_is_empty (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  g_assert_nonnull (dir);
  return g_dir_read_name (dir) == NULL;
}

static void
test_cancelled (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(PdReport) report = build_long_report ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);

  g_assert_false (pd_report_write_to_file (report, PD_REPORT_FORMAT_PDF, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (dir_is_empty (dir));
  g_clear_error (&error);

  g_assert_false (pd_pdf_writer_write (report, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (dir_is_empty (dir));

  remove_dir (dir);
}

static void
test_unwritable (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autoptr(PdReport) report = build_short_report (FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_pdf_writer_write (report, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_dir (dir);
}

/* The layout that printing uses paginates as the writer does, and draws
 * any page on its own, in any order. */
static void
test_layout (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "layout.pdf", NULL);
  g_autoptr(PdReport) report = build_long_report ();
  g_autoptr(PdPdfLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;
  guint n_pages;

  pd_pdf_get_paper_size (PD_REPORT_PAPER_A4, TRUE, &width, &height);
  g_assert_cmpfloat (width, >, height);
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, TRUE);
  layout = pd_pdf_layout_new (report, width, height);
  g_assert_true (pd_pdf_layout_paginate (layout, NULL, &error));
  g_assert_no_error (error);
  n_pages = pd_pdf_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >, 1);

  /* Paginating again gives the same pages. */
  g_assert_true (pd_pdf_layout_paginate (layout, NULL, &error));
  g_assert_cmpuint (pd_pdf_layout_get_n_pages (layout), ==, n_pages);

  for (guint i = n_pages; i > 0; i--)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      g_assert_true (pd_pdf_layout_draw_page (layout, cr, i - 1, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      /* Drawn inside the page. */
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, width);
      g_assert_cmpfloat (y + h, <=, height);
      g_assert_cmpfloat (h, >, height / 2);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  if (have_poppler ())
    {
      PdfInfo info;

      write_report (report, path);
      pdf_info (path, &info);
      g_free (info.title);
      g_assert_cmpuint (info.pages, ==, n_pages);
    }

  remove_dir (dir);
}

/* Empty reports and empty tables still make one valid page. */
static void
test_empty (void)
{
  static const char * const header[] = { "单位", "项目", NULL };
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.pdf", NULL);
  g_autofree char *path2 = g_build_filename (dir, "empty-table.pdf", NULL);
  g_autoptr(PdReport) report = pd_report_new ("");
  g_autoptr(PdReport) table_report = pd_report_new ("空表");
  g_autofree char *text = NULL;
  PdfInfo info;

  if (!have_poppler ())
    return;

  write_report (report, path);
  pdf_info (path, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, ==, 1);

  pd_report_add_table (table_report, header);
  write_report (table_report, path2);
  pdf_info (path2, &info);
  g_free (info.title);
  g_assert_cmpuint (info.pages, ==, 1);
  text = pdf_text (path2, 0, 0);
  g_assert_nonnull (strstr (text, "单位"));

  remove_dir (dir);
}

/* Dates read as the UI language writes them: the plan period under the
 * division table's title, the deadlines (完成时限) of the progress report,
 * each on one line. */
static void
test_dates (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autofree char *plan = pd_test_copy_to_tmp (bundled, dir, "plan.plandesk");
  g_autofree char *division_path = g_build_filename (dir, "division.pdf", NULL);
  g_autofree char *progress_path = g_build_filename (dir, "progress.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (plan, PD_DATABASE_OPEN_DEFAULT, &error);
  g_autoptr(PdHistory) history = NULL;
  g_autoptr(PdCommand) command = NULL;
  g_autoptr(PdReport) division = NULL;
  g_autoptr(PdReport) progress = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  g_assert_no_error (error);
  if (!have_poppler ())
    return;

  division = pd_report_division_new (store);
  set_date (division);
  write_report (division, division_path);
  text = pdf_text (division_path, 1, 1);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, pd_test_tr ("创建平安广州推进方案(2013—2022年)·2013-01-01to2022-12-31",
                                              "创建平安广州推进方案(2013—2022年)·2013年1月1日至2022年12月31日")));
  g_assert_nonnull (strstr (flat, pd_test_tr ("Generatedon2024-03-15", "生成日期：2024年3月15日")));

  /* Project 2 due on 2013-03-31, the others on 2022-12-31. */
  history = pd_history_new (store);
  command = pd_command_set_project_dates (pd_store_find_project_by_number (store, 2), "2013-01-01", "2013-03-31",
                                          &error);
  g_assert_no_error (error);
  g_assert_true (pd_history_push (history, command, &error));
  g_assert_no_error (error);
  progress = pd_report_progress_new (store, "2020-06-30");
  set_date (progress);
  write_report (progress, progress_path);
  g_free (text);
  g_free (flat);
  text = pdf_text (progress_path, 0, 0);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, pd_test_tr ("Asof2020-06-30:", "截至2020年6月30日：")));
  /* Whole, never wrapped: in the table and in the overdue table. */
  g_assert_cmpuint (count (flat, pd_test_tr ("2013-03-31", "2013年3月31日")), ==, 2);
  g_assert_cmpuint (count (flat, pd_test_tr ("2022-12-31", "2022年12月31日")), ==, 67 + 1 /* the subtitle */);

  g_clear_object (&history);
  g_clear_object (&store);
  remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-pdf/long-table", test_long_table);
  g_test_add_func ("/export-pdf/paper", test_paper);
  g_test_add_func ("/export-pdf/page-break", test_page_break);
  g_test_add_func ("/export-pdf/tall-row", test_tall_row);
  g_test_add_func ("/export-pdf/assignments", test_assignments);
  g_test_add_func ("/export-pdf/dates", test_dates);
  g_test_add_func ("/export-pdf/cancelled", test_cancelled);
  g_test_add_func ("/export-pdf/unwritable", test_unwritable);
  g_test_add_func ("/export-pdf/layout", test_layout);
  g_test_add_func ("/export-pdf/empty", test_empty);

  return g_test_run ();
}
