/* pd-traffic-light.h — a project's traffic light (亮灯), computed, never stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "store/pd-project.h"

G_BEGIN_DECLS

typedef enum
{
  PD_TRAFFIC_LIGHT_GREEN,   /* on track */
  PD_TRAFFIC_LIGHT_YELLOW,  /* due within 30 days, or more than 20 points behind time */
  PD_TRAFFIC_LIGHT_RED,     /* due date passed, not done (nor suspended) */
  PD_TRAFFIC_LIGHT_BLUE,    /* done */
  PD_TRAFFIC_LIGHT_GREY,    /* suspended, or not started and not overdue */
  PD_N_TRAFFIC_LIGHTS
} PdTrafficLight;

/* Yellow when the due date is this many days away or fewer… */
#define PD_TRAFFIC_LIGHT_DUE_SOON_DAYS 30
/* …or when progress is more than this many points behind elapsed time. */
#define PD_TRAFFIC_LIGHT_BEHIND_POINTS 20

PdTrafficLight  pd_traffic_light            (PdStatus        status,
                                             int             progress,
                                             const char     *start_on,
                                             const char     *due_on,
                                             const char     *today);
gboolean        pd_traffic_light_is_overdue (PdStatus        status,
                                             const char     *due_on,
                                             const char     *today,
                                             int            *days_overdue);
char           *pd_traffic_light_dup_reason (PdStatus        status,
                                             int             progress,
                                             const char     *start_on,
                                             const char     *due_on,
                                             const char     *today);
const char     *pd_traffic_light_to_string  (PdTrafficLight  light);
const char     *pd_traffic_light_get_label  (PdTrafficLight  light);
const char     *pd_traffic_light_get_symbol (PdTrafficLight  light);
char           *pd_traffic_light_dup_text   (PdTrafficLight  light);
char           *pd_traffic_light_dup_today  (void);

G_END_DECLS
