/* pd-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pd-application.h"
#include "views/pd-plan-list.h"

G_BEGIN_DECLS

#define PD_TYPE_WINDOW (pd_window_get_type ())
G_DECLARE_FINAL_TYPE (PdWindow, pd_window, PD, WINDOW, AdwApplicationWindow)

PdWindow   *pd_window_new            (PdApplication *application,
                                      PdStore       *store);
PdStore    *pd_window_get_store      (PdWindow      *self);
PdPlanList *pd_window_get_plan_list  (PdWindow      *self);
void        pd_window_show_error     (PdWindow      *self,
                                      const char    *path,
                                      const char    *message);

G_END_DECLS
