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

  /* Exports and --version never touch GTK, so they work without a display. */
  if (pd_cli_run (argc, argv, &plan_path, &status))
    return status;

  app = pd_application_new (plan_path);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
