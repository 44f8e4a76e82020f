#!/bin/sh
# The translation is valid and complete, and POTFILES.in lists every file
# with translatable strings (and nothing that does not exist).
set -eu
top=$1
cd "$top"
status=0

for po in po/*.po; do
  if ! stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    echo "$po: msgfmt --check failed: $stats"; status=1
  fi
  case "$stats" in
    *untranslated*|*fuzzy*) echo "$po: incomplete: $stats"; status=1 ;;
  esac
done

for f in $(grep -v '^#' po/POTFILES.in); do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done

for f in $(find app ui -name '*.c' -o -name '*.ui' | sort); do
  if grep -qE '(^|[^A-Za-z_])(_|N_|C_|NC_)\(|ngettext|translatable="yes"' "$f" && ! grep -qxF "$f" po/POTFILES.in; then
    echo "$f has translatable strings but is not in po/POTFILES.in"; status=1
  fi
done

# Every msgid of the sources is in the catalogue (the .po is not stale).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --files-from=po/POTFILES.in --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --add-comments=Translators \
  -o "$tmp/plandesk.pot" 2>"$tmp/err" || { cat "$tmp/err"; status=1; }
if [ -s "$tmp/plandesk.pot" ]; then
  for po in po/*.po; do
    missing=$(msgcmp --use-untranslated "$po" "$tmp/plandesk.pot" 2>&1 | grep -c 'this message is used but not defined' || true)
    if [ "$missing" != "0" ]; then
      echo "$po lacks $missing message(s) of the sources; run build-aux/dev update-po"
      msgcmp --use-untranslated "$po" "$tmp/plandesk.pot" 2>&1 | head -n 10
      status=1
    fi
  done
fi

[ "$status" -eq 0 ] && echo "translations complete"
exit "$status"
