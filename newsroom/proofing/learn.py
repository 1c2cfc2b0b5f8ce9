"""Learning from the editors' fixes: rules suggested from what a saved revision changed, and
the accepted ones applied as the newsroom's own rules.

Plain text in, plain values out. A fix is a same-length character change (一直好评 →
一致好评) or a short word replaced (做为 → 作为) that the proofreader did not flag; the
suggested rule keeps a character or two of context either side so that it fires on the
phrase, not on every 直. An accepted rule never applies inside quotation marks or names
unless the editor said it may (``anywhere``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from newsroom.proofing.model import Finding, make
from newsroom.proofing.typo import build_automaton, matches

#: Longest changed span taken as a fix (longer is rewriting, not correcting).
MAX_CHANGE = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = "。！？；\n"
#: Quoted text, any length: a learned rule leaves it alone.
QUOTED = re.compile(r"[“‘「『][^”’」』\n]*[”’」』]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    wrong: str
    right: str
    example: str  # the sentence as the editor left it


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) by one CJK character left and two right, not past punctuation."""
    s = start
    if s > 0 and _CJK.match(text[s - 1]):
        s -= 1
    e = end
    for _ in range(2):
        if e < len(text) and _CJK.match(text[e]):
            e += 1
    return s, e


def _bounds(text: str, at: int) -> tuple[int, int]:
    """[begin, end) of the sentence around ``at``, its closing mark included."""
    begin = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, at) for c in _SENTENCE_END) if i >= 0]
    return begin, (min(ends) + 1 if ends else len(text))


def _sentence(text: str, at: int) -> str:
    begin, end = _bounds(text, at)
    return text[begin:end].strip()[:300]


def suggest(
    old: str, new: str, flagged: Callable[[str], Iterable[tuple[int, int]]] | None = None
) -> list[Suggestion]:
    """Rules from the fixes between two versions of an article's text.

    ``flagged(sentence)`` gives the spans the proofreader flags in a sentence of the old
    text: a change there was the proofreader's, not something to learn."""
    out: list[Suggestion] = []
    if old == new:
        return out
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    checked: dict[int, list[tuple[int, int]]] = {}  # sentence start → flagged spans
    for i1, i2, j1, j2 in _changes(matcher.get_opcodes()):
        if not (0 < i2 - i1 <= MAX_CHANGE and 0 < j2 - j1 <= MAX_CHANGE):
            continue
        changed_old, changed_new = old[i1:i2], new[j1:j2]
        if not all(_CJK.match(c) for c in changed_old + changed_new):
            continue
        begin, end = _bounds(old, i1)
        if flagged is not None and begin not in checked:
            # Only the sentence is proofread: a save stays quick on a long article.
            checked[begin] = [(s + begin, e + begin) for s, e in flagged(old[begin:end])]
        if any(s < i2 and i1 < max(e, s + 1) for s, e in checked.get(begin, ())):
            continue
        s, e = _context(old, i1, i2)
        wrong = old[s:e]
        right = old[s:i1] + changed_new + old[i2:e]
        if len(wrong) < 2 or wrong == right:
            continue
        out.append(Suggestion(wrong, right, _sentence(new, j1)))
    return out


def _changes(opcodes) -> list[tuple[int, int, int, int]]:
    """Changed regions, with differences one equal character apart taken as one
    (数创 → 数字创新 is two insertions around 创 to difflib, one word replaced to us)."""
    out: list[list[int]] = []
    last_equal = None
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            last_equal = i2 - i1
            continue
        if out and last_equal is not None and last_equal <= 1:
            out[-1][1], out[-1][3] = i2, j2
        else:
            out.append([i1, i2, j1, j2])
        last_equal = None
    return [tuple(c) for c in out]


class LearnedRules:
    """Accepted rules: (wrong, right, anywhere)."""

    def __init__(self, rules: Iterable[tuple[str, str, bool]]) -> None:
        self.auto = build_automaton(
            (w, r, (), "custom.learned.anywhere" if anywhere else "custom.learned")
            for w, r, anywhere in rules
        )

    def iter_findings(self, text: str) -> Iterator[Finding]:
        for s, e, right, _exc, rule in matches(self.auto, text):
            message = f"本报改稿习惯：“{text[s:e]}”应为“{right}”"
            yield make(text, s, e, right, "custom", rule, message)
