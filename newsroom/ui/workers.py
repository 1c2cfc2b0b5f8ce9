"""Background work on the global thread pool: importing files, searching bodies, loading rows."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from newsroom.service import Newsroom, ServiceError


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


def _report(signal, *args) -> None:
    """Emit, unless the window that asked has closed meanwhile."""
    try:
        signal.emit(*args)
    except RuntimeError:  # the receiving side was deleted: nobody is waiting for the answer
        pass


class ImportWorker(QRunnable):
    """Reads, parses and stores files; cancelling rolls the whole import back."""

    def __init__(
        self,
        newsroom: Any,
        paths: Sequence[str],
        paper_name: str,
        author: str = "",
        owner_id: int | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until its signals have arrived
        self.newsroom = Newsroom.of(newsroom)  # a Newsroom, or the desk's engine
        self.paths = list(paths)
        self.paper_name = paper_name
        self.author = author
        # A correspondent's import: their own drafts (草稿) on no page.
        self.owner_id = owner_id
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    @property
    def steps(self) -> int:
        return len(self.paths) + 1  # each file read, then the one transaction

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        # Imported here: the parser's patterns need not be compiled before the window shows.
        from newsroom.importer import ImportCancelled, load_copies
        from newsroom.ingest.model import IngestError

        try:
            copies = load_copies(
                self.paths,
                cancelled=self._cancel.is_set,
                progress=lambda done, _total: _report(self.signals.progress, done, self.steps),
            )
            report = self.newsroom.store_copies(
                copies,
                paper_name=self.paper_name,
                author=self.author,
                owner_id=self.owner_id,
                cancelled=self._cancel.is_set,
            )
        except ImportCancelled:
            _report(
                self.signals.cancelled,
            )
        except (IngestError, ServiceError) as exc:
            _report(self.signals.failed, str(exc))
        except Exception as exc:
            _report(self.signals.failed, f"{type(exc).__name__}: {exc}".splitlines()[0])
        else:
            _report(self.signals.progress, self.steps, self.steps)
            _report(self.signals.finished, report)


class SearchWorker(QRunnable):
    """Which articles' bodies contain a text: the filter's slower half."""

    def __init__(self, newsroom: Any, text: str) -> None:
        super().__init__()
        self.newsroom = Newsroom.of(newsroom)  # a Newsroom, or the desk's engine
        self.text = text
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            ids = self.newsroom.articles.search(self.text)
        except Exception as exc:
            _report(self.signals.failed, str(exc).splitlines()[0])
            return
        _report(self.signals.finished, (self.text, frozenset(ids)))


class RowsWorker(QRunnable):
    """The rest of the article list after the first screenful."""

    def __init__(self, newsroom: Any, offset: int) -> None:
        super().__init__()
        self.newsroom = Newsroom.of(newsroom)  # a Newsroom, or the desk's engine
        self.offset = offset
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            rows = self.newsroom.articles.rows(offset=self.offset)
        except Exception as exc:
            _report(self.signals.failed, str(exc).splitlines()[0])
            return
        _report(self.signals.finished, rows)
