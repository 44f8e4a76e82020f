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
 * GTK 4.8 also names a button with a mnemonic twice: a GtkButton labelled
 * "打印(_P)…" gets that text, underscore and all, as its accessible label,
 * and is labelled by its GtkLabel child as well, which reads "打印(P)…", so
 * screen readers say "打印(_P)… 打印(P)…"; a GtkCheckButton keeps the
 * underscore ("无(_N)"). This reaches every dialog's buttons, ours and
 * libadwaita's (AdwMessageDialog's responses), so pd_a11y_init() mends
 * them as they are shown: a button goes by its label child alone, a check
 * button by its label as shown.
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

/* @text as a label with a mnemonic shows it: "打印(_P)…" reads "打印(P)…". */
static char *
dup_without_mnemonic (const char *text)
{
  GString *shown = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (shown, *p);
    }
  return g_string_free (shown, FALSE);
}

static void
mend_button_name (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      /* Named by its label child (the labelled-by relation GTK sets). */
      if (gtk_button_get_use_underline (GTK_BUTTON (widget)) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));

      if (gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)) && label != NULL)
        {
          g_autofree char *shown = dup_without_mnemonic (label);

          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, shown, -1);
        }
    }
}

static void
button_notify_cb (GtkWidget  *widget,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  mend_button_name (widget);
}

/* Mends @widget if it is a button, once and again whenever its label
 * changes; with @descendants, every button below it too. */
static void
watch_buttons (GtkWidget *widget,
               gboolean   descendants)
{
  static GQuark watched;

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    {
      if (G_UNLIKELY (watched == 0))
        watched = g_quark_from_static_string ("pd-a11y-watched");
      if (g_object_get_qdata (G_OBJECT (widget), watched) == NULL)
        {
          g_object_set_qdata (G_OBJECT (widget), watched, GINT_TO_POINTER (TRUE));
          g_signal_connect (widget, "notify::label", G_CALLBACK (button_notify_cb), NULL);
          g_signal_connect (widget, "notify::use-underline", G_CALLBACK (button_notify_cb), NULL);
        }
      mend_button_name (widget);
    }
  if (descendants)
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      watch_buttons (child, TRUE);
}

/* Every widget shown passes here. A window or popover shown mends all its
 * buttons, those it keeps unmapped too (AdwMessageDialog builds each
 * response twice, for a wide and a narrow layout, and maps one); a button
 * shown later is mended as it is. */
static gboolean
map_emission_hook (GSignalInvocationHint *hint,
                   guint                  n_values,
                   const GValue          *values,
                   gpointer               user_data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_NATIVE (object))
    watch_buttons (GTK_WIDGET (object), TRUE);
  else if (GTK_IS_BUTTON (object) || GTK_IS_CHECK_BUTTON (object))
    watch_buttons (GTK_WIDGET (object), FALSE);
  return TRUE;
}

/**
 * pd_a11y_init:
 *
 * Mends the accessible names of the buttons with a mnemonic from now on
 * (see above). Call it once GTK is initialised; calling it again does
 * nothing.
 */
void
pd_a11y_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* The signal exists once the class does; it is kept for good. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  map_emission_hook, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
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
