/* pd-history.h — the session's undo and redo stacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-command.h"

G_BEGIN_DECLS

#define PD_TYPE_HISTORY (pd_history_get_type ())
G_DECLARE_FINAL_TYPE (PdHistory, pd_history, PD, HISTORY, GObject)

PdHistory  *pd_history_new            (PdStore    *store);
PdStore    *pd_history_get_store      (PdHistory  *self);
gboolean    pd_history_push           (PdHistory  *self,
                                       PdCommand  *command,
                                       GError    **error);
gboolean    pd_history_undo           (PdHistory  *self,
                                       GError    **error);
gboolean    pd_history_redo           (PdHistory  *self,
                                       GError    **error);
gboolean    pd_history_get_can_undo   (PdHistory  *self);
gboolean    pd_history_get_can_redo   (PdHistory  *self);
const char *pd_history_get_undo_label (PdHistory  *self);
const char *pd_history_get_redo_label (PdHistory  *self);
guint       pd_history_get_n_undo     (PdHistory  *self);

G_END_DECLS
