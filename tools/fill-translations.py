#!/usr/bin/env python3
"""Fill unfinished messages of translations/*.ts from a JSON file {"source text": {"zh_CN": "…", "zh_TW": "…"}}.

Usage: tools/fill-translations.py MAPPING.json   (run the update_translations target first)
       tools/fill-translations.py --list          (print the unfinished source texts as a JSON skeleton)
Existing finished translations are kept; a source text missing from the mapping stays unfinished and is reported.
A translation whose placeholders (%1, %L1, %n) differ from its source's is refused and reported.
Plural (numerus) messages get the one text in each of their <numerusform>s: Chinese has a single plural form.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent / "translations"
FILES = {"zh_CN": ROOT / "isletguide_zh_CN.ts", "zh_TW": ROOT / "isletguide_zh_TW.ts"}
PLACEHOLDER = re.compile(r"%L?\d+|%n")


def unfinished(tree):
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            yield message, translation


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--list":
        sources = {}
        for tree in (ET.parse(path) for path in FILES.values()):
            for message, _ in unfinished(tree):
                sources[message.findtext("source")] = {"zh_CN": "", "zh_TW": ""}
        json.dump(sources, sys.stdout, ensure_ascii=False, indent=1)
        return
    mapping = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    missing, mismatched = set(), set()
    for language, path in FILES.items():
        tree = ET.parse(path)
        for message, translation in unfinished(tree):
            source = message.findtext("source")
            text = mapping.get(source, {}).get(language, "")
            if text and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                mismatched.add(f"{language}: {source}")
            elif text:
                forms = translation.findall("numerusform")
                for target in forms or [translation]:
                    target.text = text
                del translation.attrib["type"]
            else:
                missing.add(source)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    for source in sorted(missing):
        print("unfinished:", source)
    for source in sorted(mismatched):
        print("placeholders differ, not filled:", source)


if __name__ == "__main__":
    main()
