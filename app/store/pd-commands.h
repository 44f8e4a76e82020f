/* pd-commands.h — the edits a plan office makes, as undoable commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each constructor checks its input and returns a command ready for
 * pd_history_push(), or NULL with @error set (PD_STORE_ERROR_CONSTRAINT for
 * input the plan cannot take: an empty or duplicate name, an impossible
 * date…). Descriptions are translated and name what changes.
 */
#pragma once

#include "pd-command.h"

G_BEGIN_DECLS

/* Projects */
PdCommand *pd_command_set_project_title    (PdProject    *project,
                                            const char   *title,
                                            GError      **error);
PdCommand *pd_command_set_project_notes    (PdProject    *project,
                                            const char   *notes);
PdCommand *pd_command_set_project_status   (PdProject    *project,
                                            PdStatus      status);
PdCommand *pd_command_set_project_progress (PdProject    *project,
                                            int           progress);
PdCommand *pd_command_set_project_dates    (PdProject    *project,
                                            const char   *start_on,
                                            const char   *due_on,
                                            GError      **error);
PdCommand *pd_command_move_project         (PdProject    *project,
                                            PdProgramme  *programme);
PdCommand *pd_command_add_project          (PdProgramme  *programme,
                                            const char   *title,
                                            GError      **error);
PdCommand *pd_command_delete_project       (PdProject    *project);

/* Assignments */
PdCommand *pd_command_add_assignment       (PdProject    *project,
                                            PdUnit       *unit,
                                            PdRole        role,
                                            const char   *scope,
                                            GError      **error);
PdCommand *pd_command_create_unit_and_assign (PdStore    *store,
                                            PdProject    *project,
                                            const char   *name,
                                            PdRole        role,
                                            GError      **error);
PdCommand *pd_command_remove_assignment    (PdAssignment *assignment);
PdCommand *pd_command_set_assignment_role  (PdAssignment *assignment,
                                            PdRole        role);
PdCommand *pd_command_move_assignment      (PdAssignment *assignment,
                                            int           delta);
PdCommand *pd_command_set_assignment_scope (PdAssignment *assignment,
                                            const char   *scope);

/* Units */
PdCommand *pd_command_add_unit             (PdStore      *store,
                                            const char   *name,
                                            const char   *kind,
                                            GError      **error);
PdCommand *pd_command_rename_unit          (PdStore      *store,
                                            PdUnit       *unit,
                                            const char   *name,
                                            GError      **error);
PdCommand *pd_command_set_unit_kind        (PdUnit       *unit,
                                            const char   *kind,
                                            GError      **error);
PdCommand *pd_command_add_unit_member      (PdUnit       *collective,
                                            PdUnit       *member,
                                            GError      **error);
PdCommand *pd_command_remove_unit_member   (PdUnit       *collective,
                                            PdUnit       *member);
PdCommand *pd_command_delete_unit          (PdUnit       *unit);
PdCommand *pd_command_merge_units          (PdUnit       *from,
                                            PdUnit       *into,
                                            GError      **error);

/* Programmes */
PdCommand *pd_command_add_programme        (PdStore      *store,
                                            const char   *title,
                                            GError      **error);
PdCommand *pd_command_rename_programme     (PdProgramme  *programme,
                                            const char   *title,
                                            GError      **error);
PdCommand *pd_command_delete_programme     (PdProgramme  *programme);
PdCommand *pd_command_move_programme       (PdProgramme  *programme,
                                            int           delta);

/* The plan */
PdCommand *pd_command_set_plan_properties  (PdStore      *store,
                                            const char   *title,
                                            const char   *issuer,
                                            const char   *document_number,
                                            const char   *period_start,
                                            const char   *period_end,
                                            GError      **error);
PdCommand *pd_command_set_section          (PdStore      *store,
                                            gint64        section_id,
                                            const char   *title,
                                            const char   *body,
                                            GError      **error);

char      *pd_chinese_numeral              (guint         n);
char      *pd_normalize_name               (const char   *name);
gboolean   pd_date_is_valid                (const char   *date);
const char *pd_role_get_label              (PdRole        role);
const char *pd_status_get_label            (PdStatus      status);

G_END_DECLS
