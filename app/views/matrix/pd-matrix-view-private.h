/* pd-matrix-view-private.h — what the matrix's files share, and what the
 * tests and benchmarks reach into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PdMatrixView is one class in several files: pd-matrix-view.c (the
 * class, scrolling, focus, options), pd-matrix-view-draw.c (geometry,
 * colours, drawing, image export), pd-matrix-view-input.c (pointer,
 * keyboard, type-ahead, tooltips), pd-matrix-view-edit.c (role changes and
 * the cell popover), pd-matrix-view-actions.c (actions and menus) and
 * pd-matrix-a11y.c (the accessible proxies and names). What it shows comes
 * from a PdMatrixModel (pd-matrix-model.c), which has no GTK.
 */
#pragma once

#include <gtk/gtk.h>

#include "pd-matrix-model.h"
#include "pd-matrix-view.h"

G_BEGIN_DECLS

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
/* The part of the view that cells show in, not covered by the sticky
 * headers and totals, in widget coordinates. */
void       pd_matrix_view_get_cells_area     (PdMatrixView    *self,
                                              graphene_rect_t *area);
PdMatrixModel *pd_matrix_view_get_model      (PdMatrixView    *self);

/* Inside the class */

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
} PdMatrixColors;

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
} PdMatrixGeometry;

struct _PdMatrixView
{
  GtkWidget       parent_instance;

  PdMatrixModel  *model;

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
  /* The focus cell is to be scrolled into view once there is a view. */
  guint           scroll_pending : 1;

  PdHistory      *history;
  PdStore        *store;
  guint           zoom_level;

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
  PdMatrixGeometry g;
  PdMatrixColors  colors;
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

extern const double pd_matrix_zoom_levels[];
#define PD_MATRIX_N_ZOOM_LEVELS 11
#define PD_MATRIX_DEFAULT_ZOOM  4

static inline gboolean
is_transposed (PdMatrixView *self)
{
  return pd_matrix_model_get_transposed (self->model);
}

static inline guint
n_rows (PdMatrixView *self)
{
  return pd_matrix_model_get_n_rows (self->model);
}

static inline guint
n_columns (PdMatrixView *self)
{
  return pd_matrix_model_get_n_columns (self->model);
}

/* pd-matrix-view.c */
void       _pd_matrix_view_move_focus        (PdMatrixView    *self,
                                              guint            row,
                                              guint            column,
                                              gboolean         select);
void       _pd_matrix_view_zoom_to           (PdMatrixView    *self,
                                              guint            level,
                                              double           anchor_x,
                                              double           anchor_y);
void       _pd_matrix_view_emit_error        (PdMatrixView    *self,
                                              const char      *message);
void       _pd_matrix_view_emit_command_pushed (PdMatrixView  *self,
                                              PdCommand       *command);
void       _pd_matrix_view_emit_exported     (PdMatrixView    *self,
                                              GFile           *file);

/* pd-matrix-view-draw.c */
void       _pd_matrix_view_update_geometry   (PdMatrixView    *self);
void       _pd_matrix_view_draw              (PdMatrixView    *self,
                                              GtkSnapshot     *snapshot,
                                              float            width,
                                              float            height,
                                              double           x,
                                              double           y,
                                              gboolean         live);

/* pd-matrix-view-input.c */
void       _pd_matrix_view_init_input        (PdMatrixView    *self);

/* pd-matrix-view-edit.c */
GtkWidget *_pd_matrix_view_build_popover     (PdMatrixView    *self);
void       _pd_matrix_view_clear_popover     (PdMatrixView    *self);
void       _pd_matrix_view_open_popover      (PdMatrixView    *self,
                                              guint            row,
                                              guint            column);
void       _pd_matrix_view_sync_popover      (PdMatrixView    *self);
void       _pd_matrix_view_place_popover     (PdMatrixView    *self,
                                              int              width,
                                              int              height);
void       _pd_matrix_view_cycle_role        (PdMatrixView    *self);

/* pd-matrix-view-actions.c */
void       _pd_matrix_view_class_init_actions (GtkWidgetClass *widget_class);
void       _pd_matrix_view_sync_proxy_group  (PdMatrixView    *self);
void       _pd_matrix_view_update_menus      (PdMatrixView    *self);

/* pd-matrix-a11y.c */
GtkWidget *_pd_matrix_a11y_proxy_new         (GtkWidget       *parent,
                                              GtkAccessibleRole role);
char      *_pd_matrix_view_dup_cell_name     (PdMatrixView    *self,
                                              guint            row,
                                              guint            column,
                                              char           **description);
char      *_pd_matrix_view_dup_row_header_name (PdMatrixView  *self,
                                              guint            row);
char      *_pd_matrix_view_dup_column_header_name (PdMatrixView *self,
                                              guint            column);
void       _pd_matrix_view_update_focus_accessible (PdMatrixView *self);
void       _pd_matrix_view_update_grid_size  (PdMatrixView    *self);

G_END_DECLS
