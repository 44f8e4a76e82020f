/* pd-plan-properties.c — the plan's title, issuer, number, period and sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The properties are applied together, as one command, by the Apply button;
 * an impossible date or an empty title is shown under the fields and
 * nothing changes. Each section opens on a page of its own with a Markdown
 * editor and is saved as one command.
 */
#define G_LOG_DOMAIN "pd-plan-properties"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>

#include "pd-plan-properties.h"
#include "store/pd-commands.h"
#include "store/pd-date.h"

struct _PdPlanProperties
{
  AdwPreferencesWindow  parent_instance;

  /* Template children */
  AdwEntryRow          *title_row;
  AdwEntryRow          *issuer_row;
  AdwEntryRow          *number_row;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  AdwPreferencesGroup  *period_group;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *sections_group;

  PdHistory            *history;
};

G_DEFINE_FINAL_TYPE (PdPlanProperties, pd_plan_properties, ADW_TYPE_PREFERENCES_WINDOW)

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_error (PdPlanProperties *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
style_scheme_for (GtkSourceBuffer *buffer)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");

  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "oblivion" : "classic");
  gtk_source_buffer_set_style_scheme (buffer, scheme);
}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 GtkSourceBuffer *buffer)
{
  style_scheme_for (buffer);
}

typedef struct
{
  PdPlanProperties *self;
  gint64            id;
  AdwEntryRow      *title;
  GtkSourceBuffer  *body;
  GtkLabel         *error;
} SectionPage;

static void
section_save_cb (GtkButton   *button,
                 SectionPage *page)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;
  g_autofree char *body = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (page->body), &start, &end);
  body = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (page->body), &start, &end, FALSE);
  command = pd_command_set_section (pd_history_get_store (page->self->history), page->id,
                                    gtk_editable_get_text (GTK_EDITABLE (page->title)), body, &error);
  if (command == NULL || !pd_history_push (page->self->history, command, &error))
    {
      gtk_label_set_text (page->error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (page->error), TRUE);
      return;
    }
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (page->self));
}

static void
section_activated_cb (AdwActionRow     *row,
                      PdPlanProperties *self)
{
  GVariant *section = g_object_get_data (G_OBJECT (row), "section");
  GtkSourceLanguage *language;
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  SectionPage *page = g_new0 (SectionPage, 1);
  GtkWidget *box, *header, *back, *save, *group, *scrolled, *view, *list;
  const char *kind, *title, *body;
  gint64 id;

  g_variant_get (section, "(x&s&s&s)", &id, &kind, &title, &body);
  page->self = self;
  page->id = id;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_object_set_data_full (G_OBJECT (box), "page", page, g_free);
  header = adw_header_bar_new ();
  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (back, _("Back"));
  g_signal_connect_swapped (back, "clicked", G_CALLBACK (adw_preferences_window_close_subpage), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), back);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Section"), title));
  gtk_box_append (GTK_BOX (box), header);

  group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (group, 12);
  gtk_widget_set_margin_bottom (group, 12);
  gtk_widget_set_margin_start (group, 12);
  gtk_widget_set_margin_end (group, 12);
  gtk_widget_set_vexpand (group, TRUE);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  page->title = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (page->title), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (page->title), title);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (page->title));
  gtk_box_append (GTK_BOX (group), list);

  page->body = gtk_source_buffer_new (NULL);
  language = gtk_source_language_manager_get_language (languages, "markdown");
  if (language != NULL)
    gtk_source_buffer_set_language (page->body, language);
  style_scheme_for (page->body);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), page->body, 0);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (page->body), body, -1);
  view = gtk_source_view_new_with_buffer (page->body);
  g_object_unref (page->body);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Section text"), -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (group), scrolled);
  page->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (page->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (page->error), FALSE);
  gtk_box_append (GTK_BOX (group), GTK_WIDGET (page->error));
  gtk_box_append (GTK_BOX (box), group);

  g_signal_connect (save, "clicked", G_CALLBACK (section_save_cb), page);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), box);
}

static void
load (PdPlanProperties *self)
{
  PdStore *store = pd_history_get_store (self->history);
  g_autoptr(GPtrArray) sections = pd_store_dup_sections (store);
  const char *fields[] = { "title", "issuer", "document_number", "period_start", "period_end" };
  AdwEntryRow *rows[] = { self->title_row, self->issuer_row, self->number_row, self->start_row, self->end_row };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = pd_store_dup_plan_text (store, fields[i]);

      if (rows[i] == self->start_row || rows[i] == self->end_row)
        {
          /* The period's days as they are shown: 2013年1月1日 in Chinese. */
          g_autofree char *date = pd_date_format (text);

          set_row_text (rows[i], date);
        }
      else
        set_row_text (rows[i], text);
    }

  for (guint i = 0; i < sections->len; i++)
    {
      GVariant *section = g_ptr_array_index (sections, i);
      GtkWidget *row = adw_action_row_new ();
      const char *kind, *title, *body;
      gint64 id;
      g_autofree char *preview = NULL;

      g_variant_get (section, "(x&s&s&s)", &id, &kind, &title, &body);
      preview = g_utf8_substring (body, 0, MIN (g_utf8_strlen (body, -1), 40));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), preview);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "section", g_variant_ref (section), (GDestroyNotify)g_variant_unref);
      g_signal_connect (row, "activated", G_CALLBACK (section_activated_cb), self);
      adw_preferences_group_add (self->sections_group, row);
    }
}

/* Pushes the plan's properties as one command; FALSE (and the reason shown)
 * when they cannot be taken. */
gboolean
pd_plan_properties_apply (PdPlanProperties *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCommand) command = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (PD_IS_PLAN_PROPERTIES (self), FALSE);

  /* The period as typed (2013年1月1日, 2013/1/1…) is taken as ISO days; the
   * fields keep what was typed, whatever is wrong with it. */
  start = pd_date_read (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), FALSE, &error);
  end = start ? pd_date_read (gtk_editable_get_text (GTK_EDITABLE (self->end_row)), FALSE, &error) : NULL;
  if (end != NULL)
    command = pd_command_set_plan_properties (pd_history_get_store (self->history),
                                              gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                              gtk_editable_get_text (GTK_EDITABLE (self->issuer_row)),
                                              gtk_editable_get_text (GTK_EDITABLE (self->number_row)),
                                              start, end, &error);
  if (command == NULL || !pd_history_push (self->history, command, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  return TRUE;
}

static void
apply_clicked_cb (PdPlanProperties *self)
{
  if (pd_plan_properties_apply (self))
    gtk_window_close (GTK_WINDOW (self));
}

static void
pd_plan_properties_dispose (GObject *object)
{
  PdPlanProperties *self = (PdPlanProperties *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PLAN_PROPERTIES);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (pd_plan_properties_parent_class)->dispose (object);
}

static void
pd_plan_properties_class_init (PdPlanPropertiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_plan_properties_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/pd-plan-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, title_row);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, number_row);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, start_row);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, end_row);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, period_group);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, error_label);
  gtk_widget_class_bind_template_child (widget_class, PdPlanProperties, sections_group);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
}

static void
pd_plan_properties_init (PdPlanProperties *self)
{
  g_autofree char *hint = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  hint = pd_date_dup_hint ();
  adw_preferences_group_set_description (self->period_group, hint);
}

PdPlanProperties *
pd_plan_properties_new (PdHistory *history)
{
  PdPlanProperties *self;

  g_return_val_if_fail (PD_IS_HISTORY (history), NULL);

  self = g_object_new (PD_TYPE_PLAN_PROPERTIES, NULL);
  self->history = g_object_ref (history);
  load (self);
  return self;
}
