"""The proofreading pane: findings by category, select, apply, ignore, whitelist, 校对单."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsroom.service import Newsroom, ServiceError
from newsroom.ui.background import run_in_background
from newsroom.ui.labels import category_text
from newsroom.ui.proof_highlighter import CATEGORY_COLOURS, ProofHighlighter, utf16_offsets

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10
RECHECK_MS = 600  # after typing pauses
FIELDS = ("kicker", "headline", "subheadline", "body")
FIELD_LABELS = {"kicker": "引题", "headline": "主题", "subheadline": "副题", "body": "正文"}


def check_fields(proofreader, fields: dict[str, str], ignored) -> list[tuple[str, object]]:
    """(field, finding) for copies of the article's fields, leaving out the ignored ones."""
    return [
        (field, f)
        for field, text in fields.items()
        if text
        for f in proofreader.check(text)
        if (f.rule, f.text) not in ignored
    ]


class ProofPane(QWidget):
    """Findings of the article in the editor, grouped by category with counts."""

    counted = Signal(int, int)  # article id, open findings

    def __init__(self, desk, service, editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("校对"))
        self.desk, self.service, self.editor = desk, service, editor
        self.article_id: int | None = None
        self.findings: list[tuple[str, object]] = []
        self._generation = 0
        self.highlighter = ProofHighlighter(editor.body.document(), service)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._select_in_editor)
        self.tree.doubleClicked.connect(lambda _i: self.apply_selected())
        self.summary = QLabel(self.tr("校对引擎准备中…"), self)
        self.apply_button = QPushButton(self.tr("采纳建议"), self)
        self.apply_all_button = QPushButton(self.tr("同类全部采纳"), self)
        self.ignore_button = QPushButton(self.tr("忽略"), self)
        self.whitelist_button = QPushButton(self.tr("加入白名单"), self)
        self.sheet_button = QPushButton(self.tr("导出校对单…"), self)
        self.apply_button.clicked.connect(self.apply_selected)
        self.apply_all_button.clicked.connect(self.apply_all_of_kind)
        self.ignore_button.clicked.connect(self.ignore_selected)
        self.whitelist_button.clicked.connect(self.whitelist_selected)
        self.sheet_button.clicked.connect(self.export_sheet)
        buttons = QHBoxLayout()
        for button in (
            self.apply_button,
            self.apply_all_button,
            self.ignore_button,
            self.whitelist_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.recheck)
        for edit in (editor.kicker, editor.headline, editor.subheadline):
            edit.textChanged.connect(self._timer.start)
        editor.body.textChanged.connect(self._timer.start)
        service.ready.connect(self.recheck)
        self._update_buttons()

    # --- checking -------------------------------------------------------------------
    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        ignored: set[tuple[str, str]] = set()
        if article_id is not None:
            ignored = Newsroom.of(self.desk).rules.ignored(article_id)
        self.highlighter.ignored = ignored
        self.highlighter.rehighlight()
        self.recheck()

    def field_texts(self) -> dict[str, str]:
        editor = self.editor
        return {
            "kicker": editor.kicker.text(),
            "headline": editor.headline.text(),
            "subheadline": editor.subheadline.text(),
            "body": editor.body.toPlainText(),
        }

    def recheck(self) -> None:
        """Check the whole article in a worker; the answer replaces the list if still current."""
        self._timer.stop()
        self._generation += 1
        if self.article_id is None:
            self._show([])
            return
        proofreader = self.service.proofreader
        if proofreader is None:
            self.summary.setText(self.tr("校对引擎准备中…"))
            return
        generation = self._generation
        run_in_background(
            check_fields,
            proofreader,
            self.field_texts(),
            set(self.highlighter.ignored),
            parent=self,
            on_done=lambda found: self._checked(found, generation),
        )

    def _checked(self, found, generation: int) -> None:
        if generation == self._generation:  # else the text changed again meanwhile
            self._show(found)

    def _show(self, found) -> None:
        self.findings = sorted(found, key=lambda pair: (FIELDS.index(pair[0]), pair[1].start))
        self.model.clear()
        texts = self.field_texts()
        groups: dict[str, QStandardItem] = {}
        for field, finding in self.findings:
            group = groups.get(finding.category)
            if group is None:
                group = QStandardItem()
                group.setForeground(QColor(CATEGORY_COLOURS.get(finding.category, "#000")))
                groups[finding.category] = group
                self.model.appendRow(group)
            item = QStandardItem(self._describe(field, finding, texts[field]))
            tip = finding.message
            confidence = getattr(finding, "confidence", 1.0)
            if confidence < 1.0:
                # How sure the statistical rules are: 把握 87%.
                tip += "\n" + self.tr("把握 %1%").replace("%1", str(round(confidence * 100)))
            item.setToolTip(tip)
            item.setData((field, finding), FINDING_ROLE)
            group.appendRow(item)
        for category, group in groups.items():
            label = category_text(category)
            group.setText(f"{label}（{group.rowCount()}）")
        self.tree.expandAll()
        count = len(self.findings)
        self.summary.setText(
            self.tr("未发现问题") if not count else self.tr("%1 处待校对").replace("%1", str(count))
        )
        if self.article_id is not None:
            self.counted.emit(self.article_id, count)
        self._update_buttons()

    def _describe(self, field: str, finding, text: str) -> str:
        """``典型案列 → 典型案例　正文``: the finding with two characters either side."""
        if text[finding.start : finding.end] != finding.text:
            left = right = ""  # edited since the check: show the finding alone
        else:
            left = text[max(0, finding.start - 2) : finding.start].split("\n")[-1]
            right = text[finding.end : finding.end + 2].split("\n")[0]
        was = f"{left}{finding.text}{right}".strip() or "␣"
        becomes = f"{left}{finding.suggestion}{right}".strip() or self.tr("（删除）")
        where = QCoreApplication.translate("labels", FIELD_LABELS[field])
        return f"{was} → {becomes}　{where}"

    # --- acting on a finding ----------------------------------------------------------
    def selected(self):
        index = self.tree.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (
            self.apply_button,
            self.ignore_button,
            self.whitelist_button,
            self.apply_all_button,
        ):
            button.setEnabled(has)
        self.sheet_button.setEnabled(self.article_id is not None)

    def _select_in_editor(self, current, _previous=None) -> None:
        self._update_buttons()
        chosen = current.data(FINDING_ROLE) if current.isValid() else None
        if chosen is None:
            return
        field, finding = chosen
        if field == "body":
            text = self.editor.body.toPlainText()
            positions = utf16_offsets(text)
            if finding.end >= len(positions):
                return
            cursor = self.editor.body.textCursor()
            cursor.setPosition(positions[finding.start])
            cursor.setPosition(positions[finding.end], QTextCursor.MoveMode.KeepAnchor)
            self.editor.body.setTextCursor(cursor)
            self.editor.body.ensureCursorVisible()
        else:
            edit = getattr(self.editor, field)
            edit.setSelection(finding.start, finding.end - finding.start)

    def _apply(self, field: str, finding) -> bool:
        """Replace the finding's span with its suggestion, if the text is still as found."""
        if field == "body":
            text = self.editor.body.toPlainText()
            if text[finding.start : finding.end] != finding.text:
                return False
            positions = utf16_offsets(text)
            cursor = QTextCursor(self.editor.body.document())
            cursor.setPosition(positions[finding.start])
            cursor.setPosition(positions[finding.end], QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(finding.suggestion)  # one undo step in the editor
            return True
        edit = getattr(self.editor, field)
        text = edit.text()
        if text[finding.start : finding.end] != finding.text:
            return False
        edit.setText(text[: finding.start] + finding.suggestion + text[finding.end :])
        return True

    def apply_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self._apply(*chosen):
            return False
        self.recheck()
        return True

    def apply_all_of_kind(self) -> int:
        """Apply every finding of the selected one's rule, from the end so offsets hold."""
        chosen = self.selected()
        if chosen is None:
            return 0
        rule = chosen[1].rule
        same = [pair for pair in self.findings if pair[1].rule == rule]
        applied = sum(
            self._apply(field, f)
            for field, f in sorted(same, key=lambda p: (p[0], p[1].start), reverse=True)
        )
        self.recheck()
        return applied

    def ignore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.article_id is None:
            return
        finding = chosen[1]
        Newsroom.of(self.desk).rules.ignore(self.article_id, finding.rule, finding.text)
        self.highlighter.ignored.add((finding.rule, finding.text))
        self.highlighter.rehighlight()
        self.recheck()

    def whitelist_selected(self) -> None:
        """Whitelist the words around the finding, as the editor confirms or corrects them."""
        chosen = self.selected()
        if chosen is None:
            return
        field, finding = chosen
        text = self.field_texts()[field]
        # A typo is found as the one wrong character; the whitelist wants the word.
        start, end = finding.start, finding.end
        if end - start < 2:
            start, end = max(0, start - 1), min(len(text), end + 1)
        term, ok = QInputDialog.getText(
            self, self.tr("加入白名单"), self.tr("不再校对的词语："), text=text[start:end].strip()
        )
        term = term.strip()
        if not ok or not term:
            return
        try:
            Newsroom.of(self.desk).rules.allow(term)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("无法加入白名单"), str(exc))
            return
        self.service.rebuild()  # the pane and highlighter re-check when it is ready

    def export_sheet(self) -> None:
        """The 校对单: the article as DOCX, each finding a Word comment, for the correspondent."""
        if self.article_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出校对单"),
            self.tr("校对单-%1.docx").replace("%1", str(self.article_id)),
            self.tr("Word 文档 (*.docx)"),
        )
        if not path:
            return
        from newsroom.layout import StyleSheetError
        from newsroom.layout.proof_sheet import write_proof_sheet
        from newsroom.layout.stylesheet import newsroom_stylesheet

        try:  # the newsroom's own style sheet, as exported pages have it
            sheet = newsroom_stylesheet(preference=self.desk.settings.stylesheet)
        except (StyleSheetError, OSError):
            sheet = newsroom_stylesheet()
        try:
            write_proof_sheet(
                path,
                self.field_texts(),
                self.findings,
                author=self.desk.user or self.tr("校对"),
                stylesheet=sheet,
            )
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法导出"), f"{path}: {exc.strerror or exc}")
            return
        self.summary.setText(self.tr("校对单已导出：%1").replace("%1", path))
