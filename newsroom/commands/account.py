"""``newsroom account``: the accounts of a shared newsroom (administrators only)."""

from __future__ import annotations

import argparse
import os

from newsroom.commands.common import (
    DB_HELP,
    CommandError,
    db_option,
    log_in,
    open_db,
    table,
    user_option,
)
from newsroom.workflow import Role

NAME = "account"

#: What each subcommand does, as --help lists it.
ACTIONS = {
    "add": "add an account (--role; the password from $NEWSROOM_NEW_PASSWORD or asked for)",
    "list": "list the accounts",
    "passwd": "set an account's password",
    "role": "change an account's role (--role)",
    "disable": "stop an account from logging in",
    "enable": "let a disabled account log in again",
    "failures": "failed logins, newest first (the audit of this desk's logins)",
}


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="add, list and change accounts of a shared newsroom",
        description="Accounts and roles (correspondent, editor, chief_editor, layout, admin). "
        "The first account of a newsroom may be added by anyone and should be an admin "
        "(on PostgreSQL: connected as the database's owner); after that only an admin may "
        "change accounts. On PostgreSQL every account is a database login of the same "
        "name: add, passwd, role, disable and enable change that login too. Passwords come "
        "from $NEWSROOM_NEW_PASSWORD or are asked for, and are never echoed.",
    )
    # --db and --user may come before the action or after it.
    db_option(parser)
    user_option(parser)
    actions = parser.add_subparsers(dest="what", metavar="ACTION", required=True)
    for what, help_text in ACTIONS.items():
        action = actions.add_parser(what, help=help_text, description=help_text)
        action.add_argument("--db", metavar="DB", help=DB_HELP, default=argparse.SUPPRESS)
        action.add_argument(
            "--user", metavar="NAME", help="account to act as", default=argparse.SUPPRESS
        )
        if what not in ("list", "failures"):
            action.add_argument("username", metavar="USERNAME")
        if what in ("add", "role"):
            action.add_argument(
                "--role", required=True, choices=[str(r) for r in Role], help="the account's role"
            )
        if what == "add":
            action.add_argument(
                "--name", default="", help="display name (as in bylines and revisions)"
            )
        action.set_defaults(run=run)
    parser.set_defaults(run=run)


def _new_password(username: str) -> str:
    import getpass
    import sys

    password = os.environ.get("NEWSROOM_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError("no password: set NEWSROOM_NEW_PASSWORD or run in a terminal")
    first = getpass.getpass(f"{username} 的新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise CommandError("the two passwords differ")
    return first


def _shown(text: str) -> str:
    """A stored name as one printable line (an old row may hold a newline)."""
    return "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in text)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from newsroom.store import accounts
    from newsroom.store.models import Account
    from newsroom.workflow import ROLE_LABELS, can_manage_accounts

    engine = open_db(args.db, create=args.what == "add")  # the first account may start one
    # None while the newsroom has no accounts yet, or for the PostgreSQL owner.
    identity = log_in(engine, args, owner_may_act=True)
    if identity is not None and not can_manage_accounts(identity.role):
        raise CommandError(f"{identity.name}: only an administrator may manage accounts")
    if args.what == "list":
        with Session(engine) as session:
            rows = [("用户名", "姓名", "角色", "状态")]
            rows += [
                (
                    _shown(a.username),
                    _shown(a.display_name),
                    ROLE_LABELS.get(a.role, a.role),
                    "在用" if a.active else "已停用",
                )
                for a in accounts.list_accounts(session)
            ]
        print(table(rows))
        return 0
    if args.what == "failures":
        with Session(engine) as session:
            rows = [("时间 (UTC)", "用户名")]
            rows += [
                (f"{a.created_at:%Y-%m-%d %H:%M:%S}", _shown(a.username))
                for a in accounts.login_failures(session)
            ]
        print(table(rows))
        return 0
    username = " ".join(args.username.split())[:40]
    try:
        with Session(engine) as session, session.begin():
            if args.what == "add":
                accounts.create_account(
                    session, args.username, _new_password(username), args.role, args.name
                )
            else:
                account_id = session.scalar(
                    select(Account.id).where(
                        func.lower(Account.username) == args.username.strip().lower()
                    )
                )
                if account_id is None:
                    raise CommandError(f"{username}: no such account")
                changes = {
                    "passwd": lambda: {"password": _new_password(username)},
                    "role": lambda: {"role": args.role},
                    "disable": lambda: {"active": False},
                    "enable": lambda: {"active": True},
                }[args.what]()
                accounts.update_account(session, account_id, **changes)
    except (ValueError, LookupError, PermissionError) as exc:
        raise CommandError(f"{username}: {exc}") from None
    print(f"{username}: {args.what} done")
    return 0
