/* pd-timeline-item.c — an undrawn child standing for a row, phase or milestone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline canvas draws everything itself, so screen readers would see
 * one flat widget. GTK 4.8 cannot expose objects that are not widgets to
 * them (custom GtkAccessible implementations arrive in 4.10), so each thing
 * on screen a reader should find — a programme or project row, a phase
 * band, a milestone — is stood for by one of these: an empty widget laid
 * over what the canvas drew, carrying an accessible role, label,
 * description and states. They draw nothing and take no pointer or focus,
 * so the canvas keeps every event, and the canvas recycles them so that
 * only the things in view have one.
 *
 * An item may hold items of its own (a list of phases): it lays them out at
 * the areas its parent gave them, in its own coordinates.
 */
#define G_LOG_DOMAIN "pd-timeline-item"

#include "pd-config.h"

#include "pd-timeline-item.h"

struct _PdTimelineItem
{
  GtkWidget        parent_instance;

  char            *label;
  char            *description;
  graphene_rect_t  area;        /* in the parent's coordinates */
  int              selected;    /* -1: never set */
  int              expanded;    /* -1: not expandable, -2: never set */
  int              level;       /* 0: none */
};

G_DEFINE_FINAL_TYPE (PdTimelineItem, pd_timeline_item, GTK_TYPE_WIDGET)

static void
pd_timeline_item_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* The parent decides where an item goes and how big it is. */
  *minimum = *natural = 0;
}

static void
pd_timeline_item_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PD_IS_TIMELINE_ITEM (child) && gtk_widget_get_visible (child))
      pd_timeline_item_allocate (PD_TIMELINE_ITEM (child));
}

static void
pd_timeline_item_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pd_timeline_item_parent_class)->dispose (object);
}

static void
pd_timeline_item_finalize (GObject *object)
{
  PdTimelineItem *self = PD_TIMELINE_ITEM (object);

  g_free (self->label);
  g_free (self->description);
  G_OBJECT_CLASS (pd_timeline_item_parent_class)->finalize (object);
}

static void
pd_timeline_item_class_init (PdTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_timeline_item_dispose;
  object_class->finalize = pd_timeline_item_finalize;
  widget_class->measure = pd_timeline_item_measure;
  widget_class->size_allocate = pd_timeline_item_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "item");
}

static void
pd_timeline_item_init (PdTimelineItem *self)
{
  self->selected = -1;
  self->expanded = -2;
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
}

/* An item with the accessible @role (fixed for its life: items are only
 * recycled for things of the same kind). */
GtkWidget *
pd_timeline_item_new (GtkAccessibleRole role)
{
  return g_object_new (PD_TYPE_TIMELINE_ITEM, "accessible-role", role, NULL);
}

/* Sets the accessible label and description; tells assistive technologies
 * only what changed, as scrolling reassigns every item. */
void
pd_timeline_item_set_text (PdTimelineItem *self,
                           const char     *label,
                           const char     *description)
{
  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  if (label == NULL)
    label = "";
  if (description == NULL)
    description = "";
  if (g_strcmp0 (self->label, label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (g_strcmp0 (self->description, description) != 0)
    {
      g_free (self->description);
      self->description = g_strdup (description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
}

const char *
pd_timeline_item_get_label (PdTimelineItem *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_ITEM (self), NULL);
  return self->label;
}

const char *
pd_timeline_item_get_description (PdTimelineItem *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_ITEM (self), NULL);
  return self->description;
}

/* The row the keyboard is on: the canvas keeps the focus itself, so this is
 * how a screen reader finds the row it means. */
void
pd_timeline_item_set_selected (PdTimelineItem *self,
                               gboolean        selected)
{
  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  selected = !!selected;
  if (self->selected == selected)
    return;
  self->selected = selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

gboolean
pd_timeline_item_get_selected (PdTimelineItem *self)
{
  g_return_val_if_fail (PD_IS_TIMELINE_ITEM (self), FALSE);
  return self->selected == TRUE;
}

/* @expanded: TRUE or FALSE for a programme row, -1 for a row that does not
 * expand. */
void
pd_timeline_item_set_expanded (PdTimelineItem *self,
                               int             expanded)
{
  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  expanded = expanded < 0 ? -1 : !!expanded;
  if (self->expanded == expanded)
    return;
  self->expanded = expanded;
  if (expanded < 0)
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
  else
    gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

/* The depth in a tree: 1 for programmes, 2 for their projects. */
void
pd_timeline_item_set_level (PdTimelineItem *self,
                            int             level)
{
  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  if (self->level == level)
    return;
  self->level = level;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
}

/* Where the parent puts the item the next time it is laid out. */
void
pd_timeline_item_set_area (PdTimelineItem *self,
                           double          x,
                           double          y,
                           double          width,
                           double          height)
{
  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  graphene_rect_init (&self->area, x, y, MAX (width, 0), MAX (height, 0));
}

/* Lays the item out at its area; for the parent's size_allocate. */
void
pd_timeline_item_allocate (PdTimelineItem *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int x, y, width, height, min, nat;

  g_return_if_fail (PD_IS_TIMELINE_ITEM (self));

  /* GTK wants a widget measured before it is given a size. */
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  x = (int)self->area.origin.x;
  y = (int)self->area.origin.y;
  width = (int)(self->area.origin.x + self->area.size.width + 0.5) - x;
  height = (int)(self->area.origin.y + self->area.size.height + 0.5) - y;
  gtk_widget_size_allocate (widget, &(GtkAllocation) { x, y, MAX (width, 0), MAX (height, 0) }, -1);
}
