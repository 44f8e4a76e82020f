# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the accessibility tests (a11y-*.py) share: the session's AT-SPI bus,
# TAP output, finding the application and waiting for the tree to settle,
# and how the application runs in the sanitizer build.
# Importing this module pins the bus before pyatspi is imported, so import
# it first:
#
#   import pd_a11y
#   from pd_a11y import pyatspi, tap, find_app, wait_for, limit
#
# No test waits a fixed time for the application: each wait polls until
# what it waits for is there, and gives up only after a limit, given in
# seconds as on an ordinary machine and scaled by limit() for this run. The
# scale is PD_TEST_TIMEOUT_MULTIPLIER, set where meson's timeouts are
# multiplied too (the sanitizer build runs everything several times slower),
# so a slow run makes a test slower, not red.
import os
import subprocess
import sys
import time


def pin_accessibility_bus():
    """Use this session's accessibility bus, not one named on the X display:
    two test runs can share a display, and GTK and pyatspi would otherwise
    read the bus address from it."""
    end = time.time() + limit(10)
    while time.time() < end:
        try:
            out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                                  "--object-path", "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
                                 capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            out = ""
        if out.startswith("('") and out.endswith("',)"):
            os.environ["AT_SPI_BUS_ADDRESS"] = out[2:-3]
            return
        time.sleep(0.2)


def _time_scale():
    try:
        return max(1.0, float(os.environ.get("PD_TEST_TIMEOUT_MULTIPLIER") or 1))
    except ValueError:
        return 1.0


TIME_SCALE = _time_scale()


def limit(seconds):
    """@seconds, a limit on an ordinary machine, as long as this run needs."""
    return seconds * TIME_SCALE


def _application_sanitizer_options():
    """The application under test is stopped with SIGTERM, so LeakSanitizer
    never runs in it: in the sanitizer build it does without the full malloc
    stacks that only the leak suppressions need (build-aux/dev sanitize asks
    for them), which slow a GTK application down several times over. Every
    memory error is still caught and reported as before."""
    if os.environ.get("ASAN_OPTIONS"):
        os.environ["ASAN_OPTIONS"] += ":fast_unwind_on_malloc=1:detect_leaks=0"


_application_sanitizer_options()
pin_accessibility_bus()

import pyatspi  # noqa: E402 (after the bus address is pinned)

failures = 0
step = 0


def tap(ok, what):
    """One TAP line; a failure is counted for finish()."""
    global failures, step
    step += 1
    print(("ok" if ok else "not ok") + " %d %s" % (step, what.replace("\n", "\\n")), flush=True)
    if not ok:
        failures += 1


def finish():
    sys.exit(1 if failures else 0)


def find_app(name="plandesk", timeout=90):
    """The application called @name on the accessibility bus, or None
    (@timeout scaled by limit())."""
    end = time.time() + limit(timeout)
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def wait_for(predicate, timeout=10):
    """Whether @predicate comes true within @timeout seconds (scaled by
    limit()); an exception (an accessible that went away meanwhile) counts
    as not yet."""
    end = time.time() + limit(timeout)
    while time.time() < end:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False
