#!/usr/bin/env python3
"""Fills translations/agilesec_{de,fr}.ts from a table of (German, French) entries.

Usage: scripts/fill-translations.py TABLE.py [TABLE.py ...]
Each table file defines a dict: source -> (de, fr), where a numerus (%n) entry gives a list of
forms for each language. Only unfinished entries are filled (run lupdate first); translations
already in the .ts stay as they are. Anything left unfinished is listed (tests/tst_translations
fails on it).
"""
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
table = {}
for path in sys.argv[1:]:
    for name, value in runpy.run_path(path).items():
        if isinstance(value, dict) and not name.startswith("__"):
            table.update(value)

missing = 0
for index, lang in enumerate(("de", "fr")):
    ts = root / "translations" / f"agilesec_{lang}.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        if source in table:
            value = table[source][index]
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
        else:
            missing += 1
            print(f"{lang}: untranslated: {source!r}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
sys.exit(1 if missing else 0)
