/* pd-command.h — one edit of the plan: apply, revert, describe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_COMMAND (pd_command_get_type ())
G_DECLARE_FINAL_TYPE (PdCommand, pd_command, PD, COMMAND, GObject)

/* Makes the edit the first time the command is applied, through
 * pd_command_insert_row() and friends (pd-command-private.h). */
typedef gboolean (*PdCommandPerform) (PdCommand  *command,
                                      PdStore    *store,
                                      gpointer    data,
                                      GError    **error);

PdCommand  *pd_command_new             (const char        *description,
                                        PdCommandPerform   perform,
                                        gpointer           data,
                                        GDestroyNotify     destroy);
PdCommand  *pd_command_new_printf      (PdCommandPerform   perform,
                                        gpointer           data,
                                        GDestroyNotify     destroy,
                                        const char        *format,
                                        ...) G_GNUC_PRINTF (4, 5);
gboolean    pd_command_refuse          (GError           **error,
                                        const char        *message);
const char *pd_command_get_description (PdCommand         *self);
gboolean    pd_command_is_destructive  (PdCommand         *self);
void        pd_command_set_destructive (PdCommand         *self,
                                        gboolean           destructive);
guint       pd_command_get_n_changes   (PdCommand         *self);
gboolean    pd_command_apply           (PdCommand         *self,
                                        PdStore           *store,
                                        GError           **error);
gboolean    pd_command_revert          (PdCommand         *self,
                                        PdStore           *store,
                                        GError           **error);

G_END_DECLS
