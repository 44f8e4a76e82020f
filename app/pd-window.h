/* pd-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pd-application.h"
#include "store/pd-history.h"
#include "views/list/pd-plan-list.h"

G_BEGIN_DECLS

#define PD_TYPE_WINDOW (pd_window_get_type ())
G_DECLARE_FINAL_TYPE (PdWindow, pd_window, PD, WINDOW, AdwApplicationWindow)

PdWindow   *pd_window_new            (PdApplication *application,
                                      PdStore       *store);
PdStore    *pd_window_get_store      (PdWindow      *self);
PdHistory  *pd_window_get_history    (PdWindow      *self);
PdPlanList *pd_window_get_plan_list  (PdWindow      *self);
gboolean    pd_window_push           (PdWindow      *self,
                                      PdCommand     *command);
void        pd_window_show_toast     (PdWindow      *self,
                                      const char    *message);
void        pd_window_select_project (PdWindow      *self,
                                      PdProject     *project);
PdProject  *pd_window_get_selected_project (PdWindow *self);
void        pd_window_show_error     (PdWindow      *self,
                                      const char    *path,
                                      const char    *message);

G_END_DECLS
