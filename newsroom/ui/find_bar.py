"""Find and replace in the article editor: a bar over the headline lines and the body.

Ctrl+F opens it to find, Ctrl+H to replace; Escape closes it. Matches are searched in
reading order — 引题, 主题, 副题, then the body — with every body match highlighted and
the current one selected. Replace all is one undo step in each field it changes (the
body's replacements are one edit block). The matching itself is newsroom.finding's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from newsroom import finding
from newsroom.ui.background import run_in_background

_HIGHLIGHT = QColor("#ffe58a")


class FindBar(QWidget):
    """Find (and replace) over an ArticleEditor's kicker, headline, subheadline and body,
    shown over the body. ``find_action`` (Ctrl+F) and ``replace_action`` (Ctrl+H) open it
    for the window's 编辑 menu."""

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.setObjectName("findBar")
        self.editor = editor
        self.matches: list[tuple[QWidget, int, int]] = []
        self.current = -1
        self._words_ready = False
        self._replacing = False  # the editor's text changes under our own hand

        self.find_text = QLineEdit(self)
        self.find_text.setPlaceholderText(self.tr("查找"))
        self.find_text.setClearButtonEnabled(True)
        self.replace_text = QLineEdit(self)
        self.replace_text.setPlaceholderText(self.tr("替换为"))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(70)
        self.match_case = QCheckBox(self.tr("区分大小写"), self)
        self.whole_word = QCheckBox(self.tr("全词"), self)
        self.whole_word.setToolTip(self.tr("中文按分词：“河西”不匹配“河西区”"))
        self.regex = QCheckBox(self.tr("正则"), self)
        self.fold_width = QCheckBox(self.tr("全半角"), self)
        self.fold_width.setToolTip(self.tr("全角与半角视为相同：“，”也找到“,”"))
        self.fold_width.setChecked(True)
        self.previous_button = QPushButton(self.tr("上一个"), self)
        self.next_button = QPushButton(self.tr("下一个"), self)
        self.replace_button = QPushButton(self.tr("替换"), self)
        self.replace_all_button = QPushButton(self.tr("全部替换"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("关闭 (Esc)"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        top = QHBoxLayout()
        top.addWidget(self.find_text, 1)
        for widget in (self.count_label, self.previous_button, self.next_button):
            top.addWidget(widget)
        top.addWidget(self.close_button)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_word, self.regex, self.fold_width):
            options.addWidget(box)
        options.addStretch(1)
        self.replace_row = QWidget(self)
        replace = QHBoxLayout(self.replace_row)
        replace.setContentsMargins(0, 0, 0, 0)
        replace.addWidget(self.replace_text, 1)
        for widget in (self.replace_button, self.replace_all_button):
            replace.addWidget(widget)
        grid.addLayout(top, 0, 0)
        grid.addWidget(self.replace_row, 1, 0)
        grid.addLayout(options, 2, 0)

        self.find_text.textChanged.connect(self.refresh)
        self.find_text.returnPressed.connect(self.find_next)
        self.replace_text.returnPressed.connect(self.replace_current)
        for box in (self.match_case, self.regex, self.fold_width):
            box.toggled.connect(self.refresh)
        self.whole_word.toggled.connect(self._whole_word_toggled)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        for field in self.fields():
            signal = field.textChanged
            signal.connect(self._text_changed)
        self.find_action = QAction(self.tr("查找(&F)…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(lambda: self.open_find(replace=False))
        self.replace_action = QAction(self.tr("替换(&H)…"), self)
        self.replace_action.setShortcut(QKeySequence("Ctrl+H"))
        self.replace_action.triggered.connect(lambda: self.open_find(replace=True))
        self.hide()
        layout = editor.layout()
        layout.insertWidget(layout.indexOf(editor.body), self)

    # --- the editor's fields ------------------------------------------------------------
    def fields(self) -> list[QWidget]:
        e = self.editor
        return [e.kicker, e.headline, e.subheadline, e.body]

    @staticmethod
    def _text_of(field) -> str:
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def options(self) -> finding.FindOptions:
        return finding.FindOptions(
            match_case=self.match_case.isChecked(),
            whole_word=self.whole_word.isChecked() and self._words_ready,
            regex=self.regex.isChecked(),
            fold_width=self.fold_width.isChecked(),
        )

    # --- opening and closing ------------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        """Show the bar (with the replace row for Ctrl+H), seeded with the selection."""
        self.replace_row.setVisible(replace)
        selected = self._selection()
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_text.setText(selected)
        self.show()
        self.find_text.setFocus()
        self.find_text.selectAll()
        self.refresh()

    def _selection(self) -> str:
        focus = self.editor.focusWidget()
        if isinstance(focus, QPlainTextEdit):
            return focus.textCursor().selectedText()
        if isinstance(focus, QLineEdit) and focus in self.fields():
            return focus.selectedText()
        return ""

    def close_bar(self) -> None:
        self.hide()
        self.editor.body.setExtraSelections([])
        self.editor.body.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # --- finding -----------------------------------------------------------------------
    def _whole_word_toggled(self, on: bool) -> None:
        if on and not self._words_ready:
            self.count_label.setText(self.tr("载入分词…"))
            # jieba's dictionary loads away from the window (a second or two, once).
            run_in_background(finding.words, parent=self, on_done=self._words_loaded)
            return
        self.refresh()

    def _words_loaded(self, _words=None) -> None:
        self._words_ready = True
        self.refresh()

    def _text_changed(self) -> None:
        if self.isVisible() and not self._replacing:
            self.refresh(keep_place=True)

    def refresh(self, *_args, keep_place: bool = False) -> None:
        """Find every match again and highlight the body's; select the first (or the one
        at the cursor) unless the user is typing in the article."""
        previous = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = []
        error = ""
        if self.isVisible():
            try:
                for field in self.fields():
                    for start, end in finding.find_all(
                        self._text_of(field), self.find_text.text(), self.options()
                    ):
                        self.matches.append((field, start, end))
            except finding.FindError as exc:
                error = str(exc)
        self.current = 0 if self.matches else -1
        if keep_place and previous is not None:
            self.current = self._index_at(previous[0], previous[1])
        self._highlight()
        if not keep_place and self.matches:
            self._select(self.current)
        self._show_count(error)

    def _index_at(self, field, start: int) -> int:
        order = self.fields()
        for i, (f, s, _) in enumerate(self.matches):
            if (order.index(f), s) >= (order.index(field), start):
                return i
        return 0 if self.matches else -1

    def _show_count(self, error: str = "") -> None:
        self.find_text.setToolTip(error)
        if error:
            self.count_label.setText(self.tr("有误"))
        elif not self.find_text.text():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(self.tr("无结果"))
        else:
            self.count_label.setText(f"{self.current + 1}/{len(self.matches)}")
        editable = bool(self.matches) and not self.editor.read_only
        self.replace_button.setEnabled(editable)
        self.replace_all_button.setEnabled(editable)

    def _highlight(self) -> None:
        body = self.editor.body
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        for field, start, end in self.matches:
            if field is not body:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        body.setExtraSelections(selections)

    def _select(self, index: int) -> None:
        if not 0 <= index < len(self.matches):
            return
        self.current = index
        field, start, end = self.matches[index]
        if isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
            field.ensureCursorVisible()
        else:
            field.setSelection(start, end - start)
        self._show_count()

    def find_next(self) -> None:
        if self.matches:
            self._select((self.current + 1) % len(self.matches) if self.current >= 0 else 0)

    def find_previous(self) -> None:
        if self.matches:
            self._select((self.current - 1) % len(self.matches))

    # --- replacing ---------------------------------------------------------------------
    def replace_current(self) -> None:
        """Replace the selected match and go on to the next one."""
        if self.editor.read_only or not 0 <= self.current < len(self.matches):
            return
        field, start, end = self.matches[self.current]
        new = self._replacement(field, start, end)
        if new is None:
            return
        self._replacing = True
        try:
            if isinstance(field, QPlainTextEdit):
                cursor = field.textCursor()
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new)
            else:
                field.setSelection(start, end - start)
                field.insert(new)  # one step of the line's own undo
        finally:
            self._replacing = False
        self.refresh(keep_place=True)
        # The next match after the replaced text.
        self.current = self._index_at(field, start + len(new))
        if self.matches:
            self._select(self.current)

    def _replacement(self, field, start: int, end: int) -> str | None:
        text = self._text_of(field)[start:end]
        try:
            return finding.replacement(
                text, self.find_text.text(), self.replace_text.text(), self.options()
            )
        except finding.FindError as exc:
            self.count_label.setText(self.tr("有误"))
            self.find_text.setToolTip(str(exc))
            return None

    def replace_all(self) -> int:
        """Replace every match; the body's replacements are one undo step. Returns how many."""
        if self.editor.read_only or not self.matches:
            return 0
        count = 0
        self._replacing = True
        try:
            for field in self.fields():
                spans = [(s, e) for f, s, e in self.matches if f is field]
                if not spans:
                    continue
                news = [self._replacement(field, s, e) for s, e in spans]
                if any(n is None for n in news):
                    return count
                if isinstance(field, QPlainTextEdit):
                    cursor = field.textCursor()
                    cursor.beginEditBlock()
                    for (start, end), new in reversed(list(zip(spans, news, strict=True))):
                        cursor.setPosition(start)
                        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                        cursor.insertText(new)
                    cursor.endEditBlock()
                else:
                    text = field.text()
                    for (start, end), new in reversed(list(zip(spans, news, strict=True))):
                        text = text[:start] + new + text[end:]
                    field.selectAll()
                    field.insert(text)
                count += len(spans)
        finally:
            self._replacing = False
        self.refresh(keep_place=True)
        self.count_label.setText(self.tr("已替换 %1 处").replace("%1", str(count)))
        return count
