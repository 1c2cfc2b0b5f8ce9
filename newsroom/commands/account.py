"""``newsroom account``: the accounts of a shared newsroom (administrators only)."""

from __future__ import annotations

import argparse
import os

from newsroom.commands.common import (
    CommandError,
    action_parser,
    db_option,
    open_newsroom,
    table,
    user_option,
)
from newsroom.service import Invalid, NotFound, Refused
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
        action = action_parser(actions, what, help_text)
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
    from newsroom.workflow import ROLE_LABELS

    # The first account may start a newsroom; while it has none, or for the PostgreSQL
    # owner, nobody logs in (identity None) and the service lets them act.
    newsroom = open_newsroom(args, create=args.what == "add", owner_may_act=True)
    try:
        return _act(newsroom, args, ROLE_LABELS)
    except Refused as exc:
        raise CommandError(str(exc)) from None
    finally:
        newsroom.close()


def _act(newsroom, args: argparse.Namespace, role_labels) -> int:
    accounts = newsroom.accounts
    accounts.require_admin()  # before any password is asked for
    if args.what == "list":
        rows = [("用户名", "姓名", "角色", "状态")]
        rows += [
            (
                _shown(a.username),
                _shown(a.display_name),
                role_labels.get(a.role, a.role),
                "在用" if a.active else "已停用",
            )
            for a in accounts.list()
        ]
        print(table(rows))
        return 0
    if args.what == "failures":
        rows = [("时间 (UTC)", "用户名")]
        rows += [(f"{a.at:%Y-%m-%d %H:%M:%S}", _shown(a.username)) for a in accounts.failures()]
        print(table(rows))
        return 0
    username = " ".join(args.username.split())[:40]
    try:
        if args.what == "add":
            accounts.add(args.username, _new_password(username), args.role, args.name)
        else:
            account_id = accounts.find(args.username)
            changes = {
                "passwd": lambda: {"password": _new_password(username)},
                "role": lambda: {"role": args.role},
                "disable": lambda: {"active": False},
                "enable": lambda: {"active": True},
            }[args.what]()
            accounts.change(account_id, **changes)
    except (NotFound, Invalid, Refused) as exc:
        raise CommandError(f"{username}: {exc}") from None
    print(f"{username}: {args.what} done")
    return 0
