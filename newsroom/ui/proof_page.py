"""Proofreading a whole page in the background, and putting proofreading into the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from newsroom.service import Newsroom
from newsroom.ui.proof_pane import ProofPane
from newsroom.ui.proofing import ProofingService

STARTUP_GRACE_MS = 1200


class _Signals(QObject):
    progress = Signal(int, int)
    counted = Signal(int, int)
    finished = Signal(int)
    cancelled = Signal()


class ProofPageWorker(QRunnable):
    """Checks copies of a page's articles; counts come back one by one, cancel stops it."""

    def __init__(self, proofreader, articles: list[tuple[int, str, set]]) -> None:
        super().__init__()
        self.proofreader, self.articles = proofreader, articles
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        total = 0
        try:
            for done, (article_id, text, ignored) in enumerate(self.articles, start=1):
                if self._cancel.is_set():
                    self.signals.cancelled.emit()
                    return
                count = sum((f.rule, f.text) not in ignored for f in self.proofreader.check(text))
                total += count
                self.signals.counted.emit(article_id, count)
                self.signals.progress.emit(done, len(self.articles))
            self.signals.finished.emit(total)
        except RuntimeError:  # the window closed meanwhile
            pass


def page_texts(newsroom, page_id: int) -> list[tuple[int, str, set]]:
    """(article id, text, ignored findings) of the page's articles in page order;
    ``newsroom``: a Newsroom, the desk, or its engine."""
    copies = Newsroom.of(newsroom).articles.page_for_proofreading(page_id)
    return [(c.article_id, c.text, set(c.ignored)) for c in copies]


def install_proofing(window) -> ProofPane:
    """The 校对 pane, underlines in the editor, the 校对 column, page proofreading, rules."""
    service = ProofingService(window.desk, window)
    pane = ProofPane(window.desk, service, window.editor, window)
    window.proofing = service
    window.proof_pane = pane
    window.add_pane("proofing", QCoreApplication.translate("ProofPage", "校对"), pane)
    window.current_article_changed.connect(pane.show_article)
    pane.counted.connect(window.model.set_finding_count)
    window.article_menu.addSeparator()
    page_action = window.article_menu.addAction(
        QCoreApplication.translate("ProofPage", "校对本版…")
    )
    page_action.triggered.connect(lambda: proofread_page(window))
    rules_action = window.article_menu.addAction(
        QCoreApplication.translate("ProofPage", "校对规则…")
    )
    rules_action.triggered.connect(lambda: edit_rules(window))
    window.proofread_page_action, window.rules_action = page_action, rules_action
    from newsroom.ui.icons import icon

    page_action.setIcon(icon("proofread"))
    # A moment after the window is shown: loading the dictionaries (a second of work in
    # a thread) must not compete with the first paint.
    QTimer.singleShot(STARTUP_GRACE_MS, service.rebuild)
    return pane


def proofread_page(window) -> ProofPageWorker | None:
    """Proofread every article on the current article's page, with a progress dialog."""
    article_id = window.current_article_id()
    proofreader = window.proofing.proofreader
    if article_id is None or proofreader is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ProofPage", "校对本版"),
            QCoreApplication.translate("ProofPage", "请先选择一篇稿件，并等待校对引擎准备好。"),
        )
        return None
    newsroom = Newsroom.of(window.desk)
    page_id = newsroom.articles.page_of(article_id)
    if page_id is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ProofPage", "校对本版"),
            QCoreApplication.translate("ProofPage", "这篇稿件还没有上版。"),
        )
        return None
    articles = page_texts(newsroom, page_id)
    worker = ProofPageWorker(proofreader, articles)
    progress = QProgressDialog(
        QCoreApplication.translate("ProofPage", "正在校对本版…"),
        QCoreApplication.translate("ProofPage", "取消"),
        0,
        len(articles),
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.canceled.connect(worker.cancel)
    worker.signals.progress.connect(lambda done, _total: progress.setValue(done))
    worker.signals.counted.connect(window.model.set_finding_count)

    def finished(total: int) -> None:
        progress.reset()
        window.statusBar().showMessage(
            QCoreApplication.translate("ProofPage", "本版 %1 篇稿件，%2 处待校对")
            .replace("%1", str(len(articles)))
            .replace("%2", str(total)),
            10000,
        )

    worker.signals.finished.connect(finished)
    worker.signals.cancelled.connect(progress.reset)
    window.page_proof_worker = worker  # kept until it reports
    worker.setAutoDelete(False)
    QThreadPool.globalInstance().start(worker)
    return worker


def edit_rules(window) -> None:
    from newsroom.ui.rules_dialog import RulesDialog

    RulesDialog(window.desk, window.proofing, window).exec()
