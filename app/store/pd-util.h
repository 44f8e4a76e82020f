/* pd-util.h — small helpers shared by the store layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces *@str_pointer with a copy of @new_str; TRUE if the value changed.
 * (g_set_str arrived in GLib 2.76, after our baseline.) */
static inline gboolean
pd_set_str (char       **str_pointer,
            const char  *new_str)
{
  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

/* A trimmed copy of @text ("" for NULL): names and titles as stored. */
static inline char *
pd_strdup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

G_END_DECLS
