#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Plan Desk in Chinese, page by page, as a screen reader reads it: open the
# app (LANGUAGE=zh_CN) on a copy of the bundled plan, walk every page, pane,
# menu, popover and dialog through the accessibility tree (do_action on
# buttons, menu items and the window's actions, no synthetic clicks), and
# read every accessible's name, description (tooltips) and text. A string
# fails when
#   - it is a name read twice ("进度 进度", "打印(_P)… 打印(P)…") or with its
#     mnemonic underscore ("无(_N)");
#   - it is a msgid of po/zh_CN.po (also without its mnemonic underscore, or
#     a format msgid with its %s/%d/%1$s as wildcards) that has a different
#     msgstr: English shown where Chinese exists, or one left untranslated;
#   - it holds a run of three or more Latin letters that is not one of the
#     few legitimate Latin words (PDF, XLSX, Markdown, …), a URL, a file
#     name or a string of GTK's or libadwaita's own catalogue;
#   - it holds an ISO date (2013-03-31): the Chinese UI reads 2013年3月31日;
#   - it is a control (button, menu item, entry, …) that has no name but the
#     class name GTK 4.8 falls back to (GtkMenuButton): unlabelled.
# Each page must also show a minimum of Chinese strings and a word known to
# be on it, so a walk that silently failed to get there fails too.
#
# One TAP line per page (ok when clean), one "not ok" line per untranslated
# string, with the page, the accessible's role and the string. A string is
# reported on the first page it is seen on. Set PD_WALK_DUMP=1 to print
# every string read.
#
# Run by meson as:
#   xvfb-run -a dbus-run-session -- python3 a11y-zh-walk.py PLANDESK BUNDLED PO
import calendar
import getpass
import gettext
import locale
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time


sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import pd_a11y  # noqa: E402 (pins the session's AT-SPI bus first)
from pd_a11y import pyatspi, tap, find_app, wait_for, limit  # noqa: E402

plandesk, bundled, po_path = sys.argv[1], sys.argv[2], sys.argv[3]
DUMP = os.environ.get("PD_WALK_DUMP") == "1"
MAX_NODES = 6000       # per page: the list, matrix and timeline only realise what is visible
MAX_DEPTH = 80
# The whole walk stops waiting after this, a minute before meson's timeout
# (480 s, both scaled alike for a slow run): pages that fail to show up then
# fail fast instead of timing out one by one. The walk takes a minute and a
# half on an idle machine, several on a loaded one. Every wait below polls
# for what it waits for, up to a limit in seconds as on an ordinary
# machine, scaled by limit().
DEADLINE = time.time() + limit(420)

# --- The catalogue ----------------------------------------------------------

C_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def c_unescape(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt in C_ESCAPES:
                out.append(C_ESCAPES[nxt])
                i += 2
                continue
            m = re.match(r"[0-7]{1,3}", s[i + 1:])
            if m:
                out.append(chr(int(m.group(0), 8)))
                i += 1 + len(m.group(0))
                continue
            if nxt == "x":
                m = re.match(r"[0-9a-fA-F]+", s[i + 2:])
                if m:
                    out.append(chr(int(m.group(0), 16)))
                    i += 2 + len(m.group(0))
                    continue
        out.append(ch)
        i += 1
    return "".join(out)


def parse_po(path):
    """The entries of a .po file: dicts with msgctxt, msgid, msgid_plural,
    msgstr (a list: one form, or the plural forms) and fuzzy. Obsolete
    (#~) entries are left out."""
    entries = []
    entry, key = None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#~"):
                if not line:
                    finish()
                    entry, key = None, None
                continue
            if line.startswith("#"):
                if entry is not None and "msgid" in entry:
                    finish()
                    entry, key = None, None
                if entry is None:
                    entry = {"msgstr": {}, "fuzzy": False}
                if line.startswith("#,") and "fuzzy" in line:
                    entry["fuzzy"] = True
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
            if m:
                if m.group(1) in ("msgctxt", "msgid") and entry is not None and "msgid" in entry:
                    finish()
                    entry = None
                if entry is None:
                    entry = {"msgstr": {}, "fuzzy": False}
                word = m.group(1)
                if word.startswith("msgstr"):
                    key = ("msgstr", int(m.group(2) or 0))
                    entry["msgstr"][key[1]] = c_unescape(m.group(3))
                else:
                    key = (word, None)
                    entry[word] = c_unescape(m.group(3))
                continue
            m = re.match(r'^"(.*)"$', line)
            if m and entry is not None and key is not None:
                if key[0] == "msgstr":
                    entry["msgstr"][key[1]] += c_unescape(m.group(1))
                else:
                    entry[key[0]] += c_unescape(m.group(1))
    finish()
    for e in entries:
        e["msgstr"] = [e["msgstr"][k] for k in sorted(e["msgstr"])]
    return entries


def strip_mnemonic(s):
    """GTK shows _Open as Open (and the translation 打开(_O) as 打开(O))."""
    return re.sub(r"_(.)", r"\1", s.replace("__", "\0")).replace("\0", "_")


FORMAT = re.compile(r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t|I64|I32)?[diouxXeEfFgGcspS]|%%"
                    r"|%\{[^}]*\}")


def format_regex(msgid):
    """A regex matching what g_strdup_printf (@msgid, …) can print."""
    parts, last = [], 0
    for m in FORMAT.finditer(msgid):
        parts.append(re.escape(msgid[last:m.start()]))
        parts.append("%" if m.group(0) == "%%" else "(?:.|\n)+?")
        last = m.end()
    parts.append(re.escape(msgid[last:]))
    return re.compile("^" + "".join(parts) + "$")


LATIN_RUN = re.compile(r"[A-Za-z]{3,}")

english = {}          # shown string -> (msgid as in the catalogue, msgstr or "")
format_english = []   # (regex, msgid, msgstr)
catalogue_strings = 0
for e in parse_po(po_path):
    if not e["msgid"]:
        continue
    catalogue_strings += 1
    translated = [s for s in e["msgstr"] if s] if not e["fuzzy"] else []
    msgstr = translated[0] if translated else ""
    for msgid in [e["msgid"]] + ([e["msgid_plural"]] if "msgid_plural" in e else []):
        if msgstr == msgid:  # the same in both languages: PDF, CSV
            continue
        for shown in {msgid, strip_mnemonic(msgid)}:
            english.setdefault(shown, (msgid, msgstr))
        # A format string whose fixed words are English (not "%s、%s").
        if FORMAT.search(msgid) and LATIN_RUN.search(FORMAT.sub(" ", msgid)):
            for shown in {msgid, strip_mnemonic(msgid)}:
                format_english.append((format_regex(shown), msgid, msgstr))

# GTK's and libadwaita's own strings (the shortcut labels, key names, the
# About window's built-in labels, the date chooser) come from their own
# catalogues, which Debian installs with the libraries (libgtk-4-common,
# libadwaita-1-0): not ours to translate. Allowed as they are shown: their
# zh_CN msgstrs, and those of their msgids that the catalogue leaves in
# English ("Ctrl" stays Ctrl in Chinese too).
toolkit = set()
toolkit_catalogues = []
for domain in ("gtk40", "libadwaita"):
    for directory in ("/usr/share/locale", "/usr/local/share/locale", "/app/share/locale"):
        path = os.path.join(directory, "zh_CN", "LC_MESSAGES", domain + ".mo")
        if os.path.exists(path):
            with open(path, "rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog
            for msgid, msgstr in catalog.items():
                if isinstance(msgid, tuple):
                    msgid = msgid[0]
                msgid = msgid.split("\x04", 1)[-1]
                if msgid and msgstr:
                    toolkit.add(msgstr)
                    if msgstr == msgid:
                        toolkit.add(msgid)
            toolkit_catalogues.append(path)
            break

# Latin words a Chinese UI legitimately shows, as they are written; and the
# user's login and real name, which the History page records with each edit.
ALLOWED_WORDS = {
    "PDF", "XLSX", "CSV", "HTML", "SVG", "PNG", "Markdown", "SQLite", "GNOME", "GTK", "GPL", "LGPL",
    "GNU", "Excel", "WPS", "UTF", "BOM", "RFC", "URL", "Flatpak", "Linux",
    # modifier key names, which GTK's catalogue keeps in Latin letters too
    "Ctrl", "Shift", "Alt", "Super",
} | set(re.findall(r"[A-Za-z]{3,}", "%s %s" % (getpass.getuser(), pwd.getpwuid(os.getuid()).pw_gecos)))
ALLOWED_PATTERNS = [
    re.compile(r"https?://\S+"),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"io\.github\.plandesk\.PlanDesk(?:\.\w+)*"),
    re.compile(r"[^\s/“”\"'()（）]+\.(?:plandesk|pdf|xlsx|csv|html|svg|png)\b", re.I),  # file names
    re.compile(r"(?:~|\.{0,2})?/[^\s“”\"']+"),                                           # paths
]
# GtkCalendar (the date popovers) names months and weekdays from the C
# library's locale data for LC_TIME (through g_date_time_format), not from a
# gettext catalogue: under the test's LC_ALL=C.UTF-8 they are English, in a
# zh_CN session 一月 and 周日. Allowed as the app's LC_TIME names them.
_saved_time_locale = locale.setlocale(locale.LC_TIME)
try:
    locale.setlocale(locale.LC_TIME, "")
    c_library_names = set(calendar.month_name[1:]) | set(calendar.month_abbr[1:]) | \
        set(calendar.day_name) | set(calendar.day_abbr)
except locale.Error:
    c_library_names = set()
finally:
    locale.setlocale(locale.LC_TIME, _saved_time_locale)
ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
# GTK 4.8 names an accessible that has no label after its class.
TYPE_NAME = re.compile(r"^(?:Gtk|Adw|Gdk|Gsk|Pd)[A-Z][A-Za-z]*$")
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_PAGE_TAB,
}
# Parts of GTK's own composite widgets that it leaves unnamed in 4.8 (the
# toggle button inside a GtkDropDown): not ours to name.
TOOLKIT_PARENT_ROLES = {pyatspi.ROLE_COMBO_BOX}
TEXT_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PASSWORD_TEXT,
              pyatspi.ROLE_LABEL, pyatspi.ROLE_PARAGRAPH}
HAN = re.compile(r"[\u3400-\u9fff]")


def is_toolkit(s):
    if s in toolkit:
        return True
    # An accelerator label: Shift+Ctrl+S, Ctrl+?
    parts = s.split("+")
    return len(parts) > 1 and all(p in toolkit or len(p) <= 1 or re.fullmatch(r"F\d{1,2}", p) for p in parts)


# A mnemonic left in a name: 打印(_P)… (GTK 4.8 reads a button's label as written).
MNEMONIC = re.compile(r"\(_[A-Za-z0-9]\)|^_[A-Za-z]")  # not GTK's own page names, "_1"


def is_doubled(s):
    """Whether @s is one name said twice, "进度 进度" or "打印(_P)… 打印(P)…":
    a widget labelled both by a label of its own and by another widget."""
    parts = s.split(" ")
    half = len(parts) // 2
    bare = [re.sub(r"\(_?[A-Za-z0-9]\)", "", strip_mnemonic(p)) for p in parts]
    return len(parts) % 2 == 0 and half > 0 and bare[:half] == bare[half:]


def problem(role, kind, s, parent_role, toolkit_controls=(), named_child=False):
    """Why @s fails, or None. @named_child: the accessible holds a control
    with a name of its own (GTK 4.8's GtkMenuButton is a button holding the
    real, focusable button: the outer one is skipped by screen readers)."""
    if kind == "name" and MNEMONIC.search(s):
        return "mnemonic underscore read out"
    if kind == "name" and is_doubled(s):
        return "name read twice"
    if kind == "name" and TYPE_NAME.match(s):
        if role in CONTROL_ROLES and parent_role not in TOOLKIT_PARENT_ROLES and s not in toolkit_controls \
                and not named_child:
            return "unlabelled control (GTK names it after its class)"
        return None
    if s in c_library_names:
        return None
    if ISO_DATE.search(s):
        return "ISO date (the Chinese UI reads 2013年3月31日)"
    if is_toolkit(s):
        return None
    hit = english.get(s) or english.get(s.strip())
    if hit is None and LATIN_RUN.search(s):
        for regex, msgid, msgstr in format_english:
            if regex.match(s):
                hit = (msgid, msgstr)
                break
    if hit is not None:
        msgid, msgstr = hit
        if msgstr:
            return "English msgid shown (translation: %s)" % msgstr
        return "msgid %r has no translation" % msgid
    rest = s
    for pattern in ALLOWED_PATTERNS:
        rest = pattern.sub(" ", rest)
    words = [w for w in LATIN_RUN.findall(rest) if w not in ALLOWED_WORDS]
    if words:
        return "Latin words %s" % ", ".join(sorted(set(words)))
    return None


# --- The app ----------------------------------------------------------------

work = tempfile.mkdtemp(prefix="plandesk-zh-walk-")
plan = os.path.join(work, "plan.plandesk")
shutil.copyfile(bundled, plan)
env = dict(os.environ)
env.update({"XDG_DATA_HOME": os.path.join(work, "data"), "XDG_CONFIG_HOME": os.path.join(work, "config"),
            "XDG_CACHE_HOME": os.path.join(work, "cache"), "GDK_BACKEND": "x11", "GSK_RENDERER": "cairo",
            "GSETTINGS_BACKEND": "memory", "GTK_A11Y": "atspi", "LANGUAGE": "zh_CN"})
env.pop("NO_AT_BRIDGE", None)

reported = set()


def diag(text):
    print("# " + text.replace("\n", "\n# "), flush=True)


def safe(f, default=None):
    try:
        return f()
    except Exception:
        return default


def children(node):
    n = safe(lambda: node.childCount, 0)
    for i in range(min(n, 2000)):
        c = safe(lambda: node.getChildAtIndex(i))
        if c is not None:
            yield c


def descendants(root, max_nodes=MAX_NODES):
    """(node, role, parent's role) of @root and all below it, depth first."""
    stack, seen = [(root, 0, None)], 0
    while stack:
        if seen == max_nodes:
            diag("more than %d accessibles under %s: the rest is not read" % (max_nodes, safe(lambda: root.name)))
            return
        node, depth, parent_role = stack.pop()
        seen += 1
        role = safe(node.getRole)
        yield node, role, parent_role
        if depth < MAX_DEPTH:
            stack.extend(reversed([(c, depth + 1, role) for c in children(node)]))


def find(roots, predicate, timeout=15):
    """The first accessible under @roots (one or a list, or a function
    giving them) that satisfies predicate(node, role), waiting for it."""
    end = min(time.time() + limit(timeout), DEADLINE)
    while True:
        rs = roots() if callable(roots) else roots
        for root in rs if isinstance(rs, list) else [rs]:
            if root is None:
                continue
            for node, role, _ in descendants(root):
                if safe(lambda: predicate(node, role), False):
                    return node
        if time.time() > end:
            return None
        time.sleep(0.3)


def named(name, *roles):
    return lambda a, role: (not roles or role in roles) and a.name == name


def do_action(node, *names):
    """Runs the first of @names the accessible offers."""
    if node is None:
        return False
    action = safe(node.queryAction)
    if action is None:
        return False
    offered = [safe(lambda: action.getName(i), "") for i in range(action.nActions)]
    for name in names:
        if name in offered:
            return bool(safe(lambda: action.doAction(offered.index(name)), False))
    return False


def shows(accessible_name, label):
    """Whether a button named @accessible_name shows @label: GTK 4.8 names
    a button with a mnemonic "取消(_C) 取消(C)"."""
    return accessible_name == label or label in [re.sub(r"\(_?[A-Za-z]\)", "", part)
                                                 for part in accessible_name.split(" ")]


def press(roots, name, roles=(pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PAGE_TAB,
                              pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX),
          timeout=15):
    node = find(roots, lambda a, role: role in roles and shows(a.name, name) and
                safe(lambda: a.queryAction().nActions, 0) > 0, timeout)
    return do_action(node, "click", "press", "activate", "toggle")


def frames(app):
    return [w for w in children(app)]


def main_frame(app):
    for w in frames(app):
        if safe(lambda: w.name) == plan_title:
            return w
    fs = frames(app)
    return fs[0] if fs else None


def other_frames(app):
    main = main_frame(app)
    return [w for w in frames(app) if w != main]


def wait_frame(app, predicate=lambda w: True, timeout=15):
    end = min(time.time() + limit(timeout), DEADLINE)
    while time.time() < end:
        for w in other_frames(app):
            if safe(lambda: predicate(w), False):
                return w
        time.sleep(0.3)
    return None


def wait_gone(app, frame, timeout=10):
    end = time.time() + limit(timeout)
    while time.time() < end:
        if frame not in other_frames(app):
            return True
        time.sleep(0.2)
    return False


def collect(roots):
    """Every string the accessibles under @roots show, {string: (role,
    kind, parent's role, whether it holds a named control)}, and the number
    of accessibles read."""
    strings, nodes = {}, 0
    for root in roots if isinstance(roots, list) else [roots]:
        for node, role, parent_role in descendants(root):
            nodes += 1
            values = [("name", safe(lambda: node.name, "")), ("description", safe(lambda: node.description, ""))]
            if role in TEXT_ROLES:
                text = safe(node.queryText)
                if text is not None:
                    values.append(("text", safe(lambda: text.getText(0, min(text.characterCount, 4000)), "")))
            for kind, value in values:
                if not value or not value.strip():
                    continue
                # A class name is a problem on some roles only: keep one per role.
                key = value + "\0" + str(role) if kind == "name" and TYPE_NAME.match(value) else value
                if key not in strings:
                    named_child = kind == "name" and role in CONTROL_ROLES and TYPE_NAME.match(value) and \
                        any(safe(c.getRole) in CONTROL_ROLES and has_own_name(safe(lambda: c.name, ""))
                            for c in children(node))
                    strings[key] = (role, kind, parent_role, named_child)
    return strings, nodes


def has_own_name(name):
    return bool(name) and not TYPE_NAME.match(name)


def check_page(page, roots, must=(), minimum=10, timeout=20, toolkit_controls=()):
    """Reads the page under @roots (retrying until its known words are
    there), then one TAP line for the page and one per untranslated string.
    @toolkit_controls: class names of the controls that a toolkit's own
    composite widget builds on that page and leaves unlabelled."""
    started = time.time()
    end = min(started + limit(timeout), DEADLINE)
    while True:
        rs = roots() if callable(roots) else roots
        strings, nodes = collect(rs) if rs else ({}, 0)
        chinese = [s for s in strings if HAN.search(s)]
        missing = [w for w in must if not any(w in s for s in chinese)]
        if (not missing and len(chinese) >= minimum and strings) or time.time() > end:
            break
        time.sleep(0.5)
    if DUMP:
        for s, (role, kind, _, _) in strings.items():
            diag("%s | %s %s | %r" % (page, role and role.value_nick, kind, s.split("\0")[0]))
    seen = not missing and len(chinese) >= minimum and len(strings) > 0
    found = []
    for key, (role, kind, parent_role, named_child) in strings.items():
        s = key.split("\0")[0]
        why = problem(role, kind, s, parent_role, toolkit_controls, named_child)
        if why is not None and key not in reported:
            reported.add(key)
            found.append((role, kind, s, why))
    if not seen:
        tap(False, "%s: not reached (%d accessibles, %d strings, %d Chinese; missing %s)"
            % (page, nodes, len(strings), len(chinese), "、".join(missing) or "-"))
    for role, kind, s, why in found:
        tap(False, "%s: %s %s %r: %s" % (page, role.value_nick if role else "?", kind, s, why))
    if seen and not found:
        tap(True, "%s: %d strings checked (%d Chinese, %d accessibles)" % (page, len(strings), len(chinese), nodes))
    summary.append((page, len(strings), len(found), time.time() - started))
    return seen


summary = []
plan_title = None


def close_window(app, frame):
    """Closes a dialog or window by its window.close action (Escape)."""
    if frame is None:
        return True
    do_action(frame, "window.close")
    return wait_gone(app, frame)


def has_action(a):
    return safe(lambda: a.queryAction().nActions, 0) > 0


def is_button(a, role):
    return role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON) and has_action(a)


def select_row(roots, list_predicate, label, timeout=15):
    """Selects the row of a list (found by @list_predicate) that shows
    @label, through the list's Selection interface."""
    end = min(time.time() + limit(timeout), DEADLINE)
    while time.time() < end:
        lst = find(roots, list_predicate, 2)
        for i, row in enumerate(children(lst) if lst is not None else []):
            if find(row, lambda a, role: role == pyatspi.ROLE_LABEL and a.name == label, 0) is not None:
                return bool(safe(lambda: lst.querySelection().selectChild(i), False))
        time.sleep(0.3)
    return False


def run():
    global plan_title
    pyatspi.Registry.getDesktop(0)  # the registry runs before the app asks for it
    app = find_app()
    tap(app is not None, "Plan Desk appears in the accessibility tree")
    if app is None:
        return
    import sqlite3
    with sqlite3.connect("file:%s?mode=ro" % plan, uri=True) as db:
        plan_title = db.execute("SELECT title FROM plan").fetchone()[0]
    win = find(lambda: frames(app), lambda a, role: role == pyatspi.ROLE_FRAME and a.name == plan_title, 30)
    if win is None:
        tap(False, "the main window is named after the plan")
        return
    W = lambda: main_frame(app)  # noqa: E731

    def popover(page, button_name, must=(), minimum=3, close=True, roots=W, read=True):
        """Opens the popover of a menu button (GTK 4.8: the button inside a
        GtkMenuButton, the popover beside it) and reads it."""
        button = find(roots, lambda a, role: is_button(a, role) and shows(a.name, button_name))
        if not do_action(button, "click"):
            tap(False, "%s: the button “%s” is pressed" % (page or button_name, button_name))
            return False
        if not read:
            return True
        check_page(page, lambda: [c for c in children(button.parent) if c != button], must=must, minimum=minimum)
        if close:
            do_action(button, "click")

    def dialog(page, opener, must=(), minimum=5, close=None, toolkit_controls=()):
        """Opens a dialog or window (@opener: a window action such as
        "win.export", or a function) and reads it; closes it with its
        Cancel button (@close) or its window.close action."""
        opened = do_action(W(), opener) if isinstance(opener, str) else opener()
        frame = wait_frame(app) if opened is not False else None
        if frame is None:
            tap(False, "%s: the dialog opens (%s)" % (page, opener if isinstance(opener, str) else "button"))
            return None
        check_page(page, lambda: [f for f in other_frames(app)], must=must, minimum=minimum,
                   toolkit_controls=toolkit_controls)
        if close is not None:
            press(frame, close, timeout=5)
        if not wait_gone(app, frame, 3) and not close_window(app, frame):
            tap(False, "%s: the dialog closes" % page)
        return frame

    # -- The List: programme 五 expanded, project 29 selected, its editor shown.
    programme = find(W, lambda a, role: role == pyatspi.ROLE_PANEL and a.name == "公共安全防控工程" and has_action(a))
    do_action(programme, "listitem.expand")
    if not select_row(W, lambda a, role: role == pyatspi.ROLE_LIST and
                      safe(lambda: a.parent.name) == "工程和项目", "治安技防系统建设项目"):
        tap(False, "项目 29 is selected in the list")
    find(W, named("删除项目", pyatspi.ROLE_PUSH_BUTTON))
    check_page("列表：项目（编辑项目 29）", W, must=("治安技防系统建设项目", "公共安全防控工程", "牵头单位", "删除项目"),
               minimum=60)

    # -- The project editor's popovers and dialogs.
    popover("编辑项目：添加牵头单位", "添加单位…", must=("添加牵头单位", "市法制办"), minimum=10)
    popover("编辑项目：单位操作菜单", "单位操作", minimum=3)
    popover("编辑项目：选择开始日期", "选择开始日期", minimum=0)
    dialog("编辑项目：添加进展情况", lambda: press(W, "添加进展情况…"), must=("进展情况",), close="取消")
    # Edit Scope… pops a popover up on the unit's row.
    if popover(None, "单位操作", read=False) and press(W, "编辑分工范围…", (pyatspi.ROLE_MENU_ITEM,)):
        row = find(W, lambda a, role: role == pyatspi.ROLE_LIST_ITEM and a.name == "市公安局" and
                   safe(lambda: a.parent.name) == "牵头单位")
        check_page("编辑项目：编辑分工范围", [row] if row is not None else [], must=("分工范围",), minimum=3)
    else:
        tap(False, "编辑项目：编辑分工范围: the menu item is pressed")

    # -- The side pane's other pages, and their dialogs.
    for tab in ("检查", "跟踪", "修改记录"):
        ok = press(W, tab, (pyatspi.ROLE_PAGE_TAB,))
        check_page("侧栏：%s" % tab, W, must=("治安技防系统建设项目", tab), minimum=60 if ok else 10 ** 6)
        if tab == "跟踪":
            dialog("跟踪：添加节点", lambda: press(W, "添加节点…"), must=("节点",), close="取消")
            dialog("跟踪：添加考评", lambda: press(W, "考评", (pyatspi.ROLE_PAGE_TAB,)) and press(W, "添加考评…"),
                   must=("考评",), close="取消")
            popover("跟踪：节点操作菜单", "节点操作", minimum=2)

    # -- An edit, as the toast, the Undo and Redo tooltips and the History
    # page tell it: merge 市直政法部门 into 市直政法各部门 (Checks), then undo.
    press(W, "检查", (pyatspi.ROLE_PAGE_TAB,))
    if press(W, "将“市直政法部门”合并到“市直政法各部门”"):
        press(W, "修改记录", (pyatspi.ROLE_PAGE_TAB,))
        check_page("编辑之后：提示条、撤销提示、修改记录", W, must=("市直政法部门", "撤销“"), minimum=60)
        press(W, "撤销")
        check_page("撤销之后：重做提示", W, must=("重做“",), minimum=60)
    else:
        tap(False, "编辑之后: the Merge button of the Checks page is pressed")
    press(W, "项目", (pyatspi.ROLE_PAGE_TAB,))

    # -- The main menu (with its Programme and Open Recent submenus).
    popover("主菜单", "主菜单", must=("导出(E)…", "关于方案台账(A)", "添加工程(A)…"), minimum=15)

    # -- The Units mode: 市公安局's responsibility list, its menu and dialogs.
    press(W, "单位")
    units_list = lambda a, role: role == pyatspi.ROLE_LIST and safe(lambda: a.parent.name) == "单位" and \
        safe(lambda: a.parent.getRole()) in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE)  # noqa: E731
    if not select_row(W, units_list, "市公安局"):
        tap(False, "市公安局 is selected in the units list")
    check_page("列表：单位（市公安局的责任清单）", W, must=("市公安局", "责任清单", "牵头项目"), minimum=60)
    popover("单位：单位菜单", "单位菜单", must=("合并到", "删除单位"), minimum=3)
    if popover(None, "单位菜单", read=False) and press(W, "合并到…", (pyatspi.ROLE_MENU_ITEM,)):
        menu_button = find(W, lambda a, role: is_button(a, role) and a.name == "单位菜单")
        check_page("单位：合并到", lambda: [c for c in children(menu_button.parent) if c != menu_button],
                   must=("市公安局",), minimum=10)
    dialog("单位：导出责任清单", lambda: popover(None, "单位菜单", read=False) and
           press(W, "导出责任清单…", (pyatspi.ROLE_MENU_ITEM,)), must=("责任清单", "市公安局"))
    # A collective unit's members.
    if not select_row(W, units_list, "各区(县级市)"):
        tap(False, "各区(县级市) is selected in the units list")
    popover("单位：添加成员单位", "添加成员单位…", minimum=3)
    dialog("单位：删除单位（取消）", lambda: popover(None, "单位菜单", read=False) and
           press(W, "删除单位…", (pyatspi.ROLE_MENU_ITEM,)), must=("删除",), close="取消")
    press(W, "项目")

    # -- The Matrix, its options menu and a cell's popover.
    press(W, "矩阵", (pyatspi.ROLE_PAGE_TAB,))
    check_page("矩阵", W, must=("责任矩阵",), minimum=40)
    popover("矩阵：选项菜单", "矩阵选项", must=("行列互换",), minimum=10)
    table = find(W, lambda a, role: role == pyatspi.ROLE_TABLE and a.name == "责任矩阵")
    do_action(table, "matrix.edit-cell")
    # The popover is the table's child, beside the focused cell and headers.
    check_page("矩阵：单元格弹出框", [table] if table is not None else [], must=("牵头(L)", "分工范围"), minimum=5)

    # -- The Timeline.
    press(W, "时间轴", (pyatspi.ROLE_PAGE_TAB,))
    check_page("时间轴", W, must=("时间轴", "亮灯："), minimum=40)
    press(W, "列表", (pyatspi.ROLE_PAGE_TAB,))

    # -- Dialogs and windows, opened by the window's actions as the menu would.
    # AdwPreferencesWindow's own search entry (search is off) has no label.
    dialog("方案属性", "win.plan-properties", must=("创建平安广州推进方案", "总体目标"),
           toolkit_controls=("GtkSearchEntry",))
    dialog("导出", "win.export", must=("任务分工表",))
    dialog("设置今日日期", "win.set-today", must=("设置今日日期",), close="取消")
    # GtkShortcutsWindow's own search entry and section menu have no label.
    dialog("键盘快捷键", "win.show-help-overlay", must=("撤销", "打印任务分工表"), minimum=10,
           toolkit_controls=("GtkSearchEntry", "GtkMenuButton"))
    dialog("新建工程", "win.add-programme", must=("新工程",), minimum=4, close="取消")
    dialog("重命名工程", "win.rename-programme", must=("重命名工程",), close="取消")
    dialog("新建项目", "win.add-project", must=("新建项目",), minimum=4, close="取消")
    dialog("删除工程（取消）", "win.delete-programme", must=("删除",), minimum=4, close="取消")

    # The About window: its Details, Credits, Legal and Troubleshooting pages
    # are all in the tree from the start. AdwAboutWindow builds its back
    # buttons, version button and text views itself and leaves them
    # unlabelled (libadwaita 1.2).
    def open_about():
        return popover(None, "主菜单", read=False) and press(W, "关于方案台账", (pyatspi.ROLE_MENU_ITEM,))
    dialog("关于（含鸣谢、法律信息）", open_about, must=("方案台账", "鸣谢", "法律信息", "通用公共许可证"),
           minimum=15, toolkit_controls=("GtkImage", "GtkButton", "GtkTextView"))


diag("catalogue %s: %d strings; toolkit catalogues: %s"
     % (po_path, catalogue_strings, ", ".join(toolkit_catalogues) or "none"))
started = time.time()
pyatspi.Registry.getDesktop(0)
app_process = subprocess.Popen([plandesk, plan], env=env)
try:
    run()
finally:
    app_process.terminate()
    try:
        app_process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app_process.kill()
    shutil.rmtree(work, ignore_errors=True)
for page, n, bad, seconds in summary:
    diag("%s: %d strings, %d untranslated (%.1f s)" % (page, n, bad, seconds))
if time.time() > DEADLINE:
    tap(False, "the walk ran out of time (pages that did not show up were waited for)")
diag("walk took %.1f s" % (time.time() - started))
print("1..%d" % pd_a11y.step, flush=True)
pd_a11y.finish()
