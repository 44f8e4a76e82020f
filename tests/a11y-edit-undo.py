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


sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import pd_a11y  # noqa: E402 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, tap, find_app, wait_for, limit  # noqa: E402

plandesk, bundled = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="plandesk-a11y-")
plan = os.path.join(work, "plan.plandesk")
shutil.copyfile(bundled, plan)

env = dict(os.environ)
env.update({"XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo", "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi"})
env.pop("NO_AT_BRIDGE", None)
app_process = subprocess.Popen([plandesk, plan], env=env)


def find(root, name, roles=(pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB,
                            pyatspi.ROLE_RADIO_BUTTON), timeout=30):
    """The first button whose accessible name is @name (or, for a name
    ending in …, starts with it)."""
    def matches(a):
        if a is None or a.getRole() not in roles:
            return False
        return a.name.startswith(name[:-1]) if name.endswith("…") else a.name == name
    end = time.time() + limit(timeout)
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
    tap(wait_for(lambda: unit_count("市直政法部门") == 0, timeout=30), "市直政法部门 is merged into 市直政法各部门 in the file")
    tap(press(app, "Undo"), "the Undo button is pressed")
    tap(wait_for(lambda: unit_count("市直政法部门") == 1, timeout=30), "the merge is undone in the file")
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()
    shutil.rmtree(work, ignore_errors=True)

pd_a11y.finish()
