"""Standard formulations (规范表述): near misses are caught without being listed."""

from __future__ import annotations

from collections.abc import Iterator

import ahocorasick

from newsroom.proofing.lexicon import Lexicon, read_lines
from newsroom.proofing.model import Finding, make

# A word of the text at least this frequent at the differing spot means the
# text says something else on purpose (两个维度 is not a miss of 两个维护).
_REAL_WORD_FREQ = 10
_LONG = 6
# Official names are written without the city or district in district copy
# (河西区委区级机关工委 → 区委区级机关工委): the short form is a formulation too.
_PLACE_PREFIXES = (("天津市河西区", "区"), ("河西区", "区"), ("天津市", "市"))
_SHORT_FORM_MIN = 6
# Readings typed or heard alike (front/back nasals, flat/retroflex initials):
# 人民明主 is a slip for 人民民主 though 明 and 民 differ in pinyin.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"))
_FUZZY_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"))


def _fuzzy(py: str) -> str:
    for a, b in _FUZZY_INITIALS:
        if py.startswith(a):
            py = b + py[len(a) :]
            break
    for a, b in _FUZZY_FINALS:
        if py.endswith(a):
            return py[: -len(a)] + b
    return py


def _short_forms(items: list[str]) -> list[str]:
    known, out = set(items), []
    for f in items:
        for prefix, level in _PLACE_PREFIXES:
            if f.startswith(prefix):
                short = level + f[len(prefix) :]
                if len(short) >= _SHORT_FORM_MIN and short not in known:
                    known.add(short)
                    out.append(short)
                break
    return out


def _pieces(n: int, k: int) -> list[tuple[int, int]]:
    """Split range(n) into k+1 pieces: with at most k differences one piece matches exactly."""
    step = n / (k + 1)
    cuts = [round(step * j) for j in range(k + 2)]
    return [(cuts[j], cuts[j + 1]) for j in range(k + 1)]


class Formulations:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.items = [ln.split("\t")[0].strip() for ln in read_lines("formulations.txt")]
        self.items += _short_forms(self.items)
        self.exact = set(self.items)
        self.auto = ahocorasick.Automaton()
        self.words: list[list[tuple[int, int]]] = []
        table: dict[str, list[tuple[int, int, int]]] = {}
        for idx, f in enumerate(self.items):
            self.words.append(self._segment(f))
            n = len(f)
            if n < 4:
                continue
            k = 1 if n < 7 else 2
            for a, b in _pieces(n, k):
                table.setdefault(f[a:b], []).append((idx, b, k))
        for piece, refs in table.items():
            self.auto.add_word(piece, refs)
        self.auto.make_automaton()

    def _segment(self, f: str) -> list[tuple[int, int]]:
        """Greedy longest-word segmentation of a formulation (spans of its words)."""
        out, i, fr = [], 0, self.lex.freq
        while i < len(f):
            j = next((j for j in range(min(len(f), i + 6), i + 1, -1) if f[i:j] in fr), i + 1)
            out.append((i, j))
            i = j
        return out

    def _alike(self, a: str, b: str) -> bool:
        conf, py = self.lex.confusable, self.lex.pinyin
        if b in conf.get(a, "") or a in conf.get(b, ""):
            return True
        pa, pb = py.get(a), py.get(b)
        return bool(pa and pb) and _fuzzy(pa) == _fuzzy(pb)

    def iter_findings(self, text: str) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        for end, refs in self.auto.iter(text):
            for idx, piece_end, k in refs:
                # The piece ends at `end`, so the formulation would start here.
                ws = end + 1 - piece_end
                yield from self._check(text, ws, self.items[idx], idx, k, seen)

    def _check(
        self, text: str, ws: int, f: str, idx: int, k: int, seen: set[tuple[int, int]]
    ) -> Iterator[Finding]:
        n = len(f)
        if ws < 0 or ws + n > len(text) or (ws, idx) in seen:
            return
        seen.add((ws, idx))
        window = text[ws : ws + n]
        if window == f:
            return
        diffs = [j for j in range(n) if window[j] != f[j]]
        if not diffs or len(diffs) > k:
            return
        fr = self.lex.freq
        for j in diffs:
            ch = window[j]
            if not ("\u4e00" <= ch <= "\u9fff") or not self._alike(ch, f[j]):
                return
            a, b = next((a, b) for a, b in self.words[idx] if a <= j < b)
            # The text's own word at that spot is a real, different word: not a
            # miss — unless the formulation is long enough that five or more
            # matching characters around it leave no doubt (伟大复星 → 复兴).
            if n < _LONG and b - a >= 2 and fr.get(window[a:b], 0) >= _REAL_WORD_FREQ:
                return
        if window in self.exact or window in fr:
            return
        yield make(
            text,
            ws,
            ws + n,
            f,
            "formulation",
            "formulation.near_miss",
            f"规范表述：疑为“{f}”",
            "error",
        )
