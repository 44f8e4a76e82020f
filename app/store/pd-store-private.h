/* pd-store-private.h — the store's inside, shared with the edit layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pd-plan-mirror.h"
#include "pd-store.h"

G_BEGIN_DECLS

struct _PdStore
{
  GObject     parent_instance;

  PdDatabase *database;
  PdPlanMirror *mirror;            /* NULL: the database is the user's file */
  char       *title;
  char       *period_start;
  char       *period_end;
  GListStore *programmes;          /* of PdProgramme, by position */
  GListStore *units;               /* of PdUnit, by id */
  GHashTable *programmes_by_id;    /* id → PdProgramme (borrowed) */
  GHashTable *projects_by_id;      /* id → PdProject (borrowed) */
  GHashTable *projects_by_number;  /* number → PdProject (borrowed) */
  GHashTable *units_by_id;         /* id → PdUnit (borrowed) */
  GHashTable *units_by_name;       /* name → PdUnit (borrowed) */
  GHashTable *assignments_by_id;   /* id → PdAssignment (borrowed) */
  guint       n_projects;
  guint       n_assignments;

  /* While a command writes: what to put in order and announce at the end. */
  GHashTable *dirty;               /* GListStore → TRUE */
  GHashTable *units_changed;       /* PdProject → TRUE */
  guint       changing;
  guint       touched;             /* tables written in these changes, 1 << PdTable */
  gboolean    touched_known;       /* FALSE outside a command's changes */
};

/* The tables commands write, each row as a vector of column values. */
typedef enum
{
  PD_TABLE_PLAN,
  PD_TABLE_SECTION,
  PD_TABLE_PROGRAMME,
  PD_TABLE_PROJECT,
  PD_TABLE_UNIT,
  PD_TABLE_MEMBER,
  PD_TABLE_ASSIGNMENT,
  PD_TABLE_MILESTONE,
  PD_TABLE_PROGRESS_REPORT,
  PD_TABLE_EVALUATION,
  PD_TABLE_INDICATOR_VALUE,
  PD_N_TABLES
} PdTable;

#define PD_ROW_MAX_COLUMNS 10

typedef struct
{
  enum { PD_VALUE_NULL, PD_VALUE_INT, PD_VALUE_TEXT, PD_VALUE_REAL } type;
  gint64  integer;
  char   *text;
  double  real;
} PdValue;

typedef struct
{
  PdTable  table;
  PdValue  values[PD_ROW_MAX_COLUMNS];
} PdRow;

PdRow      *pd_row_new            (PdTable      table);
PdRow      *pd_row_copy           (const PdRow *row);
void        pd_row_free           (PdRow       *row);
gboolean    pd_row_equal          (const PdRow *a,
                                   const PdRow *b);
int         pd_row_column         (PdTable      table,
                                   const char  *column);
gint64      pd_row_get_int        (const PdRow *row,
                                   const char  *column);
const char *pd_row_get_text       (const PdRow *row,
                                   const char  *column);
gboolean    pd_row_is_null        (const PdRow *row,
                                   const char  *column);
void        pd_row_set_int        (PdRow       *row,
                                   const char  *column,
                                   gint64       value);
void        pd_row_set_text       (PdRow       *row,
                                   const char  *column,
                                   const char  *value);
void        pd_row_set_null       (PdRow       *row,
                                   const char  *column);
double      pd_row_get_double     (const PdRow *row,
                                   const char  *column);
void        pd_row_set_double     (PdRow       *row,
                                   const char  *column,
                                   double       value);

PdRow      *pd_store_read_row     (PdStore     *self,
                                   PdTable      table,
                                   gint64       key,
                                   gint64       key2,
                                   GError     **error);
gint64      pd_store_query_int    (PdStore     *self,
                                   const char  *sql,
                                   gint64       param,
                                   gint64       param2);
gint64      pd_store_next_id      (PdStore     *self,
                                   PdTable      table);
void        pd_store_begin_changes  (PdStore   *self);
guint       pd_store_get_touched_tables (PdStore *self);
void        pd_store_finish_changes (PdStore   *self);
gboolean    pd_store_write_row    (PdStore     *self,
                                   const PdRow *old_row,
                                   const PdRow *new_row,
                                   GObject    **object,
                                   GError     **error);
void        pd_store_sync_row     (PdStore     *self,
                                   const PdRow *old_row,
                                   const PdRow *new_row,
                                   GObject    **object);

PdProgramme  *pd_store_get_programme_by_id  (PdStore *self,
                                             gint64   id);
PdProject    *pd_store_get_project_by_id    (PdStore *self,
                                             gint64   id);
PdUnit       *pd_store_get_unit_by_id       (PdStore *self,
                                             gint64   id);
PdAssignment *pd_store_get_assignment_by_id (PdStore *self,
                                             gint64   id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRow, pd_row_free)

G_END_DECLS
