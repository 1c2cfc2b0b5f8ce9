"""Where the database is, how to open it, and keeping its schema at Alembic's head."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

# Keeps the archive's full-text index in step with every session's writes.
from newsroom.store import search_index  # noqa: F401
from newsroom.store.location import (  # noqa: F401  (the store's one import of them)
    ENV_VAR,
    SCHEMA_HEAD,
    DatabaseError,
    default_db_path,
    describe_url,
    resolve_db_url,
    sqlite_path,
)

MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(url: str, password: str | None = None) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and a busy timeout.

    A password given here goes to the driver, never into the URL (nor into ``ps``).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A desk needs a connection or two at a time: keep at most two idle, so that twenty
    # desks do not sit on PostgreSQL's max_connections (100 by default).
    connect_args = {"password": password} if password is not None else {}
    return create_engine(
        url, pool_pre_ping=True, pool_size=2, max_overflow=8, connect_args=connect_args
    )


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


def known_revisions() -> set[str]:
    """The schema revisions this release has migrations for (read from the file names)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def _check_sqlite_file(path: str, *, create: bool) -> None:
    """Refuse, before anything is written, a file that is missing (unless we may create
    it), not SQLite, another program's database, or a newer newsroom's."""
    import sqlite3

    where = Path(path)
    if not where.exists():
        if not create:
            raise DatabaseError(f"{path}: no such database (import copy to create one)")
        return
    if where.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database")
    try:
        with open(where, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot open database ({exc.strerror or exc})") from None
    if not header:
        return  # an empty file: a new database
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path}: cannot open database (file is not a database)")
    try:
        connection = sqlite3.connect(f"{where.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            version = None
            if "alembic_version" in tables:
                version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot open database ({exc})") from None
    _check_schema(path, tables, version[0] if version else None)


def _check_schema(where: str, tables: set[str], version: str | None) -> None:
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if version is None and tables - {"alembic_version"}:
        raise DatabaseError(f"{where}: not a newsroom database (it holds other tables)")
    if version is not None and version not in known_revisions():
        raise DatabaseError(
            f"{where}: made by a newer Newsroom desk (schema {version}, this one knows up to "
            f"{SCHEMA_HEAD}); left untouched — update Newsroom desk"
        )


def open_database(
    db: str | os.PathLike[str] | None = None, *, create: bool = True, password: str | None = None
) -> Engine:
    """Resolve, connect and migrate; raises DatabaseError with a one-line reason.

    Without ``create`` a missing SQLite file is refused instead of made. A database of
    a newer schema, or one that is not a newsroom's, is refused and left as it is.
    """
    url = resolve_db_url(db)
    engine = None
    path = sqlite_path(url)
    if path:
        _check_sqlite_file(path, create=create)
    try:
        engine = create_db_engine(url, password)
        # Alembic takes a third of a second to import: only a database that is not
        # at the head this release was built with needs it.
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            if not path:
                with engine.connect() as connection:
                    tables = set(inspect(connection).get_table_names())
                _check_schema(describe_url(url), tables, revision)
            upgrade(engine)
        elif engine.dialect.name == "postgresql":
            # workflow.py's rules changed since the newsroom was secured: its owner
            # brings the database's copy of them up to date.
            from newsroom.store.pg_security import refresh

            with engine.begin() as connection:
                refresh(connection)
    except DatabaseError:
        if engine is not None:
            engine.dispose()
        raise
    except (SQLAlchemyError, OSError, ImportError) as exc:  # ImportError: no psycopg
        if engine is not None:
            engine.dispose()  # no connection left open to a database we give up on
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(f"{describe_url(url)}: cannot open database ({reason})") from None
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for short units of work; objects stay readable after commit for the UI."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back if it raises.

    Commands and window pieces hand the session on to ``newsroom.store`` functions without
    importing SQLAlchemy themselves."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session
