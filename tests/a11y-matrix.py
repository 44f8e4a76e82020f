#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The responsibility matrix through the accessibility tree, as a screen
# reader reads it: the matrix is a table (grid), the focused cell a table
# cell named "unit — project number title — role", with its row and column
# headers labelled; moving the focus renames the cell. Run once in English
# and once in Chinese (e.g. 市公安局 — 29 治安技防系统建设项目 — 牵头).
#
# The matrix is shown by test-matrix-view --host on a copy of the bundled
# plan, the focus put on 市公安局 × project 29.
#
# Run by meson as:
#   xvfb-run -a dbus-run-session -- python3 a11y-matrix.py TEST-MATRIX-VIEW BUNDLED
import os
import shutil
import subprocess
import sys
import tempfile
import time


sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import pd_a11y  # noqa: E402 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, tap, find_app, wait_for, limit  # noqa: E402

host, bundled = sys.argv[1], sys.argv[2]

NAMES = {
    "C": {
        "grid": "Responsibility matrix",
        "focused": "市公安局 — 29 治安技防系统建设项目 — Lead",
        "right": "市公安局 — 30 “三打”长效机制建设项目 — None",
        "space": "市公安局 — 30 “三打”长效机制建设项目 — Cooperating",
    },
    "zh_CN": {
        "grid": "责任矩阵",
        "focused": "市公安局 — 29 治安技防系统建设项目 — 牵头",
        "right": "市公安局 — 30 “三打”长效机制建设项目 — 无",
        "space": "市公安局 — 30 “三打”长效机制建设项目 — 配合",
    },
}


def find(root, predicate, timeout=10):
    end = time.time() + limit(timeout)
    while time.time() < end:
        found = pyatspi.findDescendant(root, predicate)
        if found is not None:
            return found
        time.sleep(0.3)
    return None


def role_is(role):
    return lambda a: a is not None and a.getRole() == role


def press(keysym):
    """A key press and release, as the keyboard makes them (XTest)."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def check_language(language):
    names = NAMES[language]
    work = tempfile.mkdtemp(prefix="plandesk-a11y-matrix-")
    plan = os.path.join(work, "plan.plandesk")
    shutil.copyfile(bundled, plan)
    env = dict(os.environ)
    env.update({"XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "GDK_BACKEND": "x11",
                "GSK_RENDERER": "cairo", "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi",
                "LANGUAGE": language})
    env.pop("NO_AT_BRIDGE", None)
    pyatspi.Registry.getDesktop(0)  # the registry runs before the matrix asks for it
    process = subprocess.Popen([host, "--host", plan, "市公安局", "29"], env=env)
    try:
        app = find_app(os.path.basename(host))
        tap(app is not None, "%s: the matrix appears in the accessibility tree" % language)
        if app is None:
            return
        grid = find(app, role_is(pyatspi.ROLE_TABLE))
        tap(grid is not None and grid.name == names["grid"],
            "%s: the matrix is a table named “%s” (%r)" % (language, names["grid"], grid and grid.name))
        cell = find(app, lambda a: role_is(pyatspi.ROLE_TABLE_CELL)(a) and
                    a.getState().contains(pyatspi.STATE_FOCUSED))
        tap(cell is not None and wait_for(lambda: cell.name == names["focused"]),
            "%s: the focused cell reads “%s” (%r)" % (language, names["focused"], cell and cell.name))
        row_header = find(app, lambda a: a is not None and a.getRole() in (pyatspi.ROLE_ROW_HEADER,
                                                                           pyatspi.ROLE_TABLE_ROW_HEADER))
        # GTK 4.8 has no AT-SPI role for GTK_ACCESSIBLE_ROLE_COLUMN_HEADER and
        # exposes it as a filler; later versions as a column header.
        column_header = None
        for i in range(grid.childCount if grid is not None else 0):
            child = grid.getChildAtIndex(i)
            if child is not None and child.getRole() in (pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_TABLE_COLUMN_HEADER,
                                                         pyatspi.ROLE_FILLER):
                column_header = child
        tap(row_header is not None and row_header.name == "市公安局",
            "%s: its row header is labelled 市公安局 (%r)" % (language, row_header and row_header.name))
        tap(column_header is not None and column_header.name == "29 治安技防系统建设项目",
            "%s: its column header is labelled with the project (%r)" % (language, column_header and column_header.name))
        if cell is None:
            return
        press(0xff53)  # Right
        tap(wait_for(lambda: cell.name == names["right"]),
            "%s: Right moves the focus: “%s” (%r)" % (language, names["right"], cell.name))
        press(0x20)  # space
        tap(wait_for(lambda: cell.name == names["space"]),
            "%s: Space gives the unit a role: “%s” (%r)" % (language, names["space"], cell.name))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)


print("1..14", flush=True)
for lang in ("C", "zh_CN"):
    check_language(lang)
pd_a11y.finish()
