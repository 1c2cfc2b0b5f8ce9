"""The articles part of the service: listing, reading for proofreading, review, the list's rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.newscopy import article_text
from newsroom.service.errors import NotFound

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.values import ArticleRow

store_articles = lazy("newsroom.store.articles")
editing = lazy("newsroom.store.editing")
listing = lazy("newsroom.store.listing")
page_copy = lazy("newsroom.store.page_copy")


@dataclass(slots=True)
class StoredArticle:
    """An article as a command lists, tags or prints it: plain values only."""

    id: int
    kind: str
    kicker: str
    headline: str
    subheadline: str
    paragraphs: list[str]
    status: str
    chars: int
    page: int | None  # the page's number
    position: int | None
    owner_id: int | None
    shown_headline: str  # headline, else kicker, else a photo's caption
    byline: str  # 通讯员 万彤 李明 记者 孙悦
    record: dict[str, Any] = field(default_factory=dict)  # the ``list --json`` form

    @property
    def text(self) -> str:
        return article_text(self.kicker, self.headline, self.subheadline, self.paragraphs)


@dataclass(frozen=True, slots=True)
class ProofCopy:
    """One article of a page to proofread, with the findings the desk chose to ignore."""

    article_id: int
    text: str
    ignored: frozenset[tuple[str, str]]


class Articles:
    """Articles as the person at the desk may see and move them."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def may_see(self, owner_id: int | None) -> bool:
        """Whether this person may see copy of that owner (workflow.can_view)."""
        identity = self._newsroom.identity
        return identity is None or workflow.can_view(identity.role, identity.account_id, owner_id)

    def listing(self) -> list[StoredArticle]:
        """Every article this person may see (a correspondent: their own), in reading order."""
        # A correspondent sees their own copy; the desk not the correspondents' drafts.
        viewer = self._newsroom.identity
        with self._newsroom.reading() as session:
            return [
                stored_article(a)
                for a in store_articles.list_articles(session, with_body=True, viewer=viewer)
            ]

    def dated_text(self, article_id: int):
        """The article's text for proofreading and the date of its edition (None on no
        page): the day whose posts the roster checks. NotFound as for ``text``."""
        text = self.text(article_id)
        with self._newsroom.reading() as session:
            return text, page_copy.edition_date_of(session, article_id)

    def text(self, article_id: int) -> str:
        """The article's text for proofreading; NotFound also for someone else's copy (a
        correspondent is not told whether it exists)."""
        with self._newsroom.reading() as session:
            try:
                article = editing.load_article(session, article_id)
            except LookupError:
                article = None
            if article is None or not self.may_see(article.owner_id):
                raise NotFound(f"article {article_id}: no such article")
            try:
                editing.require_view(article, self._newsroom.identity)
            except workflow.WorkflowError:  # a correspondent's draft, private until submitted
                raise NotFound(f"article {article_id}: no such article") from None
            return article_text(
                article.kicker, article.headline, article.subheadline, article.paragraphs
            )

    def page_of(self, article_id: int) -> int | None:
        """The id of the page the article is on; None for copy on no page."""
        with self._newsroom.reading() as session:
            return page_copy.page_of(session, article_id)

    def page_for_proofreading(self, page_id: int) -> list[ProofCopy]:
        """The page's articles in page order, as the proofreader reads them."""
        with self._newsroom.reading() as session:
            copies = page_copy.page_copy(session, page_id)
        return [
            ProofCopy(
                c.article_id,
                article_text(c.kicker, c.headline, c.subheadline, c.paragraphs),
                frozenset(c.ignored),
            )
            for c in copies
        ]

    def review(self, article_id: int, action: str, *, actor: str, note: str = "") -> str:
        """Apply one workflow action (rules in workflow.py, checked against the stored
        history; on PostgreSQL by the database's own function too); the new status.
        Raises NotFound, Refused or Conflict."""
        identity = self._newsroom.identity
        with self._newsroom.writing() as session:
            article = editing.transition(
                session, article_id, action, actor=actor, note=note, identity=identity
            )
            return article.status

    # --- the window's list -------------------------------------------------------------
    def rows(self, ids=None, *, offset: int = 0, limit: int | None = None) -> list[ArticleRow]:
        """Rows of the article list in reading order (only ``ids``, if given), from
        ``offset``: what this person may see."""
        with self._newsroom.reading() as session:
            return listing.load_rows(
                session, ids, offset=offset, limit=limit, viewer=self._newsroom.identity
            )

    def search(self, text: str) -> set[int]:
        """Articles whose headline lines or body contain the text."""
        with self._newsroom.reading() as session:
            return listing.search_text(session, text)


def stored_article(article) -> StoredArticle:
    page = article.page
    return StoredArticle(
        id=article.id,
        kind=article.kind,
        kicker=article.kicker,
        headline=article.headline,
        subheadline=article.subheadline,
        paragraphs=list(article.paragraphs),
        status=article.status,
        chars=article.chars,
        page=page.number if page else None,
        position=article.position,
        owner_id=article.owner_id,
        shown_headline=store_articles.display_headline(article),
        byline=store_articles.byline_text(article.bylines),
        record=store_articles.article_to_dict(article),
    )
