"""The report page: opened from the 稿件 menu, sortable tables, the unit chart, the pay tab
only for who may see amounts, and its XLSX export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from newsroom.store import pay, report
from newsroom.store.db import transaction
from newsroom.ui.report_page import ReportDialog
from tests.ui.helpers import open_window


@pytest.fixture
def window(qtbot, db_path, seed_path):
    return open_window(qtbot, db_path, seed=seed_path)


def page(qtbot, window) -> ReportDialog:
    dialog = ReportDialog(window.desk, parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=30000)
    return dialog


def column(view, number: int) -> list:
    model = view.model()
    return [model.index(r, number).data() for r in range(model.rowCount())]


def test_the_menu_opens_the_page_with_the_seeds_figures(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.report_action in window.article_menu.actions()
    window.report_action.trigger()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=30000)
    with transaction(window.desk.engine) as session:
        expected = {f.name: f.used for f in report.people_report(session)}
    names, used = column(dialog.people_table, 0), column(dialog.people_table, 5)
    assert dict(zip(names, used, strict=True)) == expected
    assert dialog.start.date().toString("yyyy-MM-dd") == "2025-04-01"
    # Sorting by 用稿 puts the most used first, as numbers, not text.
    dialog.people_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert column(dialog.people_table, 5) == sorted(expected.values(), reverse=True)


def test_units_and_their_quota_show_in_the_table_and_the_chart(qtbot, window, tmp_path, dialogs):
    with transaction(window.desk.engine) as session:
        report.set_quota(session, "河西区司法局", "month", 2)
        pay.set_rate(session, pay.Rate(report.dt.date(2025, 1, 1), "article", "", 10000))
    dialog = page(qtbot, window)
    assert "河西区司法局" in column(dialog.unit_table, 0)
    assert "未达标" in column(dialog.unit_table, 10)
    assert [u.unit for u in dialog.chart.units] == [u.unit for u in dialog.result.units]
    assert dialog.tabs.isTabVisible(dialog.pay_tab)  # a desk without accounts sees pay
    amounts = column(dialog.pay_table, 9)
    assert amounts and "稿酬合计" in dialog.status.text()
    dialog.resize(900, 600)
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save("/tmp/report-page-units.png")
    # The period moves: no copy in 2024.
    dialog.start.setDate(dialog.start.date().addYears(-1))
    dialog.end.setDate(dialog.start.date().addMonths(1))
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=30000)
    assert dialog.people_model.rowCount(QModelIndex()) == 0
    # Export: the pay tab writes the pay sheet.
    dialog.end.setDate(dialog.end.date().addYears(2))
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.refresh_button.isEnabled(), timeout=30000)
    dialogs.save_file = str(tmp_path / "稿酬")
    dialog.tabs.setCurrentIndex(dialog.pay_tab)
    dialog.export()  # in the background: the window answers meanwhile
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)
    assert "已导出" in dialog.status.text()
    import openpyxl

    book = openpyxl.load_workbook(tmp_path / "稿酬.xlsx")
    assert book.sheetnames[0] == "汇总"
    # The pieces behind each line are read for the sheet (the tab shows only the lines).
    assert all(not line.articles for line in dialog.result.pay)
    with transaction(window.desk.engine) as session:
        headlines = {a.headline for x in pay.pay_lines(session) for a in x.articles if a.headline}
    cells = {c for sheet in book.sheetnames[1:] for row in book[sheet].iter_rows(values_only=True)
             for c in row}  # fmt: skip
    assert headlines and headlines <= cells


def test_an_export_that_cannot_be_written_says_why(qtbot, window, tmp_path, dialogs):
    dialog = page(qtbot, window)
    (tmp_path / "占用").mkdir()
    dialogs.save_file = str(tmp_path / "占用" / "x.xlsx" / "y")  # a folder that is not there
    dialog.export()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)
    warnings = [text for kind, text in dialogs.messages if kind == "warning"]
    assert warnings and "y.xlsx" in warnings[-1]
    assert "已导出" not in dialog.status.text()


def test_a_correspondent_sees_no_pay_tab(qtbot, window):
    from newsroom.store.values import Identity

    window.desk.identity = Identity("万彤", "correspondent", 99)
    dialog = page(qtbot, window)
    assert not dialog.tabs.isTabVisible(dialog.pay_tab)
    assert column(dialog.people_table, 0) == ["万彤"]
