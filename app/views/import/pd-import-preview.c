/* pd-import-preview.c — what the import assistant lists: rows with their tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The GTK-free part of the assistant: one row per programme and per
 * project, in document order; a project is tagged ready, check (a warning:
 * unknown unit, no lead, a guessed split or role) or error (a unit the
 * document names twice, of which one could not be imported), with its
 * reasons and the places of its units' words in the source text.
 */
#define G_LOG_DOMAIN "pd-import-preview"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-import-preview.h"

static void
row_free (gpointer data)
{
  PdImportPreviewRow *row = data;

  g_free (row->title);
  g_free (row->units);
  g_free (row->reason);
  g_clear_pointer (&row->ranges, g_array_unref);
  g_free (row);
}

const char *
pd_import_tag_to_string (PdImportTag tag)
{
  switch (tag)
    {
    case PD_IMPORT_TAG_READY:
      /* Translators: an imported project that needs nothing more */
      return C_("import", "ready");
    case PD_IMPORT_TAG_CHECK:
      /* Translators: an imported project to look at before creating the plan */
      return C_("import", "check");
    case PD_IMPORT_TAG_ERROR:
    default:
      return C_("import", "error");
    }
}

static const char *
role_label (PdRole role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return _("Lead");
    case PD_ROLE_COOPERATE:
      return _("Cooperating");
    case PD_ROLE_RESPONSIBLE:
    default:
      return _("Responsible");
    }
}

GPtrArray *
pd_import_preview_build (PdImportResult *result)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
  PdPlanDraft *draft;
  guint programme = G_MAXUINT;
  guint next_assignment = 0;

  g_return_val_if_fail (result != NULL, rows);
  draft = result->draft;

  for (guint p = 0; p < draft->projects->len; p++)
    {
      PdDraftProject *project = g_ptr_array_index (draft->projects, p);
      PdImportPreviewRow *row;
      GString *units = g_string_new (NULL);
      GString *reason = g_string_new (NULL);
      gboolean error = FALSE;

      if (project->programme != programme)
        {
          PdDraftProgramme *heading = g_ptr_array_index (draft->programmes, project->programme);

          programme = project->programme;
          row = g_new0 (PdImportPreviewRow, 1);
          row->programme = TRUE;
          row->index = programme;
          row->title = g_strdup_printf ("%s、%s", heading->numeral, heading->title);
          row->ranges = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_ptr_array_add (rows, row);
        }

      row = g_new0 (PdImportPreviewRow, 1);
      row->index = p;
      row->title = g_strdup_printf ("%d、%s", project->number, project->title);
      row->ranges = g_array_new (FALSE, FALSE, sizeof (gint64));

      /* Assignments are stored by project: walk on from the last one. */
      for (PdRole role = PD_ROLE_LEAD; role < PD_N_ROLES; role++)
        {
          gboolean first = TRUE;

          for (guint a = next_assignment; a < draft->assignments->len; a++)
            {
              PdDraftAssignment *assignment = g_ptr_array_index (draft->assignments, a);
              PdDraftUnit *unit;

              if (assignment->project != p)
                break;
              if (assignment->role != role)
                continue;
              unit = g_ptr_array_index (draft->units, assignment->unit);
              if (first)
                {
                  if (units->len > 0)
                    g_string_append_c (units, '\n');
                  /* Translators: a role and the units that follow it (“Lead: 市公安局”) */
                  g_string_append_printf (units, _("%s: "), role_label (role));
                }
              else
                g_string_append (units, "、");
              g_string_append (units, unit->name);
              if (assignment->scope != NULL)
                g_string_append_printf (units, "（%s）", assignment->scope);
              first = FALSE;
              if (assignment->source_start >= 0)
                {
                  g_array_append_val (row->ranges, assignment->source_start);
                  g_array_append_val (row->ranges, assignment->source_end);
                }
            }
        }
      while (next_assignment < draft->assignments->len &&
             ((PdDraftAssignment *)g_ptr_array_index (draft->assignments, next_assignment))->project == p)
        next_assignment++;

      for (guint w = 0; w < result->warnings->len; w++)
        {
          PdImportWarning *warning = g_ptr_array_index (result->warnings, w);

          if (warning->project != p)
            continue;
          g_string_append_printf (reason, "%s%s", reason->len ? "\n" : "", warning->message);
          error |= warning->kind == PD_IMPORT_WARNING_DUPLICATE_UNIT;
        }

      row->units = g_string_free (units, FALSE);
      row->tag = error ? PD_IMPORT_TAG_ERROR : reason->len > 0 ? PD_IMPORT_TAG_CHECK : PD_IMPORT_TAG_READY;
      row->reason = reason->len > 0 ? g_string_free (reason, FALSE) : (g_string_free (reason, TRUE), NULL);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

void
pd_import_preview_count (GPtrArray *rows,
                         guint     *n_ready,
                         guint     *n_check,
                         guint     *n_error)
{
  *n_ready = *n_check = *n_error = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      PdImportPreviewRow *row = g_ptr_array_index (rows, i);

      if (row->programme)
        continue;
      if (row->tag == PD_IMPORT_TAG_READY)
        (*n_ready)++;
      else if (row->tag == PD_IMPORT_TAG_CHECK)
        (*n_check)++;
      else
        (*n_error)++;
    }
}
