/* pd-import-words.h — reading a plan document's words: units, roles, deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the importer; GTK-free. Offsets are bytes into the text given.
 */
#pragma once

#include <glib.h>

#include "store/pd-assignment.h"

G_BEGIN_DECLS

typedef struct
{
  char  *name;
  gsize  start;                   /* bytes into the text given */
  gsize  end;
  gboolean guessed;               /* split on 和/及 by a guess */
  int    role_note;               /* a PdRole written after the name (市公安局（牵头）), or -1 */
} PdUnitSpan;

typedef enum
{
  PD_LABEL_NONE,
  PD_LABEL_ROLE,
  PD_LABEL_UNKNOWN_ROLE,          /* ends in 单位/部门 but is no role we know */
  PD_LABEL_PERSON,                /* 牵头负责领导, 责任人: never a unit */
  PD_LABEL_TIME,                  /* 完成时限 */
} PdLabelKind;

typedef struct
{
  PdRole     role;
  gboolean   role_guessed;        /* no role word: taken from the context */
  char      *scope;
  GPtrArray *units;               /* PdUnitSpan */
  char      *role_words;          /* the words, when not recognised */
} PdClauseGroup;

typedef struct
{
  GPtrArray *groups;              /* PdClauseGroup */
  char      *deadline;            /* YYYY-MM-DD */
  char      *duration;            /* 年内, 长期, … as written */
} PdClause;

typedef enum
{
  PD_CLAUSE_STRICT   = 1 << 0,    /* every name must look like a unit */
  PD_CLAUSE_LABELLED = 1 << 1,    /* labels (牵头单位：…) allowed */
} PdClauseFlags;

void         pd_unit_span_free          (gpointer      span);
GPtrArray   *pd_import_split_units      (const char   *text,
                                         gsize         len);
gboolean     pd_import_looks_like_unit  (const char   *name);
gboolean     pd_import_is_collective    (const char   *name);
const char  *pd_import_guess_kind       (const char   *name);
PdLabelKind  pd_import_label_kind       (const char   *label,
                                         gsize         len,
                                         PdRole       *role);
gboolean     pd_import_parse_deadline   (const char   *text,
                                         gsize         len,
                                         int           title_year,
                                         char        **date,
                                         char        **duration);
gboolean     pd_import_parse_clause     (const char   *text,
                                         gsize         len,
                                         PdClauseFlags flags,
                                         PdRole        default_role,
                                         int           title_year,
                                         PdClause     *clause);
void         pd_clause_clear            (PdClause     *clause);
gboolean     pd_import_has_role_word    (const char   *text,
                                         gsize         len);

/* Small UTF-8 helpers shared by the readers. */
gboolean     pd_import_is_space         (gunichar      c);
gboolean     pd_import_is_open          (gunichar      c);
gboolean     pd_import_is_close         (gunichar      c);
int          pd_import_chinese_numeral  (const char   *text,
                                         gsize         len,
                                         gsize        *used);
char        *pd_import_numeral_text     (int           n);

G_END_DECLS
