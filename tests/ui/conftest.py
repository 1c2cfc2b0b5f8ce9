"""GUI tests: dialogs never block, the thread pool is drained after each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox


class DialogRecorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.open_files: list[str] = []


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogRecorder:
    """Message boxes are recorded instead of shown; file dialogs answer from the test."""
    recorder = DialogRecorder()

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            recorder.messages.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: (list(recorder.open_files), "")),
    )
    yield recorder
    QThreadPool.globalInstance().waitForDone(5000)
