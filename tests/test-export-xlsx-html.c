/* test-export-xlsx-html.c — the XLSX and HTML writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are read back with Python's standard library (zipfile and
 * ElementTree for XLSX, html.parser for HTML), spawned as /usr/bin/python3:
 * GLib has no zip reader. The scripts print one tab-separated fact a line.
 */
#define G_LOG_DOMAIN "test-export-xlsx-html"

#include <errno.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "reports/pd-html-writer.h"
#include "reports/pd-report-assignments.h"
#include "reports/pd-report-progress.h"
#include "reports/pd-xlsx-writer.h"
#include "store/pd-store.h"

#define HOSTILE_FORMULA "=HYPERLINK(\"http://x\",\"y\")"
#define HOSTILE_SCRIPT  "<script>alert(1)</script>"

/* Prints what an XLSX file holds: every part must be well-formed XML.
 * Shared strings are decoded as spreadsheets do (_x0007_ is U+0007); cells
 * with a number format of their own have it on a "numFmt" line. */
static const char xlsx_dump_script[] =
  "import re, sys, zipfile\n"
  "import xml.etree.ElementTree as ET\n"
  "sys.stdout.reconfigure(encoding='utf-8')\n"
  "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "def esc(s):\n"
  "    s = str(s).replace('\\\\', '\\\\\\\\')\n"
  "    return s.replace('\\t', '\\\\t').replace('\\n', '\\\\n').replace('\\r', '\\\\r')\n"
  "def out(*fields):\n"
  "    print('\\t'.join(esc(f) for f in fields))\n"
  "z = zipfile.ZipFile(sys.argv[1])\n"
  "names = z.namelist()\n"
  "formulas = 0\n"
  "for n in names:\n"
  "    if n.endswith('.xml') or n.endswith('.rels'):\n"
  "        for e in ET.fromstring(z.read(n)).iter():\n"
  "            if e.tag.split('}')[-1] == 'f':\n"
  "                formulas += 1\n"
  "out('formulas', formulas)\n"
  "out('sheets', len([n for n in names if n.startswith('xl/worksheets/sheet')]))\n"
  "wb = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "for s in wb.iter(M + 'sheet'):\n"
  "    out('sheet', s.get('name'))\n"
  "for d in wb.iter(M + 'definedName'):\n"
  "    out('definedName', d.get('name'), d.text)\n"
  "sst = []\n"
  "if 'xl/sharedStrings.xml' in names:\n"
  "    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(M + 'si'):\n"
  "        text = ''.join(t.text or '' for t in si.iter(M + 't'))\n"
  "        sst.append(re.sub('_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), text))\n"
  "for s in sst:\n"
  "    out('string', s)\n"
  "ws = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))\n"
  "rows = list(ws.iter(M + 'row'))\n"
  "out('rows', len(rows))\n"
  "for r in rows:\n"
  "    out('row', r.get('r'), r.get('ht') or '-')\n"
  "for c in ws.iter(M + 'c'):\n"
  "    t = c.get('t') or '-'\n"
  "    v = c.find(M + 'v')\n"
  "    v = v.text if v is not None else ''\n"
  "    out('cell', c.get('r'), t, sst[int(v)] if t == 's' else v)\n"
  "fmts = {}\n"
  "xfs = []\n"
  "if 'xl/styles.xml' in names:\n"
  "    st = ET.fromstring(z.read('xl/styles.xml'))\n"
  "    for f in st.iter(M + 'numFmt'):\n"
  "        fmts[f.get('numFmtId')] = f.get('formatCode')\n"
  "    for x in st.iter(M + 'cellXfs'):\n"
  "        xfs = [e.get('numFmtId') or '0' for e in x.iter(M + 'xf')]\n"
  "for c in ws.iter(M + 'c'):\n"
  "    s = int(c.get('s') or 0)\n"
  "    if s < len(xfs) and xfs[s] in fmts:\n"
  "        out('numFmt', c.get('r'), fmts[xfs[s]])\n"
  "for m in ws.iter(M + 'mergeCell'):\n"
  "    out('merge', m.get('ref'))\n"
  "for p in ws.iter(M + 'pane'):\n"
  "    out('pane', p.get('xSplit') or '-', p.get('ySplit') or '-', p.get('topLeftCell'),\n"
  "        p.get('state'))\n"
  "for p in ws.iter(M + 'pageSetup'):\n"
  "    attrs = sorted((k, v) for k, v in p.attrib.items() if not k.startswith('{'))\n"
  "    out('pageSetup', ' '.join('%s=%s' % kv for kv in attrs))\n"
  "for p in ws.iter(M + 'pageSetUpPr'):\n"
  "    out('pageSetUpPr', ' '.join('%s=%s' % kv for kv in sorted(p.attrib.items())))\n"
  "for h in ws.iter(M + 'oddHeader'):\n"
  "    out('oddHeader', h.text)\n"
  "for h in ws.iter(M + 'oddFooter'):\n"
  "    out('oddFooter', h.text)\n"
  "for b in ws.iter(M + 'brk'):\n"
  "    out('break', b.get('id'))\n"
  "for c in ws.iter(M + 'col'):\n"
  "    out('col', c.get('min'), c.get('max'), c.get('width'))\n"
  "for e in ET.fromstring(z.read('docProps/core.xml')):\n"
  "    out('core', e.tag.split('}')[-1], e.text or '')\n";

/* Checks that an HTML file is well-formed (every element closed, in order)
 * and prints its elements with their text. */
static const char html_check_script[] =
  "import sys\n"
  "from html.parser import HTMLParser\n"
  "sys.stdout.reconfigure(encoding='utf-8')\n"
  "VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',\n"
  "        'source', 'track', 'wbr'}\n"
  "def esc(s):\n"
  "    s = str(s).replace('\\\\', '\\\\\\\\')\n"
  "    return s.replace('\\t', '\\\\t').replace('\\n', '\\\\n').replace('\\r', '\\\\r')\n"
  "def out(*fields):\n"
  "    print('\\t'.join(esc(f) for f in fields))\n"
  "class Checker(HTMLParser):\n"
  "    def __init__(self):\n"
  "        super().__init__(convert_charrefs=True)\n"
  "        self.stack = []\n"
  "        self.counts = {}\n"
  "    def handle_decl(self, decl):\n"
  "        out('decl', decl)\n"
  "    def handle_starttag(self, tag, attrs):\n"
  "        self.counts[tag] = self.counts.get(tag, 0) + 1\n"
  "        for name, value in attrs:\n"
  "            if name in ('src', 'href', 'action', 'srcset') or name.startswith('on'):\n"
  "                out('error', 'attribute', tag, name)\n"
  "        if tag == 'br':\n"
  "            if self.stack:\n"
  "                self.stack[-1][2].append('\\n')\n"
  "            return\n"
  "        if tag in VOID:\n"
  "            return\n"
  "        self.stack.append([tag, dict(attrs), []])\n"
  "    def handle_startendtag(self, tag, attrs):\n"
  "        out('error', 'self-closing', tag)\n"
  "    def handle_endtag(self, tag):\n"
  "        if tag in VOID:\n"
  "            out('error', 'void end tag', tag)\n"
  "            return\n"
  "        if not self.stack or self.stack[-1][0] != tag:\n"
  "            out('error', 'mismatched end tag', tag, self.stack[-1][0] if self.stack else '-')\n"
  "            return\n"
  "        name, attrs, text = self.stack.pop()\n"
  "        text = ''.join(text)\n"
  "        if self.stack and name not in ('td', 'th', 'tr', 'thead', 'tbody', 'table', 'colgroup'):\n"
  "            self.stack[-1][2].append(text)\n"
  "        parent = self.stack[-1][0] if self.stack else '-'\n"
  "        if name in ('title', 'h1', 'h2', 'h3', 'p', 'time', 'style'):\n"
  "            out(name, attrs.get('class') or '-', text)\n"
  "        elif name in ('td', 'th'):\n"
  "            out(name, attrs.get('class') or '-', attrs.get('colspan') or '1',\n"
  "                attrs.get('scope') or '-', text)\n"
  "        elif name == 'tr':\n"
  "            out('tr', attrs.get('class') or '-', parent)\n"
  "    def handle_data(self, data):\n"
  "        if self.stack:\n"
  "            self.stack[-1][2].append(data)\n"
  "        elif data.strip():\n"
  "            out('error', 'text outside the document', data)\n"
  "checker = Checker()\n"
  "checker.feed(open(sys.argv[1], encoding='utf-8').read())\n"
  "checker.close()\n"
  "for tag in checker.stack:\n"
  "    out('error', 'unclosed', tag[0])\n"
  "for tag, count in sorted(checker.counts.items()):\n"
  "    out('count', tag, count)\n";

static GPtrArray *
run_python (const char *script,
            const char *path)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_assert_true (g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE));
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_printerr ("%s", err);
  g_assert_no_error (error);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (result, g_strdup (lines[i]));
  return result;
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (strcmp (lines->pdata[i], line) == 0)
      return TRUE;
  return FALSE;
}

/* On failure, shows the lines that share the first two fields. */
static void
assert_line_impl (GPtrArray  *lines,
                  const char *line,
                  const char *file,
                  int         lineno)
{
  g_auto(GStrv) fields = NULL;
  g_autofree char *prefix = NULL;

  if (has_line (lines, line))
    return;
  fields = g_strsplit (line, "\t", 3);
  prefix = g_strjoin ("\t", fields[0], fields[1], NULL);
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix))
      g_test_message ("have: %s", (char *)lines->pdata[i]);
  g_error ("%s:%d: no line “%s”", file, lineno, line);
}

#define assert_line(lines, line) assert_line_impl ((lines), (line), __FILE__, __LINE__)

/* The lines that start with @prefix and a tab, without the prefix, joined
 * by "|": for exact comparisons of lists. */
static char *
lines_with (GPtrArray  *lines,
            const char *prefix)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  gsize len = strlen (prefix);

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];

      if (strncmp (line, prefix, len) == 0 && line[len] == '\t')
        {
          if (joined->len > 0)
            g_string_append_c (joined, '|');
          g_string_append (joined, line + len + 1);
        }
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
assert_lines_with (GPtrArray  *lines,
                   const char *prefix,
                   const char *expected)
{
  g_autofree char *joined = lines_with (lines, prefix);

  g_assert_cmpstr (joined, ==, expected);
}

static guint
count_lines (GPtrArray  *lines,
             const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], prefix))
      n++;
  return n;
}

/* Every block kind, spans, flags, hostile text, an A3 landscape layout. */
static PdReport *
make_hand_report (void)
{
  static const char * const header[] = { "序号", "工作任务", "牵头单位", "配合单位", "数量", NULL };
  static const double widths[] = { 1, 6, 3, 4, 1.5 };
  static const char * const header2[] = { "单位", "项目数", NULL };
  PdReport *report = pd_report_new ("任务分工表");
  PdReportTable *table;
  PdReportRow *row;

  pd_report_set_subtitle (report, "创建平安广州推进方案（2013—2022年）");
  pd_report_set_header (report, "创建平安广州推进方案 R&D");
  pd_report_set_sheet_name (report, "任务/分工:表[2013]*?\\'");
  pd_report_set_layout (report, PD_REPORT_PAPER_A3, TRUE);
  g_free (report->generated_on);
  report->generated_on = g_strdup ("2024-05-06");

  pd_report_add_heading (report, "一、总体要求");
  pd_report_add_paragraph (report, "以邓小平理论、“三个代表”重要思想为指导。" HOSTILE_SCRIPT " bell\x07 & <b>");
  pd_report_add_subheading (report, "（一）工作任务");

  table = pd_report_add_table (report, header);
  pd_report_table_set_widths (table, widths);
  pd_report_table_add_section (table, "一、法治广州建设工程");
  row = pd_report_table_add_row (table, (const char *[]) {
                                   "1", HOSTILE_FORMULA, HOSTILE_SCRIPT, "+1 -2 @x", "42" });
  pd_report_row_set_flags (row, 4, PD_REPORT_CELL_NUMBER);
  row = pd_report_table_add_row (table, (const char *[]) {
                                   "2", "a & b \"q\" 'a'", "市委政法委", "第一行\n第二行", "12.5" });
  pd_report_row_set_flags (row, 0, PD_REPORT_CELL_CENTER);
  pd_report_row_set_flags (row, 1, PD_REPORT_CELL_EMPHASIS);
  pd_report_row_set_flags (row, 4, PD_REPORT_CELL_NUMBER);
  row = pd_report_table_add_row (table, (const char *[]) {
                                   "3", "跨两列的单元格", "covered", "@SUM(A1)", "n/a" });
  pd_report_row_set_span (row, 1, 2);
  pd_report_row_set_flags (row, 4, PD_REPORT_CELL_NUMBER);
  row = pd_report_table_add_row (table, (const char *[]) { "合计", NULL, NULL, NULL, "3" });
  row->kind = PD_REPORT_ROW_TOTAL;
  pd_report_row_set_span (row, 0, 4);
  pd_report_row_set_flags (row, 4, PD_REPORT_CELL_NUMBER);

  pd_report_add_page_break (report);
  pd_report_add_heading (report, "二、附表");
  table = pd_report_add_table (report, header2);
  row = pd_report_table_add_row (table, (const char *[]) { "-SUM(1)", "7" });
  pd_report_row_set_flags (row, 1, PD_REPORT_CELL_NUMBER);
  return report;
}

static GPtrArray *
write_and_dump_xlsx (PdReport   *report,
                     const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "report.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_xlsx_writer_write (report, path, NULL, &error));
  g_assert_no_error (error);
  return run_python (xlsx_dump_script, path);
}

static void
test_xlsx_hand_report (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdReport) report = make_hand_report ();
  g_autoptr(GPtrArray) lines = write_and_dump_xlsx (report, dir);
  g_autofree char *merges = lines_with (lines, "merge");
  g_autofree char *breaks = lines_with (lines, "break");
  g_autofree char *rows = lines_with (lines, "row");

  assert_line (lines, "formulas\t0");
  assert_line (lines, "sheets\t1");
  assert_lines_with (lines, "sheet", "任务_分工_表_2013____");
  assert_line (lines, "core\ttitle\t任务分工表");
  assert_line (lines, "core\tsubject\t创建平安广州推进方案（2013—2022年）");

  /* The title block, then the blocks, row by row (1-based rows). */
  assert_line (lines, "cell\tA1\ts\t任务分工表");
  assert_line (lines, "cell\tA2\ts\t创建平安广州推进方案（2013—2022年）");
  assert_line (lines, "cell\tA4\ts\t一、总体要求");
  assert_line (lines, "cell\tA5\ts\t以邓小平理论、“三个代表”重要思想为指导。" HOSTILE_SCRIPT " bell\x07 & <b>");
  assert_line (lines, "cell\tA7\ts\t（一）工作任务");
  assert_line (lines, "cell\tA8\ts\t序号");
  assert_line (lines, "cell\tE8\ts\t数量");
  assert_line (lines, "cell\tA9\ts\t一、法治广州建设工程");
  assert_line (lines, "cell\tA10\ts\t1");
  assert_line (lines, "cell\tA14\ts\t二、附表");
  assert_line (lines, "cell\tA15\ts\t单位");
  assert_line (lines, "cell\tB15\ts\t项目数");

  /* Hostile text is a shared string, never a formula. */
  assert_line (lines, "cell\tB10\ts\t" HOSTILE_FORMULA);
  assert_line (lines, "cell\tC10\ts\t" HOSTILE_SCRIPT);
  assert_line (lines, "cell\tD10\ts\t+1 -2 @x");
  assert_line (lines, "cell\tD12\ts\t@SUM(A1)");
  assert_line (lines, "cell\tA16\ts\t-SUM(1)");
  assert_line (lines, "string\t" HOSTILE_FORMULA);
  assert_line (lines, "cell\tB11\ts\ta & b \"q\" 'a'");
  assert_line (lines, "cell\tD11\ts\t第一行\\n第二行");

  /* NUMBER cells are numbers (no t attribute), unless they are not. */
  assert_line (lines, "cell\tE10\t-\t42");
  assert_line (lines, "cell\tE11\t-\t12.5");
  assert_line (lines, "cell\tE12\ts\tn/a");
  assert_line (lines, "cell\tE13\t-\t3");
  assert_line (lines, "cell\tB16\t-\t7");

  /* Spans and covered cells. */
  assert_line (lines, "cell\tB12\ts\t跨两列的单元格");
  assert_line (lines, "cell\tC12\t-\t");
  assert_line (lines, "cell\tA13\ts\t合计");
  g_assert_cmpstr (merges, ==, "A1:E1|A2:E2|A4:E4|A5:E5|A7:E7|A9:E9|B12:C12|A13:D13|A14:E14");
  g_assert_false (has_line (lines, "string\tcovered"));

  /* Every row has its height set (spreadsheets fit neither merged cells
   * nor, in LibreOffice, wrapped ones), from the lines its text takes;
   * spacers between blocks. */
  g_assert_cmpstr (rows, ==, "1\t33|2\t24|3\t8|4\t27|5\t22|6\t12|7\t24|8\t26|9\t22|"
                             "10\t22|11\t38|12\t22|13\t22|14\t27|15\t26|16\t22");
  assert_line (lines, "rows\t16");

  /* Frozen under the main table's header, which repeats when printed. */
  assert_line (lines, "pane\t-\t8\tA9\tfrozen");
  assert_line (lines, "definedName\t_xlnm.Print_Titles\t'任务_分工_表_2013____'!$8:$8");
  g_assert_cmpstr (breaks, ==, "13");

  /* Print setup: A3 landscape, one page wide, page header and numbers. */
  assert_line (lines, "pageSetup\tfitToHeight=0 orientation=landscape paperSize=8");
  assert_line (lines, "pageSetUpPr\tfitToPage=1");
  assert_line (lines, "oddHeader\t&C&9&\"宋体,Regular\"创建平安广州推进方案 R&&D");
  /* The footer: the page and the day the report was made, as the UI language writes them. */
  assert_line (lines, pd_test_tr ("oddFooter\t&C&9&\"宋体,Regular\"Page &P of &N&R&9&\"宋体,Regular\"2024-05-06",
                                  "oddFooter\t&C&9&\"宋体,Regular\"第 &P 页，共 &N 页&R&9&\"宋体,Regular\"2024年5月6日"));

  /* The relative widths 1 : 6 : 3 : 4 : 1.5 spread over the printable
   * width of A3 landscape (183.3 units: 8 pixels at 96 dpi, besides 5
   * pixels of padding per column), as libxlsxwriter stores them (whole
   * pixels of Excel's 7-pixel unit). */
  assert_lines_with (lines, "col",
                     "1\t1\t12.5703125|2\t2\t71.7109375|3\t3\t36.28515625|"
                     "4\t4\t48|5\t5\t18.42578125");
  pd_test_remove_tree (dir);
}

static void
test_xlsx_assignments (void)
{
  g_autofree char *plan = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "assignments.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (plan, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *line = NULL;

  g_assert_no_error (error);
  report = pd_report_assignments_new (store);
  g_assert_true (pd_report_write_to_file (report, PD_REPORT_FORMAT_XLSX, file, NULL, &error));
  g_assert_no_error (error);
  lines = run_python (xlsx_dump_script, path);

  sheet = g_strdup (pd_test_tr ("Assignments", "任务分工明细"));
  assert_lines_with (lines, "sheet", sheet);
  assert_line (lines, "formulas\t0");
  line = g_strdup_printf ("core\ttitle\t%s", sheet);
  assert_line (lines, line);

  /* Title, subtitle, spacer, header and one row per assignment. */
  assert_line (lines, "rows\t461");  /* 4 + 457 */
  assert_line (lines, pd_test_tr ("cell\tA1\ts\tAssignments", "cell\tA1\ts\t任务分工明细"));
  /* The headings of the other reports, in the UI language. */
  assert_line (lines, pd_test_tr ("cell\tA4\ts\tNo.", "cell\tA4\ts\t序号"));
  assert_line (lines, pd_test_tr ("cell\tB4\ts\tProgramme", "cell\tB4\ts\t工程"));
  assert_line (lines, pd_test_tr ("cell\tC4\ts\tProject", "cell\tC4\ts\t项目"));
  assert_line (lines, pd_test_tr ("cell\tD4\ts\tDue", "cell\tD4\ts\t完成时限"));
  assert_line (lines, pd_test_tr ("cell\tE4\ts\tRole", "cell\tE4\ts\t职责"));
  assert_line (lines, pd_test_tr ("cell\tF4\ts\tUnit", "cell\tF4\ts\t单位"));
  assert_line (lines, pd_test_tr ("cell\tG4\ts\tScope", "cell\tG4\ts\t分工范围"));
  g_assert_cmpuint (count_lines (lines, "cell\tH"), ==, 0);
  /* Row 1: the number as a number, the programme as the document heads it,
   * the role as a word, the deadline a date cell shown as the UI language
   * writes dates. */
  assert_line (lines, "cell\tA5\t-\t1");
  assert_line (lines, "cell\tB5\ts\t一、法治广州建设工程");
  assert_line (lines, "cell\tC5\ts\t平安建设地方立法项目");
  assert_line (lines, "cell\tD5\t-\t44926");  /* 2022-12-31 */
  assert_line (lines, pd_test_tr ("numFmt\tD5\tyyyy-mm-dd", "numFmt\tD5\tyyyy\"年\"m\"月\"d\"日\""));
  assert_line (lines, pd_test_tr ("cell\tE5\ts\tLead", "cell\tE5\ts\t牵头"));
  assert_line (lines, pd_test_tr ("cell\tE6\ts\tCooperate", "cell\tE6\ts\t配合"));
  assert_line (lines, "cell\tF5\ts\t市人大常委会法制工委");
  assert_line (lines, "cell\tC461\ts\t文化市场净化项目");
  assert_line (lines, "cell\tF461\ts\t各区(县级市)");
  g_assert_cmpuint (count_lines (lines, "numFmt\t"), ==, 457);
  g_assert_cmpuint (count_lines (lines, "cell\t"), ==, 7 * 2 /* the merged title and subtitle */ + 7 + 457 * 7);
  g_assert_cmpuint (count_lines (lines, "cell\tA4\ts\tprogramme_no"), ==, 0);
  assert_lines_with (lines, "merge", "A1:G1|A2:G2");

  /* Columns as wide as their longest text (11-point type, a Chinese
   * character two cells): 市流动人员出租屋管理工作领导小组成员单位 and
   * 异地务工人员公共服务体系建设项目 on one line; the scope takes the rest. */
  assert_lines_with (lines, "col",
                     pd_test_tr ("1\t1\t5.85546875|2\t2\t27.85546875|3\t3\t36.28515625|4\t4\t13.28515625|"
                                 "5\t5\t14.28515625|6\t6\t44.5703125|7\t7\t15.28515625",
                                 "1\t1\t6.85546875|2\t2\t27.85546875|3\t3\t36.28515625|4\t4\t17.42578125|"
                                 "5\t5\t11.140625|6\t6\t44.5703125|7\t7\t15.28515625"));

  assert_line (lines, "pane\t-\t4\tA5\tfrozen");
  /* A sheet name with no spaces or punctuation needs no quotes. */
  assert_line (lines, pd_test_tr ("definedName\t_xlnm.Print_Titles\tAssignments!$4:$4",
                                  "definedName\t_xlnm.Print_Titles\t'任务分工明细'!$4:$4"));
  assert_line (lines, "pageSetup\tfitToHeight=0 orientation=landscape paperSize=9");
  assert_lines_with (lines, "break", "");
  pd_test_remove_tree (dir);
}

/* The progress report's deadlines (完成时限) are date cells that show as the
 * UI language writes days: 2022-12-31, or 2022年12月31日 in Chinese. */
static void
test_xlsx_dates (void)
{
  g_autofree char *plan = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (plan, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *format = NULL;
  guint n_dates = 0;

  g_assert_no_error (error);
  report = pd_report_progress_new (store, "2020-06-30");
  lines = write_and_dump_xlsx (report, dir);

  assert_line (lines, "formulas\t0");
  assert_line (lines, pd_test_tr ("cell\tG6\ts\tDue", "cell\tG6\ts\t完成时限"));
  /* Row 8 is project 1's, under the first programme's row: Excel's day
   * 44926 is 2022-12-31. */
  assert_line (lines, "cell\tA8\t-\t1");
  assert_line (lines, "cell\tG8\t-\t44926");
  format = g_strdup_printf ("numFmt\tG8\t%s", pd_test_tr ("yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\""));
  assert_line (lines, format);
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (lines->pdata[i], "numFmt\tG"))
      n_dates++;
  g_assert_cmpuint (n_dates, ==, 68);
  /* The date on top reads as the UI language writes days, too. */
  assert_line (lines, pd_test_tr ("cell\tA4\ts\tAs of 2020-06-30: 0 red, 0 yellow, 0 green, 0 blue (done), "
                                  "68 grey (not started or suspended).",
                                  "cell\tA4\ts\t截至2020年6月30日：红灯 0 项，黄灯 0 项，绿灯 0 项，蓝灯 0 项（已完成），"
                                  "灰灯 68 项（未启动或已暂停）。"));
  pd_test_remove_tree (dir);
}

static void
test_xlsx_sheet_names (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "任务分工表", "任务分工表" },
    { "a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h" },
    { "'quoted'", "quoted" },
    { "it's", "it's" },
    { "a\tb\nc", "a b c" },
    { "", "Sheet1" },
    { "  ' ", "Sheet1" },
    { "History", "History_" },
    { "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一" },
    { "abcdefghijklmnopqrstuvwxyz01234'5", "abcdefghijklmnopqrstuvwxyz01234" },
    { "abcdefghijklmnopqrstuvwxyz0123'45", "abcdefghijklmnopqrstuvwxyz0123" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = pd_xlsx_writer_sheet_name (cases[i].in);

      g_assert_cmpstr (name, ==, cases[i].out);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
    }

  {
    g_autofree char *name = pd_xlsx_writer_sheet_name (NULL);

    g_assert_cmpstr (name, ==, "Sheet1");
  }
}

/* Without tables the text spans one page-wide column; the sheet is named
 * after the title when the report has no sheet name. */
static void
test_xlsx_text_only (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdReport) report = pd_report_new ("进展情况通报");
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *rows = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (long_text, "全市各级各部门认真贯彻落实方案要求。");
  pd_report_add_heading (report, "一、总体情况");
  pd_report_add_paragraph (report, long_text->str);
  pd_report_add_paragraph (report, "=1+1");
  lines = write_and_dump_xlsx (report, dir);

  assert_lines_with (lines, "sheet", "进展情况通报");
  assert_line (lines, "formulas\t0");
  /* The long paragraph goes on over rows of at most 20 lines each (40
   * characters a line on A4 portrait), and reads the same joined up. */
  {
    g_autoptr(GString) joined = g_string_new (NULL);
    g_autoptr(GString) lengths = g_string_new (NULL);

    for (guint r = 4; r <= 8; r++)
      {
        g_autofree char *prefix = g_strdup_printf ("cell\tA%u\ts\t", r);

        for (guint i = 0; i < lines->len; i++)
          if (g_str_has_prefix (lines->pdata[i], prefix))
            {
              const char *text = (char *)lines->pdata[i] + strlen (prefix);

              g_string_append (joined, text);
              g_string_append_printf (lengths, "%s%ld", r > 4 ? "|" : "", g_utf8_strlen (text, -1));
            }
      }
    g_assert_cmpstr (lengths->str, ==, "800|800|800|800|400");
    g_assert_true (g_str_equal (joined->str, long_text->str));
  }
  g_assert_cmpuint (g_utf8_strlen (long_text->str, -1), ==, 3600);
  assert_line (lines, "cell\tA3\ts\t一、总体情况");
  assert_line (lines, "cell\tA9\ts\t=1+1");
  rows = lines_with (lines, "row");
  g_assert_cmpstr (rows, ==, "1\t33|2\t8|3\t27|4\t325|5\t325|6\t325|7\t325|8\t166|9\t22");
  assert_lines_with (lines, "merge", "");
  g_assert_cmpuint (count_lines (lines, "col\t"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "pane\t"), ==, 0);
  g_assert_cmpuint (count_lines (lines, "definedName\t"), ==, 0);
  assert_line (lines, "pageSetup\tfitToHeight=0 orientation=portrait paperSize=9");
  (void)rows;
  pd_test_remove_tree (dir);
}

static void
test_xlsx_cancelled (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cancelled.xlsx", NULL);
  g_autoptr(PdReport) report = make_hand_report ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (pd_xlsx_writer_write (report, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  pd_test_remove_tree (dir);
}

static void
test_xlsx_unwritable (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "no", "such", "folder", "out.xlsx", NULL);
  g_autoptr(PdReport) report = make_hand_report ();
  g_autoptr(GError) error = NULL;
  /* The system's reason is in the system's language. */
  g_autofree char *expected_zh = g_strconcat ("无法写入电子表格：", g_strerror (ENOENT), NULL);

  g_assert_false (pd_xlsx_writer_write (report, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, pd_test_tr ("Could not write the spreadsheet: No such file or directory",
                                                   expected_zh));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  pd_test_remove_tree (dir);
}

static char *
render_html (PdReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_HTML, NULL, &error);
  g_autoptr(GBytes) direct = pd_html_writer_render (report);

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, direct));
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GPtrArray *
check_html (const char *html,
            const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *lines;

  g_assert_true (g_file_set_contents (path, html, -1, &error));
  g_assert_no_error (error);
  lines = run_python (html_check_script, path);
  g_assert_cmpuint (count_lines (lines, "error\t"), ==, 0);
  return lines;
}

/* Nothing that runs or loads anything. */
static void
assert_self_contained (const char *html)
{
  g_autofree char *lower = g_ascii_strdown (html, -1);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
                                         "<meta charset=\"utf-8\">\n"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<link"));
  g_assert_null (strstr (lower, "<img"));
  g_assert_null (strstr (lower, "<iframe"));
  g_assert_null (strstr (lower, "src="));
  g_assert_null (strstr (lower, "href="));
  g_assert_null (strstr (lower, "url("));
  g_assert_null (strstr (lower, "@import"));
  g_assert_null (strstr (lower, "javascript:"));
}

static void
test_html_hand_report (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdReport) report = make_hand_report ();
  g_autofree char *html = render_html (report);
  g_autoptr(GPtrArray) lines = check_html (html, dir);

  assert_self_contained (html);
  assert_line (lines, "decl\tDOCTYPE html");
  assert_line (lines, "title\t-\t任务分工表");
  g_assert_nonnull (strstr (html, "<title>任务分工表</title>"));
  g_assert_cmpuint (count_lines (lines, "count\t"), >, 0);
  assert_line (lines, "count\ttable\t2");
  assert_line (lines, "count\tthead\t2");
  assert_line (lines, "count\tstyle\t1");
  assert_line (lines, "count\th1\t1");
  assert_line (lines, "count\th2\t2");
  assert_line (lines, "count\th3\t1");

  /* The title block and the blocks. */
  assert_line (lines, "h1\t-\t任务分工表");
  assert_line (lines, "p\tsubtitle\t创建平安广州推进方案（2013—2022年）");
  assert_line (lines, pd_test_tr ("time\t-\t2024-05-06", "time\t-\t2024年5月6日"));
  g_assert_nonnull (strstr (html, pd_test_tr ("<p class=\"date\"><time datetime=\"2024-05-06\">2024-05-06</time></p>",
                                              "<p class=\"date\"><time datetime=\"2024-05-06\">2024年5月6日</time></p>")));
  assert_line (lines, "p\trunning-header\t创建平安广州推进方案 R&D");
  assert_lines_with (lines, "h2", "-\t一、总体要求|-\t二、附表");
  assert_lines_with (lines, "h3", "-\t（一）工作任务");
  assert_line (lines, "p\t-\t以邓小平理论、“三个代表”重要思想为指导。" HOSTILE_SCRIPT " bell & <b>");
  assert_line (lines, "count\tdiv\t2");
  g_assert_nonnull (strstr (html, "<div class=\"page-break\" aria-hidden=\"true\"></div>"));

  /* Tables: header cells, a section spanning the row, spans, classes. */
  assert_line (lines, "th\t-\t1\tcol\t序号");
  assert_line (lines, "th\t-\t1\tcol\t数量");
  assert_line (lines, "th\t-\t5\trowgroup\t一、法治广州建设工程");
  g_assert_nonnull (strstr (html, "<tr class=\"section\"><th scope=\"rowgroup\" colspan=\"5\">"
                                  "一、法治广州建设工程</th></tr>"));
  assert_line (lines, "td\t-\t1\t-\t" HOSTILE_FORMULA);
  assert_line (lines, "td\t-\t1\t-\t" HOSTILE_SCRIPT);
  assert_line (lines, "td\tnumber\t1\t-\t42");
  assert_line (lines, "td\tcenter\t1\t-\t2");
  assert_line (lines, "td\temphasis\t1\t-\ta & b \"q\" 'a'");
  assert_line (lines, "td\t-\t1\t-\t第一行\\n第二行");
  assert_line (lines, "td\t-\t2\t-\t跨两列的单元格");
  assert_line (lines, "td\t-\t4\t-\t合计");
  assert_line (lines, "td\t-\t1\t-\t-SUM(1)");
  assert_line (lines, "td\tnumber\t1\t-\t7");
  assert_lines_with (lines, "tr",
                     "-\tthead|section\ttbody|-\ttbody|-\ttbody|-\ttbody|total\ttbody|"
                     "-\tthead|-\ttbody");
  g_assert_false (has_line (lines, "td\t-\t1\t-\tcovered"));
  g_assert_nonnull (strstr (html, "<col style=\"width: 6.45%\"><col style=\"width: 38.71%\">"));

  /* Escaped as text. */
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
  g_assert_nonnull (strstr (html, "a &amp; b &quot;q&quot; &#39;a&#39;"));
  g_assert_nonnull (strstr (html, "第一行<br>第二行"));
  g_assert_null (strstr (html, "\x07"));

  /* Print: the paper, the running header and translated page numbers. */
  g_assert_nonnull (strstr (html, "size: A3 landscape;"));
  g_assert_nonnull (strstr (html, "@top-center { content: \"创建平安广州推进方案 R\\26 D\";"));
  g_assert_nonnull (strstr (html, pd_test_tr ("@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages);",
                                              "@bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";")));
  g_assert_nonnull (strstr (html, "thead { display: table-header-group; }"));
  g_assert_nonnull (strstr (html, "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\""));
  pd_test_remove_tree (dir);
}

/* Hostile text in every place the report has text, including the title
 * and the page header that go into <title> and the style sheet. */
static void
test_html_hostile_everywhere (void)
{
  static const char *hostile = "</style><script>alert(1)</script>\"'&<!-- \\ */";
  /* As the checker prints it: backslashes doubled. */
  static const char *printed = "</style><script>alert(1)</script>\"'&<!-- \\\\ */";
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdReport) report = pd_report_new (hostile);
  g_autofree char *html = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *expected = NULL;
  const char *header[] = { hostile, NULL };
  PdReportTable *table;

  pd_report_set_subtitle (report, hostile);
  pd_report_set_header (report, hostile);
  pd_report_add_heading (report, hostile);
  pd_report_add_subheading (report, hostile);
  pd_report_add_paragraph (report, hostile);
  table = pd_report_add_table (report, header);
  pd_report_table_add_section (table, hostile);
  pd_report_table_add_row (table, header);
  html = render_html (report);
  lines = check_html (html, dir);

  assert_self_contained (html);
  g_assert_null (strstr (html, "<!--"));
  g_assert_cmpuint (count_lines (lines, "count\tstyle\t1"), ==, 1);
  expected = g_strdup_printf ("title\t-\t%s", printed);
  assert_line (lines, expected);
  g_free (expected);
  expected = g_strdup_printf ("h1\t-\t%s", printed);
  assert_line (lines, expected);
  g_free (expected);
  expected = g_strdup_printf ("td\t-\t1\t-\t%s", printed);
  assert_line (lines, expected);
  /* One style element, holding only the style sheet. */
  g_assert_cmpuint (count_lines (lines, "style\t"), ==, 1);
  pd_test_remove_tree (dir);
}

static void
test_html_assignments (void)
{
  g_autofree char *plan = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (plan, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *html = NULL;
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  report = pd_report_assignments_new (store);
  html = render_html (report);
  lines = check_html (html, dir);

  assert_self_contained (html);
  title = g_strdup_printf ("title\t-\t%s", pd_test_tr ("Assignments", "任务分工明细"));
  assert_line (lines, title);
  assert_line (lines, "count\ttable\t1");
  assert_line (lines, "count\tthead\t1");
  assert_line (lines, "count\ttbody\t1");
  assert_line (lines, "count\tth\t7");
  assert_line (lines, "count\ttr\t458");  /* 1 + 457 */
  assert_line (lines, "count\ttd\t3199");  /* 457 * 7 */
  /* The headings of the other reports, in the UI language; all but the
   * scope kept on one line. */
  g_assert_nonnull (strstr (html, pd_test_tr ("<tr><th scope=\"col\" class=\"one-line\">No.</th>"
                                              "<th scope=\"col\" class=\"one-line\">Programme</th>"
                                              "<th scope=\"col\" class=\"one-line\">Project</th>"
                                              "<th scope=\"col\" class=\"one-line\">Due</th>"
                                              "<th scope=\"col\" class=\"one-line\">Role</th>"
                                              "<th scope=\"col\" class=\"one-line\">Unit</th>"
                                              "<th scope=\"col\">Scope</th></tr>",
                                              "<tr><th scope=\"col\" class=\"one-line\">序号</th>"
                                              "<th scope=\"col\" class=\"one-line\">工程</th>"
                                              "<th scope=\"col\" class=\"one-line\">项目</th>"
                                              "<th scope=\"col\" class=\"one-line\">完成时限</th>"
                                              "<th scope=\"col\" class=\"one-line\">职责</th>"
                                              "<th scope=\"col\" class=\"one-line\">单位</th>"
                                              "<th scope=\"col\">分工范围</th></tr>")));
  g_assert_null (strstr (html, "programme_"));
  /* Row 1 as people read it. */
  g_assert_nonnull (strstr (html, pd_test_tr ("<tr><td class=\"number center one-line\">1</td>"
                                              "<td class=\"one-line\">一、法治广州建设工程</td>"
                                              "<td class=\"one-line\">平安建设地方立法项目</td>"
                                              "<td class=\"date\"><time datetime=\"2022-12-31\">2022-12-31</time></td>"
                                              "<td class=\"center one-line\">Lead</td>"
                                              "<td class=\"one-line\">市人大常委会法制工委</td><td></td></tr>",
                                              "<tr><td class=\"number center one-line\">1</td>"
                                              "<td class=\"one-line\">一、法治广州建设工程</td>"
                                              "<td class=\"one-line\">平安建设地方立法项目</td>"
                                              "<td class=\"date\"><time datetime=\"2022-12-31\">2022年12月31日</time></td>"
                                              "<td class=\"center one-line\">牵头</td>"
                                              "<td class=\"one-line\">市人大常委会法制工委</td><td></td></tr>")));
  g_assert_nonnull (strstr (html, pd_test_tr (">Cooperate</td>", ">配合</td>")));
  g_assert_nonnull (strstr (html, ".one-line { white-space: nowrap; }"));
  assert_line (lines, "td\tone-line\t1\t-\t文化市场净化项目");
  g_assert_nonnull (strstr (html, "size: A4 landscape;"));
  g_assert_null (strstr (html, "<colgroup>"));
  pd_test_remove_tree (dir);
}

/* A date cell: kept on one line, the day it is in datetime. */
static void
test_html_dates (void)
{
  g_autofree char *plan = pd_test_bundled_plan_path ();
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (plan, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *html = NULL;

  g_assert_no_error (error);
  report = pd_report_progress_new (store, "2020-06-30");
  html = render_html (report);
  lines = check_html (html, dir);

  g_assert_nonnull (strstr (html, pd_test_tr ("<td class=\"date\"><time datetime=\"2022-12-31\">2022-12-31</time></td>",
                                              "<td class=\"date\"><time datetime=\"2022-12-31\">2022年12月31日</time></td>")));
  assert_line (lines, pd_test_tr ("time\t-\t2022-12-31", "time\t-\t2022年12月31日"));
  assert_line (lines, pd_test_tr ("td\tdate\t1\t-\t2022-12-31", "td\tdate\t1\t-\t2022年12月31日"));
  assert_line (lines, pd_test_tr ("p\tsubtitle\t创建平安广州推进方案(2013—2022年) · 2013-01-01 to 2022-12-31",
                                  "p\tsubtitle\t创建平安广州推进方案(2013—2022年) · 2013年1月1日至2022年12月31日"));
  pd_test_remove_tree (dir);
}

static void
test_html_empty_report (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autoptr(PdReport) report = pd_report_new ("空报告");
  g_autofree char *html = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const char *header[] = { "a", "b", NULL };

  pd_report_add_table (report, header);
  html = render_html (report);
  lines = check_html (html, dir);
  assert_self_contained (html);
  assert_line (lines, "count\ttbody\t1");
  assert_line (lines, "count\ttr\t1");
  g_assert_null (strstr (html, "class=\"subtitle\""));
  g_assert_null (strstr (html, "running-header\">"));
  g_assert_null (strstr (html, "@top-center"));
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/xlsx/hand-report", test_xlsx_hand_report);
  g_test_add_func ("/export/xlsx/assignments", test_xlsx_assignments);
  g_test_add_func ("/export/xlsx/dates", test_xlsx_dates);
  g_test_add_func ("/export/xlsx/sheet-names", test_xlsx_sheet_names);
  g_test_add_func ("/export/xlsx/text-only", test_xlsx_text_only);
  g_test_add_func ("/export/xlsx/cancelled", test_xlsx_cancelled);
  g_test_add_func ("/export/xlsx/unwritable", test_xlsx_unwritable);
  g_test_add_func ("/export/html/hand-report", test_html_hand_report);
  g_test_add_func ("/export/html/hostile-everywhere", test_html_hostile_everywhere);
  g_test_add_func ("/export/html/assignments", test_html_assignments);
  g_test_add_func ("/export/html/dates", test_html_dates);
  g_test_add_func ("/export/html/empty-report", test_html_empty_report);

  return g_test_run ();
}
