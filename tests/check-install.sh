#!/bin/sh
# Installs Plan Desk the way flatpak-builder does — a build configured with
# --prefix=/app, then `meson install` — into a staging directory, and runs
# the installed program from there: the layout the Flatpak will have.
#
#   check-install.sh SOURCE_ROOT
#
# The build is a fresh one in a temporary directory (about 15 s on two
# cores). Nothing of the build tree that runs the test is used: the staged
# program finds its data only through the variables that stand in for /app
# (PLANDESK_DATADIR, PLANDESK_LOCALEDIR, XDG_DATA_DIRS=<stage>/app/share:…).
# After `meson install --destdir`, meson skips the post-install steps
# (schemas, icon cache, desktop and MIME databases); flatpak-builder installs
# without DESTDIR, so they run there, and this test runs them on the stage.
#
# Speaks TAP, the plan line last. The window needs xvfb-run (and
# dbus-run-session for a session bus, as in the sandbox) and is skipped
# without it. D-Bus activation is checked once the desktop file says
# DBusActivatable=true.
# The sh -c '…' snippets below take their arguments as "$1"…:
# shellcheck disable=SC2016
set -u
src=$(cd "$1" && pwd)
app_id=io.github.plandesk.PlanDesk

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() {  # check DESCRIPTION COMMAND…
  description=$1; shift
  if "$@"; then ok "$description"; else not_ok "$description"; fi
}
show() { sed 's/^/# /' "$1" | tail -n "${2:-20}"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Never the session bus of whoever runs the test (a running Plan Desk there
# would take the activation and no window would be painted here): the runs
# below get a private bus from dbus-run-session, or none.
DBUS_SESSION_BUS_ADDRESS=disabled:
export DBUS_SESSION_BUS_ADDRESS
build=$tmp/build
stage=$tmp/stage
app=$stage/app

# --- build and install ------------------------------------------------------
if meson setup "$build" "$src" --prefix=/app >"$tmp/setup.log" 2>&1 &&
   meson install -C "$build" --destdir "$stage" >"$tmp/install.log" 2>&1; then
  ok "meson setup --prefix=/app and meson install --destdir"
else
  not_ok "meson setup --prefix=/app and meson install --destdir"
  show "$tmp/setup.log"; show "$tmp/install.log" 40
  echo "1..$n"
  exit 1
fi

# --- layout -----------------------------------------------------------------
check "nothing is installed outside /app" test "$(ls -A "$stage")" = app
check "bin/plandesk is an executable" test -x "$app/bin/plandesk"
for f in \
  share/applications/$app_id.desktop \
  share/metainfo/$app_id.metainfo.xml \
  share/icons/hicolor/scalable/apps/$app_id.svg \
  share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
  share/mime/packages/$app_id.xml \
  share/glib-2.0/schemas/$app_id.gschema.xml \
  share/dbus-1/services/$app_id.service \
  share/locale/zh_CN/LC_MESSAGES/plandesk.mo \
  share/plandesk/safe-guangzhou.plandesk
do
  check "$f is installed" test -s "$app/$f"
done
check "the program looks for its data in /app/share/plandesk and /app/share/locale" \
  sh -c 'grep -aq /app/share/plandesk "$1" && grep -aq /app/share/locale "$1"' sh "$app/bin/plandesk"

desktop=$app/share/applications/$app_id.desktop
icon=$(sed -n 's/^Icon=//p' "$desktop")
check "the desktop file's Icon=$icon is an installed icon" \
  test -f "$app/share/icons/hicolor/scalable/apps/$icon.svg"
check "the desktop file runs plandesk and takes a file (Exec=plandesk %f or %F, %u, %U)" \
  grep -Eq '^Exec=plandesk( .*)? %[fFuU]$' "$desktop"
check "the metainfo launches the installed desktop file" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$app/share/metainfo/$app_id.metainfo.xml"
check "the desktop file, the metainfo and the MIME package name the same type application/x-plandesk" \
  sh -c 'grep -qx "MimeType=application/x-plandesk;" "$1" &&
         grep -q "<mediatype>application/x-plandesk</mediatype>" "$2" &&
         grep -q "<mime-type type=\"application/x-plandesk\">" "$3"' sh \
  "$desktop" "$app/share/metainfo/$app_id.metainfo.xml" "$app/share/mime/packages/$app_id.xml"
service=$app/share/dbus-1/services/$app_id.service
check "the D-Bus service is named $app_id and starts /app/bin/plandesk --gapplication-service" \
  sh -c 'grep -qx "Name=$2" "$1" && grep -qx "Exec=/app/bin/plandesk --gapplication-service" "$1"' sh \
  "$service" "$app_id"

# --- the post-install steps flatpak-builder runs ----------------------------
check "glib-compile-schemas --strict compiles the staged schemas" \
  glib-compile-schemas --strict "$app/share/glib-2.0/schemas"
if command -v gtk4-update-icon-cache >/dev/null 2>&1; then
  check "gtk4-update-icon-cache indexes the staged icons" \
    gtk4-update-icon-cache -q -t -f "$app/share/icons/hicolor"
else
  skip "gtk4-update-icon-cache indexes the staged icons" "gtk4-update-icon-cache is not installed"
fi
if update-desktop-database "$app/share/applications" >"$tmp/udd.log" 2>&1 && ! [ -s "$tmp/udd.log" ] &&
   grep -q "^application/x-plandesk=$app_id.desktop" "$app/share/applications/mimeinfo.cache"; then
  ok "update-desktop-database: plan files open with $app_id.desktop"
else
  not_ok "update-desktop-database: plan files open with $app_id.desktop"
  show "$tmp/udd.log"
fi
check "update-mime-database compiles the staged MIME package" \
  env XDG_DATA_DIRS="$app/share:/usr/share" PKGSYSTEM_ENABLE_FSYNC=0 update-mime-database "$app/share/mime"

# The environment of the sandbox, with the stage standing in for /app: the
# staged data first in XDG_DATA_DIRS (schemas, icons, MIME), the two
# variables that replace the program's compiled-in /app paths, and nothing
# else from the environment of the test (env -i) but the display, the
# session bus and the language.
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache"
cat >"$tmp/run-staged" <<SCRIPT
#!/bin/sh
exec env -i PATH="\$PATH" HOME="$tmp/home" LC_ALL=C.UTF-8 LANGUAGE="\${LANGUAGE:-C}" \\
  XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \\
  XDG_DATA_DIRS="$app/share:/usr/share" \\
  PLANDESK_DATADIR="\${PLANDESK_DATADIR_FOR_RUN:-$app/share/plandesk}" \\
  PLANDESK_LOCALEDIR="\${PLANDESK_LOCALEDIR_FOR_RUN:-$app/share/locale}" \\
  GSETTINGS_BACKEND=memory G_DEBUG=fatal-criticals NO_AT_BRIDGE=1 \\
  GDK_BACKEND=x11 GSK_RENDERER=cairo GDK_DEBUG=gl-disable \\
  \${DISPLAY:+DISPLAY="\$DISPLAY"} \${XAUTHORITY:+XAUTHORITY="\$XAUTHORITY"} \\
  \${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS="\$DBUS_SESSION_BUS_ADDRESS"} \\
  \${PLANDESK_BENCH_FIRST_FRAME:+PLANDESK_BENCH_FIRST_FRAME=1} \\
  "\$@"
SCRIPT
chmod +x "$tmp/run-staged"
run_staged="$tmp/run-staged"

check "GSettings finds the staged schema through XDG_DATA_DIRS" \
  sh -c '"$1" gsettings list-keys "$2" | grep -q .' sh "$run_staged" $app_id
cp "$app/share/plandesk/safe-guangzhou.plandesk" "$tmp/plan-without-extension"
content_type=$("$run_staged" gio info -a standard::content-type "$tmp/plan-without-extension" 2>/dev/null |
  sed -n 's/^ *standard::content-type: //p')
check "the staged MIME database knows a plan by its content (got ${content_type:-nothing})" \
  test "$content_type" = application/x-plandesk

# --- headless: export from the staged program -------------------------------
if "$run_staged" "$app/bin/plandesk" --export=csv --report=assignments --bundled \
     --output="$tmp/assignments.csv" >"$tmp/export.log" 2>&1; then
  ok "the staged program exports the assignments of the staged bundled plan"
else
  not_ok "the staged program exports the assignments of the staged bundled plan"
  show "$tmp/export.log"
fi
records=$(python3 -c '
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    print(sum(1 for _ in csv.reader(f)))' "$tmp/assignments.csv" 2>/dev/null)
check "the export has 458 CSV records: the header and 457 assignments (got ${records:-none})" \
  test "${records:-0}" -eq 458

# Only Plan Desk's own strings change when its catalogue is missing (GLib's
# "Usage:" is translated by GLib's catalogue either way).
LANGUAGE=zh_CN "$run_staged" "$app/bin/plandesk" --help >"$tmp/help-zh.txt" 2>&1
LANGUAGE=zh_CN PLANDESK_LOCALEDIR_FOR_RUN="$tmp/nowhere" "$run_staged" "$app/bin/plandesk" --help \
  >"$tmp/help-no-catalogue.txt" 2>&1
check "the staged program speaks Chinese from the staged catalogue" \
  sh -c '! cmp -s "$1" "$2" && grep -q "方案" "$1"' sh "$tmp/help-zh.txt" "$tmp/help-no-catalogue.txt"

# --- the window, under Xvfb, in Chinese --------------------------------------
# PLANDESK_BENCH_FIRST_FRAME: the program prints "first-frame N" and ends at
# the first frame its window paints (app/pd-bench-hook.c). Without a plan
# on the command line it opens the working plan, which it first makes from
# the (staged) bundled plan under $XDG_DATA_HOME/plandesk.
if command -v xvfb-run >/dev/null 2>&1; then
  bus=""
  command -v dbus-run-session >/dev/null 2>&1 && bus="dbus-run-session --"
  # shellcheck disable=SC2086
  LANGUAGE=zh_CN PLANDESK_BENCH_FIRST_FRAME=1 timeout 120 \
    xvfb-run -a -s '-screen 0 1280x800x24' $bus "$run_staged" "$app/bin/plandesk" \
    >"$tmp/window.out" 2>"$tmp/window.err"
  rc=$?
  if [ $rc -eq 0 ] && grep -q '^first-frame [0-9]' "$tmp/window.out"; then
    ok "the staged program paints its window (under Xvfb, zh_CN${bus:+, on a session bus})"
  else
    not_ok "the staged program paints its window (under Xvfb, zh_CN${bus:+, on a session bus}): exit $rc"
    show "$tmp/window.out"; show "$tmp/window.err"
  fi
  working=$(find "$tmp/data/plandesk" -name '*.plandesk' 2>/dev/null | head -n 1)
  working_id=$( [ -n "$working" ] && od -A n -t x1 -j 68 -N 4 "$working" | tr -d ' \n')
  check "it made the working plan from the staged bundled plan (${working#"$tmp/data/"})" \
    test "$working_id" = 506c6e44
else
  skip "the staged program paints its window" "xvfb-run is not installed"
  skip "it made the working plan from the staged bundled plan" "xvfb-run is not installed"
fi

# --- D-Bus activation, once the desktop file asks for it ----------------------
# A private session bus whose only service is the staged one (its Exec with
# the stage standing in for /app); Activate on the bus must start Plan Desk
# as `plandesk --gapplication-service` and show a window.
if ! grep -qx 'DBusActivatable=true' "$desktop"; then
  skip "D-Bus activation starts the staged program and it shows a window" \
    "the desktop file does not say DBusActivatable=true"
elif ! command -v xvfb-run >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1 ||
     ! command -v gdbus >/dev/null 2>&1; then
  skip "D-Bus activation starts the staged program and it shows a window" \
    "xvfb-run, dbus-run-session or gdbus is not installed"
else
  mkdir -p "$tmp/services"
  cat >"$tmp/activated" <<SCRIPT
#!/bin/sh
PLANDESK_BENCH_FIRST_FRAME=1 LANGUAGE=zh_CN exec "$run_staged" "\$@" >>"$tmp/activation.log" 2>&1
SCRIPT
  chmod +x "$tmp/activated"
  sed "s|^Exec=/app/|Exec=$tmp/activated $app/|" "$service" >"$tmp/services/$app_id.service"
  cat >"$tmp/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp</listen>
  <servicedir>$tmp/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
  object_path=/$(echo $app_id | tr . /)
  if timeout 120 xvfb-run -a -s '-screen 0 1280x800x24' \
    dbus-run-session --config-file="$tmp/session.conf" -- sh -c '
      gdbus call --session --dest "$1" --object-path "$2" \
        --method org.freedesktop.Application.Activate "{}" >/dev/null 2>&1
      for i in $(seq 60); do
        grep -q "^first-frame" "$3" 2>/dev/null && exit 0
        sleep 1
      done
      exit 1' sh $app_id "$object_path" "$tmp/activation.log" >"$tmp/dbus.log" 2>&1; then
    ok "D-Bus activation starts the staged program and it shows a window"
  else
    not_ok "D-Bus activation starts the staged program and it shows a window"
    show "$tmp/dbus.log"; [ -f "$tmp/activation.log" ] && show "$tmp/activation.log"
  fi
fi

echo "1..$n"
[ "$failed" -eq 0 ]
