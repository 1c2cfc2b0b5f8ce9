"""Correspondents and reporters: the people named in bylines, their details and merging."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload, undefer

from newsroom.ingest.people_file import PersonInput
from newsroom.store import pg_security
from newsroom.store.editing import content_hash, content_of
from newsroom.store.models import Article, Byline, Person


@dataclass
class PersonRow:
    """A person as the correspondents view shows them, with how many articles name them."""

    id: int
    name: str
    default_role: str
    organisation: str
    contact: str
    articles: int
    email: str = ""
    phone: str = ""


def list_people(session: Session) -> list[PersonRow]:
    """Everyone, by name, with article counts (one query)."""
    query = (
        select(Person, func.count(distinct(Byline.article_id)))
        .options(undefer(Person.email), undefer(Person.phone))
        .outerjoin(Byline, Byline.person_id == Person.id)
        .group_by(Person.id)
        .order_by(Person.name, Person.id)
    )
    return [
        PersonRow(p.id, p.name, p.default_role, p.organisation, p.contact, count, p.email, p.phone)
        for p, count in session.execute(query)
    ]


def person_names(session: Session) -> list[str]:
    """Known names for the byline completer: sorted, each once."""
    return list(session.scalars(select(Person.name).distinct().order_by(Person.name)))


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise LookupError(f"人员 #{person_id} 不存在")
    return person


def _articles_of(session: Session, person_ids: Iterable[int]) -> list[Article]:
    return list(
        session.scalars(
            select(Article)
            .where(
                Article.id.in_(select(Byline.article_id).where(Byline.person_id.in_(person_ids)))
            )
            .options(undefer(Article.body), selectinload(Article.bylines))
            .order_by(Article.id)
        )
    )


def _rehash(articles: Iterable[Article]) -> None:
    # Bylines are part of an article's copy: its hash and version move on, so an editor
    # who loaded it with the old names gets a conflict instead of putting them back.
    for article in articles:
        article.content_hash = content_hash(article.kind, content_of(article))


def update_person(
    session: Session,
    person_id: int,
    *,
    name: str,
    default_role: str,
    organisation: str,
    contact: str,
    email: str | None = None,
    phone: str | None = None,
) -> None:
    """Change a person's details; a new name shows on every article naming them.

    E-mail and phone are left as they are when not given."""
    name = name.strip()
    if not name:
        raise ValueError("姓名不能为空")
    person = _get(session, person_id)
    if email is not None:
        email = normal_email(email)
        _check_email_free(session, email, person_id)
        person.email = email
    if phone is not None:
        person.phone = check_phone(phone)
    renamed = name != person.name
    person.name = name
    person.default_role = default_role.strip()
    person.organisation = organisation.strip()
    person.contact = contact.strip()
    session.flush()
    if renamed:
        _rehash(_articles_of(session, [person_id]))
        session.flush()


def merge_people(session: Session, keep_id: int, merge_id: int) -> None:
    """Make two records of one person one: bylines follow to the kept record.

    The kept record's empty details are filled from the merged one; an article that
    named both keeps one byline, the first of the two.
    """
    if keep_id == merge_id:
        raise ValueError("不能把人员与自己合并")
    keep, gone = _get(session, keep_id), _get(session, merge_id)
    articles = _articles_of(session, [merge_id])
    for article in articles:
        kept_one = False
        for byline in list(article.bylines):
            if byline.person_id not in (keep_id, merge_id):
                continue
            if kept_one:
                article.bylines.remove(byline)  # delete-orphan removes the row
            else:
                byline.person = keep
                kept_one = True
        for order, byline in enumerate(article.bylines):
            byline.order = order
    for attribute in ("default_role", "organisation", "contact", "email", "phone"):
        if not getattr(keep, attribute):
            setattr(keep, attribute, getattr(gone, attribute))
    session.flush()
    if pg_security.is_postgresql(session):
        # Bylines on drafts this login may not read (a correspondent's, until submitted).
        pg_security.call(
            session,
            "SELECT newsroom_move_bylines(:keep, :gone)",
            {"keep": keep_id, "gone": merge_id},
        )
    session.delete(gone)
    _rehash(articles)
    session.flush()


_EMAIL_RE = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")
_PHONE_RE = re.compile(r"[0-9+()\- ]{3,30}(?:转[0-9]{1,6})?")


def normal_email(value: str) -> str:
    """An address as stored and matched: trimmed and lower-case; "" for none.

    Raises ValueError for something that is not an address."""
    value = value.strip().lower()
    if value and (len(value) > 254 or not _EMAIL_RE.fullmatch(value)):
        raise ValueError(f"不是电子邮件地址：{value[:60]}")
    return value


def check_phone(value: str) -> str:
    """A phone number as written (digits, +, -, spaces, parentheses, 转 extension)."""
    value = " ".join(value.split())
    if value and not _PHONE_RE.fullmatch(value):
        raise ValueError(f"不是电话号码：{value[:40]}")
    return value


def _check_email_free(session: Session, email: str, person_id: int | None) -> None:
    if not email:
        return
    other = session.scalar(
        select(Person.name).where(Person.email == email, Person.id != (person_id or -1)).limit(1)
    )
    if other is not None:
        raise ValueError(f"邮箱 {email} 已属于 {other}")


def find_by_email(session: Session, address: str) -> PersonMatch | None:
    """The person whose e-mail this is (the oldest record if several), else None."""
    try:
        address = normal_email(address)
    except ValueError:
        return None
    if not address:
        return None
    row = session.execute(
        select(Person.id, Person.name, Person.default_role)
        .where(Person.email == address)
        .order_by(Person.id)
        .limit(1)
    ).first()
    return PersonMatch(*row) if row else None


@dataclass(frozen=True)
class PersonMatch:
    """Who a sender's address belongs to."""

    id: int
    name: str
    default_role: str


@dataclass
class PeopleImport:
    added: int = 0
    updated: int = 0


def import_people(session: Session, rows: Sequence[PersonInput], source: str) -> PeopleImport:
    """Add or update people from a file, in the caller's transaction (all or nothing).

    A row finds its person by e-mail, else by name (when exactly one person has it and
    no other address); it then takes the row's non-empty fields. Raises ValueError
    ``"<source>: line N: <problem>"`` for a bad row; nothing is changed then.
    """
    result = PeopleImport()
    seen: dict[str, int] = {}
    for row in rows:
        where = f"{source}: line {row.line}"
        try:
            email = normal_email(row.email)
            phone = check_phone(row.phone)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if email and email in seen:
            raise ValueError(f"{where}: 邮箱 {email} 与第 {seen[email]} 行重复")
        if email:
            seen[email] = row.line
        person = None
        if email:
            person = session.scalar(select(Person).where(Person.email == email).limit(1))
        if person is None:
            named = list(session.scalars(select(Person).where(Person.name == row.name).limit(2)))
            if len(named) == 1 and (not email or not named[0].email):
                person = named[0]
        if person is None:
            person = Person(name=row.name, default_role=row.role, organisation=row.unit)
            person.email, person.phone, person.contact = email, phone, ""
            session.add(person)
            result.added += 1
        else:
            renamed = person.name != row.name
            person.name = row.name
            for attribute, value in (
                ("default_role", row.role),
                ("organisation", row.unit),
                ("email", email),
                ("phone", phone),
            ):
                if value:
                    setattr(person, attribute, value)
            result.updated += 1
            if renamed:
                session.flush()
                _rehash(_articles_of(session, [person.id]))
        session.flush()
    return result
