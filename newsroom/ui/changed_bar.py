"""The bar over an article someone else changed while it has unsaved edits here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ChangedBar(QFrame):
    """ "X 已修改这篇稿件：重新载入 / 对比" — before a conflict, not after it."""

    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBar")
        self.setStyleSheet("#changedBar { background: #fff4d6; border: 1px solid #e0b84c; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("重新载入"), self)
        self.reload_button.setToolTip(self.tr("显示对方保存的版本；您未保存的修改存入修订历史"))
        self.compare_button = QPushButton(self.tr("对比"), self)
        self.compare_button.setToolTip(self.tr("并排对比两个版本，再决定保留哪个"))
        self.reload_button.clicked.connect(self.reload_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.compare_button)
        self.hide()

    def show_change(self, who: str) -> None:
        name = who or self.tr("他人")
        self.label.setText(
            self.tr("%1 已修改这篇稿件，与您未保存的修改有冲突。").replace("%1", name)
        )
        self.show()
