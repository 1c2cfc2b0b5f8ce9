"""GUI tests: dialogs never block, settings stay in the test's folder, the pool is drained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


class DialogRecorder:
    """What the test answers to dialogs, and what the window asked or said."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.open_files: list[str] = []
        self.save_file = ""
        self.answer = QMessageBox.StandardButton.Yes  # to questions
        self.note = ("", False)  # to QInputDialog.getMultiLineText
        self.text: tuple[str, bool] | None = None  # to QInputDialog.getText; None: keep its text


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, _isolated_home, qapp) -> DialogRecorder:
    """Message boxes are recorded instead of shown; file and input dialogs answer from the test."""
    recorder = DialogRecorder()
    QCoreApplication.setOrganizationName("newsroom-tests")
    QCoreApplication.setApplicationName("newsroom-tests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(_isolated_home / "qsettings"))

    def record(kind):
        def show(_parent, title, text, *args, **kwargs):
            recorder.messages.append((kind, text))
            if kind == "question":
                return recorder.answer
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
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (recorder.save_file, ""))
    )
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: recorder.note)
    )
    from newsroom.ui.return_dialog import ReturnNoteDialog

    def return_note(_parent=None):
        note, ok = recorder.note
        return note.strip() if ok and note.strip() else None

    monkeypatch.setattr(ReturnNoteDialog, "ask", staticmethod(return_note))
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: recorder.text or (k.get("text", ""), True)),
    )
    yield recorder
    QThreadPool.globalInstance().waitForDone(10000)
