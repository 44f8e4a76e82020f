/* pd-matrix-a11y.c — the responsibility matrix in the accessibility tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The matrix has the grid role and draws its cells itself. Keyboard focus
 * sits on a small undrawn child that stands for the focused cell (role grid
 * cell, named "unit — project — role", with the row and column indices);
 * two more stand for its row and column headers. Their names follow the
 * focus; the grid's row and column counts follow the model.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-matrix-view-private.h"

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

GtkWidget *
_pd_matrix_a11y_proxy_new (GtkWidget         *parent,
                           GtkAccessibleRole  role)
{
  GtkWidget *proxy = g_object_new (PD_TYPE_MATRIX_PROXY, "accessible-role", role, NULL);

  gtk_widget_set_parent (proxy, parent);
  return proxy;
}

/* Names */

char *
_pd_matrix_view_dup_cell_name (PdMatrixView  *self,
                               guint          row,
                               guint          column,
                               char         **description)
{
  guint uline, pline;
  const PdMatrixEntry *entry;
  PdUnit *unit, *parent;
  PdProject *project;
  g_autofree char *title = NULL;
  PdAssignment *assignment;

  if (description)
    *description = NULL;
  if (row >= n_rows (self) || column >= n_columns (self))
    return NULL;
  pd_matrix_model_get_cell_lines (self->model, row, column, &uline, &pline);
  entry = pd_matrix_model_get_entry (self->model, row, column);
  unit = pd_matrix_model_get_line_unit (self->model, uline);
  project = pd_matrix_model_get_line_project (self->model, pline);
  title = pd_matrix_format_project (project);
  parent = pd_matrix_model_get_line_parent (self->model, uline);
  if (description != NULL)
    {
      if (parent != NULL)
        /* Translators: the accessible description of a member's cell in the matrix; %s is the collective (各区(县级市)) */
        *description = g_strdup_printf (_("Through %s; read-only"), pd_unit_get_name (parent));
      else if (entry != NULL && (entry->flags & PD_MATRIX_ENTRY_SCOPED) &&
               (assignment = pd_matrix_find_assignment (project, unit)) != NULL)
        /* Translators: the accessible description of a scoped cell: %s is the scope (食品安全监管) */
        *description = g_strdup_printf (_("Scope: %s"), pd_assignment_get_scope (assignment));
    }
  /* Translators: the accessible name of a matrix cell: unit — project number and title — role,
   * e.g. 市公安局 — 29 治安技防系统建设项目 — 牵头 */
  return g_strdup_printf (_("%s — %s — %s"), pd_unit_get_name (unit), title,
                          pd_matrix_role_label (entry ? entry->role : -1));
}

static char *
dup_line_name (PdMatrixView *self,
               guint         line,
               gboolean      unit)
{
  if (unit)
    return g_strdup (pd_unit_get_name (pd_matrix_model_get_line_unit (self->model, line)));
  return pd_matrix_format_project (pd_matrix_model_get_line_project (self->model, line));
}

char *
_pd_matrix_view_dup_row_header_name (PdMatrixView *self,
                                     guint         row)
{
  if (row >= n_rows (self))
    return NULL;
  return dup_line_name (self, row, !is_transposed (self));
}

char *
_pd_matrix_view_dup_column_header_name (PdMatrixView *self,
                                        guint         column)
{
  if (column >= n_columns (self))
    return NULL;
  return dup_line_name (self, column, is_transposed (self));
}

void
_pd_matrix_view_update_focus_accessible (PdMatrixView *self)
{
  g_autofree char *description = NULL;
  g_autofree char *name = _pd_matrix_view_dup_cell_name (self, self->focus_row, self->focus_column, &description);
  g_autofree char *row_name = _pd_matrix_view_dup_row_header_name (self, self->focus_row);
  g_autofree char *column_name = _pd_matrix_view_dup_column_header_name (self, self->focus_column);

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

void
_pd_matrix_view_update_grid_size (PdMatrixView *self)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int)n_rows (self),
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int)n_columns (self),
                                  -1);
}
