"""The pages part of the service: putting copy on a page (上版)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsroom import workflow
from newsroom.lazy import lazy
from newsroom.service.errors import Invalid, NotFound, Refused

if TYPE_CHECKING:
    from newsroom.service.newsroom import Newsroom

store_pages = lazy("newsroom.store.pages")


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an article went: page number, edition date, position on the page (from 1)."""

    page: int
    edition: dt.date
    position: int


class Pages:
    """Planning pages: only editors, chief editors and layout staff (workflow.py)."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def require_planner(self) -> None:
        identity = self._newsroom.identity
        if identity is not None and not workflow.can_plan_pages(identity.role):
            raise Refused(f"{identity.name}: your role does not plan pages")

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
