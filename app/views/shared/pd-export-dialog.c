/* pd-export-dialog.c — choose a report, a format and a file; export or print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is built from the store on the main thread (the store and its
 * objects belong to it); the file is written in a worker thread, with a
 * progress bar and a Cancel button. Writing goes through a temporary file
 * renamed into place, so a failed or cancelled export leaves nothing behind
 * and never damages a file that was there. On success the dialog emits
 * ::exported and closes (the window shows a toast that opens the file); on
 * failure it shows the error inline, emits ::failed and stays open.
 *
 * Given the application's settings, it opens on the report, unit and format
 * exported or printed last, and remembers them when the next export or
 * print starts.
 */
#define G_LOG_DOMAIN "pd-export-dialog"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-export-dialog.h"
#include "pd-print.h"
#include "reports/pd-reports.h"

struct _PdExportDialog
{
  AdwWindow           parent_instance;

  /* Template children */
  AdwPreferencesPage *page;
  AdwComboRow        *report_row;
  AdwActionRow       *unit_row;
  AdwComboRow        *format_row;
  AdwComboRow        *paper_row;
  AdwComboRow        *orientation_row;
  GtkLabel           *error_label;
  GtkRevealer        *progress_revealer;
  GtkLabel           *progress_label;
  GtkProgressBar     *progress_bar;

  PdStore            *store;
  PdUnitChooser      *unit_chooser; /* in unit_row: searches the units */
  GSettings          *settings;    /* remembers the last choices, or NULL */
  GtkNativeDialog    *chooser;
  GCancellable       *cancellable; /* of the export running, or NULL */
  guint               pulse_id;
  gboolean            disposed;
};

G_DEFINE_FINAL_TYPE (PdExportDialog, pd_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The formats in the order the dialog lists them. */
static const struct
{
  PdReportFormat  format;
  const char     *extension;
  const char     *mime_type;
} formats[] = {
  { PD_REPORT_FORMAT_XLSX, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { PD_REPORT_FORMAT_PDF, "pdf", "application/pdf" },
  { PD_REPORT_FORMAT_CSV, "csv", "text/csv" },
  { PD_REPORT_FORMAT_HTML, "html", "text/html" },
};

static const char *
format_label (guint index)
{
  switch (formats[index].format)
    {
    case PD_REPORT_FORMAT_XLSX:
      return _("Excel Workbook (XLSX)");
    case PD_REPORT_FORMAT_PDF:
      return _("PDF Document");
    case PD_REPORT_FORMAT_CSV:
      return _("CSV Table");
    case PD_REPORT_FORMAT_HTML:
      return _("Web Page (HTML)");
    case PD_N_REPORT_FORMATS:
    default:
      return "";
    }
}

typedef struct
{
  PdReport       *report;
  PdReportFormat  format;
  GFile          *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  pd_report_free (job->report);
  g_clear_object (&job->file);
  g_free (job);
}

/* Choices */

const char *
pd_export_dialog_get_report (PdExportDialog *self)
{
  const char * const *kinds = pd_reports_get_kinds ();
  guint selected;

  g_return_val_if_fail (PD_IS_EXPORT_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->report_row);
  return selected < g_strv_length ((char **)kinds) ? kinds[selected] : kinds[0];
}

/* The unit chosen for a report that takes one, or NULL for all units. */
static const char *
get_unit_name (PdExportDialog *self)
{
  PdUnit *unit = pd_unit_chooser_get_unit (self->unit_chooser);

  if (!pd_reports_kind_takes_unit (pd_export_dialog_get_report (self)) || unit == NULL)
    return NULL;
  return pd_unit_get_name (unit);
}

static guint
get_format_index (PdExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < G_N_ELEMENTS (formats) ? selected : 0;
}

PdReportFormat
pd_export_dialog_get_format (PdExportDialog *self)
{
  g_return_val_if_fail (PD_IS_EXPORT_DIALOG (self), PD_REPORT_FORMAT_XLSX);
  return formats[get_format_index (self)].format;
}

/* Builds the report chosen, with the paper chosen. */
static PdReport *
build_report (PdExportDialog  *self,
              GError         **error)
{
  PdReport *report = pd_reports_build (self->store, pd_export_dialog_get_report (self), get_unit_name (self), error);
  guint paper = adw_combo_row_get_selected (self->paper_row);
  guint orientation = adw_combo_row_get_selected (self->orientation_row);

  if (report == NULL)
    return NULL;
  /* 0 is "Automatic": as the report is laid out by default. */
  if (paper == 1 || paper == 2)
    report->paper = paper == 2 ? PD_REPORT_PAPER_A3 : PD_REPORT_PAPER_A4;
  if (orientation == 1 || orientation == 2)
    report->landscape = orientation == 2;
  return report;
}

/* A file name from the plan's short title, the report and the unit:
 * 创建平安广州推进方案-任务分工表.xlsx */
char *
pd_export_dialog_dup_suggested_name (PdExportDialog *self)
{
  g_autofree char *short_title = NULL;
  const char *kind;
  const char *unit_name;
  GString *name;

  g_return_val_if_fail (PD_IS_EXPORT_DIALOG (self), NULL);

  kind = pd_export_dialog_get_report (self);
  unit_name = get_unit_name (self);
  short_title = pd_store_dup_plan_text (self->store, "short_title");
  name = g_string_new (short_title != NULL && short_title[0] != '\0' ? short_title : pd_store_get_title (self->store));
  g_string_append_printf (name, "-%s", pd_reports_get_label (kind));
  if (unit_name != NULL)
    g_string_append_printf (name, "-%s", unit_name);

  /* Characters that file systems (or Windows, where the file may go) refuse. */
  for (char *p = name->str; *p; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL || (guchar)*p < 0x20)
      *p = '_';

  g_string_append_printf (name, ".%s", formats[get_format_index (self)].extension);
  return g_string_free (name, FALSE);
}

static void
update_rows (PdExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row),
                          pd_reports_kind_takes_unit (pd_export_dialog_get_report (self)));
}

/* Exporting */

/* What was exported or printed last, for the next time the dialog opens. */
static void
remember_choices (PdExportDialog *self)
{
  const char *unit_name;

  if (self->settings == NULL)
    return;
  unit_name = get_unit_name (self);
  g_settings_set_string (self->settings, "export-report", pd_export_dialog_get_report (self));
  g_settings_set_string (self->settings, "export-format", formats[get_format_index (self)].extension);
  /* The unit only when the report takes one: exporting the matrix keeps the
   * unit of the last responsibility list. */
  if (pd_reports_kind_takes_unit (pd_export_dialog_get_report (self)))
    g_settings_set_string (self->settings, "export-unit", unit_name ? unit_name : "");
}

static void
show_error (PdExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
pulse_cb (gpointer user_data)
{
  PdExportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (PdExportDialog *self,
          GFile          *file)
{
  gboolean busy = file != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.print", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.cancel", busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  g_clear_handle_id (&self->pulse_id, g_source_remove);

  if (busy)
    {
      g_autofree char *display = g_file_get_parse_name (file);
      g_autofree char *basename = g_path_get_basename (display);
      /* Translators: %s is a file name */
      g_autofree char *text = g_strdup_printf (_("Exporting “%s”…"), basename);

      gtk_label_set_text (self->progress_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->pulse_id = g_timeout_add (100, pulse_cb, self);
    }
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (pd_report_write_to_file (job->report, job->format, job->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PdExportDialog *self = PD_EXPORT_DIALOG (source_object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_object (&self->cancellable);
  if (self->disposed)
    return;
  set_busy (self, NULL);

  if (ok)
    {
      g_signal_emit (self, signals[EXPORTED], 0, job->file);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s says why, from the system */
      g_autofree char *message = g_strdup_printf (_("The report could not be exported: %s"), error->message);

      show_error (self, message);
    }
  g_signal_emit (self, signals[FAILED], 0, error);
}

/* Exports the report chosen to @file, without asking for a file: the same
 * path as the Export button takes after the file chooser. Emits ::exported
 * or ::failed from the main loop. */
void
pd_export_dialog_export_to_file (PdExportDialog *self,
                                 GFile          *file)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;
  PdReport *report;

  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  show_error (self, NULL);
  remember_choices (self);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, pd_export_dialog_export_to_file);
  g_task_set_name (task, "[plandesk] export");

  report = build_report (self, &error);
  if (report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->report = report;
  job->format = pd_export_dialog_get_format (self);
  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
  set_busy (self, file);
  g_task_run_in_thread (task, export_thread);
}

gboolean
pd_export_dialog_get_busy (PdExportDialog *self)
{
  g_return_val_if_fail (PD_IS_EXPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

/* Stops the export running, if any: it fails with G_IO_ERROR_CANCELLED. */
void
pd_export_dialog_cancel (PdExportDialog *self)
{
  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PdExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (file != NULL)
    pd_export_dialog_export_to_file (self, file);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdExportDialog *self = PD_EXPORT_DIALOG (widget);
  guint format = get_format_index (self);
  g_autofree char *name = pd_export_dialog_dup_suggested_name (self);
  g_autofree char *pattern = g_strdup_printf ("*.%s", formats[format].extension);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, format_label (format));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (self->chooser);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdExportDialog *self = PD_EXPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  PdReport *report;

  if (self->cancellable != NULL)
    return;

  report = build_report (self, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      return;
    }
  remember_choices (self);
  /* The print dialog takes over; it belongs to the main window. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  pd_print_report (parent, report);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pd_export_dialog_cancel (PD_EXPORT_DIALOG (widget));
}

static gboolean
pd_export_dialog_close_request (GtkWindow *window)
{
  PdExportDialog *self = PD_EXPORT_DIALOG (window);

  /* Closing abandons an export running. */
  pd_export_dialog_cancel (self);
  return GTK_WINDOW_CLASS (pd_export_dialog_parent_class)->close_request (window);
}

static void
pd_export_dialog_dispose (GObject *object)
{
  PdExportDialog *self = (PdExportDialog *)object;

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pd_export_dialog_parent_class)->dispose (object);
}

static void
pd_export_dialog_class_init (PdExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_export_dialog_dispose;
  window_class->close_request = pd_export_dialog_close_request;

  /**
   * PdExportDialog::exported:
   * @file: the file written
   *
   * The report was written to @file; the dialog closes.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  /**
   * PdExportDialog::failed:
   * @error: why: G_IO_ERROR_CANCELLED when cancelled
   *
   * The report could not be built or written; nothing was written.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, report_row);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PdExportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "export.print", NULL);
}

static GListModel *
string_list_new (const char * const *strings)
{
  return G_LIST_MODEL (gtk_string_list_new (strings));
}

static void
pd_export_dialog_init (PdExportDialog *self)
{
  const char * const *kinds = pd_reports_get_kinds ();
  g_autoptr(GtkStringList) reports = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) format_labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) papers = NULL;
  g_autoptr(GListModel) orientations = NULL;
  /* Translators: paper size and orientation as the report suggests */
  const char *papers_strv[] = { C_("paper", "Automatic"), "A4", "A3", NULL };
  const char *orientations_strv[] = { C_("paper", "Automatic"), _("Portrait"), _("Landscape"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (reports, pd_reports_get_label (kinds[i]));
  adw_combo_row_set_model (self->report_row, G_LIST_MODEL (reports));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    gtk_string_list_append (format_labels, format_label (i));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (format_labels));

  papers = string_list_new (papers_strv);
  adw_combo_row_set_model (self->paper_row, papers);
  orientations = string_list_new (orientations_strv);
  adw_combo_row_set_model (self->orientation_row, orientations);

  /* The unit is searched by any part of its name, as everywhere else. */
  self->unit_chooser = PD_UNIT_CHOOSER (pd_unit_chooser_new ());
  pd_unit_chooser_set_none_label (self->unit_chooser, _("All units"));
  gtk_widget_set_valign (GTK_WIDGET (self->unit_chooser), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->unit_chooser), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Unit"), -1);
  adw_action_row_add_suffix (self->unit_row, GTK_WIDGET (self->unit_chooser));

  g_signal_connect_swapped (self->report_row, "notify::selected", G_CALLBACK (update_rows), self);
  set_busy (self, NULL);
  update_rows (self);
}

/* A modal dialog over @parent exporting reports of @store. Opens on the
 * division of tasks, as an Excel workbook. */
PdExportDialog *
pd_export_dialog_new (GtkWindow *parent,
                      PdStore   *store)
{
  PdExportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PD_IS_STORE (store), NULL);

  self = g_object_new (PD_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  pd_unit_chooser_set_units (self->unit_chooser, pd_store_get_units (store));

  if (pd_reports_is_kind ("division"))
    pd_export_dialog_set_report (self, "division");
  return self;
}

void
pd_export_dialog_set_report (PdExportDialog *self,
                             const char     *kind)
{
  const char * const *kinds = pd_reports_get_kinds ();

  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (kind != NULL);

  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], kind))
      {
        adw_combo_row_set_selected (self->report_row, i);
        return;
      }
  g_warning ("No report called %s", kind);
}

/* The unit for the responsibility lists: @unit alone, or all units (NULL). */
void
pd_export_dialog_set_unit (PdExportDialog *self,
                           PdUnit         *unit)
{
  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (!unit || PD_IS_UNIT (unit));

  pd_unit_chooser_set_unit (self->unit_chooser, unit);
}

/* The button that chooses the unit, for tests. */
PdUnitChooser *
pd_export_dialog_get_unit_chooser (PdExportDialog *self)
{
  g_return_val_if_fail (PD_IS_EXPORT_DIALOG (self), NULL);
  return self->unit_chooser;
}

void
pd_export_dialog_set_format (PdExportDialog *self,
                             PdReportFormat  format)
{
  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      adw_combo_row_set_selected (self->format_row, i);
}

/* Opens on the report, unit and format kept in @settings (the application's,
 * with the keys export-report, export-unit and export-format), and keeps
 * there what is exported or printed from now on. A unit kept that is no
 * longer in the plan (renamed or deleted since) gives all units. */
void
pd_export_dialog_set_settings (PdExportDialog *self,
                               GSettings      *settings)
{
  g_autofree char *report = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *format = NULL;

  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (!settings || G_IS_SETTINGS (settings));

  if (!g_set_object (&self->settings, settings) || settings == NULL)
    return;

  report = g_settings_get_string (settings, "export-report");
  if (pd_reports_is_kind (report))
    pd_export_dialog_set_report (self, report);

  unit_name = g_settings_get_string (settings, "export-unit");
  pd_export_dialog_set_unit (self, unit_name[0] ? pd_store_find_unit_by_name (self->store, unit_name) : NULL);

  format = g_settings_get_string (settings, "export-format");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].extension, format))
      adw_combo_row_set_selected (self->format_row, i);
}

/* @paper: a PdReportPaper, or -1 for the report's own; @landscape: TRUE,
 * FALSE, or -1 for the report's own. */
void
pd_export_dialog_set_paper (PdExportDialog *self,
                            int             paper,
                            int             landscape)
{
  g_return_if_fail (PD_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->paper_row, paper < 0 ? 0 : paper == PD_REPORT_PAPER_A3 ? 2 : 1);
  adw_combo_row_set_selected (self->orientation_row, landscape < 0 ? 0 : landscape ? 2 : 1);
}

static void
launch_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Open the File"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* Opens @file in the application the desktop has for it (the toast's Open
 * button after an export). */
void
pd_export_dialog_open_file (GtkWindow *parent,
                            GFile     *file)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  if (parent != NULL)
    context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (parent)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, launch_done_cb,
                                           parent ? g_object_ref (parent) : NULL);
}
