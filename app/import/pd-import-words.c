/* pd-import-words.c — reading a plan document's words: units, roles, deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of issue 12, in one place:
 * - a list of units is split on 、 ， , ； and on 和/及/与/以及 only where both
 *   sides are units (never inside 市人力资源和社会保障局); a trailing 等 /
 *   等单位 is dropped; 甲等乙 names both when 乙 is a unit of its own
 *   (市财政局等市食品安全委员会成员单位); a parenthetical note is never a
 *   unit, but an administrative one is part of the name (各区(县级市));
 * - one 各 head over administrative levels is ONE collective unit (各区、县级市);
 * - role words: 牵头 → lead; 配合, 协同, 参与, 协办 → cooperate; 负责 → responsible,
 *   or the labels 牵头单位：, 配合单位：, 责任单位：…; a person is never a unit;
 * - deadlines: 2022年10月底前 → 2022-10-31, 2015年底前 → 2015-12-31; durations
 *   (年内, 长期, 持续推进) are kept as words.
 */
#define G_LOG_DOMAIN "pd-import-words"

#include <string.h>

#include "pd-import-words.h"

#define MAX_UNIT_CHARS 40
#define MAX_CLAUSE_BYTES 6000

gboolean
pd_import_is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0xA0 || c == 0xFEFF;
}

gboolean
pd_import_is_open (gunichar c)
{
  return c == 0xFF08 || c == '(' || c == 0x3014 || c == '[' || c == 0x3010 || c == 0x300A ||
         c == 0x3008 || c == 0xFF5B || c == '{' || c == 0xFF3B;
}

gboolean
pd_import_is_close (gunichar c)
{
  return c == 0xFF09 || c == ')' || c == 0x3015 || c == ']' || c == 0x3011 || c == 0x300B ||
         c == 0x3009 || c == 0xFF5D || c == '}' || c == 0xFF3D;
}

static gboolean
is_unit_separator (gunichar c)
{
  return c == 0x3001 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == '/' ||
         c == 0xFF0F || pd_import_is_space (c);
}

static gboolean
is_clause_separator (gunichar c)
{
  return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002;
}

static gboolean
at (const char *text,
    gsize       pos,
    gsize       end,
    const char *word)
{
  gsize n = strlen (word);

  return pos + n <= end && memcmp (text + pos, word, n) == 0;
}

static gboolean
ends_with (const char *text,
           gsize       start,
           gsize       end,
           const char *word)
{
  gsize n = strlen (word);

  return end >= start + n && memcmp (text + end - n, word, n) == 0;
}

static gsize
next_pos (const char *text,
          gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

static gsize
prev_pos (const char *text,
          gsize       pos)
{
  return g_utf8_find_prev_char (text, text + pos) - text;
}

static void
trim (const char *text,
      gsize      *start,
      gsize      *end)
{
  while (*start < *end && pd_import_is_space (g_utf8_get_char (text + *start)))
    *start = next_pos (text, *start);
  while (*end > *start && pd_import_is_space (g_utf8_get_char (text + prev_pos (text, *end))))
    *end = prev_pos (text, *end);
}

static glong
n_chars (const char *text,
         gsize       start,
         gsize       end)
{
  return g_utf8_strlen (text + start, end - start);
}

void
pd_unit_span_free (gpointer data)
{
  PdUnitSpan *span = data;

  g_free (span->name);
  g_free (span);
}

/* Chinese numerals ------------------------------------------------------- */

static int
digit_value (gunichar c)
{
  static const gunichar digits[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
                                     0x516B, 0x4E5D };  /* 零一二三四五六七八九 */

  for (int i = 0; i < 10; i++)
    if (c == digits[i])
      return i;
  if (c == 0x3007)  /* 〇 */
    return 0;
  if (c == 0x4E24)  /* 两 */
    return 2;
  return -1;
}

/* Reads a Chinese numeral (一 … 九十九) at @text; 0 if there is none. */
int
pd_import_chinese_numeral (const char *text,
                           gsize       len,
                           gsize      *used)
{
  int value = 0, current = 0;
  gsize pos = 0;
  gboolean any = FALSE;

  while (pos < len)
    {
      gunichar c = g_utf8_get_char (text + pos);
      int d = digit_value (c);

      if (d >= 0)
        current = d;
      else if (c == 0x5341)  /* 十 */
        {
          value += (current ? current : 1) * 10;
          current = 0;
        }
      else if (c == 0x767E)  /* 百 */
        {
          value += (current ? current : 1) * 100;
          current = 0;
        }
      else
        break;
      any = TRUE;
      pos = next_pos (text, pos);
    }
  if (used != NULL)
    *used = pos;
  return any ? value + current : 0;
}

char *
pd_import_numeral_text (int n)
{
  static const char * const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

  if (n <= 0 || n >= 100)
    return g_strdup_printf ("%d", n);
  if (n < 10)
    return g_strdup (digits[n]);
  return g_strdup_printf ("%s十%s", n >= 20 ? digits[n / 10] : "", n % 10 ? digits[n % 10] : "");
}

/* What looks like a unit ---------------------------------------------------- */

/* @name without anything in brackets, and without spaces. */
static char *
without_brackets (const char *name,
                  gsize       len)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  for (gsize pos = 0; pos < len; pos = next_pos (name, pos))
    {
      gunichar c = g_utf8_get_char (name + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && !pd_import_is_space (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char * const unit_suffixes[] = {
  "局", "委", "办", "院", "部", "厅", "会", "联", "室", "处", "科", "所", "站", "队", "司", "组",
  "府", "区", "县", "市", "镇", "乡", "街道", "单位", "部门", "中心", "公司", "集团", "银行",
  "机关", "学校", "大学", "医院", "台", "社", "馆", "团", "署", "庭", "关", "军", "分行", "支行",
  "组织", "企业", "社区", "街", "旗", "州", "盟", "省", "厂", "机构", "网", "园区", NULL
};

static gboolean
has_unit_end (const char *name,
              gsize       len)
{
  g_autofree char *bare = without_brackets (name, len);
  gsize n = strlen (bare);

  if (n == 0)
    return FALSE;
  for (guint i = 0; unit_suffixes[i] != NULL; i++)
    if (ends_with (bare, 0, n, unit_suffixes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_nonunit_start (const char *name,
                   gsize       len)
{
  static const char * const words[] = { "相关", "有关", "其他", "其它", "所属", "下属", "上述", "以上", NULL };

  for (guint i = 0; words[i] != NULL; i++)
    if (at (name, 0, len, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
has_unit_start (const char *name,
                gsize       len)
{
  static const char * const prefixes[] = { "中共", "中国", "中央", "国家", "全国", "共青团", "武警", "驻",
                                           "人民", "团市委", "团区委", "团省委", NULL };
  gunichar first;
  gsize pos = 0;

  if (len == 0)
    return FALSE;
  first = g_utf8_get_char (name);
  if (first == 0x5E02 || first == 0x7701 || first == 0x533A || first == 0x53BF || first == 0x9547 ||
      first == 0x4E61 || first == 0x8857 || first == 0x5404 || first == 0x5DDE)  /* 市省区县镇乡街各州 */
    return TRUE;
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (at (name, 0, len, prefixes[i]))
      return TRUE;
  /* A place and its level: 广州市…, 天河区…, 佛山市… */
  for (int i = 0; i < 4 && pos < len; i++)
    {
      gunichar c = g_utf8_get_char (name + pos);

      if (i >= 1 && (c == 0x5E02 || c == 0x7701 || c == 0x533A || c == 0x53BF || c == 0x5DDE))
        return pos + 3 < len;
      pos = next_pos (name, pos);
    }
  return FALSE;
}

gboolean
pd_import_looks_like_unit (const char *name)
{
  gsize len = strlen (name);

  return len > 0 && g_utf8_strlen (name, -1) <= MAX_UNIT_CHARS && has_unit_end (name, len);
}

/* 单位, 有关部门, 10个单位: words that stand for "and the others", never a unit. */
static gboolean
is_generic (const char *text,
            gsize       start,
            gsize       end)
{
  static const char * const heads[] = { "有关", "相关", "其他", "其它", "职能", "成员", "个", "家", "等", NULL };
  static const char * const tails[] = { "单位", "部门", "单位部门", "部门单位", "机构", "单位和部门", NULL };
  gboolean changed = TRUE;

  trim (text, &start, &end);
  while (changed && start < end)
    {
      changed = FALSE;
      while (start < end && g_ascii_isdigit (text[start]))
        {
          start++;
          changed = TRUE;
        }
      for (guint i = 0; heads[i] != NULL; i++)
        if (at (text, start, end, heads[i]))
          {
            start += strlen (heads[i]);
            changed = TRUE;
          }
    }
  for (guint i = 0; tails[i] != NULL; i++)
    if (end - start == strlen (tails[i]) && at (text, start, end, tails[i]))
      return TRUE;
  return start == end;
}

static gboolean
is_admin_level (const char *text,
                gsize       start,
                gsize       end)
{
  static const char * const levels[] = { "县级市", "自治县", "开发区", "功能区", "街道", "镇街", "乡镇", "县区",
                                         "区县", "区", "县", "市", "镇", "乡", "街", "旗", NULL };
  static const char * const tails[] = { "", "政府", "人民政府", "党委", "党委政府", "党委和政府", "管委会", NULL };

  trim (text, &start, &end);
  for (guint i = 0; levels[i] != NULL; i++)
    if (at (text, start, end, levels[i]))
      for (guint j = 0; tails[j] != NULL; j++)
        if (end - start == strlen (levels[i]) + strlen (tails[j]) &&
            at (text, start + strlen (levels[i]), end, tails[j]))
          return TRUE;
  return FALSE;
}

/* 各区党委、政府: the organs of the levels a 各 head names. */
static gboolean
is_organ (const char *text,
          gsize       start,
          gsize       end)
{
  static const char * const organs[] = { "政府", "人民政府", "党委", "党委政府", "管委会", "党工委", "人大", "政协", NULL };

  trim (text, &start, &end);
  for (guint i = 0; organs[i] != NULL; i++)
    if (end - start == strlen (organs[i]) && at (text, start, end, organs[i]))
      return TRUE;
  return FALSE;
}

/* A bracket of administrative levels (县级市; 市、区) is part of a name. */
static gboolean
is_admin_bracket (const char *text,
                  gsize       start,
                  gsize       end)
{
  gsize part = start;

  for (gsize pos = start; pos <= end; pos = pos < end ? next_pos (text, pos) : end + 1)
    {
      if (pos == end || is_unit_separator (g_utf8_get_char (text + pos)))
        {
          if (!is_admin_level (text, part, pos))
            return FALSE;
          if (pos < end)
            part = next_pos (text, pos);
        }
    }
  return TRUE;
}

gboolean
pd_import_is_collective (const char *name)
{
  return g_str_has_prefix (name, "各") || strstr (name, "成员单位") != NULL || strstr (name, "各部门") != NULL ||
         strstr (name, "各职能部门") != NULL || strstr (name, "有关单位") != NULL ||
         strstr (name, "相关单位") != NULL || strstr (name, "有关部门") != NULL ||
         strstr (name, "相关部门") != NULL || strstr (name, "各") != NULL;
}

const char *
pd_import_guess_kind (const char *name)
{
  if (g_str_has_prefix (name, "各区") || g_str_has_prefix (name, "各县") || g_str_has_prefix (name, "各镇") ||
      g_str_has_prefix (name, "各街"))
    return "district";
  if (pd_import_is_collective (name))
    return "collective";
  if (strstr (name, "法院") != NULL || strstr (name, "检察院") != NULL)
    return "judicial";
  if (strstr (name, "工会") != NULL || g_str_has_prefix (name, "团") || strstr (name, "妇联") != NULL ||
      strstr (name, "工商联") != NULL || strstr (name, "红十字会") != NULL || strstr (name, "残联") != NULL ||
      strstr (name, "科协") != NULL || strstr (name, "侨联") != NULL)
    return "people";
  if (strstr (name, "市委") != NULL || strstr (name, "纪委") != NULL || strstr (name, "党委") != NULL ||
      strstr (name, "党组") != NULL || strstr (name, "区委") != NULL || strstr (name, "县委") != NULL ||
      strstr (name, "省委") != NULL || strstr (name, "综治") != NULL || strstr (name, "编办") != NULL ||
      strstr (name, "文明办") != NULL)
    return "party";
  if (strstr (name, "人大") != NULL || strstr (name, "政协") != NULL)
    return "other";
  if (g_str_has_suffix (name, "区") || g_str_has_suffix (name, "县") || g_str_has_suffix (name, "镇"))
    return "district";
  if (g_str_has_prefix (name, "市") || g_str_has_prefix (name, "区") || g_str_has_prefix (name, "县") ||
      g_str_has_prefix (name, "省"))
    return "government";
  return "other";
}

/* Splitting a list of units ------------------------------------------------ */

typedef struct
{
  gsize start;
  gsize end;
  gboolean guessed;
} Range;

/* Cleans one written unit: leading 由, trailing 等/等单位 and adverbs, note
 * brackets and spaces go; the name is returned, or NULL if nothing is left. */
static char *
clean_name (const char *text,
            gsize      *start_io,
            gsize      *end_io,
            int        *role_note)
{
  static const char * const leading[] = { "分别由", "由", "请", "以及", "和", "及", "与", NULL };
  static const char * const trailing[] = { "等有关单位", "等相关单位", "等有关部门", "等相关部门", "等单位", "等部门",
                                           "等", "具体", "共同", "分别", "各自", "按职责分工", "按职责", "负责",
                                           "为", "要", "牵头", NULL };
  gsize start = *start_io, end = *end_io;
  gboolean changed = TRUE;
  GString *out;
  int depth = 0;
  gsize bracket_start = 0;

  while (changed)
    {
      changed = FALSE;
      trim (text, &start, &end);
      for (guint i = 0; leading[i] != NULL; i++)
        if (at (text, start, end, leading[i]) && end - start > strlen (leading[i]))
          {
            start += strlen (leading[i]);
            changed = TRUE;
            break;
          }
      for (guint i = 0; trailing[i] != NULL; i++)
        if (ends_with (text, start, end, trailing[i]) && end - start > strlen (trailing[i]))
          {
            end -= strlen (trailing[i]);
            changed = TRUE;
            break;
          }
    }

  /* Trailing separators (a list ending in 、) */
  while (end > start && is_unit_separator (g_utf8_get_char (text + prev_pos (text, end))))
    end = prev_pos (text, end);
  *start_io = start;
  *end_io = end;
  if (start >= end || is_generic (text, start, end))
    return NULL;

  out = g_string_new (NULL);
  for (gsize pos = start; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        {
          if (depth++ == 0)
            bracket_start = pos;
          continue;
        }
      if (pd_import_is_close (c) && depth > 0)
        {
          if (--depth == 0)
            {
              gsize inner = next_pos (text, bracket_start);

              /* A note is dropped; 各区(县级市) keeps its bracket as written;
               * 市公安局（牵头） marks the unit's role. */
              if (is_admin_bracket (text, inner, pos))
                g_string_append_len (out, text + bracket_start, next_pos (text, pos) - bracket_start);
              else if (role_note != NULL)
                {
                  gsize ws = inner, we = pos;

                  trim (text, &ws, &we);
                  if ((we - ws == strlen ("牵头") && at (text, ws, we, "牵头")) ||
                      (we - ws == strlen ("牵头单位") && at (text, ws, we, "牵头单位")))
                    *role_note = PD_ROLE_LEAD;
                  else if ((we - ws == strlen ("配合") && at (text, ws, we, "配合")) ||
                           (we - ws == strlen ("配合单位") && at (text, ws, we, "配合单位")))
                    *role_note = PD_ROLE_COOPERATE;
                }
            }
          continue;
        }
      if (depth == 0 && !pd_import_is_space (c))
        g_string_append_unichar (out, c);
    }
  if (out->len == 0 || is_generic (out->str, 0, out->len))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
add_span (GPtrArray  *spans,
          const char *text,
          gsize       start,
          gsize       end,
          gboolean    guessed)
{
  int role_note = -1;
  char *name = clean_name (text, &start, &end, &role_note);
  PdUnitSpan *span;

  if (name == NULL)
    return;
  span = g_new0 (PdUnitSpan, 1);
  span->role_note = role_note;
  span->name = name;
  span->start = start;
  span->end = end;
  span->guessed = guessed;
  g_ptr_array_add (spans, span);
}

/* 甲等乙: both when 乙 is a unit of its own (市财政局等市食品安全委员会成员单位),
 * else 甲 (甲等单位), else the whole (市属高等院校). */
static void
add_with_deng (GPtrArray  *spans,
               const char *text,
               Range       range)
{
  int depth = 0;

  for (gsize pos = range.start; pos < range.end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && at (text, pos, range.end, "等") && pos > range.start)
        {
          gsize right = pos + strlen ("等");
          gsize rs = right, re = range.end;

          trim (text, &rs, &re);
          if (rs == re || is_generic (text, rs, re))
            {
              add_span (spans, text, range.start, pos, range.guessed);
              return;
            }
          if (has_unit_start (text + rs, re - rs) && has_unit_end (text + rs, re - rs) &&
              has_unit_end (text + range.start, pos - range.start))
            {
              add_span (spans, text, range.start, pos, range.guessed);
              add_span (spans, text, rs, re, range.guessed);
              return;
            }
        }
    }
  add_span (spans, text, range.start, range.end, range.guessed);
}

static gsize
connector_at (const char *text,
              gsize       pos,
              gsize       end)
{
  if (at (text, pos, end, "以及"))
    return strlen ("以及");
  if (at (text, pos, end, "和") || at (text, pos, end, "及") || at (text, pos, end, "与"))
    return strlen ("和");
  return 0;
}

/* The left side of a 和: a unit, maybe ending in 等单位. */
static gboolean
left_is_unit (const char *text,
              gsize       start,
              gsize       end)
{
  static const char * const tails[] = { "等单位", "等部门", "等有关单位", "等", NULL };

  trim (text, &start, &end);
  for (guint i = 0; tails[i] != NULL; i++)
    if (ends_with (text, start, end, tails[i]) && end - start > strlen (tails[i]))
      return TRUE;
  return start < end && has_unit_end (text + start, end - start);
}

/* Splits one part on the 和/及 that join two units. */
static void
split_connectors (GPtrArray  *spans,
                  const char *text,
                  Range       part)
{
  gsize piece = part.start;
  int depth = 0;
  gboolean guessed = FALSE;

  for (gsize pos = part.start; pos < part.end; )
    {
      gunichar c = g_utf8_get_char (text + pos);
      gsize n = depth == 0 && pos > piece ? connector_at (text, pos, part.end) : 0;

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);

      if (n > 0)
        {
          /* The right side: the rest of the part (X和Y和Z splits twice). */
          gsize rs = pos + n, re = part.end;

          trim (text, &rs, &re);
          if (left_is_unit (text, piece, pos) && rs < re && !has_nonunit_start (text + rs, re - rs) &&
              has_unit_end (text + rs, re - rs))
            {
              Range left = { piece, pos, guessed };

              /* A right side that does not start like a unit is a guess. */
              guessed = !has_unit_start (text + rs, re - rs);
              add_with_deng (spans, text, left);
              piece = pos + n;
              pos += n;
              continue;
            }
        }
      pos = next_pos (text, pos);
    }

  {
    Range last = { piece, part.end, guessed || part.guessed };

    add_with_deng (spans, text, last);
  }
}

/* The part's last unit starts with 各 (各区…, 市民政局和各区党委…). */
static gboolean
ends_in_ge_phrase (const char *text,
                   gsize       start,
                   gsize       end)
{
  int depth = 0;

  if (at (text, start, end, "各"))
    return TRUE;
  for (gsize pos = start; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);
      gsize n;

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && (n = connector_at (text, pos, end)) > 0 && at (text, pos + n, end, "各"))
        return TRUE;
    }
  return FALSE;
}

/* Splits a written list of units into names with their places. */
GPtrArray *
pd_import_split_units (const char *text,
                       gsize       len)
{
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Range));
  GPtrArray *spans = g_ptr_array_new_with_free_func (pd_unit_span_free);
  gsize part = 0;
  int depth = 0;

  if (len > MAX_CLAUSE_BYTES)
    return spans;

  for (gsize pos = 0; pos <= len; pos = pos < len ? next_pos (text, pos) : len + 1)
    {
      gunichar c = pos < len ? g_utf8_get_char (text + pos) : 0;

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (pos == len || (depth == 0 && is_unit_separator (c)))
        {
          Range range = { part, pos, FALSE };

          trim (text, &range.start, &range.end);
          if (range.start < range.end)
            g_array_append_val (parts, range);
          if (pos < len)
            part = next_pos (text, pos);
        }
    }

  /* 各区、县级市: one 各 head over administrative levels is one collective unit. */
  for (guint i = 0; i + 1 < parts->len; i++)
    {
      Range *head = &g_array_index (parts, Range, i);

      if (!ends_in_ge_phrase (text, head->start, head->end))
        continue;
      while (i + 1 < parts->len)
        {
          Range *next = &g_array_index (parts, Range, i + 1);

          if (!is_admin_level (text, next->start, next->end) && !is_organ (text, next->start, next->end))
            break;
          head->end = next->end;
          g_array_remove_index (parts, i + 1);
        }
    }

  for (guint i = 0; i < parts->len; i++)
    split_connectors (spans, text, g_array_index (parts, Range, i));

  return spans;
}

/* Labels and role words ------------------------------------------------------ */

PdLabelKind
pd_import_label_kind (const char *label,
                      gsize       len,
                      PdRole     *role)
{
  static const struct { const char *word; PdRole role; } labels[] = {
    { "牵头单位", PD_ROLE_LEAD }, { "牵头责任单位", PD_ROLE_LEAD }, { "牵头部门", PD_ROLE_LEAD },
    { "主办单位", PD_ROLE_LEAD }, { "主责单位", PD_ROLE_LEAD }, { "牵头", PD_ROLE_LEAD },
    { "配合单位", PD_ROLE_COOPERATE }, { "协同单位", PD_ROLE_COOPERATE }, { "协同责任单位", PD_ROLE_COOPERATE },
    { "参与单位", PD_ROLE_COOPERATE }, { "协办单位", PD_ROLE_COOPERATE }, { "配合部门", PD_ROLE_COOPERATE },
    { "协助单位", PD_ROLE_COOPERATE }, { "配合", PD_ROLE_COOPERATE },
    { "责任单位", PD_ROLE_RESPONSIBLE }, { "责任部门", PD_ROLE_RESPONSIBLE }, { "负责单位", PD_ROLE_RESPONSIBLE },
    { "落实单位", PD_ROLE_RESPONSIBLE }, { "实施单位", PD_ROLE_RESPONSIBLE }, { "责任主体", PD_ROLE_RESPONSIBLE },
  };
  static const char * const times[] = { "完成时限", "完成时间", "时限", "时间节点", "时间要求", "完成期限",
                                        "时间安排", "进度安排", "完成时间节点", NULL };
  gsize start = 0, end = len;

  trim (label, &start, &end);
  while (start < end && (pd_import_is_open (g_utf8_get_char (label + start)) ||
                         g_utf8_get_char (label + start) == 0x3002))
    start = next_pos (label, start);
  if (start >= end || n_chars (label, start, end) > 10)
    return PD_LABEL_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (end - start == strlen (labels[i].word) && at (label, start, end, labels[i].word))
      {
        *role = labels[i].role;
        return PD_LABEL_ROLE;
      }
  for (guint i = 0; times[i] != NULL; i++)
    if (end - start == strlen (times[i]) && at (label, start, end, times[i]))
      return PD_LABEL_TIME;
  if (ends_with (label, start, end, "领导") || ends_with (label, start, end, "责任人") ||
      ends_with (label, start, end, "负责人") || ends_with (label, start, end, "联系人"))
    return PD_LABEL_PERSON;
  if (ends_with (label, start, end, "单位") || ends_with (label, start, end, "部门"))
    {
      *role = PD_ROLE_RESPONSIBLE;
      return PD_LABEL_UNKNOWN_ROLE;
    }
  return PD_LABEL_NONE;
}

static const struct { const char *word; PdRole role; } role_words[] = {
  { "牵头", PD_ROLE_LEAD }, { "主办", PD_ROLE_LEAD },
  { "配合", PD_ROLE_COOPERATE }, { "协同", PD_ROLE_COOPERATE }, { "协办", PD_ROLE_COOPERATE },
  { "参与", PD_ROLE_COOPERATE }, { "协助", PD_ROLE_COOPERATE },
  { "负责", PD_ROLE_RESPONSIBLE },
};

static gboolean
only_punctuation (const char *text,
                  gsize       pos,
                  gsize       end)
{
  for (; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (!pd_import_is_space (c) && !g_unichar_ispunct (c))
        return FALSE;
    }
  return TRUE;
}

/* Only verbs and fillers follow a role word: 落实、推进, 实施, 单位… */
static gboolean
only_filler (const char *text,
             gsize       pos,
             gsize       end)
{
  static const char * const fillers[] = { "落实", "推进", "实施", "完成", "组织", "负责", "执行", "办理", "工作",
                                          "并", "具体", "共同", "单位", "部门", "的", "、", "，", ",", "。",
                                          "抓好", "做好", "此项", "相关", "有关", NULL };

  while (pos < end)
    {
      gboolean found = FALSE;

      if (pd_import_is_space (g_utf8_get_char (text + pos)))
        {
          pos = next_pos (text, pos);
          continue;
        }
      for (guint i = 0; fillers[i] != NULL; i++)
        if (at (text, pos, end, fillers[i]))
          {
            /* 为牵头单位 ends a clause; 牵头单位负责 names a unit (各项目牵头单位). */
            if ((g_str_equal (fillers[i], "单位") || g_str_equal (fillers[i], "部门")) &&
                !only_punctuation (text, pos + strlen (fillers[i]), end))
              return FALSE;
            pos += strlen (fillers[i]);
            found = TRUE;
            break;
          }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The role word that ends a clause (X牵头, Y等单位配合, Z负责落实、推进). */
static gboolean
find_role_word (const char *text,
                gsize       start,
                gsize       end,
                gsize      *word_pos,
                PdRole     *role)
{
  int depth = 0;

  for (gsize pos = start; pos < end; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      if (depth > 0)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (role_words); i++)
        if (at (text, pos, end, role_words[i].word) &&
            only_filler (text, pos + strlen (role_words[i].word), end))
          {
            *word_pos = pos;
            *role = role_words[i].role;
            return TRUE;
          }
    }
  return FALSE;
}

gboolean
pd_import_has_role_word (const char *text,
                         gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_words); i++)
    if (g_strstr_len (text, len, role_words[i].word) != NULL)
      return TRUE;
  return g_strstr_len (text, len, "责任单位") != NULL || g_strstr_len (text, len, "配合单位") != NULL;
}

/* Deadlines ------------------------------------------------------------------ */

static char *
month_end (int year,
           int month)
{
  if (year < 1900 || year > 2200 || month < 1 || month > 12)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, g_date_get_days_in_month (month, year));
}

static char *
exact_day (int year,
           int month,
           int day)
{
  if (year < 1900 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* The latest date in @text (2022年10月底前 → 2022-10-31), or a duration
 * (5年内, 年内, 长期, 持续推进) kept as written. A month without a year
 * takes @title_year (0: the title names no single year). */
gboolean
pd_import_parse_deadline (const char  *text,
                          gsize        len,
                          int          title_year,
                          char       **date,
                          char       **duration)
{
  static GRegex *full_re, *month_re, *year_re, *bare_month_re, *year_end_re, *duration_re;
  g_autofree char *copy = g_strndup (text, len);
  g_autofree char *best = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  static gsize regexes_ready = 0;

  if (g_once_init_enter (&regexes_ready))
    {
      month_re = g_regex_new ("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)", G_REGEX_OPTIMIZE, 0, NULL);
      year_re = g_regex_new ("(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月)(上半年|下半年|一季度|二季度|三季度|四季度)?",
                             G_REGEX_OPTIMIZE, 0, NULL);
      bare_month_re = g_regex_new ("(?<![\\d年])(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?", G_REGEX_OPTIMIZE, 0, NULL);
      year_end_re = g_regex_new ("(?<!\\d)(?<!\\d年)年底|年末|年内完成|年中", G_REGEX_OPTIMIZE, 0, NULL);
      duration_re = g_regex_new ("\\d+\\s*年内|[一二三四五六七八九十两]+年内|年内|长期|持续推进|持续开展|持续|常态化|逐步推进|每年|每季度|每月",
                                 G_REGEX_OPTIMIZE, 0, NULL);
      full_re = g_regex_new ("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&regexes_ready, 1);
    }

  *date = NULL;
  *duration = NULL;

#define KEEP(candidate) G_STMT_START { \
    char *c_ = (candidate); \
    if (c_ != NULL && (best == NULL || strcmp (c_, best) > 0)) { g_free (best); best = c_; } \
    else g_free (c_); } G_STMT_END

  g_regex_match (full_re, copy, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *d = g_match_info_fetch (match, 3);

      KEEP (exact_day (atoi (y), atoi (m), atoi (d)));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (month_re, copy, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);

      KEEP (month_end (atoi (y), atoi (m)));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (year_re, copy, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *part = g_match_info_fetch (match, 2);
      int month = 12;

      if (part != NULL && *part != '\0')
        month = g_str_equal (part, "上半年") ? 6 : g_str_equal (part, "一季度") ? 3 :
                g_str_equal (part, "二季度") ? 6 : g_str_equal (part, "三季度") ? 9 : 12;
      KEEP (month_end (atoi (y), month));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  if (best == NULL && title_year > 0)
    {
      g_regex_match (bare_month_re, copy, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *m = g_match_info_fetch (match, 1);
          g_autofree char *d = g_match_info_fetch (match, 2);

          if (d != NULL && *d != '\0')
            KEEP (exact_day (title_year, atoi (m), atoi (d)));
          else
            KEEP (month_end (title_year, atoi (m)));
          g_match_info_next (match, NULL);
        }
      g_clear_pointer (&match, g_match_info_free);

      if (best == NULL && g_regex_match (year_end_re, copy, 0, NULL) &&
          g_strstr_len (copy, -1, "年内") == NULL)
        KEEP (month_end (title_year, 12));
    }
#undef KEEP

  if (best != NULL)
    {
      *date = g_steal_pointer (&best);
      return TRUE;
    }
  if (g_regex_match (duration_re, copy, 0, NULL))
    {
      gsize start = 0, end = len;

      trim (text, &start, &end);
      *duration = g_strndup (text + start, end - start);
      return TRUE;
    }
  return FALSE;
}

/* Clauses ---------------------------------------------------------------- */

static void
group_free (gpointer data)
{
  PdClauseGroup *group = data;

  g_free (group->scope);
  g_free (group->role_words);
  g_clear_pointer (&group->units, g_ptr_array_unref);
  g_free (group);
}

void
pd_clause_clear (PdClause *clause)
{
  g_clear_pointer (&clause->groups, g_ptr_array_unref);
  g_clear_pointer (&clause->deadline, g_free);
  g_clear_pointer (&clause->duration, g_free);
}

/* Adds the units of text[start, end) as one group; offsets become
 * relative to the clause's text. */
static PdClauseGroup *
add_group (PdClause   *clause,
           const char *text,
           gsize       start,
           gsize       end,
           PdRole      role,
           const char *scope)
{
  PdClauseGroup *group = g_new0 (PdClauseGroup, 1);

  group->role = role;
  group->scope = scope ? g_strdup (scope) : NULL;
  group->units = pd_import_split_units (text + start, end - start);
  for (guint i = 0; i < group->units->len; i++)
    {
      PdUnitSpan *span = g_ptr_array_index (group->units, i);

      span->start += start;
      span->end += start;
    }
  g_ptr_array_add (clause->groups, group);
  return group;
}

static void
add_deadline (PdClause   *clause,
              const char *text,
              gsize       start,
              gsize       end,
              int         title_year)
{
  char *date = NULL, *duration = NULL;

  if (!pd_import_parse_deadline (text + start, end - start, title_year, &date, &duration))
    return;
  if (date != NULL && (clause->deadline == NULL || strcmp (date, clause->deadline) > 0))
    {
      g_free (clause->deadline);
      clause->deadline = g_steal_pointer (&date);
    }
  if (duration != NULL && clause->duration == NULL)
    clause->duration = g_steal_pointer (&duration);
  g_free (date);
  g_free (duration);
}

typedef struct
{
  gsize       start;        /* of the label */
  gsize       colon;
  gsize       value;
  PdLabelKind kind;
  PdRole      role;
} Label;

static gboolean
parse_labelled (const char *text,
                gsize       len,
                int         title_year,
                PdClause   *clause)
{
  g_autoptr(GArray) labels = g_array_new (FALSE, FALSE, sizeof (Label));
  gsize segment = 0;
  int depth = 0;

  for (gsize pos = 0; pos < len; pos = next_pos (text, pos))
    {
      gunichar c = g_utf8_get_char (text + pos);

      if (pd_import_is_open (c))
        depth++;
      else if (pd_import_is_close (c))
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && (c == 0xFF1A || c == ':'))
        {
          PdRole role = PD_ROLE_RESPONSIBLE;
          PdLabelKind kind = pd_import_label_kind (text + segment, pos - segment, &role);

          if (kind != PD_LABEL_NONE)
            {
              Label entry = { segment, pos, next_pos (text, pos), kind, role };

              g_array_append_val (labels, entry);
            }
        }
      else if (depth == 0 && (is_clause_separator (c) || c == 0x3001 || pd_import_is_space (c)))
        segment = next_pos (text, pos);
    }

  for (guint i = 0; i < labels->len; i++)
    {
      Label *entry = &g_array_index (labels, Label, i);
      gsize value = entry->value;
      gsize end = i + 1 < labels->len ? g_array_index (labels, Label, i + 1).start : len;
      PdLabelKind kind = entry->kind;
      PdRole role = entry->role;

      trim (text, &value, &end);
      while (end > value && is_clause_separator (g_utf8_get_char (text + prev_pos (text, end))))
        end = prev_pos (text, end);
      if (kind == PD_LABEL_ROLE || kind == PD_LABEL_UNKNOWN_ROLE)
        {
          PdClauseGroup *group = add_group (clause, text, value, end, role, NULL);

          if (kind == PD_LABEL_UNKNOWN_ROLE)
            {
              group->role_guessed = TRUE;
              group->role_words = g_strndup (text + entry->start, entry->colon - entry->start);
              g_strstrip (group->role_words);
            }
        }
      else if (kind == PD_LABEL_TIME)
        add_deadline (clause, text, value, end, title_year);
    }
  return labels->len > 0;
}

static gboolean
looks_like_date (const char *text,
                 gsize       start,
                 gsize       end)
{
  g_autofree char *date = NULL;
  g_autofree char *duration = NULL;

  return pd_import_parse_deadline (text + start, end - start, 0, &date, &duration) ||
         g_strstr_len (text + start, end - start, "月") != NULL ||
         g_strstr_len (text + start, end - start, "年底") != NULL;
}

/* A clause without a role word joins the next one only if it is a list of units. */
static gboolean
clause_is_units (const char *text,
                 gsize       start,
                 gsize       end)
{
  g_autoptr(GPtrArray) spans = pd_import_split_units (text + start, end - start);

  for (guint i = 0; i < spans->len; i++)
    if (!pd_import_looks_like_unit (((PdUnitSpan *)g_ptr_array_index (spans, i))->name))
      return FALSE;
  return spans->len > 0;
}

static void
parse_verbs (const char *text,
             gsize       len,
             PdRole      default_role,
             gboolean    has_default,
             int         title_year,
             PdClause   *clause)
{
  gsize clause_start = 0;
  gsize pending = G_MAXSIZE;
  int depth = 0;

  for (gsize pos = 0; pos <= len; pos = pos < len ? next_pos (text, pos) : len + 1)
    {
      gunichar c = pos < len ? g_utf8_get_char (text + pos) : 0;
      gsize start, end, word;
      PdRole role;

      if (pos < len && pd_import_is_open (c))
        {
          depth++;
          continue;
        }
      if (pos < len && pd_import_is_close (c))
        {
          depth = MAX (depth - 1, 0);
          continue;
        }
      if (pos < len && (depth > 0 || !is_clause_separator (c)))
        continue;

      start = clause_start;
      end = pos;
      clause_start = pos < len ? next_pos (text, pos) : len;
      trim (text, &start, &end);
      if (start >= end)
        continue;

      if (find_role_word (text, start, end, &word, &role))
        {
          gsize units_start = pending != G_MAXSIZE ? pending : start;
          g_autofree char *scope = NULL;
          int d = 0;

          /* 食品安全监管由市食安办牵头: the words before 由 are the scope. */
          for (gsize p = start; p < word; p = next_pos (text, p))
            {
              gunichar pc = g_utf8_get_char (text + p);

              if (pd_import_is_open (pc))
                d++;
              else if (pd_import_is_close (pc))
                d = MAX (d - 1, 0);
              else if (d == 0 && at (text, p, word, "由"))
                {
                  if (p > start && !has_unit_start (text + start, p - start) &&
                      !has_unit_end (text + start, p - start))
                    {
                      scope = g_strndup (text + start, p - start);
                      units_start = p;
                    }
                  break;
                }
            }
          add_group (clause, text, units_start, word, role, scope);
          pending = G_MAXSIZE;
        }
      else if (pending == G_MAXSIZE && looks_like_date (text, start, end) &&
               !has_unit_end (text + start, end - start))
        add_deadline (clause, text, start, end, title_year);
      else if (clause_is_units (text, start, end))
        {
          if (pending == G_MAXSIZE)
            pending = start;
        }
      else
        pending = G_MAXSIZE;
    }

  if (pending != G_MAXSIZE)
    {
      gsize end = len;

      while (end > pending && is_clause_separator (g_utf8_get_char (text + prev_pos (text, end))))
        end = prev_pos (text, end);
      if (end > pending)
        {
          PdClauseGroup *group = add_group (clause, text, pending, end,
                                            has_default ? default_role : PD_ROLE_RESPONSIBLE, NULL);

          group->role_guessed = !has_default;
        }
    }
}

/* Reads one assignment clause: a bracket's words, a sentence after an item,
 * a labelled line's value or a table cell. With PD_CLAUSE_STRICT every name
 * must look like a unit and a role word must be written, else nothing is
 * read (the words were not an assignment). Unit offsets are relative to
 * @text. */
gboolean
pd_import_parse_clause (const char    *text,
                        gsize          len,
                        PdClauseFlags  flags,
                        PdRole         default_role,
                        int            title_year,
                        PdClause      *clause)
{
  gboolean has_default = !(flags & PD_CLAUSE_STRICT);
  gboolean any_word = FALSE;

  memset (clause, 0, sizeof *clause);
  clause->groups = g_ptr_array_new_with_free_func (group_free);
  /* An assignment is a few lines at most: longer text is prose (and reading
   * it word by word would take time that grows with its square). */
  if (len > MAX_CLAUSE_BYTES)
    {
      pd_clause_clear (clause);
      return FALSE;
    }

  if (!((flags & PD_CLAUSE_LABELLED) && parse_labelled (text, len, title_year, clause)))
    parse_verbs (text, len, default_role, has_default, title_year, clause);

  for (guint i = 0; i < clause->groups->len; )
    {
      PdClauseGroup *group = g_ptr_array_index (clause->groups, i);

      if (group->units->len == 0)
        {
          g_ptr_array_remove_index (clause->groups, i);
          continue;
        }
      if (!group->role_guessed || group->role_words != NULL)
        any_word = TRUE;
      if (flags & PD_CLAUSE_STRICT)
        for (guint j = 0; j < group->units->len; j++)
          {
            PdUnitSpan *span = g_ptr_array_index (group->units, j);

            if (!pd_import_looks_like_unit (span->name))
              {
                pd_clause_clear (clause);
                return FALSE;
              }
          }
      i++;
    }

  if (((flags & PD_CLAUSE_STRICT) && !any_word) ||
      (clause->groups->len == 0 && clause->deadline == NULL && clause->duration == NULL))
    {
      pd_clause_clear (clause);
      return FALSE;
    }
  return TRUE;
}
