"""``newsroom roster``: the newsroom's roster of officials (领导干部名录), in and out."""

from __future__ import annotations

import argparse

from newsroom.commands import knowledge

NAME = "roster"


def register(sub) -> None:
    knowledge.register(
        sub,
        NAME,
        "import or export the roster of officials (领导干部名录)",
        "The roster the proofreader checks names and posts against. A file has a header "
        "row with the columns name, post, unit, since, until, rank (or 姓名, 职务, 单位, "
        "任职时间, 离任时间, 排序): since/until are a post's first and last day "
        "(YYYY-MM-DD, empty: open), rank its place in protocol order (1 first). An import "
        "adds new posts and updates the until and rank of known ones; it removes none.",
        run,
    )


def run(args: argparse.Namespace) -> int:
    from newsroom.store import roster
    from newsroom.store.db import transaction

    if args.what == "import":
        posts = knowledge.read_rows(args.file, roster.roster_rows)
        engine = knowledge.open_for(args, write=True)
        with transaction(engine) as session:
            added, updated = roster.save_posts(session, posts)
        print(f"{args.file}: {added} posts added, {updated} updated")
        return 0
    engine = knowledge.open_for(args, write=False)
    with transaction(engine) as session:
        text = roster.export_csv(session)
    knowledge.write_csv(text, args.output)
    return 0
