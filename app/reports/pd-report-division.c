/* pd-report-division.c — the division-of-tasks table (任务分工表)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table, A4 landscape: No. | Project | Lead units | Cooperating units,
 * each programme a spanning section row ("一、法治广州建设工程"), each project
 * a row with its units in document order joined with 、, a scoped unit as
 * "市食安办(食品安全监管)".
 *
 * Responsible units (负责落实) go into the cooperating column, after the
 * cooperating units, their list marked "(负责落实)": the role is rare (one
 * project of the bundled plan) and a column of its own would stand empty in
 * every other row. Project 22 reads "市信访局、…、各区(县级市)(负责落实)".
 */
#define G_LOG_DOMAIN "pd-report-division"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-report-division.h"
#include "pd-reports.h"

/* The cooperating column: cooperating units, then responsible ones marked. */
static char *
dup_other_units (PdProject *project)
{
  g_autofree char *cooperating = pd_reports_dup_unit_list (project, PD_ROLE_COOPERATE);
  g_autofree char *responsible = pd_reports_dup_unit_list (project, PD_ROLE_RESPONSIBLE);
  g_autofree char *marked = NULL;

  if (*responsible == '\0')
    return g_steal_pointer (&cooperating);
  /* Translators: follows the list of a project's responsible units (负责落实) in the
   * division-of-tasks table; the units are Chinese, so the mark is too in zh_CN */
  marked = g_strconcat (responsible, _(" (responsible)"), NULL);
  if (*cooperating == '\0')
    return g_steal_pointer (&marked);
  return g_strconcat (cooperating, ";", marked, NULL);
}

PdReport *
pd_report_division_new (PdStore *store)
{
  const char *header[] = {
    C_("report column", "No."),
    C_("report column", "Project"),
    C_("report column", "Lead units"),
    C_("report column", "Cooperating units"),
    NULL
  };
  static const double widths[] = { 1.2, 6, 6, 14 };
  PdReport *report;
  PdReportTable *table;
  GListModel *programmes;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  report = pd_report_new (_("Division of Tasks"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, _("Division of Tasks"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, TRUE);

  table = pd_report_add_table (report, header);
  pd_report_table_set_widths (table, widths);

  programmes = pd_store_get_programmes (store);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      g_autofree char *label = pd_reports_dup_programme_label (programme);

      pd_report_table_add_section (table, label);
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (project));
          g_autofree char *leads = pd_reports_dup_unit_list (project, PD_ROLE_LEAD);
          g_autofree char *others = dup_other_units (project);
          const char *cells[] = { number, pd_project_get_title (project), leads, others, NULL };
          PdReportRow *row = pd_report_table_add_row (table, cells);

          pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER);
        }
    }

  return report;
}
