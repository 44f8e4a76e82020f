/* pd-plan-list.h — programmes expanding to their projects, with their units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_PLAN_LIST (pd_plan_list_get_type ())
G_DECLARE_FINAL_TYPE (PdPlanList, pd_plan_list, PD, PLAN_LIST, GtkWidget)

GtkWidget        *pd_plan_list_new             (void);
void              pd_plan_list_set_store       (PdPlanList *self,
                                                PdStore    *store);
GtkTreeListModel *pd_plan_list_get_model       (PdPlanList *self);
GtkColumnView    *pd_plan_list_get_column_view (PdPlanList *self);

G_END_DECLS
