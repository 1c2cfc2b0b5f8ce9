"""Other desks' changes reach this window promptly.

PostgreSQL: a connection LISTENs (``Newsroom.listen``, store/notify.py) and a
QSocketNotifier wakes the window when a notification arrives — no thread, no blocking.
SQLite: a file watcher on the database and its write-ahead log. Both only prompt the
window's poll, which asks the store what changed; the poll's timer stays as the fallback
(a dropped connection, a network share that sends no file events).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QSocketNotifier, QTimer

from newsroom.service import Newsroom

#: Changes come in bursts (an import, a page laid out): one poll after the burst.
SETTLE_MS = 150


class LiveUpdates(QObject):
    """Calls ``poll`` soon after another desk changes the newsroom."""

    def __init__(self, poll: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._poll = poll
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._poll)
        self._listener = None
        self._notifier: QSocketNotifier | None = None
        self._watcher: QFileSystemWatcher | None = None

    @property
    def listening(self) -> bool:
        """True when the database itself tells this window of changes."""
        return self._notifier is not None

    def follow(self, engine) -> None:
        """Start (or restart, for another database) following the newsroom's changes."""
        self.stop()
        if engine.dialect.name == "postgresql":
            self._listener = Newsroom(engine).listen()
            if self._listener is not None:
                self._notifier = QSocketNotifier(
                    self._listener.fileno(), QSocketNotifier.Type.Read, self
                )
                self._notifier.activated.connect(self._readable)
            return
        path = engine.url.database
        if path and path != ":memory:" and os.path.exists(path):
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._file_changed)
            self._watch_files(path)

    def _watch_files(self, path: str) -> None:
        if self._watcher is None:  # a change signalled just before the window stopped
            return
        files = [p for p in (path, path + "-wal") if os.path.exists(p)]
        missing = [p for p in files if p not in self._watcher.files()]
        if missing:
            self._watcher.addPaths(missing)

    def _file_changed(self, path: str) -> None:
        if self._watcher is None:
            return
        # A checkpoint may replace the log file: watch it again under its name.
        self._watch_files(path.removesuffix("-wal"))
        self._settle.start()

    def _readable(self) -> None:
        if self._listener is None:
            return
        try:
            arrived = self._listener.drain()
        except Exception:
            self.stop()  # the connection went away: the poll's timer carries on alone
            return
        if arrived:
            self._settle.start()

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
