/* pd-matrix-view-private.h — what the tests and benchmarks reach into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-matrix-view.h"

G_BEGIN_DECLS

#define PD_MATRIX_NO_ROLE (-1)

guint      pd_matrix_view_get_n_rows         (PdMatrixView    *self);
guint      pd_matrix_view_get_n_columns      (PdMatrixView    *self);
/* A PdUnit or a PdProject (transposed), borrowed. */
GObject   *pd_matrix_view_get_row_item       (PdMatrixView    *self,
                                              guint            row);
GObject   *pd_matrix_view_get_column_item    (PdMatrixView    *self,
                                              guint            column);
/* A member of a collective shown under it, read-only; NULL if not derived. */
PdUnit    *pd_matrix_view_get_row_collective (PdMatrixView    *self,
                                              guint            row);
int        pd_matrix_view_get_cell_role      (PdMatrixView    *self,
                                              guint            row,
                                              guint            column,
                                              gboolean        *scoped);
guint      pd_matrix_view_get_row_total      (PdMatrixView    *self,
                                              guint            row,
                                              PdRole           role);
int        pd_matrix_view_find_row           (PdMatrixView    *self,
                                              GObject         *item);
int        pd_matrix_view_find_column        (PdMatrixView    *self,
                                              GObject         *item);
void       pd_matrix_view_set_focus_cell     (PdMatrixView    *self,
                                              guint            row,
                                              guint            column);
void       pd_matrix_view_get_focus_cell     (PdMatrixView    *self,
                                              guint           *row,
                                              guint           *column);
gboolean   pd_matrix_view_get_cell_area      (PdMatrixView    *self,
                                              guint            row,
                                              guint            column,
                                              graphene_rect_t *area);
gboolean   pd_matrix_view_get_column_header_area (PdMatrixView *self,
                                              guint            column,
                                              graphene_rect_t *area);
/* As the pointer and the keyboard do. */
void       pd_matrix_view_click              (PdMatrixView    *self,
                                              double           x,
                                              double           y);
gboolean   pd_matrix_view_press_key          (PdMatrixView    *self,
                                              guint            keyval,
                                              GdkModifierType  state);
void       pd_matrix_view_type_ahead         (PdMatrixView    *self,
                                              const char      *text);
char      *pd_matrix_view_dup_tooltip_at     (PdMatrixView    *self,
                                              double           x,
                                              double           y);
GtkPopover *pd_matrix_view_get_popover       (PdMatrixView    *self);
/* The popover's choices: PD_MATRIX_NO_ROLE or a PdRole. */
GtkCheckButton *pd_matrix_view_get_role_button (PdMatrixView  *self,
                                              int              role);
GtkEditable *pd_matrix_view_get_scope_entry  (PdMatrixView    *self);
/* The child that holds keyboard focus and stands for the focused cell in
 * the accessibility tree. */
GtkWidget *pd_matrix_view_get_focus_widget   (PdMatrixView    *self);
double     pd_matrix_view_get_zoom           (PdMatrixView    *self);

G_END_DECLS
