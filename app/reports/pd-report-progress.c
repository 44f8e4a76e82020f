/* pd-report-progress.c — the progress report (进展情况通报)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As of a given day (the system date, or $PLANDESK_TODAY through
 * pd_traffic_light_dup_today()): a line counting the traffic lights, then
 * one table — per programme a section row, per project its lead units,
 * status, traffic light (its shape and the colour's name: never colour alone),
 * progress, due date and its latest progress report — then the overdue
 * projects (due date passed, not done, whatever their light) and, per
 * unit, how many of its projects are overdue.
 */
#define G_LOG_DOMAIN "pd-report-progress"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-report-progress.h"
#include "pd-reports.h"
#include "pd-traffic-light.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"

/* The latest progress report's text of each project that has one: project
 * id → text. The one read of the progress_report table (the store does not
 * load it); read-only. */
static GHashTable *
load_latest_reports (PdStore *store)
{
  GHashTable *latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;

  stmt = pd_database_prepare (pd_store_get_database (store),
                              "SELECT project_id, body FROM progress_report "
                              "WHERE body <> '' ORDER BY project_id, reported_on, id",
                              NULL);
  if (stmt == NULL)
    return latest;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 project_id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_replace (latest, g_memdup2 (&project_id, sizeof project_id),
                            g_strdup (pd_database_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  return latest;
}

typedef struct
{
  guint overdue[PD_N_ROLES];
} UnitOverdue;

PdReport *
pd_report_progress_new (PdStore    *store,
                        const char *today)
{
  const char *header[] = {
    C_("report column", "No."),
    C_("report column", "Project"),
    C_("report column", "Lead units"),
    C_("report column", "Status"),
    C_("report column", "Traffic light"),
    C_("report column", "Progress (%)"),
    C_("report column", "Due"),
    C_("report column", "Latest progress"),
    NULL
  };
  const char *overdue_header[] = {
    C_("report column", "No."),
    C_("report column", "Project"),
    C_("report column", "Lead units"),
    C_("report column", "Status"),
    C_("report column", "Due"),
    C_("report column", "Days overdue"),
    NULL
  };
  const char *unit_header[] = {
    C_("report column", "Unit"),
    C_("report column", "Leads"),
    C_("report column", "Cooperates on"),
    C_("report column", "Responsible for"),
    C_("report column", "Total"),
    NULL
  };
  /* The due date fits on one line: 2022年12月31日 in Chinese. */
  static const double widths[] = { 1.2, 6, 5, 2.2, 2, 2, 3.4, 8.4 };
  static const double overdue_widths[] = { 1.2, 8, 6, 2.4, 3, 2.4 };
  static const double unit_widths[] = { 8, 2.4, 2.4, 2.4, 2.4 };
  g_autoptr(GHashTable) latest = NULL;
  g_autoptr(GPtrArray) overdue = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) unit_overdue = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree char *summary = NULL;
  guint lights[PD_N_TRAFFIC_LIGHTS] = { 0 };
  GListModel *programmes;
  PdReport *report;
  PdReportTable *table;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  report = pd_report_new (_("Progress Report"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, _("Progress Report"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, TRUE);

  latest = load_latest_reports (store);
  programmes = pd_store_get_programmes (store);

  /* The paragraph with the counts goes first; it is filled in below. */
  pd_report_add_paragraph (report, "");
  table = pd_report_add_table (report, header);
  pd_report_table_set_widths (table, widths);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);
      g_autofree char *label = pd_reports_dup_programme_label (programme);

      pd_report_table_add_section (table, label);
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          gint64 id = pd_project_get_id (project);
          PdStatus status = pd_project_get_status (project);
          PdTrafficLight light = pd_traffic_light (status, pd_project_get_progress (project),
                                                   pd_project_get_start_on (project),
                                                   pd_project_get_due_on (project), today);
          g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (project));
          g_autofree char *leads = pd_reports_dup_unit_list (project, PD_ROLE_LEAD);
          g_autofree char *progress = g_strdup_printf ("%d", pd_project_get_progress (project));
          g_autofree char *due = pd_date_format (pd_project_get_due_on (project));
          g_autofree char *light_text = pd_traffic_light_dup_text (light);
          const char *cells[] = {
            number,
            pd_project_get_title (project),
            leads,
            pd_status_get_label (status),
            light_text,
            progress,
            due,
            g_hash_table_lookup (latest, &id),
            NULL
          };
          PdReportRow *row = pd_report_table_add_row (table, cells);

          pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER);
          pd_report_row_set_flags (row, 4, PD_REPORT_CELL_CENTER |
                                   (light == PD_TRAFFIC_LIGHT_RED ? PD_REPORT_CELL_EMPHASIS : 0));
          pd_report_row_set_flags (row, 5, PD_REPORT_CELL_NUMBER);
          pd_report_row_set_flags (row, 6, PD_REPORT_CELL_DATE);
          lights[light]++;
          if (pd_traffic_light_is_overdue (status, pd_project_get_due_on (project), today, NULL))
            g_ptr_array_add (overdue, g_object_ref (project));
        }
    }

  {
    PdReportBlock *block = g_ptr_array_index (report->blocks, 0);
    g_autofree char *as_of = pd_date_format (today);

    /* Translators: %s is a date as dates are shown (2020-06-30; 2020年6月30日 in
     * Chinese); the numbers count projects by traffic light */
    summary = g_strdup_printf (_("As of %s: %u red, %u yellow, %u green, %u blue (done), "
                                 "%u grey (not started or suspended)."),
                               as_of, lights[PD_TRAFFIC_LIGHT_RED], lights[PD_TRAFFIC_LIGHT_YELLOW],
                               lights[PD_TRAFFIC_LIGHT_GREEN], lights[PD_TRAFFIC_LIGHT_BLUE],
                               lights[PD_TRAFFIC_LIGHT_GREY]);
    g_free (block->text);
    block->text = g_steal_pointer (&summary);
  }

  /* The overdue projects, in document order. */
  pd_report_add_heading (report, _("Overdue Projects"));
  if (overdue->len == 0)
    pd_report_add_paragraph (report, _("No project is overdue."));
  else
    {
      PdReportTable *overdue_table = pd_report_add_table (report, overdue_header);

      pd_report_table_set_widths (overdue_table, overdue_widths);
      for (guint i = 0; i < overdue->len; i++)
        {
          PdProject *project = g_ptr_array_index (overdue, i);
          GListModel *assignments = pd_project_get_assignments (project);
          int days = 0;
          g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (project));
          g_autofree char *leads = pd_reports_dup_unit_list (project, PD_ROLE_LEAD);
          g_autofree char *days_text = NULL;
          g_autofree char *due = pd_date_format (pd_project_get_due_on (project));
          PdReportRow *row;

          pd_traffic_light_is_overdue (pd_project_get_status (project),
                                       pd_project_get_due_on (project), today, &days);
          days_text = g_strdup_printf ("%d", days);
          {
            const char *cells[] = {
              number, pd_project_get_title (project), leads,
              pd_status_get_label (pd_project_get_status (project)),
              due, days_text, NULL
            };

            row = pd_report_table_add_row (overdue_table, cells);
          }
          pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER);
          pd_report_row_set_flags (row, 4, PD_REPORT_CELL_DATE);
          pd_report_row_set_flags (row, 5, PD_REPORT_CELL_NUMBER);

          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
              PdUnit *unit = pd_assignment_get_unit (assignment);
              UnitOverdue *counts = g_hash_table_lookup (unit_overdue, unit);

              if (counts == NULL)
                {
                  counts = g_new0 (UnitOverdue, 1);
                  g_hash_table_insert (unit_overdue, unit, counts);
                }
              counts->overdue[pd_assignment_get_role (assignment)]++;
            }
        }
    }

  /* Per unit, in the plan's unit order: how many of its projects are overdue. */
  pd_report_add_heading (report, _("Overdue Projects by Unit"));
  if (overdue->len == 0)
    pd_report_add_paragraph (report, _("No unit has an overdue project."));
  else
    {
      PdReportTable *unit_table = pd_report_add_table (report, unit_header);
      GListModel *units = pd_store_get_units (store);

      pd_report_table_set_widths (unit_table, unit_widths);
      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
          UnitOverdue *counts = g_hash_table_lookup (unit_overdue, unit);
          char numbers[PD_N_ROLES + 1][16];
          guint total = 0;
          PdReportRow *row;

          if (counts == NULL)
            continue;
          for (guint role = 0; role < PD_N_ROLES; role++)
            {
              g_snprintf (numbers[role], sizeof numbers[role], "%u", counts->overdue[role]);
              total += counts->overdue[role];
            }
          g_snprintf (numbers[PD_N_ROLES], sizeof numbers[PD_N_ROLES], "%u", total);
          {
            const char *cells[] = {
              pd_unit_get_name (unit), numbers[0], numbers[1], numbers[2], numbers[3], NULL
            };

            row = pd_report_table_add_row (unit_table, cells);
          }
          for (guint c = 1; c <= PD_N_ROLES + 1; c++)
            pd_report_row_set_flags (row, c, PD_REPORT_CELL_NUMBER);
        }
    }

  return report;
}
