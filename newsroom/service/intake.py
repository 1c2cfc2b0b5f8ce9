"""The intake part of the service: submissions by mail (投稿邮箱) and the watched folder
taken in as drafts, and the inbox the desk reads, assigns and answers.

Taking in, reading and assigning are the desk's (editors and chief editors, or a
single-user desk); on PostgreSQL only their groups may read ``intake_message``. The
passes themselves are newsroom.intake's, each message or file its own unit of work;
``IntakeError`` (a mailbox or folder that failed) leaves as it is, for the caller to
retry.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsroom.lazy import lazy
from newsroom.service.errors import Refused

if TYPE_CHECKING:
    from newsroom.intake.folder import FolderWatch
    from newsroom.intake.run import IntakeReport, Outcome
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.intake import InboxRow

store_intake = lazy("newsroom.store.intake")

#: Who takes submissions in and reads the inbox (the database's grants say the same).
DESK_ROLES = (None, "editor", "chief_editor")


class Intake:
    """Mail and folder passes, and the inbox of what they brought."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def allowed(self) -> bool:
        identity = self._newsroom.identity
        return identity is None or identity.role in DESK_ROLES

    def require_desk(self) -> None:
        if not self.allowed():
            raise Refused(f"{self._newsroom.identity.name}: only editors take in submissions")

    # --- passes -----------------------------------------------------------------------
    def take_mail(
        self, source, *, progress: Callable[[Outcome], None] | None = None
    ) -> IntakeReport:
        """Every new message of the mailbox (intake.sources) stored once, then marked done
        at the source; ``progress`` hears of each as it is stored."""
        from newsroom.intake.run import process_mail

        self.require_desk()
        with self._newsroom.engine_at_work() as engine:
            return process_mail(engine, source, progress=progress)

    def take_folder(self, folder: str | os.PathLike[str], *, settle: float = 2.0) -> IntakeReport:
        """One pass over a folder: two looks ``settle`` seconds apart, and the files whose
        size held still taken in (moved to 已导入, bad ones to 未能导入)."""
        from newsroom.intake.folder import process_folder

        self.require_desk()
        with self._newsroom.engine_at_work() as engine:
            return process_folder(engine, folder, settle=settle)

    def look(self, watch: FolderWatch) -> IntakeReport:
        """One look at a watched folder: files unchanged since the last look taken in."""
        from newsroom.intake.folder import look

        self.require_desk()
        with self._newsroom.engine_at_work() as engine:
            return look(engine, watch)

    # --- the inbox --------------------------------------------------------------------
    def inbox(self, limit: int = 500) -> list[InboxRow]:
        """The newest submissions first."""
        self.require_desk()
        with self._newsroom.reading() as session:
            return store_intake.list_inbox(session, limit=limit)

    def assign(self, intake_id: int, person_id: int) -> None:
        """Who sent it: the record and its drafts name that person, who learns the
        sender's address if they had none."""
        self.require_desk()
        with self._newsroom.writing() as session:
            store_intake.assign(session, intake_id, person_id)

    def mark_replied(self, intake_id: int, kind: str) -> None:
        """Remember that the desk answered (``received`` or ``returned``)."""
        self.require_desk()
        with self._newsroom.writing() as session:
            store_intake.mark_replied(session, intake_id, kind)
