/* pd-print.h — printing a report with the PDF writer's page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "reports/pd-report.h"
#include "store/pd-store.h"

G_BEGIN_DECLS

GtkPrintOperation *pd_print_operation_new (PdReport   *report);
void               pd_print_report        (GtkWindow  *parent,
                                           PdReport   *report);
gboolean           pd_print_store_report  (GtkWindow  *parent,
                                           PdStore    *store,
                                           const char *kind,
                                           const char *unit_name,
                                           GError    **error);

G_END_DECLS
