"""``newsroom [FILE…]`` / ``newsroom gui``: open the window, importing FILEs first."""

from __future__ import annotations

import argparse

from newsroom.commands.common import db_option

NAME = "gui"


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="open the window (the default)",
        description="Open the window, importing FILEs first.",
    )
    db_option(parser)
    parser.add_argument("files", nargs="*", metavar="FILE", help="bulletins to import first")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.ui.app import run_gui

    return run_gui(db=args.db, files=args.files)
