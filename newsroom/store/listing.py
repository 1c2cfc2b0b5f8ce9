"""Light rows for the article list: what the list shows, never the bodies."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import case, func, or_, select, true
from sqlalchemy.orm import Session

from newsroom.store.accounts import live_locks
from newsroom.store.models import (
    Account,
    Article,
    ArticleTag,
    Byline,
    Edition,
    Page,
    Person,
    Tag,
)
from newsroom.store.values import SELECTED_FIELDS, ArticleRow, Identity
from newsroom.workflow import Role, Status

# A photo item has no headline: the list shows the start of its caption.
_TITLE = case(
    (Article.headline != "", Article.headline),
    (Article.kicker != "", Article.kicker),
    else_=func.substr(Article.body, 1, 40),
)
#: What load_rows selects for each of ArticleRow's SELECTED_FIELDS (peek.py's SQL says the
#: same without SQLAlchemy; tests/store/test_peek.py holds them equal).
SELECTED = {
    "id": Article.id,
    "kind": Article.kind,
    "edition": Edition.date,
    "page": Page.number,
    "position": Article.position,
    "kicker": Article.kicker,
    "headline": _TITLE,
    "status": Article.status,
    "chars": Article.chars,
    "updated_at": Article.updated_at,
}
_SELECTED = tuple(SELECTED[name] for name in SELECTED_FIELDS)


def visible_to(viewer: Identity | None):
    """Which articles a person sees (PostgreSQL's row-level security says the same in the
    database): a correspondent their own copy; everyone else the whole desk except the
    correspondents' drafts, which stay private until submitted."""
    if viewer is None or viewer.role is None:
        return true()
    if viewer.role == Role.CORRESPONDENT:
        return Article.owner_id == viewer.account_id
    correspondents = select(Account.id).where(Account.role == Role.CORRESPONDENT)
    return or_(
        Article.status != Status.DRAFT,
        Article.owner_id.is_(None),
        Article.owner_id == viewer.account_id,
        Article.owner_id.not_in(correspondents),
    )


def load_rows(
    session: Session,
    ids: Iterable[int] | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
    owner_id: int | None = None,
    viewer: Identity | None = None,
) -> list[ArticleRow]:
    """Rows in reading order (edition, page, position): three flat queries in all.

    ``offset``/``limit`` give a slice of that order, so a window can show the
    first screenful at once and read the rest in the background.
    """
    query = (
        select(*_SELECTED)
        .outerjoin(Page, Article.page_id == Page.id)
        .outerjoin(Edition, Page.edition_id == Edition.id)
        # The unplaced last on SQLite (NULLs first) and PostgreSQL (NULLs last) alike.
        .order_by(
            Edition.date.nulls_last(),
            Page.number.nulls_last(),
            Article.position.nulls_last(),
            Article.id,
        )
        .offset(offset or None)
        .limit(limit)
    )
    if ids is not None:
        query = query.where(Article.id.in_(list(ids)))
    if owner_id is not None:  # a correspondent's seat: their own copy only
        query = query.where(Article.owner_id == owner_id)
    query = query.where(visible_to(viewer))
    rows = [ArticleRow(*values) for values in session.execute(query)]
    # A few hundred ids go in an IN list; past that, reading every byline is cheaper
    # than a query with more parameters than SQLite allows.
    wanted = [row.id for row in rows] if len(rows) <= _IN_LIMIT else None
    _attach_bylines_and_tags(session, rows, wanted)
    return rows


_IN_LIMIT = 900


def _attach_bylines_and_tags(
    session: Session, rows: list[ArticleRow], wanted: list[int] | None
) -> None:
    bylines: dict[int, list[tuple[str, str]]] = defaultdict(list)
    byline_query = (
        select(Byline.article_id, Byline.role, Person.name)
        .join(Person, Byline.person_id == Person.id)
        .order_by(Byline.article_id, Byline.order)
    )
    tag_query = (
        select(ArticleTag.article_id, Tag.name)
        .join(Tag, ArticleTag.tag_id == Tag.id)
        .order_by(ArticleTag.article_id, Tag.name)
    )
    if wanted is not None:
        byline_query = byline_query.where(Byline.article_id.in_(wanted))
        tag_query = tag_query.where(ArticleTag.article_id.in_(wanted))
    for article_id, role, name in session.execute(byline_query):
        bylines[article_id].append((role, name))
    tags: dict[int, list[str]] = defaultdict(list)
    for article_id, name in session.execute(tag_query):
        tags[article_id].append(name)
    locks = live_locks(session)
    for row in rows:
        row.bylines = bylines.get(row.id, [])
        row.tags = tags.get(row.id, [])
        row.editing_by = locks.get(row.id, "")


def search_text(session: Session, text: str) -> set[int]:
    """Articles whose headline lines or body contain the text."""
    pattern = f"%{_escape_like(text)}%"
    columns = (Article.kicker, Article.headline, Article.subheadline, Article.body)
    query = select(Article.id).where(or_(*(c.like(pattern, escape="\\") for c in columns)))
    return set(session.scalars(query))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def change_stamp(session: Session) -> tuple:
    """Something that changes when any article is added, saved or moves on."""
    query = select(func.count(Article.id), func.max(Article.updated_at), func.sum(Article.version))
    # Tagging leaves the article's row alone: the tags' own count and sums tell.
    tag, article = ArticleTag.tag_id, ArticleTag.article_id
    tags = select(func.count(), func.sum(tag), func.sum(article * tag)).select_from(ArticleTag)
    return (*session.execute(query).one(), *session.execute(tags).one())


def inbox_count(session: Session) -> int:
    """Submitted copy waiting for 初审."""
    query = select(func.count(Article.id)).where(Article.status == "submitted")
    return session.scalar(query) or 0
