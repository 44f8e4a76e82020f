/* pd-plan-mirror.h — plans in folders SQLite cannot lock: a private copy, written back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

typedef enum
{
  PD_PLAN_MIRROR_SYNCED,        /* the user's file holds the plan as it is shown */
  PD_PLAN_MIRROR_UNSAVED,       /* after a crash: the private copy holds edits the file lacks */
  PD_PLAN_MIRROR_CONFLICT,      /* the file changed behind Plan Desk's back: never overwritten */
  PD_PLAN_MIRROR_WRITE_FAILED,  /* the last write-back failed; the next edit tries again */
} PdPlanMirrorState;

#define PD_TYPE_PLAN_MIRROR (pd_plan_mirror_get_type ())
G_DECLARE_FINAL_TYPE (PdPlanMirror, pd_plan_mirror, PD, PLAN_MIRROR, GObject)

gboolean           pd_plan_mirror_path_needs_copy (const char    *path);

PdPlanMirror      *pd_plan_mirror_new             (const char    *path,
                                                   gboolean       read_only,
                                                   GError       **error);
const char        *pd_plan_mirror_get_path        (PdPlanMirror  *self);
const char        *pd_plan_mirror_get_copy_path   (PdPlanMirror  *self);
PdPlanMirrorState  pd_plan_mirror_get_state       (PdPlanMirror  *self);
const char        *pd_plan_mirror_get_message     (PdPlanMirror  *self);

gboolean           pd_plan_mirror_check           (PdPlanMirror  *self);
gboolean           pd_plan_mirror_write_back      (PdPlanMirror  *self,
                                                   sqlite3       *db,
                                                   gboolean       overwrite_unsaved,
                                                   GError       **error);
void               pd_plan_mirror_discard         (PdPlanMirror  *self);

gboolean           pd_plan_mirror_write_snapshot  (sqlite3       *db,
                                                   const char    *path,
                                                   char         **checksum,
                                                   GError       **error);

G_END_DECLS
