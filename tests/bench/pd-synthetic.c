/* pd-synthetic.c — synthetic plans shaped like the bundled one, N times over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan of scale N holds N blocks. Each block copies the bundled plan's
 * shape: 12 programmes with the bundled plan's project counts, 68 projects
 * whose leads, cooperations and responsibilities per project are those of
 * the bundled projects (75, 362 and 20 in all), and 96 units of varied kinds,
 * every one of them assigned at least once. Titles, dates, statuses and the
 * choice of units come from a GRand seeded with @seed, so a (scale, seed)
 * pair always gives the same file. The file is left in rollback-journal mode
 * like the bundled plan, so it can be opened read-only.
 */
#define G_LOG_DOMAIN "pd-synthetic"

#include "pd-config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "store/pd-database.h"
#include "pd-synthetic.h"

#define PERIOD_START "2013-01-01"
#define PERIOD_END   "2022-12-31"
#define MAX_UNITS_PER_PROJECT 21

/* Projects per programme in the bundled plan. */
static const guint8 projects_per_programme[PD_SYNTHETIC_PROGRAMMES] = {
  8, 7, 6, 4, 11, 5, 3, 5, 4, 5, 5, 5,
};

/* Leads, cooperations and responsibilities of each bundled project. */
static const guint8 project_roles[PD_SYNTHETIC_PROJECTS][3] = {
  { 1, 2, 0 }, { 1, 9, 0 }, { 1, 2, 0 }, { 1, 4, 0 }, { 2, 5, 0 }, { 1, 4, 0 },
  { 1, 4, 0 }, { 1, 3, 0 }, { 1, 8, 0 }, { 1, 7, 0 }, { 1, 7, 0 }, { 1, 7, 0 },
  { 1, 3, 0 }, { 1, 6, 0 }, { 1, 4, 0 }, { 1, 13, 0 }, { 1, 4, 0 }, { 1, 7, 0 },
  { 1, 5, 0 }, { 1, 3, 0 }, { 1, 4, 0 }, { 1, 0, 20 }, { 1, 2, 0 }, { 1, 10, 0 },
  { 1, 3, 0 }, { 1, 2, 0 }, { 1, 3, 0 }, { 1, 3, 0 }, { 1, 2, 0 }, { 1, 5, 0 },
  { 1, 2, 0 }, { 2, 9, 0 }, { 1, 0, 0 }, { 1, 6, 0 }, { 1, 6, 0 }, { 1, 2, 0 },
  { 1, 3, 0 }, { 1, 10, 0 }, { 1, 11, 0 }, { 1, 9, 0 }, { 1, 2, 0 }, { 1, 6, 0 },
  { 1, 7, 0 }, { 1, 8, 0 }, { 2, 7, 0 }, { 1, 8, 0 }, { 1, 11, 0 }, { 1, 6, 0 },
  { 2, 3, 0 }, { 2, 9, 0 }, { 3, 2, 0 }, { 1, 14, 0 }, { 1, 5, 0 }, { 1, 6, 0 },
  { 1, 2, 0 }, { 1, 3, 0 }, { 1, 1, 0 }, { 1, 5, 0 }, { 1, 4, 0 }, { 1, 4, 0 },
  { 1, 13, 0 }, { 1, 2, 0 }, { 1, 4, 0 }, { 1, 8, 0 }, { 1, 5, 0 }, { 1, 9, 0 },
  { 1, 5, 0 }, { 1, 4, 0 },
};

static const char * const role_names[3] = { "lead", "cooperate", "responsible" };

static const char * const numerals[PD_SYNTHETIC_PROGRAMMES] = {
  "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
};

static const char * const programme_themes[PD_SYNTHETIC_PROGRAMMES] = {
  "法治建设", "民生保障", "群众权益保障", "社会矛盾化解", "公共安全防控", "人口服务管理",
  "“两新”组织建设", "志愿服务", "平安交通建设", "信息网络服务保障", "基层基础建设", "平安文化建设",
};

static const char * const subjects[] = {
  "社区矫正", "食品安全", "流动人口", "校园安全", "消防安全", "网格化管理", "矛盾纠纷排查",
  "法律援助", "出租屋管理", "视频监控", "禁毒", "交通秩序", "信访", "社会组织", "志愿者",
  "社区服务", "治安防控", "安全生产", "人民调解", "平安文化",
};

static const char * const actions[] = {
  "规范化建设", "机制创新", "信息化建设", "专项整治", "示范创建", "能力提升", "标准化建设", "综合治理",
};

static const char * const scopes[] = {
  "城区", "农村地区", "食品安全监管", "药品安全监管", "重点行业", "中小学校",
};

typedef struct
{
  const char *kind;
  gboolean    collective;
  guint       count;
  const char *name_format;  /* takes the unit's number, unique in the plan */
} UnitKind;

/* 96 units per block; the districts come right after the government units. */
static const UnitKind unit_kinds[] = {
  { "party",      FALSE, 14, "市委第%04u部" },
  { "government", FALSE, 40, "市第%04u局" },
  { "district",   FALSE, 10, "第%04u区" },
  { "judicial",   FALSE,  4, "市第%04u法院" },
  { "people",     FALSE,  6, "市第%04u协会" },
  { "collective", TRUE,   8, "各第%04u类单位" },
  { "external",   FALSE,  6, "省第%04u厅" },
  { "other",      FALSE,  8, "市第%04u工委" },
};
#define FIRST_DISTRICT   54  /* 14 + 40 */
#define N_DISTRICTS      10
#define FIRST_COLLECTIVE 74  /* 14 + 40 + 10 + 4 + 6 */

typedef struct
{
  PdDatabase *db;
  GRand      *rand;
  guint32     period_start;  /* Julian days */
  guint32     period_end;
  guint       perm[PD_SYNTHETIC_UNITS];
  guint       next;          /* index into perm of the next unit to assign */
} Generator;

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static guint32
julian_of (GDateYear  year,
           GDateMonth month,
           GDateDay   day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
format_julian (char    buffer[11],
               guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (buffer, 11, "%04u-%02u-%02u",
              (guint)g_date_get_year (&date), (guint)g_date_get_month (&date),
              (guint)g_date_get_day (&date));
}

static const char *
pick (Generator          *gen,
      const char * const *strings,
      guint               n_strings)
{
  return strings[g_rand_int_range (gen->rand, 0, (gint32)n_strings)];
}

static void
shuffle_units (Generator *gen)
{
  for (guint i = PD_SYNTHETIC_UNITS - 1; i > 0; i--)
    {
      guint j = (guint)g_rand_int_range (gen->rand, 0, (gint32)i + 1);
      guint tmp = gen->perm[i];

      gen->perm[i] = gen->perm[j];
      gen->perm[j] = tmp;
    }
  gen->next = 0;
}

/* Deals the block's units from a shuffled deck, reshuffled when it runs out,
 * skipping units the project already has. The first deck is dealt without
 * skips, and a block has more assignments than units, so every unit of the
 * block is assigned at least once. */
static guint
next_unit (Generator   *gen,
           const guint *taken,
           guint        n_taken)
{
  for (;;)
    {
      gboolean seen = FALSE;
      guint unit;

      if (gen->next == PD_SYNTHETIC_UNITS)
        shuffle_units (gen);
      unit = gen->perm[gen->next++];
      for (guint i = 0; i < n_taken && !seen; i++)
        seen = taken[i] == unit;
      if (!seen)
        return unit;
    }
}

static gboolean
insert_plan (Generator  *gen,
             guint       scale,
             guint32     seed,
             GError    **error)
{
  g_autofree char *title = g_strdup_printf ("合成方案 ×%u", scale);
  g_autofree char *provenance = g_strdup_printf ("由 pd_synthetic_generate 生成(规模 %u,种子 %u)", scale, seed);
  sqlite3_stmt *stmt;

  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO plan (id, title, short_title, period_start, period_end, provenance) "
                                    "VALUES (1, ?1, '合成方案', '" PERIOD_START "', '" PERIOD_END "', ?2)",
                                    error)))
    return FALSE;
  bind_text (stmt, 1, title);
  bind_text (stmt, 2, provenance);
  return pd_database_step_done (gen->db, stmt, error);
}

static gboolean
insert_units (Generator  *gen,
              guint       block,
              GError    **error)
{
  sqlite3_stmt *stmt;
  guint base = block * PD_SYNTHETIC_UNITS;
  guint u = 0;

  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO unit (id, name, kind, collective, valid_from, valid_to, successor_id) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                    error)))
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (unit_kinds); k++)
    {
      for (guint i = 0; i < unit_kinds[k].count; i++, u++)
        {
          char name[64];

          g_snprintf (name, sizeof name, unit_kinds[k].name_format, base + u + 1);
          sqlite3_bind_int64 (stmt, 1, base + u + 1);
          bind_text (stmt, 2, name);
          bind_text (stmt, 3, unit_kinds[k].kind);
          sqlite3_bind_int (stmt, 4, unit_kinds[k].collective);
          /* As in the bundled plan, a district merged into another one. */
          if (u == FIRST_DISTRICT + N_DISTRICTS - 2)
            bind_text (stmt, 5, "2014-02-12");
          if (u == FIRST_DISTRICT + N_DISTRICTS - 1)
            {
              bind_text (stmt, 6, "2014-02-12");
              sqlite3_bind_int64 (stmt, 7, base + u);
            }
          if (!pd_database_step_done (gen->db, stmt, error))
            return FALSE;
          sqlite3_clear_bindings (stmt);
        }
    }
  g_assert (u == PD_SYNTHETIC_UNITS);

  /* The block's first collective stands for its districts. */
  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO unit_member (collective_id, member_id) VALUES (?1, ?2)",
                                    error)))
    return FALSE;
  for (guint i = 0; i < N_DISTRICTS; i++)
    {
      sqlite3_bind_int64 (stmt, 1, base + FIRST_COLLECTIVE + 1);
      sqlite3_bind_int64 (stmt, 2, base + FIRST_DISTRICT + i + 1);
      if (!pd_database_step_done (gen->db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_programmes (Generator  *gen,
                   guint       block,
                   GError    **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO programme (id, position, numeral, title) VALUES (?1, ?1, ?2, ?3)",
                                    error)))
    return FALSE;

  for (guint i = 0; i < PD_SYNTHETIC_PROGRAMMES; i++)
    {
      char title[128];

      g_snprintf (title, sizeof title, "第%u组%s工程", block + 1, programme_themes[i]);
      sqlite3_bind_int64 (stmt, 1, block * PD_SYNTHETIC_PROGRAMMES + i + 1);
      bind_text (stmt, 2, numerals[i]);
      bind_text (stmt, 3, title);
      if (!pd_database_step_done (gen->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_project (Generator  *gen,
                guint       programme_id,
                guint       project_id,
                GError    **error)
{
  sqlite3_stmt *stmt;
  char title[128];
  char start[11], due[11];
  const char *status;
  guint roll = (guint)g_rand_int_range (gen->rand, 0, 100);
  int progress;

  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO project (id, programme_id, number, title, notes, status, progress, start_on, due_on) "
                                    "VALUES (?1, ?2, ?1, ?3, ?4, ?5, ?6, ?7, ?8)",
                                    error)))
    return FALSE;

  g_snprintf (title, sizeof title, "%s%s项目",
              pick (gen, subjects, G_N_ELEMENTS (subjects)),
              pick (gen, actions, G_N_ELEMENTS (actions)));

  if (roll < 40)
    {
      status = "planned";
      progress = 0;
    }
  else if (roll < 75)
    {
      status = "active";
      progress = 5 * g_rand_int_range (gen->rand, 1, 20);
    }
  else if (roll < 90)
    {
      status = "done";
      progress = 100;
    }
  else
    {
      status = "suspended";
      progress = 5 * g_rand_int_range (gen->rand, 0, 17);
    }

  /* Half run the whole period, like every bundled project; the rest a part of it. */
  if (g_rand_boolean (gen->rand))
    {
      g_strlcpy (start, PERIOD_START, sizeof start);
      g_strlcpy (due, PERIOD_END, sizeof due);
    }
  else
    {
      guint32 s = (guint32)g_rand_int_range (gen->rand, (gint32)gen->period_start, (gint32)gen->period_end + 1);
      guint32 d = (guint32)g_rand_int_range (gen->rand, (gint32)s, (gint32)gen->period_end + 1);

      format_julian (start, s);
      format_julian (due, d);
    }

  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, programme_id);
  bind_text (stmt, 3, title);
  bind_text (stmt, 4, g_rand_int_range (gen->rand, 0, 10) == 0 ? "合成数据,仅供性能测试。" : NULL);
  bind_text (stmt, 5, status);
  sqlite3_bind_int (stmt, 6, progress);
  bind_text (stmt, 7, start);
  bind_text (stmt, 8, due);
  return pd_database_step_done (gen->db, stmt, error);
}

static gboolean
insert_assignments (Generator     *gen,
                    guint          block,
                    guint          project_id,
                    const guint8   roles[3],
                    GError       **error)
{
  guint taken[MAX_UNITS_PER_PROJECT];
  guint n_taken = 0;
  sqlite3_stmt *stmt;

  if (!(stmt = pd_database_prepare (gen->db,
                                    "INSERT INTO assignment (project_id, unit_id, role, scope, position) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5)",
                                    error)))
    return FALSE;

  /* Leads first, then cooperations, then responsibilities. */
  for (guint r = 0; r < 3; r++)
    {
      for (guint i = 0; i < roles[r]; i++)
        {
          guint unit = next_unit (gen, taken, n_taken);
          const char *scope = NULL;

          g_assert (n_taken < MAX_UNITS_PER_PROJECT);
          taken[n_taken++] = unit;

          /* Shared leads divide the work, as in the bundled plan; a few
           * cooperations are limited too. */
          if ((r == 0 && roles[0] > 1) || g_rand_int_range (gen->rand, 0, 50) == 0)
            scope = pick (gen, scopes, G_N_ELEMENTS (scopes));

          sqlite3_bind_int64 (stmt, 1, project_id);
          sqlite3_bind_int64 (stmt, 2, block * PD_SYNTHETIC_UNITS + unit + 1);
          bind_text (stmt, 3, role_names[r]);
          bind_text (stmt, 4, scope);
          sqlite3_bind_int (stmt, 5, (int)n_taken);
          if (!pd_database_step_done (gen->db, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_block (Generator  *gen,
              guint       block,
              GError    **error)
{
  guint j = 0;

  if (!insert_units (gen, block, error) ||
      !insert_programmes (gen, block, error))
    return FALSE;

  for (guint u = 0; u < PD_SYNTHETIC_UNITS; u++)
    gen->perm[u] = u;
  shuffle_units (gen);

  for (guint p = 0; p < PD_SYNTHETIC_PROGRAMMES; p++)
    {
      guint programme_id = block * PD_SYNTHETIC_PROGRAMMES + p + 1;

      for (guint i = 0; i < projects_per_programme[p]; i++, j++)
        {
          guint project_id = block * PD_SYNTHETIC_PROJECTS + j + 1;

          if (!insert_project (gen, programme_id, project_id, error) ||
              !insert_assignments (gen, block, project_id, project_roles[j], error))
            return FALSE;
        }
    }
  g_assert (j == PD_SYNTHETIC_PROJECTS);
  return TRUE;
}

static void
remove_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Creates a plan file at @path, which must not exist, holding @scale copies
 * of the bundled plan's shape. On failure nothing is left at @path. */
gboolean
pd_synthetic_generate (const char  *path,
                       guint        scale,
                       guint32      seed,
                       GError     **error)
{
  g_autoptr(PdDatabase) db = NULL;
  Generator gen = { 0 };
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "%s already exists", path);
      return FALSE;
    }

  if (!(db = pd_database_open (path, PD_DATABASE_OPEN_CREATE, error)))
    {
      remove_files (path);
      return FALSE;
    }

  gen.db = db;
  gen.rand = g_rand_new_with_seed (seed);
  gen.period_start = julian_of (2013, G_DATE_JANUARY, 1);
  gen.period_end = julian_of (2022, G_DATE_DECEMBER, 31);

  ok = pd_database_begin (db, error) && insert_plan (&gen, scale, seed, error);
  for (guint b = 0; ok && b < scale; b++)
    ok = insert_block (&gen, b, error);
  if (ok)
    ok = pd_database_commit (db, error);
  else
    pd_database_rollback (db);

  /* One file, like the bundled plan: readable without a write-ahead log. */
  if (ok)
    ok = pd_database_exec (db, "PRAGMA journal_mode = DELETE", error);

  /* Finalizing closes the file (pd_database_close() twice is not safe). */
  g_rand_free (gen.rand);
  g_clear_object (&db);
  if (!ok)
    remove_files (path);
  return ok;
}
