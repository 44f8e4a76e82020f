/* bench-import.c — how fast a plan document is imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-import
 *
 * Prints one figure a line, "name value unit":
 *
 *   import.text.scale100   ms  reading the plan-text report of the scale-100 synthetic plan
 *                              (about 6,800 items in 1,200 programmes, 45,700 assignments) as a
 *                              text document: decoding, paragraphs, units and roles (median)
 *   import.docx.scale10    ms  the same for the scale-10 plan written as a DOCX document:
 *                              unzipping, XML, then the text (median)
 *
 * Each run is checked: every project of the synthetic plan must come back,
 * else the figure is left out and the exit status is 1. The plans go to a
 * temporary directory that is removed at the end.
 */
#define G_LOG_DOMAIN "bench-import"

#include "pd-config.h"

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "import/pd-import.h"
#include "pd-bench-util.h"
#include "pd-synthetic.h"
#include "reports/pd-report-plan-text.h"
#include "store/pd-store.h"

#define N_RUNS 5
#define SEED   20130715u

/* The plan-text report of a synthetic plan, as a document's text. */
static char *
plan_text (guint scale)
{
  g_autofree char *name = g_strdup_printf ("scale%u.plandesk", scale);
  g_autofree char *plan = pd_bench_generate_plan (name, scale, SEED);
  g_autoptr(PdStore) store = pd_bench_open_store (plan);
  g_autoptr(PdReport) report = pd_report_plan_text_new (store);
  GString *text = g_string_new (pd_store_get_title (store));

  g_string_append (text, "\n\n");
  for (guint i = 0; i < report->blocks->len; i++)
    {
      PdReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->text != NULL)
        g_string_append_printf (text, "%s\n\n", block->text);
    }
  return g_string_free (text, FALSE);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* A DOCX document of @text, one paragraph a line. */
static GBytes *
docx_of (const char *text)
{
  static const char content_types[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gsize size = strlen (text) * 3 + 1024 * 1024, used = 0;
  guchar *buffer = g_malloc (size);
  struct archive *archive = archive_write_new ();
  const struct { const char *name; const char *data; } parts[] = {
    { "[Content_Types].xml", content_types }, { "word/document.xml", NULL },
  };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_string_append (xml, "<w:p><w:r><w:t>");
      append_escaped (xml, lines[i]);
      g_string_append (xml, "</w:t></w:r></w:p>");
    }
  g_string_append (xml, "</w:body></w:document>");

  archive_write_set_format_zip (archive);
  if (archive_write_open_memory (archive, buffer, size, &used) != ARCHIVE_OK)
    g_error ("zip: %s", archive_error_string (archive));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *data = parts[i].data ? parts[i].data : xml->str;
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, parts[i].name);
      archive_entry_set_size (entry, (la_int64_t)strlen (data));
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      if (archive_write_header (archive, entry) != ARCHIVE_OK ||
          archive_write_data (archive, data, strlen (data)) < 0)
        g_error ("zip: %s", archive_error_string (archive));
      archive_entry_free (entry);
    }
  archive_write_close (archive);
  archive_write_free (archive);
  return g_bytes_new_take (g_realloc (buffer, used), used);
}

/* The median time of importing @bytes; a negative value when a run does
 * not bring back @n_projects projects. */
static double
time_import (const char *figure,
             GBytes     *bytes,
             guint       n_projects)
{
  double runs[N_RUNS];

  for (guint i = 0; i <= N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdImportResult) result = NULL;
      gint64 start = g_get_monotonic_time ();

      result = pd_import_read (bytes, NULL, &error);
      if (i > 0)
        runs[i - 1] = pd_bench_ms_since (start);
      if (result == NULL || result->draft->projects->len != n_projects)
        {
          g_printerr ("bench-import: %s: %s; figure left out\n", figure,
                      result == NULL ? error->message : "not every project came back");
          return -1;
        }
    }
  return pd_bench_median (runs, N_RUNS);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *text100 = NULL;
  g_autofree char *text10 = NULL;
  g_autoptr(GBytes) bytes100 = NULL;
  g_autoptr(GBytes) docx10 = NULL;
  double ms;
  int status = EXIT_SUCCESS;

  text100 = plan_text (100);
  bytes100 = g_bytes_new_static (text100, strlen (text100));
  ms = time_import ("import.text.scale100", bytes100, PD_SYNTHETIC_PROJECTS * 100);
  if (ms >= 0)
    pd_bench_print_figure ("import.text.scale100", ms, "ms");
  else
    status = EXIT_FAILURE;

  text10 = plan_text (10);
  docx10 = docx_of (text10);
  ms = time_import ("import.docx.scale10", docx10, PD_SYNTHETIC_PROJECTS * 10);
  if (ms >= 0)
    pd_bench_print_figure ("import.docx.scale10", ms, "ms");
  else
    status = EXIT_FAILURE;

  pd_bench_cleanup ();
  return status;
}
