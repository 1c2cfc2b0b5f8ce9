"""Search the archive from the window: a pane with the query, filters and ranked results.

The search runs on the thread pool through the service's search part (the databases' own
full-text index) and reports by signal; the results show each article's date, page and
headline with a snippet around the hit, and clicking one opens the article in the editor
with the hit selected. Ctrl+Shift+F shows the pane. From here the desk also opens the
replace-across-the-archive dialog (replace_dialog.py).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsroom.ui.background import Task, run_in_background
from newsroom.ui.labels import status_text, statuses

DEBOUNCE_MS = 300


def search_archive(engine, query: str, filters, identity) -> list:
    """One search, off the GUI thread: plain values in, SearchResults out."""
    from newsroom.searching import QueryError
    from newsroom.service import Newsroom

    try:
        return Newsroom(engine, identity).search.find(query, filters)
    except QueryError:
        return []


class SearchPane(QWidget):
    """The query, its filters and the ranked results of the archive. Opening a result asks
    the window to show the article (``article_wanted``), then selects the hit in ``editor``;
    ``window`` is what the replace dialog works on. ``search_action`` (Ctrl+Shift+F) is for
    the window's 编辑 menu."""

    article_wanted = Signal(int)

    def __init__(self, desk, editor, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("searchPane")
        self.setWindowTitle(self.tr("稿库搜索"))
        self.desk, self.editor, self.window_ = desk, editor, window
        self.results: list = []
        self._number = 0
        self._task: Task | None = None
        self.search_action = QAction(self.tr("搜索稿库(&A)…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))

        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("搜索稿库：词语、“短语”、-排除"))
        self.query.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for label, value in statuses():
            self.status.addItem(label, value)
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("署名"))
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("标签"))
        self.page = QSpinBox(self)
        self.page.setRange(0, 999)
        self.page.setSpecialValueText(self.tr("全部版"))
        self.page.setPrefix(self.tr("第"))
        self.page.setSuffix(self.tr("版"))
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText(self.tr("起始日期 2025-01-01"))
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText(self.tr("截止日期"))
        self.saved = QComboBox(self)
        self.saved.setToolTip(self.tr("已存的搜索"))
        self.saved.activated.connect(self._run_saved)
        self.save_button = QPushButton(self.tr("存为…"), self)
        self.save_button.clicked.connect(self.save_current)
        self._fill_saved()
        self.summary = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._open)
        self.replace_button = QPushButton(self.tr("批量替换…"), self)
        self.replace_button.setToolTip(self.tr("在全部稿件中替换，先预览每一处"))
        self.replace_button.clicked.connect(self.open_replace)

        grid = QGridLayout()
        grid.addWidget(self.query, 0, 0, 1, 3)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.person, 1, 1)
        grid.addWidget(self.tag, 1, 2)
        grid.addWidget(self.page, 2, 0)
        grid.addWidget(self.date_from, 2, 1)
        grid.addWidget(self.date_to, 2, 2)
        grid.addWidget(self.saved, 3, 0, 1, 2)
        grid.addWidget(self.save_button, 3, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.replace_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        for edit in (self.query, self.person, self.tag, self.date_from, self.date_to):
            edit.textChanged.connect(self.timer.start)
        self.query.returnPressed.connect(self.run_search)
        self.status.currentIndexChanged.connect(self.timer.start)
        self.page.valueChanged.connect(self.timer.start)
        desk.database_changed.connect(self.run_search)

    @property
    def searching(self) -> bool:
        """The latest search has not answered yet."""
        return self._task is not None and self._task.running

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    # --- searching ---------------------------------------------------------------------
    def filters(self):
        from newsroom.searching import SearchFilters

        return SearchFilters(
            date_from=_date(self.date_from.text()),
            date_to=_date(self.date_to.text()),
            status=self.status.currentData(),
            person=self.person.text().strip() or None,
            page=self.page.value() or None,
            tag=self.tag.text().strip() or None,
        )

    def run_search(self) -> None:
        """Search now (in the background); an older search's answer is dropped."""
        self.timer.stop()
        text = self.query.text().strip()
        self._number += 1
        if not text:
            self._task = None
            self.results = []
            self.view.clear()
            self.summary.clear()
            return
        desk, number = self.desk, self._number
        self.summary.setText(self.tr("正在搜索…"))
        self._task = run_in_background(
            search_archive,
            desk.engine,
            text,
            self.filters(),
            desk.identity,
            parent=self,
            on_done=lambda results: self._show(number, results),
            # a database gone away: said in the pane, never a crash
            on_error=lambda exc: self._failed(number, (str(exc) or repr(exc)).splitlines()[0]),
        )

    def _show(self, number: int, results) -> None:
        if number != self._number:
            return
        self.results = results
        if not results:
            self.summary.setText(self.tr("没有找到"))
        else:
            self.summary.setText(self.tr("找到 %1 篇（按相关度）").replace("%1", str(len(results))))
        self.view.setHtml("".join(_result_html(i, r) for i, r in enumerate(results)))

    def _failed(self, number: int, message: str) -> None:
        if number == self._number:
            self.summary.setText(self.tr("搜索失败：%1").replace("%1", message))

    # --- opening a result --------------------------------------------------------------
    def _open(self, url: QUrl) -> None:
        index = int(url.fragment() or -1)
        if 0 <= index < len(self.results):
            self.open_result(self.results[index])

    def open_result(self, result) -> bool:
        """Show the article in the editor with the hit selected; False when the editor does
        not show it (not listed, or its unsaved edits kept)."""
        self.article_wanted.emit(result.id)
        editor = self.editor
        if editor.article_id != result.id:
            return False
        hit = result.hit
        if hit is None:
            return True
        if hit.field == "body":
            paragraphs = editor.content().paragraphs
            offset = sum(len(p) + 2 for p in paragraphs[: hit.paragraph])  # "\n\n" between
            cursor = editor.body.textCursor()
            cursor.setPosition(offset + hit.start)
            cursor.setPosition(offset + hit.end, cursor.MoveMode.KeepAnchor)
            editor.body.setTextCursor(cursor)
            editor.body.ensureCursorVisible()
            editor.body.setFocus()
        elif hit.field in ("kicker", "headline", "subheadline"):
            field = getattr(editor, hit.field)
            field.setFocus()
            field.setSelection(hit.start, hit.end - hit.start)
        return True

    # --- saved searches ----------------------------------------------------------------
    def _fill_saved(self) -> None:
        from newsroom.saved_searches import load_searches

        self.saved.clear()
        self.saved.addItem(self.tr("已存的搜索…"), None)
        for name in load_searches():
            self.saved.addItem(name, name)

    def save_current(self, name: str | None = None) -> bool:
        """Keep the query and its filters under a name (asked for unless given)."""
        from PySide6.QtWidgets import QInputDialog

        from newsroom.saved_searches import save_search

        if not self.query.text().strip():
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("保存搜索"), self.tr("名称："))
            if not ok:
                return False
        try:
            save_search(name, self.query.text(), self.filters().to_dict())
        except (ValueError, OSError) as exc:
            self.summary.setText(str(exc).splitlines()[0])
            return False
        self._fill_saved()
        return True

    def _run_saved(self, index: int) -> None:
        from newsroom.saved_searches import load_searches

        entry = load_searches().get(self.saved.itemData(index) or "")
        if entry is None:
            return
        for edit, key in (
            (self.person, "person"),
            (self.tag, "tag"),
            (self.date_from, "date_from"),
            (self.date_to, "date_to"),
        ):
            edit.setText(str(entry.get(key) or ""))
        self.page.setValue(int(entry.get("page") or 0))
        self.status.setCurrentIndex(max(0, self.status.findData(entry.get("status"))))
        self.query.setText(entry["query"])
        self.run_search()

    def open_replace(self):
        from newsroom.ui.replace_dialog import open_replace_dialog

        return open_replace_dialog(self.window_, self.query.text().strip(), self.filters())


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _result_html(index: int, result) -> str:
    hit = result.hit
    snippet = ""
    if hit is not None:
        parts, at = [], 0
        for start, end in hit.highlights:
            parts += [
                html.escape(hit.snippet[at:start]),
                f"<b style='background:#ffe58a'>{html.escape(hit.snippet[start:end])}</b>",
            ]
            at = end
        parts.append(html.escape(hit.snippet[at:]))
        snippet = "".join(parts)
    where = " ".join(
        x
        for x in (
            result.date.isoformat() if result.date else "",
            QCoreApplication.translate("SearchPane", "第%1版").replace("%1", str(result.page))
            if result.page
            else "",
            status_text(result.status),
        )
        if x
    )
    headline = html.escape(result.headline or result.kicker or "—")
    return (
        f"<p><a href='#{index}'><b>{headline}</b></a> "
        f"<span style='color:#777'>{html.escape(where)}</span><br/>{snippet}</p>"
    )
