"""Write pages of articles as DOCX that layout staff can place: named paragraph styles only.

The page is first made a flow of blocks (newsroom.layout.blocks), which decides every
paragraph's style and text; this module only writes those blocks as WordprocessingML.
"""

from __future__ import annotations

import functools
import io
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.shape import CT_Inline
from docx.shared import Mm
from lxml import etree

from newsroom.layout._ooxml import (
    FRAME_STYLE_ID,
    W,
    new_paragraph,
    quote_styles,
    section_break,
    set_columns,
    set_page,
    styles_xml,
)
from newsroom.layout.blocks import (
    GALLEY_IMAGE_MM,
    HEAD,
    Frame,
    PageFlow,
    Paragraph,
    Picture,
    page_flow,
)
from newsroom.layout.model import LayoutPage
from newsroom.layout.stylesheet import STYLE_IDS, StyleSheet, default_stylesheet
from newsroom.safe_write import write_file

__all__ = ["page_filename", "write_edition", "write_page"]

log = logging.getLogger(__name__)

# Parts of python-docx's template that a page does not need: Word 2010's duplicate style
# list (which would disagree with ours), web settings, custom XML, numbering, and the
# python-docx thumbnail that file browsers would show.
_DROP_RELS = frozenset({"stylesWithEffects", "webSettings", "customXml", "numbering", "thumbnail"})
_SETTINGS_DROP = (f"{W}rsids", f"{W}savePreviewPicture", f"{W}proofState")


def page_filename(page: LayoutPage, suffix: str = ".docx") -> str:
    """``2025-04-01-01.docx``: the date, then the 版次 with two digits, so names sort."""
    return f"{page.date:%Y-%m-%d}-{page.number:02d}{suffix}"


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
    _Builder(doc, sheet, galley).page(page_flow(page, sheet, galley=galley))
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
    """Appends a flow's paragraphs before the body's w:sectPr, opening sections as needed."""

    def __init__(self, doc: DocxDocument, sheet: StyleSheet, galley: bool) -> None:
        self.doc, self.sheet, self.galley = doc, sheet, galley
        self.body = doc.element.body
        self.sect_pr = self.body.find(f"{W}sectPr")
        self.region = ""  # region of the open section, "" before the first paragraph
        self.last: etree._Element | None = None
        self.breaks: list[etree._Element] = []
        page = sheet.page
        width = min(page.text_width_mm, GALLEY_IMAGE_MM) if galley else page.column_width_mm
        text_height = page.height_mm - page.margin_top_mm - page.margin_bottom_mm
        self.image_width, self.image_height = Mm(width), Mm(text_height * 0.6)
        fonts = {s.name: s.east_asian for s in sheet.styles}
        quotes = quote_styles(sheet)
        self.quote_style = {STYLE_IDS[name]: quotes[font][0] for name, font in fonts.items()}

    def page(self, flow: PageFlow) -> None:
        head = self.doc.sections[0].header.paragraphs[0]._p
        if flow.running_head:
            etree.SubElement(etree.SubElement(head, f"{W}r"), f"{W}t").text = flow.running_head
        for article in flow.articles:
            for block in article.blocks:
                match block:
                    case Paragraph():
                        self.paragraph(block)
                    case Picture():
                        self.image(block)
                    case Frame():
                        # The photo item's own frame, where the picture goes.
                        self._place(new_paragraph(FRAME_STYLE_ID), block.region)
        self.finish()

    def paragraph(self, block: Paragraph) -> etree._Element:
        """A styled paragraph; runs after a line break (a byline's next line) follow it."""
        sid = STYLE_IDS[block.style]
        first, *rest = block.runs
        p = new_paragraph(sid, first.text, self.quote_style.get(sid, ""))
        for run in rest:
            r = etree.SubElement(p, f"{W}r")
            if run.line_break:
                etree.SubElement(r, f"{W}br")
            etree.SubElement(r, f"{W}t").text = run.text
        return self._place(p, block.region)

    def _place(self, p: etree._Element, region: str) -> etree._Element:
        if not self.galley and self.region and region != self.region and self.last is not None:
            self._close_section()
        self.region = region
        self.sect_pr.addprevious(p)
        self.last = p
        return p

    def image(self, picture: Picture) -> None:
        try:
            rid, image = self.doc.part.get_or_add_image(io.BytesIO(picture.data))
            cx, cy = image.scaled_dimensions(self.image_width, None)
            if cy > self.image_height:
                cx, cy = image.scaled_dimensions(None, self.image_height)
        except Exception as exc:  # any bad picture data: the page matters more than it
            log.warning("picture %s left out of the page: %s", picture.name, exc)
            return
        inline = CT_Inline.new_pic_inline(self.doc.part.next_id, rid, picture.name, cx, cy)
        sid = STYLE_IDS[picture.style]
        p = self._place(new_paragraph(sid, "", self.quote_style.get(sid, "")), picture.region)
        etree.SubElement(etree.SubElement(p, f"{W}r"), f"{W}drawing").append(inline)

    def _close_section(self) -> None:
        columns = 1 if self.region == HEAD else self.sheet.page.columns
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
