/* test-bundled-plan.c — the bundled Safe Guangzhou plan is exactly the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-bundled-plan"

#include <string.h>

#include "pd-test-util.h"
#include "store/pd-store.h"

static PdStore *store;

static char *
query_text (const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store), sql, NULL);
  char *value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup (pd_database_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static int
query_int (const char *sql)
{
  g_autofree char *text = query_text (sql);

  return atoi (text);
}

/* Rows of a query as "a|b|c" lines. */
static char *
query_rows (const char *sql)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store), sql, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          if (c > 0)
            g_string_append_c (out, '|');
          g_string_append (out, pd_database_column_text (stmt, c) ?: "");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_reset (stmt);
  return g_string_free (out, FALSE);
}

static char *
role_units (int     number,
            PdRole  role)
{
  PdProject *project = pd_store_find_project_by_number (store, number);

  g_assert_nonnull (project);
  return pd_project_dup_unit_names (project, role, 0, NULL);
}

static void
test_plan (void)
{
  g_autofree char *basis = query_rows ("SELECT document_number FROM plan_basis ORDER BY position");
  g_autofree char *source = query_text ("SELECT source_text FROM plan");

  g_assert_cmpstr (pd_store_get_title (store), ==, "创建平安广州推进方案(2013—2022年)");
  g_assert_cmpstr (pd_store_get_period_start (store), ==, "2013-01-01");
  g_assert_cmpstr (pd_store_get_period_end (store), ==, "2022-12-31");
  g_assert_cmpstr (basis, ==, "粤发〔2012〕19号\n粤办发〔2012〕34号\n穗字〔2013〕2号\n");

  /* The full text, with what the web conversion lost put back. */
  g_assert_true (g_str_has_prefix (source, "创建平安广州推进方案(2013—2022年)\n"));
  g_assert_nonnull (strstr (source, "(粤发〔2012〕19号)"));
  g_assert_nonnull (strstr (source, "〈创建平安广东行动计划(2012—2022年)〉"));
  g_assert_nonnull (strstr (source, "经过5—10年的努力"));
  g_assert_nonnull (strstr (source, "于2013年3月底前"));
  g_assert_nonnull (strstr (source, "\n28、“三道防线六张网络”建设项目。"));
  g_assert_nonnull (strstr (source, "\n30、“三打”长效机制建设项目。"));
  g_assert_nonnull (strstr (source, "\n42、“两新”组织党建项目。"));
  g_assert_nonnull (strstr (source, "\n18、社情民意收集研判机制建设项目。"));
  g_assert_nonnull (strstr (source, "\n33、环境安全监控项目。"));
  g_assert_nonnull (strstr (source, "\n(九)平安交通建设工程。"));
  g_assert_true (g_str_has_suffix (source, "予以批评问责。\n"));
  g_assert_null (strstr (source, "\xc2\xa0"));
  g_assert_null (strstr (source, "友情链接"));
}

static void
test_sections (void)
{
  g_autofree char *sections = query_rows ("SELECT kind, title FROM plan_section ORDER BY position");
  g_autofree char *goal = query_text ("SELECT body FROM plan_section WHERE kind = 'goal'");
  g_autofree char *group = query_text ("SELECT body FROM plan_section WHERE title = '创建平安广州工作领导小组'");

  g_assert_cmpstr (sections, ==,
                   "goal|总体目标\n"
                   "other|主要任务及分工\n"
                   "step|推进步骤\n"
                   "measure|(一)加强组织领导,落实工作责任\n"
                   "measure|(二)加强协作配合,落实齐抓共管\n"
                   "measure|(三)加强督导检查,落实创建质量\n"
                   "measure|(四)加大资源投入,落实创建保障\n"
                   "measure|(五)严格考评考核,落实创建奖惩\n"
                   "other|创建平安广州工作领导小组\n");
  g_assert_nonnull (strstr (goal, "实现“一强二升三降”(群众安全感不断增强;"));
  g_assert_true (g_str_has_prefix (group, "市成立创建平安广州工作领导小组,下设办公室(设在市综治办)"));
  g_assert_nonnull (strstr (group, "抽调8名人员集中办公"));
}

static void
test_programmes (void)
{
  static const char * const expected[][2] = {
    { "一", "法治广州建设工程" }, { "二", "民生保障工程" }, { "三", "群众权益保障工程" },
    { "四", "社会矛盾化解工程" }, { "五", "公共安全防控工程" }, { "六", "人口服务管理工程" },
    { "七", "“两新”组织建设工程" }, { "八", "志愿服务工程" }, { "九", "平安交通建设工程" },
    { "十", "信息网络服务保障工程" }, { "十一", "基层基础建设工程" }, { "十二", "平安文化建设工程" },
  };
  static const guint first_project[] = { 1, 9, 16, 22, 26, 37, 42, 45, 50, 54, 59, 64, 69 };
  GListModel *programmes = pd_store_get_programmes (store);
  int next = 1;

  g_assert_cmpuint (g_list_model_get_n_items (programmes), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      g_assert_cmpstr (pd_programme_get_numeral (programme), ==, expected[i][0]);
      g_assert_cmpstr (pd_programme_get_title (programme), ==, expected[i][1]);
      g_assert_cmpuint (g_list_model_get_n_items (projects), ==, first_project[i + 1] - first_project[i]);
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);

          g_assert_cmpint (pd_project_get_number (project), ==, next++);
          g_assert_true (pd_project_get_programme (project) == programme);
        }
    }
  g_assert_cmpint (next, ==, 69);
  g_assert_cmpuint (pd_store_get_n_projects (store), ==, 68);
}

static void
test_project_titles (void)
{
  g_autofree char *source = query_text ("SELECT source_text FROM plan");

  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 1)), ==, "平安建设地方立法项目");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 28)), ==, "“三道防线六张网络”建设项目");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 30)), ==, "“三打”长效机制建设项目");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 42)), ==, "“两新”组织党建项目");
  g_assert_cmpstr (pd_project_get_title (pd_store_find_project_by_number (store, 68)), ==, "文化市场净化项目");

  /* Every title is the document's "N、title。". */
  for (int n = 1; n <= 68; n++)
    {
      PdProject *project = pd_store_find_project_by_number (store, n);
      g_autofree char *item = g_strdup_printf ("\n%d、%s。", n, pd_project_get_title (project));

      g_assert_nonnull (strstr (source, item));
      g_assert_cmpstr (pd_status_to_string (pd_project_get_status (project)), ==, "planned");
      g_assert_cmpstr (pd_project_get_start_on (project), ==, "2013-01-01");
      g_assert_cmpstr (pd_project_get_due_on (project), ==, "2022-12-31");
    }
}

static void
test_assignment_counts (void)
{
  guint per_role[PD_N_ROLES] = { 0 };
  GListModel *programmes = pd_store_get_programmes (store);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);
          gboolean seen_other = FALSE;

          g_assert_cmpuint (g_list_model_get_n_items (assignments), >=, 1);
          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
              PdRole role = pd_assignment_get_role (assignment);

              per_role[role]++;
              g_assert_cmpint (pd_assignment_get_position (assignment), ==, (int)k + 1);
              /* The document names the lead units first. */
              if (role != PD_ROLE_LEAD)
                seen_other = TRUE;
              else
                g_assert_false (seen_other);
            }
        }
    }

  g_assert_cmpuint (pd_store_get_n_assignments (store), ==, 457);
  g_assert_cmpuint (per_role[PD_ROLE_LEAD], ==, 75);
  g_assert_cmpuint (per_role[PD_ROLE_COOPERATE], ==, 362);
  g_assert_cmpuint (per_role[PD_ROLE_RESPONSIBLE], ==, 20);
  g_assert_cmpint (query_int ("SELECT count(*) FROM assignment WHERE scope IS NOT NULL"), ==, 2);
}

/* Every assignment follows the wording of its item in section 二: the unit
 * names appear in the item in the order of their positions, lead units
 * before 牵头 and the others after it. */
static void
test_assignments_follow_the_document (void)
{
  g_autofree char *source = query_text ("SELECT source_text FROM plan");

  for (int n = 1; n <= 68; n++)
    {
      PdProject *project = pd_store_find_project_by_number (store, n);
      GListModel *assignments = pd_project_get_assignments (project);
      g_autofree char *start_mark = g_strdup_printf ("\n%d、", n);
      const char *item = strstr (source, start_mark);
      const char *item_end;
      const char *cursor;
      const char *lead_mark;
      g_autofree char *text = NULL;

      g_assert_nonnull (item);
      item_end = strstr (item + 1, "\n");
      g_assert_nonnull (item_end);
      text = g_strndup (item, item_end - item);
      cursor = strstr (text, "。") + strlen ("。");
      lead_mark = g_strrstr (text, "牵头");
      g_assert_nonnull (lead_mark);

      for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
        {
          g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
          const char *name = pd_unit_get_name (pd_assignment_get_unit (assignment));
          const char *found = strstr (cursor, name);

          if (found == NULL)
            g_error ("project %d: %s not found in order in “%s”", n, name, text);
          if (pd_assignment_get_role (assignment) == PD_ROLE_LEAD)
            g_assert_true (found < lead_mark);
          else
            g_assert_true (found > lead_mark);
          cursor = found + strlen (name);
        }

      /* Roles follow the verb of the item. */
      if (strstr (text, "负责落实、推进") != NULL)
        g_assert_cmpint (n, ==, 22);
    }
}

static void
test_special_projects (void)
{
  g_autofree char *leads5 = role_units (5, PD_ROLE_LEAD);
  g_autofree char *leads22 = role_units (22, PD_ROLE_LEAD);
  g_autofree char *coop22 = role_units (22, PD_ROLE_COOPERATE);
  g_autofree char *resp22 = role_units (22, PD_ROLE_RESPONSIBLE);
  g_autofree char *leads32 = role_units (32, PD_ROLE_LEAD);
  g_autofree char *coop32 = role_units (32, PD_ROLE_COOPERATE);
  g_autofree char *leads33 = role_units (33, PD_ROLE_LEAD);
  g_autofree char *leads51 = role_units (51, PD_ROLE_LEAD);
  g_autofree char *coop51 = role_units (51, PD_ROLE_COOPERATE);
  g_autofree char *coop3 = role_units (3, PD_ROLE_COOPERATE);
  g_autofree char *coop31 = role_units (31, PD_ROLE_COOPERATE);
  g_autofree char *scopes32 = query_rows ("SELECT u.name, a.scope FROM assignment a JOIN unit u ON u.id = a.unit_id "
                                          "WHERE a.project_id = (SELECT id FROM project WHERE number = 32) "
                                          "AND a.role = 'lead' ORDER BY a.position");

  g_assert_cmpstr (leads5, ==, "市委政法委、市检察院");
  g_assert_cmpstr (leads22, ==, "市委维稳办");
  g_assert_cmpstr (coop22, ==, "");
  g_assert_cmpstr (resp22, ==, "市信访局、市委政研室、市法制办、市发展改革委、市公安局、市教育局、市财政局、"
                               "市人力资源和社会保障局、市国土房管局、市农业局、市卫生局、市国资委、市交委、"
                               "市规划局、市环保局、市物价局、市安监局、市食品药品监管局、市食安办、各区(县级市)");
  g_assert_cmpstr (leads32, ==, "市食安办、市食品药品监管局");
  g_assert_cmpstr (scopes32, ==, "市食安办|食品安全监管\n市食品药品监管局|药品安全监管\n");
  g_assert_cmpstr (coop32, ==, "市经贸委、市农业局、市公安局、市卫生局、市工商局、市质监局、市财政局、"
                               "市食品安全委员会成员单位、各区(县级市)");
  g_assert_cmpstr (leads33, ==, "市环保局");
  g_assert_cmpuint (g_list_model_get_n_items (pd_project_get_assignments (pd_store_find_project_by_number (store, 33))), ==, 1);
  g_assert_cmpstr (leads51, ==, "市建委、市公安局、市交委");
  g_assert_cmpstr (coop51, ==, "市科技和信息化局、市地铁总公司");
  g_assert_cmpstr (coop3, ==, "各区(县级市)、市直各部门");
  g_assert_cmpstr (coop31, ==, "市综治委各专项领导小组及相关成员单位、各区(县级市)");
}

static void
test_units (void)
{
  GListModel *units = pd_store_get_units (store);
  g_autofree char *source = query_text ("SELECT source_text FROM plan");
  g_autofree char *collectives = query_rows ("SELECT name FROM unit WHERE collective = 1 ORDER BY id");
  guint n_districts = 0;

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 110);
  g_assert_cmpint (query_int ("SELECT count(DISTINCT unit_id) FROM assignment"), ==, 96);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
      const char *name = pd_unit_get_name (unit);

      /* The districts are named by the reorganisation, not by the plan. */
      if (!g_str_equal (pd_unit_get_kind (unit), "district") || pd_unit_get_collective (unit))
        g_assert_nonnull (strstr (source, name));
      g_assert_false (g_str_has_suffix (name, "等"));
      g_assert_false (g_str_has_suffix (name, "等单位"));
      g_assert_null (strstr (name, "、"));
      g_assert_false (g_str_has_prefix (name, "和") || g_str_has_prefix (name, "及"));
      g_assert_nonnull (pd_unit_get_kind (unit));
      if (g_str_equal (pd_unit_get_kind (unit), "district") && !pd_unit_get_collective (unit))
        n_districts++;
    }
  g_assert_cmpuint (n_districts, ==, 14);

  /* Names that contain 和 or 及 are one unit, not two. */
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市人力资源和社会保障局"));
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市林业和园林局"));
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市科技和信息化局"));
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市防范和处理邪教问题领导小组办公室"));
  g_assert_null (pd_store_find_unit_by_name (store, "市人力资源"));
  g_assert_null (pd_store_find_unit_by_name (store, "社会保障局"));
  /* Written differently, kept apart as the document writes them. */
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市直政法部门"));
  g_assert_nonnull (pd_store_find_unit_by_name (store, "市直政法各部门"));

  g_assert_cmpstr (collectives, ==,
                   "各区(县级市)\n市直各部门\n市直政法部门\n各行政执法部门\n市直政法各部门\n"
                   "市委维护稳定工作领导小组成员单位\n市反恐怖工作协调小组成员单位\n市综治委成员单位\n"
                   "市视频建设领导小组成员单位\n市综治委各专项领导小组及相关成员单位\n市食品安全委员会成员单位\n"
                   "市应急委成员单位\n市流动人员出租屋管理工作领导小组成员单位\n市外国人管理工作联席会议成员单位\n"
                   "市发展志愿服务事业指导委员会成员单位\n市政府各职能部门\n");
  g_assert_cmpstr (pd_unit_get_kind (pd_store_find_unit_by_name (store, "市法院")), ==, "judicial");
  g_assert_cmpstr (pd_unit_get_kind (pd_store_find_unit_by_name (store, "团市委")), ==, "people");
  g_assert_cmpstr (pd_unit_get_kind (pd_store_find_unit_by_name (store, "市委政法委")), ==, "party");
  g_assert_cmpstr (pd_unit_get_kind (pd_store_find_unit_by_name (store, "市公安局")), ==, "government");
  g_assert_cmpstr (pd_unit_get_kind (pd_store_find_unit_by_name (store, "广州警备区")), ==, "external");
}

static void
test_districts (void)
{
  static const char * const districts_2013[] = {
    "越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区",
    "萝岗区", "番禺区", "花都区", "南沙区", "从化市", "增城市",
  };
  PdUnit *all = pd_store_find_unit_by_name (store, "各区(县级市)");
  GListModel *members;
  PdUnit *luogang = pd_store_find_unit_by_name (store, "萝岗区");
  PdUnit *conghua = pd_store_find_unit_by_name (store, "从化市");
  PdUnit *zengcheng = pd_store_find_unit_by_name (store, "增城市");

  g_assert_nonnull (all);
  g_assert_true (pd_unit_get_collective (all));
  members = pd_unit_get_members (all);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, G_N_ELEMENTS (districts_2013));
  for (guint i = 0; i < G_N_ELEMENTS (districts_2013); i++)
    {
      g_autoptr(PdUnit) member = g_list_model_get_item (members, i);

      g_assert_cmpstr (pd_unit_get_name (member), ==, districts_2013[i]);
      g_assert_cmpstr (pd_unit_get_kind (member), ==, "district");
    }

  g_assert_cmpstr (pd_unit_get_valid_to (luogang), ==, "2014-02-12");
  g_assert_cmpstr (pd_unit_get_name (pd_unit_get_successor (luogang)), ==, "黄埔区");
  g_assert_null (pd_unit_get_valid_to (pd_unit_get_successor (luogang)));
  g_assert_cmpstr (pd_unit_get_name (pd_unit_get_successor (conghua)), ==, "从化区");
  g_assert_cmpstr (pd_unit_get_name (pd_unit_get_successor (zengcheng)), ==, "增城区");
  g_assert_cmpstr (pd_unit_get_valid_from (pd_unit_get_successor (conghua)), ==, "2014-02-12");
  g_assert_cmpstr (pd_unit_get_valid_to (conghua), ==, "2014-02-12");
  g_assert_null (pd_unit_get_successor (pd_store_find_unit_by_name (store, "天河区")));
}

static void
test_phases_and_milestones (void)
{
  g_autofree char *phases = query_rows ("SELECT name, starts_on, ends_on FROM phase ORDER BY position");
  g_autofree char *milestones = query_rows ("SELECT due_on, kind, phase_id FROM milestone ORDER BY due_on");
  g_autofree char *first = query_text ("SELECT title FROM milestone WHERE due_on = '2013-03-31'");
  g_autofree char *summary1 = query_text ("SELECT summary FROM phase WHERE position = 1");

  g_assert_cmpstr (phases, ==,
                   "全面铺开|2013-01-01|2013-12-31\n"
                   "系统推进|2014-01-01|2015-12-31\n"
                   "形成体系|2016-01-01|2017-12-31\n"
                   "巩固提高|2018-01-01|2022-12-31\n");
  g_assert_true (g_str_has_prefix (summary1, "创建平安广州工作自上而下"));
  g_assert_cmpstr (milestones, ==,
                   "2013-03-31|deadline|1\n"
                   "2013-12-31|evaluation|1\n2014-12-31|evaluation|2\n2015-12-31|evaluation|2\n"
                   "2016-12-31|evaluation|3\n2017-12-31|evaluation|3\n2018-12-31|evaluation|4\n"
                   "2019-12-31|evaluation|4\n2020-12-31|evaluation|4\n2021-12-31|evaluation|4\n"
                   "2022-12-31|evaluation|4\n");
  g_assert_nonnull (strstr (first, "实施方案"));
}

static void
test_indicators (void)
{
  g_autofree char *indicators = query_rows ("SELECT grp, name, direction FROM indicator ORDER BY position");

  g_assert_cmpstr (indicators, ==,
                   "strengthen|群众安全感|up\n"
                   "raise|破案率|up\nraise|起诉率|up\nraise|审结率|up\nraise|执结率|up\nraise|调解率|up\n"
                   "raise|人民群众对政法工作的满意度|up\n"
                   "lower|重大刑事案件|down\nlower|重大群体性事件|down\nlower|重大安全事故|down\n");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  path = pd_test_bundled_plan_path ();
  store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_test_add_func ("/bundled-plan/plan", test_plan);
  g_test_add_func ("/bundled-plan/sections", test_sections);
  g_test_add_func ("/bundled-plan/programmes", test_programmes);
  g_test_add_func ("/bundled-plan/project-titles", test_project_titles);
  g_test_add_func ("/bundled-plan/assignment-counts", test_assignment_counts);
  g_test_add_func ("/bundled-plan/assignments-follow-document", test_assignments_follow_the_document);
  g_test_add_func ("/bundled-plan/special-projects", test_special_projects);
  g_test_add_func ("/bundled-plan/units", test_units);
  g_test_add_func ("/bundled-plan/districts", test_districts);
  g_test_add_func ("/bundled-plan/phases-and-milestones", test_phases_and_milestones);
  g_test_add_func ("/bundled-plan/indicators", test_indicators);

  status = g_test_run ();
  g_clear_object (&store);
  return status;
}
