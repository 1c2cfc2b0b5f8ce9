"""Importing at the window: files chosen or dropped, read and stored in the background with
a progress dialog (cancel rolls everything back), then the outcome in one line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from newsroom.service import ServiceError
from newsroom.ui.background import Task, wait_for_background

IMPORTABLE = (".txt", ".docx")


def dropped_paths(mime) -> list[str]:
    """The drafts and bulletins among files dropped on the window."""
    if not mime.hasUrls():
        return []
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.lower().endswith(IMPORTABLE)]


def import_copies(newsroom, paths, *, cancelled, progress, **options):
    """Read, parse and store files as one import, off the GUI thread; ``progress(done,
    steps)`` counts each file read, then the one transaction. Cancelling rolls it all back
    (ImportCancelled)."""
    # Imported here: the parser's patterns need not be compiled before the window shows.
    from newsroom.importer import load_copies

    steps = len(paths) + 1
    copies = load_copies(
        paths, cancelled=cancelled, progress=lambda done, _total: progress(done, steps)
    )
    report = newsroom.store_copies(copies, cancelled=cancelled, **options)
    progress(steps, steps)
    return report


class ImportFlow(QObject):
    """The window's imports: files chosen or dropped, their progress and outcome."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("导入稿件"), "", self.tr("稿件 (*.txt *.docx);;所有文件 (*)")
        )
        if paths:
            self.run(paths)

    def run(self, paths: list[str], *, wait: bool = False) -> Task:
        """Import in the background with a progress dialog; cancel rolls everything back.
        A correspondent's files become their own drafts."""
        window, desk = self.window, self.window.desk
        progress = QProgressDialog(
            self.tr("正在导入稿件…"), self.tr("取消"), 0, len(paths) + 1, window
        )
        progress.setWindowTitle(self.tr("导入"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        task = Task(
            self,
            on_done=lambda report: self._imported(report, progress),
            on_error=lambda exc: self._failed(exc, progress),
            on_progress=lambda done, _steps: progress.setValue(done),
        )
        progress.canceled.connect(task.cancel)
        task.start(
            import_copies,
            desk.newsroom,
            list(paths),
            paper_name=window.settings.paper_name,
            author=desk.user,
            owner_id=desk.correspondent_id,
            cancelled=task.cancelled,
            progress=task.report,
        )
        if wait:
            wait_for_background()
        return task

    def _imported(self, report, progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()
        window = self.window
        window.reload()
        duplicates = sum(1 for p in report.pages if p.duplicate)
        message = self.tr("导入 %1 篇稿件").replace("%1", str(report.added_items))
        if duplicates:
            message += self.tr("（%1 个文件此前已导入）").replace("%1", str(duplicates))
        window.statusBar().showMessage(message, 8000)
        if any(not p.duplicate for p in report.pages):
            window.filter_bar.page.setValue(0)

    def _failed(self, exc: Exception, progress: QProgressDialog) -> None:
        from newsroom.importer import ImportCancelled
        from newsroom.ingest.model import IngestError

        progress.reset()
        progress.deleteLater()
        if isinstance(exc, ImportCancelled):
            self.window.statusBar().showMessage(self.tr("已取消导入，未保存任何稿件"), 8000)
        elif isinstance(exc, IngestError | ServiceError):
            self.show_error(str(exc))
        else:
            self.show_error(f"{type(exc).__name__}: {exc}".splitlines()[0])

    def show_error(self, message: str) -> None:
        from newsroom.ui.messages import ingest_message

        QMessageBox.warning(self.window, self.tr("无法导入"), ingest_message(message))
