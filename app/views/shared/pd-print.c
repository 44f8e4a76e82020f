/* pd-print.c — printing a report with the PDF writer's page layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A print operation lays the report out with PdPdfLayout on the page the
 * print dialog chose (the report's own paper and orientation are the
 * defaults), so a printed page is the page of the PDF: same breaks, same
 * repeated table headers, same "Page 1 of 12" footer. The print dialog
 * offers a preview.
 */
#define G_LOG_DOMAIN "pd-print"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "pd-print.h"
#include "reports/pd-pdf-writer.h"
#include "reports/pd-reports.h"

typedef struct
{
  PdReport     *report;
  PdPdfLayout  *layout;
  GCancellable *cancellable;
  GWeakRef      parent;
  gboolean      running;   /* gtk_print_operation_run() has not returned yet */
  gboolean      done;      /* ::done was emitted */
} PrintData;

static void
print_data_free (PrintData *data)
{
  g_clear_pointer (&data->layout, pd_pdf_layout_free);
  g_clear_pointer (&data->report, pd_report_free);
  g_cancellable_cancel (data->cancellable);
  g_clear_object (&data->cancellable);
  g_weak_ref_clear (&data->parent);
  g_free (data);
}

static PrintData *
get_data (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "pd-print-data");
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  PrintData *data = get_data (operation);
  g_autoptr(GError) error = NULL;
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  /* The page as the dialog set it up, in points (the operation's unit). */
  g_clear_pointer (&data->layout, pd_pdf_layout_free);
  data->layout = pd_pdf_layout_new (data->report, width, height);
  if (data->layout == NULL || !pd_pdf_layout_paginate (data->layout, data->cancellable, &error))
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not lay out the report: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int)pd_pdf_layout_get_n_pages (data->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintData *data = get_data (operation);
  g_autoptr(GError) error = NULL;

  if (data->layout == NULL || page_nr < 0 || (guint)page_nr >= pd_pdf_layout_get_n_pages (data->layout))
    return;
  if (!pd_pdf_layout_draw_page (data->layout, gtk_print_context_get_cairo_context (context), page_nr,
                                data->cancellable, &error))
    gtk_print_operation_cancel (operation);
}

/* A print operation for @report, which it takes (and frees when it goes).
 * Run it with gtk_print_operation_run(); tests export it to a PDF file. */
GtkPrintOperation *
pd_print_operation_new (PdReport *report)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;
  PrintData *data;

  g_return_val_if_fail (report != NULL, NULL);

  data = g_new0 (PrintData, 1);
  data->report = report;
  data->cancellable = g_cancellable_new ();
  g_weak_ref_init (&data->parent, NULL);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "pd-print-data", data, (GDestroyNotify)print_data_free);

  setup = gtk_page_setup_new ();
  paper = gtk_paper_size_new (report->paper == PD_REPORT_PAPER_A3 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, report->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                           : GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  /* The layout keeps its own margins: draw on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, report->title ? report->title : "");
  gtk_print_operation_set_show_progress (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), NULL);
  return operation;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finish (GtkPrintOperation       *operation,
        GtkPrintOperationResult  result)
{
  PrintData *data = get_data (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GtkWindow) parent = g_weak_ref_get (&data->parent);
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (parent, error);
    }
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  PrintData *data = get_data (operation);

  if (data->done)
    return;
  data->done = TRUE;
  if (!data->running)
    {
      finish (operation, result);
      g_object_unref (operation);
    }
}

/* Shows the print dialog (with its preview) for @report, which it takes;
 * prints in the background and says so in a dialog if printing fails. */
void
pd_print_report (GtkWindow *parent,
                 PdReport  *report)
{
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;
  PrintData *data;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (report != NULL);

  operation = pd_print_operation_new (report);
  data = get_data (operation);
  g_weak_ref_set (&data->parent, parent);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);

  /* The operation lives until ::done, which may come before run returns. */
  data->running = TRUE;
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  data->running = FALSE;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (parent, error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS || data->done)
    g_object_unref (operation);
}

/* Builds the report @kind (for @unit_name, or NULL) of @store and prints it. */
gboolean
pd_print_store_report (GtkWindow   *parent,
                       PdStore     *store,
                       const char  *kind,
                       const char  *unit_name,
                       GError     **error)
{
  PdReport *report;

  g_return_val_if_fail (PD_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  report = pd_reports_build (store, kind, unit_name, error);
  if (report == NULL)
    return FALSE;
  pd_print_report (parent, report);
  return TRUE;
}
