/* main.c — entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "pd-config.h"

#include "pd-application.h"
#include "pd-cli.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PdApplication) app = NULL;
  g_autofree char *plan_path = NULL;
  int status;

  pd_init_i18n ();

  /* Started by D-Bus activation (the desktop file says DBusActivatable):
   * GApplication takes it from here and opens what the caller asks for. */
  if (argc == 2 && g_strcmp0 (argv[1], "--gapplication-service") == 0)
    {
      app = pd_application_new (NULL);
      return g_application_run (G_APPLICATION (app), argc, argv);
    }

  /* Exports and --version never touch GTK, so they work without a display. */
  if (pd_cli_run (argc, argv, &plan_path, &status))
    return status;

  /* A plan named on the command line goes through GApplication's open, so a
   * running Plan Desk opens it (or shows the window it is already in). */
  app = pd_application_new (NULL);
  if (plan_path != NULL)
    {
      char *open_argv[] = { argv[0], plan_path, NULL };

      return g_application_run (G_APPLICATION (app), 2, open_argv);
    }
  return g_application_run (G_APPLICATION (app), 1, argv);
}
