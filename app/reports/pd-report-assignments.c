/* pd-report-assignments.c — one row per assignment, for people and for scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two forms of one table, row for row in document order:
 *
 * - for people (XLSX, PDF, HTML): the headings the other reports use, in
 *   the UI language (No. · Programme · Project · Due · Role · Unit · Scope;
 *   序号 · 工程 · 项目 · 完成时限 · 职责 · 单位 · 分工范围), the programme as
 *   the document heads it ("一、法治广州建设工程"), the role as a word
 *   (牵头 / 配合 / 负责落实), the deadline as dates are shown, on A4
 *   landscape; the columns but the scope keep their text on one line;
 * - for scripts (CSV, PdReport.csv): the header
 *   programme_no,programme,project_no,project,due_on,role,unit,scope with
 *   ISO days and the role names lead, cooperate, responsible. These are a
 *   stable interface: never translated.
 */
#define G_LOG_DOMAIN "pd-report-assignments"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-report-assignments.h"
#include "pd-reports.h"
#include "store/pd-date.h"

static const char * const csv_header[] = {
  "programme_no", "programme", "project_no", "project", "due_on", "role", "unit", "scope", NULL
};

/* The role as a word, in the UI language. */
const char *
pd_report_assignments_get_role_label (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return C_("assignment role", "Lead");
    case PD_ROLE_COOPERATE:
      return C_("assignment role", "Cooperate");
    case PD_ROLE_RESPONSIBLE:
      return C_("assignment role", "Responsible");
    case PD_N_ROLES:
    default:
      g_return_val_if_reached ("");
    }
}

PdReport *
pd_report_assignments_new (PdStore *store)
{
  const char *header[] = {
    C_("report column", "No."),
    C_("report column", "Programme"),
    C_("report column", "Project"),
    C_("report column", "Due"),
    C_("report column", "Role"),
    C_("report column", "Unit"),
    C_("report column", "Scope"),
    NULL
  };
  PdReport *report;
  PdReport *csv;
  PdReportTable *table;
  PdReportTable *csv_table;
  GListModel *programmes;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  report = pd_report_new (pd_reports_get_label ("assignments"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, pd_reports_get_label ("assignments"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, TRUE);
  table = pd_report_add_table (report, header);
  /* Everything but the scope on one line: a title or a unit broken over
   * lines, on every row, reads as two rows. */
  for (guint c = 0; c < 6; c++)
    pd_report_table_set_column_flags (table, c, PD_REPORT_COLUMN_ONE_LINE);

  /* The form for scripts: titled with the plan, as it always was. */
  csv = pd_report_new (pd_store_get_title (store));
  csv_table = pd_report_add_table (csv, csv_header);
  pd_report_set_csv_form (report, csv);

  programmes = pd_store_get_programmes (store);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      g_autofree char *label = pd_reports_dup_programme_label (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);
          const char *due_on = pd_project_get_due_on (project);
          g_autofree char *due = due_on != NULL && *due_on != '\0' ? pd_date_format (due_on) : NULL;
          char number[16];

          g_snprintf (number, sizeof number, "%d", pd_project_get_number (project));
          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
              PdRole role = pd_assignment_get_role (assignment);
              const char *unit = pd_unit_get_name (pd_assignment_get_unit (assignment));
              const char *scope = pd_assignment_get_scope (assignment);
              const char *cells[] = {
                number, label, pd_project_get_title (project), due,
                pd_report_assignments_get_role_label (role), unit, scope,
              };
              const char *csv_cells[] = {
                pd_programme_get_numeral (programme),
                pd_programme_get_title (programme),
                number,
                pd_project_get_title (project),
                due_on,
                pd_role_to_string (role),
                unit,
                scope,
              };
              PdReportRow *row = pd_report_table_add_row (table, cells);

              pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER);
              if (due != NULL)
                pd_report_row_set_flags (row, 3, PD_REPORT_CELL_DATE);
              pd_report_row_set_flags (row, 4, PD_REPORT_CELL_CENTER);
              pd_report_table_add_row (csv_table, csv_cells);
            }
        }
    }

  return report;
}

/* The same rows for a plan not yet created: what an import would create
 * (plandesk --import --dry-run), in the form for scripts. Projects are in document order and
 * assignments in their positions, as the plan file will hold them. */
PdReport *
pd_report_assignments_new_for_draft (PdPlanDraft *draft)
{
  PdReport *report;
  PdReportTable *table;

  g_return_val_if_fail (draft != NULL, NULL);

  report = pd_report_new (draft->title);
  table = pd_report_add_table (report, csv_header);

  for (guint i = 0; i < draft->assignments->len; i++)
    {
      PdDraftAssignment *assignment = g_ptr_array_index (draft->assignments, i);
      PdDraftProject *project = g_ptr_array_index (draft->projects, assignment->project);
      PdDraftProgramme *programme = g_ptr_array_index (draft->programmes, project->programme);
      PdDraftUnit *unit = g_ptr_array_index (draft->units, assignment->unit);
      char number[16];
      const char *cells[] = {
        programme->numeral,
        programme->title,
        number,
        project->title,
        project->due_on ? project->due_on : draft->period_end,
        pd_role_to_string (assignment->role),
        unit->name,
        assignment->scope,
      };

      g_snprintf (number, sizeof number, "%d", project->number);
      pd_report_table_add_row (table, cells);
    }

  return report;
}
