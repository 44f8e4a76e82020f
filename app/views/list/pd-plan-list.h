/* pd-plan-list.h — programmes expanding to their projects, with their units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"
#include "pd-plan-filter.h"

G_BEGIN_DECLS

#define PD_TYPE_PLAN_LIST (pd_plan_list_get_type ())
G_DECLARE_FINAL_TYPE (PdPlanList, pd_plan_list, PD, PLAN_LIST, GtkWidget)

GtkWidget        *pd_plan_list_new                  (void);
void              pd_plan_list_set_store            (PdPlanList  *self,
                                                     PdStore     *store);
GtkTreeListModel *pd_plan_list_get_model            (PdPlanList  *self);
GtkColumnView    *pd_plan_list_get_column_view      (PdPlanList  *self);
PdPlanFilter     *pd_plan_list_get_filter           (PdPlanList  *self);

GtkSearchBar     *pd_plan_list_get_search_bar       (PdPlanList  *self);
GtkEditable      *pd_plan_list_get_search_entry     (PdPlanList  *self);
gboolean          pd_plan_list_get_search_mode      (PdPlanList  *self);
void              pd_plan_list_set_search_mode      (PdPlanList  *self,
                                                     gboolean     search_mode);
void              pd_plan_list_set_search_text      (PdPlanList  *self,
                                                     const char  *text);
void              pd_plan_list_set_filter           (PdPlanList  *self,
                                                     PdUnit      *unit,
                                                     int          role,
                                                     PdProgramme *programme,
                                                     int          status);

char             *pd_plan_list_dup_light_reason     (PdPlanList  *self,
                                                     PdProject   *project);

PdProject        *pd_plan_list_get_selected_project (PdPlanList  *self);
gboolean          pd_plan_list_select_project       (PdPlanList  *self,
                                                     PdProject   *project);

G_END_DECLS
