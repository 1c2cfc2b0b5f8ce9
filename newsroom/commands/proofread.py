"""``newsroom proofread``: findings for a text file or a stored article, like a compiler's."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import (
    CommandError,
    db_option,
    edition_date,
    open_newsroom,
    open_store,
    positive_int,
    user_option,
)

NAME = "proofread"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="proofread a text file or a stored article",
        description="Proofread copy. Exit status 0: clean; 1: findings; 2: bad input. "
        "Human output is FILE:LINE:COL: 类别: message (建议: …); --json gives the findings "
        "of DESIGN.md (offsets are code points into the decoded text). With --db the "
        "newsroom's own rules and whitelist, its roster of officials and its words to "
        "avoid apply; --date is the day the copy is dated (the posts held that day; "
        "default: a stored article's edition, else today).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE")
    db_option(parser)
    user_option(parser)
    parser.add_argument(
        "--article", type=positive_int, metavar="ID", help="a stored article (needs --db)"
    )
    parser.add_argument(
        "--date", type=edition_date, metavar="YYYY-MM-DD", help="the day the copy is dated"
    )
    parser.add_argument("--json", action="store_true", help="findings as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.ingest.encoding import read_text_file
    from newsroom.ingest.model import IngestError
    from newsroom.proofing.engine import Proofreader
    from newsroom.proofing.report import format_human
    from newsroom.settings import load_settings, proof_options

    if (args.file is None) == (args.article is None):
        raise CommandError("give either FILE or --db DB --article ID")
    rule_set = None
    if args.db or args.article is not None:
        rule_set = _rule_set(args.db)
    date = args.date
    if args.article is not None:
        name, text, edition = _article_text(args)
        date = date or edition
    else:
        try:
            text = read_text_file(args.file)
        except IngestError as exc:
            raise CommandError(str(exc)) from None
        name = args.file
    # The families the newsroom switched off in 首选项 are off here too, as in the window.
    options = proof_options(load_settings())
    proofreader = (
        Proofreader(
            options,
            custom_rules=rule_set.rules,
            whitelist=rule_set.whitelist,
            roster=rule_set.roster,
            words=rule_set.words,
            learned=rule_set.learned,
            date=date,
        )
        if rule_set
        else Proofreader(options)
    )
    from newsroom.proofing.parallel import check_text

    findings = check_text(proofreader, text)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=1))
    else:
        for line in format_human(name, text, findings):
            print(line)
    return 1 if findings else 0


def _rule_set(db: str | None):
    """The newsroom's own rules and whitelist (read without logging in)."""
    newsroom = open_store(db)
    try:
        return newsroom.rules.rule_set()
    finally:
        newsroom.close()


def _article_text(args: argparse.Namespace):
    """The article as the proofreader reads it: headline lines, then one paragraph a line;
    with its edition's date (None when it is on no page).

    Only for someone who may see it: a correspondent's seat reads only their own copy.
    """
    newsroom = open_newsroom(args)
    try:
        text, edition = newsroom.articles.dated_text(args.article)
        return f"article-{args.article}", text, edition
    finally:
        newsroom.close()
