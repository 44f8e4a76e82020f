/* pd-application.c — the application: owns the plan store and settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-application"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-application-private.h"
#include "pd-bench-hook.h"
#include "pd-window.h"
#include "store/pd-plan-file.h"

struct _PdApplication
{
  AdwApplication  parent_instance;

  char           *plan_path;  /* NULL: the working plan */
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PdApplication, pd_application, ADW_TYPE_APPLICATION)

static const PdAccelerator accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

const PdAccelerator *
pd_application_get_accelerators (guint *n_accelerators)
{
  *n_accelerators = G_N_ELEMENTS (accelerators);
  return accelerators;
}

/* Opens the plan this run is about. The bundled plan is opened read-only so
 * it is never modified; the working plan is created from it on first use. */
static PdStore *
open_store (PdApplication  *self,
            char          **shown_path,
            GError        **error)
{
  g_autofree char *bundled = pd_plan_file_dup_bundled_path ();
  g_autofree char *path = NULL;
  PdDatabaseOpenFlags flags = PD_DATABASE_OPEN_DEFAULT;

  if (self->plan_path != NULL)
    path = g_strdup (self->plan_path);
  else if (!(path = pd_plan_file_ensure_working (error)))
    {
      *shown_path = pd_plan_file_dup_working_path ();
      return NULL;
    }

  if (g_str_equal (path, bundled))
    flags = PD_DATABASE_OPEN_READ_ONLY;

  *shown_path = g_strdup (path);
  return pd_store_open (path, flags, error);
}

static void
pd_application_activate (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);
  g_autoptr(PdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  store = open_store (self, &path, &error);
  window = GTK_WINDOW (pd_window_new (self, store));
  if (store == NULL)
    pd_window_show_error (PD_WINDOW (window), path, error->message);
  pd_bench_hook_watch_window (window);
  gtk_window_present (window);
}

static void
pd_application_startup (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (pd_application_parent_class)->startup (app);

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
  app_class->startup = pd_application_startup;
}

static void
pd_application_init (PdApplication *self)
{
}

PdApplication *
pd_application_new (const char *plan_path)
{
  PdApplication *self;

  self = g_object_new (PD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
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
