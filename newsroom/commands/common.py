"""What every subcommand shares: the --db option, opening the newsroom and logging in
(through ``newsroom.service``), one-line errors, tables for people to read."""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata

from newsroom.service import LoginFailed, Newsroom, ServiceError, Unavailable
from newsroom.service.errors import describe_failure  # noqa: F401  (cli.py's one line)

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
        from newsroom.messages import USAGE_HINT, chinese_locale, fill, usage_in_chinese

        message = " ".join(message.split())
        if len(message) > 300:
            message = message[:300] + "…"
        if chinese_locale():
            hint = fill(USAGE_HINT, (self.prog,))
            self.exit(2, f"{self.prog}：{usage_in_chinese(message)}{hint}\n")
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class CommandError(ServiceError):
    """A problem to report in one line on stderr, exit status 2 (as every ServiceError)."""


def db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", metavar="DB", help=DB_HELP, required=required)


def open_store(db: str | None, *, create: bool = False) -> Newsroom:
    """The newsroom of --db / $NEWSROOM_DB / the default, opened and migrated, with nobody
    logged in yet; CommandError if it fails.

    Only ``import`` creates a database (``create``); the other commands refuse a missing
    one. A PostgreSQL login's password comes from $PGPASSWORD, a pgpass or service file,
    or — in a terminal — a prompt; it never has to be in the URL."""
    import sys

    try:
        return Newsroom.open(db, create=create)
    except Unavailable as exc:
        if not exc.wants_password:
            raise CommandError(str(exc)) from None
        if not sys.stdin.isatty():
            raise CommandError(f"{exc}; set PGPASSWORD or use a pgpass file") from None
    import getpass

    password = getpass.getpass("数据库密码 (database password): ")
    try:
        return Newsroom.open(db, create=create, password=password)
    except Unavailable as exc:
        raise CommandError(str(exc)) from None


def open_newsroom(
    args: argparse.Namespace, *, create: bool = False, owner_may_act: bool = False
) -> Newsroom:
    """The newsroom of ``--db``, opened and logged in to as ``--user`` where it has
    accounts (see ``log_in``): what every command that touches the store starts with."""
    newsroom = open_store(args.db, create=create)
    return newsroom.acting_as(log_in(newsroom, args, owner_may_act=owner_may_act))


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


def action_parser(actions, what: str, help_text: str) -> argparse.ArgumentParser:
    """One ACTION of a command with actions (``newsroom rates set …``): ``--db`` and
    ``--user`` are taken after the action too, without overriding those given before it."""
    action = actions.add_parser(what, help=help_text, description=help_text)
    action.add_argument("--db", metavar="DB", help=DB_HELP, default=argparse.SUPPRESS)
    action.add_argument(
        "--user", metavar="NAME", help="account to act as", default=argparse.SUPPRESS
    )
    return action


def user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="account to log in as in an SQLite newsroom with accounts (default: "
        "$NEWSROOM_USER; the password from $NEWSROOM_PASSWORD or asked for). On PostgreSQL "
        "you connect as your own login instead: --db postgresql+psycopg://NAME@host/db",
    )


def log_in(newsroom, args: argparse.Namespace, *, owner_may_act: bool = False):
    """The identity for a newsroom (a Newsroom or an engine) with accounts; None for a
    single-user desk.

    On PostgreSQL a person connected as their own login is that account, and the
    database enforces its role. The database's owner acts as no account only where
    ``owner_may_act`` (adding the first administrator); elsewhere the owner, like every
    SQLite desk, logs in with --user and the desk's password. Raises CommandError when
    the newsroom has accounts and the login fails.
    """
    import getpass
    import os
    import sys

    newsroom = Newsroom.of(newsroom)
    username = getattr(args, "user", None) or os.environ.get("NEWSROOM_USER", "")
    identity, is_owner = newsroom.connected_as()
    if identity is not None:
        return identity
    if not newsroom.has_accounts() or (is_owner and owner_may_act and not username):
        return None
    if not username:
        raise CommandError("this newsroom has accounts: give --user NAME")
    password = os.environ.get("NEWSROOM_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError("no password: set NEWSROOM_PASSWORD or run in a terminal")
        password = getpass.getpass(f"{username} 的密码：")
    try:
        return newsroom.authenticate(username, password)
    except LoginFailed as exc:
        raise CommandError(str(exc)) from None
