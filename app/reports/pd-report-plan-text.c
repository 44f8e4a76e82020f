/* pd-report-plan-text.c — the plan's task section, regenerated as prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the task section (二、主要任务及分工) from the plan's rows in the
 * document's own style, so an edited plan can be circulated as text again:
 *
 *   (一)法治广州建设工程。
 *   1、平安建设地方立法项目。由市人大常委会法制工委牵头,市法制办、
 *      市人大常委会内务司法工委等单位配合。
 *
 * The wording rules, read off the bundled document's 68 items (half-width
 * commas, as published):
 *
 * - Leads: "由A、B牵头"; leads with a scope each get their own clause,
 *   "食品安全监管由市食安办牵头,药品安全监管由市食品药品监管局牵头". A
 *   project with leads only: "由市环保局牵头落实".
 * - Cooperating units end in "配合", responsible units in "负责落实、推进";
 *   the clauses are joined with ",", the item ends with "。".
 * - A list is joined with 、, except:
 *   - a list made only of collective units (各区(县级市), …成员单位,
 *     市直各部门…) is complete as written: nothing is added; its last two
 *     are joined with 和 when the last is the districts' collective, else
 *     with 及 ("各区(县级市)及市直各部门");
 *   - otherwise a trailing 各区(县级市) is joined with 和; the units before
 *     it end in "等单位" when the last of them is an ordinary unit, and in
 *     nothing when it is a collective ("市直政法各部门和各区(县级市)");
 *   - without it, the list ends in "等单位", or in nothing after a name that
 *     already ends in 单位 ("…成员单位配合");
 *   - a unit followed by a collective it is a member of is joined to it
 *     with 等: "市财政局等市食品安全委员会成员单位" (needs the membership
 *     recorded in unit_member).
 *
 * Where a document departs from these rules, @wording (PdAssignment →
 * string) gives the words written after a unit instead of the derived ones.
 * The bundled plan's rows alone give 65 of its 68 items exactly; 32 follows
 * once the committee's members are recorded; 26 ("…成员单位等配合") and 52
 * ("…广州警备区和各区(县级市)") depart from the rules and need the wording
 * stored with the plan (tests/test-report-builders.c shows both).
 */
#define G_LOG_DOMAIN "pd-report-plan-text"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-report-plan-text.h"
#include "pd-reports.h"
#include "store/pd-commands.h"

/* The collective that stands for every district: 各区(县级市). */
static gboolean
is_districts (PdUnit *unit)
{
  return pd_unit_get_collective (unit) && g_strcmp0 (pd_unit_get_kind (unit), "district") == 0;
}

static gboolean
is_member_of (PdUnit *unit,
              PdUnit *collective)
{
  GListModel *members = pd_unit_get_members (collective);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PdUnit) member = g_list_model_get_item (members, i);

      if (member == unit)
        return TRUE;
    }
  return FALSE;
}

/* The words the rules put after units[i]: between it and the next unit, or
 * after the last one, before the verb. */
static const char *
derive_joiner (GPtrArray *units,
               guint      i)
{
  guint n = units->len;
  gboolean all_collective = TRUE;
  gboolean trailing_districts;
  guint n_main;
  PdUnit *unit = g_ptr_array_index (units, i);

  for (guint k = 0; k < n; k++)
    all_collective = all_collective && pd_unit_get_collective (g_ptr_array_index (units, k));

  if (all_collective)
    {
      if (i + 1 == n)
        return "";
      if (i + 2 == n)
        return is_districts (g_ptr_array_index (units, n - 1)) ? "和" : "及";
      return "、";
    }

  trailing_districts = n >= 2 && is_districts (g_ptr_array_index (units, n - 1));
  n_main = trailing_districts ? n - 1 : n;

  if (i + 1 == n)
    {
      const char *name = pd_unit_get_name (unit);

      if (trailing_districts)
        return "";
      return g_str_has_suffix (name, "单位") ? "" : "等单位";
    }
  if (i + 1 == n_main)  /* before the trailing 各区(县级市) */
    return pd_unit_get_collective (unit) ? "和" : "等单位和";
  {
    PdUnit *next = g_ptr_array_index (units, i + 1);

    if (pd_unit_get_collective (next) && is_member_of (unit, next))
      return "等";
  }
  return "、";
}

/* "A、B、C等单位和各区(县级市)" + @verb. */
static void
append_list (GString    *out,
             GPtrArray  *assignments,
             GHashTable *wording,
             const char *verb)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new ();

  for (guint i = 0; i < assignments->len; i++)
    g_ptr_array_add (units, pd_assignment_get_unit (g_ptr_array_index (assignments, i)));

  for (guint i = 0; i < units->len; i++)
    {
      PdAssignment *assignment = g_ptr_array_index (assignments, i);
      const char *joiner = wording ? g_hash_table_lookup (wording, assignment)
                                   : pd_assignment_get_wording_after (assignment);

      g_string_append (out, pd_unit_get_name (g_ptr_array_index (units, i)));
      g_string_append (out, joiner ? joiner : derive_joiner (units, i));
    }
  g_string_append (out, verb);
}

static void
append_leads (GString   *out,
              GPtrArray *leads)
{
  gboolean scoped = FALSE;

  for (guint i = 0; i < leads->len; i++)
    {
      const char *scope = pd_assignment_get_scope (g_ptr_array_index (leads, i));

      scoped = scoped || (scope != NULL && *scope != '\0');
    }

  if (!scoped)
    {
      g_string_append (out, "由");
      for (guint i = 0; i < leads->len; i++)
        {
          PdAssignment *lead = g_ptr_array_index (leads, i);

          if (i > 0)
            g_string_append (out, "、");
          g_string_append (out, pd_unit_get_name (pd_assignment_get_unit (lead)));
        }
      g_string_append (out, "牵头");
      return;
    }

  /* One clause per lead: "食品安全监管由市食安办牵头". */
  for (guint i = 0; i < leads->len; i++)
    {
      PdAssignment *lead = g_ptr_array_index (leads, i);
      const char *scope = pd_assignment_get_scope (lead);

      if (i > 0)
        g_string_append (out, ",");
      if (scope != NULL)
        g_string_append (out, scope);
      g_string_append_printf (out, "由%s牵头", pd_unit_get_name (pd_assignment_get_unit (lead)));
    }
}

/* "由…牵头,…配合。" */
static void
append_sentence (GString    *out,
                 GPtrArray **by_role,
                 GHashTable *wording)
{
  gboolean clause = FALSE;

  if (by_role[PD_ROLE_LEAD]->len > 0)
    {
      append_leads (out, by_role[PD_ROLE_LEAD]);
      clause = TRUE;
      if (by_role[PD_ROLE_COOPERATE]->len == 0 && by_role[PD_ROLE_RESPONSIBLE]->len == 0)
        g_string_append (out, "落实");
    }
  if (by_role[PD_ROLE_COOPERATE]->len > 0)
    {
      if (clause)
        g_string_append (out, ",");
      append_list (out, by_role[PD_ROLE_COOPERATE], wording, "配合");
      clause = TRUE;
    }
  if (by_role[PD_ROLE_RESPONSIBLE]->len > 0)
    {
      if (clause)
        g_string_append (out, ",");
      append_list (out, by_role[PD_ROLE_RESPONSIBLE], wording, "负责落实、推进");
    }
  g_string_append (out, "。");
}

/* "(一)法治广州建设工程。" */
char *
pd_report_plan_text_dup_programme (PdProgramme *programme)
{
  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  return g_strdup_printf ("(%s)%s。", pd_programme_get_numeral (programme),
                          pd_programme_get_title (programme));
}

/* One item of the task section: "1、平安建设地方立法项目。由…牵头,…配合。".
 * @wording, when not NULL, maps an assignment to the words written after its
 * unit where the rules would write others. */
char *
pd_report_plan_text_dup_project (PdProject  *project,
                                 GHashTable *wording)
{
  GPtrArray *by_role[PD_N_ROLES] = { NULL };
  GListModel *assignments;
  GString *out;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  for (guint role = 0; role < PD_N_ROLES; role++)
    by_role[role] = g_ptr_array_new_with_free_func (g_object_unref);
  assignments = pd_project_get_assignments (project);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      PdAssignment *assignment = g_list_model_get_item (assignments, i);

      g_ptr_array_add (by_role[pd_assignment_get_role (assignment)], assignment);
    }

  out = g_string_new (NULL);
  g_string_append_printf (out, "%d、%s。", pd_project_get_number (project),
                          pd_project_get_title (project));
  if (g_list_model_get_n_items (assignments) > 0)
    append_sentence (out, by_role, wording);
  for (guint role = 0; role < PD_N_ROLES; role++)
    g_ptr_array_unref (by_role[role]);
  return g_string_free (out, FALSE);
}


/* The heading and preamble of the task section: the plan section of kind
 * "other" whose title speaks of tasks (主要任务及分工), numbered as the
 * document numbers its top-level parts (the measures are sub-parts). */
static void
add_section_start (PdReport *report,
                   PdStore  *store)
{
  g_autoptr(GPtrArray) sections = pd_store_dup_sections (store);
  guint top_level = 0;

  for (guint i = 0; i < sections->len; i++)
    {
      const char *kind, *title, *body;
      gint64 id;

      g_variant_get (g_ptr_array_index (sections, i), "(x&s&s&s)", &id, &kind, &title, &body);
      if (!g_str_equal (kind, "measure"))
        top_level++;
      if (g_str_equal (kind, "other") && strstr (title, "任务") != NULL)
        {
          g_autofree char *numeral = pd_chinese_numeral (top_level);
          g_autofree char *heading = g_strconcat (numeral, "、", title, NULL);

          pd_report_add_heading (report, heading);
          if (*body != '\0')
            pd_report_add_paragraph (report, body);
          return;
        }
    }
  pd_report_add_heading (report, _("Tasks and Division of Labour"));
}

PdReport *
pd_report_plan_text_new (PdStore *store)
{
  GListModel *programmes;
  PdReport *report;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  report = pd_report_new (_("Plan Text"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, _("Plan Text"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, FALSE);

  add_section_start (report, store);
  programmes = pd_store_get_programmes (store);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      g_autofree char *line = pd_report_plan_text_dup_programme (programme);

      pd_report_add_subheading (report, line);
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          g_autofree char *item = pd_report_plan_text_dup_project (project, NULL);

          pd_report_add_paragraph (report, item);
        }
    }
  return report;
}
