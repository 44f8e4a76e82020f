/* pd-date.h — plan dates: stored as ISO 8601 days, shown the locale's way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *pd_date_format        (const char *iso_date);
char      *pd_date_format_month  (int         year,
                                  int         month);
char      *pd_date_format_time   (const char *timestamp);
char      *pd_date_parse         (const char *text);
char      *pd_date_read          (const char *text,
                                  gboolean    allow_empty,
                                  GError    **error);
char      *pd_date_dup_hint      (void);

char      *pd_date_dup_invalid_message (void);

G_END_DECLS
