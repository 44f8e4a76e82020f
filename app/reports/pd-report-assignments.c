/* pd-report-assignments.c — one row per assignment, machine-readable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Column names and role values are a stable interface for scripts: they are
 * not translated.
 */
#define G_LOG_DOMAIN "pd-report-assignments"

#include "pd-report-assignments.h"

static const char * const header[] = {
  "programme_no", "programme", "project_no", "project", "due_on", "role", "unit", "scope", NULL
};

PdReport *
pd_report_assignments_new (PdStore *store)
{
  PdReport *report;
  PdReportTable *table;
  GListModel *programmes;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  report = pd_report_new (pd_store_get_title (store));
  table = pd_report_add_table (report, header);
  programmes = pd_store_get_programmes (store);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);
          char number[16];

          g_snprintf (number, sizeof number, "%d", pd_project_get_number (project));
          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
              const char *cells[] = {
                pd_programme_get_numeral (programme),
                pd_programme_get_title (programme),
                number,
                pd_project_get_title (project),
                pd_project_get_due_on (project),
                pd_role_to_string (pd_assignment_get_role (assignment)),
                pd_unit_get_name (pd_assignment_get_unit (assignment)),
                pd_assignment_get_scope (assignment),
              };

              pd_report_table_add_row (table, cells);
            }
        }
    }

  return report;
}

/* The same rows for a plan not yet created: what an import would create
 * (plandesk --import --dry-run). Projects are in document order and
 * assignments in their positions, as the plan file will hold them. */
PdReport *
pd_report_assignments_new_for_draft (PdPlanDraft *draft)
{
  PdReport *report;
  PdReportTable *table;

  g_return_val_if_fail (draft != NULL, NULL);

  report = pd_report_new (draft->title);
  table = pd_report_add_table (report, header);

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
