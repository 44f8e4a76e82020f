/* pd-report-matrix.c — the responsibility matrix (责任矩阵)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A3 landscape, one table: a row per unit with at least one assignment (in
 * the plan's unit order), a column per project in document order headed by
 * its number, then a unit's totals as leads, cooperations and
 * responsibilities (headed ● ○ ◐). The first row bands the project columns by programme
 * ("一" spanning projects 1–8 …); the last row (a totals row) counts each
 * project's units, and the totals columns' sums. Cells hold ● lead,
 * ○ cooperate, ◐ responsible — shapes, as in the Matrix view; a legend
 * paragraph precedes the table.
 */
#define G_LOG_DOMAIN "pd-report-matrix"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-report-matrix.h"
#include "pd-reports.h"

static const char *
role_mark (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return PD_REPORT_MATRIX_MARK_LEAD;
    case PD_ROLE_COOPERATE:
      return PD_REPORT_MATRIX_MARK_COOPERATE;
    case PD_ROLE_RESPONSIBLE:
      return PD_REPORT_MATRIX_MARK_RESPONSIBLE;
    case PD_N_ROLES:
    default:
      g_return_val_if_reached ("");
    }
}

typedef struct
{
  guint  index;              /* the unit's row, 0-based */
  guint  totals[PD_N_ROLES];
} UnitRow;

PdReport *
pd_report_matrix_new (PdStore *store)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) unit_rows = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GPtrArray) used_units = g_ptr_array_new ();
  g_autofree double *widths = NULL;
  g_autofree guint *project_totals = NULL;
  g_autofree char *legend = NULL;
  GListModel *programmes = pd_store_get_programmes (store);
  GListModel *units = pd_store_get_units (store);
  guint grand[PD_N_ROLES] = { 0 };
  guint n_projects, n_columns, first_total;
  PdReport *report;
  PdReportTable *table;
  PdReportRow *row;
  char **cells;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  report = pd_report_new (_("Responsibility Matrix"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, _("Responsibility Matrix"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A3, TRUE);

  /* Translators: the legend of the responsibility matrix; keep the marks ● ○ ◐ */
  legend = g_strdup_printf (_("%s lead · %s cooperating · %s responsible. Columns are projects by "
                              "number, grouped by programme. The last three columns count each "
                              "unit's projects by role; the last row counts each project's units."),
                            PD_REPORT_MATRIX_MARK_LEAD, PD_REPORT_MATRIX_MARK_COOPERATE,
                            PD_REPORT_MATRIX_MARK_RESPONSIBLE);
  pd_report_add_paragraph (report, legend);

  /* Columns: the unit, the projects in document order, the three totals. */
  g_ptr_array_add (header, g_strdup (C_("report column", "Unit")));
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *programme_projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (programme_projects); j++)
        {
          PdProject *project = g_list_model_get_item (programme_projects, j);

          g_ptr_array_add (projects, project);
          g_ptr_array_add (header, g_strdup_printf ("%d", pd_project_get_number (project)));
        }
    }
  n_projects = projects->len;
  first_total = 1 + n_projects;
  /* The totals columns are headed by the marks they count: narrow columns. */
  for (guint role = 0; role < PD_N_ROLES; role++)
    g_ptr_array_add (header, g_strdup (role_mark (role)));
  g_ptr_array_add (header, NULL);
  n_columns = first_total + PD_N_ROLES;

  table = pd_report_add_table (report, (const char * const *)header->pdata);
  widths = g_new (double, n_columns);
  widths[0] = 7;
  for (guint c = 1; c < n_columns; c++)
    widths[c] = c < first_total ? 1 : 1.4;
  pd_report_table_set_widths (table, widths);

  /* Which units have assignments, in the plan's unit order. */
  for (guint i = 0; i < projects->len; i++)
    {
      GListModel *assignments = pd_project_get_assignments (g_ptr_array_index (projects, i));

      for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
        {
          g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
          PdUnit *unit = pd_assignment_get_unit (assignment);

          if (!g_hash_table_contains (unit_rows, unit))
            g_hash_table_insert (unit_rows, unit, g_new0 (UnitRow, 1));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
      UnitRow *unit_row = g_hash_table_lookup (unit_rows, unit);

      if (unit_row == NULL)
        continue;
      unit_row->index = used_units->len;
      g_ptr_array_add (used_units, unit);
    }

  /* The programme band: a cell spanning each programme's projects. */
  cells = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    cells[c] = (char *)"";
  cells[0] = (char *)C_("report column", "Programme");
  row = pd_report_table_add_row (table, (const char * const *)cells);
  pd_report_row_set_flags (row, 0, PD_REPORT_CELL_EMPHASIS);
  {
    guint column = 1;

    for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
      {
        g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
        guint span = g_list_model_get_n_items (pd_programme_get_projects (programme));

        if (span == 0)
          continue;
        g_free (row->cells[column]);
        row->cells[column] = g_strdup (pd_programme_get_numeral (programme));
        pd_report_row_set_span (row, column, span);
        pd_report_row_set_flags (row, column, PD_REPORT_CELL_EMPHASIS | PD_REPORT_CELL_CENTER);
        column += span;
      }
    g_free (row->cells[first_total]);
    row->cells[first_total] = g_strdup (C_("report column", "Total"));
    pd_report_row_set_span (row, first_total, PD_N_ROLES);
    pd_report_row_set_flags (row, first_total, PD_REPORT_CELL_EMPHASIS | PD_REPORT_CELL_CENTER);
  }

  /* One row per unit: marks under the projects, then its totals. */
  {
    guint first_row = table->rows->len;

    for (guint u = 0; u < used_units->len; u++)
      {
        row = pd_report_table_add_row (table, (const char * const *)cells);
        g_free (row->cells[0]);
        row->cells[0] = g_strdup (pd_unit_get_name (g_ptr_array_index (used_units, u)));
        for (guint c = 1; c < n_columns; c++)
          pd_report_row_set_flags (row, c, c < first_total ? PD_REPORT_CELL_CENTER
                                                           : PD_REPORT_CELL_NUMBER);
      }

    project_totals = g_new0 (guint, n_projects);
    for (guint i = 0; i < n_projects; i++)
      {
        GListModel *assignments = pd_project_get_assignments (g_ptr_array_index (projects, i));

        for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
          {
            g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
            PdUnit *unit = pd_assignment_get_unit (assignment);
            UnitRow *unit_row = g_hash_table_lookup (unit_rows, unit);
            PdRole role = pd_assignment_get_role (assignment);
            PdReportRow *unit_report_row = g_ptr_array_index (table->rows,
                                                              first_row + unit_row->index);

            g_free (unit_report_row->cells[1 + i]);
            unit_report_row->cells[1 + i] = g_strdup (role_mark (role));
            unit_row->totals[role]++;
            grand[role]++;
            project_totals[i]++;
          }
      }

    for (guint u = 0; u < used_units->len; u++)
      {
        UnitRow *unit_row = g_hash_table_lookup (unit_rows, g_ptr_array_index (used_units, u));
        PdReportRow *unit_report_row = g_ptr_array_index (table->rows, first_row + u);

        for (guint role = 0; role < PD_N_ROLES; role++)
          {
            g_free (unit_report_row->cells[first_total + role]);
            unit_report_row->cells[first_total + role] = g_strdup_printf ("%u",
                                                                          unit_row->totals[role]);
          }
      }
  }

  /* The totals row. */
  row = pd_report_table_add_row (table, (const char * const *)cells);
  row->kind = PD_REPORT_ROW_TOTAL;
  g_free (row->cells[0]);
  row->cells[0] = g_strdup (C_("report column", "Total"));
  pd_report_row_set_flags (row, 0, PD_REPORT_CELL_EMPHASIS);
  for (guint i = 0; i < n_projects; i++)
    {
      g_free (row->cells[1 + i]);
      row->cells[1 + i] = g_strdup_printf ("%u", project_totals[i]);
      pd_report_row_set_flags (row, 1 + i,
                               PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER | PD_REPORT_CELL_EMPHASIS);
    }
  for (guint role = 0; role < PD_N_ROLES; role++)
    {
      g_free (row->cells[first_total + role]);
      row->cells[first_total + role] = g_strdup_printf ("%u", grand[role]);
      pd_report_row_set_flags (row, first_total + role,
                               PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_EMPHASIS);
    }

  g_free (cells);
  return report;
}
