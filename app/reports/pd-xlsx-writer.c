/* pd-xlsx-writer.c — XLSX through libxlsxwriter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One worksheet, named after the report, laid out like a sheet an office
 * would make by hand: the title and subtitle merged across the table on top,
 * headings and paragraphs as merged wrapped rows, tables with a bold shaded
 * header row and thin borders, section rows merged and shaded, columns as
 * wide as the page allows (a Chinese character counts twice), panes frozen
 * under the main table's header, which also repeats on every printed page,
 * and the page fitted to one page wide with the running header and page
 * numbers.
 *
 * Text is only ever written with worksheet_write_string() or
 * worksheet_merge_range(), which store shared strings: a cell cannot become
 * a formula whatever it starts with, so text is kept exactly as it is.
 * NUMBER cells are written as numbers when their text reads as one, DATE
 * cells as dates (serial numbers) with a number format that shows them as
 * the UI language writes dates: 2013-03-31, or 2013年3月31日 in Chinese.
 *
 * Spreadsheets do not fit the height of merged cells, so the heights of rows
 * with merged cells are estimated here; plain rows are left for the
 * spreadsheet to fit.
 */
#define G_LOG_DOMAIN "pd-xlsx-writer"

#include "pd-config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "pd-xlsx-writer.h"
#include "store/pd-date.h"

/* Chinese official documents: 宋体 for text, 黑体 and 楷体 for headings. */
#define BODY_FONT           "宋体"
#define HEADING_FONT        "黑体"
#define SUBHEADING_FONT     "楷体"
#define TITLE_SIZE          18.0
#define SUBTITLE_SIZE       12.0
#define HEADING_SIZE        14.0
#define SUBHEADING_SIZE     12.0
#define BODY_SIZE           11.0
#define LINE_SPACING        1.45    /* line height / font size */

/* Page header and footer text: 9 points, then the font, so that text that
 * starts with a digit is not read as part of the size. */
#define SMALL_PRINT         "&9&\"" BODY_FONT ",Regular\""

#define HEADER_FILL         0xD9D9D9
#define SECTION_FILL        0xF2F2F2

#define CELL_TEXT_MAX       32767   /* characters in one cell */
#define RUNNING_HEADER_MAX  80      /* characters of the page header */
#define LINES_PER_ROW       20      /* longer paragraphs go on in the next row */
#define MAX_NATURAL_WIDTH   60.0    /* columns wider than this wrap */
#define MIN_COLUMN_WIDTH    4.0
#define SHORT_COLUMN_WIDTH  16.0    /* columns this narrow are never squeezed */
#define HEADER_CELLS        10.0    /* header text wider than this may wrap */
#define SAMPLED_ROWS        2000    /* rows measured for natural widths */
#define CANCEL_EVERY        256     /* rows between cancellation checks */
#define MARGIN_SIDE         0.5     /* inches */
#define MARGIN_TOP          0.75
#define MARGIN_BOTTOM       0.75
#define FREEZE_MAX_ROW      12      /* no frozen pane taller than this */

#define N_KINDS             3
#define N_FLAG_SETS         16

typedef struct
{
  PdReport       *report;
  GCancellable   *cancellable;
  lxw_workbook   *workbook;
  lxw_worksheet  *sheet;
  lxw_error       status;      /* the first libxlsxwriter error */
  gboolean        too_large;

  guint           n_columns;   /* the grid: the widest table, at least 1 */
  double         *widths;      /* per grid column, in Excel's character units */
  double          total_width;

  PdReportTable  *main_table;  /* the table with most rows, or NULL */
  gboolean        repeat_header;
  gboolean        freeze_header;

  lxw_row_t       row;         /* the next row to write */
  GArray         *breaks;      /* of lxw_row_t: manual page breaks */

  lxw_format     *title_format;
  lxw_format     *subtitle_format;
  lxw_format     *heading_format[2];
  lxw_format     *paragraph_format;
  lxw_format     *header_format;
  lxw_format     *cell_format[N_KINDS][N_FLAG_SETS];
} XlsxWriter;

/* Width of @c in half-width character cells: CJK characters (and the
 * ambiguous punctuation Chinese fonts draw full-width) count 2. */
static inline double
char_cells (gunichar c)
{
  if (g_unichar_iszerowidth (c) || g_unichar_iscntrl (c))
    return 0;
  return g_unichar_iswide_cjk (c) ? 2 : 1;
}

/* Width of @len bytes of @text in half-width character cells. */
static double
text_cells (const char *text,
            gsize       len)
{
  const char *end = text + len;
  double cells = 0;

  for (const char *p = text; p < end && *p; p = g_utf8_next_char (p))
    cells += char_cells (g_utf8_get_char (p));
  return cells;
}

/* The widest line of @text, in half-width character cells. */
static double
text_max_line_cells (const char *text)
{
  double widest = 0;

  while (text != NULL && *text)
    {
      const char *nl = strchr (text, '\n');
      gsize len = nl ? (gsize)(nl - text) : strlen (text);

      widest = MAX (widest, text_cells (text, len));
      text = nl ? nl + 1 : NULL;
    }
  return widest;
}

/* Excel column units taken by one half-width character at @size points: a
 * unit is 7 pixels at 96 dpi and a CJK character is @size points wide. */
static double
units_per_cell (double size)
{
  return size * 96.0 / 72.0 / 2.0 / 7.0;
}

/* Text that libxlsxwriter and spreadsheets accept: valid UTF-8, no longer
 * than a cell holds. Returns @text itself or a new string stored in @tmp. */
static const char *
cell_text (const char  *text,
           char       **tmp)
{
  const char *valid = text != NULL ? text : "";

  *tmp = NULL;
  if (!g_utf8_validate (valid, -1, NULL))
    valid = *tmp = g_utf8_make_valid (valid, -1);
  if (strlen (valid) > CELL_TEXT_MAX && g_utf8_strlen (valid, -1) > CELL_TEXT_MAX)
    {
      const char *cut = g_utf8_offset_to_pointer (valid, CELL_TEXT_MAX - 1);
      char *shorter = g_strdup_printf ("%.*s…", (int)(cut - valid), valid);

      g_free (*tmp);
      valid = *tmp = shorter;
    }
  return valid;
}

/* Splits @text into pieces of at most @max_lines lines of @per_line
 * half-width cells each (wrapping at any character, as spreadsheets do with
 * Chinese text); @lines receives the line count of each piece. */
static GPtrArray *
split_text (const char *text,
            double      per_line,
            guint       max_lines,
            GArray     *lines)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  double used = 0;
  guint n_lines = 1;

  per_line = MAX (per_line, 2);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double w = char_cells (c);
      gboolean newline = c == '\n';

      if (newline || used + w > per_line)
        {
          if (n_lines == max_lines)
            {
              g_ptr_array_add (pieces, g_strndup (start, p - start));
              g_array_append_val (lines, n_lines);
              start = newline ? p + 1 : p;
              n_lines = 1;
              used = newline ? 0 : w;
              continue;
            }
          n_lines++;
          used = newline ? 0 : w;
          continue;
        }
      used += w;
    }
  g_ptr_array_add (pieces, g_strdup (start));
  g_array_append_val (lines, n_lines);
  return pieces;
}

static double
row_height (guint  n_lines,
            double size)
{
  double height = n_lines * size * LINE_SPACING + 6;

  /* Whole points, rounded up. */
  return MIN (409.0, ceil (height));
}

/* The sum of the grid column widths from @first over @span columns. */
static double
span_width (XlsxWriter *self,
            guint       first,
            guint       span)
{
  double width = 0;

  for (guint i = first; i < first + span && i < self->n_columns; i++)
    width += self->widths[i];
  return width;
}

/* Half-width cells of text in one line of @width column units at @size
 * points. A CJK character is exactly one em wide in any font, so the
 * margin is small; Latin text is narrower than the estimate. */
static double
line_cells (double width,
            double size)
{
  return MAX (2.0, (width - 0.3) / units_per_cell (size) * 0.98);
}

/* Lines @text takes at @size points in @width column units, wrapping at
 * any character. */
static guint
count_lines (const char *text,
             double      width,
             double      size)
{
  double per_line = line_cells (width, size);
  double used = 0;
  guint n_lines = 1;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double w = char_cells (c);

      if (c == '\n' || used + w > per_line)
        {
          n_lines++;
          used = c == '\n' ? 0 : w;
        }
      else
        used += w;
    }
  return n_lines;
}

static gboolean
check (XlsxWriter *self,
       lxw_error   status)
{
  if (status != LXW_NO_ERROR && self->status == LXW_NO_ERROR)
    self->status = status;
  return self->status == LXW_NO_ERROR;
}

/* A new row; FALSE when the sheet is full. */
static gboolean
next_row (XlsxWriter *self,
          lxw_row_t  *row)
{
  if (self->row >= LXW_ROW_MAX)
    {
      self->too_large = TRUE;
      return FALSE;
    }
  *row = self->row++;
  return TRUE;
}

/* Writes @text into columns @first … @first + @span - 1 of @row, merged
 * when it covers more than one column. */
static gboolean
write_text (XlsxWriter *self,
            lxw_row_t   row,
            guint       first,
            guint       span,
            const char *text,
            lxw_format *format)
{
  g_autofree char *tmp = NULL;
  const char *valid = cell_text (text, &tmp);

  if (span > 1)
    return check (self, worksheet_merge_range (self->sheet, row, first, row, first + span - 1,
                                               valid, format));
  return check (self, worksheet_write_string (self->sheet, row, first, valid, format));
}

/* A whole-width row of wrapped text, continued over more rows if long. */
static gboolean
write_block_text (XlsxWriter *self,
                  const char *text,
                  lxw_format *format,
                  double      size)
{
  double width = span_width (self, 0, self->n_columns);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) pieces = NULL;
  g_autofree char *tmp = NULL;

  pieces = split_text (cell_text (text, &tmp), line_cells (width, size), LINES_PER_ROW, lines);
  for (guint i = 0; i < pieces->len; i++)
    {
      lxw_row_t row;

      double height = row_height (g_array_index (lines, guint, i), size);

      if (!next_row (self, &row) ||
          !check (self, worksheet_set_row (self->sheet, row, height, NULL)) ||
          !write_text (self, row, 0, self->n_columns, pieces->pdata[i], format))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_spacer (XlsxWriter *self,
              double      height)
{
  lxw_row_t row;

  return next_row (self, &row) && check (self, worksheet_set_row (self->sheet, row, height, NULL));
}

static lxw_format *
new_format (XlsxWriter *self,
            const char *font,
            double      size)
{
  lxw_format *format = workbook_add_format (self->workbook);

  format_set_font_name (format, font);
  format_set_font_size (format, size);
  format_set_text_wrap (format);
  return format;
}

static void
create_formats (XlsxWriter *self)
{
  lxw_format *format;

  format = self->title_format = new_format (self, BODY_FONT, TITLE_SIZE);
  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);

  format = self->subtitle_format = new_format (self, BODY_FONT, SUBTITLE_SIZE);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);

  format = self->heading_format[0] = new_format (self, HEADING_FONT, HEADING_SIZE);
  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);

  format = self->heading_format[1] = new_format (self, SUBHEADING_FONT, SUBHEADING_SIZE);
  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);

  format = self->paragraph_format = new_format (self, BODY_FONT, BODY_SIZE);
  format_set_align (format, LXW_ALIGN_LEFT);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);

  format = self->header_format = new_format (self, BODY_FONT, BODY_SIZE);
  format_set_bold (format);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_pattern (format, LXW_PATTERN_SOLID);
  format_set_bg_color (format, HEADER_FILL);
}

/* The format of a table cell, made on first use. */
static lxw_format *
cell_format (XlsxWriter      *self,
             PdReportRowKind  kind,
             guint            flags)
{
  lxw_format *format;

  kind = MIN ((guint)kind, N_KINDS - 1);
  flags &= N_FLAG_SETS - 1;
  if (self->cell_format[kind][flags] != NULL)
    return self->cell_format[kind][flags];

  format = self->cell_format[kind][flags] = new_format (self, BODY_FONT, BODY_SIZE);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (flags & PD_REPORT_CELL_CENTER)
    format_set_align (format, LXW_ALIGN_CENTER);
  else if (flags & PD_REPORT_CELL_NUMBER)
    {
      /* Keep numbers off the border with the next column's text. */
      format_set_align (format, LXW_ALIGN_RIGHT);
      format_set_indent (format, 1);
    }
  else
    format_set_align (format, LXW_ALIGN_LEFT);
  if (flags & PD_REPORT_CELL_DATE)
    /* Translators: how a spreadsheet shows a date (an Excel number format);
     * it should read as "date format" does. Chinese: yyyy"年"m"月"d"日" */
    format_set_num_format (format, C_("spreadsheet date format", "yyyy-mm-dd"));
  if ((flags & PD_REPORT_CELL_EMPHASIS) || kind != PD_REPORT_ROW_NORMAL)
    format_set_bold (format);
  if (kind == PD_REPORT_ROW_SECTION)
    {
      format_set_pattern (format, LXW_PATTERN_SOLID);
      format_set_bg_color (format, SECTION_FILL);
    }
  return format;
}

/* The decimal text of a NUMBER cell as a number, if it is one. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  if (end == text || !isfinite (*value))
    return FALSE;
  while (g_ascii_isspace (*end))
    end++;
  return *end == '\0';
}

/* The day a DATE cell shows, if it is one. */
static gboolean
parse_date (const char   *text,
            lxw_datetime *date)
{
  g_autofree char *iso = pd_date_parse (text);
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return FALSE;
  *date = (lxw_datetime) { .year = year, .month = month, .day = day };
  return TRUE;
}

/* @value (not negative) rounded to a tenth. */
static double
round_tenth (double value)
{
  return (gint64)(value * 10 + 0.5) / 10.0;
}

/* Printable width of the page in column units, for @n_columns columns.
 * Excel's unit is 7 pixels at 96 dpi plus 5 pixels of padding per column;
 * LibreOffice's is wider (about 8 pixels) and it cuts off, rather than
 * shrinks, a column wider than the page: 8 pixels keep the sheet within
 * the page in both. */
static double
page_width_units (PdReport *report,
                  guint     n_columns)
{
  double short_mm = report->paper == PD_REPORT_PAPER_A3 ? 297 : 210;
  double long_mm = report->paper == PD_REPORT_PAPER_A3 ? 420 : 297;
  double inches = (report->landscape ? long_mm : short_mm) / 25.4 - 2 * MARGIN_SIDE;

  return MAX (10.0, (inches * 96 - 5.0 * n_columns) / 8.0);
}

/* Column widths: the builder's relative widths spread over the page, or
 * else the widths the text needs, shrunk to the page where they overflow.
 * A column kept on one line (PD_REPORT_COLUMN_ONE_LINE) is measured on
 * every row, its header does not wrap, and it keeps its width when the
 * page is too narrow. */
static void
compute_widths (XlsxWriter *self)
{
  PdReportTable *table = self->main_table;
  guint n_table = table ? pd_report_table_get_n_columns (table) : 0;
  g_autofree double *natural = g_new0 (double, self->n_columns);
  g_autofree gboolean *fixed = g_new0 (gboolean, self->n_columns);
  g_autofree gboolean *one_line = g_new0 (gboolean, self->n_columns);
  double unit = units_per_cell (BODY_SIZE);
  double total = 0;

  self->total_width = page_width_units (self->report, self->n_columns);
  self->widths = g_new0 (double, self->n_columns);

  if (n_table == 0)
    {
      for (guint c = 0; c < self->n_columns; c++)
        self->widths[c] = self->total_width / self->n_columns;
      return;
    }

  if (table->widths != NULL)
    {
      double sum = 0;

      for (guint c = 0; c < n_table; c++)
        sum += MAX (table->widths[c], 0);
      for (guint c = 0; c < self->n_columns; c++)
        {
          double share = c < n_table && sum > 0 ? MAX (table->widths[c], 0) / sum
                                                 : 1.0 / self->n_columns;

          self->widths[c] = MAX (MIN_COLUMN_WIDTH, round_tenth (self->total_width * share));
        }
      return;
    }

  for (guint c = 0; c < n_table; c++)
    one_line[c] = (pd_report_table_get_column_flags (table, c) & PD_REPORT_COLUMN_ONE_LINE) != 0;
  for (guint r = 0; r < table->rows->len; r++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, r);
      gboolean sampled = r < SAMPLED_ROWS;

      if (row->kind == PD_REPORT_ROW_SECTION)
        continue;
      for (guint c = 0; c < n_table; c++)
        if (row->spans[c] == 1 && (sampled || one_line[c]))
          natural[c] = MAX (natural[c], text_max_line_cells (row->cells[c]));
    }
  for (guint c = 0; c < self->n_columns; c++)
    {
      /* Headers wrap when they are longer than the column's text. */
      double header = c < n_table ? text_max_line_cells (table->header[c]) : 0;

      if (one_line[c])
        natural[c] = CLAMP (MAX (natural[c], header) * unit + 2, MIN_COLUMN_WIDTH, 255);
      else
        {
          natural[c] = MAX (natural[c], MIN (header, HEADER_CELLS));
          natural[c] = CLAMP (natural[c] * unit + 2, MIN_COLUMN_WIDTH, MAX_NATURAL_WIDTH);
        }
      total += natural[c];
    }

  if (total <= self->total_width)
    {
      /* Room to spare: widen every column alike to fill the page. */
      for (guint c = 0; c < self->n_columns; c++)
        self->widths[c] = natural[c] * self->total_width / total;
    }
  else
    {
      /* Narrow columns keep what they need; the wide ones share the rest. */
      double left = self->total_width;
      guint n_flex = self->n_columns;
      gboolean changed = TRUE;
      double flex_total = 0;

      /* The columns kept on one line keep their width: the sheet prints
       * fitted to one page wide, so a wider sheet prints smaller rather
       * than breaking every title. */
      for (guint c = 0; c < self->n_columns; c++)
        if (one_line[c])
          {
            fixed[c] = TRUE;
            self->widths[c] = natural[c];
            left -= natural[c];
            n_flex--;
          }
      if (n_flex < self->n_columns)
        left = MAX (left, n_flex * SHORT_COLUMN_WIDTH);

      while (changed && n_flex > 0)
        {
          double share = MAX (left / n_flex, SHORT_COLUMN_WIDTH);

          changed = FALSE;
          for (guint c = 0; c < self->n_columns; c++)
            if (!fixed[c] && natural[c] <= share)
              {
                fixed[c] = TRUE;
                self->widths[c] = natural[c];
                left -= natural[c];
                n_flex--;
                changed = TRUE;
              }
        }
      for (guint c = 0; c < self->n_columns; c++)
        if (!fixed[c])
          flex_total += natural[c];
      for (guint c = 0; c < self->n_columns; c++)
        if (!fixed[c])
          self->widths[c] = MAX (SHORT_COLUMN_WIDTH, left * natural[c] / flex_total);
    }
  for (guint c = 0; c < self->n_columns; c++)
    self->widths[c] = round_tenth (self->widths[c]);
}

/* The grid, the main table and what its header does on screen and paper. */
static void
analyse (XlsxWriter *self)
{
  PdReportTable *first = NULL;
  guint n_tables = 0;
  guint total_rows = 0;

  self->n_columns = 1;
  for (guint i = 0; i < self->report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (self->report->blocks, i);

      if (block->kind != PD_REPORT_BLOCK_TABLE)
        continue;
      n_tables++;
      total_rows += block->table->rows->len;
      self->n_columns = MAX (self->n_columns, pd_report_table_get_n_columns (block->table));
      if (first == NULL)
        first = block->table;
      if (self->main_table == NULL || block->table->rows->len > self->main_table->rows->len)
        self->main_table = block->table;
    }

  /* One header on every page only makes sense when one table is most of the
   * sheet; a sheet of many tables (a list per unit) has a header each. */
  self->repeat_header = self->main_table != NULL &&
                        (n_tables == 1 || self->main_table->rows->len * 5 >= total_rows * 4);
  self->freeze_header = self->repeat_header && self->main_table == first;
}

static gboolean
write_table (XlsxWriter    *self,
             PdReportTable *table,
             GError       **error)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  guint n_header_lines = 1;
  lxw_row_t header_row;

  if (!next_row (self, &header_row))
    return FALSE;
  for (guint c = 0; c < n_columns; c++)
    {
      if (!write_text (self, header_row, c, 1, table->header[c], self->header_format))
        return FALSE;
      n_header_lines = MAX (n_header_lines,
                            count_lines (table->header[c], span_width (self, c, 1), BODY_SIZE));
    }
  if (!check (self, worksheet_set_row (self->sheet, header_row,
                                       row_height (n_header_lines, BODY_SIZE) + 4, NULL)))
    return FALSE;

  if (table == self->main_table)
    {
      if (self->repeat_header &&
          !check (self, worksheet_repeat_rows (self->sheet, header_row, header_row)))
        return FALSE;
      if (self->freeze_header && header_row < FREEZE_MAX_ROW)
        worksheet_freeze_panes (self->sheet, header_row + 1, 0);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      PdReportRow *row = g_ptr_array_index (table->rows, r);
      PdReportRowKind kind = row->section ? PD_REPORT_ROW_SECTION : row->kind;
      guint n_lines = 0;
      lxw_row_t xrow;

      if (r % CANCEL_EVERY == 0 && g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;
      if (!next_row (self, &xrow))
        return FALSE;

      if (kind == PD_REPORT_ROW_SECTION)
        {
          /* cells[0] stands for the whole row, whatever its span says. */
          if (!write_text (self, xrow, 0, n_columns, row->cells[0],
                           cell_format (self, kind, row->flags[0])))
            return FALSE;
          n_lines = count_lines (row->cells[0], span_width (self, 0, n_columns), BODY_SIZE);
        }
      else
        {
          for (guint c = 0; c < n_columns; c++)
            {
              guint span = MIN ((guint)row->spans[c], n_columns - c);
              lxw_format *format = cell_format (self, kind, row->flags[c]);
              const char *text = row->cells[c];
              lxw_datetime date;
              double value;

              if (span == 0)
                continue;
              n_lines = MAX (n_lines, count_lines (text, span_width (self, c, span), BODY_SIZE));

              if ((row->flags[c] & PD_REPORT_CELL_NUMBER) && span == 1 &&
                  parse_number (text, &value))
                {
                  if (!check (self, worksheet_write_number (self->sheet, xrow, c, value, format)))
                    return FALSE;
                }
              else if ((row->flags[c] & PD_REPORT_CELL_DATE) && span == 1 && parse_date (text, &date))
                {
                  if (!check (self, worksheet_write_datetime (self->sheet, xrow, c, &date, format)))
                    return FALSE;
                }
              else if (!write_text (self, xrow, c, span, text, format))
                return FALSE;
            }
        }

      if (!check (self, worksheet_set_row (self->sheet, xrow,
                                           row_height (n_lines, BODY_SIZE), NULL)))
        return FALSE;
    }
  return TRUE;
}

/* "&" starts a code in page headers; "&&" is a literal one. */
static char *
escape_header_text (const char *text)
{
  g_autofree char *tmp = NULL;
  const char *valid = cell_text (text, &tmp);
  const char *end = g_utf8_strlen (valid, -1) > RUNNING_HEADER_MAX
                      ? g_utf8_offset_to_pointer (valid, RUNNING_HEADER_MAX)
                      : valid + strlen (valid);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; p < end; p++)
    {
      if (*p == '&')
        g_string_append_c (out, '&');
      if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
write_page_setup (XlsxWriter *self)
{
  PdReport *report = self->report;
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *generated_on = pd_date_format (report->generated_on);
  g_autofree char *date = escape_header_text (generated_on);

  if (report->landscape)
    worksheet_set_landscape (self->sheet);
  else
    worksheet_set_portrait (self->sheet);
  worksheet_set_paper (self->sheet, report->paper == PD_REPORT_PAPER_A3 ? 8 : 9);
  worksheet_set_margins (self->sheet, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
  worksheet_center_horizontally (self->sheet);
  worksheet_fit_to_pages (self->sheet, 1, 0);
  worksheet_gridlines (self->sheet, LXW_HIDE_ALL_GRIDLINES);

  if (report->header != NULL && report->header[0] != '\0')
    {
      g_autofree char *text = escape_header_text (report->header);

      header = g_strdup_printf ("&C" SMALL_PRINT "%s", text);
      if (!check (self, worksheet_set_header (self->sheet, header)))
        return FALSE;
    }

  /* Translators: page footer of exports; &P is the page number, &N the number of pages */
  footer = g_strdup_printf ("&C" SMALL_PRINT "%s&R" SMALL_PRINT "%s", _("Page &P of &N"), date);
  return check (self, worksheet_set_footer (self->sheet, footer));
}

static gboolean
write_sheet (XlsxWriter *self,
             GError    **error)
{
  PdReport *report = self->report;
  PdReportBlockKind previous = PD_REPORT_BLOCK_PAGE_BREAK;

  analyse (self);
  if (self->n_columns > LXW_COL_MAX)
    {
      self->too_large = TRUE;
      return FALSE;
    }
  compute_widths (self);
  create_formats (self);

  for (guint c = 0; c < self->n_columns; c++)
    if (!check (self, worksheet_set_column (self->sheet, c, c, self->widths[c], NULL)))
      return FALSE;

  if (!write_block_text (self, report->title, self->title_format, TITLE_SIZE))
    return FALSE;
  if (report->subtitle != NULL && report->subtitle[0] != '\0' &&
      !write_block_text (self, report->subtitle, self->subtitle_format, SUBTITLE_SIZE))
    return FALSE;
  if (!write_spacer (self, 8))
    return FALSE;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);
      gboolean spaced = previous != PD_REPORT_BLOCK_PAGE_BREAK &&
                        previous != PD_REPORT_BLOCK_HEADING &&
                        !(previous == PD_REPORT_BLOCK_PARAGRAPH &&
                          block->kind == PD_REPORT_BLOCK_PARAGRAPH);

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (block->kind == PD_REPORT_BLOCK_PAGE_BREAK)
        {
          guint n = self->breaks->len;
          lxw_row_t last = n > 0 ? g_array_index (self->breaks, lxw_row_t, n - 1) : 0;

          if (self->row > 0 && self->row != last && n < LXW_BREAKS_MAX)
            g_array_append_val (self->breaks, self->row);
          previous = block->kind;
          continue;
        }

      if (i > 0 && spaced && !write_spacer (self, block->kind == PD_REPORT_BLOCK_HEADING ? 12 : 8))
        return FALSE;

      switch (block->kind)
        {
        case PD_REPORT_BLOCK_HEADING:
          if (!write_block_text (self, block->text, self->heading_format[block->level == 2],
                                 block->level == 2 ? SUBHEADING_SIZE : HEADING_SIZE))
            return FALSE;
          break;
        case PD_REPORT_BLOCK_PARAGRAPH:
          if (!write_block_text (self, block->text, self->paragraph_format, BODY_SIZE))
            return FALSE;
          break;
        case PD_REPORT_BLOCK_TABLE:
          if (!write_table (self, block->table, error))
            return FALSE;
          break;
        case PD_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
      previous = block->kind;
    }

  if (self->breaks->len > 0)
    {
      lxw_row_t zero = 0;

      g_array_append_val (self->breaks, zero);
      if (!check (self, worksheet_set_h_pagebreaks (self->sheet,
                                                    (lxw_row_t *)(void *)self->breaks->data)))
        return FALSE;
    }

  return write_page_setup (self);
}

/* A valid worksheet name for @name: at most 31 characters, none of
 * []:*?/\ nor control characters, not starting or ending with an
 * apostrophe, not empty nor Excel's reserved "History". */
char *
pd_xlsx_writer_sheet_name (const char *name)
{
  g_autofree char *tmp = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *valid = cell_text (name, &tmp);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f)
        c = ' ';
      else if (c < 0x80 && strchr ("[]:*?/\\", (char)c) != NULL)
        c = '_';
      g_string_append_unichar (out, c);
    }

  /* No leading or trailing apostrophes or spaces. */
  while (out->len > 0 && (out->str[0] == '\'' || out->str[0] == ' '))
    g_string_erase (out, 0, 1);
  if (g_utf8_strlen (out->str, -1) > LXW_SHEETNAME_MAX)
    g_string_truncate (out, g_utf8_offset_to_pointer (out->str, LXW_SHEETNAME_MAX) - out->str);
  while (out->len > 0 && (out->str[out->len - 1] == '\'' || out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);

  if (out->len == 0)
    g_string_assign (out, "Sheet1");
  else if (g_ascii_strcasecmp (out->str, "History") == 0)
    g_string_append_c (out, '_');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
set_error (GError     **error,
           lxw_error    status,
           int          saved_errno)
{
  if (status == LXW_ERROR_CREATING_XLSX_FILE && saved_errno != 0)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: %s is the reason, e.g. "Permission denied" */
                 _("Could not write the spreadsheet: %s"), g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not write the spreadsheet: %s"), lxw_strerror (status));
}

gboolean
pd_xlsx_writer_write (PdReport      *report,
                      const char    *path,
                      GCancellable  *cancellable,
                      GError       **error)
{
  XlsxWriter self = { 0 };
  g_autofree char *sheet_name = NULL;
  g_autofree char *tmpdir = g_strdup (g_get_tmp_dir ());
  g_autofree char *title_tmp = NULL;
  g_autofree char *subject_tmp = NULL;
  g_autoptr(GError) local_error = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = tmpdir };
  lxw_doc_properties properties = { 0 };
  gboolean ok;
  lxw_error status;
  int saved_errno;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  self.report = report;
  self.cancellable = cancellable;
  self.breaks = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  self.workbook = workbook_new_opt (path, &options);
  if (self.workbook == NULL)
    {
      g_array_unref (self.breaks);
      set_error (error, LXW_ERROR_MEMORY_MALLOC_FAILED, 0);
      return FALSE;
    }

  sheet_name = pd_xlsx_writer_sheet_name (report->sheet_name && report->sheet_name[0]
                                          ? report->sheet_name : report->title);
  self.sheet = workbook_add_worksheet (self.workbook, sheet_name);
  if (self.sheet == NULL)
    self.status = LXW_ERROR_PARAMETER_VALIDATION;

  properties.title = (char *)cell_text (report->title, &title_tmp);
  properties.subject = report->subtitle ? (char *)cell_text (report->subtitle, &subject_tmp) : NULL;
  properties.comments = (char *)"Plan Desk " PACKAGE_VERSION;
  check (&self, workbook_set_properties (self.workbook, &properties));

  ok = self.status == LXW_NO_ERROR && write_sheet (&self, &local_error);
  g_free (self.widths);
  g_array_unref (self.breaks);

  if (!ok)
    {
      /* Nothing reaches the disk: libxlsxwriter writes only when closing. */
      lxw_workbook_free (self.workbook);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (self.too_large)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("The report is too large for a spreadsheet: a sheet holds at most "
                               "1,048,576 rows and 16,384 columns."));
      else
        set_error (error, self.status, 0);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lxw_workbook_free (self.workbook);
      return FALSE;
    }

  errno = 0;
  status = workbook_close (self.workbook);
  saved_errno = errno;
  if (status != LXW_NO_ERROR)
    {
      set_error (error, status, saved_errno);
      return FALSE;
    }
  return TRUE;
}
