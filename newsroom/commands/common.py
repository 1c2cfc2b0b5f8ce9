"""What every subcommand shares: the --db option, one-line errors, tables for people to read."""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata

DB_HELP = "SQLite file or SQLAlchemy URL (default: $NEWSROOM_DB, else the user data folder)"


def iso_date(value: str) -> dt.date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


#: The largest id or page number a database column holds (a 32-bit integer).
MAX_NUMBER = 2**31 - 1
#: Editions the newsroom can have: from its archive's first years to well ahead.
EDITION_YEARS = (1900, 2200)


def edition_date(value: str) -> dt.date:
    """An argparse type: YYYY-MM-DD within EDITION_YEARS."""
    date = iso_date(value)
    if not EDITION_YEARS[0] <= date.year <= EDITION_YEARS[1]:
        raise argparse.ArgumentTypeError(
            f"not an edition date ({EDITION_YEARS[0]}–{EDITION_YEARS[1]}): {value}"
        )
    return date


def positive_int(value: str) -> int:
    """An argparse type: a whole number from 1 to MAX_NUMBER."""
    try:
        number = int(value) if len(value) <= 20 else 0
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"not a number from 1 to {MAX_NUMBER}: {value[:40]}")
    return number


class OneLineParser(argparse.ArgumentParser):
    """Usage errors in one line, as every other error: exit status 2."""

    def error(self, message: str):
        message = " ".join(message.split())
        if len(message) > 300:
            message = message[:300] + "…"
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class CommandError(Exception):
    """A problem to report in one line on stderr, exit status 2."""


def db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", metavar="DB", help=DB_HELP, required=required)


def open_db(db: str | None, *, create: bool = False):
    """The engine for --db / $NEWSROOM_DB / the default, migrated; CommandError if it fails.

    Only ``import`` creates a database (``create``); the other commands refuse a missing
    one. A PostgreSQL login's password comes from $PGPASSWORD, a pgpass or service file,
    or — in a terminal — a prompt; it never has to be in the URL.
    """
    import sys

    from newsroom.store.db import DatabaseError, open_database

    try:
        return open_database(db, create=create)
    except DatabaseError as exc:
        if not _wants_password(str(exc)):
            raise CommandError(str(exc)) from None
        if not sys.stdin.isatty():
            raise CommandError(f"{exc}; set PGPASSWORD or use a pgpass file") from None
    import getpass

    password = getpass.getpass("数据库密码 (database password): ")
    try:
        return open_database(db, create=create, password=password)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from None


def _wants_password(message: str) -> bool:
    return "no password supplied" in message or "password authentication failed" in message


def width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, columns: int) -> str:
    out, used = "", 0
    for char in text:
        used += width(char)
        if used > columns - 1:
            return out + "…"
        out += char
    return out


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row)).rstrip()
        for row in rows
    )


def user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="account to log in as in an SQLite newsroom with accounts (default: "
        "$NEWSROOM_USER; the password from $NEWSROOM_PASSWORD or asked for). On PostgreSQL "
        "you connect as your own login instead: --db postgresql+psycopg://NAME@host/db",
    )


def log_in(engine, args: argparse.Namespace, *, owner_may_act: bool = False):
    """The identity for a newsroom with accounts; None for a single-user desk.

    On PostgreSQL a person connected as their own login is that account, and the
    database enforces its role. The database's owner acts as no account only where
    ``owner_may_act`` (adding the first administrator); elsewhere the owner, like every
    SQLite desk, logs in with --user and the desk's password. Raises CommandError when
    the newsroom has accounts and the login fails.
    """
    import getpass
    import os
    import sys

    from sqlalchemy.orm import Session

    from newsroom.store.accounts import LoginRefused, authenticate, connected_as, has_accounts

    username = getattr(args, "user", None) or os.environ.get("NEWSROOM_USER", "")
    with Session(engine) as session:
        identity, is_owner = connected_as(session)
        if identity is not None:
            return identity
        if not has_accounts(session) or (is_owner and owner_may_act and not username):
            return None
        if not username:
            raise CommandError("this newsroom has accounts: give --user NAME")
        password = os.environ.get("NEWSROOM_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CommandError("no password: set NEWSROOM_PASSWORD or run in a terminal")
            password = getpass.getpass(f"{username} 的密码：")
        try:
            identity = authenticate(session, username, password)
        except LoginRefused as exc:
            raise CommandError(str(exc)) from None
    if identity is None:
        shown = " ".join(username.split())[:40]
        raise CommandError(f"{shown}: wrong user name or password, or the account is disabled")
    return identity


def describe_failure(exc: BaseException) -> str | None:
    """One line for an error a command did not expect (a database that refused, a disk
    that is full, a number too large), or None for a real bug that should show."""
    module = type(exc).__module__ or ""
    if module.startswith("sqlalchemy"):
        from newsroom.store.pg_security import refusal

        found = refusal(exc)
        if found is not None:
            state, message = found
            if state.startswith("42"):
                return f"the database refused: {message}"
            return f"database error: {message}"
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        reason = reason[0] if reason else type(exc).__name__
        if "readonly database" in reason or "database is locked" in reason:
            return f"cannot write the database ({reason}): another desk busy, or read-only?"
        return f"database error: {reason}"
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        return f"{where}{exc.strerror or exc}"
    if isinstance(exc, OverflowError):
        return f"number too large ({exc})"
    return None
