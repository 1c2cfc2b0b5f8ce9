"""Submissions by mail and the watched folder: stored once, listed in the 投稿 inbox, assigned.

A submission's drafts are stored with its ``intake_message`` row in the caller's
transaction, so a message is either wholly in (its drafts and its record) or not at all,
and a message whose key is already recorded is never stored again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, undefer

from newsroom.ingest.model import ParsedByline, ParsedItem
from newsroom.store import articles as repo
from newsroom.store.editing import content_hash, content_of
from newsroom.store.models import (
    Account,
    Article,
    Byline,
    IntakeMessage,
    Person,
    Revision,
    utcnow,
)
from newsroom.store.people import find_by_email
from newsroom.workflow import Role, Status

#: The byline role of a sender matched to a person without a default role.
DEFAULT_ROLE = "通讯员"
#: The note of the revision that names the correspondent the editor assigned.
ASSIGN_NOTE = "指派通讯员"


@dataclass
class IntakeRecord:
    """A message or file as the intake read it (plain values from newsroom.intake)."""

    key: str
    source: str
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    sent_at: dt.datetime | None = None
    attachments: list[str] = field(default_factory=list)
    problem: str = ""


@dataclass(frozen=True)
class StoredIntake:
    """What storing a submission did: its row, its drafts, who it was matched to."""

    id: int
    article_ids: list[int]
    person: str | None  # the matched correspondent's name; None: the editor assigns one
    duplicate: bool = False  # the same copy was stored before: linked, not added again


@dataclass(frozen=True)
class InboxRow:
    """One submission in the 投稿 inbox."""

    id: int
    received_at: dt.datetime
    sender: str
    sender_name: str
    subject: str
    attachments: list[str]
    article_ids: list[int]
    person_id: int | None
    person: str
    problem: str
    replied: str
    source: str
    key: str


def is_processed(session: Session, key: str) -> bool:
    return session.scalar(select(IntakeMessage.id).where(IntakeMessage.key == key)) is not None


def store_submission(
    session: Session, record: IntakeRecord, items: Sequence[ParsedItem]
) -> StoredIntake | None:
    """The drafts (已提交, on no page) and the record of one submission.

    A sender whose address is a person's is that person's: named in the byline when the
    draft names no one, the first revision theirs, and the owner their correspondent
    account when one has their name. An unknown sender's drafts have no owner, and the
    record no person: the editor assigns one in the inbox. None when the key is already
    recorded (processed before, or by another desk at this moment): nothing is added.
    """
    if is_processed(session, record.key):
        return None
    try:
        with session.begin_nested():
            return _store(session, record, items)
    except IntegrityError:
        if is_processed(session, record.key):
            return None
        raise


def _store(session: Session, record: IntakeRecord, items: Sequence[ParsedItem]) -> StoredIntake:
    match = find_by_email(session, record.sender) if record.sender else None
    article_ids: list[int] = []
    duplicate = False
    if items:
        items = list(items)
        if match is not None:
            for item in items:
                if not item.bylines and item.kind == "article":
                    item.bylines = [ParsedByline(match.default_role or DEFAULT_ROLE, match.name)]
        existing = repo.find_articles_by_hash(session, [repo.item_hash(i) for i in items])
        if existing:
            article_ids, duplicate = existing, True
        else:
            author = match.name if match else (record.sender_name or record.sender)
            added = repo.add_unplaced(
                session,
                items,
                author=author[:100],
                source_file=record.source[:1000],
                owner_id=_correspondent_account(session, match.name) if match else None,
                status=Status.SUBMITTED,
            )
            article_ids = [a.id for a in added]
    row = IntakeMessage(
        key=record.key,
        source=record.source[:500],
        sender=record.sender[:300],
        sender_name=record.sender_name[:200],
        subject=record.subject[:500],
        sent_at=record.sent_at,
        attachments=list(record.attachments),
        article_ids=article_ids,
        person_id=match.id if match else None,
        problem=record.problem,
        received_at=utcnow(),
        replied="",
    )
    session.add(row)
    session.flush()
    return StoredIntake(row.id, article_ids, match.name if match else None, duplicate)


def _correspondent_account(session: Session, name: str) -> int | None:
    """The one active correspondent account shown under this name, else None."""
    ids = list(
        session.scalars(
            select(Account.id)
            .where(
                Account.display_name == name,
                Account.role == str(Role.CORRESPONDENT),
                Account.active.is_(True),
            )
            .limit(2)
        )
    )
    return ids[0] if len(ids) == 1 else None


def list_inbox(session: Session, *, limit: int = 500) -> list[InboxRow]:
    """The newest submissions first."""
    rows = session.execute(
        select(IntakeMessage, Person.name)
        .outerjoin(Person, Person.id == IntakeMessage.person_id)
        .order_by(IntakeMessage.received_at.desc(), IntakeMessage.id.desc())
        .limit(limit)
    ).all()
    return [
        InboxRow(
            m.id,
            m.received_at,
            m.sender,
            m.sender_name,
            m.subject,
            list(m.attachments or []),
            [int(i) for i in m.article_ids or []],
            m.person_id,
            name or "",
            m.problem,
            m.replied,
            m.source,
            m.key,
        )
        for m, name in rows
    ]


def assign(session: Session, intake_id: int, person_id: int) -> None:
    """The editor says who sent it: the record and its drafts name that person.

    Drafts that name no one get them in the byline (their first revision after the
    import says so); a person without an e-mail address learns the sender's, so that
    their next mail finds them.
    """
    row = session.get(IntakeMessage, intake_id)
    if row is None:
        raise LookupError(f"投稿 #{intake_id} 不存在")
    person = session.get(Person, person_id, options=[undefer(Person.email)])
    if person is None:
        raise LookupError(f"人员 #{person_id} 不存在")
    row.person_id = person.id
    if row.sender and not person.email and find_by_email(session, row.sender) is None:
        person.email = row.sender
    articles = session.scalars(
        select(Article)
        .where(Article.id.in_([int(i) for i in row.article_ids or []]))
        .options(undefer(Article.body), selectinload(Article.bylines))
    ).all()
    for article in articles:
        if article.bylines or article.kind != "article":
            continue
        article.bylines.append(
            Byline(person=person, role=person.default_role or DEFAULT_ROLE, order=0)
        )
        article.content_hash = content_hash(article.kind, content_of(article))
        session.flush()
        session.add(
            Revision(
                article=article,
                author=person.name,
                note=ASSIGN_NOTE,
                snapshot=repo.snapshot(article),
            )
        )
    session.flush()


def mark_replied(session: Session, intake_id: int, kind: str) -> None:
    """Remember that the editor answered (``received`` or ``returned``)."""
    row = session.get(IntakeMessage, intake_id)
    if row is None:
        raise LookupError(f"投稿 #{intake_id} 不存在")
    row.replied = kind[:20]
    session.flush()
