#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The listing's screenshots (data/screenshots/listing/): the window alone at
# 1000×700 with GNOME's default settings, in English or Chinese — the project
# list with project 29 open in the editor, the matrix and the timeline.
# From the source tree, after a build in _build:
#
#   for l in en zh_CN; do
#     xvfb-run -a -s '-screen 0 1000x700x24' dbus-run-session -- /usr/bin/python3 \
#       build-aux/listing-screenshots.py _build data/screenshots/listing $l
#   done
import os
import shutil
import subprocess
import sys
import tempfile
import time

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(top, "tests"))
sys.dont_write_bytecode = True
import pd_a11y  # noqa: E402,F401 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, find_app  # noqa: E402

build, out, lang = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
plandesk = os.path.join(build, "app", "plandesk")
bundled = os.path.join(build, "data", "plan", "safe-guangzhou.plandesk")
work = tempfile.mkdtemp()
plan = os.path.join(work, "plan.plandesk")
shutil.copyfile(bundled, plan)
os.makedirs(os.path.join(work, "glib-2.0", "settings"))
open(os.path.join(work, "glib-2.0", "settings", "keyfile"), "w").write(
    "[io/github/plandesk/PlanDesk]\nwindow-width=1000\nwindow-height=700\nwindow-maximized=false\n")
env = dict(os.environ, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work, GDK_BACKEND="x11", GSK_RENDERER="cairo",
           GSETTINGS_BACKEND="keyfile", GTK_A11Y="atspi", LANG="C.UTF-8", LANGUAGE="zh_CN" if lang == "zh_CN" else "C",
           GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"), PLANDESK_DATADIR=os.path.join(build, "data", "plan"),
           PLANDESK_LOCALEDIR=os.path.join(build, "po"))
env.pop("NO_AT_BRIDGE", None)
p = subprocess.Popen([plandesk, plan], env=env)
app = find_app()
def find(pred, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        f = pyatspi.findDescendant(app, lambda a: a is not None and pred(a))
        if f is not None:
            return f
        time.sleep(0.3)
def act(a, names=("click", "press", "activate", "toggle")):
    ac = a.queryAction()
    for i in range(ac.nActions):
        if ac.getName(i) in names:
            return ac.doAction(i)
def shot(name):
    time.sleep(2.5)
    subprocess.run(["import", "-window", "root", os.path.join(out, "%s-%s.png" % (name, lang))])
zh = lang == "zh_CN"
prog = find(lambda a: a.getRole() == pyatspi.ROLE_PANEL and a.name == "公共安全防控工程")
act(prog, ("listitem.expand",))
time.sleep(1)
lst = find(lambda a: a.getRole() == pyatspi.ROLE_LIST and any(
    pyatspi.findDescendant(a.getChildAtIndex(i), lambda b: b is not None and b.name == "治安技防系统建设项目") is not None
    for i in range(min(a.childCount, 80))))
for i in range(lst.childCount):
    if pyatspi.findDescendant(lst.getChildAtIndex(i), lambda b: b is not None and b.name == "治安技防系统建设项目"):
        try:
            lst.querySelection().selectChild(i)
        except Exception as e:
            print("selection:", e)
        break
shot("editor")
side = find(lambda a: a.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX) and a.name == ("侧栏" if zh else "Side pane"))
act(side)
for view, zname in (("Matrix", "矩阵"), ("Timeline", "时间轴")):
    b = find(lambda a: a.getRole() in (pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_PAGE_TAB) and a.name == (zname if zh else view))
    act(b)
    shot(view.lower())
p.terminate(); p.wait()
shutil.rmtree(work)
