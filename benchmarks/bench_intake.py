"""Mailbox intake speed: an mbox of submissions beside importing the same drafts as files.

    python benchmarks/bench_intake.py [--messages 200]

Half the messages carry a .docx draft (and a photo), half have the draft in their text;
a quarter come from senders the newsroom does not know. The baseline, in the same run,
is ``newsroom import``'s path (newsroom.importer.import_files) over the same drafts
saved as files, into a fresh database of its own. The intake does more per draft (parse
the mail, decode the attachment, one transaction and one record per message, so that a
failure loses at most the message in hand); the target is at most 3× the import's
time per draft, and a second pass over the same mailbox, which adds nothing, well under
the first.
"""

from __future__ import annotations

import argparse
import mailbox
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsroom.importer import import_files  # noqa: E402
from newsroom.ingest.people_file import PersonInput  # noqa: E402
from newsroom.intake.run import process_mail  # noqa: E402
from newsroom.intake.sources import MboxSource  # noqa: E402
from newsroom.store.db import open_database, transaction  # noqa: E402
from newsroom.store.people import import_people  # noqa: E402
from tests.intake.helpers import DOCX, PNG, docx_bytes, message  # noqa: E402

PARAGRAPH = "4月{n}日，区里第{n}个社区开展便民服务活动，为居民提供理发、义诊、家电维修等服务。"


def drafts(count: int):
    for n in range(count):
        headline = f"第{n}个社区开展便民服务活动"
        paragraphs = [PARAGRAPH.format(n=n)] * 6
        known = n % 4 != 3
        sender = f"通讯员{n} <c{n % 40}@district.example.cn>" if known else f"x{n}@mail.example"
        yield n, headline, paragraphs, sender


def build(folder: Path, count: int) -> tuple[Path, list[Path]]:
    box = mailbox.mbox(folder / "tougao.mbox")
    files = []
    for n, headline, paragraphs, sender in drafts(count):
        if n % 2:
            data = docx_bytes(headline, *paragraphs)
            path = folder / f"draft{n}.docx"
            path.write_bytes(data)
            attachments = [(f"稿件{n}.docx", DOCX, data), ("现场.png", "image/png", PNG)]
            box.add(message(sender, headline, attachments=attachments))
        else:
            text = headline + "\n\n" + "\n\n".join(paragraphs)
            path = folder / f"draft{n}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            box.add(message(sender, headline, text))
        files.append(path)
    box.close()
    return folder / "tougao.mbox", files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        box, files = build(folder, args.messages)
        people = [PersonInput(f"通讯员{i}", "通讯员", "", f"c{i}@district.example.cn", "", i)
                  for i in range(40)]  # fmt: skip

        baseline = open_database(folder / "import.db")
        started = time.perf_counter()
        report = import_files(baseline, files)
        import_time = time.perf_counter() - started
        assert report.added_items == args.messages

        engine = open_database(folder / "intake.db")
        with transaction(engine) as session:
            import_people(session, people, "people")
        started = time.perf_counter()
        first = process_mail(engine, MboxSource(box))
        intake_time = time.perf_counter() - started
        assert first.drafts == args.messages
        started = time.perf_counter()
        again = process_mail(engine, MboxSource(box))
        again_time = time.perf_counter() - started
        assert again.already == args.messages and not again.stored

    per_import = import_time / args.messages * 1000
    per_intake = intake_time / args.messages * 1000
    print(f"{args.messages} drafts, SQLite, one process")
    print(f"  import_files (baseline): {import_time:.2f} s, {per_import:.1f} ms per draft")
    print(f"  intake --mbox:           {intake_time:.2f} s, {per_intake:.1f} ms per draft "
          f"({intake_time / import_time:.2f}× the baseline; target ≤ 3×)")  # fmt: skip
    print(f"  intake again (nothing new): {again_time:.2f} s")


if __name__ == "__main__":
    main()
