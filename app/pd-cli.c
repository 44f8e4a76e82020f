/* pd-cli.c — the command line, handled before any GTK initialisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   plandesk --export=FORMAT --report=KIND --output=PATH [--bundled] [PLANFILE]
 *
 * exports without a display. Exit status 0 on success, 1 on a usage error,
 * 2 on a data error with one line "plandesk: FILE: reason" on stderr. The
 * plan is opened read-only: an export never modifies it.
 */
#define G_LOG_DOMAIN "pd-cli"

#include "pd-config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>

#include "pd-cli.h"
#include "reports/pd-report-assignments.h"
#include "store/pd-plan-file.h"
#include "store/pd-store.h"

static const char * const report_names[] = { "assignments", NULL };

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
        const char     *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStore) store = NULL;
  g_autoptr(PdReport) report = NULL;

  store = pd_store_open (plan_path, PD_DATABASE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return data_error (plan_path, error->message);

  /* Only one report so far; report_names lists what the option accepts. */
  g_assert (g_str_equal (report_name, "assignments"));
  report = pd_report_assignments_new (store);

  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) bytes = pd_report_render (report, format, &error);
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
  g_autofree char *output = NULL;
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
      N_("Export a report without opening a window (csv)"), N_("FORMAT") },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report_name,
      N_("The report to export (assignments)"), N_("KIND") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the export (- for standard output)"), N_("PATH") },
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

  if (format_name == NULL && (report_name != NULL || output != NULL))
    {
      *exit_status = usage_error (_("--report and --output need --export=FORMAT"));
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
  if (!g_strv_contains (report_names, report_name))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)report_names);

      *exit_status = usage_error (_("Unknown report “%s” (known reports: %s)"), report_name, known);
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

  *exit_status = export (path, format, report_name, output);
  return TRUE;
}
