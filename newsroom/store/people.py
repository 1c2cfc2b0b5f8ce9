"""Correspondents and reporters: the people named in bylines, their details and merging."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload, undefer

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


def list_people(session: Session) -> list[PersonRow]:
    """Everyone, by name, with article counts (one query)."""
    query = (
        select(Person, func.count(distinct(Byline.article_id)))
        .outerjoin(Byline, Byline.person_id == Person.id)
        .group_by(Person.id)
        .order_by(Person.name, Person.id)
    )
    return [
        PersonRow(p.id, p.name, p.default_role, p.organisation, p.contact, count)
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
) -> None:
    """Change a person's details; a new name shows on every article naming them."""
    name = name.strip()
    if not name:
        raise ValueError("姓名不能为空")
    person = _get(session, person_id)
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
    for attribute in ("default_role", "organisation", "contact"):
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
