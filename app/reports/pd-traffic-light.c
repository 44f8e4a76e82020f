/* pd-traffic-light.c — a project's traffic light (亮灯), computed, never stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, first match wins (DESIGN.md, "Traffic light"):
 *
 *   done                                          → blue
 *   suspended                                     → grey
 *   overdue: the due date has passed, not done    → red (also when not
 *                                                   started: a deadline
 *                                                   missed outright)
 *   not started (planned)                         → grey
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
  if (status == PD_STATUS_SUSPENDED)
    return PD_TRAFFIC_LIGHT_GREY;
  if (pd_traffic_light_is_overdue (status, due_on, today, NULL))
    return PD_TRAFFIC_LIGHT_RED;
  if (status == PD_STATUS_PLANNED)
    return PD_TRAFFIC_LIGHT_GREY;
  if (now == 0)
    return PD_TRAFFIC_LIGHT_GREEN;
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

/* A span of days as people say it: up to 59 days in days, up to 11
 * months in months, beyond that in years (each rounded). */
static char *
dup_span (int days)
{
  int months = (int)(days / 30.44 + 0.5);
  int years = (int)(days / 365.25 + 0.5);

  if (days < 60)
    /* Translators: a span of time, as in "Overdue by 12 days" */
    return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
  if (months < 12)
    /* Translators: a span of time, as in "Overdue by 3 months" */
    return g_strdup_printf (ngettext ("%d month", "%d months", months), months);
  /* Translators: a span of time, as in "Overdue by 4 years" */
  return g_strdup_printf (ngettext ("%d year", "%d years", years), years);
}

/**
 * pd_traffic_light_dup_reason:
 *
 * Why the project has the light pd_traffic_light() gives it, as one
 * sentence in the UI language: "Overdue by 4 years, 60% done" (已超期 4
 * 年，完成 60%), "Not started (planned)", "Due in 12 days, 60% done",
 * "20 points behind schedule: 30% done, 50% of the time gone", "On track:
 * 60% done, 40% of the time gone". Shown beside the light (tooltips, the
 * project editor), so that a colour never stands without its reason.
 */
char *
pd_traffic_light_dup_reason (PdStatus    status,
                             int         progress,
                             const char *start_on,
                             const char *due_on,
                             const char *today)
{
  PdTrafficLight light = pd_traffic_light (status, progress, start_on, due_on, today);
  guint32 start = parse_day (start_on);
  guint32 due = parse_day (due_on);
  guint32 now = parse_day (today);
  int days_overdue = 0;

  progress = CLAMP (progress, 0, 100);
  pd_traffic_light_is_overdue (status, due_on, today, &days_overdue);

  switch (light)
    {
    case PD_TRAFFIC_LIGHT_BLUE:
      if (progress < 100)
        /* Translators: why a project's light is blue; %d is its progress in per cent */
        return g_strdup_printf (_("Done, though progress says %d%%"), progress);
      /* Translators: why a project's light is blue */
      return g_strdup (_("Done"));

    case PD_TRAFFIC_LIGHT_GREY:
      if (status == PD_STATUS_SUSPENDED)
        {
          g_autofree char *span = NULL;

          if (days_overdue == 0)
            /* Translators: why a project's light is grey */
            return g_strdup (_("Suspended"));
          span = dup_span (days_overdue);
          /* Translators: why a project's light is grey; %s is a span of time, "4 years" */
          return g_strdup_printf (_("Suspended, %s past its due date"), span);
        }
      /* Translators: why a project's light is grey: its status is Planned */
      return g_strdup (_("Not started (planned)"));

    case PD_TRAFFIC_LIGHT_RED:
      {
        g_autofree char *span = dup_span (days_overdue);

        if (status == PD_STATUS_PLANNED)
          /* Translators: why a project's light is red; %s is a span of time, "4 years" */
          return g_strdup_printf (_("Overdue by %s and not started (planned)"), span);
        /* Translators: why a project's light is red; %s is a span of time, "4 years",
         * %d the project's progress in per cent */
        return g_strdup_printf (_("Overdue by %s, %d%% done"), span, progress);
      }

    case PD_TRAFFIC_LIGHT_YELLOW:
      if (due != 0 && now != 0 && due - now <= PD_TRAFFIC_LIGHT_DUE_SOON_DAYS)
        {
          int days = (int)(due - now);

          if (days == 0)
            /* Translators: why a project's light is yellow; %d is its progress in per cent */
            return g_strdup_printf (_("Due today, %d%% done"), progress);
          /* Translators: why a project's light is yellow; the first %d counts days, the
           * second is the project's progress in per cent */
          return g_strdup_printf (ngettext ("Due in %d day, %d%% done",
                                            "Due in %d days, %d%% done", days),
                                  days, progress);
        }
      G_GNUC_FALLTHROUGH;

    case PD_TRAFFIC_LIGHT_GREEN:
    case PD_N_TRAFFIC_LIGHTS:
    default:
      if (start != 0 && due > start && now > start)
        {
          int elapsed = (int)MIN (100, 100 * (gint64)(now - start) / (gint64)(due - start));

          if (light == PD_TRAFFIC_LIGHT_YELLOW)
            /* Translators: why a project's light is yellow; the first %d counts points
             * (percentage points), the second is the progress in per cent, the third the
             * share of the time from start to due date that has gone by */
            return g_strdup_printf (ngettext ("%d point behind schedule: %d%% done, "
                                              "%d%% of the time gone",
                                              "%d points behind schedule: %d%% done, "
                                              "%d%% of the time gone",
                                              elapsed - progress),
                                    elapsed - progress, progress, elapsed);
          /* Translators: why a project's light is green; the first %d is the progress in
           * per cent, the second the share of the time from start to due date gone by */
          return g_strdup_printf (_("On track: %d%% done, %d%% of the time gone"),
                                  progress, elapsed);
        }
      /* Translators: why a project's light is green; %d is its progress in per cent */
      return g_strdup_printf (_("On track, %d%% done"), progress);
    }
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
