/* pd-file-bar.c — the bar that says when the plan file is not written, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a plan worked on as a private copy (the document portal, a network
 * share; see store/pd-plan-mirror.c) the window shows this bar under the
 * header bar whenever the user's file does not hold the plan as shown:
 *
 *  - edits kept from a session that ended before writing them: Save to File
 *    or Save as Copy…;
 *  - the file changed behind Plan Desk's back: Reload File (theirs) or Save
 *    as Copy… (ours) — it is never overwritten;
 *  - the last write failed: Try Again (the next edit tries too).
 *
 * Save as Copy… runs the window's win.save-copy; Reload File emits ::reload
 * for the window to open the file afresh.
 */
#define G_LOG_DOMAIN "pd-file-bar"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-file-bar.h"

enum {
  RESPONSE_WRITE_BACK = 1,
  RESPONSE_RELOAD,
  RESPONSE_SAVE_COPY,
  RESPONSE_RETRY,
};

struct _PdFileBar
{
  GtkWidget   parent_instance;

  GtkWidget  *info_bar;
  GtkWidget  *label;
  GtkWidget  *buttons[4];  /* by response - 1 */
  PdStore    *store;
};

G_DEFINE_FINAL_TYPE (PdFileBar, pd_file_bar, GTK_TYPE_WIDGET)

enum {
  RELOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_buttons (PdFileBar *self,
              int        first,
              int        second)
{
  for (int response = RESPONSE_WRITE_BACK; response <= RESPONSE_RETRY; response++)
    gtk_widget_set_visible (self->buttons[response - 1], response == first || response == second);
}

static void
update (PdFileBar *self)
{
  PdPlanMirror *mirror = pd_store_get_mirror (self->store);
  PdPlanMirrorState state = pd_plan_mirror_get_state (mirror);
  const char *message = pd_plan_mirror_get_message (mirror);

  switch (state)
    {
    case PD_PLAN_MIRROR_UNSAVED:
      show_buttons (self, RESPONSE_WRITE_BACK, RESPONSE_SAVE_COPY);
      break;
    case PD_PLAN_MIRROR_CONFLICT:
      show_buttons (self, RESPONSE_RELOAD, RESPONSE_SAVE_COPY);
      break;
    case PD_PLAN_MIRROR_WRITE_FAILED:
      show_buttons (self, RESPONSE_RETRY, 0);
      break;
    case PD_PLAN_MIRROR_SYNCED:
    default:
      show_buttons (self, 0, 0);
      break;
    }

  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->info_bar),
                                 state == PD_PLAN_MIRROR_WRITE_FAILED ? GTK_MESSAGE_ERROR : GTK_MESSAGE_WARNING);
  gtk_label_set_text (GTK_LABEL (self->label), message ? message : "");
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self->info_bar), state != PD_PLAN_MIRROR_SYNCED);
  gtk_widget_set_visible (GTK_WIDGET (self), state != PD_PLAN_MIRROR_SYNCED);
}

static void
button_clicked_cb (GtkButton *button,
                   PdFileBar *self)
{
  int response = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "pd-response"));
  g_autoptr(GError) error = NULL;

  switch (response)
    {
    case RESPONSE_WRITE_BACK:
    case RESPONSE_RETRY:
      /* A failure shows in the bar again, with its reason. */
      if (!pd_store_write_back (self->store, TRUE, &error))
        g_debug ("Writing back failed: %s", error->message);
      break;
    case RESPONSE_RELOAD:
      g_signal_emit (self, signals[RELOAD], 0);
      break;
    case RESPONSE_SAVE_COPY:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save-copy", NULL);
      break;
    default:
      break;
    }
}

static void
pd_file_bar_dispose (GObject *object)
{
  PdFileBar *self = (PdFileBar *)object;

  g_clear_pointer (&self->info_bar, gtk_widget_unparent);
  if (self->store != NULL && pd_store_get_mirror (self->store) != NULL)
    g_signal_handlers_disconnect_by_data (pd_store_get_mirror (self->store), self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pd_file_bar_parent_class)->dispose (object);
}

static void
pd_file_bar_class_init (PdFileBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_file_bar_dispose;

  /**
   * PdFileBar::reload:
   *
   * The user chose the file as it is now over the plan shown: the window
   * forgets the private copy and opens the file afresh.
   */
  signals[RELOAD] =
    g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "filebar");
}

static void
pd_file_bar_init (PdFileBar *self)
{
  static const struct { int response; const char *label; } buttons[] = {
    { RESPONSE_WRITE_BACK, N_("_Save to File") },
    { RESPONSE_RELOAD, N_("_Reload File") },
    { RESPONSE_SAVE_COPY, N_("Save as _Copy…") },
    { RESPONSE_RETRY, N_("_Try Again") },
  };

  self->info_bar = gtk_info_bar_new ();
  gtk_widget_set_parent (self->info_bar, GTK_WIDGET (self));
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (self->info_bar), self->label);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new_with_mnemonic (_(buttons[i].label));

      /* Named by its label alone: GTK 4.8 would name a button made with
       * gtk_button_new_with_mnemonic() "_Label Label" for screen readers. */
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
      gtk_button_set_child (GTK_BUTTON (button), label);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "pd-response", GINT_TO_POINTER (buttons[i].response));
      g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
      gtk_info_bar_add_child (GTK_INFO_BAR (self->info_bar), button);
      self->buttons[buttons[i].response - 1] = button;
    }
}

/* A bar for @store, which must be worked on as a private copy. */
GtkWidget *
pd_file_bar_new (PdStore *store)
{
  PdFileBar *self;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (pd_store_get_mirror (store) != NULL, NULL);

  self = g_object_new (PD_TYPE_FILE_BAR, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (pd_store_get_mirror (store), "state-changed", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}
