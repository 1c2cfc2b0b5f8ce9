"""Pages of editions for layout: what is on each page, in order, and moving copy between pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, undefer

from newsroom.layout.model import LayoutArticle, LayoutByline, LayoutPage
from newsroom.store.models import Article, Attachment, Edition, Page
from newsroom.workflow import Status

#: Spiked copy never goes on a page.
NOT_LAID_OUT = (Status.SPIKED.value,)


@dataclass(slots=True)
class PlannedArticle:
    id: int
    kind: str
    headline: str
    status: str
    chars: int


@dataclass(slots=True)
class PlannedPage:
    id: int
    number: int
    label: str
    articles: list[PlannedArticle] = field(default_factory=list)


def editions(session: Session) -> list[tuple[int, dt.date, str]]:
    """(id, date, paper name), newest first."""
    query = select(Edition.id, Edition.date, Edition.paper_name).order_by(Edition.date.desc())
    return [(i, d, n) for i, d, n in session.execute(query)]


def find_page(session: Session, number: int, date: dt.date | None = None) -> Page | None:
    """Page N of the edition of that date, or of the newest edition that has a page N."""
    query = select(Page).join(Edition).where(Page.number == number)
    if date is not None:
        query = query.where(Edition.date == date)
    return session.scalar(query.order_by(Edition.date.desc()).limit(1))


def find_edition(session: Session, date: dt.date | None = None) -> Edition | None:
    query = select(Edition)
    if date is not None:
        query = query.where(Edition.date == date)
    return session.scalar(query.order_by(Edition.date.desc()).limit(1))


def plan(session: Session, edition_id: int) -> list[PlannedPage]:
    """The edition's pages with their articles in order (no bodies loaded)."""
    pages = session.scalars(select(Page).where(Page.edition_id == edition_id).order_by(Page.number))
    planned = {p.id: PlannedPage(p.id, p.number, p.label) for p in pages}
    query = (
        select(
            Article.id,
            Article.kind,
            Article.headline,
            Article.status,
            Article.chars,
            Article.page_id,
        )
        .where(Article.page_id.in_(list(planned)), Article.status.not_in(NOT_LAID_OUT))
        .order_by(Article.page_id, Article.position, Article.id)
    )
    for article_id, kind, headline, status, chars, page_id in session.execute(query):
        planned[page_id].articles.append(PlannedArticle(article_id, kind, headline, status, chars))
    return list(planned.values())


#: The tray's order: copy nearest to print first (签发 before 终审 before …).
_TRAY_ORDER = (
    Status.SIGNED_OFF, Status.FINAL_REVIEW, Status.SECOND_REVIEW, Status.FIRST_REVIEW,
    Status.SUBMITTED, Status.RETURNED, Status.DRAFT,
)  # fmt: skip


def unplaced(session: Session, viewer=None) -> list[PlannedArticle]:
    """Copy on no page that could go on one (not spiked; what the viewer may see), signed-off
    copy first: the planner's tray."""
    from sqlalchemy import case

    from newsroom.store.listing import visible_to

    rank = case({str(s): i for i, s in enumerate(_TRAY_ORDER)}, value=Article.status, else_=99)
    query = (
        select(Article.id, Article.kind, Article.headline, Article.status, Article.chars)
        .where(Article.page_id.is_(None), Article.status.not_in(NOT_LAID_OUT))
        .where(visible_to(viewer))
        .order_by(rank, Article.id)
    )
    return [PlannedArticle(*row) for row in session.execute(query)]


def unplace(session: Session, article_ids: list[int]) -> None:
    """Take these articles off their pages (back to the tray); the version stays, as in
    ``place``."""
    if not article_ids:
        return
    table = Article.__table__
    session.execute(
        table.update()
        .where(table.c.id.in_(article_ids), table.c.page_id.is_not(None))
        .values(page_id=None, position=None)
    )
    session.expire_all()


def place(session: Session, page_id: int, article_ids: list[int]) -> None:
    """Put these articles on the page in this order; others stay where they are.

    Positions are layout, not copy: the articles' versions do not move, so an
    editor with one open is not told of a conflict.
    """
    known = set(session.scalars(select(Article.id).where(Article.id.in_(article_ids))))
    missing = [i for i in article_ids if i not in known]
    if missing:
        raise LookupError(f"no article {missing[0]}")
    table = Article.__table__  # a Core update: the ORM would bump the version counter
    for position, article_id in enumerate(article_ids, start=1):
        session.execute(
            table.update()
            .where(table.c.id == article_id)
            .values(page_id=page_id, position=position)
        )
    session.expire_all()


def edition_page(session: Session, number: int, date: dt.date | None = None) -> Page | None:
    """Page N of the edition of that date (else the newest edition), added to the edition
    if it has no page N yet; None when there is no such edition."""
    edition = find_edition(session, date)
    if edition is None:
        return None
    page = session.scalar(select(Page).where(Page.edition_id == edition.id, Page.number == number))
    if page is None:
        page = Page(edition_id=edition.id, number=number, label="")
        session.add(page)
        session.flush()
    return page


def place_article(
    session: Session, article_id: int, page_id: int, position: int | None = None
) -> int:
    """Put one article on a page at ``position`` (1-based; None or past the end: last),
    from no page or from another; the page's other copy keeps its order. Returns the
    article's position. Spiked copy never goes on a page (ValueError); an unknown
    article or page is a LookupError.
    """
    status = session.scalar(select(Article.status).where(Article.id == article_id))
    if status is None:
        raise LookupError(f"no article {article_id}")
    if status in NOT_LAID_OUT:
        raise ValueError(f"article {article_id} is spiked (撤稿) and goes on no page")
    if session.get(Page, page_id) is None:
        raise LookupError(f"no page {page_id}")
    order = [
        i
        for i in session.scalars(
            select(Article.id)
            .where(Article.page_id == page_id, Article.status.not_in(NOT_LAID_OUT))
            .order_by(Article.position, Article.id)
        )
        if i != article_id
    ]
    at = len(order) if position is None else max(0, min(position - 1, len(order)))
    order.insert(at, article_id)
    place(session, page_id, order)
    return at + 1


def add_page(session: Session, edition_id: int, label: str = "") -> Page:
    number = (
        session.scalar(select(func.max(Page.number)).where(Page.edition_id == edition_id)) or 0
    ) + 1
    page = Page(edition_id=edition_id, number=number, label=label)
    session.add(page)
    session.flush()
    return page


def layout_page(session: Session, page_id: int) -> LayoutPage:
    """The page as the DOCX writer takes it: plain values, pictures from the attachments."""
    page = session.get(Page, page_id)
    if page is None:
        raise LookupError(f"no page {page_id}")
    articles = session.scalars(
        select(Article)
        .where(Article.page_id == page_id, Article.status.not_in(NOT_LAID_OUT))
        .order_by(Article.position, Article.id)
        .options(
            undefer(Article.body),
            selectinload(Article.bylines),
            selectinload(Article.attachments).undefer(Attachment.data),
        )
    )
    return LayoutPage(
        paper_name=page.edition.paper_name,
        date=page.edition.date,
        number=page.number,
        label=page.label,
        articles=[
            LayoutArticle(
                kind=a.kind,
                kicker=a.kicker,
                headline=a.headline,
                subheadline=a.subheadline,
                bylines=[LayoutByline(b.role, b.person.name) for b in a.bylines],
                paragraphs=a.paragraphs,
                images=[
                    (x.filename, x.data)
                    for x in a.attachments
                    if x.content_type.startswith("image/")
                ],
            )
            for a in articles
        ],
    )
