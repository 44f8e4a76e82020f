/* pd-log-entry.h — one row of the change log (留痕)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PD_TYPE_LOG_ENTRY (pd_log_entry_get_type ())
G_DECLARE_FINAL_TYPE (PdLogEntry, pd_log_entry, PD, LOG_ENTRY, GObject)

PdLogEntry *pd_log_entry_new             (gint64      id,
                                          const char *changed_at,
                                          const char *user_name,
                                          const char *description);
gint64      pd_log_entry_get_id          (PdLogEntry *self);
const char *pd_log_entry_get_changed_at  (PdLogEntry *self);
const char *pd_log_entry_get_user_name   (PdLogEntry *self);
const char *pd_log_entry_get_description (PdLogEntry *self);

G_END_DECLS
