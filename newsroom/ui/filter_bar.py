"""The filter bar above the article list: text, status, person, page, tag."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from newsroom.ui.article_model import ArticleFilter, status_choices

SEARCH_DELAY_MS = 250  # wait for typing to pause before searching bodies in the store


class FilterBar(QWidget):
    changed = Signal(object)  # ArticleFilter, at once
    body_search_requested = Signal(str)  # after a pause in typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("查找标题和正文…"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), "")
        for label, value in status_choices():
            self.status.addItem(label, value)
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("署名"))
        self.person.setClearButtonEnabled(True)
        self.page = QSpinBox(self)
        self.page.setRange(0, 999)
        self.page.setSpecialValueText(self.tr("全部版"))
        self.page.setPrefix(self.tr("第"))
        self.page.setSuffix(self.tr("版"))
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("标签"))
        self.tag.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.person, 1)
        layout.addWidget(self.page)
        layout.addWidget(self.tag, 1)
        self._body_matches: frozenset[int] = frozenset()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.body_search_requested.emit(self.text.text()))
        self.text.textChanged.connect(self._text_changed)
        for signal in (
            self.status.currentIndexChanged,
            self.person.textChanged,
            self.page.valueChanged,
            self.tag.textChanged,
        ):
            signal.connect(self._emit)

    def clear(self) -> None:
        """Show the whole list again."""
        for edit in (self.text, self.person, self.tag):
            edit.clear()
        self.status.setCurrentIndex(0)
        self.page.setValue(0)

    def current(self) -> ArticleFilter:
        return ArticleFilter(
            text=self.text.text().strip(),
            status=self.status.currentData() or "",
            person=self.person.text().strip(),
            page=self.page.value() or None,
            tag=self.tag.text().strip(),
            body_matches=self._body_matches,
        )

    def _text_changed(self) -> None:
        self._body_matches = frozenset()
        self._emit()
        if self.text.text().strip():
            self._timer.start()
        else:
            self._timer.stop()

    def set_body_matches(self, text: str, ids: frozenset[int]) -> None:
        """Bodies matching ``text`` arrived from the store; stale answers are dropped."""
        if text.strip() != self.text.text().strip():
            return
        self._body_matches = ids
        self._emit()

    def _emit(self, *_args) -> None:
        self.changed.emit(self.current())
