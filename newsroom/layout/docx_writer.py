"""Write pages of articles as DOCX that layout staff can place: named paragraph styles only."""

from __future__ import annotations

import functools
import io
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.shape import CT_Inline
from docx.shared import Mm
from lxml import etree

from newsroom.ingest.model import PHOTO_ROLE
from newsroom.layout._ooxml import (
    FRAME_STYLE_ID,
    W,
    clean_text,
    new_paragraph,
    quote_styles,
    section_break,
    set_columns,
    set_page,
    styles_xml,
)
from newsroom.layout.model import LayoutArticle, LayoutByline, LayoutPage
from newsroom.layout.stylesheet import STYLE_IDS, StyleSheet, default_stylesheet
from newsroom.safe_write import write_file

__all__ = [
    "BYLINE_MARK",
    "byline_lines",
    "byline_text",
    "credit_text",
    "is_subheading",
    "page_filename",
    "running_head",
    "write_edition",
    "write_page",
]

log = logging.getLogger(__name__)

#: Opens a byline paragraph: ``■ 通讯员 万彤``; the draft importer reads it back.
BYLINE_MARK = "■"
#: Widest picture in a galley; a full A3 text width would only make it heavy to place.
GALLEY_IMAGE_MM = 120.0
_WEEKDAYS = "一二三四五六日"
# Parts of python-docx's template that a page does not need: Word 2010's duplicate style
# list (which would disagree with ours), web settings, custom XML, numbering, and the
# python-docx thumbnail that file browsers would show.
_DROP_RELS = frozenset({"stylesWithEffects", "webSettings", "customXml", "numbering", "thumbnail"})
_SETTINGS_DROP = (f"{W}rsids", f"{W}savePreviewPicture", f"{W}proofState")
_HEAD, _BODY = 1, 2  # which kind of section a paragraph goes to on the page preview
_SUBHEADING_MAX = 30
_SENTENCE_END = tuple("。！？!?…；;：:.．”’」』）)】〕")
_PROSE_RE = re.compile(r"[，。；！？,;!?]")


def page_filename(page: LayoutPage) -> str:
    """``2025-04-01-01.docx``: the date, then the 版次 with two digits, so names sort."""
    return f"{page.date:%Y-%m-%d}-{page.number:02d}.docx"


def running_head(page: LayoutPage) -> str:
    """The 报眉: ``河西报 · 2025年4月1日 星期二 · 第1版 · 要闻``."""
    d = page.date
    parts = [
        page.paper_name.strip(),
        f"{d.year}年{d.month}月{d.day}日 星期{_WEEKDAYS[d.weekday()]}",
    ]
    parts.append(f"第{page.number}版")
    if page.label.strip():
        parts.append(page.label.strip())
    return " · ".join(p for p in parts if p)


def byline_text(bylines: Iterable[LayoutByline]) -> str:
    """``■ 记者 孙悦 通讯员 高洁 王芳``: each role once, before its names."""
    return " ".join(byline_lines(bylines))


def byline_lines(bylines: Iterable[LayoutByline], width_em: float | None = None) -> list[str]:
    """The byline cut into lines no wider than ``width_em`` (in the style's 字号), only
    before a role and its names: a line would otherwise break inside a name (张蔓/芳).
    A role whose names alone are wider than a line starts one and is left to wrap there."""
    groups: list[list[str]] = []
    role: str | None = None
    for b in bylines:
        if b.role != role or not groups:
            role = b.role
            groups.append([b.role.strip()] if b.role.strip() else [])
        if b.name.strip():
            groups[-1].append(b.name.strip())
    words = [" ".join(g) for g in groups if g]
    if not words:
        return []
    lines = [f"{BYLINE_MARK} {words[0]}"]
    for group in words[1:]:
        joined = f"{lines[-1]} {group}"
        if width_em is None or _ems(joined) <= width_em:
            lines[-1] = joined
        else:
            lines.append(group)
    return lines


def _ems(text: str) -> float:
    """Width in ems, a little generous: Chinese (and ■) one em, a space half, Latin 0.6."""
    wide = ("W", "F", "A")
    return sum(
        1.0 if unicodedata.east_asian_width(c) in wide else 0.5 if c == " " else 0.6 for c in text
    )


def credit_text(bylines: Iterable[LayoutByline]) -> str:
    """``李博 摄``: the photographers' credit under a picture."""
    names = " ".join(b.name.strip() for b in bylines if b.name.strip())
    return f"{names} 摄" if names else ""


def is_subheading(text: str) -> bool:
    """A short line without sentence punctuation inside an article: 小标题, not body text."""
    text = text.strip()
    return (
        0 < len(text) <= _SUBHEADING_MAX
        and not text.endswith(_SENTENCE_END)
        and _PROSE_RE.search(text) is None
    )


def write_page(
    page: LayoutPage,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    galley: bool = False,
    stylesheet: StyleSheet | None = None,
) -> None:
    """Write one page as DOCX: a page preview in columns, or a single-column galley.

    A path is written atomically (a temporary file renamed over it) by
    ``newsroom.safe_write``, which raises OutputError (an OSError) for a target that must
    not be written; a stream is written as it is. Pictures that python-docx cannot read
    are left out with a warning.
    """
    sheet = stylesheet or default_stylesheet()
    doc = Document(io.BytesIO(_template(sheet, galley)))
    _Builder(doc, sheet, galley).page(page)
    if isinstance(out, str | os.PathLike):
        # Never over a device or FIFO, through a symlink to its file, with the mode a
        # file there would normally get (newsroom.safe_write).
        write_file(out, doc.save)
    else:
        doc.save(out)


def write_edition(
    pages: Iterable[LayoutPage],
    folder: str | os.PathLike[str],
    *,
    galley: bool = False,
    stylesheet: StyleSheet | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write every page into `folder` (created if needed) as page_filename(page).

    progress(done, total) is called before the first page and after each one. Two pages
    with the same date and 版次 raise ValueError before anything is written.
    """
    pages = list(pages)
    folder = Path(folder)
    names = [page_filename(page) for page in pages]
    if len(set(names)) != len(names):
        dup = next(name for name in names if names.count(name) > 1)
        raise ValueError(f"two pages would both be written as {dup}")
    folder.mkdir(parents=True, exist_ok=True)
    sheet = stylesheet or default_stylesheet()
    written: list[Path] = []
    if progress:
        progress(0, len(pages))
    for done, (page, name) in enumerate(zip(pages, names, strict=True), 1):
        path = folder / name
        write_page(page, path, galley=galley, stylesheet=sheet)
        written.append(path)
        if progress:
            progress(done, len(pages))
    return written


@functools.lru_cache(maxsize=8)
def _template(sheet: StyleSheet, galley: bool) -> bytes:
    """python-docx's template made into ours once per sheet: loading it is the main cost."""
    doc = Document()
    part = doc.part
    for rels in (part.rels, part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in _DROP_RELS:
                del rels[rid]
    part._styles_part._element = parse_xml(styles_xml(sheet))
    settings = doc.settings.element
    for child in list(settings):
        if child.tag in _SETTINGS_DROP:
            settings.remove(child)
        elif child.tag == f"{W}themeFontLang":
            child.set(f"{W}eastAsia", "zh-CN")  # python-docx's template says ja-JP
    core = doc.core_properties
    core.author, core.comments, core.last_modified_by = "Newsroom desk", "", ""
    section = doc.sections[0]
    sect_pr = section._sectPr
    set_page(sect_pr, sheet.page)
    if not galley:
        set_columns(sect_pr, sheet.page.columns, sheet.page.column_gap_mm)
    head = section.header.paragraphs[0]._p
    head.get_or_add_pPr().get_or_add_pStyle().set(f"{W}val", STYLE_IDS["报眉"])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


class _Builder:
    """Appends a page's paragraphs before the body's w:sectPr, opening sections as needed."""

    def __init__(self, doc: DocxDocument, sheet: StyleSheet, galley: bool) -> None:
        self.doc, self.sheet, self.galley = doc, sheet, galley
        self.body = doc.element.body
        self.sect_pr = self.body.find(f"{W}sectPr")
        self.mode = 0  # kind of the open section, 0 before the first paragraph
        self.last: etree._Element | None = None
        self.breaks: list[etree._Element] = []
        page = sheet.page
        width = min(page.text_width_mm, GALLEY_IMAGE_MM) if galley else page.column_width_mm
        text_height = page.height_mm - page.margin_top_mm - page.margin_bottom_mm
        self.image_width, self.image_height = Mm(width), Mm(text_height * 0.6)
        # A byline line holds this many ems of its 字号 (a column, or the galley's width).
        line_mm = page.text_width_mm if galley else page.column_width_mm
        self.byline_em = line_mm / 25.4 * 72 / sheet.style("署名").size_pt
        fonts = {s.name: s.east_asian for s in sheet.styles}
        quotes = quote_styles(sheet)
        self.quote_style = {STYLE_IDS[name]: quotes[font][0] for name, font in fonts.items()}

    def page(self, page: LayoutPage) -> None:
        head = self.doc.sections[0].header.paragraphs[0]._p
        text = clean_text(running_head(page))
        if text:
            etree.SubElement(etree.SubElement(head, f"{W}r"), f"{W}t").text = text
        for article in page.articles:
            self.article(article)
        self.finish()

    def article(self, a: LayoutArticle) -> None:
        for name, text in (("引题", a.kicker), ("主题", a.headline), ("副题", a.subheadline)):
            self.add(name, text, _HEAD)
        photo = a.kind == "photo"
        credits = [b for b in a.bylines if photo and b.role == PHOTO_ROLE]
        people = [b for b in a.bylines if not (photo and b.role == PHOTO_ROLE)]
        self.byline(byline_lines(people, self.byline_em))
        # Pictures before the text: after body text a picture starts a photo item.
        pictures = sum(self.image(filename, data) for filename, data in a.images)
        if photo and not pictures:
            # The photo item's own frame, where the picture goes; its caption and credit
            # stand under it instead of running on after the article before.
            self._place(new_paragraph(FRAME_STYLE_ID), _BODY)
        for text in a.paragraphs:
            style = "图片说明" if photo else "小标题" if is_subheading(text) else "稿件正文"
            self.add(style, text)
        self.add("摄影署名", credit_text(credits))

    def byline(self, lines: list[str]) -> None:
        """署名 as one paragraph, its lines parted by line breaks, never inside a name."""
        if not lines:
            return
        p = self.add("署名", lines[0])
        for line in lines[1:]:
            run = etree.SubElement(p, f"{W}r")
            etree.SubElement(run, f"{W}br")
            etree.SubElement(run, f"{W}t").text = clean_text(line)

    def add(self, style: str, text: str, mode: int = _BODY, force: bool = False) -> etree._Element:
        sid = STYLE_IDS[style]
        p = new_paragraph(sid, text, self.quote_style.get(sid, ""))
        if not force and len(p) < 2:
            return p  # nothing to say: never an empty paragraph
        return self._place(p, mode)

    def _place(self, p: etree._Element, mode: int) -> etree._Element:
        if not self.galley and self.mode and mode != self.mode and self.last is not None:
            self._close_section()
        self.mode = mode
        self.sect_pr.addprevious(p)
        self.last = p
        return p

    def image(self, filename: str, data: bytes) -> bool:
        try:
            rid, image = self.doc.part.get_or_add_image(io.BytesIO(data))
            cx, cy = image.scaled_dimensions(self.image_width, None)
            if cy > self.image_height:
                cx, cy = image.scaled_dimensions(None, self.image_height)
        except Exception as exc:  # any bad picture data: the page matters more than it
            log.warning("picture %s left out of the page: %s", filename, exc)
            return False
        name = clean_text(os.path.basename(filename)) or image.filename
        inline = CT_Inline.new_pic_inline(self.doc.part.next_id, rid, name, cx, cy)
        p = self.add("图片说明", "", force=True)
        etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}drawing").append(inline)
        return True

    def _close_section(self) -> None:
        columns = 1 if self.mode == _HEAD else self.sheet.page.columns
        brk = section_break(self.sect_pr, columns, self.sheet.page.column_gap_mm)
        self.last.find(f"{W}pPr").append(brk)
        self.breaks.append(brk)

    def finish(self) -> None:
        if self.galley or self.last is None:
            return
        # Columns are balanced only before a continuous section break, so the last
        # paragraph ends its section too; the final w:sectPr is left with no paragraphs.
        self._close_section()
        set_columns(self.sect_pr, 1, self.sheet.page.column_gap_mm)
        # The header belongs to the first section; the others inherit it (Word's "link to
        # previous"), so only the first w:sectPr keeps its reference.
        for sect_pr in [*self.breaks[1:], self.sect_pr]:
            for ref in sect_pr.findall(f"{W}headerReference"):
                sect_pr.remove(ref)
        kind = etree.Element(f"{W}type")
        kind.set(f"{W}val", "continuous")  # the last section, too, follows on the same page
        self.sect_pr.find(f"{W}pgSz").addprevious(kind)
