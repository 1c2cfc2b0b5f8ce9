"""The correspondent report and the pay sheet as XLSX (openpyxl) and CSV files.

Plain values in (``store.report.Figures``, ``store.pay.PayLine``), bytes out to a stream.
Names and headlines come from copy: a text that a spreadsheet would take for a formula
(=, +, -, @) is written as text, and characters XLSX cannot hold are dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import BinaryIO

PEOPLE_HEADER = (
    "姓名", "单位", "角色", "来稿", "退稿", "用稿", "用稿(按份额)", "用稿字数", "字数(按份额)",
    "图片", "一版", "头条",
)  # fmt: skip
UNIT_HEADER = (
    "单位", "人数", "来稿", "退稿", "用稿", "图片", "字数(按份额)", "一版", "头条", "考核",
    "完成",
)  # fmt: skip
PAY_HEADER = (
    "月份", "姓名", "单位", "角色", "用稿", "图片", "字数", "应得(元)", "月封顶(元)",
    "实发(元)", "未定价",
)  # fmt: skip
ITEM_HEADER = ("", "稿件ID", "标题", "类型", "日期", "版", "序", "字数", "份额", "稿酬(元)")

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unit_label(unit: str) -> str:
    return unit or "（未填单位）"


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _csv_cell(value):
    if isinstance(value, str):
        value = _text(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value


def yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def people_rows(people) -> list[tuple]:
    return [
        (
            p.name, unit_label(p.unit), p.role, p.submitted, p.returned, p.used,
            round(p.used_share, 2), p.chars, round(p.chars_share), p.photos, p.front_page, p.lead,
        )
        for p in people
    ]  # fmt: skip


def met_label(met: bool | None) -> str:
    return "" if met is None else ("达标" if met else "未达标")


def unit_rows(units) -> list[tuple]:
    return [
        (
            unit_label(u.unit), u.people, u.submitted, u.returned, u.used, u.photos,
            round(u.chars_share), u.front_page, u.lead,
            "" if u.quota is None else u.quota, met_label(u.quota_met),
        )
        for u in units
    ]  # fmt: skip


def pay_rows(lines) -> list[tuple]:
    return [
        (
            x.month, x.name, unit_label(x.unit), x.role, x.pieces, x.photos, x.chars,
            yuan(x.earned), yuan(x.cap), yuan(x.amount), x.unpriced,
        )
        for x in lines
    ]  # fmt: skip


def _workbook():
    from openpyxl import Workbook

    return Workbook(write_only=True)


def _sheet(
    book, title: str, header: Iterable, rows: Iterable[tuple], money: set[int] = frozenset()
):
    sheet = book.create_sheet(title=title[:31])
    _header(sheet, header)
    for row in rows:
        sheet.append([_cell(sheet, v, money=i in money) for i, v in enumerate(row)])
    return sheet


def _header(sheet, header: Iterable) -> None:
    from openpyxl.styles import Font

    bold = Font(bold=True)
    sheet.append([_cell(sheet, h, font=bold) for h in header])


def _cell(sheet, value, *, font=None, money: bool = False):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = _text(value)
        if font is None and not value.startswith("="):
            return value  # a plain value: openpyxl writes it fastest
    elif font is None and not (money and isinstance(value, float)):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"  # copy is never a formula
    if font is not None:
        cell.font = font
    if money and isinstance(value, float):
        cell.number_format = "0.00"
    return cell


def write_people_xlsx(stream: BinaryIO, people, units, title: str) -> None:
    """Sheets 人员 (per person and role), 单位 (per unit, with 考核) and 未达标单位."""
    book = _workbook()
    _sheet(book, "人员", PEOPLE_HEADER, people_rows(people))
    _sheet(book, "单位", UNIT_HEADER, unit_rows(units))
    behind = sorted(  # furthest behind first, as `report units --behind`
        (u for u in units if u.quota_met is False),
        key=lambda u: (u.used + u.photos - (u.quota or 0), u.unit),
    )
    _sheet(book, "未达标单位", UNIT_HEADER, unit_rows(behind))
    book.properties.title = title
    book.save(stream)


def write_people_csv(stream: BinaryIO, people) -> None:
    _write_csv(stream, PEOPLE_HEADER, people_rows(people))


def _write_csv(stream: BinaryIO, header, rows) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    # With a BOM: Excel on a Chinese desktop then reads it as UTF-8, not GBK.
    stream.write(text.getvalue().encode("utf-8-sig"))


_PAY_MONEY = {7, 8, 9}


def write_pay_xlsx(stream: BinaryIO, lines, title: str) -> None:
    """汇总: a row per person and role, a column per month, the total; then a sheet per
    month: each line, the pieces behind it under it, and the month's total."""
    book = _workbook()
    months = sorted({x.month for x in lines})
    people: dict[tuple, dict[str, int]] = {}
    for x in lines:
        people.setdefault((x.name, x.unit, x.role), {})[x.month] = x.amount
    summary = [
        (
            name,
            unit_label(unit),
            role,
            *[yuan(by.get(m, 0)) for m in months],
            yuan(sum(by.values())),
        )
        for (name, unit, role), by in sorted(people.items())
    ]
    total = sum(x.amount for x in lines)
    summary.append(("合计", "", "", *[yuan(_month_total(lines, m)) for m in months], yuan(total)))
    money = set(range(3, 4 + len(months)))
    _sheet(book, "汇总", ("姓名", "单位", "角色", *months, "合计(元)"), summary, money)
    for month in months:
        rows: list[tuple] = []
        for x in (x for x in lines if x.month == month):
            rows.append(pay_rows([x])[0])
            rows += [
                (
                    "", a.article_id, a.headline, "图片" if a.kind == "photo" else "稿件",
                    a.date.isoformat() if a.date else "", a.page or "", a.position or "",
                    a.chars, round(a.share, 4), yuan(a.amount),
                )
                for a in x.articles
            ]  # fmt: skip
        rows.append(("合计", "", "", "", "", "", "", "", "", yuan(_month_total(lines, month))))
        sheet = _sheet(book, month, PAY_HEADER, [])
        _header(sheet, ITEM_HEADER)  # the pieces under each line
        for row in rows:
            if row[0] == "":  # a piece behind the line: plain values
                sheet.append([_cell(sheet, v) for v in row])
                continue
            money_at = {9} if row[0] == "合计" else _PAY_MONEY
            sheet.append([_cell(sheet, v, money=i in money_at) for i, v in enumerate(row)])
    book.properties.title = title
    book.save(stream)


def _month_total(lines, month: str) -> int:
    return sum(x.amount for x in lines if x.month == month)


def write_pay_csv(stream: BinaryIO, lines) -> None:
    """A row per line (person, role, month) and a total row."""
    rows = pay_rows(lines)
    rows.append(("合计", "", "", "", "", "", "", "", "", yuan(sum(x.amount for x in lines)), ""))
    _write_csv(stream, PAY_HEADER, rows)
