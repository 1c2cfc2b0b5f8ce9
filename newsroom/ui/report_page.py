"""The report page (通讯员统计): people, units with their 考核, a bar chart, and the pay sheet.

Opened from the 稿件 menu (``report_action``). The figures come from the service's
report part (``newsroom.service.report``: the store's SQL aggregates), computed on the
thread pool; a correspondent sees only their own lines, and the 稿酬 tab shows only for
chief editors and administrators (the database refuses amounts to anyone else).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsroom import report_files
from newsroom.service.report import ReportFigures
from newsroom.ui.background import run_in_background


def compute_report(engine, identity, start, end, unit, *, span: bool = False) -> ReportFigures:
    """The report's figures, off the GUI thread (the engine is safe to share); with
    ``span``, over the whole period the newsroom's copy spans."""
    from newsroom.service import Newsroom

    return Newsroom(engine, identity).report.figures(start, end, unit, span=span)


class RowsModel(QAbstractTableModel):
    """Rows of plain values under a header; numbers sort as numbers."""

    def __init__(self, header, parent=None) -> None:
        super().__init__(parent)
        self.header = list(header)
        self.rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return round(value, 2)
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header[section]
        return None


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the store's order until clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class UnitChart(QWidget):
    """Bars of each unit's used pieces (and photos), with its quota as a mark: 达标 green,
    short red, no quota grey. Drawn with QPainter: no chart library needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list = []
        self.setMinimumHeight(160)

    def set_units(self, units: list) -> None:
        self.units = units
        self.setMinimumHeight(max(160, 26 * len(units) + 30))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(160, 26 * len(self.units) + 30))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if not self.units:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("没有数据"))
            return
        metrics = painter.fontMetrics()
        labels = [report_files.unit_label(u.unit) for u in self.units]
        label_width = min(max(metrics.horizontalAdvance(t) for t in labels) + 12, self.width() // 3)
        top, bar_height, gap = 10, 18, 8
        room = max(self.width() - label_width - 60, 20)
        largest = max(max(u.used + u.photos, u.quota or 0) for u in self.units) or 1
        for i, (unit, label) in enumerate(zip(self.units, labels, strict=True)):
            y = top + i * (bar_height + gap)
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(0, y, label_width - 6, bar_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6),
            )
            pieces = unit.used + unit.photos
            width = room * pieces / largest
            colour = {True: "#3a8f3a", False: "#c0392b", None: "#7f8c8d"}[unit.quota_met]
            painter.fillRect(QRectF(label_width, y, width, bar_height), QColor(colour))
            painter.drawText(
                QRectF(label_width + width + 4, y, 56, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(pieces) if unit.quota is None else f"{pieces}/{unit.quota}",
            )
            if unit.quota:
                x = label_width + room * unit.quota / largest
                painter.setPen(QPen(palette.text().color(), 2, Qt.PenStyle.DashLine))
                painter.drawLine(int(x), y - 2, int(x), y + bar_height + 2)
        painter.end()


class ReportDialog(QDialog):
    """The report page: period and unit above; people, units (table and chart) and the
    pay sheet in tabs; export to XLSX."""

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("通讯员统计与稿酬"))
        self.resize(900, 600)
        self.desk = desk
        self.result = ReportFigures()
        self._asked = self.shown_period = (None, None, None)  # start, end, unit
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("全部单位"), None)
        self.refresh_button = QPushButton(self.tr("统计"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("导出 XLSX…"), self)
        self.export_button.clicked.connect(self.export)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("从"), self), self.start, QLabel(self.tr("到"), self), self.end,
            QLabel(self.tr("单位"), self), self.unit, self.refresh_button,
        ):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.people_model = RowsModel(self._people_header(), self)
        self.unit_model = RowsModel(self._unit_header(), self)
        self.pay_model = RowsModel(self._pay_header(), self)
        self.people_table = _table(self.people_model, self)
        self.unit_table = _table(self.unit_model, self)
        self.pay_table = _table(self.pay_model, self)
        self.chart = UnitChart(self)
        units = QSplitter(Qt.Orientation.Vertical, self)
        units.addWidget(self.unit_table)
        units.addWidget(self.chart)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.people_table, self.tr("人员"))
        self.tabs.addTab(units, self.tr("单位与考核"))
        self.pay_tab = self.tabs.addTab(self.pay_table, self.tr("稿酬"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._run(None, None, None, span=True)

    def _people_header(self):
        return (
            self.tr("姓名"), self.tr("单位"), self.tr("角色"), self.tr("来稿"), self.tr("退稿"),
            self.tr("用稿"), self.tr("用稿(按份额)"), self.tr("用稿字数"), self.tr("字数(按份额)"),
            self.tr("图片"), self.tr("一版"), self.tr("头条"),
        )  # fmt: skip

    def _unit_header(self):
        return (
            self.tr("单位"), self.tr("人数"), self.tr("来稿"), self.tr("退稿"), self.tr("用稿"),
            self.tr("图片"), self.tr("字数(按份额)"), self.tr("一版"), self.tr("头条"),
            self.tr("考核"), self.tr("完成"),
        )  # fmt: skip

    def _pay_header(self):
        return (
            self.tr("月份"), self.tr("姓名"), self.tr("单位"), self.tr("角色"), self.tr("用稿"),
            self.tr("图片"), self.tr("字数"), self.tr("应得(元)"), self.tr("月封顶(元)"),
            self.tr("实发(元)"), self.tr("未定价"),
        )  # fmt: skip

    def refresh(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if start > end:
            QMessageBox.warning(self, self.tr("日期有误"), self.tr("开始日期晚于结束日期"))
            return
        self._run(start, end, self.unit.currentData())

    def _run(self, start, end, unit, *, span: bool = False) -> None:
        self._asked = (start, end, unit)
        self.refresh_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("正在统计…"))
        run_in_background(
            compute_report,
            self.desk.engine,
            self.desk.identity,
            start,
            end,
            unit,
            span=span,
            parent=self,
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        """A refused or lost database: shown, never a crash."""
        from newsroom.service import describe_failure

        self.refresh_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("无法统计"), describe_failure(exc) or str(exc))

    def _show(self, result: ReportFigures) -> None:
        self.result = result
        self.shown_period = self._asked if result.span is None else (*result.span, None)
        if result.span is not None:
            self.start.setDate(QDate(result.span[0]))
            self.end.setDate(QDate(result.span[1]))
            for name in sorted({u.unit for u in result.units if u.unit}):
                self.unit.addItem(name, name)
        blank, no_unit = report_files.unit_label(""), self.tr("（未填单位）")

        def shown(rows):  # the placeholder in the window's language
            return [tuple(no_unit if v == blank else v for v in row) for row in rows]

        self.people_model.set_rows(shown(report_files.people_rows(result.people)))
        met = {True: self.tr("达标"), False: self.tr("未达标"), None: ""}
        self.unit_model.set_rows(
            shown([(*row[:10], met[u.quota_met])
                   for u, row in zip(result.units, report_files.unit_rows(result.units),
                                     strict=True)])
        )  # fmt: skip
        self.chart.set_units(result.units)
        allowed = result.pay is not None
        self.tabs.setTabVisible(self.pay_tab, allowed)
        self.pay_model.set_rows(shown(report_files.pay_rows(result.pay or [])))
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(True)
        behind = sum(1 for u in result.units if u.quota_met is False)
        total = sum(x.amount for x in result.pay or [])
        text = self.tr("%1 行人员").replace("%1", str(len(result.people))) + " · "
        text += self.tr("%1 个单位未达标").replace("%1", str(behind))
        if allowed:
            text += " · " + self.tr("稿酬合计 %1 元").replace("%1", f"{total / 100:.2f}")
        self.status.setText(text)

    def export(self) -> None:
        """The people and units (and, from the 稿酬 tab for who may see it, the pay sheet
        with the pieces behind each line) as XLSX, read and written in the background."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 XLSX"), self.tr("通讯员统计.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        pay_sheet = self.tabs.currentIndex() == self.pay_tab and self.result.pay is not None
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("正在导出…"))
        run_in_background(
            write_report_file,
            self.desk.engine,
            self.desk.identity,
            path,
            self.result,
            self.shown_period,
            pay_sheet,
            parent=self,
            on_done=lambda _: self._exported(path),
            on_error=self._export_failed,
        )

    def _exported(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("已导出：%1").replace("%1", path))

    def _export_failed(self, exc: Exception) -> None:
        from newsroom.service import describe_failure

        self.export_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("无法导出"), describe_failure(exc) or str(exc))


def write_report_file(
    engine, identity, path: str, result: ReportFigures, period: tuple, pay_sheet: bool
) -> None:
    """Off the GUI thread: the people and units shown, or the pay sheet of the period
    shown (start, end, unit) with the pieces behind its lines, read now."""
    from newsroom.safe_write import write_file
    from newsroom.service import Newsroom

    start, end, unit = period
    title = f"{start or '…'} – {end or '…'}"
    if pay_sheet:
        lines = Newsroom(engine, identity).report.pay_lines(start, end, unit)
        write_file(path, lambda s: report_files.write_pay_xlsx(s, lines, title))
    else:
        write_file(
            path, lambda s: report_files.write_people_xlsx(s, result.people, result.units, title)
        )


def report_action(desk, window: QWidget) -> QAction:
    """The 稿件 menu's entry that opens the report page over ``window``."""
    action = QAction(QCoreApplication.translate("ReportDialog", "通讯员统计与稿酬(&R)…"), window)
    action.setShortcut("Ctrl+Shift+R")
    action.triggered.connect(lambda: ReportDialog(desk, window).exec())
    return action
