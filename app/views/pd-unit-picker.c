/* pd-unit-picker.c — a type-to-search popover that adds a unit to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's units, less those already on the project, filtered by any part
 * of their name and sorted best match first (where the text occurs earliest,
 * then the shortest name, then document order), so 司法 offers 市司法局 before
 * 市人大常委会内务司法工委. Enter or a click adds the unit in the picker's
 * role; when nothing matches, a row offers to create a unit of that name. A
 * name the plan cannot take is refused with the constructor's message under
 * the entry, and nothing is pushed.
 */
#define G_LOG_DOMAIN "pd-unit-picker"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-unit-picker.h"
#include "store/pd-commands.h"

struct _PdUnitPicker
{
  GtkPopover          parent_instance;

  /* Template children */
  GtkLabel           *heading_label;
  GtkSearchEntry     *search_entry;
  GtkLabel           *message_label;
  GtkScrolledWindow  *scrolled_window;
  GtkListView        *list_view;
  GtkLabel           *empty_label;
  GtkListBox         *create_list;
  GtkListBoxRow      *create_row;
  GtkLabel           *create_label;

  PdHistory          *history;
  PdProject          *project;
  PdRole              role;

  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *matches;
  GtkSingleSelection *selection;
  GHashTable         *excluded;     /* PdUnit already on the project */
  GHashTable         *folded;       /* PdUnit → Folded, its name ready to search */
  char               *search;       /* trimmed and case-folded */
  PangoAttrList      *chinese;
};

G_DEFINE_FINAL_TYPE (PdUnitPicker, pd_unit_picker, GTK_TYPE_POPOVER)

enum {
  SIGNAL_COMMAND_PUSHED,
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
get_folded_name (PdUnitPicker *self,
                 PdUnit       *unit)
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

/* Units not yet on the project whose name contains the search text. */
static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PdUnitPicker *self = user_data;

  if (g_hash_table_contains (self->excluded, item))
    return FALSE;
  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  return strstr (get_folded_name (self, item), self->search) != NULL;
}

static void
update_excluded (PdUnitPicker *self)
{
  GListModel *assignments;

  g_hash_table_remove_all (self->excluded);
  if (self->project != NULL)
    {
      assignments = pd_project_get_assignments (self->project);
      for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
        {
          g_autoptr(PdAssignment) assignment = g_list_model_get_item (assignments, i);

          g_hash_table_add (self->excluded, pd_assignment_get_unit (assignment));
        }
    }
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Where the search text starts in @unit's name, in characters (G_MAXINT if
 * it does not occur). */
static int
match_offset (PdUnitPicker *self,
              PdUnit       *unit)
{
  const char *folded, *found;

  if (self->search == NULL || *self->search == '\0')
    return 0;
  folded = get_folded_name (self, unit);
  found = strstr (folded, self->search);
  return found ? (int)g_utf8_pointer_to_offset (folded, found) : G_MAXINT / 2;
}

static int
compare_ids (PdUnit *x,
             PdUnit *y)
{
  gint64 ix = pd_unit_get_id (x), iy = pd_unit_get_id (y);

  return ix < iy ? GTK_ORDERING_SMALLER : ix > iy ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PdUnitPicker *self = user_data;
  PdUnit *x = (PdUnit *)a, *y = (PdUnit *)b;
  int d;

  /* Nothing typed: the store's order, which is the document's. */
  if (self->search == NULL || *self->search == '\0')
    return compare_ids (x, y);
  d = match_offset (self, x) - match_offset (self, y);
  if (d != 0)
    return d < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  d = (int)g_utf8_strlen (pd_unit_get_name (x), -1) - (int)g_utf8_strlen (pd_unit_get_name (y), -1);
  if (d != 0)
    return d < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return compare_ids (x, y);
}

/* The search text as the user means it: without surrounding spaces. */
static char *
dup_search_text (PdUnitPicker *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

static void
set_message (PdUnitPicker *self,
             const char   *message)
{
  gtk_label_set_text (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
}

static void
update_create_row (PdUnitPicker *self)
{
  g_autofree char *text = dup_search_text (self);
  guint n_matches = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  gboolean can_create = n_matches == 0 && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (self->scrolled_window), n_matches > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->create_list), can_create);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n_matches == 0 && *text == '\0');

  if (can_create)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      /* Translators: a row offering to create a unit; %s is the name typed */
      g_autofree char *label = g_strdup_printf (_("Create unit “%s”"), text);
      const char *name = strstr (label, text);
      PangoAttribute *attr = pango_attr_language_new (pango_language_from_string ("zh-cn"));

      /* Only the name is plan data: the sentence stays in the UI language. */
      if (name != NULL)
        {
          attr->start_index = name - label;
          attr->end_index = attr->start_index + strlen (text);
        }
      pango_attr_list_insert (attrs, attr);
      gtk_label_set_text (self->create_label, label);
      gtk_label_set_attributes (self->create_label, attrs);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->create_row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

/* GTK 4.8 has no gtk_list_view_scroll_to(): its action does the same. */
static void
scroll_to (PdUnitPicker *self,
           guint         position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
update_search (PdUnitPicker *self)
{
  g_autofree char *text = dup_search_text (self);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  if (g_strcmp0 (folded, self->search) != 0)
    {
      GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

      /* Typing on only narrows the matches; deleting only widens them. */
      if (self->search != NULL && strstr (folded, self->search) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (self->search != NULL && strstr (self->search, folded) != NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      g_free (self->search);
      self->search = g_steal_pointer (&folded);
      /* Filter first: only the matches are sorted again. */
      gtk_filter_changed (GTK_FILTER (self->filter), change);
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
      if (g_list_model_get_n_items (G_LIST_MODEL (self->matches)) > 0)
        {
          gtk_single_selection_set_selected (self->selection, 0);
          scroll_to (self, 0);
        }
    }
  update_create_row (self);
}

/* Rows */

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PdUnitPicker             *self)
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
                 PdUnitPicker             *self)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  PdUnit *unit = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (label), pd_unit_get_name (unit));
  gtk_widget_set_tooltip_text (label, pd_unit_get_name (unit));
}

/* Pushing */

static gboolean
push (PdUnitPicker *self,
      PdCommand    *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  if (!pd_history_push (self->history, command, &error))
    {
      set_message (self, error->message);
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, error->message);
      return FALSE;
    }
  set_message (self, NULL);
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  update_search (self);
  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

/* Callbacks */

static void
search_entry_search_changed_cb (PdUnitPicker *self)
{
  g_autofree char *text = dup_search_text (self);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  /* Already searched for (Enter came before the delay): keep the message. */
  if (g_strcmp0 (folded, self->search) == 0)
    return;
  set_message (self, NULL);
  update_search (self);
}

static void
search_entry_activate_cb (PdUnitPicker *self)
{
  guint selected;

  update_search (self);
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected != GTK_INVALID_LIST_POSITION)
    pd_unit_picker_pick (self, selected);
  else
    pd_unit_picker_create (self);
}

static void
search_entry_stop_search_cb (PdUnitPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
list_view_activate_cb (PdUnitPicker *self,
                       guint         position)
{
  pd_unit_picker_pick (self, position);
}

static void
create_list_row_activated_cb (PdUnitPicker  *self,
                              GtkListBoxRow *row)
{
  pd_unit_picker_create (self);
}

/* Up and Down move through the matches while typing goes on in the entry. */
static gboolean
search_entry_key_pressed_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             PdUnitPicker          *self)
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

static void
project_units_changed_cb (PdUnitPicker *self)
{
  update_excluded (self);
  update_create_row (self);
}

/* GObject */

static void
pd_unit_picker_map (GtkWidget *widget)
{
  PdUnitPicker *self = PD_UNIT_PICKER (widget);

  GTK_WIDGET_CLASS (pd_unit_picker_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pd_unit_picker_dispose (GObject *object)
{
  PdUnitPicker *self = (PdUnitPicker *)object;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_UNIT_PICKER);
  g_clear_object (&self->selection);
  g_clear_object (&self->matches);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pd_unit_picker_parent_class)->dispose (object);
}

static void
pd_unit_picker_finalize (GObject *object)
{
  PdUnitPicker *self = (PdUnitPicker *)object;

  g_clear_pointer (&self->excluded, g_hash_table_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);
  g_free (self->search);

  G_OBJECT_CLASS (pd_unit_picker_parent_class)->finalize (object);
}

static void
pd_unit_picker_class_init (PdUnitPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_unit_picker_dispose;
  object_class->finalize = pd_unit_picker_finalize;
  widget_class->map = pd_unit_picker_map;

  /**
   * PdUnitPicker::command-pushed:
   * @command: the command, already applied
   *
   * Emitted after the picker added a unit to the project.
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  /**
   * PdUnitPicker::error:
   * @message: what went wrong
   *
   * Emitted when the plan refused an edit the picker pushed.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-unit-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, message_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitPicker, create_label);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_list_row_activated_cb);
}

static void
pd_unit_picker_init (PdUnitPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->excluded = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->folded = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, folded_free);
  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));

  gtk_search_entry_set_search_delay (self->search_entry, 100);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

/**
 * pd_unit_picker_new:
 * @history: where the picker pushes its command
 * @project: the project to add a unit to
 * @role: the role the unit gets
 *
 * Returns: (transfer floating): a new picker, to be set as a menu button's popover
 */
GtkWidget *
pd_unit_picker_new (PdHistory *history,
                    PdProject *project,
                    PdRole     role)
{
  PdUnitPicker *self;
  GListModel *units;
  GtkFilterListModel *filtered;

  g_return_val_if_fail (PD_IS_HISTORY (history), NULL);
  g_return_val_if_fail (PD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);

  self = g_object_new (PD_TYPE_UNIT_PICKER, NULL);
  self->history = g_object_ref (history);
  self->project = g_object_ref (project);
  self->role = role;

  switch (role)
    {
    case PD_ROLE_LEAD:
      gtk_label_set_text (self->heading_label, _("Add Lead Unit"));
      break;
    case PD_ROLE_COOPERATE:
      gtk_label_set_text (self->heading_label, _("Add Cooperating Unit"));
      break;
    case PD_ROLE_RESPONSIBLE:
    case PD_N_ROLES:
    default:
      gtk_label_set_text (self->heading_label, _("Add Responsible Unit"));
      break;
    }

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  g_object_ref (self->filter);
  units = pd_store_get_units (pd_history_get_store (history));
  filtered = gtk_filter_list_model_new (g_object_ref (units), GTK_FILTER (self->filter));
  self->sorter = gtk_custom_sorter_new (compare_matches, self, NULL);
  self->matches = gtk_sort_list_model_new (G_LIST_MODEL (filtered), g_object_ref (GTK_SORTER (self->sorter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->matches)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->matches, "items-changed",
                           G_CALLBACK (update_create_row), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (project, "units-changed",
                           G_CALLBACK (project_units_changed_cb), self, G_CONNECT_SWAPPED);
  update_excluded (self);
  update_search (self);

  return GTK_WIDGET (self);
}

PdProject *
pd_unit_picker_get_project (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return self->project;
}

PdRole
pd_unit_picker_get_role (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), PD_ROLE_LEAD);
  return self->role;
}

GtkEditable *
pd_unit_picker_get_search_entry (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

/* Sets the search text and filters at once (typing waits a moment). */
void
pd_unit_picker_set_search_text (PdUnitPicker *self,
                                const char   *text)
{
  g_return_if_fail (PD_IS_UNIT_PICKER (self));
  /* Replacing the text empties the entry first, which GtkSearchEntry reports
   * at once: that would list every unit for nothing. */
  g_signal_handlers_block_by_func (self->search_entry, search_entry_search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_entry_search_changed_cb, self);
  set_message (self, NULL);
  update_search (self);
}

GListModel *
pd_unit_picker_get_matches (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  return G_LIST_MODEL (self->matches);
}

gboolean
pd_unit_picker_pick (PdUnitPicker *self,
                     guint         position)
{
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);

  unit = g_list_model_get_item (G_LIST_MODEL (self->matches), position);
  if (unit == NULL)
    return FALSE;
  command = pd_command_add_assignment (self->project, unit, self->role, NULL, &error);
  if (command == NULL)
    {
      set_message (self, error->message);
      return FALSE;
    }
  return push (self, command);
}

gboolean
pd_unit_picker_create (PdUnitPicker *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PdCommand *command;

  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);

  text = dup_search_text (self);
  command = pd_command_create_unit_and_assign (pd_history_get_store (self->history), self->project,
                                               text, self->role, &error);
  if (command == NULL)
    {
      set_message (self, error->message);
      return FALSE;
    }
  return push (self, command);
}

/* Whether the “Create unit” row shows: something typed, nothing matching. */
gboolean
pd_unit_picker_get_can_create (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->create_list));
}

/* The message under the entry, or NULL. */
const char *
pd_unit_picker_get_message (PdUnitPicker *self)
{
  g_return_val_if_fail (PD_IS_UNIT_PICKER (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_text (self->message_label);
}
