"""Refresh resources/i18n/*.ts from the sources (pyside6-lupdate), copy the Chinese
sources into zh_CN as finished translations, and list what English still lacks.

    python scripts/update_translations.py

Then translate the listed messages in newsroom_en.ts (by hand or in Qt Linguist).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lupdate(language: str) -> Path:
    ts = I18N / f"newsroom_{language}.ts"
    sources = sorted(str(p) for p in (ROOT / "newsroom" / "ui").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", language, "-ts", str(ts)], check=True)
    return ts


def unfinished(ts: Path, *, fill_with_source: bool = False) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    left = []
    for context in tree.getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.find("source").text
            if fill_with_source:
                translation.text = source
                del translation.attrib["type"]
            else:
                left.append((name, source))
    if fill_with_source:
        ET.indent(tree)
        text = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                      encoding="utf-8")
    return left


def main() -> int:
    unfinished(lupdate("zh_CN"), fill_with_source=True)
    left = unfinished(lupdate("en"))
    for context, source in left:
        print(f"{context}: {source}")
    print(f"{len(left)} English translations to write")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
