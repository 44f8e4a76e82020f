/* pd-matrix-view.c — the responsibility matrix (责任矩阵): units × projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are units, columns are projects under programme bands (or the other
 * way round, transposed). A cell shows the unit's role on the project by a
 * shape and a colour together: a filled disc leads, a ring cooperates, a
 * half-filled disc is responsible, and a corner tick marks a scoped role.
 *
 * The data is held sparsely: one pass over the store gives every unit a
 * sorted run of (project, role, scope) entries; the rows on screen are a
 * second such run per row, rebuilt on PdStore::changed and when sorting or
 * filtering. Nothing grows with units × projects. snapshot() draws only the
 * rows and columns in view: a binary search finds each visible row's first
 * entry. Header text layouts are cached until the data, the zoom or the
 * style change; colours come from style.css (matrix_*_color, defined on
 * libadwaita's named colours) and follow dark and high-contrast styles.
 *
 * Keyboard focus sits on a small child widget that stands for the focused
 * cell (accessible role grid cell, named "unit — project — role"); two more
 * stand for its row and column headers. The matrix itself has the grid role.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <adwaita.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pd-matrix-view.h"
#include "pd-matrix-view-private.h"
#include "store/pd-commands.h"

/* PdMatrixProxy: an undrawn child standing for a cell or header in the
 * accessibility tree. */

#define PD_TYPE_MATRIX_PROXY (pd_matrix_proxy_get_type ())
G_DECLARE_FINAL_TYPE (PdMatrixProxy, pd_matrix_proxy, PD, MATRIX_PROXY, GtkWidget)

struct _PdMatrixProxy
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PdMatrixProxy, pd_matrix_proxy, GTK_TYPE_WIDGET)

static void
pd_matrix_proxy_class_init (PdMatrixProxyClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "cell");
}

static void
pd_matrix_proxy_init (PdMatrixProxy *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

static GtkWidget *
proxy_new (GtkWidget         *parent,
           GtkAccessibleRole  role)
{
  GtkWidget *proxy = g_object_new (PD_TYPE_MATRIX_PROXY, "accessible-role", role, NULL);

  gtk_widget_set_parent (proxy, parent);
  return proxy;
}

/* PdMatrixView */

typedef enum
{
  SORT_DOCUMENT,
  SORT_NAME,
  SORT_KIND,
  SORT_LOAD,
} SortOrder;

static const char * const sort_names[] = { "document", "name", "kind", "load" };

#define ENTRY_SCOPED  1
#define ENTRY_DERIVED 2
#define NONE          G_MAXUINT

/* One unit's role on one project. @index is a project (in a unit's run) or
 * a column (in a row's run). */
typedef struct
{
  guint32 index;
  guint8  role;
  guint8  flags;
} Entry;

/* A unit's line: a unit, or a member of @parent shown under it. */
typedef struct
{
  guint unit;
  guint parent;
} Line;

typedef struct
{
  guint programme;
  guint first;
  guint n;
} Band;

typedef struct
{
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA grid;
  GdkRGBA grid_strong;
  GdkRGBA header_bg;
  GdkRGBA band_alt;
  GdkRGBA hover;
  GdkRGBA selected;
  GdkRGBA focus;
  GdkRGBA accent;
  GdkRGBA view_bg;
  GdkRGBA role[PD_N_ROLES];
  GdkRGBA scope;
} Colors;

typedef struct
{
  float em;        /* font size, px */
  int   cell;
  int   band;      /* the programme band: a row on top, or a strip on the left (transposed) */
  int   head_w;    /* row headers, their load bar included */
  int   bar_w;
  int   indent;
  int   head_h;    /* column headers */
  int   total_w;   /* one totals column */
  int   foot_h;    /* the column totals */
  int   left;      /* where the cells start */
  int   top;
  int   right;     /* the totals' width */
  gboolean rotate_numbers;
  guint vertical_chars;
} Geometry;

/* Where the matrix is drawn: the widget, or a whole-matrix export. */
typedef struct
{
  float    width;
  float    height;
  double   x;       /* scroll offsets */
  double   y;
  gboolean live;    /* hover, focus and selection shown */
} Frame;

struct _PdMatrixView
{
  GtkWidget       parent_instance;

  GtkWidget      *cell_proxy;
  GtkWidget      *row_proxy;
  GtkWidget      *column_proxy;
  GtkWidget      *popover;
  GtkWidget      *popover_title;
  GtkWidget      *popover_subtitle;
  GtkWidget      *role_buttons[PD_N_ROLES + 1];   /* [0] none, [1 + role] */
  GtkWidget      *scope_entry;
  GtkWidget      *popover_note;
  gboolean        popover_syncing;
  PdUnit         *popover_unit;
  PdProject      *popover_project;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;

  PdHistory      *history;
  PdStore        *store;

  /* Options */
  SortOrder       sort;
  gboolean        transposed;
  gboolean        show_members;
  gboolean        hide_empty;
  char           *programme_filter;   /* a programme id, or "" */
  char           *kind_filter;        /* a unit kind, or "" */
  guint           zoom_level;

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
  Entry          *unit_entries;       /* per unit, by project */
  guint32        *member_starts;      /* n_units + 1 */
  guint          *members;

  /* What is shown */
  GArray         *unit_lines;         /* of Line */
  GArray         *project_lines;      /* of guint, project indices */
  GArray         *bands;              /* of Band, over project_lines */
  guint          *project_pos;        /* per project: its line or NONE */
  guint32        *row_starts;         /* n_rows + 1 */
  Entry          *row_entries;
  guint          *row_counts;         /* n_rows × roles */
  guint          *column_counts;      /* n_columns × roles */
  guint           grand[PD_N_ROLES];
  guint           max_load;

  /* Focus, hover, selection */
  guint           focus_row;
  guint           focus_column;
  PdUnit         *focus_unit;
  PdUnit         *focus_parent;
  PdProject      *focus_project;
  int             hover_row;          /* -1: none */
  int             hover_column;
  double          pointer_x;
  double          pointer_y;
  PdProject      *selected;

  /* Drawing */
  Geometry        g;
  Colors          colors;
  gboolean        colors_valid;
  PangoFontDescription *font;
  PangoFontDescription *bold_font;
  PangoFontDescription *small_font;
  PangoFontDescription *base_font;
  PangoAttrList  *chinese;
  GHashTable     *layouts;            /* key → PangoLayout */

  /* Type-ahead */
  GtkIMContext   *im_context;
  GString        *typed;
  guint           typed_timeout;

  GSimpleActionGroup *proxy_group;
  GMenu          *menu;
  GMenu          *programme_menu;
  GMenu          *kind_menu;
};

static void pd_matrix_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdMatrixView, pd_matrix_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, pd_matrix_view_scrollable_init))

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_SORT,
  PROP_TRANSPOSED,
  PROP_SHOW_MEMBERS,
  PROP_HIDE_EMPTY,
  PROP_PROGRAMME_FILTER,
  PROP_KIND_FILTER,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_PROJECT_SELECTED,
  SIGNAL_COMMAND_PUSHED,
  SIGNAL_ERROR,
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const double zoom_levels[] = { 0.5, 0.625, 0.75, 0.875, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };
#define DEFAULT_ZOOM 4
#define BASE_CELL    30.0
#define MAX_IMAGE    32000

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

static void rebuild (PdMatrixView *self);
static void rebuild_lines (PdMatrixView *self);
static void update_focus_accessible (PdMatrixView *self);
static void sync_popover (PdMatrixView *self);

/* Small helpers */

static inline guint
n_rows (PdMatrixView *self)
{
  return self->transposed ? self->project_lines->len : self->unit_lines->len;
}

static inline guint
n_columns (PdMatrixView *self)
{
  return self->transposed ? self->unit_lines->len : self->project_lines->len;
}

static inline const Line *
unit_line (PdMatrixView *self,
           guint         line)
{
  return &g_array_index (self->unit_lines, Line, line);
}

static inline guint
project_line (PdMatrixView *self,
              guint         line)
{
  return g_array_index (self->project_lines, guint, line);
}

/* The unit line and project line of a cell. */
static inline void
cell_lines (PdMatrixView *self,
            guint         row,
            guint         column,
            guint        *uline,
            guint        *pline)
{
  *uline = self->transposed ? column : row;
  *pline = self->transposed ? row : column;
}

static PdUnit *
line_unit (PdMatrixView *self,
           guint         uline)
{
  return g_ptr_array_index (self->units, unit_line (self, uline)->unit);
}

static PdUnit *
line_parent (PdMatrixView *self,
             guint         uline)
{
  guint parent = unit_line (self, uline)->parent;

  return parent == NONE ? NULL : g_ptr_array_index (self->units, parent);
}

static PdProject *
line_project (PdMatrixView *self,
              guint         pline)
{
  return g_ptr_array_index (self->projects, project_line (self, pline));
}

static guint
kind_rank (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    if (g_strcmp0 (kind, unit_kinds[i].kind) == 0)
      return i;
  return G_N_ELEMENTS (unit_kinds);
}

static const char *
kind_label (const char *kind)
{
  guint rank = kind_rank (kind);

  if (rank >= G_N_ELEMENTS (unit_kinds))
    return kind ? kind : "";
  return g_dpgettext2 (GETTEXT_PACKAGE, "unit kind", unit_kinds[rank].label);
}

static const char *
role_label (int role)
{
  if (role < 0 || role >= PD_N_ROLES)
    /* Translators: the role of a unit on a project where it has none (the matrix's empty cell) */
    return C_("matrix role", "None");
  return pd_role_get_label (role);
}

/* The first entry of @entries[start, end) whose index is at least @index. */
static guint32
lower_bound (const Entry *entries,
             guint32      start,
             guint32      end,
             guint32      index)
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

static const Entry *
find_entry (PdMatrixView *self,
            guint         row,
            guint         column)
{
  guint32 i;

  if (row >= n_rows (self))
    return NULL;
  i = lower_bound (self->row_entries, self->row_starts[row], self->row_starts[row + 1], column);
  if (i < self->row_starts[row + 1] && self->row_entries[i].index == column)
    return &self->row_entries[i];
  return NULL;
}

static PdAssignment *
find_assignment (PdProject *project,
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

static char *
format_project (PdProject *project)
{
  return g_strdup_printf ("%d %s", pd_project_get_number (project), pd_project_get_title (project));
}

static char *
format_programme (PdProgramme *programme)
{
  return g_strconcat (pd_programme_get_numeral (programme), "、", pd_programme_get_title (programme), NULL);
}

/* Estimated width of @text in em: CJK is square, the rest about half. */
static float
estimate_em (const char *text)
{
  float width = 0;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    width += g_utf8_get_char (p) >= 0x2e80 ? 1.0f : 0.58f;
  return width;
}

/* Loading the plan */

static void
clear_plan (PdMatrixView *self)
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
load_plan (PdMatrixView *self)
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
  self->unit_entries = g_new (Entry, MAX (n_entries, 1));
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
          Entry *entry;

          if (u == 0)
            continue;
          entry = &self->unit_entries[fill[u - 1]++];
          entry->index = p;
          entry->role = pd_assignment_get_role (assignment);
          entry->flags = scope != NULL && *scope != '\0' ? ENTRY_SCOPED : 0;
        }
    }

  /* Kinds, name widths and the members of collectives. */
  self->unit_kind_rank = g_new (guint, MAX (n_units, 1));
  self->unit_width = g_new (float, MAX (n_units, 1));
  self->member_starts = g_new0 (guint32, n_units + 1);
  for (guint i = 0; i < n_units; i++)
    {
      PdUnit *unit = g_ptr_array_index (self->units, i);

      self->unit_kind_rank[i] = kind_rank (pd_unit_get_kind (unit));
      self->unit_width[i] = estimate_em (pd_unit_get_name (unit));
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
  PdMatrixView *self;
  guint        *load;   /* per unit, roles */
} SortData;

static int
compare_units (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortData *data = user_data;
  PdMatrixView *self = data->self;
  guint x = *(const guint *)a, y = *(const guint *)b;

  switch (self->sort)
    {
    case SORT_NAME:
      {
        int cmp = strcmp (self->unit_collate[x], self->unit_collate[y]);

        if (cmp != 0)
          return cmp;
      }
      break;
    case SORT_KIND:
      if (self->unit_kind_rank[x] != self->unit_kind_rank[y])
        return self->unit_kind_rank[x] < self->unit_kind_rank[y] ? -1 : 1;
      break;
    case SORT_LOAD:
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
    case SORT_DOCUMENT:
    default:
      break;
    }
  return (self->unit_doc_order[x] > self->unit_doc_order[y]) - (self->unit_doc_order[x] < self->unit_doc_order[y]);
}

static void
clear_lines (PdMatrixView *self)
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
line_run (PdMatrixView *self,
          guint         uline,
          guint32      *start,
          guint32      *end,
          guint8       *flags)
{
  const Line *line = unit_line (self, uline);
  guint source = line->parent != NONE ? line->parent : line->unit;

  *start = self->unit_starts[source];
  *end = self->unit_starts[source + 1];
  *flags = line->parent != NONE ? ENTRY_DERIVED : 0;
}

static void
rebuild_lines (PdMatrixView *self)
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
      if (self->bands->len == 0 || g_array_index (self->bands, Band, self->bands->len - 1).programme != programme)
        {
          Band band = { programme, self->project_lines->len, 0 };

          g_array_append_val (self->bands, band);
        }
      g_array_index (self->bands, Band, self->bands->len - 1).n++;
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
  if (self->sort == SORT_NAME && self->unit_collate == NULL)
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
  self->row_entries = g_new (Entry, MAX (n_entries, 1));
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
            const Entry *source = &self->unit_entries[i];
            guint pos = self->project_pos[source->index];
            guint row = self->transposed ? pos : l;
            guint column = self->transposed ? l : pos;
            Entry *entry;

            if (pos == NONE)
              continue;
            entry = &self->row_entries[fill[row]++];
            entry->index = column;
            entry->role = source->role;
            entry->flags = source->flags | flags;
            self->row_counts[row * PD_N_ROLES + source->role]++;
            self->column_counts[column * PD_N_ROLES + source->role]++;
            if (!(flags & ENTRY_DERIVED))
              self->grand[source->role]++;
          }
      }
  }
  for (guint l = 0; l < self->unit_lines->len; l++)
    {
      guint *c = self->transposed ? &self->column_counts[l * PD_N_ROLES] : &self->row_counts[l * PD_N_ROLES];

      self->max_load = MAX (self->max_load, c[0] + c[1] + c[2]);
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int)rows,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int)columns,
                                  -1);
}

/* Geometry and text */

static void
clear_layouts (PdMatrixView *self)
{
  g_hash_table_remove_all (self->layouts);
}

static void
update_fonts (PdMatrixView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *base = pango_context_get_font_description (context);
  double zoom = zoom_levels[self->zoom_level];
  double px = 14.667;

  if (base != NULL && pango_font_description_get_size (base) > 0)
    {
      px = (double)pango_font_description_get_size (base) / PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (base))
        px *= 96.0 / 72.0;
    }
  px *= zoom;

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  self->font = base ? pango_font_description_copy (base) : pango_font_description_new ();
  pango_font_description_set_absolute_size (self->font, px * PANGO_SCALE);
  self->bold_font = pango_font_description_copy (self->font);
  pango_font_description_set_weight (self->bold_font, PANGO_WEIGHT_BOLD);
  self->small_font = pango_font_description_copy (self->font);
  pango_font_description_set_absolute_size (self->small_font, px * 0.85 * PANGO_SCALE);
  self->g.em = px;
}

static void
update_geometry (PdMatrixView *self)
{
  Geometry *g = &self->g;
  double zoom = zoom_levels[self->zoom_level];
  float em, widest = 0;
  guint digits = 1;

  update_fonts (self);
  em = g->em;
  g->cell = (int)round (BASE_CELL * zoom);
  g->indent = self->show_members ? (int)round (em * 1.2) : 0;
  {
    guint grand = MAX (self->grand[0], MAX (self->grand[1], self->grand[2]));
    guint grand_digits = grand >= 10000 ? 5 : grand >= 1000 ? 4 : 3;

    /* The grand totals (bold) fit their columns. */
    g->total_w = MAX (g->cell, (int)ceil (em * (grand_digits * 0.68 + 0.9)));
  }
  g->right = 3 * g->total_w + (int)ceil (em * 0.8);
  g->foot_h = (int)ceil (MAX (g->cell, em * 1.9));

  for (guint i = 0; i < self->project_lines->len; i++)
    {
      int number = ABS (pd_project_get_number (line_project (self, i)));
      guint d = number >= 1000 ? (number >= 10000 ? 5 : 4) : (number >= 100 ? 3 : (number >= 10 ? 2 : 1));

      digits = MAX (digits, d);
    }

  if (!self->transposed)
    {
      for (guint i = 0; i < self->unit_lines->len; i++)
        widest = MAX (widest, self->unit_width[unit_line (self, i)->unit]);
      g->bar_w = (int)round (em * 4.5);
      g->head_w = (int)ceil (CLAMP (widest + 1.2f, 7.0f, 15.0f) * em) + g->indent + g->bar_w;
      /* Wide enough for the legend in the corner above. */
      {
        float label = 0;

        for (int role = 0; role < PD_N_ROLES; role++)
          label = MAX (label, estimate_em (pd_role_get_label (role)));
        label = MAX (label, estimate_em (C_("matrix legend", "Scoped")));
        g->head_w = MAX (g->head_w, (int)ceil ((2 * (label * 0.85f + 2.0f) + 1.0f) * em));
      }
      g->band = (int)ceil (em * 1.9);
      g->rotate_numbers = digits * 0.62 * em + 6 > g->cell;
      g->head_h = g->rotate_numbers ? (int)ceil (digits * 0.62 * em + em * 0.9) : (int)ceil (em * 1.8);
      g->vertical_chars = 0;
      g->left = g->head_w;
      g->top = g->band + g->head_h;
    }
  else
    {
      float title = 0;

      for (guint i = 0; i < self->project_lines->len; i++)
        title = MAX (title, estimate_em (pd_project_get_title (line_project (self, i))) + digits * 0.6f + 0.5f);
      for (guint i = 0; i < self->unit_lines->len; i++)
        widest = MAX (widest, self->unit_width[unit_line (self, i)->unit]);
      g->bar_w = 0;
      g->band = (int)ceil (em * 2.0);
      g->head_w = (int)ceil (CLAMP (title + 1.0f, 8.0f, 17.0f) * em);
      /* Unit names read top to bottom, a character a line. */
      g->vertical_chars = (guint)CLAMP (ceilf (widest), 3, 9);
      g->head_h = (int)ceil ((g->vertical_chars * 1.22 + 0.8) * em) + g->indent;
      g->rotate_numbers = FALSE;
      g->left = g->band + g->head_w;
      g->top = g->head_h;
    }
  clear_layouts (self);
}

enum {
  LAYOUT_ROW,
  LAYOUT_COLUMN,
  LAYOUT_BAND,
  LAYOUT_NUMBER,
  LAYOUT_BOLD_NUMBER,
  LAYOUT_TEXT,
};

static PangoLayout *
new_layout (PdMatrixView               *self,
            const char                 *text,
            const PangoFontDescription *font,
            gboolean                    chinese)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_font_description (layout, font);
  if (chinese)
    pango_layout_set_attributes (layout, self->chinese);
  return layout;
}

/* Cached layouts: a header's text, or a number. */
static PangoLayout *
get_layout (PdMatrixView *self,
            guint         kind,
            guint         index)
{
  gpointer key = GUINT_TO_POINTER ((kind << 26) | (index & 0x3ffffff));
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);
  const Geometry *g = &self->g;

  if (layout != NULL)
    return layout;
  if (g_hash_table_size (self->layouts) > 2000)
    g_hash_table_remove_all (self->layouts);

  switch (kind)
    {
    case LAYOUT_ROW:
      if (!self->transposed)
        {
          const Line *line = unit_line (self, index);
          int width = g->head_w - g->bar_w - (line->parent != NONE ? g->indent : 0) - (int)(g->em * 0.9);

          layout = new_layout (self, pd_unit_get_name (g_ptr_array_index (self->units, line->unit)),
                               self->font, TRUE);
          pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
        }
      else
        {
          g_autofree char *text = format_project (line_project (self, index));

          layout = new_layout (self, text, self->font, TRUE);
          pango_layout_set_width (layout, MAX (g->head_w - (int)(g->em * 0.9), 1) * PANGO_SCALE);
        }
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      break;

    case LAYOUT_COLUMN:
      if (!self->transposed)
        {
          g_autofree char *text = g_strdup_printf ("%d", pd_project_get_number (line_project (self, index)));

          layout = new_layout (self, text, self->small_font, FALSE);
        }
      else
        {
          /* One character a line: Chinese reads down a column. */
          const char *name = pd_unit_get_name (line_unit (self, index));
          GString *text = g_string_new (NULL);
          guint n = 0, max = g->vertical_chars;
          guint length = g_utf8_strlen (name, -1);

          for (const char *p = name; *p && n < max; p = g_utf8_next_char (p), n++)
            {
              if (n > 0)
                g_string_append_c (text, '\n');
              if (n == max - 1 && length > max)
                g_string_append (text, "︙");
              else
                g_string_append_unichar (text, g_utf8_get_char (p));
            }
          layout = new_layout (self, text->str, self->small_font, TRUE);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          pango_layout_set_line_spacing (layout, 1.0);
          g_string_free (text, TRUE);
        }
      break;

    case LAYOUT_BAND:
      {
        PdProgramme *programme = g_ptr_array_index (self->programmes,
                                                    g_array_index (self->bands, Band, index).programme);

        if (!self->transposed)
          {
            g_autofree char *text = format_programme (programme);

            layout = new_layout (self, text, self->bold_font, TRUE);
            pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          }
        else
          layout = new_layout (self, pd_programme_get_numeral (programme), self->bold_font, TRUE);
      }
      break;

    case LAYOUT_NUMBER:
    case LAYOUT_BOLD_NUMBER:
      {
        char text[16];

        g_snprintf (text, sizeof text, "%u", index);
        layout = new_layout (self, text, kind == LAYOUT_NUMBER ? self->small_font : self->bold_font, FALSE);
      }
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  g_hash_table_insert (self->layouts, key, layout);
  return layout;
}

/* Colours */

static void
lookup (GtkStyleContext *context,
        GdkRGBA         *rgba,
        const char      *name,
        const char      *fallback,
        const char      *literal)
{
  if (gtk_style_context_lookup_color (context, name, rgba))
    return;
  if (fallback != NULL && gtk_style_context_lookup_color (context, fallback, rgba))
    return;
  gdk_rgba_parse (rgba, literal);
}

static const Colors *
get_colors (PdMatrixView *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  Colors *c = &self->colors;

  if (self->colors_valid)
    return c;

  gtk_style_context_get_color (context, &c->fg);
  lookup (context, &c->view_bg, "view_bg_color", NULL, "#ffffff");
  lookup (context, &c->accent, "accent_color", NULL, "#1c71d8");
  lookup (context, &c->role[PD_ROLE_LEAD], "matrix_lead_color", "accent_bg_color", "#3584e4");
  lookup (context, &c->role[PD_ROLE_COOPERATE], "matrix_cooperate_color", "success_color", "#26a269");
  lookup (context, &c->role[PD_ROLE_RESPONSIBLE], "matrix_responsible_color", "warning_color", "#c64600");
  lookup (context, &c->scope, "matrix_scope_color", NULL, "#9141ac");
  lookup (context, &c->header_bg, "matrix_header_bg_color", "window_bg_color", "#fafafa");
  lookup (context, &c->grid, "matrix_grid_color", "borders", "rgba(0,0,0,0.1)");
  lookup (context, &c->hover, "matrix_hover_color", NULL, "rgba(53,132,228,0.12)");
  lookup (context, &c->selected, "matrix_selected_color", NULL, "rgba(53,132,228,0.22)");
  lookup (context, &c->focus, "matrix_focus_color", "accent_color", "#1c71d8");
  G_GNUC_END_IGNORE_DEPRECATIONS

  c->dim = c->fg;
  c->dim.alpha *= 0.6f;
  c->grid_strong = c->fg;
  c->grid_strong.alpha *= 0.35f;
  c->band_alt = c->fg;
  c->band_alt.alpha *= 0.035f;
  self->colors_valid = TRUE;
  return c;
}

/* Drawing */

static inline void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      float          x,
      float          y,
      float          width,
      float          height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             float          x,
             float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* @layout's logical size in px. */
static void
layout_size (PangoLayout *layout,
             int         *width,
             int         *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = PANGO_PIXELS_CEIL (logical.width);
  *height = PANGO_PIXELS_CEIL (logical.height);
}

/* The mark of @role in a square at (@x, @y): a filled disc (lead), a ring
 * (cooperate), a half-filled disc (responsible); a corner tick for a scope. */
static void
draw_mark (GtkSnapshot  *snapshot,
           const Colors *colors,
           int           role,
           guint         flags,
           float         x,
           float         y,
           float         size)
{
  GdkRGBA color = colors->role[role];
  float r = roundf (size * 0.31f), cx = x + size / 2, cy = y + size / 2;
  float w = MAX (2.0f, roundf (size * 0.09f));
  GskRoundedRect circle;

  if (flags & ENTRY_DERIVED)
    color.alpha *= 0.42f;
  gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (cx - r, cy - r, 2 * r, 2 * r), r);

  switch (role)
    {
    case PD_ROLE_LEAD:
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      gtk_snapshot_append_color (snapshot, &color, &circle.bounds);
      gtk_snapshot_pop (snapshot);
      break;

    case PD_ROLE_COOPERATE:
      gtk_snapshot_append_border (snapshot, &circle, (float[4]) { w, w, w, w },
                                  (GdkRGBA[4]) { color, color, color, color });
      break;

    case PD_ROLE_RESPONSIBLE:
    default:
      gtk_snapshot_append_border (snapshot, &circle, (float[4]) { w, w, w, w },
                                  (GdkRGBA[4]) { color, color, color, color });
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      fill (snapshot, &color, cx - r, cy - r, r, 2 * r);
      gtk_snapshot_pop (snapshot);
      break;
    }

  if (flags & ENTRY_SCOPED)
    {
      float t = roundf (size * 0.3f), a = t * (float)G_SQRT2;
      GdkRGBA tick = colors->scope;

      if (flags & ENTRY_DERIVED)
        tick.alpha *= 0.42f;
      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, y, size, size));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + size, y));
      gtk_snapshot_rotate (snapshot, 45);
      fill (snapshot, &tick, -a / 2, -a / 2, a, a);
      gtk_snapshot_restore (snapshot);
      gtk_snapshot_pop (snapshot);
    }
}

typedef struct
{
  guint first_row, last_row;        /* inclusive; first > last when none */
  guint first_column, last_column;
  float x0, y0;                     /* where column 0 / row 0 would be drawn */
} Visible;

static void
compute_visible (PdMatrixView *self,
                 const Frame  *frame,
                 Visible      *v)
{
  const Geometry *g = &self->g;
  float area_w = frame->width - g->left - g->right;
  float area_h = frame->height - g->top - g->foot_h;
  guint rows = n_rows (self), columns = n_columns (self);

  v->x0 = g->left - (float)frame->x;
  v->y0 = g->top - (float)frame->y;
  v->first_column = (guint)MAX (0.0, floor (frame->x / g->cell));
  v->first_row = (guint)MAX (0.0, floor (frame->y / g->cell));
  v->last_column = MIN ((guint)MAX (0.0, ceil ((frame->x + MAX (area_w, 0)) / g->cell)), columns) ;
  v->last_row = MIN ((guint)MAX (0.0, ceil ((frame->y + MAX (area_h, 0)) / g->cell)), rows);
  /* Inclusive ends; an empty range has first > last. */
  if (v->last_column == 0 || v->first_column >= columns)
    v->first_column = 1, v->last_column = 0;
  else
    v->last_column--;
  if (v->last_row == 0 || v->first_row >= rows)
    v->first_row = 1, v->last_row = 0;
  else
    v->last_row--;
}

static int
selected_line (PdMatrixView *self)
{
  guint p;

  if (self->selected == NULL ||
      (p = GPOINTER_TO_UINT (g_hash_table_lookup (self->project_index, self->selected))) == 0 ||
      self->project_pos == NULL || self->project_pos[p - 1] == NONE)
    return -1;
  return (int)self->project_pos[p - 1];
}

static void
draw_cells (PdMatrixView *self,
            GtkSnapshot  *snapshot,
            const Frame  *frame,
            const Visible *v)
{
  const Geometry *g = &self->g;
  const Colors *c = get_colors (self);
  float area_w = frame->width - g->left - g->right, area_h = frame->height - g->top - g->foot_h;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (g->left, g->top, MAX (area_w, 0), MAX (area_h, 0)));

  /* Every other programme faintly shaded. */
  for (guint b = 0; b < self->bands->len; b++)
    {
      const Band *band = &g_array_index (self->bands, Band, b);

      if (b % 2 == 1)
        {
          if (!self->transposed)
            fill (snapshot, &c->band_alt, v->x0 + band->first * cell, g->top, band->n * cell, area_h);
          else
            fill (snapshot, &c->band_alt, g->left, v->y0 + band->first * cell, area_w, band->n * cell);
        }
    }

  if (selected >= 0)
    {
      if (!self->transposed)
        fill (snapshot, &c->selected, v->x0 + selected * cell, g->top, cell, area_h);
      else
        fill (snapshot, &c->selected, g->left, v->y0 + selected * cell, area_w, cell);
    }

  /* The crosshair. */
  if (frame->live && self->hover_row >= 0 && self->hover_column >= 0)
    {
      fill (snapshot, &c->hover, g->left, v->y0 + self->hover_row * cell, area_w, cell);
      fill (snapshot, &c->hover, v->x0 + self->hover_column * cell, g->top, cell, area_h);
    }

  if (v->first_row <= v->last_row && v->first_column <= v->last_column)
    {
      float x_end = MIN (v->x0 + (v->last_column + 1) * cell, g->left + area_w);
      float y_end = MIN (v->y0 + (v->last_row + 1) * cell, g->top + area_h);

      /* Grid lines, darker where a programme starts. */
      for (guint r = v->first_row; r <= v->last_row + 1 && r <= n_rows (self); r++)
        fill (snapshot, &c->grid, g->left, v->y0 + r * cell - 0.5f, x_end - g->left, 1);
      for (guint col = v->first_column; col <= v->last_column + 1 && col <= n_columns (self); col++)
        fill (snapshot, &c->grid, v->x0 + col * cell - 0.5f, g->top, 1, y_end - g->top);
      for (guint b = 0; b < self->bands->len; b++)
        {
          const Band *band = &g_array_index (self->bands, Band, b);

          if (b == 0)
            continue;
          if (!self->transposed && band->first >= v->first_column && band->first <= v->last_column + 1)
            fill (snapshot, &c->grid_strong, v->x0 + band->first * cell - 1, g->top, 2, y_end - g->top);
          else if (self->transposed && band->first >= v->first_row && band->first <= v->last_row + 1)
            fill (snapshot, &c->grid_strong, g->left, v->y0 + band->first * cell - 1, x_end - g->left, 2);
        }

      /* The marks of each visible row: a binary search finds the first. */
      for (guint r = v->first_row; r <= v->last_row; r++)
        {
          guint32 end = self->row_starts[r + 1];
          guint32 i = lower_bound (self->row_entries, self->row_starts[r], end, v->first_column);

          for (; i < end && self->row_entries[i].index <= v->last_column; i++)
            {
              const Entry *e = &self->row_entries[i];

              draw_mark (snapshot, c, e->role, e->flags, v->x0 + e->index * cell, v->y0 + r * cell, cell);
            }
        }
    }

  /* The focus cell. */
  if (frame->live && gtk_widget_has_focus (self->cell_proxy) &&
      self->focus_row < n_rows (self) && self->focus_column < n_columns (self))
    {
      GskRoundedRect outline;
      float w = MAX (2.0f, roundf (cell * 0.08f));
      GdkRGBA f = c->focus;

      gsk_rounded_rect_init_from_rect (&outline,
                                       &GRAPHENE_RECT_INIT (v->x0 + self->focus_column * cell + 1,
                                                            v->y0 + self->focus_row * cell + 1,
                                                            cell - 2, cell - 2), w * 1.5f);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { w, w, w, w }, (GdkRGBA[4]) { f, f, f, f });
    }

  gtk_snapshot_pop (snapshot);
}

/* Numbers right-aligned in a box. */
static void
draw_number (PdMatrixView  *self,
             GtkSnapshot   *snapshot,
             guint          value,
             gboolean       bold,
             const GdkRGBA *color,
             float          x,
             float          y,
             float          width,
             float          height)
{
  PangoLayout *layout = get_layout (self, bold ? LAYOUT_BOLD_NUMBER : LAYOUT_NUMBER, value);
  int w, h;

  layout_size (layout, &w, &h);
  draw_layout (snapshot, layout, color, x + (width - w) / 2.0f, y + (height - h) / 2.0f);
}

static void
draw_row_headers (PdMatrixView  *self,
                  GtkSnapshot   *snapshot,
                  const Frame   *frame,
                  const Visible *v)
{
  const Geometry *g = &self->g;
  const Colors *c = get_colors (self);
  float area_h = frame->height - g->top - g->foot_h;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;

  fill (snapshot, &c->header_bg, 0, g->top, g->left, area_h);
  fill (snapshot, &c->header_bg, frame->width - g->right, g->top, g->right, area_h);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, g->top, frame->width, MAX (area_h, 0)));

  /* Transposed, the programme bands run down the left. */
  if (self->transposed)
    for (guint b = 0; b < self->bands->len; b++)
      {
        const Band *band = &g_array_index (self->bands, Band, b);
        float y = v->y0 + band->first * cell, h = band->n * cell;
        PangoLayout *layout;
        int w, lh;

        if (y + h < g->top || y > g->top + area_h)
          continue;
        if (b % 2 == 1)
          fill (snapshot, &c->band_alt, 0, y, g->band, h);
        fill (snapshot, &c->grid_strong, 0, y - 1, g->left, 1);
        layout = get_layout (self, LAYOUT_BAND, b);
        layout_size (layout, &w, &lh);
        /* The numeral stays in view while its band does. */
        draw_layout (snapshot, layout, &c->fg, (g->band - w) / 2.0f,
                     CLAMP (g->top + 4, y + 4, MAX (y + 4, y + h - lh - 4)));
      }

  if (v->first_row <= v->last_row)
    for (guint r = v->first_row; r <= v->last_row; r++)
      {
        float y = v->y0 + r * cell;
        float x = self->transposed ? g->band : 0;
        guint *counts = &self->row_counts[r * PD_N_ROLES];
        gboolean derived = !self->transposed && unit_line (self, r)->parent != NONE;
        PangoLayout *layout = get_layout (self, LAYOUT_ROW, r);
        int w, h;

        if ((int)r == selected && self->transposed)
          {
            fill (snapshot, &c->selected, x, y, g->left - x, cell);
            fill (snapshot, &c->selected, frame->width - g->right, y, g->right, cell);
          }
        if (frame->live && (int)r == self->hover_row)
          {
            fill (snapshot, &c->hover, x, y, g->left - x, cell);
            fill (snapshot, &c->hover, frame->width - g->right, y, g->right, cell);
          }
        fill (snapshot, &c->grid, x, y + cell - 0.5f, g->left - x, 1);
        fill (snapshot, &c->grid, frame->width - g->right, y + cell - 0.5f, g->right, 1);

        layout_size (layout, &w, &h);
        if (derived)
          {
            /* A member under its collective: indented, with a hook. */
            fill (snapshot, &c->dim, g->indent * 0.45f, y + cell * 0.2f, 1.5f, cell * 0.35f);
            fill (snapshot, &c->dim, g->indent * 0.45f, y + cell * 0.55f - 1.5f, g->indent * 0.4f, 1.5f);
          }
        draw_layout (snapshot, layout, derived ? &c->dim : &c->fg,
                     x + g->em * 0.45f + (derived ? g->indent : 0), y + (cell - h) / 2.0f);

        /* The load, as a bar of the three roles. */
        if (!self->transposed && self->max_load > 0)
          {
            float bx = g->head_w - g->bar_w, bw = g->bar_w - g->em * 0.6f;
            float bh = roundf (cell * 0.3f), by = y + (cell - bh) / 2;
            static const PdRole order[] = { PD_ROLE_LEAD, PD_ROLE_RESPONSIBLE, PD_ROLE_COOPERATE };

            fill (snapshot, &c->grid, bx, by, bw, bh);

            for (guint k = 0; k < G_N_ELEMENTS (order); k++)
              {
                float segment = bw * counts[order[k]] / self->max_load;
                GdkRGBA color = c->role[order[k]];

                if (derived)
                  color.alpha *= 0.42f;
                if (segment > 0)
                  fill (snapshot, &color, bx, by, segment, bh);
                bx += segment;
              }
          }

        /* The row's totals. */
        for (guint k = 0; k < PD_N_ROLES; k++)
          if (counts[k] > 0)
            draw_number (self, snapshot, counts[k], FALSE, derived ? &c->dim : &c->fg,
                         frame->width - g->right + k * g->total_w, y, g->total_w, cell);
      }

  gtk_snapshot_pop (snapshot);
  fill (snapshot, &c->grid_strong, g->left - 1, g->top, 1, area_h);
  fill (snapshot, &c->grid_strong, frame->width - g->right, g->top, 1, area_h);
}

static void
draw_column_headers (PdMatrixView  *self,
                     GtkSnapshot   *snapshot,
                     const Frame   *frame,
                     const Visible *v)
{
  const Geometry *g = &self->g;
  const Colors *c = get_colors (self);
  float area_w = frame->width - g->left - g->right;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;
  float head_y = self->transposed ? 0 : g->band;

  fill (snapshot, &c->header_bg, 0, 0, frame->width, g->top);
  fill (snapshot, &c->header_bg, 0, frame->height - g->foot_h, frame->width, g->foot_h);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (g->left, 0, MAX (area_w, 0), frame->height));

  /* Programme bands, their titles kept in view. */
  if (!self->transposed)
    for (guint b = 0; b < self->bands->len; b++)
      {
        const Band *band = &g_array_index (self->bands, Band, b);
        float x = v->x0 + band->first * cell, w = band->n * cell;
        float visible_x = MAX (x, (float)g->left), visible_w = MIN (x + w, g->left + area_w) - visible_x;
        PangoLayout *layout;
        int lw, lh;

        if (visible_w <= 0)
          continue;
        if (b % 2 == 1)
          fill (snapshot, &c->band_alt, x, 0, w, g->top);
        fill (snapshot, &c->grid_strong, x - 1, 0, (b > 0 ? 2 : 0), g->top);
        layout = get_layout (self, LAYOUT_BAND, b);
        if (pango_layout_get_width (layout) != MAX ((int)(visible_w - g->em * 0.8f), 1) * PANGO_SCALE)
          pango_layout_set_width (layout, MAX ((int)(visible_w - g->em * 0.8f), 1) * PANGO_SCALE);
        layout_size (layout, &lw, &lh);
        gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (visible_x, 0, visible_w, g->band));
        draw_layout (snapshot, layout, &c->fg, visible_x + g->em * 0.4f, (g->band - lh) / 2.0f);
        gtk_snapshot_pop (snapshot);
      }

  if (v->first_column <= v->last_column)
    for (guint col = v->first_column; col <= v->last_column; col++)
      {
        float x = v->x0 + col * cell;
        PangoLayout *layout = get_layout (self, LAYOUT_COLUMN, col);
        guint *counts = &self->column_counts[col * PD_N_ROLES];
        guint total = counts[0] + counts[1] + counts[2];
        gboolean is_selected = (int)col == selected && !self->transposed;
        int w, h;

        if (is_selected)
          fill (snapshot, &c->selected, x, head_y, cell, g->head_h);
        if (frame->live && (int)col == self->hover_column)
          {
            fill (snapshot, &c->hover, x, head_y, cell, g->head_h);
            fill (snapshot, &c->hover, x, frame->height - g->foot_h, cell, g->foot_h);
          }
        fill (snapshot, &c->grid, x + cell - 0.5f, head_y, 1, g->head_h);
        layout_size (layout, &w, &h);
        if (g->rotate_numbers)
          {
            gtk_snapshot_save (snapshot);
            gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (cell - h) / 2.0f,
                                                                    head_y + g->head_h - g->em * 0.4f));
            gtk_snapshot_rotate (snapshot, -90);
            gtk_snapshot_append_layout (snapshot, layout, is_selected ? &c->accent : &c->fg);
            gtk_snapshot_restore (snapshot);
          }
        else
          draw_layout (snapshot, layout,
                       is_selected ? &c->accent :
                       (self->transposed && unit_line (self, col)->parent != NONE ? &c->dim : &c->fg),
                       x + (cell - w) / 2.0f,
                       self->transposed ? g->head_h - h - g->em * 0.4f : head_y + (g->head_h - h) / 2.0f);

        if (total > 0)
          {
            PangoLayout *number = get_layout (self, LAYOUT_NUMBER, total);
            int nw, nh;

            layout_size (number, &nw, &nh);
            if (g->rotate_numbers && nw > cell - 2)
              {
                gtk_snapshot_save (snapshot);
                gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (cell - nh) / 2.0f,
                                                                        frame->height - (g->foot_h - nw) / 2.0f));
                gtk_snapshot_rotate (snapshot, -90);
                gtk_snapshot_append_layout (snapshot, number, &c->fg);
                gtk_snapshot_restore (snapshot);
              }
            else
              draw_layout (snapshot, number, &c->fg, x + (cell - nw) / 2.0f,
                           frame->height - g->foot_h + (g->foot_h - nh) / 2.0f);
          }
      }
  gtk_snapshot_pop (snapshot);

  fill (snapshot, &c->grid_strong, 0, g->top - 1, frame->width, 1);
  fill (snapshot, &c->grid_strong, 0, frame->height - g->foot_h, frame->width, 1);
}

/* The corners: the legend, the totals' heads, the grand totals. */
static void
draw_corners (PdMatrixView *self,
              GtkSnapshot  *snapshot,
              const Frame  *frame)
{
  const Geometry *g = &self->g;
  const Colors *c = get_colors (self);
  float mark = roundf (g->em * 1.15f);
  float x = frame->width - g->right;
  static const PdRole order[] = { PD_ROLE_LEAD, PD_ROLE_COOPERATE, PD_ROLE_RESPONSIBLE };

  /* Totals' heads: the marks themselves. */
  for (guint k = 0; k < PD_N_ROLES; k++)
    {
      float cx = x + k * g->total_w + (g->total_w - mark) / 2.0f;

      draw_mark (snapshot, c, order[k], 0, cx, g->top - mark - g->em * 0.35f, mark);
      draw_number (self, snapshot, self->grand[order[k]], TRUE, &c->fg,
                   x + k * g->total_w, frame->height - g->foot_h, g->total_w, g->foot_h);
    }

  /* The legend, top left. */
  {
    float line_h = MIN ((g->top - g->em * 0.7f) / 2.0f, g->em * 1.9f);
    float lx = g->em * 0.5f, ly = g->top - 2 * line_h - g->em * 0.35f;
    float col_w = (g->left - g->em) / 2.0f;
    const char *labels[4];
    guint flags[4] = { 0, 0, 0, ENTRY_SCOPED };
    int roles[4] = { PD_ROLE_LEAD, PD_ROLE_COOPERATE, PD_ROLE_RESPONSIBLE, -1 };

    labels[0] = pd_role_get_label (PD_ROLE_LEAD);
    labels[1] = pd_role_get_label (PD_ROLE_COOPERATE);
    labels[2] = pd_role_get_label (PD_ROLE_RESPONSIBLE);
    /* Translators: in the matrix's legend, the corner tick of a role with a scope */
    labels[3] = C_("matrix legend", "Scoped");

    if (line_h >= g->em * 1.1f)
      for (guint i = 0; i < 4; i++)
        {
          float ix = lx + (i % 2) * col_w, iy = ly + (i / 2) * line_h;
          float size = MIN (mark, line_h);
          PangoLayout *layout = g_hash_table_lookup (self->layouts, GUINT_TO_POINTER ((LAYOUT_TEXT << 26) | i));
          int lw = MAX ((int)(col_w - size - g->em * 0.6f), 1) * PANGO_SCALE;
          int w, h;

          if (roles[i] >= 0)
            draw_mark (snapshot, c, roles[i], flags[i], ix, iy + (line_h - size) / 2, size);
          else
            {
              GdkRGBA frame_color = c->grid_strong;
              GskRoundedRect box;

              gsk_rounded_rect_init_from_rect (&box, &GRAPHENE_RECT_INIT (ix + 2, iy + (line_h - size) / 2 + 2,
                                                                          size - 4, size - 4), 0);
              gtk_snapshot_append_border (snapshot, &box, (float[4]) { 1, 1, 1, 1 },
                                          (GdkRGBA[4]) { frame_color, frame_color, frame_color, frame_color });
              draw_mark (snapshot, c, PD_ROLE_LEAD, ENTRY_SCOPED, ix + 2, iy + (line_h - size) / 2 + 2, size - 4);
            }
          if (layout == NULL || g_strcmp0 (pango_layout_get_text (layout), labels[i]) != 0)
            {
              layout = new_layout (self, labels[i], self->small_font, FALSE);
              g_hash_table_insert (self->layouts, GUINT_TO_POINTER ((LAYOUT_TEXT << 26) | i), layout);
            }
          if (pango_layout_get_width (layout) != lw)
            {
              pango_layout_set_width (layout, lw);
              pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
            }
          layout_size (layout, &w, &h);
          draw_layout (snapshot, layout, &c->fg, ix + size + g->em * 0.3f, iy + (line_h - h) / 2);
        }
  }

  /* The totals row's head. */
  {
    PangoLayout *layout = g_hash_table_lookup (self->layouts, GUINT_TO_POINTER ((LAYOUT_TEXT << 26) | 4));
    int w, h;

    if (layout == NULL)
      {
        /* Translators: heads the matrix's last row, which counts the marks of each column */
        layout = new_layout (self, C_("matrix", "Total"), self->bold_font, FALSE);
        g_hash_table_insert (self->layouts, GUINT_TO_POINTER ((LAYOUT_TEXT << 26) | 4), layout);
      }
    layout_size (layout, &w, &h);
    draw_layout (snapshot, layout, &c->fg, g->left - w - g->em * 0.6f,
                 frame->height - g->foot_h + (g->foot_h - h) / 2.0f);
  }
  fill (snapshot, &c->grid_strong, g->left - 1, 0, 1, frame->height);
  fill (snapshot, &c->grid_strong, frame->width - g->right, 0, 1, frame->height);
}

static void
draw_matrix (PdMatrixView *self,
             GtkSnapshot  *snapshot,
             const Frame  *frame)
{
  Visible v;

  if (n_rows (self) == 0 || n_columns (self) == 0)
    {
      const Colors *c = get_colors (self);
      PangoLayout *layout;
      int w, h;

      layout = new_layout (self, self->store == NULL ? "" :
                           _("No units or projects match the filters"), self->font, FALSE);
      layout_size (layout, &w, &h);
      draw_layout (snapshot, layout, &c->dim, (frame->width - w) / 2, (frame->height - h) / 2);
      g_object_unref (layout);
      return;
    }

  compute_visible (self, frame, &v);
  draw_cells (self, snapshot, frame, &v);
  draw_row_headers (self, snapshot, frame, &v);
  draw_column_headers (self, snapshot, frame, &v);
  draw_corners (self, snapshot, frame);
}

static void
pd_matrix_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);
  Frame frame = {
    gtk_widget_get_width (widget),
    gtk_widget_get_height (widget),
    self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0,
    self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0,
    TRUE,
  };

  /* The children stand in for cells in the accessibility tree and draw
   * nothing; the popover is a surface of its own. */
  draw_matrix (self, snapshot, &frame);
}

/* Scrolling */

static void
set_adjustment_values (PdMatrixView  *self,
                       GtkAdjustment *adjustment,
                       double         upper,
                       double         page,
                       double         step)
{
  double value = gtk_adjustment_get_value (adjustment);

  page = MAX (page, 0);
  value = CLAMP (value, 0, MAX (upper - page, 0));
  gtk_adjustment_configure (adjustment, value, 0, MAX (upper, page), step, page * 0.9, page);
}

static void
configure_adjustments (PdMatrixView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  const Geometry *g = &self->g;

  if (self->hadjustment)
    set_adjustment_values (self, self->hadjustment, (double)n_columns (self) * g->cell,
                           width - g->left - g->right, g->cell);
  if (self->vadjustment)
    set_adjustment_values (self, self->vadjustment, (double)n_rows (self) * g->cell,
                           height - g->top - g->foot_h, g->cell);
}

static void
adjustment_value_changed_cb (GtkAdjustment *adjustment,
                             PdMatrixView  *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
set_adjustment (PdMatrixView   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb), self);
  configure_adjustments (self);
}

/* Scrolls the least that shows the cell. */
static void
scroll_to_cell (PdMatrixView *self,
                guint         row,
                guint         column)
{
  const Geometry *g = &self->g;

  if (self->hadjustment && column < n_columns (self))
    {
      double page = gtk_adjustment_get_page_size (self->hadjustment);
      double value = gtk_adjustment_get_value (self->hadjustment);
      double x = (double)column * g->cell;

      if (x < value)
        gtk_adjustment_set_value (self->hadjustment, x);
      else if (x + g->cell > value + page)
        gtk_adjustment_set_value (self->hadjustment, x + g->cell - page);
    }
  if (self->vadjustment && row < n_rows (self))
    {
      double page = gtk_adjustment_get_page_size (self->vadjustment);
      double value = gtk_adjustment_get_value (self->vadjustment);
      double y = (double)row * g->cell;

      if (y < value)
        gtk_adjustment_set_value (self->vadjustment, y);
      else if (y + g->cell > value + page)
        gtk_adjustment_set_value (self->vadjustment, y + g->cell - page);
    }
}

/* Hit testing */

typedef enum
{
  HIT_NONE,
  HIT_CELL,
  HIT_ROW_HEADER,
  HIT_COLUMN_HEADER,
  HIT_BAND,
  HIT_ROW_TOTAL,
  HIT_COLUMN_TOTAL,
  HIT_TOTALS_HEAD,
} HitKind;

static HitKind
hit_test (PdMatrixView *self,
          double        x,
          double        y,
          int          *row,
          int          *column,
          int          *extra)
{
  const Geometry *g = &self->g;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double sx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double sy = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  int r = (int)floor ((y - g->top + sy) / g->cell);
  int col = (int)floor ((x - g->left + sx) / g->cell);
  gboolean in_rows = y >= g->top && y < height - g->foot_h && r >= 0 && r < (int)n_rows (self);
  gboolean in_columns = x >= g->left && x < width - g->right && col >= 0 && col < (int)n_columns (self);

  *row = in_rows ? r : -1;
  *column = in_columns ? col : -1;
  *extra = -1;
  if (in_rows && in_columns)
    return HIT_CELL;
  if (in_rows && x < g->left)
    {
      if (self->transposed && x < g->band)
        return HIT_BAND;
      return HIT_ROW_HEADER;
    }
  if (in_rows && x >= width - g->right)
    {
      *extra = (int)((x - (width - g->right)) / g->total_w);
      return HIT_ROW_TOTAL;
    }
  if (in_columns && y < g->top)
    {
      if (!self->transposed && y < g->band)
        return HIT_BAND;
      return HIT_COLUMN_HEADER;
    }
  if (in_columns && y >= height - g->foot_h)
    return HIT_COLUMN_TOTAL;
  if (x >= width - g->right && y < g->top)
    {
      *extra = (int)((x - (width - g->right)) / g->total_w);
      return HIT_TOTALS_HEAD;
    }
  return HIT_NONE;
}

static void
set_hover (PdMatrixView *self,
           int           row,
           int           column)
{
  if (row == self->hover_row && column == self->hover_column)
    return;
  self->hover_row = row;
  self->hover_column = column;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Focus and selection */

static void
remember_focus (PdMatrixView *self)
{
  guint uline, pline;

  g_clear_object (&self->focus_unit);
  g_clear_object (&self->focus_parent);
  g_clear_object (&self->focus_project);
  if (self->focus_row >= n_rows (self) || self->focus_column >= n_columns (self))
    return;
  cell_lines (self, self->focus_row, self->focus_column, &uline, &pline);
  self->focus_unit = g_object_ref (line_unit (self, uline));
  self->focus_parent = line_parent (self, uline) ? g_object_ref (line_parent (self, uline)) : NULL;
  self->focus_project = g_object_ref (line_project (self, pline));
}

static int
find_unit_line (PdMatrixView *self,
                PdUnit       *unit,
                PdUnit       *parent)
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

static int
find_project_line (PdMatrixView *self,
                   PdProject    *project)
{
  guint p = project ? GPOINTER_TO_UINT (g_hash_table_lookup (self->project_index, project)) : 0;

  if (p == 0 || self->project_pos == NULL || self->project_pos[p - 1] == NONE)
    return -1;
  return (int)self->project_pos[p - 1];
}

/* After a rebuild: the focus stays on its unit and project where it can. */
static void
restore_focus (PdMatrixView *self)
{
  int uline = self->focus_unit ? find_unit_line (self, self->focus_unit, self->focus_parent) : -1;
  int pline = self->focus_project ? find_project_line (self, self->focus_project) : -1;
  guint row = self->transposed ? (guint)MAX (pline, 0) : (guint)MAX (uline, 0);
  guint column = self->transposed ? (guint)MAX (uline, 0) : (guint)MAX (pline, 0);

  self->focus_row = MIN (row, MAX (n_rows (self), 1) - 1);
  self->focus_column = MIN (column, MAX (n_columns (self), 1) - 1);
  remember_focus (self);
  update_focus_accessible (self);
}

static char *
dup_cell_name (PdMatrixView *self,
               guint         row,
               guint         column,
               char        **description)
{
  guint uline, pline;
  const Entry *entry;
  PdUnit *parent;
  g_autofree char *project = NULL;
  PdAssignment *assignment;

  if (description)
    *description = NULL;
  if (row >= n_rows (self) || column >= n_columns (self))
    return NULL;
  cell_lines (self, row, column, &uline, &pline);
  entry = find_entry (self, row, column);
  project = format_project (line_project (self, pline));
  parent = line_parent (self, uline);
  if (description != NULL)
    {
      if (parent != NULL)
        /* Translators: the accessible description of a member's cell in the matrix; %s is the collective (各区(县级市)) */
        *description = g_strdup_printf (_("Through %s; read-only"), pd_unit_get_name (parent));
      else if (entry != NULL && (entry->flags & ENTRY_SCOPED) &&
               (assignment = find_assignment (line_project (self, pline), line_unit (self, uline))) != NULL)
        /* Translators: the accessible description of a scoped cell: %s is the scope (食品安全监管) */
        *description = g_strdup_printf (_("Scope: %s"), pd_assignment_get_scope (assignment));
    }
  /* Translators: the accessible name of a matrix cell: unit — project number and title — role,
   * e.g. 市公安局 — 29 治安技防系统建设项目 — 牵头 */
  return g_strdup_printf (_("%s — %s — %s"), pd_unit_get_name (line_unit (self, uline)), project,
                          role_label (entry ? entry->role : -1));
}

static char *
dup_row_header_name (PdMatrixView *self,
                     guint         row)
{
  if (row >= n_rows (self))
    return NULL;
  if (self->transposed)
    return format_project (line_project (self, row));
  return g_strdup (pd_unit_get_name (line_unit (self, row)));
}

static char *
dup_column_header_name (PdMatrixView *self,
                        guint         column)
{
  if (column >= n_columns (self))
    return NULL;
  if (self->transposed)
    return g_strdup (pd_unit_get_name (line_unit (self, column)));
  return format_project (line_project (self, column));
}

static void
update_focus_accessible (PdMatrixView *self)
{
  g_autofree char *description = NULL;
  g_autofree char *name = dup_cell_name (self, self->focus_row, self->focus_column, &description);
  g_autofree char *row_name = dup_row_header_name (self, self->focus_row);
  g_autofree char *column_name = dup_column_header_name (self, self->focus_column);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cell_proxy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name ? name : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->cell_proxy),
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int)self->focus_row + 1,
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, (int)self->focus_column + 1,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->row_proxy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_name ? row_name : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_proxy),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, column_name ? column_name : "", -1);
}

static void
select_line (PdMatrixView *self,
             guint         pline,
             gboolean      notify)
{
  PdProject *project = pline < self->project_lines->len ? line_project (self, pline) : NULL;

  if (project == NULL || project == self->selected)
    return;
  g_set_object (&self->selected, project);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (notify)
    g_signal_emit (self, signals[SIGNAL_PROJECT_SELECTED], 0, project);
}

static void
move_focus (PdMatrixView *self,
            guint         row,
            guint         column,
            gboolean      select)
{
  guint rows = n_rows (self), columns = n_columns (self);

  if (rows == 0 || columns == 0)
    return;
  self->focus_row = MIN (row, rows - 1);
  self->focus_column = MIN (column, columns - 1);
  remember_focus (self);
  update_focus_accessible (self);
  scroll_to_cell (self, self->focus_row, self->focus_column);
  if (select)
    select_line (self, self->transposed ? self->focus_row : self->focus_column, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Editing */

static gboolean
push (PdMatrixView *self,
      PdCommand    *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (command == NULL)
    return FALSE;
  if (self->history == NULL)
    {
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, _("There is no plan to change"));
      return FALSE;
    }
  if (!pd_history_push (self->history, command, &error))
    {
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      sync_popover (self);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
  return TRUE;
}

static gboolean
cell_is_derived (PdMatrixView *self,
                 guint         row,
                 guint         column)
{
  guint uline, pline;

  cell_lines (self, row, column, &uline, &pline);
  return uline < self->unit_lines->len && unit_line (self, uline)->parent != NONE;
}

static void
refuse_derived (PdMatrixView *self,
                guint         row,
                guint         column)
{
  guint uline, pline;
  g_autofree char *message = NULL;

  cell_lines (self, row, column, &uline, &pline);
  /* Translators: %s is a member unit (荔湾区), the second %s its collective (各区(县级市)) */
  message = g_strdup_printf (_("%s is shown through %s: change the collective’s row instead"),
                             pd_unit_get_name (line_unit (self, uline)), pd_unit_get_name (line_parent (self, uline)));
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

/* Gives @unit @role (PD_MATRIX_NO_ROLE: none) on @project. */
static gboolean
set_role (PdMatrixView *self,
          PdUnit       *unit,
          PdProject    *project,
          int           role)
{
  PdAssignment *assignment = find_assignment (project, unit);
  g_autoptr(GError) error = NULL;
  PdCommand *command = NULL;

  if (assignment == NULL && role < 0)
    return FALSE;
  if (assignment == NULL)
    {
      command = pd_command_add_assignment (project, unit, role, NULL, &error);
      if (command == NULL)
        {
          g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
          return FALSE;
        }
    }
  else if (role < 0)
    command = pd_command_remove_assignment (assignment);
  else if ((int)pd_assignment_get_role (assignment) != role)
    command = pd_command_set_assignment_role (assignment, role);
  else
    return FALSE;
  return push (self, command);
}

static void
cycle_role (PdMatrixView *self)
{
  guint uline, pline;
  const Entry *entry;
  int next;

  if (self->focus_row >= n_rows (self) || self->focus_column >= n_columns (self))
    return;
  if (cell_is_derived (self, self->focus_row, self->focus_column))
    {
      refuse_derived (self, self->focus_row, self->focus_column);
      return;
    }
  cell_lines (self, self->focus_row, self->focus_column, &uline, &pline);
  entry = find_entry (self, self->focus_row, self->focus_column);
  /* none → cooperate → lead → none (responsible goes to none) */
  if (entry == NULL)
    next = PD_ROLE_COOPERATE;
  else if (entry->role == PD_ROLE_COOPERATE)
    next = PD_ROLE_LEAD;
  else
    next = PD_MATRIX_NO_ROLE;
  set_role (self, line_unit (self, uline), line_project (self, pline), next);
}

/* The popover */

static void
sync_popover (PdMatrixView *self)
{
  PdAssignment *assignment;
  int role;
  gboolean writable;

  if (self->popover_unit == NULL || self->popover_project == NULL)
    return;
  assignment = find_assignment (self->popover_project, self->popover_unit);
  role = assignment ? (int)pd_assignment_get_role (assignment) : PD_MATRIX_NO_ROLE;
  writable = self->store != NULL && !pd_database_is_read_only (pd_store_get_database (self->store));

  self->popover_syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->role_buttons[role + 1]), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->scope_entry),
                         assignment && pd_assignment_get_scope (assignment) ? pd_assignment_get_scope (assignment) : "");
  gtk_widget_set_sensitive (self->scope_entry, assignment != NULL && writable);
  for (guint i = 0; i <= PD_N_ROLES; i++)
    gtk_widget_set_sensitive (self->role_buttons[i], writable);
  gtk_widget_set_visible (self->popover_note, !writable);
  self->popover_syncing = FALSE;
}

static void
open_popover (PdMatrixView *self,
              guint         row,
              guint         column)
{
  guint uline, pline;
  g_autofree char *project = NULL;

  if (row >= n_rows (self) || column >= n_columns (self))
    return;
  if (cell_is_derived (self, row, column))
    {
      refuse_derived (self, row, column);
      return;
    }
  cell_lines (self, row, column, &uline, &pline);
  g_set_object (&self->popover_unit, line_unit (self, uline));
  g_set_object (&self->popover_project, line_project (self, pline));
  project = format_project (self->popover_project);
  gtk_label_set_text (GTK_LABEL (self->popover_title), pd_unit_get_name (self->popover_unit));
  gtk_label_set_text (GTK_LABEL (self->popover_subtitle), project);
  sync_popover (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
apply_scope (PdMatrixView *self)
{
  PdAssignment *assignment;
  const char *text;
  g_autofree char *scope = NULL;

  if (self->popover_syncing || self->popover_unit == NULL || self->popover_project == NULL)
    return;
  assignment = find_assignment (self->popover_project, self->popover_unit);
  if (assignment == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->scope_entry));
  scope = g_strstrip (g_strdup (text));
  if (g_strcmp0 (scope, pd_assignment_get_scope (assignment) ? pd_assignment_get_scope (assignment) : "") == 0)
    return;
  push (self, pd_command_set_assignment_scope (assignment, *scope ? scope : NULL));
}

static void
role_button_toggled_cb (GtkCheckButton *button,
                        PdMatrixView   *self)
{
  int role = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pd-role"));

  if (self->popover_syncing || !gtk_check_button_get_active (button) ||
      self->popover_unit == NULL || self->popover_project == NULL)
    return;
  set_role (self, self->popover_unit, self->popover_project, role);
  sync_popover (self);
}

static void
scope_activate_cb (GtkEntry     *entry,
                   PdMatrixView *self)
{
  apply_scope (self);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
popover_closed_cb (GtkPopover   *popover,
                   PdMatrixView *self)
{
  apply_scope (self);
  g_clear_object (&self->popover_unit);
  g_clear_object (&self->popover_project);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->cell_proxy);
}

static GtkWidget *
build_popover (PdMatrixView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scope_label;
  GtkCheckButton *group = NULL;
  static const char *mnemonics[] = {
    /* Translators: in the matrix's cell popover: the unit has no role on the project */
    NC_("matrix role", "_None"),
    NC_("matrix role", "_Lead"),
    NC_("matrix role", "_Cooperating"),
    NC_("matrix role", "_Responsible"),
  };

  gtk_widget_add_css_class (popover, "matrix-popover");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->popover_title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->popover_title, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->popover_title), 0);
  gtk_label_set_attributes (GTK_LABEL (self->popover_title), self->chinese);
  gtk_label_set_wrap (GTK_LABEL (self->popover_title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->popover_title), 24);
  gtk_box_append (GTK_BOX (box), self->popover_title);
  self->popover_subtitle = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->popover_subtitle, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->popover_subtitle), 0);
  gtk_label_set_attributes (GTK_LABEL (self->popover_subtitle), self->chinese);
  gtk_label_set_wrap (GTK_LABEL (self->popover_subtitle), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->popover_subtitle), 24);
  gtk_box_append (GTK_BOX (box), self->popover_subtitle);

  for (int i = 0; i <= PD_N_ROLES; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_mnemonic (g_dpgettext2 (GETTEXT_PACKAGE, "matrix role",
                                                                            mnemonics[i]));

      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
      else
        group = GTK_CHECK_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "pd-role", GINT_TO_POINTER (i - 1));
      g_signal_connect (button, "toggled", G_CALLBACK (role_button_toggled_cb), self);
      self->role_buttons[i] = button;
      gtk_box_append (GTK_BOX (box), button);
    }

  /* Translators: the scope of a unit's role on a project (e.g. 食品安全监管), in the matrix's popover */
  scope_label = gtk_label_new_with_mnemonic (_("_Scope"));
  gtk_label_set_xalign (GTK_LABEL (scope_label), 0);
  gtk_widget_set_margin_top (scope_label, 6);
  gtk_box_append (GTK_BOX (box), scope_label);
  self->scope_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->scope_entry), _("The whole project"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (scope_label), self->scope_entry);
  g_signal_connect (self->scope_entry, "activate", G_CALLBACK (scope_activate_cb), self);
  gtk_box_append (GTK_BOX (box), self->scope_entry);

  self->popover_note = gtk_label_new (_("This plan is read-only."));
  gtk_widget_add_css_class (self->popover_note, "dim-label");
  gtk_widget_set_visible (self->popover_note, FALSE);
  gtk_box_append (GTK_BOX (box), self->popover_note);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed_cb), self);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

/* Type-ahead in the row headers */

static gboolean
typed_timeout_cb (gpointer data)
{
  PdMatrixView *self = data;

  g_string_truncate (self->typed, 0);
  self->typed_timeout = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
row_matches (PdMatrixView *self,
             guint         row,
             const char   *folded,
             gboolean      prefix)
{
  g_autofree char *name = NULL;
  g_autofree char *name_folded = NULL;

  if (!self->transposed && unit_line (self, row)->parent != NONE)
    return FALSE;
  name = dup_row_header_name (self, row);
  name_folded = g_utf8_casefold (name, -1);
  if (prefix)
    return g_str_has_prefix (name_folded, folded);
  return strstr (name_folded, folded) != NULL;
}

void
pd_matrix_view_type_ahead (PdMatrixView *self,
                           const char   *text)
{
  g_autofree char *folded = NULL;
  guint rows;

  g_return_if_fail (PD_IS_MATRIX_VIEW (self));

  rows = n_rows (self);
  g_string_append (self->typed, text);
  g_clear_handle_id (&self->typed_timeout, g_source_remove);
  self->typed_timeout = g_timeout_add (1200, typed_timeout_cb, self);
  folded = g_utf8_casefold (self->typed->str, -1);
  if (rows == 0)
    return;
  /* From the focused row on, names that start so, then names that hold it. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < rows; i++)
      {
        guint row = (self->focus_row + i) % rows;

        if (row_matches (self, row, folded, pass == 0))
          {
            move_focus (self, row, self->focus_column, self->transposed);
            return;
          }
      }
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
im_commit_cb (GtkIMContext *context,
              const char   *text,
              PdMatrixView *self)
{
  if (text == NULL || *text == '\0' || g_unichar_iscntrl (g_utf8_get_char (text)))
    return;
  if (self->typed->len == 0 && g_str_equal (text, " "))
    {
      cycle_role (self);
      return;
    }
  pd_matrix_view_type_ahead (self, text);
}

/* Input */

gboolean
pd_matrix_view_press_key (PdMatrixView    *self,
                          guint            keyval,
                          GdkModifierType  state)
{
  guint rows, columns, row, column, page;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;

  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), FALSE);

  rows = n_rows (self);
  columns = n_columns (self);
  if (rows == 0 || columns == 0)
    return FALSE;
  row = self->focus_row;
  column = self->focus_column;
  page = MAX (1, (guint)((self->vadjustment ? gtk_adjustment_get_page_size (self->vadjustment) : 0) / self->g.cell));
  if (state & (GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      column = column > 0 ? column - 1 : 0;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      column = MIN (column + 1, columns - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row = row > 0 ? row - 1 : 0;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row = MIN (row + 1, rows - 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      column = 0;
      if (ctrl)
        row = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      column = columns - 1;
      if (ctrl)
        row = rows - 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      row = row > page ? row - page : 0;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      row = MIN (row + page, rows - 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_Menu:
      open_popover (self, row, column);
      return TRUE;
    case GDK_KEY_F10:
      if (!(state & GDK_SHIFT_MASK))
        return FALSE;
      open_popover (self, row, column);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (ctrl)
        return FALSE;
      if (self->typed->len > 0)
        {
          pd_matrix_view_type_ahead (self, " ");
          return TRUE;
        }
      cycle_role (self);
      return TRUE;
    case GDK_KEY_BackSpace:
      if (self->typed->len > 0)
        {
          g_string_truncate (self->typed, 0);
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }

  if (ctrl && keyval != GDK_KEY_Home && keyval != GDK_KEY_End && keyval != GDK_KEY_KP_Home &&
      keyval != GDK_KEY_KP_End)
    return FALSE;
  g_string_truncate (self->typed, 0);
  move_focus (self, row, column, column != self->focus_column || (self->transposed && row != self->focus_row));
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PdMatrixView          *self)
{
  return pd_matrix_view_press_key (self, keyval, state);
}

void
pd_matrix_view_click (PdMatrixView *self,
                      double        x,
                      double        y)
{
  int row, column, extra;

  g_return_if_fail (PD_IS_MATRIX_VIEW (self));

  switch (hit_test (self, x, y, &row, &column, &extra))
    {
    case HIT_CELL:
      gtk_widget_grab_focus (self->cell_proxy);
      move_focus (self, row, column, TRUE);
      open_popover (self, row, column);
      break;
    case HIT_COLUMN_HEADER:
    case HIT_COLUMN_TOTAL:
      gtk_widget_grab_focus (self->cell_proxy);
      move_focus (self, self->focus_row, column, TRUE);
      break;
    case HIT_ROW_HEADER:
    case HIT_ROW_TOTAL:
      gtk_widget_grab_focus (self->cell_proxy);
      move_focus (self, row, self->focus_column, self->transposed);
      break;
    case HIT_BAND:
    case HIT_TOTALS_HEAD:
    case HIT_NONE:
    default:
      gtk_widget_grab_focus (self->cell_proxy);
      break;
    }
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  PdMatrixView    *self)
{
  if (n_press != 1)
    return;
  pd_matrix_view_click (self, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PdMatrixView             *self)
{
  int row, column, extra;
  HitKind kind = hit_test (self, x, y, &row, &column, &extra);

  self->pointer_x = x;
  self->pointer_y = y;
  if (kind == HIT_CELL)
    set_hover (self, row, column);
  else if (kind == HIT_ROW_HEADER || kind == HIT_ROW_TOTAL)
    set_hover (self, row, -1);
  else if (kind == HIT_COLUMN_HEADER || kind == HIT_COLUMN_TOTAL)
    set_hover (self, -1, column);
  else
    set_hover (self, -1, -1);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          PdMatrixView             *self)
{
  self->pointer_x = self->pointer_y = -1;
  set_hover (self, -1, -1);
}

static void zoom_to (PdMatrixView *self, guint level, double anchor_x, double anchor_y);

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PdMatrixView             *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = self->pointer_x, y = self->pointer_y;

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return GDK_EVENT_PROPAGATE;
  if (dy < 0 && self->zoom_level + 1 < G_N_ELEMENTS (zoom_levels))
    zoom_to (self, self->zoom_level + 1, x, y);
  else if (dy > 0 && self->zoom_level > 0)
    zoom_to (self, self->zoom_level - 1, x, y);
  return GDK_EVENT_STOP;
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  PdMatrixView *self)
{
  g_autofree char *text = NULL;

  if (keyboard)
    text = dup_cell_name (self, self->focus_row, self->focus_column, NULL);
  else
    text = pd_matrix_view_dup_tooltip_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

char *
pd_matrix_view_dup_tooltip_at (PdMatrixView *self,
                               double        x,
                               double        y)
{
  int row, column, extra;
  static const PdRole order[] = { PD_ROLE_LEAD, PD_ROLE_COOPERATE, PD_ROLE_RESPONSIBLE };

  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);

  switch (hit_test (self, x, y, &row, &column, &extra))
    {
    case HIT_CELL:
      {
        guint uline, pline;
        const Entry *entry = find_entry (self, row, column);
        GString *text = g_string_new (NULL);
        PdUnit *parent;
        PdProject *project;
        g_autofree char *title = NULL;

        cell_lines (self, row, column, &uline, &pline);
        project = line_project (self, pline);
        title = format_project (project);
        parent = line_parent (self, uline);
        g_string_append_printf (text, "%s\n%s\n", pd_unit_get_name (line_unit (self, uline)), title);
        if (entry == NULL)
          g_string_append (text, _("No role"));
        else
          {
            PdAssignment *assignment = find_assignment (project, parent ? parent : line_unit (self, uline));

            g_string_append (text, pd_role_get_label (entry->role));
            if (assignment && pd_assignment_get_scope (assignment) && *pd_assignment_get_scope (assignment))
              /* Translators: after a role in the matrix's tooltip: the scope (食品安全监管) */
              g_string_append_printf (text, _(" — scope: %s"), pd_assignment_get_scope (assignment));
          }
        if (parent != NULL)
          {
            g_string_append_c (text, '\n');
            /* Translators: in the tooltip of a member's row: %s is its collective (各区(县级市)) */
            g_string_append_printf (text, _("Through %s (read-only)"), pd_unit_get_name (parent));
          }
        return g_string_free (text, FALSE);
      }

    case HIT_ROW_HEADER:
    case HIT_ROW_TOTAL:
      {
        guint *c = &self->row_counts[row * PD_N_ROLES];
        g_autofree char *name = dup_row_header_name (self, row);

        if (self->transposed)
          {
            PdProgramme *programme = pd_project_get_programme (line_project (self, row));
            g_autofree char *band = programme ? format_programme (programme) : g_strdup ("");

            /* Translators: the matrix's tooltip on a project: title, programme, then its units by role */
            return g_strdup_printf (_("%s\n%s\nLead units: %u · cooperating: %u · responsible: %u"),
                                    name, band, c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
          }
        /* Translators: the matrix's tooltip on a unit: name, kind, then its projects by role */
        return g_strdup_printf (_("%s\n%s\nLeads %u · cooperates on %u · responsible for %u"),
                                name, kind_label (pd_unit_get_kind (line_unit (self, row))),
                                c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
      }

    case HIT_COLUMN_HEADER:
    case HIT_COLUMN_TOTAL:
      {
        guint *c = &self->column_counts[column * PD_N_ROLES];
        g_autofree char *name = dup_column_header_name (self, column);

        if (self->transposed)
          return g_strdup_printf (_("%s\n%s\nLeads %u · cooperates on %u · responsible for %u"),
                                  name, kind_label (pd_unit_get_kind (line_unit (self, column))),
                                  c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
        {
          PdProgramme *programme = pd_project_get_programme (line_project (self, column));
          g_autofree char *band = programme ? format_programme (programme) : g_strdup ("");

          return g_strdup_printf (_("%s\n%s\nLead units: %u · cooperating: %u · responsible: %u"),
                                  name, band, c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
        }
      }

    case HIT_BAND:
      {
        guint line = self->transposed ? (guint)row : (guint)column;

        for (guint b = 0; b < self->bands->len; b++)
          {
            const Band *band = &g_array_index (self->bands, Band, b);

            if (line >= band->first && line < band->first + band->n)
              return format_programme (g_ptr_array_index (self->programmes, band->programme));
          }
        return NULL;
      }

    case HIT_TOTALS_HEAD:
      if (extra >= 0 && extra < PD_N_ROLES)
        /* Translators: the tooltip of a totals column of the matrix; %s is a role (牵头) */
        return g_strdup_printf (_("Count: %s"), pd_role_get_label (order[extra]));
      return NULL;

    case HIT_NONE:
    default:
      return NULL;
    }
}

/* Options */

static void
options_changed (PdMatrixView *self)
{
  rebuild_lines (self);
  update_geometry (self);
  restore_focus (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->focus_row < n_rows (self) && self->focus_column < n_columns (self))
    scroll_to_cell (self, self->focus_row, self->focus_column);
}

static void
set_sort (PdMatrixView *self,
          SortOrder     sort)
{
  if (self->sort == sort)
    return;
  self->sort = sort;
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

static void
set_flag (PdMatrixView *self,
          gboolean     *flag,
          gboolean      value,
          guint         prop)
{
  value = !!value;
  if (*flag == value)
    return;
  *flag = value;
  if (flag == &self->transposed)
    {
      if (value)
        gtk_widget_add_css_class (GTK_WIDGET (self), "transposed");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "transposed");
    }
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (PdMatrixView  *self,
            char         **slot,
            const char    *value,
            guint          prop)
{
  if (g_strcmp0 (*slot, value ? value : "") == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value ? value : "");
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
zoom_to (PdMatrixView *self,
         guint         level,
         double        anchor_x,
         double        anchor_y)
{
  double old_cell = self->g.cell;
  double fx = 0, fy = 0, px = 0, py = 0;
  gboolean anchored = anchor_x >= self->g.left && anchor_y >= self->g.top;

  level = MIN (level, G_N_ELEMENTS (zoom_levels) - 1);
  if (level == self->zoom_level)
    return;
  /* The cell under the pointer (or the focus cell) stays where it is. */
  if (anchored && self->hadjustment && self->vadjustment)
    {
      px = anchor_x - self->g.left;
      py = anchor_y - self->g.top;
      fx = (gtk_adjustment_get_value (self->hadjustment) + px) / old_cell;
      fy = (gtk_adjustment_get_value (self->vadjustment) + py) / old_cell;
    }
  self->zoom_level = level;
  update_geometry (self);
  configure_adjustments (self);
  if (anchored && self->hadjustment && self->vadjustment)
    {
      gtk_adjustment_set_value (self->hadjustment, fx * self->g.cell - px);
      gtk_adjustment_set_value (self->vadjustment, fy * self->g.cell - py);
    }
  else
    scroll_to_cell (self, self->focus_row, self->focus_column);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "matrix.zoom-in", level + 1 < G_N_ELEMENTS (zoom_levels));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "matrix.zoom-out", level > 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  zoom_to (self, self->zoom_level + 1, -1, -1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  if (self->zoom_level > 0)
    zoom_to (self, self->zoom_level - 1, -1, -1);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  zoom_to (PD_MATRIX_VIEW (widget), DEFAULT_ZOOM, -1, -1);
}

static void
edit_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  open_popover (self, self->focus_row, self->focus_column);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    PdMatrixView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      g_autofree char *with_extension = NULL;

      if (path != NULL && !g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
          !g_str_has_suffix (path, ".PNG") && !g_str_has_suffix (path, ".SVG"))
        {
          gboolean svg = filter != NULL && g_object_get_data (G_OBJECT (filter), "pd-svg") != NULL;

          with_extension = g_strconcat (path, svg ? ".svg" : ".png", NULL);
        }
      if (path == NULL)
        g_signal_emit (self, signals[SIGNAL_ERROR], 0, _("Images can only be saved to local files"));
      else if (!pd_matrix_view_export_image (self, with_extension ? with_extension : path, &error))
        g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      else
        {
          g_autoptr(GFile) saved = g_file_new_for_path (with_extension ? with_extension : path);

          g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, saved);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *png = gtk_file_filter_new ();
  GtkFileFilter *svg = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Matrix Image"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (png, _("PNG image"));
  gtk_file_filter_add_mime_type (png, "image/png");
  gtk_file_filter_add_suffix (png, "png");
  gtk_file_filter_set_name (svg, _("SVG image"));
  gtk_file_filter_add_mime_type (svg, "image/svg+xml");
  gtk_file_filter_add_suffix (svg, "svg");
  g_object_set_data (G_OBJECT (svg), "pd-svg", GINT_TO_POINTER (1));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), svg);
  g_object_unref (png);
  g_object_unref (svg);
  /* Translators: the suggested file name of the matrix image; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Responsibility Matrix.png"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The proxy action group, for menus outside the view */

static const char * const proxied_actions[] = {
  "zoom-in", "zoom-out", "zoom-reset", "transpose", "sort", "show-members", "hide-empty",
  "programme", "unit-kind", "export-image",
};

static void
proxy_activate_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_autofree char *name = g_strconcat ("matrix.", g_action_get_name (G_ACTION (action)), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (user_data), name, parameter);
}

static void
sync_proxy_group (PdMatrixView *self)
{
  struct { const char *name; GVariant *state; } states[] = {
    { "transpose", g_variant_new_boolean (self->transposed) },
    { "show-members", g_variant_new_boolean (self->show_members) },
    { "hide-empty", g_variant_new_boolean (self->hide_empty) },
    { "sort", g_variant_new_string (sort_names[self->sort]) },
    { "programme", g_variant_new_string (self->programme_filter) },
    { "unit-kind", g_variant_new_string (self->kind_filter) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      GAction *action = self->proxy_group ? g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                        states[i].name) : NULL;

      if (action != NULL)
        g_simple_action_set_state (G_SIMPLE_ACTION (action), states[i].state);
      else
        g_variant_unref (g_variant_ref_sink (states[i].state));
    }
  if (self->proxy_group != NULL)
    {
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                                "zoom-in")),
                                   self->zoom_level + 1 < G_N_ELEMENTS (zoom_levels));
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                                "zoom-out")),
                                   self->zoom_level > 0);
    }
}

GActionGroup *
pd_matrix_view_get_action_group (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);

  if (self->proxy_group == NULL)
    {
      self->proxy_group = g_simple_action_group_new ();
      for (guint i = 0; i < G_N_ELEMENTS (proxied_actions); i++)
        {
          const char *name = proxied_actions[i];
          GSimpleAction *action;

          if (g_str_equal (name, "transpose") || g_str_equal (name, "show-members") || g_str_equal (name, "hide-empty"))
            action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));
          else if (g_str_equal (name, "sort") || g_str_equal (name, "programme") || g_str_equal (name, "unit-kind"))
            action = g_simple_action_new_stateful (name, G_VARIANT_TYPE_STRING, g_variant_new_string (""));
          else
            action = g_simple_action_new (name, NULL);
          g_signal_connect_object (action, "activate", G_CALLBACK (proxy_activate_cb), self, 0);
          g_action_map_add_action (G_ACTION_MAP (self->proxy_group), G_ACTION (action));
          g_object_unref (action);
        }
      sync_proxy_group (self);
    }
  return G_ACTION_GROUP (self->proxy_group);
}

static void
update_menus (PdMatrixView *self)
{
  if (self->programme_menu != NULL)
    {
      g_menu_remove_all (self->programme_menu);
      g_menu_append (self->programme_menu, _("All Programmes"), "matrix.programme::");
      for (guint i = 0; i < self->programmes->len; i++)
        {
          PdProgramme *programme = g_ptr_array_index (self->programmes, i);
          g_autofree char *label = format_programme (programme);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);
          char id[32];

          g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, pd_programme_get_id (programme));
          g_menu_item_set_action_and_target_value (item, "matrix.programme", g_variant_new_string (id));
          g_menu_append_item (self->programme_menu, item);
          if (i >= 99)
            break;  /* a menu is no place for more; the filter still takes any programme */
        }
    }
  if (self->kind_menu != NULL)
    {
      g_menu_remove_all (self->kind_menu);
      g_menu_append (self->kind_menu, _("All Kinds"), "matrix.unit-kind::");
      for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (g_dpgettext2 (GETTEXT_PACKAGE, "unit kind",
                                                                     unit_kinds[i].label), NULL);

          g_menu_item_set_action_and_target_value (item, "matrix.unit-kind",
                                                   g_variant_new_string (unit_kinds[i].kind));
          g_menu_append_item (self->kind_menu, item);
        }
    }
}

GMenuModel *
pd_matrix_view_get_menu_model (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);

  if (self->menu == NULL)
    {
      GMenu *section;
      GMenu *sort = g_menu_new ();

      self->menu = g_menu_new ();
      self->programme_menu = g_menu_new ();
      self->kind_menu = g_menu_new ();

      section = g_menu_new ();
      g_menu_append (section, _("Zoom _In"), "matrix.zoom-in");
      g_menu_append (section, _("Zoom _Out"), "matrix.zoom-out");
      g_menu_append (section, _("O_riginal Size"), "matrix.zoom-reset");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);

      g_menu_append (sort, _("_Document Order"), "matrix.sort::document");
      g_menu_append (sort, _("_Name"), "matrix.sort::name");
      g_menu_append (sort, _("_Kind"), "matrix.sort::kind");
      g_menu_append (sort, _("_Load"), "matrix.sort::load");
      section = g_menu_new ();
      g_menu_append_submenu (section, _("_Sort Units"), G_MENU_MODEL (sort));
      g_menu_append_submenu (section, _("_Programme"), G_MENU_MODEL (self->programme_menu));
      g_menu_append_submenu (section, _("Unit _Kind"), G_MENU_MODEL (self->kind_menu));
      g_menu_append (section, _("_Transpose"), "matrix.transpose");
      g_menu_append (section, _("Show _Members of Collectives"), "matrix.show-members");
      g_menu_append (section, _("_Hide Units Without Projects"), "matrix.hide-empty");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);
      g_object_unref (sort);

      section = g_menu_new ();
      g_menu_append (section, _("_Export Image…"), "matrix.export-image");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);
      update_menus (self);
    }
  return G_MENU_MODEL (self->menu);
}

/* The store */

static void
rebuild (PdMatrixView *self)
{
  load_plan (self);
  options_changed (self);
  update_menus (self);
  if (self->popover_unit != NULL)
    {
      if (g_hash_table_contains (self->unit_index, self->popover_unit) &&
          g_hash_table_contains (self->project_index, self->popover_project))
        sync_popover (self);
      else
        gtk_popover_popdown (GTK_POPOVER (self->popover));
    }
}

static void
store_changed_cb (PdStore      *store,
                  PdMatrixView *self)
{
  rebuild (self);
}

/* Export */

gboolean
pd_matrix_view_export_image (PdMatrixView  *self,
                             const char    *path,
                             GError       **error)
{
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *lower = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  gboolean svg;
  Frame frame = { 0 };

  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  svg = g_str_has_suffix (lower, ".svg");
  if (!svg && !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Images are saved as PNG or SVG: end the file name with .png or .svg"));
      return FALSE;
    }
  if (self->g.cell == 0)
    update_geometry (self);
  frame.width = self->g.left + (float)n_columns (self) * self->g.cell + self->g.right;
  frame.height = self->g.top + (float)n_rows (self) * self->g.cell + self->g.foot_h;
  if (frame.width > MAX_IMAGE || frame.height > MAX_IMAGE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("The matrix is too large for an image (%.0f × %.0f pixels): filter it or zoom out first"),
                   frame.width, frame.height);
      return FALSE;
    }

  snapshot = gtk_snapshot_new ();
  fill (snapshot, &get_colors (self)->view_bg, 0, 0, frame.width, frame.height);
  draw_matrix (self, snapshot, &frame);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  if (svg)
    surface = cairo_svg_surface_create (path, frame.width, frame.height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceilf (frame.width), (int)ceilf (frame.height));
  cr = cairo_create (surface);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (svg)
    cairo_surface_finish (surface);
  else
    cairo_surface_write_to_png (surface, path);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), display,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* GtkWidget */

static void
pd_matrix_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);
  const Geometry *g = &self->g;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = g->left + g->right + 3 * g->cell;
      *natural = (int)MIN ((double)g->left + g->right + (double)n_columns (self) * g->cell, 4000);
    }
  else
    {
      *minimum = g->top + g->foot_h + 3 * g->cell;
      *natural = (int)MIN ((double)g->top + g->foot_h + (double)n_rows (self) * g->cell, 4000);
    }
  *natural = MAX (*natural, *minimum);
}

static void
allocate_proxy (GtkWidget *proxy,
                float      x,
                float      y,
                float      width,
                float      height)
{
  gtk_widget_size_allocate (proxy, &(GtkAllocation) { (int)x, (int)y, MAX ((int)width, 1), MAX ((int)height, 1) }, -1);
}

static void
pd_matrix_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);
  const Geometry *g = &self->g;
  double sx, sy;
  float x, y;

  configure_adjustments (self);
  sx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  sy = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  x = g->left + (float)self->focus_column * g->cell - (float)sx;
  y = g->top + (float)self->focus_row * g->cell - (float)sy;

  /* Kept inside the cell area, so a focus scrolled out of sight is not drawn over the headers. */
  allocate_proxy (self->cell_proxy, CLAMP (x, g->left, MAX (g->left, width - g->right - g->cell)),
                  CLAMP (y, g->top, MAX (g->top, height - g->foot_h - g->cell)), g->cell, g->cell);
  allocate_proxy (self->row_proxy, 0, CLAMP (y, g->top, MAX (g->top, height - g->foot_h - g->cell)),
                  g->left, g->cell);
  allocate_proxy (self->column_proxy, CLAMP (x, g->left, MAX (g->left, width - g->right - g->cell)), 0,
                  g->cell, g->top);

  if (self->popover_unit != NULL)
    {
      int uline = find_unit_line (self, self->popover_unit, NULL);
      int pline = find_project_line (self, self->popover_project);

      if (uline >= 0 && pline >= 0)
        {
          guint row = self->transposed ? (guint)pline : (guint)uline;
          guint column = self->transposed ? (guint)uline : (guint)pline;
          GdkRectangle rect = {
            (int)(g->left + (double)column * g->cell - sx), (int)(g->top + (double)row * g->cell - sy),
            g->cell, g->cell,
          };

          rect.x = CLAMP (rect.x, g->left, MAX (g->left, width - g->right - g->cell));
          rect.y = CLAMP (rect.y, g->top, MAX (g->top, height - g->foot_h - g->cell));
          gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
        }
    }
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
pd_matrix_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  PangoContext *context;
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (pd_matrix_view_parent_class)->css_changed (widget, change);
  self->colors_valid = FALSE;
  /* Hover and focus change the style too: lay text out again only for a new font. */
  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  if (self->base_font == NULL || font == NULL || !pango_font_description_equal (self->base_font, font))
    {
      g_clear_pointer (&self->base_font, pango_font_description_free);
      self->base_font = font ? pango_font_description_copy (font) : NULL;
      update_geometry (self);
      configure_adjustments (self);
      gtk_widget_queue_resize (widget);
    }
  gtk_widget_queue_draw (widget);
}

static gboolean
pd_matrix_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (PD_MATRIX_VIEW (widget)->cell_proxy);
}

static void
focus_changed_cb (PdMatrixView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pd_matrix_view_realize (GtkWidget *widget)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  GTK_WIDGET_CLASS (pd_matrix_view_parent_class)->realize (widget);
  gtk_im_context_set_client_widget (self->im_context, widget);
}

static void
pd_matrix_view_unrealize (GtkWidget *widget)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  gtk_im_context_set_client_widget (self->im_context, NULL);
  GTK_WIDGET_CLASS (pd_matrix_view_parent_class)->unrealize (widget);
}

/* GObject */

static void
pd_matrix_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PdMatrixView *self = PD_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_SORT:
      g_value_set_string (value, sort_names[self->sort]);
      break;
    case PROP_TRANSPOSED:
      g_value_set_boolean (value, self->transposed);
      break;
    case PROP_SHOW_MEMBERS:
      g_value_set_boolean (value, self->show_members);
      break;
    case PROP_HIDE_EMPTY:
      g_value_set_boolean (value, self->hide_empty);
      break;
    case PROP_PROGRAMME_FILTER:
      g_value_set_string (value, self->programme_filter);
      break;
    case PROP_KIND_FILTER:
      g_value_set_string (value, self->kind_filter);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_matrix_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PdMatrixView *self = PD_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      pd_matrix_view_set_history (self, g_value_get_object (value));
      break;
    case PROP_SORT:
      for (guint i = 0; i < G_N_ELEMENTS (sort_names); i++)
        if (g_strcmp0 (g_value_get_string (value), sort_names[i]) == 0)
          set_sort (self, i);
      break;
    case PROP_TRANSPOSED:
      set_flag (self, &self->transposed, g_value_get_boolean (value), PROP_TRANSPOSED);
      break;
    case PROP_SHOW_MEMBERS:
      set_flag (self, &self->show_members, g_value_get_boolean (value), PROP_SHOW_MEMBERS);
      break;
    case PROP_HIDE_EMPTY:
      set_flag (self, &self->hide_empty, g_value_get_boolean (value), PROP_HIDE_EMPTY);
      break;
    case PROP_PROGRAMME_FILTER:
      set_string (self, &self->programme_filter, g_value_get_string (value), PROP_PROGRAMME_FILTER);
      break;
    case PROP_KIND_FILTER:
      set_string (self, &self->kind_filter, g_value_get_string (value), PROP_KIND_FILTER);
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
property_notify_cb (PdMatrixView *self)
{
  sync_proxy_group (self);
}

static void
pd_matrix_view_dispose (GObject *object)
{
  PdMatrixView *self = PD_MATRIX_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_clear_handle_id (&self->typed_timeout, g_source_remove);
  g_clear_pointer (&self->cell_proxy, gtk_widget_unparent);
  g_clear_pointer (&self->row_proxy, gtk_widget_unparent);
  g_clear_pointer (&self->column_proxy, gtk_widget_unparent);
  if (self->popover != NULL)
    g_signal_handlers_disconnect_by_func (self->popover, popover_closed_cb, self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_unit);
  g_clear_object (&self->popover_project);
  g_clear_object (&self->focus_unit);
  g_clear_object (&self->focus_parent);
  g_clear_object (&self->focus_project);
  g_clear_object (&self->selected);
  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->im_context);
  g_clear_object (&self->proxy_group);
  g_clear_object (&self->menu);
  g_clear_object (&self->programme_menu);
  g_clear_object (&self->kind_menu);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (pd_matrix_view_parent_class)->dispose (object);
}

static void
pd_matrix_view_finalize (GObject *object)
{
  PdMatrixView *self = PD_MATRIX_VIEW (object);

  clear_plan (self);
  clear_lines (self);
  g_ptr_array_unref (self->units);
  g_ptr_array_unref (self->projects);
  g_ptr_array_unref (self->programmes);
  g_hash_table_unref (self->unit_index);
  g_hash_table_unref (self->project_index);
  g_array_unref (self->unit_lines);
  g_array_unref (self->project_lines);
  g_array_unref (self->bands);
  g_hash_table_unref (self->layouts);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_clear_pointer (&self->base_font, pango_font_description_free);
  pango_attr_list_unref (self->chinese);
  g_string_free (self->typed, TRUE);
  g_free (self->programme_filter);
  g_free (self->kind_filter);

  G_OBJECT_CLASS (pd_matrix_view_parent_class)->finalize (object);
}

static void
pd_matrix_view_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
pd_matrix_view_class_init (PdMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pd_matrix_view_get_property;
  object_class->set_property = pd_matrix_view_set_property;
  object_class->dispose = pd_matrix_view_dispose;
  object_class->finalize = pd_matrix_view_finalize;

  widget_class->measure = pd_matrix_view_measure;
  widget_class->size_allocate = pd_matrix_view_size_allocate;
  widget_class->snapshot = pd_matrix_view_snapshot;
  widget_class->css_changed = pd_matrix_view_css_changed;
  widget_class->grab_focus = pd_matrix_view_grab_focus;
  widget_class->realize = pd_matrix_view_realize;
  widget_class->unrealize = pd_matrix_view_unrealize;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PD_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "document" (first appearance), "name", "kind" or "load" (heaviest first) */
  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "document",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRANSPOSED] =
    g_param_spec_boolean ("transposed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MEMBERS] =
    g_param_spec_boolean ("show-members", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_EMPTY] =
    g_param_spec_boolean ("hide-empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A programme's id as a string, or "" for all */
  properties[PROP_PROGRAMME_FILTER] =
    g_param_spec_string ("programme-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A unit kind ("district"…), or "" for all */
  properties[PROP_KIND_FILTER] =
    g_param_spec_string ("kind-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PdMatrixView::project-selected:
   * @project: the project whose column the user chose
   */
  signals[SIGNAL_PROJECT_SELECTED] =
    g_signal_new ("project-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_PROJECT);
  /**
   * PdMatrixView::command-pushed:
   * @command: applied and on the undo stack
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);
  /**
   * PdMatrixView::error:
   * @message: why an edit or an export could not be made
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * PdMatrixView::exported:
   * @file: the image "Export Image…" wrote
   */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_install_action (widget_class, "matrix.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "matrix.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "matrix.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_property_action (widget_class, "matrix.transpose", "transposed");
  gtk_widget_class_install_property_action (widget_class, "matrix.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "matrix.show-members", "show-members");
  gtk_widget_class_install_property_action (widget_class, "matrix.hide-empty", "hide-empty");
  gtk_widget_class_install_property_action (widget_class, "matrix.programme", "programme-filter");
  gtk_widget_class_install_property_action (widget_class, "matrix.unit-kind", "kind-filter");
  gtk_widget_class_install_action (widget_class, "matrix.export-image", NULL, export_image_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-cell", NULL, edit_cell_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "matrix.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "matrix.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "matrix.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "matrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
pd_matrix_view_init (PdMatrixView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *click;
  PangoAttribute *language = pango_attr_language_new (pango_language_from_string ("zh-cn"));

  self->units = g_ptr_array_new_with_free_func (g_object_unref);
  self->projects = g_ptr_array_new_with_free_func (g_object_unref);
  self->programmes = g_ptr_array_new_with_free_func (g_object_unref);
  self->unit_index = g_hash_table_new (NULL, NULL);
  self->project_index = g_hash_table_new (NULL, NULL);
  self->unit_lines = g_array_new (FALSE, FALSE, sizeof (Line));
  self->project_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->bands = g_array_new (FALSE, FALSE, sizeof (Band));
  self->layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, language);
  self->typed = g_string_new (NULL);
  self->programme_filter = g_strdup ("");
  self->kind_filter = g_strdup ("");
  self->zoom_level = DEFAULT_ZOOM;
  self->hover_row = self->hover_column = -1;
  self->pointer_x = self->pointer_y = -1;
  self->unit_starts = g_new0 (guint32, 1);
  self->member_starts = g_new0 (guint32, 1);

  gtk_widget_set_focusable (widget, FALSE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  self->cell_proxy = proxy_new (widget, GTK_ACCESSIBLE_ROLE_GRID_CELL);
  gtk_widget_set_focusable (self->cell_proxy, TRUE);
  self->row_proxy = proxy_new (widget, GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  self->column_proxy = proxy_new (widget, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  g_signal_connect_swapped (self->cell_proxy, "notify::has-focus", G_CALLBACK (focus_changed_cb), self);
  self->popover = build_popover (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Responsibility matrix"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Units by projects. Arrow keys move between cells; Space cycles the role; "
                                    "Enter opens the role and scope; typing a name jumps to a unit."),
                                  -1);

  /* Keys first, then typed text (type-ahead, with input methods). */
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);
  self->im_context = gtk_im_multicontext_new ();
  g_signal_connect (self->im_context, "commit", G_CALLBACK (im_commit_cb), self);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (controller), self->im_context);
  gtk_widget_add_controller (widget, controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect (self, "notify", G_CALLBACK (property_notify_cb), NULL);
  update_geometry (self);
}

/* Public API */

GtkWidget *
pd_matrix_view_new (void)
{
  return g_object_new (PD_TYPE_MATRIX_VIEW, NULL);
}

void
pd_matrix_view_set_history (PdMatrixView *self,
                            PdHistory    *history)
{
  g_return_if_fail (PD_IS_MATRIX_VIEW (self));
  g_return_if_fail (!history || PD_IS_HISTORY (history));

  if (self->history == history)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  g_set_object (&self->history, history);
  g_set_object (&self->store, (history ? pd_history_get_store (history) : NULL));
  if (self->store != NULL)
    g_signal_connect (self->store, "changed", G_CALLBACK (store_changed_cb), self);
  g_clear_object (&self->selected);
  g_clear_object (&self->focus_unit);
  g_clear_object (&self->focus_parent);
  g_clear_object (&self->focus_project);
  self->focus_row = self->focus_column = 0;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

PdHistory *
pd_matrix_view_get_history (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);
  return self->history;
}

void
pd_matrix_view_select_project (PdMatrixView *self,
                               PdProject    *project)
{
  int pline;

  g_return_if_fail (PD_IS_MATRIX_VIEW (self));
  g_return_if_fail (!project || PD_IS_PROJECT (project));

  if (project == NULL)
    {
      g_clear_object (&self->selected);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  g_set_object (&self->selected, project);
  pline = find_project_line (self, project);
  if (pline >= 0)
    {
      if (self->transposed)
        move_focus (self, (guint)pline, self->focus_column, FALSE);
      else
        move_focus (self, self->focus_row, (guint)pline, FALSE);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PdProject *
pd_matrix_view_get_selected_project (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);
  return self->selected;
}

/* For tests and benchmarks (pd-matrix-view-private.h) */

guint
pd_matrix_view_get_n_rows (PdMatrixView *self)
{
  return n_rows (self);
}

guint
pd_matrix_view_get_n_columns (PdMatrixView *self)
{
  return n_columns (self);
}

static GObject *
axis_item (PdMatrixView *self,
           guint         index,
           gboolean      units)
{
  if (units)
    return index < self->unit_lines->len ? G_OBJECT (line_unit (self, index)) : NULL;
  return index < self->project_lines->len ? G_OBJECT (line_project (self, index)) : NULL;
}

GObject *
pd_matrix_view_get_row_item (PdMatrixView *self,
                             guint         row)
{
  return axis_item (self, row, !self->transposed);
}

GObject *
pd_matrix_view_get_column_item (PdMatrixView *self,
                                guint         column)
{
  return axis_item (self, column, self->transposed);
}

PdUnit *
pd_matrix_view_get_row_collective (PdMatrixView *self,
                                   guint         row)
{
  if (self->transposed || row >= self->unit_lines->len)
    return NULL;
  return line_parent (self, row);
}

int
pd_matrix_view_get_cell_role (PdMatrixView *self,
                              guint         row,
                              guint         column,
                              gboolean     *scoped)
{
  const Entry *entry = find_entry (self, row, column);

  if (scoped)
    *scoped = entry && (entry->flags & ENTRY_SCOPED);
  return entry ? entry->role : PD_MATRIX_NO_ROLE;
}

guint
pd_matrix_view_get_row_total (PdMatrixView *self,
                              guint         row,
                              PdRole        role)
{
  g_return_val_if_fail (row < n_rows (self) && role < PD_N_ROLES, 0);
  return self->row_counts[row * PD_N_ROLES + role];
}

int
pd_matrix_view_find_row (PdMatrixView *self,
                         GObject      *item)
{
  if (PD_IS_UNIT (item) && !self->transposed)
    return find_unit_line (self, PD_UNIT (item), NULL);
  if (PD_IS_PROJECT (item) && self->transposed)
    return find_project_line (self, PD_PROJECT (item));
  return -1;
}

int
pd_matrix_view_find_column (PdMatrixView *self,
                            GObject      *item)
{
  if (PD_IS_UNIT (item) && self->transposed)
    return find_unit_line (self, PD_UNIT (item), NULL);
  if (PD_IS_PROJECT (item) && !self->transposed)
    return find_project_line (self, PD_PROJECT (item));
  return -1;
}

void
pd_matrix_view_set_focus_cell (PdMatrixView *self,
                               guint         row,
                               guint         column)
{
  g_return_if_fail (PD_IS_MATRIX_VIEW (self));
  move_focus (self, row, column, FALSE);
}

void
pd_matrix_view_get_focus_cell (PdMatrixView *self,
                               guint        *row,
                               guint        *column)
{
  *row = self->focus_row;
  *column = self->focus_column;
}

gboolean
pd_matrix_view_get_cell_area (PdMatrixView    *self,
                              guint            row,
                              guint            column,
                              graphene_rect_t *area)
{
  double sx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double sy = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;

  if (row >= n_rows (self) || column >= n_columns (self))
    return FALSE;
  graphene_rect_init (area, self->g.left + (float)(column * (double)self->g.cell - sx),
                      self->g.top + (float)(row * (double)self->g.cell - sy), self->g.cell, self->g.cell);
  return TRUE;
}

gboolean
pd_matrix_view_get_column_header_area (PdMatrixView    *self,
                                       guint            column,
                                       graphene_rect_t *area)
{
  double sx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;

  if (column >= n_columns (self))
    return FALSE;
  graphene_rect_init (area, self->g.left + (float)(column * (double)self->g.cell - sx),
                      self->g.top - self->g.head_h, self->g.cell, self->g.head_h);
  return TRUE;
}

GtkPopover *
pd_matrix_view_get_popover (PdMatrixView *self)
{
  return GTK_POPOVER (self->popover);
}

GtkCheckButton *
pd_matrix_view_get_role_button (PdMatrixView *self,
                                int           role)
{
  g_return_val_if_fail (role >= -1 && role < PD_N_ROLES, NULL);
  return GTK_CHECK_BUTTON (self->role_buttons[role + 1]);
}

GtkEditable *
pd_matrix_view_get_scope_entry (PdMatrixView *self)
{
  return GTK_EDITABLE (self->scope_entry);
}

GtkWidget *
pd_matrix_view_get_focus_widget (PdMatrixView *self)
{
  return self->cell_proxy;
}

double
pd_matrix_view_get_zoom (PdMatrixView *self)
{
  return zoom_levels[self->zoom_level];
}
