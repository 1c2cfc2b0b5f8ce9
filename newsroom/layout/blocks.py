"""A page or a galley as one flow of styled blocks, decided once for every writer.

What becomes which paragraph style, where a byline breaks, which line is a 小标题, which
pictures can be shown and where a photo item waits for its picture is decided here, from
the plain LayoutPage and the style sheet. The writers (``docx_writer`` for layout staff,
``html_writer`` for the website and the 公众号 editor) only turn blocks into their format,
so the two cannot disagree about the text.

Blocks are in reading order. Each has a ``region``: ``head`` blocks (引题, 主题, 副题)
span the page; ``body`` blocks run in the page's columns. A page preview starts a new
section (a column break) where the region changes.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from newsroom.layout._ooxml import clean_text
from newsroom.layout.model import LayoutArticle, LayoutByline, LayoutPage
from newsroom.layout.stylesheet import StyleSheet
from newsroom.newscopy import BYLINE_MARK, PHOTO_ROLE, byline_groups

__all__ = [
    "GALLEY_IMAGE_MM",
    "ArticleFlow",
    "Block",
    "Frame",
    "PageFlow",
    "Paragraph",
    "Picture",
    "Run",
    "byline_lines",
    "credit_text",
    "is_subheading",
    "page_flow",
    "running_head",
]

log = logging.getLogger(__name__)

Region = Literal["head", "body"]
HEAD: Region = "head"
BODY: Region = "body"
#: Widest picture in a galley; a full A3 text width would only make it heavy to place.
GALLEY_IMAGE_MM = 120.0
_WEEKDAYS = "一二三四五六日"
_SUBHEADING_MAX = 30
_SENTENCE_END = tuple("。！？!?…；;：:.．”’」』）)】〕")
_PROSE_RE = re.compile(r"[，。；！？,;!?]")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph's text; ``line_break`` starts it on a new line (a byline
    too long for its column goes on under itself, never breaking inside a name)."""

    text: str
    line_break: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph in one of the sheet's named styles (STYLE_NAMES); never empty."""

    style: str
    runs: tuple[Run, ...]
    region: Region = BODY

    @property
    def text(self) -> str:
        """The paragraph's text, a line break as ``\\n`` (as python-docx reads it back)."""
        return "".join(("\n" if run.line_break else "") + run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture the writers can show, as a 图片说明 paragraph of its own.

    ``name`` is the file's base name, safe as text; ``content_type`` and the size in
    pixels come from the picture's own header."""

    name: str
    data: bytes
    content_type: str
    width_px: int
    height_px: int
    style: str = "图片说明"
    region: Region = BODY


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a photo item's picture goes when the copy has none yet (图片位置 on a page)."""

    region: Region = BODY


Block = Paragraph | Picture | Frame


@dataclass(frozen=True, slots=True)
class ArticleFlow:
    """One article or photo item's blocks; ``title`` names it (headline, kicker or caption)."""

    kind: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class PageFlow:
    """A page as blocks: its 报眉 (running_head, may be empty) and its items in order."""

    date: datetime.date
    number: int
    label: str
    paper_name: str
    running_head: str
    articles: tuple[ArticleFlow, ...]


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


def byline_lines(bylines: Iterable[LayoutByline], width_em: float | None = None) -> list[str]:
    """The byline (``■ 记者 孙悦 通讯员 高洁``) cut into lines no wider than ``width_em``
    (in the style's 字号), only before a role and its names: a line would otherwise break
    inside a name (张蔓/芳). A role whose names alone are wider than a line starts one and
    is left to wrap there."""
    words = byline_groups(bylines)
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


def page_flow(page: LayoutPage, sheet: StyleSheet, *, galley: bool = False) -> PageFlow:
    """The page as blocks. Bylines break to fit a column of the page preview, or the
    galley's single column; pictures that cannot be read are left out with a warning."""
    line_mm = sheet.page.text_width_mm if galley else sheet.page.column_width_mm
    byline_em = line_mm / 25.4 * 72 / sheet.style("署名").size_pt
    return PageFlow(
        date=page.date,
        number=page.number,
        label=page.label,
        paper_name=page.paper_name,
        running_head=clean_text(running_head(page)),
        articles=tuple(article_flow(a, byline_em) for a in page.articles),
    )


def article_flow(article: LayoutArticle, byline_em: float | None = None) -> ArticleFlow:
    """One item's blocks: headings, byline, pictures (or a frame), text, the credit."""
    blocks: list[Block] = []

    def add(style: str, runs: Iterable[Run], region: Region = BODY) -> None:
        runs = tuple(r for r in (Run(clean_text(r.text), r.line_break) for r in runs) if r.text)
        if runs:  # nothing to say: never an empty paragraph
            blocks.append(Paragraph(style, runs, region))

    heads = (("引题", article.kicker), ("主题", article.headline), ("副题", article.subheadline))
    for style, text in heads:
        add(style, [Run(text)], HEAD)
    photo = article.kind == "photo"
    credits = [b for b in article.bylines if photo and b.role == PHOTO_ROLE]
    people = [b for b in article.bylines if not (photo and b.role == PHOTO_ROLE)]
    lines = byline_lines(people, byline_em)
    add("署名", [Run(line, i > 0) for i, line in enumerate(lines)])
    # Pictures before the text: after body text a picture starts a photo item.
    pictures = [p for p in (_picture(name, data) for name, data in article.images) if p]
    blocks.extend(pictures)
    if photo and not pictures:
        # The photo item's own frame, where the picture goes; its caption and credit
        # stand under it instead of running on after the article before.
        blocks.append(Frame())
    for text in article.paragraphs:
        add("图片说明" if photo else "小标题" if is_subheading(text) else "稿件正文", [Run(text)])
    add("摄影署名", [Run(credit_text(credits))])
    return ArticleFlow(article.kind, _title(article), tuple(blocks))


def _title(article: LayoutArticle) -> str:
    for text in (article.headline, article.kicker, *article.paragraphs[:1]):
        if clean_text(text):
            return clean_text(text)
    return ""


def _picture(filename: str, data: bytes) -> Picture | None:
    """A picture whose header python-docx can read (PNG, JPEG, GIF, BMP, TIFF), else None."""
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
        width, height = image.px_width, image.px_height
        if width <= 0 or height <= 0:
            raise ValueError(f"{width}×{height} pixels")
    except Exception as exc:  # any bad picture data: the page matters more than it
        reason = str(exc) or "not a PNG, JPEG, GIF, BMP or TIFF picture"
        log.warning("picture %s left out of the page: %s", filename, reason)
        return None
    name = clean_text(os.path.basename(filename)) or image.filename
    return Picture(name, data, image.content_type, width, height)
