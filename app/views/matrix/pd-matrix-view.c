/* pd-matrix-view.c — the responsibility matrix (责任矩阵): units × projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are units, columns are projects under programme bands (or the other
 * way round, transposed). What is shown — cells, sorting, filtering, totals
 * — is a PdMatrixModel, rebuilt on PdStore::changed and when an option
 * changes; this file is the widget around it: its properties, scrolling
 * (a GtkScrollable whose adjustments count the cells' area only, under
 * sticky headers), the focus cell and the selection shared with the list.
 * Drawing, input, editing, actions and accessibility are in the files named
 * in pd-matrix-view-private.h.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-matrix-view.h"
#include "pd-matrix-view-private.h"
#include "store/pd-commands.h"

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

const double pd_matrix_zoom_levels[PD_MATRIX_N_ZOOM_LEVELS] = {
  0.5, 0.625, 0.75, 0.875, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0
};


/* Scrolling: the adjustments count the cells' area only, so value 0 shows
 * the first row and column right under the sticky headers. */

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
  const PdMatrixGeometry *g = &self->g;

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

/* Scrolls @adjustment the least that shows [@start, @start + @size). */
static void
scroll_into_page (GtkAdjustment *adjustment,
                  double         start,
                  double         size)
{
  double page = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);

  if (start < value || size > page)
    gtk_adjustment_set_value (adjustment, start);
  else if (start + size > value + page)
    gtk_adjustment_set_value (adjustment, start + size - page);
}

/* Scrolls the least that shows the focus cell whole in the cells' area,
 * clear of the headers and totals. A view not yet allocated has no page
 * to show it in (the adjustments read 0): the scroll waits for the first
 * size_allocate. */
static void
scroll_to_focus (PdMatrixView *self)
{
  const PdMatrixGeometry *g = &self->g;
  gboolean sized = self->hadjustment && self->vadjustment &&
                   gtk_adjustment_get_page_size (self->hadjustment) > 0 &&
                   gtk_adjustment_get_page_size (self->vadjustment) > 0;

  if (self->focus_row >= n_rows (self) || self->focus_column >= n_columns (self))
    return;
  self->scroll_pending = !sized;
  if (!sized)
    return;
  scroll_into_page (self->hadjustment, (double)self->focus_column * g->cell, g->cell);
  scroll_into_page (self->vadjustment, (double)self->focus_row * g->cell, g->cell);
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
  pd_matrix_model_get_cell_lines (self->model, self->focus_row, self->focus_column, &uline, &pline);
  self->focus_unit = g_object_ref (pd_matrix_model_get_line_unit (self->model, uline));
  g_set_object (&self->focus_parent, pd_matrix_model_get_line_parent (self->model, uline));
  self->focus_project = g_object_ref (pd_matrix_model_get_line_project (self->model, pline));
}

/* After a rebuild: the focus stays on its unit and project where it can. */
static void
restore_focus (PdMatrixView *self)
{
  int uline = self->focus_unit ?
              pd_matrix_model_find_unit_line (self->model, self->focus_unit, self->focus_parent) : -1;
  int pline = self->focus_project ? pd_matrix_model_find_project_line (self->model, self->focus_project) : -1;
  guint row = is_transposed (self) ? (guint)MAX (pline, 0) : (guint)MAX (uline, 0);
  guint column = is_transposed (self) ? (guint)MAX (uline, 0) : (guint)MAX (pline, 0);

  self->focus_row = MIN (row, MAX (n_rows (self), 1) - 1);
  self->focus_column = MIN (column, MAX (n_columns (self), 1) - 1);
  remember_focus (self);
  _pd_matrix_view_update_focus_accessible (self);
}

static void
select_line (PdMatrixView *self,
             guint         pline,
             gboolean      notify)
{
  PdProject *project = pline < pd_matrix_model_get_n_project_lines (self->model) ?
                       pd_matrix_model_get_line_project (self->model, pline) : NULL;

  if (project == NULL || project == self->selected)
    return;
  g_set_object (&self->selected, project);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (notify)
    g_signal_emit (self, signals[SIGNAL_PROJECT_SELECTED], 0, project);
}

void
_pd_matrix_view_move_focus (PdMatrixView *self,
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
  _pd_matrix_view_update_focus_accessible (self);
  scroll_to_focus (self);
  if (select)
    select_line (self, is_transposed (self) ? self->focus_row : self->focus_column, TRUE);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Signals the other files emit */

void
_pd_matrix_view_emit_error (PdMatrixView *self,
                            const char   *message)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

void
_pd_matrix_view_emit_command_pushed (PdMatrixView *self,
                                     PdCommand    *command)
{
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
}

void
_pd_matrix_view_emit_exported (PdMatrixView *self,
                               GFile        *file)
{
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, file);
}

/* Options */

static void
options_changed (PdMatrixView *self)
{
  _pd_matrix_view_update_grid_size (self);
  _pd_matrix_view_update_geometry (self);
  restore_focus (self);
  configure_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  scroll_to_focus (self);
}

static void
set_sort (PdMatrixView *self,
          PdMatrixSort  sort)
{
  if (!pd_matrix_model_set_sort (self->model, sort))
    return;
  options_changed (self);
  /* A new order shows its top: the focus goes to the first unit (the
   * heaviest, by load), scrolled into view. */
  if (is_transposed (self))
    _pd_matrix_view_move_focus (self, self->focus_row, 0, FALSE);
  else
    _pd_matrix_view_move_focus (self, 0, self->focus_column, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

static void
set_transposed (PdMatrixView *self,
                gboolean      transposed)
{
  if (!pd_matrix_model_set_transposed (self->model, transposed))
    return;
  if (transposed)
    gtk_widget_add_css_class (GTK_WIDGET (self), "transposed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "transposed");
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSPOSED]);
}

/* After one of the model's setters: @changed, and then @prop notified. */
static void
option_set (PdMatrixView *self,
            gboolean      changed,
            guint         prop)
{
  if (!changed)
    return;
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
_pd_matrix_view_zoom_to (PdMatrixView *self,
                         guint         level,
                         double        anchor_x,
                         double        anchor_y)
{
  double old_cell = self->g.cell;
  double fx = 0, fy = 0, px = 0, py = 0;
  gboolean anchored = anchor_x >= self->g.left && anchor_y >= self->g.top;

  level = MIN (level, PD_MATRIX_N_ZOOM_LEVELS - 1);
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
  _pd_matrix_view_update_geometry (self);
  configure_adjustments (self);
  if (anchored && self->hadjustment && self->vadjustment)
    {
      gtk_adjustment_set_value (self->hadjustment, fx * self->g.cell - px);
      gtk_adjustment_set_value (self->vadjustment, fy * self->g.cell - py);
    }
  else
    scroll_to_focus (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "matrix.zoom-in", level + 1 < PD_MATRIX_N_ZOOM_LEVELS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "matrix.zoom-out", level > 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The store */

/* After the model has read the plan again. */
static void
plan_changed (PdMatrixView *self)
{
  options_changed (self);
  _pd_matrix_view_update_menus (self);
  if (self->popover_unit != NULL)
    {
      if (pd_matrix_model_contains_unit (self->model, self->popover_unit) &&
          pd_matrix_model_contains_project (self->model, self->popover_project))
        _pd_matrix_view_sync_popover (self);
      else
        gtk_popover_popdown (GTK_POPOVER (self->popover));
    }
}

static void
store_changed_cb (PdStore      *store,
                  PdMatrixView *self)
{
  pd_matrix_model_reload (self->model);
  plan_changed (self);
}

/* GtkWidget */

static void
pd_matrix_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  /* The children stand in for cells in the accessibility tree and draw
   * nothing; the popover is a surface of its own. */
  _pd_matrix_view_draw (self, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                        self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0,
                        self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0,
                        TRUE);
}

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
  const PdMatrixGeometry *g = &self->g;

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
  const PdMatrixGeometry *g = &self->g;
  double sx, sy;
  float x, y;

  configure_adjustments (self);
  if (self->scroll_pending)
    scroll_to_focus (self);
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

  _pd_matrix_view_place_popover (self, width, height);
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
      _pd_matrix_view_update_geometry (self);
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
      g_value_set_string (value, pd_matrix_sort_to_string (pd_matrix_model_get_sort (self->model)));
      break;
    case PROP_TRANSPOSED:
      g_value_set_boolean (value, pd_matrix_model_get_transposed (self->model));
      break;
    case PROP_SHOW_MEMBERS:
      g_value_set_boolean (value, pd_matrix_model_get_show_members (self->model));
      break;
    case PROP_HIDE_EMPTY:
      g_value_set_boolean (value, pd_matrix_model_get_hide_empty (self->model));
      break;
    case PROP_PROGRAMME_FILTER:
      g_value_set_string (value, pd_matrix_model_get_programme_filter (self->model));
      break;
    case PROP_KIND_FILTER:
      g_value_set_string (value, pd_matrix_model_get_kind_filter (self->model));
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
      {
        PdMatrixSort sort;

        if (pd_matrix_sort_from_string (g_value_get_string (value), &sort))
          set_sort (self, sort);
      }
      break;
    case PROP_TRANSPOSED:
      set_transposed (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_MEMBERS:
      option_set (self, pd_matrix_model_set_show_members (self->model, g_value_get_boolean (value)),
                  PROP_SHOW_MEMBERS);
      break;
    case PROP_HIDE_EMPTY:
      option_set (self, pd_matrix_model_set_hide_empty (self->model, g_value_get_boolean (value)),
                  PROP_HIDE_EMPTY);
      break;
    case PROP_PROGRAMME_FILTER:
      option_set (self, pd_matrix_model_set_programme_filter (self->model, g_value_get_string (value)),
                  PROP_PROGRAMME_FILTER);
      break;
    case PROP_KIND_FILTER:
      option_set (self, pd_matrix_model_set_kind_filter (self->model, g_value_get_string (value)),
                  PROP_KIND_FILTER);
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
  _pd_matrix_view_sync_proxy_group (self);
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
  _pd_matrix_view_clear_popover (self);
  g_clear_object (&self->focus_unit);
  g_clear_object (&self->focus_parent);
  g_clear_object (&self->focus_project);
  g_clear_object (&self->selected);
  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->model);
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

  g_hash_table_unref (self->layouts);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->bold_font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_clear_pointer (&self->base_font, pango_font_description_free);
  pango_attr_list_unref (self->chinese);
  g_string_free (self->typed, TRUE);

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

  _pd_matrix_view_class_init_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "matrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
pd_matrix_view_init (PdMatrixView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoAttribute *language = pango_attr_language_new (pango_language_from_string ("zh-cn"));

  self->model = pd_matrix_model_new ();
  self->layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, language);
  self->typed = g_string_new (NULL);
  self->zoom_level = PD_MATRIX_DEFAULT_ZOOM;
  self->hover_row = self->hover_column = -1;
  self->pointer_x = self->pointer_y = -1;

  gtk_widget_set_focusable (widget, FALSE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  self->cell_proxy = _pd_matrix_a11y_proxy_new (widget, GTK_ACCESSIBLE_ROLE_GRID_CELL);
  gtk_widget_set_focusable (self->cell_proxy, TRUE);
  self->row_proxy = _pd_matrix_a11y_proxy_new (widget, GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  self->column_proxy = _pd_matrix_a11y_proxy_new (widget, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  g_signal_connect_swapped (self->cell_proxy, "notify::has-focus", G_CALLBACK (focus_changed_cb), self);
  self->popover = _pd_matrix_view_build_popover (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Responsibility matrix"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Units by projects. Arrow keys move between cells; Space cycles the role; "
                                    "Enter opens the role and scope; typing a name jumps to a unit."),
                                  -1);
  _pd_matrix_view_init_input (self);

  g_signal_connect (self, "notify", G_CALLBACK (property_notify_cb), NULL);
  _pd_matrix_view_update_geometry (self);
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
  pd_matrix_model_set_store (self->model, self->store);
  plan_changed (self);
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
  pline = pd_matrix_model_find_project_line (self->model, project);
  if (pline >= 0)
    {
      if (is_transposed (self))
        _pd_matrix_view_move_focus (self, (guint)pline, self->focus_column, FALSE);
      else
        _pd_matrix_view_move_focus (self, self->focus_row, (guint)pline, FALSE);
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
    return index < pd_matrix_model_get_n_unit_lines (self->model) ?
           G_OBJECT (pd_matrix_model_get_line_unit (self->model, index)) : NULL;
  return index < pd_matrix_model_get_n_project_lines (self->model) ?
         G_OBJECT (pd_matrix_model_get_line_project (self->model, index)) : NULL;
}

GObject *
pd_matrix_view_get_row_item (PdMatrixView *self,
                             guint         row)
{
  return axis_item (self, row, !is_transposed (self));
}

GObject *
pd_matrix_view_get_column_item (PdMatrixView *self,
                                guint         column)
{
  return axis_item (self, column, is_transposed (self));
}

PdUnit *
pd_matrix_view_get_row_collective (PdMatrixView *self,
                                   guint         row)
{
  if (is_transposed (self) || row >= pd_matrix_model_get_n_unit_lines (self->model))
    return NULL;
  return pd_matrix_model_get_line_parent (self->model, row);
}

int
pd_matrix_view_get_cell_role (PdMatrixView *self,
                              guint         row,
                              guint         column,
                              gboolean     *scoped)
{
  const PdMatrixEntry *entry = pd_matrix_model_get_entry (self->model, row, column);

  if (scoped)
    *scoped = entry && (entry->flags & PD_MATRIX_ENTRY_SCOPED);
  return entry ? entry->role : PD_MATRIX_NO_ROLE;
}

guint
pd_matrix_view_get_row_total (PdMatrixView *self,
                              guint         row,
                              PdRole        role)
{
  g_return_val_if_fail (row < n_rows (self) && role < PD_N_ROLES, 0);
  return pd_matrix_model_get_row_counts (self->model, row)[role];
}

/* The line of @item if it is shown along the rows (@rows) or the columns. */
static int
find_line (PdMatrixView *self,
           GObject      *item,
           gboolean      rows)
{
  gboolean units = rows != is_transposed (self);

  if (PD_IS_UNIT (item) && units)
    return pd_matrix_model_find_unit_line (self->model, PD_UNIT (item), NULL);
  if (PD_IS_PROJECT (item) && !units)
    return pd_matrix_model_find_project_line (self->model, PD_PROJECT (item));
  return -1;
}

int
pd_matrix_view_find_row (PdMatrixView *self,
                         GObject      *item)
{
  return find_line (self, item, TRUE);
}

int
pd_matrix_view_find_column (PdMatrixView *self,
                            GObject      *item)
{
  return find_line (self, item, FALSE);
}

void
pd_matrix_view_set_focus_cell (PdMatrixView *self,
                               guint         row,
                               guint         column)
{
  g_return_if_fail (PD_IS_MATRIX_VIEW (self));
  _pd_matrix_view_move_focus (self, row, column, FALSE);
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
  return pd_matrix_zoom_levels[self->zoom_level];
}

void
pd_matrix_view_get_cells_area (PdMatrixView    *self,
                               graphene_rect_t *area)
{
  const PdMatrixGeometry *g = &self->g;
  float width = gtk_widget_get_width (GTK_WIDGET (self));
  float height = gtk_widget_get_height (GTK_WIDGET (self));

  graphene_rect_init (area, g->left, g->top, MAX (width - g->left - g->right, 0),
                      MAX (height - g->top - g->foot_h, 0));
}

PdMatrixModel *
pd_matrix_view_get_model (PdMatrixView *self)
{
  return self->model;
}
