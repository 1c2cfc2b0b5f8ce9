"""The 审校签字单 of a page: one A4 form listing every article of the page with its three
reviews (初审, 复审, 终审) and 签发, its three proofreading passes (一校, 二校, 三校), each with
the name and time, and the findings the last pass left open — the record a paper files.

Written in the newsroom's paragraph styles (the 校对单's form styles, proof_sheet.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from docx.shared import Mm
from lxml import etree

from newsroom.layout._ooxml import W
from newsroom.layout.proof_sheet import CELL_STYLE, HEAD_CELL_STYLE, TABLE_STYLE, _Sheet
from newsroom.layout.stylesheet import StyleSheet, default_stylesheet
from newsroom.safe_write import write_file

Signed = tuple[str, dt.datetime] | None
#: Column headings and widths (mm) of the form, 170 mm across an A4 page.
COLUMNS = (
    ("稿件", 33), ("初审", 16), ("复审", 16), ("终审", 16), ("签发", 16),
    ("一校", 16), ("二校", 16), ("三校", 16), ("未决", 11),
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class SignRow:
    article_id: int
    headline: str
    reviews: list[Signed]  # 初审, 复审, 终审, 签发
    passes: list[tuple[str, dt.datetime]]  # 一校, 二校, 三校 as recorded
    open_findings: int | None  # left open by the last pass; None: not proofread yet


@dataclasses.dataclass(frozen=True)
class SignSheet:
    paper: str
    date: dt.date
    page: int
    label: str
    rows: list[SignRow]


def _cell(signed: Signed) -> str:
    if signed is None:
        return ""
    name, at = signed
    return f"{name}\n{at:%m-%d %H:%M}"


def write_sign_sheet(path: str | Path, form: SignSheet, stylesheet: StyleSheet | None = None):
    """Write the form as DOCX (through newsroom.safe_write)."""
    from newsroom.layout.stylesheet import with_installed_fonts

    sheet = stylesheet or with_installed_fonts(default_stylesheet())
    out = _Sheet(sheet, "审校")
    out.paragraph("主题", "审校签字单")
    page = f"第{form.page}版" + (f"（{form.label}）" if form.label else "")
    day = form.date
    out.paragraph("副题", f"{form.paper}　{day.year}年{day.month}月{day.day}日　{page}")
    out.paragraph("署名", f"本版稿件 {len(form.rows)} 篇；三审三校签字备案")
    table = out.doc.add_table(rows=1 + len(form.rows), cols=len(COLUMNS))
    table.style = TABLE_STYLE
    table.autofit = False
    for column, (_, width) in zip(table.columns, COLUMNS, strict=True):
        column.width = Mm(width)
    values = [[label for label, _ in COLUMNS]]
    for row in form.rows:
        passes: list[Signed] = [*row.passes, None, None, None][:3]
        open_text = "—" if row.open_findings is None else str(row.open_findings)
        values.append(
            [f"#{row.article_id} {row.headline}", *map(_cell, row.reviews),
             *map(_cell, passes), open_text]
        )  # fmt: skip
    for r, cells in enumerate(values):
        tr = table.rows[r]
        if r == 0:
            tr._tr.get_or_add_trPr().append(etree.Element(f"{W}tblHeader"))
        for cell, text, (_, width) in zip(tr.cells, cells, COLUMNS, strict=True):
            cell.width = Mm(width)
            style = HEAD_CELL_STYLE if r == 0 else CELL_STYLE
            first, *more = text.split("\n")
            cell.paragraphs[0].style = style
            out.text(cell.paragraphs[0], style, first)
            for line in more:
                out.paragraph_in(cell, style, line)
    out.paragraph("小标题", "值班主任（签字）：　　　　　　　　日期：")
    write_file(path, out.doc.save)
