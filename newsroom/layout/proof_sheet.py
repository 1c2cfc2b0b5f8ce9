"""The 校对单: a printed form of an article's proofreading, with each finding a Word comment.

On paper it reads as a form: a heading (校对单, the article's headline, the date, the
proofreader), the findings as a numbered table (where, what, suggestion, rule) and the
article's text with each finding underlined and numbered as in the table, all in the
newsroom's paragraph styles on an A4 page. In Word each finding is a comment as well.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Mm
from lxml import etree

from newsroom.layout._ooxml import _XML_ILLEGAL_RE, W_NS, W, _quote_pieces, quote_styles
from newsroom.layout.docx_writer import _template
from newsroom.layout.stylesheet import STYLE_IDS, StyleSheet, default_stylesheet
from newsroom.proofing.model import CATEGORIES
from newsroom.safe_write import write_file

FIELD_LABELS = {"kicker": "引题", "headline": "主题", "subheadline": "副题"}
#: The styles of the form itself, beside the newsroom's: table text, its header row, the
#: underline of a finding's words and the number after them, and the table.
CELL_STYLE, HEAD_CELL_STYLE = "校对单表格", "校对单表头"
SPAN_STYLE, MARK_STYLE, TABLE_STYLE = "校对标记", "校对标号", "校对单表"
_IDS = {
    CELL_STYLE: "Jiaoduidanbiaoge",
    HEAD_CELL_STYLE: "Jiaoduidanbiaotou",
    SPAN_STYLE: "Jiaoduibiaoji",
    MARK_STYLE: "Jiaoduibiaohao",
    TABLE_STYLE: "Jiaoduidanbiao",
}
_COLUMNS = (("序号", 10), ("位置", 20), ("问题", 64), ("建议", 28), ("规则", 48))  # mm
_A4 = {"size": "A4", "width_mm": 210.0, "height_mm": 297.0, "columns": 1, "header_mm": 10.0}
_A4 |= {f"margin_{side}_mm": 20.0 for side in ("top", "bottom", "left", "right")}


@dataclasses.dataclass(frozen=True, slots=True)
class _Entry:
    """One numbered finding: where it is (field, paragraph) and its offsets there."""

    number: int
    field: str
    paragraph: int  # 1-based within the body; 0 for the headline fields
    start: int
    end: int
    finding: Any


def _confidence(finding: Any) -> float:
    return getattr(finding, "confidence", 1.0)


def _fix(finding: Any) -> str:
    return f"“{finding.suggestion}”" if finding.suggestion else "删除"


def _sure(finding: Any) -> str:
    return f"把握 {round(_confidence(finding) * 100)}%" if _confidence(finding) < 1.0 else ""


def _comment_text(finding: Any) -> str:
    sure = f"，{_sure(finding)}" if _sure(finding) else ""
    return f"{finding.message}（建议：{_fix(finding)}{sure}）"


def _where(entry: _Entry) -> str:
    if entry.field == "body":
        return f"正文第{entry.paragraph}段"
    return FIELD_LABELS.get(entry.field, entry.field)


def _rule(finding: Any) -> str:
    category = CATEGORIES.get(getattr(finding, "category", ""), "")
    rule = getattr(finding, "rule", "")
    return "\n".join(part for part in (category, rule) if part)


def _entries(
    fields: Mapping[str, str], findings: Sequence[tuple[str, Any]]
) -> tuple[list[_Entry], list[str]]:
    """The findings numbered in reading order, and the body's paragraphs.

    A body finding's offsets run over the whole body, paragraphs parted by newlines; one
    that runs past its paragraph's end is marked up to that end. Stale findings (offsets
    outside their text) are left out: their number would point at the wrong words.
    """
    body = fields.get("body", "")
    lines = body.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    located: list[tuple[tuple[int, int, int, int], str, int, int, int, Any]] = []
    order = {"kicker": 0, "headline": 1, "subheadline": 2, "body": 3}
    for field, finding in findings:
        text = fields.get(field, "")
        if field not in order or not text or not 0 <= finding.start <= finding.end <= len(text):
            continue
        if field != "body":
            key = (order[field], 0, finding.start, finding.end)
            located.append((key, field, 0, finding.start, finding.end, finding))
            continue
        index = max(i for i, s in enumerate(starts) if s <= finding.start)
        line = lines[index]
        start = finding.start - starts[index]
        end = min(finding.end - starts[index], len(line))
        if not line.strip():
            continue  # on a paragraph break or an empty line: nothing printed to mark
        key = (3, index, start, end)
        located.append((key, field, index, start, end, finding))
    located.sort(key=lambda item: item[0])
    paragraphs_before = _printed_numbers(lines)
    entries = [
        _Entry(n, field, paragraphs_before[index] if field == "body" else 0, start, end, f)
        for n, (_, field, index, start, end, f) in enumerate(located, 1)
    ]
    return entries, lines


def _printed_numbers(lines: list[str]) -> list[int]:
    """For each line of the body, its number among the printed (non-empty) paragraphs."""
    out, count = [], 0
    for line in lines:
        count += bool(line.strip())
        out.append(count)
    return out


def _extra_styles(sheet: StyleSheet) -> list[str]:
    body_id, ns = STYLE_IDS["稿件正文"], f'xmlns:w="{W_NS}"'
    rule = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(
        rule.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    red = '<w:color w:val="C00000"/>'
    size = round(sheet.style("稿件正文").size_pt * 2)
    return [
        f'<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="{_IDS[CELL_STYLE]}">'
        f'<w:name w:val="{CELL_STYLE}"/><w:basedOn w:val="{body_id}"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
        "</w:style>",
        f'<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="{_IDS[HEAD_CELL_STYLE]}">'
        f'<w:name w:val="{HEAD_CELL_STYLE}"/><w:basedOn w:val="{_IDS[CELL_STYLE]}"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
        "<w:rPr><w:b/><w:bCs/></w:rPr></w:style>",
        f'<w:style {ns} w:type="character" w:customStyle="1" w:styleId="{_IDS[SPAN_STYLE]}">'
        f'<w:name w:val="{SPAN_STYLE}"/><w:rPr>{red}<w:u w:val="wave" w:color="C00000"/>'
        "</w:rPr></w:style>",
        f'<w:style {ns} w:type="character" w:customStyle="1" w:styleId="{_IDS[MARK_STYLE]}">'
        f'<w:name w:val="{MARK_STYLE}"/><w:rPr><w:b/><w:bCs/>{red}'
        f'<w:sz w:val="{size}"/><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
        f'<w:style {ns} w:type="table" w:customStyle="1" w:styleId="{_IDS[TABLE_STYLE]}">'
        f'<w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/>'
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>"
        '<w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
    ]


class _Sheet:
    def __init__(self, sheet: StyleSheet, author: str) -> None:
        page = dataclasses.replace(sheet.page, **_A4)
        self.sheet = dataclasses.replace(sheet, page=page)
        self.doc = Document(io.BytesIO(_template(self.sheet, True)))
        styles = self.doc.styles.element
        for xml in _extra_styles(self.sheet):
            styles.append(parse_xml(xml))
        fonts = {s.name: s.east_asian for s in self.sheet.styles}
        quotes = quote_styles(self.sheet)
        self.quote_style = {name: quotes[font][0] for name, font in fonts.items()}
        self.author = author
        # The page's running head would print an empty ruled line over the form.
        head = self.doc.sections[0].header.paragraphs[0]._p
        head.remove(head.pPr)

    def paragraph(self, style: str, text: str = ""):
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            self.text(paragraph, style, text)
        return paragraph

    def text(self, paragraph, style: str, text: str) -> None:
        """Plain runs; a CJK quotation mark after Latin text gets the East Asian font."""
        quote = self.quote_style.get(style, "")
        for piece, is_quote in _quote_pieces(text) if quote else [(text, False)]:
            run = paragraph.add_run(_XML_ILLEGAL_RE.sub("", piece))
            if is_quote:
                rpr = run._r.get_or_add_rPr()
                rpr.insert(0, parse_xml(f'<w:rStyle xmlns:w="{W_NS}" w:val="{quote}"/>'))

    def marked(self, style: str, text: str, entries: list[_Entry]) -> None:
        """A paragraph of the article: each finding's words underlined, its number after
        them, and a Word comment over both. A finding overlapping the one before gets its
        number beside that one's."""
        paragraph = self.paragraph(style)
        position = 0
        for entry in entries:
            if entry.start < position:
                self._mark(paragraph, entry, [])
                continue
            if entry.start > position:
                self.text(paragraph, style, text[position : entry.start])
            words = text[entry.start : entry.end]
            span = [paragraph.add_run(_XML_ILLEGAL_RE.sub("", words), SPAN_STYLE)] if words else []
            self._mark(paragraph, entry, span)
            position = entry.end
        if position < len(text):
            self.text(paragraph, style, text[position:])

    def _mark(self, paragraph, entry: _Entry, span: list) -> None:
        mark = paragraph.add_run(f"[{entry.number}]", MARK_STYLE)
        initials = self.author[:2]
        text = _comment_text(entry.finding)
        self.doc.add_comment([*span, mark], text=text, author=self.author, initials=initials)

    def table(self, entries: list[_Entry]) -> None:
        table = self.doc.add_table(rows=1 + len(entries), cols=len(_COLUMNS))
        table.style = TABLE_STYLE
        table.autofit = False
        for column, (_, width) in zip(table.columns, _COLUMNS, strict=True):
            column.width = Mm(width)
        rows = [[label for label, _ in _COLUMNS]]
        for e in entries:
            f = e.finding
            suggestion = "\n".join(part for part in (_fix(f), _sure(f)) if part)
            rows.append([str(e.number), _where(e), f.message, suggestion, _rule(f)])
        for r, values in enumerate(rows):
            row = table.rows[r]
            if r == 0:  # the header row repeats on every page the table runs over
                row._tr.get_or_add_trPr().append(etree.Element(f"{W}tblHeader"))
            for cell, value, (_, width) in zip(row.cells, values, _COLUMNS, strict=True):
                cell.width = Mm(width)
                style = HEAD_CELL_STYLE if r == 0 else CELL_STYLE
                first, *more = value.split("\n")
                cell.paragraphs[0].style = style
                self.text(cell.paragraphs[0], style, first)
                for line in more:
                    self.paragraph_in(cell, style, line)

    def paragraph_in(self, cell, style: str, text: str) -> None:
        self.text(cell.add_paragraph(style=style), style, text)


def write_proof_sheet(
    path: str | Path,
    fields: Mapping[str, str],
    findings: Sequence[tuple[str, Any]],
    *,
    author: str = "校对",
    date: datetime.date | None = None,
    stylesheet: StyleSheet | None = None,
) -> None:
    """Write the 校对单 of an article (fields kicker/headline/subheadline/body).

    ``findings`` are (field, finding) pairs with offsets into that field's text; in the
    body, offsets run over the whole body text, paragraphs separated by newlines.
    ``author`` is the proofreader, named in the heading and on the comments; ``date`` is
    the day of the proofreading (today). Written through newsroom.safe_write.
    """
    from newsroom.layout.stylesheet import with_installed_fonts

    sheet = stylesheet or with_installed_fonts(default_stylesheet())
    out = _Sheet(sheet, author)
    entries, lines = _entries(fields, findings)
    day = date or datetime.date.today()
    out.paragraph("主题", "校对单")
    out.paragraph("副题", fields.get("headline", "") or "（无标题）")
    count = f"共 {len(entries)} 处" if entries else "未发现问题"
    out.paragraph("署名", f"日期：{day.year}年{day.month}月{day.day}日　校对：{author}　{count}")
    if entries:
        out.paragraph("小标题", "校对意见")
        out.table(entries)
    out.paragraph("小标题", "稿件原文（方括号内为上表序号）" if entries else "稿件原文")
    for field in ("kicker", "headline", "subheadline"):
        text = fields.get(field, "")
        if text:
            mine = [e for e in entries if e.field == field]
            out.marked(FIELD_LABELS[field], text, mine)
    numbers = _printed_numbers(lines)
    for index, line in enumerate(lines):
        if line.strip():
            mine = [e for e in entries if e.field == "body" and e.paragraph == numbers[index]]
            out.marked("稿件正文", line, mine)
    write_file(path, out.doc.save)
