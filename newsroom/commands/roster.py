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
    from newsroom.service.knowledge import read_roster

    if args.what == "import":
        posts = read_roster(args.file)
        added, updated = knowledge.open_for(args).save_posts(posts)
        print(f"{args.file}: {added} posts added, {updated} updated")
        return 0
    knowledge.write_csv(knowledge.open_for(args).roster_csv(), args.output)
    return 0
