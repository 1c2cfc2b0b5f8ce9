"""Confusion-dictionary typos (错别字): known wrong forms, matched by one Aho–Corasick automaton."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

from newsroom.proofing.lexicon import read_tsv
from newsroom.proofing.model import Finding, make

# Short wrong forms can straddle two correct words (叫做|为); when a common
# word crosses the match's edge, the match is left alone.
_EDGE_WORD_FREQ = 200
# A word this frequent across an exception's front splits the wrong form (个案|列).
_SPLIT_WORD_FREQ = 20


def build_automaton(rows: Iterable[tuple[str, str, tuple[str, ...], str]]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for wrong, right, exc, rule in rows:
        if wrong and wrong != right:
            auto.add_word(wrong, (wrong, right, exc, rule))
    if len(auto):
        auto.make_automaton()
    return auto


def load_rows() -> list[tuple[str, str, tuple[str, ...], str]]:
    rows = []
    for name, rule in (("typo_words.tsv", "typo.dict"), ("typo_generated.tsv", "typo.idiom")):
        for r in read_tsv(name):
            if len(r) >= 2:
                exc = tuple(x for x in r[2].split("|") if x) if len(r) > 2 else ()
                rows.append((r[0].strip(), r[1].strip(), exc, rule))
    return rows


def excepted(
    text: str,
    start: int,
    wrong: str,
    exceptions: tuple[str, ...],
    freq: dict[str, int] | None = None,
) -> bool:
    """Whether the match at ``start`` lies inside one of its correct ``exceptions``.

    An exception that ends where the wrong form ends, with a word across its front (个案列
    for 案列), says that the wrong form's last character starts the next word (个案|列入):
    with ``freq`` given it counts only when that character does make a word with the one
    after it — so 这个案列很典型 is still a slip, while 山体落石 stays an exception.
    """
    end = start + len(wrong)
    for e in exceptions:
        k = e.find(wrong)
        while k >= 0:
            if text[start - k : start - k + len(e)] == e:
                if freq is None or k + len(wrong) < len(e) or k == 0:
                    return True
                # Only where the exception's last character before the wrong form makes a
                # word with its first (个案) is the wrong form split between two words.
                if freq.get(e[k - 1] + wrong[0], 0) < _SPLIT_WORD_FREQ:
                    return True
                if freq.get(text[end - 1 : end + 1], 0) >= _EDGE_WORD_FREQ:
                    return True
            k = e.find(wrong, k + 1)
    return False


def matches(
    auto: ahocorasick.Automaton, text: str, freq: dict[str, int] | None = None
) -> Iterator[tuple[int, int, str, tuple[str, ...], str]]:
    """Longest non-overlapping matches: (start, end, right, exceptions, rule)."""
    if not len(auto):
        return
    found = sorted(
        ((end - len(v[0]) + 1, end + 1, v) for end, v in auto.iter(text)),
        key=lambda t: (t[0], -t[1]),
    )
    last = -1
    for s, e, (wrong, right, exc, rule) in found:
        if s < last or excepted(text, s, wrong, exc, freq):
            continue
        last = e
        yield s, e, right, exc, rule


class TypoDictionary:
    def __init__(self, freq: dict[str, int]) -> None:
        self.auto = build_automaton(load_rows())
        self.freq = freq

    def _straddles(self, text: str, s: int, e: int) -> bool:
        if e - s > 2:
            return False
        f = self.freq
        left = s > 0 and f.get(text[s - 1 : s + 1], 0) >= _EDGE_WORD_FREQ
        return left or f.get(text[e - 1 : e + 1], 0) >= _EDGE_WORD_FREQ

    def iter_findings(self, text: str) -> Iterator[Finding]:
        for s, e, right, _exc, rule in matches(self.auto, text, self.freq):
            if self._straddles(text, s, e):
                continue
            wrong = text[s:e]
            yield make(
                text,
                s,
                e,
                right,
                "typo",
                rule,
                f"错别字：“{wrong}”应为“{right}”",
                "error",
            )
