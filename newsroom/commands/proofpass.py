"""``newsroom proofpass``: record a proofreading pass (一校, 二校, 三校) of an article."""

from __future__ import annotations

import argparse

from newsroom.commands.common import (
    CommandError,
    db_option,
    open_newsroom,
    positive_int,
    user_option,
)

NAME = "proofpass"


def _count(value: str) -> int:
    try:
        number = int(value) if len(value) <= 6 else -1
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a count (0 or more): {value[:20]}")
    return number


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="record a proofreading pass (一校/二校/三校) of an article",
        description="Record the next proofreading pass of an article: who (the logged-in "
        "account, or --name on a single-user desk), now, and the findings resolved, "
        "ignored and left open. A pass is by someone other than the article's writer; "
        "there are three at most. With --require-three on, 签发 waits for all three. On "
        "PostgreSQL the database enforces these rules.",
    )
    parser.add_argument("article", type=positive_int, metavar="ID", nargs="?")
    parser.add_argument(
        "--require-three",
        choices=("on", "off"),
        help="the newsroom's option: 签发 only after 一校, 二校 and 三校 (chief editors)",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("--name", default="", help="the proofreader (single-user desk)")
    for what in ("resolved", "ignored", "open"):
        parser.add_argument(f"--{what}", type=_count, default=0, metavar="N",
                            help=f"findings {what}")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    newsroom = open_newsroom(args)
    identity = newsroom.identity
    if args.require_three is not None:
        required = args.require_three == "on"
        newsroom.proofpasses.require_three(required)
        print("签发 now needs 一校, 二校 and 三校" if required else "签发 no longer waits for 三校")
        return 0
    if args.article is None:
        raise CommandError("give an article ID (or --require-three on|off)")
    name = identity.name if identity is not None else " ".join(args.name.split())
    if not name:
        raise CommandError("give --name: who proofread it")
    row = newsroom.proofpasses.record(
        args.article, proofreader=name, resolved=args.resolved, ignored=args.ignored,
        open_findings=args.open,
    )  # fmt: skip
    print(f"article {args.article}: {row.label} by {row.proofreader}")
    return 0
