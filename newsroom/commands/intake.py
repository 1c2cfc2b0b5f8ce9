"""``newsroom intake``: drafts from the submission mailbox (IMAP, mbox, Maildir) or a folder."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from newsroom.commands.common import CommandError, db_option, open_newsroom, user_option

NAME = "intake"


def _seconds(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 10 <= number <= 86_400:
        raise argparse.ArgumentTypeError(f"not a number of seconds from 10 to 86400: {value}")
    return number


def register(sub) -> None:
    parser = sub.add_parser(
        NAME,
        help="drafts from the 投稿邮箱 (IMAP, mbox, Maildir) or a watched folder",
        description="Each new message becomes drafts (已提交, on no page): its .docx/.txt "
        "attachments, or its text when it has none, with attached photos. The sender is "
        "matched to a person by e-mail address (newsroom people import); an unknown sender's "
        "drafts wait for the editor to assign them. A message is processed once (by its "
        "Message-ID) and marked read on the server only after its drafts are stored. A "
        "watched folder takes .docx/.txt files whose size held still, then moves them to "
        "已导入 (bad files to 未能导入, with a .txt saying why). The mailbox's password comes "
        "from $NEWSROOM_IMAP_PASSWORD or is asked for. Without --once it looks again every "
        "--every seconds until interrupted.",
    )
    db_option(parser)
    user_option(parser)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--imap", metavar="URL", help="imaps://USER@HOST[:PORT]/INBOX[?move=FOLDER]")
    where.add_argument("--mbox", metavar="FILE", help="an mbox file")
    where.add_argument("--maildir", metavar="DIR", help="a Maildir folder")
    where.add_argument("--folder", metavar="DIR", help="a watched folder of .docx/.txt files")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument(
        "--every", type=_seconds, default=300, metavar="SECONDS", help="between looks (300)"
    )
    parser.add_argument(
        "--settle", type=float, default=2.0, metavar="SECONDS", help=argparse.SUPPRESS
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsroom.intake.sources import IMAP_PASSWORD_ENV, IntakeError, parse_imap_url

    password = None
    try:
        if args.imap:
            address = parse_imap_url(args.imap)  # a bad address: before the database opens
            password = os.environ.get(IMAP_PASSWORD_ENV)
            if password is None:
                if not sys.stdin.isatty():
                    raise CommandError(
                        f"{address.name}: no password: set {IMAP_PASSWORD_ENV} or run in a terminal"
                    )
                import getpass

                password = getpass.getpass(f"{address.user}@{address.host} 的邮箱密码：")
        _check_where(args)  # a missing file or folder: before the database opens
    except IntakeError as exc:
        raise CommandError(str(exc)) from None
    intake = open_newsroom(args, create=True).intake
    intake.require_desk()  # before the mailbox is opened
    watch = None
    try:
        while True:
            try:
                watch = _pass(intake, args, password, watch)
            except IntakeError as exc:
                if args.once:
                    more = "; what was stored stays, the rest waits" if args.imap else ""
                    raise CommandError(f"{exc}{more}") from None
                print(f"newsroom: {exc}; trying again in {args.every} s", file=sys.stderr)
            if args.once:
                return 0
            time.sleep(args.every)
    except KeyboardInterrupt:
        # Ctrl-C: a message half taken in was rolled back and stays for the next run.
        return 0


def _check_where(args) -> None:
    from newsroom.intake.folder import candidates
    from newsroom.intake.sources import open_source

    if args.folder:
        candidates(Path(args.folder))
    elif args.mbox or args.maildir:
        open_source("mbox" if args.mbox else "maildir", args.mbox or args.maildir).close()


def _pass(intake, args, password, watch):
    from newsroom.intake.folder import FolderWatch
    from newsroom.intake.sources import open_source

    if args.folder:
        if args.once:
            report = intake.take_folder(args.folder, settle=args.settle)
        else:
            watch = watch or FolderWatch(Path(args.folder))
            report = intake.look(watch)
            for outcome in report.stored:
                _print(report.source, outcome)
        if args.once:
            for outcome in report.stored:
                _print(report.source, outcome)
    else:
        kind = "imap" if args.imap else "mbox" if args.mbox else "maildir"
        source = open_source(kind, args.imap or args.mbox or args.maildir, password)
        try:
            report = intake.take_mail(source, progress=lambda o: _print(source.name, o))
        finally:
            source.close()
    if args.once or report.stored:
        print(
            f"{report.source}: {len(report.stored)} new, {report.drafts} drafts, "
            f"{report.already} taken in before"
        )
    return watch


def _print(source: str, outcome) -> None:
    what = f"“{outcome.subject}”" if outcome.subject else "(no subject)"
    if outcome.sender:
        what += f" from {outcome.sender}"
    if outcome.problem:
        print(f"{source}: {what}: not imported — {outcome.problem}")
        return
    ids = ", ".join(f"#{i}" for i in outcome.article_ids)
    who = outcome.person or "unknown sender, unassigned"
    verb = "already stored as" if outcome.duplicate else "draft"
    print(f"{source}: {what} → {verb} {ids} ({who})")
