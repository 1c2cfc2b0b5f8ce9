"""The newsroom's tag vocabulary: rename, aliases and merging of tags, with their counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import Newsroom, ServiceError
from newsroom.service.tags import split_aliases
from newsroom.ui.merging import keep_and_merge, selected_source_rows
from newsroom.ui.record_model import RecordTableModel
from newsroom.ui.tag_support import KIND_COLOURS, kind_label

if TYPE_CHECKING:
    from newsroom.service.tags import TagRow

ALIAS_SEPARATOR = "、"


class VocabularyModel(RecordTableModel):
    """One row per tag; name and aliases are edited in place and saved at once."""

    FIELDS = ("name", "kind", "aliases", "articles")
    EDITABLE = ("name", "aliases")

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[TagRow] = []
        self._announcing = False
        self._headers = (self.tr("标签"), self.tr("类别"), self.tr("别名"), self.tr("稿件数"))
        self.reload()

    def reload(self) -> None:
        rows = Newsroom.of(self.desk).tags.vocabulary()
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def tag(self, row: int) -> TagRow:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        tag, field = self._rows[index.row()], self.FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "kind":
                return kind_label(tag.kind)
            if field == "aliases":
                return ALIAS_SEPARATOR.join(tag.aliases)
            return getattr(tag, field)  # the count stays a number, so it sorts as one
        if role == Qt.ItemDataRole.ForegroundRole and field in ("name", "kind"):
            return QColor(KIND_COLOURS.get(tag.kind, KIND_COLOURS["topic"])[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "articles":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        tag, field = self._rows[index.row()], self.FIELDS[index.column()]
        text = str(value).strip()
        if field not in self.EDITABLE or (field == "name" and (not text or text == tag.name)):
            return False
        tags = Newsroom.of(self.desk).tags
        try:
            if field == "name":
                kept = tags.rename(tag.id, text)
            else:
                tags.set_aliases(tag.id, split_aliases(text))
        except ServiceError as exc:
            QMessageBox.warning(None, self.tr("无法修改标签"), str(exc).splitlines()[0])
            return False
        if field == "name" and kept != tag.id:
            # Renamed onto an existing tag: the two are one now, the row goes away (on reload).
            self.desk.articles_changed.emit()
            return True
        if field == "name":
            tag.name = text
        else:
            tag.aliases = sorted(split_aliases(text))
        self.dataChanged.emit(index, index)
        self._announcing = True  # this row is up to date: no reset under the editor's hands
        try:
            self.desk.articles_changed.emit()  # the list shows tag names; the pane offers them
        finally:
            self._announcing = False
        return True

    def changed_elsewhere(self) -> None:
        """Tags changed (here by a merge, or in the pane): read them again once the view is
        done with the edit that may have caused it; a reset inside setData confuses it."""
        if not self._announcing:
            QTimer.singleShot(0, self.reload)


class VocabularyDialog(QDialog):
    """Search the tags, edit a name or aliases in place, merge two tags into one."""

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("标签词表"))
        self.resize(680, 480)
        self.desk = desk
        self.model = VocabularyModel(desk, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # a search finds a tag by its aliases too
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("查找标签或别名…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most used first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.merge_button = QPushButton(self.tr("合并所选的两个标签"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Changes made elsewhere (the pane, a bulk tag) show here while the dialog is open.
        desk.articles_changed.connect(self.model.changed_elsewhere)

    def selected_tags(self) -> list[TagRow]:
        return [self.model.tag(r) for r in selected_source_rows(self.table, self.proxy)]

    def merge_selected(self) -> bool:
        """Merge the two selected tags into the one more articles carry."""
        chosen = self.selected_tags()
        if len(chosen) != 2:
            QMessageBox.information(self, self.tr("合并"), self.tr("请选择要合并的两个标签。"))
            return False
        keep, merge = keep_and_merge(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("合并"),
            self.tr("把“%1”合并到“%2”？稿件随之转移，“%1”成为别名。")
            .replace("%1", merge.name)
            .replace("%2", keep.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            Newsroom.of(self.desk).tags.merge(keep.id, merge.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法合并"), str(exc).splitlines()[0])
            return False
        self.model.reload()  # at once: the person sees the two rows become one
        self.desk.articles_changed.emit()
        return True
