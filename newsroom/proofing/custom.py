"""The newsroom's own rules (自定义): wrong → right pairs; its whitelist silences findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import ahocorasick

from newsroom.proofing.lexicon import read_lines
from newsroom.proofing.model import Finding
from newsroom.proofing.typo import build_automaton, matches


class CustomRules:
    def __init__(self, rules: Sequence[tuple[str, str]], whitelist: Iterable[str]) -> None:
        self.rules = build_automaton((w, r, (), "custom.rule") for w, r in rules if w)
        words = {w for w in read_lines("whitelist.txt")} | {w for w in whitelist if w}
        self.white = ahocorasick.Automaton()
        for w in words:
            self.white.add_word(w, len(w))
        if words:
            self.white.make_automaton()

    def iter_findings(self, text: str) -> Iterator[Finding]:
        for s, e, right, _exc, rule in matches(self.rules, text):
            yield Finding(
                s,
                e,
                text[s:e],
                right,
                "custom",
                rule,
                f"本报规范：“{text[s:e]}”应为“{right}”",
                "error",
            )

    def whitelisted_spans(self, text: str) -> list[tuple[int, int]]:
        if not len(self.white):
            return []
        return [(end - n + 1, end + 1) for end, n in self.white.iter(text)]
