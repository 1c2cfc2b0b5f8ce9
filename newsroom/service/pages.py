"""The pages part of the service: the plan of an edition, putting copy on a page (上版),
the pages as the layout writers take them, and a page's 审校签字单."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.service.errors import Invalid, NotFound, Refused

if TYPE_CHECKING:
    from newsroom.layout.model import LayoutPage
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.pages import PlannedArticle, PlannedPage

store_pages = lazy("newsroom.store.pages")
store_exports = lazy("newsroom.store.exports")


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an article went: page number, edition date, position on the page (from 1)."""

    page: int
    edition: dt.date
    position: int


@dataclass(frozen=True, slots=True)
class EditionRow:
    id: int
    date: dt.date
    paper_name: str


class Pages:
    """Editions and their pages: anyone may read the plan; only editors, chief editors and
    layout staff change it (workflow.can_plan_pages)."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def editions(self) -> list[EditionRow]:
        """Every edition, newest first."""
        with self._newsroom.reading() as session:
            return [EditionRow(*row) for row in store_pages.editions(session)]

    def plan(self, edition_id: int | None = None) -> list[PlannedPage]:
        """The pages of the edition (default: the newest) with their articles in order."""
        with self._newsroom.reading() as session:
            if edition_id is None:
                edition = store_pages.find_edition(session)
                if edition is None:
                    return []
                edition_id = edition.id
            return store_pages.plan(session, edition_id)

    def layout(self, page_id: int) -> LayoutPage:
        """The page as the layout writers take it: plain values, pictures included."""
        with self._newsroom.reading() as session:
            return store_pages.layout_page(session, page_id)

    def arrange(self, page_id: int, article_ids: list[int]) -> None:
        """Put these articles on the page in this order; others stay where they are."""
        self.require_planner()
        with self._newsroom.writing() as session:
            store_pages.place(session, page_id, list(article_ids))

    def add_page(self, edition_id: int, label: str = "") -> int:
        """A new last page of the edition; its number."""
        self.require_planner()
        with self._newsroom.writing() as session:
            return store_pages.add_page(session, edition_id, label).number

    def require_planner(self, doing: str = "plan pages") -> None:
        identity = self._newsroom.identity
        if identity is not None and not workflow.can_plan_pages(identity.role):
            raise Refused(f"{identity.name}: your role does not {doing}")

    def place(
        self,
        article_id: int,
        page: int,
        position: int | None = None,
        edition: dt.date | None = None,
    ) -> Placement:
        """Put the article on page ``page`` of the edition (default: the newest), at
        ``position`` (default: last); the page is added if the edition lacks it."""
        self.require_planner()
        with self._newsroom.writing() as session:
            found = store_pages.edition_page(session, page, edition)
            if found is None:
                which = f"edition {edition}: no such edition" if edition else "no edition yet"
                raise NotFound(f"{which} (import a bulletin first)")
            number, date = found.number, found.edition.date
            try:
                at = store_pages.place_article(session, article_id, found.id, position)
            except LookupError:
                raise NotFound(f"article {article_id}: no such article") from None
            except ValueError as exc:
                raise Invalid(str(exc)) from None
        return Placement(number, date, at)

    def place_many(self, article_ids: list[int], page: int, edition: dt.date | None = None) -> None:
        """Put the articles at the end of page ``page``, in this order, all or none."""
        self.require_planner()
        with self._newsroom.writing() as session:
            found = store_pages.edition_page(session, page, edition)
            if found is None:
                raise NotFound("no edition yet (import a bulletin first)")
            for article_id in article_ids:
                try:
                    store_pages.place_article(session, article_id, found.id)
                except LookupError:
                    raise NotFound(f"article {article_id}: no such article") from None
                except ValueError as exc:
                    raise Invalid(str(exc)) from None

    def unplaced(self) -> list[PlannedArticle]:
        """Copy on no page that could go on one, signed-off first: the planner's tray."""
        with self._newsroom.reading() as session:
            return store_pages.unplaced(session, self._newsroom.identity)

    def arrange_all(self, orders: list[tuple[int, list[int]]], tray: list[int]) -> None:
        """The planner's whole arrangement at once: each page's copy in order, and the
        articles taken off their pages back to the tray."""
        self.require_planner()
        with self._newsroom.writing() as session:
            for page_id, article_ids in orders:
                store_pages.place(session, page_id, list(article_ids))
            store_pages.unplace(session, list(tray))

    def for_export(self, number: int, date: dt.date | None = None) -> LayoutPage:
        """Page ``number`` of the edition of that date (or of the newest edition with such
        a page) as the layout writers take it; only who plans pages exports them."""
        self.require_planner("export pages")
        with self._newsroom.reading() as session:
            page = store_exports.page_layout(session, number, date)
        if page is None:
            when = f" of the {date} edition" if date else ""
            raise NotFound(f"page {number}{when}: no such page")
        return page

    def edition_for_export(self, date: dt.date | None = None) -> list[LayoutPage]:
        """Every page of the edition of that date (or of the newest), for the writers."""
        self.require_planner("export pages")
        with self._newsroom.reading() as session:
            pages = store_exports.edition_layout(session, date)
        if pages is None:
            raise NotFound(f"edition {date}: no such edition")
        return pages

    def sign_sheet(self, number: int, date: dt.date | None = None):
        """Page ``number``'s 审校签字单 (its articles, reviews and 三校): None if no such page."""
        from newsroom.store.signsheet import sign_sheet

        with self._newsroom.reading() as session:
            return sign_sheet(session, number, date)
