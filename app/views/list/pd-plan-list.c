/* pd-plan-list.c — programmes expanding to their projects, with their units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over a GtkTreeListModel: the root rows are the programmes,
 * each expanding to its projects. Above it a search bar holds the search
 * entry and a row of filters (unit, role, programme, status); one
 * PdPlanFilter filters both levels of the tree, and while any criterion is
 * set every programme with a matching project is shown expanded.
 *
 * Rows are recycled: binding sets label texts and connects to the bound
 * project, so an edit of its title, status or units reaches the row at once;
 * unbinding disconnects. Matches of the search are shown in bold on a
 * highlight colour. Plan data is marked as Chinese so that fonts pick
 * Simplified Chinese glyphs whatever the UI language.
 */
#define G_LOG_DOMAIN "pd-plan-list"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "pd-plan-list.h"
#include "views/shared/pd-unit-chooser.h"
#include "views/tracking/pd-tracking-view.h"
#include "store/pd-commands.h"

/* Units named in a cell; the rest are only counted (the cell is narrower). */
#define MAX_NAMES_IN_CELL 12

/* The title column never gives a title less room than this many characters
 * of plan text: beside the side pane the window folds the pane over the
 * list rather than cut titles shorter (the list's minimum width counts it). */
#define MIN_TITLE_CHARS 12

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_LEAD,
  COLUMN_COOPERATE,
  COLUMN_STATUS,
  COLUMN_LIGHT,
} Column;

/* What one cell shows, kept on its GtkListItem. */
typedef struct
{
  PdPlanList  *list;        /* unowned: the list outlives its rows */
  GtkListItem *list_item;   /* unowned: owns the cell */
  GObject     *item;        /* the programme or project bound, owned */
  gulong       handler_id;  /* on @item, for the column's data */
  Column       column;
} Cell;

struct _PdPlanList
{
  GtkWidget             parent_instance;

  /* Template children */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  PdUnitChooser        *unit_chooser;
  GtkDropDown          *role_dropdown;
  GtkDropDown          *programme_dropdown;
  GtkDropDown          *status_dropdown;
  GtkButton            *clear_button;
  GtkLabel             *count_label;
  GtkStack             *results_stack;
  GtkScrolledWindow    *scrolled_window;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *number_column;
  GtkColumnViewColumn  *title_column;
  GtkColumnViewColumn  *lead_column;
  GtkColumnViewColumn  *cooperate_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *light_column;   /* made in code, after Status */

  PdStore              *store;
  PdPlanFilter         *filter;
  GtkTreeListModel     *tree_model;
  GtkSortListModel     *sort_model;
  GListStore           *rows;           /* what the column view shows, see freeze_rows() */
  GtkSingleSelection   *selection;      /* of @rows */
  PdProject            *selected_project;
  GtkSorter            *row_sorter;     /* the column view's sorter, by tree level */
  PdProgramme          *any_programme;  /* first choice of the programme filter */
  PangoAttrList        *chinese;
  GHashTable           *cells;          /* the bound Cells */
  char                 *today;          /* the traffic lights' date */
  int                   title_min_width; /* MIN_TITLE_CHARS of plan text, or 0: not measured yet */

  guint                 freeze_count;
  guint                 span_start;     /* rows changed while frozen: */
  guint                 span_removed;   /*   so many of the rows shown before */
  guint                 span_added;     /*   became so many of the sort model's */
  guint                 span_valid : 1;
  guint                 resetting : 1;
};

G_DEFINE_FINAL_TYPE (PdPlanList, pd_plan_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEARCH_MODE,
  PROP_SELECTED_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Status is written out; the style only adds to it. */
static const char * const status_classes[PD_N_STATUSES] = { "dim-label", "accent", "success", "warning" };

/* Highlighting: the text that matched is bold, on a yellow that keeps the
 * theme's text colour readable, light or dark. */
static PangoAttrList *
new_attributes (GArray *ranges)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const PdTextRange *range = &g_array_index (ranges, PdTextRange, i);
      PangoAttribute *attr[3];

      attr[0] = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      if (dark)
        {
          /* #f5c211 (Yellow 4) at 40% on a dark row */
          attr[1] = pango_attr_background_new (0xf5f5, 0xc2c2, 0x1111);
          attr[2] = pango_attr_background_alpha_new (0x6666);
        }
      else
        {
          /* #f8e45c (Yellow 2) at 75% on a light row */
          attr[1] = pango_attr_background_new (0xf8f8, 0xe4e4, 0x5c5c);
          attr[2] = pango_attr_background_alpha_new (0xbfff);
        }
      for (guint j = 0; j < G_N_ELEMENTS (attr); j++)
        {
          attr[j]->start_index = range->start;
          attr[j]->end_index = range->end;
          pango_attr_list_insert (attrs, attr[j]);
        }
    }
  return attrs;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const PdTextRange *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

/* Adds @from to @into, keeping @into in order and without overlaps. */
static void
merge_ranges (GArray *into,
              GArray *from)
{
  guint n = 0;

  if (from == NULL || from->len == 0)
    return;
  g_array_append_vals (into, from->data, from->len);
  g_array_sort (into, compare_ranges);
  for (guint i = 0; i < into->len; i++)
    {
      PdTextRange range = g_array_index (into, PdTextRange, i);
      PdTextRange *last = n > 0 ? &g_array_index (into, PdTextRange, n - 1) : NULL;

      if (last != NULL && range.start <= last->end)
        last->end = MAX (last->end, range.end);
      else
        g_array_index (into, PdTextRange, n++) = range;
    }
  g_array_set_size (into, n);
}

/* Sets plan text on @label, with the search's matches and @extra (byte
 * ranges, may be NULL) highlighted. */
static void
set_plan_text (PdPlanList *self,
               GtkLabel   *label,
               const char *text,
               gboolean    search,
               GArray     *extra)
{
  g_autoptr(GArray) ranges = NULL;

  if (search && self->filter != NULL)
    ranges = pd_plan_filter_find_matches (self->filter, text);
  if (extra != NULL && extra->len > 0)
    {
      if (ranges == NULL)
        ranges = g_array_new (FALSE, FALSE, sizeof (PdTextRange));
      merge_ranges (ranges, extra);
    }

  gtk_label_set_text (label, text);
  if (ranges == NULL)
    gtk_label_set_attributes (label, self->chinese);
  else
    {
      PangoAttrList *attrs = new_attributes (ranges);

      gtk_label_set_attributes (label, attrs);
      pango_attr_list_unref (attrs);
    }
}

static GtkWidget *
new_cell_label (PdPlanList *self,
                float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_attributes (GTK_LABEL (label), self->chinese);
  return label;
}

/* The names of @project's units in @role joined with 、, the first
 * MAX_NAMES_IN_CELL of them; the ranges of @mark's name go to @marks, the
 * whole list to *@all when it is longer. The cooperating column also lists
 * the responsible units (project 22's 负责落实、推进), each marked as such. */
static char *
dup_unit_names (PdProject  *project,
                PdRole      role,
                PdUnit     *mark,
                GArray     *marks,
                guint      *n_units,
                char      **all)
{
  GListModel *assignments = pd_project_get_assignments (project);
  guint n_assignments = g_list_model_get_n_items (assignments);
  GString *names = g_string_new (NULL);
  GString *every = g_string_new (NULL);
  guint count = 0;

  for (guint i = 0; i < n_assignments; i++)
    {
      g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);
      PdUnit *unit = pd_assignment_get_unit (assignment);

      PdRole unit_role = pd_assignment_get_role (assignment);
      /* Translators: follows a responsible unit's name in the Cooperating units column */
      const char *suffix = unit_role == PD_ROLE_RESPONSIBLE ? _("(responsible)") : "";

      if (unit_role != role && !(role == PD_ROLE_COOPERATE && unit_role == PD_ROLE_RESPONSIBLE))
        continue;
      if (count > 0)
        g_string_append (every, "、");
      g_string_append (every, pd_unit_get_name (unit));
      g_string_append (every, suffix);
      if (count < MAX_NAMES_IN_CELL)
        {
          PdTextRange range;

          if (count > 0)
            g_string_append (names, "、");
          range.start = names->len;
          g_string_append (names, pd_unit_get_name (unit));
          range.end = names->len;
          g_string_append (names, suffix);
          if (unit == mark && marks != NULL)
            g_array_append_val (marks, range);
        }
      count++;
    }
  if (count > MAX_NAMES_IN_CELL)
    g_string_append (names, "、…");

  *n_units = count;
  *all = g_string_free (every, count <= MAX_NAMES_IN_CELL);
  return g_string_free (names, FALSE);
}

static void
refresh_number (Cell *cell)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (cell->list_item));

  if (PD_IS_PROGRAMME (cell->item))
    gtk_label_set_text (label, pd_programme_get_numeral (PD_PROGRAMME (cell->item)));
  else
    {
      char number[16];

      g_snprintf (number, sizeof number, "%d", pd_project_get_number (PD_PROJECT (cell->item)));
      gtk_label_set_text (label, number);
    }
}

static void
refresh_title (Cell *cell)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (cell->list_item));
  GtkWidget *label = gtk_tree_expander_get_child (expander);

  if (PD_IS_PROGRAMME (cell->item))
    {
      /* Programmes are not searched: only their projects are. */
      set_plan_text (cell->list, GTK_LABEL (label), pd_programme_get_title (PD_PROGRAMME (cell->item)), FALSE, NULL);
      gtk_widget_add_css_class (label, "heading");
    }
  else
    {
      set_plan_text (cell->list, GTK_LABEL (label), pd_project_get_title (PD_PROJECT (cell->item)), TRUE, NULL);
      gtk_widget_remove_css_class (label, "heading");
    }
}

static void
refresh_units (Cell   *cell,
               PdRole  role)
{
  PdPlanList *self = cell->list;
  GtkWidget *box = gtk_list_item_get_child (cell->list_item);
  GtkWidget *names = gtk_widget_get_first_child (box);
  GtkWidget *count = gtk_widget_get_last_child (box);
  g_autoptr(GArray) marks = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  PdUnit *mark = NULL;
  guint n_units = 0;

  if (!PD_IS_PROJECT (cell->item))
    {
      gtk_label_set_text (GTK_LABEL (names), "");
      gtk_label_set_text (GTK_LABEL (count), "");
      return;
    }

  /* The unit filtered on is highlighted where it has the role filtered on. */
  if (self->filter != NULL && pd_plan_filter_get_unit (self->filter) != NULL &&
      (pd_plan_filter_get_role (self->filter) < 0 || pd_plan_filter_get_role (self->filter) == (int)role))
    {
      mark = pd_plan_filter_get_unit (self->filter);
      marks = g_array_new (FALSE, FALSE, sizeof (PdTextRange));
    }

  text = dup_unit_names (PD_PROJECT (cell->item), role, mark, marks, &n_units, &all);
  set_plan_text (self, GTK_LABEL (names), text, TRUE, marks);
  if (n_units > 1)
    {
      char n[16];

      g_snprintf (n, sizeof n, "%u", n_units);
      gtk_label_set_text (GTK_LABEL (count), n);
    }
  else
    gtk_label_set_text (GTK_LABEL (count), "");
}

static void
refresh_status (Cell *cell)
{
  GtkWidget *label = gtk_list_item_get_child (cell->list_item);
  PdStatus status;

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (label, status_classes[i]);
  if (!PD_IS_PROJECT (cell->item))
    {
      gtk_label_set_text (GTK_LABEL (label), "");
      return;
    }
  status = pd_project_get_status (PD_PROJECT (cell->item));
  gtk_label_set_text (GTK_LABEL (label), pd_status_get_label (status));
  if (status < PD_N_STATUSES)
    gtk_widget_add_css_class (label, status_classes[status]);
}

/* The traffic light (亮灯): its shape and name, coloured. */
static void
refresh_light (Cell *cell)
{
  GtkWidget *light = gtk_list_item_get_child (cell->list_item);
  PdProject *project;

  gtk_widget_set_visible (light, PD_IS_PROJECT (cell->item));
  if (!PD_IS_PROJECT (cell->item))
    return;
  project = PD_PROJECT (cell->item);
  pd_light_label_set_light (light, pd_traffic_light (pd_project_get_status (project), pd_project_get_progress (project),
                                                     pd_project_get_start_on (project), pd_project_get_due_on (project),
                                                     cell->list->today));
}

static void
refresh_cell (Cell *cell)
{
  if (cell->item == NULL)
    return;

  switch (cell->column)
    {
    case COLUMN_NUMBER:
      refresh_number (cell);
      break;
    case COLUMN_TITLE:
      refresh_title (cell);
      break;
    case COLUMN_LEAD:
      refresh_units (cell, PD_ROLE_LEAD);
      break;
    case COLUMN_COOPERATE:
      refresh_units (cell, PD_ROLE_COOPERATE);
      break;
    case COLUMN_STATUS:
      refresh_status (cell);
      break;
    case COLUMN_LIGHT:
      refresh_light (cell);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* After the search changed: the rows that stay shown highlight anew. */
static void
refresh_cells (PdPlanList *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (((Cell *)cell)->column != COLUMN_NUMBER && ((Cell *)cell)->column != COLUMN_STATUS &&
        ((Cell *)cell)->column != COLUMN_LIGHT)
      refresh_cell (cell);
}

static void
cell_unbind (Cell *cell)
{
  if (cell->item == NULL)
    return;
  g_clear_signal_handler (&cell->handler_id, cell->item);
  g_clear_object (&cell->item);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  cell_unbind (cell);
  g_free (cell);
}

/* Tooltips are made when asked for: setting them while binding would ask
 * the display where the pointer is, for every row bound. A title shows in
 * full when it is cut short; a unit list, when cut short or longer than
 * MAX_NAMES_IN_CELL. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       Cell       *cell)
{
  gboolean cut_short = pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label)));
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  guint n_units = 0;

  if (cell->item == NULL)
    return FALSE;
  if (cell->column == COLUMN_TITLE)
    {
      if (!cut_short)
        return FALSE;
      gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
      return TRUE;
    }
  if (!PD_IS_PROJECT (cell->item))
    return FALSE;

  text = dup_unit_names (PD_PROJECT (cell->item),
                         cell->column == COLUMN_LEAD ? PD_ROLE_LEAD : PD_ROLE_COOPERATE,
                         NULL, NULL, &n_units, &all);
  if (n_units == 0 || (!cut_short && all == NULL))
    return FALSE;
  gtk_tooltip_set_text (tooltip, all ? all : text);
  return TRUE;
}

/**
 * pd_plan_list_dup_light_reason:
 *
 * Why @project's light in the list is what it is, for the day the list
 * shows lights for: the light's tooltip.
 */
char *
pd_plan_list_dup_light_reason (PdPlanList *self,
                               PdProject  *project)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);

  return pd_traffic_light_dup_reason (pd_project_get_status (project),
                                      pd_project_get_progress (project),
                                      pd_project_get_start_on (project),
                                      pd_project_get_due_on (project),
                                      self->today);
}

/* Why the light is what it is, asked for when shown. */
static gboolean
light_query_tooltip_cb (GtkWidget  *light,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip,
                        Cell       *cell)
{
  g_autofree char *reason = NULL;

  if (!PD_IS_PROJECT (cell->item))
    return FALSE;
  reason = pd_plan_list_dup_light_reason (cell->list, PD_PROJECT (cell->item));
  gtk_tooltip_set_text (tooltip, reason);
  return TRUE;
}

/* The width of MIN_TITLE_CHARS characters of plan text in the list's font,
 * measured once. */
static int
get_title_min_width (PdPlanList *self)
{
  if (self->title_min_width == 0)
    {
      g_autoptr(PangoLayout) layout = NULL;
      GString *text = g_string_new (NULL);
      int width;

      /* Ideographs are all one width: any twelve will do. */
      for (guint i = 0; i < MIN_TITLE_CHARS; i++)
        g_string_append (text, "项");
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text->str);
      pango_layout_set_attributes (layout, self->chinese);
      pango_layout_get_pixel_size (layout, &width, NULL);
      g_string_free (text, TRUE);
      self->title_min_width = MAX (width, 1);
    }
  return self->title_min_width;
}

/* The most characters of the UI words a column shows (statuses, lights):
 * the column is as wide as its widest word, whichever rows are shown. */
static int
widest_status_chars (void)
{
  int widest = 0;

  for (PdStatus status = 0; status < PD_N_STATUSES; status++)
    widest = MAX (widest, (int)g_utf8_strlen (pd_status_get_label (status), -1));
  return widest;
}

static int
widest_light_chars (void)
{
  int widest = 0;

  for (PdTrafficLight light = 0; light < PD_N_TRAFFIC_LIGHTS; light++)
    widest = MAX (widest, (int)g_utf8_strlen (pd_traffic_light_get_label (light), -1));
  return widest;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PdPlanList               *self)
{
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child = NULL;

  cell->list = self;
  cell->list_item = list_item;
  cell->column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "pd-column"));

  switch (cell->column)
    {
    case COLUMN_NUMBER:
      /* No. — the programme numeral (一…十二) or the project number. */
      child = new_cell_label (self, 1.0);
      gtk_widget_add_css_class (child, "numeric");
      break;

    case COLUMN_TITLE:
      /* Project — the tree column: an expander holding the title. */
      {
        GtkWidget *title = new_cell_label (self, 0.0);

        gtk_widget_set_size_request (title, get_title_min_width (self), -1);
        child = gtk_tree_expander_new ();
        gtk_widget_set_has_tooltip (title, TRUE);
        g_signal_connect (title, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), cell);
        gtk_tree_expander_set_child (GTK_TREE_EXPANDER (child), title);
      }
      break;

    case COLUMN_LEAD:
    case COLUMN_COOPERATE:
      {
        /* Lead / cooperating units — the names joined with 、 and, when
         * there are more than one, their count. */
        GtkWidget *names = new_cell_label (self, 0.0);
        GtkWidget *count = gtk_label_new (NULL);

        child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        gtk_widget_set_hexpand (names, TRUE);
        gtk_widget_set_has_tooltip (names, TRUE);
        g_signal_connect (names, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), cell);
        gtk_widget_add_css_class (count, "dim-label");
        gtk_widget_add_css_class (count, "numeric");
        gtk_widget_add_css_class (count, "unit-count");
        gtk_box_append (GTK_BOX (child), names);
        gtk_box_append (GTK_BOX (child), count);
      }
      break;

    case COLUMN_STATUS:
      /* Status — in the UI language, never cut: the column is as wide as
       * the longest status. */
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0.0);
      gtk_label_set_width_chars (GTK_LABEL (child), widest_status_chars ());
      break;

    case COLUMN_LIGHT:
      /* Light — a shape and the colour's name, never colour alone; as wide
       * as the longest name, and its tooltip says why. */
      {
        GtkWidget *name;

        child = pd_light_label_new ();
        name = gtk_widget_get_last_child (child);
        if (GTK_IS_LABEL (name))
          {
            gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_NONE);
            gtk_label_set_width_chars (GTK_LABEL (name), widest_light_chars ());
          }
        gtk_widget_set_has_tooltip (child, TRUE);
        g_signal_connect (child, "query-tooltip", G_CALLBACK (light_query_tooltip_cb), cell);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_list_item_set_child (list_item, child);
  g_object_set_data_full (G_OBJECT (list_item), "pd-cell", cell, cell_free);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PdPlanList               *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (list_item), "pd-cell");
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  const char *signal = NULL;

  cell_unbind (cell);
  cell->item = row ? gtk_tree_list_row_get_item (row) : NULL;
  if (cell->item == NULL)
    return;

  switch (cell->column)
    {
    case COLUMN_TITLE:
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), row);
      signal = "notify::title";
      break;
    case COLUMN_LEAD:
    case COLUMN_COOPERATE:
      signal = PD_IS_PROJECT (cell->item) ? "units-changed" : NULL;
      break;
    case COLUMN_STATUS:
      signal = PD_IS_PROJECT (cell->item) ? "notify::status" : NULL;
      break;
    case COLUMN_LIGHT:
      /* Status, progress and dates all count. */
      signal = PD_IS_PROJECT (cell->item) ? "notify" : NULL;
      break;
    case COLUMN_NUMBER:
      signal = PD_IS_PROJECT (cell->item) ? "notify::number" : "notify::numeral";
      break;
    default:
      break;
    }
  if (signal != NULL)
    cell->handler_id = g_signal_connect_swapped (cell->item, signal, G_CALLBACK (refresh_cell), cell);

  g_hash_table_add (self->cells, cell);
  refresh_cell (cell);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdPlanList               *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (list_item), "pd-cell");

  if (cell->column == COLUMN_TITLE)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), NULL);
  g_hash_table_remove (self->cells, cell);
  cell_unbind (cell);
}

static void
set_factory (PdPlanList          *self,
             GtkColumnViewColumn *column,
             Column               which)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "pd-column", GINT_TO_POINTER (which));
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);
  gtk_column_view_column_set_factory (column, factory);
}

/* The filters' drop-downs. Their items are plan data (units, programmes)
 * or UI words (roles, statuses), each shown through an expression. */

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PdPlanList               *self)
{
  GtkWidget *label = new_cell_label (self, 0.0);

  if (g_object_get_data (G_OBJECT (factory), "pd-in-button") != NULL)
    gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_list_item_set_child (list_item, label);
}

static void
choice_refresh (GtkListItem *list_item)
{
  GtkExpression *expression = g_object_get_data (G_OBJECT (list_item), "pd-expression");
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_auto(GValue) value = G_VALUE_INIT;

  if (gtk_expression_evaluate (expression, gtk_list_item_get_item (list_item), &value))
    gtk_label_set_text (label, g_value_get_string (&value));
  else
    gtk_label_set_text (label, "");
}

/* A unit or programme renamed while shown. */
static void
choice_item_notify_cb (GObject     *item,
                       GParamSpec  *pspec,
                       GtkListItem *list_item)
{
  choice_refresh (list_item);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdPlanList               *self)
{
  gulong handler_id;

  g_object_set_data (G_OBJECT (list_item), "pd-expression",
                     g_object_get_data (G_OBJECT (factory), "pd-expression"));
  handler_id = g_signal_connect_object (gtk_list_item_get_item (list_item), "notify",
                                        G_CALLBACK (choice_item_notify_cb), list_item, 0);
  g_object_set_data (G_OBJECT (list_item), "pd-handler-id", GSIZE_TO_POINTER (handler_id));
  choice_refresh (list_item);
}

static void
choice_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PdPlanList               *self)
{
  gulong handler_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "pd-handler-id"));

  g_clear_signal_handler (&handler_id, gtk_list_item_get_item (list_item));
  g_object_set_data (G_OBJECT (list_item), "pd-handler-id", NULL);
}

static void
set_choices (PdPlanList    *self,
             GtkDropDown   *dropdown,
             GListModel    *model,
             GtkExpression *expression)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_object_set_data_full (G_OBJECT (factory), "pd-expression", gtk_expression_ref (expression),
                              (GDestroyNotify)gtk_expression_unref);
      if (i == 0)
        g_object_set_data (G_OBJECT (factory), "pd-in-button", GINT_TO_POINTER (TRUE));
      g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (choice_unbind_cb), self);
      if (i == 0)
        gtk_drop_down_set_factory (dropdown, factory);
      else
        gtk_drop_down_set_list_factory (dropdown, factory);
    }
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, model);
  gtk_expression_unref (expression);
  g_clear_object (&model);
}

/* @first, then the items of @rest (taken). */
static GListModel *
prepend_item (gpointer    first,
              GListModel *rest)
{
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) head = g_list_store_new (G_OBJECT_TYPE (first));

  g_list_store_append (head, first);
  g_list_store_append (models, head);
  g_list_store_append (models, rest);
  g_object_unref (rest);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (models)));
}

static char *
dup_programme_choice (PdProgramme *programme,
                      PdPlanList  *self)
{
  if (programme == NULL)
    return NULL;
  if (programme == self->any_programme)
    return g_strdup (pd_programme_get_title (programme));
  /* As the plan heads them: 五、公共安全防控工程 */
  return g_strdup_printf ("%s、%s", pd_programme_get_numeral (programme), pd_programme_get_title (programme));
}

static void
setup_choices (PdPlanList *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_string_list_append (roles, _("Any Role"));
  for (PdRole role = 0; role < PD_N_ROLES; role++)
    gtk_string_list_append (roles, pd_role_get_label (role));
  set_choices (self, self->role_dropdown, g_object_ref (G_LIST_MODEL (roles)),
               gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

  gtk_string_list_append (statuses, _("Any Status"));
  for (PdStatus status = 0; status < PD_N_STATUSES; status++)
    gtk_string_list_append (statuses, pd_status_get_label (status));
  set_choices (self, self->status_dropdown, g_object_ref (G_LIST_MODEL (statuses)),
               gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

  self->any_programme = pd_programme_new (0, 0, NULL, _("Any Programme"));
}

static void
set_store_choices (PdPlanList *self)
{
  GListModel *units = self->store ? pd_store_get_units (self->store) : NULL;
  GListModel *programmes = self->store ? pd_store_get_programmes (self->store) : NULL;
  g_autoptr(GListStore) none_programmes = g_list_store_new (PD_TYPE_PROGRAMME);

  /* Units are searched by any part of their name, as everywhere else. */
  pd_unit_chooser_set_units (self->unit_chooser, units);
  set_choices (self, self->programme_dropdown,
               prepend_item (self->any_programme,
                             g_object_ref (programmes ? programmes : G_LIST_MODEL (none_programmes))),
               gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (dup_programme_choice), self, NULL));
}

static gpointer
selected_choice (GtkDropDown *dropdown,
                 gpointer     any)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);

  return item == any ? NULL : item;
}

/* The position of a role or status choice, -1 for "any". */
static int
selected_index (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int)selected - 1;
}

static gboolean
filters_set (PdPlanList *self)
{
  return pd_unit_chooser_get_unit (self->unit_chooser) != NULL ||
         selected_index (self->role_dropdown) >= 0 ||
         selected_choice (self->programme_dropdown, self->any_programme) != NULL ||
         selected_index (self->status_dropdown) >= 0;
}

/* The count of matching projects and, when there are none, a page that
 * says so instead of an empty list. */
static void
update_results (PdPlanList *self)
{
  gboolean active = self->filter != NULL && pd_plan_filter_is_active (self->filter);
  guint n_projects = 0;

  if (active)
    {
      g_autofree char *text = NULL;

      n_projects = pd_plan_filter_count_projects (self->filter);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n_projects),
                              n_projects);
      gtk_label_set_text (self->count_label, text);
    }
  else
    gtk_label_set_text (self->count_label, "");

  gtk_stack_set_visible_child_name (self->results_stack, active && n_projects == 0 ? "empty" : "list");
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), filters_set (self));
}

/* The column view of GTK 4.8 pays for every change of its model that
 * touches the rows on screen, and a keystroke changes the tree in as many
 * places as there are programmes (1,200 at 100 times the bundled plan). So
 * the view shows a copy of the sort model's rows, kept in step one change at
 * a time, except while frozen: then the changes are only added up into one
 * span, and thawing copies that span over in one splice. */
static void
copy_rows (PdPlanList *self,
           guint       position,
           guint       removed,
           guint       added)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (added, g_object_unref);

  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->sort_model), position + i));
  g_list_store_splice (self->rows, position, removed, items->pdata, items->len);
}

static void
sort_items_changed_cb (PdPlanList *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *model)
{
  guint start, end, old_end;

  if (self->freeze_count == 0)
    {
      copy_rows (self, position, removed, added);
      return;
    }

  if (!self->span_valid)
    {
      self->span_start = position;
      self->span_removed = removed;
      self->span_added = added;
      self->span_valid = TRUE;
      return;
    }

  /* Rows before the span are as they were; rows after it are shifted. */
  start = MIN (self->span_start, position);
  end = MAX (self->span_start + self->span_added, position + removed);
  old_end = end - self->span_added + self->span_removed;
  self->span_start = start;
  self->span_removed = old_end - start;
  self->span_added = end - removed + added - start;
}

static void
freeze_rows (PdPlanList *self)
{
  self->freeze_count++;
}

/* Beyond so many separate changes, one splice of the whole span costs the
 * view less than the changes one by one. */
#define MAX_RUNS 24

typedef struct
{
  guint position;  /* in the rows as they become */
  guint removed;
  guint added;
} Run;

/* The changes that turn @old (the rows shown) into @new (the sort model's),
 * both from @start on, as runs; FALSE when rows changed order, or there are
 * more than MAX_RUNS runs. Rows that stay shown are the same objects, in
 * the same order. */
static gboolean
diff_rows (GListModel *old,
           guint       n_old,
           GListModel *new,
           guint       n_new,
           guint       start,
           GArray     *runs)
{
  g_autoptr(GHashTable) old_rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) new_rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) old_items = g_ptr_array_new_full (n_old, g_object_unref);
  g_autoptr(GPtrArray) new_items = g_ptr_array_new_full (n_new, g_object_unref);
  guint i = 0, j = 0;
  Run run = { 0, };

  for (guint k = 0; k < n_old; k++)
    {
      g_ptr_array_add (old_items, g_list_model_get_item (old, start + k));
      g_hash_table_add (old_rows, old_items->pdata[k]);
    }
  for (guint k = 0; k < n_new; k++)
    {
      g_ptr_array_add (new_items, g_list_model_get_item (new, start + k));
      g_hash_table_add (new_rows, new_items->pdata[k]);
    }

  while (i < n_old || j < n_new)
    {
      gboolean keep = i < n_old && j < n_new && old_items->pdata[i] == new_items->pdata[j];

      if (!keep)
        {
          if (run.removed == 0 && run.added == 0)
            run.position = start + j;
          if (i < n_old && !g_hash_table_contains (new_rows, old_items->pdata[i]))
            {
              run.removed++;
              i++;
            }
          else if (j < n_new && !g_hash_table_contains (old_rows, new_items->pdata[j]))
            {
              run.added++;
              j++;
            }
          else
            return FALSE;  /* moved */
          continue;
        }

      if (run.removed > 0 || run.added > 0)
        {
          if (runs->len == MAX_RUNS)
            return FALSE;
          g_array_append_val (runs, run);
          run.removed = run.added = 0;
        }
      i++, j++;
    }
  if (run.removed > 0 || run.added > 0)
    {
      if (runs->len == MAX_RUNS)
        return FALSE;
      g_array_append_val (runs, run);
    }
  return TRUE;
}

static void
thaw_rows (PdPlanList *self)
{
  GListModel *shown = G_LIST_MODEL (self->rows);
  GListModel *source = G_LIST_MODEL (self->sort_model);
  guint start = self->span_start, removed = self->span_removed, added = self->span_added;
  g_autoptr(GArray) runs = NULL;

  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count > 0 || !self->span_valid)
    return;
  self->span_valid = FALSE;

  if (g_list_model_get_n_items (shown) - removed + added != g_list_model_get_n_items (source))
    {
      g_critical ("Rows out of step: showing them all anew");
      copy_rows (self, 0, g_list_model_get_n_items (shown), g_list_model_get_n_items (source));
      return;
    }

  /* Rows are the same objects as long as they are shown: rows that stay
   * keep their widgets when the changes are few. */
  runs = g_array_new (FALSE, FALSE, sizeof (Run));
  if (diff_rows (shown, removed, source, added, start, runs))
    {
      for (guint i = 0; i < runs->len; i++)
        {
          const Run *run = &g_array_index (runs, Run, i);

          copy_rows (self, run->position, run->removed, run->added);
        }
      return;
    }

  while (removed > 0 && added > 0)
    {
      g_autoptr(GObject) a = g_list_model_get_item (shown, start);
      g_autoptr(GObject) b = g_list_model_get_item (source, start);

      if (a != b)
        break;
      start++, removed--, added--;
    }
  while (removed > 0 && added > 0)
    {
      g_autoptr(GObject) a = g_list_model_get_item (shown, start + removed - 1);
      g_autoptr(GObject) b = g_list_model_get_item (source, start + added - 1);

      if (a != b)
        break;
      removed--, added--;
    }
  if (removed > 0 || added > 0)
    copy_rows (self, start, removed, added);
}

/* Shows the first rows of a new result. The column view would keep the row
 * that had the keyboard focus in view; moving its focus to the first row
 * (what list.scroll-to-item does) makes it show the top. */
static void
scroll_to_top (PdPlanList *self)
{
  GtkWidget *list_view = gtk_widget_get_last_child (GTK_WIDGET (self->column_view));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  if (GTK_IS_LIST_VIEW (list_view) && self->rows != NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", 0);
}

static gboolean
contains_item (GListModel *model,
               gpointer    item)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return TRUE;
    }
  return FALSE;
}

/* Reads the search entry and the filters, and shows what they select. */
static void
apply_filter (PdPlanList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  PdUnit *unit = pd_unit_chooser_get_unit (self->unit_chooser);
  PdProgramme *programme = selected_choice (self->programme_dropdown, self->any_programme);
  int role = selected_index (self->role_dropdown);
  int status = selected_index (self->status_dropdown);

  if (self->filter == NULL || self->resetting)
    return;

  /* A unit or programme filtered on that an edit deleted: the drop-down
   * moved to a neighbour, but the filter is dropped. */
  if (unit != NULL && !contains_item (pd_store_get_units (self->store), unit))
    {
      unit = NULL;
      self->resetting = TRUE;
      pd_unit_chooser_set_unit (self->unit_chooser, NULL);
      self->resetting = FALSE;
    }
  if (programme != pd_plan_filter_get_programme (self->filter) && pd_plan_filter_get_programme (self->filter) != NULL &&
      !contains_item (pd_store_get_programmes (self->store), pd_plan_filter_get_programme (self->filter)))
    {
      programme = NULL;
      self->resetting = TRUE;
      gtk_drop_down_set_selected (self->programme_dropdown, 0);
      self->resetting = FALSE;
    }

  if (g_strcmp0 (text, pd_plan_filter_get_search_text (self->filter)) == 0 &&
      unit == pd_plan_filter_get_unit (self->filter) &&
      role == pd_plan_filter_get_role (self->filter) &&
      programme == pd_plan_filter_get_programme (self->filter) &&
      status == pd_plan_filter_get_status (self->filter))
    return;

  freeze_rows (self);
  pd_plan_filter_apply (self->filter, self->tree_model, text, unit, role, programme, status);
  thaw_rows (self);

  scroll_to_top (self);
  update_results (self);
  refresh_cells (self);
}

static void
search_changed_cb (PdPlanList     *self,
                   GtkSearchEntry *entry)
{
  apply_filter (self);
}

/* Enter in the search entry goes to the first project found. */
static void
search_activate_cb (PdPlanList     *self,
                    GtkSearchEntry *entry)
{
  guint n_rows = self->rows ? g_list_model_get_n_items (G_LIST_MODEL (self->rows)) : 0;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PD_IS_PROJECT (item))
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (gtk_widget_get_last_child (GTK_WIDGET (self->column_view)),
                                      "list.scroll-to-item", "u", i);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
choice_changed_cb (PdPlanList  *self,
                   GParamSpec  *pspec,
                   GObject     *source)
{
  apply_filter (self);
}

static void
reset_filters (PdPlanList *self,
               gboolean    clear_text)
{
  self->resetting = TRUE;
  if (clear_text)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pd_unit_chooser_set_unit (self->unit_chooser, NULL);
  gtk_drop_down_set_selected (self->role_dropdown, 0);
  gtk_drop_down_set_selected (self->programme_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  self->resetting = FALSE;
  apply_filter (self);
}

static void
clear_button_clicked_cb (PdPlanList *self,
                         GtkButton  *button)
{
  reset_filters (self, FALSE);
}

/* Closing the search bar drops the search and the filters. */
static void
search_mode_changed_cb (PdPlanList   *self,
                        GParamSpec   *pspec,
                        GtkSearchBar *search_bar)
{
  if (!gtk_search_bar_get_search_mode (search_bar))
    reset_filters (self, TRUE);
  else
    /* The filters' row, hidden until the search bar first opens. */
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->unit_chooser)), TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
store_changed_cb (PdPlanList *self,
                  PdStore    *store)
{
  PdUnit *unit = pd_unit_chooser_get_unit (self->unit_chooser);

  /* The unit filtered on deleted: the filter is dropped. */
  if (unit != NULL && !contains_item (pd_store_get_units (store), unit))
    apply_filter (self);
  /* The filter, connected before, has re-filtered already. */
  if (pd_plan_filter_is_active (self->filter))
    update_results (self);
}

/* Projects by their light, the most pressing first: red, yellow, green,
 * grey, blue; programmes stay in their order. */
static int
compare_light_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  static const int urgency[PD_N_TRAFFIC_LIGHTS] = {
    [PD_TRAFFIC_LIGHT_RED] = 0, [PD_TRAFFIC_LIGHT_YELLOW] = 1, [PD_TRAFFIC_LIGHT_GREEN] = 2,
    [PD_TRAFFIC_LIGHT_GREY] = 3, [PD_TRAFFIC_LIGHT_BLUE] = 4,
  };
  PdPlanList *self = user_data;
  GObject *item_a = G_OBJECT (a), *item_b = G_OBJECT (b);

  if (PD_IS_PROJECT (item_a) && PD_IS_PROJECT (item_b))
    {
      PdProject *x = PD_PROJECT (item_a), *y = PD_PROJECT (item_b);
      PdTrafficLight lx = pd_traffic_light (pd_project_get_status (x), pd_project_get_progress (x),
                                            pd_project_get_start_on (x), pd_project_get_due_on (x), self->today);
      PdTrafficLight ly = pd_traffic_light (pd_project_get_status (y), pd_project_get_progress (y),
                                            pd_project_get_start_on (y), pd_project_get_due_on (y), self->today);

      return gtk_ordering_from_cmpfunc (urgency[lx] - urgency[ly]);
    }
  if (PD_IS_PROGRAMME (item_a) && PD_IS_PROGRAMME (item_b))
    return gtk_ordering_from_cmpfunc (pd_programme_get_position (PD_PROGRAMME (item_a)) -
                                      pd_programme_get_position (PD_PROGRAMME (item_b)));
  return gtk_ordering_from_cmpfunc (PD_IS_PROJECT (item_a) - PD_IS_PROJECT (item_b));
}

/* The date the lights are shown for changed (a demonstration). */
static void
today_changed_cb (PdPlanList *self)
{
  GHashTableIter iter;
  gpointer cell;

  if (self->cells == NULL || self->light_column == NULL)
    return;
  g_free (self->today);
  self->today = pd_tracking_dup_today ();
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (((Cell *)cell)->column == COLUMN_LIGHT)
      refresh_cell (cell);
  gtk_sorter_changed (gtk_column_view_column_get_sorter (self->light_column), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
dark_changed_cb (PdPlanList      *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  refresh_cells (self);
}

/* Sorting by a column header sorts each level of the tree on its own; with
 * no column sorted, rows keep the plan's order without a sort pass. */
static void
column_sorter_changed_cb (PdPlanList      *self,
                          GtkSorterChange  change,
                          GtkSorter       *sorter)
{
  if (self->sort_model == NULL)
    return;
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE ? NULL : self->row_sorter);
}

static void
selection_changed_cb (PdPlanList        *self,
                      guint              position,
                      guint              n_items,
                      GtkSelectionModel *selection)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  PdProject *project = PD_IS_PROJECT (item) ? PD_PROJECT (item) : NULL;

  if (g_set_object (&self->selected_project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PROJECT]);
}

static void
pd_plan_list_dispose (GObject *object)
{
  PdPlanList *self = (PdPlanList *)object;
  GtkWidget *child;

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_func (self->sort_model, sort_items_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PLAN_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->selected_project);
  g_clear_object (&self->rows);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->row_sorter);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->any_programme);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->today, g_free);
  self->light_column = NULL;

  G_OBJECT_CLASS (pd_plan_list_parent_class)->dispose (object);
}

static void
pd_plan_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PdPlanList *self = PD_PLAN_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, pd_plan_list_get_search_mode (self));
      break;
    case PROP_SELECTED_PROJECT:
      g_value_set_object (value, self->selected_project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_plan_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PdPlanList *self = PD_PLAN_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      pd_plan_list_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_plan_list_class_init (PdPlanListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_plan_list_dispose;
  object_class->get_property = pd_plan_list_get_property;
  object_class->set_property = pd_plan_list_set_property;

  /**
   * PdPlanList:search-mode:
   *
   * Whether the search bar is shown. Bind the window's search button to it;
   * turning it off clears the search and the filters.
   */
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PdPlanList:selected-project:
   *
   * The project of the selected row; %NULL when none is selected or the
   * selected row is a programme.
   */
  properties[PROP_SELECTED_PROJECT] =
    g_param_spec_object ("selected-project", NULL, NULL, PD_TYPE_PROJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (PD_TYPE_UNIT_CHOOSER);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-plan-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, unit_chooser);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, programme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, clear_button);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, count_label);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, results_stack);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, column_view);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, number_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, title_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, lead_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, cooperate_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, status_column);
  gtk_widget_class_bind_template_callback (widget_class, clear_button_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planlist");
}

static void
pd_plan_list_init (PdPlanList *self)
{
  g_autoptr(GtkSorter) number_sorter = pd_plan_sorter_new_number ();
  g_autoptr(GtkSorter) title_sorter = pd_plan_sorter_new_title ();
  g_autoptr(GtkSorter) status_sorter = pd_plan_sorter_new_status ();
  GtkSorter *column_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  self->cells = g_hash_table_new (g_direct_hash, g_direct_equal);

  set_factory (self, self->number_column, COLUMN_NUMBER);
  set_factory (self, self->title_column, COLUMN_TITLE);
  set_factory (self, self->lead_column, COLUMN_LEAD);
  set_factory (self, self->cooperate_column, COLUMN_COOPERATE);
  set_factory (self, self->status_column, COLUMN_STATUS);

  /* Light (亮灯), after Status: computed for today (pd_tracking_dup_today()). */
  self->today = pd_tracking_dup_today ();
  self->light_column = gtk_column_view_column_new (_("Light"), NULL);
  gtk_column_view_column_set_resizable (self->light_column, TRUE);
  set_factory (self, self->light_column, COLUMN_LIGHT);
  {
    g_autoptr(GtkSorter) light_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_light_cb, self, NULL));

    gtk_column_view_column_set_sorter (self->light_column, light_sorter);
  }
  gtk_column_view_append_column (self->column_view, self->light_column);
  g_object_unref (self->light_column);
  if (pd_tracking_get_today_settings () != NULL)
    g_signal_connect_object (pd_tracking_get_today_settings (), "changed::today", G_CALLBACK (today_changed_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_column_view_column_set_sorter (self->number_column, number_sorter);
  gtk_column_view_column_set_sorter (self->title_column, title_sorter);
  gtk_column_view_column_set_sorter (self->status_column, status_sorter);
  column_sorter = gtk_column_view_get_sorter (self->column_view);
  self->row_sorter = GTK_SORTER (gtk_tree_list_row_sorter_new (g_object_ref (column_sorter)));
  g_signal_connect_object (column_sorter, "changed", G_CALLBACK (column_sorter_changed_cb), self,
                           G_CONNECT_SWAPPED);

  setup_choices (self);
  set_store_choices (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  pd_unit_chooser_set_none_label (self->unit_chooser, _("Any Unit"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->unit_chooser), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit"), -1);
  g_signal_connect_object (self->unit_chooser, "notify::unit", G_CALLBACK (choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->role_dropdown, "notify::selected", G_CALLBACK (choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->programme_dropdown, "notify::selected", G_CALLBACK (choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (choice_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
pd_plan_list_new (void)
{
  return g_object_new (PD_TYPE_PLAN_LIST, NULL);
}

void
pd_plan_list_set_store (PdPlanList *self,
                        PdStore    *store)
{
  g_return_if_fail (PD_IS_PLAN_LIST (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  if (self->store == store)
    return;

  gtk_column_view_set_model (self->column_view, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);
  if (g_set_object (&self->selected_project, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PROJECT]);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_func (self->sort_model, sort_items_changed_cb, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->filter);
  g_set_object (&self->store, store);

  /* The filters start afresh, without reading the old plan's choices. */
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_store_choices (self);
  gtk_drop_down_set_selected (self->role_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  self->resetting = FALSE;

  if (store != NULL)
    {
      GtkSorter *column_sorter = gtk_column_view_get_sorter (self->column_view);

      self->filter = pd_plan_filter_new (store);
      self->tree_model = pd_plan_filter_create_tree_model (self->filter);
      self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->tree_model)), NULL);
      column_sorter_changed_cb (self, GTK_SORTER_CHANGE_DIFFERENT, column_sorter);
      g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);

      self->rows = g_list_store_new (GTK_TYPE_TREE_LIST_ROW);
      copy_rows (self, 0, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)));
      g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (sort_items_changed_cb), self);

      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
    }
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  update_results (self);
}

/* The rows as shown: programmes, and the projects of expanded programmes,
 * before any sorting by a column. */
GtkTreeListModel *
pd_plan_list_get_model (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->tree_model;
}

GtkColumnView *
pd_plan_list_get_column_view (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->column_view;
}

GtkSearchBar *
pd_plan_list_get_search_bar (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->search_bar;
}

GtkEditable *
pd_plan_list_get_search_entry (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

gboolean
pd_plan_list_get_search_mode (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
pd_plan_list_set_search_mode (PdPlanList *self,
                              gboolean    search_mode)
{
  g_return_if_fail (PD_IS_PLAN_LIST (self));
  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

/* Shows the projects whose title or units contain @text, at once (the
 * entry waits for typing to pause). */
void
pd_plan_list_set_search_text (PdPlanList *self,
                              const char *text)
{
  g_return_if_fail (PD_IS_PLAN_LIST (self));

  if (text != NULL && *text != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* Replacing the text passes through an empty entry, which the entry
   * reports at once: that is no search to show. */
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  self->resetting = FALSE;
  apply_filter (self);
}

static guint
find_position (GListModel *model,
               gpointer    item)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return 0;
}

/**
 * pd_plan_list_set_filter:
 * @unit: (nullable): show only projects of this unit
 * @role: the #PdRole @unit (or any unit) must have, or -1 for any
 * @programme: (nullable): show only projects of this programme
 * @status: a #PdStatus, or -1 for any
 *
 * Sets the filters below the search entry, keeping the search text, and
 * opens the search bar when any is set: "everything 市公安局 leads" is
 * (市公安局, PD_ROLE_LEAD, NULL, -1).
 */
void
pd_plan_list_set_filter (PdPlanList  *self,
                         PdUnit      *unit,
                         int          role,
                         PdProgramme *programme,
                         int          status)
{
  g_return_if_fail (PD_IS_PLAN_LIST (self));
  g_return_if_fail (!unit || PD_IS_UNIT (unit));
  g_return_if_fail (!programme || PD_IS_PROGRAMME (programme));

  if (role < 0 || role >= PD_N_ROLES)
    role = -1;
  if (status < 0 || status >= PD_N_STATUSES)
    status = -1;

  self->resetting = TRUE;
  pd_unit_chooser_set_unit (self->unit_chooser, unit);
  gtk_drop_down_set_selected (self->role_dropdown, role + 1);
  gtk_drop_down_set_selected (self->programme_dropdown,
                              programme ? find_position (gtk_drop_down_get_model (self->programme_dropdown),
                                                         programme) : 0);
  gtk_drop_down_set_selected (self->status_dropdown, status + 1);
  self->resetting = FALSE;

  if (filters_set (self))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  apply_filter (self);
}

/* The filter of the rows shown, for tests and benchmarks. */
PdPlanFilter *
pd_plan_list_get_filter (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->filter;
}

PdProject *
pd_plan_list_get_selected_project (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->selected_project;
}

/* The position of @item's row among the rows shown, or
 * GTK_INVALID_LIST_POSITION. */
static guint
find_row (PdPlanList *self,
          gpointer    item)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * pd_plan_list_select_project:
 * @project: a project of the plan shown
 *
 * Selects @project's row and scrolls to it, expanding its programme. When
 * the search or the filters hide it, they are cleared first.
 *
 * Returns: whether the row is selected
 */
gboolean
pd_plan_list_select_project (PdPlanList *self,
                             PdProject  *project)
{
  PdProgramme *programme;
  guint position;

  g_return_val_if_fail (PD_IS_PLAN_LIST (self), FALSE);
  g_return_val_if_fail (PD_IS_PROJECT (project), FALSE);

  if (self->filter == NULL)
    return FALSE;
  if (!pd_plan_filter_match_project (self->filter, project))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);  /* clears the criteria */
  if (!pd_plan_filter_match_project (self->filter, project))
    reset_filters (self, TRUE);

  programme = pd_project_get_programme (project);
  position = find_row (self, programme);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  position = find_row (self, project);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (gtk_widget_get_last_child (GTK_WIDGET (self->column_view)),
                              "list.scroll-to-item", "u", position);
  return TRUE;
}
