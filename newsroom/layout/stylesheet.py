"""The layout style sheet: page set-up and paragraph styles, loaded from a TOML file."""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

__all__ = [
    "PAGE_SIZES",
    "STYLE_IDS",
    "STYLE_NAMES",
    "ZIHAO",
    "PageSetup",
    "ParagraphStyle",
    "StyleSheet",
    "StyleSheetError",
    "default_stylesheet",
    "load_stylesheet",
    "newsroom_stylesheet",
    "with_installed_fonts",
]

#: The paragraph styles layout staff map by name, in the order they are defined.
STYLE_NAMES: tuple[str, ...] = (
    "报眉",
    "引题",
    "主题",
    "副题",
    "署名",
    "稿件正文",
    "小标题",
    "图片说明",
    "摄影署名",
)
#: ASCII style ids (Word's own Chinese styles use ids like "a1"; any unique id is fine).
STYLE_IDS: dict[str, str] = {
    "报眉": "Baomei",
    "引题": "Yinti",
    "主题": "Zhuti",
    "副题": "Futi",
    "署名": "Shuming",
    "稿件正文": "Gaojian",
    "小标题": "Xiaobiaoti",
    "图片说明": "Tupianshuoming",
    "摄影署名": "Sheyingshuming",
}
#: Chinese type sizes (字号) in points.
ZIHAO: dict[str, float] = {
    "初号": 42,
    "小初": 36,
    "一号": 26,
    "小一": 24,
    "二号": 22,
    "小二": 18,
    "三号": 16,
    "小三": 15,
    "四号": 14,
    "小四": 12,
    "五号": 10.5,
    "小五": 9,
    "六号": 7.5,
    "小六": 6.5,
    "七号": 5.5,
    "八号": 5,
}
#: Page sizes (width, height) in millimetres, portrait.
PAGE_SIZES: dict[str, tuple[float, float]] = {"A3": (297, 420), "4开": (390, 543)}
_ALIGNMENTS = ("left", "center", "right", "justify")
_PAGE_KEYS = (
    "size",
    "margin_top_mm",
    "margin_bottom_mm",
    "margin_left_mm",
    "margin_right_mm",
    "header_mm",
    "columns",
    "column_gap_mm",
)
_STYLE_KEYS = (
    "east_asian",
    "latin",
    "size",
    "line_spacing",
    "first_line_chars",
    "space_before_pt",
    "space_after_pt",
    "align",
    "bold",
    "keep_with_next",
)


class StyleSheetError(ValueError):
    """A style sheet that cannot be used; the message is one line naming the file and key."""


@dataclass(frozen=True, slots=True)
class PageSetup:
    size: str
    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_mm: float
    columns: int
    column_gap_mm: float

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def column_width_mm(self) -> float:
        gaps = (self.columns - 1) * self.column_gap_mm
        return (self.text_width_mm - gaps) / self.columns


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    name: str
    east_asian: str
    latin: str
    size_pt: float
    line_multiple: float | None  # single spacing × this, or None with line_exact_pt
    line_exact_pt: float | None
    first_line_chars: float
    space_before_pt: float
    space_after_pt: float
    align: str
    bold: bool
    keep_with_next: bool

    @property
    def style_id(self) -> str:
        return STYLE_IDS[self.name]


@dataclass(frozen=True, slots=True)
class StyleSheet:
    """Hashable, so that what is built from a sheet can be cached per sheet."""

    source: str
    page: PageSetup
    styles: tuple[ParagraphStyle, ...]
    #: (font, its stand-ins in order): 宋体 → Noto Serif CJK SC, … for a machine without it.
    fallbacks: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def style(self, name: str) -> ParagraphStyle:
        for style in self.styles:
            if style.name == name:
                return style
        raise KeyError(name)


def with_installed_fonts(sheet: StyleSheet, families: Iterable[str] | None = None) -> StyleSheet:
    """The sheet with each font this machine lacks replaced by its first installed stand-in.

    ``families`` are the installed font families; None asks fontconfig, and where there is
    none (Windows, macOS) the sheet is used as written. Without this, LibreOffice gives 宋体,
    黑体 and 楷体 one and the same sans face and the page loses its hierarchy.
    """
    if families is None:
        from newsroom.layout.fonts import installed_families

        families = installed_families()
        if families is None:
            return sheet
    have = {f.casefold() for f in families}
    stand_ins = dict(sheet.fallbacks)

    def pick(font: str) -> str:
        if font.casefold() in have:
            return font
        return next((f for f in stand_ins.get(font, ()) if f.casefold() in have), font)

    styles = tuple(
        dataclasses.replace(s, east_asian=pick(s.east_asian), latin=pick(s.latin))
        for s in sheet.styles
    )
    return dataclasses.replace(sheet, styles=styles)


def load_stylesheet(path: str | os.PathLike[str] | None = None) -> StyleSheet:
    """Load and check a style sheet; None loads the one shipped with newsroom."""
    if path is None:
        return default_stylesheet()
    source = os.fspath(path)
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise StyleSheetError(f"{source}: cannot read the style sheet ({exc.strerror})") from None
    return _parse(data, source)


def newsroom_stylesheet(
    chosen: str | os.PathLike[str] | None = None,
    preference: str = "",
    *,
    installed_fonts: bool = True,
) -> StyleSheet:
    """The style sheet pages are written with, for the window and the command line alike:
    ``chosen`` (a file given for this export, such as ``--stylesheet``), else the
    newsroom's preference (``Settings.stylesheet``, 首选项 → 样式表), else the bundled one.

    With ``installed_fonts`` each font this machine lacks becomes its stand-in (for DOCX
    rendered here); web HTML passes False and names the sheet's own fonts, which the
    reader's machine may have, before the stand-ins. Raises StyleSheetError (one line
    naming the file and the key) for a sheet that cannot be used.
    """
    sheet = load_stylesheet(chosen or preference.strip() or None)
    return with_installed_fonts(sheet) if installed_fonts else sheet


@functools.cache
def default_stylesheet() -> StyleSheet:
    resource = importlib.resources.files("newsroom.resources") / "layout" / "stylesheet.toml"
    return _parse(resource.read_bytes(), "stylesheet.toml")


def _parse(data: bytes, source: str) -> StyleSheet:
    try:
        doc = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise StyleSheetError(f"{source}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise StyleSheetError(f"{source}: not valid TOML ({exc})") from None
    check = _Checker(source)
    check.keys(doc, "", ("page", "styles", "fallbacks"), optional=("fallbacks",))
    page_table = check.table(doc, "page")
    check.keys(page_table, "page", _PAGE_KEYS)
    size = check.text(page_table, "page.size")
    if size not in PAGE_SIZES:
        check.fail("page.size", f"unknown page size {size!r} (use {' or '.join(PAGE_SIZES)})")
    width, height = PAGE_SIZES[size]
    mm = {k: check.number(page_table, f"page.{k}", 0, 200) for k in _PAGE_KEYS[1:6]}
    columns = check.number(page_table, "page.columns", 1, 12)
    if columns != int(columns):
        check.fail("page.columns", f"must be a whole number, not {columns}")
    page = PageSetup(
        size,
        width,
        height,
        **mm,
        columns=int(columns),
        column_gap_mm=check.number(page_table, "page.column_gap_mm", 0, 50),
    )
    if page.column_width_mm < 20:
        check.fail("page.columns", "columns narrower than 20 mm: fewer columns or smaller margins")
    styles_table = check.table(doc, "styles")
    check.keys(styles_table, "styles", STYLE_NAMES)
    styles = tuple(_style(check, styles_table, name) for name in STYLE_NAMES)
    return StyleSheet(source, page, styles, _fallbacks(check, doc.get("fallbacks", {})))


def _fallbacks(check: _Checker, table: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(table, dict):
        check.fail("fallbacks", "must be a table")
    out = []
    for font, stand_ins in table.items():
        key = f"fallbacks.{font}"
        if isinstance(stand_ins, str):
            stand_ins = [stand_ins]
        if not isinstance(stand_ins, list) or not all(
            isinstance(s, str) and s.strip() for s in stand_ins
        ):
            check.fail(key, "must be a font name or a list of font names")
        out.append((font.strip(), tuple(s.strip() for s in stand_ins)))
    return tuple(out)


def _style(check: _Checker, styles: dict[str, Any], name: str) -> ParagraphStyle:
    key = f"styles.{name}"
    table = check.table(styles, name, key)
    check.keys(table, key, _STYLE_KEYS)
    size = table["size"]
    if isinstance(size, str):
        if size not in ZIHAO:
            check.fail(f"{key}.size", f"unknown 字号 {size!r} (e.g. 小五, 五号, 小四, 二号)")
        size_pt = ZIHAO[size]
    else:
        size_pt = check.number(table, f"{key}.size", 4, 100)
    spacing = table["line_spacing"]
    multiple = exact = None
    if isinstance(spacing, str):
        text = spacing.strip().removesuffix("pt").strip()
        try:
            exact = float(text)
        except ValueError:
            exact = 0.0
        if not spacing.strip().endswith("pt") or not 4 <= exact <= 200:
            check.fail(f"{key}.line_spacing", f"{spacing!r}: use a multiple or points, e.g. '13pt'")
    else:
        multiple = check.number(table, f"{key}.line_spacing", 0.5, 5)
    align = check.text(table, f"{key}.align")
    if align not in _ALIGNMENTS:
        check.fail(f"{key}.align", f"{align!r}: use one of {', '.join(_ALIGNMENTS)}")
    return ParagraphStyle(
        name=name,
        east_asian=check.text(table, f"{key}.east_asian"),
        latin=check.text(table, f"{key}.latin"),
        size_pt=size_pt,
        line_multiple=multiple,
        line_exact_pt=exact,
        first_line_chars=check.number(table, f"{key}.first_line_chars", 0, 10),
        space_before_pt=check.number(table, f"{key}.space_before_pt", 0, 200),
        space_after_pt=check.number(table, f"{key}.space_after_pt", 0, 200),
        align=align,
        bold=check.flag(table, f"{key}.bold"),
        keep_with_next=check.flag(table, f"{key}.keep_with_next"),
    )


class _Checker:
    """Type checks that fail with one line naming the file and the dotted key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> NoReturn:
        raise StyleSheetError(f"{self.source}: {key}: {problem}")

    def keys(
        self,
        table: dict[str, Any],
        where: str,
        expected: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> None:
        prefix = f"{where}." if where else ""
        for name in table:
            if name not in expected:
                self.fail(f"{prefix}{name}", f"unknown key (expected {', '.join(expected)})")
        for name in expected:
            if name not in table and name not in optional:
                self.fail(f"{prefix}{name}", "missing")

    def table(self, table: dict[str, Any], name: str, key: str = "") -> dict[str, Any]:
        value = table[name]
        if not isinstance(value, dict):
            self.fail(key or name, "must be a table")
        return value

    def text(self, table: dict[str, Any], key: str) -> str:
        value = table[key.rsplit(".", 1)[-1]]
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"must be a non-empty string, not {value!r}")
        return value.strip()

    def number(self, table: dict[str, Any], key: str, low: float, high: float) -> float:
        value = table[key.rsplit(".", 1)[-1]]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, not {value!r}")
        if not low <= value <= high:
            self.fail(key, f"{value} is out of range ({low}–{high})")
        return float(value)

    def flag(self, table: dict[str, Any], key: str) -> bool:
        value = table[key.rsplit(".", 1)[-1]]
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, not {value!r}")
        return value
