"""``newsroom review ID ACTION``: move an article through 三审三校 from the command line."""

from __future__ import annotations

import argparse

from newsroom.commands.common import (
    CommandError,
    db_option,
    open_newsroom,
    positive_int,
    user_option,
)
from newsroom.service import Conflict, NotFound, Refused

NAME = "review"


def register(sub) -> None:
    from newsroom.workflow import Action

    parser = sub.add_parser(
        NAME,
        help="submit, review, return, sign off… one article",
        description="Apply one workflow action to a stored article, under the same rules as "
        "the window: who may do what (roles), no person doing two review stages of one "
        "article, a note when returning.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("article", type=positive_int, metavar="ID")
    parser.add_argument("action", choices=[a.value for a in Action])
    parser.add_argument("--note", default="", help="why (needed to return copy)")
    parser.add_argument(
        "--as", dest="actor", default="", help="name of the person acting, on a single-user desk"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.settings import load_settings
    from newsroom.workflow import status_label

    newsroom = open_newsroom(args)
    identity = newsroom.identity
    actor = identity.name if identity else (args.actor or load_settings().user_name)
    try:
        status = newsroom.articles.review(args.article, args.action, actor=actor, note=args.note)
    except NotFound:
        raise CommandError(f"article {args.article}: no such article") from None
    except (Refused, Conflict) as exc:
        raise CommandError(f"article {args.article}: {exc}") from None
    finally:
        newsroom.close()
    print(f"article {args.article}: {status_label(status)}")
    return 0
