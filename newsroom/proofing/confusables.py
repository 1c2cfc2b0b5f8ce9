"""Real-word slips: 在/再, 的/地/得, 权力/权利 — forms that are each correct somewhere.

A classifier per confusion set (``resources/proofing/confusion_sets.txt``) says which form
the context wants: multinomial logistic regression over hashed character n-grams on both
sides of the form (one, two and three characters, and the pairs that straddle it), trained
on the corpus by ``training/train_confusables.py`` into ``resources/proofing/confusables.npz``.
A form is questioned only where the classifier gives it less than its set's threshold — set,
per set, so that about one correct occurrence in two thousand of held-out text is flagged.

Vectorised over the whole text: every occurrence of every set is found by one regular
expression, its features hashed with NumPy, its scores summed from an int8 weight table.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from newsroom.proofing.charlm import BOUND, CharLM
from newsroom.proofing.model import Finding, make

# Context templates: offsets before the form (negative) and after it (positive, 1 = the
# character right after). The form itself is never a feature.
TEMPLATES = (
    (-1,),
    (1,),
    (-2, -1),
    (1, 2),
    (-1, 1),
    (-3, -2, -1),
    (1, 2, 3),
    (-2, -1, 1),
    (-1, 1, 2),
    (-2,),
    (2,),
    (-3,),
    (3,),
    (-4, -3),
    (3, 4),
)
PAD = 4
BITS = 17
_P = np.uint64(1000003)
_MULT = np.uint64(0x9E3779B97F4A7C15)


def parse_sets(lines: list[str]) -> list[tuple[str, ...]]:
    return [tuple(ln.split()) for ln in lines if ln.strip() and not ln.startswith("#")]


def buckets(ids: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hashed feature buckets, shape (occurrences, templates), of forms at [start, end)."""
    padded = np.concatenate([np.full(PAD, BOUND), ids, np.full(PAD, BOUND)]).astype(np.uint64)
    out = np.empty((len(starts), len(TEMPLATES)), dtype=np.int64)
    for t, offsets in enumerate(TEMPLATES):
        h = np.full(len(starts), t + 1, dtype=np.uint64)
        for o in offsets:
            idx = starts + o if o < 0 else ends + o - 1
            h = (h * _P) ^ padded[idx + PAD]
        out[:, t] = ((h * _MULT) >> np.uint64(64 - BITS)).astype(np.int64)
    return out


@dataclass(frozen=True)
class SetModel:
    forms: tuple[str, ...]
    weights: np.ndarray  # int8 (2**BITS, len(forms))
    scale: float
    bias: np.ndarray  # float32 (len(forms),)
    threshold: float  # flag the written form below this probability

    def probabilities(self, b: np.ndarray) -> np.ndarray:
        """Probability of each form, shape (occurrences, forms)."""
        z = self.weights[b].astype(np.float32).sum(axis=1) * self.scale + self.bias
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


class Confusables:
    """Every confusion set's classifier, and the finder of their forms in a text."""

    rule = "typo.confusable"

    def __init__(self, lm: CharLM, sets: list[SetModel]) -> None:
        self.lm = lm
        self.sets = sets
        where = {}
        for k, s in enumerate(sets):
            for j, form in enumerate(s.forms):
                where.setdefault(form, (k, j))
        self.where = where
        forms = sorted(where, key=lambda f: (-len(f), f))
        self.pattern = re.compile("|".join(map(re.escape, forms))) if forms else None

    def occurrences(self, text: str) -> list[tuple[int, int, int, int]]:
        """(start, end, set, form) of every form in the text, longest first, no overlaps.

        A character beside its double (的的确确, 再再) is reduplication or a doubled slip,
        which the repeat rule judges: it is no occurrence here."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if e - s == 1 and (text[s - 1 : s] == text[s] or text[e : e + 1] == text[s]):
                continue
            out.append((s, e, *self.where[m.group()]))
        return out

    def judge(
        self, pieces: list[str], loose: float = 0.0
    ) -> list[list[tuple[int, int, str, float, bool]]]:
        """For each piece (a sentence, read on its own): (start, end, better form, its
        probability, whether the written form is below its set's threshold) where the
        written form is unlikely — below the threshold, or below ``loose`` (for a verdict
        that needs more of the language model's agreement)."""
        out: list[list[tuple[int, int, str, float]]] = [[] for _ in pieces]
        rows, at = [], 0
        for k, piece in enumerate(pieces):
            rows += [(at + s, at + e, st, f, k, at) for s, e, st, f in self.occurrences(piece)]
            at += len(piece) + PAD
        if not rows:
            return out
        gap = "\n" * PAD  # boundaries: no feature reaches into the next piece
        ids = self.lm.encode(gap.join(pieces) + gap)
        arr = np.array(rows, dtype=np.int64)
        b = buckets(ids, arr[:, 0], arr[:, 1])
        for k in np.unique(arr[:, 2]):
            sel = np.nonzero(arr[:, 2] == k)[0]
            model = self.sets[int(k)]
            p = model.probabilities(b[sel])
            written = arr[sel, 3]
            pw = p[np.arange(len(sel)), written]
            best = p.argmax(axis=1)
            below = pw < model.threshold
            for r in np.nonzero(((pw < loose) | below) & (best != written))[0]:
                s, e, _, _, piece, base = (int(v) for v in arr[sel[r]])
                better, prob = model.forms[int(best[r])], float(p[r, best[r]])
                out[piece].append((s - base, e - base, better, prob, bool(below[r])))
        for found in out:
            found.sort()
        return out

    def iter_findings(self, text: str) -> Iterator[Finding]:
        """The classifier's own verdicts on a text read as one piece (for evaluation)."""
        for s, e, better, prob, _ in self.judge([text])[0]:
            yield finding(text, s, e, better, prob)


def finding(text: str, s: int, e: int, better: str, prob: float) -> Finding:
    f = make(
        text,
        s,
        e,
        better,
        "typo",
        Confusables.rule,
        f"疑似用字不当：此处多用“{better}”而非“{text[s:e]}”",
        "warning",
    )
    return replace(f, confidence=round(prob, 3))


def load(path, lm: CharLM) -> Confusables:
    sets = []
    with np.load(path, allow_pickle=False) as z:
        for k, line in enumerate(str(z["sets"]).split("\n")):
            sets.append(
                SetModel(
                    tuple(line.split()),
                    z[f"w{k}"],
                    float(z[f"scale{k}"]),
                    z[f"b{k}"].astype(np.float32),
                    float(z[f"thr{k}"]),
                )
            )
    return Confusables(lm, sets)


_lock = threading.Lock()


@cache
def _model() -> Confusables | None:
    from newsroom.proofing.charlm import get_model
    from newsroom.proofing.lexicon import resource_path

    lm = get_model()
    path = resource_path("confusables.npz")
    if lm is None or not path.exists():
        return None
    return load(path, lm)


def get_confusables() -> Confusables | None:
    with _lock:
        return _model()
