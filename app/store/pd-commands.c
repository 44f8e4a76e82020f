/* pd-commands.c — the edits a plan office makes, as undoable commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Commands remember row ids, not objects: they run right after they are
 * made, and redo replays the rows they wrote. Orders are kept continuous:
 * project numbers follow document order (programme by programme), programme
 * positions and numerals run 一, 二, … without gaps, and a project's units
 * are numbered leads first, then cooperating, then responsible units.
 */
#define G_LOG_DOMAIN "pd-commands"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "pd-command-private.h"
#include "pd-util.h"
#include "pd-commands.h"
#include "pd-date.h"

/* A date that is not a YYYY-MM-DD day: the views check what people type
 * (pd_date_read), so this is a caller's mistake, told as they would be. */
static gboolean
refuse_date (GError **error)
{
  g_autofree char *message = pd_date_dup_invalid_message ();

  return pd_command_refuse (error, message);
}

/* Far above any real number, below SQLite's integer limit: a parking place
 * while numbers are shuffled under their UNIQUE constraint. */
#define PARKING_OFFSET G_GINT64_CONSTANT (1000000000)

typedef struct
{
  gint64  a;       /* main row id (project, unit, programme, assignment) */
  gint64  b;       /* second id (programme, unit, …) */
  int     n;       /* a number: status, progress, role, delta */
  char   *text;
  char   *text2;
  char   *text3;
  char   *text4;
  char   *text5;
} Args;

static void
args_free (Args *args)
{
  g_free (args->text);
  g_free (args->text2);
  g_free (args->text3);
  g_free (args->text4);
  g_free (args->text5);
  g_free (args);
}

/* A command that owns its Args. */
#define command_new(perform, args, ...) \
  pd_command_new_printf ((perform), (args), (GDestroyNotify)args_free, __VA_ARGS__)

static Args *
args_new (void)
{
  return g_new0 (Args, 1);
}


/* Labels */

const char *
pd_role_get_label (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return _("Lead");
    case PD_ROLE_COOPERATE:
      return _("Cooperating");
    case PD_ROLE_RESPONSIBLE:
      return _("Responsible");
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pd_status_get_label (PdStatus status)
{
  switch (status)
    {
    case PD_STATUS_PLANNED:
      return _("Planned");
    case PD_STATUS_ACTIVE:
      return _("Active");
    case PD_STATUS_DONE:
      return _("Done");
    case PD_STATUS_SUSPENDED:
      return _("Suspended");
    case PD_N_STATUSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 */
char *
pd_chinese_numeral (guint n)
{
  static const char * const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  static const char * const units[] = { "", "十", "百", "千" };
  GString *out = g_string_new (NULL);
  guint parts[4];
  int top = 0;
  gboolean zero = FALSE;

  if (n == 0 || n > 9999)
    {
      g_string_printf (out, "%u", n);
      return g_string_free (out, FALSE);
    }
  for (int i = 0; i < 4; i++)
    {
      parts[i] = n % 10;
      n /= 10;
      if (parts[i] != 0)
        top = i;
    }
  for (int i = top; i >= 0; i--)
    {
      if (parts[i] == 0)
        {
          zero = TRUE;
          continue;
        }
      if (zero)
        g_string_append (out, digits[0]);
      zero = FALSE;
      /* 十二, not 一十二, when ten leads */
      if (!(i == 1 && top == 1 && parts[i] == 1))
        g_string_append (out, digits[parts[i]]);
      g_string_append (out, units[i]);
    }
  return g_string_free (out, FALSE);
}

/* A name with the characters that make no difference to which unit is meant
 * taken out (各, 等, 的, spaces): 市直政法各部门 and 市直政法部门 compare equal. */
char *
pd_normalize_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x5404 /* 各 */ || c == 0x7B49 /* 等 */ || c == 0x7684 /* 的 */ || g_unichar_isspace (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
pd_date_is_valid (const char *date)
{
  int y, m, d;
  char tail;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  if (sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

/* Rows */

static gboolean
update_text (PdCommand   *command,
             PdStore     *store,
             PdTable      table,
             gint64       id,
             const char  *column,
             const char  *value,
             GError     **error)
{
  PdRow *old_row = pd_store_read_row (store, table, id, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_text (new_row, column, value);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

static gboolean
update_int (PdCommand   *command,
            PdStore     *store,
            PdTable      table,
            gint64       id,
            const char  *column,
            gint64       value,
            GError     **error)
{
  PdRow *old_row = pd_store_read_row (store, table, id, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_int (new_row, column, value);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

/* The ids a query returns, in order; the query takes ?1 = @param. */
static GArray *
query_ids (PdStore    *store,
           const char *sql,
           gint64      param)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store), sql, NULL);

  if (stmt == NULL)
    return ids;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* Gives the rows @ids (in @table, column @column under a UNIQUE constraint
 * or not) the values 1, 2, 3… in that order, moving only what changes and
 * never letting two rows hold one value. */
static gboolean
number_in_order (PdCommand   *command,
                 PdStore     *store,
                 PdTable      table,
                 const char  *column,
                 GArray      *ids,
                 GError     **error)
{
  g_autoptr(GArray) current = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
  gboolean up = FALSE, down = FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PdRow) row = pd_store_read_row (store, table, g_array_index (ids, gint64, i), 0, error);
      gint64 value;

      if (row == NULL)
        return FALSE;
      value = pd_row_get_int (row, column);
      g_array_append_val (current, value);
      if (value < (gint64)i + 1)
        up = TRUE;
      else if (value > (gint64)i + 1)
        down = TRUE;
    }

  if (up && down)
    {
      /* A permutation: park the rows that move, then set them. */
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (current, gint64, i) != (gint64)i + 1 &&
            !update_int (command, store, table, g_array_index (ids, gint64, i), column, PARKING_OFFSET + i + 1, error))
          return FALSE;
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (current, gint64, i) != (gint64)i + 1 &&
            !update_int (command, store, table, g_array_index (ids, gint64, i), column, i + 1, error))
          return FALSE;
    }
  else if (down)
    {
      /* Every value falls: lowest first, into places already left. */
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (current, gint64, i) != (gint64)i + 1 &&
            !update_int (command, store, table, g_array_index (ids, gint64, i), column, i + 1, error))
          return FALSE;
    }
  else if (up)
    {
      for (guint i = ids->len; i > 0; i--)
        if (g_array_index (current, gint64, i - 1) != (gint64)i &&
            !update_int (command, store, table, g_array_index (ids, gint64, i - 1), column, i, error))
          return FALSE;
    }
  return TRUE;
}

/* Project numbers follow document order: programme by programme, and within
 * one by number (a project placed at the end of a programme has the highest
 * number while it waits). */
static gboolean
renumber_projects (PdCommand  *command,
                   PdStore    *store,
                   GError    **error)
{
  g_autoptr(GArray) ids = query_ids (store,
                                     "SELECT p.id FROM project p JOIN programme g ON g.id = p.programme_id "
                                     "ORDER BY g.position, p.number", 0);

  return number_in_order (command, store, PD_TABLE_PROJECT, "number", ids, error);
}

/* Programme positions run 1, 2, 3… and numerals 一, 二, 三… in that order. */
static gboolean
renumber_programmes (PdCommand  *command,
                     PdStore    *store,
                     GError    **error)
{
  g_autoptr(GArray) ids = query_ids (store, "SELECT id FROM programme ORDER BY position", 0);

  if (!number_in_order (command, store, PD_TABLE_PROGRAMME, "position", ids, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *numeral = pd_chinese_numeral (i + 1);

      if (!update_text (command, store, PD_TABLE_PROGRAMME, g_array_index (ids, gint64, i), "numeral", numeral, error))
        return FALSE;
    }
  return TRUE;
}

static int
role_group (const char *role)
{
  return g_strcmp0 (role, "lead") == 0 ? 0 : g_strcmp0 (role, "cooperate") == 0 ? 1 : 2;
}

/* A project's units: leads, then cooperating, then responsible units, each
 * group in its present order; @last (0 for none) goes to the end of its group. */
static gboolean
renumber_assignments (PdCommand  *command,
                      PdStore    *store,
                      gint64      project_id,
                      gint64      last,
                      GError    **error)
{
  sqlite3_stmt *stmt = pd_database_prepare (pd_store_get_database (store),
                                            "SELECT id, role FROM assignment WHERE project_id = ?1 "
                                            "ORDER BY position, id", error);
  g_autoptr(GArray) leads = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) cooperating = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) responsible = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *groups[3] = { leads, cooperating, responsible };
  g_autoptr(GArray) ordered = g_array_new (FALSE, FALSE, sizeof (gint64));
  int last_group = -1;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, project_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int g = role_group (pd_database_column_text (stmt, 1));

      if (id == last)
        last_group = g;
      else
        g_array_append_val (groups[g], id);
    }
  sqlite3_reset (stmt);

  if (last_group >= 0)
    g_array_append_val (groups[last_group], last);
  for (int g = 0; g < 3; g++)
    g_array_append_vals (ordered, groups[g]->data, groups[g]->len);

  return number_in_order (command, store, PD_TABLE_ASSIGNMENT, "position", ordered, error);
}

static int
role_strength (PdRole role)
{
  /* lead > responsible > cooperate */
  return role == PD_ROLE_LEAD ? 3 : role == PD_ROLE_RESPONSIBLE ? 2 : 1;
}

/* Projects */

static gboolean
perform_update_project (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_PROJECT, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  /* text: title, text2: notes, text3/text4: dates; n: status or progress */
  if (g_strcmp0 (args->text5, "title") == 0)
    pd_row_set_text (new_row, "title", args->text);
  else if (g_strcmp0 (args->text5, "notes") == 0)
    pd_row_set_text (new_row, "notes", args->text2);
  else if (g_strcmp0 (args->text5, "status") == 0)
    pd_row_set_text (new_row, "status", pd_status_to_string (args->n));
  else if (g_strcmp0 (args->text5, "progress") == 0)
    pd_row_set_int (new_row, "progress", args->n);
  else if (g_strcmp0 (args->text5, "dates") == 0)
    {
      pd_row_set_text (new_row, "start_on", args->text3);
      pd_row_set_text (new_row, "due_on", args->text4);
    }
  return pd_command_update_row (command, store, old_row, new_row, error);
}

static PdCommand *
project_update (PdProject  *project,
                const char *what,
                Args       *args,
                char       *description)
{
  PdCommand *command;

  args->a = pd_project_get_id (project);
  args->text5 = g_strdup (what);
  command = pd_command_new (description, perform_update_project, args, (GDestroyNotify)args_free);
  g_free (description);
  return command;
}

PdCommand *
pd_command_set_project_title (PdProject   *project,
                              const char  *title,
                              GError     **error)
{
  Args *args;
  g_autofree char *clean = pd_strdup_stripped (title);

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("A project needs a title")), NULL;
  args = args_new ();
  args->text = g_steal_pointer (&clean);
  return project_update (project, "title", args,
                         g_strdup_printf (_("Rename project %d to “%s”"), pd_project_get_number (project), args->text));
}

PdCommand *
pd_command_set_project_notes (PdProject  *project,
                              const char *notes)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  args->text2 = notes && *notes ? g_strdup (notes) : NULL;
  return project_update (project, "notes", args,
                         g_strdup_printf (_("Edit the notes of project %d"), pd_project_get_number (project)));
}

PdCommand *
pd_command_set_project_status (PdProject *project,
                               PdStatus   status)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (status < PD_N_STATUSES, NULL);

  args->n = status;
  return project_update (project, "status", args,
                         g_strdup_printf (_("Set the status of project %d to “%s”"),
                                          pd_project_get_number (project), pd_status_get_label (status)));
}

PdCommand *
pd_command_set_project_progress (PdProject *project,
                                 int        progress)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  args->n = CLAMP (progress, 0, 100);
  return project_update (project, "progress", args,
                         g_strdup_printf (_("Set the progress of project %d to %d%%"),
                                          pd_project_get_number (project), args->n));
}

/* A project date as the history shows it: the day, or "no date". */
static char *
dup_date_or_none (const char *iso_date)
{
  if (iso_date == NULL || *iso_date == '\0')
    /* Translators: a project date left out, as in "start date: no date → 2013-03-31" */
    return g_strdup (_("no date"));
  return pd_date_format (iso_date);
}

/* "Change the due date of project 7: 2022-12-31 → 2023-06-30", or both
 * dates when both change. */
static char *
describe_dates (PdProject  *project,
                const char *start_on,
                const char *due_on)
{
  const char *old_start = pd_project_get_start_on (project);
  const char *old_due = pd_project_get_due_on (project);
  gboolean start_changes = g_strcmp0 (old_start && *old_start ? old_start : NULL, start_on) != 0;
  gboolean due_changes = g_strcmp0 (old_due && *old_due ? old_due : NULL, due_on) != 0;
  g_autofree char *start_from = dup_date_or_none (old_start);
  g_autofree char *start_to = dup_date_or_none (start_on);
  g_autofree char *due_from = dup_date_or_none (old_due);
  g_autofree char *due_to = dup_date_or_none (due_on);
  int number = pd_project_get_number (project);

  if (start_changes && due_changes)
    /* Translators: the history of changes; the dates are old → new */
    return g_strdup_printf (_("Change the dates of project %d: start %s → %s, due %s → %s"),
                            number, start_from, start_to, due_from, due_to);
  if (start_changes)
    /* Translators: the history of changes; the dates are old → new */
    return g_strdup_printf (_("Change the start date of project %d: %s → %s"), number, start_from, start_to);
  if (due_changes)
    /* Translators: the history of changes; the dates are old → new */
    return g_strdup_printf (_("Change the due date of project %d: %s → %s"), number, due_from, due_to);
  return g_strdup_printf (_("Change the dates of project %d"), number);
}

PdCommand *
pd_command_set_project_dates (PdProject   *project,
                              const char  *start_on,
                              const char  *due_on,
                              GError     **error)
{
  Args *args;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  if (start_on && *start_on == '\0')
    start_on = NULL;
  if (due_on && *due_on == '\0')
    due_on = NULL;
  if ((start_on && !pd_date_is_valid (start_on)) || (due_on && !pd_date_is_valid (due_on)))
    return refuse_date (error), NULL;
  if (start_on && due_on && strcmp (due_on, start_on) < 0)
    return pd_command_refuse (error, _("The due date is before the start date")), NULL;

  args = args_new ();
  args->text3 = g_strdup (start_on);
  args->text4 = g_strdup (due_on);
  return project_update (project, "dates", args, describe_dates (project, start_on, due_on));
}

static gboolean
perform_move_project (PdCommand  *command,
                      PdStore    *store,
                      gpointer    data,
                      GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_PROJECT, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  /* To the end of the programme: the highest number until renumbering. */
  new_row = pd_row_copy (old_row);
  pd_row_set_int (new_row, "programme_id", args->b);
  pd_row_set_int (new_row, "number", pd_store_query_int (store, "SELECT max(number) FROM project", 0, 0) + 1);
  return pd_command_update_row (command, store, old_row, new_row, error) &&
         renumber_projects (command, store, error);
}

PdCommand *
pd_command_move_project (PdProject   *project,
                         PdProgramme *programme)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  args->a = pd_project_get_id (project);
  args->b = pd_programme_get_id (programme);
  return command_new (perform_move_project, args, _("Move project %d to programme %s"),
                      pd_project_get_number (project), pd_programme_get_numeral (programme));
}

static gboolean
perform_add_project (PdCommand  *command,
                     PdStore    *store,
                     gpointer    data,
                     GError    **error)
{
  Args *args = data;
  PdRow *row = pd_row_new (PD_TABLE_PROJECT);
  g_autoptr(PdRow) plan = pd_store_read_row (store, PD_TABLE_PLAN, 1, 0, NULL);

  pd_row_set_int (row, "id", pd_store_next_id (store, PD_TABLE_PROJECT));
  pd_row_set_int (row, "programme_id", args->b);
  pd_row_set_int (row, "number", pd_store_query_int (store, "SELECT max(number) FROM project", 0, 0) + 1);
  pd_row_set_text (row, "title", args->text);
  pd_row_set_null (row, "notes");
  pd_row_set_text (row, "status", "planned");
  pd_row_set_int (row, "progress", 0);
  /* A new project runs for the plan period until told otherwise. */
  pd_row_set_text (row, "start_on", plan ? pd_row_get_text (plan, "period_start") : NULL);
  pd_row_set_text (row, "due_on", plan ? pd_row_get_text (plan, "period_end") : NULL);
  return pd_command_insert_row (command, store, row, error) &&
         renumber_projects (command, store, error);
}

PdCommand *
pd_command_add_project (PdProgramme  *programme,
                        const char   *title,
                        GError      **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  Args *args;

  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("A project needs a title")), NULL;
  args = args_new ();
  args->b = pd_programme_get_id (programme);
  args->text = g_steal_pointer (&clean);
  return command_new (perform_add_project, args, _("Add project “%s” to programme %s"),
                      args->text, pd_programme_get_numeral (programme));
}

static gboolean
delete_rows (PdCommand   *command,
             PdStore     *store,
             PdTable      table,
             const char  *sql,
             gint64       param,
             GError     **error)
{
  g_autoptr(GArray) ids = query_ids (store, sql, param);

  for (guint i = 0; i < ids->len; i++)
    if (!pd_command_delete_row (command, store, table, g_array_index (ids, gint64, i), 0, error))
      return FALSE;
  return TRUE;
}

/* A project and what hangs from it, without renumbering. */
static gboolean
delete_project_rows (PdCommand  *command,
                     PdStore    *store,
                     gint64      project_id,
                     GError    **error)
{
  return delete_rows (command, store, PD_TABLE_ASSIGNMENT,
                      "SELECT id FROM assignment WHERE project_id = ?1 ORDER BY position DESC, id DESC",
                      project_id, error) &&
         delete_rows (command, store, PD_TABLE_MILESTONE,
                      "SELECT id FROM milestone WHERE project_id = ?1", project_id, error) &&
         delete_rows (command, store, PD_TABLE_PROGRESS_REPORT,
                      "SELECT id FROM progress_report WHERE project_id = ?1", project_id, error) &&
         pd_command_delete_row (command, store, PD_TABLE_PROJECT, project_id, 0, error);
}

static gboolean
perform_delete_project (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;

  return delete_project_rows (command, store, args->a, error) &&
         renumber_projects (command, store, error);
}

PdCommand *
pd_command_delete_project (PdProject *project)
{
  Args *args = args_new ();
  PdCommand *command;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  args->a = pd_project_get_id (project);
  command = command_new (perform_delete_project, args, _("Delete project %d “%s”"),
                         pd_project_get_number (project), pd_project_get_title (project));
  pd_command_set_destructive (command, TRUE);
  return command;
}

/* Assignments */

static const char *
describe_role_added (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      /* Translators: %s is a unit, %d a project number */
      return _("Add %s as lead unit of project %d");
    case PD_ROLE_COOPERATE:
      return _("Add %s as cooperating unit of project %d");
    case PD_ROLE_RESPONSIBLE:
    case PD_N_ROLES:
    default:
      return _("Add %s as responsible unit of project %d");
    }
}

static gboolean
insert_assignment (PdCommand   *command,
                   PdStore     *store,
                   gint64       project_id,
                   gint64       unit_id,
                   PdRole       role,
                   const char  *scope,
                   GError     **error)
{
  PdRow *row = pd_row_new (PD_TABLE_ASSIGNMENT);
  gint64 id = pd_store_next_id (store, PD_TABLE_ASSIGNMENT);

  if (pd_store_query_int (store, "SELECT count(*) FROM assignment WHERE project_id = ?1 AND unit_id = ?2",
                          project_id, unit_id) > 0)
    {
      pd_row_free (row);
      return pd_command_refuse (error, _("The unit is already on this project"));
    }
  pd_row_set_int (row, "id", id);
  pd_row_set_int (row, "project_id", project_id);
  pd_row_set_int (row, "unit_id", unit_id);
  pd_row_set_text (row, "role", pd_role_to_string (role));
  pd_row_set_text (row, "scope", scope && *scope ? scope : NULL);
  pd_row_set_int (row, "position",
                  pd_store_query_int (store, "SELECT coalesce(max(position), 0) + 1 FROM assignment WHERE project_id = ?1",
                                      project_id, 0));
  pd_row_set_null (row, "source_start");
  pd_row_set_null (row, "source_end");
  return pd_command_insert_row (command, store, row, error) &&
         renumber_assignments (command, store, project_id, id, error);
}

static gboolean
perform_add_assignment (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;

  return insert_assignment (command, store, args->a, args->b, args->n, args->text, error);
}

PdCommand *
pd_command_add_assignment (PdProject   *project,
                           PdUnit      *unit,
                           PdRole       role,
                           const char  *scope,
                           GError     **error)
{
  GListModel *assignments;
  Args *args;

  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  assignments = pd_project_get_assignments (project);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_unit (assignment) == unit)
        return pd_command_refuse (error, _("The unit is already on this project")), NULL;
    }

  args = args_new ();
  args->a = pd_project_get_id (project);
  args->b = pd_unit_get_id (unit);
  args->n = role;
  args->text = scope && *scope ? g_strstrip (g_strdup (scope)) : NULL;
  return command_new (perform_add_assignment, args, describe_role_added (role),
                      pd_unit_get_name (unit), pd_project_get_number (project));
}

static gboolean
check_unit_name (PdStore     *store,
                 const char  *name,
                 PdUnit      *except,
                 GError     **error)
{
  PdUnit *existing;

  if (name == NULL || *name == '\0')
    return pd_command_refuse (error, _("A unit needs a name"));
  existing = pd_store_find_unit_by_name (store, name);
  if (existing != NULL && existing != except)
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_CONSTRAINT,
                   _("There is already a unit called “%s”"), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_unit (PdCommand   *command,
             PdStore     *store,
             gint64       id,
             const char  *name,
             const char  *kind,
             GError     **error)
{
  PdRow *row = pd_row_new (PD_TABLE_UNIT);

  pd_row_set_int (row, "id", id);
  pd_row_set_text (row, "name", name);
  pd_row_set_null (row, "short_name");
  pd_row_set_text (row, "kind", kind ? kind : "other");
  pd_row_set_int (row, "collective", 0);
  pd_row_set_null (row, "valid_from");
  pd_row_set_null (row, "valid_to");
  pd_row_set_null (row, "successor_id");
  pd_row_set_null (row, "notes");
  return pd_command_insert_row (command, store, row, error);
}

static gboolean
perform_create_unit_and_assign (PdCommand  *command,
                                PdStore    *store,
                                gpointer    data,
                                GError    **error)
{
  Args *args = data;
  gint64 unit_id = pd_store_next_id (store, PD_TABLE_UNIT);

  return insert_unit (command, store, unit_id, args->text, "other", error) &&
         insert_assignment (command, store, args->a, unit_id, args->n, NULL, error);
}

PdCommand *
pd_command_create_unit_and_assign (PdStore     *store,
                                   PdProject   *project,
                                   const char  *name,
                                   PdRole       role,
                                   GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (name);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  if (!check_unit_name (store, clean, NULL, error))
    return NULL;
  args = args_new ();
  args->a = pd_project_get_id (project);
  args->n = role;
  args->text = g_steal_pointer (&clean);
  return command_new (perform_create_unit_and_assign, args, describe_role_added (role),
                      args->text, pd_project_get_number (project));
}

static gboolean
perform_remove_assignment (PdCommand  *command,
                           PdStore    *store,
                           gpointer    data,
                           GError    **error)
{
  Args *args = data;

  return pd_command_delete_row (command, store, PD_TABLE_ASSIGNMENT, args->a, 0, error) &&
         renumber_assignments (command, store, args->b, 0, error);
}

PdCommand *
pd_command_remove_assignment (PdAssignment *assignment)
{
  PdProject *project;
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_ASSIGNMENT (assignment), NULL);

  project = pd_assignment_get_project (assignment);
  args->a = pd_assignment_get_id (assignment);
  args->b = pd_project_get_id (project);
  return command_new (perform_remove_assignment, args, _("Remove %s from project %d"),
                      pd_unit_get_name (pd_assignment_get_unit (assignment)), pd_project_get_number (project));
}

static gboolean
perform_set_assignment_role (PdCommand  *command,
                             PdStore    *store,
                             gpointer    data,
                             GError    **error)
{
  Args *args = data;

  return update_text (command, store, PD_TABLE_ASSIGNMENT, args->a, "role", pd_role_to_string (args->n), error) &&
         renumber_assignments (command, store, args->b, args->a, error);
}

PdCommand *
pd_command_set_assignment_role (PdAssignment *assignment,
                                PdRole        role)
{
  PdProject *project;
  const char *unit;
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_ASSIGNMENT (assignment), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  project = pd_assignment_get_project (assignment);
  unit = pd_unit_get_name (pd_assignment_get_unit (assignment));
  args->a = pd_assignment_get_id (assignment);
  args->b = pd_project_get_id (project);
  args->n = role;
  switch (role)
    {
    case PD_ROLE_LEAD:
      return command_new (perform_set_assignment_role, args, _("Make %s a lead unit of project %d"),
                          unit, pd_project_get_number (project));
    case PD_ROLE_COOPERATE:
      return command_new (perform_set_assignment_role, args, _("Make %s a cooperating unit of project %d"),
                          unit, pd_project_get_number (project));
    case PD_ROLE_RESPONSIBLE:
    case PD_N_ROLES:
    default:
      return command_new (perform_set_assignment_role, args, _("Make %s a responsible unit of project %d"),
                          unit, pd_project_get_number (project));
    }
}

static gboolean
perform_move_assignment (PdCommand  *command,
                         PdStore    *store,
                         gpointer    data,
                         GError    **error)
{
  Args *args = data;
  g_autoptr(GArray) ids = query_ids (store,
                                     "SELECT id FROM assignment WHERE project_id = ?1 ORDER BY "
                                     "CASE role WHEN 'lead' THEN 0 WHEN 'cooperate' THEN 1 ELSE 2 END, "
                                     "position, id", args->b);
  g_autoptr(PdRow) self_row = pd_store_read_row (store, PD_TABLE_ASSIGNMENT, args->a, 0, error);
  guint index = 0;
  int target;

  if (self_row == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == args->a)
      index = i;
  target = (int)index + args->n;
  if (target >= 0 && target < (int)ids->len)
    {
      g_autoptr(PdRow) other = pd_store_read_row (store, PD_TABLE_ASSIGNMENT, g_array_index (ids, gint64, target), 0, error);

      if (other == NULL)
        return FALSE;
      /* Only within the unit's own role. */
      if (g_strcmp0 (pd_row_get_text (other, "role"), pd_row_get_text (self_row, "role")) == 0)
        {
          gint64 swap = g_array_index (ids, gint64, target);

          g_array_index (ids, gint64, target) = args->a;
          g_array_index (ids, gint64, index) = swap;
        }
    }
  return number_in_order (command, store, PD_TABLE_ASSIGNMENT, "position", ids, error);
}

PdCommand *
pd_command_move_assignment (PdAssignment *assignment,
                            int           delta)
{
  PdProject *project;
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_ASSIGNMENT (assignment), NULL);

  project = pd_assignment_get_project (assignment);
  args->a = pd_assignment_get_id (assignment);
  args->b = pd_project_get_id (project);
  args->n = delta < 0 ? -1 : 1;
  return command_new (perform_move_assignment, args,
                      delta < 0 ? _("Move %s up in project %d") : _("Move %s down in project %d"),
                      pd_unit_get_name (pd_assignment_get_unit (assignment)), pd_project_get_number (project));
}

static gboolean
perform_set_assignment_scope (PdCommand  *command,
                              PdStore    *store,
                              gpointer    data,
                              GError    **error)
{
  Args *args = data;

  return update_text (command, store, PD_TABLE_ASSIGNMENT, args->a, "scope", args->text, error);
}

PdCommand *
pd_command_set_assignment_scope (PdAssignment *assignment,
                                 const char   *scope)
{
  g_autofree char *clean = pd_strdup_stripped (scope);
  PdProject *project;
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_ASSIGNMENT (assignment), NULL);

  project = pd_assignment_get_project (assignment);
  args->a = pd_assignment_get_id (assignment);
  args->text = *clean ? g_steal_pointer (&clean) : NULL;
  if (args->text == NULL)
    return command_new (perform_set_assignment_scope, args, _("Clear the scope of %s on project %d"),
                        pd_unit_get_name (pd_assignment_get_unit (assignment)), pd_project_get_number (project));
  return command_new (perform_set_assignment_scope, args, _("Set the scope of %s on project %d to “%s”"),
                      pd_unit_get_name (pd_assignment_get_unit (assignment)), pd_project_get_number (project),
                      args->text);
}

/* Units */

static gboolean
perform_add_unit (PdCommand  *command,
                  PdStore    *store,
                  gpointer    data,
                  GError    **error)
{
  Args *args = data;

  return insert_unit (command, store, pd_store_next_id (store, PD_TABLE_UNIT), args->text, args->text2, error);
}

PdCommand *
pd_command_add_unit (PdStore     *store,
                     const char  *name,
                     const char  *kind,
                     GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (name);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  if (!check_unit_name (store, clean, NULL, error))
    return NULL;
  args = args_new ();
  args->text = g_steal_pointer (&clean);
  args->text2 = g_strdup (kind ? kind : "other");
  return command_new (perform_add_unit, args, _("Add unit “%s”"), args->text);
}

static gboolean
perform_update_unit_text (PdCommand  *command,
                          PdStore    *store,
                          gpointer    data,
                          GError    **error)
{
  Args *args = data;

  return update_text (command, store, PD_TABLE_UNIT, args->a, args->text2, args->text, error);
}

PdCommand *
pd_command_rename_unit (PdStore     *store,
                        PdUnit      *unit,
                        const char  *name,
                        GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (name);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  if (!check_unit_name (store, clean, unit, error))
    return NULL;
  args = args_new ();
  args->a = pd_unit_get_id (unit);
  args->text = g_steal_pointer (&clean);
  args->text2 = g_strdup ("name");
  return command_new (perform_update_unit_text, args, _("Rename unit “%s” to “%s”"),
                      pd_unit_get_name (unit), args->text);
}

PdCommand *
pd_command_set_unit_kind (PdUnit      *unit,
                          const char  *kind,
                          GError     **error)
{
  static const char * const kinds[] = { "party", "government", "judicial", "people", "district",
                                        "collective", "external", "other", NULL };
  Args *args;

  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  if (!g_strv_contains (kinds, kind ? kind : ""))
    return pd_command_refuse (error, _("Unknown kind of unit")), NULL;
  args = args_new ();
  args->a = pd_unit_get_id (unit);
  args->text = g_strdup (kind);
  args->text2 = g_strdup ("kind");
  return command_new (perform_update_unit_text, args, _("Change the kind of %s"), pd_unit_get_name (unit));
}

static gboolean
perform_add_member (PdCommand  *command,
                    PdStore    *store,
                    gpointer    data,
                    GError    **error)
{
  Args *args = data;
  PdRow *row = pd_row_new (PD_TABLE_MEMBER);

  pd_row_set_int (row, "collective_id", args->a);
  pd_row_set_int (row, "member_id", args->b);
  /* A unit with members is a collective unit. */
  return update_int (command, store, PD_TABLE_UNIT, args->a, "collective", 1, error) &&
         pd_command_insert_row (command, store, row, error);
}

PdCommand *
pd_command_add_unit_member (PdUnit  *collective,
                            PdUnit  *member,
                            GError **error)
{
  GListModel *members;
  Args *args;

  g_return_val_if_fail (PD_IS_UNIT (collective), NULL);
  g_return_val_if_fail (PD_IS_UNIT (member), NULL);

  if (collective == member)
    return pd_command_refuse (error, _("A unit cannot be its own member")), NULL;
  members = pd_unit_get_members (collective);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PdUnit) existing = g_list_model_get_item (members, i);

      if (existing == member)
        return pd_command_refuse (error, _("The unit is already a member")), NULL;
    }
  args = args_new ();
  args->a = pd_unit_get_id (collective);
  args->b = pd_unit_get_id (member);
  return command_new (perform_add_member, args, _("Add %s to %s"),
                      pd_unit_get_name (member), pd_unit_get_name (collective));
}

static gboolean
perform_remove_member (PdCommand  *command,
                       PdStore    *store,
                       gpointer    data,
                       GError    **error)
{
  Args *args = data;

  return pd_command_delete_row (command, store, PD_TABLE_MEMBER, args->a, args->b, error);
}

PdCommand *
pd_command_remove_unit_member (PdUnit *collective,
                               PdUnit *member)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_UNIT (collective), NULL);
  g_return_val_if_fail (PD_IS_UNIT (member), NULL);

  args->a = pd_unit_get_id (collective);
  args->b = pd_unit_get_id (member);
  return command_new (perform_remove_member, args, _("Remove %s from %s"),
                      pd_unit_get_name (member), pd_unit_get_name (collective));
}

/* Everything that names @unit_id, except its assignments: memberships both
 * ways, successors, progress reports and evaluations. With @into_id, they
 * name that unit instead; without, they go. */
/* Removes @collective_id's membership of @member_id and, unless one of the
 * new pair is 0 (no unit), they are the same unit or the membership exists
 * already, records @new_collective_id's of @new_member_id instead: a
 * unit's memberships as it is merged into another or deleted. */
static gboolean
move_membership (PdCommand  *command,
                 PdStore    *store,
                 gint64      collective_id,
                 gint64      member_id,
                 gint64      new_collective_id,
                 gint64      new_member_id,
                 GError    **error)
{
  PdRow *row;

  if (!pd_command_delete_row (command, store, PD_TABLE_MEMBER, collective_id, member_id, error))
    return FALSE;
  if (new_collective_id == 0 || new_member_id == 0 || new_collective_id == new_member_id ||
      pd_store_query_int (store, "SELECT count(*) FROM unit_member WHERE collective_id = ?1 AND member_id = ?2",
                          new_collective_id, new_member_id) > 0)
    return TRUE;
  row = pd_row_new (PD_TABLE_MEMBER);
  pd_row_set_int (row, "collective_id", new_collective_id);
  pd_row_set_int (row, "member_id", new_member_id);
  return pd_command_insert_row (command, store, row, error);
}

static gboolean
hand_over_references (PdCommand  *command,
                      PdStore    *store,
                      gint64      unit_id,
                      gint64      into_id,
                      GError    **error)
{
  g_autoptr(GArray) collectives = query_ids (store, "SELECT collective_id FROM unit_member WHERE member_id = ?1 ORDER BY 1", unit_id);
  g_autoptr(GArray) members = query_ids (store, "SELECT member_id FROM unit_member WHERE collective_id = ?1 ORDER BY 1", unit_id);
  g_autoptr(GArray) predecessors = query_ids (store, "SELECT id FROM unit WHERE successor_id = ?1 ORDER BY 1", unit_id);
  g_autoptr(GArray) reports = query_ids (store, "SELECT id FROM progress_report WHERE unit_id = ?1 ORDER BY 1", unit_id);
  g_autoptr(GArray) evaluations = query_ids (store, "SELECT id FROM evaluation WHERE unit_id = ?1 ORDER BY 1", unit_id);

  for (guint i = 0; i < collectives->len; i++)
    {
      gint64 c = g_array_index (collectives, gint64, i);

      if (!move_membership (command, store, c, unit_id, c, into_id, error))
        return FALSE;
    }
  for (guint i = 0; i < members->len; i++)
    {
      gint64 m = g_array_index (members, gint64, i);

      if (!move_membership (command, store, unit_id, m, into_id, m, error))
        return FALSE;
    }
  for (guint i = 0; i < predecessors->len; i++)
    {
      gint64 p = g_array_index (predecessors, gint64, i);
      PdRow *old_row = pd_store_read_row (store, PD_TABLE_UNIT, p, 0, error);
      PdRow *new_row;

      if (old_row == NULL)
        return FALSE;
      new_row = pd_row_copy (old_row);
      if (into_id != 0 && p != into_id)
        pd_row_set_int (new_row, "successor_id", into_id);
      else
        pd_row_set_null (new_row, "successor_id");
      if (!pd_command_update_row (command, store, old_row, new_row, error))
        return FALSE;
    }
  for (guint i = 0; i < reports->len; i++)
    {
      gint64 r = g_array_index (reports, gint64, i);
      PdRow *old_row = pd_store_read_row (store, PD_TABLE_PROGRESS_REPORT, r, 0, error);
      PdRow *new_row;

      if (old_row == NULL)
        return FALSE;
      new_row = pd_row_copy (old_row);
      if (into_id != 0)
        pd_row_set_int (new_row, "unit_id", into_id);
      else
        pd_row_set_null (new_row, "unit_id");
      if (!pd_command_update_row (command, store, old_row, new_row, error))
        return FALSE;
    }
  for (guint i = 0; i < evaluations->len; i++)
    {
      gint64 e = g_array_index (evaluations, gint64, i);
      g_autoptr(PdRow) row = pd_store_read_row (store, PD_TABLE_EVALUATION, e, 0, error);

      if (row == NULL)
        return FALSE;
      if (into_id != 0 &&
          pd_store_query_int (store, "SELECT count(*) FROM evaluation WHERE unit_id = ?1 AND year = ?2",
                              into_id, pd_row_get_int (row, "year")) == 0)
        {
          if (!update_int (command, store, PD_TABLE_EVALUATION, e, "unit_id", into_id, error))
            return FALSE;
        }
      else if (!pd_command_delete_row (command, store, PD_TABLE_EVALUATION, e, 0, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
perform_delete_unit (PdCommand  *command,
                     PdStore    *store,
                     gpointer    data,
                     GError    **error)
{
  Args *args = data;
  g_autoptr(GArray) assignments = query_ids (store, "SELECT id FROM assignment WHERE unit_id = ?1 ORDER BY id", args->a);

  for (guint i = 0; i < assignments->len; i++)
    {
      gint64 id = g_array_index (assignments, gint64, i);
      gint64 project_id = pd_store_query_int (store, "SELECT project_id FROM assignment WHERE id = ?1", id, 0);

      if (!pd_command_delete_row (command, store, PD_TABLE_ASSIGNMENT, id, 0, error) ||
          !renumber_assignments (command, store, project_id, 0, error))
        return FALSE;
    }
  return hand_over_references (command, store, args->a, 0, error) &&
         pd_command_delete_row (command, store, PD_TABLE_UNIT, args->a, 0, error);
}

PdCommand *
pd_command_delete_unit (PdUnit *unit)
{
  Args *args = args_new ();
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT (unit), NULL);

  args->a = pd_unit_get_id (unit);
  command = command_new (perform_delete_unit, args, _("Delete unit “%s”"), pd_unit_get_name (unit));
  pd_command_set_destructive (command, TRUE);
  return command;
}

static gboolean
perform_merge_units (PdCommand  *command,
                     PdStore    *store,
                     gpointer    data,
                     GError    **error)
{
  Args *args = data;
  gint64 from = args->a, into = args->b;
  g_autoptr(GArray) assignments = query_ids (store, "SELECT id FROM assignment WHERE unit_id = ?1 ORDER BY id", from);

  for (guint i = 0; i < assignments->len; i++)
    {
      g_autoptr(PdRow) mine = pd_store_read_row (store, PD_TABLE_ASSIGNMENT, g_array_index (assignments, gint64, i), 0, error);
      gint64 project_id, theirs_id;
      PdRole my_role = PD_ROLE_COOPERATE;

      if (mine == NULL)
        return FALSE;
      project_id = pd_row_get_int (mine, "project_id");
      pd_role_from_string (pd_row_get_text (mine, "role"), &my_role);
      theirs_id = pd_store_query_int (store, "SELECT id FROM assignment WHERE project_id = ?1 AND unit_id = ?2", project_id, into);

      if (!pd_command_delete_row (command, store, PD_TABLE_ASSIGNMENT, pd_row_get_int (mine, "id"), 0, error))
        return FALSE;

      if (theirs_id != 0)
        {
          /* Both were on the project: the stronger role stays. */
          PdRow *old_row = pd_store_read_row (store, PD_TABLE_ASSIGNMENT, theirs_id, 0, error);
          PdRow *new_row;
          PdRole their_role = PD_ROLE_COOPERATE;

          if (old_row == NULL)
            return FALSE;
          pd_role_from_string (pd_row_get_text (old_row, "role"), &their_role);
          new_row = pd_row_copy (old_row);
          if (role_strength (my_role) > role_strength (their_role))
            {
              pd_row_set_text (new_row, "role", pd_role_to_string (my_role));
              pd_row_set_int (new_row, "position", pd_row_get_int (mine, "position"));
            }
          if (pd_row_is_null (new_row, "scope") && !pd_row_is_null (mine, "scope"))
            pd_row_set_text (new_row, "scope", pd_row_get_text (mine, "scope"));
          if (!pd_command_update_row (command, store, old_row, new_row, error))
            return FALSE;
        }
      else
        {
          PdRow *row = pd_row_copy (mine);

          pd_row_set_int (row, "id", pd_store_next_id (store, PD_TABLE_ASSIGNMENT));
          pd_row_set_int (row, "unit_id", into);
          if (!pd_command_insert_row (command, store, row, error))
            return FALSE;
        }
      if (!renumber_assignments (command, store, project_id, 0, error))
        return FALSE;
    }

  return hand_over_references (command, store, from, into, error) &&
         pd_command_delete_row (command, store, PD_TABLE_UNIT, from, 0, error);
}

PdCommand *
pd_command_merge_units (PdUnit  *from,
                        PdUnit  *into,
                        GError **error)
{
  Args *args;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT (from), NULL);
  g_return_val_if_fail (PD_IS_UNIT (into), NULL);

  if (from == into)
    return pd_command_refuse (error, _("A unit cannot be merged into itself")), NULL;
  args = args_new ();
  args->a = pd_unit_get_id (from);
  args->b = pd_unit_get_id (into);
  command = command_new (perform_merge_units, args, _("Merge %s into %s"),
                         pd_unit_get_name (from), pd_unit_get_name (into));
  pd_command_set_destructive (command, TRUE);
  return command;
}

/* Programmes */

static gboolean
perform_add_programme (PdCommand  *command,
                       PdStore    *store,
                       gpointer    data,
                       GError    **error)
{
  Args *args = data;
  PdRow *row = pd_row_new (PD_TABLE_PROGRAMME);
  gint64 position = pd_store_query_int (store, "SELECT coalesce(max(position), 0) + 1 FROM programme", 0, 0);
  g_autofree char *numeral = pd_chinese_numeral (position);

  pd_row_set_int (row, "id", pd_store_next_id (store, PD_TABLE_PROGRAMME));
  pd_row_set_int (row, "position", position);
  pd_row_set_text (row, "numeral", numeral);
  pd_row_set_text (row, "title", args->text);
  pd_row_set_null (row, "notes");
  return pd_command_insert_row (command, store, row, error) &&
         renumber_programmes (command, store, error);
}

PdCommand *
pd_command_add_programme (PdStore     *store,
                          const char  *title,
                          GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("A programme needs a title")), NULL;
  args = args_new ();
  args->text = g_steal_pointer (&clean);
  return command_new (perform_add_programme, args, _("Add programme “%s”"), args->text);
}

static gboolean
perform_rename_programme (PdCommand  *command,
                          PdStore    *store,
                          gpointer    data,
                          GError    **error)
{
  Args *args = data;

  return update_text (command, store, PD_TABLE_PROGRAMME, args->a, "title", args->text, error);
}

PdCommand *
pd_command_rename_programme (PdProgramme  *programme,
                             const char   *title,
                             GError      **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  Args *args;

  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("A programme needs a title")), NULL;
  args = args_new ();
  args->a = pd_programme_get_id (programme);
  args->text = g_steal_pointer (&clean);
  return command_new (perform_rename_programme, args, _("Rename programme %s to “%s”"),
                      pd_programme_get_numeral (programme), args->text);
}

static gboolean
perform_delete_programme (PdCommand  *command,
                          PdStore    *store,
                          gpointer    data,
                          GError    **error)
{
  Args *args = data;
  g_autoptr(GArray) projects = query_ids (store, "SELECT id FROM project WHERE programme_id = ?1 ORDER BY number DESC",
                                          args->a);

  for (guint i = 0; i < projects->len; i++)
    if (!delete_project_rows (command, store, g_array_index (projects, gint64, i), error))
      return FALSE;
  return pd_command_delete_row (command, store, PD_TABLE_PROGRAMME, args->a, 0, error) &&
         renumber_programmes (command, store, error) &&
         renumber_projects (command, store, error);
}

PdCommand *
pd_command_delete_programme (PdProgramme *programme)
{
  Args *args = args_new ();
  PdCommand *command;

  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  args->a = pd_programme_get_id (programme);
  command = command_new (perform_delete_programme, args, _("Delete programme %s “%s”"),
                         pd_programme_get_numeral (programme), pd_programme_get_title (programme));
  pd_command_set_destructive (command, TRUE);
  return command;
}

static gboolean
perform_move_programme (PdCommand  *command,
                        PdStore    *store,
                        gpointer    data,
                        GError    **error)
{
  Args *args = data;
  g_autoptr(GArray) ids = query_ids (store, "SELECT id FROM programme ORDER BY position", 0);
  guint index = 0;
  int target;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == args->a)
      index = i;
  target = (int)index + args->n;
  if (target >= 0 && target < (int)ids->len)
    {
      gint64 swap = g_array_index (ids, gint64, target);

      g_array_index (ids, gint64, target) = args->a;
      g_array_index (ids, gint64, index) = swap;
    }
  if (!number_in_order (command, store, PD_TABLE_PROGRAMME, "position", ids, error))
    return FALSE;
  return renumber_programmes (command, store, error) &&
         renumber_projects (command, store, error);
}

PdCommand *
pd_command_move_programme (PdProgramme *programme,
                           int          delta)
{
  Args *args = args_new ();

  g_return_val_if_fail (PD_IS_PROGRAMME (programme), NULL);

  args->a = pd_programme_get_id (programme);
  args->n = delta < 0 ? -1 : 1;
  return command_new (perform_move_programme, args,
                      delta < 0 ? _("Move programme “%s” up") : _("Move programme “%s” down"),
                      pd_programme_get_title (programme));
}

/* The plan */

static gboolean
perform_set_plan (PdCommand  *command,
                  PdStore    *store,
                  gpointer    data,
                  GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_PLAN, 1, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_text (new_row, "title", args->text);
  pd_row_set_text (new_row, "issuer", args->text2);
  pd_row_set_text (new_row, "document_number", args->text3);
  pd_row_set_text (new_row, "period_start", args->text4);
  pd_row_set_text (new_row, "period_end", args->text5);
  return pd_command_update_row (command, store, old_row, new_row, error);
}

PdCommand *
pd_command_set_plan_properties (PdStore     *store,
                                const char  *title,
                                const char  *issuer,
                                const char  *document_number,
                                const char  *period_start,
                                const char  *period_end,
                                GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  g_autofree char *clean_issuer = pd_strdup_stripped (issuer);
  g_autofree char *clean_number = pd_strdup_stripped (document_number);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("The plan needs a title")), NULL;
  if (!pd_date_is_valid (period_start) || !pd_date_is_valid (period_end))
    return refuse_date (error), NULL;
  if (strcmp (period_end, period_start) < 0)
    return pd_command_refuse (error, _("The plan period ends before it starts")), NULL;

  args = args_new ();
  args->text = g_steal_pointer (&clean);
  args->text2 = *clean_issuer ? g_steal_pointer (&clean_issuer) : NULL;
  args->text3 = *clean_number ? g_steal_pointer (&clean_number) : NULL;
  args->text4 = g_strdup (period_start);
  args->text5 = g_strdup (period_end);
  return command_new (perform_set_plan, args, "%s", _("Edit the plan’s properties"));
}

static gboolean
perform_set_section (PdCommand  *command,
                     PdStore    *store,
                     gpointer    data,
                     GError    **error)
{
  Args *args = data;
  PdRow *old_row = pd_store_read_row (store, PD_TABLE_SECTION, args->a, 0, error);
  PdRow *new_row;

  if (old_row == NULL)
    return FALSE;
  new_row = pd_row_copy (old_row);
  pd_row_set_text (new_row, "title", args->text);
  pd_row_set_text (new_row, "body", args->text2 ? args->text2 : "");
  return pd_command_update_row (command, store, old_row, new_row, error);
}

PdCommand *
pd_command_set_section (PdStore     *store,
                        gint64       section_id,
                        const char  *title,
                        const char  *body,
                        GError     **error)
{
  g_autofree char *clean = pd_strdup_stripped (title);
  Args *args;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  if (*clean == '\0')
    return pd_command_refuse (error, _("A section needs a title")), NULL;
  args = args_new ();
  args->a = section_id;
  args->text = g_steal_pointer (&clean);
  args->text2 = g_strdup (body);
  return command_new (perform_set_section, args, _("Edit the section “%s”"), args->text);
}
