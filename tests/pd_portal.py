#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The real document portal for tests: xdg-document-portal (Debian package
# xdg-desktop-portal) on the test's own session bus (run under
# dbus-run-session) with a private XDG_RUNTIME_DIR, where it mounts its FUSE
# file system. Files are added through org.freedesktop.portal.Documents.Add,
# as a Flatpak's file chooser would, and reached as $XDG_RUNTIME_DIR/doc/ID/NAME.
#
# As a program:  pd_portal.py BUNDLED PROGRAM [ARGS…]
# copies BUNDLED to a private folder, adds it to the portal (and a second,
# not yet existing file beside it), and runs PROGRAM with
#   PLANDESK_TEST_HOST_PLAN    the real file      PLANDESK_TEST_PORTAL_PLAN  its portal path
#   PLANDESK_TEST_HOST_NEW     a file not there   PLANDESK_TEST_PORTAL_NEW   its portal path
# passing its output (TAP) and exit status through. Without /dev/fuse the
# portal cannot mount: that is said as a TAP skip, never passed off as a pass.
import os
import shutil
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

BUS_NAME = "org.freedesktop.portal.Documents"
OBJECT_PATH = "/org/freedesktop/portal/documents"
PORTAL = "/usr/libexec/xdg-document-portal"


def unavailable_reason():
    """Why the portal cannot run here, or None."""
    if not os.path.exists(PORTAL):
        return "%s is missing (Debian package xdg-desktop-portal)" % PORTAL
    if not os.path.exists("/dev/fuse"):
        return "/dev/fuse is missing: this machine cannot mount FUSE file systems"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith(("unix:", "tcp:")):
        return "no private session bus (run under dbus-run-session)"
    return None


class Portal:
    def __init__(self):
        self.runtime = tempfile.mkdtemp(prefix="plandesk-portal-run-")
        os.chmod(self.runtime, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = self.runtime
        self.log = open(os.path.join(self.runtime, "portal.log"), "w")
        self.process = subprocess.Popen([PORTAL, "--replace"], stdout=self.log, stderr=subprocess.STDOUT)
        self.bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        self.mount = None
        end = time.time() + 20
        while time.time() < end and self.process.poll() is None:
            try:
                reply = self.bus.call_sync(BUS_NAME, OBJECT_PATH, BUS_NAME, "GetMountPoint", None,
                                           GLib.VariantType("(ay)"), Gio.DBusCallFlags.NO_AUTO_START,
                                           2000, None)
                self.mount = bytes(reply.unpack()[0]).rstrip(b"\0").decode()
                if os.path.ismount(self.mount):
                    break
            except GLib.Error:
                pass
            time.sleep(0.2)
        if self.mount is None or not os.path.ismount(self.mount):
            self.stop()
            raise RuntimeError("the document portal did not mount its file system: see " + self.log.name)

    def _call(self, method, args, fds):
        fd_list = Gio.UnixFDList.new()
        indices = [fd_list.append(fd) for fd in fds]
        for fd in fds:
            os.close(fd)
        reply, _ = self.bus.call_with_unix_fd_list_sync(
            BUS_NAME, OBJECT_PATH, BUS_NAME, method, GLib.Variant(args[0], args[1](indices)),
            GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 10000, fd_list, None)
        return reply.unpack()[0]

    def add(self, path):
        """Exports the existing file @path; returns its path on the portal."""
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        doc_id = self._call("Add", ("(hbb)", lambda i: (i[0], True, False)), [fd])
        return os.path.join(self.mount, doc_id, os.path.basename(path))

    def add_named(self, path):
        """Exports @path, which need not exist yet (a Save dialog's answer)."""
        fd = os.open(os.path.dirname(path), os.O_PATH | os.O_CLOEXEC)
        name = os.path.basename(path).encode() + b"\0"
        doc_id = self._call("AddNamed", ("(haybb)", lambda i: (i[0], name, True, False)), [fd])
        return os.path.join(self.mount, doc_id, os.path.basename(path))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.mount and os.path.ismount(self.mount):
            subprocess.run(["fusermount3", "-u", "-z", self.mount], check=False)
        self.log.close()
        shutil.rmtree(self.runtime, ignore_errors=True)


def main():
    bundled, program = sys.argv[1], sys.argv[2:]
    reason = unavailable_reason()
    if reason is not None:
        print("1..0 # SKIP the document portal cannot run: " + reason, flush=True)
        return 0
    work = tempfile.mkdtemp(prefix="plandesk-portal-")
    host = os.path.join(work, "plans")
    os.mkdir(host)
    plan = os.path.join(host, "plan.plandesk")
    shutil.copyfile(bundled, plan)
    new = os.path.join(host, "new.plandesk")
    portal = Portal()
    try:
        env = dict(os.environ)
        env.update({"PLANDESK_TEST_HOST_PLAN": plan, "PLANDESK_TEST_PORTAL_PLAN": portal.add(plan),
                    "PLANDESK_TEST_HOST_NEW": new, "PLANDESK_TEST_PORTAL_NEW": portal.add_named(new)})
        return subprocess.run(program, env=env).returncode
    finally:
        portal.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
