/* pd-plan-file.c — where plans live: the bundled plan and the working copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled plan is installed read-only in the package data directory
 * ($PLANDESK_DATADIR overrides it for uninstalled runs). On first use the
 * user's working plan is created from it as
 * $XDG_DATA_HOME/plandesk/plan.plandesk; the bundled file is never modified.
 */
#define G_LOG_DOMAIN "pd-plan-file"

#include "pd-config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-database.h"
#include "pd-plan-file.h"

char *
pd_plan_file_dup_bundled_path (void)
{
  const char *datadir = g_getenv ("PLANDESK_DATADIR");

  if (datadir == NULL || *datadir == '\0')
    datadir = PKGDATADIR;
  return g_build_filename (datadir, "safe-guangzhou" PD_PLAN_FILE_EXTENSION, NULL);
}

char *
pd_plan_file_dup_working_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "plandesk", "plan" PD_PLAN_FILE_EXTENSION, NULL);
}

/* Returns the working plan's path, copying the bundled plan there first if
 * there is no working plan yet. The copy is written beside the destination
 * and renamed into place, so an interrupted first run leaves nothing behind. */
char *
pd_plan_file_ensure_working (GError **error)
{
  g_autofree char *path = pd_plan_file_dup_working_path ();
  g_autofree char *bundled = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) partial = NULL;
  g_autoptr(GFile) destination = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);

  bundled = pd_plan_file_dup_bundled_path ();
  if (!g_file_test (bundled, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                   _("The bundled plan is missing (%s)"), bundled);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, PD_STORE_ERROR, PD_STORE_ERROR_IO,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }

  tmp = g_strconcat (path, ".partial", NULL);
  source = g_file_new_for_path (bundled);
  partial = g_file_new_for_path (tmp);
  destination = g_file_new_for_path (path);
  if (!g_file_copy (source, partial, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                    NULL, NULL, NULL, error) ||
      !g_file_move (partial, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    {
      g_file_delete (partial, NULL, NULL);
      if (error != NULL && *error != NULL && (*error)->domain != PD_STORE_ERROR)
        {
          GError *io = g_error_new_literal (PD_STORE_ERROR, PD_STORE_ERROR_IO, (*error)->message);

          g_clear_error (error);
          g_propagate_error (error, io);
        }
      return NULL;
    }

  return g_steal_pointer (&path);
}
