/* pd-unit-search.c — a type-to-search popover of units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The units view's "Add Member…" and "Merge Into…" pickers: a heading, an
 * optional explanation, a search entry and the units that match, best
 * match first (PdUnitMatcher). The view says which units it leaves out and
 * what picking one does; a refusal is shown under the entry.
 */
#define G_LOG_DOMAIN "pd-unit-search"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-unit-search.h"
#include "views/shared/pd-unit-matcher.h"

struct _PdUnitSearch
{
  GtkPopover          parent_instance;

  GtkLabel           *heading_label;
  GtkLabel           *explanation_label;
  GtkSearchEntry     *search_entry;
  GtkScrolledWindow  *scrolled_window;
  GtkListView        *list_view;
  GtkLabel           *empty_label;

  PdUnitMatcher      *matcher;
  GListModel         *units;      /* the store's, followed only while shown */

  PdUnitSearchPick    pick;
  gpointer            user_data;  /* unowned: the view */
};

G_DEFINE_FINAL_TYPE (PdUnitSearch, pd_unit_search, GTK_TYPE_POPOVER)

static void
search_update_empty (PdUnitSearch *self)
{
  gboolean empty = g_list_model_get_n_items (pd_unit_matcher_get_matches (self->matcher)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
}

/* What a click or Enter on the match at @position does. FALSE when nothing
 * was done (the reason is then shown under the entry). */
gboolean
pd_unit_search_pick (PdUnitSearch *self,
                     guint         position)
{
  g_autoptr(PdUnit) unit = g_list_model_get_item (pd_unit_matcher_get_matches (self->matcher),
                                                  position);
  g_autoptr(GError) error = NULL;

  if (unit == NULL || self->user_data == NULL || self->pick == NULL)
    return FALSE;
  if (!self->pick (self->user_data, unit, &error))
    {
      if (error != NULL)
        pd_unit_matcher_set_message (self->matcher, error->message);
      return FALSE;
    }
  pd_unit_matcher_set_message (self->matcher, NULL);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static void
search_changed_in_popover_cb (PdUnitSearch *self)
{
  pd_unit_matcher_set_message (self->matcher, NULL);
  pd_unit_matcher_update (self->matcher, FALSE);
  search_update_empty (self);
}

static void
search_activate_cb (PdUnitSearch *self)
{
  guint selected;

  pd_unit_matcher_update (self->matcher, FALSE);
  search_update_empty (self);
  selected = pd_unit_matcher_get_selected (self->matcher);
  if (selected != GTK_INVALID_LIST_POSITION)
    pd_unit_search_pick (self, selected);
}

static void
search_stop_cb (PdUnitSearch *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
search_list_activate_cb (PdUnitSearch *self,
                         guint         position)
{
  pd_unit_search_pick (self, position);
}

/* A hidden picker does not follow the store's units (a large plan has thousands). */
static void
pd_unit_search_closed (GtkPopover *popover)
{
  pd_unit_matcher_set_units (PD_UNIT_SEARCH (popover)->matcher, NULL);
}

static void
pd_unit_search_map (GtkWidget *widget)
{
  PdUnitSearch *self = PD_UNIT_SEARCH (widget);

  GTK_WIDGET_CLASS (pd_unit_search_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pd_unit_search_dispose (GObject *object)
{
  PdUnitSearch *self = (PdUnitSearch *)object;

  g_clear_object (&self->matcher);
  g_clear_object (&self->units);
  self->user_data = NULL;

  G_OBJECT_CLASS (pd_unit_search_parent_class)->dispose (object);
}

static void
pd_unit_search_class_init (PdUnitSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_unit_search_dispose;
  GTK_WIDGET_CLASS (klass)->map = pd_unit_search_map;
  GTK_POPOVER_CLASS (klass)->closed = pd_unit_search_closed;
}

static void
pd_unit_search_init (PdUnitSearch *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkLabel *message_label;

  gtk_widget_set_size_request (box, 320, -1);

  self->heading_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading_label, 0.0);
  gtk_widget_set_margin_start (GTK_WIDGET (self->heading_label), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->heading_label), 3);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading_label), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading_label));

  self->explanation_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->explanation_label, 0.0);
  gtk_label_set_wrap (self->explanation_label, TRUE);
  gtk_label_set_max_width_chars (self->explanation_label, 40);
  gtk_widget_set_margin_start (GTK_WIDGET (self->explanation_label), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->explanation_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->explanation_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->explanation_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->explanation_label));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search units"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search units"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_in_popover_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));

  message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (message_label, 0.0);
  gtk_label_set_wrap (message_label, TRUE);
  gtk_label_set_wrap_mode (message_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (message_label, 40);
  gtk_widget_set_margin_start (GTK_WIDGET (message_label), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (message_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (message_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (message_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (message_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (message_label));

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Units"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (search_list_activate_cb), self);
  self->matcher = pd_unit_matcher_new (self->search_entry, self->list_view, message_label, FALSE);
  g_signal_connect_swapped (pd_unit_matcher_get_matches (self->matcher), "items-changed",
                            G_CALLBACK (search_update_empty), self);

  self->scrolled_window = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scrolled_window, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (self->scrolled_window, TRUE);
  gtk_scrolled_window_set_max_content_height (self->scrolled_window, 320);
  gtk_scrolled_window_set_child (self->scrolled_window, GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scrolled_window));

  self->empty_label = GTK_LABEL (gtk_label_new (_("No unit matches")));
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->empty_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->empty_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->empty_label));

  gtk_popover_set_child (GTK_POPOVER (self), box);
}

/* A picker whose picks go to @pick with @user_data (not referenced). */
PdUnitSearch *
pd_unit_search_new (PdUnitSearchPick pick,
                    gpointer         user_data)
{
  PdUnitSearch *self = g_object_new (PD_TYPE_UNIT_SEARCH, NULL);

  self->pick = pick;
  self->user_data = user_data;
  return self;
}

/* The units to pick from (the store's): followed only while shown. */
void
pd_unit_search_set_units (PdUnitSearch *self,
                          GListModel   *units)
{
  g_set_object (&self->units, units);
  pd_unit_matcher_set_excluded (self->matcher, NULL);
  pd_unit_matcher_set_units (self->matcher,
                             gtk_widget_get_visible (GTK_WIDGET (self)) ? units : NULL);
}

/* Before each showing: a fresh search, @heading, and every unit but those
 * in @excluded. */
void
pd_unit_search_prepare (PdUnitSearch *self,
                        const char   *heading,
                        const char   *explanation,
                        GPtrArray    *excluded)
{
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->explanation_label, explanation ? explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), explanation != NULL);
  pd_unit_matcher_set_excluded (self->matcher, excluded);
  pd_unit_matcher_set_units (self->matcher, self->units);
  pd_unit_matcher_set_text (self->matcher, "", TRUE);
  search_update_empty (self);
}

GtkLabel *
pd_unit_search_get_heading_label (PdUnitSearch *self)
{
  g_return_val_if_fail (PD_IS_UNIT_SEARCH (self), NULL);
  return self->heading_label;
}

/* Sets the search text and filters at once (typing waits a moment). */
void
pd_unit_search_set_search_text (PdUnitSearch *self,
                                const char   *text)
{
  g_return_if_fail (PD_IS_UNIT_SEARCH (self));

  pd_unit_matcher_set_text (self->matcher, text, FALSE);
  search_update_empty (self);
}

/* The units offered, best match first. */
GListModel *
pd_unit_search_get_matches (PdUnitSearch *self)
{
  g_return_val_if_fail (PD_IS_UNIT_SEARCH (self), NULL);
  return pd_unit_matcher_get_matches (self->matcher);
}

/* The message under the entry, or NULL. */
const char *
pd_unit_search_get_message (PdUnitSearch *self)
{
  g_return_val_if_fail (PD_IS_UNIT_SEARCH (self), NULL);
  return pd_unit_matcher_get_message (self->matcher);
}
