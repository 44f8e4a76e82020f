/* pd-project-editor.h — the side pane that edits one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "store/pd-history.h"

G_BEGIN_DECLS

#define PD_TYPE_PROJECT_EDITOR (pd_project_editor_get_type ())
G_DECLARE_FINAL_TYPE (PdProjectEditor, pd_project_editor, PD, PROJECT_EDITOR, GtkWidget)

GtkWidget  *pd_project_editor_new              (void);
void        pd_project_editor_set_history      (PdProjectEditor *self,
                                                PdHistory       *history);
PdHistory  *pd_project_editor_get_history      (PdProjectEditor *self);
void        pd_project_editor_set_project      (PdProjectEditor *self,
                                                PdProject       *project);
PdProject  *pd_project_editor_get_project      (PdProjectEditor *self);

/* Pushes the notes and progress still waiting for a pause in typing. */
void        pd_project_editor_flush            (PdProjectEditor *self);

/* For the window and tests: the list of units in @role (its rows hold the
 * assignments in order), the “Add Unit…” button of that group, and the
 * picker it opens (created on demand; NULL when no project is shown). */
GtkListBox *pd_project_editor_get_unit_list    (PdProjectEditor *self,
                                                PdRole           role);
GtkMenuButton *pd_project_editor_get_add_button (PdProjectEditor *self,
                                                PdRole           role);
GtkWidget  *pd_project_editor_open_unit_picker (PdProjectEditor *self,
                                                PdRole           role);
PdAssignment *pd_project_editor_get_row_assignment (PdProjectEditor *self,
                                                PdRole           role,
                                                guint            index);

/* What dropping @assignment on the list of @role does: give it that role
 * and put it at @index in the list (G_MAXUINT for the end). */
gboolean    pd_project_editor_drop_assignment  (PdProjectEditor *self,
                                                PdAssignment    *assignment,
                                                PdRole           role,
                                                guint            index);

G_END_DECLS
