/* pd-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list (projects or units) fills the window; a side pane beside it holds
 * the project editor, the plan checks and the change history, and folds over
 * the list on narrow windows. Every edit goes through pd_window_push(): it
 * is applied and saved at once, can be undone, and a destructive one offers
 * Undo in a toast.
 */
#define G_LOG_DOMAIN "pd-window"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-application-private.h"
#include "pd-file-bar.h"
#include "pd-window.h"
#include "store/pd-commands.h"
#include "store/pd-plan-file.h"
#include "views/shared/pd-a11y.h"
#include "views/checks/pd-checks-view.h"
#include "views/shared/pd-export-dialog.h"
#include "views/history/pd-history-view.h"
#include "views/matrix/pd-matrix-view.h"
#include "views/editor/pd-plan-properties.h"
#include "views/shared/pd-print.h"
#include "views/editor/pd-project-editor.h"
#include "views/timeline/pd-timeline-view.h"
#include "views/tracking/pd-tracking-view.h"
#include "views/units/pd-units-view.h"

struct _PdWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwHeaderBar         *header_bar;
  GtkWidget            *matrix_menu_button;
  GtkStack             *stack;
  AdwFlap              *flap;
  GtkStack             *list_stack;
  PdPlanList           *plan_list;
  AdwBin               *units_bin;
  PdUnitsView          *units_view;  /* built when the units mode is first shown */
  GtkStack             *pane_stack;
  AdwBin               *editor_bin;
  AdwBin               *tracking_bin;
  AdwBin               *checks_bin;
  AdwBin               *history_bin;
  PdChecksView         *checks_view;   /* built when first shown */
  PdHistoryView        *history_view;  /* built when first shown */
  AdwStatusPage        *error_page;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkToggleButton      *pane_button;
  GtkToggleButton      *search_button;
  GtkWidget            *mode_box;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GMenu                *recent_submenu;

  PdProjectEditor      *editor;
  PdTimelineView       *timeline;
  PdMatrixView         *matrix;
  AdwBin               *matrix_bin;
  AdwBin               *timeline_bin;
  gboolean              units_ready;
  gboolean              pane_open_with_projects;  /* while the units mode shows */
  gboolean              syncing_selection;
  PdStore              *store;
  PdHistory            *history;
  AdwToast             *undo_toast;  /* weak */
};

G_DEFINE_FINAL_TYPE (PdWindow, pd_window, ADW_TYPE_APPLICATION_WINDOW)

static GSettings *
get_settings (PdWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PD_IS_APPLICATION (app) ? pd_application_get_settings (PD_APPLICATION (app)) : NULL;
}

static void
restore_size (PdWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
pd_window_close_request (GtkWindow *window)
{
  PdWindow *self = PD_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);

      g_settings_set_boolean (settings, "window-maximized", maximized);
      if (!maximized)
        {
          int width, height;

          gtk_window_get_default_size (window, &width, &height);
          g_settings_set_int (settings, "window-width", width);
          g_settings_set_int (settings, "window-height", height);
        }
    }

  return GTK_WINDOW_CLASS (pd_window_parent_class)->close_request (window);
}

static char *
describe_file (PdStore *store)
{
  PdDatabase *database = pd_store_get_database (store);
  g_autofree char *working = pd_plan_file_dup_working_path ();
  const char *path = pd_store_get_path (store);

  if (g_strcmp0 (path, working) == 0)
    return g_strdup (_("Working plan"));
  if (pd_database_is_read_only (database))
    return g_strdup (_("Bundled plan, read-only"));
  return g_filename_display_basename (path);
}

/* Actions */

static void
set_action_enabled (PdWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The one place that decides which window actions can run. */
static void
update_actions (PdWindow *self)
{
  gboolean writable = self->store != NULL && !pd_database_is_read_only (pd_store_get_database (self->store));

  set_action_enabled (self, "undo", writable && self->history && pd_history_get_can_undo (self->history));
  set_action_enabled (self, "redo", writable && self->history && pd_history_get_can_redo (self->history));
  set_action_enabled (self, "plan-properties", writable);
  set_action_enabled (self, "add-programme", writable);
  set_action_enabled (self, "add-project", writable);
  set_action_enabled (self, "rename-programme", writable);
  set_action_enabled (self, "move-programme-up", writable);
  set_action_enabled (self, "move-programme-down", writable);
  set_action_enabled (self, "delete-programme", writable);
  set_action_enabled (self, "search", self->store != NULL);
  set_action_enabled (self, "list-mode", self->store != NULL);
  set_action_enabled (self, "export", self->store != NULL);
  set_action_enabled (self, "save-copy", self->store != NULL);
  set_action_enabled (self, "print", self->store != NULL);
}

void
pd_window_show_toast (PdWindow   *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (PD_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 4);
  pd_a11y_add_toast (self->toast_overlay, toast);
}

static void announce_command (PdWindow  *self,
                              PdCommand *command);

/* Applies @command; says why in a toast when it cannot. */
gboolean
pd_window_push (PdWindow  *self,
                PdCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (PD_IS_COMMAND (command), FALSE);

  if (self->history == NULL || !pd_history_push (self->history, command, &error))
    {
      pd_window_show_toast (self, error ? error->message : _("There is no plan to change"));
      return FALSE;
    }
  announce_command (self, command);
  return TRUE;
}

/* A destructive edit (deleting, merging) offers Undo in a toast. */
static void
announce_command (PdWindow  *self,
                  PdCommand *command)
{
  if (pd_command_is_destructive (command))
    {
      AdwToast *toast = adw_toast_new (pd_command_get_description (command));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      if (self->undo_toast != NULL)
        adw_toast_dismiss (self->undo_toast);
      g_set_weak_pointer (&self->undo_toast, toast);
      pd_a11y_add_toast (self->toast_overlay, toast);
    }
}

static void
editor_error_cb (PdProjectEditor *editor,
                 const char      *message,
                 PdWindow        *self)
{
  pd_window_show_toast (self, message);
}

static void
editor_command_pushed_cb (PdProjectEditor *editor,
                          PdCommand       *command,
                          PdWindow        *self)
{
  announce_command (self, command);
}

static void
undo_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PdWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  /* Typing still waiting for its pause is an edit too: undo takes it first. */
  if (self->editor != NULL)
    pd_project_editor_flush (self->editor);
  if (!pd_history_undo (self->history, &error))
    pd_window_show_toast (self, error->message);
}

static void
redo_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PdWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pd_history_redo (self->history, &error))
    pd_window_show_toast (self, error->message);
}

static void set_list_mode (PdWindow   *self,
                           const char *mode);

static void
search_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PdWindow *self = user_data;

  set_list_mode (self, "projects");
  pd_plan_list_set_search_mode (self->plan_list, TRUE);
}

static void ensure_views (PdWindow *self);

/* The state of win.list-mode: the list's mode while the list is shown,
 * "" in the other views (neither Projects nor Units is pressed there). */
static void
update_list_mode_state (PdWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "list-mode");
  gboolean in_list = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "list") == 0;

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action),
                               g_variant_new_string (in_list ? gtk_stack_get_visible_child_name (self->list_stack) : ""));
}

/* Shows projects or units in the list, without leaving the view shown.
 * The units view shows a unit's responsibility list beside the list, so
 * the side pane gives it the room while it shows, and comes back as it
 * was with the projects. */
static void
set_list_mode (PdWindow   *self,
               const char *mode)
{
  const char *shown = gtk_stack_get_visible_child_name (self->list_stack);

  if (g_str_equal (mode, "units") && g_strcmp0 (shown, "units") != 0)
    {
      self->pane_open_with_projects = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
    }
  else if (g_str_equal (mode, "projects") && g_strcmp0 (shown, "units") == 0 && self->pane_open_with_projects)
    adw_flap_set_reveal_flap (self->flap, TRUE);
  gtk_stack_set_visible_child_name (self->list_stack, mode);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button),
                          g_str_equal (mode, "projects") &&
                          g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "list") == 0);
  ensure_views (self);
  update_list_mode_state (self);
}

/* The Projects/Units switch, in every view: it takes to the list. */
static void
list_mode_change_state_cb (GSimpleAction *action,
                           GVariant      *value,
                           gpointer       user_data)
{
  PdWindow *self = user_data;
  const char *mode = g_variant_get_string (value, NULL);

  if (!g_str_equal (mode, "projects") && !g_str_equal (mode, "units"))
    return;
  set_list_mode (self, mode);
  adw_view_stack_set_visible_child_name (self->view_stack, "list");
}

static void
plan_properties_activated_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  PdWindow *self = user_data;
  PdPlanProperties *dialog = pd_plan_properties_new (self->history);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_exported_cb (PdExportDialog *dialog,
                    GFile          *file,
                    PdWindow       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), display);
  g_autofree char *uri = g_file_get_uri (file);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-export");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  pd_a11y_add_toast (self->toast_overlay, toast);
}

static void
export_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PdWindow *self = user_data;
  PdExportDialog *dialog = pd_export_dialog_new (GTK_WINDOW (self), self->store);
  PdUnit *unit = self->units_view ? pd_units_view_get_selected_unit (self->units_view) : NULL;

  /* The report, unit and format exported last; from the units mode, the
   * selected unit's responsibility list. */
  pd_export_dialog_set_settings (dialog, get_settings (self));
  if (g_str_equal (gtk_stack_get_visible_child_name (self->list_stack), "units") && unit != NULL)
    {
      pd_export_dialog_set_report (dialog, "units");
      pd_export_dialog_set_unit (dialog, unit);
    }
  g_signal_connect_object (dialog, "exported", G_CALLBACK (export_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PdWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pd_print_store_report (GTK_WINDOW (self), self->store, "division", NULL, &error))
    pd_window_show_toast (self, error->message);
}

static void
open_export_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  pd_export_dialog_open_file (GTK_WINDOW (user_data), file);
}

static void
save_copy_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       PdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (path, pd_store_get_path (self->store)) == 0)
        g_set_error_literal (&error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                             _("A copy cannot replace the plan it is made from"));
      if (path == NULL || error != NULL ||
          !pd_database_save_copy (pd_store_get_database (self->store), path, &error))
        pd_window_show_toast (self, error ? error->message : _("The copy can only be saved to a local folder"));
      else
        {
          g_autofree char *name = g_filename_display_basename (path);
          g_autofree char *message = g_strdup_printf (_("Saved a copy as “%s”"), name);

          pd_window_show_toast (self, message);
        }
    }
  g_object_unref (dialog);
}

static void
save_copy_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PdWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  /* Translators: the file name offered for a copy; %s is the plan's title */
  name = g_strdup_printf (_("%s (copy).plandesk"), pd_store_get_title (self->store));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (save_copy_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
primary_menu_show_cb (GtkPopover *popover,
                      PdWindow   *self)
{
  g_autoptr(GMenuModel) recent = NULL;

  /* The recent plans as they are now. */
  recent = _pd_application_dup_recent_menu (8);
  g_menu_remove_all (self->recent_submenu);
  g_menu_append_section (self->recent_submenu, NULL, recent);
}

/* The main menu's popover is made when it is first opened, not with the
 * window: the first frame does not show it. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  PdWindow *self = user_data;

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, self->primary_menu);
  g_signal_connect (gtk_menu_button_get_popover (button), "show", G_CALLBACK (primary_menu_show_cb), self);
}

/* The keyboard shortcuts window, built the first time it is asked for
 * (GtkApplication would build it with every window). */
static void
show_help_overlay_activated_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/pd-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Takes the action name we already have; shows it modal over us. */
      gtk_application_window_set_help_overlay (window, overlay);
      pd_a11y_label_shortcuts_window (overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* A plan file dropped on the window opens in a window of its own. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PdWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSList *files = g_value_get_boxed (value);
  gboolean any = FALSE;

  for (GSList *l = files; l != NULL && PD_IS_APPLICATION (app); l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        {
          pd_application_open_plan (PD_APPLICATION (app), path);
          any = TRUE;
        }
    }
  return any;
}

/* Programmes and projects */

/* The programme the programme actions apply to: the selected project's, or
 * the last one. */
static PdProgramme *
current_programme (PdWindow *self)
{
  PdProject *project = self->store ? pd_window_get_selected_project (self) : NULL;
  GListModel *programmes;
  guint n;

  if (project != NULL)
    return pd_project_get_programme (project);
  if (self->store == NULL)
    return NULL;
  programmes = pd_store_get_programmes (self->store);
  n = g_list_model_get_n_items (programmes);
  if (n == 0)
    return NULL;
  {
    g_autoptr(PdProgramme) last = g_list_model_get_item (programmes, n - 1);

    return last;  /* still owned by the store's list */
  }
}

typedef PdCommand *(*TitleCommand) (PdWindow *self, const char *text, GError **error);

typedef struct
{
  PdWindow     *self;
  TitleCommand  make;
  GtkEntry     *entry;
  GtkLabel     *message;
} AskTitle;

static void
ask_title_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       AskTitle         *ask)
{
  g_autoptr(PdCommand) command = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "apply") == 0)
    {
      command = ask->make (ask->self, gtk_editable_get_text (GTK_EDITABLE (ask->entry)), &error);
      if (command != NULL)
        pd_window_push (ask->self, command);
      else
        pd_window_show_toast (ask->self, error->message);
    }
  g_free (ask);
}

/* Asks for a title in a small dialog, then pushes the command @make builds. */
static void
ask_title (PdWindow     *self,
           const char   *heading,
           const char   *apply_label,
           const char   *initial,
           TitleCommand  make)
{
  AskTitle *ask = g_new0 (AskTitle, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  ask->self = self;
  ask->make = make;
  ask->entry = GTK_ENTRY (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (ask_title_response_cb), ask);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static PdCommand *
make_add_programme (PdWindow   *self,
                    const char *text,
                    GError    **error)
{
  return pd_command_add_programme (self->store, text, error);
}

static PdCommand *
make_add_project (PdWindow   *self,
                  const char *text,
                  GError    **error)
{
  PdProgramme *programme = current_programme (self);

  return programme ? pd_command_add_project (programme, text, error) : NULL;
}

static PdCommand *
make_rename_programme (PdWindow   *self,
                       const char *text,
                       GError    **error)
{
  PdProgramme *programme = current_programme (self);

  return programme ? pd_command_rename_programme (programme, text, error) : NULL;
}

static void
add_programme_activated_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  ask_title (user_data, _("New Programme"), _("_Add"), NULL, make_add_programme);
}

static void
add_project_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  PdWindow *self = user_data;
  PdProgramme *programme = current_programme (self);
  g_autofree char *heading = NULL;

  if (programme == NULL)
    return;
  /* Translators: %s%s is a programme's numeral and title, 五、公共安全防控工程 */
  heading = g_strdup_printf (_("New Project in %s、%s"), pd_programme_get_numeral (programme),
                             pd_programme_get_title (programme));
  ask_title (self, heading, _("_Add"), NULL, make_add_project);
}

static void
rename_programme_activated_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  PdWindow *self = user_data;
  PdProgramme *programme = current_programme (self);

  if (programme != NULL)
    ask_title (self, _("Rename Programme"), _("_Rename"), pd_programme_get_title (programme), make_rename_programme);
}

static void
move_programme (PdWindow *self,
                int       delta)
{
  PdProgramme *programme = current_programme (self);
  g_autoptr(PdCommand) command = programme ? pd_command_move_programme (programme, delta) : NULL;

  if (command != NULL)
    pd_window_push (self, command);
}

static void
move_programme_up_activated_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  move_programme (user_data, -1);
}

static void
move_programme_down_activated_cb (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  move_programme (user_data, 1);
}

static void
delete_programme_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              PdWindow         *self)
{
  PdProgramme *programme = g_object_get_data (G_OBJECT (dialog), "programme");

  if (g_strcmp0 (response, "delete") == 0 && programme != NULL)
    {
      g_autoptr(PdCommand) command = pd_command_delete_programme (programme);

      pd_window_push (self, command);
    }
}

static void
delete_programme_activated_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  PdWindow *self = user_data;
  PdProgramme *programme = current_programme (self);
  guint n_projects;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (programme == NULL)
    return;
  n_projects = g_list_model_get_n_items (pd_programme_get_projects (programme));
  heading = g_strdup_printf (_("Delete Programme %s?"), pd_programme_get_numeral (programme));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” and its %u project will be deleted. You can undo it.",
                                       "“%s” and its %u projects will be deleted. You can undo it.",
                                       n_projects),
                          pd_programme_get_title (programme), n_projects);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "programme", g_object_ref (programme), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_programme_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_today_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  pd_tracking_present_today_dialog (GTK_WINDOW (user_data));
}

static void view_activated_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data);

static const GActionEntry win_entries[] = {
  { "view", view_activated_cb, "s" },
  { "show-help-overlay", show_help_overlay_activated_cb },
  { "set-today", set_today_activated_cb },
  { "add-programme", add_programme_activated_cb },
  { "add-project", add_project_activated_cb },
  { "rename-programme", rename_programme_activated_cb },
  { "move-programme-up", move_programme_up_activated_cb },
  { "move-programme-down", move_programme_down_activated_cb },
  { "delete-programme", delete_programme_activated_cb },
  { "save-copy", save_copy_activated_cb },
  { "export", export_activated_cb },
  { "print", print_activated_cb },
  { "open-export", open_export_activated_cb, "s" },
  { "undo", undo_activated_cb },
  { "redo", redo_activated_cb },
  { "search", search_activated_cb },
  { "list-mode", NULL, "s", "'projects'", list_mode_change_state_cb },
  { "plan-properties", plan_properties_activated_cb },
};

/* Selection */

PdProject *
pd_window_get_selected_project (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return pd_plan_list_get_selected_project (self->plan_list);
}

static void ensure_editor (PdWindow *self);

static void
show_project (PdWindow  *self,
              PdProject *project)
{
  if (project != NULL)
    ensure_editor (self);
  if (self->editor != NULL)
    pd_project_editor_set_project (self->editor, project);
  /* The views share one selection. */
  if (!self->syncing_selection && project != NULL)
    {
      self->syncing_selection = TRUE;
      if (self->timeline != NULL)
        pd_timeline_view_select_project (self->timeline, project);
      if (self->matrix != NULL)
        pd_matrix_view_select_project (self->matrix, project);
      if (pd_plan_list_get_selected_project (self->plan_list) != project)
        pd_plan_list_select_project (self->plan_list, project);
      self->syncing_selection = FALSE;
    }
  if (project != NULL)
    {
      gtk_stack_set_visible_child_name (self->pane_stack, "project");
      adw_flap_set_reveal_flap (self->flap, TRUE);
    }
}

static void
selected_project_changed_cb (PdPlanList *list,
                             GParamSpec *pspec,
                             PdWindow   *self)
{
  show_project (self, pd_plan_list_get_selected_project (list));
}

/* Shows @project in the list (expanding its programme, clearing a search
 * that hides it), in the other views and in the editor. */
void
pd_window_select_project (PdWindow  *self,
                          PdProject *project)
{
  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (PD_IS_PROJECT (project));

  set_list_mode (self, "projects");
  pd_plan_list_select_project (self->plan_list, project);
  show_project (self, project);
}

static void
view_project_selected_cb (GtkWidget *view,
                          PdProject *project,
                          PdWindow  *self)
{
  if (project != NULL && !self->syncing_selection)
    show_project (self, project);
}

static void
view_project_activated_cb (GtkWidget *view,
                           PdProject *project,
                           PdWindow  *self)
{
  if (project == NULL)
    return;
  show_project (self, project);
  gtk_stack_set_visible_child_name (self->pane_stack, "project");
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
view_error_cb (GtkWidget  *view,
               const char *message,
               PdWindow   *self)
{
  pd_window_show_toast (self, message);
}

static void
view_changed_cb (AdwViewStack *stack,
                 GParamSpec   *pspec,
                 PdWindow     *self)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  ensure_views (self);
  /* Projects/Units show in every view (they take to the list); search
   * belongs to the list, the options to the matrix. */
  update_list_mode_state (self);
  /* Focus left on Projects/Units (the first control of the header) goes
   * to the view now shown, as it did when the switch was hidden there. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

    if (focus != NULL && (focus == self->mode_box || gtk_widget_is_ancestor (focus, self->mode_box)) &&
        g_strcmp0 (name, "list") != 0)
      gtk_widget_child_focus (adw_view_stack_get_visible_child (stack), GTK_DIR_TAB_FORWARD);
  }
  if (self->matrix_menu_button != NULL)
    gtk_widget_set_visible (self->matrix_menu_button, g_strcmp0 (name, "matrix") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button),
                          g_strcmp0 (name, "list") == 0 &&
                          g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "projects") == 0);
}

static void
view_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PdWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* The signals every view beside the List may have. */
static void
connect_view (PdWindow  *self,
              GtkWidget *view)
{
  static const struct {
    const char *signal;
    GCallback   callback;
  } signals[] = {
    { "project-selected", G_CALLBACK (view_project_selected_cb) },
    { "project-activated", G_CALLBACK (view_project_activated_cb) },
    { "error", G_CALLBACK (view_error_cb) },
    { "command-pushed", G_CALLBACK (editor_command_pushed_cb) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    if (g_signal_lookup (signals[i].signal, G_OBJECT_TYPE (view)) != 0)
      g_signal_connect (view, signals[i].signal, signals[i].callback, self);
}

/* A view page beside the List: the switcher appears with the second view.
 * The page is an empty bin until it is first shown (ensure_views()), so
 * opening a plan builds only what the first frame shows. */
static AdwBin *
add_page (PdWindow   *self,
          const char *name,
          const char *title,
          const char *icon_name)
{
  GtkWidget *bin = adw_bin_new ();

  adw_view_stack_add_titled (self->view_stack, bin, name, title);
  adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->view_stack, bin), icon_name);
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, TRUE);
  return ADW_BIN (bin);
}

static void
ensure_matrix (PdWindow *self)
{
  GtkWidget *scrolled, *menu_button;

  if (self->matrix != NULL || self->matrix_bin == NULL)
    return;

  scrolled = gtk_scrolled_window_new ();
  self->matrix = PD_MATRIX_VIEW (pd_matrix_view_new ());
  pd_matrix_view_set_history (self->matrix, self->history);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->matrix));
  adw_bin_set_child (self->matrix_bin, scrolled);
  connect_view (self, GTK_WIDGET (self->matrix));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "matrix", pd_matrix_view_get_action_group (self->matrix));

  /* Its options (sort, filter, transpose, members, zoom, export) on the Matrix page. */
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), pd_matrix_view_get_menu_model (self->matrix));
  gtk_widget_set_tooltip_text (menu_button, _("Matrix Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Matrix options"), -1);
  adw_header_bar_pack_end (self->header_bar, menu_button);
  self->matrix_menu_button = menu_button;

  if (pd_window_get_selected_project (self) != NULL)
    pd_matrix_view_select_project (self->matrix, pd_window_get_selected_project (self));
}

static void
ensure_timeline (PdWindow *self)
{
  if (self->timeline != NULL || self->timeline_bin == NULL)
    return;

  self->timeline = PD_TIMELINE_VIEW (pd_timeline_view_new ());
  pd_timeline_view_set_history (self->timeline, self->history);
  adw_bin_set_child (self->timeline_bin, GTK_WIDGET (self->timeline));
  connect_view (self, GTK_WIDGET (self->timeline));
  if (pd_window_get_selected_project (self) != NULL)
    pd_timeline_view_select_project (self->timeline, pd_window_get_selected_project (self));
}

static void
ensure_editor (PdWindow *self)
{
  if (self->editor != NULL || self->history == NULL)
    return;

  self->editor = PD_PROJECT_EDITOR (pd_project_editor_new ());
  pd_project_editor_set_history (self->editor, self->history);
  g_signal_connect (self->editor, "error", G_CALLBACK (editor_error_cb), self);
  g_signal_connect (self->editor, "command-pushed", G_CALLBACK (editor_command_pushed_cb), self);
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->editor));
}

static void
ensure_tracking (PdWindow *self)
{
  PdTrackingView *tracking;

  if (adw_bin_get_child (self->tracking_bin) != NULL || self->history == NULL)
    return;

  tracking = PD_TRACKING_VIEW (pd_tracking_view_new ());
  pd_tracking_view_set_history (tracking, self->history);
  g_signal_connect (tracking, "error", G_CALLBACK (view_error_cb), self);
  g_signal_connect (tracking, "command-pushed", G_CALLBACK (editor_command_pushed_cb), self);
  adw_bin_set_child (self->tracking_bin, GTK_WIDGET (tracking));
}

static void units_project_activated_cb (PdUnitsView *view,
                                        PdProject   *project,
                                        PdWindow    *self);

static void
ensure_units (PdWindow *self)
{
  if (self->units_ready || self->history == NULL)
    return;

  self->units_ready = TRUE;
  self->units_view = PD_UNITS_VIEW (pd_units_view_new ());
  adw_bin_set_child (self->units_bin, GTK_WIDGET (self->units_view));
  g_signal_connect (self->units_view, "project-activated", G_CALLBACK (units_project_activated_cb), self);
  pd_units_view_set_history (self->units_view, self->history);
  g_signal_connect (self->units_view, "error", G_CALLBACK (view_error_cb), self);
  g_signal_connect (self->units_view, "command-pushed", G_CALLBACK (editor_command_pushed_cb), self);
}

static void checks_activate_target_cb (PdChecksView *view,
                                       GObject      *target,
                                       PdWindow     *self);
static void checks_merge_requested_cb (PdChecksView *view,
                                       PdUnit       *from,
                                       PdUnit       *into,
                                       PdWindow     *self);

static void
ensure_checks (PdWindow *self)
{
  if (self->checks_view != NULL || self->store == NULL)
    return;

  self->checks_view = PD_CHECKS_VIEW (pd_checks_view_new ());
  pd_checks_view_set_store (self->checks_view, self->store);
  g_signal_connect (self->checks_view, "activate-target", G_CALLBACK (checks_activate_target_cb), self);
  g_signal_connect (self->checks_view, "merge-requested", G_CALLBACK (checks_merge_requested_cb), self);
  adw_bin_set_child (self->checks_bin, GTK_WIDGET (self->checks_view));
}

static void
ensure_history (PdWindow *self)
{
  if (self->history_view != NULL || self->store == NULL)
    return;

  self->history_view = PD_HISTORY_VIEW (pd_history_view_new ());
  pd_history_view_set_store (self->history_view, self->store);
  adw_bin_set_child (self->history_bin, GTK_WIDGET (self->history_view));
}

/* Builds the views that are about to be seen. */
static void
ensure_views (PdWindow *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);
  const char *pane = gtk_stack_get_visible_child_name (self->pane_stack);

  if (self->history == NULL)
    return;
  if (g_strcmp0 (view, "matrix") == 0)
    ensure_matrix (self);
  else if (g_strcmp0 (view, "timeline") == 0)
    ensure_timeline (self);
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "units") == 0)
    ensure_units (self);
  if (g_strcmp0 (pane, "tracking") == 0)
    ensure_tracking (self);
  else if (g_strcmp0 (pane, "checks") == 0)
    ensure_checks (self);
  else if (g_strcmp0 (pane, "history") == 0)
    ensure_history (self);
}

static void
checks_activate_target_cb (PdChecksView *view,
                           GObject      *target,
                           PdWindow     *self)
{
  if (PD_IS_PROJECT (target))
    pd_window_select_project (self, PD_PROJECT (target));
  else if (PD_IS_UNIT (target))
    {
      set_list_mode (self, "units");
      if (self->units_view != NULL)
        pd_units_view_select_unit (self->units_view, PD_UNIT (target));
    }
  else if (PD_IS_PROGRAMME (target))
    {
      GListModel *projects = pd_programme_get_projects (PD_PROGRAMME (target));
      g_autoptr(PdProject) first = g_list_model_get_item (projects, 0);

      set_list_mode (self, "projects");
      if (first != NULL)
        pd_window_select_project (self, first);
    }
}

static void
checks_merge_requested_cb (PdChecksView *view,
                           PdUnit       *from,
                           PdUnit       *into,
                           PdWindow     *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = pd_command_merge_units (from, into, &error);

  if (command == NULL)
    pd_window_show_toast (self, error->message);
  else
    pd_window_push (self, command);
}

static void
units_project_activated_cb (PdUnitsView *view,
                            PdProject   *project,
                            PdWindow    *self)
{
  pd_window_select_project (self, project);
}

static void
history_changed_cb (PdWindow *self)
{
  gtk_widget_set_tooltip_text (self->undo_button, pd_history_get_undo_label (self->history));
  gtk_widget_set_tooltip_text (self->redo_button, pd_history_get_redo_label (self->history));
  update_actions (self);
}

static void
pd_window_dispose (GObject *object)
{
  PdWindow *self = (PdWindow *)object;

  g_clear_weak_pointer (&self->undo_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_WINDOW);
  g_clear_object (&self->history);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pd_window_parent_class)->dispose (object);
}

static void
pd_window_class_init (PdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_window_dispose;
  window_class->close_request = pd_window_close_request;

  g_type_ensure (PD_TYPE_PLAN_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, plan_list);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, units_bin);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, pane_stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, tracking_bin);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, checks_bin);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, history_bin);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, pane_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, mode_box);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, recent_submenu);
}

static void
pd_window_init (PdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);
  g_object_bind_property (self->flap, "reveal-flap", self->pane_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->plan_list, "search-mode", self->search_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect (self->plan_list, "notify::selected-project", G_CALLBACK (selected_project_changed_cb), self);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);

  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
  adw_view_switcher_title_set_view_switcher_enabled (self->window_title, FALSE);
  /* The switcher bar only when the title has no room for the switcher:
   * hidden, it is neither styled nor laid out at startup. */
  g_object_bind_property (self->window_title, "title-visible", self->switcher_bar, "reveal", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->window_title, "title-visible", self->switcher_bar, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->view_stack, "notify::visible-child", G_CALLBACK (view_changed_cb), self);
  g_signal_connect_swapped (self->pane_stack, "notify::visible-child", G_CALLBACK (ensure_views), self);
  update_actions (self);
}

/* The plan file, for a plan worked on as a private copy (the document
 * portal): the user chose the file as it is now over the plan shown. The
 * copy is forgotten and the file opened afresh in a new window. */
static void
file_bar_reload_cb (PdWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = g_strdup (pd_store_get_path (self->store));

  pd_plan_mirror_discard (pd_store_get_mirror (self->store));
  if (!PD_IS_APPLICATION (app))
    return;
  g_application_hold (G_APPLICATION (app));
  gtk_window_destroy (GTK_WINDOW (self));
  pd_application_open_plan (PD_APPLICATION (app), path);
  g_application_release (G_APPLICATION (app));
}

/* Coming back to the window, look whether the file changed meanwhile. */
static void
is_active_changed_cb (PdWindow   *self,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->store != NULL)
    pd_plan_mirror_check (pd_store_get_mirror (self->store));
}

/* For a plan worked on as a private copy: a bar under the header bar
 * whenever the file does not hold the plan as shown (pd-file-bar.c). */
static void
watch_plan_file (PdWindow *self)
{
  GtkWidget *bar;

  if (pd_store_get_mirror (self->store) == NULL)
    return;
  bar = pd_file_bar_new (self->store);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->header_bar))), bar,
                              GTK_WIDGET (self->header_bar));
  g_signal_connect_object (bar, "reload", G_CALLBACK (file_bar_reload_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_changed_cb), NULL);
}

/* @store may be NULL when the plan could not be opened; then call
 * pd_window_show_error(). */
PdWindow *
pd_window_new (PdApplication *application,
               PdStore       *store)
{
  PdWindow *self;

  g_return_val_if_fail (!application || PD_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!store || PD_IS_STORE (store), NULL);

  self = g_object_new (PD_TYPE_WINDOW, "application", application, NULL);
  restore_size (self);

  if (store != NULL)
    {
      g_autofree char *subtitle = describe_file (store);

      self->store = g_object_ref (store);
      self->history = pd_history_new (store);
      g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::undo-label", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
      history_changed_cb (self);

      gtk_window_set_title (GTK_WINDOW (self), pd_store_get_title (store));
      adw_view_switcher_title_set_title (self->window_title, pd_store_get_title (store));
      adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
      pd_plan_list_set_store (self->plan_list, store);
      self->matrix_bin = add_page (self, "matrix", _("Matrix"), "view-grid-symbolic");
      self->timeline_bin = add_page (self, "timeline", _("Timeline"), "x-office-calendar-symbolic");
      ensure_views (self);
      watch_plan_file (self);
      gtk_stack_set_visible_child_name (self->stack, "plan");
      update_actions (self);
    }

  return self;
}

PdStore *
pd_window_get_store (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->store;
}

PdHistory *
pd_window_get_history (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->history;
}

PdPlanList *
pd_window_get_plan_list (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->plan_list;
}

/* Shows why the plan could not be opened, instead of the plan. */
void
pd_window_show_error (PdWindow   *self,
                      const char *path,
                      const char *message)
{
  g_autofree char *display = g_filename_display_name (path ? path : "");
  g_autofree char *description = NULL;

  g_return_if_fail (PD_IS_WINDOW (self));

  description = g_markup_printf_escaped ("%s\n\n<small>%s</small>", message, display);
  gtk_window_set_title (GTK_WINDOW (self), _("Plan Desk"));
  adw_view_switcher_title_set_title (self->window_title, _("Plan Desk"));
  adw_status_page_set_description (self->error_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_visible (self->mode_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->pane_button), FALSE);
  update_actions (self);
}
