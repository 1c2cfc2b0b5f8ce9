"""``newsroom words``: the newsroom's words to avoid (禁用词/慎用词), in and out."""

from __future__ import annotations

import argparse

from newsroom.commands import knowledge

NAME = "words"


def register(sub) -> None:
    knowledge.register(
        sub,
        NAME,
        "import or export the words to avoid (禁用词/慎用词)",
        "Words the proofreader flags, with the note it shows. A file has a header row "
        "with the columns word, kind, preferred, note (or 词语, 类别, 宜用, 说明); kind is "
        "banned, cautious, outdated or discriminatory (or 禁用词, 慎用词, 过时用语, "
        "歧视性用语; empty: banned). An import adds words and changes known ones.",
        run,
    )


def run(args: argparse.Namespace) -> int:
    from newsroom.service.knowledge import read_words

    if args.what == "import":
        words = read_words(args.file)
        count = knowledge.open_for(args).save_words(words)
        print(f"{args.file}: {count} words added or changed")
        return 0
    knowledge.write_csv(knowledge.open_for(args).words_csv(), args.output)
    return 0
