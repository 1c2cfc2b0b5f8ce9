"""The history of an article: its revisions, a side-by-side diff, and restoring one."""

from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsroom.diffing import char_diff, snapshot_text
from newsroom.ui.desk import Desk, DeskError

_DELETED = "background:#ffd7d5;text-decoration:line-through;"
_INSERTED = "background:#ccf0d0;"


def diff_html(old: str, new: str) -> tuple[str, str]:
    """Two HTML texts: the old with deletions marked, the new with insertions marked."""
    left, right = [], []
    for span in char_diff(old, new):
        old_part, new_part = html.escape(span.old), html.escape(span.new)
        if span.op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(f'<span style="{_DELETED}">{old_part}</span>')
        if new_part:
            right.append(f'<span style="{_INSERTED}">{new_part}</span>')

    def wrap(parts: list[str]) -> str:
        return '<div style="white-space:pre-wrap">' + "".join(parts) + "</div>"

    return wrap(left), wrap(right)


class HistoryPane(QWidget):
    """Lists revisions newest first; selecting one shows what it changed from the one before."""

    restored = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.article_id: int | None = None
        self.version = 0
        self._revisions = []
        self.list_model = QStringListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().currentChanged.connect(self._show_selected)
        self.before = QTextBrowser(self)
        self.after = QTextBrowser(self)
        self.before.setPlaceholderText(self.tr("修改前"))
        self.after.setPlaceholderText(self.tr("修改后"))
        self.events = QTextBrowser(self)
        self.events.setPlaceholderText(self.tr("流程记录：提交、审稿、退回、签发……"))
        self.restore_button = QPushButton(self.tr("恢复到此版本"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.before)
        sides.addWidget(self.after)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(sides)
        split.addWidget(self.events)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(split)
        layout.addLayout(buttons)
        desk.article_saved.connect(self._article_saved)

    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        self._revisions = self.desk.revisions(self.article_id) if self.article_id else []
        self._revisions.reverse()  # newest first
        total = len(self._revisions)
        labels = []
        for i, revision in enumerate(self._revisions):
            when = revision.created_at.strftime("%Y-%m-%d %H:%M")
            who = revision.author or self.tr("（未署名）")
            note = f" · {revision.note}" if revision.note else ""
            labels.append(f"#{total - i}  {when}  {who}{note}")
        self.list_model.setStringList(labels)
        self.events.setHtml(self._events_html())
        self.before.clear()
        self.after.clear()
        self.restore_button.setEnabled(False)
        if labels:
            self.list.setCurrentIndex(self.list_model.index(0))

    def _events_html(self) -> str:
        """The audit log of the article's workflow: who did what, when, and why."""
        if not self.article_id:
            return ""
        from newsroom.ui.labels import action_text, status_text

        rows = []
        for event in self.desk.history(self.article_id):
            when = event.at.strftime("%Y-%m-%d %H:%M")
            step = f"{status_text(event.from_status)} → {status_text(event.to_status)}"
            note = f"：{html.escape(event.note)}" if event.note else ""
            rows.append(
                f"<div>{when}　<b>{html.escape(event.actor)}</b>　"
                f"{action_text(event.action)}（{step}）{note}</div>"
            )
        return "".join(rows) or self.tr("尚无流程记录")

    def _show_selected(self, current, _previous=None) -> None:
        row = current.row()
        if not 0 <= row < len(self._revisions):
            return
        new = snapshot_text(self._revisions[row].snapshot)
        older = self._revisions[row + 1] if row + 1 < len(self._revisions) else None
        old = snapshot_text(older.snapshot) if older else ""
        left, right = diff_html(old, new)
        self.before.setHtml(left)
        self.after.setHtml(right)
        self.restore_button.setEnabled(row > 0)  # the newest is what the article is now

    def selected_revision_id(self) -> int | None:
        row = self.list.currentIndex().row()
        return self._revisions[row].id if 0 <= row < len(self._revisions) else None

    def restore_selected(self) -> None:
        revision_id = self.selected_revision_id()
        if revision_id is None or self.article_id is None:
            return
        try:
            version = self.desk.load(self.article_id).version
            self.desk.restore(revision_id, version)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("无法恢复"), str(exc))
            return
        self.restored.emit(self.article_id)

    def _article_saved(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.refresh()
