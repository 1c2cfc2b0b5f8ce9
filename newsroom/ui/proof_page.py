"""The 稿件 menu's proofreading: a whole page (校对本版) in the background, and the rules."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from newsroom.service import Newsroom
from newsroom.ui.background import Task
from newsroom.ui.icons import icon


def page_texts(newsroom, page_id: int) -> list[tuple[int, str, set]]:
    """(article id, text, ignored findings) of the page's articles in page order;
    ``newsroom``: a Newsroom, the desk, or its engine."""
    copies = Newsroom.of(newsroom).articles.page_for_proofreading(page_id)
    return [(c.article_id, c.text, set(c.ignored)) for c in copies]


def count_findings(proofreader, articles, *, cancelled, progress) -> int | None:
    """Check copies of a page's articles off the GUI thread: ``progress(done, article id,
    open findings)`` after each; the page's total, or None when cancelled."""
    total = 0
    for done, (article_id, text, ignored) in enumerate(articles, start=1):
        if cancelled():
            return None
        count = sum((f.rule, f.text) not in ignored for f in proofreader.check(text))
        total += count
        progress(done, article_id, count)
    return total


class ProofPage(QObject):
    """校对本版… (every article on the page of ``current_article()``) and 校对规则…, over
    ``window``; counts come out by ``counted`` as each article is checked."""

    counted = Signal(int, int)  # article id, open findings
    said = Signal(str, int)  # a line for the status bar, and for how many ms

    def __init__(
        self, desk, proofing, current_article: Callable[[], int | None], window: QWidget
    ) -> None:
        super().__init__(window)
        self.desk, self.proofing, self.window = desk, proofing, window
        self.current_article = current_article
        self.page_action = QAction(icon("proofread"), self.tr("校对本版…"), self)
        self.page_action.triggered.connect(self.proofread_page)
        self.rules_action = QAction(self.tr("校对规则…"), self)
        self.rules_action.triggered.connect(self.edit_rules)

    def proofread_page(self) -> Task | None:
        """Proofread every article on the current article's page, with a progress dialog."""
        article_id = self.current_article()
        proofreader = self.proofing.proofreader
        if article_id is None or proofreader is None:
            self._tell(self.tr("请先选择一篇稿件，并等待校对引擎准备好。"))
            return None
        newsroom = Newsroom.of(self.desk)
        page_id = newsroom.articles.page_of(article_id)
        if page_id is None:
            self._tell(self.tr("这篇稿件还没有上版。"))
            return None
        articles = page_texts(newsroom, page_id)
        progress = QProgressDialog(
            self.tr("正在校对本版…"), self.tr("取消"), 0, len(articles), self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def checked(done: int, article_id: int, count: int) -> None:
            self.counted.emit(article_id, count)
            progress.setValue(done)

        def finished(total: int | None) -> None:
            progress.reset()
            if total is None:  # cancelled
                return
            self.said.emit(
                self.tr("本版 %1 篇稿件，%2 处待校对")
                .replace("%1", str(len(articles)))
                .replace("%2", str(total)),
                10000,
            )

        task = Task(self, on_done=finished, on_progress=checked)
        progress.canceled.connect(task.cancel)
        return task.start(
            count_findings, proofreader, articles, cancelled=task.cancelled, progress=task.report
        )

    def _tell(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("校对本版"), text)

    def edit_rules(self) -> None:
        from newsroom.ui.rules_dialog import RulesDialog

        RulesDialog(self.desk, self.proofing, self.window).exec()
