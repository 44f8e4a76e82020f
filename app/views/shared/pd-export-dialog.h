/* pd-export-dialog.h — choose a report, a format and a file; export or print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "reports/pd-report.h"
#include "store/pd-store.h"
#include "pd-unit-chooser.h"

G_BEGIN_DECLS

#define PD_TYPE_EXPORT_DIALOG (pd_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdExportDialog, pd_export_dialog, PD, EXPORT_DIALOG, AdwWindow)

PdExportDialog *pd_export_dialog_new            (GtkWindow      *parent,
                                                 PdStore        *store);
void            pd_export_dialog_set_report     (PdExportDialog *self,
                                                 const char     *kind);
const char     *pd_export_dialog_get_report     (PdExportDialog *self);
void            pd_export_dialog_set_unit       (PdExportDialog *self,
                                                 PdUnit         *unit);
PdUnitChooser  *pd_export_dialog_get_unit_chooser (PdExportDialog *self);
void            pd_export_dialog_set_format     (PdExportDialog *self,
                                                 PdReportFormat  format);
PdReportFormat  pd_export_dialog_get_format     (PdExportDialog *self);
void            pd_export_dialog_set_settings   (PdExportDialog *self,
                                                 GSettings      *settings);
void            pd_export_dialog_set_paper      (PdExportDialog *self,
                                                 int             paper,
                                                 int             landscape);
char           *pd_export_dialog_dup_suggested_name (PdExportDialog *self);
void            pd_export_dialog_export_to_file (PdExportDialog *self,
                                                 GFile          *file);
gboolean        pd_export_dialog_get_busy       (PdExportDialog *self);
void            pd_export_dialog_cancel         (PdExportDialog *self);

void            pd_export_dialog_open_file      (GtkWindow      *parent,
                                                 GFile          *file);

G_END_DECLS
