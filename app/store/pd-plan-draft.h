/* pd-plan-draft.h — a plan to be created: what an import recognised
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pd-assignment.h"

G_BEGIN_DECLS

typedef struct
{
  char  *numeral;        /* 一, 二, … */
  char  *title;
  guint  line;
} PdDraftProgramme;

typedef struct
{
  guint  programme;      /* index into programmes */
  int    number;
  char  *title;
  char  *notes;          /* durations (年内, 长期…) the document gives instead of a date */
  char  *due_on;         /* YYYY-MM-DD, or NULL for the plan's end */
  guint  line;
} PdDraftProject;

typedef struct
{
  char     *name;
  char     *kind;        /* party, government, … (a guess for a new unit) */
  gboolean  collective;
  gboolean  known;       /* matched a unit or alias the importer was given */
} PdDraftUnit;

typedef struct
{
  guint   project;       /* index into projects */
  guint   unit;          /* index into units */
  PdRole  role;
  char   *scope;
  gint64  source_start;  /* character offsets into source_text, -1 if none */
  gint64  source_end;
  guint   line;
} PdDraftAssignment;

typedef struct
{
  char  *alias;
  guint  unit;           /* index into units */
} PdDraftAlias;

typedef struct
{
  char      *title;
  char      *period_start;
  char      *period_end;
  char      *source_text;
  char      *provenance;
  GPtrArray *programmes;   /* PdDraftProgramme */
  GPtrArray *projects;     /* PdDraftProject, in document order */
  GPtrArray *units;        /* PdDraftUnit, in order of first mention */
  GPtrArray *assignments;  /* PdDraftAssignment, by project then position */
  GPtrArray *aliases;      /* PdDraftAlias */
  GHashTable *unit_by_name; /* private: name → index + 1 */
} PdPlanDraft;

PdPlanDraft       *pd_plan_draft_new               (void);
void               pd_plan_draft_free              (PdPlanDraft  *self);
guint              pd_plan_draft_add_programme     (PdPlanDraft  *self,
                                                    const char   *numeral,
                                                    const char   *title,
                                                    guint         line);
guint              pd_plan_draft_add_project       (PdPlanDraft  *self,
                                                    guint         programme,
                                                    int           number,
                                                    const char   *title,
                                                    guint         line);
guint              pd_plan_draft_find_unit         (PdPlanDraft  *self,
                                                    const char   *name);
guint              pd_plan_draft_add_unit          (PdPlanDraft  *self,
                                                    const char   *name,
                                                    const char   *kind,
                                                    gboolean      collective);
PdDraftAssignment *pd_plan_draft_add_assignment    (PdPlanDraft  *self,
                                                    guint         project,
                                                    guint         unit,
                                                    PdRole        role,
                                                    const char   *scope);
void               pd_plan_draft_add_alias         (PdPlanDraft  *self,
                                                    const char   *alias,
                                                    guint         unit);
guint              pd_plan_draft_count_role        (PdPlanDraft  *self,
                                                    guint         project,
                                                    PdRole        role);

gboolean           pd_plan_draft_write             (PdPlanDraft  *self,
                                                    const char   *path,
                                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPlanDraft, pd_plan_draft_free)

G_END_DECLS
