"""A page's copy as the proofreader reads it: queries for the service, plain values out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from newsroom.store.models import Article, Edition, Page
from newsroom.store.proofrules import ignored


@dataclass(frozen=True, slots=True)
class PageCopy:
    """One article of a page: its text lines and the findings the desk chose to ignore."""

    article_id: int
    kicker: str
    headline: str
    subheadline: str
    paragraphs: list[str]
    ignored: set[tuple[str, str]]


def page_of(session: Session, article_id: int) -> int | None:
    """The page an article is on (None: on no page, or no such article)."""
    return session.scalar(select(Article.page_id).where(Article.id == article_id))


def edition_date_of(session: Session, article_id: int):
    """The date of the edition the article is on (None: on no page)."""
    return session.scalar(
        select(Edition.date)
        .join(Page, Page.edition_id == Edition.id)
        .join(Article, Article.page_id == Page.id)
        .where(Article.id == article_id)
    )


def page_copy(session: Session, page_id: int) -> list[PageCopy]:
    """The page's articles in their order on the page, with their ignored findings."""
    articles = session.scalars(
        select(Article)
        .where(Article.page_id == page_id)
        .order_by(Article.position)
        .options(undefer(Article.body))
    )
    return [
        PageCopy(
            a.id,
            a.kicker,
            a.headline,
            a.subheadline,
            a.paragraphs,
            ignored(session, a.id),
        )
        for a in articles
    ]
