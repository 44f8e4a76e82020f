#!/usr/bin/env python3
"""Offline checks of the Flatpak manifest, flatpak/io.github.plandesk.PlanDesk.json.

    check-flatpak.py MANIFEST            the checks below, as TAP
    check-flatpak.py --download MANIFEST also download every archive and file
                                         source and compare its sha256 (needs
                                         the network; not part of the suite)

What is checked (issue 7, "Flatpak"):
  - the manifest is strict JSON (no duplicate keys) in Flathub's key order;
  - id, runtime org.gnome.Platform/Sdk 50 and command are the app's;
  - finish-args are exactly --share=ipc --socket=wayland --socket=fallback-x11
    --device=dri, and nothing anywhere asks for --filesystem;
  - every archive or file source is pinned by sha256 (and fetched over https),
    every git source other than the app's own has a commit, and only the app
    itself comes from a local directory;
  - every bundled module installs its licence under /app/share/licenses, the
    CJK fonts land under /app/share/fonts, and the app (meson) is built last;
  - `flatpak-builder --show-manifest` reads it without a WARNING and
    understands every property (its output equals the manifest), when
    flatpak-builder is installed (Debian's package works offline for this).

For the submission variant, flatpak/flathub/io.github.plandesk.PlanDesk.json
(issue 17), also:
  - the app comes from one https git source at a tag and its commit, the tag
    being v + the project's version (meson.build) and the newest release in
    the metainfo; nothing is built from a local directory;
  - x-checker-data watches the app (git tags, main source), libxlsxwriter and
    the fonts package for new versions;
  - apart from the app's source and x-checker-data it is the in-repo manifest,
    so the two cannot drift apart.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ET

APP_ID = "io.github.plandesk.PlanDesk"
APP_MODULE = "plandesk"
FINISH_ARGS = ["--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"]
TOP_KEY_ORDER = ["id", "runtime", "runtime-version", "sdk", "command", "finish-args",
                 "cleanup", "modules"]
MODULE_KEY_ORDER = ["name", "buildsystem", "subdir", "builddir", "config-opts", "make-args",
                    "make-install-args", "build-options", "build-commands", "post-install",
                    "cleanup", "modules", "sources"]
FONTS = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc",
         "NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"]

results = []


def check(ok, description, detail=None):
    results.append((bool(ok), description, detail))


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    if dups:
        raise ValueError("duplicate keys: " + ", ".join(dups))
    return dict(pairs)


def ordered_keys(obj):
    """The keys in file order (json keeps insertion order)."""
    return list(obj.keys())


def follows_order(keys, order):
    known = [k for k in keys if k in order]
    return known == sorted(known, key=order.index)


def all_modules(modules, base_dir):
    """Every module, nested ones and ones in included files too."""
    for m in modules:
        if isinstance(m, str):
            path = os.path.join(base_dir, m)
            with open(path, encoding="utf-8") as f:
                m = json.load(f, object_pairs_hook=no_duplicates)
        yield m
        yield from all_modules(m.get("modules", []), base_dir)


def main(argv):
    download = "--download" in argv
    args = [a for a in argv if a != "--download"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    manifest_path = os.path.abspath(args[0])
    base_dir = os.path.dirname(manifest_path)

    try:
        with open(manifest_path, encoding="utf-8") as f:
            text = f.read()
        manifest = json.loads(text, object_pairs_hook=no_duplicates)
        check(True, "the manifest is strict JSON")
    except (OSError, ValueError) as e:
        check(False, "the manifest is strict JSON", str(e))
        return report()

    check(follows_order(ordered_keys(manifest), TOP_KEY_ORDER)
          and ordered_keys(manifest)[:len(TOP_KEY_ORDER)] == TOP_KEY_ORDER,
          "top-level keys in Flathub's order: " + ", ".join(TOP_KEY_ORDER),
          "got: " + ", ".join(ordered_keys(manifest)))
    check(manifest.get("id") == APP_ID, f"id is {APP_ID}", repr(manifest.get("id")))
    check(manifest.get("runtime") == "org.gnome.Platform"
          and manifest.get("sdk") == "org.gnome.Sdk"
          and manifest.get("runtime-version") == "50",
          "runtime org.gnome.Platform, sdk org.gnome.Sdk, runtime-version \"50\"")
    check(manifest.get("command") == "plandesk", "command is plandesk")
    check(manifest.get("finish-args") == FINISH_ARGS,
          "finish-args are exactly " + " ".join(FINISH_ARGS), repr(manifest.get("finish-args")))
    check("--filesystem" not in text, "nothing asks for --filesystem")

    modules = list(all_modules(manifest.get("modules", []), base_dir))
    top_modules = manifest.get("modules", [])
    last = top_modules[-1] if top_modules else {}
    check(isinstance(last, dict) and last.get("name") == APP_MODULE
          and last.get("buildsystem") == "meson",
          "the app is the last module, built with meson")
    check(all(follows_order(ordered_keys(m), MODULE_KEY_ORDER) for m in modules),
          "module keys in Flathub's order (name, buildsystem, options, commands, sources)",
          "; ".join(m.get("name", "?") + ": " + ", ".join(ordered_keys(m)) for m in modules))

    unpinned, not_https, stray_dirs, weak = [], [], [], []
    downloads = []
    for m in modules:
        name = m.get("name", "?")
        for s in m.get("sources", []):
            if isinstance(s, str):
                unpinned.append(f"{name}: source file {s} (check it by hand)")
                continue
            kind = s.get("type")
            if kind in ("archive", "file") and ("url" in s or "mirror-urls" in s):
                if not re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")):
                    unpinned.append(f"{name}: {kind} {s.get('url')} has no sha256")
                if "md5" in s or "sha1" in s:
                    weak.append(f"{name}: {s.get('url')}")
                for url in [s.get("url", "")] + s.get("mirror-urls", []):
                    if not url.startswith("https://"):
                        not_https.append(f"{name}: {url}")
                downloads.append((name, s))
            elif kind == "git":
                if name != APP_MODULE and not re.fullmatch(r"[0-9a-f]{40}", s.get("commit", "")):
                    unpinned.append(f"{name}: git {s.get('url')} has no commit")
            elif kind == "dir":
                if name != APP_MODULE:
                    stray_dirs.append(name)
    check(not unpinned, "every archive/file source has a sha256, every git source but the app's a commit",
          "; ".join(unpinned))
    check(not weak, "no md5 or sha1 checksums", "; ".join(weak))
    check(not not_https, "every download is https", "; ".join(not_https))
    check(not stray_dirs, "only the app is built from a local directory", ", ".join(stray_dirs))

    def commands(m):
        return " \n".join(m.get("build-commands", []) + m.get("post-install", []))

    bundled = [m for m in modules if m.get("name") != APP_MODULE]
    no_licence = [m.get("name", "?") for m in bundled
                  if "/app/share/licenses/" not in commands(m)]
    check(bundled and not no_licence, "every bundled module installs its licence under /app/share/licenses",
          ", ".join(no_licence))
    all_commands = " \n".join(commands(m) for m in bundled)
    missing_fonts = [f for f in FONTS if f not in all_commands]
    check("/app/share/fonts" in all_commands and not missing_fonts,
          "Noto Sans CJK and Noto Serif CJK (regular and bold) are installed under /app/share/fonts",
          "missing: " + ", ".join(missing_fonts))
    check(any(m.get("name") == "libxlsxwriter" and m.get("buildsystem", "").startswith("cmake")
              and "-DUSE_SYSTEM_MINIZIP=OFF" in m.get("config-opts", []) for m in modules),
          "libxlsxwriter is built with cmake and its bundled minizip")

    if os.path.basename(base_dir) == "flathub":
        check_submission(manifest, base_dir)

    fb = shutil.which("flatpak-builder")
    if fb is None:
        results.append((True, "flatpak-builder --show-manifest # SKIP flatpak-builder is not installed", None))
        results.append((True, "flatpak-builder understands every property # SKIP flatpak-builder is not installed", None))
    else:
        # flatpak-builder makes its state directory (.flatpak-builder) in the
        # current directory even for --show-manifest: keep it out of the tree.
        with tempfile.TemporaryDirectory() as state:
            proc = subprocess.run([fb, "--show-manifest", manifest_path],
                                  capture_output=True, text=True, cwd=state,
                                  env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="C"))
        output = proc.stdout + proc.stderr
        check(proc.returncode == 0 and "WARNING" not in output,
              "flatpak-builder --show-manifest prints no WARNING",
              f"exit {proc.returncode}: {proc.stderr.strip()}")
        try:
            shown = json.loads(proc.stdout)
        except ValueError:
            shown = None
        check(shown == json.loads(text),
              "flatpak-builder understands every property (--show-manifest gives the manifest back)")

    if download:
        # The main url first, then the mirrors, as flatpak-builder does.
        for name, s in downloads:
            errors = []
            for url in [s.get("url")] + s.get("mirror-urls", []):
                try:
                    digest = hashlib.sha256()
                    with urllib.request.urlopen(url, timeout=120) as r:
                        for chunk in iter(lambda: r.read(1 << 20), b""):
                            digest.update(chunk)
                except OSError as e:
                    errors.append(f"{url}: {e}")
                    continue
                got = digest.hexdigest()
                check(got == s.get("sha256"), f"{name}: {url} has the pinned sha256",
                      f"got {got}")
                break
            else:
                check(False, f"{name}: a source downloads", "; ".join(errors))
            for e in errors:
                print(f"# could not download {e}")

    return report()


def without_checker_data(obj):
    if isinstance(obj, dict):
        return {k: without_checker_data(v) for k, v in obj.items() if k != "x-checker-data"}
    if isinstance(obj, list):
        return [without_checker_data(v) for v in obj]
    return obj


def check_submission(manifest, base_dir):
    """The Flathub variant: see the module docstring."""
    top = os.path.dirname(os.path.dirname(base_dir))
    with open(os.path.join(top, "meson.build"), encoding="utf-8") as f:
        version = re.search(r"version:\s*'([^']+)'", f.read()).group(1)
    metainfo = ET.parse(os.path.join(top, "data", APP_ID + ".metainfo.xml.in")).getroot()
    releases = [r.get("version") for r in metainfo.iter("release")]
    modules = {m.get("name"): m for m in all_modules(manifest.get("modules", []), base_dir)}
    app_sources = modules.get(APP_MODULE, {}).get("sources", [])
    source = app_sources[0] if len(app_sources) == 1 and isinstance(app_sources[0], dict) else {}
    check(source.get("type") == "git" and source.get("url", "").startswith("https://")
          and re.fullmatch(r"v\d+\.\d+\.\d+", source.get("tag", ""))
          and re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")),
          "submission: the app is one https git source with a tag vX.Y.Z and its commit", repr(source))
    check(source.get("tag") == "v" + version and releases[:1] == [version],
          f"submission: the tag is v{version}, the project's version and the newest release in the metainfo",
          f"tag {source.get('tag')}, releases {releases}")
    dirs = [m.get("name") for m in modules.values()
            for s in m.get("sources", []) if isinstance(s, dict) and s.get("type") == "dir"]
    check(not dirs, "submission: nothing is built from a local directory", ", ".join(dirs))

    def checker(name):
        sources = [s for s in modules.get(name, {}).get("sources", []) if isinstance(s, dict)]
        return sources[0].get("x-checker-data", {}) if sources else {}
    app = checker(APP_MODULE)
    check(app.get("type") == "git" and app.get("is-main-source") is True
          and re.fullmatch(r"\^v\(.*\)\$", app.get("tag-pattern", "")),
          "submission: x-checker-data follows the app's v* tags as the main source", repr(app))
    xlsx = checker("libxlsxwriter")
    check(xlsx.get("type") in ("html", "anitya") and "$version" in xlsx.get("url-template", ""),
          "submission: x-checker-data watches libxlsxwriter", repr(xlsx))
    fonts = checker("fonts-noto-cjk")
    check(fonts.get("type") == "debian-repo" and fonts.get("package-name") == "fonts-noto-cjk"
          and fonts.get("root", "").startswith("https://"),
          "submission: x-checker-data watches the fonts-noto-cjk package", repr(fonts))

    local_path = os.path.join(os.path.dirname(base_dir), APP_ID + ".json")
    with open(local_path, encoding="utf-8") as f:
        local = json.load(f, object_pairs_hook=no_duplicates)
    mine, theirs = without_checker_data(manifest), without_checker_data(local)
    for m in mine.get("modules", []) + theirs.get("modules", []):
        if isinstance(m, dict) and m.get("name") == APP_MODULE:
            m.pop("sources", None)
    check(mine == theirs, "submission: otherwise the same as flatpak/" + APP_ID + ".json")


def report():
    print(f"1..{len(results)}")
    for i, (ok, description, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {description}")
        if not ok and detail:
            print(f"# {detail}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
