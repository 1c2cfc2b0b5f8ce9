"""The search part of the service: the archive searched with the database's full-text
index, replace across the archive (previewed, applied, undone as one step), and the
index rebuilt.

A correspondent finds only their own copy (store/search.py; on PostgreSQL the article's
row-level security too). Only editors and chief editors replace, and only a chief editor
touches signed-off and laid-out copy (store/replacing.require_desk).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.lazy import lazy
from newsroom.service.errors import Refused

if TYPE_CHECKING:
    from newsroom.searching import Query, SearchFilters
    from newsroom.service.newsroom import Newsroom
    from newsroom.store.replacing import Applied, OperationRow, Preview
    from newsroom.store.search import SearchResult

store_search = lazy("newsroom.store.search")
replacing = lazy("newsroom.store.replacing")

#: Who rebuilds the whole index (a single-user desk too).
REINDEX_ROLES = (None, "editor", "chief_editor", "admin")


class Search:
    """Finding copy in the archive, and changing it there all at once."""

    def __init__(self, newsroom: Newsroom) -> None:
        self._newsroom = newsroom

    def find(
        self, query: Query | str, filters: SearchFilters | None = None, *, limit: int = 50
    ) -> list[SearchResult]:
        """The best ``limit`` articles this person may see, each with a snippet around its
        first hit. A query with nothing to look for is ``Invalid`` (searching.QueryError
        when parsed beforehand)."""
        with self._newsroom.reading() as session:
            return store_search.search(
                session, query, filters, limit=limit, identity=self._newsroom.identity
            )

    def reindex(self) -> int:
        """Write the whole index again; the number of articles indexed."""
        identity = self._newsroom.identity
        if identity is not None and identity.role not in REINDEX_ROLES:
            raise Refused(f"{identity.name}: only the desk rebuilds the search index")
        with self._newsroom.writing() as session:
            return store_search.reindex(session)

    def preview(
        self,
        old: str,
        new: str,
        *,
        regex: bool = False,
        filters: SearchFilters | None = None,
        include_signed: bool = False,
    ) -> Preview:
        """Every occurrence of OLD the filters allow, with the text it would become;
        ``Invalid`` for an empty or broken pattern, ``Refused`` for who may not replace."""
        with self._newsroom.reading() as session:
            return self._preview(session, old, new, regex, filters, include_signed)

    def _preview(self, session, old, new, regex, filters, include_signed) -> Preview:
        return replacing.preview(
            session,
            old,
            new,
            regex=regex,
            filters=filters,
            include_signed=include_signed,
            identity=self._newsroom.identity,
        )

    def replace(
        self,
        old: str,
        new: str,
        *,
        author: str,
        regex: bool = False,
        filters: SearchFilters | None = None,
        include_signed: bool = False,
        selected: set[tuple] | None = None,
        dry_run: bool = False,
    ) -> tuple[Preview, Applied | None]:
        """Preview and, unless ``dry_run`` or there is nothing to change, apply the changes
        (those ``selected`` by key, or all) in one unit of work: one revision per article,
        ``author`` its author, and one record of the operation (None when not applied).
        ``Conflict`` when someone saved one of the articles meanwhile: nothing changes."""
        identity = self._newsroom.identity
        with self._newsroom.writing() as session:
            plan = self._preview(session, old, new, regex, filters, include_signed)
            if dry_run or not plan.changes:
                return plan, None
            applied = replacing.apply(
                session, plan, author=author, selected=selected, identity=identity
            )
        return plan, applied

    def undo(self, operation_id: int, *, author: str) -> Applied:
        """Put back what the operation's articles said before it, as new revisions; all or
        nothing (``Invalid`` when one was saved since, or it was undone already)."""
        with self._newsroom.writing() as session:
            return replacing.undo(
                session, operation_id, author=author, identity=self._newsroom.identity
            )

    def history(self, limit: int = 50) -> list[OperationRow]:
        """The newest replaces first, with how many articles each changed."""
        with self._newsroom.reading() as session:
            return replacing.list_operations(session, limit)
