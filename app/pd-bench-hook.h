/* pd-bench-hook.h — reports the first frame to the startup benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pd_bench_hook_watch_window (GtkWindow *window);

G_END_DECLS
