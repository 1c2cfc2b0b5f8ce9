"""Shared test helpers: the seed page as layout input, a tiny PNG, normalised DOCX XML."""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.encoding import read_text_file
from newsroom.ingest.model import ParsedItem
from newsroom.layout import LayoutArticle, LayoutByline, LayoutPage

SEED = Path(__file__).resolve().parents[2] / "seeds" / "hexi-bulletin-2025-04.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def seed_items() -> list[ParsedItem]:
    return parse_bulletin(read_text_file(SEED))


def to_layout(item: ParsedItem) -> LayoutArticle:
    return LayoutArticle(
        kind=item.kind,
        kicker=item.kicker,
        headline=item.headline,
        subheadline=item.subheadline,
        bylines=[LayoutByline(b.role, b.name) for b in item.bylines],
        paragraphs=list(item.paragraphs),
        images=[(a.filename, a.data) for a in item.attachments],
    )


def seed_page(number: int = 1) -> LayoutPage:
    articles = [to_layout(item) for item in seed_items()]
    return LayoutPage("河西报", datetime.date(2025, 4, 1), number, "要闻", articles)


def png(width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG without Pillow."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xc0\x40\x40" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def part(docx: bytes | Path, name: str) -> etree._Element:
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def normalised(docx: bytes, name: str) -> str:
    """Pretty-printed XML with revision ids (rsid*) dropped, for golden comparisons."""
    root = part(docx, name)
    for el in root.iter():
        for attr in [a for a in el.attrib if a.startswith(f"{W}rsid")]:
            del el.attrib[attr]
    for el in root.iter():
        if el.text is not None and not el.text.strip() and len(el):
            el.text = None
        if el.tail is not None and not el.tail.strip():
            el.tail = None
    return etree.tostring(root, pretty_print=True, encoding="unicode")
