/* pd-report.h — a report as a document: headings, paragraphs and tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builders (pd-report-*.c) turn the store into a PdReport; one writer per
 * format turns a PdReport into a file. No GTK here: the command line exports
 * without a display.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  PD_REPORT_BLOCK_HEADING,
  PD_REPORT_BLOCK_PARAGRAPH,
  PD_REPORT_BLOCK_TABLE,
} PdReportBlockKind;

typedef struct
{
  char     **cells;     /* NULL-terminated, one per column */
  gboolean   section;   /* a section row: cells[0] spans the table */
} PdReportRow;

typedef struct
{
  char      **header;   /* NULL-terminated column names */
  GPtrArray  *rows;     /* of PdReportRow */
} PdReportTable;

typedef struct
{
  PdReportBlockKind  kind;
  char              *text;   /* heading or paragraph */
  PdReportTable     *table;
} PdReportBlock;

typedef struct
{
  char      *title;
  GPtrArray *blocks;  /* of PdReportBlock */
} PdReport;

typedef enum
{
  PD_REPORT_FORMAT_CSV,
} PdReportFormat;

PdReport      *pd_report_new             (const char      *title);
void           pd_report_free            (PdReport        *report);
void           pd_report_add_heading     (PdReport        *report,
                                          const char      *text);
void           pd_report_add_paragraph   (PdReport        *report,
                                          const char      *text);
PdReportTable *pd_report_add_table       (PdReport        *report,
                                          const char * const *header);
guint          pd_report_table_get_n_columns (PdReportTable *table);
void           pd_report_table_add_row   (PdReportTable   *table,
                                          const char * const *cells);
void           pd_report_table_add_section (PdReportTable *table,
                                          const char      *text);

gboolean       pd_report_format_from_string (const char   *str,
                                             PdReportFormat *format);
const char    *pd_report_format_list     (void);
GBytes        *pd_report_render          (PdReport        *report,
                                          PdReportFormat   format,
                                          GError         **error);
gboolean       pd_report_write_to_file   (PdReport        *report,
                                          PdReportFormat   format,
                                          GFile           *file,
                                          GCancellable    *cancellable,
                                          GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdReport, pd_report_free)

G_END_DECLS
