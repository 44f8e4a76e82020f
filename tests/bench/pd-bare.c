/* pd-bare.c — the smallest libadwaita window, the baseline of bench-startup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same window frame as Plan Desk's (an AdwApplicationWindow of the same
 * default size holding a header bar with a window title) and nothing else:
 * no plan, no settings, no resources. With PLANDESK_BENCH_FIRST_FRAME set it
 * reports its first frame and exits, like plandesk.
 */
#define G_LOG_DOMAIN "pd-bare"

#include <adwaita.h>

#include "pd-bench-hook.h"

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar),
                                   adw_window_title_new ("Plan Desk", NULL));
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (box), header_bar);
  gtk_box_append (GTK_BOX (box), body);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  pd_bench_hook_watch_window (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.plandesk.PlanDesk.Bare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
