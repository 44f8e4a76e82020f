/* pd-a11y.h — accessible names the toolkit leaves out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void pd_a11y_init            (void);
void pd_a11y_label_entry_row (AdwEntryRow *row);
void pd_a11y_label_calendar  (GtkCalendar *calendar);
void pd_a11y_add_toast       (AdwToastOverlay *overlay,
                              AdwToast        *toast);

void pd_a11y_label_shortcuts_window (GtkShortcutsWindow *window);

G_END_DECLS
