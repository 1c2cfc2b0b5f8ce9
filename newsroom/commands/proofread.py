"""``newsroom proofread``: findings for a text file or a stored article, like a compiler's."""

from __future__ import annotations

import argparse
import json

from newsroom.commands.common import (
    CommandError,
    db_option,
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
        "newsroom's own rules and whitelist apply.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE")
    db_option(parser)
    user_option(parser)
    parser.add_argument(
        "--article", type=positive_int, metavar="ID", help="a stored article (needs --db)"
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
    if args.article is not None:
        name, text = _article_text(args)
    else:
        try:
            text = read_text_file(args.file)
        except IngestError as exc:
            raise CommandError(str(exc)) from None
        name = args.file
    # The families the newsroom switched off in 首选项 are off here too, as in the window.
    options = proof_options(load_settings())
    proofreader = (
        Proofreader(options, custom_rules=rule_set.rules, whitelist=rule_set.whitelist)
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


def _article_text(args: argparse.Namespace) -> tuple[str, str]:
    """The article as the proofreader reads it: headline lines, then one paragraph a line.

    Only for someone who may see it: a correspondent's seat reads only their own copy.
    """
    newsroom = open_newsroom(args)
    try:
        return f"article-{args.article}", newsroom.articles.text(args.article)
    finally:
        newsroom.close()
