"""``newsroom account``: the accounts of a shared newsroom (administrators only)."""

from __future__ import annotations

import argparse
import os

from newsroom.commands.common import CommandError, db_option, log_in, open_db, table, user_option

NAME = "account"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="add, list and change accounts of a shared newsroom",
        description="Accounts and roles (correspondent, editor, chief_editor, layout, admin). "
        "The first account of a newsroom may be added by anyone and should be an admin; "
        "after that only an admin may change accounts. Passwords come from "
        "$NEWSROOM_NEW_PASSWORD or are asked for.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("what", choices=("add", "list", "passwd", "role", "disable", "enable"))
    parser.add_argument("username", nargs="?")
    parser.add_argument("--role", help="for add and role")
    parser.add_argument("--name", default="", help="display name (as in bylines and revisions)")
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


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from newsroom.store import accounts
    from newsroom.store.models import Account
    from newsroom.workflow import ROLE_LABELS, Role, can_manage_accounts

    engine = open_db(args.db)
    identity = log_in(engine, args)  # None while the newsroom has no accounts yet
    if identity is not None and not can_manage_accounts(identity.role):
        raise CommandError(f"{identity.name}: only an administrator may manage accounts")
    if args.what == "list":
        with Session(engine) as session:
            rows = [("用户名", "姓名", "角色", "状态")]
            rows += [
                (
                    a.username,
                    a.display_name,
                    ROLE_LABELS[Role(a.role)],
                    "在用" if a.active else "已停用",
                )
                for a in accounts.list_accounts(session)
            ]
        print(table(rows))
        return 0
    if not args.username:
        raise CommandError(f"account {args.what}: give the USERNAME")
    try:
        with Session(engine) as session, session.begin():
            if args.what == "add":
                if not args.role:
                    raise CommandError("account add: give --role")
                accounts.create_account(
                    session, args.username, _new_password(args.username), args.role, args.name
                )
            else:
                account_id = session.scalar(
                    select(Account.id).where(Account.username == args.username)
                )
                if account_id is None:
                    raise CommandError(f"{args.username}: no such account")
                changes = {
                    "passwd": {"password": None},
                    "role": {"role": args.role},
                    "disable": {"active": False},
                    "enable": {"active": True},
                }[args.what]
                if args.what == "passwd":
                    changes = {"password": _new_password(args.username)}
                if args.what == "role" and not args.role:
                    raise CommandError("account role: give --role")
                accounts.update_account(session, account_id, **changes)
    except (ValueError, LookupError) as exc:
        raise CommandError(f"{args.username}: {exc}") from None
    print(f"{args.username}: {args.what} done")
    return 0
