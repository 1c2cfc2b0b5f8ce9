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


def positive_int(value: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value}")
    return number


class CommandError(Exception):
    """A problem to report in one line on stderr, exit status 2."""


def db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", metavar="DB", help=DB_HELP, required=required)


def open_db(db: str | None):
    """The engine for --db / $NEWSROOM_DB / the default, migrated; CommandError if it fails."""
    from newsroom.store.db import DatabaseError, open_database

    try:
        return open_database(db)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from None


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
        help="account to act as in a shared newsroom (default: $NEWSROOM_USER); "
        "the password comes from $NEWSROOM_PASSWORD or is asked for",
    )


def log_in(engine, args: argparse.Namespace):
    """The identity for a newsroom with accounts; None for a single-user desk.

    Raises CommandError when the newsroom has accounts and the login fails.
    """
    import getpass
    import os
    import sys

    from sqlalchemy.orm import Session

    from newsroom.store.accounts import authenticate, has_accounts

    with Session(engine) as session:
        if not has_accounts(session):
            return None
        username = getattr(args, "user", None) or os.environ.get("NEWSROOM_USER", "")
        if not username:
            raise CommandError("this newsroom has accounts: give --user NAME")
        password = os.environ.get("NEWSROOM_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CommandError("no password: set NEWSROOM_PASSWORD or run in a terminal")
            password = getpass.getpass(f"{username} 的密码：")
        identity = authenticate(session, username, password)
    if identity is None:
        raise CommandError(f"{username}: wrong user name or password, or the account is disabled")
    return identity
