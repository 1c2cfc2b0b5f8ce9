"""Proofreading a whole page in the background, and putting proofreading into the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from newsroom.service import Newsroom
from newsroom.ui.background import Task
from newsroom.ui.proof_pane import ProofPane
from newsroom.ui.proofing import ProofingService

STARTUP_GRACE_MS = 1200


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


def proofread_page(window) -> Task | None:
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
    progress = QProgressDialog(
        QCoreApplication.translate("ProofPage", "正在校对本版…"),
        QCoreApplication.translate("ProofPage", "取消"),
        0,
        len(articles),
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def checked(done: int, article_id: int, count: int) -> None:
        window.model.set_finding_count(article_id, count)
        progress.setValue(done)

    def finished(total: int | None) -> None:
        progress.reset()
        if total is None:  # cancelled
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("ProofPage", "本版 %1 篇稿件，%2 处待校对")
            .replace("%1", str(len(articles)))
            .replace("%2", str(total)),
            10000,
        )

    task = Task(window, on_done=finished, on_progress=checked)
    progress.canceled.connect(task.cancel)
    return task.start(
        count_findings, proofreader, articles, cancelled=task.cancelled, progress=task.report
    )


def edit_rules(window) -> None:
    from newsroom.ui.rules_dialog import RulesDialog

    RulesDialog(window.desk, window.proofing, window).exec()
