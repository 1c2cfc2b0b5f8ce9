"""Character-level differences between two versions of copy (Chinese has no spaces)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from newsroom.newscopy import byline_text

# Below this many characters (old + new) a direct character diff is fast enough; above
# it, paragraphs are matched first and only changed paragraphs are compared by character.
DIRECT_LIMIT = 4000
# A changed block larger than this is shown as replaced whole: SequenceMatcher is
# quadratic in the worst case and the editor must not freeze on a pasted-over article.
BLOCK_LIMIT = 12000


@dataclass(frozen=True)
class DiffSpan:
    """A run of text: the same in both (equal), only old (delete), only new (insert), or both."""

    op: str  # "equal" | "delete" | "insert" | "replace"
    old: str
    new: str


def _span(op: str, old: str, new: str) -> DiffSpan:
    # difflib says "replace" for a block that is changed; a side may still be empty here.
    if op == "replace" and not old:
        op = "insert"
    elif op == "replace" and not new:
        op = "delete"
    return DiffSpan(op, old, new)


def _chars(old: str, new: str) -> list[DiffSpan]:
    # The common start and end cost nothing to find, and are most of a typical edit.
    end = min(len(old), len(new))
    head = next((i for i in range(end) if old[i] != new[i]), end)
    tail = 0
    while tail < end - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a, b = old[head : len(old) - tail], new[head : len(new) - tail]
    spans = [DiffSpan("equal", old[:head], new[:head])]
    if len(a) + len(b) > BLOCK_LIMIT:
        spans.append(_span("replace", a, b))
    else:
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        spans += [_span(t, a[i1:i2], b[j1:j2]) for t, i1, i2, j1, j2 in matcher.get_opcodes()]
    spans.append(DiffSpan("equal", old[len(old) - tail :], new[len(new) - tail :]))
    return spans


def _merged(spans: Iterable[DiffSpan]) -> list[DiffSpan]:
    """Neighbouring spans of one kind as one span; no empty spans."""
    out: list[DiffSpan] = []
    for span in spans:
        if not span.old and not span.new:
            continue
        if out and out[-1].op == span.op:
            last = out.pop()
            span = DiffSpan(span.op, last.old + span.old, last.new + span.new)
        out.append(span)
    return out


def char_diff(old: str, new: str) -> list[DiffSpan]:
    """The difference of two texts as spans; joining the old (new) sides gives old (new)."""
    if old == new:
        return [DiffSpan("equal", old, new)] if old else []
    if len(old) + len(new) <= DIRECT_LIMIT:
        return _merged(_chars(old, new))
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    spans: list[DiffSpan] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        spans.extend(_chars(a, b) if tag == "replace" else [_span(tag, a, b)])
    return _merged(spans)


def snapshot_text(snapshot: dict[str, Any]) -> str:
    """A revision snapshot as text to read and diff: the headings, byline, then the body.

    Every heading line is there even when empty, so the lines of two revisions align.
    """
    lines = [
        f"引题：{snapshot.get('kicker') or ''}",
        f"主题：{snapshot.get('headline') or ''}",
        f"副题：{snapshot.get('subheadline') or ''}",
        f"署名：{byline_text(snapshot.get('bylines') or [])}",
        "",
        *(snapshot.get("paragraphs") or []),
    ]
    return "\n".join(lines)
