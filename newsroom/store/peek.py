"""The first screenful of an SQLite newsroom, read with the standard library alone.

SQLAlchemy takes longer to load than the whole window takes to build, so the window
shows these rows first and opens the database properly right after it is on screen.
Only a file already at this release's schema is peeked at; anything else (a new file,
an old schema, PostgreSQL) returns None and the window opens the database first, as
before.  ``tests/store/test_peek.py`` keeps these rows equal to ``listing.load_rows``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from newsroom.store.location import SCHEMA_HEAD, sqlite_path
from newsroom.store.values import SELECTED_FIELDS, ArticleRow

#: Each of ArticleRow's SELECTED_FIELDS in SQL (listing.SELECTED through SQLAlchemy), and
#: how the text sqlite3 gives for a date or a time is read.
SELECTED = {
    "id": "article.id",
    "kind": "article.kind",
    "edition": "edition.date",
    "page": "page.number",
    "position": "article.position",
    "kicker": "article.kicker",
    "headline": """CASE WHEN article.headline != '' THEN article.headline
       WHEN article.kicker != '' THEN article.kicker
       ELSE substr(article.body, 1, 40) END""",
    "status": "article.status",
    "chars": "article.chars",
    "updated_at": "article.updated_at",
}
_READ = {
    "edition": lambda text: dt.date.fromisoformat(text) if text else None,
    "updated_at": dt.datetime.fromisoformat,
}
_READERS = tuple(_READ.get(name) for name in SELECTED_FIELDS)
_ROWS = f"""
SELECT {", ".join(SELECTED[name] for name in SELECTED_FIELDS)}
FROM article
LEFT OUTER JOIN page ON article.page_id = page.id
LEFT OUTER JOIN edition ON page.edition_id = edition.id
ORDER BY edition.date NULLS LAST, page.number NULLS LAST, article.position NULLS LAST,
         article.id
LIMIT ?
"""
_BYLINES = """
SELECT byline.article_id, byline.role, person.name FROM byline
JOIN person ON byline.person_id = person.id
WHERE byline.article_id IN ({marks}) ORDER BY byline.article_id, byline."order"
"""
_TAGS = """
SELECT article_tag.article_id, tag.name FROM article_tag JOIN tag ON article_tag.tag_id = tag.id
WHERE article_tag.article_id IN ({marks}) ORDER BY article_tag.article_id, tag.name
"""
_LOCKS = "SELECT article_id, holder FROM edit_lock WHERE expires_at > ?"


@dataclass(frozen=True, slots=True)
class Peek:
    """What the window needs before the database is open."""

    rows: list[ArticleRow]
    complete: bool  # every article is among the rows
    has_accounts: bool  # a shared newsroom: the window must ask who logs in first
    inbox: int  # submitted copy waiting for 初审 (listing.inbox_count)


def peek(url: str, limit: int) -> Peek | None:
    """The first ``limit`` rows in reading order, or None when this cannot say."""
    path = sqlite_path(url)
    if not path or not Path(path).is_file():
        return None
    try:
        # Read-only: a peek never creates, locks for writing or changes the file.
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        with connection:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if not version or version[0] != SCHEMA_HEAD:
                return None
            has_accounts = connection.execute("SELECT 1 FROM account LIMIT 1").fetchone()
            (inbox,) = connection.execute(
                "SELECT count(*) FROM article WHERE status = 'submitted'"
            ).fetchone()
            rows = [_row(values) for values in connection.execute(_ROWS, (limit + 1,))]
            complete = len(rows) <= limit
            rows = rows[:limit]
            _attach(connection, rows)
    except (sqlite3.Error, ValueError, TypeError):
        return None  # the window opens the database properly and says what is wrong
    finally:
        connection.close()
    return Peek(rows, complete, bool(has_accounts), inbox)


def _row(values: tuple) -> ArticleRow:
    return ArticleRow(*(read(v) if read else v for read, v in zip(_READERS, values, strict=True)))


def _attach(connection: sqlite3.Connection, rows: list[ArticleRow]) -> None:
    by_id = {row.id: row for row in rows}
    if not by_id:
        return
    ids = list(by_id)
    marks = ",".join("?" * len(ids))
    for article_id, role, name in connection.execute(_BYLINES.format(marks=marks), ids):
        by_id[article_id].bylines.append((role, name))
    for article_id, name in connection.execute(_TAGS.format(marks=marks), ids):
        by_id[article_id].tags.append(name)
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
    for article_id, holder in connection.execute(_LOCKS, (now,)):
        if article_id in by_id:
            by_id[article_id].editing_by = holder
