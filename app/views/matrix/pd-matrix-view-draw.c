/* pd-matrix-view-draw.c — the responsibility matrix on screen and in images
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cell shows the unit's role on the project by a shape and a colour
 * together: a filled disc leads, a ring cooperates, a half-filled disc is
 * responsible, and a corner tick marks a scoped role. Row and column
 * headers, the programme bands and the totals stay in place while the cells
 * scroll under them.
 *
 * snapshot() draws only the rows and columns in view: a binary search in
 * the model finds each visible row's first mark. Header text layouts are
 * cached until the data, the zoom or the style change; colours come from
 * style.css (matrix_*_color, defined on libadwaita's named colours) and
 * follow dark and high-contrast styles.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pd-matrix-view-private.h"
#include "store/pd-commands.h"

#define BASE_CELL    30.0
#define MAX_IMAGE    32000

/* Where the matrix is drawn: the widget, or a whole-matrix export. */
typedef struct
{
  float    width;
  float    height;
  double   x;       /* scroll offsets */
  double   y;
  gboolean live;    /* hover, focus and selection shown */
} Frame;


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
  double zoom = pd_matrix_zoom_levels[self->zoom_level];
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

void
_pd_matrix_view_update_geometry (PdMatrixView *self)
{
  PdMatrixGeometry *g = &self->g;
  double zoom = pd_matrix_zoom_levels[self->zoom_level];
  float em, widest = 0;
  guint digits = 1;

  update_fonts (self);
  em = g->em;
  g->cell = (int)round (BASE_CELL * zoom);
  g->indent = pd_matrix_model_get_show_members (self->model) ? (int)round (em * 1.2) : 0;
  {
    const guint *totals = pd_matrix_model_get_grand_totals (self->model);
    guint grand = MAX (totals[0], MAX (totals[1], totals[2]));
    guint grand_digits = grand >= 10000 ? 5 : grand >= 1000 ? 4 : 3;

    /* The grand totals (bold) fit their columns. */
    g->total_w = MAX (g->cell, (int)ceil (em * (grand_digits * 0.68 + 0.9)));
  }
  g->right = 3 * g->total_w + (int)ceil (em * 0.8);
  g->foot_h = (int)ceil (MAX (g->cell, em * 1.9));

  for (guint i = 0; i < pd_matrix_model_get_n_project_lines (self->model); i++)
    {
      int number = ABS (pd_project_get_number (pd_matrix_model_get_line_project (self->model, i)));
      guint d = number >= 1000 ? (number >= 10000 ? 5 : 4) : (number >= 100 ? 3 : (number >= 10 ? 2 : 1));

      digits = MAX (digits, d);
    }

  if (!is_transposed (self))
    {
      widest = pd_matrix_model_get_widest_unit (self->model);
      g->bar_w = (int)round (em * 4.5);
      g->head_w = (int)ceil (CLAMP (widest + 1.2f, 7.0f, 15.0f) * em) + g->indent + g->bar_w;
      /* Wide enough for the legend in the corner above. */
      {
        float label = 0;

        for (int role = 0; role < PD_N_ROLES; role++)
          label = MAX (label, pd_matrix_estimate_em (pd_role_get_label (role)));
        label = MAX (label, pd_matrix_estimate_em (C_("matrix legend", "Scoped")));
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

      for (guint i = 0; i < pd_matrix_model_get_n_project_lines (self->model); i++)
        {
          PdProject *project = pd_matrix_model_get_line_project (self->model, i);

          title = MAX (title, pd_matrix_estimate_em (pd_project_get_title (project)) + digits * 0.6f + 0.5f);
        }
      widest = pd_matrix_model_get_widest_unit (self->model);
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
  const PdMatrixGeometry *g = &self->g;

  if (layout != NULL)
    return layout;
  if (g_hash_table_size (self->layouts) > 2000)
    g_hash_table_remove_all (self->layouts);

  switch (kind)
    {
    case LAYOUT_ROW:
      if (!is_transposed (self))
        {
          gboolean member = pd_matrix_model_get_line_parent (self->model, index) != NULL;
          int width = g->head_w - g->bar_w - (member ? g->indent : 0) - (int)(g->em * 0.9);

          layout = new_layout (self, pd_unit_get_name (pd_matrix_model_get_line_unit (self->model, index)),
                               self->font, TRUE);
          pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
        }
      else
        {
          g_autofree char *text = pd_matrix_format_project (pd_matrix_model_get_line_project (self->model, index));

          layout = new_layout (self, text, self->font, TRUE);
          pango_layout_set_width (layout, MAX (g->head_w - (int)(g->em * 0.9), 1) * PANGO_SCALE);
        }
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      break;

    case LAYOUT_COLUMN:
      if (!is_transposed (self))
        {
          PdProject *project = pd_matrix_model_get_line_project (self->model, index);
          g_autofree char *text = g_strdup_printf ("%d", pd_project_get_number (project));

          layout = new_layout (self, text, self->small_font, FALSE);
        }
      else
        {
          /* One character a line: Chinese reads down a column. */
          const char *name = pd_unit_get_name (pd_matrix_model_get_line_unit (self->model, index));
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
        const PdMatrixBand *band = pd_matrix_model_get_band (self->model, index);
        PdProgramme *programme = pd_matrix_model_get_programme (self->model, band->programme);

        if (!is_transposed (self))
          {
            g_autofree char *text = pd_matrix_format_programme (programme);

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

static const PdMatrixColors *
get_colors (PdMatrixView *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  PdMatrixColors *c = &self->colors;

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
           const PdMatrixColors *colors,
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

  if (flags & PD_MATRIX_ENTRY_DERIVED)
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

  if (flags & PD_MATRIX_ENTRY_SCOPED)
    {
      float t = roundf (size * 0.3f), a = t * (float)G_SQRT2;
      GdkRGBA tick = colors->scope;

      if (flags & PD_MATRIX_ENTRY_DERIVED)
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
  const PdMatrixGeometry *g = &self->g;
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
  if (self->selected == NULL)
    return -1;
  return pd_matrix_model_find_project_line (self->model, self->selected);
}

static void
draw_cells (PdMatrixView *self,
            GtkSnapshot  *snapshot,
            const Frame  *frame,
            const Visible *v)
{
  const PdMatrixGeometry *g = &self->g;
  const PdMatrixColors *c = get_colors (self);
  float area_w = frame->width - g->left - g->right, area_h = frame->height - g->top - g->foot_h;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (g->left, g->top, MAX (area_w, 0), MAX (area_h, 0)));

  /* Every other programme faintly shaded. */
  for (guint b = 0; b < pd_matrix_model_get_n_bands (self->model); b++)
    {
      const PdMatrixBand *band = pd_matrix_model_get_band (self->model, b);

      if (b % 2 == 1)
        {
          if (!is_transposed (self))
            fill (snapshot, &c->band_alt, v->x0 + band->first * cell, g->top, band->n * cell, area_h);
          else
            fill (snapshot, &c->band_alt, g->left, v->y0 + band->first * cell, area_w, band->n * cell);
        }
    }

  if (selected >= 0)
    {
      if (!is_transposed (self))
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
      for (guint b = 0; b < pd_matrix_model_get_n_bands (self->model); b++)
        {
          const PdMatrixBand *band = pd_matrix_model_get_band (self->model, b);

          if (b == 0)
            continue;
          if (!is_transposed (self) && band->first >= v->first_column && band->first <= v->last_column + 1)
            fill (snapshot, &c->grid_strong, v->x0 + band->first * cell - 1, g->top, 2, y_end - g->top);
          else if (is_transposed (self) && band->first >= v->first_row && band->first <= v->last_row + 1)
            fill (snapshot, &c->grid_strong, g->left, v->y0 + band->first * cell - 1, x_end - g->left, 2);
        }

      /* The marks of each visible row: a binary search finds the first. */
      for (guint r = v->first_row; r <= v->last_row; r++)
        {
          guint n;
          const PdMatrixEntry *entries = pd_matrix_model_get_row_entries (self->model, r, v->first_column, &n);

          for (guint i = 0; i < n && entries[i].index <= v->last_column; i++)
            {
              const PdMatrixEntry *e = &entries[i];

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
  const PdMatrixGeometry *g = &self->g;
  const PdMatrixColors *c = get_colors (self);
  float area_h = frame->height - g->top - g->foot_h;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;

  fill (snapshot, &c->header_bg, 0, g->top, g->left, area_h);
  fill (snapshot, &c->header_bg, frame->width - g->right, g->top, g->right, area_h);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, g->top, frame->width, MAX (area_h, 0)));

  /* Transposed, the programme bands run down the left. */
  if (is_transposed (self))
    for (guint b = 0; b < pd_matrix_model_get_n_bands (self->model); b++)
      {
        const PdMatrixBand *band = pd_matrix_model_get_band (self->model, b);
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
        float x = is_transposed (self) ? g->band : 0;
        const guint *counts = pd_matrix_model_get_row_counts (self->model, r);
        gboolean derived = !is_transposed (self) && pd_matrix_model_get_line_parent (self->model, r) != NULL;
        PangoLayout *layout = get_layout (self, LAYOUT_ROW, r);
        int w, h;

        if ((int)r == selected && is_transposed (self))
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
        if (!is_transposed (self) && pd_matrix_model_get_max_load (self->model) > 0)
          {
            float bx = g->head_w - g->bar_w, bw = g->bar_w - g->em * 0.6f;
            float bh = roundf (cell * 0.3f), by = y + (cell - bh) / 2;
            static const PdRole order[] = { PD_ROLE_LEAD, PD_ROLE_RESPONSIBLE, PD_ROLE_COOPERATE };

            fill (snapshot, &c->grid, bx, by, bw, bh);

            for (guint k = 0; k < G_N_ELEMENTS (order); k++)
              {
                float segment = bw * counts[order[k]] / pd_matrix_model_get_max_load (self->model);
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
  const PdMatrixGeometry *g = &self->g;
  const PdMatrixColors *c = get_colors (self);
  float area_w = frame->width - g->left - g->right;
  float cell = g->cell;
  int selected = frame->live ? selected_line (self) : -1;
  float head_y = is_transposed (self) ? 0 : g->band;

  fill (snapshot, &c->header_bg, 0, 0, frame->width, g->top);
  fill (snapshot, &c->header_bg, 0, frame->height - g->foot_h, frame->width, g->foot_h);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (g->left, 0, MAX (area_w, 0), frame->height));

  /* Programme bands, their titles kept in view. */
  if (!is_transposed (self))
    for (guint b = 0; b < pd_matrix_model_get_n_bands (self->model); b++)
      {
        const PdMatrixBand *band = pd_matrix_model_get_band (self->model, b);
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
        const guint *counts = pd_matrix_model_get_column_counts (self->model, col);
        guint total = counts[0] + counts[1] + counts[2];
        gboolean is_selected = (int)col == selected && !is_transposed (self);
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
                       (is_transposed (self) && pd_matrix_model_get_line_parent (self->model, col) != NULL ?
                        &c->dim : &c->fg),
                       x + (cell - w) / 2.0f,
                       is_transposed (self) ? g->head_h - h - g->em * 0.4f : head_y + (g->head_h - h) / 2.0f);

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
  const PdMatrixGeometry *g = &self->g;
  const PdMatrixColors *c = get_colors (self);
  float mark = roundf (g->em * 1.15f);
  float x = frame->width - g->right;
  static const PdRole order[] = { PD_ROLE_LEAD, PD_ROLE_COOPERATE, PD_ROLE_RESPONSIBLE };

  /* Totals' heads: the marks themselves. */
  for (guint k = 0; k < PD_N_ROLES; k++)
    {
      float cx = x + k * g->total_w + (g->total_w - mark) / 2.0f;

      draw_mark (snapshot, c, order[k], 0, cx, g->top - mark - g->em * 0.35f, mark);
      draw_number (self, snapshot, pd_matrix_model_get_grand_totals (self->model)[order[k]], TRUE, &c->fg,
                   x + k * g->total_w, frame->height - g->foot_h, g->total_w, g->foot_h);
    }

  /* The legend, top left. */
  {
    float line_h = MIN ((g->top - g->em * 0.7f) / 2.0f, g->em * 1.9f);
    float lx = g->em * 0.5f, ly = g->top - 2 * line_h - g->em * 0.35f;
    float col_w = (g->left - g->em) / 2.0f;
    const char *labels[4];
    guint flags[4] = { 0, 0, 0, PD_MATRIX_ENTRY_SCOPED };
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
              draw_mark (snapshot, c, PD_ROLE_LEAD, PD_MATRIX_ENTRY_SCOPED, ix + 2, iy + (line_h - size) / 2 + 2, size - 4);
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
      const PdMatrixColors *c = get_colors (self);
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

void
_pd_matrix_view_draw (PdMatrixView *self,
                      GtkSnapshot  *snapshot,
                      float         width,
                      float         height,
                      double        x,
                      double        y,
                      gboolean      live)
{
  Frame frame = { width, height, x, y, live };

  draw_matrix (self, snapshot, &frame);
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
    _pd_matrix_view_update_geometry (self);
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
