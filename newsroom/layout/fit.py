"""How long copy runs on a page: characters, column lines, and the page's capacity."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from newsroom.layout.model import LayoutArticle
from newsroom.layout.stylesheet import ParagraphStyle, StyleSheet

PT_PER_MM = 72 / 25.4


def _leading(style: ParagraphStyle) -> float:
    if style.line_exact_pt:
        return style.line_exact_pt
    return style.size_pt * 1.3 * (style.line_multiple or 1.0)  # single spacing of CJK fonts


def _lines(text: str, style: ParagraphStyle, width_pt: float) -> int:
    """Lines a paragraph takes: every character a full em, the first-line indent included."""
    per_line = max(1, math.floor(width_pt / style.size_pt))
    return max(1, math.ceil((len(text) + style.first_line_chars) / per_line))


@dataclass(frozen=True, slots=True)
class Fit:
    """A page's copy against its room, in body lines of one column."""

    chars: int
    lines: int
    capacity: int

    @property
    def ratio(self) -> float:
        return self.lines / self.capacity if self.capacity else 0.0

    @property
    def verdict(self) -> str:
        """``under`` below 85 %, ``over`` past 100 %, else ``fits``."""
        if self.ratio > 1.0:
            return "over"
        return "under" if self.ratio < 0.85 else "fits"


def article_lines(article: LayoutArticle, sheet: StyleSheet) -> int:
    """Body-line equivalents of one article: headlines span the page, body runs in a column."""
    body = sheet.style("稿件正文")
    column_pt = sheet.page.column_width_mm * PT_PER_MM
    page_pt = sheet.page.text_width_mm * PT_PER_MM
    body_leading = _leading(body)
    lines = 0.0
    columns = max(1, sheet.page.columns)
    for name, text in (
        ("引题", article.kicker),
        ("主题", article.headline),
        ("副题", article.subheadline),
    ):
        if text:
            style = sheet.style(name)
            height = _lines(text, style, page_pt) * _leading(style)
            height += style.space_before_pt + style.space_after_pt
            lines += height / body_leading * columns  # a headline takes its height in every column
    if article.bylines:
        lines += 1
    caption = sheet.style("图片说明") if article.kind == "photo" else body
    for paragraph in article.paragraphs:
        lines += _lines(paragraph, caption, column_pt)
    return math.ceil(lines)


def page_fit(articles: Iterable[LayoutArticle], sheet: StyleSheet) -> Fit:
    articles = list(articles)
    page = sheet.page
    text_height_pt = (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * PT_PER_MM
    per_column = math.floor(text_height_pt / _leading(sheet.style("稿件正文")))
    chars = sum(len(p) for a in articles for p in a.paragraphs)
    lines = sum(article_lines(a, sheet) for a in articles)
    return Fit(chars=chars, lines=lines, capacity=per_column * max(1, page.columns))
