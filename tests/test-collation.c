/* test-collation.c — unit names sorted the way a Chinese reader expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The units mode and the matrix sort unit names with g_utf8_collate_key (),
 * that is with the C library's collation for LC_COLLATE. This test pins
 * down what that gives for the bundled plan's units:
 *
 *  - in zh_CN.UTF-8, glibc's zh_CN collation (iso14651_t1_pinyin) orders
 *    Chinese by pinyin, syllable by syllable, tones included: 市财政局
 *    (cái) before 市公安局 (gōng) before 市教育局 (jiào), 市委宣传部 (wěi)
 *    before 市卫生局 (wèi) — the order of a Chinese dictionary;
 *  - in C.UTF-8 the order is by code point, which a Chinese reader does not
 *    expect (市公安局 before 市财政局): the reason the sort must follow the
 *    user's locale rather than compare bytes.
 *
 * The program runs with LOCPATH set to a zh_CN.UTF-8 locale compiled into
 * the build tree (tests/meson.build), so it does not depend on the locales
 * installed on the machine.
 */
#define G_LOG_DOMAIN "test-collation"

#include "pd-config.h"

#include <locale.h>
#include <string.h>

#include "pd-test-util.h"
#include "store/pd-store.h"
#include "store/pd-unit.h"

typedef struct
{
  char *name;
  char *key;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *)a)->key, ((const Entry *)b)->key);
}

/* The bundled plan's unit names in the order g_utf8_collate_key () gives in
 * the current LC_COLLATE (as the units view sorts them). */
static GPtrArray *
sorted_unit_names (void)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);
  GListModel *units;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  units = pd_store_get_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PdUnit) unit = g_list_model_get_item (units, i);
      Entry entry = { g_strdup (pd_unit_get_name (unit)), NULL };

      entry.key = g_utf8_collate_key (entry.name, -1);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      g_ptr_array_add (names, entry->name);
      g_free (entry->key);
    }
  return names;
}

static int
position_of (GPtrArray  *names,
             const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return (int)i;
  g_error ("unit %s not in the bundled plan", name);
  return -1;
}

static void
assert_before (GPtrArray  *names,
               const char *first,
               const char *second)
{
  int a = position_of (names, first), b = position_of (names, second);

  if (a >= b)
    g_error ("expected %s (%d) before %s (%d)", first, a, second, b);
}

static void
test_pinyin (void)
{
  g_autoptr(GPtrArray) names = NULL;

  g_assert_nonnull (setlocale (LC_COLLATE, "zh_CN.UTF-8"));
  names = sorted_unit_names ();

  g_assert_cmpuint (names->len, ==, 110);
  /* by the first syllable */
  assert_before (names, "广州警备区", "市财政局");      /* guǎng < shì */
  assert_before (names, "市委宣传部", "团市委");       /* shì < tuán */
  /* then syllable by syllable within 市… */
  assert_before (names, "市财政局", "市公安局");        /* cái < gōng */
  assert_before (names, "市公安局", "市教育局");        /* gōng < jiào */
  assert_before (names, "市教育局", "市民政局");        /* jiào < mín */
  assert_before (names, "市民政局", "市委宣传部");      /* mín < wěi */
  assert_before (names, "市委宣传部", "市卫生局");      /* wěi < wèi: tones count */
  /* the whole list runs in pinyin order of its first character: a name
   * starting with 广 (g) never comes after one starting with 市 (s) */
  g_assert_cmpint (position_of (names, "各区(县级市)"), <, position_of (names, "市公安局"));
}

static void
test_code_points (void)
{
  g_autoptr(GPtrArray) names = NULL;

  g_assert_nonnull (setlocale (LC_COLLATE, "C.UTF-8"));
  names = sorted_unit_names ();

  g_assert_cmpuint (names->len, ==, 110);
  /* 公 U+516C < 财 U+8D22: byte order puts 市公安局 first */
  assert_before (names, "市公安局", "市财政局");
  assert_before (names, "团市委", "市委宣传部");       /* 团 U+56E2 < 市 U+5E02 */
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/collation/zh-CN/pinyin", test_pinyin);
  g_test_add_func ("/collation/c/code-points", test_code_points);
  return g_test_run ();
}
