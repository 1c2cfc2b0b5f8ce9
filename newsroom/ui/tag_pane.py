"""The tag pane: suggestions to accept with a click, the article's tags as chips, tags by name."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import Newsroom, ServiceError
from newsroom.tagging.lexicon import default_vocabulary
from newsroom.tagging.model import KINDS, TagSuggestion, VocabularyTerm
from newsroom.ui.background import Task, run_in_background
from newsroom.ui.icons import icon
from newsroom.ui.tag_support import (
    KIND_COLOURS,
    Chip,
    FlowLayout,
    chip_style,
    kind_label,
    learn_frequencies,
    suggest_tags,
)

if TYPE_CHECKING:
    from newsroom.service.tags import Tags

#: Seconds after the pane is made before jieba may warm up.
STARTUP_GRACE_S = 1.5


class TagPane(QWidget):
    """Tags of the current article; suggestions are computed in the background. Its
    actions (批量添加标签…, 标签词表…) act on the articles ``selection()`` names."""

    said = Signal(str, int)  # a line for the status bar, and for how many ms

    def __init__(
        self, desk, selection: Callable[[], list[int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("标签"))
        self.desk = desk
        self.selection = selection
        self._created = time.monotonic()
        self.article_id: int | None = None
        self.suggestions: list[TagSuggestion] = []
        self.tags: list[tuple[str, str]] = []
        self.kinds: dict[str, str] = {}  # name or alias → kind, for the combo
        self._terms: tuple[VocabularyTerm, ...] = ()
        self._frequencies = None
        self._learning: Task | None = None
        self._request = 0
        self._announcing = False
        self.bulk_action = QAction(icon("tags"), self.tr("批量添加标签…"), self)
        self.bulk_action.triggered.connect(self.tag_selected)
        self.vocabulary_action = QAction(self.tr("标签词表…"), self)
        self.vocabulary_action.triggered.connect(self.open_vocabulary)

        self.status = QLabel(self)
        self.status.setStyleSheet("color:#666;")
        self.suggestion_box = QWidget(self)
        self.suggestion_flow = FlowLayout(self.suggestion_box)
        self.chip_box = QWidget(self)
        self.chip_flow = FlowLayout(self.chip_box)
        self.no_tags = QLabel(self.tr("还没有标签"), self)
        self.no_tags.setStyleSheet("color:#888;")
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("输入标签，回车添加"))
        self.completion_model = QStringListModel(self)
        self.completer = QCompleter(self.completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.completer)
        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.name_edit.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.name_edit.textChanged.connect(self._follow_kind)

        heading = QHBoxLayout()
        heading.addWidget(self._title(self.tr("建议标签")))
        heading.addStretch(1)
        heading.addWidget(self.status)
        adding = QHBoxLayout()
        adding.addWidget(self.name_edit, 1)
        adding.addWidget(self.kind_box)
        adding.addWidget(self.add_button)
        legend = "　".join(
            f'<span style="color:{KIND_COLOURS[k][1]}">●</span> {kind_label(k)}' for k in KINDS
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addWidget(self.suggestion_box)
        layout.addSpacing(8)
        layout.addWidget(self._title(self.tr("已加标签")))
        layout.addWidget(self.chip_box)
        layout.addWidget(self.no_tags)
        layout.addLayout(adding)
        layout.addWidget(QLabel(legend, self))
        layout.addStretch(1)

        desk.article_saved.connect(self._saved_elsewhere)
        desk.articles_changed.connect(self._vocabulary_changed)
        desk.database_changed.connect(self._database_changed)
        self.show_article(None)

    _created = 0.0
    _grace_request = -1

    def _title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-weight:bold;")
        return label

    # --- showing an article ---------------------------------------------------------
    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self._request += 1
        self.suggestions = []
        enabled = article_id is not None
        for widget in (self.name_edit, self.kind_box, self.add_button):
            widget.setEnabled(enabled)
        if article_id is None:
            self.tags = []
            self.status.setText("")
            self._show()
            return
        if not self.kinds:  # the first article shown: read the vocabulary once
            self._load_vocabulary()
        self.tags = self._tags_of(article_id)
        self._show()
        # Right after start-up the window is still painting: jieba's warm-up and the
        # archive's word counts wait a moment, so they never slow the first screen.
        wait = STARTUP_GRACE_S - (time.monotonic() - self._created)
        if wait > 0:
            self.status.setText(self.tr("正在分析…"))
            self._grace_request = self._request
            # With the pane as context, the timer dies with the pane.
            QTimer.singleShot(int(wait * 1000), self, self._after_grace)
            return
        self._learn_frequencies()
        self._suggest()

    def _after_grace(self) -> None:
        if self._grace_request == self._request and self.article_id is not None:
            self._learn_frequencies()
            self._suggest()

    def _suggest(self) -> None:
        try:
            content = self.desk.load(self.article_id).content
        except Exception as exc:  # the article went away meanwhile
            self.status.setText(str(exc).splitlines()[0] if str(exc) else "")
            return
        self.status.setText(self.tr("正在分析…"))
        request = self._request
        run_in_background(
            suggest_tags,
            content,
            self._terms,
            self._frequencies,
            parent=self,
            on_done=lambda suggestions: self._suggested(request, suggestions),
            on_error=lambda exc: self._failed(request, f"{type(exc).__name__}: {exc}"),
        )

    def _suggested(self, request: int, suggestions: list[TagSuggestion]) -> None:
        if request != self._request:
            return  # an answer for an article no longer shown
        self.suggestions = list(suggestions)
        self.status.setText("" if suggestions else self.tr("没有建议"))
        self._show()

    def _failed(self, request: int, message: str) -> None:
        if request == self._request:
            self.status.setText(self.tr("无法分析：%1").replace("%1", message))

    def _show(self) -> None:
        self.suggestion_flow.clear()
        for s in self.open_suggestions():
            button = QToolButton(self.suggestion_box)
            button.setText(f"{s.tag}  {s.score:.2f}")
            # Dashed: offered, not yet given; an accepted tag is a solid chip.
            button.setStyleSheet(f"QToolButton {{{chip_style(s.kind, dashed=True)}}}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(
                self.tr("%1 · 相关度 %2 · 点击采用")
                .replace("%1", kind_label(s.kind))
                .replace("%2", f"{s.score:.2f}")
            )
            button.setProperty("tag", s.tag)
            button.setProperty("kind", s.kind)
            button.clicked.connect(lambda _=False, s=s: self.accept(s))
            self.suggestion_flow.addWidget(button)
        self.chip_flow.clear()
        for name, kind in self.tags:
            chip = Chip(name, kind, self.chip_box)
            chip.remove_button.clicked.connect(lambda _=False, n=name, k=kind: self.remove(n, k))
            self.chip_flow.addWidget(chip)
        self.no_tags.setVisible(self.article_id is not None and not self.tags)
        for box in (self.suggestion_box, self.chip_box):
            box.updateGeometry()

    def open_suggestions(self) -> list[TagSuggestion]:
        """Suggestions not yet accepted, best first."""
        given = {name for name, _ in self.tags}
        return [s for s in self.suggestions if s.tag not in given]

    def suggestion_buttons(self) -> list[QToolButton]:
        return [
            self.suggestion_flow.itemAt(i).widget() for i in range(self.suggestion_flow.count())
        ]

    def chips(self) -> list[Chip]:
        return [self.chip_flow.itemAt(i).widget() for i in range(self.chip_flow.count())]

    # --- changing the article's tags ------------------------------------------------------
    def accept(self, suggestion: TagSuggestion) -> None:
        self.add(suggestion.tag, suggestion.kind)

    def add(self, name: str, kind: str) -> bool:
        if self.article_id is None or not name.strip():
            return False
        article_id = self.article_id
        known = name.strip() in self.kinds
        if not self._change(lambda tags: tags.add(article_id, name, kind)):
            return False
        if not known:
            self._load_vocabulary()  # a new tag: offer it in the completer from now on
        return True

    def remove(self, name: str, kind: str | None = None) -> bool:
        if self.article_id is None:
            return False
        article_id = self.article_id
        return self._change(lambda tags: tags.remove(article_id, name, kind))

    def add_typed(self) -> None:
        name = self.name_edit.text().strip()
        if name and self.add(name, self.kind_box.currentData()):
            self.name_edit.clear()
            # A completer chosen with Enter writes its choice back after this: clear that too.
            QTimer.singleShot(0, self.name_edit.clear)

    def _follow_kind(self, text: str) -> None:
        # A tag the newsroom already has keeps its kind: 河西区 is a place, not a new topic.
        kind = self.kinds.get(text.strip())
        if kind:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def kind_of(self, name: str) -> str | None:
        return self.kinds.get(name.strip())

    def _change(self, work: Callable[[Tags], object]) -> bool:
        """Change the article's tags through the service; a refusal is one line in a box."""
        article_id = self.article_id
        try:
            work(Newsroom.of(self.desk).tags)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法修改标签"), str(exc).splitlines()[0])
            return False
        self.tags = self._tags_of(article_id)
        self._show()
        self._announcing = True
        try:
            self.desk.article_saved.emit(article_id)  # the list's 标签 column follows
        finally:
            self._announcing = False
        return True

    def _tags_of(self, article_id: int) -> list[tuple[str, str]]:
        return Newsroom.of(self.desk).tags.of(article_id)

    # --- the vocabulary and the archive -------------------------------------------------
    def _load_vocabulary(self) -> None:
        rows = Newsroom.of(self.desk).tags.vocabulary()
        self._terms = tuple(
            VocabularyTerm(r.name, r.kind, tuple(r.aliases)) for r in rows if r.kind in KINDS
        )
        kinds: dict[str, str] = {}
        # The shipped vocabulary first, so the newsroom's own tags win where both name one.
        for term in (*default_vocabulary(), *self._terms):
            for spelling in (term.name, *term.aliases):
                kinds[spelling] = term.kind
        self.kinds = kinds
        self.completion_model.setStringList(sorted(kinds))

    def _learn_frequencies(self) -> None:
        if self._learning is not None or self._frequencies is not None:
            return
        database = self.desk.database_name
        # A large archive takes a while: learning stops when nobody will use the answer
        # (the pane gone, another database).
        task = Task(self, on_done=lambda learned: self._learned(database, learned))
        self._learning = task.start(learn_frequencies, self.desk.newsroom, cancelled=task.cancelled)

    def _learned(self, database: str, frequencies) -> None:
        # Used from the next suggestion on: the shown ones do not change under the editor.
        if database == self.desk.database_name:
            self._frequencies = frequencies

    def _stop_learning(self) -> None:
        if self._learning is not None:
            self._learning.cancel()

    def _saved_elsewhere(self, article_id: int) -> None:
        if article_id == self.article_id and not self._announcing:
            self.show_article(article_id)  # the text changed: suggest again

    def _vocabulary_changed(self) -> None:
        self._load_vocabulary()
        if self.article_id is not None:
            article_id = self.article_id
            self.tags = self._tags_of(article_id)
            self._show()

    def _database_changed(self) -> None:
        self._stop_learning()
        self._learning, self._frequencies, self._terms = None, None, ()
        self.show_article(None)

    # --- the 稿件 menu's actions ---------------------------------------------------------
    def tag_selected(self) -> int:
        """Ask for a tag and give it to every selected article; returns how many got it."""
        ids, window = self.selection(), self.window()
        title = self.tr("批量添加标签")
        if not ids:
            QMessageBox.information(window, title, self.tr("请先在列表中选择稿件。"))
            return 0
        name, ok = QInputDialog.getText(
            window, title, self.tr("给所选的 %1 篇稿件添加标签：").replace("%1", str(len(ids)))
        )
        if not ok or not name.strip():
            return 0
        kind = self.kind_of(name) or "topic"
        try:
            added = Newsroom.of(self.desk).tags.add_to_all(ids, name, kind)
        except ServiceError as exc:
            QMessageBox.warning(window, title, str(exc).splitlines()[0])
            return 0
        self.desk.articles_changed.emit()
        self.said.emit(
            self.tr("%1 篇稿件加上了标签“%2”")
            .replace("%1", str(added))
            .replace("%2", name.strip()),
            8000,
        )
        return added

    def open_vocabulary(self):
        """The vocabulary dialog, window-modal; it deletes itself when closed."""
        from newsroom.ui.vocabulary_dialog import VocabularyDialog

        dialog = VocabularyDialog(self.desk, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
