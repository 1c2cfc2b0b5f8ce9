"""``newsroom replace OLD NEW``: replace across the archive, shown first (--dry-run),
applied as one revision per article and one record, undone as one step (--undo ID)."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import (
    CommandError,
    clip,
    db_option,
    open_newsroom,
    positive_int,
    table,
    user_option,
)
from newsroom.commands.search import filter_options, filters_of

NAME = "replace"

FIELD_LABELS = {"kicker": "引题", "headline": "主题", "subheadline": "副题", "body": "正文"}


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="replace text across the archive (--dry-run shows it first)",
        description="Replace OLD with NEW in the headline lines and bodies of every article "
        "the filters allow (a renamed street or office, say). Every change is listed in "
        "context; --dry-run changes nothing. Applying writes one revision per changed "
        "article, with you as its author, and one record of the replace, which --undo ID "
        "takes back as one step while nobody has saved those articles since. Signed-off "
        "and laid-out copy is left alone unless the chief editor gives --include-signed "
        "(signed-off copy then goes back to 终审). Only editors and chief editors replace.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("old", nargs="?", metavar="OLD", help="the text (or --regex pattern)")
    parser.add_argument("new", nargs="?", metavar="NEW", help="what it becomes (\\1 with --regex)")
    filter_options(parser)
    parser.add_argument("--regex", action="store_true", help="OLD is a regular expression")
    parser.add_argument("--dry-run", action="store_true", help="list the changes, change nothing")
    parser.add_argument(
        "--include-signed",
        action="store_true",
        help="also change signed-off and laid-out copy (chief editor only)",
    )
    parser.add_argument("--undo", type=positive_int, metavar="ID", help="undo replace ID")
    parser.add_argument("--history", action="store_true", help="list past replaces")
    parser.add_argument(
        "--as", dest="actor", default="", help="name of the person acting, on a single-user desk"
    )
    parser.add_argument("--json", action="store_true", help="the changes as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.service import Conflict, Invalid, Refused
    from newsroom.settings import load_settings

    if not (args.undo or args.history) and (args.old is None or args.new is None):
        raise CommandError("replace: give OLD and NEW (or --undo ID, --history)")
    filters = filters_of(args)
    newsroom = open_newsroom(args)
    identity = newsroom.identity
    actor = identity.name if identity else (args.actor or load_settings().user_name)
    if args.history:
        return _history(newsroom.search)
    if args.undo:
        return _undo(newsroom.search, args.undo, actor)
    try:
        plan, applied = newsroom.search.replace(
            args.old,
            args.new,
            author=actor,
            regex=args.regex,
            filters=filters,
            include_signed=args.include_signed,
            dry_run=args.dry_run,
        )
    except (Invalid, Refused) as exc:
        raise CommandError(f"replace: {exc}") from None
    except Conflict as exc:
        raise CommandError(f"replace: {exc}; nothing was changed, run it again") from None
    _report(plan, applied, args)
    return 0


def _report(plan, applied, args) -> None:
    count = len(plan.changes)
    articles = sum(1 for a in plan.articles if not a.left_alone)
    if args.json:
        data = {
            "operation": applied.operation_id if applied else None,
            "dry_run": bool(args.dry_run),
            "changes": count,
            "articles": [a.to_dict() for a in plan.articles],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for article in plan.articles:
        head = f"#{article.article_id} {clip(article.headline, 30)}"
        if article.left_alone:
            print(f"{head}  — left alone ({article.left_alone})")
            continue
        print(head)
        for c in article.changes:
            where = FIELD_LABELS[c.field] + (f"{c.paragraph + 1}" if c.field == "body" else "")
            print(f"  {where}: …{c.before}【{c.old} → {c.new}】{c.after}…")
    if applied is not None:
        print(
            f"replace #{applied.operation_id}: {applied.replacements} changes in "
            f"{applied.articles} articles; undo with: newsroom replace --undo "
            f"{applied.operation_id}"
        )
    elif count:
        print(f"{count} changes in {articles} articles (dry run: nothing changed)")
    else:
        print("nothing to replace")


def _undo(search, operation_id: int, actor: str) -> int:
    from newsroom.service import Invalid, NotFound, Refused

    try:
        undone = search.undo(operation_id, author=actor)
    except NotFound as exc:
        raise CommandError(str(exc).strip("'\"")) from None
    except (Invalid, Refused) as exc:
        raise CommandError(f"replace --undo: {exc}") from None
    print(f"replace #{operation_id} undone: {undone.articles} articles restored")
    return 0


def _history(search) -> int:
    rows = search.history()
    if not rows:
        print("no replaces yet")
        return 0
    lines = [("ID", "时间", "操作人", "替换", "稿件", "")]
    lines += [
        (
            str(r.id),
            f"{r.created_at:%Y-%m-%d %H:%M}",
            r.actor,
            clip(f"{r.old} → {r.new}", 40),
            str(r.articles),
            "已撤销" if r.undone else "",
        )
        for r in rows
    ]
    print(table(lines))
    return 0
