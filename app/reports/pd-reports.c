/* pd-reports.c — the reports Plan Desk can build, by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kind names are a stable interface (the command line's --report takes
 * them); the labels are translated.
 */
#define G_LOG_DOMAIN "pd-reports"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-report-assignments.h"
#include "pd-report-division.h"
#include "pd-report-matrix.h"
#include "pd-report-plan-text.h"
#include "pd-report-progress.h"
#include "pd-report-units.h"
#include "pd-reports.h"
#include "pd-traffic-light.h"
#include "store/pd-date.h"

G_DEFINE_QUARK (pd-reports-error-quark, pd_reports_error)

static const char * const kinds[] = {
  "assignments", "division", "units", "matrix", "progress", "plan-text", NULL
};

const char * const *
pd_reports_get_kinds (void)
{
  return kinds;
}

gboolean
pd_reports_is_kind (const char *kind)
{
  return kind != NULL && g_strv_contains (kinds, kind);
}

/* The report's name for menus and dialogs, translated; NULL for an unknown kind. */
const char *
pd_reports_get_label (const char *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  if (g_str_equal (kind, "assignments"))
    return _("Assignments");
  if (g_str_equal (kind, "division"))
    return _("Division of Tasks");
  if (g_str_equal (kind, "units"))
    return _("Responsibility Lists");
  if (g_str_equal (kind, "matrix"))
    return _("Responsibility Matrix");
  if (g_str_equal (kind, "progress"))
    return _("Progress Report");
  if (g_str_equal (kind, "plan-text"))
    return _("Plan Text");
  return NULL;
}

/* Whether the report can be limited to one unit (--unit). */
gboolean
pd_reports_kind_takes_unit (const char *kind)
{
  return g_strcmp0 (kind, "units") == 0;
}

/* How many characters @a and @b share, each counted as often as both have it. */
static guint
count_shared (const gunichar *a,
              glong           n_a,
              const gunichar *b,
              glong           n_b)
{
  g_autofree gboolean *used = g_new0 (gboolean, n_b + 1);
  guint shared = 0;

  for (glong i = 0; i < n_a; i++)
    for (glong j = 0; j < n_b; j++)
      if (!used[j] && a[i] == b[j])
        {
          used[j] = TRUE;
          shared++;
          break;
        }
  return shared;
}

typedef struct
{
  PdUnit *unit;
  guint   index;     /* document order, for ties */
  int     contains;  /* 1 when one name contains the other */
  double  score;     /* Dice coefficient of the shared characters */
} NearUnit;

static int
compare_near (gconstpointer a,
              gconstpointer b)
{
  const NearUnit *x = a;
  const NearUnit *y = b;

  if (x->contains != y->contains)
    return y->contains - x->contains;
  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return (int)x->index - (int)y->index;
}

/* Up to @max_units units whose names come closest to @name: first those
 * whose name contains it (or that it contains), then those sharing the most
 * characters with it (at least half of its characters). A new reference to
 * each, closest first. */
GPtrArray *
pd_reports_find_near_units (PdStore    *store,
                            const char *name,
                            guint       max_units)
{
  GPtrArray *near = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (NearUnit));
  g_autofree gunichar *query = NULL;
  GListModel *units;
  glong n_query;

  g_return_val_if_fail (PD_IS_STORE (store), near);
  g_return_val_if_fail (name != NULL, near);

  if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
    return near;
  query = g_utf8_to_ucs4_fast (name, -1, &n_query);
  units = pd_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
      const char *unit_name = pd_unit_get_name (unit);
      g_autofree gunichar *chars = NULL;
      glong n_chars;
      guint shared;
      NearUnit candidate = { unit, i, 0, 0 };

      chars = g_utf8_to_ucs4_fast (unit_name, -1, &n_chars);
      shared = count_shared (query, n_query, chars, n_chars);
      candidate.contains = strstr (unit_name, name) != NULL || strstr (name, unit_name) != NULL;
      candidate.score = 2.0 * shared / (double)(n_query + n_chars);
      if (candidate.contains || (shared > 0 && 2 * shared >= (guint)n_query))
        g_array_append_val (candidates, candidate);
    }

  g_array_sort (candidates, compare_near);
  for (guint i = 0; i < candidates->len && i < max_units; i++)
    g_ptr_array_add (near, g_object_ref (g_array_index (candidates, NearUnit, i).unit));
  return near;
}

static void
set_unknown_unit_error (PdStore     *store,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GPtrArray) near = pd_reports_find_near_units (store, name, 5);
  g_autoptr(GString) names = g_string_new (NULL);

  if (near->len == 0)
    {
      g_set_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_UNIT,
                   _("No unit is named “%s”"), name);
      return;
    }
  for (guint i = 0; i < near->len; i++)
    {
      if (i > 0)
        g_string_append (names, "、");
      g_string_append (names, pd_unit_get_name (g_ptr_array_index (near, i)));
    }
  /* Translators: the second %s lists unit names, as the plan writes them */
  g_set_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_UNIT,
               _("No unit is named “%s”; similar names: %s"), name, names->str);
}

/* Builds the report @kind ("division", "units", …) from @store. @unit_name
 * limits the units report to one unit; other reports take NULL. */
PdReport *
pd_reports_build (PdStore     *store,
                  const char  *kind,
                  const char  *unit_name,
                  GError     **error)
{
  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pd_reports_is_kind (kind))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)kinds);

      g_set_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_KIND,
                   _("Unknown report “%s” (known reports: %s)"), kind, known);
      return NULL;
    }
  if (unit_name != NULL && !pd_reports_kind_takes_unit (kind))
    {
      g_set_error (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNIT_NOT_USED,
                   _("The report “%s” covers every unit; only “units” takes a unit"), kind);
      return NULL;
    }

  if (g_str_equal (kind, "assignments"))
    return pd_report_assignments_new (store);
  if (g_str_equal (kind, "division"))
    return pd_report_division_new (store);
  if (g_str_equal (kind, "units"))
    {
      PdUnit *unit = NULL;

      if (unit_name != NULL && (unit = pd_store_find_unit_by_name (store, unit_name)) == NULL)
        {
          set_unknown_unit_error (store, unit_name, error);
          return NULL;
        }
      return pd_report_units_new (store, unit);
    }
  if (g_str_equal (kind, "matrix"))
    return pd_report_matrix_new (store);
  if (g_str_equal (kind, "progress"))
    {
      g_autofree char *today = pd_traffic_light_dup_today ();

      return pd_report_progress_new (store, today);
    }
  return pd_report_plan_text_new (store);
}

/* Sets the parts of @report every report shares: the subtitle (the plan's
 * title and period) and the running page header (the plan's title). */
void
pd_reports_set_plan_titles (PdReport *report,
                            PdStore  *store)
{
  const char *title = pd_store_get_title (store);
  const char *start = pd_store_get_period_start (store);
  const char *end = pd_store_get_period_end (store);

  if (start != NULL && end != NULL)
    {
      g_autofree char *first = pd_date_format (start);
      g_autofree char *last = pd_date_format (end);
      /* Translators: the plan's title, then the first and last day of its period,
       * as dates are shown (2013-01-01; 2013年1月1日 in Chinese) */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s to %s"), title, first, last);

      pd_report_set_subtitle (report, subtitle);
    }
  else
    pd_report_set_subtitle (report, title);
  pd_report_set_header (report, title);
}

/* "一、法治广州建设工程", as the document heads a programme in tables. */
char *
pd_reports_dup_programme_label (PdProgramme *programme)
{
  const char *numeral = pd_programme_get_numeral (programme);

  if (numeral == NULL || *numeral == '\0')
    return g_strdup (pd_programme_get_title (programme));
  return g_strconcat (numeral, "、", pd_programme_get_title (programme), NULL);
}

/* The project's units of @role in document order, joined with 、; a unit with
 * a scope reads "市食安办(食品安全监管)". */
char *
pd_reports_dup_unit_list (PdProject *project,
                          PdRole     role)
{
  GListModel *assignments = pd_project_get_assignments (project);
  GString *names = g_string_new (NULL);
  gboolean first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);
      const char *scope = pd_assignment_get_scope (assignment);

      if (pd_assignment_get_role (assignment) != role)
        continue;
      if (!first)
        g_string_append (names, "、");
      first = FALSE;
      g_string_append (names, pd_unit_get_name (pd_assignment_get_unit (assignment)));
      if (scope != NULL && *scope != '\0')
        g_string_append_printf (names, "(%s)", scope);
    }
  return g_string_free (names, FALSE);
}
