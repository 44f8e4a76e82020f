/* pd-date.c — plan dates: stored as ISO 8601 days, shown the locale's way
 *
 * The plan file keeps every date as "YYYY-MM-DD". What people read is the
 * translated format: 2013-03-31 in English, 2013年3月31日 in Chinese. What they
 * type may be either, or a day written with slashes or dots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "pd-commands.h"
#include "pd-date.h"

static char *
format_dmy (int         year,
            int         month,
            int         day,
            const char *format)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  if (date == NULL)
    return NULL;
  return g_date_time_format (date, format);
}

/* The day @iso_date ("YYYY-MM-DD") as people read it; "" for NULL or "",
 * and the text itself when it is not a valid day. */
char *
pd_date_format (const char *iso_date)
{
  int y, m, d;
  char *text;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");
  if (!pd_date_is_valid (iso_date) || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date);
  /* Translators: how a day is written (g_date_time_format); Chinese
   * reads 2013年3月31日: "%Y年%-m月%-d日". */
  text = format_dmy (y, m, d, C_("date format", "%Y-%m-%d"));
  return text != NULL ? text : g_strdup (iso_date);
}

/* A moment of the change log, "YYYY-MM-DD HH:MM:SS" (the seconds may be
 * left out), as people read it, to the minute: 2026-11-26 23:00 in English,
 * 2026年11月26日 23:00 in Chinese; the text itself when it is not one. */
char *
pd_date_format_time (const char *timestamp)
{
  g_autoptr(GDateTime) moment = NULL;
  int y, m, d, hour, minute;
  char *text;

  if (timestamp == NULL)
    return g_strdup ("");
  /* g_date_time_new_utc() refuses days and times that are none. */
  if (sscanf (timestamp, "%4d-%2d-%2d%*1[ T]%2d:%2d", &y, &m, &d, &hour, &minute) != 5 ||
      (moment = g_date_time_new_utc (y, m, d, hour, minute, 0)) == NULL)
    return g_strdup (timestamp);
  /* Translators: a day and a time of day (g_date_time_format), as in the
   * history of changes; Chinese reads 2026年11月26日 23:00: "%Y年%-m月%-d日 %H:%M". */
  text = g_date_time_format (moment, C_("date and time format", "%Y-%m-%d %H:%M"));
  return text != NULL ? text : g_strdup (timestamp);
}

/* A month as a label, e.g. on the timeline's axis. */
char *
pd_date_format_month (int year,
                      int month)
{
  /* Translators: a month on its own (g_date_time_format); Chinese reads
   * 2013年3月: "%Y年%-m月". */
  char *text = format_dmy (year, CLAMP (month, 1, 12), 1, C_("month format", "%b %Y"));

  return text != NULL ? text : g_strdup_printf ("%04d-%02d", year, month);
}

static gboolean
next_number (const char **cursor,
             int         *value,
             int          max_digits)
{
  const char *p = *cursor;
  int n = 0, digits = 0;

  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  while (*p >= '0' && *p <= '9' && digits < max_digits)
    {
      n = n * 10 + (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0 || (*p >= '0' && *p <= '9'))
    return FALSE;
  *value = n;
  *cursor = p;
  return TRUE;
}

static gboolean
skip_separator (const char **cursor,
                gunichar     expected_cjk)
{
  const char *p = *cursor;
  gunichar c;

  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  c = g_utf8_get_char (p);
  if (c != '-' && c != '/' && c != '.' && c != expected_cjk)
    return FALSE;
  *cursor = g_utf8_next_char (p);
  return TRUE;
}

/* Reads eight digits written together, as in 20130331. */
static gboolean
read_compact (const char **cursor,
              int         *y,
              int         *m,
              int         *d)
{
  const char *p = *cursor;
  int digits[8];

  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++, p++)
    {
      if (*p < '0' || *p > '9')
        return FALSE;
      digits[i] = *p - '0';
    }
  if (*p >= '0' && *p <= '9')
    return FALSE;
  *y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  *m = digits[4] * 10 + digits[5];
  *d = digits[6] * 10 + digits[7];
  *cursor = p;
  return TRUE;
}

/* The ISO day ("YYYY-MM-DD") that @text names, or NULL when it names none.
 * Accepts 2013-03-31, 2013-3-31, 2013/3/31, 2013.3.31, 2013年3月31日 and
 * 20130331, with spaces around the parts. */
char *
pd_date_parse (const char *text)
{
  const char *p = text;
  int y, m, d;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  if (!read_compact (&p, &y, &m, &d) &&
      (!next_number (&p, &y, 4) || !skip_separator (&p, 0x5E74 /* 年 */) ||
       !next_number (&p, &m, 2) || !skip_separator (&p, 0x6708 /* 月 */) ||
       !next_number (&p, &d, 2)))
    return NULL;
  if (y < 1000)
    return NULL;
  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (g_utf8_get_char (p) == 0x65E5 /* 日 */ || g_utf8_get_char (p) == 0x53F7 /* 号 */)
    p = g_utf8_next_char (p);
  while (g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p != '\0' || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* The example day of hints and messages, written as dates are shown. */
static char *
dup_example (void)
{
  return pd_date_format ("2013-03-31");
}

/* How to write a date, for the description of date fields: "Write dates
 * like 2013-03-31." (2013年3月31日 in Chinese). */
char *
pd_date_dup_hint (void)
{
  g_autofree char *example = dup_example ();

  /* Translators: %s is a day written as dates are shown, 2013-03-31 */
  return g_strdup_printf (_("Write dates like %s."), example);
}

/* Reads a date field: the ISO day when pd_date_parse() reads one from
 * @text; "" when @text is blank and @allow_empty (no date); else NULL with
 * an error that shows how to write a date in the user's language. */
char *
pd_date_read (const char  *text,
              gboolean     allow_empty,
              GError     **error)
{
  g_autofree char *example = NULL;
  const char *p = text ? text : "";
  char *iso;

  while (g_unichar_isspace (g_utf8_get_char_validated (p, -1)))
    p = g_utf8_next_char (p);
  if (*p == '\0' && allow_empty)
    return g_strdup ("");
  iso = pd_date_parse (p);
  if (iso != NULL)
    return iso;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, (example = pd_date_dup_invalid_message ()));
  return NULL;
}

/* "Not a date: write dates like 2013-03-31, 2013/3/31 or 20130331"
 * (2013年3月31日 first in Chinese): every form pd_date_parse() reads. */
char *
pd_date_dup_invalid_message (void)
{
  g_autofree char *example = dup_example ();

  /* Translators: %s is a day written as dates are shown, 2013-03-31; the
   * other two are forms that can be typed in any language */
  return g_strdup_printf (_("Not a date: write dates like %s, 2013/3/31 or 20130331"), example);
}
