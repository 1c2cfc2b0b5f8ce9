"""``newsroom tags (FILE | --db DB)``: suggested tags per article, as text or JSON (DESIGN.md)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsroom.commands.common import (
    CommandError,
    db_option,
    open_newsroom,
    positive_int,
    user_option,
)

NAME = "tags"
DEFAULT_LIMIT = 10


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="suggest tags for a bulletin or the stored articles",
        description="Suggest tags (topic, place, org, person) per article. A bulletin FILE is "
        "parsed and tagged without storing anything; without FILE, every stored article of "
        "the database is tagged with the newsroom's vocabulary and its archive's word "
        "frequencies. FILE with --db tags the file with that database's vocabulary.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="a bulletin (.txt) to tag")
    db_option(parser)
    user_option(parser)
    parser.add_argument("--json", action="store_true", help="JSON as in DESIGN.md")
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"suggestions per article (default {DEFAULT_LIMIT})",
    )
    parser.set_defaults(run=run)


def _title(kicker: str, headline: str, paragraphs: list[str]) -> str:
    """What names an item: its headline, else its kicker, else a photo caption's start."""
    if headline or kicker:
        return headline or kicker
    return paragraphs[0][:40] if paragraphs else ""


def run(args: argparse.Namespace) -> int:
    from newsroom.tagging import Tagger

    use_db = bool(args.db) or not args.file
    vocabulary, frequencies, stored = _from_database(args) if use_db else ([], None, [])
    tagger = Tagger(vocabulary, frequencies)
    if args.file:
        stored = [
            (None, item.kicker, item.headline, item.subheadline, item.paragraphs)
            for item in _load(args.file)
        ]
    results: list[tuple[str, dict[str, Any]]] = []
    for article_id, kicker, headline, subheadline, paragraphs in stored:
        title = _title(kicker, headline, paragraphs)
        suggested = tagger.suggest(
            headline, paragraphs, kicker=kicker, subheadline=subheadline, limit=args.limit
        )
        # Stored articles are known by id, a file's items by headline (DESIGN.md).
        key: dict[str, Any] = {"headline": title} if article_id is None else {"id": article_id}
        results.append((title, {**key, "suggested": [s.to_dict() for s in suggested]}))
    if args.json:
        print(json.dumps([item for _, item in results], ensure_ascii=False, indent=2))
        return 0
    for title, item in results:
        tags = ", ".join(f"{s['tag']}({s['kind']} {s['score']:.2f})" for s in item["suggested"])
        label = title if "id" not in item else f"{item['id']} {title}"
        print(f"{label}: {tags}")
    return 0


def _load(path: str):
    from newsroom.importer import load_copy
    from newsroom.ingest.model import IngestError

    try:
        return load_copy(path).items
    except IngestError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:  # a folder, a file that went away: still one line naming it
        raise CommandError(f"{path}: {exc.strerror or exc}") from None


def _from_database(args: argparse.Namespace):
    """Vocabulary, archive frequencies and (without FILE) the stored articles, read in one
    short unit of work; the tagging happens after the database is closed."""
    from newsroom.tagging import DocumentFrequencies

    newsroom = open_newsroom(args)  # a correspondent tags only their own copy
    try:
        material = newsroom.tags.material(with_articles=not args.file)
    finally:
        newsroom.close()
    stored = [(a.id, a.kicker, a.headline, a.subheadline, a.paragraphs) for a in material.articles]
    texts = material.archive
    # A handful of articles says little about which words are common: the engine's own
    # damping trusts an archive fully only from ten articles on.
    frequencies = DocumentFrequencies.learn(texts) if len(texts) > 1 else None
    return material.vocabulary, frequencies, stored
