/* pd-unit-chooser.c — a button that chooses one unit, or none, by searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the list's unit filter and the export dialog's unit use: a button
 * showing the unit chosen (or "Any Unit", "All units"), whose popover
 * searches the plan's units with PdUnitMatcher — by any part of the name,
 * best match first, as the project editor's unit picker does — so 公安
 * finds 市公安局 and 市公安局交警支队 wherever they are. The first row
 * chooses no unit; Enter or a click chooses a match.
 */
#define G_LOG_DOMAIN "pd-unit-chooser"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-unit-chooser.h"
#include "pd-unit-matcher.h"

struct _PdUnitChooser
{
  GtkWidget       parent_instance;

  GtkMenuButton  *button;
  GtkLabel       *button_label;
  GtkPopover     *popover;
  GtkSearchEntry *search_entry;
  GtkLabel       *message_label;
  GtkListBox     *none_list;
  GtkLabel       *none_row_label;
  GtkListView    *list_view;

  PdUnitMatcher  *matcher;
  PdUnit         *unit;
  char           *none_label;
  PangoAttrList  *chinese;
};

G_DEFINE_FINAL_TYPE (PdUnitChooser, pd_unit_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_NONE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_button (PdUnitChooser *self)
{
  const char *name = self->unit ? pd_unit_get_name (self->unit) : self->none_label;

  gtk_label_set_text (self->button_label, name ? name : "");
  /* The unit's name is plan data; "Any Unit" is in the UI language. */
  gtk_label_set_attributes (self->button_label, self->unit ? self->chinese : NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button_label), self->unit ? name : NULL);
  gtk_label_set_text (self->none_row_label, self->none_label ? self->none_label : "");
  /* The chooser is a combo box named by its user ("Unit"); its button
   * reads what it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name ? name : "", -1);
}

static void
unit_notify_name_cb (PdUnitChooser *self)
{
  update_button (self);
}

/* Callbacks */

static void
search_changed_cb (PdUnitChooser *self)
{
  pd_unit_matcher_update (self->matcher, FALSE);
}

static void
search_activate_cb (PdUnitChooser *self)
{
  guint selected;

  pd_unit_matcher_update (self->matcher, FALSE);
  selected = pd_unit_matcher_get_selected (self->matcher);
  if (selected != GTK_INVALID_LIST_POSITION)
    pd_unit_chooser_choose_match (self, selected);
}

static void
stop_search_cb (PdUnitChooser *self)
{
  gtk_popover_popdown (self->popover);
}

static void
list_view_activate_cb (PdUnitChooser *self,
                       guint          position)
{
  pd_unit_chooser_choose_match (self, position);
}

static void
none_row_activated_cb (PdUnitChooser *self)
{
  pd_unit_chooser_set_unit (self, NULL);
  gtk_popover_popdown (self->popover);
}

/* Opened: a fresh search, the entry ready for typing. */
static void
popover_show_cb (PdUnitChooser *self)
{
  pd_unit_matcher_set_text (self->matcher, "", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject */

static void
pd_unit_chooser_dispose (GObject *object)
{
  PdUnitChooser *self = (PdUnitChooser *)object;

  g_clear_object (&self->matcher);   /* before the widgets it works with */
  if (self->unit != NULL)
    g_signal_handlers_disconnect_by_data (self->unit, self);
  g_clear_object (&self->unit);
  if (self->button != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->button));
  self->button = NULL;

  G_OBJECT_CLASS (pd_unit_chooser_parent_class)->dispose (object);
}

static void
pd_unit_chooser_finalize (GObject *object)
{
  PdUnitChooser *self = (PdUnitChooser *)object;

  g_free (self->none_label);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);

  G_OBJECT_CLASS (pd_unit_chooser_parent_class)->finalize (object);
}

static void
pd_unit_chooser_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PdUnitChooser *self = PD_UNIT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_object (value, self->unit);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_chooser_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PdUnitChooser *self = PD_UNIT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      pd_unit_chooser_set_unit (self, g_value_get_object (value));
      break;
    case PROP_NONE_LABEL:
      pd_unit_chooser_set_none_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_chooser_class_init (PdUnitChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_unit_chooser_dispose;
  object_class->finalize = pd_unit_chooser_finalize;
  object_class->get_property = pd_unit_chooser_get_property;
  object_class->set_property = pd_unit_chooser_set_property;

  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, PD_TYPE_UNIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "unitchooser");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
pd_unit_chooser_init (PdUnitChooser *self)
{
  GtkWidget *box, *content, *arrow, *scrolled, *row;

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));

  /* The button: the unit chosen and an arrow, as a drop-down shows them. */
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->button_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->button_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->button_label, 16);
  gtk_label_set_xalign (self->button_label, 0.0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->button_label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->button_label));
  arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_menu_button_set_child (self->button, box);

  /* The popover: search, no unit, the matches. */
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->popover), "unit-picker");
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (content, 320, -1);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search units"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search units"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->search_entry));
  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->message_label));

  self->none_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->none_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->none_list), "navigation-sidebar");
  self->none_row_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->none_row_label, 0.0);
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (self->none_row_label));
  gtk_list_box_append (self->none_list, row);
  g_signal_connect_swapped (self->none_list, "row-activated", G_CALLBACK (none_row_activated_cb), self);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->none_list));
  gtk_box_append (GTK_BOX (content), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Units"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_view_activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (content), scrolled);
  gtk_popover_set_child (self->popover, content);
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (popover_show_cb), self);

  self->matcher = pd_unit_matcher_new (self->search_entry, self->list_view, self->message_label, TRUE);
  update_button (self);
}

GtkWidget *
pd_unit_chooser_new (void)
{
  return g_object_new (PD_TYPE_UNIT_CHOOSER, NULL);
}

/* The units to choose from (NULL for none). */
void
pd_unit_chooser_set_units (PdUnitChooser *self,
                           GListModel    *units)
{
  g_return_if_fail (PD_IS_UNIT_CHOOSER (self));
  g_return_if_fail (!units || G_IS_LIST_MODEL (units));

  pd_unit_matcher_set_units (self->matcher, units);
  pd_unit_matcher_update (self->matcher, TRUE);
}

/* The unit chosen, or NULL for none. */
PdUnit *
pd_unit_chooser_get_unit (PdUnitChooser *self)
{
  g_return_val_if_fail (PD_IS_UNIT_CHOOSER (self), NULL);
  return self->unit;
}

void
pd_unit_chooser_set_unit (PdUnitChooser *self,
                          PdUnit        *unit)
{
  g_return_if_fail (PD_IS_UNIT_CHOOSER (self));
  g_return_if_fail (!unit || PD_IS_UNIT (unit));

  if (self->unit == unit)
    return;
  if (self->unit != NULL)
    g_signal_handlers_disconnect_by_data (self->unit, self);
  g_set_object (&self->unit, unit);
  if (unit != NULL)
    g_signal_connect_object (unit, "notify::name", G_CALLBACK (unit_notify_name_cb), self, G_CONNECT_SWAPPED);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
pd_unit_chooser_get_none_label (PdUnitChooser *self)
{
  g_return_val_if_fail (PD_IS_UNIT_CHOOSER (self), NULL);
  return self->none_label;
}

/* What the button and the first row say for no unit: "Any Unit". */
void
pd_unit_chooser_set_none_label (PdUnitChooser *self,
                                const char    *label)
{
  g_return_if_fail (PD_IS_UNIT_CHOOSER (self));

  if (g_strcmp0 (self->none_label, label) == 0)
    return;
  g_free (self->none_label);
  self->none_label = g_strdup (label);
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

/* Searches for @text at once (typing waits a moment). */
void
pd_unit_chooser_set_search_text (PdUnitChooser *self,
                                 const char    *text)
{
  g_return_if_fail (PD_IS_UNIT_CHOOSER (self));
  pd_unit_matcher_set_text (self->matcher, text, FALSE);
}

/* The units matching the search, best first. */
GListModel *
pd_unit_chooser_get_matches (PdUnitChooser *self)
{
  g_return_val_if_fail (PD_IS_UNIT_CHOOSER (self), NULL);
  return pd_unit_matcher_get_matches (self->matcher);
}

/* Chooses the match at @position and closes the popover. */
void
pd_unit_chooser_choose_match (PdUnitChooser *self,
                              guint          position)
{
  g_autoptr(PdUnit) unit = NULL;

  g_return_if_fail (PD_IS_UNIT_CHOOSER (self));

  unit = g_list_model_get_item (pd_unit_matcher_get_matches (self->matcher), position);
  if (unit == NULL)
    return;
  pd_unit_chooser_set_unit (self, unit);
  gtk_popover_popdown (self->popover);
}

GtkMenuButton *
pd_unit_chooser_get_button (PdUnitChooser *self)
{
  g_return_val_if_fail (PD_IS_UNIT_CHOOSER (self), NULL);
  return self->button;
}
