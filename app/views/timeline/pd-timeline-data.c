/* pd-timeline-data.c — what the timeline reads besides the store's models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Phases, milestones, progress reports and indicator values, read straight
 * from the plan file in one pass, read-only. Every statement the timeline
 * runs is in this file. The view loads it again on PdStore::changed, which
 * follows every committed edit, undo and redo, so what it draws is always
 * what the file holds.
 *
 * Dates become Julian days (GDate numbering) so the drawing code works in
 * whole days; a date the file cannot hold (the schema checks them) reads as
 * 0, "none".
 */
#define G_LOG_DOMAIN "pd-timeline-data"

#include "pd-config.h"

#include <stdio.h>
#include <string.h>

#include "pd-timeline-data.h"

static const char phases_sql[] =
  "SELECT id, position, name, starts_on, ends_on, summary FROM phase ORDER BY position, id";
static const char milestones_sql[] =
  "SELECT id, due_on, title, kind, phase_id, project_id, done_on FROM milestone "
  "ORDER BY due_on, id";
static const char reports_sql[] =
  "SELECT r.id, r.project_id, r.reported_on, r.status, r.progress, r.body, u.name "
  "FROM progress_report r LEFT JOIN unit u ON u.id = r.unit_id "
  "ORDER BY r.project_id, r.reported_on, r.id";
static const char indicators_sql[] =
  "SELECT id, position, grp, name, direction, measure FROM indicator ORDER BY position, id";
static const char values_sql[] =
  "SELECT indicator_id, year, target, actual FROM indicator_value "
  "WHERE target IS NOT NULL OR actual IS NOT NULL ORDER BY indicator_id, year";

/* Dates */

guint32
pd_timeline_parse_day (const char *date)
{
  unsigned year, month, day;
  char tail;
  GDate d;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_julian (&d);
}

void
pd_timeline_day_get_ymd (guint32  day,
                         int     *year,
                         int     *month,
                         int     *mday)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, MAX (day, 1));
  if (year != NULL)
    *year = g_date_get_year (&d);
  if (month != NULL)
    *month = g_date_get_month (&d);
  if (mday != NULL)
    *mday = g_date_get_day (&d);
}

/* Clamps @mday to the month's length; @month may run past 12. */
guint32
pd_timeline_day_from_ymd (int year,
                          int month,
                          int mday)
{
  GDate d;

  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;
  year = CLAMP (year, 1, 8000);
  mday = CLAMP (mday, 1, g_date_get_days_in_month (month, year));
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, mday, month, year);
  return g_date_get_julian (&d);
}

char *
pd_timeline_format_day (guint32 day)
{
  int year, month, mday;

  if (day == 0)
    return NULL;
  pd_timeline_day_get_ymd (day, &year, &month, &mday);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, mday);
}

/* Freeing */

static void
phase_free (PdTimelinePhase *phase)
{
  g_free (phase->name);
  g_free (phase->summary);
  g_free (phase);
}

static void
milestone_free (PdTimelineMilestone *milestone)
{
  g_free (milestone->title);
  g_free (milestone);
}

static void
report_free (PdTimelineReport *report)
{
  g_free (report->unit_name);
  g_free (report->status);
  g_free (report->body);
  g_free (report);
}

static void
indicator_free (PdTimelineIndicator *indicator)
{
  g_free (indicator->name);
  g_free (indicator->group);
  g_free (indicator->measure);
  g_array_unref (indicator->values);
  g_free (indicator);
}

static void
clear (PdTimelineData *self)
{
  g_ptr_array_set_size (self->phases, 0);
  g_ptr_array_set_size (self->milestones, 0);
  g_ptr_array_set_size (self->indicators, 0);
  g_hash_table_remove_all (self->project_milestones);
  g_hash_table_remove_all (self->reports);
  self->n_values = 0;
  self->n_reports = 0;
}

PdTimelineData *
pd_timeline_data_new (void)
{
  PdTimelineData *self = g_new0 (PdTimelineData, 1);

  self->phases = g_ptr_array_new_with_free_func ((GDestroyNotify)phase_free);
  self->milestones = g_ptr_array_new_with_free_func ((GDestroyNotify)milestone_free);
  self->indicators = g_ptr_array_new_with_free_func ((GDestroyNotify)indicator_free);
  /* Keyed by gint64 ids through pointers to them in the values. */
  self->project_milestones = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                    (GDestroyNotify)g_ptr_array_unref);
  self->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                         (GDestroyNotify)g_ptr_array_unref);
  return self;
}

void
pd_timeline_data_free (PdTimelineData *self)
{
  if (self == NULL)
    return;
  clear (self);
  g_ptr_array_unref (self->phases);
  g_ptr_array_unref (self->milestones);
  g_ptr_array_unref (self->indicators);
  g_hash_table_unref (self->project_milestones);
  g_hash_table_unref (self->reports);
  g_free (self);
}

/* Loading */

#define FOREACH_ROW(stmt, rc) while (((rc) = sqlite3_step (stmt)) == SQLITE_ROW)

static gboolean
finish (PdDatabase    *database,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  pd_database_set_error (database, rc, error);
  return FALSE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = pd_database_column_text (stmt, column);

  return text != NULL ? g_strdup (text) : NULL;
}

static PdTimelineMilestoneKind
parse_kind (const char *kind)
{
  if (g_strcmp0 (kind, "deadline") == 0)
    return PD_TIMELINE_MILESTONE_DEADLINE;
  if (g_strcmp0 (kind, "evaluation") == 0)
    return PD_TIMELINE_MILESTONE_EVALUATION;
  if (g_strcmp0 (kind, "inspection") == 0)
    return PD_TIMELINE_MILESTONE_INSPECTION;
  return PD_TIMELINE_MILESTONE_OTHER;
}

static gboolean
load_phases (PdTimelineData  *self,
             PdDatabase      *database,
             GError         **error)
{
  sqlite3_stmt *stmt = pd_database_prepare (database, phases_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdTimelinePhase *phase = g_new0 (PdTimelinePhase, 1);

      phase->id = sqlite3_column_int64 (stmt, 0);
      phase->position = sqlite3_column_int (stmt, 1);
      phase->name = g_strdup (pd_database_column_text (stmt, 2) ? pd_database_column_text (stmt, 2) : "");
      phase->starts_on = pd_timeline_parse_day (pd_database_column_text (stmt, 3));
      phase->ends_on = pd_timeline_parse_day (pd_database_column_text (stmt, 4));
      phase->summary = dup_column (stmt, 5);
      if (phase->starts_on == 0 || phase->ends_on < phase->starts_on)
        {
          phase_free (phase);
          continue;
        }
      g_ptr_array_add (self->phases, phase);
    }
  return finish (database, stmt, rc, error);
}

static gboolean
load_milestones (PdTimelineData  *self,
                 PdDatabase      *database,
                 GError         **error)
{
  sqlite3_stmt *stmt = pd_database_prepare (database, milestones_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdTimelineMilestone *milestone = g_new0 (PdTimelineMilestone, 1);

      milestone->id = sqlite3_column_int64 (stmt, 0);
      milestone->due_on = pd_timeline_parse_day (pd_database_column_text (stmt, 1));
      milestone->title = g_strdup (pd_database_column_text (stmt, 2) ? pd_database_column_text (stmt, 2) : "");
      milestone->kind = parse_kind (pd_database_column_text (stmt, 3));
      milestone->phase_id = sqlite3_column_int64 (stmt, 4);
      milestone->project_id = sqlite3_column_int64 (stmt, 5);
      milestone->done_on = pd_timeline_parse_day (pd_database_column_text (stmt, 6));
      if (milestone->due_on == 0)
        {
          milestone_free (milestone);
          continue;
        }
      if (milestone->project_id == 0)
        g_ptr_array_add (self->milestones, milestone);
      else
        {
          GPtrArray *list = g_hash_table_lookup (self->project_milestones, &milestone->project_id);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func ((GDestroyNotify)milestone_free);
              g_hash_table_insert (self->project_milestones, &milestone->project_id, list);
            }
          g_ptr_array_add (list, milestone);
        }
    }
  return finish (database, stmt, rc, error);
}

static gboolean
load_reports (PdTimelineData  *self,
              PdDatabase      *database,
              GError         **error)
{
  sqlite3_stmt *stmt = pd_database_prepare (database, reports_sql, error);
  GPtrArray *list = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdTimelineReport *report = g_new0 (PdTimelineReport, 1);

      report->id = sqlite3_column_int64 (stmt, 0);
      report->project_id = sqlite3_column_int64 (stmt, 1);
      report->reported_on = pd_timeline_parse_day (pd_database_column_text (stmt, 2));
      report->status = dup_column (stmt, 3);
      report->progress = CLAMP (sqlite3_column_int (stmt, 4), 0, 100);
      report->body = dup_column (stmt, 5);
      report->unit_name = dup_column (stmt, 6);
      if (report->reported_on == 0)
        {
          report_free (report);
          continue;
        }
      /* Rows come by project: one lookup per project. */
      if (list == NULL || ((PdTimelineReport *)g_ptr_array_index (list, 0))->project_id != report->project_id)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify)report_free);
          g_ptr_array_add (list, report);
          g_hash_table_insert (self->reports, &report->project_id, list);
        }
      else
        g_ptr_array_add (list, report);
      self->n_reports++;
    }
  return finish (database, stmt, rc, error);
}

static gboolean
load_indicators (PdTimelineData  *self,
                 PdDatabase      *database,
                 GError         **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt = pd_database_prepare (database, indicators_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdTimelineIndicator *indicator = g_new0 (PdTimelineIndicator, 1);

      indicator->id = sqlite3_column_int64 (stmt, 0);
      indicator->position = sqlite3_column_int (stmt, 1);
      indicator->group = dup_column (stmt, 2);
      indicator->name = g_strdup (pd_database_column_text (stmt, 3) ? pd_database_column_text (stmt, 3) : "");
      indicator->up = g_strcmp0 (pd_database_column_text (stmt, 4), "down") != 0;
      indicator->measure = dup_column (stmt, 5);
      indicator->values = g_array_new (FALSE, TRUE, sizeof (PdTimelineValue));
      g_ptr_array_add (self->indicators, indicator);
      g_hash_table_insert (by_id, &indicator->id, indicator);
    }
  if (!finish (database, stmt, rc, error))
    return FALSE;

  if (!(stmt = pd_database_prepare (database, values_sql, error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PdTimelineIndicator *indicator = g_hash_table_lookup (by_id, &id);
      PdTimelineValue value = { 0 };

      if (indicator == NULL)
        continue;
      value.year = sqlite3_column_int (stmt, 1);
      value.has_target = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      value.target = sqlite3_column_double (stmt, 2);
      value.has_actual = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      value.actual = sqlite3_column_double (stmt, 3);
      g_array_append_val (indicator->values, value);
      self->n_values++;
    }
  return finish (database, stmt, rc, error);
}

/* Reads everything again; on failure the data is left empty. */
gboolean
pd_timeline_data_load (PdTimelineData  *self,
                       PdDatabase      *database,
                       GError         **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PD_IS_DATABASE (database), FALSE);

  clear (self);
  if (!load_phases (self, database, error) ||
      !load_milestones (self, database, error) ||
      !load_reports (self, database, error) ||
      !load_indicators (self, database, error))
    {
      clear (self);
      return FALSE;
    }
  return TRUE;
}

/* The progress reports of a project, oldest first; NULL when none. */
GPtrArray *
pd_timeline_data_get_reports (PdTimelineData *self,
                              gint64          project_id)
{
  return g_hash_table_lookup (self->reports, &project_id);
}

/* The milestones of a project, by date; NULL when none. */
GPtrArray *
pd_timeline_data_get_milestones (PdTimelineData *self,
                                 gint64          project_id)
{
  return g_hash_table_lookup (self->project_milestones, &project_id);
}
