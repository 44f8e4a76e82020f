/* pd-pdf-writer.c — PDF with cairo and Pango: A4 or A3, fonts embedded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout engine serves the PDF writer and printing. Pagination walks the
 * report once and keeps only where each page starts; drawing a page walks
 * the report again from that start with the same code, so the page breaks
 * cannot differ between the two passes, and the total number of pages is
 * known before the first footer is drawn.
 *
 * Every page has a running header (the plan's title and the report's title)
 * and a footer ("Page 1 of 12" and the date the report was generated). Tables
 * repeat their header row on every page; a row moves whole to the next page
 * unless it is taller than a page, when it is cut between lines of text.
 * Plan data is Chinese: the layouts are marked zh-cn. As in Chinese official
 * documents, text is set in a Song-style serif (Noto Serif CJK SC) and
 * headings and emphasis in a bold Hei-style sans (Noto Sans CJK SC Bold):
 * two faces, subset and embedded by cairo. Each CJK face costs some 25 MB
 * while cairo subsets it, so no more faces than these two are used.
 */
#define G_LOG_DOMAIN "pd-pdf-writer"

#include "pd-config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pd-pdf-writer.h"
#include "store/pd-date.h"

#define MM (72.0 / 25.4)

#define MARGIN_SIDE    (15 * MM)
#define MARGIN_TOP     (20 * MM)
#define MARGIN_BOTTOM  (18 * MM)
#define RUNNING_GAP    (4 * MM)    /* between the running header's rule and the body */
#define FOOTER_GAP     (6 * MM)    /* between the body and the footer's text */

#define SERIF  "Noto Serif CJK SC, Noto Serif CJK, Source Han Serif SC, serif"
#define SANS   "Noto Sans CJK SC, Noto Sans CJK, Source Han Sans SC, sans-serif"

#define CELL_PAD_X     3.0
#define CELL_PAD_Y     2.5
#define GRID_WIDTH     0.5
#define HEADING_BEFORE 8.0
#define HEADING_AFTER  4.0
#define PARAGRAPH_AFTER 4.0
#define TABLE_AFTER    8.0
#define KEEP_WITH_HEADING (3 * 10.5 * 1.5)  /* a few lines of body text */
#define EPSILON        0.01

typedef enum
{
  FONT_TITLE,
  FONT_SUBTITLE,
  FONT_HEADING1,
  FONT_HEADING2,
  FONT_BODY,
  FONT_RUNNING,
  N_FONTS
} Font;

/* Where a page starts: a block, a row of a table, and the part of that row
 * (or of a paragraph) already shown on earlier pages, in points. */
typedef struct
{
  guint  block;
  guint  row;
  double offset;
} Position;

struct _PdPdfLayout
{
  PdReport             *report;  /* borrowed */
  double                left;    /* the body's box */
  double                right;
  double                top;
  double                bottom;
  PangoContext         *context;
  PangoFontDescription *fonts[N_FONTS];
  GArray               *pages;   /* of Position */
  GHashTable           *auto_widths;  /* PdReportTable → column widths */
  gboolean              paginated;
};

/* One table as laid out at the body's width. */
typedef struct
{
  PdReportTable        *table;
  guint                 n_columns;
  double               *x;       /* n_columns + 1 column edges */
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *header_font;
  double                pad_x;   /* between the grid and the text */
} Table;

/* One row of a table, its cells laid out. */
typedef struct
{
  PangoLayout **cells;   /* n_columns, NULL for covered cells */
  double        height;
  double        fill;    /* grey level of the background, or 1 for none */
  gboolean      middle;  /* centre the text vertically (the header row) */
} Row;

typedef enum
{
  FILL_MORE,   /* the page is full; the next page starts at *next */
  FILL_END,    /* the report ends on this page */
  FILL_ERROR,
} FillResult;

void
pd_pdf_get_paper_size (PdReportPaper  paper,
                       gboolean       landscape,
                       double        *width,
                       double        *height)
{
  /* ISO 216, in points. */
  double w = paper == PD_REPORT_PAPER_A3 ? 297 * MM : 210 * MM;
  double h = paper == PD_REPORT_PAPER_A3 ? 420 * MM : 297 * MM;

  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

static PangoFontDescription *
font_new (const char  *family,
          double       size,
          PangoWeight  weight)
{
  PangoFontDescription *font = pango_font_description_from_string (family);

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  return font;
}

PdPdfLayout *
pd_pdf_layout_new (PdReport *report,
                   double    page_width,
                   double    page_height)
{
  PdPdfLayout *self;
  cairo_font_options_t *options;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (page_width > 0 && page_height > 0, NULL);

  self = g_new0 (PdPdfLayout, 1);
  self->report = report;
  /* Small paper (a printer's A6) gets smaller margins. */
  self->left = MIN (MARGIN_SIDE, page_width / 8);
  self->right = page_width - self->left;
  self->top = MIN (MARGIN_TOP, page_height / 6);
  self->bottom = page_height - MIN (MARGIN_BOTTOM, page_height / 6);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Position));
  self->auto_widths = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  /* Layouts in points, unhinted, so that they measure the same whatever
   * they are drawn on: a PDF page, a printer, a print preview. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));
  pango_context_set_base_dir (self->context, PANGO_DIRECTION_LTR);

  self->fonts[FONT_TITLE] = font_new (SANS, 16, PANGO_WEIGHT_BOLD);
  self->fonts[FONT_SUBTITLE] = font_new (SERIF, 10.5, PANGO_WEIGHT_NORMAL);
  self->fonts[FONT_HEADING1] = font_new (SANS, 14, PANGO_WEIGHT_BOLD);
  self->fonts[FONT_HEADING2] = font_new (SANS, 12, PANGO_WEIGHT_BOLD);
  self->fonts[FONT_BODY] = font_new (SERIF, 10.5, PANGO_WEIGHT_NORMAL);
  self->fonts[FONT_RUNNING] = font_new (SERIF, 8, PANGO_WEIGHT_NORMAL);

  return self;
}

void
pd_pdf_layout_free (PdPdfLayout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < N_FONTS; i++)
    pango_font_description_free (self->fonts[i]);
  g_object_unref (self->context);
  g_array_unref (self->pages);
  g_hash_table_unref (self->auto_widths);
  g_free (self);
}

static PangoLayout *
layout_new (PdPdfLayout                *self,
            const PangoFontDescription *font,
            const char                 *text,
            double                      width,
            PangoAlignment              alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_alignment (layout, alignment);
  if (text == NULL)
    text = "";
  if (g_utf8_validate (text, -1, NULL))
    pango_layout_set_text (layout, text, -1);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      pango_layout_set_text (layout, valid, -1);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Draws the lines of @layout whose top lies in [@from, @to) of the layout,
 * with the layout's origin at (@x, @y). Lines are drawn one by one so that a
 * layout shared between pages puts each line's text on one page only. */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       from,
            double       to)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      if (top >= from - EPSILON && top < to - EPSILON)
        {
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The largest line boundary of @layout at or before @limit, counted from
 * @origin: a place to cut it between lines. */
static double
cut_before (PangoLayout *layout,
            double       origin,
            double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double cut = limit;

  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = origin + pango_units_to_double (logical.y);
      bottom = top + pango_units_to_double (logical.height);
      if (top < cut - EPSILON && cut < bottom - EPSILON)
        cut = top;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return cut;
}

/* Tables */

static double
table_font_size (guint n_columns)
{
  /* Wide tables (the matrix) get smaller type. */
  return n_columns <= 10 ? 9 : n_columns <= 24 ? 8 : 7;
}

static double
natural_width (PdPdfLayout                *self,
               const PangoFontDescription *font,
               const char                 *text)
{
  g_autoptr(PangoLayout) layout = layout_new (self, font, text, 1, PANGO_ALIGN_LEFT);
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

/* The widest of @column's cells, measured on every row: a column kept on
 * one line must not miss its longest text. Each text is measured once. */
static double
one_line_width (PdPdfLayout                *self,
                const PangoFontDescription *font,
                PdReportTable              *table,
                guint                       column)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  double width = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, r);

      if (row->spans[column] != 1 || !g_hash_table_add (seen, row->cells[column]))
        continue;
      width = MAX (width, natural_width (self, font, row->cells[column]));
    }
  return width;
}

/* Widths for a table that gives none: each column as wide as its text
 * wants, as far as the page allows. When the page is too narrow, narrow
 * columns (numbers, dates, roles) and the columns kept on one line
 * (PD_REPORT_COLUMN_ONE_LINE) keep their natural width and the other wide
 * ones are cut to a common width that fills the page; no column is cut
 * below the width of its header. Measured on the header and 200 rows (a
 * column kept on one line, on every row). Only when even the columns kept
 * on one line do not fit are they cut too. */
static double *
auto_widths (PdPdfLayout   *self,
             PdReportTable *table)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  double body = self->right - self->left;
  double size = table_font_size (n_columns);
  g_autoptr(PangoFontDescription) font = font_new (SERIF, size, PANGO_WEIGHT_NORMAL);
  g_autoptr(PangoFontDescription) header_font = font_new (SANS, size, PANGO_WEIGHT_BOLD);
  g_autofree double *natural = g_new0 (double, n_columns);
  g_autofree double *least = g_new0 (double, n_columns);
  g_autofree double *header = g_new0 (double, n_columns);
  double *widths = g_new0 (double, n_columns);
  double total = 0, total_least = 0, low = 0, high = body;

  for (guint c = 0; c < n_columns; c++)
    {
      header[c] = MIN (natural_width (self, header_font, table->header[c]), 1.5 * body / n_columns);
      least[c] = natural[c] = header[c];
      if (pd_report_table_get_column_flags (table, c) & PD_REPORT_COLUMN_ONE_LINE)
        {
          natural[c] = MAX (natural[c], natural_width (self, header_font, table->header[c]));
          natural[c] = MAX (natural[c], one_line_width (self, font, table, c));
          least[c] = natural[c];
        }
    }
  for (guint i = 0; i < MIN (table->rows->len, 200); i++)
    {
      /* Rows from all over a long table. */
      guint r = table->rows->len <= 200 ? i : (guint)((guint64)i * table->rows->len / 200);
      PdReportRow *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < n_columns; c++)
        if (row->spans[c] == 1)
          natural[c] = MAX (natural[c], natural_width (self, font, row->cells[c]));
    }
  for (guint c = 0; c < n_columns; c++)
    {
      natural[c] += 2 * CELL_PAD_X + 1;
      least[c] += 2 * CELL_PAD_X + 1;
      header[c] += 2 * CELL_PAD_X + 1;
      total += natural[c];
      total_least += least[c];
    }

  if (total_least >= body && total > body)
    {
      /* Not even the columns kept on one line fit: they wrap like the
       * others, down to their headers. */
      total_least = 0;
      for (guint c = 0; c < n_columns; c++)
        total_least += (least[c] = header[c]);
    }

  if (total <= body || total_least >= body)
    {
      /* Room for all (widened in proportion to fill the page), or not
       * even for the headers (shrunk in proportion). */
      for (guint c = 0; c < n_columns; c++)
        widths[c] = total <= body ? natural[c] : least[c];
      return widths;
    }

  /* The common width for the wide columns: the level at which the page is
   * exactly full. */
  for (guint i = 0; i < 40; i++)
    {
      double level = (low + high) / 2, sum = 0;

      for (guint c = 0; c < n_columns; c++)
        sum += MAX (least[c], MIN (natural[c], level));
      if (sum > body)
        high = level;
      else
        low = level;
    }
  for (guint c = 0; c < n_columns; c++)
    widths[c] = MAX (least[c], MIN (natural[c], low));
  return widths;
}

static void
table_init (PdPdfLayout   *self,
            Table         *t,
            PdReportTable *table)
{
  double total = 0, width = self->right - self->left, x;
  const double *widths = table->widths;
  double size;

  t->table = table;
  t->n_columns = pd_report_table_get_n_columns (table);
  t->x = g_new (double, t->n_columns + 1);

  if (widths == NULL)
    {
      /* Measured once per layout: every page of the table is the same. */
      widths = g_hash_table_lookup (self->auto_widths, table);
      if (widths == NULL)
        {
          double *measured = auto_widths (self, table);

          g_hash_table_insert (self->auto_widths, table, measured);
          widths = measured;
        }
    }

  for (guint c = 0; c < t->n_columns; c++)
    total += widths[c] > 0 ? widths[c] : 1;
  x = self->left;
  for (guint c = 0; c < t->n_columns; c++)
    {
      t->x[c] = x;
      x += width * (widths[c] > 0 ? widths[c] : 1) / total;
    }
  t->x[t->n_columns] = self->right;

  /* Narrow columns (the matrix's marks and counts) keep their room for text. */
  t->pad_x = CELL_PAD_X;
  for (guint c = 0; c < t->n_columns; c++)
    if (t->x[c + 1] - t->x[c] < 24)
      t->pad_x = 1;

  size = table_font_size (t->n_columns);
  t->font = font_new (SERIF, size, PANGO_WEIGHT_NORMAL);
  t->bold = font_new (SANS, size, PANGO_WEIGHT_BOLD);
  t->header_font = font_new (SANS, size, PANGO_WEIGHT_BOLD);
}

static void
table_clear (Table *t)
{
  g_free (t->x);
  pango_font_description_free (t->font);
  pango_font_description_free (t->bold);
  pango_font_description_free (t->header_font);
}

static void
row_clear (Table *t,
           Row   *row)
{
  for (guint c = 0; c < t->n_columns; c++)
    g_clear_object (&row->cells[c]);
  g_free (row->cells);
}

/* Lays out the header row (@r NULL) or a row of @t. */
static void
row_init (PdPdfLayout *self,
          Table       *t,
          PdReportRow *r,
          Row         *row)
{
  double content = 0;

  row->cells = g_new0 (PangoLayout *, t->n_columns);
  row->fill = r == NULL ? 0.86 : r->kind == PD_REPORT_ROW_SECTION ? 0.92 : r->kind == PD_REPORT_ROW_TOTAL ? 0.96 : 1;
  row->middle = r == NULL;

  for (guint c = 0; c < t->n_columns; c++)
    {
      guint span = r == NULL ? 1 : r->spans[c];
      guint flags = r == NULL ? 0 : r->flags[c];
      const char *text = r == NULL ? t->table->header[c] : r->cells[c];
      const PangoFontDescription *font = t->font;
      PangoAlignment alignment = PANGO_ALIGN_LEFT;
      guint end;

      if (span == 0)
        continue;
      end = MIN (c + span, t->n_columns);
      if (r == NULL)
        {
          font = t->header_font;
          alignment = PANGO_ALIGN_CENTER;
        }
      else
        {
          if ((flags & PD_REPORT_CELL_EMPHASIS) || r->kind != PD_REPORT_ROW_NORMAL)
            font = t->bold;
          if (flags & PD_REPORT_CELL_NUMBER)
            alignment = PANGO_ALIGN_RIGHT;
          else if (flags & PD_REPORT_CELL_CENTER)
            alignment = PANGO_ALIGN_CENTER;
        }

      row->cells[c] = layout_new (self, font, text, t->x[end] - t->x[c] - 2 * t->pad_x, alignment);
      content = MAX (content, layout_height (row->cells[c]));
    }

  if (content == 0)  /* an empty row still shows a line's height */
    {
      g_autoptr(PangoLayout) probe = layout_new (self, t->font, "国", 100, PANGO_ALIGN_LEFT);

      content = layout_height (probe);
    }
  row->height = content + 2 * CELL_PAD_Y;
}

/* Where to cut @row, shown from @offset, so that the part on this page ends
 * at or before @limit between lines of text in every cell. */
static double
row_find_cut (Table  *t,
              Row    *row,
              double  offset,
              double  limit)
{
  double cut = limit;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint c = 0; c < t->n_columns; c++)
        if (row->cells[c] != NULL)
          {
            double before = cut_before (row->cells[c], CELL_PAD_Y, cut);

            if (before < cut)
              {
                cut = before;
                moved = TRUE;
              }
          }
    }
  /* No line boundary below the part already shown: cut through a line. */
  return cut > offset + EPSILON ? cut : limit;
}

/* Draws the part of @row from @from to @to (row coordinates) at @y. */
static void
row_draw (cairo_t *cr,
          Table   *t,
          Row     *row,
          double   y,
          double   from,
          double   to)
{
  double top = y - from;
  double height = to - from;

  if (row->fill < 1)
    {
      cairo_set_source_rgb (cr, row->fill, row->fill, row->fill);
      cairo_rectangle (cr, t->x[0], y, t->x[t->n_columns] - t->x[0], height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < t->n_columns; c++)
    if (row->cells[c] != NULL)
      {
        double text_top = top + CELL_PAD_Y;

        if (row->middle)
          text_top = top + (row->height - layout_height (row->cells[c])) / 2;
        show_lines (cr, row->cells[c], t->x[c] + t->pad_x, text_top, from - (text_top - top),
                    to - (text_top - top));
      }

  /* The grid: a box around every cell. */
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, GRID_WIDTH);
  for (guint c = 0; c < t->n_columns; c++)
    if (row->cells[c] != NULL)
      {
        guint end = c + 1;

        while (end < t->n_columns && row->cells[end] == NULL)
          end++;
        cairo_rectangle (cr, t->x[c], y, t->x[end] - t->x[c], height);
      }
  cairo_stroke (cr);
}

/* Pages */

typedef struct
{
  PdPdfLayout  *self;
  cairo_t      *cr;      /* NULL while paginating */
  double        y;
  GCancellable *cancellable;
} Fill;

static gboolean
fill_is_empty (Fill *fill)
{
  return fill->y <= fill->self->top + EPSILON;
}

static void
draw_title (Fill *fill)
{
  PdPdfLayout *self = fill->self;
  double width = self->right - self->left;
  g_autoptr(PangoLayout) title = layout_new (self, self->fonts[FONT_TITLE], self->report->title, width,
                                             PANGO_ALIGN_CENTER);

  if (fill->cr != NULL)
    {
      cairo_set_source_rgb (fill->cr, 0, 0, 0);
      show_lines (fill->cr, title, self->left, fill->y, 0, G_MAXDOUBLE);
    }
  fill->y += layout_height (title) + 4;

  if (self->report->subtitle != NULL && self->report->subtitle[0] != '\0')
    {
      g_autoptr(PangoLayout) subtitle = layout_new (self, self->fonts[FONT_SUBTITLE], self->report->subtitle,
                                                    width, PANGO_ALIGN_CENTER);

      if (fill->cr != NULL)
        {
          cairo_set_source_rgb (fill->cr, 0.25, 0.25, 0.25);
          show_lines (fill->cr, subtitle, self->left, fill->y, 0, G_MAXDOUBLE);
        }
      fill->y += layout_height (subtitle);
    }
  fill->y += 10;
}

static FillResult
fill_heading (Fill          *fill,
              PdReportBlock *block,
              guint          index,
              Position      *next)
{
  PdPdfLayout *self = fill->self;
  Font font = block->level >= 2 ? FONT_HEADING2 : FONT_HEADING1;
  g_autoptr(PangoLayout) layout = layout_new (self, self->fonts[font], block->text, self->right - self->left,
                                              PANGO_ALIGN_LEFT);
  double height = layout_height (layout);
  double before = fill_is_empty (fill) ? 0 : HEADING_BEFORE;
  gboolean last = index + 1 >= self->report->blocks->len;

  if (!fill_is_empty (fill) &&
      fill->y + before + height + (last ? 0 : KEEP_WITH_HEADING) > self->bottom)
    {
      *next = (Position) { index, 0, 0 };
      return FILL_MORE;
    }

  fill->y += before;
  if (fill->cr != NULL)
    {
      cairo_set_source_rgb (fill->cr, 0, 0, 0);
      show_lines (fill->cr, layout, self->left, fill->y, 0, G_MAXDOUBLE);
    }
  fill->y += height + HEADING_AFTER;
  return FILL_END;
}

static FillResult
fill_paragraph (Fill          *fill,
                PdReportBlock *block,
                guint          index,
                double         offset,
                Position      *next)
{
  PdPdfLayout *self = fill->self;
  g_autoptr(PangoLayout) layout = layout_new (self, self->fonts[FONT_BODY], block->text, self->right - self->left,
                                              PANGO_ALIGN_LEFT);
  PangoLayoutIter *iter;
  double shown_to = offset;
  gboolean full = FALSE;

  /* Chinese paragraphs open with two characters' indent. */
  pango_layout_set_indent (layout, pango_units_from_double (2 * 10.5));
  pango_layout_set_spacing (layout, pango_units_from_double (1.5));

  /* The lines that fit on this page. */
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      bottom = top + pango_units_to_double (logical.height);
      if (top < offset - EPSILON)
        continue;
      if (fill->y + (bottom - offset) > self->bottom && !(fill_is_empty (fill) && shown_to == offset))
        {
          full = TRUE;
          break;
        }
      shown_to = bottom;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (fill->cr != NULL && shown_to > offset)
    {
      cairo_set_source_rgb (fill->cr, 0, 0, 0);
      show_lines (fill->cr, layout, self->left, fill->y - offset, offset, shown_to);
    }
  fill->y += shown_to - offset;

  if (full)
    {
      *next = (Position) { index, 0, shown_to };
      return FILL_MORE;
    }
  fill->y += PARAGRAPH_AFTER;
  return FILL_END;
}

static FillResult
fill_table (Fill          *fill,
            PdReportBlock *block,
            guint          index,
            guint          first_row,
            double         first_offset,
            Position      *next,
            GError       **error)
{
  PdPdfLayout *self = fill->self;
  PdReportTable *table = block->table;
  FillResult result = FILL_END;
  gboolean header_shown = FALSE;
  Table t = { 0, };
  Row header = { 0, };

  table_init (self, &t, table);
  row_init (self, &t, NULL, &header);

  /* A table without rows still shows its header. */
  if (table->rows->len == 0)
    {
      if (!fill_is_empty (fill) && fill->y + header.height > self->bottom)
        {
          *next = (Position) { index, 0, 0 };
          result = FILL_MORE;
        }
      else
        {
          if (fill->cr != NULL)
            row_draw (fill->cr, &t, &header, fill->y, 0, header.height);
          fill->y += header.height;
        }
    }

  for (guint r = first_row; r < table->rows->len && result == FILL_END; r++)
    {
      PdReportRow *report_row = g_ptr_array_index (table->rows, r);
      double offset = r == first_row ? first_offset : 0;
      double head = header_shown ? 0 : header.height;
      double fresh_room = self->bottom - self->top - header.height;
      double remaining;
      double keep = 0;
      Row row = { 0, };

      if (g_cancellable_set_error_if_cancelled (fill->cancellable, error))
        {
          result = FILL_ERROR;
          break;
        }

      row_init (self, &t, report_row, &row);
      remaining = row.height - offset;

      /* A section row keeps with (the start of) the row after it. */
      if (report_row->kind == PD_REPORT_ROW_SECTION && r + 1 < table->rows->len)
        {
          Row following = { 0, };

          row_init (self, &t, g_ptr_array_index (table->rows, r + 1), &following);
          keep = MIN (following.height, 40);
          row_clear (&t, &following);
        }

      if (fill->y + head + remaining <= self->bottom + EPSILON &&
          (fill->y + head + remaining + keep <= self->bottom + EPSILON || fill_is_empty (fill)))
        {
          /* The row fits. */
          if (!header_shown)
            {
              if (fill->cr != NULL)
                row_draw (fill->cr, &t, &header, fill->y, 0, header.height);
              fill->y += header.height;
              header_shown = TRUE;
            }
          if (fill->cr != NULL)
            row_draw (fill->cr, &t, &row, fill->y, offset, row.height);
          fill->y += remaining;
        }
      else if (!fill_is_empty (fill) &&
               (remaining <= fresh_room || fill->y + head + 2 * CELL_PAD_Y + 24 > self->bottom))
        {
          /* The row goes whole to the next page, with the header again; or,
           * taller than a page, it begins there: too little room here. */
          *next = (Position) { index, r, offset };
          result = FILL_MORE;
        }
      else
        {
          /* A row taller than a page: show what fits, cut between lines. */
          double cut;

          if (!header_shown)
            {
              if (fill->cr != NULL)
                row_draw (fill->cr, &t, &header, fill->y, 0, header.height);
              fill->y += header.height;
              header_shown = TRUE;
            }
          cut = row_find_cut (&t, &row, offset, offset + MAX (self->bottom - fill->y, 1));
          if (fill->cr != NULL)
            row_draw (fill->cr, &t, &row, fill->y, offset, cut);
          fill->y += cut - offset;
          *next = (Position) { index, r, cut };
          result = FILL_MORE;
        }

      row_clear (&t, &row);
    }

  if (result == FILL_END)
    fill->y += TABLE_AFTER;

  row_clear (&t, &header);
  table_clear (&t);
  return result;
}

static gboolean
content_follows (GPtrArray *blocks,
                 guint      index)
{
  for (guint b = index + 1; b < blocks->len; b++)
    if (((PdReportBlock *)g_ptr_array_index (blocks, b))->kind != PD_REPORT_BLOCK_PAGE_BREAK)
      return TRUE;
  return FALSE;
}

/* Lays out (and with a cairo context, draws) the body of one page, from
 * @start; says where the next page starts. */
static FillResult
fill_page (PdPdfLayout    *self,
           cairo_t        *cr,
           guint           page,
           const Position *start,
           Position       *next,
           GCancellable   *cancellable,
           GError        **error)
{
  GPtrArray *blocks = self->report->blocks;
  Fill fill = { self, cr, self->top, cancellable };

  if (page == 0)
    draw_title (&fill);

  for (guint b = start->block; b < blocks->len; b++)
    {
      PdReportBlock *block = g_ptr_array_index (blocks, b);
      gboolean here = b == start->block;
      FillResult result = FILL_END;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FILL_ERROR;

      switch (block->kind)
        {
        case PD_REPORT_BLOCK_PAGE_BREAK:
          /* No empty pages: a break at the top of a page is already done,
           * and a break with nothing after it has nothing to do. */
          if (!fill_is_empty (&fill) && content_follows (blocks, b))
            {
              *next = (Position) { b + 1, 0, 0 };
              result = FILL_MORE;
            }
          break;

        case PD_REPORT_BLOCK_HEADING:
          result = fill_heading (&fill, block, b, next);
          break;

        case PD_REPORT_BLOCK_PARAGRAPH:
          result = fill_paragraph (&fill, block, b, here ? start->offset : 0, next);
          break;

        case PD_REPORT_BLOCK_TABLE:
          result = fill_table (&fill, block, b, here ? start->row : 0, here ? start->offset : 0, next, error);
          break;

        default:
          break;
        }

      if (result != FILL_END)
        return result;
    }

  return FILL_END;
}

gboolean
pd_pdf_layout_paginate (PdPdfLayout   *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  Position position = { 0, 0, 0 };

  g_return_val_if_fail (self != NULL, FALSE);

  g_array_set_size (self->pages, 0);
  self->paginated = FALSE;

  for (;;)
    {
      Position next = { 0, 0, 0 };
      FillResult result;

      g_array_append_val (self->pages, position);
      result = fill_page (self, NULL, self->pages->len - 1, &position, &next, cancellable, error);
      if (result == FILL_ERROR)
        {
          g_array_set_size (self->pages, 0);
          return FALSE;
        }
      if (result == FILL_END)
        break;

      /* Every page shows something: never the same start twice. */
      if (next.block < position.block ||
          (next.block == position.block && next.row < position.row) ||
          (next.block == position.block && next.row == position.row && next.offset <= position.offset))
        {
          if (self->pages->len > 1)
            {
              g_warning ("No progress laying out block %u, row %u", position.block, position.row);
              next = (Position) { position.block + 1, 0, 0 };
            }
        }
      position = next;
    }

  self->paginated = TRUE;
  return TRUE;
}

guint
pd_pdf_layout_get_n_pages (PdPdfLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

static void
draw_running_text (PdPdfLayout *self,
                   cairo_t     *cr,
                   double       baseline_y,
                   const char  *left,
                   const char  *center,
                   const char  *right)
{
  double width = self->right - self->left;
  const char *texts[] = { left, center, right };
  const PangoAlignment alignments[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      /* Left and right texts share the line; each keeps to its side. */
      double part = center != NULL ? width / 3 - 6 : width / 2 - 6;

      if (texts[i] == NULL || texts[i][0] == '\0')
        continue;
      layout = layout_new (self, self->fonts[FONT_RUNNING], texts[i], part, alignments[i]);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      cairo_move_to (cr, self->left + (width - part) * i / 2,
                     baseline_y - pango_units_to_double (pango_layout_get_baseline (layout)));
      pango_cairo_show_layout (cr, layout);
    }
}

gboolean
pd_pdf_layout_draw_page (PdPdfLayout   *self,
                         cairo_t       *cr,
                         guint          page,
                         GCancellable  *cancellable,
                         GError       **error)
{
  PdReport *report;
  Position next;
  g_autofree char *page_text = NULL;
  g_autofree char *date_text = NULL;
  double rule_y;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->paginated, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  report = self->report;
  cairo_save (cr);

  /* The running header: the plan, then the report. */
  rule_y = self->top - RUNNING_GAP;
  if (report->header != NULL && report->header[0] != '\0')
    draw_running_text (self, cr, rule_y - 3, report->header, NULL, report->title);
  else
    draw_running_text (self, cr, rule_y - 3, report->title, NULL, NULL);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, GRID_WIDTH);
  cairo_move_to (cr, self->left, rule_y);
  cairo_line_to (cr, self->right, rule_y);
  cairo_stroke (cr);

  /* The footer: the page number in the middle, the date on the right. */
  /* Translators: the footer of every page of a PDF or printed report */
  page_text = g_strdup_printf (_("Page %d of %d"), (int)page + 1, (int)self->pages->len);
  if (report->generated_on != NULL && report->generated_on[0] != '\0')
    {
      g_autofree char *date = pd_date_format (report->generated_on);

      /* Translators: in the footer of a report; %s is a date as dates are shown, 2026-05-02 */
      date_text = g_strdup_printf (_("Generated on %s"), date);
    }
  draw_running_text (self, cr, self->bottom + FOOTER_GAP + 8, NULL, page_text, date_text);

  cairo_restore (cr);

  cairo_save (cr);
  if (fill_page (self, cr, page, &g_array_index (self->pages, Position, page), &next, cancellable, error) ==
      FILL_ERROR)
    {
      cairo_restore (cr);
      return FALSE;
    }
  cairo_restore (cr);
  return TRUE;
}

gboolean
pd_pdf_writer_write (PdReport      *report,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(PdPdfLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean ok = TRUE;
  double width, height;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pd_pdf_get_paper_size (report->paper, report->landscape, &width, &height);
  layout = pd_pdf_layout_new (report, width, height);

  /* First pass: where the pages break, so footers can count them. */
  if (!pd_pdf_layout_paginate (layout, cancellable, error))
    return FALSE;

  /* Second pass: draw, streaming each page to the file. */
  surface = cairo_pdf_surface_create (path, width, height);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), display,
                   cairo_status_to_string (status));
      return FALSE;
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title ? report->title : "");
  if (report->header != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, report->header);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Plan Desk " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint page = 0; ok && page < pd_pdf_layout_get_n_pages (layout); page++)
    {
      ok = pd_pdf_layout_draw_page (layout, cr, page, cancellable, error);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), display,
                   cairo_status_to_string (status));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (path);
  return ok;
}
