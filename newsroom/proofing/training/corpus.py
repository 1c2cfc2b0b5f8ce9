"""The training corpus (shared/data/corpus/news-law-zh.txt.xz) and its held-out split."""

from __future__ import annotations

import json
import lzma
from pathlib import Path

# One line in HELDOUT_EVERY, starting at line HELDOUT_AT, is never trained on: the
# evaluation counts false alarms on these lines.
HELDOUT_EVERY = 50
HELDOUT_AT = 7


def is_heldout(lineno: int) -> bool:
    return lineno % HELDOUT_EVERY == HELDOUT_AT


def read_lines(path: Path) -> list[str]:
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip()]


def read_split(path: Path) -> tuple[list[str], list[str]]:
    """(training lines, held-out lines) of the corpus."""
    lines = read_lines(path)
    train = [ln for i, ln in enumerate(lines) if not is_heldout(i)]
    held = [ln for i, ln in enumerate(lines) if is_heldout(i)]
    return train, held


def ecspell_pairs(path: Path) -> list[tuple[str, str]]:
    """(as written, as it should be) of an ECSpell file (``N<TAB>wrong<TAB>right``),
    substitutions only."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and len(parts[1]) == len(parts[2]):
            out.append((parts[1], parts[2]))
    return out


def ecspell_splits(directory: Path, names=("odw", "law", "med")) -> list[tuple[str, str]]:
    """The pairs of ECSpell's training splits that are there."""
    return [
        p
        for n in names
        if (directory / f"{n}.train").exists()
        for p in ecspell_pairs(directory / f"{n}.train")
    ]


def jsonl_pairs(path: Path) -> list[tuple[str, str]]:
    """(text, correct) of a newsroom set (tests/data/proofing), substitutions only; a
    sentence with errors but no corrected text is left out."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        right = d.get("correct", None if d["errors"] else d["text"])
        if right is not None and len(right) == len(d["text"]):
            out.append((d["text"], right))
    return out
