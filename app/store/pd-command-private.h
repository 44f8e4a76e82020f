/* pd-command-private.h — what a command's perform function writes with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-command.h"
#include "pd-store-private.h"

G_BEGIN_DECLS

gboolean pd_command_insert_row (PdCommand  *self,
                                PdStore    *store,
                                PdRow      *row,
                                GError    **error);
gboolean pd_command_delete_row (PdCommand  *self,
                                PdStore    *store,
                                PdTable     table,
                                gint64      key,
                                gint64      key2,
                                GError    **error);
gboolean pd_command_update_row (PdCommand  *self,
                                PdStore    *store,
                                PdRow      *old_row,
                                PdRow      *new_row,
                                GError    **error);

G_END_DECLS
