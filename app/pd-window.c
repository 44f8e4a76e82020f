/* pd-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-window"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-window.h"
#include "store/pd-plan-file.h"

struct _PdWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  PdPlanList           *plan_list;
  AdwStatusPage        *error_page;

  PdStore              *store;
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
  const char *path = pd_database_get_path (database);

  if (g_strcmp0 (path, working) == 0)
    return g_strdup (_("Working plan"));
  if (pd_database_is_read_only (database))
    return g_strdup (_("Bundled plan, read-only"));
  return g_filename_display_basename (path);
}

static void
pd_window_dispose (GObject *object)
{
  PdWindow *self = (PdWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_WINDOW);
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
  gtk_widget_class_bind_template_child (widget_class, PdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, plan_list);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, error_page);
}

static void
pd_window_init (PdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
      gtk_window_set_title (GTK_WINDOW (self), pd_store_get_title (store));
      adw_window_title_set_title (self->window_title, pd_store_get_title (store));
      adw_window_title_set_subtitle (self->window_title, subtitle);
      pd_plan_list_set_store (self->plan_list, store);
      gtk_stack_set_visible_child_name (self->stack, "plan");
    }

  return self;
}

PdStore *
pd_window_get_store (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);
  return self->store;
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
  adw_window_title_set_title (self->window_title, _("Plan Desk"));
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}
