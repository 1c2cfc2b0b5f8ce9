"""The bylines of an article: rows of role and person, added, removed and reordered."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.newscopy import EDITOR_ROLES as ROLES


class BylineRow(QWidget):
    changed = Signal()
    remove_requested = Signal(object)
    move_requested = Signal(object, int)

    def __init__(
        self, completer: QCompleter, role: str = "", name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.addItems(ROLES)
        self.role.setCurrentText(role)
        self.role.setMinimumContentsLength(6)
        self.role.setToolTip(self.tr("身份"))
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(self.tr("姓名"))
        self.name.setCompleter(completer)
        up, down, remove = (QToolButton(self) for _ in range(3))
        for button, text, tip in (
            (up, "▲", self.tr("上移")),
            (down, "▼", self.tr("下移")),
            (remove, "✕", self.tr("删除此署名")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
        up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.remove_button = remove
        self.role.currentTextChanged.connect(self.changed)
        self.name.textChanged.connect(self.changed)
        layout.addWidget(self.role)
        layout.addWidget(self.name, 1)
        for button in (up, down, remove):
            layout.addWidget(button)

    def value(self) -> tuple[str, str]:
        return self.role.currentText().strip(), self.name.text().strip()


class BylinesEditor(QWidget):
    """Role + person rows; names complete over the people the newsroom knows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("添加署名"), self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[BylineRow] = []

    def set_known_names(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def set_bylines(self, bylines: list[tuple[str, str]]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for role, name in bylines:
            self.add_row(role, name, announce=False)

    def bylines(self) -> list[tuple[str, str]]:
        return [v for v in (row.value() for row in self.rows) if v[1]]

    def add_row(
        self, role: str = "通讯员", name: str = "", *, focus: bool = False, announce: bool = True
    ) -> BylineRow:
        row = BylineRow(self.completer, role, name, self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        row.move_requested.connect(self._move)
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        if focus:
            row.name.setFocus()
        if announce:
            self.changed.emit()
        return row

    def _remove(self, row: BylineRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def _move(self, row: BylineRow, step: int) -> None:
        i = self.rows.index(row)
        j = i + step
        if not 0 <= j < len(self.rows):
            return
        self.rows[i], self.rows[j] = self.rows[j], self.rows[i]
        self._layout.removeWidget(row)
        self._layout.insertWidget(j, row)
        self.changed.emit()
