/* pd-matrix-model.c — what the responsibility matrix shows, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data is held sparsely: one pass over the store gives every unit a
 * sorted run of (project, role, scope) entries; the rows shown are a second
 * such run per row, rebuilt when the plan changes and when sorting,
 * filtering or transposing. Nothing grows with units × projects: a cell is
 * found by a binary search in its row's run.
 *
 * Unit lines are the units shown (filtered by kind and by having projects
 * in the programme shown, sorted), each followed by the members of a
 * collective when members are shown; project lines are the projects of the
 * programmes shown, in document order, in one band per programme. Rows are
 * unit lines and columns project lines, or the other way round.
 */
#define G_LOG_DOMAIN "pd-matrix-model"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-matrix-model.h"
#include "store/pd-commands.h"

#define NONE PD_MATRIX_NONE

/* A unit's line: a unit, or a member of @parent shown under it. */
typedef struct
{
  guint unit;
  guint parent;
} Line;

struct _PdMatrixModel
{
  GObject         parent_instance;

  PdStore        *store;

  /* Options */
  PdMatrixSort    sort;
  gboolean        transposed;
  gboolean        show_members;
  gboolean        hide_empty;
  char           *programme_filter;   /* a programme id, or "" */
  char           *kind_filter;        /* a unit kind, or "" */

  /* The plan, one pass */
  GPtrArray      *units;              /* of PdUnit, the store's order */
  GPtrArray      *projects;           /* of PdProject, document order */
  GPtrArray      *programmes;         /* of PdProgramme */
  GHashTable     *unit_index;         /* PdUnit → index + 1 */
  GHashTable     *project_index;      /* PdProject → index + 1 */
  guint          *project_programme;
  guint          *unit_doc_order;
  guint          *unit_kind_rank;
  float          *unit_width;         /* estimated, in em */
  char          **unit_collate;       /* made when sorting by name */
  guint32        *unit_starts;        /* n_units + 1 */
  PdMatrixEntry  *unit_entries;       /* per unit, by project */
  guint32        *member_starts;      /* n_units + 1 */
  guint          *members;

  /* What is shown */
  GArray         *unit_lines;         /* of Line */
  GArray         *project_lines;      /* of guint, project indices */
  GArray         *bands;              /* of PdMatrixBand, over project_lines */
  guint          *project_pos;        /* per project: its line or NONE */
  guint32        *row_starts;         /* n_rows + 1 */
  PdMatrixEntry  *row_entries;
  guint          *row_counts;         /* n_rows × roles */
  guint          *column_counts;      /* n_columns × roles */
  guint           grand[PD_N_ROLES];
  guint           max_load;
};

G_DEFINE_FINAL_TYPE (PdMatrixModel, pd_matrix_model, G_TYPE_OBJECT)

static const char * const sort_names[] = { "document", "name", "kind", "load" };

/* The unit kinds, in the order sorting by kind puts them. */
static const struct
{
  const char *kind;
  const char *label;
} unit_kinds[] = {
  { "party", NC_("unit kind", "Party department") },
  { "government", NC_("unit kind", "Government department") },
  { "judicial", NC_("unit kind", "Judicial body") },
  { "people", NC_("unit kind", "People’s organisation") },
  { "district", NC_("unit kind", "District") },
  { "collective", NC_("unit kind", "Collective unit") },
  { "external", NC_("unit kind", "External unit") },
  { "other", NC_("unit kind", "Other") },
};

/* Names, kinds, roles */

const char *
pd_matrix_sort_to_string (PdMatrixSort sort)
{
  g_return_val_if_fail (sort < G_N_ELEMENTS (sort_names), NULL);
  return sort_names[sort];
}

gboolean
pd_matrix_sort_from_string (const char   *name,
                            PdMatrixSort *sort)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
    if (g_strcmp0 (name, sort_names[i]) == 0)
      {
        *sort = i;
        return TRUE;
      }
  return FALSE;
}

guint
pd_matrix_get_n_kinds (void)
{
  return G_N_ELEMENTS (unit_kinds);
}

const char *
pd_matrix_kind_get_id (guint rank)
{
  g_return_val_if_fail (rank < G_N_ELEMENTS (unit_kinds), NULL);
  return unit_kinds[rank].kind;
}

const char *
pd_matrix_kind_get_label (guint rank)
{
  g_return_val_if_fail (rank < G_N_ELEMENTS (unit_kinds), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "unit kind", unit_kinds[rank].label);
}

/* The place of @kind in the order of kinds; unknown kinds come last. */
guint
pd_matrix_kind_rank (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    if (g_strcmp0 (kind, unit_kinds[i].kind) == 0)
      return i;
  return G_N_ELEMENTS (unit_kinds);
}

const char *
pd_matrix_kind_label (const char *kind)
{
  guint rank = pd_matrix_kind_rank (kind);

  if (rank >= G_N_ELEMENTS (unit_kinds))
    return kind ? kind : "";
  return pd_matrix_kind_get_label (rank);
}

const char *
pd_matrix_role_label (int role)
{
  if (role < 0 || role >= PD_N_ROLES)
    /* Translators: the role of a unit on a project where it has none (the matrix's empty cell) */
    return C_("matrix role", "None");
  return pd_role_get_label (role);
}

char *
pd_matrix_format_project (PdProject *project)
{
  return g_strdup_printf ("%d %s", pd_project_get_number (project), pd_project_get_title (project));
}

char *
pd_matrix_format_programme (PdProgramme *programme)
{
  return g_strconcat (pd_programme_get_numeral (programme), "、", pd_programme_get_title (programme), NULL);
}

/* Estimated width of @text in em: CJK is square, the rest about half. */
float
pd_matrix_estimate_em (const char *text)
{
  float width = 0;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    width += g_utf8_get_char (p) >= 0x2e80 ? 1.0f : 0.58f;
  return width;
}

/* @unit's assignment on @project, borrowed (the project holds it), or NULL. */
PdAssignment *
pd_matrix_find_assignment (PdProject *project,
                           PdUnit    *unit)
{
  GListModel *assignments = pd_project_get_assignments (project);

  for (guint i = 0, n = g_list_model_get_n_items (assignments); i < n; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

      if (pd_assignment_get_unit (assignment) == unit)
        return assignment;  /* the project holds it */
    }
  return NULL;
}

/* Small helpers */

static inline guint
n_rows (PdMatrixModel *self)
{
  return self->transposed ? self->project_lines->len : self->unit_lines->len;
}

static inline guint
n_columns (PdMatrixModel *self)
{
  return self->transposed ? self->unit_lines->len : self->project_lines->len;
}

static inline const Line *
unit_line (PdMatrixModel *self,
           guint          line)
{
  return &g_array_index (self->unit_lines, Line, line);
}

/* The first entry of @entries[start, end) whose index is at least @index. */
static guint32
lower_bound (const PdMatrixEntry *entries,
             guint32              start,
             guint32              end,
             guint32              index)
{
  while (start < end)
    {
      guint32 mid = start + (end - start) / 2;

      if (entries[mid].index < index)
        start = mid + 1;
      else
        end = mid;
    }
  return start;
}

/* Loading the plan */

static void
clear_plan (PdMatrixModel *self)
{
  g_ptr_array_set_size (self->units, 0);
  g_ptr_array_set_size (self->projects, 0);
  g_ptr_array_set_size (self->programmes, 0);
  g_hash_table_remove_all (self->unit_index);
  g_hash_table_remove_all (self->project_index);
  g_clear_pointer (&self->project_programme, g_free);
  g_clear_pointer (&self->unit_doc_order, g_free);
  g_clear_pointer (&self->unit_kind_rank, g_free);
  g_clear_pointer (&self->unit_width, g_free);
  g_clear_pointer (&self->unit_collate, g_strfreev);
  g_clear_pointer (&self->unit_starts, g_free);
  g_clear_pointer (&self->unit_entries, g_free);
  g_clear_pointer (&self->member_starts, g_free);
  g_clear_pointer (&self->members, g_free);
}

static void
load_plan (PdMatrixModel *self)
{
  GListModel *units, *programmes;
  guint n_units, n_projects, n_entries = 0, next_order = 0, n_members = 0;
  g_autofree guint32 *fill = NULL;

  clear_plan (self);
  if (self->store == NULL)
    {
      self->unit_starts = g_new0 (guint32, 1);
      self->member_starts = g_new0 (guint32, 1);
      return;
    }

  units = pd_store_get_units (self->store);
  n_units = g_list_model_get_n_items (units);
  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_list_model_get_item (units, i);

      g_ptr_array_add (self->units, unit);
      g_hash_table_insert (self->unit_index, unit, GUINT_TO_POINTER (i + 1));
    }

  programmes = pd_store_get_programmes (self->store);
  for (guint i = 0, n = g_list_model_get_n_items (programmes); i < n; i++)
    {
      PdProgramme *programme = g_list_model_get_item (programmes, i);
      GListModel *projects = pd_programme_get_projects (programme);

      g_ptr_array_add (self->programmes, programme);
      for (guint j = 0, m = g_list_model_get_n_items (projects); j < m; j++)
        {
          PdProject *project = g_list_model_get_item (projects, j);

          g_ptr_array_add (self->projects, project);
          g_hash_table_insert (self->project_index, project, GUINT_TO_POINTER (self->projects->len));
        }
    }
  n_projects = self->projects->len;
  self->project_programme = g_new (guint, MAX (n_projects, 1));
  for (guint p = 0, i = 0; i < self->programmes->len; i++)
    {
      GListModel *projects = pd_programme_get_projects (g_ptr_array_index (self->programmes, i));

      for (guint j = 0, m = g_list_model_get_n_items (projects); j < m; j++)
        self->project_programme[p++] = i;
    }

  /* Count, then fill: each unit's run comes out in project order. */
  self->unit_doc_order = g_new (guint, MAX (n_units, 1));
  self->unit_starts = g_new0 (guint32, n_units + 1);
  for (guint i = 0; i < n_units; i++)
    self->unit_doc_order[i] = NONE;
  for (guint p = 0; p < n_projects; p++)
    {
      GListModel *assignments = pd_project_get_assignments (g_ptr_array_index (self->projects, p));

      for (guint k = 0, n = g_list_model_get_n_items (assignments); k < n; k++)
        {
          g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
          guint u = GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_index,
                                                           pd_assignment_get_unit (assignment)));

          if (u == 0)
            continue;
          self->unit_starts[u]++;
          if (self->unit_doc_order[u - 1] == NONE)
            self->unit_doc_order[u - 1] = next_order++;
          n_entries++;
        }
    }
  for (guint i = 0; i < n_units; i++)
    {
      self->unit_starts[i + 1] += self->unit_starts[i];
      if (self->unit_doc_order[i] == NONE)
        self->unit_doc_order[i] = next_order++;
    }
  self->unit_entries = g_new (PdMatrixEntry, MAX (n_entries, 1));
  fill = g_memdup2 (self->unit_starts, sizeof (guint32) * (n_units + 1));
  for (guint p = 0; p < n_projects; p++)
    {
      GListModel *assignments = pd_project_get_assignments (g_ptr_array_index (self->projects, p));

      for (guint k = 0, n = g_list_model_get_n_items (assignments); k < n; k++)
        {
          g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, k);
          guint u = GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_index,
                                                           pd_assignment_get_unit (assignment)));
          const char *scope = pd_assignment_get_scope (assignment);
          PdMatrixEntry *entry;

          if (u == 0)
            continue;
          entry = &self->unit_entries[fill[u - 1]++];
          entry->index = p;
          entry->role = pd_assignment_get_role (assignment);
          entry->flags = scope != NULL && *scope != '\0' ? PD_MATRIX_ENTRY_SCOPED : 0;
        }
    }

  /* Kinds, name widths and the members of collectives. */
  self->unit_kind_rank = g_new (guint, MAX (n_units, 1));
  self->unit_width = g_new (float, MAX (n_units, 1));
  self->member_starts = g_new0 (guint32, n_units + 1);
  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_ptr_array_index (self->units, i);

      self->unit_kind_rank[i] = pd_matrix_kind_rank (pd_unit_get_kind (unit));
      self->unit_width[i] = pd_matrix_estimate_em (pd_unit_get_name (unit));
      if (pd_unit_get_collective (unit))
        n_members += g_list_model_get_n_items (pd_unit_get_members (unit));
      self->member_starts[i + 1] = n_members;
    }
  self->members = g_new (guint, MAX (n_members, 1));
  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_ptr_array_index (self->units, i);
      GListModel *members;
      guint at = self->member_starts[i];

      if (!pd_unit_get_collective (unit))
        continue;
      members = pd_unit_get_members (unit);
      for (guint j = 0, n = g_list_model_get_n_items (members); j < n; j++)
        {
          g_autoptr(PdUnit) member = g_list_model_get_item (members, j);
          guint m = GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_index, member));

          self->members[at++] = m > 0 ? m - 1 : i;
        }
    }
}

/* What is shown */

typedef struct
{
  PdMatrixModel *self;
  guint         *load;   /* per unit, roles */
} SortData;

static int
compare_units (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortData *data = user_data;
  PdMatrixModel *self = data->self;
  guint x = *(const guint *)a, y = *(const guint *)b;

  switch (self->sort)
    {
    case PD_MATRIX_SORT_NAME:
      {
        int cmp = strcmp (self->unit_collate[x], self->unit_collate[y]);

        if (cmp != 0)
          return cmp;
      }
      break;
    case PD_MATRIX_SORT_KIND:
      if (self->unit_kind_rank[x] != self->unit_kind_rank[y])
        return self->unit_kind_rank[x] < self->unit_kind_rank[y] ? -1 : 1;
      break;
    case PD_MATRIX_SORT_LOAD:
      {
        guint *lx = &data->load[x * PD_N_ROLES], *ly = &data->load[y * PD_N_ROLES];
        guint tx = lx[0] + lx[1] + lx[2], ty = ly[0] + ly[1] + ly[2];

        /* The heaviest first; among equals, who leads more. */
        if (tx != ty)
          return tx > ty ? -1 : 1;
        if (lx[PD_ROLE_LEAD] != ly[PD_ROLE_LEAD])
          return lx[PD_ROLE_LEAD] > ly[PD_ROLE_LEAD] ? -1 : 1;
      }
      break;
    case PD_MATRIX_SORT_DOCUMENT:
    default:
      break;
    }
  return (self->unit_doc_order[x] > self->unit_doc_order[y]) - (self->unit_doc_order[x] < self->unit_doc_order[y]);
}

static void
clear_lines (PdMatrixModel *self)
{
  g_array_set_size (self->unit_lines, 0);
  g_array_set_size (self->project_lines, 0);
  g_array_set_size (self->bands, 0);
  g_clear_pointer (&self->project_pos, g_free);
  g_clear_pointer (&self->row_starts, g_free);
  g_clear_pointer (&self->row_entries, g_free);
  g_clear_pointer (&self->row_counts, g_free);
  g_clear_pointer (&self->column_counts, g_free);
  memset (self->grand, 0, sizeof self->grand);
  self->max_load = 0;
}

/* The run of unit line @uline: its own entries, or its collective's. */
static void
line_run (PdMatrixModel *self,
          guint         uline,
          guint32      *start,
          guint32      *end,
          guint8       *flags)
{
  const Line *line = unit_line (self, uline);
  guint source = line->parent != NONE ? line->parent : line->unit;

  *start = self->unit_starts[source];
  *end = self->unit_starts[source + 1];
  *flags = line->parent != NONE ? PD_MATRIX_ENTRY_DERIVED : 0;
}

static void
rebuild_lines (PdMatrixModel *self)
{
  guint n_units = self->units->len, n_projects = self->projects->len;
  g_autofree guint *load = g_new0 (guint, (gsize)MAX (n_units, 1) * PD_N_ROLES);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  guint rows, columns, n_entries = 0;
  SortData sort_data = { self, load };

  clear_lines (self);

  /* Projects of the programmes shown, in bands. */
  self->project_pos = g_new (guint, MAX (n_projects, 1));
  for (guint p = 0; p < n_projects; p++)
    {
      guint programme = self->project_programme[p];
      PdProgramme *object = g_ptr_array_index (self->programmes, programme);

      self->project_pos[p] = NONE;
      if (*self->programme_filter != '\0' &&
          g_ascii_strtoll (self->programme_filter, NULL, 10) != pd_programme_get_id (object))
        continue;
      if (self->bands->len == 0 || g_array_index (self->bands, PdMatrixBand, self->bands->len - 1).programme != programme)
        {
          PdMatrixBand band = { programme, self->project_lines->len, 0 };

          g_array_append_val (self->bands, band);
        }
      g_array_index (self->bands, PdMatrixBand, self->bands->len - 1).n++;
      self->project_pos[p] = self->project_lines->len;
      g_array_append_val (self->project_lines, p);
    }

  /* Each unit's load on those projects. */
  for (guint u = 0; u < n_units; u++)
    for (guint32 i = self->unit_starts[u]; i < self->unit_starts[u + 1]; i++)
      if (self->project_pos[self->unit_entries[i].index] != NONE)
        load[u * PD_N_ROLES + self->unit_entries[i].role]++;

  /* The units, filtered and sorted, members under their collectives. */
  for (guint u = 0; u < n_units; u++)
    {
      PdUnit *unit = g_ptr_array_index (self->units, u);
      guint *l = &load[u * PD_N_ROLES];

      if (*self->kind_filter != '\0' && g_strcmp0 (pd_unit_get_kind (unit), self->kind_filter) != 0)
        continue;
      if (self->hide_empty && l[0] + l[1] + l[2] == 0)
        continue;
      g_array_append_val (shown, u);
    }
  if (self->sort == PD_MATRIX_SORT_NAME && self->unit_collate == NULL)
    {
      self->unit_collate = g_new0 (char *, n_units + 1);
      for (guint u = 0; u < n_units; u++)
        self->unit_collate[u] = g_utf8_collate_key (pd_unit_get_name (g_ptr_array_index (self->units, u)), -1);
    }
  g_array_sort_with_data (shown, compare_units, &sort_data);
  for (guint i = 0; i < shown->len; i++)
    {
      Line line = { g_array_index (shown, guint, i), NONE };

      g_array_append_val (self->unit_lines, line);
      if (self->show_members)
        for (guint32 m = self->member_starts[line.unit]; m < self->member_starts[line.unit + 1]; m++)
          {
            Line member = { self->members[m], line.unit };

            g_array_append_val (self->unit_lines, member);
          }
    }

  /* Each row's run of entries, by column. */
  rows = n_rows (self);
  columns = n_columns (self);
  self->row_starts = g_new0 (guint32, rows + 1);
  self->row_counts = g_new0 (guint, (gsize)MAX (rows, 1) * PD_N_ROLES);
  self->column_counts = g_new0 (guint, (gsize)MAX (columns, 1) * PD_N_ROLES);
  for (guint l = 0; l < self->unit_lines->len; l++)
    {
      guint32 start, end;
      guint8 flags;

      line_run (self, l, &start, &end, &flags);
      for (guint32 i = start; i < end; i++)
        {
          guint pos = self->project_pos[self->unit_entries[i].index];

          if (pos == NONE)
            continue;
          n_entries++;
          self->row_starts[(self->transposed ? pos : l) + 1]++;
        }
    }
  for (guint r = 0; r < rows; r++)
    self->row_starts[r + 1] += self->row_starts[r];
  self->row_entries = g_new (PdMatrixEntry, MAX (n_entries, 1));
  {
    g_autofree guint32 *fill = g_memdup2 (self->row_starts, sizeof (guint32) * (rows + 1));

    /* Unit lines in order: a row's run (a project's, transposed) comes out sorted by column. */
    for (guint l = 0; l < self->unit_lines->len; l++)
      {
        guint32 start, end;
        guint8 flags;

        line_run (self, l, &start, &end, &flags);
        for (guint32 i = start; i < end; i++)
          {
            const PdMatrixEntry *source = &self->unit_entries[i];
            guint pos = self->project_pos[source->index];
            guint row = self->transposed ? pos : l;
            guint column = self->transposed ? l : pos;
            PdMatrixEntry *entry;

            if (pos == NONE)
              continue;
            entry = &self->row_entries[fill[row]++];
            entry->index = column;
            entry->role = source->role;
            entry->flags = source->flags | flags;
            self->row_counts[row * PD_N_ROLES + source->role]++;
            self->column_counts[column * PD_N_ROLES + source->role]++;
            if (!(flags & PD_MATRIX_ENTRY_DERIVED))
              self->grand[source->role]++;
          }
      }
  }
  for (guint l = 0; l < self->unit_lines->len; l++)
    {
      guint *c = self->transposed ? &self->column_counts[l * PD_N_ROLES] : &self->row_counts[l * PD_N_ROLES];

      self->max_load = MAX (self->max_load, c[0] + c[1] + c[2]);
    }
}

/* GObject */

static void
pd_matrix_model_dispose (GObject *object)
{
  PdMatrixModel *self = PD_MATRIX_MODEL (object);

  clear_lines (self);
  clear_plan (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pd_matrix_model_parent_class)->dispose (object);
}

static void
pd_matrix_model_finalize (GObject *object)
{
  PdMatrixModel *self = PD_MATRIX_MODEL (object);

  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->projects);
  g_ptr_array_unref (self->programmes);
  g_hash_table_unref (self->unit_index);
  g_hash_table_unref (self->project_index);
  g_array_unref (self->unit_lines);
  g_array_unref (self->project_lines);
  g_array_unref (self->bands);
  g_free (self->programme_filter);
  g_free (self->kind_filter);

  G_OBJECT_CLASS (pd_matrix_model_parent_class)->finalize (object);
}

static void
pd_matrix_model_class_init (PdMatrixModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_matrix_model_dispose;
  object_class->finalize = pd_matrix_model_finalize;
}

static void
pd_matrix_model_init (PdMatrixModel *self)
{
  self->units = g_ptr_array_new_with_free_func (g_object_unref);
  self->projects = g_ptr_array_new_with_free_func (g_object_unref);
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
  self->unit_index = g_hash_table_new (NULL, NULL);
  self->project_index = g_hash_table_new (NULL, NULL);
  self->unit_lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->project_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->bands = g_array_new (FALSE, FALSE, sizeof (PdMatrixBand));
  self->programme_filter = g_strdup ("");
  self->kind_filter = g_strdup ("");
  load_plan (self);
  rebuild_lines (self);
}

/* Public API */

PdMatrixModel *
pd_matrix_model_new (void)
{
  return g_object_new (PD_TYPE_MATRIX_MODEL, NULL);
}

void
pd_matrix_model_set_store (PdMatrixModel *self,
                           PdStore       *store)
{
  g_return_if_fail (PD_IS_MATRIX_MODEL (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  g_set_object (&self->store, store);
  pd_matrix_model_reload (self);
}

PdStore *
pd_matrix_model_get_store (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), NULL);
  return self->store;
}

void
pd_matrix_model_reload (PdMatrixModel *self)
{
  g_return_if_fail (PD_IS_MATRIX_MODEL (self));

  load_plan (self);
  rebuild_lines (self);
}

PdMatrixSort
pd_matrix_model_get_sort (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), PD_MATRIX_SORT_DOCUMENT);
  return self->sort;
}

gboolean
pd_matrix_model_set_sort (PdMatrixModel *self,
                          PdMatrixSort   sort)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  g_return_val_if_fail (sort < G_N_ELEMENTS (sort_names), FALSE);

  if (self->sort == sort)
    return FALSE;
  self->sort = sort;
  rebuild_lines (self);
  return TRUE;
}

static gboolean
set_flag (PdMatrixModel *self,
          gboolean      *flag,
          gboolean       value)
{
  value = !!value;
  if (*flag == value)
    return FALSE;
  *flag = value;
  rebuild_lines (self);
  return TRUE;
}

static gboolean
set_string (PdMatrixModel  *self,
            char          **slot,
            const char     *value)
{
  if (g_strcmp0 (*slot, value ? value : "") == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (value ? value : "");
  rebuild_lines (self);
  return TRUE;
}

gboolean
pd_matrix_model_get_transposed (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return self->transposed;
}

gboolean
pd_matrix_model_set_transposed (PdMatrixModel *self,
                                gboolean       transposed)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return set_flag (self, &self->transposed, transposed);
}

gboolean
pd_matrix_model_get_show_members (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return self->show_members;
}

gboolean
pd_matrix_model_set_show_members (PdMatrixModel *self,
                                  gboolean       show_members)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return set_flag (self, &self->show_members, show_members);
}

gboolean
pd_matrix_model_get_hide_empty (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return self->hide_empty;
}

gboolean
pd_matrix_model_set_hide_empty (PdMatrixModel *self,
                                gboolean       hide_empty)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return set_flag (self, &self->hide_empty, hide_empty);
}

const char *
pd_matrix_model_get_programme_filter (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), NULL);
  return self->programme_filter;
}

gboolean
pd_matrix_model_set_programme_filter (PdMatrixModel *self,
                                      const char    *programme_id)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return set_string (self, &self->programme_filter, programme_id);
}

const char *
pd_matrix_model_get_kind_filter (PdMatrixModel *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), NULL);
  return self->kind_filter;
}

gboolean
pd_matrix_model_set_kind_filter (PdMatrixModel *self,
                                 const char    *kind)
{
  g_return_val_if_fail (PD_IS_MATRIX_MODEL (self), FALSE);
  return set_string (self, &self->kind_filter, kind);
}

guint
pd_matrix_model_get_n_programmes (PdMatrixModel *self)
{
  return self->programmes->len;
}

PdProgramme *
pd_matrix_model_get_programme (PdMatrixModel *self,
                               guint          index)
{
  g_return_val_if_fail (index < self->programmes->len, NULL);
  return g_ptr_array_index (self->programmes, index);
}

gboolean
pd_matrix_model_contains_unit (PdMatrixModel *self,
                               PdUnit        *unit)
{
  return unit != NULL && g_hash_table_contains (self->unit_index, unit);
}

gboolean
pd_matrix_model_contains_project (PdMatrixModel *self,
                                  PdProject     *project)
{
  return project != NULL && g_hash_table_contains (self->project_index, project);
}

guint
pd_matrix_model_get_n_rows (PdMatrixModel *self)
{
  return n_rows (self);
}

guint
pd_matrix_model_get_n_columns (PdMatrixModel *self)
{
  return n_columns (self);
}

guint
pd_matrix_model_get_n_unit_lines (PdMatrixModel *self)
{
  return self->unit_lines->len;
}

guint
pd_matrix_model_get_n_project_lines (PdMatrixModel *self)
{
  return self->project_lines->len;
}

PdUnit *
pd_matrix_model_get_line_unit (PdMatrixModel *self,
                               guint          uline)
{
  g_return_val_if_fail (uline < self->unit_lines->len, NULL);
  return g_ptr_array_index (self->units, unit_line (self, uline)->unit);
}

PdUnit *
pd_matrix_model_get_line_parent (PdMatrixModel *self,
                                 guint          uline)
{
  guint parent;

  g_return_val_if_fail (uline < self->unit_lines->len, NULL);
  parent = unit_line (self, uline)->parent;
  return parent == NONE ? NULL : g_ptr_array_index (self->units, parent);
}

PdProject *
pd_matrix_model_get_line_project (PdMatrixModel *self,
                                  guint          pline)
{
  g_return_val_if_fail (pline < self->project_lines->len, NULL);
  return g_ptr_array_index (self->projects, g_array_index (self->project_lines, guint, pline));
}

void
pd_matrix_model_get_cell_lines (PdMatrixModel *self,
                                guint          row,
                                guint          column,
                                guint         *uline,
                                guint         *pline)
{
  *uline = self->transposed ? column : row;
  *pline = self->transposed ? row : column;
}

int
pd_matrix_model_find_unit_line (PdMatrixModel *self,
                                PdUnit        *unit,
                                PdUnit        *parent)
{
  guint u = GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_index, unit));
  guint pu = parent ? GPOINTER_TO_UINT (g_hash_table_lookup (self->unit_index, parent)) : 0;

  if (u == 0)
    return -1;
  for (guint i = 0; i < self->unit_lines->len; i++)
    {
      const Line *line = unit_line (self, i);

      if (line->unit == u - 1 && line->parent == (pu ? pu - 1 : NONE))
        return (int)i;
    }
  return -1;
}

int
pd_matrix_model_find_project_line (PdMatrixModel *self,
                                   PdProject     *project)
{
  guint p = project ? GPOINTER_TO_UINT (g_hash_table_lookup (self->project_index, project)) : 0;

  if (p == 0 || self->project_pos == NULL || self->project_pos[p - 1] == NONE)
    return -1;
  return (int)self->project_pos[p - 1];
}

float
pd_matrix_model_get_widest_unit (PdMatrixModel *self)
{
  float widest = 0;

  for (guint i = 0; i < self->unit_lines->len; i++)
    widest = MAX (widest, self->unit_width[unit_line (self, i)->unit]);
  return widest;
}

const PdMatrixEntry *
pd_matrix_model_get_entry (PdMatrixModel *self,
                           guint          row,
                           guint          column)
{
  guint32 i;

  if (row >= n_rows (self))
    return NULL;
  i = lower_bound (self->row_entries, self->row_starts[row], self->row_starts[row + 1], column);
  if (i < self->row_starts[row + 1] && self->row_entries[i].index == column)
    return &self->row_entries[i];
  return NULL;
}

const PdMatrixEntry *
pd_matrix_model_get_row_entries (PdMatrixModel *self,
                                 guint          row,
                                 guint          first_column,
                                 guint         *n_entries)
{
  guint32 i, end;

  if (row >= n_rows (self))
    {
      *n_entries = 0;
      return NULL;
    }
  end = self->row_starts[row + 1];
  i = lower_bound (self->row_entries, self->row_starts[row], end, first_column);
  *n_entries = end - i;
  return &self->row_entries[i];
}

const guint *
pd_matrix_model_get_row_counts (PdMatrixModel *self,
                                guint          row)
{
  g_return_val_if_fail (row < n_rows (self), NULL);
  return &self->row_counts[row * PD_N_ROLES];
}

const guint *
pd_matrix_model_get_column_counts (PdMatrixModel *self,
                                   guint          column)
{
  g_return_val_if_fail (column < n_columns (self), NULL);
  return &self->column_counts[column * PD_N_ROLES];
}

const guint *
pd_matrix_model_get_grand_totals (PdMatrixModel *self)
{
  return self->grand;
}

guint
pd_matrix_model_get_max_load (PdMatrixModel *self)
{
  return self->max_load;
}

guint
pd_matrix_model_get_n_bands (PdMatrixModel *self)
{
  return self->bands->len;
}

const PdMatrixBand *
pd_matrix_model_get_band (PdMatrixModel *self,
                          guint          band)
{
  g_return_val_if_fail (band < self->bands->len, NULL);
  return &g_array_index (self->bands, PdMatrixBand, band);
}
