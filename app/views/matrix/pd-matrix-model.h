/* pd-matrix-model.h — what the responsibility matrix shows, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "store/pd-store.h"

G_BEGIN_DECLS

#define PD_MATRIX_NO_ROLE (-1)
/* A line or a position that is not there. */
#define PD_MATRIX_NONE    G_MAXUINT

typedef enum
{
  PD_MATRIX_SORT_DOCUMENT,   /* first appearance in the plan */
  PD_MATRIX_SORT_NAME,       /* collation of the names */
  PD_MATRIX_SORT_KIND,       /* party, government, … other */
  PD_MATRIX_SORT_LOAD,       /* the heaviest first */
} PdMatrixSort;

typedef enum
{
  PD_MATRIX_ENTRY_SCOPED  = 1 << 0,   /* the role carries a scope */
  PD_MATRIX_ENTRY_DERIVED = 1 << 1,   /* a member's cell, through its collective */
} PdMatrixEntryFlags;

/* One mark: the role of a unit on a project; @index is the column of the
 * cell in a row's run. */
typedef struct
{
  guint32 index;
  guint8  role;
  guint8  flags;
} PdMatrixEntry;

/* The projects of one programme, lines [first, first + n). */
typedef struct
{
  guint programme;
  guint first;
  guint n;
} PdMatrixBand;

/* Names, kinds, roles */
const char   *pd_matrix_sort_to_string          (PdMatrixSort   sort);
gboolean      pd_matrix_sort_from_string        (const char    *name,
                                                 PdMatrixSort  *sort);
guint         pd_matrix_get_n_kinds             (void);
const char   *pd_matrix_kind_get_id             (guint          rank);
const char   *pd_matrix_kind_get_label          (guint          rank);
guint         pd_matrix_kind_rank               (const char    *kind);
const char   *pd_matrix_kind_label              (const char    *kind);
const char   *pd_matrix_role_label              (int            role);
char         *pd_matrix_format_project          (PdProject     *project);
char         *pd_matrix_format_programme        (PdProgramme   *programme);
float         pd_matrix_estimate_em             (const char    *text);
PdAssignment *pd_matrix_find_assignment         (PdProject     *project,
                                                 PdUnit        *unit);

#define PD_TYPE_MATRIX_MODEL (pd_matrix_model_get_type ())
G_DECLARE_FINAL_TYPE (PdMatrixModel, pd_matrix_model, PD, MATRIX_MODEL, GObject)

PdMatrixModel *pd_matrix_model_new               (void);
/* Reads the whole plan in one pass; call pd_matrix_model_reload() after
 * PdStore::changed. */
void          pd_matrix_model_set_store          (PdMatrixModel *self,
                                                  PdStore       *store);
PdStore      *pd_matrix_model_get_store          (PdMatrixModel *self);
void          pd_matrix_model_reload             (PdMatrixModel *self);

/* Options: each setter returns whether it changed anything (the lines are
 * then rebuilt). */
PdMatrixSort  pd_matrix_model_get_sort           (PdMatrixModel *self);
gboolean      pd_matrix_model_set_sort           (PdMatrixModel *self,
                                                  PdMatrixSort   sort);
gboolean      pd_matrix_model_get_transposed     (PdMatrixModel *self);
gboolean      pd_matrix_model_set_transposed     (PdMatrixModel *self,
                                                  gboolean       transposed);
gboolean      pd_matrix_model_get_show_members   (PdMatrixModel *self);
gboolean      pd_matrix_model_set_show_members   (PdMatrixModel *self,
                                                  gboolean       show_members);
gboolean      pd_matrix_model_get_hide_empty     (PdMatrixModel *self);
gboolean      pd_matrix_model_set_hide_empty     (PdMatrixModel *self,
                                                  gboolean       hide_empty);
/* A programme's id as a string, or "" for all. */
const char   *pd_matrix_model_get_programme_filter (PdMatrixModel *self);
gboolean      pd_matrix_model_set_programme_filter (PdMatrixModel *self,
                                                  const char    *programme_id);
/* A unit kind ("district"…), or "" for all. */
const char   *pd_matrix_model_get_kind_filter    (PdMatrixModel *self);
gboolean      pd_matrix_model_set_kind_filter    (PdMatrixModel *self,
                                                  const char    *kind);

/* The plan as read */
guint         pd_matrix_model_get_n_programmes   (PdMatrixModel *self);
PdProgramme  *pd_matrix_model_get_programme      (PdMatrixModel *self,
                                                  guint          index);
gboolean      pd_matrix_model_contains_unit      (PdMatrixModel *self,
                                                  PdUnit        *unit);
gboolean      pd_matrix_model_contains_project   (PdMatrixModel *self,
                                                  PdProject     *project);

/* What is shown: unit lines (a unit, or a member under its collective) and
 * project lines; rows are unit lines and columns project lines, or the
 * other way round when transposed. */
guint         pd_matrix_model_get_n_rows         (PdMatrixModel *self);
guint         pd_matrix_model_get_n_columns      (PdMatrixModel *self);
guint         pd_matrix_model_get_n_unit_lines   (PdMatrixModel *self);
guint         pd_matrix_model_get_n_project_lines (PdMatrixModel *self);
PdUnit       *pd_matrix_model_get_line_unit      (PdMatrixModel *self,
                                                  guint          uline);
/* The collective a member line is shown under, or NULL. */
PdUnit       *pd_matrix_model_get_line_parent    (PdMatrixModel *self,
                                                  guint          uline);
PdProject    *pd_matrix_model_get_line_project   (PdMatrixModel *self,
                                                  guint          pline);
void          pd_matrix_model_get_cell_lines     (PdMatrixModel *self,
                                                  guint          row,
                                                  guint          column,
                                                  guint         *uline,
                                                  guint         *pline);
/* -1 when not shown; @parent NULL for the unit's own line. */
int           pd_matrix_model_find_unit_line     (PdMatrixModel *self,
                                                  PdUnit        *unit,
                                                  PdUnit        *parent);
int           pd_matrix_model_find_project_line  (PdMatrixModel *self,
                                                  PdProject     *project);
/* The widest unit name shown, estimated in em. */
float         pd_matrix_model_get_widest_unit    (PdMatrixModel *self);

/* Cells: NULL for an empty one. */
const PdMatrixEntry *pd_matrix_model_get_entry   (PdMatrixModel *self,
                                                  guint          row,
                                                  guint          column);
/* The marks of @row from @first_column on, by column; @n_entries is set. */
const PdMatrixEntry *pd_matrix_model_get_row_entries (PdMatrixModel *self,
                                                  guint          row,
                                                  guint          first_column,
                                                  guint         *n_entries);

/* Totals, PD_N_ROLES numbers each, indexed by PdRole. Derived rows count
 * in their row and columns but not in the grand totals. */
const guint  *pd_matrix_model_get_row_counts     (PdMatrixModel *self,
                                                  guint          row);
const guint  *pd_matrix_model_get_column_counts  (PdMatrixModel *self,
                                                  guint          column);
const guint  *pd_matrix_model_get_grand_totals   (PdMatrixModel *self);
/* The largest number of marks on one unit line. */
guint         pd_matrix_model_get_max_load       (PdMatrixModel *self);

/* Programme bands over the project lines. */
guint         pd_matrix_model_get_n_bands        (PdMatrixModel *self);
const PdMatrixBand *pd_matrix_model_get_band     (PdMatrixModel *self,
                                                  guint          band);

G_END_DECLS
