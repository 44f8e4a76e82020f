/* pd-matrix-view-input.c — the responsibility matrix under the pointer and the keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrows, Home/End and Page Up/Down move the focus cell; Space cycles the
 * role, Enter (or Menu, Shift+F10, a click) opens the cell's popover; typed
 * text, through the input method, jumps to a row by its name. The pointer
 * shows a crosshair and tooltips; Ctrl+scroll zooms around it.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pd-matrix-view-private.h"
#include "store/pd-commands.h"

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
  const PdMatrixGeometry *g = &self->g;
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
      if (is_transposed (self) && x < g->band)
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
      if (!is_transposed (self) && y < g->band)
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

  if (!is_transposed (self) && pd_matrix_model_get_line_parent (self->model, row) != NULL)
    return FALSE;
  name = _pd_matrix_view_dup_row_header_name (self, row);
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
            _pd_matrix_view_move_focus (self, row, self->focus_column, is_transposed (self));
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
      _pd_matrix_view_cycle_role (self);
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
      _pd_matrix_view_open_popover (self, row, column);
      return TRUE;
    case GDK_KEY_F10:
      if (!(state & GDK_SHIFT_MASK))
        return FALSE;
      _pd_matrix_view_open_popover (self, row, column);
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
      _pd_matrix_view_cycle_role (self);
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
  _pd_matrix_view_move_focus (self, row, column, column != self->focus_column || (is_transposed (self) && row != self->focus_row));
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
      _pd_matrix_view_move_focus (self, row, column, TRUE);
      _pd_matrix_view_open_popover (self, row, column);
      break;
    case HIT_COLUMN_HEADER:
    case HIT_COLUMN_TOTAL:
      gtk_widget_grab_focus (self->cell_proxy);
      _pd_matrix_view_move_focus (self, self->focus_row, column, TRUE);
      break;
    case HIT_ROW_HEADER:
    case HIT_ROW_TOTAL:
      gtk_widget_grab_focus (self->cell_proxy);
      _pd_matrix_view_move_focus (self, row, self->focus_column, is_transposed (self));
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
  if (dy < 0 && self->zoom_level + 1 < PD_MATRIX_N_ZOOM_LEVELS)
    _pd_matrix_view_zoom_to (self, self->zoom_level + 1, x, y);
  else if (dy > 0 && self->zoom_level > 0)
    _pd_matrix_view_zoom_to (self, self->zoom_level - 1, x, y);
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
    text = _pd_matrix_view_dup_cell_name (self, self->focus_row, self->focus_column, NULL);
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
        const PdMatrixEntry *entry = pd_matrix_model_get_entry (self->model, row, column);
        GString *text = g_string_new (NULL);
        PdUnit *unit, *parent;
        PdProject *project;
        g_autofree char *title = NULL;

        pd_matrix_model_get_cell_lines (self->model, row, column, &uline, &pline);
        unit = pd_matrix_model_get_line_unit (self->model, uline);
        project = pd_matrix_model_get_line_project (self->model, pline);
        title = pd_matrix_format_project (project);
        parent = pd_matrix_model_get_line_parent (self->model, uline);
        g_string_append_printf (text, "%s\n%s\n", pd_unit_get_name (unit), title);
        if (entry == NULL)
          g_string_append (text, _("No role"));
        else
          {
            PdAssignment *assignment = pd_matrix_find_assignment (project, parent ? parent : unit);

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
        const guint *c = pd_matrix_model_get_row_counts (self->model, row);
        g_autofree char *name = _pd_matrix_view_dup_row_header_name (self, row);

        if (is_transposed (self))
          {
            PdProgramme *programme = pd_project_get_programme (pd_matrix_model_get_line_project (self->model, row));
            g_autofree char *band = programme ? pd_matrix_format_programme (programme) : g_strdup ("");

            /* Translators: the matrix's tooltip on a project: title, programme, then its units by role */
            return g_strdup_printf (_("%s\n%s\nLead units: %u · cooperating: %u · responsible: %u"),
                                    name, band, c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
          }
        /* Translators: the matrix's tooltip on a unit: name, kind, then its projects by role */
        return g_strdup_printf (_("%s\n%s\nLeads %u · cooperates on %u · responsible for %u"),
                                name, pd_matrix_kind_label (pd_unit_get_kind (pd_matrix_model_get_line_unit (self->model, row))),
                                c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
      }

    case HIT_COLUMN_HEADER:
    case HIT_COLUMN_TOTAL:
      {
        const guint *c = pd_matrix_model_get_column_counts (self->model, column);
        g_autofree char *name = _pd_matrix_view_dup_column_header_name (self, column);

        if (is_transposed (self))
          return g_strdup_printf (_("%s\n%s\nLeads %u · cooperates on %u · responsible for %u"),
                                  name, pd_matrix_kind_label (pd_unit_get_kind (pd_matrix_model_get_line_unit (self->model, column))),
                                  c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
        {
          PdProgramme *programme = pd_project_get_programme (pd_matrix_model_get_line_project (self->model, column));
          g_autofree char *band = programme ? pd_matrix_format_programme (programme) : g_strdup ("");

          return g_strdup_printf (_("%s\n%s\nLead units: %u · cooperating: %u · responsible: %u"),
                                  name, band, c[PD_ROLE_LEAD], c[PD_ROLE_COOPERATE], c[PD_ROLE_RESPONSIBLE]);
        }
      }

    case HIT_BAND:
      {
        guint line = is_transposed (self) ? (guint)row : (guint)column;

        for (guint b = 0; b < pd_matrix_model_get_n_bands (self->model); b++)
          {
            const PdMatrixBand *band = pd_matrix_model_get_band (self->model, b);

            if (line >= band->first && line < band->first + band->n)
              return pd_matrix_format_programme (pd_matrix_model_get_programme (self->model, band->programme));
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

void
_pd_matrix_view_init_input (PdMatrixView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

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
}
