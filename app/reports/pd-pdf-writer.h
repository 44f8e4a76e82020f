/* pd-pdf-writer.h — the PDF writer and the page layout it shares with printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "pd-report.h"

G_BEGIN_DECLS

/* A report laid out on pages of a given size, in points (1/72 inch), with
 * Pango and cairo only. pd_pdf_layout_paginate() decides where each page
 * starts; pd_pdf_layout_draw_page() draws any one page onto a cairo context
 * whose user unit is the point: a page of a PDF surface, or of a print
 * context. Pages are laid out again as they are drawn, so only the page
 * starts are kept, whatever the length of the report. */
typedef struct _PdPdfLayout PdPdfLayout;

void          pd_pdf_get_paper_size         (PdReportPaper   paper,
                                             gboolean        landscape,
                                             double         *width,
                                             double         *height);

PdPdfLayout  *pd_pdf_layout_new             (PdReport       *report,
                                             double          page_width,
                                             double          page_height);
void          pd_pdf_layout_free            (PdPdfLayout    *layout);
gboolean      pd_pdf_layout_paginate        (PdPdfLayout    *layout,
                                             GCancellable   *cancellable,
                                             GError        **error);
guint         pd_pdf_layout_get_n_pages     (PdPdfLayout    *layout);
gboolean      pd_pdf_layout_draw_page       (PdPdfLayout    *layout,
                                             cairo_t        *cr,
                                             guint           page,
                                             GCancellable   *cancellable,
                                             GError        **error);

gboolean      pd_pdf_writer_write           (PdReport       *report,
                                             const char     *path,
                                             GCancellable   *cancellable,
                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPdfLayout, pd_pdf_layout_free)

G_END_DECLS
