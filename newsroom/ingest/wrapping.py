"""Copy hard-wrapped at a fixed width: how wide a line is, and where the width says a
line that ends a sentence does not end its paragraph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from unicodedata import east_asian_width

__all__ = ["Row", "full_sentence_ends", "width"]


@dataclass(frozen=True, slots=True)
class Row:
    """What the wrap width needs of a line: its text with its indent, whether it is body
    text (not a byline or credit), ends a sentence, or opens a block after a blank line
    or an indent."""

    span: str
    text: bool
    complete: bool
    opens_block: bool


def width(text: str) -> int:
    """Columns a line takes in a fixed-width layout: two for a Chinese character."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def full_sentence_ends(rows: Sequence[Row]) -> frozenset[int]:
    """Rows that end a sentence exactly at the wrap width of copy hard-wrapped inside
    paragraphs that blank lines (or indents) set apart: there the paragraph goes on.

    Empty unless breaks between blocks end far more paragraphs (over twice as many, and
    three at least) than line ends inside a block.
    """
    pairs = [
        (k, rows[k + 1].opens_block)
        for k in range(len(rows) - 1)
        if rows[k].text and rows[k + 1].text
    ]
    wrapped = [rows[k].span for k, apart in pairs if not apart and not rows[k].complete]
    inside = [k for k, apart in pairs if not apart and rows[k].complete]
    ends = sum(1 for k, apart in pairs if apart and rows[k].complete)
    if len(wrapped) < 3 or ends < 3 or ends <= 2 * len(inside):
        return frozenset()
    # The wrap width, in characters or in columns, is the commonest width of the wrapped
    # lines, their indent included.
    chars, columns = _mode(map(len, wrapped)), _mode(map(width, wrapped))
    return frozenset(
        k for k in inside if len(rows[k].span) >= chars - 1 or width(rows[k].span) >= columns - 2
    )


def _mode(values: Iterable[int]) -> int:
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v))
