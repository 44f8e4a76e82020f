/* pd-history-view.c — the change log, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit, undo and redo writes one change_log row: when, who, what.
 * The view loads the log once and, after each edit, only the rows added
 * since, putting them on top.
 */
#define G_LOG_DOMAIN "pd-history-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "pd-history-view.h"
#include "store/pd-date.h"
#include "store/pd-log-entry.h"

struct _PdHistoryView
{
  GtkWidget   parent_instance;

  /* Template children */
  GtkStack   *stack;
  GtkListBox *list;

  PdStore    *store;
  GListStore *entries;  /* of PdLogEntry, newest first */
  gulong      changed_id;
};

G_DEFINE_FINAL_TYPE (PdHistoryView, pd_history_view, GTK_TYPE_WIDGET)

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PdLogEntry *entry = item;
  g_autofree char *when = pd_date_format_time (pd_log_entry_get_changed_at (entry));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", when, pd_log_entry_get_user_name (entry));
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pd_log_entry_get_description (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (row, "history-entry");
  return row;
}

static void
update_page (PdHistoryView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->entries)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

static void
store_changed_cb (PdStore       *store,
                  PdHistoryView *self)
{
  g_autoptr(PdLogEntry) newest = g_list_model_get_item (G_LIST_MODEL (self->entries), 0);
  g_autoptr(GListModel) added = pd_store_load_change_log (store, newest ? pd_log_entry_get_id (newest) : 0, 0);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (added); i++)
    g_ptr_array_add (items, g_list_model_get_item (added, i));
  if (items->len > 0)
    g_list_store_splice (self->entries, 0, 0, items->pdata, items->len);
  update_page (self);
}

static void
pd_history_view_dispose (GObject *object)
{
  PdHistoryView *self = (PdHistoryView *)object;
  GtkWidget *child;

  pd_history_view_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_HISTORY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (pd_history_view_parent_class)->dispose (object);
}

static void
pd_history_view_class_init (PdHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_history_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdHistoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, PdHistoryView, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "history");
}

static void
pd_history_view_init (PdHistoryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_list_store_new (PD_TYPE_LOG_ENTRY);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->entries), create_row_cb, self, NULL);
  update_page (self);
}

GtkWidget *
pd_history_view_new (void)
{
  return g_object_new (PD_TYPE_HISTORY_VIEW, NULL);
}

void
pd_history_view_set_store (PdHistoryView *self,
                           PdStore       *store)
{
  g_return_if_fail (PD_IS_HISTORY_VIEW (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (self->entries != NULL)
    g_list_store_remove_all (self->entries);

  if (store != NULL)
    {
      self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
      store_changed_cb (store, self);
    }
}

/* The entries shown, newest first. */
GListModel *
pd_history_view_get_model (PdHistoryView *self)
{
  g_return_val_if_fail (PD_IS_HISTORY_VIEW (self), NULL);
  return G_LIST_MODEL (self->entries);
}
