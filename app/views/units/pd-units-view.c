/* pd-units-view.c — every unit with its load, and one unit's responsibility list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "Units" mode of the List page. On the left, a GtkColumnView of every
 * unit with its kind and how many projects it leads, cooperates on and is
 * responsible for; on the right, the selected unit's responsibility list
 * (责任清单): its projects grouped by role. An AdwLeaflet folds the two
 * panes into one on narrow windows.
 *
 * The loads are counted by PdUnitLoads (pd-unit-load.c, no GTK), one
 * PdUnitLoad per unit, again on PdStore::changed; only the loads whose
 * figures moved tell their rows.
 *
 * Given a history (pd_units_view_set_history()), the responsibility list's
 * header edits the unit: see pd-units-view-actions.c. The "Add Member…"
 * and "Merge Into…" pickers are PdUnitSearch popovers (pd-unit-search.c).
 */
#define G_LOG_DOMAIN "pd-units-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "views/shared/pd-a11y.h"
#include "views/shared/pd-unit-matcher.h"
#include "pd-units-view-private.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"

G_DEFINE_FINAL_TYPE (PdUnitsView, pd_units_view, GTK_TYPE_WIDGET)

enum {
  PROJECT_ACTIVATED,
  SIGNAL_ERROR,
  SIGNAL_COMMAND_PUSHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
pd_units_view_emit_error (PdUnitsView *self,
                          const char  *message)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, message);
}

void
pd_units_view_emit_command_pushed (PdUnitsView *self,
                                   PdCommand   *command)
{
  g_signal_emit (self, signals[SIGNAL_COMMAND_PUSHED], 0, command);
}

/* The order roles are listed in a responsibility list. */
static const PdRole listed_roles[PD_N_ROLES] = {
  PD_ROLE_LEAD, PD_ROLE_RESPONSIBLE, PD_ROLE_COOPERATE
};

/* Labels in the "unit kind" context, and shorter ones for the list's column
 * in the "unit kind, short" context. */
static const struct
{
  const char *kind;
  const char *label;
  const char *short_label;
} unit_kinds[] = {
  { "party", NC_("unit kind", "Party department"), NC_("unit kind, short", "Party") },
  { "government", NC_("unit kind", "Government department"),
    NC_("unit kind, short", "Government") },
  { "judicial", NC_("unit kind", "Judicial body"), NC_("unit kind, short", "Judicial") },
  { "people", NC_("unit kind", "People’s organisation"), NC_("unit kind, short", "People’s") },
  { "district", NC_("unit kind", "District"), NC_("unit kind, short", "District") },
  { "collective", NC_("unit kind", "Collective unit"), NC_("unit kind, short", "Collective") },
  { "external", NC_("unit kind", "External unit"), NC_("unit kind, short", "External") },
  { "other", NC_("unit kind", "Other"), NC_("unit kind, short", "Other") },
};

guint
pd_units_view_kind_rank (PdUnit *unit)
{
  const char *kind = pd_unit_get_kind (unit);

  for (guint i = 0; i < G_N_ELEMENTS (unit_kinds); i++)
    if (g_strcmp0 (kind, unit_kinds[i].kind) == 0)
      return i;
  return G_N_ELEMENTS (unit_kinds);
}

guint
pd_units_view_get_n_kinds (void)
{
  return G_N_ELEMENTS (unit_kinds);
}

/* The stored name of kind @rank ("government"), NULL past the last. */
const char *
pd_units_view_get_kind_id (guint rank)
{
  return rank < G_N_ELEMENTS (unit_kinds) ? unit_kinds[rank].kind : NULL;
}

/* The whole label of kind @rank ("Government department"), translated. */
const char *
pd_units_view_get_kind_label (guint rank)
{
  g_return_val_if_fail (rank < G_N_ELEMENTS (unit_kinds), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "unit kind", unit_kinds[rank].label);
}

static const char *
kind_label (PdUnit   *unit,
            gboolean  short_label)
{
  guint rank = pd_units_view_kind_rank (unit);

  if (rank >= G_N_ELEMENTS (unit_kinds))
    return pd_unit_get_kind (unit) ? pd_unit_get_kind (unit) : "";
  if (short_label)
    return g_dpgettext2 (GETTEXT_PACKAGE, "unit kind, short", unit_kinds[rank].short_label);
  return g_dpgettext2 (GETTEXT_PACKAGE, "unit kind", unit_kinds[rank].label);
}

static gboolean
unit_is_former (PdUnit *unit)
{
  return pd_unit_get_successor (unit) != NULL || pd_unit_get_valid_to (unit) != NULL;
}

PdUnitLoad *
pd_units_view_lookup_load (PdUnitsView *self,
                           PdUnit      *unit)
{
  if (self->loads == NULL || unit == NULL)
    return NULL;
  return pd_unit_loads_lookup (self->loads, unit);
}

/* Marks the first occurrence of @fragment in the label's text as Chinese:
 * plan data inside a translated sentence. */
void
pd_units_view_label_set_text_marking (GtkLabel   *label,
                                      const char *text,
                                      const char *fragment)
{
  const char *found = fragment && *fragment ? strstr (text, fragment) : NULL;
  PangoAttrList *attrs = pango_attr_list_new ();

  if (found != NULL)
    {
      PangoAttribute *attr = pango_attr_language_new (pango_language_from_string ("zh-cn"));

      attr->start_index = found - text;
      attr->end_index = attr->start_index + strlen (fragment);
      pango_attr_list_insert (attrs, attr);
    }
  gtk_label_set_text (label, text);
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

static GtkWidget *
new_data_label (PdUnitsView *self,
                float        xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_attributes (GTK_LABEL (label), self->chinese);
  return label;
}

static char *
format_programme (PdProgramme *programme)
{
  if (programme == NULL)
    return g_strdup ("");
  return g_strconcat (pd_programme_get_numeral (programme), "、",
                      pd_programme_get_title (programme), NULL);
}

/* Counting */

static void
resort_and_refilter (PdUnitsView *self,
                     gboolean     names,
                     gboolean     counts)
{
  if (names)
    {
      gtk_sorter_changed (self->name_sorter, GTK_SORTER_CHANGE_DIFFERENT);
      if (self->search_folded != NULL)
        gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  if (counts)
    for (guint i = 0; i < PD_N_ROLES; i++)
      gtk_sorter_changed (self->count_sorters[i], GTK_SORTER_CHANGE_DIFFERENT);
}


static void
loads_recounted_cb (PdUnitLoads *loads,
                    gboolean     moved,
                    PdUnitsView *self)
{
  if (moved)
    resort_and_refilter (self, FALSE, TRUE);
  if (self->shown != NULL)
    pd_units_view_show_unit (self, self->shown);
}

static void
loads_renamed_cb (PdUnitLoads *loads,
                  PdUnitLoad  *load,
                  PdUnitsView *self)
{
  resort_and_refilter (self, TRUE, FALSE);
  if (self->shown != NULL)
    pd_units_view_show_unit (self, self->shown);
}

static void
loads_kind_changed_cb (PdUnitLoads *loads,
                       PdUnitLoad  *load,
                       PdUnitsView *self)
{
  gtk_sorter_changed (self->kind_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* Sorting and filtering */

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (pd_unit_load_compare_names (PD_UNIT_LOAD ((gpointer)a),
                                                                PD_UNIT_LOAD ((gpointer)b)));
}

static int
compare_kinds_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  guint rank_a = pd_units_view_kind_rank (pd_unit_load_get_unit (PD_UNIT_LOAD ((gpointer)a)));
  guint rank_b = pd_units_view_kind_rank (pd_unit_load_get_unit (PD_UNIT_LOAD ((gpointer)b)));

  return gtk_ordering_from_cmpfunc ((rank_a > rank_b) - (rank_a < rank_b));
}

/* Counts sort the heaviest load first on the first click: that is what
 * people click a count for. (GTK 4.8 cannot tell us which column was
 * clicked, so the order cannot be flipped there instead; style.css points
 * these columns' sort indicators the other way.) Ties keep the document
 * order, as GtkSortListModel sorts stably. */
static int
compare_counts_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return gtk_ordering_from_cmpfunc (pd_unit_load_compare_counts (PD_UNIT_LOAD ((gpointer)a),
                                                                 PD_UNIT_LOAD ((gpointer)b),
                                                                 GPOINTER_TO_UINT (user_data)));
}

static gboolean
filter_units_cb (gpointer item,
                 gpointer user_data)
{
  PdUnitsView *self = user_data;

  return pd_unit_load_matches (PD_UNIT_LOAD (item), self->search_folded);
}

static void
filter_items_changed_cb (GListModel  *model,
                         guint        position,
                         guint        removed,
                         guint        added,
                         PdUnitsView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
                   self->search_folded != NULL;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "no-match" : "list");
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   PdUnitsView    *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *before = g_steal_pointer (&self->search_folded);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*stripped != '\0')
    self->search_folded = g_utf8_casefold (stripped, -1);
  if (g_strcmp0 (before, self->search_folded) == 0)
    return;

  /* Typing on narrows the search, deleting widens it: fewer rows are looked at again. */
  if (before == NULL ||
      (self->search_folded != NULL && strstr (self->search_folded, before) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->search_folded == NULL || strstr (before, self->search_folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
stop_search_cb (GtkSearchEntry *entry,
                PdUnitsView    *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* The unit list's cells */

/* Cells keep their tooltip text as data and hand it out on demand:
 * gtk_widget_set_tooltip_text() on every bind would ask the display
 * where the pointer is, a round trip per cell. An ellipsized label
 * without a tooltip of its own shows its whole text. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *widget,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "pd-tooltip");

  if (text == NULL && GTK_IS_LABEL (widget) &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    text = gtk_label_get_text (GTK_LABEL (widget));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_set_up_tooltip (GtkWidget *widget)
{
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
}

static void
cell_set_tooltip (GtkWidget  *widget,
                  const char *text)
{
  g_object_set_data_full (G_OBJECT (widget), "pd-tooltip", g_strdup (text), g_free);
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PdUnitsView              *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = new_data_label (self, 0.0);
  GtkWidget *tag = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, FALSE);
  cell_set_up_tooltip (name);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "dim-label");
  gtk_widget_add_css_class (tag, "unit-tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), tag);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_name (GtkWidget *box,
           PdUnit    *unit)
{
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *tag = gtk_widget_get_last_child (box);
  const char *tag_text = NULL;

  gtk_label_set_text (GTK_LABEL (name), pd_unit_get_name (unit));
  if (pd_unit_get_collective (unit))
    /* Translators: a tag after the name of a unit that stands for several (各区(县级市)) */
    tag_text = C_("unit tag", "collective");
  else if (unit_is_former (unit))
    /* Translators: a tag after the name of a unit that no longer exists (萝岗区) */
    tag_text = C_("unit tag", "former");
  gtk_label_set_text (GTK_LABEL (tag), tag_text ? tag_text : "");
  gtk_widget_set_visible (tag, tag_text != NULL);
}

static void
name_notify_cb (PdUnit     *unit,
                GParamSpec *pspec,
                GtkWidget  *box)
{
  bind_name (box, unit);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PdUnitsView              *self)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);

  bind_name (box, pd_unit_load_get_unit (load));
  g_signal_connect_object (pd_unit_load_get_unit (load), "notify::name", G_CALLBACK (name_notify_cb), box, 0);
  g_signal_connect_object (pd_unit_load_get_unit (load), "notify::collective",
                           G_CALLBACK (name_notify_cb), box, 0);
}

static void
name_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdUnitsView              *self)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);

  if (load != NULL)
    g_signal_handlers_disconnect_by_func (pd_unit_load_get_unit (load), name_notify_cb,
                                          gtk_list_item_get_child (list_item));
}

static void
kind_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PdUnitsView              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  cell_set_up_tooltip (label);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_kind (GtkWidget *label,
           PdUnit    *unit)
{
  gtk_label_set_text (GTK_LABEL (label), kind_label (unit, TRUE));
  cell_set_tooltip (label, kind_label (unit, FALSE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind_label (unit, FALSE), -1);
}

static void
kind_notify_cb (PdUnit     *unit,
                GParamSpec *pspec,
                GtkWidget  *label)
{
  bind_kind (label, unit);
}

static void
kind_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PdUnitsView              *self)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  bind_kind (label, pd_unit_load_get_unit (load));
  g_signal_connect_object (pd_unit_load_get_unit (load), "notify::kind",
                           G_CALLBACK (kind_notify_cb), label, 0);
}

static void
kind_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdUnitsView              *self)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);

  if (load != NULL)
    g_signal_handlers_disconnect_by_func (pd_unit_load_get_unit (load), kind_notify_cb,
                                          gtk_list_item_get_child (list_item));
}

static void
count_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdUnitsView              *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Left-aligned, under the column's title. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "numeric");
  cell_set_up_tooltip (label);
  gtk_list_item_set_child (list_item, label);
}

static char *
describe_count (PdRole role,
                guint  count)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Leads %u project",
                                           "Leads %u projects", count), count);
    case PD_ROLE_COOPERATE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cooperates on %u project",
                                           "Cooperates on %u projects", count), count);
    case PD_ROLE_RESPONSIBLE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Responsible for %u project",
                                           "Responsible for %u projects", count), count);
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
bind_count (GtkWidget  *label,
            PdUnitLoad *load)
{
  PdRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "pd-role"));
  guint count = pd_unit_load_get_count (load, role);
  g_autofree char *description = describe_count (role, count);
  char text[16];

  /* A zero is a dash: the eye finds the units that do something. */
  if (count > 0)
    g_snprintf (text, sizeof text, "%u", count);
  else
    g_strlcpy (text, "–", sizeof text);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (count > 0)
    gtk_widget_remove_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "dim-label");
  cell_set_tooltip (label, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
counts_changed_cb (PdUnitLoad *load,
                   GtkWidget  *label)
{
  bind_count (label, load);
}

static void
count_bind (GtkListItem *list_item,
            PdRole       role)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  g_object_set_data (G_OBJECT (label), "pd-role", GUINT_TO_POINTER (role));
  bind_count (label, load);
  g_signal_connect_object (load, "counts-changed", G_CALLBACK (counts_changed_cb), label, 0);
}

static void
count_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PdUnitsView              *self)
{
  PdUnitLoad *load = gtk_list_item_get_item (list_item);

  if (load != NULL)
    g_signal_handlers_disconnect_by_func (load, counts_changed_cb,
                                          gtk_list_item_get_child (list_item));
}

static void
lead_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PdUnitsView              *self)
{
  count_bind (list_item, PD_ROLE_LEAD);
}

static void
cooperate_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   PdUnitsView              *self)
{
  count_bind (list_item, PD_ROLE_COOPERATE);
}

static void
responsible_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     PdUnitsView              *self)
{
  count_bind (list_item, PD_ROLE_RESPONSIBLE);
}

static void
set_factory (PdUnitsView         *self,
             GtkColumnViewColumn *column,
             GCallback            setup,
             GCallback            bind,
             GCallback            unbind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  if (unbind != NULL)
    g_signal_connect (factory, "unbind", unbind, self);
  gtk_column_view_column_set_factory (column, factory);
}

/* A unit that stands for others, whether or not it lists them yet. */
gboolean
pd_units_view_unit_is_collective (PdUnit *unit)
{
  return pd_unit_get_collective (unit) || g_strcmp0 (pd_unit_get_kind (unit), "collective") == 0;
}

/* The responsibility list */

/* Removes the rows, not the placeholder. */
static void
list_box_remove_all (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}

static GtkWidget *
create_project_row_cb (gpointer item,
                       gpointer user_data)
{
  PdUnitsView *self = user_data;
  PdAssignment *assignment = item;
  PdProject *project = pd_assignment_get_project (assignment);
  const char *scope = pd_assignment_get_scope (assignment);
  g_autofree char *programme =
    format_programme (project ? pd_project_get_programme (project) : NULL);
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = new_data_label (self, 0.0);
  GtkWidget *subtitle = new_data_label (self, 0.0);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  char number_text[16];

  g_snprintf (number_text, sizeof number_text, "%d", project ? pd_project_get_number (project) : 0);
  gtk_label_set_text (GTK_LABEL (number), number_text);
  gtk_label_set_xalign (GTK_LABEL (number), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (number), 3);
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "heading");
  gtk_widget_add_css_class (number, "dim-label");

  gtk_label_set_text (GTK_LABEL (title), project ? pd_project_get_title (project) : "");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_text (GTK_LABEL (subtitle), programme);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), text);

  if (scope != NULL && *scope != '\0')
    {
      g_autofree char *scope_text = g_strdup_printf (_("Scope: %s"), scope);
      GtkWidget *scope_label = gtk_label_new (NULL);

      pd_units_view_label_set_text_marking (GTK_LABEL (scope_label), scope_text, scope);
      gtk_label_set_wrap (GTK_LABEL (scope_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (scope_label), 0.0);
      gtk_widget_add_css_class (scope_label, "caption");
      gtk_widget_add_css_class (scope_label, "scope");
      gtk_box_append (GTK_BOX (text), scope_label);

      /* Translators: the accessible name of a project in a responsibility
       * list: its number, title, programme and the unit's part of it. */
      accessible = g_strdup_printf (_("Project %d, %s, in %s, scope: %s"),
                                    project ? pd_project_get_number (project) : 0,
                                    gtk_label_get_text (GTK_LABEL (title)), programme, scope);
    }
  else
    /* Translators: the accessible name of a project in a responsibility
     * list: its number, title and programme. */
    accessible = g_strdup_printf (_("Project %d, %s, in %s"),
                                  project ? pd_project_get_number (project) : 0,
                                  gtk_label_get_text (GTK_LABEL (title)), programme);

  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_box_append (GTK_BOX (box), arrow);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _("Show in the project list"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

/* A row naming another unit; activating it selects that unit. */
static GtkWidget *
create_unit_row (PdUnitsView *self,
                 PdUnit      *unit,
                 const char  *text,
                 const char  *detail,
                 gboolean     removable)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *accessible = NULL;

  pd_units_view_label_set_text_marking (GTK_LABEL (label), text, pd_unit_get_name (unit));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), label);
  if (detail != NULL)
    {
      GtkWidget *detail_label = gtk_label_new (detail);

      gtk_widget_add_css_class (detail_label, "dim-label");
      gtk_box_append (GTK_BOX (box), detail_label);
    }
  if (removable)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      /* Translators: the accessible name of the button that takes a
       * member unit (%s) out of a collective unit */
      g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the members"),
                                                       pd_unit_get_name (unit));

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      /* The button is taller than a line: the row stays as tall as the others. */
      gtk_widget_set_margin_top (box, 5);
      gtk_widget_set_margin_bottom (box, 5);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Member"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      gtk_widget_set_sensitive (remove, pd_units_view_is_editable (self));
      g_object_set_data_full (G_OBJECT (remove), "pd-unit", g_object_ref (unit), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (pd_units_view_remove_member_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), remove);
    }
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_box_append (GTK_BOX (box), arrow);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "pd-unit", g_object_ref (unit), g_object_unref);
  accessible = detail ? g_strdup_printf ("%s, %s", text, detail) : g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

static void
show_related_units (PdUnitsView *self,
                    PdUnitLoad  *load)
{
  PdUnit *successor = pd_unit_get_successor (pd_unit_load_get_unit (load));
  const char *ceased = pd_unit_get_valid_to (pd_unit_load_get_unit (load));
  g_autofree char *valid_to = ceased ? pd_date_format (ceased) : NULL;
  guint n_rows = 0;

  list_box_remove_all (self->related_list);

  if (successor != NULL)
    {
      g_autofree char *text = NULL;

      if (valid_to != NULL)
        /* Translators: 萝岗区 was replaced by 黄埔区 on 2014-02-12 (a date as dates are shown).
         * %1$s is a unit, %2$s a date with the year */
        text = g_strdup_printf (_("Replaced by %1$s on %2$s"),
                                pd_unit_get_name (successor), valid_to);
      else
        text = g_strdup_printf (_("Replaced by %s"), pd_unit_get_name (successor));
      gtk_list_box_append (self->related_list, create_unit_row (self, successor, text, NULL, FALSE));
      n_rows++;
    }

  for (guint i = 0; i < pd_unit_load_get_predecessors (load)->len; i++)
    {
      PdUnit *predecessor = g_ptr_array_index (pd_unit_load_get_predecessors (load), i);
      const char *ceased_on = pd_unit_get_valid_to (predecessor);
      g_autofree char *date = ceased_on ? pd_date_format (ceased_on) : NULL;
      g_autofree char *text = NULL;

      if (date != NULL)
        /* Translators: 黄埔区 took over from 萝岗区 on 2014-02-12 (a date as dates are shown).
         * %1$s is a unit, %2$s a date with the year */
        text = g_strdup_printf (_("Took over from %1$s on %2$s"),
                                pd_unit_get_name (predecessor), date);
      else
        text = g_strdup_printf (_("Took over from %s"), pd_unit_get_name (predecessor));
      gtk_list_box_append (self->related_list, create_unit_row (self, predecessor, text, NULL, FALSE));
      n_rows++;
    }

  for (guint i = 0; i < pd_unit_load_get_collectives (load)->len; i++)
    {
      PdUnit *collective = g_ptr_array_index (pd_unit_load_get_collectives (load), i);
      g_autofree char *text = g_strdup_printf (_("Member of %s"), pd_unit_get_name (collective));

      gtk_list_box_append (self->related_list, create_unit_row (self, collective, text, NULL, FALSE));
      n_rows++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->related_group), n_rows > 0);
}

static void
show_members (PdUnitsView *self,
              PdUnitLoad  *load)
{
  GListModel *members =
    pd_unit_get_collective (pd_unit_load_get_unit (load)) ?
    pd_unit_get_members (pd_unit_load_get_unit (load)) : NULL;
  guint n_members = members ? g_list_model_get_n_items (members) : 0;
  g_autofree char *title = NULL;
  GString *shown = g_string_new (NULL);

  /* Rows cost: they are made again only when what they show changed. */
  g_string_append_printf (shown, "%d %d\n", self->history != NULL, pd_units_view_is_editable (self));
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(PdUnit) member = g_list_model_get_item (members, i);

      g_string_append_printf (shown, "%p %s %s\n", (void *)member, pd_unit_get_name (member),
                              pd_unit_get_valid_to (member) ? pd_unit_get_valid_to (member) : "");
    }
  if (g_strcmp0 (shown->str, self->members_shown) != 0)
    {
      g_free (self->members_shown);
      self->members_shown = g_string_free (g_steal_pointer (&shown), FALSE);
      list_box_remove_all (self->members_list);
      for (guint i = 0; i < n_members; i++)
        {
          g_autoptr(PdUnit) member = g_list_model_get_item (members, i);
          g_autofree char *detail = NULL;

          if (pd_unit_get_valid_to (member) != NULL)
            {
              g_autofree char *date = pd_date_format (pd_unit_get_valid_to (member));

              /* Translators: a member unit that ceased on a date with the year, 2014-02-12 */
              detail = g_strdup_printf (_("until %s"), date);
            }
          gtk_list_box_append (self->members_list,
                               create_unit_row (self, member, pd_unit_get_name (member), detail,
                                                self->history != NULL));
        }
    }
  else
    g_string_free (shown, TRUE);

  /* Translators: the heading of a collective unit's members, with their number */
  title = g_strdup_printf (_("Members (%u)"), n_members);
  adw_preferences_group_set_title (self->members_group, title);
  /* Where the plan can be edited, a collective unit without members offers to add them. */
  gtk_widget_set_visible (GTK_WIDGET (self->members_group),
                          n_members > 0 ||
                          (self->history != NULL &&
                           pd_units_view_unit_is_collective (pd_unit_load_get_unit (load))));
  gtk_widget_set_visible (GTK_WIDGET (self->add_member_button), self->history != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_member_button), pd_units_view_is_editable (self));
}

static char *
format_role_title (PdRole role,
                   guint  count)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      /* Translators: a heading of a responsibility list, with the number of projects */
      return g_strdup_printf (_("Projects Led (%u)"), count);
    case PD_ROLE_RESPONSIBLE:
      /* Translators: a heading of a responsibility list, with the number of projects */
      return g_strdup_printf (_("Responsible For (%u)"), count);
    case PD_ROLE_COOPERATE:
      /* Translators: a heading of a responsibility list, with the number of projects */
      return g_strdup_printf (_("Cooperating On (%u)"), count);
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static AdwPreferencesGroup *
role_group (PdUnitsView *self,
            PdRole       role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return self->lead_group;
    case PD_ROLE_RESPONSIBLE:
      return self->responsible_group;
    case PD_ROLE_COOPERATE:
      return self->cooperate_group;
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkListBox *
role_list (PdUnitsView *self,
           PdRole       role)
{
  switch (role)
    {
    case PD_ROLE_LEAD:
      return self->lead_list;
    case PD_ROLE_RESPONSIBLE:
      return self->responsible_list;
    case PD_ROLE_COOPERATE:
      return self->cooperate_list;
    case PD_N_ROLES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Fills the right pane from @load, or shows the placeholder. */
void
pd_units_view_show_unit (PdUnitsView *self,
                         PdUnitLoad  *load)
{
  gboolean other_unit = load != self->shown;

  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *counts = NULL;
  PdUnit *unit;
  const char *short_name;
  g_autofree char *valid_from = NULL;
  g_autofree char *valid_to = NULL;

  if (load != self->shown)
    {
      g_set_object (&self->shown, load);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
    }

  pd_units_view_update_editing (self);

  if (load == NULL)
    {
      if (self->member_picker != NULL)
        {
          gtk_popover_popdown (GTK_POPOVER (self->member_picker));
          gtk_popover_popdown (GTK_POPOVER (self->merge_picker));
        }
      g_list_store_remove_all (self->responsibilities);
      list_box_remove_all (self->members_list);
      list_box_remove_all (self->related_list);
      g_clear_pointer (&self->shown_name, g_free);
      g_clear_pointer (&self->members_shown, g_free);
      g_clear_pointer (&self->listed_shown, g_free);
      pd_units_view_set_name_message (self, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      return;
    }

  unit = pd_unit_load_get_unit (load);
  short_name = pd_unit_get_short_name (unit);
  if (pd_unit_get_valid_from (unit) != NULL)
    valid_from = pd_date_format (pd_unit_get_valid_from (unit));
  if (pd_unit_get_valid_to (unit) != NULL)
    valid_to = pd_date_format (pd_unit_get_valid_to (unit));

  gtk_label_set_text (self->unit_title, pd_unit_get_name (unit));
  pd_units_view_show_fields (self, load, other_unit);

  /* Kind · collective unit · short name · validity */
  {
    GString *line = g_string_new (kind_label (unit, FALSE));
    g_autofree char *dates = NULL;

    if (pd_unit_get_collective (unit) && g_strcmp0 (pd_unit_get_kind (unit), "collective") != 0)
      g_string_append_printf (line, " · %s",
                              g_dpgettext2 (GETTEXT_PACKAGE, "unit kind", "Collective unit"));
    if (short_name != NULL && *short_name != '\0' &&
        g_strcmp0 (short_name, pd_unit_get_name (unit)) != 0)
      g_string_append_printf (line, " · %s", short_name);
    if (valid_from != NULL && valid_to != NULL)
      /* Translators: the dates, with the year, between which a unit existed */
      dates = g_strdup_printf (_("from %1$s to %2$s"), valid_from, valid_to);
    else if (valid_from != NULL)
      /* Translators: the date, with the year, a unit was established */
      dates = g_strdup_printf (_("since %s"), valid_from);
    else if (valid_to != NULL)
      /* Translators: the date, with the year, a unit ceased */
      dates = g_strdup_printf (_("until %s"), valid_to);
    if (dates != NULL)
      g_string_append_printf (line, " · %s", dates);
    subtitle = g_string_free (line, FALSE);
  }
  pd_units_view_label_set_text_marking (self->unit_subtitle, subtitle, short_name);

  /* Leads 8 projects · Responsible for 1 project · Cooperates on 15 projects */
  {
    GString *line = g_string_new (NULL);

    for (guint r = 0; r < PD_N_ROLES; r++)
      if (pd_unit_load_get_count (load, listed_roles[r]) > 0)
        {
          g_autofree char *part = describe_count (listed_roles[r],
                                                  pd_unit_load_get_count (load, listed_roles[r]));

          if (line->len > 0)
            g_string_append (line, " · ");
          g_string_append (line, part);
        }
    counts = g_string_free (line, FALSE);
  }
  gtk_label_set_text (self->unit_counts, counts);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_counts), *counts != '\0');

  show_related_units (self, load);
  show_members (self, load);

  /* The projects by role, each in document order. */
  listed = g_ptr_array_new_full (pd_unit_load_get_assignments (load)->len, NULL);
  for (guint r = 0; r < PD_N_ROLES; r++)
    for (guint i = 0; i < pd_unit_load_get_assignments (load)->len; i++)
      {
        PdAssignment *assignment = g_ptr_array_index (pd_unit_load_get_assignments (load), i);

        if (pd_assignment_get_role (assignment) == listed_roles[r])
          g_ptr_array_add (listed, assignment);
      }
  {
    GString *shown = g_string_new (NULL);

    /* Only when a row would show something else are the rows made again. */
    for (guint i = 0; i < listed->len; i++)
      {
        PdAssignment *assignment = g_ptr_array_index (listed, i);
        PdProject *project = pd_assignment_get_project (assignment);
        PdProgramme *programme = project ? pd_project_get_programme (project) : NULL;

        g_string_append_printf (shown, "%p %d %s|%d %s|%p %s %s\n", (void *)assignment,
                                pd_assignment_get_role (assignment),
                                pd_assignment_get_scope (assignment) ? pd_assignment_get_scope (assignment) : "",
                                project ? pd_project_get_number (project) : 0,
                                project ? pd_project_get_title (project) : "",
                                (void *)programme,
                                programme ? pd_programme_get_numeral (programme) : "",
                                programme ? pd_programme_get_title (programme) : "");
      }
    if (g_strcmp0 (shown->str, self->listed_shown) != 0)
      {
        g_list_store_splice (self->responsibilities, 0,
                             g_list_model_get_n_items (G_LIST_MODEL (self->responsibilities)),
                             listed->pdata, listed->len);
        g_free (self->listed_shown);
        self->listed_shown = g_string_free (shown, FALSE);
      }
    else
      g_string_free (shown, TRUE);
  }

  for (guint r = 0; r < PD_N_ROLES; r++)
    {
      guint n = pd_unit_load_get_count (load, r);
      g_autofree char *title = format_role_title (r, n);

      adw_preferences_group_set_title (role_group (self, r), title);
      gtk_widget_set_visible (GTK_WIDGET (role_group (self, r)), n > 0);
    }
  gtk_widget_set_visible (self->no_projects_label, pd_unit_load_get_assignments (load)->len == 0);

  gtk_stack_set_visible_child_name (self->detail_stack, "unit");
}

static gboolean
filter_role_cb (gpointer item,
                gpointer user_data)
{
  return pd_assignment_get_role (PD_ASSIGNMENT (item)) == (PdRole)GPOINTER_TO_UINT (user_data);
}

static void
project_row_activated_cb (GtkListBox    *list_box,
                          GtkListBoxRow *row,
                          PdUnitsView   *self)
{
  for (guint r = 0; r < PD_N_ROLES; r++)
    if (role_list (self, r) == list_box)
      {
        g_autoptr(PdAssignment) assignment =
          g_list_model_get_item (G_LIST_MODEL (self->role_models[r]),
                                 gtk_list_box_row_get_index (row));
        PdProject *project = assignment ? pd_assignment_get_project (assignment) : NULL;

        if (project != NULL)
          g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
        return;
      }
}

static void
unit_row_activated_cb (GtkListBox    *list_box,
                       GtkListBoxRow *row,
                       PdUnitsView   *self)
{
  PdUnit *unit = g_object_get_data (G_OBJECT (row), "pd-unit");

  if (unit != NULL)
    pd_units_view_select_unit (self, unit);
}

/* Selection and navigation */

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      PdUnitsView        *self)
{
  PdUnitLoad *load = gtk_single_selection_get_selected_item (selection);

  pd_units_view_show_unit (self, load);
  if (load != NULL && self->pointer_input && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
column_view_activate_cb (GtkColumnView *column_view,
                         guint          position,
                         PdUnitsView   *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Remembers whether the unit list was last used with a pointer: a click
 * opens the responsibility list of a folded view; arrow keys only move. */
static gboolean
list_event_cb (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               PdUnitsView              *self)
{
  switch ((int)gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      self->pointer_input = TRUE;
      break;
    case GDK_KEY_PRESS:
      self->pointer_input = FALSE;
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
back_clicked_cb (GtkButton   *button,
                 PdUnitsView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
scroll_to_selected (PdUnitsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  /* GTK 4.8 has no gtk_column_view_scroll_to(): ask its list view. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        break;
      }
}

/* Scrolling needs the list allocated: wait for the next frame. */
static gboolean
scroll_to_selected_tick_cb (GtkWidget     *widget,
                            GdkFrameClock *frame_clock,
                            gpointer       user_data)
{
  PdUnitsView *self = PD_UNITS_VIEW (widget);

  if (gtk_widget_get_height (GTK_WIDGET (self->column_view)) == 0)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  scroll_to_selected (self);
  return G_SOURCE_REMOVE;
}

static void
queue_scroll_to_selected (PdUnitsView *self)
{
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                      scroll_to_selected_tick_cb, NULL, NULL);
}

static void
clear_store (PdUnitsView *self)
{
  if (self->loads != NULL)
    pd_unit_loads_set_store (self->loads, NULL);
  g_clear_object (&self->store);
}

static void
pd_units_view_dispose (GObject *object)
{
  PdUnitsView *self = (PdUnitsView *)object;
  GtkWidget *child;

  /* Disposing the column view drops its sorter, which reorders the
   * models: nothing may follow them any more. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_handle_id (&self->merge_idle, g_source_remove);
  clear_store (self);
  g_clear_object (&self->history);
  if (self->merge_picker != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->merge_picker));
      self->merge_picker = NULL;
    }
  self->member_picker = NULL;  /* add_member_button's */
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_UNITS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->shown);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->name_sorter);
  g_clear_object (&self->kind_sorter);
  for (guint i = 0; i < PD_N_ROLES; i++)
    {
      g_clear_object (&self->count_sorters[i]);
      g_clear_object (&self->role_models[i]);
    }
  g_clear_object (&self->responsibilities);
  if (self->loads != NULL)
    g_signal_handlers_disconnect_by_data (self->loads, self);
  g_clear_object (&self->loads);
  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->shown_name, g_free);
  g_clear_pointer (&self->members_shown, g_free);
  g_clear_pointer (&self->listed_shown, g_free);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);

  G_OBJECT_CLASS (pd_units_view_parent_class)->dispose (object);
}

static void
pd_units_view_class_init (PdUnitsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_units_view_dispose;

  /**
   * PdUnitsView::project-activated:
   * @self: the view
   * @project: the project
   *
   * Emitted when a project of the responsibility list is activated: the
   * window shows it in the project list.
   */
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_PROJECT);

  /**
   * PdUnitsView::error:
   * @self: the view
   * @message: what went wrong
   *
   * Emitted when the plan refused an edit (the window shows a toast). A
   * name the plan cannot take is explained under the name entry instead.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * PdUnitsView::command-pushed:
   * @self: the view
   * @command: the command, already applied and on the undo stack
   *
   * Emitted after every edit the view made, so the window can offer to
   * undo destructive ones (merging, deleting).
   */
  signals[SIGNAL_COMMAND_PUSHED] =
    g_signal_new ("command-pushed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PD_TYPE_COMMAND);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-units-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, unit_column);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, kind_column);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, lead_column);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, cooperate_column);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, responsible_column);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, content);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, responsibility_box);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, unit_title);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, unit_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, unit_counts);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, unit_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, edit_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, name_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, name_message_label);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, add_member_button);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, related_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, related_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, members_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, members_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, lead_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, lead_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, responsible_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, responsible_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, cooperate_group);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, cooperate_list);
  gtk_widget_class_bind_template_child (widget_class, PdUnitsView, no_projects_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, project_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_row_activated_cb);
  pd_units_view_class_init_editing (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "unitsview");
}

static void
pd_units_view_init (PdUnitsView *self)
{
  GtkEventController *controller;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));
  pd_a11y_label_entry_row (self->name_row);

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese,
                          pango_attr_language_new (pango_language_from_string ("zh-cn")));
  gtk_label_set_attributes (self->unit_title, self->chinese);
  adw_entry_row_set_attributes (self->name_row, self->chinese);

  pd_units_view_init_editing (self);

  self->loads = pd_unit_loads_new ();
  g_signal_connect (self->loads, "recounted", G_CALLBACK (loads_recounted_cb), self);
  g_signal_connect (self->loads, "renamed", G_CALLBACK (loads_renamed_cb), self);
  g_signal_connect (self->loads, "kind-changed", G_CALLBACK (loads_kind_changed_cb), self);

  set_factory (self, self->unit_column,
               G_CALLBACK (name_setup_cb), G_CALLBACK (name_bind_cb), G_CALLBACK (name_unbind_cb));
  set_factory (self, self->kind_column,
               G_CALLBACK (kind_setup_cb), G_CALLBACK (kind_bind_cb), G_CALLBACK (kind_unbind_cb));
  set_factory (self, self->lead_column,
               G_CALLBACK (count_setup_cb), G_CALLBACK (lead_bind_cb),
               G_CALLBACK (count_unbind_cb));
  set_factory (self, self->cooperate_column,
               G_CALLBACK (count_setup_cb), G_CALLBACK (cooperate_bind_cb),
               G_CALLBACK (count_unbind_cb));
  set_factory (self, self->responsible_column,
               G_CALLBACK (count_setup_cb), G_CALLBACK (responsible_bind_cb),
               G_CALLBACK (count_unbind_cb));

  self->name_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_names_cb, NULL, NULL));
  self->kind_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_kinds_cb, NULL, NULL));
  gtk_column_view_column_set_sorter (self->unit_column, self->name_sorter);
  gtk_column_view_column_set_sorter (self->kind_column, self->kind_sorter);
  for (guint r = 0; r < PD_N_ROLES; r++)
    self->count_sorters[r] =
      GTK_SORTER (gtk_custom_sorter_new (compare_counts_cb, GUINT_TO_POINTER (r), NULL));
  gtk_column_view_column_set_sorter (self->lead_column, self->count_sorters[PD_ROLE_LEAD]);
  gtk_column_view_column_set_sorter (self->cooperate_column,
                                     self->count_sorters[PD_ROLE_COOPERATE]);
  gtk_column_view_column_set_sorter (self->responsible_column,
                                     self->count_sorters[PD_ROLE_RESPONSIBLE]);

  /* units → sorted by the clicked column → filtered by the search → selection */
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->loads)),
                                              g_object_ref (sorter));
  self->filter = gtk_custom_filter_new (filter_units_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (list_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);

  gtk_search_entry_set_key_capture_widget (self->search_entry, self->sidebar);

  /* The responsibility list: one model, one list box per role. */
  self->responsibilities = g_list_store_new (PD_TYPE_ASSIGNMENT);
  for (guint r = 0; r < PD_N_ROLES; r++)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (filter_role_cb, GUINT_TO_POINTER (r), NULL);

      self->role_models[r] =
        gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->responsibilities)),
                                   GTK_FILTER (filter));
      gtk_list_box_bind_model (role_list (self, r), G_LIST_MODEL (self->role_models[r]),
                               create_project_row_cb, self, NULL);
    }

  pd_units_view_show_unit (self, NULL);
}

GtkWidget *
pd_units_view_new (void)
{
  return g_object_new (PD_TYPE_UNITS_VIEW, NULL);
}

void
pd_units_view_set_store (PdUnitsView *self,
                         PdStore     *store)
{
  GListModel *units;

  g_return_if_fail (PD_IS_UNITS_VIEW (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  if (self->store == store)
    return;

  /* A history belongs to its store. */
  if (self->history != NULL && pd_history_get_store (self->history) != store)
    g_clear_object (&self->history);

  pd_units_view_show_unit (self, NULL);
  clear_store (self);
  pd_unit_search_set_units (self->member_picker, NULL);
  pd_unit_search_set_units (self->merge_picker, NULL);

  if (store == NULL)
    {
      pd_units_view_update_editing (self);
      return;
    }

  self->store = g_object_ref (store);
  units = pd_store_get_units (store);
  pd_unit_search_set_units (self->member_picker, units);
  pd_unit_search_set_units (self->merge_picker, units);
  pd_unit_loads_set_store (self->loads, store);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  pd_units_view_update_editing (self);
}

PdStore *
pd_units_view_get_store (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->store;
}

/**
 * pd_units_view_set_history:
 * @history: (nullable): where edits are pushed
 *
 * Shows @history's store, as pd_units_view_set_store() does, and lets the
 * selected unit be edited through @history (unless the plan is read-only).
 */
void
pd_units_view_set_history (PdUnitsView *self,
                           PdHistory   *history)
{
  g_return_if_fail (PD_IS_UNITS_VIEW (self));
  g_return_if_fail (history == NULL || PD_IS_HISTORY (history));

  if (self->history == history)
    return;

  if (history != NULL && self->store != pd_history_get_store (history))
    pd_units_view_set_store (self, NULL);
  g_set_object (&self->history, history);
  if (history != NULL)
    pd_units_view_set_store (self, pd_history_get_store (history));

  /* The editing controls appear or go. */
  if (self->shown != NULL)
    pd_units_view_show_unit (self, self->shown);
  else
    pd_units_view_update_editing (self);
}

PdHistory *
pd_units_view_get_history (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->history;
}

static guint
find_position (GListModel *model,
               PdUnitLoad *load)
{
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(PdUnitLoad) item = g_list_model_get_item (model, i);

      if (item == load)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Selects @unit (NULL to unselect) and shows its responsibility list,
 * clearing the search when it hides the unit. */
void
pd_units_view_select_unit (PdUnitsView *self,
                           PdUnit      *unit)
{
  PdUnitLoad *load;
  guint position;

  g_return_if_fail (PD_IS_UNITS_VIEW (self));
  g_return_if_fail (!unit || PD_IS_UNIT (unit));

  load = pd_units_view_lookup_load (self, unit);
  if (load == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  position = find_position (G_LIST_MODEL (self->filter_model), load);
  if (position == GTK_INVALID_LIST_POSITION && self->search_folded != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self->search_entry, self);
      position = find_position (G_LIST_MODEL (self->filter_model), load);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  queue_scroll_to_selected (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

PdUnit *
pd_units_view_get_selected_unit (PdUnitsView *self)
{
  PdUnitLoad *load;

  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  load = gtk_single_selection_get_selected_item (self->selection);
  return load ? pd_unit_load_get_unit (load) : NULL;
}

/* Filters the unit list as typing in its search entry does (at once,
 * without the entry's delay). */
void
pd_units_view_set_search_text (PdUnitsView *self,
                               const char  *text)
{
  g_return_if_fail (PD_IS_UNITS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  search_changed_cb (self->search_entry, self);
}

/* How many projects @unit has in @role, as counted at the last change. */
guint
pd_units_view_get_load (PdUnitsView *self,
                        PdUnit      *unit,
                        PdRole       role)
{
  PdUnitLoad *load;

  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), 0);
  g_return_val_if_fail (role < PD_N_ROLES, 0);

  load = pd_units_view_lookup_load (self, unit);
  return load ? pd_unit_load_get_count (load, role) : 0;
}

GtkColumnView *
pd_units_view_get_column_view (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->column_view;
}

guint
pd_units_view_get_n_rows (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

/* The unit shown at @position of the list as sorted and filtered. */
PdUnit *
pd_units_view_get_row_unit (PdUnitsView *self,
                            guint        position)
{
  g_autoptr(PdUnitLoad) load = NULL;

  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  load = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  return load ? pd_unit_load_get_unit (load) : NULL;
}

/* @id: "unit", "kind", "lead", "cooperate" or "responsible". */
GtkColumnViewColumn *
pd_units_view_get_column (PdUnitsView *self,
                          const char  *id)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);

  if (g_strcmp0 (id, "unit") == 0)
    return self->unit_column;
  if (g_strcmp0 (id, "kind") == 0)
    return self->kind_column;
  if (g_strcmp0 (id, "lead") == 0)
    return self->lead_column;
  if (g_strcmp0 (id, "cooperate") == 0)
    return self->cooperate_column;
  if (g_strcmp0 (id, "responsible") == 0)
    return self->responsible_column;
  g_return_val_if_reached (NULL);
}

/* The selected unit's assignments as listed: lead, then responsible, then
 * cooperate, each in document order. */
GListModel *
pd_units_view_get_responsibilities (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return G_LIST_MODEL (self->responsibilities);
}

GtkListBox *
pd_units_view_get_role_list (PdUnitsView *self,
                             PdRole       role)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  g_return_val_if_fail (role < PD_N_ROLES, NULL);
  return role_list (self, role);
}

GtkListBox *
pd_units_view_get_members_list (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->members_list;
}

/* The container of the responsibility list, labelled for accessibility. */
GtkWidget *
pd_units_view_get_responsibility_list (PdUnitsView *self)
{
  g_return_val_if_fail (PD_IS_UNITS_VIEW (self), NULL);
  return self->responsibility_box;
}

