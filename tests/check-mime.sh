#!/bin/sh
# The MIME type of plan files, as a file manager sees it: shared-mime-info's
# update-mime-database compiles data/io.github.plandesk.PlanDesk.mime.xml
# (beside the system's freedesktop.org.xml, which defines the parent type
# application/vnd.sqlite3) into a private MIME database, and GIO, which
# Files and the file chooser use, names the type of sample files from it:
# by the *.plandesk glob, and by the magic (SQLite header plus Plan Desk's
# application id at offset 68) when the extension is missing.
#
#   check-mime.sh MIME_XML BUNDLED_PLAN
#
# Speaks TAP. Needs update-mime-database and gio (shared-mime-info,
# libglib2.0-bin) and python3 for its sqlite3 module.
set -u
mime_xml=$1
bundled_plan=$2

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check() {  # check DESCRIPTION COMMAND…
  description=$1; shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}

echo "1..10"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share/mime/packages" "$tmp/home" "$tmp/files"

freedesktop=/usr/share/mime/packages/freedesktop.org.xml
check "the system's freedesktop.org.xml is there" test -f "$freedesktop"
cp "$freedesktop" "$mime_xml" "$tmp/share/mime/packages/"

# update-mime-database warns on stderr about what it cannot use; any output
# at all is a problem in our file.
if env XDG_DATA_DIRS="$tmp/share" XDG_DATA_HOME="$tmp/home" PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$tmp/share/mime" >"$tmp/umd.log" 2>&1 && ! [ -s "$tmp/umd.log" ]; then
  ok "update-mime-database compiles the MIME package without a message"
else
  not_ok "update-mime-database compiles the MIME package without a message"
  sed 's/^/# /' "$tmp/umd.log"
fi
check "the compiled database lists application/x-plandesk" \
  grep -qx 'application/x-plandesk' "$tmp/share/mime/types"
check "application/x-plandesk is a sub-class of application/vnd.sqlite3" \
  grep -qx 'application/x-plandesk application/vnd.sqlite3' "$tmp/share/mime/subclasses"

# Sample files: the bundled plan with and without its extension; an
# SQLite database made now with Plan Desk's application id and without; an
# SQLite database with a different application id.
cp "$bundled_plan" "$tmp/files/bundled.plandesk"
cp "$bundled_plan" "$tmp/files/bundled-no-extension"
python3 - "$tmp/files" <<'PY'
import sqlite3, sys
d = sys.argv[1]
for name, app_id in (("new-plan", 0x506C6E44), ("plain-database", 0), ("other-app", 0x12345678)):
    db = sqlite3.connect(f"{d}/{name}")
    if app_id:
        db.execute(f"PRAGMA application_id = {app_id}")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
PY

type_of() {
  env XDG_DATA_DIRS="$tmp/share" XDG_DATA_HOME="$tmp/home" \
    GIO_USE_VFS=local DBUS_SESSION_BUS_ADDRESS=disabled: gio info -a standard::content-type "$1" 2>/dev/null |
    sed -n 's/^ *standard::content-type: //p'
}
expect_type() {  # expect_type FILE TYPE DESCRIPTION
  got=$(type_of "$tmp/files/$1")
  if [ "$got" = "$2" ]; then
    ok "$3 ($1: $got)"
  else
    not_ok "$3 ($1: expected $2, got ${got:-nothing})"
  fi
}

expect_type bundled.plandesk application/x-plandesk "the bundled plan is a plan"
expect_type bundled-no-extension application/x-plandesk "a plan without its extension is recognised by its magic"
expect_type new-plan application/x-plandesk "any SQLite file with Plan Desk's application id is a plan"
expect_type plain-database application/vnd.sqlite3 "an SQLite file without an application id stays an SQLite database"
expect_type other-app application/vnd.sqlite3 "an SQLite file with another application id stays an SQLite database"

# The offset of the magic is that of SQLite's header field, read the way
# the store reads it (pd-database.c): bytes 68–71, big-endian.
app_id=$(od -A n -t x1 -j 68 -N 4 "$bundled_plan" | tr -d ' \n')
check "the bundled plan's header has 50 6c 6e 44 at offset 68 (got $app_id)" test "$app_id" = 506c6e44

[ "$failed" -eq 0 ]
