/* pd-unit-matcher.c — the search part of a unit picker: a search entry over a list of units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the project editor's unit picker and the units view's "Add Member…"
 * and "Merge Into…" pickers share. Given a picker's search entry, list view
 * and message label, the matcher lists the units (less those excluded)
 * whose name contains the entry's text, trimmed and case-folded, sorted best
 * match first: where the text occurs earliest, then the shortest name, then
 * document order, so 司法 offers 市司法局 before 市人大常委会内务司法工委.
 * Up and Down move through the matches while typing goes on in the entry;
 * what a pick does stays with the picker.
 */
#define G_LOG_DOMAIN "pd-unit-matcher"

#include "pd-config.h"

#include <string.h>

#include "pd-unit-matcher.h"

struct _PdUnitMatcher
{
  GObject             parent_instance;

  /* The picker's widgets (unowned) */
  GtkSearchEntry     *entry;
  GtkListView        *list_view;
  GtkLabel           *message_label;

  GtkFilter          *filter;
  GtkSorter          *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *matches;
  GtkSingleSelection *selection;
  GHashTable         *excluded;     /* PdUnit: units not offered */
  GHashTable         *folded;       /* PdUnit → Folded: its name ready to search */
  char               *search;       /* trimmed and case-folded */
  PangoAttrList      *chinese;
  gboolean            tooltips;
};

G_DEFINE_FINAL_TYPE (PdUnitMatcher, pd_unit_matcher, G_TYPE_OBJECT)

/* Filtering and sorting */

typedef struct
{
  char *name;
  char *folded;
} Folded;

static void
folded_free (gpointer data)
{
  Folded *folded = data;

  g_free (folded->name);
  g_free (folded->folded);
  g_free (folded);
}

/* @unit's name case-folded, computed once (and again if it is renamed). */
static const char *
get_folded_name (PdUnitMatcher *self,
                 PdUnit        *unit)
{
  Folded *folded = g_hash_table_lookup (self->folded, unit);
  const char *name = pd_unit_get_name (unit);

  if (folded == NULL || g_strcmp0 (folded->name, name) != 0)
    {
      folded = g_new0 (Folded, 1);
      folded->name = g_strdup (name);
      folded->folded = g_utf8_casefold (name ? name : "", -1);
      g_hash_table_insert (self->folded, unit, folded);
    }
  return folded->folded;
}

static gboolean
has_search (PdUnitMatcher *self)
{
  return self->search != NULL && *self->search != '\0';
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PdUnitMatcher *self = user_data;

  if (g_hash_table_contains (self->excluded, item))
    return FALSE;
  return !has_search (self) || strstr (get_folded_name (self, item), self->search) != NULL;
}

/* Where the search text starts in @unit's name, in characters. */
static int
match_offset (PdUnitMatcher *self,
              PdUnit        *unit)
{
  const char *folded = get_folded_name (self, unit);
  const char *found = strstr (folded, self->search);

  return found ? (int)g_utf8_pointer_to_offset (folded, found) : G_MAXINT / 2;
}

static int
compare_func (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  PdUnitMatcher *self = user_data;
  PdUnit *x = (PdUnit *)a, *y = (PdUnit *)b;
  gint64 ix, iy;
  int d;

  /* Nothing typed: the store's order, which is the document's. */
  if (has_search (self))
    {
      d = match_offset (self, x) - match_offset (self, y);
      if (d != 0)
        return d < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
      d = (int)g_utf8_strlen (pd_unit_get_name (x), -1) -
          (int)g_utf8_strlen (pd_unit_get_name (y), -1);
      if (d != 0)
        return d < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
    }
  ix = pd_unit_get_id (x);
  iy = pd_unit_get_id (y);
  return ix < iy ? GTK_ORDERING_SMALLER : ix > iy ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* GTK 4.8 has no gtk_list_view_scroll_to(): its action does the same. */
static void
scroll_to (PdUnitMatcher *self,
           guint          position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Rows and keys */

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PdUnitMatcher            *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_attributes (GTK_LABEL (label), self->chinese);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_item_set_child (list_item, label);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PdUnitMatcher            *self)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  PdUnit *unit = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (label), pd_unit_get_name (unit));
  if (self->tooltips)
    gtk_widget_set_tooltip_text (label, pd_unit_get_name (unit));
}

/* Up and Down move through the matches while typing goes on in the entry. */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      PdUnitMatcher         *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint target;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || n == 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  gtk_single_selection_set_selected (self->selection, target);
  scroll_to (self, target);
  return GDK_EVENT_STOP;
}

/* GObject */

static void
pd_unit_matcher_dispose (GObject *object)
{
  PdUnitMatcher *self = (PdUnitMatcher *)object;

  /* The list view may outlive us: it must not ask our filter or sorter. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  self->list_view = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->matches);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (pd_unit_matcher_parent_class)->dispose (object);
}

static void
pd_unit_matcher_finalize (GObject *object)
{
  PdUnitMatcher *self = (PdUnitMatcher *)object;

  g_clear_pointer (&self->excluded, g_hash_table_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);
  g_free (self->search);

  G_OBJECT_CLASS (pd_unit_matcher_parent_class)->finalize (object);
}

static void
pd_unit_matcher_class_init (PdUnitMatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pd_unit_matcher_dispose;
  G_OBJECT_CLASS (klass)->finalize = pd_unit_matcher_finalize;
}

static void
pd_unit_matcher_init (PdUnitMatcher *self)
{
  self->excluded = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->folded = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, folded_free);
  /* Unit names are plan data, which is Chinese whatever the UI language. */
  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese,
                          pango_attr_language_new (pango_language_from_string ("zh-cn")));
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_func, self, NULL));
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));
  self->matches = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                           g_object_ref (self->sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->matches)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
}

/**
 * pd_unit_matcher_new:
 * @entry: the picker's search entry
 * @list_view: where the matches are listed (the matcher sets its model and factory)
 * @message_label: the label under @entry that says why a pick was refused
 * @tooltips: whether a row's tooltip repeats its (perhaps ellipsized) name
 *
 * Returns: (transfer full): a new matcher, with no units until
 *   pd_unit_matcher_set_units()
 */
PdUnitMatcher *
pd_unit_matcher_new (GtkSearchEntry *entry,
                     GtkListView    *list_view,
                     GtkLabel       *message_label,
                     gboolean        tooltips)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  PdUnitMatcher *self;
  GtkEventController *keys;

  g_return_val_if_fail (GTK_IS_SEARCH_ENTRY (entry), NULL);
  g_return_val_if_fail (GTK_IS_LIST_VIEW (list_view), NULL);
  g_return_val_if_fail (GTK_IS_LABEL (message_label), NULL);

  self = g_object_new (PD_TYPE_UNIT_MATCHER, NULL);
  self->entry = entry;
  self->list_view = list_view;
  self->message_label = message_label;
  self->tooltips = tooltips;

  gtk_search_entry_set_search_delay (entry, 100);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (entry), keys);

  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  gtk_list_view_set_factory (list_view, factory);
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (self->selection));
  return self;
}

/* The units to search (NULL for none: a hidden picker need not follow a
 * large plan's thousands of units). */
void
pd_unit_matcher_set_units (PdUnitMatcher *self,
                           GListModel    *units)
{
  g_return_if_fail (PD_IS_UNIT_MATCHER (self));

  g_hash_table_remove_all (self->folded);
  gtk_filter_list_model_set_model (self->filtered, units);
}

/* The units not offered (NULL for none). */
void
pd_unit_matcher_set_excluded (PdUnitMatcher *self,
                              GPtrArray     *units)
{
  g_return_if_fail (PD_IS_UNIT_MATCHER (self));

  g_hash_table_remove_all (self->excluded);
  for (guint i = 0; units != NULL && i < units->len; i++)
    g_hash_table_add (self->excluded, g_ptr_array_index (units, i));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

char *
pd_unit_matcher_dup_text (PdUnitMatcher *self)
{
  g_return_val_if_fail (PD_IS_UNIT_MATCHER (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

/**
 * pd_unit_matcher_update:
 * @force: search again even if the text is what was searched for
 *
 * Searches for the entry's text, selecting the best match.
 *
 * Returns: whether it searched, that is whether the text changed (or @force)
 */
gboolean
pd_unit_matcher_update (PdUnitMatcher *self,
                        gboolean       force)
{
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_val_if_fail (PD_IS_UNIT_MATCHER (self), FALSE);

  text = pd_unit_matcher_dup_text (self);
  folded = g_utf8_casefold (text, -1);
  if (!force && g_strcmp0 (folded, self->search) == 0)
    return FALSE;

  /* Typing on only narrows the matches; deleting only widens them. */
  if (!force && self->search != NULL && strstr (folded, self->search) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (!force && self->search != NULL && strstr (self->search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  /* Filter first: only the matches are sorted again. */
  gtk_filter_changed (self->filter, change);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      scroll_to (self, 0);
    }
  return TRUE;
}

/* Sets the entry's text, clears the message and searches at once (typing
 * waits a moment). */
void
pd_unit_matcher_set_text (PdUnitMatcher *self,
                          const char    *text,
                          gboolean       force)
{
  guint search_changed = g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY);

  g_return_if_fail (PD_IS_UNIT_MATCHER (self));

  /* Replacing the text empties the entry first, which GtkSearchEntry reports
   * at once: that would list every unit for nothing. */
  g_signal_handlers_block_matched (self->entry, G_SIGNAL_MATCH_ID, search_changed,
                                   0, NULL, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");
  g_signal_handlers_unblock_matched (self->entry, G_SIGNAL_MATCH_ID, search_changed,
                                     0, NULL, NULL, NULL);
  pd_unit_matcher_set_message (self, NULL);
  pd_unit_matcher_update (self, force);
}

/* The units offered, best match first. */
GListModel *
pd_unit_matcher_get_matches (PdUnitMatcher *self)
{
  g_return_val_if_fail (PD_IS_UNIT_MATCHER (self), NULL);
  return G_LIST_MODEL (self->matches);
}

/* The position of the match Enter picks, or GTK_INVALID_LIST_POSITION. */
guint
pd_unit_matcher_get_selected (PdUnitMatcher *self)
{
  g_return_val_if_fail (PD_IS_UNIT_MATCHER (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

/* Shows why a pick was refused under the entry (NULL to hide it). */
void
pd_unit_matcher_set_message (PdUnitMatcher *self,
                             const char    *message)
{
  g_return_if_fail (PD_IS_UNIT_MATCHER (self));

  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

/* The message under the entry, or NULL. */
const char *
pd_unit_matcher_get_message (PdUnitMatcher *self)
{
  g_return_val_if_fail (PD_IS_UNIT_MATCHER (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_text (self->message_label);
}
