/* pd-report.c — a report as a document: headings, paragraphs and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-report"

#include "pd-csv-writer.h"
#include "pd-report.h"

static void
report_row_free (PdReportRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
report_block_free (PdReportBlock *block)
{
  g_free (block->text);
  if (block->table != NULL)
    {
      g_strfreev (block->table->header);
      g_ptr_array_unref (block->table->rows);
      g_free (block->table);
    }
  g_free (block);
}

PdReport *
pd_report_new (const char *title)
{
  PdReport *report = g_new0 (PdReport, 1);

  report->title = g_strdup (title);
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
  g_free (report);
}

static PdReportBlock *
add_block (PdReport          *report,
           PdReportBlockKind  kind,
           const char        *text)
{
  PdReportBlock *block = g_new0 (PdReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
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
pd_report_add_paragraph (PdReport   *report,
                         const char *text)
{
  add_block (report, PD_REPORT_BLOCK_PARAGRAPH, text);
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

/* @cells holds one string per column; NULL stands for an empty cell. */
void
pd_report_table_add_row (PdReportTable      *table,
                         const char * const *cells)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  PdReportRow *row = g_new0 (PdReportRow, 1);

  row->cells = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    row->cells[i] = g_strdup (cells[i] ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

void
pd_report_table_add_section (PdReportTable *table,
                             const char    *text)
{
  guint n_columns = pd_report_table_get_n_columns (table);
  PdReportRow *row = g_new0 (PdReportRow, 1);

  row->section = TRUE;
  row->cells = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    row->cells[i] = g_strdup (i == 0 ? text : "");
  g_ptr_array_add (table->rows, row);
}

static const struct {
  const char     *name;
  PdReportFormat  format;
} formats[] = {
  { "csv", PD_REPORT_FORMAT_CSV },
};

gboolean
pd_report_format_from_string (const char     *str,
                              PdReportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (str, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

/* The format names, comma-separated, for messages. */
const char *
pd_report_format_list (void)
{
  return "csv";
}

GBytes *
pd_report_render (PdReport        *report,
                  PdReportFormat   format,
                  GError         **error)
{
  switch (format)
    {
    case PD_REPORT_FORMAT_CSV:
    default:
      return pd_csv_writer_render (report);
    }
}

/* Renders the whole report first, then replaces @file atomically: a failed
 * export never leaves a half-written file, nor destroys the previous one. */
gboolean
pd_report_write_to_file (PdReport        *report,
                         PdReportFormat   format,
                         GFile           *file,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(GBytes) bytes = pd_report_render (report, format, error);
  gsize size;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  return g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}
