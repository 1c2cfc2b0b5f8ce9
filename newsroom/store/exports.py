"""Pages as the layout writers take them, found by 版次 and edition date (for ``export``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from newsroom.layout.model import LayoutPage
from newsroom.store.pages import find_edition, find_page, layout_page

__all__ = ["edition_layout", "page_layout"]


def page_layout(session: Session, number: int, date: dt.date | None = None) -> LayoutPage | None:
    """Page N of the edition of that date (or of the newest edition with a page N) as
    plain layout input, or None when there is no such page."""
    page = find_page(session, number, date)
    return None if page is None else layout_page(session, page.id)


def edition_layout(session: Session, date: dt.date | None = None) -> list[LayoutPage] | None:
    """Every page of the edition of that date (or of the newest edition), or None when
    there is no such edition."""
    edition = find_edition(session, date)
    return None if edition is None else [layout_page(session, p.id) for p in edition.pages]
