"""Searching the archive: the database's own full-text index, ranked, with snippets.

SQLite ranks every match with FTS5's BM25 (headline lines weighing ten times the body,
bylines five); PostgreSQL ranks the newest 2,000 matches with ts_rank over the weighted
tsvector (ranking needs each candidate's whole tsvector). Both find the matches in their
index, never by reading every body. The query is joined to the article table, so filters (dates,
status, person, page, tag) apply in the same statement and, on PostgreSQL, the article's
row-level security decides what a correspondent's search can return; the store applies
the same rule (a correspondent's own copy only) on SQLite. Snippets are cut from the
stored text of the hits that are returned, never from the index.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from newsroom import searching
from newsroom.searching import SearchFilters  # a plain value; replacing.py takes it from here
from newsroom.store import search_index
from newsroom.store.values import Identity
from newsroom.workflow import can_view

#: FTS5 BM25 weights of the columns (headline lines, bylines, body).
_BM25 = "bm25(article_search, 10.0, 5.0, 1.0)"
#: On PostgreSQL, how many of the newest matches are ranked (see matching_ids).
RANK_POOL = 2000


@dataclass
class SearchResult:
    """One article found: what the results list shows, and where the hit is."""

    id: int
    kind: str
    kicker: str
    headline: str
    subheadline: str
    bylines: list[tuple[str, str]]
    status: str
    page: int | None
    date: dt.date | None
    score: float
    hit: searching.Hit | None = None
    paragraphs: list[str] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        hit = self.hit
        return {
            "id": self.id,
            "kind": self.kind,
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "bylines": [{"role": r, "name": n} for r, n in self.bylines],
            "status": self.status,
            "page": self.page,
            "date": self.date.isoformat() if self.date else None,
            "score": round(self.score, 6),
            "snippet": hit.snippet if hit else "",
            "highlights": [list(span) for span in hit.highlights] if hit else [],
            "hit": (
                {"field": hit.field, "paragraph": hit.paragraph, "start": hit.start, "end": hit.end}
                if hit
                else None
            ),
        }


def _filters_sql(filters: SearchFilters, identity: Identity | None) -> tuple[str, dict]:
    where, params = [], {}
    if filters.date_from is not None:
        where.append("e.date >= :date_from")
        params["date_from"] = filters.date_from
    if filters.date_to is not None:
        where.append("e.date <= :date_to")
        params["date_to"] = filters.date_to
    if filters.status:
        where.append("a.status = :status")
        params["status"] = filters.status
    if filters.page is not None:
        where.append("p.number = :page")
        params["page"] = filters.page
    if filters.person:
        where.append(
            "EXISTS (SELECT 1 FROM byline b JOIN person pe ON pe.id = b.person_id "
            "WHERE b.article_id = a.id AND pe.name = :person)"
        )
        params["person"] = filters.person.strip()
    if filters.tag:
        where.append(
            "EXISTS (SELECT 1 FROM article_tag at JOIN tag t ON t.id = at.tag_id "
            "WHERE at.article_id = a.id AND t.name = :tag)"
        )
        params["tag"] = filters.tag.strip()
    if identity is not None and not can_view(identity.role, identity.account_id, None):
        # A correspondent: their own copy only (on PostgreSQL the database says so too).
        where.append("a.owner_id = :owner")
        params["owner"] = identity.account_id
    elif identity is not None and identity.role is not None:
        # The desk: not the correspondents' drafts, theirs until submitted (as
        # listing.visible_to; on PostgreSQL the article policy).
        where.append(
            "NOT (a.status = 'draft' AND a.owner_id IS NOT NULL AND a.owner_id <> :me AND "
            "a.owner_id IN (SELECT id FROM account WHERE role = 'correspondent'))"
        )
        params["me"] = identity.account_id if identity.account_id is not None else -1
    return "".join(f" AND {w}" for w in where), params


_JOINS = (
    " JOIN article a ON a.id = {key}"
    " LEFT JOIN page p ON p.id = a.page_id LEFT JOIN edition e ON e.id = p.edition_id"
)


def matching_ids(
    session: Session,
    query: searching.Query,
    filters: SearchFilters | None = None,
    *,
    limit: int | None = 50,
    identity: Identity | None = None,
) -> list[tuple[int, float]]:
    """(article id, score) of the articles matching, best first; higher scores are better."""
    where, params = _filters_sql(filters or SearchFilters(), identity)
    params["limit"] = limit if limit is not None else -1
    if session.get_bind().dialect.name == "sqlite":
        params["q"] = searching.fts5_match(query)
        sql = (
            f"SELECT a.id, -{_BM25} AS score FROM article_search"
            + _JOINS.format(key="article_search.rowid")
            + f" WHERE article_search MATCH :q{where} ORDER BY {_BM25}, a.id LIMIT :limit"
        )
    else:
        params["q"] = searching.tsquery(query)
        if limit is None:
            params["limit"] = None
        # ts_rank reads each candidate's whole tsvector (out of line, compressed): ranking
        # every match of a common word would read most of the index. So the newest
        # RANK_POOL matches, found from the GIN index alone, are the ones ranked.
        params["pool"] = RANK_POOL if limit is not None else None
        sql = (
            "SELECT a.id, ts_rank(s.doc, q.q) AS score FROM ("
            "SELECT s.article_id FROM article_search s"
            + _JOINS.format(key="s.article_id")
            + f" WHERE s.doc @@ CAST(:q AS tsquery){where} ORDER BY s.article_id DESC"
            " LIMIT :pool) AS pool JOIN article_search s ON s.article_id = pool.article_id"
            " JOIN article a ON a.id = s.article_id, (SELECT CAST(:q AS tsquery) AS q) AS q"
            " ORDER BY score DESC, a.id LIMIT :limit"
        )
        return _without_ordered_scans(session, text(sql), params)
    return [(row[0], float(row[1])) for row in session.execute(text(sql), params)]


def _without_ordered_scans(session: Session, statement, params) -> list[tuple[int, float]]:
    """Run the PostgreSQL search with the matches taken from the GIN index.

    Left to itself the planner walks the primary key backwards for "the newest matches",
    testing (and decompressing) every article's tsvector until it has enough: quick for a
    word in most articles, seconds for one in a few percent. Without plain index and
    sequential scans, inside a savepoint rolled back afterwards (so that the settings do not
    outlive this query), it reads the matching ids from the GIN index alone.
    """
    savepoint = session.begin_nested()
    try:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))
        return [(row[0], float(row[1])) for row in session.execute(statement, params)]
    finally:
        savepoint.rollback()


def filtered_ids(
    session: Session, filters: SearchFilters | None = None, *, identity: Identity | None = None
) -> list[int]:
    """Every article the filters (and the identity) allow, by id: what a regular
    expression, which no index can answer, is tried on."""
    where, params = _filters_sql(filters or SearchFilters(), identity)
    sql = (
        "SELECT a.id FROM article a LEFT JOIN page p ON p.id = a.page_id "
        f"LEFT JOIN edition e ON e.id = p.edition_id WHERE 1 = 1{where} ORDER BY a.id"
    )
    return list(session.execute(text(sql), params).scalars())


def search(
    session: Session,
    query: searching.Query | str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 50,
    identity: Identity | None = None,
) -> list[SearchResult]:
    """The best ``limit`` articles for the query, each with a snippet around its first hit.

    Raises searching.QueryError for a query with nothing to look for.
    """
    if isinstance(query, str):
        query = searching.parse_query(query)
    found = matching_ids(session, query, filters, limit=limit, identity=identity)
    results = load_results(session, found)
    for result in results:
        result.hit = searching.find_hit(reading_fields(result), query)
    return results


def reading_fields(result: SearchResult) -> list[tuple[str, int, str]]:
    """An article's text as (field, paragraph, text) in reading order."""
    fields = [
        ("kicker", 0, result.kicker),
        ("headline", 0, result.headline),
        ("subheadline", 0, result.subheadline),
        ("byline", 0, " ".join(name for _, name in result.bylines)),
    ]
    fields += [("body", i, p) for i, p in enumerate(result.paragraphs)]
    return [f for f in fields if f[2]]


def load_results(session: Session, found: list[tuple[int, float]]) -> list[SearchResult]:
    """The articles of (id, score) pairs with their text, in the same order."""
    if not found:
        return []
    ids = [i for i, _ in found]
    names = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": v for n, v in enumerate(ids)}
    bylines: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for article_id, role, name in session.execute(
        text(
            "SELECT b.article_id, b.role, pe.name FROM byline b JOIN person pe "
            f'ON pe.id = b.person_id WHERE b.article_id IN ({names}) ORDER BY b."order", b.id'
        ),
        params,
    ):
        bylines[article_id].append((role, name))
    rows = {
        row[0]: row
        for row in session.execute(
            text(
                "SELECT a.id, a.kind, a.kicker, a.headline, a.subheadline, a.status, p.number, "
                "e.date, a.body FROM article a LEFT JOIN page p ON p.id = a.page_id "
                f"LEFT JOIN edition e ON e.id = p.edition_id WHERE a.id IN ({names})"
            ),
            params,
        )
    }
    results = []
    for article_id, score in found:
        row = rows.get(article_id)
        if row is None:
            continue
        date = row[7]
        if isinstance(date, str):  # SQLite through text(): ISO text
            date = dt.date.fromisoformat(date)
        results.append(
            SearchResult(
                id=row[0],
                kind=row[1],
                kicker=row[2],
                headline=row[3],
                subheadline=row[4],
                bylines=bylines.get(article_id, []),
                status=row[5],
                page=row[6],
                date=date,
                score=score,
                paragraphs=row[8].split("\n") if row[8] else [],
            )
        )
    return results


def reindex(session: Session) -> int:
    """Write the whole index again (after a restore from a backup made by other means);
    the number of articles indexed."""
    return search_index.rebuild(session.connection())
