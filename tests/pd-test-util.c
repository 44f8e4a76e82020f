/* pd-test-util.c — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pd-test-util"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-test-util.h"
#include "store/pd-history.h"
#include "store/pd-plan-file.h"
#include "store/pd-store.h"

char *
pd_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("plandesk-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
pd_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        pd_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
pd_test_checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

char *
pd_test_bundled_plan_path (void)
{
  char *path = pd_plan_file_dup_bundled_path ();

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* The bundled plan, read-only. */
PdStore *
pd_test_open_bundled (void)
{
  g_autofree char *path = pd_test_bundled_plan_path ();
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return store;
}

char *
pd_test_copy_to_tmp (const char *source,
                     const char *dir,
                     const char *name)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* A strict RFC 4180 reader for checking exports: records end in CRLF,
 * fields may be quoted with "" for a quote. Returns records as GStrv. */
GPtrArray *
pd_test_parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      if (*p == '"' && field->len == 0)
        {
          p++;
          while (*p && !(*p == '"' && p[1] != '"'))
            {
              if (*p == '"')
                p++;
              g_string_append_c (field, *p++);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          p++;
        }
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (records, g_ptr_array_free (fields, FALSE));
          fields = g_ptr_array_new ();
          p += 2;
        }
      else
        {
          g_assert_cmpint (*p, !=, '\n');
          g_string_append_c (field, *p++);
        }
    }
  g_assert_cmpuint (fields->len, ==, 0);
  g_ptr_array_free (fields, TRUE);
  g_string_free (field, TRUE);
  return records;
}

/* Whether the program runs with the interface in Chinese: UI and report
 * tests run once with LANGUAGE=C and once with LANGUAGE=zh_CN. */
gboolean
pd_test_in_chinese (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "zh");
}

/* @en or @zh, as the interface's language. */
const char *
pd_test_tr (const char *en,
            const char *zh)
{
  return pd_test_in_chinese () ? zh : en;
}

/* Pushes @command (taken; it must not be NULL) onto @history, asserting it applies. */
void
pd_test_push (PdHistory *history,
              PdCommand *command)
{
  g_autoptr(PdCommand) owned = command;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (command);
  g_assert_true (pd_history_push (history, owned, &error));
  g_assert_no_error (error);
}

/* A writable copy of the bundled plan in @dir. */
PdStore *
pd_test_open_bundled_copy (const char *dir)
{
  g_autofree char *source = pd_test_bundled_plan_path ();
  g_autofree char *path = pd_test_copy_to_tmp (source, dir, "plan.plandesk");
  g_autoptr(GError) error = NULL;
  PdStore *store = pd_store_open (path, PD_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}
