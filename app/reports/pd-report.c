/* pd-report.c — a report as a document: headings, paragraphs and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-report"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pd-csv-writer.h"
#include "pd-html-writer.h"
#include "pd-pdf-writer.h"
#include "pd-report.h"
#include "pd-xlsx-writer.h"

static void
report_row_free (PdReportRow *row)
{
  g_strfreev (row->cells);
  g_free (row->spans);
  g_free (row->flags);
  g_free (row);
}

static void
report_block_free (PdReportBlock *block)
{
  g_free (block->text);
  if (block->table != NULL)
    {
      g_strfreev (block->table->header);
      g_free (block->table->widths);
      g_free (block->table->column_flags);
      g_ptr_array_unref (block->table->rows);
      g_free (block->table);
    }
  g_free (block);
}

PdReport *
pd_report_new (const char *title)
{
  PdReport *report = g_new0 (PdReport, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  report->title = g_strdup (title);
  report->generated_on = g_date_time_format (now, "%Y-%m-%d");
  report->paper = PD_REPORT_PAPER_A4;
  report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)report_block_free);
  return report;
}

void
pd_report_free (PdReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->blocks);
  g_free (report->title);
  g_free (report->subtitle);
  g_free (report->header);
  g_free (report->sheet_name);
  g_free (report->generated_on);
  pd_report_free (report->csv);
  g_free (report);
}

void
pd_report_set_subtitle (PdReport   *report,
                        const char *subtitle)
{
  g_free (report->subtitle);
  report->subtitle = g_strdup (subtitle);
}

void
pd_report_set_header (PdReport   *report,
                      const char *header)
{
  g_free (report->header);
  report->header = g_strdup (header);
}

void
pd_report_set_sheet_name (PdReport   *report,
                          const char *sheet_name)
{
  g_free (report->sheet_name);
  report->sheet_name = g_strdup (sheet_name);
}

void
pd_report_set_layout (PdReport      *report,
                      PdReportPaper  paper,
                      gboolean       landscape)
{
  report->paper = paper;
  report->landscape = !!landscape;
}

/* Gives @report a second form, @csv (taken), that the CSV writer writes
 * instead of @report: for a report that people read in XLSX, PDF and HTML
 * but scripts read as CSV, with its own header and values. */
void
pd_report_set_csv_form (PdReport *report,
                        PdReport *csv)
{
  g_return_if_fail (report != NULL);
  g_return_if_fail (csv != report);

  pd_report_free (report->csv);
  report->csv = csv;
}

static PdReportBlock *
add_block (PdReport          *report,
           PdReportBlockKind  kind,
           const char        *text)
{
  PdReportBlock *block = g_new0 (PdReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->level = 1;
  g_ptr_array_add (report->blocks, block);
  return block;
}

void
pd_report_add_heading (PdReport   *report,
                       const char *text)
{
  add_block (report, PD_REPORT_BLOCK_HEADING, text);
}

void
pd_report_add_subheading (PdReport   *report,
                          const char *text)
{
  add_block (report, PD_REPORT_BLOCK_HEADING, text)->level = 2;
}

void
pd_report_add_paragraph (PdReport   *report,
                         const char *text)
{
  add_block (report, PD_REPORT_BLOCK_PARAGRAPH, text);
}

void
pd_report_add_page_break (PdReport *report)
{
  add_block (report, PD_REPORT_BLOCK_PAGE_BREAK, NULL);
}

PdReportTable *
pd_report_add_table (PdReport           *report,
                     const char * const *header)
{
  PdReportBlock *block = add_block (report, PD_REPORT_BLOCK_TABLE, NULL);

  block->table = g_new0 (PdReportTable, 1);
  block->table->header = g_strdupv ((char **)header);
  block->table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)report_row_free);
  return block->table;
}

guint
pd_report_table_get_n_columns (PdReportTable *table)
{
  return g_strv_length (table->header);
}

/* Relative widths, one per column (they need not add up to anything). */
void
pd_report_table_set_widths (PdReportTable *table,
                            const double  *widths)
{
  guint n = pd_report_table_get_n_columns (table);

  g_free (table->widths);
  table->widths = widths ? g_memdup2 (widths, sizeof (double) * n) : NULL;
}

/* How the writers size @column when the table gives no relative widths. */
void
pd_report_table_set_column_flags (PdReportTable       *table,
                                  guint                column,
                                  PdReportColumnFlags  flags)
{
  guint n = pd_report_table_get_n_columns (table);

  g_return_if_fail (column < n);
  if (table->column_flags == NULL)
    table->column_flags = g_new0 (guint8, n);
  table->column_flags[column] = flags;
}

PdReportColumnFlags
pd_report_table_get_column_flags (PdReportTable *table,
                                  guint          column)
{
  g_return_val_if_fail (column < pd_report_table_get_n_columns (table), PD_REPORT_COLUMN_WRAP);
  return table->column_flags != NULL ? table->column_flags[column] : PD_REPORT_COLUMN_WRAP;
}

static PdReportRow *
row_new (PdReportTable *table)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  PdReportRow *row = g_new0 (PdReportRow, 1);

  row->cells = g_new0 (char *, n_columns + 1);
  row->spans = g_new (guint8, n_columns + 1);
  row->flags = g_new0 (guint8, n_columns + 1);
  memset (row->spans, 1, n_columns + 1);
  g_ptr_array_add (table->rows, row);
  return row;
}

/* @cells holds one string per column; NULL stands for an empty cell. */
PdReportRow *
pd_report_table_add_row (PdReportTable      *table,
                         const char * const *cells)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  PdReportRow *row = row_new (table);

  for (guint i = 0; i < n_columns; i++)
    row->cells[i] = g_strdup (cells[i] ? cells[i] : "");
  return row;
}

PdReportRow *
pd_report_table_add_section (PdReportTable *table,
                             const char    *text)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  PdReportRow *row = row_new (table);

  row->kind = PD_REPORT_ROW_SECTION;
  row->section = TRUE;
  for (guint i = 0; i < n_columns; i++)
    row->cells[i] = g_strdup (i == 0 ? text : "");
  pd_report_row_set_span (row, 0, n_columns);
  row->flags[0] = PD_REPORT_CELL_EMPHASIS;
  return row;
}

void
pd_report_row_set_flags (PdReportRow       *row,
                         guint              column,
                         PdReportCellFlags  flags)
{
  g_return_if_fail (column < g_strv_length (row->cells));
  row->flags[column] = flags;
}

/* Makes the cell at @column cover @span columns; those it covers become
 * empty and have span 0. */
void
pd_report_row_set_span (PdReportRow *row,
                        guint        column,
                        guint        span)
{
  guint n_columns = g_strv_length (row->cells);

  g_return_if_fail (column < n_columns);
  g_return_if_fail (span >= 1 && column + span <= n_columns);

  row->spans[column] = span;
  for (guint i = column + 1; i < column + span; i++)
    {
      row->spans[i] = 0;
      g_free (row->cells[i]);
      row->cells[i] = g_strdup ("");
    }
}

static const char * const format_names[PD_N_REPORT_FORMATS] = { "csv", "xlsx", "pdf", "html" };

gboolean
pd_report_format_from_string (const char     *str,
                              PdReportFormat *format)
{
  for (guint i = 0; i < PD_N_REPORT_FORMATS; i++)
    if (g_strcmp0 (str, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pd_report_format_to_string (PdReportFormat format)
{
  g_return_val_if_fail (format < PD_N_REPORT_FORMATS, NULL);
  return format_names[format];
}

/* The format names, comma-separated, for messages. */
const char *
pd_report_format_list (void)
{
  return "csv, xlsx, pdf, html";
}

/* Writes @report to the file at @path (created or replaced). */
static gboolean
write_path (PdReport        *report,
            PdReportFormat   format,
            const char      *path,
            GCancellable    *cancellable,
            GError         **error)
{
  switch (format)
    {
    case PD_REPORT_FORMAT_XLSX:
      return pd_xlsx_writer_write (report, path, cancellable, error);
    case PD_REPORT_FORMAT_PDF:
      return pd_pdf_writer_write (report, path, cancellable, error);
    case PD_REPORT_FORMAT_CSV:
    case PD_REPORT_FORMAT_HTML:
    case PD_N_REPORT_FORMATS:
    default:
      {
        g_autoptr(GBytes) bytes = format == PD_REPORT_FORMAT_CSV ? pd_csv_writer_render (report)
                                                                 : pd_html_writer_render (report);

        return g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                         G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
      }
    }
}

/* The whole file in memory: for standard output and tests. */
GBytes *
pd_report_render (PdReport        *report,
                  PdReportFormat   format,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length;
  gboolean ok;

  if (format == PD_REPORT_FORMAT_CSV)
    return pd_csv_writer_render (report);
  if (format == PD_REPORT_FORMAT_HTML)
    return pd_html_writer_render (report);

  dir = g_dir_make_tmp ("plandesk-export-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "report", NULL);
  ok = write_path (report, format, path, cancellable, error) &&
       g_file_get_contents (path, &contents, &length, error);
  g_unlink (path);
  g_rmdir (dir);
  return ok ? g_bytes_new_take (contents, length) : NULL;
}

/* Writes to a temporary file beside @file and renames it into place: a
 * failed or cancelled export never leaves a half-written file, nor destroys
 * the previous one. */
gboolean
pd_report_write_to_file (PdReport        *report,
                         PdReportFormat   format,
                         GFile           *file,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  int fd;

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Not a local file");
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  tmp = g_build_filename (dir, ".plandesk-export-XXXXXX", NULL);
  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (!write_path (report, format, tmp, cancellable, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  g_chmod (tmp, 0644);
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
