"""The page planner: an edition's pages with their copy in order, drag to reorder or move,
each page's length against its room, and export of a page or the whole edition."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsroom.layout import StyleSheetError, write_edition, write_page
from newsroom.layout.fit import page_fit
from newsroom.layout.stylesheet import newsroom_stylesheet
from newsroom.service import ServiceError
from newsroom.settings import page_head_paper
from newsroom.ui.background import Task
from newsroom.ui.labels import status_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 20  # "page" or "article"
ID_ROLE = Qt.ItemDataRole.UserRole + 21
VERDICT_COLOURS = {"over": "#c62828", "under": "#ef6c00", "fits": "#2e7d32"}


class PlanModel(QStandardItemModel):
    """Pages at the top, their articles below; only articles move, only pages take them."""

    def flags(self, index):
        flags = super().flags(index)
        if not index.isValid():
            return flags & ~Qt.ItemFlag.ItemIsDropEnabled  # nothing lands outside a page
        if index.data(KIND_ROLE) in ("page", "tray"):
            return (flags | Qt.ItemFlag.ItemIsDropEnabled) & ~Qt.ItemFlag.ItemIsDragEnabled
        return (flags | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not parent.isValid() or parent.data(KIND_ROLE) not in ("page", "tray"):
            return False
        return super().canDropMimeData(data, action, row, column, parent)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return super().dropMimeData(data, action, row, column, parent)


class PagePlanner(QDialog):
    def __init__(
        self, desk, stylesheet_path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("版面"))
        self.resize(640, 720)
        # The same loader as the command line's export (layout.newsroom_stylesheet).
        self.stylesheet_path = stylesheet_path
        try:
            self.sheet = newsroom_stylesheet(stylesheet_path or None)
        except (StyleSheetError, OSError) as exc:
            QMessageBox.warning(self, self.tr("样式表有误"), str(exc))
            self.sheet = newsroom_stylesheet()
        self.editions = QComboBox(self)
        self.model = PlanModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("新增一版"), self)
        self.export_page_button = QPushButton(self.tr("导出本版…"), self)
        self.export_edition_button = QPushButton(self.tr("导出整期…"), self)
        self.export_web_button = QPushButton(self.tr("导出网页…"), self)
        self.export_web_button.setToolTip(
            self.tr("整期每篇稿件一个网页，另有目录页：供网站和公众号编辑器使用")
        )
        self.sign_sheet_button = QPushButton(self.tr("审校签字单…"), self)
        self.sign_sheet_button.setToolTip(
            self.tr("所选版面的审校签字单：每篇稿件的三审、三校、签名和时间")
        )
        self.galley = QComboBox(self)
        self.galley.addItem(self.tr("版面预览"), False)
        self.galley.addItem(self.tr("排版稿（单栏）"), True)
        buttons = QHBoxLayout()
        for widget in (
            self.add_button,
            self.galley,
            self.export_page_button,
            self.export_edition_button,
            self.export_web_button,
            self.sign_sheet_button,
        ):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editions)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._saving = QTimer(self)
        self._saving.setSingleShot(True)
        self._saving.timeout.connect(self.save_order)
        self._loading = False
        self.model.rowsInserted.connect(self._moved)
        self.model.rowsRemoved.connect(self._moved)
        self.editions.currentIndexChanged.connect(self.reload)
        self.add_button.clicked.connect(self.add_page)
        self.export_page_button.clicked.connect(self.export_page)
        self.export_edition_button.clicked.connect(self.export_edition)
        self.export_web_button.clicked.connect(self.export_web)
        self.sign_sheet_button.clicked.connect(self.export_sign_sheet)
        self._fill_editions()

    # --- reading ----------------------------------------------------------------------
    def _fill_editions(self) -> None:
        found = self.desk.newsroom.pages.editions()
        for edition in found:
            self.editions.addItem(
                f"{self._paper(edition.paper_name)} {edition.date.isoformat()}", edition.id
            )
        if not found:
            self.reload()

    def _paper(self, edition_paper: str) -> str:
        return page_head_paper(edition_paper, self.desk.settings)

    def _layout(self, page_id: int):
        """A page as it is exported now: its 报眉 with the paper's current name."""
        layout = self.desk.newsroom.pages.layout(page_id)
        layout.paper_name = self._paper(layout.paper_name)
        return layout

    @property
    def edition_id(self) -> int | None:
        return self.editions.currentData()

    def reload(self) -> None:
        self._loading = True
        self.model.clear()
        if self.edition_id is not None:
            service = self.desk.newsroom.pages
            for planned in service.plan(self.edition_id):
                page = QStandardItem()
                page.setData("page", KIND_ROLE)
                page.setData(planned.id, ID_ROLE)
                for article in planned.articles:
                    page.appendRow(self._article_item(article))
                self.model.appendRow(page)
                self._describe_page(page, planned)
            self._fill_tray(service.unplaced())
        self.tree.expandAll()
        self._loading = False

    def _article_item(self, article) -> QStandardItem:
        text = article.headline or self.tr("[图片]")
        item = QStandardItem(
            self.tr("%1（%2字）").replace("%1", text).replace("%2", str(article.chars))
        )
        item.setData("article", KIND_ROLE)
        item.setData(article.id, ID_ROLE)
        return item

    def _fill_tray(self, waiting) -> None:
        """Copy on no page yet, signed-off first: drag it onto a page (or back here)."""
        tray = QStandardItem()
        tray.setData("tray", KIND_ROLE)
        for article in waiting:
            item = self._article_item(article)
            item.setToolTip(status_text(article.status))
            if article.status != "signed_off":
                item.setForeground(QBrush(QColor("#757575")))
            tray.appendRow(item)
        tray.setText(self.tr("未上版稿件（%1 篇，已签发的在前）").replace("%1", str(len(waiting))))
        self.tray = tray
        self.model.appendRow(tray)

    def _describe_page(self, item: QStandardItem, planned) -> None:
        layout = self.desk.newsroom.pages.layout(planned.id)
        fit = page_fit(layout.articles, self.sheet)
        verdict = {"over": self.tr("超版"), "under": self.tr("欠版"), "fits": self.tr("合适")}
        label = f" {planned.label}" if planned.label else ""
        item.setText(
            self.tr("第%1版%2　%3 字 · %4/%5 行 · %6")
            .replace("%1", str(planned.number))
            .replace("%2", label)
            .replace("%3", f"{fit.chars:,}")
            .replace("%4", str(fit.lines))
            .replace("%5", str(fit.capacity))
            .replace("%6", verdict[fit.verdict])
        )
        item.setForeground(QBrush(QColor(VERDICT_COLOURS[fit.verdict])))
        item.setData(fit.verdict, Qt.ItemDataRole.UserRole + 22)

    def page_orders(self) -> list[tuple[int, list[int]]]:
        """(page id, article ids in order) as the tree shows them now."""
        out = []
        for row in range(self.model.rowCount()):
            page = self.model.item(row)
            if page.data(KIND_ROLE) != "page":
                continue
            out.append(
                (page.data(ID_ROLE), [page.child(r).data(ID_ROLE) for r in range(page.rowCount())])
            )
        return out

    def tray_ids(self) -> list[int]:
        """The articles in the tray of unplaced copy, as the tree shows them now."""
        tray = next(
            (
                self.model.item(r)
                for r in range(self.model.rowCount())
                if self.model.item(r).data(KIND_ROLE) == "tray"
            ),
            None,
        )
        return [tray.child(r).data(ID_ROLE) for r in range(tray.rowCount())] if tray else []

    @property
    def saving(self) -> bool:
        """A move is waiting to be stored (it is, on the next turn of the event loop)."""
        return self._saving.isActive()

    # --- changing ---------------------------------------------------------------------
    def _moved(self, *_args) -> None:
        if not self._loading:
            self._saving.start(0)  # after the drop has removed the source row too

    def save_order(self) -> None:
        try:
            self.desk.newsroom.pages.arrange_all(self.page_orders(), self.tray_ids())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法调整版面"), str(exc))
        self.reload()
        self.desk.articles_changed.emit()

    def add_page(self) -> None:
        if self.edition_id is None:
            return
        try:
            self.desk.newsroom.pages.add_page(self.edition_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法调整版面"), str(exc))
        self.reload()

    def current_page_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.data(KIND_ROLE) == "article":
            index = index.parent()
        return index.data(ID_ROLE)

    # --- exporting --------------------------------------------------------------------
    def export_page(self) -> Path | None:
        page_id = self.current_page_id()
        if page_id is None:
            QMessageBox.information(self, self.tr("导出本版"), self.tr("请先选择一个版面。"))
            return None
        layout = self._layout(page_id)
        from newsroom.layout import page_filename

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出本版"), page_filename(layout), self.tr("Word 文档 (*.docx)")
        )
        if not path:
            return None
        try:
            write_page(layout, path, galley=bool(self.galley.currentData()), stylesheet=self.sheet)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), f"{path}: {exc.strerror or exc}")
            return None
        self.announce_export(
            Path(path), self.tr("第%1版已导出到：").replace("%1", str(layout.number))
        )
        return Path(path)

    def announce_export(self, path: Path, what: str) -> None:
        """Say where the file went, with a button that opens its folder."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = path if path.is_dir() else path.parent
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("已导出"), f"{what}\n{path}", parent=self
        )
        open_button = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.export_message = box
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def export_edition(self) -> Task | None:
        """Every page of the edition into a folder, in the background with progress."""
        if self.edition_id is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出整期到文件夹"))
        if not folder:
            return None
        layouts = [
            self._layout(planned.id) for planned in self.desk.newsroom.pages.plan(self.edition_id)
        ]
        progress = QProgressDialog(self.tr("正在导出…"), "", 0, len(layouts), self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def exported(written) -> None:
            progress.reset()
            self.announce_export(
                Path(folder), self.tr("整期 %1 个版面已导出到：").replace("%1", str(len(written)))
            )

        def failed(exc: Exception) -> None:
            progress.reset()
            reason = (exc.strerror or exc) if isinstance(exc, OSError) else exc
            QMessageBox.warning(self, self.tr("无法导出"), f"{folder}: {reason}")

        task = Task(
            self,
            on_done=exported,
            on_error=failed,
            on_progress=lambda done, _total: progress.setValue(done),
        )
        return task.start(
            write_edition,
            layouts,
            Path(folder),
            galley=bool(self.galley.currentData()),
            stylesheet=self.sheet,
            progress=task.report,
        )

    def export_web(self) -> Path | None:
        """The edition as web pages (layout/html_writer.py): one per article and an index,
        the style sheet's own fonts named for the reader's machine."""
        if self.edition_id is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出网页到文件夹"))
        if not folder:
            return None
        from newsroom.layout.html_writer import write_html

        layouts = [
            self._layout(planned.id) for planned in self.desk.newsroom.pages.plan(self.edition_id)
        ]
        try:
            sheet = newsroom_stylesheet(self.stylesheet_path or None, installed_fonts=False)
            written = write_html(layouts, folder, stylesheet=sheet)
        except (OSError, ValueError, StyleSheetError) as exc:
            QMessageBox.warning(self, self.tr("无法导出"), f"{folder}: {exc}")
            return None
        self.announce_export(
            Path(folder),
            self.tr("%1 个网页（含目录页）已导出到：").replace("%1", str(len(written))),
        )
        return Path(folder)

    def export_sign_sheet(self) -> Path | None:
        """The selected page's 审校签字单 as DOCX (PDF: newsroom signsheet … -o F.pdf)."""
        page_id = self.current_page_id()
        if page_id is None:
            QMessageBox.information(self, self.tr("审校签字单"), self.tr("请先选择一个版面。"))
            return None
        layout = self._layout(page_id)
        form = self.desk.newsroom.pages.sign_sheet(layout.number, layout.date)
        if form is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("审校签字单"),
            f"{layout.date:%Y-%m-%d}-{layout.number:02d}-{self.tr('审校签字单')}.docx",
            self.tr("Word 文档 (*.docx)"),
        )
        if not path:
            return None
        from newsroom.layout.sign_sheet import write_sign_sheet

        try:
            write_sign_sheet(path, form, self.sheet)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), f"{path}: {exc.strerror or exc}")
            return None
        self.announce_export(
            Path(path), self.tr("第%1版审校签字单已导出到：").replace("%1", str(layout.number))
        )
        return Path(path)
