/* pd-plan-properties.h — the plan's title, issuer, number, period and sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "store/pd-history.h"

G_BEGIN_DECLS

#define PD_TYPE_PLAN_PROPERTIES (pd_plan_properties_get_type ())
G_DECLARE_FINAL_TYPE (PdPlanProperties, pd_plan_properties, PD, PLAN_PROPERTIES, AdwPreferencesWindow)

PdPlanProperties *pd_plan_properties_new   (PdHistory        *history);
gboolean          pd_plan_properties_apply (PdPlanProperties *self);

G_END_DECLS
