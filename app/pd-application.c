/* pd-application.c — the application: one window per plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plan Desk is a unique application: opening a plan file from the file
 * manager or the command line while it runs reaches the running instance,
 * which opens the plan in a window of its own — or brings forward the window
 * that already shows it. Without a session bus it simply runs on its own.
 */
#define G_LOG_DOMAIN "pd-application"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-application-private.h"
#include "pd-bench-hook.h"
#include "pd-window.h"
#include "store/pd-plan-file.h"
#include "views/shared/pd-a11y.h"

struct _PdApplication
{
  AdwApplication  parent_instance;

  char           *plan_path;  /* opened on activation; NULL: the working plan */
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PdApplication, pd_application, ADW_TYPE_APPLICATION)

static const PdAccelerator accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-plan", { "<Control>n", NULL } },
  { "app.open", { "<Control>o", NULL } },
  { "win.view::list", { "<Control>1", NULL } },
  { "win.view::matrix", { "<Control>2", NULL } },
  { "win.view::timeline", { "<Control>3", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.save-copy", { "<Shift><Control>s", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

const PdAccelerator *
pd_application_get_accelerators (guint *n_accelerators)
{
  *n_accelerators = G_N_ELEMENTS (accelerators);
  return accelerators;
}

static char *
canonical_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return g_file_get_path (file);
}

/* The window that shows the plan at @path, if any. */
static PdWindow *
find_window (PdApplication *self,
             const char    *path)
{
  g_autofree char *wanted = canonical_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      PdStore *store = PD_IS_WINDOW (l->data) ? pd_window_get_store (l->data) : NULL;
      g_autofree char *shown = store ? canonical_path (pd_store_get_path (store)) : NULL;

      if (g_strcmp0 (shown, wanted) == 0)
        return l->data;
    }
  return NULL;
}

/* Notes the plan at @path, called @title, as opened lately (the bundled
 * plan aside): Open Recent lists it by its title. */
void
_pd_application_note_recent (const char *path,
                             const char *title)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *bundled = pd_plan_file_dup_bundled_path ();
  GtkRecentData data = {
    .display_name = (char *)(title && *title ? title : NULL),
    .mime_type = (char *)"application/x-plandesk",
    .app_name = (char *)"Plan Desk",
    .app_exec = (char *)"plandesk %f",
  };

  if (uri != NULL && g_strcmp0 (path, bundled) != 0)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* Opens the plan at @path (NULL: the working plan) in a window, or brings
 * forward the window that already shows it. The bundled plan is opened
 * read-only so it is never modified; a plan that cannot be opened gets a
 * window that says why. */
PdWindow *
pd_application_open_plan (PdApplication *self,
                          const char    *path)
{
  g_autofree char *bundled = pd_plan_file_dup_bundled_path ();
  g_autofree char *target = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  PdDatabaseOpenFlags flags = PD_DATABASE_OPEN_DEFAULT;
  PdWindow *window;

  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);

  if (path != NULL)
    target = g_strdup (path);
  else if (!(target = pd_plan_file_ensure_working (&error)))
    target = pd_plan_file_dup_working_path ();

  if (error == NULL)
    {
      window = find_window (self, target);
      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          return window;
        }
      if (g_strcmp0 (target, bundled) == 0)
        flags = PD_DATABASE_OPEN_READ_ONLY;
      store = pd_store_open (target, flags, &error);
    }

  window = pd_window_new (self, store);
  if (store == NULL)
    pd_window_show_error (window, target, error->message);
  else
    _pd_application_note_recent (target, pd_store_get_title (store));
  pd_bench_hook_watch_window (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
pd_application_activate (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    pd_application_open_plan (self, self->plan_path);
}

static void
pd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        pd_application_open_plan (PD_APPLICATION (app), path);
    }
}

static void
pd_application_startup (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (pd_application_parent_class)->startup (app);
  pd_a11y_init ();

  /* Without the schema (an uninstalled binary run outside `meson devenv`)
   * the window size is simply not remembered. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("GSettings schema %s is not installed; settings will not be saved", APP_ID);

  _pd_application_add_actions (self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accelerators[i].action,
                                           accelerators[i].accels);
}

static void
pd_application_finalize (GObject *object)
{
  PdApplication *self = (PdApplication *)object;

  g_clear_object (&self->settings);
  g_free (self->plan_path);

  G_OBJECT_CLASS (pd_application_parent_class)->finalize (object);
}

static void
pd_application_class_init (PdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pd_application_finalize;
  app_class->activate = pd_application_activate;
  app_class->open = pd_application_open;
  app_class->startup = pd_application_startup;
}

static void
pd_application_init (PdApplication *self)
{
}

/* @plan_path is the plan a plain activation opens (NULL: the working plan). */
PdApplication *
pd_application_new (const char *plan_path)
{
  PdApplication *self;

  self = g_object_new (PD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
  self->plan_path = g_strdup (plan_path);
  return self;
}

/* NULL when the schema is not installed. */
GSettings *
pd_application_get_settings (PdApplication *self)
{
  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);
  return self->settings;
}
