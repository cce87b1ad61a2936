#!/usr/bin/python3
"""Fills the .ts files from zh_CN.json (source text → Simplified Chinese).

Traditional Chinese is made from the Simplified text with OpenCC's s2twp
(Taiwan standard, with Taiwanese phrasing), then kept in the .ts like any
translation. Run after `cmake --build --preset default --target update_translations`:
    apt-get install opencc
    /usr/bin/python3 resources/translations/fill_translations.py
A source text without a translation is reported and left unfinished, so the
completeness test fails until it is translated.
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "zh_CN.json"), encoding="utf-8") as f:
    simplified = json.load(f)


def traditional(texts):
    joined = "\n\u241e\n".join(texts)  # a separator OpenCC leaves alone
    result = subprocess.run(["opencc", "-c", "s2twp.json"], input=joined, capture_output=True, text=True, check=True)
    return result.stdout.rstrip("\n").split("\n\u241e\n")


def placeholders(text):
    return sorted(set(re.findall(r"%\d", text)))


missing = []
for source, target in simplified.items():
    if placeholders(source) != placeholders(target):
        sys.exit(f"placeholders differ: {source!r} → {target!r}")
keys = list(simplified)
taiwan = dict(zip(keys, traditional([simplified[k] for k in keys])))
# Where Taiwanese software says it differently from a converted phrase (Help → 說明).
with open(os.path.join(here, "zh_TW_overrides.json"), encoding="utf-8") as f:
    taiwan.update(json.load(f))

for locale, table in (("zh_CN", simplified), ("zh_TW", taiwan)):
    path = os.path.join(here, f"softmax-explorer_{locale}.ts")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif locale == "zh_CN":
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))

for source in missing:
    print("untranslated:", source)
print(f"{len(simplified)} texts; {len(missing)} untranslated")
