/* pd-units-view-private.h — what the units view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pd-units-view.c: the unit list and the responsibility list;
 * pd-units-view-actions.c: editing the unit shown.
 */
#pragma once

#include <adwaita.h>

#include "pd-unit-load.h"
#include "pd-unit-search.h"
#include "pd-units-view.h"
#include "store/pd-command.h"

G_BEGIN_DECLS

struct _PdUnitsView
{
  GtkWidget             parent_instance;

  /* Template children */
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkColumnView        *column_view;
  GtkColumnViewColumn  *unit_column;
  GtkColumnViewColumn  *kind_column;
  GtkColumnViewColumn  *lead_column;
  GtkColumnViewColumn  *cooperate_column;
  GtkColumnViewColumn  *responsible_column;
  GtkWidget            *content;
  GtkButton            *back_button;
  GtkStack             *detail_stack;
  GtkScrolledWindow    *detail_scroller;
  GtkWidget            *responsibility_box;
  GtkLabel             *unit_title;
  GtkLabel             *unit_subtitle;
  GtkLabel             *unit_counts;
  GtkMenuButton        *unit_menu_button;
  AdwPreferencesGroup  *edit_group;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  GtkLabel             *name_message_label;
  GtkMenuButton        *add_member_button;
  AdwPreferencesGroup  *related_group;
  GtkListBox           *related_list;
  AdwPreferencesGroup  *members_group;
  GtkListBox           *members_list;
  AdwPreferencesGroup  *lead_group;
  GtkListBox           *lead_list;
  AdwPreferencesGroup  *responsible_group;
  GtkListBox           *responsible_list;
  AdwPreferencesGroup  *cooperate_group;
  GtkListBox           *cooperate_list;
  GtkWidget            *no_projects_label;

  PdStore              *store;
  PdUnitLoads          *loads;           /* of PdUnitLoad, in the store's unit order */
  GtkSortListModel     *sort_model;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filter_model;
  GtkSingleSelection   *selection;
  GtkSorter            *name_sorter;
  GtkSorter            *kind_sorter;
  GtkSorter            *count_sorters[PD_N_ROLES];
  char                 *search_folded;

  /* The responsibility list of the selected unit. */
  PdUnitLoad           *shown;
  GListStore           *responsibilities;  /* of PdAssignment: lead, responsible, cooperate */
  GtkFilterListModel   *role_models[PD_N_ROLES];

  PangoAttrList        *chinese;
  guint                 scroll_tick;
  gboolean              pointer_input;  /* the last input on the unit list was a click */

  /* Editing */
  PdHistory            *history;
  PdUnitSearch         *member_picker;   /* the popover of add_member_button */
  PdUnitSearch         *merge_picker;    /* parented to unit_menu_button */
  char                 *shown_name;      /* the name the entry was last set to */
  char                 *members_shown;   /* what the member rows show, in short */
  char                 *listed_shown;    /* what the project rows show, in short */
  guint                 updating;        /* setting the fields from the plan */
  guint                 merge_idle;
};

/* pd-units-view.c */
PdUnitLoad *pd_units_view_lookup_load            (PdUnitsView *self,
                                                  PdUnit      *unit);
void        pd_units_view_show_unit              (PdUnitsView *self,
                                                  PdUnitLoad  *load);
void        pd_units_view_label_set_text_marking (GtkLabel    *label,
                                                  const char  *text,
                                                  const char  *fragment);
guint       pd_units_view_kind_rank              (PdUnit      *unit);
guint       pd_units_view_get_n_kinds            (void);
const char *pd_units_view_get_kind_id            (guint        rank);
const char *pd_units_view_get_kind_label         (guint        rank);
gboolean    pd_units_view_unit_is_collective     (PdUnit      *unit);
void        pd_units_view_emit_error             (PdUnitsView *self,
                                                  const char  *message);
void        pd_units_view_emit_command_pushed    (PdUnitsView *self,
                                                  PdCommand   *command);

/* pd-units-view-actions.c */
void        pd_units_view_class_init_editing     (GtkWidgetClass *widget_class);
void        pd_units_view_init_editing           (PdUnitsView *self);
gboolean    pd_units_view_is_editable            (PdUnitsView *self);
void        pd_units_view_update_editing         (PdUnitsView *self);
void        pd_units_view_show_fields            (PdUnitsView *self,
                                                  PdUnitLoad  *load,
                                                  gboolean     other_unit);
void        pd_units_view_set_name_message       (PdUnitsView *self,
                                                  const char  *message);
void        pd_units_view_remove_member_clicked_cb (GtkButton *button,
                                                  PdUnitsView *self);

G_END_DECLS
