/* pd-matrix-view.h — the responsibility matrix (责任矩阵): units × projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-history.h"

G_BEGIN_DECLS

#define PD_TYPE_MATRIX_VIEW (pd_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (PdMatrixView, pd_matrix_view, PD, MATRIX_VIEW, GtkWidget)

/* A GtkScrollable: put it in a GtkScrolledWindow. Row and column headers
 * and the totals stay in place while the cells scroll. */
GtkWidget    *pd_matrix_view_new                  (void);
void          pd_matrix_view_set_history          (PdMatrixView  *self,
                                                   PdHistory     *history);
PdHistory    *pd_matrix_view_get_history          (PdMatrixView  *self);

/* The selection shared with the List view; selecting does not emit
 * "project-selected" (only the user's choices in the matrix do). */
void          pd_matrix_view_select_project       (PdMatrixView  *self,
                                                   PdProject     *project);
PdProject    *pd_matrix_view_get_selected_project (PdMatrixView  *self);

/* The whole matrix (not only what is scrolled into view), as PNG or SVG
 * by the extension of @path. */
gboolean      pd_matrix_view_export_image         (PdMatrixView  *self,
                                                   const char    *path,
                                                   GError       **error);

/* A menu of the view's actions (zoom, transpose, sort, filters, members,
 * export), for a menu button outside the view, and an action group named
 * for the prefix "matrix" that forwards to the view's own actions: insert
 * it where that menu button can see it (gtk_widget_insert_action_group). */
GMenuModel   *pd_matrix_view_get_menu_model       (PdMatrixView  *self);
GActionGroup *pd_matrix_view_get_action_group     (PdMatrixView  *self);

G_END_DECLS
