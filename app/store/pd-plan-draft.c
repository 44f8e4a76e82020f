/* pd-plan-draft.c — a plan to be created, and writing it as a new plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import fills a PdPlanDraft (programmes, projects, units, assignments,
 * aliases and the document's text); pd_plan_draft_write() creates the plan
 * file from it in one transaction. The file is written beside the
 * destination under a temporary name and linked into place only when it is
 * complete, so a failure leaves no partial file and an existing file is
 * never replaced.
 */
#define G_LOG_DOMAIN "pd-plan-draft"

#include "pd-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pd-database.h"
#include "pd-plan-draft.h"

static void
programme_free (gpointer data)
{
  PdDraftProgramme *programme = data;

  g_free (programme->numeral);
  g_free (programme->title);
  g_free (programme);
}

static void
project_free (gpointer data)
{
  PdDraftProject *project = data;

  g_free (project->title);
  g_free (project->notes);
  g_free (project->due_on);
  g_free (project);
}

static void
unit_free (gpointer data)
{
  PdDraftUnit *unit = data;

  g_free (unit->name);
  g_free (unit->kind);
  g_free (unit);
}

static void
assignment_free (gpointer data)
{
  PdDraftAssignment *assignment = data;

  g_free (assignment->scope);
  g_free (assignment);
}

static void
alias_free (gpointer data)
{
  PdDraftAlias *alias = data;

  g_free (alias->alias);
  g_free (alias);
}

PdPlanDraft *
pd_plan_draft_new (void)
{
  PdPlanDraft *self = g_new0 (PdPlanDraft, 1);

  self->programmes = g_ptr_array_new_with_free_func (programme_free);
  self->projects = g_ptr_array_new_with_free_func (project_free);
  self->units = g_ptr_array_new_with_free_func (unit_free);
  self->assignments = g_ptr_array_new_with_free_func (assignment_free);
  self->aliases = g_ptr_array_new_with_free_func (alias_free);
  self->unit_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
pd_plan_draft_free (PdPlanDraft *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->period_start);
  g_free (self->period_end);
  g_free (self->source_text);
  g_free (self->provenance);
  g_ptr_array_unref (self->programmes);
  g_ptr_array_unref (self->projects);
  g_hash_table_unref (self->unit_by_name);
  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->assignments);
  g_ptr_array_unref (self->aliases);
  g_free (self);
}

guint
pd_plan_draft_add_programme (PdPlanDraft *self,
                             const char  *numeral,
                             const char  *title,
                             guint        line)
{
  PdDraftProgramme *programme = g_new0 (PdDraftProgramme, 1);

  programme->numeral = g_strdup (numeral);
  programme->title = g_strdup (title);
  programme->line = line;
  g_ptr_array_add (self->programmes, programme);
  return self->programmes->len - 1;
}

guint
pd_plan_draft_add_project (PdPlanDraft *self,
                           guint        programme,
                           int          number,
                           const char  *title,
                           guint        line)
{
  PdDraftProject *project = g_new0 (PdDraftProject, 1);

  project->programme = programme;
  project->number = number;
  project->title = g_strdup (title);
  project->line = line;
  g_ptr_array_add (self->projects, project);
  return self->projects->len - 1;
}

/* Returns the unit's index, or G_MAXUINT. */
guint
pd_plan_draft_find_unit (PdPlanDraft *self,
                         const char  *name)
{
  gpointer index = g_hash_table_lookup (self->unit_by_name, name);

  return index != NULL ? GPOINTER_TO_UINT (index) - 1 : G_MAXUINT;
}

/* Adds a unit, or returns the one of that name. */
guint
pd_plan_draft_add_unit (PdPlanDraft *self,
                        const char  *name,
                        const char  *kind,
                        gboolean     collective)
{
  guint index = pd_plan_draft_find_unit (self, name);
  PdDraftUnit *unit;

  if (index != G_MAXUINT)
    return index;
  unit = g_new0 (PdDraftUnit, 1);
  unit->name = g_strdup (name);
  unit->kind = g_strdup (kind ? kind : "other");
  unit->collective = collective;
  g_ptr_array_add (self->units, unit);
  g_hash_table_insert (self->unit_by_name, unit->name, GUINT_TO_POINTER (self->units->len));
  return self->units->len - 1;
}

PdDraftAssignment *
pd_plan_draft_add_assignment (PdPlanDraft *self,
                              guint        project,
                              guint        unit,
                              PdRole       role,
                              const char  *scope)
{
  PdDraftAssignment *assignment = g_new0 (PdDraftAssignment, 1);

  assignment->project = project;
  assignment->unit = unit;
  assignment->role = role;
  assignment->scope = scope && *scope ? g_strdup (scope) : NULL;
  assignment->source_start = -1;
  assignment->source_end = -1;
  g_ptr_array_add (self->assignments, assignment);
  return assignment;
}

void
pd_plan_draft_add_alias (PdPlanDraft *self,
                         const char  *alias,
                         guint        unit)
{
  PdDraftAlias *entry;

  for (guint i = 0; i < self->aliases->len; i++)
    {
      entry = g_ptr_array_index (self->aliases, i);
      if (g_str_equal (entry->alias, alias))
        {
          entry->unit = unit;
          return;
        }
    }
  entry = g_new0 (PdDraftAlias, 1);
  entry->alias = g_strdup (alias);
  entry->unit = unit;
  g_ptr_array_add (self->aliases, entry);
}

guint
pd_plan_draft_count_role (PdPlanDraft *self,
                          guint        project,
                          PdRole       role)
{
  guint n = 0;

  for (guint i = 0; i < self->assignments->len; i++)
    {
      PdDraftAssignment *assignment = g_ptr_array_index (self->assignments, i);

      if (assignment->project == project && assignment->role == role)
        n++;
    }
  return n;
}

static gboolean
insert_rows (PdPlanDraft  *self,
             PdDatabase   *db,
             GError      **error)
{
  sqlite3_stmt *stmt;
  int position = 0;
  guint previous_project = G_MAXUINT;

  stmt = pd_database_prepare (db, "INSERT INTO plan (id, title, period_start, period_end, source_text, provenance)"
                                  " VALUES (1, ?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->period_start, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->period_end, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->source_text ? self->source_text : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, self->provenance, -1, SQLITE_STATIC);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;

  for (guint i = 0; i < self->programmes->len; i++)
    {
      PdDraftProgramme *programme = g_ptr_array_index (self->programmes, i);

      stmt = pd_database_prepare (db, "INSERT INTO programme (id, position, numeral, title) VALUES (?1, ?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int)i + 1);
      sqlite3_bind_text (stmt, 2, programme->numeral, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, programme->title, -1, SQLITE_STATIC);
      if (!pd_database_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->units->len; i++)
    {
      PdDraftUnit *unit = g_ptr_array_index (self->units, i);

      stmt = pd_database_prepare (db, "INSERT INTO unit (id, name, kind, collective) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int)i + 1);
      sqlite3_bind_text (stmt, 2, unit->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, unit->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, unit->collective ? 1 : 0);
      if (!pd_database_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->aliases->len; i++)
    {
      PdDraftAlias *alias = g_ptr_array_index (self->aliases, i);

      stmt = pd_database_prepare (db, "INSERT INTO unit_alias (alias, unit_id) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, alias->alias, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 2, (int)alias->unit + 1);
      if (!pd_database_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->projects->len; i++)
    {
      PdDraftProject *project = g_ptr_array_index (self->projects, i);
      const char *due = project->due_on ? project->due_on : self->period_end;
      const char *start = g_strcmp0 (due, self->period_start) < 0 ? due : self->period_start;

      stmt = pd_database_prepare (db, "INSERT INTO project (id, programme_id, number, title, notes, status, progress,"
                                      " start_on, due_on) VALUES (?1, ?2, ?3, ?4, ?5, 'planned', 0, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int)i + 1);
      sqlite3_bind_int (stmt, 2, (int)project->programme + 1);
      sqlite3_bind_int (stmt, 3, project->number);
      sqlite3_bind_text (stmt, 4, project->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, project->notes, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, start, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, due, -1, SQLITE_STATIC);
      if (!pd_database_step_done (db, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < self->assignments->len; i++)
    {
      PdDraftAssignment *assignment = g_ptr_array_index (self->assignments, i);

      if (assignment->project != previous_project)
        position = 0;
      previous_project = assignment->project;
      stmt = pd_database_prepare (db, "INSERT INTO assignment (project_id, unit_id, role, scope, position,"
                                      " source_start, source_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int)assignment->project + 1);
      sqlite3_bind_int (stmt, 2, (int)assignment->unit + 1);
      sqlite3_bind_text (stmt, 3, pd_role_to_string (assignment->role), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, assignment->scope, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, ++position);
      if (assignment->source_start >= 0 && assignment->source_end >= assignment->source_start)
        {
          sqlite3_bind_int64 (stmt, 6, assignment->source_start);
          sqlite3_bind_int64 (stmt, 7, assignment->source_end);
        }
      else
        {
          sqlite3_bind_null (stmt, 6);
          sqlite3_bind_null (stmt, 7);
        }
      if (!pd_database_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
remove_partial (const char *tmp)
{
  g_autofree char *wal = g_strconcat (tmp, "-wal", NULL);
  g_autofree char *shm = g_strconcat (tmp, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (tmp);
}

/* Creates the plan file @path from the draft. Refuses an existing @path;
 * on failure nothing is left behind. */
gboolean
pd_plan_draft_write (PdPlanDraft  *self,
                     const char   *path,
                     GError      **error)
{
  g_autofree char *tmp = NULL;
  g_autoptr(PdDatabase) db = NULL;
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, _("There is already a file called %s"), path);
      return FALSE;
    }

  /* A new file of our own beside the destination, with the usual permissions. */
  do
    {
      g_free (tmp);
      tmp = g_strdup_printf ("%s.partial-%08x", path, g_random_int ());
      fd = g_open (tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    }
  while (fd < 0 && errno == EEXIST);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, _("Cannot write %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  db = pd_database_open (tmp, PD_DATABASE_OPEN_CREATE, error);
  if (db == NULL)
    {
      remove_partial (tmp);
      return FALSE;
    }
  if (!pd_database_begin (db, error))
    {
      pd_database_close (db);
      remove_partial (tmp);
      return FALSE;
    }
  if (!insert_rows (self, db, error) || !pd_database_commit (db, error))
    {
      pd_database_rollback (db);
      pd_database_close (db);
      remove_partial (tmp);
      return FALSE;
    }
  pd_database_close (db);

  /* link() never replaces: a file that appeared meanwhile is kept. */
  if (link (tmp, path) != 0)
    {
      int saved = errno;

      remove_partial (tmp);
      if (saved == EEXIST)
        g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, _("There is already a file called %s"), path);
      else
        g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO, _("Cannot write %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  remove_partial (tmp);
  return TRUE;
}
