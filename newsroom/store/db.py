"""Where the database is, how to open it, and keeping its schema at Alembic's head."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from newsroom.store.location import (  # noqa: F401  (the store's one import of them)
    ENV_VAR,
    SCHEMA_HEAD,
    DatabaseError,
    default_db_path,
    describe_url,
    resolve_db_url,
)

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A desk needs a connection or two at a time: keep at most two idle, so that twenty
    # desks do not sit on PostgreSQL's max_connections (100 by default).
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=8)


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # ConfigParser interpolates "%": a percent-encoded password or query must be escaped.
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, read without loading Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head: a new database is created, an old one upgraded."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(db: str | os.PathLike[str] | None = None) -> Engine:
    """Resolve, connect and migrate; raises DatabaseError with a one-line reason."""
    url = resolve_db_url(db)
    engine = None
    try:
        engine = create_db_engine(url)
        # Alembic takes a third of a second to import: only a database that is not
        # at the head this release was built with needs it.
        if current_revision(engine) != SCHEMA_HEAD:
            upgrade(engine)
    except (SQLAlchemyError, OSError, ImportError) as exc:  # ImportError: no psycopg
        if engine is not None:
            engine.dispose()  # no connection left open to a database we give up on
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(f"{describe_url(url)}: cannot open database ({reason})") from None
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for short units of work; objects stay readable after commit for the UI."""
    return sessionmaker(engine, expire_on_commit=False)
