"""The ``words`` family: words to avoid (禁用词/慎用词), each with its category and note.

Plain data in — the newsroom's list (the starter list in resources/proofing/avoid_words.tsv
and the editors' own) — findings out; the note is the finding's message, the preferred
form its suggestion (empty where the wording has to be rethought, not swapped).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from newsroom.proofing.model import Finding

#: Category → (label, severity). Banned and discriminatory wording is an error; cautious
#: and outdated usage is for the editor to weigh.
KINDS = {
    "banned": ("禁用词", "error"),
    "discriminatory": ("歧视性用语", "error"),
    "cautious": ("慎用词", "warning"),
    "outdated": ("过时用语", "warning"),
}


@dataclass(frozen=True, slots=True)
class AvoidWord:
    word: str
    kind: str = "banned"
    preferred: str = ""
    note: str = ""

    def message(self) -> str:
        label = KINDS.get(self.kind, KINDS["banned"])[0]
        if self.note:
            return f"{label}：{self.note}"
        if self.preferred:
            return f"{label}：“{self.word}”宜改为“{self.preferred}”"
        return f"{label}：“{self.word}”"


def starter_list() -> list[AvoidWord]:
    """The list the project ships (see resources/proofing/README.md for its sources)."""
    from newsroom.proofing.lexicon import read_tsv

    out = []
    for row in read_tsv("avoid_words.tsv"):
        row = [*row, "", "", ""]
        if row[0].strip() and row[1].strip() in KINDS:
            out.append(AvoidWord(row[0].strip(), row[1].strip(), row[2].strip(), row[3].strip()))
    return out


class AvoidCheck:
    """Longest match first: 农民工兄弟 before 农民工."""

    def __init__(self, words: Iterable[AvoidWord]) -> None:
        self.auto = ahocorasick.Automaton()
        keep: set[str] = set()
        for w in words:
            if w.word and w.word != w.preferred:
                self.auto.add_word(w.word, (len(w.word), w))
                if w.word in w.preferred:
                    keep.add(w.preferred)  # 农民工 is right where 民工 is not
        for right in keep:
            if right not in self.auto:
                self.auto.add_word(right, (len(right), None))
        if len(self.auto):
            self.auto.make_automaton()

    def iter_findings(self, text: str) -> Iterator[Finding]:
        if not len(self.auto):
            return
        hits = sorted(
            ((end + 1 - size, end + 1, w) for end, (size, w) in self.auto.iter(text)),
            key=lambda h: (h[0], -h[1]),
        )
        last = -1
        for start, end, w in hits:
            if start < last:
                continue
            last = end
            if w is None:
                continue
            severity = KINDS.get(w.kind, KINDS["banned"])[1]
            yield Finding(
                start, end, w.word, w.preferred, "words", f"words.{w.kind}", w.message(), severity
            )
