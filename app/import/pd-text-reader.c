/* pd-text-reader.c — a plan document's text → a plan draft
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text is read as paragraphs (lines). A paragraph may start with a
 * marker: 一、 (section), （一） (sub-section), 1、/1. (item), （1） (sub-item),
 * ① (point). A block is a marked paragraph and the unmarked ones after it;
 * a block that names units with their roles is a task (a project), in any of
 * the written forms: a bracket (（市公安局牵头，市司法局配合）, （牵头单位：X；
 * 配合单位：Y）), a sentence (由X牵头，Y等单位配合), labelled lines (牵头单位：X)
 * or a 任务分工表 table (lines of tab-separated cells, as the DOCX reader
 * writes them). A task's programme is the nearest heading above it that is
 * not a task itself; a document without one becomes one programme named
 * after the document.
 *
 * A copy of a document that lost its punctuation in a web conversion
 * (28三道防线六张网络建设项目, (20132022年), items run together on one line)
 * is read as the original: items are split where the next number follows a
 * 。, and a title whose 、“…” were lost gets them back.
 */
#define G_LOG_DOMAIN "pd-text-reader"

#include "pd-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pd-import-words.h"
#include "pd-text-reader.h"

typedef enum
{
  LEVEL_PLAIN = 0,
  LEVEL_SECTION = 1,      /* 一、 */
  LEVEL_SUBSECTION = 2,   /* （一） */
  LEVEL_ITEM = 3,         /* 1、 1. */
  LEVEL_SUBITEM = 4,      /* （1） 1） */
  LEVEL_POINT = 5,        /* ① */
  LEVEL_LOOSE = 6,        /* an unmarked paragraph with its own assignment */
  LEVEL_ROW = 7,          /* a table row */
} Level;

typedef struct
{
  gsize    start;
  gsize    end;
  guint    line;
  Level    level;
  int      number;
  gboolean arabic;
  gsize    body;
  gboolean lost;         /* the marker lost its 、 (28三道防线…) */
  gboolean label;        /* 牵头单位：… */
  gboolean row;          /* has a tab: a table row */
  gboolean rule;         /* states a role rule */
} Para;

typedef struct
{
  Level      level;
  guint      head;       /* index of its first paragraph */
  gboolean   assigned;
} Block;

typedef struct
{
  char   *numeral;
  char   *title;
  guint   line;
  Level   level;
  int     draft_index;   /* -1 until a task uses it */
} Heading;

typedef struct
{
  PdRole  role;
  char   *scope;
  char   *name;
  gsize   start;         /* bytes into the text */
  gsize   end;
  gboolean guessed;
  char   *role_words;
} Entry;

typedef struct
{
  guint      line;
  Level      level;
  int        number;     /* 0: not numbered with Arabic numerals */
  char      *title;
  int        heading;    /* index into headings, -1: the document */
  GArray    *entries;    /* Entry */
  char      *deadline;
  char      *duration;
} Task;

typedef enum
{
  RULE_NONE,
  RULE_RESPONSIBLE_LEADS,          /* 责任单位即为牵头单位 */
  RULE_RESPONSIBLE_LEADS_IF_NONE,  /* 无牵头单位的，责任单位即为牵头单位 */
  RULE_FIRST_LEADS,                /* 排在第一位的为牵头单位 */
} Rule;

typedef struct
{
  const char            *text;
  gsize                  len;
  const PdImportOptions *options;
  GHashTable            *known;      /* normalised name → unit name */
  GArray                *paras;      /* Para */
  GPtrArray             *headings;   /* Heading */
  GPtrArray             *tasks;      /* Task */
  GPtrArray             *warnings;
  gboolean               lost;
  Rule                   rule;
  int                    title_year;
  char                  *title;
  /* byte → character offsets, moving forward */
  gsize                  cursor_byte;
  gint64                 cursor_char;
} Reader;

static gsize
next_pos (const char *text,
          gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

static void
trim (const char *text,
      gsize      *start,
      gsize      *end)
{
  while (*start < *end && pd_import_is_space (g_utf8_get_char (text + *start)))
    *start = next_pos (text, *start);
  while (*end > *start)
    {
      const char *prev = g_utf8_find_prev_char (text, text + *end);

      if (!pd_import_is_space (g_utf8_get_char (prev)))
        break;
      *end = prev - text;
    }
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->scope);
  g_free (entry->name);
  g_free (entry->role_words);
}

static void
task_free (gpointer data)
{
  Task *task = data;

  g_free (task->title);
  g_free (task->deadline);
  g_free (task->duration);
  g_array_unref (task->entries);
  g_free (task);
}

static void
heading_free (gpointer data)
{
  Heading *heading = data;

  g_free (heading->numeral);
  g_free (heading->title);
  g_free (heading);
}

static void
warn (Reader              *reader,
      guint                line,
      PdImportWarningKind  kind,
      guint                project,
      char                *message)
{
  PdImportWarning *warning = g_new0 (PdImportWarning, 1);

  warning->line = line;
  warning->kind = kind;
  warning->project = project;
  warning->message = message;
  g_ptr_array_add (reader->warnings, warning);
}

static gint64
char_offset (Reader *reader,
             gsize   byte)
{
  /* Units come in document order but for roles sorted first: step back as far as needed only. */
  if (byte < reader->cursor_byte)
    reader->cursor_char -= g_utf8_strlen (reader->text + byte, reader->cursor_byte - byte);
  else
    reader->cursor_char += g_utf8_strlen (reader->text + reader->cursor_byte, byte - reader->cursor_byte);
  reader->cursor_byte = byte;
  return reader->cursor_char;
}

/* Markers ------------------------------------------------------------------ */

static gboolean
is_marker_separator (gunichar c)
{
  return c == 0x3001 || c == '.' || c == 0xFF0E || c == 0xFF0C || c == ',';
}

/* Reads the marker at the start of text[start, end). @expect_item: the item
 * number a lost-punctuation copy may write without its 、. */
static Level
parse_marker (const char *text,
              gsize       start,
              gsize       end,
              int         expect_item,
              int        *number,
              gsize      *body,
              gboolean   *arabic,
              gboolean   *lost)
{
  gunichar c = g_utf8_get_char (text + start);
  gsize used, pos;
  int n;

  *lost = FALSE;
  *arabic = FALSE;
  if (start >= end)
    return LEVEL_PLAIN;

  if (c >= 0x2460 && c <= 0x2473)  /* ① … ⑳ */
    {
      *number = (int)(c - 0x2460) + 1;
      *body = next_pos (text, start);
      return LEVEL_POINT;
    }

  if (pd_import_is_open (c) && c != 0x300A && c != 0x3008)
    {
      gsize inner = next_pos (text, start);

      n = pd_import_chinese_numeral (text + inner, end - inner, &used);
      if (n > 0 && inner + used < end && pd_import_is_close (g_utf8_get_char (text + inner + used)))
        {
          *number = n;
          *body = next_pos (text, inner + used);
          return LEVEL_SUBSECTION;
        }
      for (pos = inner; pos < end && g_ascii_isdigit (text[pos]) && pos - inner < 3; pos++)
        ;
      if (pos > inner && pos < end && pd_import_is_close (g_utf8_get_char (text + pos)))
        {
          *number = atoi (text + inner);
          *arabic = TRUE;
          *body = next_pos (text, pos);
          return LEVEL_SUBITEM;
        }
      return LEVEL_PLAIN;
    }

  n = pd_import_chinese_numeral (text + start, end - start, &used);
  if (n > 0 && start + used < end && is_marker_separator (g_utf8_get_char (text + start + used)) &&
      g_utf8_get_char (text + start + used) != '.')
    {
      *number = n;
      *body = next_pos (text, start + used);
      return LEVEL_SECTION;
    }

  for (pos = start; pos < end && g_ascii_isdigit (text[pos]) && pos - start < 3; pos++)
    ;
  if (pos > start && pos < end && !g_ascii_isdigit (text[pos]))
    {
      gunichar after = g_utf8_get_char (text + pos);
      gsize next = next_pos (text, pos);

      n = atoi (text + start);
      if (is_marker_separator (after) && (next >= end || !g_ascii_isdigit (text[next])))
        {
          *number = n;
          *arabic = TRUE;
          *body = next;
          return LEVEL_ITEM;
        }
      if (after == ')' || after == 0xFF09)
        {
          *number = n;
          *arabic = TRUE;
          *body = next;
          return LEVEL_SUBITEM;
        }
      /* 28三道防线…: the 、 was lost; only the expected next number counts. */
      if (expect_item > 0 && n == expect_item && (after >= 0x4E00 || after == 0x201C))
        {
          *number = n;
          *arabic = TRUE;
          *body = pos;
          *lost = TRUE;
          return LEVEL_ITEM;
        }
    }
  return LEVEL_PLAIN;
}

static gboolean
is_label_para (const char *text,
               gsize       start,
               gsize       end)
{
  for (gsize pos = start; pos < end && pos - start < 40; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (c == 0xFF1A || c == ':')
        {
          PdRole role;

          return pd_import_label_kind (text + start, pos - start, &role) != PD_LABEL_NONE;
        }
    }
  return FALSE;
}

static Rule
find_rule (const char *text,
           gsize       start,
           gsize       end)
{
  g_autofree char *para = g_strndup (text + start, end - start);

  if (strstr (para, "牵头单位") == NULL)
    return RULE_NONE;
  if ((strstr (para, "第一位") || strstr (para, "第一个") || strstr (para, "排名第一") || strstr (para, "排第一")) &&
      (strstr (para, "为牵头单位") || strstr (para, "是牵头单位")))
    return RULE_FIRST_LEADS;
  if (strstr (para, "责任单位即为牵头单位") || strstr (para, "责任单位为牵头单位") ||
      strstr (para, "责任单位均为牵头单位") || strstr (para, "责任单位视为牵头单位"))
    return strstr (para, "无牵头单位") || strstr (para, "未明确牵头单位") || strstr (para, "没有牵头单位")
           ? RULE_RESPONSIBLE_LEADS_IF_NONE : RULE_RESPONSIBLE_LEADS;
  return RULE_NONE;
}

/* Paragraphs ------------------------------------------------------------- */

static void
read_paragraphs (Reader *reader)
{
  const char *text = reader->text;
  gsize line_start = 0;
  guint line = 1;
  int last_item = 0, last_sub = 0, last_section = 0;
  GArray *lines;

  for (gsize pos = 0; pos <= reader->len; pos++)
    {
      if (pos < reader->len && text[pos] != '\n')
        continue;
      {
        Para para = { line_start, pos, line, LEVEL_PLAIN, 0, FALSE, 0, FALSE, FALSE, FALSE, FALSE };

        if (memchr (text + line_start, '\t', pos - line_start) != NULL)
          para.row = TRUE;
        trim (text, &para.start, &para.end);
        if (para.start < para.end)
          g_array_append_val (reader->paras, para);
      }
      line_start = pos + 1;
      line++;
    }

  /* Classify, splitting the items a conversion ran together (…配合。 18、…).
   * The pieces go to a new array, so a line split many times stays linear. */
  lines = reader->paras;
  reader->paras = g_array_sized_new (FALSE, TRUE, sizeof (Para), lines->len);
  for (guint i = 0; i < lines->len; i++)
    {
      Para para = g_array_index (lines, Para, i);
      gboolean split = TRUE;

      if (para.row)
        {
          g_array_append_val (reader->paras, para);
          continue;
        }
      while (split)
        {
          int depth = 0;

          split = FALSE;
          para.level = parse_marker (text, para.start, para.end, last_item + 1, &para.number, &para.body,
                                     &para.arabic, &para.lost);
          para.label = FALSE;
          if (para.level == LEVEL_PLAIN)
            {
              para.body = para.start;
              para.label = is_label_para (text, para.start, para.end);
            }
          else if (para.level == LEVEL_ITEM)
            last_item = para.number;
          else if (para.level == LEVEL_SUBSECTION)
            last_sub = para.number;
          else if (para.level == LEVEL_SECTION)
            last_section = para.number;
          if (para.lost)
            reader->lost = TRUE;

          for (gsize pos = para.body; pos < para.end; pos = next_pos (text, pos))
            {
              gunichar c = g_utf8_get_char (text + pos);
              gsize next, body;
              int number;
              gboolean arabic, lost;
              Level level;

              if (pd_import_is_open (c))
                depth++;
              else if (pd_import_is_close (c))
                depth = MAX (depth - 1, 0);
              if (depth > 0 || c != 0x3002)
                continue;
              next = next_pos (text, pos);
              while (next < para.end && pd_import_is_space (g_utf8_get_char (text + next)))
                next = next_pos (text, next);
              if (next >= para.end)
                break;
              level = parse_marker (text, next, para.end, 0, &number, &body, &arabic, &lost);
              if ((level == LEVEL_ITEM && (number == last_item + 1 || number == 1)) ||
                  (level == LEVEL_SUBSECTION && number == last_sub + 1) ||
                  (level == LEVEL_SECTION && number == last_section + 1))
                {
                  Para head = para;

                  head.end = next_pos (text, pos);
                  trim (text, &head.start, &head.end);
                  head.rule = find_rule (text, head.start, head.end) != RULE_NONE;
                  g_array_append_val (reader->paras, head);
                  para.start = next;
                  split = TRUE;
                  break;
                }
            }
          if (!split)
            {
              para.rule = find_rule (text, para.start, para.end) != RULE_NONE;
              g_array_append_val (reader->paras, para);
            }
        }
    }
  g_array_unref (lines);
}

/* Titles ----------------------------------------------------------------- */

static char *
restore_quotes (const char *title)
{
  static const char * const after[] = { "长效机制", "建设", "机制", "组织", "工程", "项目", "行动", "工作", "体系",
                                        "专项", "活动", "创建", "管理", "服务", "平台", "制度", "试点", "示范", NULL };
  gsize used;
  const char *best = NULL;

  if (pd_import_chinese_numeral (title, strlen (title), &used) == 0)
    return g_strdup (title);
  for (guint i = 0; after[i] != NULL; i++)
    {
      const char *found = strstr (g_utf8_offset_to_pointer (title, 2), after[i]);

      if (found != NULL && (best == NULL || found < best))
        best = found;
    }
  if (best == NULL)
    return g_strdup (title);
  return g_strdup_printf ("“%.*s”%s", (int)(best - title), title, best);
}

/* (2013-2022年) and a lost-dash (20132022年) become (2013—2022年). */
static char *
normalise_years (const char *title)
{
  g_autoptr(GRegex) range = g_regex_new ("((?:19|20)\\d\\d)\\s*(?:[-–－~～]|至)?\\s*((?:19|20)\\d\\d)年", 0, 0, NULL);

  return g_regex_replace (range, title, -1, 0, "\\1—\\2年", 0, NULL);
}

static char *
clean_title (const char *text,
             gsize       start,
             gsize       end)
{
  GString *out;

  trim (text, &start, &end);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (text, text + end);
      gunichar c = g_utf8_get_char (prev);

      if (c != 0x3002 && c != 0xFF0C && c != ',' && c != 0xFF1B && c != ';' && c != 0xFF1A && c != ':' &&
          c != '.' && !pd_import_is_space (c))
        break;
      end = prev - text;
    }
  out = g_string_new_len (text + start, end - start);
  return g_string_free (out, FALSE);
}

/* The text of a heading or item up to its first 。 (or its assignment). */
static char *
title_of (Reader *reader,
          gsize   start,
          gsize   end,
          gsize   stop)
{
  const char *text = reader->text;
  int depth = 0;

  for (gsize pos = start; pos < end && pos < stop; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && c == 0x3002)
        return clean_title (text, start, pos);
    }
  return clean_title (text, start, MIN (end, stop));
}

static void
read_title (Reader *reader)
{
  g_autoptr(GRegex) range = g_regex_new ("((?:19|20)\\d\\d)\\s*[—–\\-－~～至]?\\s*((?:19|20)\\d\\d)\\s*年", 0, 0, NULL);
  g_autoptr(GRegex) single = g_regex_new ("((?:19|20)\\d\\d)\\s*年", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  for (guint i = 0; i < reader->paras->len; i++)
    {
      Para *para = &g_array_index (reader->paras, Para, i);
      g_autofree char *raw = NULL;

      if (para->row || para->label || para->level != LEVEL_PLAIN)
        continue;
      raw = clean_title (reader->text, para->start, para->end);
      if (g_utf8_strlen (raw, -1) > 60)
        continue;
      reader->title = normalise_years (raw);
      break;
    }
  if (reader->title == NULL)
    reader->title = g_strdup (_("Imported Plan"));

  if (g_regex_match (range, reader->title, 0, NULL))
    return;
  if (g_regex_match (single, reader->title, 0, &match))
    {
      g_autofree char *year = g_match_info_fetch (match, 1);

      reader->title_year = atoi (year);
    }
}

/* Assignments -------------------------------------------------------------- */

static void
add_clause (Task       *task,
            PdClause   *clause,
            gsize       offset)
{
  for (guint i = 0; i < clause->groups->len; i++)
    {
      PdClauseGroup *group = g_ptr_array_index (clause->groups, i);

      for (guint j = 0; j < group->units->len; j++)
        {
          PdUnitSpan *span = g_ptr_array_index (group->units, j);
          Entry entry = { span->role_note >= 0 ? (PdRole)span->role_note : group->role,
                          g_strdup (group->scope), g_strdup (span->name), offset + span->start,
                          offset + span->end, span->guessed || group->role_guessed, g_strdup (group->role_words) };

          g_array_append_val (task->entries, entry);
        }
    }
  if (clause->deadline != NULL && (task->deadline == NULL || strcmp (clause->deadline, task->deadline) > 0))
    {
      g_free (task->deadline);
      task->deadline = g_strdup (clause->deadline);
    }
  if (clause->duration != NULL && task->duration == NULL)
    task->duration = g_strdup (clause->duration);
}

/* The brackets of text[start, end) that hold assignments; returns the
 * start of the first one in *@first (G_MAXSIZE if none). */
static gboolean
read_brackets (Reader *reader,
               Task   *task,
               gsize   start,
               gsize   end,
               gsize  *first)
{
  const char *text = reader->text;
  gboolean found = FALSE;
  int depth = 0;
  gsize open = 0;

  *first = G_MAXSIZE;
  for (gsize pos = start; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        {
          if (depth++ == 0)
            open = pos;
        }
      else if (pd_import_is_close (c) && depth > 0 && --depth == 0)
        {
          gsize inner = next_pos (text, open);
          PdClause clause;

          if (!pd_import_has_role_word (text + inner, pos - inner) &&
              g_strstr_len (text + inner, pos - inner, "单位") == NULL)
            continue;
          if (pd_import_parse_clause (text + inner, pos - inner, PD_CLAUSE_STRICT | PD_CLAUSE_LABELLED,
                                      PD_ROLE_RESPONSIBLE, reader->title_year, &clause))
            {
              if (clause.groups->len > 0)
                {
                  add_clause (task, &clause, inner);
                  if (*first == G_MAXSIZE)
                    *first = open;
                  found = TRUE;
                }
              pd_clause_clear (&clause);
            }
        }
    }
  return found;
}

/* Sentences of text[start, end) that are assignments (由X牵头，Y配合). */
static gboolean
read_sentences (Reader *reader,
                Task   *task,
                gsize   start,
                gsize   end,
                gsize  *first)
{
  const char *text = reader->text;
  gboolean found = FALSE;
  gsize sentence = start;
  int depth = 0;

  for (gsize pos = start; pos <= end; pos = pos < end ? next_pos (text, pos) : end + 1)
    {
      gunichar c = pos < end ? g_utf8_get_char (text + pos) : 0;
      PdClause clause;

      if (pos < end && pd_import_is_open (c))
        depth++;
      else if (pos < end && pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      if (pos < end && (depth > 0 || c != 0x3002))
        continue;
      if (pos > sentence &&
          pd_import_has_role_word (text + sentence, pos - sentence) &&
          pd_import_parse_clause (text + sentence, pos - sentence, PD_CLAUSE_STRICT, PD_ROLE_RESPONSIBLE,
                                  reader->title_year, &clause))
        {
          if (clause.groups->len > 0)
            {
              add_clause (task, &clause, sentence);
              if (*first == G_MAXSIZE)
                *first = sentence;
              found = TRUE;
            }
          pd_clause_clear (&clause);
        }
      sentence = pos < end ? next_pos (text, pos) : end;
    }
  return found;
}

static gsize
title_end (Reader *reader,
           gsize   start,
           gsize   end)
{
  const char *text = reader->text;
  int depth = 0;

  for (gsize pos = start; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && c == 0x3002)
        return next_pos (text, pos);
    }
  return end;
}

/* Reads one paragraph's assignments into @task; *@stop is where its title ends. */
static gboolean
read_para (Reader *reader,
           Task   *task,
           Para   *para,
           gboolean head,
           gsize   *stop)
{
  const char *text = reader->text;
  gsize first = G_MAXSIZE;

  *stop = G_MAXSIZE;
  if (para->rule)
    return FALSE;
  if (para->label)
    {
      PdClause clause;
      gboolean ok = pd_import_parse_clause (text + para->start, para->end - para->start, PD_CLAUSE_LABELLED,
                                            PD_ROLE_RESPONSIBLE, reader->title_year, &clause);

      if (ok)
        {
          add_clause (task, &clause, para->start);
          pd_clause_clear (&clause);
        }
      return ok;
    }
  if (read_brackets (reader, task, para->body, para->end, &first))
    {
      *stop = first;
      return TRUE;
    }
  if (read_sentences (reader, task, head ? title_end (reader, para->body, para->end) : para->body, para->end,
                      &first))
    {
      *stop = first;
      return TRUE;
    }
  return FALSE;
}

static Task *
task_new (Para *para,
          Level level)
{
  Task *task = g_new0 (Task, 1);

  task->line = para->line;
  task->level = level;
  task->number = para->arabic ? para->number : 0;
  task->heading = -1;
  task->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (task->entries, entry_clear);
  return task;
}

static gboolean
para_has_assignment (Reader *reader,
                     Para   *para)
{
  g_autoptr(GArray) entries = NULL;
  Task probe = { 0 };
  gsize stop;
  gboolean found;

  if (!pd_import_has_role_word (reader->text + para->start, para->end - para->start) &&
      g_strstr_len (reader->text + para->start, para->end - para->start, "单位") == NULL)
    return FALSE;
  probe.entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (probe.entries, entry_clear);
  entries = probe.entries;
  found = read_para (reader, &probe, para, FALSE, &stop);
  g_free (probe.deadline);
  g_free (probe.duration);
  return found && entries->len > 0;
}

/* Tables ------------------------------------------------------------------- */

typedef enum
{
  COLUMN_OTHER,
  COLUMN_NUMBER,
  COLUMN_TASK,
  COLUMN_LEAD,
  COLUMN_COOPERATE,
  COLUMN_RESPONSIBLE,
  COLUMN_DEADLINE,
  COLUMN_PROGRAMME,
} Column;

static Column
column_kind (const char *cell)
{
  static const struct { const char *word; Column column; } names[] = {
    { "序号", COLUMN_NUMBER }, { "编号", COLUMN_NUMBER },
    { "牵头单位", COLUMN_LEAD }, { "牵头责任单位", COLUMN_LEAD }, { "牵头部门", COLUMN_LEAD },
    { "配合单位", COLUMN_COOPERATE }, { "协同单位", COLUMN_COOPERATE }, { "协同责任单位", COLUMN_COOPERATE },
    { "参与单位", COLUMN_COOPERATE }, { "配合部门", COLUMN_COOPERATE }, { "协办单位", COLUMN_COOPERATE },
    { "责任单位", COLUMN_RESPONSIBLE }, { "责任部门", COLUMN_RESPONSIBLE }, { "负责单位", COLUMN_RESPONSIBLE },
    { "完成时限", COLUMN_DEADLINE }, { "完成时间", COLUMN_DEADLINE }, { "时间节点", COLUMN_DEADLINE },
    { "时限", COLUMN_DEADLINE }, { "时间要求", COLUMN_DEADLINE }, { "完成期限", COLUMN_DEADLINE },
    { "工作任务", COLUMN_TASK }, { "重点任务", COLUMN_TASK }, { "主要任务", COLUMN_TASK }, { "任务", COLUMN_TASK },
    { "工作内容", COLUMN_TASK }, { "任务内容", COLUMN_TASK }, { "具体任务", COLUMN_TASK }, { "工作事项", COLUMN_TASK },
    { "项目", COLUMN_TASK }, { "项目名称", COLUMN_TASK }, { "重点工作", COLUMN_TASK }, { "工作措施", COLUMN_TASK },
    { "具体措施", COLUMN_TASK }, { "改革任务", COLUMN_TASK }, { "任务名称", COLUMN_TASK },
    { "类别", COLUMN_PROGRAMME }, { "工程", COLUMN_PROGRAMME }, { "领域", COLUMN_PROGRAMME }, { "方面", COLUMN_PROGRAMME },
    { "工作领域", COLUMN_PROGRAMME }, { "类型", COLUMN_PROGRAMME }, { "板块", COLUMN_PROGRAMME },
    { "项目类别", COLUMN_PROGRAMME }, { "所属工程", COLUMN_PROGRAMME },
  };
  g_autofree char *bare = g_strdup (cell);
  GString *compact = g_string_new (NULL);

  for (const char *p = bare; *p; p = g_utf8_next_char (p))
    if (!pd_import_is_space (g_utf8_get_char (p)))
      g_string_append_unichar (compact, g_utf8_get_char (p));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (compact->str, names[i].word))
      {
        g_string_free (compact, TRUE);
        return names[i].column;
      }
  g_string_free (compact, TRUE);
  return COLUMN_OTHER;
}

typedef struct
{
  gsize start;
  gsize end;
} Cell;

static GArray *
split_cells (const char *text,
             Para       *para)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  gsize cell = para->start;

  /* The row was trimmed; a leading empty cell keeps its place from the line start. */
  while (cell > 0 && text[cell - 1] != '\n')
    cell--;
  for (gsize pos = cell; pos <= para->end; pos++)
    if (pos == para->end || text[pos] == '\t')
      {
        Cell c = { cell, pos };

        trim (text, &c.start, &c.end);
        g_array_append_val (cells, c);
        cell = pos + 1;
      }
  return cells;
}

static void
read_unit_cell (Reader *reader,
                Task   *task,
                Cell   *cell,
                PdRole  role)
{
  PdClause clause;

  if (cell->start >= cell->end)
    return;
  if (pd_import_parse_clause (reader->text + cell->start, cell->end - cell->start, PD_CLAUSE_LABELLED, role,
                              reader->title_year, &clause))
    {
      add_clause (task, &clause, cell->start);
      pd_clause_clear (&clause);
    }
}

static int
add_heading (Reader     *reader,
             const char *numeral,
             const char *title,
             guint       line,
             Level       level)
{
  Heading *heading = g_new0 (Heading, 1);

  heading->numeral = g_strdup (numeral);
  heading->title = reader->lost ? restore_quotes (title) : g_strdup (title);
  heading->line = line;
  heading->level = level;
  heading->draft_index = -1;
  g_ptr_array_add (reader->headings, heading);
  return reader->headings->len - 1;
}

static int
heading_from_para (Reader *reader,
                   Para   *para,
                   gsize   start,
                   gsize   end,
                   Level   level)
{
  g_autofree char *title = title_of (reader, start, end, G_MAXSIZE);
  g_autofree char *numeral = NULL;

  if (para->level == LEVEL_SECTION || para->level == LEVEL_SUBSECTION)
    numeral = pd_import_numeral_text (para->number);
  return add_heading (reader, numeral, title, para->line, level);
}

/* Reads the table whose rows start at paragraph @first; returns the index
 * after its last row. @current: the heading above the table. */
static guint
read_table (Reader *reader,
            guint   first,
            int    *current)
{
  const char *text = reader->text;
  g_autoptr(GArray) header = NULL;
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));
  gboolean has_task = FALSE;
  guint i = first;
  int programme_heading = *current;
  g_autofree char *programme_title = NULL;

  header = split_cells (text, &g_array_index (reader->paras, Para, first));
  for (guint c = 0; c < header->len; c++)
    {
      Cell *cell = &g_array_index (header, Cell, c);
      g_autofree char *name = g_strndup (text + cell->start, cell->end - cell->start);
      Column column = column_kind (name);

      g_array_append_val (columns, column);
      has_task |= column == COLUMN_TASK;
    }
  if (!has_task)
    {
      /* Not a 任务分工表: its rows are read as paragraphs. */
      for (; i < reader->paras->len && g_array_index (reader->paras, Para, i).row; i++)
        g_array_index (reader->paras, Para, i).row = FALSE;
      return first;
    }

  for (i = first + 1; i < reader->paras->len; i++)
    {
      Para *para = &g_array_index (reader->paras, Para, i);
      g_autoptr(GArray) cells = NULL;
      guint filled = 0, last_filled = 0;
      Task *task;
      gboolean any_unit_column = FALSE;

      if (!para->row)
        break;
      cells = split_cells (text, para);
      for (guint c = 0; c < cells->len; c++)
        if (g_array_index (cells, Cell, c).start < g_array_index (cells, Cell, c).end)
          {
            filled++;
            last_filled = c;
          }
      if (filled == 0)
        continue;

      /* A row of one cell (merged across) is a heading: 一、… or （一）… */
      if (filled == 1 && (last_filled >= columns->len ||
                          g_array_index (columns, Column, last_filled) != COLUMN_LEAD))
        {
          Cell *cell = &g_array_index (cells, Cell, last_filled);
          int number;
          gsize body;
          gboolean arabic, lost;
          Level level = parse_marker (text, cell->start, cell->end, 0, &number, &body, &arabic, &lost);
          Para heading_para = *para;

          heading_para.level = level;
          heading_para.number = number;
          if (level == LEVEL_PLAIN || arabic)
            body = cell->start;
          *current = heading_from_para (reader, &heading_para, body, cell->end,
                                        level == LEVEL_PLAIN || arabic ? LEVEL_SUBSECTION : level);
          programme_heading = *current;
          g_clear_pointer (&programme_title, g_free);
          continue;
        }

      task = task_new (para, LEVEL_ROW);
      task->number = 0;
      for (guint c = 0; c < cells->len && c < columns->len; c++)
        {
          Cell *cell = &g_array_index (cells, Cell, c);
          Column column = g_array_index (columns, Column, c);

          switch (column)
            {
            case COLUMN_NUMBER:
              if (cell->end > cell->start && g_ascii_isdigit (text[cell->start]))
                task->number = atoi (text + cell->start);
              break;
            case COLUMN_TASK:
              {
                int number;
                gsize body = cell->start;
                gboolean arabic, lost;

                if (parse_marker (text, cell->start, cell->end, 0, &number, &body, &arabic, &lost) == LEVEL_PLAIN)
                  body = cell->start;
                else if (arabic && task->number == 0)
                  task->number = number;
                task->title = title_of (reader, body, cell->end, G_MAXSIZE);
              }
              break;
            case COLUMN_LEAD:
              read_unit_cell (reader, task, cell, PD_ROLE_LEAD);
              any_unit_column = TRUE;
              break;
            case COLUMN_COOPERATE:
              read_unit_cell (reader, task, cell, PD_ROLE_COOPERATE);
              any_unit_column = TRUE;
              break;
            case COLUMN_RESPONSIBLE:
              read_unit_cell (reader, task, cell, PD_ROLE_RESPONSIBLE);
              any_unit_column = TRUE;
              break;
            case COLUMN_DEADLINE:
              if (cell->end > cell->start)
                {
                  char *date = NULL, *duration = NULL;

                  if (pd_import_parse_deadline (text + cell->start, cell->end - cell->start, reader->title_year,
                                                &date, &duration))
                    {
                      g_free (task->deadline);
                      task->deadline = date;
                      g_free (task->duration);
                      task->duration = duration;
                    }
                }
              break;
            case COLUMN_PROGRAMME:
              /* Merged cells carry down: an empty cell keeps the one above. */
              if (cell->end > cell->start)
                {
                  g_autofree char *value = g_strndup (text + cell->start, cell->end - cell->start);

                  if (g_strcmp0 (value, programme_title) != 0)
                    {
                      int number;
                      gsize body;
                      gboolean arabic, lost;
                      Level level = parse_marker (text, cell->start, cell->end, 0, &number, &body, &arabic, &lost);
                      Para heading_para = *para;

                      heading_para.level = level;
                      heading_para.number = number;
                      if (level == LEVEL_PLAIN || arabic)
                        body = cell->start;
                      programme_heading = heading_from_para (reader, &heading_para, body, cell->end,
                                                             LEVEL_SUBSECTION);
                      g_free (programme_title);
                      programme_title = g_steal_pointer (&value);
                    }
                }
              break;
            case COLUMN_OTHER:
            default:
              break;
            }
        }
      (void)any_unit_column;
      if (task->title == NULL || *task->title == '\0')
        {
          task_free (task);
          continue;
        }
      task->heading = programme_heading;
      g_ptr_array_add (reader->tasks, task);
    }
  return i;
}

/* Blocks and tasks ---------------------------------------------------------- */

static void
read_blocks (Reader *reader)
{
  g_autoptr(GArray) blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  int last_heading[LEVEL_ROW + 1];
  int current = -1;

  for (guint i = 0; i < G_N_ELEMENTS (last_heading); i++)
    last_heading[i] = -1;

  for (guint i = 0; i < reader->paras->len; )
    {
      Para *para = &g_array_index (reader->paras, Para, i);
      Block block = { 0 };
      Task *task;
      gsize stop = G_MAXSIZE;

      if (para->row)
        {
          guint after;

          /* The table's programme: the nearest heading above it. */
          current = -1;
          for (int l = LEVEL_ROW; l >= 0; l--)
            if (last_heading[l] >= 0)
              {
                current = last_heading[l];
                break;
              }
          after = read_table (reader, i, &current);
          if (after == i)
            continue;  /* not a task table: read again as paragraphs */
          i = after;
          continue;
        }

      block.level = para->level != LEVEL_PLAIN ? para->level : LEVEL_LOOSE;
      block.head = i;
      task = task_new (para, block.level);
      if (block.level == LEVEL_LOOSE)
        task->number = 0;
      /* Each paragraph is read once, into the block's task. */
      read_para (reader, task, para, TRUE, &stop);
      block.assigned = task->entries->len > 0;
      i++;

      /* The paragraphs that follow belong to the block: labelled lines always,
       * plain text unless it has an assignment of its own and the block has one already. */
      while (i < reader->paras->len)
        {
          Para *next = &g_array_index (reader->paras, Para, i);
          gsize ignored;

          if (next->row || next->level != LEVEL_PLAIN)
            break;
          if (!next->label && para_has_assignment (reader, next) &&
              (block.assigned || block.level < LEVEL_SUBSECTION))
            break;
          read_para (reader, task, next, FALSE, &ignored);
          block.assigned = task->entries->len > 0;
          i++;
        }

      if (!block.assigned)
        {
          /* A heading (or text): the programme of the tasks below it. */
          if (block.level != LEVEL_LOOSE)
            {
              Para *head = &g_array_index (reader->paras, Para, block.head);

              last_heading[block.level] = heading_from_para (reader, head, head->body, head->end, block.level);
              for (int l = block.level + 1; l <= LEVEL_ROW; l++)
                last_heading[l] = -1;
            }
          task_free (task);
          continue;
        }

      {
        Para *head = &g_array_index (reader->paras, Para, block.head);

        task->title = title_of (reader, head->body, head->end, stop);
        if (head->lost)
          {
            char *restored = restore_quotes (task->title);

            g_free (task->title);
            task->title = restored;
          }
        for (int l = (int)block.level - 1; l >= 0; l--)
          if (last_heading[l] >= 0)
            {
              task->heading = last_heading[l];
              break;
            }
        if (task->title[0] == '\0')
          task_free (task);
        else
          g_ptr_array_add (reader->tasks, task);
      }
    }
}

/* The draft ----------------------------------------------------------------- */

static char *
normalise_key (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (pd_import_is_space (c))
        continue;
      if (c == 0xFF08)
        c = '(';
      else if (c == 0xFF09)
        c = ')';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
match_unit (Reader     *reader,
            const char *name)
{
  g_autofree char *key = NULL;

  if (reader->known == NULL)
    return name;
  key = normalise_key (name);
  return g_hash_table_lookup (reader->known, key);
}

/* The line of the paragraph holding byte @pos (paragraphs are in text order). */
static guint
line_at (Reader *reader,
         gsize   pos)
{
  guint low = 0, high = reader->paras->len;

  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (reader->paras, Para, mid).start <= pos)
        low = mid;
      else
        high = mid;
    }
  return reader->paras->len > 0 ? g_array_index (reader->paras, Para, low).line : 0;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->role != eb->role)
    return (int)ea->role - (int)eb->role;
  return ea->start < eb->start ? -1 : ea->start > eb->start;
}

static void
apply_rule (Reader *reader,
            Task   *task)
{
  gboolean has_lead = FALSE;

  for (guint i = 0; i < task->entries->len; i++)
    has_lead |= g_array_index (task->entries, Entry, i).role == PD_ROLE_LEAD;

  switch (reader->rule)
    {
    case RULE_RESPONSIBLE_LEADS:
    case RULE_RESPONSIBLE_LEADS_IF_NONE:
      if (has_lead && reader->rule == RULE_RESPONSIBLE_LEADS_IF_NONE)
        break;
      for (guint i = 0; i < task->entries->len; i++)
        if (g_array_index (task->entries, Entry, i).role == PD_ROLE_RESPONSIBLE)
          g_array_index (task->entries, Entry, i).role = PD_ROLE_LEAD;
      break;
    case RULE_FIRST_LEADS:
      if (has_lead)
        break;
      for (guint i = 0; i < task->entries->len; i++)
        if (g_array_index (task->entries, Entry, i).role == PD_ROLE_RESPONSIBLE)
          {
            g_array_index (task->entries, Entry, i).role = PD_ROLE_LEAD;
            break;
          }
      break;
    case RULE_NONE:
    default:
      break;
    }
}

static void
set_period (Reader      *reader,
            PdPlanDraft *draft)
{
  g_autoptr(GRegex) range = g_regex_new ("((?:19|20)\\d\\d)\\s*[—–\\-－~～至]?\\s*((?:19|20)\\d\\d)\\s*年", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int first = 0, last = 0;

  if (g_regex_match (range, reader->title, 0, &match))
    {
      g_autofree char *a = g_match_info_fetch (match, 1);
      g_autofree char *b = g_match_info_fetch (match, 2);

      first = atoi (a);
      last = atoi (b);
    }
  else if (reader->title_year > 0)
    first = last = reader->title_year;
  else
    {
      for (guint i = 0; i < draft->projects->len; i++)
        {
          PdDraftProject *project = g_ptr_array_index (draft->projects, i);
          int year = project->due_on ? atoi (project->due_on) : 0;

          if (year > 0)
            {
              first = first == 0 ? year : MIN (first, year);
              last = MAX (last, year);
            }
        }
      if (first == 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          first = g_date_time_get_year (now);
          last = first + 4;
        }
    }
  /* A deadline past the title's years extends the plan. */
  for (guint i = 0; i < draft->projects->len; i++)
    {
      PdDraftProject *project = g_ptr_array_index (draft->projects, i);

      if (project->due_on != NULL)
        last = MAX (last, atoi (project->due_on));
    }
  if (last < first)
    last = first;
  draft->period_start = g_strdup_printf ("%04d-01-01", first);
  draft->period_end = g_strdup_printf ("%04d-12-31", last);
}

static PdPlanDraft *
build_draft (Reader *reader)
{
  PdPlanDraft *draft = pd_plan_draft_new ();
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);
  gboolean use_numbers = TRUE;
  int document_programme = -1;

  draft->title = g_strdup (reader->title);
  draft->source_text = g_strdup (reader->text);

  for (guint i = 0; i < reader->tasks->len; i++)
    {
      Task *task = g_ptr_array_index (reader->tasks, i);

      if (task->number <= 0 || g_hash_table_contains (numbers, GINT_TO_POINTER (task->number)))
        use_numbers = FALSE;
      g_hash_table_add (numbers, GINT_TO_POINTER (task->number));
    }

  for (guint i = 0; i < reader->tasks->len; i++)
    {
      Task *task = g_ptr_array_index (reader->tasks, i);
      int programme;
      guint project;
      PdDraftProject *draft_project;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint n_leads = 0;

      if (task->heading >= 0)
        {
          Heading *heading = g_ptr_array_index (reader->headings, task->heading);

          if (heading->draft_index < 0)
            {
              g_autofree char *numeral = heading->numeral ? g_strdup (heading->numeral)
                                                          : pd_import_numeral_text (draft->programmes->len + 1);

              heading->draft_index = pd_plan_draft_add_programme (draft, numeral, heading->title, heading->line);
            }
          programme = heading->draft_index;
        }
      else
        {
          if (document_programme < 0)
            {
              g_autofree char *numeral = pd_import_numeral_text (draft->programmes->len + 1);

              document_programme = pd_plan_draft_add_programme (draft, numeral, reader->title, 1);
            }
          programme = document_programme;
        }

      project = pd_plan_draft_add_project (draft, programme, use_numbers ? task->number : (int)i + 1,
                                           task->title, task->line);
      draft_project = g_ptr_array_index (draft->projects, project);
      draft_project->due_on = g_strdup (task->deadline);
      draft_project->notes = g_strdup (task->duration);

      apply_rule (reader, task);
      g_array_sort (task->entries, compare_entries);

      for (guint k = 0; k < task->entries->len; k++)
        {
          Entry *entry = &g_array_index (task->entries, Entry, k);
          const char *name = match_unit (reader, entry->name);
          PdDraftAssignment *assignment;
          guint unit;
          guint line = task->line;

          /* The line of the unit itself (labelled lines, table rows). */
          line = MAX (line, line_at (reader, entry->start));

          if (name == NULL)
            {
              name = entry->name;
              warn (reader, line, PD_IMPORT_WARNING_UNKNOWN_UNIT, project,
                    g_strdup_printf (_("“%s” is not a known unit"), entry->name));
            }
          if (entry->guessed && entry->role_words != NULL)
            warn (reader, line, PD_IMPORT_WARNING_UNKNOWN_ROLE, project,
                  g_strdup_printf (_("“%s”: the role word “%s” is not recognised"), entry->name, entry->role_words));
          else if (entry->guessed)
            warn (reader, line, PD_IMPORT_WARNING_AMBIGUOUS_SPLIT, project,
                  g_strdup_printf (_("“%s”: the split or role of this unit is a guess"), entry->name));
          if (g_hash_table_contains (seen, name))
            {
              warn (reader, line, PD_IMPORT_WARNING_DUPLICATE_UNIT, project,
                    g_strdup_printf (_("“%s” is named twice in one project"), name));
              continue;
            }
          unit = pd_plan_draft_add_unit (draft, name, pd_import_guess_kind (name), pd_import_is_collective (name));
          ((PdDraftUnit *)g_ptr_array_index (draft->units, unit))->known = reader->known != NULL &&
                                                                         match_unit (reader, entry->name) != NULL;
          g_hash_table_add (seen, ((PdDraftUnit *)g_ptr_array_index (draft->units, unit))->name);
          if (!g_str_equal (name, entry->name))
            pd_plan_draft_add_alias (draft, entry->name, unit);
          assignment = pd_plan_draft_add_assignment (draft, project, unit, entry->role, entry->scope);
          n_leads += entry->role == PD_ROLE_LEAD;
          assignment->source_start = char_offset (reader, entry->start);
          assignment->source_end = char_offset (reader, entry->end);
          assignment->line = line;
        }

      if (n_leads == 0)
        warn (reader, task->line, PD_IMPORT_WARNING_NO_LEAD, project,
              g_strdup_printf (_("“%s” has no lead unit"), task->title));
    }

  set_period (reader, draft);
  return draft;
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const PdImportWarning *wa = *(PdImportWarning * const *)a;
  const PdImportWarning *wb = *(PdImportWarning * const *)b;

  return wa->line < wb->line ? -1 : wa->line > wb->line;
}

static void
warning_free (gpointer data)
{
  PdImportWarning *warning = data;

  g_free (warning->message);
  g_free (warning);
}

PdImportResult *
pd_text_reader_read (const char             *text,
                     const PdImportOptions  *options,
                     GError                **error)
{
  Reader reader = { 0 };
  PdImportResult *result;

  reader.text = text;
  reader.len = strlen (text);
  reader.options = options;
  reader.paras = g_array_new (FALSE, TRUE, sizeof (Para));
  reader.headings = g_ptr_array_new_with_free_func (heading_free);
  reader.tasks = g_ptr_array_new_with_free_func (task_free);
  reader.warnings = g_ptr_array_new_with_free_func (warning_free);

  if (options != NULL && options->known_units != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      reader.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, options->known_units);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (reader.known, normalise_key (key), value);
    }

  read_paragraphs (&reader);
  for (guint i = 0; i < reader.paras->len; i++)
    {
      Para *para = &g_array_index (reader.paras, Para, i);
      Rule rule = para->rule ? find_rule (text, para->start, para->end) : RULE_NONE;

      if (rule != RULE_NONE)
        {
          reader.rule = rule;
          break;
        }
    }
  if (!reader.lost)
    {
      g_autoptr(GRegex) glued = g_regex_new ("(?:19|20)\\d\\d(?:19|20)\\d\\d年", 0, 0, NULL);

      reader.lost = reader.paras->len > 0 &&
                    g_regex_match_full (glued, text, MIN (reader.len, 4096), 0, 0, NULL, NULL);
    }
  read_title (&reader);
  read_blocks (&reader);

  if (reader.tasks->len == 0)
    {
      g_set_error_literal (error, PD_IMPORT_ERROR, PD_IMPORT_ERROR_NOTHING_RECOGNISED,
                           _("No task with its units was recognised in this document"));
      result = NULL;
    }
  else
    {
      result = g_new0 (PdImportResult, 1);
      result->draft = build_draft (&reader);
      g_ptr_array_sort (reader.warnings, compare_warnings);
      result->warnings = g_ptr_array_ref (reader.warnings);
    }

  g_clear_pointer (&reader.known, g_hash_table_unref);
  g_array_unref (reader.paras);
  g_ptr_array_unref (reader.headings);
  g_ptr_array_unref (reader.tasks);
  g_ptr_array_unref (reader.warnings);
  g_free (reader.title);
  return result;
}
