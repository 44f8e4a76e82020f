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
  PD_REPORT_BLOCK_HEADING,     /* text, level 1 or 2 */
  PD_REPORT_BLOCK_PARAGRAPH,   /* text */
  PD_REPORT_BLOCK_TABLE,       /* table */
  PD_REPORT_BLOCK_PAGE_BREAK,  /* the next block starts a new page (PDF) */
} PdReportBlockKind;

typedef enum
{
  PD_REPORT_ROW_NORMAL,
  PD_REPORT_ROW_SECTION,  /* cells[0] spans the whole row: "一、法治广州建设工程" */
  PD_REPORT_ROW_TOTAL,    /* a totals row, shown emphasised */
} PdReportRowKind;

typedef enum
{
  PD_REPORT_CELL_TEXT     = 0,
  PD_REPORT_CELL_NUMBER   = 1 << 0,  /* a number: right-aligned, a number cell in XLSX */
  PD_REPORT_CELL_EMPHASIS = 1 << 1,  /* bold */
  PD_REPORT_CELL_CENTER   = 1 << 2,  /* centred (matrix marks) */
  PD_REPORT_CELL_DATE     = 1 << 3,  /* a day as pd_date_format() writes it: kept on one
                                      * line, a date cell in XLSX */
} PdReportCellFlags;

typedef enum
{
  PD_REPORT_COLUMN_WRAP     = 0,
  PD_REPORT_COLUMN_ONE_LINE = 1 << 0,  /* keep each cell on one line where the page allows:
                                        * the column is as wide as its widest cell, and the
                                        * columns that wrap share what is left */
} PdReportColumnFlags;

typedef struct
{
  char            **cells;    /* NULL-terminated, one per column; "" when empty or covered */
  guint8           *spans;    /* per column: columns the cell spans (1), or 0 when covered */
  guint8           *flags;    /* per column: PdReportCellFlags */
  PdReportRowKind   kind;
  gboolean          section;  /* kind == PD_REPORT_ROW_SECTION */
} PdReportRow;

typedef struct
{
  char      **header;   /* NULL-terminated column names */
  double     *widths;   /* relative column widths, one per column; NULL to fit the content */
  guint8     *column_flags;  /* per column: PdReportColumnFlags; honoured when widths is NULL */
  GPtrArray  *rows;     /* of PdReportRow */
} PdReportTable;

typedef struct
{
  PdReportBlockKind  kind;
  char              *text;   /* heading or paragraph */
  int                level;  /* heading: 1 or 2 */
  PdReportTable     *table;
} PdReportBlock;

typedef enum
{
  PD_REPORT_PAPER_A4,
  PD_REPORT_PAPER_A3,
} PdReportPaper;

typedef struct _PdReport
{
  char          *title;       /* "任务分工表" */
  char          *subtitle;    /* the plan title and period, or NULL */
  char          *header;      /* running page header (the plan's title), or NULL */
  char          *sheet_name;  /* XLSX sheet name, or NULL for the title */
  char          *generated_on;  /* YYYY-MM-DD, for footers; shown with pd_date_format() */
  PdReportPaper  paper;
  gboolean       landscape;
  GPtrArray     *blocks;      /* of PdReportBlock */
  struct _PdReport *csv;      /* what the CSV writer writes instead, when the CSV is an
                               * interface for scripts (assignments); NULL for this report */
} PdReport;

typedef enum
{
  PD_REPORT_FORMAT_CSV,
  PD_REPORT_FORMAT_XLSX,
  PD_REPORT_FORMAT_PDF,
  PD_REPORT_FORMAT_HTML,
  PD_N_REPORT_FORMATS
} PdReportFormat;

PdReport      *pd_report_new               (const char         *title);
void           pd_report_free              (PdReport           *report);
void           pd_report_set_subtitle      (PdReport           *report,
                                            const char         *subtitle);
void           pd_report_set_header        (PdReport           *report,
                                            const char         *header);
void           pd_report_set_sheet_name    (PdReport           *report,
                                            const char         *sheet_name);
void           pd_report_set_layout        (PdReport           *report,
                                            PdReportPaper       paper,
                                            gboolean            landscape);
void           pd_report_set_csv_form      (PdReport           *report,
                                            PdReport           *csv);
void           pd_report_add_heading       (PdReport           *report,
                                            const char         *text);
void           pd_report_add_subheading    (PdReport           *report,
                                            const char         *text);
void           pd_report_add_paragraph     (PdReport           *report,
                                            const char         *text);
void           pd_report_add_page_break    (PdReport           *report);
PdReportTable *pd_report_add_table         (PdReport           *report,
                                            const char * const *header);
guint          pd_report_table_get_n_columns (PdReportTable    *table);
void           pd_report_table_set_widths  (PdReportTable      *table,
                                            const double       *widths);
void           pd_report_table_set_column_flags (PdReportTable *table,
                                                 guint          column,
                                                 PdReportColumnFlags flags);
PdReportColumnFlags pd_report_table_get_column_flags (PdReportTable *table,
                                                      guint          column);
PdReportRow   *pd_report_table_add_row     (PdReportTable      *table,
                                            const char * const *cells);
PdReportRow   *pd_report_table_add_section (PdReportTable      *table,
                                            const char         *text);
void           pd_report_row_set_flags     (PdReportRow        *row,
                                            guint               column,
                                            PdReportCellFlags   flags);
void           pd_report_row_set_span      (PdReportRow        *row,
                                            guint               column,
                                            guint               span);

gboolean       pd_report_format_from_string (const char        *str,
                                             PdReportFormat    *format);
const char    *pd_report_format_to_string  (PdReportFormat      format);
const char    *pd_report_format_list       (void);
GBytes        *pd_report_render            (PdReport           *report,
                                            PdReportFormat      format,
                                            GCancellable       *cancellable,
                                            GError            **error);
gboolean       pd_report_write_to_file     (PdReport           *report,
                                            PdReportFormat      format,
                                            GFile              *file,
                                            GCancellable       *cancellable,
                                            GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdReport, pd_report_free)

G_END_DECLS
