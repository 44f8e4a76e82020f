/* pd-application-actions.c — app.* actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-application-actions"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-application-private.h"
#include "pd-window.h"
#include "store/pd-plan-file.h"
#include "views/import/pd-import-assistant.h"

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Plan Desk developers"), NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Plan Desk"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Plan Desk developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about,
                                 _("Keep the division of tasks of a multi-year implementation plan. "
                                   "Comes with the 2013–2022 Safe Guangzhou plan (创建平安广州推进方案)."));
  adw_about_window_set_website (about, "https://github.com/plandesk/plandesk");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, _("© 2026 The Plan Desk developers"));
  /* Translators: your name and address, one translator per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Close the windows so each saves its size; then the application ends. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }
}

static int
recent_newer_first (GtkRecentInfo *a,
                    GtkRecentInfo *b)
{
  GDateTime *x = gtk_recent_info_get_modified (a);
  GDateTime *y = gtk_recent_info_get_modified (b);

  return g_date_time_compare (y, x);
}

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plans"));
  gtk_file_filter_add_mime_type (filter, "application/x-plandesk");
  gtk_file_filter_add_suffix (filter, "plandesk");
  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  PdApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        pd_application_open_plan (self, path);
    }
  g_object_unref (dialog);
}

static void
open_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PdApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = plan_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Plan"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_plan_response_cb (GtkNativeDialog *dialog,
                      int              response,
                      PdApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = g_file_get_path (file);
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (chosen != NULL)
        path = g_str_has_suffix (chosen, PD_PLAN_FILE_EXTENSION) ? g_strdup (chosen)
                                                                 : g_strconcat (chosen, PD_PLAN_FILE_EXTENSION, NULL);
      if (path != NULL)
        {
          /* The chooser already asked before replacing: start afresh. */
          g_unlink (path);
          if (pd_plan_file_create_empty (path, NULL, &error))
            pd_application_open_plan (self, path);
          else
            {
              GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

              if (PD_IS_WINDOW (parent))
                pd_window_show_toast (PD_WINDOW (parent), error->message);
              else
                g_warning ("%s", error->message);
            }
        }
    }
  g_object_unref (dialog);
}

static void
new_plan_activated_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PdApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = plan_filter ();

  dialog = gtk_file_chooser_native_new (_("New Plan"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  /* Translators: the file name offered for a new plan; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("New Plan.plandesk"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (new_plan_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
import_plan_created_cb (PdImportAssistant *assistant,
                        const char        *path,
                        PdApplication     *self)
{
  pd_application_open_plan (self, path);
}

/* Opens the import assistant on @path. */
void
_pd_application_import_document (PdApplication *self,
                                  const char    *path)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GHashTable) known = NULL;
  PdImportAssistant *assistant;

  /* The units of the plan in front of the user are the ones a document's names are matched to. */
  if (PD_IS_WINDOW (window) && pd_window_get_store (PD_WINDOW (window)) != NULL)
    known = pd_store_dup_known_units (pd_window_get_store (PD_WINDOW (window)));
  assistant = pd_import_assistant_new (GTK_APPLICATION (self), path, known);

  g_signal_connect_object (assistant, "plan-created", G_CALLBACK (import_plan_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (assistant));
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    PdApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        _pd_application_import_document (self, path);
    }
  g_object_unref (dialog);
}

static void
import_document_activated_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  PdApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (documents, _("Plan documents (text, DOCX, DOC, WPS)"));
  gtk_file_filter_add_suffix (documents, "txt");
  gtk_file_filter_add_suffix (documents, "docx");
  gtk_file_filter_add_suffix (documents, "doc");
  gtk_file_filter_add_suffix (documents, "wps");
  gtk_file_filter_add_mime_type (documents, "text/plain");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  dialog = gtk_file_chooser_native_new (_("Import Plan Document"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), documents);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  g_autofree char *path = g_filename_from_uri (g_variant_get_string (parameter, NULL), NULL, NULL);

  if (path != NULL)
    pd_application_open_plan (PD_APPLICATION (user_data), path);
}

static const GActionEntry app_entries[] = {
  { "about", about_activated_cb },
  { "quit", quit_activated_cb },
  { "new-plan", new_plan_activated_cb },
  { "import-document", import_document_activated_cb },
  { "open", open_activated_cb },
  { "open-recent", open_recent_activated_cb, "s" },
};

/* The plans opened lately that still exist, newest first, as a menu of
 * app.open-recent items (at most @limit), each labelled with the plan's
 * title; plans of the same title (copies) also with their file names. */
GMenuModel *
_pd_application_dup_recent_menu (guint limit)
{
  GMenu *menu = g_menu_new ();
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GHashTable) n_titled = g_hash_table_new (g_str_hash, g_str_equal);

  items = g_list_sort (items, (GCompareFunc)recent_newer_first);
  for (GList *l = items; l != NULL && shown->len < limit; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *path = g_filename_from_uri (gtk_recent_info_get_uri (info), NULL, NULL);
      const char *title = gtk_recent_info_get_display_name (info);

      if (path == NULL || !g_str_has_suffix (path, PD_PLAN_FILE_EXTENSION) || !gtk_recent_info_exists (info))
        continue;
      g_ptr_array_add (shown, info);
      g_hash_table_insert (n_titled, (gpointer)title,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_titled, title)) + 1));
    }
  for (guint i = 0; i < shown->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (shown, i);
      const char *uri = gtk_recent_info_get_uri (info);
      const char *title = gtk_recent_info_get_display_name (info);
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      g_autofree char *basename = g_filename_display_basename (path);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      /* A plan noted before titles were kept is called by its file name. */
      if (g_strcmp0 (title, basename) == 0 || GPOINTER_TO_UINT (g_hash_table_lookup (n_titled, title)) < 2)
        label = g_strdup (title);
      else
        /* Translators: a recent plan in the Open Recent menu, when two have
         * the same title: the plan's title and its file name */
        label = g_strdup_printf (_("%s (%s)"), title, basename);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (uri));
      g_menu_append_item (menu, item);
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  return G_MENU_MODEL (menu);
}

void
_pd_application_add_actions (PdApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries), self);
}
