# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the accessibility tests (a11y-*.py) share: the session's AT-SPI bus,
# TAP output, finding the application and waiting for the tree to settle.
# Importing this module pins the bus before pyatspi is imported, so import
# it first:
#
#   import pd_a11y
#   from pd_a11y import pyatspi, tap, find_app, wait_for
import os
import subprocess
import sys
import time


def pin_accessibility_bus():
    """Use this session's accessibility bus, not one named on the X display:
    two test runs can share a display, and GTK and pyatspi would otherwise
    read the bus address from it."""
    for _ in range(50):
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
    """The application called @name on the accessibility bus, or None."""
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def wait_for(predicate, timeout=10):
    """Whether @predicate comes true within @timeout seconds; an exception
    (an accessible that went away meanwhile) counts as not yet."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False
