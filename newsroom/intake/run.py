"""One pass over a mailbox: every new message stored once, then marked done at its source.

The order is what keeps mail safe: a message's drafts and its record are committed in one
transaction, and only then is the message flagged read (or moved) on the server. A crash
or a dropped connection in between leaves it unread; the next pass finds its key already
recorded, stores nothing and marks it then. A message processed twice makes one draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsroom.intake.mail import Submission, read_message
from newsroom.intake.sources import IntakeError, Pending


@dataclass(frozen=True)
class Outcome:
    """What became of one message or file."""

    key: str
    subject: str
    sender: str
    article_ids: list[int]
    person: str | None  # matched correspondent; None: unassigned
    problem: str = ""
    duplicate: bool = False


@dataclass
class IntakeReport:
    """A pass: what was stored, and how many were already known."""

    source: str
    stored: list[Outcome] = field(default_factory=list)
    already: int = 0

    @property
    def drafts(self) -> int:
        return sum(len(o.article_ids) for o in self.stored if not o.duplicate)


def record_of(sub: Submission, source: str):
    from newsroom.store.intake import IntakeRecord

    return IntakeRecord(
        key=sub.key,
        source=source,
        sender=sub.sender,
        sender_name=sub.sender_name,
        subject=sub.subject,
        sent_at=sub.sent_at,
        attachments=list(sub.attachments),
        problem=sub.problem,
    )


def store(engine, sub: Submission, source: str) -> Outcome | None:
    """Store one submission (its drafts and its record) in one transaction; None if its
    key was already recorded."""
    from newsroom.store.db import transaction
    from newsroom.store.intake import store_submission

    with transaction(engine) as session:
        stored = store_submission(session, record_of(sub, source), sub.items)
    if stored is None:
        return None
    return Outcome(
        sub.key,
        sub.subject,
        sub.sender,
        stored.article_ids,
        stored.person,
        sub.problem,
        stored.duplicate,
    )


def known(engine, key: str) -> bool:
    from newsroom.store.db import transaction
    from newsroom.store.intake import is_processed

    with transaction(engine) as session:
        return is_processed(session, key)


def process_mail(
    engine,
    source,
    *,
    progress: Callable[[Outcome], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IntakeReport:
    """Take every new message of the source into the store; IntakeError when the source
    fails (what was stored before that stays stored and marked)."""
    report = IntakeReport(source.name)
    for pending in source.pending():
        if cancelled and cancelled():
            break
        outcome = _one(engine, source, pending)
        if outcome is None:
            report.already += 1
        else:
            report.stored.append(outcome)
            if progress:
                progress(outcome)
    return report


def _one(engine, source, pending: Pending) -> Outcome | None:
    if pending.key is not None and known(engine, pending.key):
        source.done(pending.token)
        return None
    raw = pending.load()
    if not raw:
        raise IntakeError(f"{source.name}: the server sent an empty message")
    sub = read_message(raw, where=source.name, size=pending.size)
    outcome = store(engine, sub, source.name)
    source.done(pending.token)  # only now: the drafts are committed
    return outcome
