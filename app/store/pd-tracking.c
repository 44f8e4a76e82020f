/* pd-tracking.c — tracking data: progress reports, milestones, indicator values, evaluations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdTracking hands out the tracking tables as list models of small objects,
 * one instance per row: the plan's milestones by date, the indicators by
 * position (each holding its values by year), a project's progress reports
 * newest first, and a year's evaluations in ranking order. There is one
 * PdTracking per store. After every edit (PdStore::changed) each model that
 * is in use reads its rows again, brings its objects in step (each changed
 * field notified) and tells its list what moved with a single exact
 * items-changed, or none.
 *
 * The edits are commands like those of pd-commands.c: they record row
 * changes, so undo and redo replay them, each in one transaction with one
 * change_log row. Adding the latest progress report of a project also sets
 * the project's status and progress, in the same command, unless asked not
 * to.
 */
#define G_LOG_DOMAIN "pd-tracking"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pd-command-private.h"
#include "pd-util.h"
#include "pd-commands.h"
#include "pd-tracking.h"
#include "pd-date.h"

/* A date that is not a YYYY-MM-DD day: the views check what people type
 * (pd_date_read), so this is a caller's mistake, told as they would be. */
static gboolean
refuse_date (GError **error)
{
  g_autofree char *message = pd_date_dup_invalid_message ();

  return pd_command_refuse (error, message);
}

struct _PdTracking
{
  GObject     parent_instance;

  PdStore    *store;        /* borrowed: the store owns its tracking */
  GListStore *milestones;   /* of PdMilestone, made when first asked for */
  GListStore *indicators;   /* of PdIndicator, made when first asked for */
  GHashTable *reports;      /* project id → Cached, while in use */
  GHashTable *evaluations;  /* year → Cached, while in use */
};

G_DEFINE_FINAL_TYPE (PdTracking, pd_tracking, G_TYPE_OBJECT)

/* A model handed out and watched: it goes from the cache when its last
 * user lets it go. */
typedef struct
{
  PdTracking *tracking;
  GHashTable *table;
  gint64      key;
  GListStore *model;  /* weak */
} Cached;

static GQuark tracking_quark;

#define INT64_KEY(k) ((gpointer)(gintptr)(k))

/* Rows into objects */

/* Replaces the differing middle of @list with that of @wanted: one
 * items-changed, or none when nothing moved. */
static void
reconcile (GListStore *list,
           GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (list);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = wanted->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);

      if (item != g_ptr_array_index (wanted, n_new - 1 - suffix))
        break;
      suffix++;
    }
  if (prefix == n_old && prefix == n_new)
    return;
  g_list_store_splice (list, prefix, n_old - prefix - suffix, wanted->pdata + prefix, n_new - prefix - suffix);
}

/* The objects of @list by the id @get_id gives them. */
static GHashTable *
index_by_id (GListStore *list,
             gint64    (*get_id) (gpointer))
{
  GHashTable *by_id = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_hash_table_insert (by_id, INT64_KEY (get_id (item)), item);
    }
  return by_id;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NULL : pd_database_column_text (stmt, column);
}

static void
refresh_milestones (PdTracking *self)
{
  g_autoptr(GHashTable) old = index_by_id (self->milestones, (gint64 (*) (gpointer))pd_milestone_get_id);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (self->store),
                                            "SELECT id, due_on, title, kind, phase_id, project_id, done_on "
                                            "FROM milestone ORDER BY due_on, id", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PdMilestone *milestone = g_hash_table_lookup (old, INT64_KEY (id));
      PdProject *project = NULL;

      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        project = pd_store_get_project_by_id (self->store, sqlite3_column_int64 (stmt, 5));
      milestone = milestone ? g_object_ref (milestone) : pd_milestone_new (id);
      pd_milestone_update (milestone, column_text (stmt, 1), column_text (stmt, 2), column_text (stmt, 3),
                           sqlite3_column_int64 (stmt, 4), project, column_text (stmt, 6));
      g_ptr_array_add (wanted, milestone);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  reconcile (self->milestones, wanted);
}

static void
refresh_indicators (PdTracking *self)
{
  PdDatabase *database = pd_store_get_database (self->store);
  g_autoptr(GHashTable) old = index_by_id (self->indicators, (gint64 (*) (gpointer))pd_indicator_get_id);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                        (GDestroyNotify)g_array_unref);
  sqlite3_stmt *stmt;

  stmt = pd_database_prepare (database, "SELECT indicator_id, year, target, actual FROM indicator_value "
                                        "ORDER BY indicator_id, year", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gpointer key = INT64_KEY (sqlite3_column_int64 (stmt, 0));
      GArray *array = g_hash_table_lookup (values, key);
      PdIndicatorValue value = { 0 };

      if (array == NULL)
        g_hash_table_insert (values, key, (array = g_array_new (FALSE, TRUE, sizeof (PdIndicatorValue))));
      value.year = sqlite3_column_int (stmt, 1);
      value.has_target = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      value.target = value.has_target ? sqlite3_column_double (stmt, 2) : 0.0;
      value.has_actual = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      value.actual = value.has_actual ? sqlite3_column_double (stmt, 3) : 0.0;
      g_array_append_val (array, value);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  stmt = pd_database_prepare (database, "SELECT id, position, grp, name, direction, measure FROM indicator "
                                        "ORDER BY position, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PdIndicator *indicator = g_hash_table_lookup (old, INT64_KEY (id));

      indicator = indicator ? g_object_ref (indicator) : pd_indicator_new (id);
      pd_indicator_update (indicator, sqlite3_column_int (stmt, 1), column_text (stmt, 2), column_text (stmt, 3),
                           column_text (stmt, 4), column_text (stmt, 5));
      g_ptr_array_add (wanted, indicator);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  reconcile (self->indicators, wanted);
  /* Values last, so a handler sees every indicator in its place. */
  for (guint i = 0; i < wanted->len; i++)
    {
      PdIndicator *indicator = g_ptr_array_index (wanted, i);
      GArray *array = g_hash_table_lookup (values, INT64_KEY (pd_indicator_get_id (indicator)));

      pd_indicator_set_values (indicator, array ? (PdIndicatorValue *)(gpointer)array->data : NULL,
                               array ? array->len : 0);
    }
}

static PdStatus
status_from_text (const char *text)
{
  PdStatus status = PD_STATUS_PLANNED;

  pd_status_from_string (text, &status);
  return status;
}

static void
refresh_reports (PdTracking *self,
                 Cached     *cached)
{
  g_autoptr(GHashTable) old = index_by_id (cached->model, (gint64 (*) (gpointer))pd_progress_report_get_id);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  PdProject *project = pd_store_get_project_by_id (self->store, cached->key);
  sqlite3_stmt *stmt = NULL;

  /* A deleted project has no reports. */
  if (project != NULL)
    stmt = pd_database_prepare (pd_store_get_database (self->store),
                                "SELECT id, unit_id, reported_on, status, progress, body FROM progress_report "
                                "WHERE project_id = ?1 ORDER BY reported_on DESC, id DESC", NULL);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, cached->key);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PdProgressReport *report = g_hash_table_lookup (old, INT64_KEY (id));
      PdUnit *unit = NULL;

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        unit = pd_store_get_unit_by_id (self->store, sqlite3_column_int64 (stmt, 1));
      report = report ? g_object_ref (report) : pd_progress_report_new (id, project);
      pd_progress_report_update (report, unit, column_text (stmt, 2), status_from_text (column_text (stmt, 3)),
                                 sqlite3_column_int (stmt, 4), column_text (stmt, 5));
      g_ptr_array_add (wanted, report);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  reconcile (cached->model, wanted);
}

static int
compare_evaluations (gconstpointer a,
                     gconstpointer b)
{
  return pd_evaluation_compare (*(PdEvaluation **)a, *(PdEvaluation **)b);
}

static void
refresh_evaluations (PdTracking *self,
                     Cached     *cached)
{
  g_autoptr(GHashTable) old = index_by_id (cached->model, (gint64 (*) (gpointer))pd_evaluation_get_id);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (self->store),
                                            "SELECT id, unit_id, score, grade, note FROM evaluation "
                                            "WHERE year = ?1", NULL);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, cached->key);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PdEvaluation *evaluation = g_hash_table_lookup (old, INT64_KEY (id));
      gboolean has_score = sqlite3_column_type (stmt, 2) != SQLITE_NULL;

      evaluation = evaluation ? g_object_ref (evaluation) : pd_evaluation_new (id, (int)cached->key);
      pd_evaluation_update (evaluation, pd_store_get_unit_by_id (self->store, sqlite3_column_int64 (stmt, 1)),
                            has_score, has_score ? sqlite3_column_double (stmt, 2) : 0.0,
                            column_text (stmt, 3), column_text (stmt, 4));
      g_ptr_array_add (wanted, evaluation);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  /* Ranks: 1 + the number of evaluations strictly better; none for one
   * with neither score nor grade. */
  g_ptr_array_sort (wanted, compare_evaluations);
  for (guint i = 0; i < wanted->len; i++)
    {
      PdEvaluation *evaluation = g_ptr_array_index (wanted, i);
      PdEvaluation *previous = i > 0 ? g_ptr_array_index (wanted, i - 1) : NULL;
      double score;
      guint rank;

      if (!pd_evaluation_get_score (evaluation, &score) &&
          pd_evaluation_grade_get_level (pd_evaluation_get_grade (evaluation)) == 0)
        rank = 0;
      else if (previous != NULL && pd_evaluation_ties (previous, evaluation))
        rank = pd_evaluation_get_rank (previous);
      else
        rank = i + 1;
      pd_evaluation_set_rank (evaluation, rank);
    }
  reconcile (cached->model, wanted);
}

static void
refresh_cached (PdTracking *self,
                GHashTable *table,
                void      (*refresh) (PdTracking *, Cached *))
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  /* A handler may let a model go while we go round: collect first, and
   * hold each model while it is refreshed. */
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (entries, g_object_ref (((Cached *)value)->model));
  for (guint i = 0; i < entries->len; i++)
    {
      GListStore *model = g_ptr_array_index (entries, i);
      Cached *cached = g_object_get_qdata (G_OBJECT (model), tracking_quark);

      if (cached != NULL && g_hash_table_lookup (table, INT64_KEY (cached->key)) == cached)
        refresh (self, cached);
      g_object_unref (model);
    }
}

/* Only the models whose tables the edit wrote are read again (all of them
 * when the store does not say); a unit's new name can move it in a ranking. */
static void
store_changed_cb (PdTracking *self)
{
  guint touched = pd_store_get_touched_tables (self->store);

#define TOUCHED(table) ((touched & (1u << (table))) != 0)
  g_object_ref (self);
  if (self->milestones != NULL && TOUCHED (PD_TABLE_MILESTONE))
    refresh_milestones (self);
  if (self->indicators != NULL && TOUCHED (PD_TABLE_INDICATOR_VALUE))
    refresh_indicators (self);
  if (TOUCHED (PD_TABLE_PROGRESS_REPORT))
    refresh_cached (self, self->reports, refresh_reports);
  if (TOUCHED (PD_TABLE_EVALUATION) || TOUCHED (PD_TABLE_UNIT))
    refresh_cached (self, self->evaluations, refresh_evaluations);
  g_object_unref (self);
#undef TOUCHED
}

/* Cached models */

static void
cached_model_gone_cb (gpointer  data,
                      GObject  *where_the_object_was)
{
  Cached *cached = data;

  g_hash_table_remove (cached->table, INT64_KEY (cached->key));
}

static void
cached_free (gpointer data)
{
  Cached *cached = data;

  g_free (cached);
}

static GListModel *
dup_cached (PdTracking  *self,
            GHashTable  *table,
            gint64       key,
            GType        item_type,
            void       (*refresh) (PdTracking *, Cached *))
{
  Cached *cached = g_hash_table_lookup (table, INT64_KEY (key));

  if (cached != NULL)
    return g_object_ref (G_LIST_MODEL (cached->model));

  cached = g_new0 (Cached, 1);
  cached->tracking = self;
  cached->table = table;
  cached->key = key;
  cached->model = g_list_store_new (item_type);
  g_object_set_qdata (G_OBJECT (cached->model), tracking_quark, cached);
  g_object_weak_ref (G_OBJECT (cached->model), cached_model_gone_cb, cached);
  g_hash_table_insert (table, INT64_KEY (key), cached);
  refresh (self, cached);
  return G_LIST_MODEL (cached->model);
}

static void
forget_cached (GHashTable *table)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Cached *cached = value;

      g_object_weak_unref (G_OBJECT (cached->model), cached_model_gone_cb, cached);
      g_object_set_qdata (G_OBJECT (cached->model), tracking_quark, NULL);
    }
  g_hash_table_remove_all (table);
}

/* GObject */

static void
pd_tracking_finalize (GObject *object)
{
  PdTracking *self = (PdTracking *)object;

  forget_cached (self->reports);
  forget_cached (self->evaluations);
  g_hash_table_unref (self->reports);
  g_hash_table_unref (self->evaluations);
  g_clear_object (&self->milestones);
  g_clear_object (&self->indicators);

  G_OBJECT_CLASS (pd_tracking_parent_class)->finalize (object);
}

static void
pd_tracking_class_init (PdTrackingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_tracking_finalize;
  tracking_quark = g_quark_from_static_string ("pd-tracking");
}

static void
pd_tracking_init (PdTracking *self)
{
  self->reports = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, cached_free);
  self->evaluations = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, cached_free);
}

/* Public API: models */

/**
 * pd_tracking_get_for_store:
 *
 * Returns: (transfer none): the store's tracking data, made on first use
 * and kept for as long as the store lives.
 */
PdTracking *
pd_tracking_get_for_store (PdStore *store)
{
  PdTracking *self;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), "pd-tracking");
  if (self != NULL)
    return self;
  self = g_object_new (PD_TYPE_TRACKING, NULL);
  self->store = store;
  /* Disconnected when the store goes, its signal handlers first. */
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (store), "pd-tracking", self, g_object_unref);
  return self;
}

PdStore *
pd_tracking_get_store (PdTracking *self)
{
  g_return_val_if_fail (PD_IS_TRACKING (self), NULL);
  return self->store;
}

/* The plan's milestones (PdMilestone), by date. */
GListModel *
pd_tracking_get_milestones (PdTracking *self)
{
  g_return_val_if_fail (PD_IS_TRACKING (self), NULL);

  if (self->milestones == NULL)
    {
      self->milestones = g_list_store_new (PD_TYPE_MILESTONE);
      refresh_milestones (self);
    }
  return G_LIST_MODEL (self->milestones);
}

/* The indicators (PdIndicator), in the document's order, with their values. */
GListModel *
pd_tracking_get_indicators (PdTracking *self)
{
  g_return_val_if_fail (PD_IS_TRACKING (self), NULL);

  if (self->indicators == NULL)
    {
      self->indicators = g_list_store_new (PD_TYPE_INDICATOR);
      refresh_indicators (self);
    }
  return G_LIST_MODEL (self->indicators);
}

/* @project's progress reports (PdProgressReport), newest first. */
GListModel *
pd_tracking_dup_progress_reports (PdTracking *self,
                                  PdProject  *project)
{
  g_return_val_if_fail (PD_IS_TRACKING (self), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  return dup_cached (self, self->reports, pd_project_get_id (project), PD_TYPE_PROGRESS_REPORT, refresh_reports);
}

/* The evaluations (PdEvaluation) of @year, in ranking order. */
GListModel *
pd_tracking_dup_evaluations (PdTracking *self,
                             int         year)
{
  g_return_val_if_fail (PD_IS_TRACKING (self), NULL);

  return dup_cached (self, self->evaluations, year, PD_TYPE_EVALUATION, refresh_evaluations);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* The years tracking data is kept for: every year of the plan period, and
 * any other year that has indicator values or evaluations, in order. */
GArray *
pd_tracking_dup_years (PdTracking *self)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  const char *start, *end;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PD_IS_TRACKING (self), years);

  start = pd_store_get_period_start (self->store);
  end = pd_store_get_period_end (self->store);
  if (start != NULL && end != NULL)
    for (int year = atoi (start); year > 0 && year <= atoi (end); year++)
      g_array_append_val (years, year);

  stmt = pd_database_prepare (pd_store_get_database (self->store),
                              "SELECT year FROM indicator_value UNION SELECT year FROM evaluation ORDER BY 1", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      gboolean found = FALSE;

      for (guint i = 0; i < years->len && !found; i++)
        found = g_array_index (years, int, i) == year;
      if (!found)
        g_array_append_val (years, year);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  g_array_sort (years, compare_ints);
  return years;
}

/* The latest year, not after @not_after (0: any), that has evaluations;
 * 0 when none has. */
int
pd_tracking_get_last_evaluated_year (PdTracking *self,
                                     int         not_after)
{
  sqlite3_stmt *stmt;
  int year = 0;

  g_return_val_if_fail (PD_IS_TRACKING (self), 0);

  stmt = pd_database_prepare (pd_store_get_database (self->store),
                              "SELECT max(year) FROM evaluation WHERE ?1 = 0 OR year <= ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, not_after);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    year = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return year;
}

/* Commands */

typedef struct
{
  gint64    a;          /* the row: report, milestone, indicator, evaluation */
  gint64    b;          /* a second id: project, unit */
  gint64    unit_id;    /* 0 for none */
  int       year;
  int       n;          /* status */
  int       progress;
  gboolean  flag;       /* update the project */
  gboolean  has_x;
  double    x;          /* target or score */
  gboolean  has_y;
  double    y;          /* actual */
  char     *date;
  char     *text;       /* body, title, grade */
  char     *text2;      /* kind, note */
} Args;

static void
args_free (Args *args)
{
  g_free (args->date);
  g_free (args->text);
  g_free (args->text2);
  g_free (args);
}

/* A command that owns its Args. */
#define command_new(perform, args, ...) \
  pd_command_new_printf ((perform), (args), (GDestroyNotify)args_free, __VA_ARGS__)


static gboolean
unit_is_on_project (PdProject *project,
                    PdUnit    *unit)
{
  GListModel *assignments = pd_project_get_assignments (project);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_unit (assignment) == unit)
        return TRUE;
    }
  return FALSE;
}

/* Progress reports */

/* When @report_id is now the project's latest report (by date, then the
 * order reports were added), the project takes its status and progress. */
static gboolean
update_project_from_report (PdCommand  *command,
                            PdStore    *store,
                            Args       *args,
                            GError    **error)
{
  PdRow *old_row, *new_row;

  if (!args->flag ||
      pd_store_query_int (store, "SELECT id FROM progress_report WHERE project_id = ?1 "
                                 "ORDER BY reported_on DESC, id DESC LIMIT 1", args->b, 0) != args->a)
    return TRUE;
  if (!(old_row = pd_store_read_row (store, PD_TABLE_PROJECT, args->b, 0, error)))
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_text (new_row, "status", pd_status_to_string (args->n));
  pd_row_set_int (new_row, "progress", args->progress);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

static void
fill_report_row (PdRow *row,
                 Args  *args)
{
  if (args->unit_id != 0)
    pd_row_set_int (row, "unit_id", args->unit_id);
  else
    pd_row_set_null (row, "unit_id");
  pd_row_set_text (row, "reported_on", args->date);
  pd_row_set_text (row, "status", pd_status_to_string (args->n));
  pd_row_set_int (row, "progress", args->progress);
  pd_row_set_text (row, "body", args->text ? args->text : "");
}

static gboolean
perform_add_report (PdCommand  *command,
                    PdStore    *store,
                    gpointer    data,
                    GError    **error)
{
  Args *args = data;
  PdRow *row = pd_row_new (PD_TABLE_PROGRESS_REPORT);

  args->a = pd_store_next_id (store, PD_TABLE_PROGRESS_REPORT);
  pd_row_set_int (row, "id", args->a);
  pd_row_set_int (row, "project_id", args->b);
  fill_report_row (row, args);
  return pd_command_insert_row (command, store, row, error) &&
         update_project_from_report (command, store, args, error);
}

static Args *
report_args (PdProject   *project,
             PdUnit      *unit,
             const char  *reported_on,
             PdStatus     status,
             int          progress,
             const char  *body,
             gboolean     update_project,
             GError     **error)
{
  Args *args;

  if (!pd_date_is_valid (reported_on))
    return refuse_date (error), NULL;
  if (status >= PD_N_STATUSES)
    return pd_command_refuse (error, _("Unknown status")), NULL;
  if (progress < 0 || progress > 100)
    return pd_command_refuse (error, _("Progress is a percentage, from 0 to 100")), NULL;
  if (unit != NULL && !unit_is_on_project (project, unit))
    return pd_command_refuse (error, _("The reporting unit must be one of the project’s units")), NULL;

  args = g_new0 (Args, 1);
  args->b = pd_project_get_id (project);
  args->unit_id = unit ? pd_unit_get_id (unit) : 0;
  args->date = g_strdup (reported_on);
  args->n = status;
  args->progress = progress;
  args->text = body && *body ? g_strdup (body) : NULL;
  args->flag = update_project;
  return args;
}

/**
 * pd_command_add_progress_report:
 * @unit: (nullable): the reporting unit, one of the project's units
 * @update_project: whether the project takes the report's status and
 *   progress when it is the project's latest report
 */
PdCommand *
pd_command_add_progress_report (PdProject   *project,
                                PdUnit      *unit,
                                const char  *reported_on,
                                PdStatus     status,
                                int          progress,
                                const char  *body,
                                gboolean     update_project,
                                GError     **error)
{
  Args *args;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (unit == NULL || PD_IS_UNIT (unit), NULL);

  if (!(args = report_args (project, unit, reported_on, status, progress, body, update_project, error)))
    return NULL;
  g_autofree char *shown = pd_date_format (args->date);
  /* Translators: %s is a date (2015-06-30), %d a project number */
  return command_new (perform_add_report, args, _("Add the %s progress report of project %d"),
                      shown, pd_project_get_number (project));
}

static gboolean
perform_edit_report (PdCommand  *command,
                     PdStore    *store,
                     gpointer    data,
                     GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_PROGRESS_REPORT, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  fill_report_row (new_row, args);
  return pd_command_update_row (command, store, old_row, new_row, error) &&
         update_project_from_report (command, store, args, error);
}

PdCommand *
pd_command_edit_progress_report (PdProgressReport *report,
                                 PdUnit           *unit,
                                 const char       *reported_on,
                                 PdStatus          status,
                                 int               progress,
                                 const char       *body,
                                 gboolean          update_project,
                                 GError          **error)
{
  PdProject *project;
  Args *args;

  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (report), NULL);
  g_return_val_if_fail (unit == NULL || PD_IS_UNIT (unit), NULL);

  project = pd_progress_report_get_project (report);
  /* The unit it had may stay, even if it left the project since. */
  if (unit != NULL && unit == pd_progress_report_get_unit (report) && !unit_is_on_project (project, unit))
    {
      if (!(args = report_args (project, NULL, reported_on, status, progress, body, update_project, error)))
        return NULL;
      args->unit_id = pd_unit_get_id (unit);
    }
  else if (!(args = report_args (project, unit, reported_on, status, progress, body, update_project, error)))
    return NULL;
  args->a = pd_progress_report_get_id (report);
  g_autofree char *shown = pd_date_format (pd_progress_report_get_reported_on (report));
  /* Translators: %s is the report's date (2015-06-30), %d a project number */
  return command_new (perform_edit_report, args, _("Edit the %s progress report of project %d"),
                      shown, pd_project_get_number (project));
}

static gboolean
perform_delete_row (PdCommand  *command,
                    PdStore    *store,
                    gpointer    data,
                    GError    **error)
{
  Args *args = data;

  return pd_command_delete_row (command, store, args->n, args->a, 0, error);
}

PdCommand *
pd_command_delete_progress_report (PdProgressReport *report)
{
  Args *args;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_PROGRESS_REPORT (report), NULL);

  args = g_new0 (Args, 1);
  args->a = pd_progress_report_get_id (report);
  args->n = PD_TABLE_PROGRESS_REPORT;
  g_autofree char *shown = pd_date_format (pd_progress_report_get_reported_on (report));
  /* Translators: %s is the report's date (2015-06-30), %d a project number */
  command = command_new (perform_delete_row, args, _("Delete the %s progress report of project %d"),
                         shown,
                         pd_project_get_number (pd_progress_report_get_project (report)));
  pd_command_set_destructive (command, TRUE);
  return command;
}

/* Milestones */

/* The phase whose span holds @date, or 0. */
static gint64
phase_of (PdStore    *store,
          const char *date)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store),
                                            "SELECT id FROM phase WHERE ?1 BETWEEN starts_on AND ends_on "
                                            "ORDER BY position LIMIT 1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static void
set_phase (PdRow      *row,
           PdStore    *store,
           const char *date)
{
  gint64 phase = phase_of (store, date);

  if (phase != 0)
    pd_row_set_int (row, "phase_id", phase);
  else
    pd_row_set_null (row, "phase_id");
}

static gboolean
perform_add_milestone (PdCommand  *command,
                       PdStore    *store,
                       gpointer    data,
                       GError    **error)
{
  Args *args = data;
  PdRow *row = pd_row_new (PD_TABLE_MILESTONE);

  pd_row_set_int (row, "id", pd_store_next_id (store, PD_TABLE_MILESTONE));
  pd_row_set_text (row, "due_on", args->date);
  pd_row_set_text (row, "title", args->text);
  pd_row_set_text (row, "kind", args->text2);
  set_phase (row, store, args->date);
  if (args->b != 0)
    pd_row_set_int (row, "project_id", args->b);
  else
    pd_row_set_null (row, "project_id");
  pd_row_set_null (row, "done_on");
  return pd_command_insert_row (command, store, row, error);
}

static Args *
milestone_args (const char  *due_on,
                const char  *title,
                const char  *kind,
                GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  Args *args;

  if (*clean == '\0')
    return pd_command_refuse (error, _("A milestone needs a title")), NULL;
  if (!pd_date_is_valid (due_on))
    return refuse_date (error), NULL;
  if (!pd_milestone_kind_is_valid (kind ? kind : "other"))
    return pd_command_refuse (error, _("Unknown kind of milestone")), NULL;

  args = g_new0 (Args, 1);
  args->date = g_strdup (due_on);
  args->text = g_steal_pointer (&clean);
  args->text2 = g_strdup (kind ? kind : "other");
  return args;
}

/**
 * pd_command_add_milestone:
 * @kind: (nullable): "deadline", "evaluation", "inspection" or "other" (NULL)
 * @project: (nullable): the project it belongs to, or NULL for the plan
 *
 * The milestone falls in the phase whose span holds its date.
 */
PdCommand *
pd_command_add_milestone (PdStore     *store,
                          const char  *due_on,
                          const char  *title,
                          const char  *kind,
                          PdProject   *project,
                          GError     **error)
{
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (project == NULL || PD_IS_PROJECT (project), NULL);

  if (!(args = milestone_args (due_on, title, kind, error)))
    return NULL;
  args->b = project ? pd_project_get_id (project) : 0;
  return command_new (perform_add_milestone, args, _("Add milestone “%s”"), args->text);
}

static gboolean
perform_edit_milestone (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_MILESTONE, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  if (g_strcmp0 (pd_row_get_text (old_row, "due_on"), args->date) != 0)
    set_phase (new_row, store, args->date);
  pd_row_set_text (new_row, "due_on", args->date);
  pd_row_set_text (new_row, "title", args->text);
  pd_row_set_text (new_row, "kind", args->text2);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

PdCommand *
pd_command_edit_milestone (PdMilestone  *milestone,
                           const char   *due_on,
                           const char   *title,
                           const char   *kind,
                           GError      **error)
{
  Args *args;

  g_return_val_if_fail (PD_IS_MILESTONE (milestone), NULL);

  if (!(args = milestone_args (due_on, title, kind, error)))
    return NULL;
  args->a = pd_milestone_get_id (milestone);
  return command_new (perform_edit_milestone, args, _("Edit milestone “%s”"), pd_milestone_get_title (milestone));
}

static gboolean
perform_set_done (PdCommand  *command,
                  PdStore    *store,
                  gpointer    data,
                  GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_MILESTONE, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_text (new_row, "done_on", args->date);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

/**
 * pd_command_set_milestone_done:
 * @done_on: (nullable): the date it was met, or NULL for not met
 */
PdCommand *
pd_command_set_milestone_done (PdMilestone  *milestone,
                               const char   *done_on,
                               GError      **error)
{
  g_autofree char *shown = NULL;
  Args *args;

  g_return_val_if_fail (PD_IS_MILESTONE (milestone), NULL);

  if (done_on != NULL && !pd_date_is_valid (done_on))
    return refuse_date (error), NULL;
  args = g_new0 (Args, 1);
  args->a = pd_milestone_get_id (milestone);
  args->date = g_strdup (done_on);
  if (done_on == NULL)
    return command_new (perform_set_done, args, _("Mark milestone “%s” as not done"),
                        pd_milestone_get_title (milestone));
  shown = pd_date_format (done_on);
  /* Translators: %s is a milestone's title, then a date */
  return command_new (perform_set_done, args, _("Mark milestone “%s” as done on %s"),
                      pd_milestone_get_title (milestone), shown);
}

PdCommand *
pd_command_delete_milestone (PdMilestone *milestone)
{
  Args *args;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_MILESTONE (milestone), NULL);

  args = g_new0 (Args, 1);
  args->a = pd_milestone_get_id (milestone);
  args->n = PD_TABLE_MILESTONE;
  command = command_new (perform_delete_row, args, _("Delete milestone “%s”"), pd_milestone_get_title (milestone));
  pd_command_set_destructive (command, TRUE);
  return command;
}

/* Indicator values */

static gboolean
perform_set_indicator_value (PdCommand  *command,
                             PdStore    *store,
                             gpointer    data,
                             GError    **error)
{
  Args *args = data;
  gboolean exists = pd_store_query_int (store, "SELECT count(*) FROM indicator_value WHERE indicator_id = ?1 AND year = ?2",
                                        args->a, args->year) > 0;
  PdRow *old_row = NULL, *new_row;

  if (!args->has_x && !args->has_y)
    return !exists || pd_command_delete_row (command, store, PD_TABLE_INDICATOR_VALUE, args->a, args->year, error);

  if (exists && !(old_row = pd_store_read_row (store, PD_TABLE_INDICATOR_VALUE, args->a, args->year, error)))
    return FALSE;
  new_row = old_row ? pd_row_copy (old_row) : pd_row_new (PD_TABLE_INDICATOR_VALUE);
  pd_row_set_int (new_row, "indicator_id", args->a);
  pd_row_set_int (new_row, "year", args->year);
  if (args->has_x)
    pd_row_set_double (new_row, "target", args->x);
  else
    pd_row_set_null (new_row, "target");
  if (args->has_y)
    pd_row_set_double (new_row, "actual", args->y);
  else
    pd_row_set_null (new_row, "actual");
  if (old_row == NULL)
    return pd_command_insert_row (command, store, new_row, error);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year < 1900 || year > 2200)
    return pd_command_refuse (error, _("The year must be between 1900 and 2200"));
  return TRUE;
}

static gboolean
check_number (const double  *value,
              GError       **error)
{
  if (value != NULL && !isfinite (*value))
    return pd_command_refuse (error, _("Not a number"));
  return TRUE;
}

/**
 * pd_command_set_indicator_value:
 * @target: (nullable): the year's target, or NULL for none
 * @actual: (nullable): the year's actual value, or NULL for none
 *
 * With neither, the year's row goes.
 */
PdCommand *
pd_command_set_indicator_value (PdIndicator   *indicator,
                                int            year,
                                const double  *target,
                                const double  *actual,
                                GError       **error)
{
  Args *args;

  g_return_val_if_fail (PD_IS_INDICATOR (indicator), NULL);

  if (!check_year (year, error) || !check_number (target, error) || !check_number (actual, error))
    return NULL;
  args = g_new0 (Args, 1);
  args->a = pd_indicator_get_id (indicator);
  args->year = year;
  args->has_x = target != NULL;
  args->x = target ? *target : 0.0;
  args->has_y = actual != NULL;
  args->y = actual ? *actual : 0.0;
  if (target == NULL && actual == NULL)
    /* Translators: %d is a year, %s an indicator's name */
    return command_new (perform_set_indicator_value, args, _("Clear the %d values of indicator “%s”"),
                        year, pd_indicator_get_name (indicator));
  /* Translators: %d is a year, %s an indicator's name */
  return command_new (perform_set_indicator_value, args, _("Set the %d values of indicator “%s”"),
                      year, pd_indicator_get_name (indicator));
}

/* Evaluations */

static gboolean
perform_set_evaluation (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;
  gint64 id = pd_store_query_int (store, "SELECT id FROM evaluation WHERE year = ?1 AND unit_id = ?2", args->year, args->b);
  PdRow *old_row = NULL, *new_row;

  if (id != 0 && !(old_row = pd_store_read_row (store, PD_TABLE_EVALUATION, id, 0, error)))
    return FALSE;
  new_row = old_row ? pd_row_copy (old_row) : pd_row_new (PD_TABLE_EVALUATION);
  pd_row_set_int (new_row, "id", id != 0 ? id : pd_store_next_id (store, PD_TABLE_EVALUATION));
  pd_row_set_int (new_row, "year", args->year);
  pd_row_set_int (new_row, "unit_id", args->b);
  if (args->has_x)
    pd_row_set_double (new_row, "score", args->x);
  else
    pd_row_set_null (new_row, "score");
  pd_row_set_text (new_row, "grade", args->text);
  pd_row_set_text (new_row, "note", args->text2);
  if (old_row == NULL)
    return pd_command_insert_row (command, store, new_row, error);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

/**
 * pd_command_set_evaluation:
 * @score: (nullable): the score, or NULL for none
 * @grade: (nullable): 优秀, 良好, 一般, 较差 or any other grade
 * @note: (nullable): a note
 *
 * Sets @unit's evaluation of @year, adding it if there is none. It needs a
 * score or a grade.
 */
PdCommand *
pd_command_set_evaluation (PdStore       *store,
                           int            year,
                           PdUnit        *unit,
                           const double  *score,
                           const char    *grade,
                           const char    *note,
                           GError       **error)
{
  g_autofree char *clean_grade = pd_strdup_stripped (grade);
  g_autofree char *clean_note = pd_strdup_stripped (note);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  if (!check_year (year, error) || !check_number (score, error))
    return NULL;
  if (score == NULL && *clean_grade == '\0')
    return pd_command_refuse (error, _("An evaluation needs a score or a grade")), NULL;

  args = g_new0 (Args, 1);
  args->year = year;
  args->b = pd_unit_get_id (unit);
  args->has_x = score != NULL;
  args->x = score ? *score : 0.0;
  args->text = *clean_grade ? g_steal_pointer (&clean_grade) : NULL;
  args->text2 = *clean_note ? g_steal_pointer (&clean_note) : NULL;
  /* Translators: %d is a year, %s a unit */
  return command_new (perform_set_evaluation, args, _("Set the %d evaluation of %s"), year, pd_unit_get_name (unit));
}

PdCommand *
pd_command_delete_evaluation (PdEvaluation *evaluation)
{
  Args *args;
  PdCommand *command;
  PdUnit *unit;

  g_return_val_if_fail (PD_IS_EVALUATION (evaluation), NULL);

  unit = pd_evaluation_get_unit (evaluation);
  args = g_new0 (Args, 1);
  args->a = pd_evaluation_get_id (evaluation);
  args->n = PD_TABLE_EVALUATION;
  /* Translators: %d is a year, %s a unit */
  command = command_new (perform_delete_row, args, _("Delete the %d evaluation of %s"),
                         pd_evaluation_get_year (evaluation), unit ? pd_unit_get_name (unit) : "");
  pd_command_set_destructive (command, TRUE);
  return command;
}

/* Today */

static gboolean
date_is_valid (const char *date)
{
  return date != NULL && *date != '\0' && pd_date_is_valid (date);
}

/**
 * pd_tracking_get_today_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, where
 * the key `today` holds the date to show traffic lights for ("" for the
 * system date); NULL when the settings schema is not installed.
 */
GSettings *
pd_tracking_get_today_settings (void)
{
  static GSettings *settings;
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

      if (schema != NULL && g_settings_schema_has_key (schema, "today"))
        settings = g_settings_new (APP_ID);
      g_once_init_leave (&looked_up, 1);
    }
  return settings;
}

/* Today as YYYY-MM-DD, for traffic lights. */
char *
pd_tracking_dup_today (void)
{
  const char *override = g_getenv ("PLANDESK_TODAY");
  GSettings *settings;
  g_autoptr(GDateTime) now = NULL;

  if (date_is_valid (override))
    return g_strdup (override);
  if (override != NULL && *override != '\0')
    g_warning ("PLANDESK_TODAY=%s is not a YYYY-MM-DD date; not using it", override);
  if ((settings = pd_tracking_get_today_settings ()) != NULL)
    {
      g_autofree char *date = g_settings_get_string (settings, "today");

      if (date_is_valid (date))
        return g_steal_pointer (&date);
    }
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * pd_tracking_set_today:
 * @date: (nullable): a YYYY-MM-DD date, or NULL or "" for the system date
 *
 * Sets the date traffic lights are shown for, for demonstrations.
 */
gboolean
pd_tracking_set_today (const char  *date,
                       GError     **error)
{
  GSettings *settings = pd_tracking_get_today_settings ();

  if (date != NULL && *date != '\0' && !pd_date_is_valid (date))
    return refuse_date (error);
  if (settings == NULL)
    {
      g_set_error_literal (error, PD_STORE_ERROR, PD_STORE_ERROR_FAILED,
                           _("The settings of Plan Desk are not installed"));
      return FALSE;
    }
  return g_settings_set_string (settings, "today", date ? date : "") ||
         pd_command_refuse (error, _("The date could not be saved"));
}

/* Numbers */

gboolean
pd_tracking_parse_number (const char *text,
                          double     *value,
                          gboolean   *empty)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  char *end = NULL;
  double number;

  *empty = FALSE;
  *value = 0.0;
  /* Spaces (thin or full-width too) group digits; a comma or a full-width
   * full stop is a decimal point. */
  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x3000 || c == 0x2009 || c == 0x202F)
        continue;
      if (c == ',' || c == 0xFF0C || c == 0xFF0E || c == 0x3002)
        g_string_append_c (plain, '.');
      else if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (plain, '0' + (c - 0xFF10));
      else if (c == 0xFF0D || c == 0x2212)
        g_string_append_c (plain, '-');
      else
        g_string_append_unichar (plain, c);
    }
  if (plain->len == 0)
    {
      *empty = TRUE;
      return TRUE;
    }
  number = g_ascii_strtod (plain->str, &end);
  if (end == plain->str || *end != '\0' || !isfinite (number) ||
      strpbrk (plain->str, "xXnNiIeEpP") != NULL)
    return FALSE;
  *value = number;
  return TRUE;
}

/* As short as it is exact: 95, 95.5, 0.125, 1200. */
char *
pd_tracking_format_number (double value)
{
  char format[8], buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Whole numbers plainly, not as 1e+06. */
  if (value > -1e15 && value < 1e15 && value == (double)(gint64)value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64)value);
  for (int digits = 1; digits <= 17; digits++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}
