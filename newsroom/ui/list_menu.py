"""The article list's context menu: 上版到… (put the selected copy on a page) and the
稿件 menu's other actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QTableView

from newsroom.service import Invalid, NotFound, ServiceError
from newsroom.workflow import can_plan_pages


class ListMenu(QObject):
    """The context menu of ``table``, whose selected articles ``selection()`` names; it
    ends with the actions of ``article_menu`` (稿件) as they stand."""

    said = Signal(str, int)  # a line for the status bar, and for how many ms

    def __init__(
        self, desk, table: QTableView, article_menu: QMenu, selection: Callable[[], list[int]]
    ) -> None:
        super().__init__(table)
        self.desk, self.table, self.article_menu = desk, table, article_menu
        self.selection = selection
        self.place_action = QAction(self.tr("上版到(&P)…"), self)
        self.place_action.setStatusTip(self.tr("把选中的稿件放到某一版的末尾"))
        self.place_action.triggered.connect(self.place_selected)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)

    def menu(self) -> QMenu:
        """The menu for the selected rows: 上版到… where the desk may plan pages, then
        the 稿件 menu's actions as they stand."""
        self.place_action.setEnabled(bool(self.selection()) and can_plan_pages(self.desk.role))
        menu = QMenu(self.table)
        menu.addAction(self.place_action)
        menu.addSeparator()
        for action in self.article_menu.actions():
            menu.addAction(action)
        return menu

    def show_menu(self, pos: QPoint) -> None:
        table = self.table
        index = table.indexAt(pos)
        if index.isValid() and not table.selectionModel().isRowSelected(index.row()):
            table.setCurrentIndex(index)  # a right click on another row acts on that row
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(table.viewport().mapToGlobal(pos))

    def place_selected(self) -> int | None:
        """Ask for a page of the newest edition (or a new one after its last) and put the
        selected articles at its end, in list order; returns the page number placed on."""
        ids = self.selection()
        if not ids or not can_plan_pages(self.desk.role):
            return None
        parent = self.table.window()  # the questions and refusals belong to the window
        service = self.desk.newsroom.pages
        editions = service.editions()  # newest first
        date = editions[0].date if editions else None
        planned = service.plan(editions[0].id) if editions else []
        if date is None:
            QMessageBox.information(
                parent,
                self.tr("上版到"),
                self.tr("还没有期次和版面：先导入一份通讯稿，或在版面规划里添加版面。"),
            )
            return None
        numbers = [p.number for p in planned]
        items = [
            self.tr("第%1版 %2").replace("%1", str(p.number)).replace("%2", p.label).strip()
            for p in planned
        ]
        numbers.append(max(numbers, default=0) + 1)
        items.append(self.tr("第%1版（新增）").replace("%1", str(numbers[-1])))
        choice, ok = QInputDialog.getItem(
            parent,
            self.tr("上版到"),
            self.tr("%1 篇稿件放到 %2 期的：")
            .replace("%1", str(len(ids)))
            .replace("%2", date.isoformat()),
            items,
            0,
            False,
        )
        if not ok or choice not in items:
            return None
        number = numbers[items.index(choice)]
        try:
            service.place_many(ids, number, date)
        except Invalid:  # spiked copy
            QMessageBox.warning(parent, self.tr("无法上版"), self.tr("撤稿的稿件不上版。"))
            return None
        except NotFound:  # deleted at another desk meanwhile
            QMessageBox.warning(
                parent, self.tr("无法上版"), self.tr("选中的稿件已不在库中，请刷新列表。")
            )
            return None
        except ServiceError as exc:
            QMessageBox.warning(parent, self.tr("无法上版"), str(exc))
            return None
        self.desk.articles_changed.emit()
        self.said.emit(
            self.tr("%1 篇稿件已上版到第%2版")
            .replace("%1", str(len(ids)))
            .replace("%2", str(number)),
            5000,
        )
        return number
