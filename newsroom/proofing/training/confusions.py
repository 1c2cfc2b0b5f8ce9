"""Which characters a writer types for which: the candidate corrections of each character.

Built at training time into the model file, in compressed-row form over the model's ids:
for character id c, ``cand[ptr[c]:ptr[c+1]]`` are the characters it may stand for and
``kind`` tells how they are related — how an input method or a hand would confuse them:

    0  same syllable and tone (an input method's homophones)
    1  same syllable, other tone
    2  a fuzzy syllable input methods let through (z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing)
    3  similar shape (ECSpell's shape confusion set)
    4  none of these, but seen swapped in ECSpell's training sentences (兑 for 党, 凶 for 区)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from pypinyin import Style, pinyin

from newsroom.proofing.charlm import N_SPECIAL
from newsroom.proofing.training.corpus import ecspell_splits

SAME_TONE, SAME_SYLLABLE, FUZZY, SHAPE, OBSERVED = 0, 1, 2, 3, 4
_FUZZY_INITIALS = {
    "zh": "z",
    "ch": "c",
    "sh": "s",
    "n": "l",
    "l": "n",
    "z": "zh",
    "c": "ch",
    "s": "sh",
}
_FUZZY_FINALS = {
    "an": "ang",
    "ang": "an",
    "en": "eng",
    "eng": "en",
    "in": "ing",
    "ing": "in",
    "ian": "iang",
    "iang": "ian",
    "uan": "uang",
    "uang": "uan",
}
# A correction is proposed only when it is a character common enough in the corpus.
MIN_CANDIDATE_COUNT = 50
_INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
)


def _split(syl: str) -> tuple[str, str]:
    for ini in _INITIALS:
        if syl.startswith(ini):
            return ini, syl[len(ini) :]
    return "", syl


def _fuzzy(syl: str) -> set[str]:
    ini, fin = _split(syl)
    out = set()
    if ini in _FUZZY_INITIALS:
        out.add(_FUZZY_INITIALS[ini] + fin)
    if fin in _FUZZY_FINALS:
        out.add(ini + _FUZZY_FINALS[fin])
    return out


def observed_pairs(ecspell: Path) -> set[tuple[str, str]]:
    """(written, right) character pairs of ECSpell's training sentences."""
    return {
        (a, b)
        for wrong, right in ecspell_splits(ecspell)
        for a, b in zip(wrong, right, strict=True)
        if a != b
    }


def _readings(
    chars: list[str],
) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """Each Chinese character's readings with tone (5 for the neutral tone), and the
    characters of each reading with and without its tone."""
    tone: dict[str, set[str]] = {}
    by_tone: dict[str, set[str]] = {}
    by_syl: dict[str, set[str]] = {}
    for c in chars:
        if not ("\u4e00" <= c <= "\u9fff"):
            continue
        readings = set(pinyin(c, style=Style.TONE3, heteronym=True)[0])
        readings = {r if r[-1:].isdigit() else r + "5" for r in readings if r.isascii()}
        tone[c] = readings
        for r in readings:
            by_tone.setdefault(r, set()).add(c)
            by_syl.setdefault(r[:-1], set()).add(c)
    return tone, by_tone, by_syl


def _sound_relations(
    rel: dict[str, int], r: str, by_tone: dict[str, set[str]], by_syl: dict[str, set[str]]
) -> None:
    """Characters sounding like reading r, each kept with its closest relation so far:
    a fuzzy syllable (z/zh, n/l …), the same syllable, the same syllable and tone."""
    for f in _fuzzy(r[:-1]):
        for x in by_syl.get(f, ()):
            rel[x] = min(rel.get(x, 9), FUZZY)
    for x in by_syl.get(r[:-1], ()):
        rel[x] = min(rel.get(x, 9), SAME_SYLLABLE)
    for x in by_tone.get(r, ()):
        rel[x] = SAME_TONE


def build(
    vocab: str, uni: np.ndarray, shape_json: Path, observed: set[tuple[str, str]] = frozenset()
) -> tuple[np.ndarray, ...]:
    """Each character's confusable candidates (common characters only) with the closest
    relation between them, as CSR arrays: pointers, candidate ids, relation kinds."""
    chars = list(vocab)
    common = {c for i, c in enumerate(chars) if uni[i + N_SPECIAL] >= MIN_CANDIDATE_COUNT}
    tone, by_tone, by_syl = _readings(chars)
    shapes = json.loads(shape_json.read_text(encoding="utf-8"))
    seen_for: dict[str, set[str]] = {}
    for a, b in observed:
        seen_for.setdefault(a, set()).add(b)
    ptr, cand, kind = [0] * N_SPECIAL, [], []
    for c in chars:
        rel: dict[str, int] = {x: OBSERVED for x in seen_for.get(c, ())}
        for x in shapes.get(c, ()):
            rel[x] = SHAPE
        for r in tone.get(c, ()):
            _sound_relations(rel, r, by_tone, by_syl)
        ptr.append(len(cand))
        for x, k in sorted(rel.items()):
            if x != c and x in common:
                cand.append(x)
                kind.append(k)
    ptr.append(len(cand))
    index = {c: i + N_SPECIAL for i, c in enumerate(chars)}
    ids = np.array([index[x] for x in cand], dtype=np.uint16)
    return np.array(ptr, dtype=np.int32), ids, np.array(kind, dtype=np.uint8)
