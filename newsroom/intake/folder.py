"""The watched folder: .docx and .txt files dropped on a share become drafts once complete.

A file is taken when its size and modification time held still between two looks (a
copy over the network still growing is left for the next look). After its drafts are
committed it moves to ``已导入``; a file that cannot be read moves to ``未能导入`` with a
``.txt`` beside it saying why. Other files, hidden files, Word's ``~$`` lock files,
folders and symbolic links are left alone.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.intake.mail import Submission
from newsroom.intake.run import IntakeReport, Outcome, store
from newsroom.intake.sources import IntakeError

DONE_FOLDER = "已导入"
FAILED_FOLDER = "未能导入"
SUFFIXES = (".docx", ".txt")


@dataclass
class FolderWatch:
    """A watched folder and what it looked like last time (name → size, mtime)."""

    path: Path
    seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"folder:{self.path}"


def candidates(folder: Path) -> dict[str, tuple[int, int]]:
    """Files that may be drafts, with their size and modification time."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        raise IntakeError(f"{folder}: no such folder") from None
    except NotADirectoryError:
        raise IntakeError(f"{folder}: not a folder") from None
    except OSError as exc:
        raise IntakeError(f"{folder}: {exc.strerror or exc}") from None
    found = {}
    for entry in entries:
        name = entry.name
        if name.startswith((".", "~$")) or not name.lower().endswith(SUFFIXES):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found[name] = (info.st_size, info.st_mtime_ns)
    return found


def look(engine, watch: FolderWatch) -> IntakeReport:
    """One look: files unchanged since the last look are taken in, the others remembered."""
    now = candidates(watch.path)
    stable = [name for name, state in now.items() if watch.seen.get(name) == state]
    watch.seen = {name: state for name, state in now.items() if name not in stable}
    report = IntakeReport(watch.name)
    for name in sorted(stable):
        outcome = take(engine, watch.path, name)
        if outcome is None:
            report.already += 1
        else:
            report.stored.append(outcome)
    return report


def process_folder(engine, folder: str | os.PathLike[str], *, settle: float = 2.0):
    """``--once``: look twice, ``settle`` seconds apart, and take the files that held still."""
    watch = FolderWatch(Path(folder))
    look(engine, watch)
    time.sleep(settle)
    return look(engine, watch)


def take(engine, folder: Path, name: str) -> Outcome | None:
    """One complete file: drafts stored, then the file moved; a bad one moved aside."""
    from newsroom.importer import load_copy
    from newsroom.ingest.model import IngestError

    path = folder / name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IntakeError(f"{path}: {exc.strerror or exc}") from None
    key = "file:" + hashlib.sha256(data).hexdigest()
    sub = Submission(key, subject=name, attachments=[name])
    try:
        sub.items = load_copy(path).items
    except IngestError as exc:
        sub.problem = str(exc)
    outcome = store(engine, sub, f"folder:{folder}")
    if sub.problem:
        moved = _move(path, folder / FAILED_FOLDER)
        note = moved.with_name(moved.name + ".txt")
        note.write_text(f"{sub.problem}\n", encoding="utf-8")
    else:
        _move(path, folder / DONE_FOLDER)
    return outcome


def _move(path: Path, into: Path) -> Path:
    into.mkdir(exist_ok=True)
    target = into / path.name
    number = 1
    while target.exists():
        number += 1
        target = into / f"{path.stem} ({number}){path.suffix}"
    os.replace(path, target)
    return target
