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

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, QUrl, Signal
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

from newsroom.ui.labels import status_text, statuses

DEBOUNCE_MS = 300


class _Signals(QObject):
    finished = Signal(int, object)  # request number, results
    failed = Signal(int, str)


class SearchWorker(QRunnable):
    """One search, in the background: plain values in, SearchResults out."""

    def __init__(self, engine, number: int, query: str, filters, identity) -> None:
        super().__init__()
        self.engine, self.number, self.query = engine, number, query
        self.filters, self.identity = filters, identity
        self.signals = _Signals()

    def run(self) -> None:
        from newsroom.searching import QueryError, parse_query
        from newsroom.service import Newsroom

        try:
            query = parse_query(self.query)
            results = Newsroom(self.engine, self.identity).search.find(query, self.filters)
        except QueryError:
            results = []
        except Exception as exc:  # a database gone away: said in the pane, never a crash
            self._emit(self.signals.failed, self.number, str(exc).splitlines()[0])
            return
        self._emit(self.signals.finished, self.number, results)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the pane closed meanwhile
            pass


class SearchPane(QWidget):
    """The query, its filters and the ranked results of the archive."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("searchPane")
        self.window_ = window
        self.results: list = []
        self._number = 0
        self._workers: dict[int, SearchWorker] = {}

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
            self.results = []
            self.view.clear()
            self.summary.clear()
            return
        desk = self.window_.desk
        worker = SearchWorker(desk.engine, self._number, text, self.filters(), desk.identity)
        worker.setAutoDelete(False)
        worker.signals.finished.connect(self._show)
        worker.signals.failed.connect(self._failed)
        self._workers[self._number] = worker
        self.summary.setText(self.tr("正在搜索…"))
        QThreadPool.globalInstance().start(worker)

    def _show(self, number: int, results) -> None:
        self._workers.pop(number, None)
        if number != self._number:
            return
        self.results = results
        if not results:
            self.summary.setText(self.tr("没有找到"))
        else:
            self.summary.setText(self.tr("找到 %1 篇（按相关度）").replace("%1", str(len(results))))
        self.view.setHtml("".join(_result_html(i, r) for i, r in enumerate(results)))

    def _failed(self, number: int, message: str) -> None:
        self._workers.pop(number, None)
        if number == self._number:
            self.summary.setText(self.tr("搜索失败：%1").replace("%1", message))

    # --- opening a result --------------------------------------------------------------
    def _open(self, url: QUrl) -> None:
        index = int(url.fragment() or -1)
        if 0 <= index < len(self.results):
            self.open_result(self.results[index])

    def open_result(self, result) -> bool:
        """Show the article in the editor with the hit selected; False if it is not listed."""
        window = self.window_
        if not window.select_article(result.id):
            window._clear_filter()  # the list's filter hid it: show the whole list
            if not window.select_article(result.id):
                return False
        editor = window.editor
        hit = result.hit
        if hit is None or editor.article_id != result.id:
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


def install_search_pane(window) -> SearchPane:
    """Dock the pane and add 搜索稿库 (Ctrl+Shift+F) to the 编辑 menu."""
    pane = SearchPane(window)
    window.search_pane = pane
    title = QCoreApplication.translate("SearchPane", "稿库搜索")
    window.search_dock = window.add_pane("search", title, pane)
    action = QAction(QCoreApplication.translate("SearchPane", "搜索稿库(&A)…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+F"))

    def show() -> None:
        window.set_panes_shown(True)
        window.search_dock.show()
        window.search_dock.raise_()
        pane.query.setFocus()
        pane.query.selectAll()

    action.triggered.connect(show)
    window.search_action = action
    menus = [m for m in window.find_action.associatedObjects() if hasattr(m, "insertAction")]
    if menus:
        menus[0].addAction(action)
    else:
        window.addAction(action)
    window.desk.database_changed.connect(lambda: pane.run_search())
    return pane
