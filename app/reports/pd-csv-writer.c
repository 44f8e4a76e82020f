/* pd-csv-writer.c — CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every table of the report is written as CSV records, its header first;
 * a heading or paragraph is a record of one field (so the units report keeps
 * each unit's name and the plan text its prose). Blocks are separated by an
 * empty line. A report made of one table (assignments) is plain CSV; a report
 * with a form for scripts (PdReport.csv) is written in that form. A field
 * that a spreadsheet would read as a formula (it starts with = + - @ or a
 * tab or carriage return) gets a leading apostrophe.
 */
#define G_LOG_DOMAIN "pd-csv-writer"

#include <string.h>

#include "pd-csv-writer.h"

void
pd_csv_append_field (GString    *out,
                     const char *value)
{
  gboolean formula = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  gboolean quote = formula || strpbrk (value, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static void
append_record (GString           *out,
               const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      pd_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

GBytes *
pd_csv_writer_render (PdReport *report)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  gboolean first = TRUE;

  /* A report with a form for scripts writes that form. */
  if (report->csv != NULL)
    report = report->csv;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == PD_REPORT_BLOCK_PAGE_BREAK)
        continue;
      if (!first)
        g_string_append (out, "\r\n");
      first = FALSE;

      if (block->kind != PD_REPORT_BLOCK_TABLE)
        {
          const char *fields[] = { block->text ? block->text : "", NULL };

          append_record (out, fields);
          continue;
        }

      append_record (out, (const char * const *)block->table->header);
      for (guint r = 0; r < block->table->rows->len; r++)
        {
          PdReportRow *row = g_ptr_array_index (block->table->rows, r);

          append_record (out, (const char * const *)row->cells);
        }
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
