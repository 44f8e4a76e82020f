/* pd-database.h — the plan file: one SQLite database per plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "PlnD": written to PRAGMA application_id of every plan file. */
#define PD_APPLICATION_ID 0x506c6e44
#define PD_SCHEMA_VERSION 3

#define PD_STORE_ERROR (pd_store_error_quark ())

typedef enum
{
  PD_STORE_ERROR_NOT_A_PLAN,
  PD_STORE_ERROR_NEWER_SCHEMA,
  PD_STORE_ERROR_CORRUPT,
  PD_STORE_ERROR_IO,
  PD_STORE_ERROR_CONSTRAINT,
  PD_STORE_ERROR_READ_ONLY,
  PD_STORE_ERROR_FAILED,
} PdStoreError;

typedef enum
{
  PD_DATABASE_OPEN_DEFAULT   = 0,
  PD_DATABASE_OPEN_READ_ONLY = 1 << 0,
  PD_DATABASE_OPEN_CREATE    = 1 << 1,  /* create the file, or initialise an empty one */
} PdDatabaseOpenFlags;

#define PD_TYPE_DATABASE (pd_database_get_type ())
G_DECLARE_FINAL_TYPE (PdDatabase, pd_database, PD, DATABASE, GObject)

GQuark        pd_store_error_quark          (void);

PdDatabase   *pd_database_open              (const char           *path,
                                             PdDatabaseOpenFlags   flags,
                                             GError              **error);
const char   *pd_database_get_path          (PdDatabase           *self);
gboolean      pd_database_is_read_only      (PdDatabase           *self);
sqlite3      *pd_database_get_handle        (PdDatabase           *self);
int           pd_database_get_schema_version (PdDatabase          *self);

sqlite3_stmt *pd_database_prepare           (PdDatabase           *self,
                                             const char           *sql,
                                             GError              **error);
gboolean      pd_database_exec              (PdDatabase           *self,
                                             const char           *sql,
                                             GError              **error);
gboolean      pd_database_begin             (PdDatabase           *self,
                                             GError              **error);
gboolean      pd_database_commit            (PdDatabase           *self,
                                             GError              **error);
void          pd_database_rollback          (PdDatabase           *self);

gboolean      pd_database_step_done         (PdDatabase           *self,
                                             sqlite3_stmt         *stmt,
                                             GError              **error);
void          pd_database_set_error         (PdDatabase           *self,
                                             int                   rc,
                                             GError              **error);
const char   *pd_database_column_text       (sqlite3_stmt         *stmt,
                                             int                   column);

gboolean      pd_database_migrate           (PdDatabase           *self,
                                             GError              **error);
gboolean      pd_database_save_copy         (PdDatabase           *self,
                                             const char           *path,
                                             GError              **error);
char         *pd_database_dump              (PdDatabase           *self,
                                             const char * const   *exclude);
void          pd_database_close             (PdDatabase           *self);

/* The ordered list of schema migrations; exposed for tests. */
typedef struct
{
  int         version;
  const char *sql;
} PdMigration;

const PdMigration *pd_migrations_get        (guint                *n_migrations);

G_END_DECLS
