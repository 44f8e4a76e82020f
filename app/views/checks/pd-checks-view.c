/* pd-checks-view.c — the list of what is probably wrong with the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A boxed list bound to a PdChecks model: one row per check with an icon for
 * its kind, the title and the detail, and a Merge button on rows of similar
 * unit names. The model replaces only the rows that changed, so the list
 * keeps its other rows, focus and scroll position across edits. Activating
 * a row asks the window to show its project, programme or unit.
 */
#define G_LOG_DOMAIN "pd-checks-view"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "pd-checks-view.h"

struct _PdChecksView
{
  GtkWidget            parent_instance;

  /* Template children */
  GtkStack            *stack;
  AdwPreferencesGroup *group;
  GtkListBox          *list_box;

  PdChecks            *checks;
};

G_DEFINE_FINAL_TYPE (PdChecksView, pd_checks_view, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_TARGET,
  MERGE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kind_icons[PD_N_CHECK_KINDS] = {
  [PD_CHECK_NO_LEAD] = "non-starred-symbolic",
  [PD_CHECK_ONLY_COLLECTIVES] = "system-users-symbolic",
  [PD_CHECK_EMPTY_PROGRAMME] = "folder-symbolic",
  [PD_CHECK_UNUSED_UNIT] = "avatar-default-symbolic",
  [PD_CHECK_SIMILAR_UNITS] = "edit-copy-symbolic",
  [PD_CHECK_DATE_OUTSIDE_PERIOD] = "x-office-calendar-symbolic",
  [PD_CHECK_DONE_INCOMPLETE] = "emblem-ok-symbolic",
  [PD_CHECK_OVERDUE_NOT_STARTED] = "alarm-symbolic",
  [PD_CHECK_PROGRESS_NOT_STARTED] = "media-playback-start-symbolic",
};

static gboolean
is_chinese (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN ||
         (c >= 0x3000 && c <= 0x303F) ||  /* CJK symbols and punctuation: 、。「」 */
         (c >= 0xFF00 && c <= 0xFFEF);    /* full-width forms: (),: */
}

/* Plan data is Chinese whatever the UI language, and a check's text mixes
 * it with UI words: mark each run of Chinese (with the digits and
 * punctuation inside it) as zh-cn, so that it gets Simplified Chinese glyphs
 * while the English words around it keep the UI font. */
static PangoAttrList *
chinese_attributes (const char *text)
{
  PangoAttrList *attributes = pango_attr_list_new ();
  PangoLanguage *chinese = pango_language_from_string ("zh-cn");
  const char *run_start = NULL;
  const char *run_end = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_chinese (c))
        {
          if (run_start == NULL)
            run_start = p;
          run_end = g_utf8_next_char (p);
        }
      else if (c == 0 || g_unichar_isalpha (c) || g_unichar_isspace (c))
        {
          if (run_start != NULL)
            {
              PangoAttribute *attribute = pango_attr_language_new (chinese);

              attribute->start_index = run_start - text;
              attribute->end_index = run_end - text;
              pango_attr_list_insert (attributes, attribute);
              run_start = NULL;
            }
          if (c == 0)
            break;
        }
    }
  return attributes;
}

static GtkWidget *
new_text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);
  PangoAttrList *attributes = chinese_attributes (text);

  gtk_label_set_attributes (GTK_LABEL (label), attributes);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  pango_attr_list_unref (attributes);
  return label;
}

static void
merge_clicked_cb (GtkButton    *button,
                  PdChecksView *self)
{
  PdCheck *check = g_object_get_data (G_OBJECT (button), "pd-check");

  g_return_if_fail (PD_IS_CHECK (check));
  g_signal_emit (self, signals[MERGE_REQUESTED], 0,
                 pd_check_get_unit (check), pd_check_get_other_unit (check));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PdChecksView *self = PD_CHECKS_VIEW (user_data);
  PdCheck *check = PD_CHECK (item);
  PdCheckKind kind = pd_check_get_kind (check);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = new_text_label (pd_check_get_title (check));
  GtkWidget *detail = new_text_label (pd_check_get_detail (check));
  /* The title says what kind of problem it is: the icon only repeats it. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", kind_icons[kind],
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_CENTER,
                                  NULL);
  g_autofree char *name = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_size_request (box, -1, 50 - 16);
  gtk_widget_add_css_class (detail, "subtitle");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);

  if (kind == PD_CHECK_SIMILAR_UNITS)
    {
      GtkWidget *button = gtk_button_new_with_label (_("Merge"));
      g_autofree char *tooltip =
        /* Translators: the Merge button of two similar units: merge the first into the second */
        g_strdup_printf (_("Merge “%s” into “%s”"),
                         pd_unit_get_name (pd_check_get_unit (check)),
                         pd_unit_get_name (pd_check_get_other_unit (check)));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "pd-check", g_object_ref (check), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (merge_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* Translators: the accessible name of a row of the checks list: the
   * check's title, then its detail */
  name = g_strdup_printf (C_("check row", "%s. %s"),
                          pd_check_get_title (check), pd_check_get_detail (check));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return row;
}

static void
update_summary (PdChecksView *self)
{
  guint n = self->checks ? g_list_model_get_n_items (G_LIST_MODEL (self->checks)) : 0;
  /* Translators: the heading of the checks list */
  const char *format = g_dngettext (GETTEXT_PACKAGE, "%u Possible Problem", "%u Possible Problems", n);
  g_autofree char *title = g_strdup_printf (format, n);

  adw_preferences_group_set_title (self->group, title);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "checks" : "empty");
}

static void
checks_items_changed_cb (GListModel   *model,
                         guint         position,
                         guint         removed,
                         guint         added,
                         PdChecksView *self)
{
  update_summary (self);
}

static void
list_box_row_activated_cb (GtkListBox    *list_box,
                           GtkListBoxRow *row,
                           PdChecksView  *self)
{
  g_autoptr(PdCheck) check = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (self->checks == NULL || index < 0)
    return;
  check = g_list_model_get_item (G_LIST_MODEL (self->checks), (guint)index);
  if (check != NULL)
    g_signal_emit (self, signals[ACTIVATE_TARGET], 0, pd_check_get_target (check));
}

static void
pd_checks_view_dispose (GObject *object)
{
  PdChecksView *self = (PdChecksView *)object;

  if (self->checks != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->checks, checks_items_changed_cb, self);
      g_clear_object (&self->checks);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CHECKS_VIEW);

  G_OBJECT_CLASS (pd_checks_view_parent_class)->dispose (object);
}

static void
pd_checks_view_class_init (PdChecksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_checks_view_dispose;

  /**
   * PdChecksView::activate-target:
   * @target: the project, programme or unit of the activated check
   *
   * Asks to show @target in the plan.
   */
  signals[ACTIVATE_TARGET] =
    g_signal_new ("activate-target", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * PdChecksView::merge-requested:
   * @from: the unit to merge, which goes away
   * @into: the unit that takes over @from's assignments
   *
   * Emitted by the Merge button of a pair of similar unit names.
   */
  signals[MERGE_REQUESTED] =
    g_signal_new ("merge-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, PD_TYPE_UNIT, PD_TYPE_UNIT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-checks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PdChecksView, stack);
  gtk_widget_class_bind_template_child (widget_class, PdChecksView, group);
  gtk_widget_class_bind_template_child (widget_class, PdChecksView, list_box);
  gtk_widget_class_bind_template_callback (widget_class, list_box_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checks");
}

static void
pd_checks_view_init (PdChecksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary (self);
}

GtkWidget *
pd_checks_view_new (void)
{
  return g_object_new (PD_TYPE_CHECKS_VIEW, NULL);
}

/* Shows the checks of @store, kept up to date; NULL shows none. */
void
pd_checks_view_set_store (PdChecksView *self,
                          PdStore      *store)
{
  g_return_if_fail (PD_IS_CHECKS_VIEW (self));
  g_return_if_fail (!store || PD_IS_STORE (store));

  if (self->checks != NULL && pd_checks_get_store (self->checks) == store)
    return;

  if (self->checks != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->checks, checks_items_changed_cb, self);
      g_clear_object (&self->checks);
    }
  if (store != NULL)
    {
      self->checks = pd_checks_new (store);
      g_signal_connect (self->checks, "items-changed", G_CALLBACK (checks_items_changed_cb), self);
    }

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->checks),
                           self->checks ? create_row_cb : NULL, self, NULL);
  update_summary (self);
}

/* The checks shown, a list model of PdCheck; NULL without a store. */
GListModel *
pd_checks_view_get_model (PdChecksView *self)
{
  g_return_val_if_fail (PD_IS_CHECKS_VIEW (self), NULL);
  return G_LIST_MODEL (self->checks);
}

GtkListBox *
pd_checks_view_get_list_box (PdChecksView *self)
{
  g_return_val_if_fail (PD_IS_CHECKS_VIEW (self), NULL);
  return self->list_box;
}
