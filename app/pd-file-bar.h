/* pd-file-bar.h — the bar that says when the plan file is not written, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_TYPE_FILE_BAR (pd_file_bar_get_type ())
G_DECLARE_FINAL_TYPE (PdFileBar, pd_file_bar, PD, FILE_BAR, GtkWidget)

GtkWidget *pd_file_bar_new (PdStore *store);

G_END_DECLS
