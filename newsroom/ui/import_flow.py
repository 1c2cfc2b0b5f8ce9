"""Importing at the window: files chosen or dropped, read and stored in the background with
a progress dialog (cancel rolls everything back), then the outcome in one line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from newsroom.ui.workers import ImportWorker

IMPORTABLE = (".txt", ".docx")


def dropped_paths(mime) -> list[str]:
    """The drafts and bulletins among files dropped on the window."""
    if not mime.hasUrls():
        return []
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.lower().endswith(IMPORTABLE)]


class ImportFlow(QObject):
    """The window's imports: a correspondent's become their own drafts (ImportWorker)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("导入稿件"), "", self.tr("稿件 (*.txt *.docx);;所有文件 (*)")
        )
        if paths:
            self.run(paths)

    def run(self, paths: list[str], *, wait: bool = False) -> ImportWorker:
        """Import in the background with a progress dialog; cancel rolls everything back."""
        window = self.window
        worker = ImportWorker(
            window.desk.engine,
            paths,
            window.settings.paper_name,
            window.desk.user,
            owner_id=window.desk.correspondent_id,
        )
        progress = QProgressDialog(
            self.tr("正在导入稿件…"), self.tr("取消"), 0, worker.steps, window
        )
        progress.setWindowTitle(self.tr("导入"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(worker.cancel)
        window.import_progress = progress
        worker.signals.progress.connect(lambda done, _total: progress.setValue(done))
        worker.signals.finished.connect(lambda report: self._imported(report, progress))
        worker.signals.failed.connect(lambda message: self._failed(message, progress))
        worker.signals.cancelled.connect(lambda: self._cancelled(progress))
        window._start(worker)
        if wait:
            QThreadPool.globalInstance().waitForDone()
        return worker

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

    def _failed(self, message: str, progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()
        self.show_error(message)

    def _cancelled(self, progress: QProgressDialog) -> None:
        progress.reset()
        progress.deleteLater()
        self.window.statusBar().showMessage(self.tr("已取消导入，未保存任何稿件"), 8000)

    def show_error(self, message: str) -> None:
        from newsroom.ui.messages import ingest_message

        QMessageBox.warning(self.window, self.tr("无法导入"), ingest_message(message))
