"""Parts of the tag pane: chips in a kind's colour, a wrapping layout, the background work."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QToolButton, QWidget

from newsroom.service import ArticleContent, Newsroom
from newsroom.tagging.model import VocabularyTerm

SUGGESTIONS = 10
ARCHIVE_LIMIT = 1000  # recent articles that teach word frequencies (about 10 ms each)
GENTLE_PAUSE = 0.01  # seconds between two articles while learning

# Background, text and border per kind: the same colours in the pane and the vocabulary.
KIND_COLOURS = {
    "topic": ("#e3edff", "#1d4ed8", "#9bb9f4"),
    "place": ("#ddf5e4", "#15803d", "#8fd3a4"),
    "org": ("#fff0d9", "#a1460a", "#efc27f"),
    "person": ("#f3e8ff", "#7e22ce", "#caa6ef"),
}
_KIND_NAMES = {"topic": "主题", "place": "地点", "org": "机构", "person": "人物"}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("labels", _KIND_NAMES.get(kind, kind))


def chip_style(kind: str, *, dashed: bool = False) -> str:
    background, text, border = KIND_COLOURS.get(kind, KIND_COLOURS["topic"])
    line = "dashed" if dashed else "solid"
    return (
        f"background:{background}; color:{text}; border:1px {line} {border};"
        "border-radius:10px; padding:2px 8px;"
    )


class FlowLayout(QLayout):
    """Lays chips out left to right and wraps them, as words on a line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()

    def clear(self) -> None:
        while self._items:
            widget = self._items.pop().widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()


class Chip(QFrame):
    """An accepted tag: its name in its kind's colour and a ✕ that takes it off."""

    def __init__(self, name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.kind = name, kind
        self.setObjectName("tagChip")
        self.setStyleSheet(f"#tagChip {{{chip_style(kind)}}} QLabel, QToolButton {{border:0;}}")
        self.setToolTip(kind_label(kind))
        self.label = QLabel(name, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("去掉标签“%1”").replace("%1", name))
        self.remove_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


def suggest_tags(
    content: ArticleContent, vocabulary: Sequence[VocabularyTerm], frequencies: Any = None
) -> list:
    """Tags for a copy of an article's text, off the GUI thread; the first call loads jieba
    (about 1 s)."""
    from newsroom.tagging import Tagger, warm_up

    warm_up()
    return Tagger(tuple(vocabulary), frequencies).suggest(
        content.headline,
        content.paragraphs,
        kicker=content.kicker,
        subheadline=content.subheadline,
        limit=SUGGESTIONS,
    )


def learn_frequencies(newsroom: Newsroom, *, cancelled: Callable[[], bool]):
    """How common each word is in the newsroom's archive, off the GUI thread; None when
    cancelled part-way or the archive could not be read (suggestions work without it, only
    less well)."""
    from newsroom.tagging import DocumentFrequencies

    def gently(texts: Iterable[str]):
        # Learning is a background nicety: pausing between articles hands the GIL back,
        # so the window stays as quick while it runs as when it is done.
        for text in texts:
            if cancelled():
                return
            yield text
            time.sleep(GENTLE_PAUSE)

    try:
        learned = DocumentFrequencies.learn(gently(newsroom.tags.archive(ARCHIVE_LIMIT)))
    except Exception:
        return None
    return None if cancelled() else learned
