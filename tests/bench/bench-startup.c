/* bench-startup.c — time from exec to the first frame, Plan Desk against a bare window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-startup [PLANDESK [PD-BARE]]
 *
 * Runs each program once to warm the caches, then 10 times more, taking
 * g_get_monotonic_time () just before spawning it. With
 * PLANDESK_BENCH_FIRST_FRAME set the program prints "first-frame <µs>" when
 * its first frame is painted and exits (app/pd-bench-hook.c); the clock is
 * the same system-wide monotonic clock. Prints, one figure a line:
 *
 *   startup.plandesk  ms  median, `plandesk --bundled`
 *   startup.bare      ms  median, pd-bare
 *   startup.ratio     x   plandesk / bare
 *
 * The programs are those built with this benchmark unless given on the
 * command line. They run on the X display in $DISPLAY (under xvfb-run, for
 * instance) with the cairo renderer, in-memory settings, no accessibility
 * bus and throwaway data and config directories. Without a session bus
 * (xvfb-run gives none) a private one is started for the run, so that both
 * register on the bus as on a desktop. Without a display the benchmark is
 * skipped (exit status 77).
 */
#define G_LOG_DOMAIN "bench-startup"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pd-bench-util.h"

#ifndef PLANDESK_EXE
#define PLANDESK_EXE "plandesk"
#endif
#ifndef BARE_EXE
#define BARE_EXE "pd-bare"
#endif

#define N_RUNS          10
#define TIMEOUT_SECONDS 30
#define EXIT_SKIP       77

static GPid bus_pid;  /* the private session bus, if one was started */

/* pd_bench_die(), with the bus stopped first. The failures here mostly
 * come as a message, not a GError; only the message is printed, so the
 * error's domain does not matter. */
G_GNUC_NORETURN static void
die (const char *what,
     const char *message)
{
  g_autoptr(GError) error = g_error_new_literal (G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED, message);

  if (bus_pid > 0)
    kill (bus_pid, SIGTERM);
  pd_bench_die (what, error);
}

/* Starts a session bus for the children if there is none. */
static char **
start_session_bus (char **envp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *daemon = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { NULL, "--session", "--fork", "--print-address=1", "--print-pid=1", NULL };
  int wait_status;

  if (g_environ_getenv (envp, "DBUS_SESSION_BUS_ADDRESS") != NULL)
    return envp;
  if (!(daemon = g_find_program_in_path ("dbus-daemon")))
    {
      g_printerr ("bench-startup: no session bus and no dbus-daemon; the programs run without a bus\n");
      return envp;
    }

  argv[0] = daemon;
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDIN_FROM_DEV_NULL, NULL, NULL,
                     &output, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    die (daemon, error->message);

  lines = g_strsplit (output, "\n", 3);
  if (g_strv_length (lines) < 2 || !g_str_has_prefix (lines[0], "unix:") ||
      (bus_pid = (GPid)g_ascii_strtoll (lines[1], NULL, 10)) <= 0)
    die (daemon, "unexpected output");
  return g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", lines[0], TRUE);
}

static char **
make_environment (void)
{
  g_autofree char *data_home = g_build_filename (pd_bench_tmp_dir (), "data", NULL);
  g_autofree char *config_home = g_build_filename (pd_bench_tmp_dir (), "config", NULL);
  char **envp = g_get_environ ();

  if (g_mkdir (data_home, 0700) != 0 || g_mkdir (config_home, 0700) != 0)
    die (pd_bench_tmp_dir (), g_strerror (errno));

  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "NO_AT_BRIDGE", "1", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  envp = g_environ_setenv (envp, "PLANDESK_BENCH_FIRST_FRAME", "1", TRUE);
  return start_session_bus (envp);
}

/* Reads the child's standard output until it has reported its first frame,
 * or closed the pipe (a helper it started may keep it open), or the time is
 * up. Returns FALSE on a timeout. */
static gboolean
read_output (int      fd,
             GString *output)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;

  for (;;)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      gint64 left = deadline - g_get_monotonic_time ();
      const char *line;
      char buffer[512];
      ssize_t n;
      int rc;

      if (left <= 0)
        return FALSE;
      rc = poll (&pfd, 1, (int)(left / 1000) + 1);
      if (rc < 0 && errno != EINTR)
        return FALSE;
      if (rc <= 0)
        continue;
      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return TRUE;
      g_string_append_len (output, buffer, n);

      line = strstr (output->str, "first-frame ");
      if (line != NULL && strchr (line, '\n') != NULL)
        return TRUE;
    }
}

/* Milliseconds from just before the spawn to the child's first frame. */
static double
run_once (const char * const *argv,
          char              **envp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  const char *line;
  gboolean finished;
  gint64 start, frame;
  GPid pid;
  int out_fd;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **)argv, envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDIN_FROM_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    die (argv[0], error->message);

  finished = read_output (out_fd, output);
  if (!finished)
    kill (pid, SIGKILL);
  close (out_fd);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);

  if (!finished)
    die (argv[0], "no first frame within " G_STRINGIFY (TIMEOUT_SECONDS) " s");
  if (g_str_has_prefix (output->str, "first-frame "))
    line = output->str;
  else if ((line = strstr (output->str, "\nfirst-frame ")) != NULL)
    line++;
  else
    die (argv[0], "exited without reporting a first frame (is PLANDESK_BENCH_FIRST_FRAME handled?)");

  frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
  if (frame <= start)
    die (argv[0], "reported a first frame before it was started");
  return (double)(frame - start) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_auto(GStrv) envp = NULL;
  const char *plandesk = argc > 1 ? argv[1] : PLANDESK_EXE;
  const char *bare = argc > 2 ? argv[2] : BARE_EXE;
  const char * const plandesk_argv[] = { plandesk, "--bundled", NULL };
  const char * const bare_argv[] = { bare, NULL };
  double plandesk_runs[N_RUNS], bare_runs[N_RUNS];
  double plandesk_ms, bare_ms;

  g_set_prgname ("bench-startup");  /* for pd_bench_die() */
  if (argc > 3)
    {
      g_printerr ("usage: bench-startup [PLANDESK [PD-BARE]]\n");
      return EXIT_FAILURE;
    }

  if (g_getenv ("DISPLAY") == NULL || *g_getenv ("DISPLAY") == '\0')
    {
      g_printerr ("bench-startup: DISPLAY is not set; run it under xvfb-run -a. Skipped.\n");
      return EXIT_SKIP;
    }

  envp = make_environment ();

  /* Warm-up: page cache, font cache, the X server. */
  run_once (plandesk_argv, envp);
  run_once (bare_argv, envp);

  /* Interleaved, so that drift affects both alike. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      plandesk_runs[i] = run_once (plandesk_argv, envp);
      bare_runs[i] = run_once (bare_argv, envp);
    }

  plandesk_ms = pd_bench_median (plandesk_runs, N_RUNS);
  bare_ms = pd_bench_median (bare_runs, N_RUNS);
  printf ("startup.plandesk %.1f ms\n", plandesk_ms);
  printf ("startup.bare %.1f ms\n", bare_ms);
  printf ("startup.ratio %.2f x\n", plandesk_ms / bare_ms);
  fflush (stdout);

  if (bus_pid > 0)
    kill (bus_pid, SIGTERM);
  pd_bench_cleanup ();
  return EXIT_SUCCESS;
}
