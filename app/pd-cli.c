/* pd-cli.c — the command line, handled before any GTK initialisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   plandesk --export=FORMAT --report=KIND [--unit=NAME] --output=PATH [--bundled] [PLANFILE]
 *
 * exports without a display, any report (pd_reports_get_kinds()) in any
 * format. Exit status 0 on success, 1 on a usage error (an unknown unit
 * included: the message lists near matches), 2 on a data error with one line
 * "plandesk: FILE: reason" on stderr. The plan is opened read-only: an
 * export never modifies it.
 *
 *   plandesk --import=DOCUMENT --output=NEW.plandesk [--encoding=NAME]
 *   plandesk --import=DOCUMENT --dry-run [--output=FILE|-] [--encoding=NAME]
 *
 * creates a new plan from a plan document (text, DOCX, .doc/.wps), never
 * replacing a file and leaving nothing behind on failure (exit 2, one line
 * "plandesk: DOCUMENT: reason"); or writes what would be imported as the
 * assignments CSV with one line "plandesk: DOCUMENT:LINE: warning" per
 * warning on stderr.
 */
#define G_LOG_DOMAIN "pd-cli"

#include "pd-config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>

#include "pd-cli.h"
#include "import/pd-import.h"
#include "reports/pd-report-assignments.h"
#include "reports/pd-reports.h"
#include "store/pd-plan-file.h"
#include "store/pd-store.h"

void
pd_init_i18n (void)
{
  const char *localedir = g_getenv ("PLANDESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("plandesk: %s\n", message);
  g_printerr (_("Try “plandesk --help” for more information."));
  g_printerr ("\n");
  return PD_EXIT_USAGE;
}

static int
data_error (const char *path,
            const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_printerr ("plandesk: %s: %s\n", display, reason);
  return PD_EXIT_DATA;
}

static int
export (const char     *plan_path,
        PdReportFormat  format,
        const char     *report_name,
        const char     *unit_name,
        const char     *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdReport) report = NULL;

  store = pd_store_open (plan_path, PD_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return data_error (plan_path, error->message);

  report = pd_reports_build (store, report_name, unit_name, &error);
  if (report == NULL)
    {
      /* The options were checked; what is left is a unit the plan does not have. */
      if (g_error_matches (error, PD_REPORTS_ERROR, PD_REPORTS_ERROR_UNKNOWN_UNIT))
        return usage_error ("%s", error->message);
      return data_error (plan_path, error->message);
    }

  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = pd_report_render (report, format, NULL, &error);
      gsize size;
      const char *data;

      if (bytes == NULL)
        return data_error (output, error->message);
      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        return data_error (output, g_strerror (errno));
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!pd_report_write_to_file (report, format, file, NULL, &error))
        return data_error (output, error->message);
    }

  return PD_EXIT_OK;
}

static int
import_document (const char *document,
                 const char *output,
                 const char *encoding,
                 gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdImportResult) result = NULL;
  g_autofree char *display = g_filename_display_name (document);
  PdImportOptions options = { encoding, NULL };

  if (!dry_run && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_autofree char *reason = g_strdup_printf (_("There is already a file called %s"), output);

      return data_error (document, reason);
    }

  result = pd_import_read_file (document, &options, NULL, &error);
  if (result == NULL)
    return data_error (document, error->message);

  if (dry_run)
    {
      g_autoptr(PdReport) report = pd_report_assignments_new_for_draft (result->draft);

      for (guint i = 0; i < result->warnings->len; i++)
        {
          PdImportWarning *warning = g_ptr_array_index (result->warnings, i);

          g_printerr ("plandesk: %s:%u: %s\n", display, warning->line, warning->message);
        }

      if (output == NULL || g_str_equal (output, "-"))
        {
          g_autoptr(GBytes) bytes = pd_report_render (report, PD_REPORT_FORMAT_CSV, NULL, &error);
          gsize size;
          const char *data;

          if (bytes == NULL)
            return data_error ("-", error->message);
          data = g_bytes_get_data (bytes, &size);
          if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
            return data_error ("-", g_strerror (errno));
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

          if (!pd_report_write_to_file (report, PD_REPORT_FORMAT_CSV, file, NULL, &error))
            return data_error (output, error->message);
        }
      return PD_EXIT_OK;
    }

  if (!pd_plan_draft_write (result->draft, output, &error))
    return data_error (document, error->message);
  return PD_EXIT_OK;
}

/* Handles the command line. Returns TRUE when the process should exit with
 * *@exit_status (an export, --version, a usage error); FALSE when the window
 * should open, on *@plan_path (NULL for the working plan). */
gboolean
pd_cli_run (int    argc,
            char **argv,
            char **plan_path,
            int   *exit_status)
{
  g_autofree char *format_name = NULL;
  g_autofree char *report_name = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *encoding = NULL;
  gboolean dry_run = FALSE;
  g_auto(GStrv) files = NULL;
  g_autofree char *path = NULL;
  gboolean bundled = FALSE;
  gboolean version = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  PdReportFormat format;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Export a report without opening a window (csv, xlsx, pdf, html)"), N_("FORMAT") },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report_name,
      N_("The report to export (assignments, division, units, matrix, progress, plan-text)"), N_("KIND") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name,
      N_("With --report=units, the responsibility list of this unit only"), N_("NAME") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the export (- for standard output)"), N_("PATH") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &import_path,
      N_("Create a new plan (--output) from a plan document: text, DOCX, .doc or .wps"), N_("DOCUMENT") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("With --import, write what would be imported as the assignments CSV (to --output or standard output)"), NULL },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding,
      N_("With --import, read a text document in this encoding (default: detected)"), N_("NAME") },
    { "bundled", 0, 0, G_OPTION_ARG_NONE, &bundled,
      N_("Use the bundled Safe Guangzhou plan instead of the working plan"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[PLANFILE]") },
    { NULL }
  };

  *plan_path = NULL;
  *exit_status = PD_EXIT_OK;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Plan Desk keeps a multi-year implementation plan: programmes, projects and the units that lead and cooperate on them."));
  g_option_context_set_description (context,
                                    _("Without PLANFILE or --bundled, the working plan is used; it is created from the bundled plan on first use.\n"
                                      "Exit status: 0 on success, 1 on a usage error, 2 on a data error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  /* GOptionContext edits the vector it parses; keep the caller's intact. */
  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  {
    char **parse_args = g_memdup2 (args, sizeof (char *) * (argc + 1));
    int parse_argc = argc;
    gboolean ok = g_option_context_parse (context, &parse_argc, &parse_args, &error);

    g_free (parse_args);
    if (!ok)
      {
        *exit_status = usage_error ("%s", error->message);
        return TRUE;
      }
  }

  if (version)
    {
      g_print ("plandesk %s\n", PACKAGE_VERSION);
      return TRUE;
    }

  if (files != NULL && g_strv_length (files) > 1)
    {
      *exit_status = usage_error (_("Only one plan file can be given"));
      return TRUE;
    }
  if (files != NULL && files[0] != NULL && bundled)
    {
      *exit_status = usage_error (_("Give either a plan file or --bundled, not both"));
      return TRUE;
    }

  if (import_path != NULL)
    {
      if (format_name != NULL || report_name != NULL || unit_name != NULL || bundled ||
          (files != NULL && files[0] != NULL))
        {
          *exit_status = usage_error (_("--import cannot be combined with --export, --report, --unit, --bundled or a plan file"));
          return TRUE;
        }
      if (*import_path == '\0')
        {
          *exit_status = usage_error (_("--import needs the path of a document"));
          return TRUE;
        }
      if (!dry_run && (output == NULL || *output == '\0'))
        {
          *exit_status = usage_error (_("--import needs --output=NEW.plandesk (or --dry-run)"));
          return TRUE;
        }
      if (encoding != NULL && *encoding == '\0')
        {
          *exit_status = usage_error (_("--encoding needs the name of an encoding"));
          return TRUE;
        }
      *exit_status = import_document (import_path, output, encoding, dry_run);
      return TRUE;
    }
  if (dry_run || encoding != NULL)
    {
      *exit_status = usage_error (_("--dry-run and --encoding need --import=DOCUMENT"));
      return TRUE;
    }

  if (format_name == NULL && (report_name != NULL || unit_name != NULL || output != NULL))
    {
      *exit_status = usage_error (_("--report, --unit and --output need --export=FORMAT"));
      return TRUE;
    }

  if (bundled)
    path = pd_plan_file_dup_bundled_path ();
  else if (files != NULL && files[0] != NULL)
    path = g_strdup (files[0]);

  if (format_name == NULL)
    {
      *plan_path = g_steal_pointer (&path);
      return FALSE;
    }

  if (!pd_report_format_from_string (format_name, &format))
    {
      *exit_status = usage_error (_("Unknown export format “%s” (known formats: %s)"),
                                  format_name, pd_report_format_list ());
      return TRUE;
    }
  if (report_name == NULL)
    {
      *exit_status = usage_error (_("--export needs --report=KIND"));
      return TRUE;
    }
  if (!pd_reports_is_kind (report_name))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)pd_reports_get_kinds ());

      *exit_status = usage_error (_("Unknown report “%s” (known reports: %s)"), report_name, known);
      return TRUE;
    }
  if (unit_name != NULL && !pd_reports_kind_takes_unit (report_name))
    {
      *exit_status = usage_error (_("--unit works only with --report=units"));
      return TRUE;
    }
  if (unit_name != NULL && *unit_name == '\0')
    {
      *exit_status = usage_error (_("--unit needs the name of a unit"));
      return TRUE;
    }
  if (output == NULL || *output == '\0')
    {
      *exit_status = usage_error (_("--export needs --output=PATH"));
      return TRUE;
    }

  if (path == NULL)
    {
      path = pd_plan_file_ensure_working (&error);
      if (path == NULL)
        {
          g_autofree char *working = pd_plan_file_dup_working_path ();

          *exit_status = data_error (working, error->message);
          return TRUE;
        }
    }

  *exit_status = export (path, format, report_name, unit_name, output);
  return TRUE;
}
