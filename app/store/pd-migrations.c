/* pd-migrations.c — the numbered schema migrations of the plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each migration takes a file from version - 1 to version and runs in the
 * transaction that also sets PRAGMA user_version. Never edit a migration that
 * has shipped: add a new one. The schema is documented in docs/schema.md.
 */
#define G_LOG_DOMAIN "pd-migrations"

#include "pd-database.h"

/* A real calendar date as YYYY-MM-DD: date() with a modifier normalises
 * 2013-02-30 to 2013-03-02, so an impossible date fails the comparison. */
#define DATE_CHECK(col) "CHECK (" col " IS NULL OR date(" col ", '+0 days') IS " col ")"

static const char migration_1[] =
  "CREATE TABLE plan ("
  "  id              INTEGER PRIMARY KEY CHECK (id = 1),"
  "  title           TEXT NOT NULL CHECK (title <> ''),"
  "  short_title     TEXT,"
  "  issuer          TEXT,"
  "  document_number TEXT,"
  "  issued_on       TEXT " DATE_CHECK ("issued_on") ","
  "  period_start    TEXT NOT NULL " DATE_CHECK ("period_start") ","
  "  period_end      TEXT NOT NULL " DATE_CHECK ("period_end") ","
  "  source_text     TEXT NOT NULL DEFAULT '',"
  "  provenance      TEXT,"
  "  notes           TEXT,"
  "  CHECK (period_end >= period_start)"
  ");"
  "CREATE TABLE plan_basis ("
  "  id              INTEGER PRIMARY KEY,"
  "  position        INTEGER NOT NULL UNIQUE,"
  "  document_number TEXT,"
  "  title           TEXT NOT NULL"
  ");"
  "CREATE TABLE plan_section ("
  "  id       INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL UNIQUE,"
  "  kind     TEXT NOT NULL CHECK (kind IN ('goal', 'measure', 'step', 'other')),"
  "  title    TEXT NOT NULL,"
  "  body     TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE TABLE programme ("
  "  id       INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL UNIQUE,"
  "  numeral  TEXT NOT NULL,"
  "  title    TEXT NOT NULL CHECK (title <> ''),"
  "  notes    TEXT"
  ");"
  "CREATE TABLE project ("
  "  id           INTEGER PRIMARY KEY,"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE RESTRICT,"
  "  number       INTEGER NOT NULL UNIQUE CHECK (number > 0),"
  "  title        TEXT NOT NULL CHECK (title <> ''),"
  "  notes        TEXT,"
  "  status       TEXT NOT NULL DEFAULT 'planned'"
  "               CHECK (status IN ('planned', 'active', 'done', 'suspended')),"
  "  progress     INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),"
  "  start_on     TEXT " DATE_CHECK ("start_on") ","
  "  due_on       TEXT " DATE_CHECK ("due_on") ","
  "  CHECK (start_on IS NULL OR due_on IS NULL OR due_on >= start_on)"
  ");"
  "CREATE INDEX project_by_programme ON project (programme_id, number);"
  "CREATE TABLE unit ("
  "  id           INTEGER PRIMARY KEY,"
  "  name         TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  short_name   TEXT,"
  "  kind         TEXT NOT NULL DEFAULT 'other'"
  "               CHECK (kind IN ('party', 'government', 'judicial', 'people', 'district',"
  "                               'collective', 'external', 'other')),"
  "  collective   INTEGER NOT NULL DEFAULT 0 CHECK (collective IN (0, 1)),"
  "  valid_from   TEXT " DATE_CHECK ("valid_from") ","
  "  valid_to     TEXT " DATE_CHECK ("valid_to") ","
  "  successor_id INTEGER REFERENCES unit (id) ON DELETE SET NULL CHECK (successor_id <> id),"
  "  notes        TEXT,"
  "  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)"
  ");"
  "CREATE TABLE unit_member ("
  "  collective_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  member_id     INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (collective_id, member_id),"
  "  CHECK (collective_id <> member_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX unit_member_by_member ON unit_member (member_id);"
  "CREATE TABLE assignment ("
  "  id           INTEGER PRIMARY KEY,"
  "  project_id   INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
  "  unit_id      INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,"
  "  role         TEXT NOT NULL CHECK (role IN ('lead', 'cooperate', 'responsible')),"
  "  scope        TEXT,"
  "  position     INTEGER NOT NULL,"
  "  source_start INTEGER CHECK (source_start IS NULL OR source_start >= 0),"
  "  source_end   INTEGER CHECK (source_end IS NULL OR source_end >= source_start),"
  "  UNIQUE (project_id, unit_id)"
  ");"
  "CREATE INDEX assignment_by_project ON assignment (project_id, position);"
  "CREATE INDEX assignment_by_unit ON assignment (unit_id, role);"
  "CREATE TABLE phase ("
  "  id        INTEGER PRIMARY KEY,"
  "  position  INTEGER NOT NULL UNIQUE,"
  "  name      TEXT NOT NULL,"
  "  starts_on TEXT NOT NULL " DATE_CHECK ("starts_on") ","
  "  ends_on   TEXT NOT NULL " DATE_CHECK ("ends_on") ","
  "  summary   TEXT NOT NULL DEFAULT '',"
  "  CHECK (ends_on >= starts_on)"
  ");"
  "CREATE TABLE milestone ("
  "  id         INTEGER PRIMARY KEY,"
  "  due_on     TEXT NOT NULL " DATE_CHECK ("due_on") ","
  "  title      TEXT NOT NULL,"
  "  kind       TEXT NOT NULL DEFAULT 'other'"
  "             CHECK (kind IN ('deadline', 'evaluation', 'inspection', 'other')),"
  "  phase_id   INTEGER REFERENCES phase (id) ON DELETE SET NULL,"
  "  project_id INTEGER REFERENCES project (id) ON DELETE CASCADE,"
  "  done_on    TEXT " DATE_CHECK ("done_on")
  ");"
  "CREATE INDEX milestone_by_date ON milestone (due_on);"
  "CREATE INDEX milestone_by_project ON milestone (project_id);"
  "CREATE TABLE progress_report ("
  "  id          INTEGER PRIMARY KEY,"
  "  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
  "  unit_id     INTEGER REFERENCES unit (id) ON DELETE SET NULL,"
  "  reported_on TEXT NOT NULL " DATE_CHECK ("reported_on") ","
  "  status      TEXT NOT NULL CHECK (status IN ('planned', 'active', 'done', 'suspended')),"
  "  progress    INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),"
  "  body        TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX progress_report_by_project ON progress_report (project_id, reported_on);"
  "CREATE TABLE indicator ("
  "  id        INTEGER PRIMARY KEY,"
  "  position  INTEGER NOT NULL UNIQUE,"
  "  grp       TEXT NOT NULL CHECK (grp IN ('strengthen', 'raise', 'lower')),"
  "  name      TEXT NOT NULL UNIQUE,"
  "  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),"
  "  measure   TEXT"
  ");"
  "CREATE TABLE indicator_value ("
  "  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,"
  "  year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
  "  target       REAL,"
  "  actual       REAL,"
  "  PRIMARY KEY (indicator_id, year)"
  ") WITHOUT ROWID;"
  "CREATE TABLE evaluation ("
  "  id      INTEGER PRIMARY KEY,"
  "  year    INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  score   REAL,"
  "  grade   TEXT,"
  "  note    TEXT,"
  "  UNIQUE (year, unit_id)"
  ");"
  "CREATE TABLE change_log ("
  "  id          INTEGER PRIMARY KEY,"
  "  changed_at  TEXT NOT NULL,"
  "  user_name   TEXT NOT NULL,"
  "  description TEXT NOT NULL"
  ");";

/* 2: the words a document writes after a unit where its wording departs
 * from the usual rules ("…成员单位等配合", "广州警备区和各区(县级市)"), so
 * the task section can be regenerated exactly as issued. */
static const char migration_2[] =
  "ALTER TABLE assignment ADD COLUMN wording_after TEXT;";

/* 3: other names a document uses for a unit (an imported plan's 广州市公安局
 * for 市公安局), so the next import of a document matches them. */
static const char migration_3[] =
  "CREATE TABLE unit_alias ("
  "  alias   TEXT NOT NULL PRIMARY KEY CHECK (alias <> ''),"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE"
  ") WITHOUT ROWID;"
  "CREATE INDEX unit_alias_by_unit ON unit_alias (unit_id);";

static const PdMigration migrations[] = {
  { 1, migration_1 },
  { 2, migration_2 },
  { 3, migration_3 },
};

const PdMigration *
pd_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
