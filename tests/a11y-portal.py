#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A plan opened through the real document portal, in the window, by
# accessible names as a screen reader user would: an edit (Merge on the
# Checks page) and its Undo reach the user's file behind the portal; a file
# changed underneath is not overwritten and the bar offers Reload File; after
# SIGKILL with an edit only in the private copy, the next start offers Save
# to File. The real file is checked after every step: integrity_check, the
# edit there or not, nothing left beside it.
#
# Run by meson as: xvfb-run -a dbus-run-session -- python3 a11y-portal.py PLANDESK BUNDLED
import glob
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import pd_a11y  # noqa: E402 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, tap, find_app, wait_for  # noqa: E402
import pd_portal  # noqa: E402

plandesk, bundled = sys.argv[1], sys.argv[2]

reason = pd_portal.unavailable_reason()
if reason is not None:
    print("1..0 # SKIP the document portal cannot run: " + reason, flush=True)
    sys.exit(0)

work = tempfile.mkdtemp(prefix="plandesk-a11y-portal-")
host_dir = os.path.join(work, "plans")
os.mkdir(host_dir)
plan = os.path.join(host_dir, "plan.plandesk")
shutil.copyfile(bundled, plan)
portal = pd_portal.Portal()
portal_plan = portal.add(plan)
copies = os.path.join(work, "plandesk", "copies")

env = dict(os.environ)
env.update({"XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo", "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi"})
env.pop("NO_AT_BRIDGE", None)

BUTTONS = (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_RADIO_BUTTON)


def find(root, name, roles=BUTTONS, timeout=30, showing=False):
    """The first accessible of @roles named @name (a name ending in … matches
    its start); with @showing, only one on screen."""
    def matches(a):
        if a is None or a.getRole() not in roles:
            return False
        if showing and not a.getState().contains(pyatspi.STATE_VISIBLE):
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


def label_shown(root, text):
    def matches(a):
        if a is None or a.getRole() != pyatspi.ROLE_LABEL:
            return False
        if not a.getState().contains(pyatspi.STATE_VISIBLE):
            return False
        return a.name == text
    return pyatspi.findDescendant(root, matches) is not None


def query(sql):
    # immutable: a look that leaves no -wal or -shm beside a WAL-mode file.
    with sqlite3.connect("file:%s?mode=ro&immutable=1" % plan, uri=True) as db:
        return db.execute(sql).fetchone()[0]


def unit_count():
    return query("SELECT count(*) FROM unit WHERE name = '市直政法部门'")


def whole():
    """The real file is a whole plan with nothing beside it, on both sides of the portal."""
    return (query("PRAGMA integrity_check") == "ok" and os.listdir(host_dir) == ["plan.plandesk"] and
            os.listdir(os.path.dirname(portal_plan)) == ["plan.plandesk"])


def show_checks(app):
    side = find(app, "Side pane")
    state = side.getState() if side is not None else None
    if state is not None and not (state.contains(pyatspi.STATE_CHECKED) or state.contains(pyatspi.STATE_PRESSED)):
        press(app, "Side pane")
    return press(app, "Checks")


def start():
    process = subprocess.Popen([plandesk, portal_plan], env=env)
    return process, find_app()


def gone(process):
    def no_app():
        desktop = pyatspi.Registry.getDesktop(0)
        return all(desktop.getChildAtIndex(i) is None or desktop.getChildAtIndex(i).name != "plandesk"
                   for i in range(desktop.childCount))
    return process.poll() is not None and wait_for(no_app, timeout=20)


print("1..14", flush=True)
app_process = None
try:
    app_process, app = start()
    tap(app is not None, "Plan Desk opens the plan on the document portal")
    if app is None:
        sys.exit(1)
    tap(show_checks(app) and press(app, "Merge “市直政法部门”…"), "the Merge button on the Checks page is pressed")
    tap(wait_for(lambda: unit_count() == 0, timeout=30) and whole(),
        "the merge is in the file behind the portal, which is whole with nothing beside it")
    tap(press(app, "Undo") and wait_for(lambda: unit_count() == 1, timeout=30) and whole(),
        "Undo is in the file too")

    # Another program changes the file underneath; the next edit must not overwrite it.
    with sqlite3.connect(plan) as db:
        db.execute("UPDATE plan SET title = '改于别处的方案'")
    before = open(plan, "rb").read()
    tap(press(app, "Merge “市直政法部门”…") and find(app, "Reload File", showing=True) is not None,
        "after the next edit the bar offers Reload File")
    tap(label_shown(app, "The plan file was changed by another program") and
        find(app, "Save as Copy…", showing=True) is not None,
        "the bar says why and offers Save as Copy…")
    tap(open(plan, "rb").read() == before and unit_count() == 1 and whole(),
        "the changed file is not overwritten")
    tap(press(app, "Reload File") and
        wait_for(lambda: find(app, "Reload File", timeout=1, showing=True) is None, timeout=20),
        "Reload File opens the file afresh, without the bar")
    tap(show_checks(app) and press(app, "Merge “市直政法部门”…") and
        wait_for(lambda: unit_count() == 0, timeout=30) and query("SELECT title FROM plan") == "改于别处的方案"
        and whole(), "edits reach the reloaded file again, on top of the other program's change")

    # Killed with an edit committed to the private copy only (as a crash
    # between commit and write-back leaves it): the next start offers it.
    app_process.send_signal(signal.SIGKILL)
    app_process.wait()
    tap(gone(app_process), "Plan Desk is killed")
    kept = [p for p in glob.glob(os.path.join(copies, "*.plandesk")) if not p.endswith(".ini")]
    if len(kept) == 1:
        with sqlite3.connect(kept[0]) as db:
            db.execute("UPDATE project SET title = '崩溃前未写回的修改' WHERE number = 1")
    tap(len(kept) == 1 and query("SELECT title FROM project WHERE number = 1") != "崩溃前未写回的修改" and whole(),
        "the private copy is kept; the file is whole without the unsaved edit")
    app_process, app = start()
    tap(app is not None and find(app, "Save to File", showing=True) is not None and
        label_shown(app, "Plan Desk closed before its last edits were saved to this file"),
        "the next start offers Save to File, saying why")
    tap(press(app, "Save to File") and
        wait_for(lambda: query("SELECT title FROM project WHERE number = 1") == "崩溃前未写回的修改", timeout=20)
        and whole(), "Save to File writes the kept edit to the file")
    tap(wait_for(lambda: find(app, "Save to File", timeout=1, showing=True) is None, timeout=20), "the bar goes away")
finally:
    if app_process is not None and app_process.poll() is None:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    portal.stop()
    shutil.rmtree(work, ignore_errors=True)

pd_a11y.finish()
