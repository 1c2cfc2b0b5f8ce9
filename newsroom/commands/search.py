"""``newsroom search QUERY``: the archive's articles ranked by the database's full-text
index, with a snippet around each hit."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import (
    CommandError,
    clip,
    db_option,
    edition_date,
    open_newsroom,
    positive_int,
    table,
    user_option,
)

NAME = "search"


def filter_options(parser: argparse.ArgumentParser) -> None:
    """--from, --to, --status, --person, --page, --tag: shared with ``newsroom replace``."""
    parser.add_argument(
        "--from",
        dest="date_from",
        type=edition_date,
        metavar="YYYY-MM-DD",
        help="editions from this date on",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=edition_date,
        metavar="YYYY-MM-DD",
        help="editions up to this date",
    )
    parser.add_argument(
        "--status", metavar="S", help="review status: draft, submitted … or 草稿, 已提交 …"
    )
    parser.add_argument("--person", metavar="NAME", help="named in a byline")
    parser.add_argument("--page", type=positive_int, metavar="N", help="on page N")
    parser.add_argument("--tag", metavar="T", help="tagged T")


def filters_of(args: argparse.Namespace):
    """The search's filters from the options; CommandError for an unknown status."""
    from newsroom.searching import SearchFilters
    from newsroom.workflow import STATUS_LABELS, Status

    status = args.status
    if status is not None:
        by_label = {label: str(s) for s, label in STATUS_LABELS.items()}
        status = by_label.get(status.strip(), status.strip())
        if status not in {str(s) for s in Status}:
            known = ", ".join(str(s) for s in Status)
            raise CommandError(f"--status {args.status[:40]}: no such status ({known})")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CommandError(f"--from {args.date_from} is after --to {args.date_to}")
    return SearchFilters(
        date_from=args.date_from,
        date_to=args.date_to,
        status=status,
        person=args.person,
        page=args.page,
        tag=args.tag,
    )


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="search the archive (ranked, with snippets)",
        description="Search the headlines, kickers, bylines and bodies of every article "
        "with the database's full-text index, best matches first. Words must all occur; "
        '"a phrase" in quotes must occur as written; -word leaves out articles with it '
        "(put -- before the query so that -word is not taken for an option: "
        "newsroom search -- 养老 -服务). Case and full-width forms do not matter. "
        "A correspondent finds only their own copy.",
    )
    db_option(parser)
    user_option(parser)
    parser.add_argument("query", nargs="*", metavar="QUERY", help='words, "phrases", -word')
    filter_options(parser)
    parser.add_argument(
        "--limit", type=positive_int, default=50, metavar="N", help="at most N results (default 50)"
    )
    parser.add_argument("--json", action="store_true", help="results as JSON")
    parser.add_argument("--save", metavar="NAME", help="also keep this search under NAME")
    parser.add_argument(
        "--run", dest="saved_name", metavar="NAME", help="run the saved search NAME"
    )
    parser.add_argument("--saved", action="store_true", help="list the saved searches")
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="build the whole index again, then search (if a query is given)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom import searching
    from newsroom.saved_searches import load_searches, save_search

    if args.saved:
        for name, entry in load_searches().items():
            print(f"{name}\t{entry['query']}")
        return 0
    if args.saved_name:
        _use_saved(args, load_searches())
    text = " ".join(args.query).strip()
    if not text and not args.reindex:
        raise CommandError('search: give a query (words, "a phrase", -word)')
    filters = filters_of(args)
    search = open_newsroom(args).search
    if args.reindex:
        print(f"search index: {search.reindex()} articles indexed")
        if not text:
            return 0
    try:
        query = searching.parse_query(text)
    except searching.QueryError as exc:
        raise CommandError(f"search: {exc}") from None
    if args.save:
        try:
            save_search(args.save, text, filters.to_dict())
        except (ValueError, OSError) as exc:
            raise CommandError(f"search --save: {exc}") from None
    results = search.find(query, filters, limit=args.limit)
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        _print_results(results)
    return 0


def _use_saved(args: argparse.Namespace, saved: dict) -> None:
    """A saved search's query, and its filters where the command line gives none."""
    entry = saved.get(args.saved_name)
    if entry is None:
        raise CommandError(f"search --run {args.saved_name[:40]}: no such saved search")
    args.query = [entry["query"]]
    for key in ("status", "person", "page", "tag"):
        if getattr(args, key) is None:
            setattr(args, key, entry.get(key))
    for key in ("date_from", "date_to"):
        if getattr(args, key) is None and entry.get(key):
            setattr(args, key, edition_date(entry[key]))


def _print_results(results) -> None:
    from newsroom import searching
    from newsroom.workflow import status_label

    if not results:
        print("nothing found")
        return
    rows = [("ID", "日期", "版", "状态", "主题", "摘录")]
    for r in results:
        snippet = searching.mark(r.hit.snippet, r.hit.highlights) if r.hit else ""
        rows.append(
            (
                str(r.id),
                r.date.isoformat() if r.date else "",
                str(r.page or ""),
                status_label(r.status),
                clip(r.headline or r.kicker or (r.paragraphs[0] if r.paragraphs else ""), 24),
                snippet,
            )
        )
    print(table(rows))
