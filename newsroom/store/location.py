"""Where the database is: resolved without loading SQLAlchemy, so the window can show first.

``newsroom.store.db`` opens what this names; the window reads its first screenful
through ``newsroom.store.peek`` before that.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "NEWSROOM_DB"
#: The newest migration in migrations/versions; a test keeps the two in step.
SCHEMA_HEAD = "0006"


class DatabaseError(Exception):
    """The database cannot be opened or brought up to date; one line for the user."""


def default_db_path() -> Path:
    """The embedded newsroom database in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("newsroom", appauthor=False) / "newsroom.db"


def resolve_db_url(
    db: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The one place that turns ``--db``, ``NEWSROOM_DB`` or the default into a URL.

    A value with ``://`` is an SQLAlchemy URL (``postgresql+psycopg://…``,
    ``sqlite:///…``); anything else is the path of an SQLite file.
    """
    environ = os.environ if environ is None else environ
    value = os.fspath(db) if db else environ.get(ENV_VAR, "")
    if not value:
        value = os.fspath(default_db_path())
    if "://" in value:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(value)
        except ArgumentError as exc:
            raise DatabaseError(f"{value}: not a database URL ({exc})") from None
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def describe_url(url: str) -> str:
    """The URL for people to read: a file path for SQLite, no password otherwise."""
    path = sqlite_path(url)
    if path is not None:
        return path or ":memory:"
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: str) -> str | None:
    """The file of a plain ``sqlite:///`` URL ("" for an in-memory one), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    return url[len(prefix) :]


def with_password(url, password: str | None) -> str:
    """A server URL (text or SQLAlchemy's URL) with this password, or with none at all."""
    from sqlalchemy.engine import URL, make_url

    u = make_url(url)
    return URL.create(
        u.drivername, u.username, password, u.host, u.port, u.database, u.query
    ).render_as_string(hide_password=False)


def server_login(url: str) -> str | None:
    """``user@host`` of a server URL typed without its password, for asking for it; None
    for SQLite, for a URL that carries its password, and for one that is no URL at all
    (opening it says what is wrong)."""
    if "://" not in url or url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        u = make_url(url)
    except ArgumentError:
        return None
    return None if u.password is not None else f"{u.username or ''}@{u.host or ''}"
