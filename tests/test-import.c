/* test-import.c — reading a plan from its document: the reader and plandesk --import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The key test: the bundled plan's own document text, its lost-punctuation
 * web copy, a DOCX of it and a DOCX 任务分工表 table of it all import to
 * exactly the bundled plan's 457 assignments in document order (compared
 * as the assignments CSV). Then each written form, the unit and role
 * rules, deadlines, aliases, encodings and bad input.
 */
#define G_LOG_DOMAIN "test-import"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "pd-test-util.h"
#include "import/pd-import.h"
#include "reports/pd-report-assignments.h"
#include "store/pd-database.h"
#include "store/pd-store.h"

static char *
data_path (const char *variable,
           const char *name)
{
  const char *dir = g_getenv (variable);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static char *
render_csv (PdReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
draft_csv (PdImportResult *result)
{
  g_autoptr(PdReport) report = pd_report_assignments_new_for_draft (result->draft);

  return render_csv (report);
}

static char *
plan_csv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(PdReport) report = NULL;

  g_assert_no_error (error);
  report = pd_report_assignments_new (store);
  return render_csv (report);
}

static char *
bundled_csv (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();

  return plan_csv (bundled);
}

static PdImportResult *
import_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdImportResult *result = pd_import_read_file (path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static PdImportResult *
import_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  PdImportResult *result = pd_import_read_text (text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* The CSV lines without the header, as "project|role|unit|scope|due". */
static char *
rows_of (PdImportResult *result)
{
  GString *out = g_string_new (NULL);
  PdPlanDraft *draft = result->draft;

  for (guint i = 0; i < draft->assignments->len; i++)
    {
      PdDraftAssignment *a = g_ptr_array_index (draft->assignments, i);
      PdDraftProject *project = g_ptr_array_index (draft->projects, a->project);
      PdDraftUnit *unit = g_ptr_array_index (draft->units, a->unit);

      /* The due date when the document gives one (else the plan's end, left blank here). */
      g_string_append_printf (out, "%d %s|%s|%s|%s|%s\n", project->number, project->title,
                              pd_role_to_string (a->role), unit->name, a->scope ? a->scope : "",
                              project->due_on ? project->due_on : "");
    }
  return g_string_free (out, FALSE);
}

static guint
count_role (PdPlanDraft *draft,
            PdRole       role)
{
  guint n = 0;

  for (guint i = 0; i < draft->assignments->len; i++)
    n += ((PdDraftAssignment *)g_ptr_array_index (draft->assignments, i))->role == role;
  return n;
}

static void
assert_bundled (PdImportResult *result)
{
  g_autofree char *expected = bundled_csv ();
  g_autofree char *actual = draft_csv (result);

  g_assert_cmpuint (result->draft->programmes->len, ==, 12);
  g_assert_cmpuint (result->draft->projects->len, ==, 68);
  g_assert_cmpuint (result->draft->assignments->len, ==, 457);
  g_assert_cmpuint (result->draft->units->len, ==, 96);
  g_assert_cmpuint (count_role (result->draft, PD_ROLE_LEAD), ==, 75);
  g_assert_cmpuint (count_role (result->draft, PD_ROLE_COOPERATE), ==, 362);
  g_assert_cmpuint (count_role (result->draft, PD_ROLE_RESPONSIBLE), ==, 20);
  g_assert_cmpstr (result->draft->title, ==, "创建平安广州推进方案(2013—2022年)");
  g_assert_cmpstr (result->draft->period_start, ==, "2013-01-01");
  g_assert_cmpstr (result->draft->period_end, ==, "2022-12-31");
  g_assert_cmpstr (actual, ==, expected);
}

/* The bundled plan's document ------------------------------------------------- */

static void
test_bundled_text (void)
{
  g_autofree char *path = data_path ("PD_PLAN_DIR", "safe-guangzhou.txt");
  g_autoptr(PdImportResult) result = import_file (path);
  PdPlanDraft *draft = result->draft;
  g_autofree char *text = NULL;

  assert_bundled (result);
  g_assert_cmpstr (result->encoding, ==, "UTF-8");
  g_assert_cmpuint (result->warnings->len, ==, 0);

  /* The plan keeps the document; every assignment points at its unit's words. */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (draft->source_text, ==, text);
  for (guint i = 0; i < draft->assignments->len; i++)
    {
      PdDraftAssignment *a = g_ptr_array_index (draft->assignments, i);
      PdDraftUnit *unit = g_ptr_array_index (draft->units, a->unit);
      const char *start = g_utf8_offset_to_pointer (draft->source_text, a->source_start);
      const char *end = g_utf8_offset_to_pointer (draft->source_text, a->source_end);
      g_autofree char *words = g_strndup (start, end - start);

      g_assert_cmpstr (words, ==, unit->name);
    }
  /* Item 1's lead is on line 15 of the document. */
  g_assert_cmpuint (((PdDraftAssignment *)g_ptr_array_index (draft->assignments, 0))->line, ==, 15);
}

static void
test_bundled_web_copy (void)
{
  g_autofree char *path = data_path ("PD_TEST_DATA", "safe-guangzhou-web.txt");
  g_autoptr(PdImportResult) result = import_file (path);
  PdPlanDraft *draft = result->draft;

  /* Items 18, 25, 33 and programme (九) ran on; 28, 30 and 42 lost 、“”. */
  assert_bundled (result);
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (draft->projects, 27))->title, ==, "“三道防线六张网络”建设项目");
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (draft->projects, 29))->title, ==, "“三打”长效机制建设项目");
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (draft->projects, 41))->title, ==, "“两新”组织党建项目");
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (draft->programmes, 6))->title, ==, "“两新”组织建设工程");
  g_assert_cmpuint (((PdDraftProject *)g_ptr_array_index (draft->projects, 17))->line, ==, 59);
}

static void
test_bundled_docx (void)
{
  g_autofree char *path = data_path ("PD_TEST_DOCX", "plan-paragraphs.docx");
  g_autoptr(PdImportResult) result = import_file (path);

  assert_bundled (result);
  g_assert_true (result->docx);
  g_assert_cmpstr (result->encoding, ==, "DOCX");
}

static void
test_bundled_docx_table (void)
{
  g_autofree char *path = data_path ("PD_TEST_DOCX", "plan-table.docx");
  g_autoptr(PdImportResult) result = import_file (path);

  /* 类别 is merged down over each programme's rows. */
  assert_bundled (result);
}

/* The written forms --------------------------------------------------------- */

static const char brackets_full[] =
  "2023年平安建设工作要点\n"
  "一、深化社会治理\n"
  "1. 完善网格化服务管理，推进网格员队伍建设。（市委政法委牵头，市民政局、市财政局配合）\n"
  "2. 推进矛盾纠纷多元化解。（市司法局牵头，市信访局负责落实，2023年10月底前完成）\n"
  "二、加强公共安全\n"
  "3. 开展安全生产专项整治。（市应急管理局、市公安局负责）\n";

static const char expected_brackets[] =
  "1 完善网格化服务管理，推进网格员队伍建设|lead|市委政法委||\n"
  "1 完善网格化服务管理，推进网格员队伍建设|cooperate|市民政局||\n"
  "1 完善网格化服务管理，推进网格员队伍建设|cooperate|市财政局||\n"
  "2 推进矛盾纠纷多元化解|lead|市司法局||2023-10-31\n"
  "2 推进矛盾纠纷多元化解|responsible|市信访局||2023-10-31\n"
  "3 开展安全生产专项整治|responsible|市应急管理局||\n"
  "3 开展安全生产专项整治|responsible|市公安局||\n";

static void
test_form_brackets (void)
{
  g_autoptr(PdImportResult) result = import_text (brackets_full);
  g_autofree char *rows = rows_of (result);
  PdPlanDraft *draft = result->draft;

  g_assert_cmpstr (rows, ==, expected_brackets);
  g_assert_cmpuint (draft->programmes->len, ==, 2);
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (draft->programmes, 0))->title, ==, "深化社会治理");
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (draft->programmes, 1))->numeral, ==, "二");
  g_assert_cmpstr (draft->period_start, ==, "2023-01-01");
  g_assert_cmpstr (draft->period_end, ==, "2023-12-31");
  /* Project 3 has no lead: one warning, on its line. */
  g_assert_cmpuint (result->warnings->len, ==, 1);
  g_assert_cmpuint (((PdImportWarning *)g_ptr_array_index (result->warnings, 0))->line, ==, 6);
  g_assert_cmpint (((PdImportWarning *)g_ptr_array_index (result->warnings, 0))->kind, ==, PD_IMPORT_WARNING_NO_LEAD);
}

static void
test_form_brackets_half_width (void)
{
  g_autoptr(GString) half = g_string_new (brackets_full);
  g_autoptr(PdImportResult) result = NULL;
  g_autofree char *rows = NULL;

  g_string_replace (half, "（", "(", 0);
  g_string_replace (half, "）", ")", 0);
  g_string_replace (half, "，", ",", 0);
  g_assert_null (strstr (half->str, "（"));
  result = import_text (half->str);
  rows = rows_of (result);
  /* The title keeps the document's own comma. */
  g_assert_cmpstr (rows, ==, "1 完善网格化服务管理,推进网格员队伍建设|lead|市委政法委||\n"
                             "1 完善网格化服务管理,推进网格员队伍建设|cooperate|市民政局||\n"
                             "1 完善网格化服务管理,推进网格员队伍建设|cooperate|市财政局||\n"
                             "2 推进矛盾纠纷多元化解|lead|市司法局||2023-10-31\n"
                             "2 推进矛盾纠纷多元化解|responsible|市信访局||2023-10-31\n"
                             "3 开展安全生产专项整治|responsible|市应急管理局||\n"
                             "3 开展安全生产专项整治|responsible|市公安局||\n");
}

static void
test_form_labelled_brackets (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "某市法治政府建设实施方案\n"
    "（一）健全依法决策机制\n"
    "1、制定重大行政决策程序规定。（牵头单位：市司法局；配合单位：市政府办公室、市发展改革委）\n"
    "2、推行法律顾问制度(责任单位:市司法局、各县（市、区）政府)\n"
    "（二）严格规范执法\n"
    "3、全面落实行政执法三项制度。（牵头单位：市司法局；配合单位：市直各执法部门；完成时限：2024年6月底前）\n");
  g_autofree char *rows = rows_of (result);

  g_assert_cmpstr (rows, ==,
                   "1 制定重大行政决策程序规定|lead|市司法局||\n"
                   "1 制定重大行政决策程序规定|cooperate|市政府办公室||\n"
                   "1 制定重大行政决策程序规定|cooperate|市发展改革委||\n"
                   "2 推行法律顾问制度|responsible|市司法局||\n"
                   "2 推行法律顾问制度|responsible|各县（市、区）政府||\n"
                   "3 全面落实行政执法三项制度|lead|市司法局||2024-06-30\n"
                   "3 全面落实行政执法三项制度|cooperate|市直各执法部门||2024-06-30\n");
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (result->draft->programmes, 1))->title, ==, "严格规范执法");
}

static void
test_form_labelled_lines (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "2024年工作要点\n"
    "一、重点任务\n"
    "（一）加强基层治理。推动治理重心下移。\n"
    "牵头单位：市委组织部\n"
    "配合单位：市民政局、市财政局等单位\n"
    "牵头负责领导：张三\n"
    "（二）深化平安创建。\n"
    "责任单位：各区、县级市\n"
    "完成时限：9月底前\n");
  g_autofree char *rows = rows_of (result);

  /* The leader is a person, not a unit; 9月 takes the title's year. */
  g_assert_cmpstr (rows, ==,
                   "1 加强基层治理|lead|市委组织部||\n"
                   "1 加强基层治理|cooperate|市民政局||\n"
                   "1 加强基层治理|cooperate|市财政局||\n"
                   "2 深化平安创建|responsible|各区、县级市||2024-09-30\n");
  g_assert_cmpuint (result->draft->units->len, ==, 4);
  g_assert_true (((PdDraftUnit *)g_ptr_array_index (result->draft->units, 3))->collective);
}

static void
test_form_text_table (void)
{
  /* A 任务分工表 pasted from a spreadsheet: tab-separated, columns in any order. */
  g_autoptr(PdImportResult) result = import_text (
    "2025年重点工作任务分工表\n"
    "序号\t完成时限\t重点任务\t配合单位\t牵头单位\n"
    "一、营商环境\t\t\t\t\n"
    "1\t2025年3月底前\t优化企业开办流程\t市公安局、市税务局\t市市场监管局\n"
    "2\t长期坚持\t推进政务服务一网通办\t各区政府\t市政务服务数据管理局\n");
  g_autofree char *rows = rows_of (result);

  g_assert_cmpstr (rows, ==,
                   "1 优化企业开办流程|lead|市市场监管局||2025-03-31\n"
                   "1 优化企业开办流程|cooperate|市公安局||2025-03-31\n"
                   "1 优化企业开办流程|cooperate|市税务局||2025-03-31\n"
                   "2 推进政务服务一网通办|lead|市政务服务数据管理局||\n"
                   "2 推进政务服务一网通办|cooperate|各区政府||\n");
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (result->draft->projects, 1))->notes, ==, "长期坚持");
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (result->draft->programmes, 0))->title, ==, "营商环境");
}

static void
test_form_docx_table (void)
{
  g_autofree char *path = data_path ("PD_TEST_DOCX", "forms-table.docx");
  g_autoptr(PdImportResult) result = import_file (path);
  g_autofree char *rows = rows_of (result);

  /* The lead cell is merged down over tasks 1 and 2; a heading row spans the table. */
  g_assert_cmpstr (rows, ==,
                   "1 完善网格化服务管理|lead|市委政法委||2023-06-30\n"
                   "1 完善网格化服务管理|cooperate|市民政局||2023-06-30\n"
                   "1 完善网格化服务管理|cooperate|市财政局||2023-06-30\n"
                   "2 推进矛盾纠纷多元化解|lead|市委政法委||\n"
                   "2 推进矛盾纠纷多元化解|cooperate|市司法局||\n"
                   "2 推进矛盾纠纷多元化解|cooperate|市信访局||\n"
                   "3 加强社区矫正|lead|市司法局||2024-12-31\n"
                   "3 加强社区矫正|cooperate|各区、县级市||2024-12-31\n");
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (result->draft->programmes, 0))->title, ==, "社会治理");
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (result->draft->projects, 1))->notes, ==, "长期坚持");
  /* A deadline past the title's year extends the plan. */
  g_assert_cmpstr (result->draft->period_end, ==, "2024-12-31");
}

/* A document without sections is one programme named after the document. */
static void
test_form_no_sections (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "关于做好防汛工作的通知\n"
    "加强汛前检查。（市水务局牵头，市应急管理局配合）\n"
    "做好物资储备。（市应急管理局负责）\n");
  PdPlanDraft *draft = result->draft;

  g_assert_cmpuint (draft->programmes->len, ==, 1);
  g_assert_cmpstr (((PdDraftProgramme *)g_ptr_array_index (draft->programmes, 0))->title, ==, "关于做好防汛工作的通知");
  g_assert_cmpuint (draft->projects->len, ==, 2);
  /* Not numbered with Arabic numerals: numbered in document order. */
  g_assert_cmpint (((PdDraftProject *)g_ptr_array_index (draft->projects, 1))->number, ==, 2);
  g_assert_cmpstr (((PdDraftProject *)g_ptr_array_index (draft->projects, 1))->title, ==, "做好物资储备");
}

/* Units and roles ------------------------------------------------------------- */

static void
test_units_he_inside_names (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "1、就业项目。由市人力资源和社会保障局牵头,市科技和信息化局、市林业和园林局及市防范和处理邪教问题领导小组办公室配合。\n"
    "2、整治项目。由市综治办牵头,市综治委各专项领导小组及相关成员单位和各区(县级市)配合。\n"
    "3、食品项目。由市食安办牵头,市财政局等市食品安全委员会成员单位和广州警备区配合。\n");
  g_autofree char *rows = rows_of (result);

  g_assert_cmpstr (strstr (rows, "1 就业项目|lead|"), ==, strstr (rows, "1 就业项目|lead|市人力资源和社会保障局|"));
  g_assert_cmpstr (rows, ==,
                   "1 就业项目|lead|市人力资源和社会保障局||\n"
                   "1 就业项目|cooperate|市科技和信息化局||\n"
                   "1 就业项目|cooperate|市林业和园林局||\n"
                   "1 就业项目|cooperate|市防范和处理邪教问题领导小组办公室||\n"
                   "2 整治项目|lead|市综治办||\n"
                   "2 整治项目|cooperate|市综治委各专项领导小组及相关成员单位||\n"
                   "2 整治项目|cooperate|各区(县级市)||\n"
                   "3 食品项目|lead|市食安办||\n"
                   "3 食品项目|cooperate|市财政局||\n"
                   "3 食品项目|cooperate|市食品安全委员会成员单位||\n"
                   "3 食品项目|cooperate|广州警备区||\n");
}

static void
test_units_collective (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "1、甲项目（市公安局牵头，各区、县级市配合）\n"
    "2、乙项目（市公安局牵头，各县（市、区）政府、市司法局配合）\n"
    "3、丙项目（市公安局牵头，各区(县级市)及市直各部门配合）\n"
    "4、丁项目（各项目牵头单位负责，市公安局（具体由治安支队承办）等单位配合）\n");
  g_autofree char *rows = rows_of (result);

  /* One 各 head over levels is one unit; a note in brackets is not a unit;
   * a unit whose name holds 牵头 is still a unit. */
  g_assert_cmpstr (rows, ==,
                   "1 甲项目|lead|市公安局||\n"
                   "1 甲项目|cooperate|各区、县级市||\n"
                   "2 乙项目|lead|市公安局||\n"
                   "2 乙项目|cooperate|各县（市、区）政府||\n"
                   "2 乙项目|cooperate|市司法局||\n"
                   "3 丙项目|lead|市公安局||\n"
                   "3 丙项目|cooperate|各区(县级市)||\n"
                   "3 丙项目|cooperate|市直各部门||\n"
                   "4 丁项目|cooperate|市公安局||\n"
                   "4 丁项目|responsible|各项目牵头单位||\n");
  g_assert_true (((PdDraftUnit *)g_ptr_array_index (result->draft->units, 1))->collective);
  g_assert_false (((PdDraftUnit *)g_ptr_array_index (result->draft->units, 0))->collective);
}

/* 区司法局（牵头） marks a lead in a list; 各区党委、政府 is one unit; 各部门 is a unit. */
static void
test_units_role_notes (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "2024年工作任务分工\n"
    "一、依法行政\n"
    "（一）健全行政决策制度。严格落实决策程序。\n"
    "责任单位：区司法局（牵头）、区政府办、各镇街\n"
    "（二）推进网格化管理。由区委组织部牵头，区民政局和各镇党委、政府负责落实。\n"
    "（三）接受人大监督。（区政府办牵头；各部门按职责负责）\n");
  g_autofree char *rows = rows_of (result);

  g_assert_cmpstr (rows, ==,
                   "1 健全行政决策制度|lead|区司法局||\n"
                   "1 健全行政决策制度|responsible|区政府办||\n"
                   "1 健全行政决策制度|responsible|各镇街||\n"
                   "2 推进网格化管理|lead|区委组织部||\n"
                   "2 推进网格化管理|responsible|区民政局||\n"
                   "2 推进网格化管理|responsible|各镇党委、政府||\n"
                   "3 接受人大监督|lead|区政府办||\n"
                   "3 接受人大监督|responsible|各部门||\n");
  g_assert_cmpuint (result->warnings->len, ==, 0);
}

static void
test_roles_stated_rule (void)
{
  const char *document =
    "2024年工作任务\n"
    "（表中无牵头单位的，责任单位即为牵头单位）\n"
    "1. 推进甲工作。（责任单位：市公安局、市司法局）\n"
    "2. 推进乙工作。（牵头单位：市民政局；责任单位：市财政局）\n";
  g_autoptr(PdImportResult) result = import_text (document);
  g_autofree char *rows = rows_of (result);
  g_autoptr(PdImportResult) plain = NULL;
  g_autoptr(GString) without = g_string_new (document);

  g_assert_cmpstr (rows, ==,
                   "1 推进甲工作|lead|市公安局||\n"
                   "1 推进甲工作|lead|市司法局||\n"
                   "2 推进乙工作|lead|市民政局||\n"
                   "2 推进乙工作|responsible|市财政局||\n");
  g_assert_cmpuint (result->warnings->len, ==, 0);

  /* Without the rule, task 1 has no lead (and a warning says so). */
  g_string_replace (without, "（表中无牵头单位的，责任单位即为牵头单位）\n", "", 1);
  plain = import_text (without->str);
  g_assert_cmpuint (count_role (plain->draft, PD_ROLE_LEAD), ==, 1);
  g_assert_cmpuint (plain->warnings->len, ==, 1);
  g_assert_cmpint (((PdImportWarning *)g_ptr_array_index (plain->warnings, 0))->kind, ==, PD_IMPORT_WARNING_NO_LEAD);
}

static void
test_roles_first_listed (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "工作方案\n"
    "注：责任单位中排在第一位的为牵头单位。\n"
    "1、建立联席会议制度。（责任单位：市委政法委、市公安局、市司法局）\n");
  g_autofree char *rows = rows_of (result);

  g_assert_true (g_str_has_prefix (rows, "1 建立联席会议制度|lead|市委政法委|"));
  g_assert_cmpuint (count_role (result->draft, PD_ROLE_LEAD), ==, 1);
  g_assert_cmpuint (count_role (result->draft, PD_ROLE_RESPONSIBLE), ==, 2);
}

static void
test_roles_unknown_word (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "1、建立制度。（主抓单位：市公安局；配合单位：市司法局）\n");
  PdImportWarning *warning;

  g_assert_cmpuint (result->draft->assignments->len, ==, 2);
  g_assert_cmpuint (result->warnings->len, ==, 2);
  warning = g_ptr_array_index (result->warnings, 0);
  g_assert_cmpint (warning->kind, ==, PD_IMPORT_WARNING_UNKNOWN_ROLE);
  g_assert_cmpuint (warning->line, ==, 1);
  g_assert_nonnull (strstr (warning->message, "主抓单位"));
}

/* Deadlines ----------------------------------------------------------------- */

static void
test_deadlines (void)
{
  g_autoptr(PdImportResult) result = import_text (
    "某市实施方案(2021—2025年)\n"
    "一、任务\n"
    "1、甲。（市公安局牵头，2022年10月底前完成）\n"
    "2、乙。（市公安局牵头，2015年底前完成）\n"
    "3、丙。（市公安局牵头，2023年）\n"
    "4、丁。（市公安局牵头，2024年6月30日前）\n"
    "5、戊。（市公安局牵头，5年内完成）\n"
    "6、己。（市公安局牵头，长期坚持）\n"
    "7、庚。（市公安局牵头，6月底前）\n");
  PdPlanDraft *draft = result->draft;
  const char *due[] = { "2022-10-31", "2015-12-31", "2023-12-31", "2024-06-30", NULL, NULL, NULL };
  const char *notes[] = { NULL, NULL, NULL, NULL, "5年内完成", "长期坚持", NULL };

  g_assert_cmpuint (draft->projects->len, ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      PdDraftProject *project = g_ptr_array_index (draft->projects, i);

      g_assert_cmpstr (project->due_on, ==, due[i]);
      g_assert_cmpstr (project->notes, ==, notes[i]);
    }
  /* 6月 without a year: the title names a range, not one year. */
  g_assert_cmpstr (draft->period_start, ==, "2021-01-01");
  g_assert_cmpstr (draft->period_end, ==, "2025-12-31");
}

/* Aliases and known units ------------------------------------------------------- */

static void
test_aliases (void)
{
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  PdImportOptions options = { NULL, known };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdImportResult) result = NULL;
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "aliases.plandesk", NULL);
  g_autoptr(PdDatabase) db = NULL;
  g_autofree char *rows = NULL;
  sqlite3_stmt *stmt;

  g_hash_table_insert (known, "市公安局", "市公安局");
  g_hash_table_insert (known, "广州市公安局", "市公安局");
  g_hash_table_insert (known, "各区(县级市)", "各区(县级市)");
  result = pd_import_read_text ("1、甲项目（广州市公安局牵头，各区（县级市）、市新设局配合）\n", &options, &error);
  g_assert_no_error (error);
  rows = rows_of (result);

  /* An alias, a bracket width and an unknown unit (flagged, kept as written). */
  g_assert_cmpstr (rows, ==, "1 甲项目|lead|市公安局||\n1 甲项目|cooperate|各区(县级市)||\n1 甲项目|cooperate|市新设局||\n");
  g_assert_true (((PdDraftUnit *)g_ptr_array_index (result->draft->units, 0))->known);
  g_assert_false (((PdDraftUnit *)g_ptr_array_index (result->draft->units, 2))->known);
  g_assert_cmpuint (result->warnings->len, ==, 1);
  g_assert_cmpint (((PdImportWarning *)g_ptr_array_index (result->warnings, 0))->kind, ==, PD_IMPORT_WARNING_UNKNOWN_UNIT);
  g_assert_nonnull (strstr (((PdImportWarning *)g_ptr_array_index (result->warnings, 0))->message, "市新设局"));

  /* The names the document used are kept as aliases in the new plan. */
  g_assert_cmpuint (result->draft->aliases->len, ==, 2);
  g_assert_true (pd_plan_draft_write (result->draft, path, &error));
  g_assert_no_error (error);
  db = pd_database_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  stmt = pd_database_prepare (db, "SELECT a.alias, u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id ORDER BY a.alias", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "各区（县级市）");
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 1), ==, "各区(县级市)");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "广州市公安局");
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 1), ==, "市公安局");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
  g_clear_object (&db);

  /* The next import from that plan knows its units and aliases. */
  {
    g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);
    g_autoptr(GHashTable) again_known = NULL;
    g_autoptr(PdImportResult) again = NULL;
    PdImportOptions again_options = { NULL, NULL };
    g_autofree char *again_rows = NULL;

    g_assert_no_error (error);
    again_known = pd_store_dup_known_units (store);
    g_assert_cmpuint (g_hash_table_size (again_known), ==, 5);
    g_assert_cmpstr (g_hash_table_lookup (again_known, "广州市公安局"), ==, "市公安局");
    g_assert_cmpstr (g_hash_table_lookup (again_known, "市新设局"), ==, "市新设局");
    again_options.known_units = again_known;
    again = pd_import_read_text ("1、乙项目（广州市公安局牵头，市新设局、市另一局配合）\n", &again_options, &error);
    g_assert_no_error (error);
    again_rows = rows_of (again);
    g_assert_cmpstr (again_rows, ==, "1 乙项目|lead|市公安局||\n1 乙项目|cooperate|市新设局||\n1 乙项目|cooperate|市另一局||\n");
    g_assert_cmpuint (again->warnings->len, ==, 1);
    g_assert_nonnull (strstr (((PdImportWarning *)g_ptr_array_index (again->warnings, 0))->message, "市另一局"));
  }
  pd_test_remove_tree (dir);
}

/* The bundled plan's units are what its own document's names match. */
static void
test_known_units_bundled (void)
{
  g_autofree char *bundled = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (bundled, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_autoptr(GHashTable) known = NULL;
  g_autofree char *path = data_path ("PD_TEST_DATA", "safe-guangzhou-web.txt");
  g_autofree char *text = NULL;
  PdImportOptions options = { NULL, NULL };
  g_autoptr(PdImportResult) result = NULL;

  g_assert_no_error (error);
  known = pd_store_dup_known_units (store);
  g_assert_cmpuint (g_hash_table_size (known), ==, 110);
  options.known_units = known;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  result = pd_import_read_text (text, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->draft->assignments->len, ==, 457);
  g_assert_cmpuint (result->warnings->len, ==, 0);
  for (guint i = 0; i < result->draft->units->len; i++)
    g_assert_true (((PdDraftUnit *)g_ptr_array_index (result->draft->units, i))->known);
}

/* Encodings ----------------------------------------------------------------- */

static const char small_plan[] = "1、平安建设项目。由市公安局牵头,市司法局、市人力资源和社会保障局等单位配合。\n";

static void
assert_small_plan (GBytes     *bytes,
                   const char *encoding,
                   const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  PdImportOptions options = { encoding, NULL };
  g_autoptr(PdImportResult) result = pd_import_read (bytes, &options, &error);
  g_autofree char *rows = NULL;

  g_assert_no_error (error);
  rows = rows_of (result);
  g_assert_cmpstr (rows, ==, "1 平安建设项目|lead|市公安局||\n1 平安建设项目|cooperate|市司法局||\n"
                             "1 平安建设项目|cooperate|市人力资源和社会保障局||\n");
  g_assert_cmpstr (result->encoding, ==, expected_encoding);
  g_assert_cmpstr (result->draft->source_text, ==, small_plan);
}

static GBytes *
encoded (const char   *bom,
         gsize         bom_len,
         const char   *to,
         const char   *text)
{
  gsize written = 0;
  g_autofree char *converted = g_convert (text, -1, to, "UTF-8", NULL, &written, NULL);
  GByteArray *bytes = g_byte_array_new ();

  g_assert_nonnull (converted);
  g_byte_array_append (bytes, (const guint8 *)bom, bom_len);
  g_byte_array_append (bytes, (const guint8 *)converted, written);
  return g_byte_array_free_to_bytes (bytes);
}

static void
test_encodings (void)
{
  g_autoptr(GBytes) gb = encoded ("", 0, "GB18030", small_plan);
  g_autoptr(GBytes) utf16le = encoded ("\xff\xfe", 2, "UTF-16LE", small_plan);
  g_autoptr(GBytes) utf16be = encoded ("\xfe\xff", 2, "UTF-16BE", small_plan);
  g_autoptr(GBytes) bom = encoded ("\xef\xbb\xbf", 3, "UTF-8", small_plan);
  g_autoptr(GString) crlf = g_string_new (small_plan);
  g_autoptr(GBytes) crlf_bytes = NULL;
  g_autoptr(GError) error = NULL;
  PdImportOptions wrong = { "UTF-8", NULL };
  PdImportOptions unknown = { "KLINGON-8", NULL };

  g_assert_false (g_utf8_validate (g_bytes_get_data (gb, NULL), g_bytes_get_size (gb), NULL));
  assert_small_plan (gb, NULL, "GB18030");
  assert_small_plan (gb, "GBK", "GBK");
  assert_small_plan (utf16le, NULL, "UTF-16LE");
  assert_small_plan (utf16be, NULL, "UTF-16BE");
  assert_small_plan (bom, NULL, "UTF-8");

  /* Windows line ends: offsets and lines are those of the text stored (LF). */
  g_string_replace (crlf, "\n", "\r\n", 0);
  crlf_bytes = g_bytes_new (crlf->str, crlf->len);
  assert_small_plan (crlf_bytes, NULL, "UTF-8");

  /* A forced encoding the bytes are not in, and one that does not exist. */
  g_assert_null (pd_import_read (gb, &wrong, &error));
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_ENCODING);
  g_clear_error (&error);
  g_assert_null (pd_import_read (gb, &unknown, &error));
  g_assert_error (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "KLINGON-8"));
}

/* Bad input ----------------------------------------------------------------- */

static void
assert_refused_bytes (const char   *data,
                      gsize         len,
                      PdImportError code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdImportResult) result = pd_import_read (bytes, NULL, &error);

  g_assert_null (result);
  g_assert_error (error, PD_IMPORT_ERROR, (int)code);
  g_assert_cmpstr (error->message, !=, "");
}

static void
assert_refused_file (const char   *name,
                     PdImportError code)
{
  g_autofree char *path = data_path ("PD_TEST_DOCX", name);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdImportResult) result = pd_import_read_file (path, NULL, NULL, &error);

  g_assert_null (result);
  g_assert_error (error, PD_IMPORT_ERROR, (int)code);
}

static void
test_bad_input (void)
{
  static const guchar binary[] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x00, 0x80 };
  static const guchar ole[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
  g_autofree char *huge = g_malloc (PD_IMPORT_MAX_TEXT + 2);

  assert_refused_bytes ("", 0, PD_IMPORT_ERROR_EMPTY);
  assert_refused_bytes ((const char *)binary, sizeof binary, PD_IMPORT_ERROR_NOT_TEXT);
  assert_refused_bytes ("\xff\xfe", 2, PD_IMPORT_ERROR_NOT_TEXT);
  assert_refused_bytes ((const char *)ole, sizeof ole, PD_IMPORT_ERROR_UNSUPPORTED);
  assert_refused_bytes ("会议纪要\n今天天气很好。\n", strlen ("会议纪要\n今天天气很好。\n"),
                        PD_IMPORT_ERROR_NOTHING_RECOGNISED);
  memset (huge, 'a', PD_IMPORT_MAX_TEXT + 1);
  assert_refused_bytes (huge, PD_IMPORT_MAX_TEXT + 1, PD_IMPORT_ERROR_TOO_LARGE);

  assert_refused_file ("bomb.docx", PD_IMPORT_ERROR_TOO_LARGE);
  assert_refused_file ("entity-bomb.docx", PD_IMPORT_ERROR_DAMAGED);
  assert_refused_file ("truncated.docx", PD_IMPORT_ERROR_DAMAGED);
  assert_refused_file ("not-docx.docx", PD_IMPORT_ERROR_DAMAGED);
}

/* The command line ----------------------------------------------------------- */

typedef struct
{
  char *stdout_text;
  char *stderr_text;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->stdout_text, g_free);
  g_clear_pointer (&run->stderr_text, g_free);
}

static int
run_plandesk (Run        *run,
              const char *first_arg,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PLANDESK_EXE");
  int wait_status;
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *)exe);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  run_clear (run);
  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->stdout_text, &run->stderr_text, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_cli_import (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (dir, "new.plandesk", NULL);
  g_autofree char *web = data_path ("PD_TEST_DATA", "safe-guangzhou-web.txt");
  g_autofree char *import_arg = g_strconcat ("--import=", web, NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", plan, NULL);
  g_autofree char *expected = bundled_csv ();
  g_autofree char *actual = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *prefix = g_strdup_printf ("plandesk: %s: ", web);
  Run run = { 0 };

  g_assert_cmpint (run_plandesk (&run, import_arg, output_arg, NULL), ==, 0);
  g_assert_cmpstr (run.stderr_text, ==, "");
  g_assert_cmpuint (count_files (dir), ==, 1);
  /* An ordinary file: readable by others as the umask allows, not 0600. */
  {
    GStatBuf st;
    mode_t mask = umask (0022);

    umask (mask);
    g_assert_cmpint (g_stat (plan, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0666 & ~mask);
  }

  /* Never over an existing file: exit 2, one line, the file untouched. */
  before = pd_test_checksum_file (plan);
  g_assert_cmpint (run_plandesk (&run, import_arg, output_arg, NULL), ==, 2);
  g_assert_true (g_str_has_prefix (run.stderr_text, prefix));
  g_assert_nonnull (strstr (run.stderr_text, plan));
  g_assert_true (strchr (run.stderr_text, '\n') == run.stderr_text + strlen (run.stderr_text) - 1);
  after = pd_test_checksum_file (plan);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* The new plan holds the bundled plan's assignments. */
  actual = plan_csv (plan);
  g_assert_cmpstr (actual, ==, expected);

  run_clear (&run);
  pd_test_remove_tree (dir);
}

static void
test_cli_refusals (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *plan = g_build_filename (dir, "new.plandesk", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", plan, NULL);
  const char *bad[] = { "bomb.docx", "entity-bomb.docx", "truncated.docx", "not-docx.docx" };
  Run run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *doc = data_path ("PD_TEST_DOCX", bad[i]);
      g_autofree char *import_arg = g_strconcat ("--import=", doc, NULL);
      g_autofree char *prefix = g_strdup_printf ("plandesk: %s: ", doc);

      g_assert_cmpint (run_plandesk (&run, import_arg, output_arg, NULL), ==, 2);
      g_assert_true (g_str_has_prefix (run.stderr_text, prefix));
      g_assert_true (strchr (run.stderr_text, '\n') == run.stderr_text + strlen (run.stderr_text) - 1);
      /* No output file and no partial file. */
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  {
    g_autofree char *empty = g_build_filename (dir, "empty.txt", NULL);
    g_autofree char *import_arg = g_strconcat ("--import=", empty, NULL);

    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    g_assert_cmpint (run_plandesk (&run, import_arg, output_arg, NULL), ==, 2);
    g_assert_nonnull (strstr (run.stderr_text, "empty"));
    g_assert_cmpint (run_plandesk (&run, import_arg, "--dry-run", NULL), ==, 2);
    g_assert_cmpuint (count_files (dir), ==, 1);
  }

  /* Usage errors: exit 1. */
  g_assert_cmpint (run_plandesk (&run, "--import=x.txt", NULL), ==, 1);
  g_assert_cmpint (run_plandesk (&run, "--dry-run", NULL), ==, 1);
  g_assert_cmpint (run_plandesk (&run, "--encoding=GBK", NULL), ==, 1);
  g_assert_cmpint (run_plandesk (&run, "--import=x.txt", "--dry-run", "--export=csv", NULL), ==, 1);
  g_assert_cmpint (run_plandesk (&run, "--import=x.txt", "--dry-run", "--bundled", NULL), ==, 1);
  g_assert_cmpuint (count_files (dir), ==, 1);

  run_clear (&run);
  pd_test_remove_tree (dir);
}

static void
test_cli_dry_run (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *doc = g_build_filename (dir, "plan.txt", NULL);
  g_autofree char *csv = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", doc, NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", csv, NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected_stderr = NULL;
  g_autoptr(GBytes) gb = encoded ("", 0, "GB18030", brackets_full);
  Run run = { 0 };

  g_assert_true (g_file_set_contents (doc, g_bytes_get_data (gb, NULL), g_bytes_get_size (gb), NULL));
  g_assert_cmpint (run_plandesk (&run, import_arg, "--dry-run", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (run.stdout_text, "\xef\xbb\xbfprogramme_no,programme,project_no,project,due_on,role,unit,scope\r\n"));
  g_assert_nonnull (strstr (run.stdout_text, "一,深化社会治理,2,推进矛盾纠纷多元化解,2023-10-31,responsible,市信访局,\r\n"));
  expected_stderr = g_strdup_printf ("plandesk: %s:6: “开展安全生产专项整治” has no lead unit\n", doc);
  g_assert_cmpstr (run.stderr_text, ==, expected_stderr);

  /* The same to a file, and "-" for standard output. */
  g_assert_cmpint (run_plandesk (&run, import_arg, "--dry-run", output_arg, NULL), ==, 0);
  g_assert_true (g_file_get_contents (csv, &written, NULL, NULL));
  g_assert_cmpint (run_plandesk (&run, import_arg, "--dry-run", "--output=-", NULL), ==, 0);
  g_assert_cmpstr (written, ==, run.stdout_text);

  /* A forced wrong encoding is a data error. */
  g_assert_cmpint (run_plandesk (&run, import_arg, "--dry-run", "--encoding=UTF-8", NULL), ==, 2);

  run_clear (&run);
  pd_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/bundled/text", test_bundled_text);
  g_test_add_func ("/import/bundled/web-copy", test_bundled_web_copy);
  g_test_add_func ("/import/bundled/docx", test_bundled_docx);
  g_test_add_func ("/import/bundled/docx-table", test_bundled_docx_table);
  g_test_add_func ("/import/form/brackets", test_form_brackets);
  g_test_add_func ("/import/form/brackets-half-width", test_form_brackets_half_width);
  g_test_add_func ("/import/form/labelled-brackets", test_form_labelled_brackets);
  g_test_add_func ("/import/form/labelled-lines", test_form_labelled_lines);
  g_test_add_func ("/import/form/text-table", test_form_text_table);
  g_test_add_func ("/import/form/docx-table", test_form_docx_table);
  g_test_add_func ("/import/form/no-sections", test_form_no_sections);
  g_test_add_func ("/import/units/he-inside-names", test_units_he_inside_names);
  g_test_add_func ("/import/units/collective", test_units_collective);
  g_test_add_func ("/import/units/role-notes", test_units_role_notes);
  g_test_add_func ("/import/roles/stated-rule", test_roles_stated_rule);
  g_test_add_func ("/import/roles/first-listed", test_roles_first_listed);
  g_test_add_func ("/import/roles/unknown-word", test_roles_unknown_word);
  g_test_add_func ("/import/deadlines", test_deadlines);
  g_test_add_func ("/import/aliases", test_aliases);
  g_test_add_func ("/import/known-units-bundled", test_known_units_bundled);
  g_test_add_func ("/import/encodings", test_encodings);
  g_test_add_func ("/import/bad-input", test_bad_input);
  g_test_add_func ("/import/cli/import", test_cli_import);
  g_test_add_func ("/import/cli/refusals", test_cli_refusals);
  g_test_add_func ("/import/cli/dry-run", test_cli_dry_run);

  return g_test_run ();
}
