"""Shared steps for GUI tests: a window on a temporary database, the seed imported."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from newsroom.importer import import_files
from newsroom.settings import Settings
from newsroom.store.db import open_database
from newsroom.ui.main_window import MainWindow


def open_window(qtbot, db_path, *, seed=None, user="王编辑") -> MainWindow:
    engine = open_database(db_path)
    if seed is not None:
        import_files(engine, [seed])
    window = MainWindow(engine, Settings(user_name=user))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_small_window(qtbot, db_path, seed_path=None, *, user="王编辑") -> MainWindow:
    """A window sized to a 1024×700 screen before it first shows, as a small laptop opens it."""
    engine = open_database(db_path)
    if seed_path is not None:
        import_files(engine, [seed_path])
    window = MainWindow(engine, Settings(user_name=user))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    drain()
    qtbot.wait(50)  # the collapsed panes' room goes to the list and the editor
    return window


def drain() -> None:
    QThreadPool.globalInstance().waitForDone(10000)


def visible_headlines(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def select_row(window, row: int) -> int:
    index = window.proxy.index(row, 0)
    window.table.setCurrentIndex(index)
    return index.data(0x0100)  # ID_ROLE


def type_text(widget, text: str) -> None:
    """Type text key by key, as an input method delivers Chinese characters.

    QTest.keyClicks only knows ASCII keys; a key event carrying the character
    reaches the widget exactly as typed text does.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
