#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end through the accessibility tree, as a screen reader user would:
# open Plan Desk on a copy of the bundled plan, show the Checks page of the
# side pane, press "Merge" on the pair 市直政法部门 / 市直政法各部门, then
# press "Undo" — all by accessible names with do_action, no synthetic
# clicks — and read the plan file to see the edit made and taken back.
#
# Run by meson as: xvfb-run -a dbus-run-session -- python3 a11y-edit-undo.py PLANDESK BUNDLED
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
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

plandesk, bundled = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="plandesk-a11y-")
plan = os.path.join(work, "plan.plandesk")
shutil.copyfile(bundled, plan)

env = dict(os.environ)
env.update({"XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo", "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi"})
env.pop("NO_AT_BRIDGE", None)
app_process = subprocess.Popen([plandesk, plan], env=env)
failures = 0
step = 0


def tap(ok, what):
    global failures, step
    step += 1
    print(("ok" if ok else "not ok") + " %d %s" % (step, what), flush=True)
    if not ok:
        failures += 1


def find_app(timeout=90):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "plandesk":
                return app
        time.sleep(0.3)
    return None


def find(root, name, roles=(pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB,
                            pyatspi.ROLE_RADIO_BUTTON), timeout=30):
    """The first button whose accessible name is @name (or, for a name
    ending in …, starts with it)."""
    def matches(a):
        if a is None or a.getRole() not in roles:
            return False
        return a.name.startswith(name[:-1]) if name.endswith("…") else a.name == name
    end = time.time() + timeout
    while time.time() < end:
        found = pyatspi.findDescendant(root, matches)
        if found is not None:
            return found
        time.sleep(0.3)
    return None


def press(root, name):
    node = find(root, name)
    if node is None:
        return False
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "toggle"):
            return action.doAction(i)
    return action.nActions > 0 and action.doAction(0)


def unit_count(name):
    with sqlite3.connect("file:%s?mode=ro" % plan, uri=True) as db:
        return db.execute("SELECT count(*) FROM unit WHERE name = ?", (name,)).fetchone()[0]


def wait_for(predicate, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


print("1..6", flush=True)
try:
    app = find_app()
    tap(app is not None, "Plan Desk appears in the accessibility tree")
    if app is None:
        sys.exit(1)
    side = find(app, "Side pane")
    state = side.getState() if side is not None else None
    if state is not None and not (state.contains(pyatspi.STATE_CHECKED) or state.contains(pyatspi.STATE_PRESSED)):
        press(app, "Side pane")
    tap(press(app, "Checks"), "the Checks page opens by its name")
    tap(press(app, "Merge “市直政法部门”…"), "the Merge button of the similar names is pressed")
    tap(wait_for(lambda: unit_count("市直政法部门") == 0), "市直政法部门 is merged into 市直政法各部门 in the file")
    tap(press(app, "Undo"), "the Undo button is pressed")
    tap(wait_for(lambda: unit_count("市直政法部门") == 1), "the merge is undone in the file")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()
    shutil.rmtree(work, ignore_errors=True)

sys.exit(1 if failures else 0)
