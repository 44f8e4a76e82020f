/* pd-matrix-view-actions.c — the responsibility matrix's actions and menus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view's own actions (matrix.zoom-in, matrix.sort, matrix.transpose …,
 * installed on its class), their accelerators, the menu of them for a menu
 * button outside the view, and a "matrix" action group that forwards to
 * them for where that menu button lives.
 */
#define G_LOG_DOMAIN "pd-matrix-view"

#include "pd-config.h"

#include <glib/gi18n-lib.h>

#include "pd-matrix-view-private.h"

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  _pd_matrix_view_zoom_to (self, self->zoom_level + 1, -1, -1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  if (self->zoom_level > 0)
    _pd_matrix_view_zoom_to (self, self->zoom_level - 1, -1, -1);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _pd_matrix_view_zoom_to (PD_MATRIX_VIEW (widget), PD_MATRIX_DEFAULT_ZOOM, -1, -1);
}

static void
edit_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);

  _pd_matrix_view_open_popover (self, self->focus_row, self->focus_column);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    PdMatrixView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      g_autoptr(GError) error = NULL;
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      g_autofree char *with_extension = NULL;

      if (path != NULL && !g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
          !g_str_has_suffix (path, ".PNG") && !g_str_has_suffix (path, ".SVG"))
        {
          gboolean svg = filter != NULL && g_object_get_data (G_OBJECT (filter), "pd-svg") != NULL;

          with_extension = g_strconcat (path, svg ? ".svg" : ".png", NULL);
        }
      if (path == NULL)
        _pd_matrix_view_emit_error (self, _("Images can only be saved to local files"));
      else if (!pd_matrix_view_export_image (self, with_extension ? with_extension : path, &error))
        _pd_matrix_view_emit_error (self, error->message);
      else
        {
          g_autoptr(GFile) saved = g_file_new_for_path (with_extension ? with_extension : path);

          _pd_matrix_view_emit_exported (self, saved);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdMatrixView *self = PD_MATRIX_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *png = gtk_file_filter_new ();
  GtkFileFilter *svg = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Matrix Image"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (png, _("PNG image"));
  gtk_file_filter_add_mime_type (png, "image/png");
  gtk_file_filter_add_suffix (png, "png");
  gtk_file_filter_set_name (svg, _("SVG image"));
  gtk_file_filter_add_mime_type (svg, "image/svg+xml");
  gtk_file_filter_add_suffix (svg, "svg");
  g_object_set_data (G_OBJECT (svg), "pd-svg", GINT_TO_POINTER (1));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), svg);
  g_object_unref (png);
  g_object_unref (svg);
  /* Translators: the suggested file name of the matrix image; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Responsibility Matrix.png"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The proxy action group, for menus outside the view */

static const char * const proxied_actions[] = {
  "zoom-in", "zoom-out", "zoom-reset", "transpose", "sort", "show-members", "hide-empty",
  "programme", "unit-kind", "export-image",
};

static void
proxy_activate_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_autofree char *name = g_strconcat ("matrix.", g_action_get_name (G_ACTION (action)), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (user_data), name, parameter);
}

void
_pd_matrix_view_sync_proxy_group (PdMatrixView *self)
{
  PdMatrixModel *model = self->model;
  struct { const char *name; GVariant *state; } states[] = {
    { "transpose", g_variant_new_boolean (pd_matrix_model_get_transposed (model)) },
    { "show-members", g_variant_new_boolean (pd_matrix_model_get_show_members (model)) },
    { "hide-empty", g_variant_new_boolean (pd_matrix_model_get_hide_empty (model)) },
    { "sort", g_variant_new_string (pd_matrix_sort_to_string (pd_matrix_model_get_sort (model))) },
    { "programme", g_variant_new_string (pd_matrix_model_get_programme_filter (model)) },
    { "unit-kind", g_variant_new_string (pd_matrix_model_get_kind_filter (model)) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      GAction *action = self->proxy_group ? g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                        states[i].name) : NULL;

      if (action != NULL)
        g_simple_action_set_state (G_SIMPLE_ACTION (action), states[i].state);
      else
        g_variant_unref (g_variant_ref_sink (states[i].state));
    }
  if (self->proxy_group != NULL)
    {
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                                "zoom-in")),
                                   self->zoom_level + 1 < PD_MATRIX_N_ZOOM_LEVELS);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->proxy_group),
                                                                                "zoom-out")),
                                   self->zoom_level > 0);
    }
}

GActionGroup *
pd_matrix_view_get_action_group (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);

  if (self->proxy_group == NULL)
    {
      self->proxy_group = g_simple_action_group_new ();
      for (guint i = 0; i < G_N_ELEMENTS (proxied_actions); i++)
        {
          const char *name = proxied_actions[i];
          GSimpleAction *action;

          if (g_str_equal (name, "transpose") || g_str_equal (name, "show-members") || g_str_equal (name, "hide-empty"))
            action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));
          else if (g_str_equal (name, "sort") || g_str_equal (name, "programme") || g_str_equal (name, "unit-kind"))
            action = g_simple_action_new_stateful (name, G_VARIANT_TYPE_STRING, g_variant_new_string (""));
          else
            action = g_simple_action_new (name, NULL);
          g_signal_connect_object (action, "activate", G_CALLBACK (proxy_activate_cb), self, 0);
          g_action_map_add_action (G_ACTION_MAP (self->proxy_group), G_ACTION (action));
          g_object_unref (action);
        }
      _pd_matrix_view_sync_proxy_group (self);
    }
  return G_ACTION_GROUP (self->proxy_group);
}

void
_pd_matrix_view_update_menus (PdMatrixView *self)
{
  if (self->programme_menu != NULL)
    {
      g_menu_remove_all (self->programme_menu);
      g_menu_append (self->programme_menu, _("All Programmes"), "matrix.programme::");
      for (guint i = 0; i < pd_matrix_model_get_n_programmes (self->model); i++)
        {
          PdProgramme *programme = pd_matrix_model_get_programme (self->model, i);
          g_autofree char *label = pd_matrix_format_programme (programme);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);
          char id[32];

          g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, pd_programme_get_id (programme));
          g_menu_item_set_action_and_target_value (item, "matrix.programme", g_variant_new_string (id));
          g_menu_append_item (self->programme_menu, item);
          if (i >= 99)
            break;  /* a menu is no place for more; the filter still takes any programme */
        }
    }
  if (self->kind_menu != NULL)
    {
      g_menu_remove_all (self->kind_menu);
      g_menu_append (self->kind_menu, _("All Kinds"), "matrix.unit-kind::");
      for (guint i = 0; i < pd_matrix_get_n_kinds (); i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (pd_matrix_kind_get_label (i), NULL);

          g_menu_item_set_action_and_target_value (item, "matrix.unit-kind",
                                                   g_variant_new_string (pd_matrix_kind_get_id (i)));
          g_menu_append_item (self->kind_menu, item);
        }
    }
}

GMenuModel *
pd_matrix_view_get_menu_model (PdMatrixView *self)
{
  g_return_val_if_fail (PD_IS_MATRIX_VIEW (self), NULL);

  if (self->menu == NULL)
    {
      GMenu *section;
      GMenu *sort = g_menu_new ();

      self->menu = g_menu_new ();
      self->programme_menu = g_menu_new ();
      self->kind_menu = g_menu_new ();

      section = g_menu_new ();
      g_menu_append (section, _("Zoom _In"), "matrix.zoom-in");
      g_menu_append (section, _("Zoom _Out"), "matrix.zoom-out");
      g_menu_append (section, _("O_riginal Size"), "matrix.zoom-reset");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);

      g_menu_append (sort, _("_Document Order"), "matrix.sort::document");
      g_menu_append (sort, _("_Name"), "matrix.sort::name");
      g_menu_append (sort, _("_Kind"), "matrix.sort::kind");
      g_menu_append (sort, _("_Load"), "matrix.sort::load");
      section = g_menu_new ();
      g_menu_append_submenu (section, _("_Sort Units"), G_MENU_MODEL (sort));
      g_menu_append_submenu (section, _("_Programme"), G_MENU_MODEL (self->programme_menu));
      g_menu_append_submenu (section, _("Unit _Kind"), G_MENU_MODEL (self->kind_menu));
      g_menu_append (section, _("_Transpose"), "matrix.transpose");
      g_menu_append (section, _("Show _Members of Collectives"), "matrix.show-members");
      g_menu_append (section, _("_Hide Units Without Projects"), "matrix.hide-empty");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);
      g_object_unref (sort);

      section = g_menu_new ();
      g_menu_append (section, _("_Export Image…"), "matrix.export-image");
      g_menu_append_section (self->menu, NULL, G_MENU_MODEL (section));
      g_object_unref (section);
      _pd_matrix_view_update_menus (self);
    }
  return G_MENU_MODEL (self->menu);
}

void
_pd_matrix_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "matrix.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "matrix.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "matrix.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_property_action (widget_class, "matrix.transpose", "transposed");
  gtk_widget_class_install_property_action (widget_class, "matrix.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "matrix.show-members", "show-members");
  gtk_widget_class_install_property_action (widget_class, "matrix.hide-empty", "hide-empty");
  gtk_widget_class_install_property_action (widget_class, "matrix.programme", "programme-filter");
  gtk_widget_class_install_property_action (widget_class, "matrix.unit-kind", "kind-filter");
  gtk_widget_class_install_action (widget_class, "matrix.export-image", NULL, export_image_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-cell", NULL, edit_cell_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "matrix.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "matrix.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "matrix.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "matrix.zoom-reset", NULL);
}
