/* pd-store-edit.c — row-level writes that keep the models in step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is made of row changes: a row inserted (no old row), deleted
 * (no new row) or updated (both). pd_store_write_row() writes one change to
 * the database and brings the in-memory objects up to date; the list models
 * are put in order once, in pd_store_finish_changes(), each with a single
 * exact items-changed, so a command that renumbers 6,800 projects still
 * tells each list what changed in one signal. Undo is the same write with
 * the rows swapped.
 */
#define G_LOG_DOMAIN "pd-store-edit"

#include "pd-config.h"

#include <string.h>

#include "pd-store-private.h"

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize)(id))

static const struct
{
  const char *name;
  guint       n_keys;  /* leading key columns */
  const char *columns[PD_ROW_MAX_COLUMNS + 1];
} tables[PD_N_TABLES] = {
  [PD_TABLE_PLAN] = { "plan", 1, { "id", "title", "short_title", "issuer", "document_number",
                                   "issued_on", "period_start", "period_end", "notes", NULL } },
  [PD_TABLE_SECTION] = { "plan_section", 1, { "id", "position", "kind", "title", "body", NULL } },
  [PD_TABLE_PROGRAMME] = { "programme", 1, { "id", "position", "numeral", "title", "notes", NULL } },
  [PD_TABLE_PROJECT] = { "project", 1, { "id", "programme_id", "number", "title", "notes", "status",
                                         "progress", "start_on", "due_on", NULL } },
  [PD_TABLE_UNIT] = { "unit", 1, { "id", "name", "short_name", "kind", "collective", "valid_from",
                                   "valid_to", "successor_id", "notes", NULL } },
  [PD_TABLE_MEMBER] = { "unit_member", 2, { "collective_id", "member_id", NULL } },
  [PD_TABLE_ASSIGNMENT] = { "assignment", 1, { "id", "project_id", "unit_id", "role", "scope",
                                               "position", "source_start", "source_end", "wording_after",
                                               NULL } },
  [PD_TABLE_MILESTONE] = { "milestone", 1, { "id", "due_on", "title", "kind", "phase_id", "project_id",
                                             "done_on", NULL } },
  [PD_TABLE_PROGRESS_REPORT] = { "progress_report", 1, { "id", "project_id", "unit_id", "reported_on",
                                                         "status", "progress", "body", NULL } },
  [PD_TABLE_EVALUATION] = { "evaluation", 1, { "id", "year", "unit_id", "score", "grade", "note", NULL } },
  [PD_TABLE_INDICATOR_VALUE] = { "indicator_value", 2, { "indicator_id", "year", "target", "actual", NULL } },
};

static guint
n_columns (PdTable table)
{
  guint n = 0;

  while (tables[table].columns[n] != NULL)
    n++;
  return n;
}

/* Rows */

PdRow *
pd_row_new (PdTable table)
{
  PdRow *row = g_new0 (PdRow, 1);

  row->table = table;
  return row;
}

PdRow *
pd_row_copy (const PdRow *row)
{
  PdRow *copy = g_memdup2 (row, sizeof *row);

  for (guint i = 0; i < PD_ROW_MAX_COLUMNS; i++)
    copy->values[i].text = g_strdup (row->values[i].text);
  return copy;
}

void
pd_row_free (PdRow *row)
{
  if (row == NULL)
    return;
  for (guint i = 0; i < PD_ROW_MAX_COLUMNS; i++)
    g_free (row->values[i].text);
  g_free (row);
}

gboolean
pd_row_equal (const PdRow *a,
              const PdRow *b)
{
  if (a->table != b->table)
    return FALSE;
  for (guint i = 0; i < PD_ROW_MAX_COLUMNS; i++)
    {
      const PdValue *x = &a->values[i], *y = &b->values[i];

      if (x->type != y->type ||
          (x->type == PD_VALUE_INT && x->integer != y->integer) ||
          (x->type == PD_VALUE_REAL && x->real != y->real) ||
          (x->type == PD_VALUE_TEXT && g_strcmp0 (x->text, y->text) != 0))
        return FALSE;
    }
  return TRUE;
}

int
pd_row_column (PdTable     table,
               const char *column)
{
  for (guint i = 0; tables[table].columns[i] != NULL; i++)
    if (g_str_equal (tables[table].columns[i], column))
      return i;
  g_critical ("Table %s has no column %s", tables[table].name, column);
  return -1;
}

static const PdValue *
row_value (const PdRow *row,
           const char  *column)
{
  int i = pd_row_column (row->table, column);

  return i >= 0 ? &row->values[i] : NULL;
}

gint64
pd_row_get_int (const PdRow *row,
                const char  *column)
{
  const PdValue *value = row_value (row, column);

  return value != NULL && value->type == PD_VALUE_INT ? value->integer : 0;
}

const char *
pd_row_get_text (const PdRow *row,
                 const char  *column)
{
  const PdValue *value = row_value (row, column);

  return value != NULL && value->type == PD_VALUE_TEXT ? value->text : NULL;
}

gboolean
pd_row_is_null (const PdRow *row,
                const char  *column)
{
  const PdValue *value = row_value (row, column);

  return value == NULL || value->type == PD_VALUE_NULL;
}

void
pd_row_set_int (PdRow      *row,
                const char *column,
                gint64      value)
{
  int i = pd_row_column (row->table, column);

  g_return_if_fail (i >= 0);
  g_clear_pointer (&row->values[i].text, g_free);
  row->values[i].type = PD_VALUE_INT;
  row->values[i].integer = value;
}

/* NULL @value stores NULL. */
void
pd_row_set_text (PdRow      *row,
                 const char *column,
                 const char *value)
{
  int i = pd_row_column (row->table, column);

  g_return_if_fail (i >= 0);
  g_clear_pointer (&row->values[i].text, g_free);
  row->values[i].type = value ? PD_VALUE_TEXT : PD_VALUE_NULL;
  row->values[i].text = g_strdup (value);
  row->values[i].integer = 0;
}

void
pd_row_set_null (PdRow      *row,
                 const char *column)
{
  pd_row_set_text (row, column, NULL);
}

/* REAL columns (target, actual, score) keep their exact double. */
double
pd_row_get_double (const PdRow *row,
                   const char  *column)
{
  const PdValue *value = row_value (row, column);

  if (value == NULL)
    return 0.0;
  return value->type == PD_VALUE_REAL ? value->real : value->type == PD_VALUE_INT ? (double)value->integer : 0.0;
}

void
pd_row_set_double (PdRow      *row,
                   const char *column,
                   double      value)
{
  int i = pd_row_column (row->table, column);

  g_return_if_fail (i >= 0);
  g_clear_pointer (&row->values[i].text, g_free);
  row->values[i].type = PD_VALUE_REAL;
  row->values[i].real = value;
  row->values[i].integer = 0;
}

/* SQL */

static void
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const PdValue *value)
{
  switch (value->type)
    {
    case PD_VALUE_INT:
      sqlite3_bind_int64 (stmt, index, value->integer);
      break;
    case PD_VALUE_TEXT:
      sqlite3_bind_text (stmt, index, value->text, -1, SQLITE_TRANSIENT);
      break;
    case PD_VALUE_REAL:
      sqlite3_bind_double (stmt, index, value->real);
      break;
    case PD_VALUE_NULL:
    default:
      sqlite3_bind_null (stmt, index);
      break;
    }
}

static char *
key_clause (PdTable table,
            guint   first_parameter)
{
  GString *sql = g_string_new (" WHERE ");

  for (guint k = 0; k < tables[table].n_keys; k++)
    g_string_append_printf (sql, "%s%s = ?%u", k ? " AND " : "", tables[table].columns[k],
                            first_parameter + k);
  return g_string_free (sql, FALSE);
}

PdRow *
pd_store_read_row (PdStore  *self,
                   PdTable   table,
                   gint64    key,
                   gint64    key2,
                   GError  **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autofree char *where = key_clause (table, 1);
  guint n = n_columns (table);
  sqlite3_stmt *stmt;
  PdRow *row = NULL;
  int rc;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", tables[table].columns[i]);
  g_string_append_printf (sql, " FROM %s%s", tables[table].name, where);

  if (!(stmt = pd_database_prepare (self->database, sql->str, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  if (tables[table].n_keys > 1)
    sqlite3_bind_int64 (stmt, 2, key2);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      row = pd_row_new (table);
      for (guint i = 0; i < n; i++)
        {
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              row->values[i].type = PD_VALUE_INT;
              row->values[i].integer = sqlite3_column_int64 (stmt, i);
              break;
            case SQLITE_NULL:
              row->values[i].type = PD_VALUE_NULL;
              break;
            case SQLITE_FLOAT:
              row->values[i].type = PD_VALUE_REAL;
              row->values[i].real = sqlite3_column_double (stmt, i);
              break;
            default:
              row->values[i].type = PD_VALUE_TEXT;
              row->values[i].text = g_strdup (pd_database_column_text (stmt, i));
              break;
            }
        }
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_FAILED,
                 "No row %" G_GINT64_FORMAT " in %s", key, tables[table].name);
  else
    pd_database_set_error (self->database, rc, error);

  sqlite3_reset (stmt);
  return row;
}

/* The first column of the first row @sql returns, binding ?1 and ?2 to
 * @param and @param2 when it has them; 0 when there is no row. */
gint64
pd_store_query_int (PdStore    *self,
                    const char *sql,
                    gint64      param,
                    gint64      param2)
{
  sqlite3_stmt *stmt = pd_database_prepare (self->database, sql, NULL);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, param2);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

gint64
pd_store_next_id (PdStore *self,
                  PdTable  table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(max(id), 0) + 1 FROM %s", tables[table].name);
  sqlite3_stmt *stmt = pd_database_prepare (self->database, sql, NULL);
  gint64 id = 1;

  g_return_val_if_fail (tables[table].n_keys == 1, 0);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

static gboolean
write_sql (PdStore      *self,
           const PdRow  *old_row,
           const PdRow  *new_row,
           GError      **error)
{
  PdTable table = (new_row ? new_row : old_row)->table;
  guint n = n_columns (table);
  guint n_keys = tables[table].n_keys;
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  if (old_row == NULL)
    {
      g_string_printf (sql, "INSERT INTO %s (", tables[table].name);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (sql, "%s%s", i ? ", " : "", tables[table].columns[i]);
      g_string_append (sql, ") VALUES (");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (sql, "%s?%u", i ? ", " : "", i + 1);
      g_string_append (sql, ")");
      if (!(stmt = pd_database_prepare (self->database, sql->str, error)))
        return FALSE;
      for (guint i = 0; i < n; i++)
        bind_value (stmt, i + 1, &new_row->values[i]);
    }
  else if (new_row == NULL)
    {
      g_autofree char *where = key_clause (table, 1);

      g_string_printf (sql, "DELETE FROM %s%s", tables[table].name, where);
      if (!(stmt = pd_database_prepare (self->database, sql->str, error)))
        return FALSE;
      for (guint k = 0; k < n_keys; k++)
        bind_value (stmt, k + 1, &old_row->values[k]);
    }
  else
    {
      g_autofree char *where = key_clause (table, n + 1);

      for (guint k = 0; k < n_keys; k++)
        g_return_val_if_fail (old_row->values[k].integer == new_row->values[k].integer, FALSE);
      g_string_printf (sql, "UPDATE %s SET ", tables[table].name);
      for (guint i = n_keys; i < n; i++)
        g_string_append_printf (sql, "%s%s = ?%u", i > n_keys ? ", " : "", tables[table].columns[i], i + 1);
      g_string_append (sql, where);
      if (!(stmt = pd_database_prepare (self->database, sql->str, error)))
        return FALSE;
      for (guint i = n_keys; i < n; i++)
        bind_value (stmt, i + 1, &new_row->values[i]);
      for (guint k = 0; k < n_keys; k++)
        bind_value (stmt, n + 1 + k, &old_row->values[k]);
    }

  if (!pd_database_step_done (self->database, stmt, error))
    return FALSE;
  if ((old_row != NULL) && sqlite3_changes (pd_database_get_handle (self->database)) != 1)
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_FAILED,
                   "The %s row to change is not in the plan", tables[table].name);
      return FALSE;
    }
  return TRUE;
}

/* Models */

static void
mark_dirty (PdStore    *self,
            GListModel *list,
            gpointer    owner)
{
  g_hash_table_insert (self->dirty, list, owner);
}

static void
mark_units_changed (PdStore   *self,
                    PdProject *project)
{
  if (project != NULL && !g_hash_table_contains (self->units_changed, project))
    g_hash_table_add (self->units_changed, g_object_ref (project));
}

PdProgramme *
pd_store_get_programme_by_id (PdStore *self,
                              gint64   id)
{
  return g_hash_table_lookup (self->programmes_by_id, ID_KEY (id));
}

PdProject *
pd_store_get_project_by_id (PdStore *self,
                            gint64   id)
{
  return g_hash_table_lookup (self->projects_by_id, ID_KEY (id));
}

PdUnit *
pd_store_get_unit_by_id (PdStore *self,
                         gint64   id)
{
  return g_hash_table_lookup (self->units_by_id, ID_KEY (id));
}

PdAssignment *
pd_store_get_assignment_by_id (PdStore *self,
                               gint64   id)
{
  return g_hash_table_lookup (self->assignments_by_id, ID_KEY (id));
}

static PdStatus
row_status (const PdRow *row)
{
  PdStatus status = PD_STATUS_PLANNED;

  pd_status_from_string (pd_row_get_text (row, "status"), &status);
  return status;
}

static PdRole
row_role (const PdRow *row)
{
  PdRole role = PD_ROLE_COOPERATE;

  pd_role_from_string (pd_row_get_text (row, "role"), &role);
  return role;
}

static void
sync_programme (PdStore     *self,
                const PdRow *old_row,
                const PdRow *new_row,
                GObject    **object)
{
  const PdRow *row = new_row ? new_row : old_row;
  gint64 id = pd_row_get_int (row, "id");
  PdProgramme *programme = pd_store_get_programme_by_id (self, id);

  if (old_row == NULL)
    {
      if (*object == NULL)
        *object = G_OBJECT (pd_programme_new (id, 0, NULL, NULL));
      programme = PD_PROGRAMME (*object);
      g_hash_table_insert (self->programmes_by_id, ID_KEY (id), programme);
    }
  else if (new_row == NULL)
    {
      if (*object == NULL)
        *object = g_object_ref (G_OBJECT (programme));
      g_hash_table_remove (self->programmes_by_id, ID_KEY (id));
      mark_dirty (self, G_LIST_MODEL (self->programmes), NULL);
      return;
    }

  pd_programme_set_position (programme, pd_row_get_int (new_row, "position"));
  pd_programme_set_numeral (programme, pd_row_get_text (new_row, "numeral"));
  pd_programme_set_title (programme, pd_row_get_text (new_row, "title"));
  if (old_row == NULL || pd_row_get_int (old_row, "position") != pd_row_get_int (new_row, "position"))
    mark_dirty (self, G_LIST_MODEL (self->programmes), NULL);
}

static void
sync_project (PdStore     *self,
              const PdRow *old_row,
              const PdRow *new_row,
              GObject    **object)
{
  const PdRow *row = new_row ? new_row : old_row;
  gint64 id = pd_row_get_int (row, "id");
  PdProject *project = pd_store_get_project_by_id (self, id);
  PdProgramme *programme;

  if (old_row != NULL)
    {
      int number = pd_row_get_int (old_row, "number");

      if (g_hash_table_lookup (self->projects_by_number, GINT_TO_POINTER (number)) == project)
        g_hash_table_remove (self->projects_by_number, GINT_TO_POINTER (number));
      if (pd_project_get_programme (project) != NULL)
        mark_dirty (self, pd_programme_get_projects (pd_project_get_programme (project)),
                    pd_project_get_programme (project));
    }

  if (new_row == NULL)
    {
      if (*object == NULL)
        *object = g_object_ref (G_OBJECT (project));
      g_hash_table_remove (self->projects_by_id, ID_KEY (id));
      self->n_projects--;
      return;
    }

  programme = pd_store_get_programme_by_id (self, pd_row_get_int (new_row, "programme_id"));
  if (old_row == NULL)
    {
      if (*object == NULL)
        *object = G_OBJECT (pd_project_new (id, programme, 0, NULL));
      project = PD_PROJECT (*object);
      g_hash_table_insert (self->projects_by_id, ID_KEY (id), project);
      self->n_projects++;
    }

  pd_project_set_programme (project, programme);
  pd_project_set_number (project, pd_row_get_int (new_row, "number"));
  pd_project_set_title (project, pd_row_get_text (new_row, "title"));
  pd_project_set_notes (project, pd_row_get_text (new_row, "notes"));
  pd_project_set_status (project, row_status (new_row));
  pd_project_set_progress (project, pd_row_get_int (new_row, "progress"));
  pd_project_set_dates (project, pd_row_get_text (new_row, "start_on"), pd_row_get_text (new_row, "due_on"));
  g_hash_table_insert (self->projects_by_number, GINT_TO_POINTER (pd_project_get_number (project)), project);
  mark_dirty (self, pd_programme_get_projects (programme), programme);
}

static void
sync_unit (PdStore     *self,
           const PdRow *old_row,
           const PdRow *new_row,
           GObject    **object)
{
  const PdRow *row = new_row ? new_row : old_row;
  gint64 id = pd_row_get_int (row, "id");
  PdUnit *unit = pd_store_get_unit_by_id (self, id);

  if (old_row != NULL)
    {
      const char *name = pd_row_get_text (old_row, "name");

      if (g_hash_table_lookup (self->units_by_name, name) == unit)
        g_hash_table_remove (self->units_by_name, name);
    }

  if (new_row == NULL)
    {
      if (*object == NULL)
        *object = g_object_ref (G_OBJECT (unit));
      g_hash_table_remove (self->units_by_id, ID_KEY (id));
      mark_dirty (self, G_LIST_MODEL (self->units), NULL);
      return;
    }

  if (old_row == NULL)
    {
      if (*object == NULL)
        *object = G_OBJECT (pd_unit_new (id, pd_row_get_text (new_row, "name"), pd_row_get_text (new_row, "kind"),
                                         pd_row_get_int (new_row, "collective")));
      unit = PD_UNIT (*object);
      g_hash_table_insert (self->units_by_id, ID_KEY (id), unit);
      mark_dirty (self, G_LIST_MODEL (self->units), NULL);
    }

  pd_unit_set_name (unit, pd_row_get_text (new_row, "name"));
  pd_unit_set_short_name (unit, pd_row_get_text (new_row, "short_name"));
  pd_unit_set_kind (unit, pd_row_get_text (new_row, "kind"));
  pd_unit_set_collective (unit, pd_row_get_int (new_row, "collective"));
  pd_unit_set_validity (unit, pd_row_get_text (new_row, "valid_from"), pd_row_get_text (new_row, "valid_to"));
  pd_unit_set_successor (unit, pd_row_is_null (new_row, "successor_id") ? NULL :
                         pd_store_get_unit_by_id (self, pd_row_get_int (new_row, "successor_id")));
  g_hash_table_insert (self->units_by_name, (gpointer)pd_unit_get_name (unit), unit);

  /* A new name shows in every project that names the unit. */
  if (old_row != NULL && g_strcmp0 (pd_row_get_text (old_row, "name"), pd_row_get_text (new_row, "name")) != 0)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->assignments_by_id);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (pd_assignment_get_unit (value) == unit)
          mark_units_changed (self, pd_assignment_get_project (value));
    }
}

static void
sync_member (PdStore     *self,
             const PdRow *old_row,
             const PdRow *new_row)
{
  const PdRow *row = new_row ? new_row : old_row;
  PdUnit *collective = pd_store_get_unit_by_id (self, pd_row_get_int (row, "collective_id"));

  if (collective != NULL)
    mark_dirty (self, pd_unit_get_members (collective), collective);
}

static void
sync_assignment (PdStore     *self,
                 const PdRow *old_row,
                 const PdRow *new_row,
                 GObject    **object)
{
  const PdRow *row = new_row ? new_row : old_row;
  gint64 id = pd_row_get_int (row, "id");
  PdAssignment *assignment = pd_store_get_assignment_by_id (self, id);
  PdProject *project = pd_store_get_project_by_id (self, pd_row_get_int (row, "project_id"));

  if (project == NULL && assignment != NULL)
    project = pd_assignment_get_project (assignment);

  if (new_row == NULL)
    {
      if (*object == NULL)
        *object = g_object_ref (G_OBJECT (assignment));
      g_hash_table_remove (self->assignments_by_id, ID_KEY (id));
      self->n_assignments--;
    }
  else
    {
      if (old_row == NULL)
        {
          if (*object == NULL)
            *object = G_OBJECT (pd_assignment_new (id, project,
                                                   pd_store_get_unit_by_id (self, pd_row_get_int (new_row, "unit_id")),
                                                   row_role (new_row), NULL, 0));
          assignment = PD_ASSIGNMENT (*object);
          g_hash_table_insert (self->assignments_by_id, ID_KEY (id), assignment);
          self->n_assignments++;
        }
      pd_assignment_set_role (assignment, row_role (new_row));
      pd_assignment_set_scope (assignment, pd_row_get_text (new_row, "scope"));
      pd_assignment_set_position (assignment, pd_row_get_int (new_row, "position"));
      pd_assignment_set_wording_after (assignment, pd_row_get_text (new_row, "wording_after"));
    }

  if (project != NULL)
    {
      mark_dirty (self, pd_project_get_assignments (project), project);
      mark_units_changed (self, project);
    }
}

/* Writes one row change and updates the objects; @object holds the row's
 * object across undo and redo so a row keeps one instance. */
gboolean
pd_store_write_row (PdStore      *self,
                    const PdRow  *old_row,
                    const PdRow  *new_row,
                    GObject     **object,
                    GError      **error)
{
  g_return_val_if_fail (PD_IS_STORE (self), FALSE);
  g_return_val_if_fail (old_row != NULL || new_row != NULL, FALSE);
  g_return_val_if_fail (self->changing > 0, FALSE);

  if (!write_sql (self, old_row, new_row, error))
    return FALSE;
  pd_store_sync_row (self, old_row, new_row, object);
  return TRUE;
}

/* Brings the objects in step with one row change, without touching the
 * database: after a write, or to take back the writes of a rolled-back
 * transaction. */
void
pd_store_sync_row (PdStore      *self,
                   const PdRow  *old_row,
                   const PdRow  *new_row,
                   GObject     **object)
{
  PdTable table;

  g_return_if_fail (PD_IS_STORE (self));
  g_return_if_fail (self->changing > 0);

  table = (new_row ? new_row : old_row)->table;
  self->touched |= 1u << table;
  switch (table)
    {
    case PD_TABLE_PLAN:
      if (new_row == NULL)
        break;
      g_free (self->title);
      self->title = g_strdup (pd_row_get_text (new_row, "title"));
      g_free (self->period_start);
      self->period_start = g_strdup (pd_row_get_text (new_row, "period_start"));
      g_free (self->period_end);
      self->period_end = g_strdup (pd_row_get_text (new_row, "period_end"));
      break;
    case PD_TABLE_SECTION:
    case PD_TABLE_MILESTONE:
    case PD_TABLE_PROGRESS_REPORT:
    case PD_TABLE_EVALUATION:
    case PD_TABLE_INDICATOR_VALUE:
      break;
    case PD_TABLE_PROGRAMME:
      sync_programme (self, old_row, new_row, object);
      break;
    case PD_TABLE_PROJECT:
      sync_project (self, old_row, new_row, object);
      break;
    case PD_TABLE_UNIT:
      sync_unit (self, old_row, new_row, object);
      break;
    case PD_TABLE_MEMBER:
      sync_member (self, old_row, new_row);
      break;
    case PD_TABLE_ASSIGNMENT:
      sync_assignment (self, old_row, new_row, object);
      break;
    case PD_N_TABLES:
    default:
      g_assert_not_reached ();
    }
}

void
pd_store_begin_changes (PdStore *self)
{
  g_return_if_fail (PD_IS_STORE (self));
  if (self->changing++ == 0)
    {
      self->touched = 0;
      self->touched_known = TRUE;
    }
}

/* While PdStore::changed is emitted at the end of a command's changes: the
 * tables they wrote, as bits 1 << PdTable. Any other time every bit is set:
 * what changed is not known. */
guint
pd_store_get_touched_tables (PdStore *self)
{
  g_return_val_if_fail (PD_IS_STORE (self), G_MAXUINT);
  return self->touched_known ? self->touched : G_MAXUINT;
}

/* Ordering of each kind of list. */
static int
compare_programmes (gconstpointer a,
                    gconstpointer b)
{
  return pd_programme_get_position (*(PdProgramme **)a) - pd_programme_get_position (*(PdProgramme **)b);
}

static int
compare_projects (gconstpointer a,
                  gconstpointer b)
{
  return pd_project_get_number (*(PdProject **)a) - pd_project_get_number (*(PdProject **)b);
}

static int
compare_assignments (gconstpointer a,
                     gconstpointer b)
{
  PdAssignment *x = *(PdAssignment **)a, *y = *(PdAssignment **)b;
  int d = pd_assignment_get_position (x) - pd_assignment_get_position (y);

  if (d != 0)
    return d;
  return (pd_assignment_get_id (x) > pd_assignment_get_id (y)) - (pd_assignment_get_id (x) < pd_assignment_get_id (y));
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  gint64 x = pd_unit_get_id (*(PdUnit **)a), y = pd_unit_get_id (*(PdUnit **)b);

  return (x > y) - (x < y);
}

/* Replaces the differing middle of @list with that of @wanted: one
 * items-changed, or none when nothing moved. @wanted holds references: an
 * item that moves within the list is removed before it is added again. */
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

  g_list_store_splice (list, prefix, n_old - prefix - suffix,
                       wanted->pdata + prefix, n_new - prefix - suffix);
}

static GPtrArray *
collect (GHashTable   *registry,
         GCompareFunc  compare)
{
  GPtrArray *items = g_ptr_array_new_full (g_hash_table_size (registry), g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, registry);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (items, g_object_ref (value));
  g_ptr_array_sort (items, compare);
  return items;
}

/* One pass over @registry: for each object whose owner (as @get_owner
 * gives it) is a key of @wanted, appends the object to that key's array. */
static void
gather (GHashTable *registry,
        GHashTable *wanted,
        gpointer  (*get_owner) (gpointer))
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, registry);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *items = g_hash_table_lookup (wanted, get_owner (value));

      if (items != NULL)
        g_ptr_array_add (items, g_object_ref (value));
    }
}

static GPtrArray *
wanted_members (PdStore *self,
                PdUnit  *collective)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = pd_database_prepare (self->database,
                                            "SELECT member_id FROM unit_member WHERE collective_id = ?1 "
                                            "ORDER BY member_id", NULL);

  if (stmt == NULL)
    return items;
  sqlite3_bind_int64 (stmt, 1, pd_unit_get_id (collective));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PdUnit *member = pd_store_get_unit_by_id (self, sqlite3_column_int64 (stmt, 0));

      if (member != NULL)
        g_ptr_array_add (items, g_object_ref (member));
    }
  sqlite3_reset (stmt);
  return items;
}

/* Where a dirty list comes in the order lists are put right. */
static gint64
dirty_rank (PdStore  *self,
            gpointer  list)
{
  gpointer owner = g_hash_table_lookup (self->dirty, list);

  if (list == (gpointer)self->programmes)
    return 0;
  if (list == (gpointer)self->units)
    return 1;
  if (PD_IS_PROGRAMME (owner))
    return G_GINT64_CONSTANT (1) << 32 | (guint32)pd_programme_get_position (owner);
  if (PD_IS_PROJECT (owner))
    return G_GINT64_CONSTANT (2) << 32 | (guint32)pd_project_get_number (owner);
  if (PD_IS_UNIT (owner))
    return G_GINT64_CONSTANT (3) << 32 | (guint32)pd_unit_get_id (owner);
  return G_GINT64_CONSTANT (4) << 32;
}

static int
compare_dirty (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 x = dirty_rank (user_data, *(gpointer *)a);
  gint64 y = dirty_rank (user_data, *(gpointer *)b);

  return (x > y) - (x < y);
}

void
pd_store_finish_changes (PdStore *self)
{
  g_autoptr(GPtrArray) dirty = NULL;
  g_autoptr(GHashTable) projects = NULL;
  g_autoptr(GHashTable) assignments = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (PD_IS_STORE (self));
  g_return_if_fail (self->changing > 0);

  if (--self->changing > 0)
    return;

  /* The wanted contents of every dirty list of projects and of assignments,
   * gathered in one pass over each registry. */
  projects = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  assignments = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (PD_IS_PROGRAMME (value))
      g_hash_table_insert (projects, value, g_ptr_array_new_with_free_func (g_object_unref));
    else if (PD_IS_PROJECT (value))
      g_hash_table_insert (assignments, value, g_ptr_array_new_with_free_func (g_object_unref));
  if (g_hash_table_size (projects) > 0)
    gather (self->projects_by_id, projects, (gpointer (*) (gpointer))pd_project_get_programme);
  if (g_hash_table_size (assignments) > 0)
    gather (self->assignments_by_id, assignments, (gpointer (*) (gpointer))pd_assignment_get_project);

  /* In a fixed order, so views hear of changes the same way every time:
   * programmes, units, then each programme's projects and each project's
   * units in document order, then members. */
  dirty = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (dirty, key);
  g_ptr_array_sort_with_data (dirty, compare_dirty, self);

  for (guint i = 0; i < dirty->len; i++)
    {
      g_autoptr(GPtrArray) wanted = NULL;

      key = g_ptr_array_index (dirty, i);
      value = g_hash_table_lookup (self->dirty, key);
      if (key == (gpointer)self->programmes)
        wanted = collect (self->programmes_by_id, compare_programmes);
      else if (key == (gpointer)self->units)
        wanted = collect (self->units_by_id, compare_units);
      else if (PD_IS_PROGRAMME (value))
        {
          wanted = g_ptr_array_ref (g_hash_table_lookup (projects, value));
          g_ptr_array_sort (wanted, compare_projects);
        }
      else if (PD_IS_PROJECT (value))
        {
          wanted = g_ptr_array_ref (g_hash_table_lookup (assignments, value));
          g_ptr_array_sort (wanted, compare_assignments);
        }
      else if (PD_IS_UNIT (value))
        wanted = wanted_members (self, value);
      else
        g_assert_not_reached ();

      reconcile (G_LIST_STORE (key), wanted);
    }
  g_hash_table_remove_all (self->dirty);

  g_hash_table_iter_init (&iter, self->units_changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      pd_project_emit_units_changed (key);
      g_object_unref (key);
    }

  pd_store_emit_changed (self);
  self->touched_known = FALSE;
}
