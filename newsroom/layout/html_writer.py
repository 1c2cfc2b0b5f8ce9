"""Web HTML of pages for the paper's website and the 公众号 editor: a second writer of blocks.

One self-contained ``.html`` per article (``2025-04-01-01-03.html``: date, 版次, item) and
an ``index.html`` per edition listing them page by page. Paragraphs carry the style
sheet's names as classes (``<p class="稿件正文">``), so the website styles them by the same
names layout staff map; every paragraph also carries its style inline, because the
WeChat editor keeps inline styles and drops classes and ``<style>`` when copy is pasted.
No scripts, no external resources: pictures are embedded as data: URIs, or written beside
the page and linked. The markup is also well-formed XML (polyglot), so a strict parser
reads it.

The text is the DOCX's: both writers read the same flow of blocks (newsroom.layout.blocks).
A byline's line breaks, which fit a printed column, become spaces: a web page wraps it.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from typing import Literal

from newsroom.layout.blocks import ArticleFlow, Frame, PageFlow, Paragraph, Picture, page_flow
from newsroom.layout.model import LayoutPage
from newsroom.layout.stylesheet import StyleSheet, default_stylesheet
from newsroom.safe_write import write_file

__all__ = ["INDEX_NAME", "PictureMode", "article_filename", "stylesheet_css", "write_html"]

PictureMode = Literal["embed", "beside"]
#: The edition's table of contents in the output folder.
INDEX_NAME = "index.html"
#: Marks a folder's index as written here: an existing folder is replaced only if it has it.
GENERATOR = "Newsroom desk"
#: The body text's size on screen; the other styles keep their proportion to it.
_BODY_PX = 16.0
#: Word's single line spacing for a CJK face is about 1.3 times the font size.
_SINGLE_LINE = 1.3
_SANS_RE = re.compile(r"黑|hei|sans|gothic|yahei", re.IGNORECASE)
_FONT_UNSAFE_RE = re.compile(r"[^\w .\-]")
_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/tiff": "tif",
}
_PAGE_CSS = (
    "body{margin:0 auto;max-width:42em;padding:1em 1.2em;background:#fff;color:#111}"
    "img{max-width:100%;height:auto}"
    "nav{margin:2em 0 0;font-size:14px}"
    "ul.目录{padding-left:1.2em;line-height:1.8}"
)


def article_filename(flow: PageFlow, index: int) -> str:
    """``2025-04-01-01-03.html``: the page's date and 版次, then the item's place, so names sort."""
    return f"{flow.date:%Y-%m-%d}-{flow.number:02d}-{index:02d}.html"


def stylesheet_css(sheet: StyleSheet) -> dict[str, str]:
    """Style name → CSS declarations for it, from the style sheet: fonts (the sheet's own,
    then its stand-ins, then a generic family), sizes in proportion to a 16 px body, line
    spacing, first-line indent, spacing, alignment and weight."""
    scale = _BODY_PX / sheet.style("稿件正文").size_pt
    stand_ins = dict(sheet.fallbacks)
    css: dict[str, str] = {}
    for style in sheet.styles:
        fonts: list[str] = []
        for font in (style.east_asian, *stand_ins.get(style.east_asian, ()), style.latin):
            safe = _FONT_UNSAFE_RE.sub("", font).strip()
            if safe and f"'{safe}'" not in fonts:
                fonts.append(f"'{safe}'")
        fonts.append("sans-serif" if _SANS_RE.search(style.east_asian) else "serif")
        size = style.size_pt * scale
        if style.line_exact_pt is not None:
            line = f"{style.line_exact_pt * scale:.1f}px"
        else:
            line = f"{(style.line_multiple or 1) * _SINGLE_LINE:.2f}"
        parts = [
            f"font-family:{','.join(fonts)}",
            f"font-size:{size:.1f}px",
            f"line-height:{line}",
            f"text-indent:{style.first_line_chars:g}em",
            f"margin:{style.space_before_pt * scale:.1f}px 0 {style.space_after_pt * scale:.1f}px",
            f"text-align:{style.align}",
            f"font-weight:{'bold' if style.bold else 'normal'}",
        ]
        if style.name == "报眉":
            parts.append("border-bottom:1px solid #111;padding-bottom:2px")
        css[style.name] = ";".join(parts)
    return css


def write_html(
    pages: Iterable[LayoutPage],
    folder: str | os.PathLike[str],
    *,
    stylesheet: StyleSheet | None = None,
    pictures: PictureMode = "embed",
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write each article of `pages` as its own .html into `folder` (created if needed),
    and the edition's index.html; with ``pictures="beside"`` the pictures are files
    beside the pages instead of data: URIs. Returns the files written, index last.

    Two pages with the same date and 版次 raise ValueError before anything is written.
    progress(done, total) is called before the first page and after each one.
    """
    sheet = stylesheet or default_stylesheet()
    # One column's worth of byline is irrelevant on the web: the galley's flow is used.
    flows = [page_flow(page, sheet, galley=True) for page in pages]
    keys = [(flow.date, flow.number) for flow in flows]
    if len(set(keys)) != len(keys):
        date, number = next(key for key in keys if keys.count(key) > 1)
        raise ValueError(f"two pages would both be written as {date:%Y-%m-%d}-{number:02d}-*.html")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    writer = _Writer(stylesheet_css(sheet), pictures)
    written: list[Path] = []
    if progress:
        progress(0, len(flows))
    for done, flow in enumerate(flows, 1):
        for k, article in enumerate(flow.articles, 1):
            name = article_filename(flow, k)
            text, files = writer.article(flow, article, name)
            for file_name, data in files:
                written.append(_write(folder / file_name, data))
            written.append(_write(folder / name, text.encode("utf-8")))
        if progress:
            progress(done, len(flows))
    written.append(_write(folder / INDEX_NAME, writer.index(flows).encode("utf-8")))
    return written


def _write(path: Path, data: bytes) -> Path:
    write_file(path, lambda stream: stream.write(data))
    return path


class _Writer:
    """Turns blocks into markup with one style sheet's CSS and one way of showing pictures."""

    def __init__(self, css: dict[str, str], pictures: PictureMode) -> None:
        self.css, self.pictures = css, pictures

    def document(self, title: str, body: list[str]) -> str:
        rules = "".join(f".{name}{{{decls}}}" for name, decls in self.css.items())
        return "\n".join(
            [
                "<!DOCTYPE html>",
                '<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">',
                "<head>",
                '<meta charset="utf-8" />',
                '<meta name="viewport" content="width=device-width, initial-scale=1" />',
                f'<meta name="generator" content="{GENERATOR}" />',
                f"<title>{escape(title)}</title>",
                f"<style>{_PAGE_CSS}{rules}</style>",
                "</head>",
                "<body>",
                *body,
                "</body>",
                "</html>",
                "",
            ]
        )

    def p(self, style: str, content: str, extra_css: str = "") -> str:
        css = self.css[style] + extra_css
        return f'<p class="{style}" style="{escape(css)}">{content}</p>'

    def head(self, flow: PageFlow) -> list[str]:
        return [self.p("报眉", escape(flow.running_head))] if flow.running_head else []

    def article(
        self, flow: PageFlow, article: ArticleFlow, name: str
    ) -> tuple[str, list[tuple[str, bytes]]]:
        """The article's page and the picture files to write beside it (none if embedded)."""
        body = [*self.head(flow), "<article>"]
        files: list[tuple[str, bytes]] = []
        for block in article.blocks:
            match block:
                case Paragraph():
                    # A byline's next line on a printed column: a space on a web page.
                    text = " ".join(escape(run.text) for run in block.runs)
                    body.append(self.p(block.style, text))
                case Picture():
                    src = self.picture_src(block, f"{name[:-5]}-{len(files) + 1}", files)
                    img = (
                        f'<img src="{escape(src)}" alt="{escape(block.name)}" '
                        f'width="{block.width_px}" height="{block.height_px}" />'
                    )
                    body.append(self.p(block.style, img, ";text-indent:0;text-align:center"))
                case Frame():
                    pass  # a picture still to come: a web page shows the caption alone
        body.append("</article>")
        body.append(f'<nav><a href="{INDEX_NAME}">本期目录</a></nav>')
        title = " · ".join(t for t in (article.title, flow.paper_name.strip()) if t)
        return self.document(title, body), files

    def picture_src(self, picture: Picture, stem: str, files: list[tuple[str, bytes]]) -> str:
        if self.pictures == "embed":
            data = base64.b64encode(picture.data).decode("ascii")
            return f"data:{picture.content_type};base64,{data}"
        file_name = f"{stem}.{_EXTENSIONS.get(picture.content_type, 'img')}"
        files.append((file_name, picture.data))
        return file_name

    def index(self, flows: list[PageFlow]) -> str:
        """Every page's 报眉, then links to its items by title."""
        body: list[str] = []
        for flow in flows:
            body.extend(self.head(flow))
            body.append('<ul class="目录">')
            for k, article in enumerate(flow.articles, 1):
                href = article_filename(flow, k)
                label = escape(article.title or f"第{k}篇")
                body.append(f'<li><a href="{href}">{label}</a></li>')
            body.append("</ul>")
        first = flows[0] if flows else None
        title = (
            f"{first.paper_name.strip()} {first.date.year}年{first.date.month}月{first.date.day}日"
            if first
            else GENERATOR
        )
        return self.document(title, body)
