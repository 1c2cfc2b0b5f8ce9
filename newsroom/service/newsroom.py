"""``Newsroom``: one open newsroom database and the person at it; the door to the store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from newsroom.lazy import lazy
from newsroom.service.errors import LoginFailed, ServiceError, Unavailable, as_service_error
from newsroom.store.location import DatabaseError, describe_url
from newsroom.store.values import Identity

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from newsroom.importer import ImportReport
    from newsroom.service.accounts import Accounts
    from newsroom.service.articles import Articles
    from newsroom.service.editing import Editing
    from newsroom.service.intake import Intake
    from newsroom.service.knowledge import Knowledge
    from newsroom.service.pages import Pages
    from newsroom.service.people import People
    from newsroom.service.proofpass import ProofPasses
    from newsroom.service.report import Report
    from newsroom.service.rules import Rules
    from newsroom.service.search import Search
    from newsroom.service.tags import Tags

# Loaded at the first unit of work, after the window has painted.
orm = lazy("sqlalchemy.orm")
db = lazy("newsroom.store.db")
store_accounts = lazy("newsroom.store.accounts")


def _wants_password(message: str) -> bool:
    return "no password supplied" in message or "password authentication failed" in message


class Newsroom:
    """The newsroom's operations for one database and one identity (None: a single-user
    desk, or the database's owner), opened once per command or per window.

    Its parts group the operations by what they touch — ``articles``, ``editing``,
    ``tags``, ``rules``, ``knowledge``, ``pages``, ``proofpasses``, ``people``,
    ``report``, ``search``, ``intake``, ``accounts`` — and hand out plain values, never
    ORM objects or a Session. Permission checks delegate to ``newsroom.workflow``; on PostgreSQL the
    database checks again. Every failure leaves as a ``ServiceError`` (errors.py).
    """

    def __init__(self, engine: Engine, identity: Identity | None = None) -> None:
        self.engine = engine
        self.identity = identity

    # --- opening ----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        db_location: str | os.PathLike[str] | None = None,
        *,
        create: bool = False,
        password: str | None = None,
        identity: Identity | None = None,
    ) -> Newsroom:
        """Open (and migrate) the database ``--db`` / ``$NEWSROOM_DB`` / the default names.

        Only an import, a first account and the window create one (``create``). Raises
        ``Unavailable``; its ``wants_password`` says a server login needs a password."""
        try:
            engine = db.open_database(db_location, create=create, password=password)
        except DatabaseError as exc:
            raise Unavailable(str(exc), wants_password=_wants_password(str(exc))) from None
        return cls(engine, identity)

    @classmethod
    def of(cls, source: Any) -> Newsroom:
        """The service for a Newsroom, an engine, or anything holding ``engine`` and
        ``identity`` (the window's desk, whose database may change: ask each time)."""
        if isinstance(source, Newsroom):
            return source
        if hasattr(source, "identity") and hasattr(source, "engine"):
            return cls(source.engine, source.identity)
        return cls(source)

    def acting_as(self, identity: Identity | None) -> Newsroom:
        """The same database for someone else (after a login)."""
        return Newsroom(self.engine, identity)

    def close(self) -> None:
        """Close the database's connections (a command's last step)."""
        self.engine.dispose()

    @property
    def url(self) -> str:
        """The database's URL with its password, for opening it again (never shown)."""
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def database_name(self) -> str:
        """The database for people to read: a file path, or a URL without password."""
        return describe_url(self.url)

    # --- units of work ----------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read; store and workflow errors leave as ServiceErrors."""
        with self._errors(), orm.Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._errors(), db.transaction(self.engine) as session:
            yield session

    @contextmanager
    def engine_at_work(self) -> Iterator[Engine]:
        """The engine, for code that opens its own units of work (the importer, the
        intake of submissions); store and workflow errors leave as ServiceErrors."""
        with self._errors():
            yield self.engine

    @staticmethod
    @contextmanager
    def _errors() -> Iterator[None]:
        try:
            yield
        except ServiceError:
            raise
        except Exception as exc:
            translated = as_service_error(exc)
            if translated is None:
                raise
            raise translated from exc

    # --- who is at the desk -----------------------------------------------------------
    def connected_as(self) -> tuple[Identity | None, bool]:
        """The account of a person connected to PostgreSQL as their own login (else
        None), and whether the connection is the database's owner."""
        with self.reading() as session:
            return store_accounts.connected_as(session)

    def has_accounts(self) -> bool:
        with self.reading() as session:
            return store_accounts.has_accounts(session)

    def login_needed(self) -> Identity | bool | None:
        """Who is connected without a login (their own PostgreSQL login's account), None
        when nobody need log in (no accounts: a single-user desk), True when someone
        must log in with a name and password."""
        with self.reading() as session:
            identity, _owner = store_accounts.connected_as(session)
            if identity is not None:
                return identity
            return True if store_accounts.has_accounts(session) else None

    def authenticate(self, username: str, password: str) -> Identity:
        """The identity for a right password of an active account. Every try is recorded;
        ``LoginFailed`` for a wrong one, or after too many (then the name must wait)."""
        with self.reading() as session:
            identity = store_accounts.authenticate(session, username, password)
        if identity is None:
            shown = " ".join(username.split())[:40]
            raise LoginFailed(f"{shown}: wrong user name or password, or the account is disabled")
        return identity

    def listen(self):
        """A connection told of every desk's changes (PostgreSQL LISTEN/NOTIFY,
        store/notify.py: ``fileno()`` to watch, ``drain()``, ``close()``), or None where the
        database cannot tell (SQLite, or a server that refuses)."""
        from newsroom.store.notify import listen

        return listen(self.engine)

    @staticmethod
    def peek(url: str, limit: int):
        """The first ``limit`` rows of an SQLite newsroom at this release's schema, read
        with the standard library before SQLAlchemy loads (store/peek.py); None when it
        cannot say, and the newsroom must be opened."""
        from newsroom.store.peek import peek

        return peek(url, limit)

    # --- importing --------------------------------------------------------------------
    def import_files(self, paths: list[str], **options: Any) -> ImportReport:
        """Read, parse and store files in one transaction (newsroom.importer): all or
        nothing; ``IngestError`` names the file and its problem."""
        from newsroom.importer import import_files

        with self._errors():
            return import_files(self.engine, paths, **options)

    def store_copies(self, copies, **options: Any) -> ImportReport:
        """Store files already read (``newsroom.importer.load_copies``) in one transaction."""
        from newsroom.importer import store_copies

        with self._errors():
            return store_copies(self.engine, copies, **options)

    # --- the parts --------------------------------------------------------------------
    @cached_property
    def articles(self) -> Articles:
        from newsroom.service.articles import Articles

        return Articles(self)

    @cached_property
    def editing(self) -> Editing:
        from newsroom.service.editing import Editing

        return Editing(self)

    @cached_property
    def tags(self) -> Tags:
        from newsroom.service.tags import Tags

        return Tags(self)

    @cached_property
    def rules(self) -> Rules:
        from newsroom.service.rules import Rules

        return Rules(self)

    @cached_property
    def pages(self) -> Pages:
        from newsroom.service.pages import Pages

        return Pages(self)

    @cached_property
    def people(self) -> People:
        from newsroom.service.people import People

        return People(self)

    @cached_property
    def accounts(self) -> Accounts:
        from newsroom.service.accounts import Accounts

        return Accounts(self)

    @cached_property
    def knowledge(self) -> Knowledge:
        from newsroom.service.knowledge import Knowledge

        return Knowledge(self)

    @cached_property
    def proofpasses(self) -> ProofPasses:
        from newsroom.service.proofpass import ProofPasses

        return ProofPasses(self)

    @cached_property
    def report(self) -> Report:
        from newsroom.service.report import Report

        return Report(self)

    @cached_property
    def search(self) -> Search:
        from newsroom.service.search import Search

        return Search(self)

    @cached_property
    def intake(self) -> Intake:
        from newsroom.service.intake import Intake

        return Intake(self)
