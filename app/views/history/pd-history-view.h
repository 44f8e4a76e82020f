/* pd-history-view.h — the change log, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_HISTORY_VIEW (pd_history_view_get_type ())
G_DECLARE_FINAL_TYPE (PdHistoryView, pd_history_view, PD, HISTORY_VIEW, GtkWidget)

GtkWidget  *pd_history_view_new       (void);
void        pd_history_view_set_store (PdHistoryView *self,
                                       PdStore       *store);
GListModel *pd_history_view_get_model (PdHistoryView *self);

G_END_DECLS
