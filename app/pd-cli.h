/* pd-cli.h — the command line, handled before any GTK initialisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PD_EXIT_OK = 0,
  PD_EXIT_USAGE = 1,  /* unknown option, report or format */
  PD_EXIT_DATA = 2,   /* missing file, not a plan, corrupt, newer schema */
} PdExitStatus;

void      pd_init_i18n (void);
gboolean  pd_cli_run   (int     argc,
                        char  **argv,
                        char  **plan_path,
                        int    *exit_status);

G_END_DECLS
