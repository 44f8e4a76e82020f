/* pd-bench-hook.c — reports the first frame to the startup benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When PLANDESK_BENCH_FIRST_FRAME is set, the first frame the window paints
 * prints one line "first-frame <g_get_monotonic_time () in µs>" on standard
 * output and ends the process at once. tests/bench/bench-startup compares
 * that time with the one it took just before spawning the process. Without
 * the variable this does nothing.
 */
#define G_LOG_DOMAIN "pd-bench-hook"

#include <stdio.h>
#include <stdlib.h>

#include "pd-bench-hook.h"

static void
on_after_paint (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  exit (0);
}

static void
watch_frame_clock (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_return_if_fail (frame_clock != NULL);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_map (GtkWidget *widget,
        gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, on_map, user_data);
  watch_frame_clock (widget);
}

void
pd_bench_hook_watch_window (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("PLANDESK_BENCH_FIRST_FRAME") == NULL)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    watch_frame_clock (GTK_WIDGET (window));
  else
    g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}
