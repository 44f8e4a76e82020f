/* test-import-assistant.c — the import assistant, driven in-process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb twice by the suite: in English, and with LANGUAGE=zh_CN
 * against the build tree's translations. `test-import-assistant --host
 * DOCUMENT` shows the assistant on DOCUMENT until killed (screenshots).
 */
#define G_LOG_DOMAIN "test-import-assistant"

#include "pd-config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pd-cli.h"
#include "pd-test-util.h"
#include "views/import/pd-import-assistant.h"
#include "views/import/pd-import-preview.h"

static void
iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_loaded (PdImportAssistant *assistant)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (pd_import_assistant_is_loading (assistant) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (pd_import_assistant_is_loading (assistant));
  iterate (50);
}

static char *
write_document (const char *dir,
                const char *name,
                const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* The texts of the labels under @widget, depth first. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s|", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static GtkWidget *
nth_row (GtkListBox *list,
         int         n)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (list, n));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int)n) != NULL)
    n++;
  return n;
}

static const char document[] =
  "2023年平安建设工作要点\n"
  "一、深化社会治理\n"
  "1. 完善网格化服务管理。（市委政法委牵头，市民政局、市财政局配合）\n"
  "2. 推进矛盾纠纷多元化解。（市司法局牵头，市信访局负责落实，2023年10月底前完成）\n"
  "二、加强公共安全\n"
  "3. 开展安全生产专项整治。（市应急管理局、市公安局负责）\n";

static void
test_preview (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = write_document (dir, "要点.txt", document);
  PdImportAssistant *assistant = pd_import_assistant_new (NULL, path, NULL);
  GtkListBox *list = pd_import_assistant_get_list (assistant);
  GtkTextBuffer *buffer = pd_import_assistant_get_source_buffer (assistant);
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *highlighted = NULL;
  GtkTextTag *tag;
  GtkTextIter iter, end;

  gtk_window_present (GTK_WINDOW (assistant));
  wait_loaded (assistant);
  g_assert_null (pd_import_assistant_get_error (assistant));

  /* Two programmes and three projects, each with its tag (a word, not only a colour). */
  g_assert_cmpuint (count_rows (list), ==, 5);
  collect_labels (nth_row (list, 0), labels);
  g_assert_cmpstr (labels->str, ==, "一、深化社会治理|");
  g_string_truncate (labels, 0);
  collect_labels (nth_row (list, 1), labels);
  expected = g_strdup_printf (pd_test_tr ("%s|1、完善网格化服务管理|%s: 市委政法委\n%s: 市民政局、市财政局|",
                                          "%s|1、完善网格化服务管理|%s：市委政法委\n%s：市民政局、市财政局|"),
                              pd_test_tr ("ready", "就绪"), pd_test_tr ("Lead", "牵头"),
                              pd_test_tr ("Cooperating", "配合"));
  g_assert_cmpstr (labels->str, ==, expected);
  g_string_truncate (labels, 0);
  collect_labels (nth_row (list, 4), labels);
  g_assert_true (g_str_has_prefix (labels->str, pd_test_tr ("check|3、开展安全生产专项整治|", "待核对|3、开展安全生产专项整治|")));
  g_assert_nonnull (strstr (labels->str, pd_test_tr ("“开展安全生产专项整治” has no lead unit",
                                                    "“开展安全生产专项整治”没有牵头单位")));
  g_assert_nonnull (strstr (pd_import_assistant_get_summary (assistant),
                            pd_test_tr ("2 ready, 1 to check, 0 with errors", "2 个就绪，1 个待核对，0 个有错误")));
  g_assert_nonnull (strstr (pd_import_assistant_get_summary (assistant), "UTF-8"));

  /* The source is the document, read-only; selecting a project highlights its units' words. */
  gtk_text_buffer_get_bounds (buffer, &iter, &end);
  g_assert_cmpstr ((highlighted = gtk_text_buffer_get_text (buffer, &iter, &end, FALSE)), ==, document);
  g_clear_pointer (&highlighted, g_free);
  gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (nth_row (list, 2)));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "import-highlight");
  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&iter, tag));
  end = iter;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  highlighted = gtk_text_iter_get_text (&iter, &end);
  g_assert_cmpstr (highlighted, ==, "市司法局");
  g_clear_pointer (&highlighted, g_free);
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  iter = end;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  highlighted = gtk_text_iter_get_text (&iter, &end);
  g_assert_cmpstr (highlighted, ==, "市信访局");
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&end, tag));

  gtk_window_destroy (GTK_WINDOW (assistant));
  pd_test_remove_tree (dir);
}

static void
created_cb (PdImportAssistant *assistant,
            const char        *path,
            char             **created)
{
  *created = g_strdup (path);
}

static void
test_encoding_and_create (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "gbk.txt", NULL);
  g_autofree char *plan = g_build_filename (dir, "new.plandesk", NULL);
  g_autofree char *created = NULL;
  gsize written;
  g_autofree char *gbk = g_convert (document, -1, "GB18030", "UTF-8", NULL, &written, NULL);
  PdImportAssistant *assistant;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, gbk, (gssize)written, NULL));
  assistant = pd_import_assistant_new (NULL, path, NULL);
  g_object_ref_sink (assistant);
  g_signal_connect (assistant, "plan-created", G_CALLBACK (created_cb), &created);
  gtk_window_present (GTK_WINDOW (assistant));
  wait_loaded (assistant);
  g_assert_nonnull (strstr (pd_import_assistant_get_summary (assistant), "GB18030"));

  /* Forcing UTF-8 on GB18030 bytes: a clear message, nothing to create. */
  pd_import_assistant_set_encoding (assistant, "UTF-8");
  wait_loaded (assistant);
  g_assert_nonnull (pd_import_assistant_get_error (assistant));
  g_assert_null (pd_import_assistant_get_result (assistant));
  g_assert_cmpuint (count_rows (pd_import_assistant_get_list (assistant)), ==, 0);
  pd_import_assistant_set_encoding (assistant, NULL);
  wait_loaded (assistant);
  g_assert_cmpuint (count_rows (pd_import_assistant_get_list (assistant)), ==, 5);

  /* Never over an existing file; then the plan, and the signal that opens it. */
  g_assert_true (g_file_set_contents (plan, "mine", -1, NULL));
  g_assert_false (pd_import_assistant_create_plan (assistant, plan, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_null (created);
  g_unlink (plan);
  g_assert_true (pd_import_assistant_create_plan (assistant, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (created, ==, plan);
  g_assert_true (g_file_test (plan, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (assistant));
  g_object_unref (assistant);
  pd_test_remove_tree (dir);
}

/* Units are matched against a plan's units: the one it lacks is tagged for a check. */
static void
test_known_units (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = write_document (dir, "要点.txt", document);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  const char *names[] = { "市委政法委", "市民政局", "市财政局", "市司法局", "市信访局", "市应急管理局" };
  PdImportAssistant *assistant;
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_hash_table_insert (known, (gpointer)names[i], (gpointer)names[i]);
  assistant = pd_import_assistant_new (NULL, path, known);
  gtk_window_present (GTK_WINDOW (assistant));
  wait_loaded (assistant);

  collect_labels (nth_row (pd_import_assistant_get_list (assistant), 1), labels);
  g_assert_true (g_str_has_prefix (labels->str, pd_test_tr ("ready|", "就绪|")));
  g_string_truncate (labels, 0);
  collect_labels (nth_row (pd_import_assistant_get_list (assistant), 4), labels);
  expected = g_strdup_printf ("%s\n%s|", pd_test_tr ("“市公安局” is not a known unit", "“市公安局”不是已知单位"),
                              pd_test_tr ("“开展安全生产专项整治” has no lead unit", "“开展安全生产专项整治”没有牵头单位"));
  g_assert_true (g_str_has_prefix (labels->str, pd_test_tr ("check|", "待核对|")));
  g_assert_true (g_str_has_suffix (labels->str, expected));
  gtk_window_destroy (GTK_WINDOW (assistant));
  pd_test_remove_tree (dir);
}

static void
test_nothing_recognised (void)
{
  g_autofree char *dir = pd_test_make_tmpdir ();
  g_autofree char *path = write_document (dir, "memo.txt", "会议纪要\n今天天气很好。\n");
  PdImportAssistant *assistant = pd_import_assistant_new (NULL, path, NULL);

  gtk_window_present (GTK_WINDOW (assistant));
  wait_loaded (assistant);
  g_assert_cmpstr (pd_import_assistant_get_error (assistant), ==,
                   pd_test_tr ("No task with its units was recognised in this document",
                               "未在此文档中识别出带有责任单位的任务"));
  g_assert_cmpuint (count_rows (pd_import_assistant_get_list (assistant)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (assistant));
  pd_test_remove_tree (dir);
}

/* The bundled plan's web copy: 12 programmes and 68 projects, all ready. */
static void
test_bundled (void)
{
  const char *data = g_getenv ("PD_TEST_DATA");
  g_autofree char *path = g_build_filename (data, "safe-guangzhou-web.txt", NULL);
  PdImportAssistant *assistant = pd_import_assistant_new (NULL, path, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  guint ready, check, error;

  gtk_window_present (GTK_WINDOW (assistant));
  wait_loaded (assistant);
  g_assert_cmpuint (count_rows (pd_import_assistant_get_list (assistant)), ==, 80);
  rows = pd_import_preview_build (pd_import_assistant_get_result (assistant));
  pd_import_preview_count (rows, &ready, &check, &error);
  g_assert_cmpuint (ready, ==, 68);
  g_assert_cmpuint (check, ==, 0);
  g_assert_cmpuint (error, ==, 0);
  gtk_window_destroy (GTK_WINDOW (assistant));
}

static int
run_host (const char *path)
{
  PdImportAssistant *assistant = pd_import_assistant_new (NULL, path, NULL);
  GtkListBox *list = pd_import_assistant_get_list (assistant);

  gtk_window_present (GTK_WINDOW (assistant));
  while (pd_import_assistant_is_loading (assistant))
    g_main_context_iteration (NULL, TRUE);
  iterate (200);
  if (gtk_list_box_get_row_at_index (list, 2) != NULL)
    gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 2));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  pd_init_i18n ();
  if (argc == 3 && g_str_equal (argv[1], "--host"))
    {
      gtk_init ();
      adw_init ();
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      return run_host (argv[2]);
    }
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/import-assistant/preview", test_preview);
  g_test_add_func ("/import-assistant/encoding-and-create", test_encoding_and_create);
  g_test_add_func ("/import-assistant/known-units", test_known_units);
  g_test_add_func ("/import-assistant/nothing-recognised", test_nothing_recognised);
  g_test_add_func ("/import-assistant/bundled", test_bundled);

  return g_test_run ();
}
