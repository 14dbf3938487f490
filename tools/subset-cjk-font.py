#!/usr/bin/env python3
"""subset-cjk-font.py: the app's own cut of Noto Sans CJK, holding only the characters its texts use.

    subset-cjk-font.py --source NotoSansCJK-Regular.ttc --output-dir DIR TEXT_DIR...

Writes IsletGuideSans-SC.otf and IsletGuideSans-TC.otf into DIR: the "Noto Sans CJK SC" and "TC" faces of the source
collection, cut down to every character found in the files under the TEXT_DIRs (content, translations, QML) plus
the Latin, punctuation and symbol blocks, and renamed "IsletGuide Sans SC"/"TC" so that they never stand in for the
system's full fonts. Copyright and licence records (SIL Open Font License 1.1) are kept. Needs fontTools
(Debian: python3-fonttools).
"""

import argparse
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

TEXT_SUFFIXES = {".json", ".md", ".ts", ".qml"}
# Besides the characters of our texts: Latin and its punctuation (numbers, units, English names), general punctuation,
# arrows, maths, geometric shapes and symbols (●○◆✓☆▸), CJK punctuation and full-width forms.
ALWAYS = ("U+0020-007E,U+00A0-00FF,U+2000-206F,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+25A0-25FF,"
          "U+2600-27BF,U+3000-303F,U+FF00-FFEF")
FACES = {"Noto Sans CJK SC": ("IsletGuide Sans SC", "IsletGuideSans-SC.otf"),
         "Noto Sans CJK TC": ("IsletGuide Sans TC", "IsletGuideSans-TC.otf")}
RENAMED_RECORDS = {1, 3, 4, 6, 16, 17}  # family, unique id, full name, PostScript name, typographic family/subfamily


def text_of(directories):
    characters = set()
    for directory in directories:
        for path in sorted(pathlib.Path(directory).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                characters.update(path.read_text(encoding="utf-8", errors="ignore"))
    return "".join(sorted(c for c in characters if c.isprintable()))


def rename(font, family):
    for record in font["name"].names:
        if record.nameID in RENAMED_RECORDS:
            record.string = {1: family, 16: family, 17: "Regular", 4: f"{family} Regular",
                             3: f"{family.replace(' ', '')}-Regular;IsletGuide subset",
                             6: f"{family.replace(' ', '')}-Regular"}[record.nameID]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="the Noto Sans CJK Regular collection (.ttc)")
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("text_dirs", nargs="+", help="folders whose texts the fonts must be able to show")
    args = parser.parse_args()

    text = text_of(args.text_dirs)
    output = pathlib.Path(args.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    collection = TTCollection(args.source, lazy=True)
    found = {}
    for index, font in enumerate(collection.fonts):
        family = font["name"].getDebugName(1)
        if family in FACES:
            found[family] = index
    missing = set(FACES) - set(found)
    if missing:
        sys.exit(f"subset-cjk-font.py: {args.source} has no face {', '.join(sorted(missing))}")

    options = subset.Options()
    options.layout_features = ["*"]  # vertical forms, locale glyph variants, proportional punctuation
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.font_number = 0
    for family, index in found.items():
        options.font_number = index
        font = subset.load_font(args.source, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text, unicodes=subset.parse_unicodes(ALWAYS))
        subsetter.subset(font)
        name, file_name = FACES[family]
        rename(font, name)
        subset.save_font(font, output / file_name, options)
        print(f"{file_name}: {len(font.getGlyphOrder())} glyphs, {(output / file_name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
