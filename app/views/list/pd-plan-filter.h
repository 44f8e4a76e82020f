/* pd-plan-filter.h — which programmes and projects a search and filters show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

/* A byte range [start, end) of a text that a search term matched. */
typedef struct
{
  guint start;
  guint end;
} PdTextRange;

#define PD_TYPE_PLAN_FILTER (pd_plan_filter_get_type ())
G_DECLARE_FINAL_TYPE (PdPlanFilter, pd_plan_filter, PD, PLAN_FILTER, GtkFilter)

PdPlanFilter     *pd_plan_filter_new               (PdStore          *store);
PdStore          *pd_plan_filter_get_store         (PdPlanFilter     *self);

const char       *pd_plan_filter_get_search_text   (PdPlanFilter     *self);
void              pd_plan_filter_set_search_text   (PdPlanFilter     *self,
                                                    const char       *text);
PdUnit           *pd_plan_filter_get_unit          (PdPlanFilter     *self);
int               pd_plan_filter_get_role          (PdPlanFilter     *self);
PdProgramme      *pd_plan_filter_get_programme     (PdPlanFilter     *self);
int               pd_plan_filter_get_status        (PdPlanFilter     *self);
void              pd_plan_filter_set_criteria      (PdPlanFilter     *self,
                                                    const char       *text,
                                                    PdUnit           *unit,
                                                    int               role,
                                                    PdProgramme      *programme,
                                                    int               status);
gboolean          pd_plan_filter_has_search        (PdPlanFilter     *self);
gboolean          pd_plan_filter_is_active         (PdPlanFilter     *self);

gboolean          pd_plan_filter_match_project     (PdPlanFilter     *self,
                                                    PdProject        *project);
gboolean          pd_plan_filter_match_programme   (PdPlanFilter     *self,
                                                    PdProgramme      *programme);
guint             pd_plan_filter_count_projects    (PdPlanFilter     *self);
void              pd_plan_filter_invalidate        (PdPlanFilter     *self);

GArray           *pd_plan_filter_find_matches      (PdPlanFilter     *self,
                                                    const char       *text);

/* The list's tree of programmes and projects, and how a search expands it */
GtkTreeListModel *pd_plan_filter_create_tree_model (PdPlanFilter     *self);
void              pd_plan_filter_apply             (PdPlanFilter     *self,
                                                    GtkTreeListModel *tree,
                                                    const char       *text,
                                                    PdUnit           *unit,
                                                    int               role,
                                                    PdProgramme      *programme,
                                                    int               status);
void              pd_plan_tree_expand_all          (GtkTreeListModel *tree);

/* Sorters of the list's columns, for one level of the tree */
GtkSorter        *pd_plan_sorter_new_number        (void);
GtkSorter        *pd_plan_sorter_new_title         (void);
GtkSorter        *pd_plan_sorter_new_status        (void);

G_END_DECLS
