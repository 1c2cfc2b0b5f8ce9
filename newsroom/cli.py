"""The ``newsroom`` command: opens the window or runs a headless subcommand."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from newsroom import __version__
from newsroom.service.errors import ServiceError

#: Subcommand modules in newsroom/commands, in the order --help lists them.
COMMANDS = {
    "gui": "newsroom.commands.gui",
    "import": "newsroom.commands.importing",
    "list": "newsroom.commands.listing",
    "tags": "newsroom.commands.tags",
    "proofread": "newsroom.commands.proofread",
    "export": "newsroom.commands.export",
    "place": "newsroom.commands.placing",
    "review": "newsroom.commands.review",
    "account": "newsroom.commands.account",
    "report": "newsroom.commands.report",
    "rates": "newsroom.commands.rates",
    "roster": "newsroom.commands.roster",
    "words": "newsroom.commands.words",
    "proofpass": "newsroom.commands.proofpass",
    "signsheet": "newsroom.commands.signsheet",
    "people": "newsroom.commands.people",
    "intake": "newsroom.commands.intake",
    "search": "newsroom.commands.search",
    "replace": "newsroom.commands.replace",
}

DESCRIPTION = """\
Newsroom desk 新闻编辑部: import the day's copy, edit, proofread, tag and lay out pages.

  newsroom [FILE…]                      open the window, importing FILEs first
  newsroom import FILE… [--page N]      import bulletins (one page each) and drafts
  newsroom list [--json]                the stored articles
  newsroom tags (FILE | --db DB) [--json]  suggested tags per article (a FILE is not stored)
  newsroom proofread FILE [--json]      proofreading findings; exit 0 clean, 1 findings
  newsroom export --page N -o OUT.docx  a layout-ready page (--galley: one column)
  newsroom place ID --page N [--position K]  put an article on a page (上版)
  newsroom review ID ACTION [--note …]  submit, review, return, sign off an article
  newsroom account add|list|passwd …    accounts of a shared newsroom
  newsroom search QUERY [filters]       search the archive, ranked, with snippets
  newsroom replace OLD NEW [--dry-run]  replace across the archive (--undo ID)
  newsroom export --format html -o DIR  web pages for the website and 公众号 editor
  newsroom report people|units|pay …    correspondents' figures, 考核, 稿酬 (-o F.xlsx)
  newsroom rates list|set|import|quota  the pay rates and unit quotas
  newsroom roster|words import|export   officials and their posts; words to avoid
  newsroom proofpass ID                 record the next proofreading pass (一校/二校/三校)
  newsroom signsheet --page N -o FILE   the page's 审校签字单 (.docx or .pdf)
  newsroom people import FILE|list      correspondents with e-mail and phone
  newsroom intake --mbox|--maildir|--imap|--folder SRC [--once]  drafts from the 投稿邮箱

The database: --db takes an SQLite file path or an SQLAlchemy URL
(postgresql+psycopg://…); else $NEWSROOM_DB; else newsroom.db in the
user data folder. Bad input: one line on stderr naming the file, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    from newsroom.commands.common import OneLineParser

    parser = OneLineParser(
        prog="newsroom",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsroom {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        importlib.import_module(module).register(sub)
    return parser


def unknown_command(word: str) -> str:
    """What `newsroom WORD` says when WORD is neither a command nor an existing file."""
    import difflib

    from newsroom.messages import chinese_locale

    close = difflib.get_close_matches(word, COMMANDS, n=1)
    if chinese_locale():
        lines = [f"newsroom：“{word}”既不是命令，也不是文件"]
        if close:
            lines.append(f"  是不是要用：newsroom {close[0]}")
        lines.append("命令：" + "、".join(COMMANDS) + "（newsroom --help 有详细说明）")
        return "\n".join(lines)
    lines = [f"newsroom: {word!r} is neither a command nor a file"]
    if close:
        lines.append(f"  did you mean: newsroom {close[0]}")
    lines.append("commands: " + ", ".join(COMMANDS) + "  (newsroom --help tells more)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `newsroom FILE…` and `newsroom --db X` mean the window.
    if not args_list or (
        args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        first = args_list[0] if args_list else ""
        if first and not first.startswith("-") and not os.path.exists(first):
            # `newsroom serach 养老`: a mistyped command, not a file to import in a window.
            print(unknown_command(first), file=sys.stderr)
            return 2
        args_list.insert(0, "gui")
    args = build_parser().parse_args(args_list)
    try:
        return args.run(args)
    except ServiceError as exc:  # CommandError and the service's errors: one line
        from newsroom.messages import for_the_terminal

        print(f"newsroom: {for_the_terminal(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `newsroom list | head`: the reader has gone; say nothing more, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # A database that refused, a full disk, a number too large: one line, exit 2.
        from newsroom.commands.common import describe_failure

        line = describe_failure(exc)
        if line is None:
            raise
        print(f"newsroom: {line}", file=sys.stderr)
        return 2
