/* pd-traffic-light.c — a project's traffic light (亮灯), computed, never stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, first match wins (DESIGN.md, "Traffic light"):
 *
 *   done                                          → blue
 *   suspended, or not started (planned)           → grey
 *   overdue: the due date has passed, not done    → red
 *   due within 30 days (0…30 days left), or
 *   progress more than 20 points behind the share
 *   of the start…due span that has elapsed        → yellow
 *   otherwise                                     → green
 *
 * Dates are YYYY-MM-DD strings as the plan file stores them; a missing or
 * malformed date leaves out the rules that need it. On its due date a
 * project is not yet overdue.
 */
#define G_LOG_DOMAIN "pd-traffic-light"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "pd-traffic-light.h"
#include "store/pd-tracking.h"

/* The Julian day of a YYYY-MM-DD date, or 0 when @date is NULL or not one. */
static guint32
parse_day (const char *date)
{
  unsigned year, month, day;
  char tail;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return 0;
  {
    GDate d;

    g_date_clear (&d, 1);
    g_date_set_dmy (&d, day, month, year);
    return g_date_get_julian (&d);
  }
}

/* Whether the project is past its due date without being done; the days
 * since the due date in *@days_overdue. */
gboolean
pd_traffic_light_is_overdue (PdStatus    status,
                             const char *due_on,
                             const char *today,
                             int        *days_overdue)
{
  guint32 due = parse_day (due_on);
  guint32 now = parse_day (today);

  if (days_overdue != NULL)
    *days_overdue = 0;
  if (status == PD_STATUS_DONE || due == 0 || now == 0 || now <= due)
    return FALSE;
  if (days_overdue != NULL)
    *days_overdue = (int)(now - due);
  return TRUE;
}

PdTrafficLight
pd_traffic_light (PdStatus    status,
                  int         progress,
                  const char *start_on,
                  const char *due_on,
                  const char *today)
{
  guint32 start = parse_day (start_on);
  guint32 due = parse_day (due_on);
  guint32 now = parse_day (today);

  if (status == PD_STATUS_DONE)
    return PD_TRAFFIC_LIGHT_BLUE;
  if (status == PD_STATUS_SUSPENDED || status == PD_STATUS_PLANNED)
    return PD_TRAFFIC_LIGHT_GREY;
  if (now == 0)
    return PD_TRAFFIC_LIGHT_GREEN;
  if (pd_traffic_light_is_overdue (status, due_on, today, NULL))
    return PD_TRAFFIC_LIGHT_RED;
  if (due != 0 && due - now <= PD_TRAFFIC_LIGHT_DUE_SOON_DAYS)
    return PD_TRAFFIC_LIGHT_YELLOW;

  /* elapsed% − progress > 20, in integers so the boundary is exact:
   * 100 × (today − start) > (20 + progress) × (due − start). Here today is
   * before the due date (the rules above took the rest). */
  if (start != 0 && due > start && now > start)
    {
      gint64 elapsed = 100 * (gint64)(now - start);
      gint64 allowed = (gint64)(PD_TRAFFIC_LIGHT_BEHIND_POINTS + CLAMP (progress, 0, 100)) *
                       (gint64)(due - start);

      if (elapsed > allowed)
        return PD_TRAFFIC_LIGHT_YELLOW;
    }

  return PD_TRAFFIC_LIGHT_GREEN;
}

/* A stable name for files and scripts: "green", "yellow", "red", "blue", "grey". */
const char *
pd_traffic_light_to_string (PdTrafficLight light)
{
  static const char * const names[PD_N_TRAFFIC_LIGHTS] = {
    "green", "yellow", "red", "blue", "grey"
  };

  g_return_val_if_fail (light < PD_N_TRAFFIC_LIGHTS, NULL);
  return names[light];
}

/* The colour's name, translated: the light as text, never colour alone. */
const char *
pd_traffic_light_get_label (PdTrafficLight light)
{
  switch (light)
    {
    case PD_TRAFFIC_LIGHT_GREEN:
      return C_("traffic light", "Green");
    case PD_TRAFFIC_LIGHT_YELLOW:
      return C_("traffic light", "Yellow");
    case PD_TRAFFIC_LIGHT_RED:
      return C_("traffic light", "Red");
    case PD_TRAFFIC_LIGHT_BLUE:
      return C_("traffic light", "Blue");
    case PD_TRAFFIC_LIGHT_GREY:
      return C_("traffic light", "Grey");
    case PD_N_TRAFFIC_LIGHTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The light's shape, the cue that does not need colour; the one set every
 * view and report draws: ● green, ▲ yellow, ◆ red, ■ blue, ○ grey. */
const char *
pd_traffic_light_get_symbol (PdTrafficLight light)
{
  static const char * const symbols[PD_N_TRAFFIC_LIGHTS] = { "●", "▲", "◆", "■", "○" };

  g_return_val_if_fail (light < PD_N_TRAFFIC_LIGHTS, "");
  return symbols[light];
}

/* The light as a report cell shows it: its shape, then its name ("◆ Red"). */
char *
pd_traffic_light_dup_text (PdTrafficLight light)
{
  g_return_val_if_fail (light < PD_N_TRAFFIC_LIGHTS, NULL);
  return g_strdup_printf ("%s %s", pd_traffic_light_get_symbol (light), pd_traffic_light_get_label (light));
}

/* Today as YYYY-MM-DD: $PLANDESK_TODAY when it holds a valid date (for
 * tests), else the `today` setting (for demonstrations: "Set Today's
 * Date…"), else the system date. The List view, the timeline and the
 * reports all ask here, so they agree. */
char *
pd_traffic_light_dup_today (void)
{
  return pd_tracking_dup_today ();
}
