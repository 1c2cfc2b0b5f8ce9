"""The archive's full-text index, kept in step with every write of an article's text.

SQLite: ``article_search``, an FTS5 table without stored content (``content=''``) whose
rowid is the article's id, with three columns (headline lines, bylines, body) holding the
tokens of ``newsroom.searching`` separated by spaces, which FTS5's unicode61 tokenizer
takes as they are. Without stored content the index is about the size of its postings
alone; the price is that removing an article's entry needs the tokens it was indexed
with, which the store recomputes from the database's rows before they change.

PostgreSQL: ``article_search (article_id, doc tsvector)`` with a GIN index; the tsvector
is made by ``to_tsvector('simple', …)`` of the same space-separated tokens, which keeps
them as they are under any locale (tried under C and C.UTF-8). Row-level security lets a
person read only the entries of the articles they may read, and write only those of
articles they may edit (pg_security.py).

The store keeps it in step from the session: before a flush, the articles whose headline
lines or body change, whose bylines come or go, or whose people are renamed, are noted
(on SQLite the tokens of their entries read); after it, the old entries are taken out and
new ones written from the rows as stored. Every write path of the store goes through the
session (imports, saves, restores, merges of people, replace), so none is missed;
``rebuild`` writes the whole index again (migration 0006, ``newsroom search --reindex``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session

from newsroom import searching
from newsroom.store.models import Article, Byline, Person

TABLE = "article_search"
_TEXT_ATTRIBUTES = ("kicker", "headline", "subheadline", "body")
_CHUNK = 500

SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, people, body, content='', "
    "tokenize='unicode61 remove_diacritics 0')"
)
POSTGRESQL_DDL = (
    f"CREATE TABLE {TABLE} (article_id integer PRIMARY KEY "
    "REFERENCES article (id) ON DELETE CASCADE, doc tsvector NOT NULL)",
    f"CREATE INDEX ix_{TABLE}_doc ON {TABLE} USING gin (doc)",
)


def create(connection) -> None:
    """Create the (empty) index table on this connection's database."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(SQLITE_DDL))
    else:
        for statement in POSTGRESQL_DDL:
            connection.execute(text(statement))


def drop(connection) -> None:
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def is_index_table(name: str) -> bool:
    """The index's tables (FTS5 makes shadow tables beside it), which have no model."""
    return name == TABLE or name.startswith(f"{TABLE}_")


# --- Reading what an article is indexed with -------------------------------------------


def _chunks(ids: Iterable[int]):
    ids = sorted(set(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _fields(connection, ids: list[int]) -> dict[int, tuple]:
    """The token fields of these articles as the database has them now."""
    params = {f"i{n}": v for n, v in enumerate(ids)}
    names = ", ".join(f":i{n}" for n in range(len(ids)))
    people: dict[int, list[str]] = defaultdict(list)
    for article_id, name in connection.execute(
        text(
            "SELECT b.article_id, p.name FROM byline b JOIN person p ON p.id = b.person_id "
            f'WHERE b.article_id IN ({names}) ORDER BY b.article_id, b."order", b.id'
        ),
        params,
    ):
        people[article_id].append(name)
    rows = connection.execute(
        text(f"SELECT id, kicker, headline, subheadline, body FROM article WHERE id IN ({names})"),
        params,
    )
    return {
        row[0]: searching.fields_of(row[1], row[2], row[3], people[row[0]], row[4] or "")
        for row in rows
    }


def _indexed(connection, ids: list[int]) -> set[int]:
    names = ", ".join(f":i{n}" for n in range(len(ids)))
    column = "rowid" if connection.dialect.name == "sqlite" else "article_id"
    return set(
        connection.execute(
            text(f"SELECT {column} FROM {TABLE} WHERE {column} IN ({names})"),
            {f"i{n}": v for n, v in enumerate(ids)},
        ).scalars()
    )


def indexed_fields(connection, ids: Iterable[int]) -> dict[int, tuple]:
    """The tokens these articles' entries were written with (SQLite: only the database's
    rows can tell, so read them before they change)."""
    found: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        present = _indexed(connection, chunk)
        if present:
            found.update(_fields(connection, [i for i in chunk if i in present]))
    return found


def remove(connection, ids: Iterable[int], old: dict[int, tuple] | None = None) -> None:
    """Take these articles out of the index; on SQLite with the tokens they were indexed
    with (``old``, from ``indexed_fields``; read now when not given)."""
    if connection.dialect.name != "sqlite":
        for chunk in _chunks(ids):
            names = ", ".join(f":i{n}" for n in range(len(chunk)))
            connection.execute(
                text(f"DELETE FROM {TABLE} WHERE article_id IN ({names})"),
                {f"i{n}": v for n, v in enumerate(chunk)},
            )
        return
    old = indexed_fields(connection, ids) if old is None else old
    if old:
        connection.execute(
            text(
                f"INSERT INTO {TABLE} ({TABLE}, rowid, title, people, body) "
                "VALUES ('delete', :id, :title, :people, :body)"
            ),
            [_fts5_params(i, f) for i, f in old.items()],
        )


def write(connection, ids: Iterable[int]) -> None:
    """Index these articles as they are stored now (entries already removed on SQLite)."""
    sqlite = connection.dialect.name == "sqlite"
    for chunk in _chunks(ids):
        fields = _fields(connection, chunk)
        if not fields:
            continue
        if sqlite:
            connection.execute(
                text(
                    f"INSERT INTO {TABLE} (rowid, title, people, body) "
                    "VALUES (:id, :title, :people, :body)"
                ),
                [_fts5_params(i, f) for i, f in fields.items()],
            )
        else:
            connection.execute(
                text(
                    f"INSERT INTO {TABLE} (article_id, doc) VALUES (:id, {_TSVECTOR}) "
                    "ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc"
                ),
                [_fts5_params(i, f) for i, f in fields.items()],
            )


#: The three fields' tokens (separated by spaces) as one tsvector: the 'simple' configuration
#: keeps every token as it is (the default parser takes Han characters for letters under
#: any locale, C included), ``||`` runs the positions of each field on after the one
#: before, and the weights rank headline lines (A) over bylines (B) over the body (D).
_TSVECTOR = (
    "setweight(to_tsvector('simple', :title), 'A') || "
    "setweight(to_tsvector('simple', :people), 'B') || to_tsvector('simple', :body)"
)


def _fts5_params(article_id: int, fields) -> dict:
    title, people, body = searching.fts5_row(fields)
    return {"id": article_id, "title": title, "people": people, "body": body}


def rebuild(connection) -> int:
    """Index every article again from scratch; the number indexed."""
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')"))
    else:
        # A GIN index built once over every row is far quicker than one kept up row by row.
        connection.execute(text(f"DELETE FROM {TABLE}"))
        connection.execute(text(f"DROP INDEX IF EXISTS ix_{TABLE}_doc"))
    ids = list(connection.execute(text("SELECT id FROM article ORDER BY id")).scalars())
    write(connection, ids)
    if not sqlite:
        connection.execute(text(POSTGRESQL_DDL[1]))
    return len(ids)


# --- Keeping it in step from the session -----------------------------------------------

_PENDING = "newsroom_search_pending"


def _text_changed(article: Article) -> bool:
    state = inspect(article)
    return any(state.attrs[name].history.has_changes() for name in _TEXT_ATTRIBUTES)


def _renamed(person: Person) -> bool:
    return inspect(person).attrs.name.history.has_changes()


@event.listens_for(Session, "before_flush")
def _note_changes(session: Session, _context, _instances) -> None:
    """Note the articles whose indexed text this flush changes; on SQLite read the tokens
    their entries were written with now, while the rows still hold that text. Only reads:
    the flush's own first write is what begins the write transaction, as without an index."""
    changed, new_articles, deleted = _noted(session)
    if not (changed or new_articles or deleted):
        return
    connection = session.connection()
    pending = session.info.setdefault(_PENDING, ([], set(), set(), {}))
    pending[0].extend(new_articles)
    pending[1].update(changed - deleted)
    pending[2].update(deleted)
    if connection.dialect.name == "sqlite":
        pending[3].update(indexed_fields(connection, (changed | deleted) - set(pending[3])))


def _noted(session: Session) -> tuple[set[int], list[Article], set[int]]:
    """The flush's articles whose indexed text changes, its new articles, its deleted ones."""
    changed: set[int] = set()
    new_articles: list[Article] = []
    for obj in session.new:
        if isinstance(obj, Article):
            new_articles.append(obj)
        elif isinstance(obj, Byline):
            _note_byline(obj, changed, new_articles)
    for obj in session.dirty:
        if isinstance(obj, Article) and obj.id is not None and _text_changed(obj):
            changed.add(obj.id)
        elif isinstance(obj, Byline):
            _note_byline(obj, changed, new_articles)
        elif isinstance(obj, Person) and obj.id is not None and _renamed(obj):
            changed.update(
                session.connection()
                .execute(text("SELECT article_id FROM byline WHERE person_id = :p"), {"p": obj.id})
                .scalars()
            )
    deleted = set()
    for obj in session.deleted:
        if isinstance(obj, Article) and obj.id is not None:
            deleted.add(obj.id)
        elif isinstance(obj, Byline):
            _note_byline(obj, changed, new_articles)
    return changed, new_articles, deleted


def _note_byline(byline: Byline, changed: set[int], new_articles: list[Article]) -> None:
    state = inspect(byline)
    article_ids = set(state.attrs.article_id.history.deleted or ())
    if byline.article_id is not None:
        article_ids.add(byline.article_id)
    article = byline.article if "article" not in state.unloaded else None
    if article is not None and article.id is None:
        new_articles.append(article)
    elif article is not None:
        article_ids.add(article.id)
    changed.update(i for i in article_ids if i is not None)


@event.listens_for(Session, "after_flush")
def _write_changes(session: Session, _context) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return
    new_articles, changed, _deleted, old = pending
    connection = session.connection()
    # Out with the old entries (PostgreSQL's go with their article by the foreign key),
    # in with the new; articles new in this flush have no entry yet.
    if connection.dialect.name == "sqlite":
        remove(connection, old, old)
    write(connection, set(changed) | {a.id for a in new_articles if a.id is not None})


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous) -> None:
    session.info.pop(_PENDING, None)
