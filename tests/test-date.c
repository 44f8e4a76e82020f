/* test-date.c — dates as people read and type them, in English and Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-date"

#include "pd-config.h"

#include <gio/gio.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "store/pd-date.h"

static void
check_format (const char *iso,
              const char *expected)
{
  g_autofree char *text = pd_date_format (iso);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_english (void)
{
  check_format ("2013-03-31", "2013-03-31");
  check_format ("2022-12-01", "2022-12-01");
  check_format ("", "");
  check_format (NULL, "");
  check_format ("2013-02-30", "2013-02-30");   /* not a day: shown as it is */
  g_autofree char *month = pd_date_format_month (2013, 3);
  g_assert_cmpstr (month, ==, "Mar 2013");
}

static void
check_format_time (const char *timestamp,
                   const char *expected)
{
  g_autofree char *text = pd_date_format_time (timestamp);

  g_assert_cmpstr (text, ==, expected);
}

/* The change log's moments, to the minute. */
static void
test_format_time (void)
{
  gboolean zh = pd_test_in_chinese ();

  check_format_time ("2026-11-26 23:00:12", zh ? "2026年11月26日 23:00" : "2026-11-26 23:00");
  check_format_time ("2013-03-31 08:05", zh ? "2013年3月31日 08:05" : "2013-03-31 08:05");
  check_format_time ("2013-03-31T08:05:59", zh ? "2013年3月31日 08:05" : "2013-03-31 08:05");
  check_format_time ("2013-02-30 08:05:00", "2013-02-30 08:05:00");  /* not a moment: as it is */
  check_format_time ("2013-03-31 24:00:00", "2013-03-31 24:00:00");
  check_format_time ("yesterday", "yesterday");
  check_format_time (NULL, "");
}

/* Date fields: blank is no date where one may be left out; anything else
 * that is not a day is answered with the form dates take. */
static void
test_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *hint = NULL;

  iso = pd_date_read (" 2014年6月30日 ", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (iso, ==, "2014-06-30");
  g_free (iso);
  iso = pd_date_read ("  ", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (iso, ==, "");
  g_free (iso);
  iso = pd_date_read (NULL, TRUE, &error);
  g_assert_cmpstr (iso, ==, "");
  g_free (iso);

  iso = pd_date_read ("", FALSE, &error);
  g_assert_null (iso);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, pd_test_in_chinese () ? "日期无效：请按“2013年3月31日”、“2013/3/31”或“20130331”的格式填写"
                                                     : "Not a date: write dates like 2013-03-31, 2013/3/31 or 20130331");
  g_clear_error (&error);
  iso = pd_date_read ("2013-02-30", TRUE, &error);
  g_assert_null (iso);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  hint = pd_date_dup_hint ();
  g_assert_cmpstr (hint, ==, pd_test_in_chinese () ? "日期按“2013年3月31日”的格式填写。" : "Write dates like 2013-03-31.");
}

static void
test_format_chinese (void)
{
  check_format ("2013-03-31", "2013年3月31日");
  check_format ("2022-12-01", "2022年12月1日");
  check_format ("2013-10-09", "2013年10月9日");
  check_format ("", "");
  g_autofree char *month = pd_date_format_month (2013, 3);
  g_assert_cmpstr (month, ==, "2013年3月");
}

static void
test_parse (void)
{
  static const struct { const char *text, *iso; } cases[] = {
    { "2013-03-31", "2013-03-31" },
    { "2013-3-31", "2013-03-31" },
    { " 2013/3/1 ", "2013-03-01" },
    { "2013.12.31", "2013-12-31" },
    { "2013年3月31日", "2013-03-31" },
    { "2013 年 3 月 31 日", "2013-03-31" },
    { "2013年3月31号", "2013-03-31" },
    { "20130305", "2013-03-05" },
    { " 20221231 ", "2022-12-31" },
    { "20130230", NULL },
    { "2013031", NULL },
    { "201303051", NULL },
    { "00130305", NULL },
    { "2016-02-29", "2016-02-29" },
    { "2015-02-29", NULL },
    { "2013-13-01", NULL },
    { "2013-03-32", NULL },
    { "13-03-31", NULL },
    { "2013-03", NULL },
    { "2013-03-31x", NULL },
    { "20130-03-31", NULL },
    { "2013-003-31", NULL },
    { "", NULL },
    { "三月", NULL },
    { "2013\xff-03-31", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = pd_date_parse (cases[i].text);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
  g_assert_null (pd_date_parse (NULL));
}

/* What is shown can be typed back: format then parse is the identity. */
static void
test_round_trip (void)
{
  for (int day = 0; day < 3700; day += 37)
    {
      g_autoptr(GDateTime) start = g_date_time_new_utc (2013, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) date = g_date_time_add_days (start, day);
      g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
      g_autofree char *shown = pd_date_format (iso);
      g_autofree char *back = pd_date_parse (shown);

      g_assert_cmpstr (back, ==, iso);
    }
}

int
main (int argc, char **argv)
{
  pd_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  if (pd_test_in_chinese ())
    g_test_add_func ("/date/format/chinese", test_format_chinese);
  else
    g_test_add_func ("/date/format/english", test_format_english);
  g_test_add_func ("/date/format/time", test_format_time);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/read", test_read);
  g_test_add_func ("/date/round-trip", test_round_trip);
  return g_test_run ();
}
