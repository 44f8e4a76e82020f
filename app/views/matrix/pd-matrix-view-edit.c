/* pd-matrix-view-edit.c — changing roles and scopes in the responsibility matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Space cycles the focused cell's role (none → cooperate → lead → none);
 * the cell's popover offers every role and the scope. Each change is one
 * command on the history. A member's row, shown through its collective, is
 * read-only: the message says to change the collective's row instead.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-matrix-view-private.h"
#include "store/pd-commands.h"

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
      _pd_matrix_view_emit_error (self, _("There is no plan to change"));
      return FALSE;
    }
  if (!pd_history_push (self->history, command, &error))
    {
      _pd_matrix_view_emit_error (self, error->message);
      _pd_matrix_view_sync_popover (self);
      return FALSE;
    }
  _pd_matrix_view_emit_command_pushed (self, command);
  return TRUE;
}

static gboolean
cell_is_derived (PdMatrixView *self,
                 guint         row,
                 guint         column)
{
  guint uline, pline;

  pd_matrix_model_get_cell_lines (self->model, row, column, &uline, &pline);
  return uline < pd_matrix_model_get_n_unit_lines (self->model) &&
         pd_matrix_model_get_line_parent (self->model, uline) != NULL;
}

static void
refuse_derived (PdMatrixView *self,
                guint         row,
                guint         column)
{
  guint uline, pline;
  g_autofree char *message = NULL;

  pd_matrix_model_get_cell_lines (self->model, row, column, &uline, &pline);
  /* Translators: %s is a member unit (荔湾区), the second %s its collective (各区(县级市)) */
  message = g_strdup_printf (_("%s is shown through %s: change the collective’s row instead"),
                             pd_unit_get_name (pd_matrix_model_get_line_unit (self->model, uline)), pd_unit_get_name (pd_matrix_model_get_line_parent (self->model, uline)));
  _pd_matrix_view_emit_error (self, message);
}

/* Gives @unit @role (PD_MATRIX_NO_ROLE: none) on @project. */
static gboolean
set_role (PdMatrixView *self,
          PdUnit       *unit,
          PdProject    *project,
          int           role)
{
  PdAssignment *assignment = pd_matrix_find_assignment (project, unit);
  g_autoptr(GError) error = NULL;
  PdCommand *command = NULL;

  if (assignment == NULL && role < 0)
    return FALSE;
  if (assignment == NULL)
    {
      command = pd_command_add_assignment (project, unit, role, NULL, &error);
      if (command == NULL)
        {
          _pd_matrix_view_emit_error (self, error->message);
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

void
_pd_matrix_view_cycle_role (PdMatrixView *self)
{
  guint uline, pline;
  const PdMatrixEntry *entry;
  int next;

  if (self->focus_row >= n_rows (self) || self->focus_column >= n_columns (self))
    return;
  if (cell_is_derived (self, self->focus_row, self->focus_column))
    {
      refuse_derived (self, self->focus_row, self->focus_column);
      return;
    }
  pd_matrix_model_get_cell_lines (self->model, self->focus_row, self->focus_column, &uline, &pline);
  entry = pd_matrix_model_get_entry (self->model, self->focus_row, self->focus_column);
  /* none → cooperate → lead → none (responsible goes to none) */
  if (entry == NULL)
    next = PD_ROLE_COOPERATE;
  else if (entry->role == PD_ROLE_COOPERATE)
    next = PD_ROLE_LEAD;
  else
    next = PD_MATRIX_NO_ROLE;
  set_role (self, pd_matrix_model_get_line_unit (self->model, uline), pd_matrix_model_get_line_project (self->model, pline), next);
}

/* The popover */

void
_pd_matrix_view_sync_popover (PdMatrixView *self)
{
  PdAssignment *assignment;
  int role;
  gboolean writable;

  if (self->popover_unit == NULL || self->popover_project == NULL)
    return;
  assignment = pd_matrix_find_assignment (self->popover_project, self->popover_unit);
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

void
_pd_matrix_view_open_popover (PdMatrixView *self,
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
  pd_matrix_model_get_cell_lines (self->model, row, column, &uline, &pline);
  g_set_object (&self->popover_unit, pd_matrix_model_get_line_unit (self->model, uline));
  g_set_object (&self->popover_project, pd_matrix_model_get_line_project (self->model, pline));
  project = pd_matrix_format_project (self->popover_project);
  gtk_label_set_text (GTK_LABEL (self->popover_title), pd_unit_get_name (self->popover_unit));
  gtk_label_set_text (GTK_LABEL (self->popover_subtitle), project);
  _pd_matrix_view_sync_popover (self);
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
  assignment = pd_matrix_find_assignment (self->popover_project, self->popover_unit);
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
  _pd_matrix_view_sync_popover (self);
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

GtkWidget *
_pd_matrix_view_build_popover (PdMatrixView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scope_label, *roles;
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

  /* The roles two by two, so the popover is short enough to fit above or
   * below any cell of a 720 px window. */
  roles = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (roles), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (roles), TRUE);
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
      gtk_grid_attach (GTK_GRID (roles), button, i % 2, i / 2, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), roles);

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

/* Below the cell where the popover fits in the window, else above it, else
 * where there is more room: the window, not only the screen, bounds it, so
 * the scope entry at its end is never cut off. */
static GtkPositionType
popover_side (PdMatrixView       *self,
              const GdkRectangle *cell)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  double x, top, bottom;
  int natural, below;

  if (root == NULL)
    return GTK_POS_BOTTOM;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), root, cell->x, cell->y, &x, &top))
    return GTK_POS_BOTTOM;
  G_GNUC_END_IGNORE_DEPRECATIONS
  bottom = top + cell->height;
  gtk_widget_measure (self->popover, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  below = gtk_widget_get_height (root) - (int)ceil (bottom);
  if (natural <= below)
    return GTK_POS_BOTTOM;
  if (natural <= (int)floor (top) || top > below)
    return GTK_POS_TOP;
  return GTK_POS_BOTTOM;
}

/* Points the popover at its cell, kept inside the cells' area. */
void
_pd_matrix_view_place_popover (PdMatrixView *self,
                               int           width,
                               int           height)
{
  const PdMatrixGeometry *g = &self->g;
  double sx = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double sy = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  int uline, pline;

  if (self->popover_unit == NULL)
    return;
  uline = pd_matrix_model_find_unit_line (self->model, self->popover_unit, NULL);
  pline = pd_matrix_model_find_project_line (self->model, self->popover_project);
  if (uline >= 0 && pline >= 0)
    {
      guint row = is_transposed (self) ? (guint)pline : (guint)uline;
      guint column = is_transposed (self) ? (guint)uline : (guint)pline;
      GdkRectangle rect = {
        (int)(g->left + (double)column * g->cell - sx), (int)(g->top + (double)row * g->cell - sy),
        g->cell, g->cell,
      };

      rect.x = CLAMP (rect.x, g->left, MAX (g->left, width - g->right - g->cell));
      rect.y = CLAMP (rect.y, g->top, MAX (g->top, height - g->foot_h - g->cell));
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
      gtk_popover_set_position (GTK_POPOVER (self->popover), popover_side (self, &rect));
    }
}

void
_pd_matrix_view_clear_popover (PdMatrixView *self)
{
  if (self->popover != NULL)
    g_signal_handlers_disconnect_by_func (self->popover, popover_closed_cb, self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_unit);
  g_clear_object (&self->popover_project);
}
