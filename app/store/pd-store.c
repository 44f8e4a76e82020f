/* pd-store.c — the UI's only data API: a plan loaded into list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store reads the whole plan once into small GObjects, one instance per
 * row, so every view shares them. A plan 100 times the bundled one (about
 * 6,800 projects and 45,700 assignments) loads in a few tens of milliseconds.
 */
#define G_LOG_DOMAIN "pd-store"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-log-entry.h"
#include "pd-store-private.h"


G_DEFINE_FINAL_TYPE (PdStore, pd_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pd_store_finalize (GObject *object)
{
  PdStore *self = (PdStore *)object;

  g_clear_pointer (&self->projects_by_number, g_hash_table_unref);
  g_clear_pointer (&self->programmes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->projects_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_pointer (&self->assignments_by_id, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->units_changed, g_hash_table_unref);
  g_clear_pointer (&self->units_by_name, g_hash_table_unref);
  g_clear_object (&self->programmes);
  g_clear_object (&self->units);
  g_clear_object (&self->database);
  g_clear_object (&self->mirror);  /* after the database: it may delete the copy */
  g_free (self->title);
  g_free (self->period_start);
  g_free (self->period_end);

  G_OBJECT_CLASS (pd_store_parent_class)->finalize (object);
}

static void
pd_store_class_init (PdStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_store_finalize;

  /**
   * PdStore::changed:
   *
   * Emitted once after every committed edit, undo or redo, when the models
   * already show the new state. Views that derive figures from the whole
   * plan (checks, unit loads) recompute on it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_store_init (PdStore *self)
{
  self->programmes = g_list_store_new (PD_TYPE_PROGRAMME);
  self->units = g_list_store_new (PD_TYPE_UNIT);
  self->projects_by_number = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->programmes_by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->projects_by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->units_by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->assignments_by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->dirty = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->units_changed = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->units_by_name = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Runs @sql and checks that iteration ended cleanly. */
#define FOREACH_ROW(stmt, rc) while (((rc) = sqlite3_step (stmt)) == SQLITE_ROW)

static gboolean
finish_rows (PdStore       *self,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  pd_database_set_error (self->database, rc, error);
  return FALSE;
}

static gboolean
load_plan (PdStore  *self,
           GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT title, period_start, period_end FROM plan WHERE id = 1",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      self->title = g_strdup (pd_database_column_text (stmt, 0));
      self->period_start = g_strdup (pd_database_column_text (stmt, 1));
      self->period_end = g_strdup (pd_database_column_text (stmt, 2));
    }
  if (!finish_rows (self, stmt, rc, error))
    return FALSE;
  if (self->title == NULL)
    self->title = g_strdup (_("Untitled Plan"));
  return TRUE;
}

static gboolean
load_units (PdStore     *self,
            GError     **error)
{
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT id, name, short_name, kind, collective, valid_from, valid_to "
                                    "FROM unit ORDER BY id",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdUnit *unit = pd_unit_new (sqlite3_column_int64 (stmt, 0),
                                  pd_database_column_text (stmt, 1),
                                  pd_database_column_text (stmt, 3),
                                  sqlite3_column_int (stmt, 4));

      pd_unit_set_short_name (unit, pd_database_column_text (stmt, 2));
      pd_unit_set_validity (unit, pd_database_column_text (stmt, 5), pd_database_column_text (stmt, 6));
      g_hash_table_insert (self->units_by_id, GSIZE_TO_POINTER (pd_unit_get_id (unit)), unit);
      g_hash_table_insert (self->units_by_name, (gpointer)pd_unit_get_name (unit), unit);
      g_ptr_array_add (units, unit);
    }
  if (!finish_rows (self, stmt, rc, error))
    return FALSE;
  g_list_store_splice (self->units, 0, 0, units->pdata, units->len);

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT id, successor_id FROM unit WHERE successor_id IS NOT NULL",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdUnit *unit = g_hash_table_lookup (self->units_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
      PdUnit *successor = g_hash_table_lookup (self->units_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));

      pd_unit_set_successor (unit, successor);
    }
  if (!finish_rows (self, stmt, rc, error))
    return FALSE;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT collective_id, member_id FROM unit_member "
                                    "ORDER BY collective_id, member_id",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdUnit *collective = g_hash_table_lookup (self->units_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 0)));
      PdUnit *member = g_hash_table_lookup (self->units_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));

      g_list_store_append (G_LIST_STORE (pd_unit_get_members (collective)), member);
    }
  return finish_rows (self, stmt, rc, error);
}

static gboolean
load_programmes (PdStore     *self,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT id, position, numeral, title FROM programme ORDER BY position",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      g_autoptr(PdProgramme) programme = pd_programme_new (sqlite3_column_int64 (stmt, 0),
                                                           sqlite3_column_int (stmt, 1),
                                                           pd_database_column_text (stmt, 2),
                                                           pd_database_column_text (stmt, 3));

      g_hash_table_insert (self->programmes_by_id, GSIZE_TO_POINTER (pd_programme_get_id (programme)), programme);
      g_list_store_append (self->programmes, programme);
    }
  return finish_rows (self, stmt, rc, error);
}

static gboolean
load_projects (PdStore     *self,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT id, programme_id, number, title, notes, status, progress, "
                                    "start_on, due_on FROM project ORDER BY number",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdProgramme *programme = g_hash_table_lookup (self->programmes_by_id,
                                                    GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      g_autoptr(PdProject) project = pd_project_new (sqlite3_column_int64 (stmt, 0), programme,
                                                     sqlite3_column_int (stmt, 2),
                                                     pd_database_column_text (stmt, 3));
      PdStatus status = PD_STATUS_PLANNED;

      pd_project_set_notes (project, pd_database_column_text (stmt, 4));
      pd_status_from_string (pd_database_column_text (stmt, 5), &status);
      pd_project_set_status (project, status);
      pd_project_set_progress (project, sqlite3_column_int (stmt, 6));
      pd_project_set_dates (project, pd_database_column_text (stmt, 7), pd_database_column_text (stmt, 8));

      pd_programme_add_project (programme, project);
      g_hash_table_insert (self->projects_by_id, GSIZE_TO_POINTER (pd_project_get_id (project)), project);
      g_hash_table_insert (self->projects_by_number, GINT_TO_POINTER (pd_project_get_number (project)), project);
      self->n_projects++;
    }
  return finish_rows (self, stmt, rc, error);
}

static gboolean
load_assignments (PdStore     *self,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pd_database_prepare (self->database,
                                    "SELECT id, project_id, unit_id, role, scope, position, wording_after "
                                    "FROM assignment ORDER BY project_id, position, id",
                                    error)))
    return FALSE;
  FOREACH_ROW (stmt, rc)
    {
      PdProject *project = g_hash_table_lookup (self->projects_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 1)));
      PdUnit *unit = g_hash_table_lookup (self->units_by_id, GSIZE_TO_POINTER (sqlite3_column_int64 (stmt, 2)));
      g_autoptr(PdAssignment) assignment = NULL;
      PdRole role = PD_ROLE_COOPERATE;

      pd_role_from_string (pd_database_column_text (stmt, 3), &role);
      assignment = pd_assignment_new (sqlite3_column_int64 (stmt, 0), project, unit, role,
                                      pd_database_column_text (stmt, 4),
                                      sqlite3_column_int (stmt, 5));
      pd_assignment_set_wording_after (assignment, pd_database_column_text (stmt, 6));
      pd_project_add_assignment (project, assignment);
      g_hash_table_insert (self->assignments_by_id, GSIZE_TO_POINTER (pd_assignment_get_id (assignment)), assignment);
      self->n_assignments++;
    }
  return finish_rows (self, stmt, rc, error);
}

static gboolean
pd_store_load (PdStore  *self,
               GError  **error)
{
  gboolean ok;

  /* One read transaction: a consistent snapshot even while another process writes. */
  if (!pd_database_exec (self->database, "BEGIN", error))
    return FALSE;
  ok = load_plan (self, error) &&
       load_units (self, error) &&
       load_programmes (self, error) &&
       load_projects (self, error) &&
       load_assignments (self, error);
  pd_database_rollback (self->database);
  return ok;
}

static void
write_back_cb (PdStore  *self,
               gpointer  user_data)
{
  /* A failure is the mirror's state, which the window shows. */
  pd_store_write_back (self, FALSE, NULL);
}

PdStore *
pd_store_open (const char           *path,
               PdDatabaseOpenFlags   flags,
               GError              **error)
{
  g_autoptr(PdStore) self = g_object_new (PD_TYPE_STORE, NULL);
  const char *open_path = path;

  g_return_val_if_fail (path != NULL, NULL);

  /* A plan where SQLite cannot lock (the document portal, a network share)
   * is worked on as a private copy and written back after every command. */
  if (!(flags & PD_DATABASE_OPEN_CREATE) && pd_plan_mirror_path_needs_copy (path))
    {
      self->mirror = pd_plan_mirror_new (path, (flags & PD_DATABASE_OPEN_READ_ONLY) != 0, error);
      if (self->mirror == NULL)
        return NULL;
      open_path = pd_plan_mirror_get_copy_path (self->mirror);
    }

  self->database = pd_database_open (open_path, flags, error);
  if (self->database == NULL || !pd_store_load (self, error))
    return NULL;
  if (self->mirror != NULL && !pd_database_is_read_only (self->database))
    g_signal_connect (self, "changed", G_CALLBACK (write_back_cb), NULL);
  return g_steal_pointer (&self);
}

/* The user's plan file: for a plan worked on as a private copy, not the
 * database's path. */
const char *
pd_store_get_path (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  if (self->mirror != NULL)
    return pd_plan_mirror_get_path (self->mirror);
  return pd_database_get_path (self->database);
}

/* The private copy's bookkeeping, or NULL for a plan opened directly. */
PdPlanMirror *
pd_store_get_mirror (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return self->mirror;
}

/* Writes a plan worked on as a private copy back to the user's file now;
 * does nothing for a plan opened directly. */
gboolean
pd_store_write_back (PdStore   *self,
                     gboolean   overwrite_unsaved,
                     GError   **error)
{
  g_return_val_if_fail (PD_IS_STORE (self), FALSE);

  if (self->mirror == NULL || pd_database_is_read_only (self->database))
    return TRUE;
  return pd_plan_mirror_write_back (self->mirror, pd_database_get_handle (self->database),
                                    overwrite_unsaved, error);
}

PdDatabase *
pd_store_get_database (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return self->database;
}

const char *
pd_store_get_title (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return self->title;
}

const char *
pd_store_get_period_start (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return self->period_start;
}

const char *
pd_store_get_period_end (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return self->period_end;
}

GListModel *
pd_store_get_programmes (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->programmes);
}

GListModel *
pd_store_get_units (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->units);
}

/* Every name a document may use for one of the plan's units: the units'
 * own names and their aliases (unit_alias), each → the unit's name. For an
 * import to match units against (app/import/). */
GHashTable *
pd_store_dup_known_units (PdStore *self)
{
  GHashTable *known;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->units)); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      g_hash_table_insert (known, g_strdup (pd_unit_get_name (unit)), g_strdup (pd_unit_get_name (unit)));
    }
  stmt = pd_database_prepare (self->database,
                              "SELECT a.alias, u.name FROM unit_alias a JOIN unit u ON u.id = a.unit_id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    if (!g_hash_table_contains (known, pd_database_column_text (stmt, 0)))
      g_hash_table_insert (known, g_strdup (pd_database_column_text (stmt, 0)),
                           g_strdup (pd_database_column_text (stmt, 1)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return known;
}

guint
pd_store_get_n_projects (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), 0);
  return self->n_projects;
}

guint
pd_store_get_n_assignments (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), 0);
  return self->n_assignments;
}

PdProject *
pd_store_find_project_by_number (PdStore *self,
                                 int      number)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return g_hash_table_lookup (self->projects_by_number, GINT_TO_POINTER (number));
}

PdUnit *
pd_store_find_unit_by_name (PdStore    *self,
                            const char *name)
{
  g_return_val_if_fail (PD_IS_STORE (self), NULL);
  return g_hash_table_lookup (self->units_by_name, name);
}

void
pd_store_emit_changed (PdStore *self)
{
  g_return_if_fail (PD_IS_STORE (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The change log, newest first: entries after @after_id (0 for all), at
 * most @limit of them (0 for no limit). */
GListModel *
pd_store_load_change_log (PdStore *self,
                          gint64   after_id,
                          guint    limit)
{
  GListStore *entries = g_list_store_new (PD_TYPE_LOG_ENTRY);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  stmt = pd_database_prepare (self->database,
                              "SELECT id, changed_at, user_name, description FROM change_log "
                              "WHERE id > ?1 ORDER BY id DESC LIMIT ?2", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (entries);
  sqlite3_bind_int64 (stmt, 1, after_id);
  sqlite3_bind_int64 (stmt, 2, limit ? (gint64)limit : -1);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PdLogEntry) entry = pd_log_entry_new (sqlite3_column_int64 (stmt, 0),
                                                      pd_database_column_text (stmt, 1),
                                                      pd_database_column_text (stmt, 2),
                                                      pd_database_column_text (stmt, 3));

      g_list_store_append (entries, entry);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (entries);
}

/* A text column of the plan row (title, issuer, document_number,
 * period_start, period_end, …), or NULL. */
char *
pd_store_dup_plan_text (PdStore    *self,
                        const char *column)
{
  g_autoptr(PdRow) row = NULL;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  row = pd_store_read_row (self, PD_TABLE_PLAN, 1, 0, NULL);
  return row ? g_strdup (pd_row_get_text (row, column)) : NULL;
}

/* The plan's sections in order: for each, a GVariant (xsss) of id, kind,
 * title and body. */
GPtrArray *
pd_store_dup_sections (PdStore *self)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify)g_variant_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PD_IS_STORE (self), NULL);

  stmt = pd_database_prepare (self->database,
                              "SELECT id, kind, title, body FROM plan_section ORDER BY position", NULL);
  if (stmt == NULL)
    return sections;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (sections,
                     g_variant_ref_sink (g_variant_new ("(xsss)", (gint64)sqlite3_column_int64 (stmt, 0),
                                                        pd_database_column_text (stmt, 1) ?: "",
                                                        pd_database_column_text (stmt, 2) ?: "",
                                                        pd_database_column_text (stmt, 3) ?: "")));
  sqlite3_reset (stmt);
  return sections;
}
