"""Slips in context, the model side: a character the language model finds far less likely
than a sound- or shape-alike would be (部闷 → 部门, 这个案列 → 案例, 掉以清心 → 轻心).

A noisy channel over the whole text at once:

1. every character gets its language-model score; only characters whose four-gram
   neighbourhood scores poorly are suspects (about one in eight of correct copy);
2. each suspect's candidates (homophones first, then fuzzy syllables and look-alikes) are
   narrowed, by the pairs they would form with both neighbours, to the best few;
3. for those, the change in the text's log score when the character is replaced, plus the
   log prior of that kind of slip, is the evidence handed to the decision (``slips.py``).

Sentences are scored apart (each as if it stood alone), so re-checking an edited paragraph
re-scores only the sentence that changed, with exactly the result of a whole check.
``Scorer`` is the interface the decision uses: a neural scorer could replace ``NgramScorer``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from newsroom.proofing.charlm import BOUND, N_SPECIAL, ORDER, CharLM

# Log prior of each kind of slip (training.confusions): an input method's homophone is
# the likeliest, a look-alike the least; a pair seen swapped in ECSpell's training
# sentences and related no other way in between.
PRIOR = np.array([0.0, -1.0, -2.5, -3.0, -2.0])
# Suspects: the four conditionals touching a character sum below this.
SUSPECT = -19.0
# Candidates kept per suspect after the pair test.
TOP = 6
# Candidates need a positive gain plus prior before the decision looks at them.
THRESHOLD = 0.0
# Where a sentence ends: the scoring of one sentence never looks past it.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class Candidate:
    pos: int
    char: str
    score: float  # gain + prior - THRESHOLD: > 0 means the correction is preferred
    gain: float
    kind: int
    attested: float  # largest log count of a 3- or 4-gram through the written character
    rarity: float  # -log relative frequency of the written character in the corpus


def _expand(lm: CharLM, ids: np.ndarray, sus: np.ndarray) -> tuple[np.ndarray, ...]:
    """Every (position, candidate id, kind) for the suspect positions."""
    st = lm.cand_ptr[ids[sus]]
    cnt = lm.cand_ptr[ids[sus] + 1] - st
    pos = np.repeat(sus, cnt)
    first = np.repeat(np.cumsum(cnt) - cnt, cnt)
    idx = np.repeat(st, cnt) + np.arange(int(cnt.sum())) - first
    return pos, lm.cand[idx].astype(np.int64), lm.cand_kind[idx].astype(np.int64)


def _top_per_position(pos: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k best scores of each position."""
    order = np.lexsort((-score, pos))
    p = pos[order]
    start = np.searchsorted(p, p, side="left")
    rank = np.arange(len(p)) - start
    return order[rank < k]


def _attested(lm: CharLM, ids: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Largest log count (0 when unseen) of the 3- and 4-grams of the text through pos."""
    if not len(pos):
        return np.zeros(0)
    pad = np.concatenate(
        [np.full(ORDER, 0, dtype=ids.dtype), ids, np.full(ORDER, 0, dtype=ids.dtype)]
    )
    best = np.full(len(pos), -np.inf)
    for n in (3, 4):
        for a in range(n):
            start = pos + ORDER - a
            grams = pad[start[:, None] + np.arange(n)[None, :]]
            best = np.maximum(best, lm.count(grams))
    return np.where(np.isfinite(best), best + 1.0, 0.0)


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of the text; together they cover it exactly."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group()]


def _join(lm: CharLM, pieces: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Ids of the pieces, each followed by ORDER-1 boundaries (so none sees another),
    and where each piece starts."""
    sep = np.full(ORDER - 1, BOUND, dtype=np.int64)
    parts, starts, at = [], [], 0
    for p in pieces:
        parts += [lm.encode(p), sep]
        starts.append(at)
        at += len(p) + ORDER - 1
    ids = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    return ids, np.array(starts, dtype=np.int64)


def _make(lm: CharLM, ids, pos, new, kind, score, gain) -> list[tuple[int, Candidate]]:
    att = _attested(lm, ids, pos)
    rare = -lm.uni_logp[ids[pos]]
    return [
        (
            int(pos[j]),
            Candidate(
                int(pos[j]),
                lm.vocab[int(new[j]) - N_SPECIAL],
                float(score[j]),
                float(gain[j]),
                int(kind[j]),
                float(att[j]),
                float(rare[j]),
            ),
        )
        for j in range(len(pos))
    ]


def _split_back(found: list[tuple[int, Candidate]], starts: np.ndarray, n: int):
    """Candidates at joined positions → one list per piece, positions within the piece."""
    out: list[list[Candidate]] = [[] for _ in range(n)]
    for at, c in found:
        k = int(np.searchsorted(starts, at, side="right")) - 1
        out[k].append(replace(c, pos=at - int(starts[k])))
    return out


def _best(lm: CharLM, ids: np.ndarray) -> list[tuple[int, Candidate]]:
    """The best correction of every suspect character whose score clears the threshold."""
    n = len(ids)
    if n < 2:
        return []
    ps = lm.position_scores(ids)
    pad = np.concatenate([ps, np.zeros(ORDER)])
    local = sum(pad[t : t + n] for t in range(ORDER))
    sus = np.nonzero((local < SUSPECT) & (ids >= N_SPECIAL))[0]
    if not len(sus):
        return []
    pos, new, kind = _expand(lm, ids, sus)
    if not len(pos):
        return []
    # Pair test: the candidate must make pairs that occur with both neighbours.
    left = np.concatenate([[BOUND], ids])[pos]
    right = np.concatenate([ids, [BOUND]])[pos + 1]
    pl = lm.pairs[left, new].astype(np.int64)
    pr = lm.pairs[new, right].astype(np.int64)
    ok = ((pl > 0) | (left < N_SPECIAL)) & ((pr > 0) | (right < N_SPECIAL))
    pos, new, kind, pl, pr = pos[ok], new[ok], kind[ok], pl[ok], pr[ok]
    if not len(pos):
        return []
    # Pair evidence for the candidate over its own frequency (a PMI in 1/16 nats), so
    # that common characters do not crowd out the one that makes the phrase (送炭).
    uni = np.round(lm.uni_logc[new] * 16).astype(np.int64)
    keep = _top_per_position(pos, pl + pr - uni + 16 * PRIOR[kind], TOP)
    pos, new, kind = pos[keep], new[keep], kind[keep]
    gain = lm.substitution_gain(ids, pos, new, old=local[pos])
    score = gain + PRIOR[kind] - THRESHOLD
    best = _top_per_position(pos, score, 1)
    best = best[score[best] > 0]
    return _make(lm, ids, pos[best], new[best], kind[best], score[best], gain[best])


class Scorer(Protocol):
    """What the decision needs of a model: its own candidates, and a score for others'."""

    def candidates(self, pieces: list[str]) -> list[list[Candidate]]: ...

    def score(self, piece: str, fixes: list[tuple[int, str, int]]) -> list[Candidate]: ...

    def edit_gain(self, piece: str, edits: list[tuple[int, int, str]]) -> list[float]: ...


class NgramScorer:
    """The character 4-gram model as a ``Scorer``."""

    def __init__(self, lm: CharLM) -> None:
        self.lm = lm

    def candidates(self, pieces: list[str]) -> list[list[Candidate]]:
        """For each piece (a sentence), its candidates at positions within it."""
        if not pieces:
            return []
        ids, starts = _join(self.lm, pieces)
        return _split_back(_best(self.lm, ids), starts, len(pieces))

    def score(self, piece: str, fixes: list[tuple[int, str, int]]) -> list[Candidate]:
        """Candidates for given (position, correction, kind) triples within one piece."""
        lm = self.lm
        fixes = [(p, c, k) for p, c, k in fixes if c in lm.char_id]
        if not fixes:
            return []
        ids, _ = _join(lm, [piece])
        pos = np.array([p for p, _, _ in fixes])
        new = np.array([lm.char_id[c] for _, c, _ in fixes])
        kind = np.array([k for _, _, k in fixes])
        gain = lm.substitution_gain(ids, pos, new)
        score = gain + PRIOR[kind] - THRESHOLD
        return [c for _, c in _make(lm, ids, pos, new, kind, score, gain)]

    def edit_gain(self, piece: str, edits: list[tuple[int, int, str]]) -> list[float]:
        """For each (start, end, replacement): the piece's log score with the edit minus as is."""
        if not edits:
            return []
        texts = [piece] + [piece[:s] + r + piece[e:] for s, e, r in edits]
        ids, starts = _join(self.lm, texts)
        ps = self.lm.position_scores(ids)
        bounds = [*starts.tolist(), len(ids)]
        totals = [float(ps[a:b].sum()) for a, b in itertools.pairwise(bounds)]
        return [t - totals[0] for t in totals[1:]]


def candidates(lm: CharLM, text: str) -> list[Candidate]:
    """Every candidate of a text, at positions in it (for evaluation and training)."""
    pieces = sentences(text)
    per = NgramScorer(lm).candidates([p for _, p in pieces])
    return [replace(c, pos=at + c.pos) for (at, _), cs in zip(pieces, per, strict=True) for c in cs]
