/* pd-import-assistant.c — import a plan from its document, with a preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window of its own: the document is read on a worker thread (Cancel
 * closes the window and drops the result), then the source text is shown
 * read-only beside the recognised programmes and projects, each project
 * tagged ready, check or error with its reasons and counts at the top.
 * Selecting a row highlights its units' words in the source. The encoding
 * used is shown and can be overridden (the document is read again).
 * Units are matched against the units of the plan the import starts from
 * (their names, then their aliases); a unit not found is tagged for a check.
 * Create Plan… writes a new plan file (never over an existing one) and
 * emits ::plan-created; the application opens it in its own window. The rows come from pd-import-preview, the
 * GTK-free part.
 */
#define G_LOG_DOMAIN "pd-import-assistant"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>

#include "pd-import-assistant.h"
#include "pd-import-preview.h"

struct _PdImportAssistant
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  AdwStatusPage   *status;
  GtkSpinner      *spinner;
  GtkLabel        *summary;
  GtkDropDown     *encoding;
  GtkSourceView   *source;
  GtkListBox      *list;
  GtkButton       *create;

  char            *path;
  char            *forced_encoding;
  GHashTable      *known_units;
  GCancellable    *cancellable;
  PdImportResult  *result;
  GPtrArray       *rows;
  char            *error_message;
  gboolean         loading;
  gboolean         updating_encoding;
};

G_DEFINE_FINAL_TYPE (PdImportAssistant, pd_import_assistant, ADW_TYPE_WINDOW)

enum
{
  PLAN_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const encodings[] = { NULL, "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE" };

/* Reading on a worker thread ------------------------------------------------ */

typedef struct
{
  char       *path;
  char       *encoding;
  GHashTable *known_units;
} ReadData;

static void
read_data_free (gpointer data)
{
  ReadData *read = data;

  g_free (read->path);
  g_free (read->encoding);
  g_clear_pointer (&read->known_units, g_hash_table_unref);
  g_free (read);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadData *read = task_data;
  PdImportOptions options = { read->encoding, read->known_units };
  GError *error = NULL;
  PdImportResult *result = pd_import_read_file (read->path, &options, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify)pd_import_result_free);
}

static void
clear_rows (PdImportAssistant *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
}

static GtkWidget *
make_row (PdImportPreviewRow *row)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (row->title);
  g_autofree char *accessible = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (text), title);

  if (row->programme)
    {
      gtk_widget_add_css_class (title, "heading");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (list_row), FALSE);
      accessible = g_strdup (row->title);
    }
  else
    {
      const char *tag_text = pd_import_tag_to_string (row->tag);
      GtkWidget *tag = gtk_label_new (tag_text);
      GtkWidget *units = gtk_label_new (row->units);
      static const char * const classes[] = { "ready", "check", "error" };

      gtk_widget_add_css_class (tag, "import-tag");
      gtk_widget_add_css_class (tag, classes[row->tag]);
      gtk_widget_set_valign (tag, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), tag);

      gtk_label_set_xalign (GTK_LABEL (units), 0);
      gtk_label_set_wrap (GTK_LABEL (units), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (units), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (units, "dim-label");
      gtk_box_append (GTK_BOX (text), units);
      if (row->reason != NULL)
        {
          GtkWidget *reason = gtk_label_new (row->reason);

          gtk_label_set_xalign (GTK_LABEL (reason), 0);
          gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (reason), PANGO_WRAP_WORD_CHAR);
          gtk_widget_add_css_class (reason, "import-reason");
          gtk_box_append (GTK_BOX (text), reason);
        }
      /* Translators: an imported project's accessible name: title, tag, units, reasons */
      accessible = g_strdup_printf (_("%s, %s. %s %s"), row->title, tag_text, row->units,
                                    row->reason ? row->reason : "");
    }

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return list_row;
}

static void
show_result (PdImportAssistant *self)
{
  PdPlanDraft *draft = self->result->draft;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source));
  g_autofree char *summary = NULL;
  g_autofree char *counts = NULL;
  guint n_ready, n_check, n_error;

  clear_rows (self);
  gtk_text_buffer_set_text (buffer, draft->source_text, -1);
  self->rows = pd_import_preview_build (self->result);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = make_row (g_ptr_array_index (self->rows, i));

      g_object_set_data (G_OBJECT (row), "pd-preview-row", GUINT_TO_POINTER (i));
      gtk_list_box_append (self->list, row);
    }

  pd_import_preview_count (self->rows, &n_ready, &n_check, &n_error);
  counts = g_strdup_printf (_("%u ready, %u to check, %u with errors"), n_ready, n_check, n_error);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u programme, %u projects, %u assignments. %s. Read as %s.",
                                          "%s: %u programmes, %u projects, %u assignments. %s. Read as %s.",
                                          draft->programmes->len),
                             draft->title, draft->programmes->len, draft->projects->len,
                             draft->assignments->len, counts, self->result->encoding);
  gtk_label_set_text (self->summary, summary);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_sensitive (GTK_WIDGET (self->create), TRUE);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *async_result,
              gpointer      user_data)
{
  g_autoptr(PdImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  PdImportResult *result = g_task_propagate_pointer (G_TASK (async_result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->cancellable == NULL ||
      g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&result, pd_import_result_free);
      return;
    }

  self->loading = FALSE;
  gtk_spinner_stop (self->spinner);
  g_clear_pointer (&self->result, pd_import_result_free);
  g_clear_pointer (&self->error_message, g_free);
  if (result == NULL)
    {
      self->error_message = g_strdup (error->message);
      clear_rows (self);
      adw_status_page_set_icon_name (self->status, "dialog-warning-symbolic");
      adw_status_page_set_title (self->status, _("Nothing to Import"));
      adw_status_page_set_description (self->status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "status");
      gtk_widget_set_sensitive (GTK_WIDGET (self->create), FALSE);
      return;
    }
  self->result = result;
  show_result (self);
}

static void
start_reading (PdImportAssistant *self)
{
  g_autoptr(GTask) task = NULL;
  ReadData *read = g_new0 (ReadData, 1);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  read->path = g_strdup (self->path);
  read->encoding = g_strdup (self->forced_encoding);
  read->known_units = self->known_units ? g_hash_table_ref (self->known_units) : NULL;
  self->loading = TRUE;
  adw_status_page_set_icon_name (self->status, NULL);
  adw_status_page_set_title (self->status, _("Reading the Document…"));
  adw_status_page_set_description (self->status, NULL);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "status");
  gtk_widget_set_sensitive (GTK_WIDGET (self->create), FALSE);

  task = g_task_new (self, self->cancellable, read_done_cb, g_object_ref (self));
  g_task_set_task_data (task, read, read_data_free);
  g_task_run_in_thread (task, read_thread);
}

/* Selecting and highlighting ----------------------------------------------- */

static void
row_selected_cb (GtkListBox        *list,
                 GtkListBoxRow     *list_row,
                 PdImportAssistant *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source));
  GtkTextIter start, end;
  PdImportPreviewRow *row;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "import-highlight", &start, &end);
  if (list_row == NULL || self->rows == NULL)
    return;
  row = g_ptr_array_index (self->rows, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_row), "pd-preview-row")));
  for (guint i = 0; i + 1 < row->ranges->len; i += 2)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int)g_array_index (row->ranges, gint64, i));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int)g_array_index (row->ranges, gint64, i + 1));
      gtk_text_buffer_apply_tag_by_name (buffer, "import-highlight", &start, &end);
      if (i == 0)
        {
          gtk_text_buffer_place_cursor (buffer, &start);
          gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->source), &start, 0.1, FALSE, 0, 0);
        }
    }
}

static void
encoding_changed_cb (GtkDropDown       *drop_down,
                     GParamSpec        *pspec,
                     PdImportAssistant *self)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self->updating_encoding || selected >= G_N_ELEMENTS (encodings))
    return;
  pd_import_assistant_set_encoding (self, encodings[selected]);
}

/* Creating the plan ------------------------------------------------------- */

static void
save_response_cb (GtkNativeDialog   *dialog,
                  int                response,
                  PdImportAssistant *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = g_file_get_path (file);
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (chosen != NULL)
        path = g_str_has_suffix (chosen, ".plandesk") ? g_strdup (chosen) : g_strconcat (chosen, ".plandesk", NULL);
      if (path != NULL && !pd_import_assistant_create_plan (self, path, &error))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
    }
  g_object_unref (dialog);
}

static void
create_clicked_cb (GtkButton         *button,
                   PdImportAssistant *self)
{
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->result == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Create Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Create"), _("_Cancel"));
  name = g_strconcat (self->result->draft->title, ".plandesk", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
cancel_clicked_cb (GtkButton         *button,
                   PdImportAssistant *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* GObject ----------------------------------------------------------------- */

static void
pd_import_assistant_dispose (GObject *object)
{
  PdImportAssistant *self = PD_IMPORT_ASSISTANT (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (pd_import_assistant_parent_class)->dispose (object);
}

static void
pd_import_assistant_finalize (GObject *object)
{
  PdImportAssistant *self = PD_IMPORT_ASSISTANT (object);

  g_clear_pointer (&self->result, pd_import_result_free);
  g_free (self->path);
  g_free (self->forced_encoding);
  g_clear_pointer (&self->known_units, g_hash_table_unref);
  g_free (self->error_message);
  G_OBJECT_CLASS (pd_import_assistant_parent_class)->finalize (object);
}

static void
pd_import_assistant_class_init (PdImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_import_assistant_dispose;
  object_class->finalize = pd_import_assistant_finalize;

  /* PdImportAssistant::plan-created: the new plan file was written (the
   * application opens it in its own window). */
  signals[PLAN_CREATED] = g_signal_new ("plan-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
pd_import_assistant_init (PdImportAssistant *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *encoding_label = gtk_label_new_with_mnemonic (_("_Encoding"));
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *source_scroll = gtk_scrolled_window_new ();
  GtkWidget *list_scroll = gtk_scrolled_window_new ();
  GtkWidget *status_box;
  GtkSourceBuffer *buffer = gtk_source_buffer_new (NULL);
  const char *encoding_names[] = { C_("encoding", "Detected"), "UTF-8", "GB18030 / GBK", "UTF-16LE", "UTF-16BE", NULL };

  gtk_window_set_title (GTK_WINDOW (self), _("Import Plan Document"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);

  self->create = GTK_BUTTON (gtk_button_new_with_mnemonic (_("C_reate Plan…")));
  gtk_widget_add_css_class (GTK_WIDGET (self->create), "suggested-action");
  gtk_widget_set_sensitive (GTK_WIDGET (self->create), FALSE);
  g_signal_connect (self->create, "clicked", G_CALLBACK (create_clicked_cb), self);
  g_signal_connect (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->create));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (GTK_BOX (content), header);

  /* The counts, and the encoding with its override. */
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_label_set_wrap (self->summary, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->summary), TRUE);
  self->encoding = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (encoding_names));
  gtk_label_set_mnemonic_widget (GTK_LABEL (encoding_label), GTK_WIDGET (self->encoding));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->encoding), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Encoding"), -1);
  g_signal_connect (self->encoding, "notify::selected", G_CALLBACK (encoding_changed_cb), self);
  gtk_widget_add_css_class (bar, "import-summary");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (bar), encoding_label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->encoding));
  gtk_box_append (GTK_BOX (content), bar);

  /* The source, read-only, beside the recognised rows. */
  gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (buffer), "import-highlight",
                              "background", "rgba(53,132,228,0.30)", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  self->source = GTK_SOURCE_VIEW (gtk_source_view_new_with_buffer (buffer));
  g_object_unref (buffer);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->source), GTK_WRAP_WORD_CHAR);
  gtk_source_view_set_show_line_numbers (self->source, TRUE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->source), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->source), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Document text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (source_scroll), GTK_WIDGET (self->source));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "import-rows");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Recognised programmes and projects"), -1);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroll), GTK_WIDGET (self->list));

  gtk_paned_set_start_child (GTK_PANED (paned), source_scroll);
  gtk_paned_set_end_child (GTK_PANED (paned), list_scroll);
  gtk_paned_set_position (GTK_PANED (paned), 520);
  gtk_widget_set_vexpand (paned, TRUE);

  /* Reading, or why nothing can be imported. */
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->spinner), 32, 32);
  status_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (status_box), GTK_WIDGET (self->spinner));
  adw_status_page_set_child (self->status, status_box);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "status");
  gtk_stack_add_named (self->stack, paned, "preview");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->stack));

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, content);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

/* Public API ----------------------------------------------------------------- */

/* @known_units: the names (and aliases) of the units of the plan the import
 * starts from, each → the unit's name; units matched are named so, others
 * are tagged for a check. NULL: none known. */
PdImportAssistant *
pd_import_assistant_new (GtkApplication *application,
                         const char     *path,
                         GHashTable     *known_units)
{
  PdImportAssistant *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PD_TYPE_IMPORT_ASSISTANT, "application", application, NULL);
  self->path = g_strdup (path);
  self->known_units = known_units ? g_hash_table_ref (known_units) : NULL;
  start_reading (self);
  return self;
}

gboolean
pd_import_assistant_is_loading (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), FALSE);
  return self->loading;
}

PdImportResult *
pd_import_assistant_get_result (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->result;
}

GtkListBox *
pd_import_assistant_get_list (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->list;
}

GtkTextBuffer *
pd_import_assistant_get_source_buffer (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), NULL);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source));
}

const char *
pd_import_assistant_get_summary (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), NULL);
  return gtk_label_get_text (self->summary);
}

const char *
pd_import_assistant_get_error (PdImportAssistant *self)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), NULL);
  return self->error_message;
}

/* Reads the document again in @encoding (NULL: detect). */
void
pd_import_assistant_set_encoding (PdImportAssistant *self,
                                  const char        *encoding)
{
  g_return_if_fail (PD_IS_IMPORT_ASSISTANT (self));

  if (g_strcmp0 (encoding, self->forced_encoding) == 0 && self->result != NULL)
    return;
  g_free (self->forced_encoding);
  self->forced_encoding = g_strdup (encoding);
  self->updating_encoding = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (g_strcmp0 (encodings[i], encoding) == 0)
      gtk_drop_down_set_selected (self->encoding, i);
  self->updating_encoding = FALSE;
  start_reading (self);
}

/* Writes the new plan to @path (never over an existing file), emits
 * ::plan-created and closes the assistant. */
gboolean
pd_import_assistant_create_plan (PdImportAssistant  *self,
                                 const char         *path,
                                 GError            **error)
{
  g_return_val_if_fail (PD_IS_IMPORT_ASSISTANT (self), FALSE);
  g_return_val_if_fail (self->result != NULL, FALSE);

  if (!pd_plan_draft_write (self->result->draft, path, error))
    return FALSE;
  g_signal_emit (self, signals[PLAN_CREATED], 0, path);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
