/* pd-plan-list.c — programmes expanding to their projects, with their units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over a GtkTreeListModel: the root rows are the programmes,
 * each expanding to its projects. Rows are recycled, so binding only sets
 * label texts; plan data is marked as Chinese so that fonts pick Simplified
 * Chinese glyphs whatever the UI language.
 */
#define G_LOG_DOMAIN "pd-plan-list"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-plan-list.h"

/* Units named in a cell; the rest are only counted (the cell is narrower). */
#define MAX_NAMES_IN_CELL 12

struct _PdPlanList
{
  GtkWidget             parent_instance;

  /* Template children */
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *number_column;
  GtkColumnViewColumn  *title_column;
  GtkColumnViewColumn  *lead_column;
  GtkColumnViewColumn  *cooperate_column;

  PdStore              *store;
  GtkTreeListModel     *tree_model;
  PangoAttrList        *chinese;
};

G_DEFINE_FINAL_TYPE (PdPlanList, pd_plan_list, GTK_TYPE_WIDGET)

static GListModel *
create_child_model_cb (gpointer item,
                       gpointer user_data)
{
  if (PD_IS_PROGRAMME (item))
    return g_object_ref (pd_programme_get_projects (PD_PROGRAMME (item)));
  return NULL;
}

static GtkWidget *
new_cell_label (PdPlanList *self,
                float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_attributes (GTK_LABEL (label), self->chinese);
  return label;
}

static gpointer
list_item_get_row_item (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

/* No. — the programme numeral (一…十二) or the project number. */
static void
number_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PdPlanList               *self)
{
  GtkWidget *label = new_cell_label (self, 1.0);

  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
number_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdPlanList               *self)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autoptr(GObject) item = list_item_get_row_item (list_item);

  if (PD_IS_PROGRAMME (item))
    gtk_label_set_text (label, pd_programme_get_numeral (PD_PROGRAMME (item)));
  else
    {
      char number[16];

      g_snprintf (number, sizeof number, "%d", pd_project_get_number (PD_PROJECT (item)));
      gtk_label_set_text (label, number);
    }
}

/* Project — the tree column: an expander holding the title. */
static void
title_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdPlanList               *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), new_cell_label (self, 0.0));
  gtk_list_item_set_child (list_item, expander);
}

static void
title_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PdPlanList               *self)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkWidget *label = gtk_tree_expander_get_child (expander);
  g_autoptr(GObject) item = list_item_get_row_item (list_item);

  gtk_tree_expander_set_list_row (expander, gtk_list_item_get_item (list_item));
  if (PD_IS_PROGRAMME (item))
    {
      gtk_label_set_text (GTK_LABEL (label), pd_programme_get_title (PD_PROGRAMME (item)));
      gtk_widget_add_css_class (label, "heading");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), pd_project_get_title (PD_PROJECT (item)));
      gtk_widget_remove_css_class (label, "heading");
    }
  gtk_widget_set_tooltip_text (label, gtk_label_get_text (GTK_LABEL (label)));
}

static void
title_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PdPlanList               *self)
{
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)), NULL);
}

/* Lead / cooperating units — the names joined with 、 and, when there are
 * more than one, their count. */
static void
units_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                PdPlanList               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *names = new_cell_label (self, 0.0);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "unit-count");
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_units (GtkListItem *list_item,
            PdRole       role)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *names = gtk_widget_get_first_child (box);
  GtkWidget *count = gtk_widget_get_last_child (box);
  g_autoptr(GObject) item = list_item_get_row_item (list_item);
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  guint n_units = 0;

  if (!PD_IS_PROJECT (item))
    {
      gtk_label_set_text (GTK_LABEL (names), "");
      gtk_label_set_text (GTK_LABEL (count), "");
      gtk_widget_set_tooltip_text (names, NULL);
      return;
    }

  text = pd_project_dup_unit_names (PD_PROJECT (item), role, MAX_NAMES_IN_CELL, &n_units);
  if (n_units > MAX_NAMES_IN_CELL)
    {
      char *more = g_strconcat (text, "、…", NULL);

      g_free (text);
      text = more;
    }
  gtk_label_set_text (GTK_LABEL (names), text);
  if (n_units > 1)
    {
      char n[16];

      g_snprintf (n, sizeof n, "%u", n_units);
      gtk_label_set_text (GTK_LABEL (count), n);
    }
  else
    gtk_label_set_text (GTK_LABEL (count), "");

  all = n_units > MAX_NAMES_IN_CELL ? pd_project_dup_unit_names (PD_PROJECT (item), role, 0, NULL) : NULL;
  gtk_widget_set_tooltip_text (names, n_units > 0 ? (all ? all : text) : NULL);
}

static void
lead_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PdPlanList               *self)
{
  bind_units (list_item, PD_ROLE_LEAD);
}

static void
cooperate_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   PdPlanList               *self)
{
  bind_units (list_item, PD_ROLE_COOPERATE);
}

static void
set_factory (PdPlanList          *self,
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

static void
pd_plan_list_dispose (GObject *object)
{
  PdPlanList *self = (PdPlanList *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PLAN_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chinese, pango_attr_list_unref);

  G_OBJECT_CLASS (pd_plan_list_parent_class)->dispose (object);
}

static void
pd_plan_list_class_init (PdPlanListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_plan_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-plan-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, column_view);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, number_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, title_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, lead_column);
  gtk_widget_class_bind_template_child (widget_class, PdPlanList, cooperate_column);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planlist");
}

static void
pd_plan_list_init (PdPlanList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chinese = pango_attr_list_new ();
  pango_attr_list_insert (self->chinese, pango_attr_language_new (pango_language_from_string ("zh-cn")));

  set_factory (self, self->number_column, G_CALLBACK (number_setup_cb), G_CALLBACK (number_bind_cb), NULL);
  set_factory (self, self->title_column, G_CALLBACK (title_setup_cb), G_CALLBACK (title_bind_cb),
               G_CALLBACK (title_unbind_cb));
  set_factory (self, self->lead_column, G_CALLBACK (units_setup_cb), G_CALLBACK (lead_bind_cb), NULL);
  set_factory (self, self->cooperate_column, G_CALLBACK (units_setup_cb), G_CALLBACK (cooperate_bind_cb), NULL);
}

GtkWidget *
pd_plan_list_new (void)
{
  return g_object_new (PD_TYPE_PLAN_LIST, NULL);
}

void
pd_plan_list_set_store (PdPlanList *self,
                        PdStore    *store)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_return_if_fail (PD_IS_PLAN_LIST (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->tree_model);
  if (store != NULL)
    self->tree_model = gtk_tree_list_model_new (g_object_ref (pd_store_get_programmes (store)),
                                                FALSE, FALSE, create_child_model_cb, NULL, NULL);

  if (self->tree_model != NULL)
    {
      selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree_model)));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
    }
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/* The rows as shown: programmes, and the projects of expanded programmes. */
GtkTreeListModel *
pd_plan_list_get_model (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->tree_model;
}

GtkColumnView *
pd_plan_list_get_column_view (PdPlanList *self)
{
  g_return_val_if_fail (PD_IS_PLAN_LIST (self), NULL);
  return self->column_view;
}
