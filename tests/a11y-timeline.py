#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The timeline through the accessibility tree, as a screen reader reads it:
# open Plan Desk on a copy of the bundled plan ("today" fixed at 2016-06-30),
# show the Timeline page by its tab, and find the timeline, a tree named
# "Timeline": one tree item per row in view, named with the programme's or
# project's name and described with the programme's summary or the
# project's dates, progress and light; a list of the phases (全面铺开,
# 系统推进, 形成体系, 巩固提高) and one of the milestones, by name. The Down
# key walks the rows to project 29, whose item is then the one selected.
# Run once in English and once in Chinese.
#
# Run by meson as:
#   xvfb-run -a dbus-run-session -- python3 a11y-timeline.py PLANDESK BUNDLED
import os
import shutil
import subprocess
import sys
import tempfile
import time


sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import pd_a11y  # noqa: E402 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, tap, find_app, wait_for, limit  # noqa: E402

plandesk, bundled = sys.argv[1], sys.argv[2]

PHASES = ["全面铺开", "系统推进", "形成体系", "巩固提高"]
PROJECT = "29 治安技防系统建设项目"
MILESTONE = "各项目牵头单位研究制定实施方案"

TEXTS = {
    "C": {
        "tab": "Timeline",
        "tree": "Timeline",
        "phases": "Phases",
        "milestones": "Milestones",
        "programme": ("一、法治广州建设工程", "8 projects, 0% done on average · Grey: 8"),
        "project": "2013-01-01 – 2022-12-31 · 0% done · Traffic light: Grey",
        "phase": "2014-01-01 – 2015-12-31\n",
        "milestone": "Due 2013-03-31 · not done",
    },
    "zh_CN": {
        "tab": "时间轴",
        "tree": "时间轴",
        "phases": "阶段",
        "milestones": "节点",
        "programme": ("一、法治广州建设工程", "8个项目，平均完成 0% · 灰：8"),
        "project": "2013年1月1日至2022年12月31日 · 已完成 0% · 亮灯：灰",
        "phase": "2014年1月1日至2015年12月31日\n",
        "milestone": "完成时限：2013年3月31日 · 未完成",
    },
}
TESTS_PER_LANGUAGE = 11


def skip_rest(language, reason):
    """Counts the checks a language could not reach as failures."""
    while pd_a11y.step < TESTS_PER_LANGUAGE * (1 + list(TEXTS).index(language)):
        tap(False, "%s: %s" % (language, reason))


def find(root, predicate, timeout=20):
    """The first accessible under @root that satisfies @predicate, polling
    for it up to @timeout seconds (scaled by limit())."""
    end = time.time() + limit(timeout)
    while time.time() < end:
        try:
            found = pyatspi.findDescendant(root, predicate)
        except Exception:
            found = None
        if found is not None:
            return found
        time.sleep(0.3)
    return None


def children(node, role):
    out = []
    for i in range(node.childCount if node is not None else 0):
        child = node.getChildAtIndex(i)
        if child is not None and child.getRole() == role:
            out.append(child)
    return out


def named(role, name):
    return lambda a: a is not None and a.getRole() == role and a.name == name


def do_action(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "press", "activate", "toggle"):
            return action.doAction(i)
    return action.nActions > 0 and action.doAction(0)


def press(keysym):
    """A key press and release, as the keyboard makes them (XTest)."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def selected_rows(tree):
    return [row for row in children(tree, pyatspi.ROLE_TREE_ITEM)
            if row.getState().contains(pyatspi.STATE_SELECTED)]


def check_language(language):
    texts = TEXTS[language]
    work = tempfile.mkdtemp(prefix="plandesk-a11y-timeline-")
    plan = os.path.join(work, "plan.plandesk")
    shutil.copyfile(bundled, plan)
    env = dict(os.environ)
    env.update({"XDG_DATA_HOME": work, "XDG_CONFIG_HOME": work, "GDK_BACKEND": "x11",
                "GSK_RENDERER": "cairo", "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi",
                "LANGUAGE": language, "PLANDESK_TODAY": "2016-06-30"})
    env.pop("NO_AT_BRIDGE", None)
    pyatspi.Registry.getDesktop(0)  # the registry runs before the app asks for it
    process = subprocess.Popen([plandesk, plan], env=env)
    try:
        app = find_app()
        tap(app is not None, "%s: Plan Desk appears in the accessibility tree" % language)
        if app is None:
            return skip_rest(language, "no application")

        # The Timeline page, by its tab in the view switcher.
        tab = find(app, lambda a: a is not None and a.name == texts["tab"] and
                   a.getRole() in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON))
        if tab is not None:
            do_action(tab)
        tree = find(app, named(pyatspi.ROLE_TREE, texts["tree"]))
        tap(tree is not None, "%s: the Timeline tab shows a tree named “%s”" % (language, texts["tree"]))
        if tree is None:
            return skip_rest(language, "no timeline")

        # Rows: tree items for the rows in view only, the first programme's
        # with its summary, then its projects with dates, progress, light.
        # Under a header of 128 pixels, rows of 32, partly shown ones too.
        def rows_in_view():
            try:
                height = tree.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).height
            except Exception:
                height = 0
            return children(tree, pyatspi.ROLE_TREE_ITEM), (height - 128 + 31) // 32

        # Until the window has its size and the tree its items.
        wait_for(lambda: 5 < len(rows_in_view()[0]) == rows_in_view()[1], timeout=20)
        rows, in_view = rows_in_view()
        tap(5 < len(rows) == in_view < 80 and all(row.name for row in rows),
            "%s: one named tree item per row in view, not per row of the plan (%d, %d in view)" %
            (language, len(rows), in_view))
        first = rows[0] if rows else None
        tap(first is not None and (first.name, first.description) == texts["programme"] and
            first.getState().contains(pyatspi.STATE_EXPANDED),
            "%s: the first reads %r, expanded (%r)" % (language, texts["programme"],
                                                     first and (first.name, first.description)))
        second = rows[1] if len(rows) > 1 else None
        tap(second is not None and second.name == "1 平安建设地方立法项目" and second.description == texts["project"],
            "%s: project 1 reads its dates, progress and light: %r (%r)" % (language, texts["project"],
                                                                          second and (second.name, second.description)))

        # The header: the phases and the milestones, by name.
        phases = find(tree, named(pyatspi.ROLE_LIST, texts["phases"]), timeout=5)
        names = [item.name for item in children(phases, pyatspi.ROLE_LIST_ITEM)]
        tap(names == PHASES, "%s: a list “%s” names the four phases (%r)" % (language, texts["phases"], names))
        items = children(phases, pyatspi.ROLE_LIST_ITEM)
        tap(len(items) == 4 and items[1].description.startswith(texts["phase"]),
            "%s: 系统推进 has its dates (%r)" % (language, items[1].description if len(items) == 4 else None))
        milestones = find(tree, named(pyatspi.ROLE_LIST, texts["milestones"]), timeout=5)
        milestone = None
        for item in children(milestones, pyatspi.ROLE_LIST_ITEM):
            if item.name == MILESTONE:
                milestone = item
        tap(milestone is not None and milestone.description == texts["milestone"],
            "%s: the milestone %s, due and not done: %r (%r)" % (language, MILESTONE, texts["milestone"],
                                                              milestone and milestone.description))

        # The keyboard: Down walks the rows; the row it is on is selected,
        # scrolled into view, and the only one selected.
        try:
            tree.queryComponent().grabFocus()
        except Exception:
            pass
        focused = wait_for(lambda: tree.getState().contains(pyatspi.STATE_FOCUSED), timeout=5)
        if not focused and first is not None:
            try:
                first.queryComponent().grabFocus()
            except Exception:
                pass
        press(0xff50)  # Home
        wait_for(lambda: len(selected_rows(tree)) == 1, timeout=5)
        # One key at a time, each answered (the selection moved) before the
        # next, so a slow run cannot overshoot.
        for _ in range(60):
            before = [row.name for row in selected_rows(tree)]
            if before == [PROJECT]:
                break
            press(0xff54)  # Down
            wait_for(lambda: [row.name for row in selected_rows(tree)] not in (before, []), timeout=5)
        wait_for(lambda: any(row.name == PROJECT for row in selected_rows(tree)), timeout=5)
        selected = selected_rows(tree)
        tap(len(selected) == 1 and selected[0].name == PROJECT,
            "%s: Down reaches %s, the one row selected (%r)" % (language, PROJECT, [row.name for row in selected]))
        tap(len(selected) == 1 and selected[0].description == texts["project"],
            "%s: its dates, progress and light: %r (%r)" % (language, texts["project"],
                                                            selected[0].description if selected else None))
        rows = children(tree, pyatspi.ROLE_TREE_ITEM)
        tap(5 < len(rows) < 40 and rows[0].name != texts["programme"][0],
            "%s: scrolled, the items stand for the rows now in view (%d, the first %r)" %
            (language, len(rows), rows[0].name if rows else None))
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)


print("1..%d" % (TESTS_PER_LANGUAGE * len(TEXTS)), flush=True)
for lang in TEXTS:
    check_language(lang)
pd_a11y.finish()
