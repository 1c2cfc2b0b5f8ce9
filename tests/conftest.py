"""Test set-up: offscreen Qt, and every test in its own data, settings and database folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory):
    """Dictionary caches (proofreading, jieba) are rebuilt once per test run, not per test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch, _shared_cache):
    """No test reads or writes the real user's data, settings or database."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache))
    monkeypatch.setenv("NEWSROOM_SETTINGS", str(home / "config" / "settings.toml"))
    monkeypatch.delenv("NEWSROOM_DB", raising=False)
    yield home


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "newsroom.db"


# --- Databases: every store, workflow and command-line test runs on SQLite and PostgreSQL.

#: The PostgreSQL database the tests may wipe; scripts/start-test-postgres.sh creates it.
PG_ENV = "NEWSROOM_TEST_PG"
PG_DEFAULT = "postgresql+psycopg://newsroom:newsroom@127.0.0.1:5432/newsroom_test"
#: Where ``other_db_url`` puts a second newsroom in the same PostgreSQL database.
PG_OTHER_SCHEMA = "other_newsroom"


def pg_test_url() -> str:
    return os.environ.get(PG_ENV) or PG_DEFAULT


@dataclass
class _TestServer:
    url: str  # this run's own database
    admin: Engine  # autocommit, on that database


@pytest.fixture(scope="session")
def _pg_server() -> Iterator[_TestServer | str]:
    """This test run's own PostgreSQL database, or why there is none.

    The run creates a database of its own beside ``NEWSROOM_TEST_PG`` (the role may
    CREATE DATABASE) and drops it at the end, so that two runs at once, a developer's
    and the lead's, do not empty each other's tables.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from newsroom.store.db import describe_url

    base = make_url(pg_test_url())

    def connect(url) -> Engine:
        return create_engine(
            url,
            isolation_level="AUTOCOMMIT",
            poolclass=NullPool,
            connect_args={"connect_timeout": 5},
        )

    base_admin = connect(base)
    try:
        with base_admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        yield (
            f"PostgreSQL at {describe_url(pg_test_url())} not reachable ({reason}); "
            f"start it with scripts/start-test-postgres.sh or point {PG_ENV} at one"
        )
        return
    name = f"{base.database}_run{os.getpid()}"[:63]
    with base_admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name)
    admin = connect(url)
    try:
        yield _TestServer(url.render_as_string(hide_password=False), admin)
    finally:
        admin.dispose()
        with base_admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            _drop_newsroom_roles(connection, name)
        base_admin.dispose()


def _drop_newsroom_roles(connection, database: str) -> None:
    """The group roles of this run's newsrooms and the logins in them (roles outlive the
    database: they belong to the whole PostgreSQL cluster)."""
    from sqlalchemy import text

    from newsroom.store.pg_security import group_prefix
    from newsroom.workflow import Role

    groups = [
        f"{group_prefix(database, schema)}_{role}"
        for schema in ("public", PG_OTHER_SCHEMA)
        for role in Role
    ]
    logins = connection.execute(
        text(
            "SELECT DISTINCT r.rolname FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = ANY(:groups)"
        ),
        {"groups": groups},
    ).scalars()
    for role in [*logins, *groups]:
        connection.execute(text('DROP ROLE IF EXISTS "{}"'.format(role.replace('"', '""'))))


def _empty_pg_database(admin: Engine) -> None:
    """Empty this run's database: nothing left of the last test, sequences from 1 again."""
    from sqlalchemy import text

    with admin.connect() as connection:
        # A connection a test left open (a subprocess, an engine nobody disposed) would
        # make DROP SCHEMA wait for its locks. Only this run uses this database.
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend'"  # not autovacuum: the server's own
            )
        )
        connection.execute(text("SET lock_timeout = '10s'"))
        connection.execute(text(f"DROP SCHEMA IF EXISTS public, {PG_OTHER_SCHEMA} CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


@pytest.fixture
def _engines(monkeypatch):
    """Every engine the test opens (the commands open their own) is disposed at teardown."""
    from newsroom.store import db as store_db

    opened = []
    create = store_db.create_db_engine

    def tracked(url: str, *args, **kwargs):
        engine = create(url, *args, **kwargs)
        opened.append(engine)
        return engine

    monkeypatch.setattr(store_db, "create_db_engine", tracked)
    yield opened
    for engine in opened:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, _engines) -> str:
    """A fresh, empty database: an SQLite file, or this run's PostgreSQL database emptied.

    Without a reachable PostgreSQL the postgresql tests are skipped, except in CI
    (``CI=true``), where they fail: CI must not pass without having run them.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsroom.db'}"
    server = request.getfixturevalue("_pg_server")
    if isinstance(server, str):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(server, pytrace=False)
        pytest.skip(server)
    _empty_pg_database(server.admin)
    return server.url


@pytest.fixture
def pg_url(request, _engines) -> str:
    """This run's PostgreSQL database, emptied, for what only PostgreSQL has (database
    logins, grants, row-level security); skipped without a server, except in CI."""
    import shutil

    server = request.getfixturevalue("_pg_server")
    if isinstance(server, str):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(server, pytrace=False)
        pytest.skip(server)
    if shutil.which("psql") is None:
        pytest.fail("psql is not installed (Debian: postgresql-client)")
    _empty_pg_database(server.admin)
    return server.url


@pytest.fixture
def engine(db_url):
    """The database at the schema's head, opened as the application opens it."""
    from newsroom.store.db import open_database

    return open_database(db_url)


@pytest.fixture
def other_db_url(db_url: str, tmp_path: Path) -> str:
    """A second, empty database of the same kind as ``db_url`` (two newsrooms).

    For PostgreSQL: a schema of its own in the test database, through ``search_path``.
    """
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'other.db'}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    admin = create_engine(db_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {PG_OTHER_SCHEMA}"))
    url = make_url(db_url).update_query_dict({"options": f"-csearch_path={PG_OTHER_SCHEMA}"})
    return url.render_as_string(hide_password=False)
