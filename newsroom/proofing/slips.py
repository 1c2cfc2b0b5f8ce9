"""Slips in context, the decision: which of a scorer's candidates the proofreader reports.

One logistic decision weighs the model's evidence (``context.Candidate``) with what the
lexicon says — whether the written character sits in a word, whether the correction makes
one, how rare the written character is, whether a surname stands by — and reports only what
clears a threshold chosen so that a few correct sentences in a thousand are questioned.
``training/fit_decision.py`` fits the weights. Candidates the lexicon proposes (a character
in no word where a sound-alike makes one: ``typo_stats``) need the model's agreement only.
"""

from __future__ import annotations

import bisect
import json
import math
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from newsroom.proofing import de
from newsroom.proofing.confusables import Confusables
from newsroom.proofing.confusables import finding as confusable_finding
from newsroom.proofing.context import Candidate, Scorer, sentences
from newsroom.proofing.lexicon import resource_path
from newsroom.proofing.model import Finding

# Report where the decision function is above this (0 = even odds; precision first) ...
DECIDE = 0.0
# ... this much higher for pronouns and particles (我, 的, 在 …), which stand alone in
# correct copy all the time ...
FUNCTION_CHARS = frozenset(
    "的地得了是在和与及对将把被为从向等也都就还又而并或以于之其所要能会可有无不没很更最已着过"
    "这那此每各某该他们我你您它个吗呢吧啊乎者"
)
FUNCTION_BAR = 1.5
# ... the same where the lexicon, not the model, proposed the correction (typo_stats) ...
DECIDE_LEXICAL = 0.0
# ... and where a set phrase one character away proposed it (掉以清心 → 掉以轻心).
DECIDE_IDIOM = -3.0
# A written character inside a dictionary word of three or more characters at least this
# frequent (定纷止争, 勘察加) is a form of its own, whatever the model prefers.
SET_PHRASE_FREQ = 10
# The model's veto over the dictionary and rule families: a finding whose fix changes its
# sentence's log score by less than this is dropped. A misquote's standard wording must be
# at least as likely as the writer's; dropping a doubled character must gain clearly (a
# deletion always gains a little: one conditional fewer — true doubles gained 7.6 and more
# on the tuning sets, 申亮亮, 可以以, 经院院藏 less). Measured on the tuning sets and the
# first half of the corpus's held-out sentences, these bars cost no true finding.
VETO = {
    "typo.dict": -6.0,
    "typo.idiom": -6.0,
    "formulation.misquote": 0.0,
    "formulation.near_miss": -2.0,
    "formulation.pair": -4.0,
    "repeat.char": 6.5,
    "repeat.word": 6.5,
}
# A real-word classifier's fix needs the language model's clear agreement too (a gain of
# this much): on held-out and ECSpell text this kept 105 of 113 right fixes, 42 of 94 wrong.
AGREE = 4.0
# Where the classifier only leans to the other form (the written one under LOOSE, above its
# set's threshold), the model must agree strongly: on the tuning sets and 6,000 sentences
# of the corpus's first held-out half, 23 right fixes the strict bar missed (变的干净,
# 激动的说, 即然, 必竟 …) against 4 corpus sentences questioned (two of them 记帐, 做斗争).
# Not for a written 得: the model, which has read 激动地说 far more often, would turn the
# complement of 激动得说不出话来 into an adverbial.
LOOSE = 0.3
LOOSE_AGREE = 10.0
# ... and a particle rule's (de.py) the model's agreement by this much; before a complement
# of state (跑的满头大汗。) only its not disagreeing strongly (a character model hears
# 打扫的干干净净 about as often as 打扫得干干净净).
DE_AGREE = 2.0
DE_SURE = -4.0
DE_RULE = "typo.de"
# Sentences whose decisions are remembered (re-checking a paragraph re-scores one sentence).
CACHE_SIZE = 20_000


def best_word(
    text: str, i: int, ch: str, freq: dict[str, int], lengths: tuple[int, ...] = (2, 3, 4)
) -> int:
    """Frequency of the commonest dictionary word of the given lengths through position i
    when the character there is ``ch``."""
    best = 0
    n = len(text)
    for ln in lengths:
        for a in range(max(0, i - ln + 1), min(i, n - ln) + 1):
            best = max(best, freq.get(text[a:i] + ch + text[i + 1 : a + ln], 0))
    return best


def longest_word(text: str, i: int, ch: str, freq: dict[str, int]) -> int:
    """Length of the longest dictionary word (2-4 characters, frequency >= 10) through
    position i when the character there is ``ch``; 0 if none."""
    n = len(text)
    for ln in (4, 3, 2):
        for a in range(max(0, i - ln + 1), min(i, n - ln) + 1):
            if freq.get(text[a:i] + ch + text[i + 1 : a + ln], 0) >= SET_PHRASE_FREQ:
                return ln
    return 0


def features(text: str, c: Candidate, freq: dict[str, int], surnames: frozenset[str]) -> list:
    """The decision's inputs for one candidate: its score, its kind (1, 2, 3 against 0), the
    log frequency of the best word through the written character and through the correction,
    whether each exists, a surname at or just before it, the score where the written character
    makes a word, the commonest 3-/4-gram through it, its rarity, how much longer the
    longest word through the correction is than through the written character (渐入佳境
    against 佳景), and whether the pair is one only ECSpell's sentences relate (kind 4)."""
    i = c.pos
    lo = math.log1p(best_word(text, i, text[i], freq))
    ln = math.log1p(best_word(text, i, c.char, freq))
    sur = text[i] in surnames or any(0 <= i - k and text[i - k] in surnames for k in (1, 2))
    longer = longest_word(text, i, c.char, freq) - longest_word(text, i, text[i], freq)
    return [
        c.score,
        c.kind == 1,
        c.kind == 2,
        c.kind == 3,
        lo,
        ln,
        lo > 0,
        ln > 0,
        sur,
        c.score * (lo > 0),
        c.attested,
        c.rarity,
        longer,
        c.kind == 4,
    ]


@cache
def _weights() -> tuple[tuple[float, ...], float]:
    """Logistic weights over ``features`` (in that order), fitted by training/fit_decision.py
    on ECSpell's training sentences, the newsroom's tuning sentences and held-out corpus lines."""
    d = json.loads(resource_path("slips_decision.json").read_text(encoding="utf-8"))
    return tuple(d["weights"]), float(d["bias"])


def decision(x: Iterable) -> float:
    weights, bias = _weights()
    return bias + sum(w * float(v) for w, v in zip(weights, x, strict=True))


class SlipChecker:
    """The model's rule families — ``typo.context`` (slips in context) and
    ``typo.confusable`` (real-word slips) — and its veto over the others.

    Everything here reads one sentence at a time, so each sentence's verdicts are kept:
    re-checking an edited paragraph re-scores only the sentence that changed.
    """

    rule = "typo.context"

    def __init__(
        self,
        scorer: Scorer | None,
        freq: dict[str, int],
        surnames: str,
        confusables: Confusables | None = None,
        proposer: Callable[[str], Iterable[tuple[int, str]]] | None = None,
        tags: dict[str, str] | None = None,
        idioms: Callable[[str], Iterable[tuple[int, str]]] | None = None,
    ) -> None:
        self.tags = tags
        # (position, character) that make a four-character non-word a set phrase (idioms.py)
        self.idioms = idioms
        self.scorer = scorer
        # (position, correction) pairs the lexicon proposes in a sentence (typo_stats):
        # reported where the model agrees.
        self.proposer = proposer
        self.freq = freq
        self.surnames = frozenset(surnames)
        self.confusables = confusables if scorer is not None else None
        # sentence -> [(start, end, fix, confidence or decision, rule)]
        self._cache: dict[str, list[tuple[int, int, str, float, str]]] = {}
        self._gains: dict[tuple[str, tuple], list[float]] = {}
        self._lock = threading.Lock()

    def _decide(self, piece: str, cands: list[Candidate], bar: dict[int, float]):
        out = []
        for c in cands:
            if best_word(piece, c.pos, piece[c.pos], self.freq, (3, 4, 5, 6)) >= SET_PHRASE_FREQ:
                continue
            if self._name_start(piece, c.pos) or _in_place_name(piece, c.pos):
                continue
            d = decision(features(piece, c, self.freq, self.surnames))
            if d > bar.get(c.pos, DECIDE + FUNCTION_BAR * (piece[c.pos] in FUNCTION_CHARS)):
                out.append((c.pos, c.pos + 1, c.char, _confidence(d), self.rule))
        return out

    def _name_start(self, piece: str, i: int) -> bool:
        """A surname that makes no word where it stands, before two more characters of a
        name (仝晓燕): a person, whatever the model thinks of the characters."""
        if piece[i] not in self.surnames or i + 2 >= len(piece):
            return False
        given = piece[i + 1 : i + 3]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in given):
            return False
        # A given name is seldom a word of its own, nor the start of one running past it
        # (河常制以来, 戴领孩子们), and the surname makes none in place.
        if self.freq.get(given, 0) >= SET_PHRASE_FREQ:
            return False
        for a in (i + 1, i + 2):
            for ln in (2, 3):
                if a + ln > i + 3 and self.freq.get(piece[a : a + ln], 0) >= SET_PHRASE_FREQ:
                    return False
        return best_word(piece, i, piece[i], self.freq) == 0

    def _gain(self, piece: str, edits: list[tuple[int, int, str]]) -> list[float]:
        key = (piece, tuple(edits))
        with self._lock:
            got = self._gains.get(key)
        if got is None:
            got = self.scorer.edit_gain(piece, edits)
            with self._lock:
                if len(self._gains) > CACHE_SIZE:
                    self._gains.clear()
                self._gains[key] = got
        return got

    def _model_verdicts(self, pieces: list[str]) -> list[list[tuple[int, int, str, float, str]]]:
        with self._lock:
            todo = [p for p in dict.fromkeys(pieces) if p not in self._cache]
        done: dict[str, list] = {}
        if todo:
            cands = self.scorer.candidates(todo)
            judged = self.confusables.judge(todo, LOOSE) if self.confusables else [[] for _ in todo]
            for piece, cs, js in zip(todo, cands, judged, strict=True):
                found = self._decide(piece, cs, {})
                found += self._lexical(piece, {s for s, *_ in found})
                found += self._proposed(piece, {s for s, *_ in found}, self.idioms, DECIDE_IDIOM)
                found += self._particles(piece, {s for s, *_ in found})
                if js:
                    gains = self._gain(piece, [(s, e, b) for s, e, b, *_ in js])
                    found += [
                        (s, e, b, round(p, 3), Confusables.rule)
                        for (s, e, b, p, below), g in zip(js, gains, strict=True)
                        if g > (AGREE if below else LOOSE_AGREE) and (below or piece[s:e] != "得")
                    ]
                done[piece] = sorted(found)
        with self._lock:
            if len(self._cache) + len(done) > CACHE_SIZE:
                self._cache.clear()
            self._cache.update(done)
            return [done[p] if p in done else self._cache[p] for p in pieces]

    def _lexical(self, piece: str, seen: set[int]):
        return self._proposed(piece, seen, self.proposer, DECIDE_LEXICAL)

    def _proposed(self, piece: str, seen: set[int], proposer, bar: float):
        """Proposals of a lexical rule, decided by the model at the given bar."""
        if proposer is None:
            return []
        fixes = [(p, x, 0) for p, x in proposer(piece) if p not in seen]
        if not fixes:
            return []
        scored = self.scorer.score(piece, fixes)
        return self._decide(piece, scored, {c.pos: bar for c in scored})

    def _particles(self, piece: str, seen: set[int]):
        """的/地/得 the grammar rules propose (de.py) and the model clearly agrees to."""
        if not self.tags:
            return []
        fixes = [(p, x) for p, x in de.proposals(piece, self.tags) if p not in seen]
        if not fixes:
            return []
        gains = self._gain(piece, [(p, p + 1, x) for p, x in fixes])
        bars = [DE_SURE if de.sure(piece, p, self.tags) else DE_AGREE for p, _ in fixes]
        return [
            (p, p + 1, x, _confidence(g - bar), DE_RULE)
            for (p, x), g, bar in zip(fixes, gains, bars, strict=True)
            if g > bar
        ]

    def veto(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` without the findings the model finds far likelier as written."""
        if self.scorer is None:
            return found
        asked = [f for f in found if f.rule in VETO]
        if not asked:
            return found
        pieces = sentences(text)
        starts = [at for at, _ in pieces]
        by_piece: dict[int, list[Finding]] = {}
        for f in asked:
            k = _piece_of(starts, f.start)
            at, piece = pieces[k]
            if f.end <= at + len(piece):
                by_piece.setdefault(k, []).append(f)
        dropped: set[int] = set()
        for k, fs in by_piece.items():
            at, piece = pieces[k]
            edits = [(f.start - at, f.end - at, f.suggestion) for f in fs]
            for f, g in zip(fs, self._gain(piece, edits), strict=True):
                if g < VETO[f.rule]:
                    dropped.add(id(f))
        return [f for f in found if id(f) not in dropped]

    def iter_findings(self, text: str) -> Iterator[Finding]:
        """Findings in ``text``, sentence by sentence."""
        if self.scorer is None or not text:
            return
        pieces = sentences(text)
        verdicts = self._model_verdicts([p for _, p in pieces])
        for (at, piece), found in zip(pieces, verdicts, strict=True):
            for s, e, fix, conf, rule in found:
                if rule == DE_RULE:
                    yield Finding(
                        at + s,
                        at + e,
                        piece[s],
                        fix,
                        "typo",
                        rule,
                        f"“的、地、得”用法：此处宜用“{fix}”",
                        "warning",
                        conf,
                    )
                    continue
                if rule == Confusables.rule:
                    yield confusable_finding(piece, s, e, fix, conf).shifted(at)
                    continue
                wrong = piece[s]
                yield Finding(
                    at + s,
                    at + e,
                    wrong,
                    fix,
                    "typo",
                    rule,
                    f"疑似错别字：“{wrong}”可能应为“{fix}”",
                    "warning",
                    conf,
                )


#: What ends a local place's name: the characters just before are its own (芥园里社区,
#: 谊城里社区, 梅江街道), often rarer than the common word a model would make of them.
PLACE_ENDS = ("社区", "街道", "小区", "新村", "村委会", "居委会", "大街")


def _in_place_name(piece: str, i: int) -> bool:
    """The character at ``i`` stands in the three before a place's ending."""
    return any(piece.startswith(end, k) for k in range(i + 1, i + 4) for end in PLACE_ENDS)


def _confidence(d: float) -> float:
    return round(1.0 / (1.0 + math.exp(-d)), 3)


def _piece_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1
