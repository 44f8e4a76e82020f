/* pd-store.h — the UI's only data API: a plan loaded into list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-database.h"
#include "pd-plan-mirror.h"
#include "pd-programme.h"

G_BEGIN_DECLS

#define PD_TYPE_STORE (pd_store_get_type ())
G_DECLARE_FINAL_TYPE (PdStore, pd_store, PD, STORE, GObject)

PdStore     *pd_store_open                    (const char           *path,
                                               PdDatabaseOpenFlags   flags,
                                               GError              **error);
PdDatabase  *pd_store_get_database            (PdStore              *self);
const char  *pd_store_get_path                (PdStore              *self);
PdPlanMirror *pd_store_get_mirror             (PdStore              *self);
gboolean     pd_store_write_back              (PdStore              *self,
                                               gboolean              overwrite_unsaved,
                                               GError              **error);
const char  *pd_store_get_title               (PdStore              *self);
const char  *pd_store_get_period_start        (PdStore              *self);
const char  *pd_store_get_period_end          (PdStore              *self);
GListModel  *pd_store_get_programmes          (PdStore              *self);
GListModel  *pd_store_get_units               (PdStore              *self);
GHashTable  *pd_store_dup_known_units         (PdStore              *self);
guint        pd_store_get_n_projects          (PdStore              *self);
guint        pd_store_get_n_assignments       (PdStore              *self);
PdProject   *pd_store_find_project_by_number  (PdStore              *self,
                                               int                   number);
PdUnit      *pd_store_find_unit_by_name       (PdStore              *self,
                                               const char           *name);
void         pd_store_emit_changed            (PdStore              *self);
GListModel  *pd_store_load_change_log         (PdStore              *self,
                                               gint64                after_id,
                                               guint                 limit);
char        *pd_store_dup_plan_text           (PdStore              *self,
                                               const char           *column);
GPtrArray   *pd_store_dup_sections            (PdStore              *self);

G_END_DECLS
