"""The rules dialog's tabs for the roster of officials (领导干部名录) and the words to avoid
(禁用词/慎用词) — a table, a row to add, import and export of CSV/XLSX files — and for the
rules learned from the desk's fixes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.proofing.avoid import KINDS, AvoidWord
from newsroom.proofing.roster import RosterPost
from newsroom.service import ServiceError
from newsroom.service.knowledge import read_roster, read_words

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class _ListTab(QWidget):
    """A filtered table of one list and the buttons every list has (its texts in the
    context KnowledgeTab: self.tr here would look them up under the subclass's name)."""

    file_title = ""

    def __init__(self, dialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self.model = QStandardItemModel(0, 0, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("KnowledgeTab", "筛选"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(QCoreApplication.translate("KnowledgeTab", "添加"), self)
        self.add_button.clicked.connect(self.add)
        remove = QPushButton(QCoreApplication.translate("KnowledgeTab", "删除所选"), self)
        remove.clicked.connect(self.remove)
        import_button = QPushButton(
            QCoreApplication.translate("KnowledgeTab", "导入 CSV/XLSX…"), self
        )
        import_button.clicked.connect(self.import_file)
        export_button = QPushButton(QCoreApplication.translate("KnowledgeTab", "导出…"), self)
        export_button.clicked.connect(self.export_file)
        self.form = QHBoxLayout()
        actions = QHBoxLayout()
        for button in (remove, import_button, export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(actions)

    @property
    def knowledge(self):
        """The newsroom's knowledge part (service.knowledge) for the dialog's desk."""
        return self.dialog.desk.newsroom.knowledge

    def fill(self, rows: list, cells) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for value in rows:
            items = [QStandardItem(str(c)) for c in cells(value)]
            items[0].setData(value, ROW_ROLE)
            self.model.appendRow(items)

    def selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item(self.proxy.mapToSource(index).row(), 0).data(ROW_ROLE)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.file_title,
            "",
            QCoreApplication.translate("KnowledgeTab", "表格 (*.csv *.tsv *.txt *.xlsx)"),
        )
        if not path:
            return
        try:
            rows = self.read(path)
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("KnowledgeTab", "无法导入"), str(exc)
            )
            return
        self.dialog.change(lambda: self.save(rows))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.file_title,
            "",
            QCoreApplication.translate("KnowledgeTab", "CSV 文件 (*.csv)"),
        )
        if not path:
            return
        try:
            text = self.export()
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
        except ServiceError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("KnowledgeTab", "无法导出"), str(exc)
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("KnowledgeTab", "无法导出"),
                f"{path}: {exc.strerror or exc}",
            )


class RosterTab(_ListTab):
    """Officials' posts: name, post, unit, first and last day, protocol rank."""

    def __init__(self, dialog, parent: QWidget | None = None) -> None:
        super().__init__(dialog, parent)
        self.model.setHorizontalHeaderLabels([
            self.tr("姓名"), self.tr("职务"), self.tr("单位"), self.tr("任职时间"),
            self.tr("离任时间"), self.tr("排序"),
        ])  # fmt: skip
        self.file_title = self.tr("领导干部名录")
        self.name, self.post, self.unit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.since, self.until = QLineEdit(self), QLineEdit(self)
        self.rank = QSpinBox(self)
        self.rank.setRange(0, 9999)
        self.rank.setSpecialValueText(self.tr("不排序"))
        for edit, hint in (
            (self.name, self.tr("姓名")), (self.post, self.tr("职务，如 副书记")),
            (self.unit, self.tr("单位，如 区委")), (self.since, self.tr("任职 YYYY-MM-DD")),
            (self.until, self.tr("离任 YYYY-MM-DD")),
        ):  # fmt: skip
            edit.setPlaceholderText(hint)
            self.form.addWidget(edit)
        self.form.addWidget(self.rank)
        self.form.addWidget(self.add_button)

    def reload(self) -> None:
        def cells(p: RosterPost):
            return (p.name, p.post, p.unit, p.since or "", p.until or "", p.rank or "")

        self.fill(self.knowledge.posts(), cells)

    def add(self) -> bool:
        dates = []
        for edit in (self.since, self.until):
            text = edit.text().strip()
            try:
                dates.append(dt.date.fromisoformat(text) if text else None)
            except ValueError:
                QMessageBox.warning(self, self.tr("无法保存"), self.tr("日期应为 YYYY-MM-DD"))
                return False
        post = RosterPost(
            self.name.text().strip(), self.post.text().strip(), self.unit.text().strip(),
            dates[0], dates[1], self.rank.value(),
        )  # fmt: skip
        if not post.name or not post.post:
            QMessageBox.warning(self, self.tr("无法保存"), self.tr("请填写姓名和职务"))
            return False
        if self.dialog.change(lambda: self.knowledge.save_posts([post])):
            for edit in (self.name, self.post, self.unit, self.since, self.until):
                edit.clear()
            return True
        return False

    def remove(self) -> None:
        post = self.selected()
        if post is not None:
            self.dialog.change(lambda: self.knowledge.remove_post(post))

    def read(self, path: str) -> list[RosterPost]:
        return read_roster(path)

    def save(self, rows) -> None:
        self.knowledge.save_posts(rows)

    def export(self) -> str:
        return self.knowledge.roster_csv()


class WordsTab(_ListTab):
    """Words to avoid: the word, its kind, the preferred form and the note shown."""

    def __init__(self, dialog, parent: QWidget | None = None) -> None:
        super().__init__(dialog, parent)
        self.model.setHorizontalHeaderLabels(
            [self.tr("词语"), self.tr("类别"), self.tr("宜用"), self.tr("说明")]
        )
        self.file_title = self.tr("禁用词/慎用词")
        self.word, self.preferred, self.note = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(self.kind_label(kind), kind)
        self.word.setPlaceholderText(self.tr("词语"))
        self.preferred.setPlaceholderText(self.tr("宜用写法（可空）"))
        self.note.setPlaceholderText(self.tr("说明，校对时显示"))
        for widget in (self.word, self.kind, self.preferred, self.note, self.add_button):
            self.form.addWidget(widget)

    def kind_label(self, kind: str) -> str:
        return {
            "banned": self.tr("禁用词"),
            "discriminatory": self.tr("歧视性用语"),
            "cautious": self.tr("慎用词"),
            "outdated": self.tr("过时用语"),
        }.get(kind, kind)

    def reload(self) -> None:
        def cells(w: AvoidWord):
            return (w.word, self.kind_label(w.kind), w.preferred, w.note)

        self.fill(self.knowledge.words(), cells)

    def add(self) -> bool:
        word = AvoidWord(
            self.word.text(), self.kind.currentData(), self.preferred.text(), self.note.text()
        )
        if self.dialog.change(lambda: self.knowledge.set_word(word)):
            for edit in (self.word, self.preferred, self.note):
                edit.clear()
            return True
        return False

    def remove(self) -> None:
        word = self.selected()
        if word is not None:
            self.dialog.change(lambda: self.knowledge.remove_word(word.word))

    def read(self, path: str) -> list[AvoidWord]:
        return read_words(path)

    def save(self, rows) -> None:
        self.knowledge.save_words(rows)

    def export(self) -> str:
        return self.knowledge.words_csv()


class LearnedTab(QWidget):
    """Rules suggested by the desk's own fixes: accept one as the newsroom's rule (not
    inside quotation marks and names, unless the editor says so), or dismiss it."""

    def __init__(self, dialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = dialog
        self.model = QStandardItemModel(0, 0, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("错误写法"), self.tr("正确写法"), self.tr("状态"), self.tr("改过"),
            self.tr("采纳后命中"), self.tr("例句"),
        ])  # fmt: skip
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        for text, status, anywhere in (
            (self.tr("采纳为本报规则"), "accepted", False),
            (self.tr("采纳（引号、人名内也适用）"), "accepted", True),
            (self.tr("不采纳"), "dismissed", False),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=status, a=anywhere: self.decide(s, a))
            row.addWidget(button)
        remove = QPushButton(self.tr("删除"), self)
        remove.clicked.connect(self.remove)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def status_text(self, status: str, anywhere: bool) -> str:
        if status == "accepted":
            return self.tr("已采纳（处处适用）") if anywhere else self.tr("已采纳")
        return self.tr("不采纳") if status == "dismissed" else self.tr("待定")

    @property
    def knowledge(self):
        return self.dialog.desk.newsroom.knowledge

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in self.knowledge.learned():
            cells = (r.wrong, r.right, self.status_text(r.status, r.anywhere), r.seen, r.fired,
                     r.example)  # fmt: skip
            items = [QStandardItem(str(c)) for c in cells]
            items[0].setData(r.wrong, ROW_ROLE)
            self.model.appendRow(items)

    def selected(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.item(index.row(), 0).data(ROW_ROLE) if index.isValid() else None

    def decide(self, status: str, anywhere: bool = False) -> bool:
        wrong = self.selected()
        if wrong is None:
            return False
        return self.dialog.change(lambda: self.knowledge.decide(wrong, status, anywhere))

    def remove(self) -> None:
        wrong = self.selected()
        if wrong is not None:
            self.dialog.change(lambda: self.knowledge.forget(wrong))
