"""The training corpus (shared/data/corpus/news-law-zh.txt.xz) and its held-out split."""

from __future__ import annotations

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
