/* pd-a11y.c — accessible names the toolkit leaves out
 *
 * libadwaita 1.2's AdwEntryRow shows an icon-only apply button (a tick)
 * with a tooltip but no accessible name, so GTK 4.8 reads it out by its
 * child's class, "GtkImage". Later libadwaita versions name it; until our
 * baseline has one, we name it ourselves. GTK 4.8's GtkCalendar has the
 * same gap with its four arrow buttons (month and year back and forth),
 * libadwaita 1.2's toasts with their close button, and the search button
 * of GTK 4.8's shortcuts window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-a11y.h"

/* Names the icon-only buttons showing @icon_name below @widget. */
static void
label_icon_buttons (GtkWidget  *widget,
                    const char *icon_name,
                    const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), icon_name) == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      else
        label_icon_buttons (child, icon_name, label);
    }
}

/* Names @row's apply button, if it has one. */
void
pd_a11y_label_entry_row (AdwEntryRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  /* Translators: the tick that applies an edited field */
  label_icon_buttons (GTK_WIDGET (row), "object-select-symbolic", _("Apply"));
}

/* Shows @toast (taking it) and names its close button. The overlay makes
 * the toast's widget when it shows it: at once unless another toast is up. */
void
pd_a11y_add_toast (AdwToastOverlay *overlay,
                   AdwToast        *toast)
{
  GtkWidget *content;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (overlay, toast);
  content = adw_toast_overlay_get_child (overlay);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != content)
      /* Translators: the close button of a notification (toast) */
      label_icon_buttons (child, "window-close-symbolic", _("Dismiss"));
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_buttons (child, buttons);
    }
}

/* Names @calendar's arrows, which GTK 4.8 lays out as: previous month,
 * next month, previous year, next year. */
void
pd_a11y_label_calendar (GtkCalendar *calendar)
{
  const char *labels[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  collect_buttons (GTK_WIDGET (calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (labels))
    return;   /* another layout: leave it as the toolkit made it */
  for (guint i = 0; i < buttons->len; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (buttons, i)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _(labels[i]), -1);
}

static void
shortcuts_window_map_cb (GtkWidget *window,
                         gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, shortcuts_window_map_cb, user_data);
  /* Translators: the button that searches the keyboard shortcuts window */
  label_icon_buttons (window, "edit-find-symbolic", _("Search Shortcuts"));
}

/* Names @window's search button when it is first shown (GTK builds it
 * with the window; naming it then keeps the window's startup cheap). */
void
pd_a11y_label_shortcuts_window (GtkShortcutsWindow *window)
{
  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (window));

  g_signal_connect (window, "map", G_CALLBACK (shortcuts_window_map_cb), NULL);
}
