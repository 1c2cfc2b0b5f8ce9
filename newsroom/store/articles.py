"""Storing parsed copy as pages and articles, and reading articles back out."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, undefer

from newsroom.ingest.model import ParsedItem

# byline_text is the newsroom's one byline form; commands import it from here too.
from newsroom.newscopy import byline_text  # noqa: F401
from newsroom.store.models import (
    Article,
    ArticleTag,
    Attachment,
    Byline,
    Edition,
    Page,
    Person,
    Revision,
)
from newsroom.store.values import Identity
from newsroom.textstats import count_chars
from newsroom.workflow import IMPORTED_STATUS

#: The note of an article's first revision.
IMPORT_NOTE = "导入"


def text_hash(text: str) -> str:
    """Content hash of copy, blind to line-ending and trailing-space differences."""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
    return hashlib.sha256("\n".join(lines).strip().encode("utf-8")).hexdigest()


def item_hash(item: ParsedItem) -> str:
    parts = [item.kind, item.kicker, item.headline, item.subheadline]
    parts += [f"{b.role}\t{b.name}" for b in item.bylines]
    parts += item.paragraphs
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def get_edition(session: Session, paper_name: str, date: dt.date) -> Edition:
    """The edition of that paper on that day, created when it is new."""
    edition = session.scalar(
        select(Edition).where(Edition.paper_name == paper_name, Edition.date == date)
    )
    if edition is None:
        edition = Edition(paper_name=paper_name, date=date)
        session.add(edition)
        session.flush()
    return edition


def next_page_number(session: Session, edition: Edition) -> int:
    highest = session.scalar(select(func.max(Page.number)).where(Page.edition_id == edition.id))
    return (highest or 0) + 1


def find_page_by_hash(session: Session, source_hash: str) -> Page | None:
    return session.scalar(select(Page).where(Page.source_hash == source_hash).limit(1))


def find_page(session: Session, edition: Edition, number: int) -> Page | None:
    return session.scalar(select(Page).where(Page.edition_id == edition.id, Page.number == number))


class PeopleCache:
    """Finds a person by name once per unit of work; a new name makes a new person."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_name: dict[str, Person] = {}

    def get(self, name: str, role: str) -> Person:
        person = self._by_name.get(name)
        if person is None:
            with self._session.no_autoflush:  # half-built articles must not be flushed
                person = self._session.scalar(
                    select(Person).where(Person.name == name).order_by(Person.id).limit(1)
                )
            if person is None:
                person = Person(name=name, default_role=role)
                self._session.add(person)
            self._by_name[name] = person
        return person


def new_article(
    item: ParsedItem, people: PeopleCache, *, status: str = IMPORTED_STATUS, source_file: str = ""
) -> Article:
    article = Article(
        kind=item.kind,
        kicker=item.kicker,
        headline=item.headline,
        subheadline=item.subheadline,
        body="\n".join(item.paragraphs),
        status=str(status),
        chars=count_chars(item.paragraphs),
        source_file=source_file,
        content_hash=item_hash(item),
        tags=[],  # known empty: no lazy load when the first revision is taken
        revisions=[],
        attachments=[
            Attachment(filename=a.filename, content_type=a.content_type, data=a.data)
            for a in item.attachments
        ],
    )
    article.bylines = [
        Byline(person=people.get(b.name, b.role), role=b.role, order=i)
        for i, b in enumerate(item.bylines)
    ]
    return article


def add_page(
    session: Session,
    edition: Edition,
    number: int,
    items: Sequence[ParsedItem],
    *,
    source_file: str = "",
    source_hash: str = "",
    label: str = "",
    people: PeopleCache | None = None,
    author: str = "",
) -> Page:
    """One bulletin as one page of the edition, its items in reading order.

    Each article starts its history with a first revision: the copy as it came in.
    """
    people = people or PeopleCache(session)
    page = Page(
        edition=edition,
        number=number,
        label=label,
        source_file=source_file,
        source_hash=source_hash,
    )
    session.add(page)
    added = []
    for position, item in enumerate(items, start=1):
        article = new_article(item, people, source_file=source_file)
        article.page = page
        article.position = position
        session.add(article)
        added.append(article)
    session.flush()
    _first_revisions(session, added, author)
    return page


def _first_revisions(session: Session, added: Sequence[Article], author: str) -> None:
    """Each imported article starts its history with the copy as it came in."""
    session.add_all(
        Revision(article=a, author=author, note=IMPORT_NOTE, snapshot=snapshot(a)) for a in added
    )
    session.flush()


def add_unplaced(
    session: Session,
    items: Sequence[ParsedItem],
    *,
    people: PeopleCache | None = None,
    author: str = "",
    source_file: str = "",
    owner_id: int | None = None,
    status: str = IMPORTED_STATUS,
) -> list[Article]:
    """Drafts as articles on no page yet, each starting its history with a revision.

    With an owner (a correspondent's own import) they are that person's from the first
    row on: the database lets a correspondent add only drafts of their own.
    """
    people = people or PeopleCache(session)
    added = [new_article(item, people, status=status, source_file=source_file) for item in items]
    for article in added:
        article.owner_id = owner_id
    session.add_all(added)
    session.flush()
    _first_revisions(session, added, author)
    return added


def find_articles_by_hash(
    session: Session, hashes: Sequence[str], owner_id: int | None = None
) -> list[int]:
    """Ids of stored articles with exactly this content (the same draft imported again).

    With an owner, only that person's articles count: a correspondent learns nothing of
    anyone else's copy.
    """
    if not hashes:
        return []
    query = select(Article.content_hash, Article.id).where(Article.content_hash.in_(set(hashes)))
    if owner_id is not None:
        query = query.where(Article.owner_id == owner_id)
    found = session.execute(query)
    by_hash = {h: i for h, i in found}
    return [by_hash[h] for h in hashes] if all(h in by_hash for h in hashes) else []


def list_query(*, with_body: bool = False):
    """Articles in reading order: edition date, page, position, then the unplaced."""
    query = (
        select(Article)
        .outerjoin(Article.page)
        .outerjoin(Page.edition)
        .options(
            selectinload(Article.bylines),
            selectinload(Article.tags).joinedload(ArticleTag.tag),
            selectinload(Article.page).joinedload(Page.edition),
        )
        # NULLS LAST: the unplaced after the pages, on SQLite (NULLs first) and PostgreSQL alike.
        .order_by(
            Edition.date.nulls_last(),
            Page.number.nulls_last(),
            Article.position.nulls_last(),
            Article.id,
        )
    )
    if with_body:
        query = query.options(undefer(Article.body))
    return query


def list_articles(
    session: Session, *, with_body: bool = False, viewer: Identity | None = None
) -> list[Article]:
    """Every article the viewer may see (all of them for None), in reading order."""
    from newsroom.store.listing import visible_to

    return list(session.scalars(list_query(with_body=with_body).where(visible_to(viewer))))


def display_headline(article: Article) -> str:
    """What names an article in a list: its headline, else its kicker, else a photo's caption."""
    if article.headline or article.kicker:
        return article.headline or article.kicker
    return article.body.split("\n", 1)[0] if article.kind == "photo" else ""


def article_to_dict(article: Article) -> dict[str, Any]:
    """The ``list --json`` form of an article (see DESIGN.md)."""
    page = article.page
    return {
        "id": article.id,
        "kind": article.kind,
        "kicker": article.kicker,
        "headline": article.headline,
        "subheadline": article.subheadline,
        "bylines": [{"role": b.role, "name": b.person.name} for b in article.bylines],
        "paragraphs": article.paragraphs,
        "status": article.status,
        "page": page.number if page else None,
        "position": article.position,
        "tags": [t.tag.name for t in article.tags],
        "chars": article.chars,
        "edition": page.edition.date.isoformat() if page else None,
    }


def snapshot(article: Article) -> dict[str, Any]:
    """Everything a revision needs to show or restore the article as it is now."""
    data = article_to_dict(article)
    data.pop("id")
    data["version"] = article.version
    return data
