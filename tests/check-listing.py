#!/usr/bin/env python3
"""What Flathub's linter and quality guidelines ask of the listing (issue 17).

    check-listing.py METAINFO SOURCE_ROOT     TAP

METAINFO is the merged (translated) metainfo from the build tree. Checked:
  - the summary is at most 35 characters, in every language;
  - every screenshot has an English image by default (no xml:lang) and a
    zh_CN one tagged xml:lang="zh-CN"; the default screenshot is the first;
  - every image URL points at the release tag v<newest release>, not a
    branch, and names a PNG in the source tree of at most 1000×700 whose size
    is the one the metainfo states;
  - the light brand colour is not near white (contrast with white ≥ 1.4),
    the dark one not near black.
"""
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
REPO_RAW = "https://raw.githubusercontent.com/plandesk/plandesk/"

results = []


def check(ok, description, detail=None):
    results.append((bool(ok), description, detail))


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def main(argv):
    metainfo_path, top = argv
    root = ET.parse(metainfo_path).getroot()

    summaries = {s.get(XML_LANG, "C"): (s.text or "") for s in root.findall("summary")}
    long = {k: v for k, v in summaries.items() if len(v) > 35}
    check("C" in summaries and "zh_CN" in summaries and not long,
          "the summary is at most 35 characters, and translated",
          repr(long or summaries))

    version = root.find("releases/release").get("version")
    prefix = REPO_RAW + "v" + version + "/"
    shots = root.findall("screenshots/screenshot")
    check(len(shots) >= 3 and shots[0].get("type") == "default"
          and all(s.get("type") != "default" for s in shots[1:]),
          "at least three screenshots, the first one the default")
    problems = []
    for i, shot in enumerate(shots, 1):
        images = shot.findall("image")
        langs = [img.get(XML_LANG) for img in images]
        if langs != [None, "zh-CN"]:
            problems.append(f"screenshot {i}: images for {langs}, wanted English then zh-CN")
        for img in images:
            url = (img.text or "").strip()
            if not url.startswith(prefix):
                problems.append(f"{url}: not at the release tag v{version}")
                continue
            path = os.path.join(top, url[len(prefix):])
            size = png_size(path) if os.path.exists(path) else None
            if size is None:
                problems.append(f"{url}: no PNG at {path}")
                continue
            if size[0] > 1000 or size[1] > 700:
                problems.append(f"{path}: {size[0]}×{size[1]} is larger than 1000×700")
            if (img.get("width"), img.get("height")) != (str(size[0]), str(size[1])):
                problems.append(f"{path}: the metainfo says {img.get('width')}×{img.get('height')}")
            lang = img.get(XML_LANG)
            if (lang == "zh-CN") != path.endswith("-zh_CN.png"):
                problems.append(f"{path}: the language tag does not match the file")
    check(shots and not problems,
          "every screenshot: English by default and zh-CN tagged, at the release tag, at most 1000×700",
          "; ".join(problems))

    colours = {c.get("scheme_preference"): c.text for c in root.findall("branding/color")}
    light, dark = colours.get("light", "#ffffff"), colours.get("dark", "#000000")
    check(re.fullmatch(r"#[0-9a-fA-F]{6}", light) and 1.05 / (luminance(light) + 0.05) >= 1.4,
          "the light brand colour is not near white", f"{light}: contrast with white "
          f"{1.05 / (luminance(light) + 0.05):.2f}" if re.fullmatch(r"#[0-9a-fA-F]{6}", light) else light)
    check(re.fullmatch(r"#[0-9a-fA-F]{6}", dark) and (luminance(dark) + 0.05) / 0.05 >= 1.4,
          "the dark brand colour is not near black", dark)

    print(f"1..{len(results)}")
    for i, (ok, description, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {description}")
        if not ok and detail:
            print(f"# {detail}")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
