/* pd-checks-view.h — the list of what is probably wrong with the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-checks.h"

G_BEGIN_DECLS

#define PD_TYPE_CHECKS_VIEW (pd_checks_view_get_type ())
G_DECLARE_FINAL_TYPE (PdChecksView, pd_checks_view, PD, CHECKS_VIEW, GtkWidget)

GtkWidget  *pd_checks_view_new          (void);
void        pd_checks_view_set_store    (PdChecksView *self,
                                         PdStore      *store);
GListModel *pd_checks_view_get_model    (PdChecksView *self);
GtkListBox *pd_checks_view_get_list_box (PdChecksView *self);

G_END_DECLS
