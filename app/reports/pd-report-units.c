/* pd-report-units.c — the units' responsibility lists (责任清单)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For every unit with projects (or the one unit asked for), in the plan's
 * unit order: a heading with its name, a line of counts, then the projects
 * it leads, cooperates on and is responsible for, each group under a
 * subheading with a table No. | Project | Programme | Role. The role cell
 * names the unit's part: its scope, and who leads when it does not (or who
 * leads with it). Each unit starts a new page. Units without projects are
 * left out of the full report.
 */
#define G_LOG_DOMAIN "pd-report-units"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-report-units.h"
#include "pd-reports.h"
#include "store/pd-commands.h"

typedef struct
{
  GPtrArray *by_role[PD_N_ROLES];  /* of PdAssignment, document order */
} UnitDuties;

static void
unit_duties_free (UnitDuties *duties)
{
  for (guint i = 0; i < PD_N_ROLES; i++)
    g_ptr_array_unref (duties->by_role[i]);
  g_free (duties);
}

static UnitDuties *
unit_duties_new (void)
{
  UnitDuties *duties = g_new0 (UnitDuties, 1);

  for (guint i = 0; i < PD_N_ROLES; i++)
    duties->by_role[i] = g_ptr_array_new_with_free_func (g_object_unref);
  return duties;
}

/* The lead units of @project other than @unit, joined with 、. */
static char *
dup_other_leads (PdProject *project,
                 PdUnit    *unit)
{
  GListModel *assignments = pd_project_get_assignments (project);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_role (assignment) != PD_ROLE_LEAD ||
          pd_assignment_get_unit (assignment) == unit)
        continue;
      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, pd_unit_get_name (pd_assignment_get_unit (assignment)));
    }
  return g_string_free (names, FALSE);
}

/* "Lead", "Lead (食品安全监管)", "Cooperating; lead units: 市委政法委" … */
static char *
dup_role_cell (PdAssignment *assignment)
{
  PdProject *project = pd_assignment_get_project (assignment);
  PdRole role = pd_assignment_get_role (assignment);
  const char *scope = pd_assignment_get_scope (assignment);
  g_autofree char *part = NULL;
  g_autofree char *others = dup_other_leads (project, pd_assignment_get_unit (assignment));

  if (scope != NULL && *scope != '\0')
    /* Translators: a role (牵头, 配合…) and the part of the project it covers */
    part = g_strdup_printf (_("%s (%s)"), pd_role_get_label (role), scope);
  else
    part = g_strdup (pd_role_get_label (role));

  if (*others == '\0')
    return g_steal_pointer (&part);
  if (role == PD_ROLE_LEAD)
    /* Translators: the unit's role, then the other units that lead the same project */
    return g_strdup_printf (_("%s; co-leads: %s"), part, others);
  /* Translators: the unit's role, then the units that lead the project */
  return g_strdup_printf (_("%s; lead units: %s"), part, others);
}

static const char *
role_subheading_format (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      /* Translators: a subheading of a unit's responsibility list; %u counts projects */
      return _("Projects it leads (%u)");
    case PD_ROLE_COOPERATE:
      /* Translators: a subheading of a unit's responsibility list; %u counts projects */
      return _("Projects it cooperates on (%u)");
    case PD_ROLE_RESPONSIBLE:
      /* Translators: a subheading of a unit's responsibility list; %u counts projects */
      return _("Projects it is responsible for (%u)");
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_unit (PdReport   *report,
          PdUnit     *unit,
          UnitDuties *duties)
{
  const char *header[] = {
    C_("report column", "No."),
    C_("report column", "Project"),
    C_("report column", "Programme"),
    C_("report column", "Role"),
    NULL
  };
  static const double widths[] = { 1.2, 6, 5, 6 };
  g_autofree char *counts = NULL;
  guint n[PD_N_ROLES] = { 0 };

  for (guint role = 0; role < PD_N_ROLES; role++)
    n[role] = duties != NULL ? duties->by_role[role]->len : 0;

  pd_report_add_heading (report, pd_unit_get_name (unit));
  if (n[PD_ROLE_LEAD] + n[PD_ROLE_COOPERATE] + n[PD_ROLE_RESPONSIBLE] == 0)
    {
      pd_report_add_paragraph (report, _("This unit has no projects."));
      return;
    }
  /* Translators: how many projects a unit leads, cooperates on and is responsible for */
  counts = g_strdup_printf (_("Lead: %u · Cooperating: %u · Responsible: %u"),
                            n[PD_ROLE_LEAD], n[PD_ROLE_COOPERATE], n[PD_ROLE_RESPONSIBLE]);
  pd_report_add_paragraph (report, counts);

  for (guint role = 0; role < PD_N_ROLES; role++)
    {
      g_autofree char *subheading = NULL;
      PdReportTable *table;

      if (n[role] == 0)
        continue;
      subheading = g_strdup_printf (role_subheading_format (role), n[role]);
      pd_report_add_subheading (report, subheading);
      table = pd_report_add_table (report, header);
      pd_report_table_set_widths (table, widths);
      for (guint i = 0; i < n[role]; i++)
        {
          PdAssignment *assignment = g_ptr_array_index (duties->by_role[role], i);
          PdProject *project = pd_assignment_get_project (assignment);
          g_autofree char *number = g_strdup_printf ("%d", pd_project_get_number (project));
          PdProgramme *programme_of = pd_project_get_programme (project);
          g_autofree char *programme = pd_reports_dup_programme_label (programme_of);
          g_autofree char *part = dup_role_cell (assignment);
          const char *cells[] = { number, pd_project_get_title (project), programme, part, NULL };
          PdReportRow *row = pd_report_table_add_row (table, cells);

          pd_report_row_set_flags (row, 0, PD_REPORT_CELL_NUMBER | PD_REPORT_CELL_CENTER);
        }
    }
}

/* The responsibility lists of every unit with projects, or of @unit alone
 * when it is not NULL. */
PdReport *
pd_report_units_new (PdStore *store,
                     PdUnit  *unit)
{
  g_autoptr(GHashTable) duties = NULL;
  PdReport *report;
  GListModel *programmes;
  GListModel *units;
  gboolean first = TRUE;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (unit == NULL || PD_IS_UNIT (unit), NULL);

  if (unit != NULL)
    {
      /* Translators: the title of one unit's responsibility list */
      g_autofree char *title = g_strdup_printf (_("Responsibility List: %s"),
                                                pd_unit_get_name (unit));

      report = pd_report_new (title);
    }
  else
    report = pd_report_new (_("Responsibility Lists"));
  pd_reports_set_plan_titles (report, store);
  pd_report_set_sheet_name (report, _("Responsibility Lists"));
  pd_report_set_layout (report, PD_REPORT_PAPER_A4, FALSE);

  /* Every unit's assignments, by role, in document order. */
  duties = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)unit_duties_free);
  programmes = pd_store_get_programmes (store);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(PdProgramme) programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PdProject) project = g_list_model_get_item (projects, j);
          GListModel *assignments = pd_project_get_assignments (project);

          for (guint k = 0; k < g_list_model_get_n_items (assignments); k++)
            {
              PdAssignment *assignment = g_list_model_get_item (assignments, k);
              PdUnit *assigned = pd_assignment_get_unit (assignment);
              PdRole role = pd_assignment_get_role (assignment);
              UnitDuties *unit_duties;

              if (unit != NULL && assigned != unit)
                {
                  g_object_unref (assignment);
                  continue;
                }
              unit_duties = g_hash_table_lookup (duties, assigned);
              if (unit_duties == NULL)
                {
                  unit_duties = unit_duties_new ();
                  g_hash_table_insert (duties, assigned, unit_duties);
                }
              g_ptr_array_add (unit_duties->by_role[role], assignment);
            }
        }
    }

  if (unit != NULL)
    {
      add_unit (report, unit, g_hash_table_lookup (duties, unit));
      return report;
    }

  units = pd_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) each = g_list_model_get_item (units, i);
      UnitDuties *unit_duties = g_hash_table_lookup (duties, each);

      if (unit_duties == NULL)
        continue;
      if (!first)
        pd_report_add_page_break (report);
      first = FALSE;
      add_unit (report, each, unit_duties);
    }

  return report;
}
