"""A character 4-gram language model of clean Chinese news and official text.

Trained by ``newsroom.proofing.training.train_lm`` on ``shared/data/corpus`` and shipped as
``resources/proofing/charlm.npz`` (see ``resources/proofing/MODEL_CARD.md``).  Counts are
kept, not probabilities: a conditional is scored with stupid backoff (Brants et al., 2007),
which is all a proofreader needs to compare one reading of a sentence with another.

Everything is vectorised with NumPy: a text becomes an array of character ids, n-grams
become 32-bit keys, and counts are found with ``searchsorted`` over sorted key tables.
"""

from __future__ import annotations

import threading
from functools import cache

import numpy as np

ORDER = 4
BOUND, UNK, DIGIT, LATIN = 0, 1, 2, 3
N_SPECIAL = 4
# Ids fit in 13 bits (the corpus has fewer than 8,192 characters worth keeping).
ID_BITS = 13
_MULT = np.uint64(0x9E3779B97F4A7C15)
BACKOFF = float(np.log(0.4))
# Counts are stored as round(log(count) * QSCALE) in one byte.
QSCALE = 16.0
# Probe rounds of a hash lookup before the rest fall back to binary search.
PROBES = 8
# Score of a character the model has never seen.
FLOOR = -18.0


def exact_keys(ids: np.ndarray) -> np.ndarray:
    """Exact 64-bit keys of n-grams given as rows of ``ids`` (shape [..., n], n <= 4)."""
    k = np.zeros(ids.shape[:-1], dtype=np.uint64)
    for j in range(ids.shape[-1]):
        k = (k << np.uint64(ID_BITS)) | ids[..., j].astype(np.uint64)
    return k


def hashed(keys: np.ndarray) -> np.ndarray:
    """The 32-bit table key of exact n-gram keys (multiplicative hashing)."""
    return ((keys * _MULT) >> np.uint64(32)).astype(np.uint32)


class Table:
    """An open-addressing hash table of 32-bit n-gram keys and their log counts.

    Built from the sorted keys of the model file; a lookup is one or two random reads,
    several times faster than a binary search over millions of keys.
    """

    def __init__(self, keys: np.ndarray, logc: np.ndarray, exact: bool = False) -> None:
        self.exact = keys if exact else None
        self.logc = logc if exact else None
        if exact:  # pairs are looked up in CharLM's dense matrix instead
            return
        bits = max(4, int(np.ceil(np.log2(max(1, len(keys)) * 1.6))))
        self.shift = np.uint32(32 - bits)
        # Keys come sorted, so they are sorted by home slot (their top bits) too, and
        # linear probing places key i at max(home_i, place of key i-1 + 1): a running max.
        home = (keys >> self.shift).astype(np.int64)
        at = np.arange(len(keys))
        place = np.maximum.accumulate(home - at) + at if len(keys) else home
        slots = (1 << bits) + (int(place.max() - (1 << bits)) + 1 if len(keys) else 0) + 1
        slots = max(slots, (1 << bits) + 1)
        self.slot_keys = np.zeros(slots, dtype=np.uint32)  # 0 marks an empty slot
        self.slot_vals = np.full(slots, -np.inf, dtype=np.float32)
        self.slot_keys[place] = np.maximum(keys, np.uint32(1))
        self.slot_vals[place] = logc
        # Long probe runs are rare; past a few rounds the rest are found by binary search.
        self.sorted_keys = np.maximum(keys, np.uint32(1))
        self.sorted_vals = logc.astype(np.float32)

    def lookup(self, q: np.ndarray) -> np.ndarray:
        """log counts of the n-grams with hashed keys ``q``; -inf where absent."""
        shape = q.shape
        q = np.maximum(q.ravel(), np.uint32(1))
        out = np.full(len(q), -np.inf, dtype=np.float32)
        pos = (q >> self.shift).astype(np.int64)
        rem = np.arange(len(q))
        for _ in range(PROBES):
            if not len(rem):
                break
            p = pos[rem]
            k = self.slot_keys[p]
            hit = k == q[rem]
            out[rem[hit]] = self.slot_vals[p[hit]]
            rem = rem[~hit & (k != 0)]
            pos[rem] += 1  # the last slot is always empty, so this never runs past it
        if len(rem):
            j = np.minimum(np.searchsorted(self.sorted_keys, q[rem]), len(self.sorted_keys) - 1)
            found = self.sorted_keys[j] == q[rem]
            out[rem[found]] = self.sorted_vals[j[found]]
        return out.reshape(shape)


class CharLM:
    """Counts of character 1..4-grams; scores conditionals by stupid backoff."""

    def __init__(
        self,
        vocab: str,
        uni: np.ndarray,
        tables: dict[int, Table],
        candidates: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
    ) -> None:
        self.vocab = vocab
        # Compressed rows: the characters id c may stand for, and how they relate
        # (newsroom.proofing.training.confusions).
        self.cand_ptr, self.cand, self.cand_kind = candidates or (
            np.zeros(len(vocab) + N_SPECIAL + 1, dtype=np.int32),
            np.zeros(0, dtype=np.uint16),
            np.zeros(0, dtype=np.uint8),
        )
        cmap = np.full(0x10000, UNK, dtype=np.uint16)
        for i, c in enumerate(vocab):
            if ord(c) < 0x10000:
                cmap[ord(c)] = i + N_SPECIAL
        for c in "0123456789０１２３４５６７８９":
            cmap[ord(c)] = DIGIT
        for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
            cmap[ord(c)] = LATIN
            cmap[ord(c) + 0xFEE0] = LATIN  # full-width letters
        cmap[ord("\n")] = BOUND
        self.cmap = cmap
        self.char_id = {c: i + N_SPECIAL for i, c in enumerate(vocab)}
        total = float(uni.sum())
        with np.errstate(divide="ignore"):
            self.uni_logp = np.where(uni > 0, np.log(uni) - np.log(total), FLOOR).astype(np.float32)
        self.uni_logc = np.where(uni > 0, np.log(np.maximum(uni, 1)), -np.inf).astype(np.float32)
        self.tables = tables
        # Pairs are looked up in a dense matrix (one byte a pair: 1 + the quantised log
        # count, 0 when unseen) — the proofreader's first, cheapest test.
        v = len(vocab) + N_SPECIAL
        pairs = np.zeros((v, v), dtype=np.uint8)
        if 2 in tables:
            k = tables[2].exact.astype(np.int64)
            pairs[k >> ID_BITS, k & ((1 << ID_BITS) - 1)] = np.minimum(
                np.round(tables[2].logc * QSCALE) + 1, 255
            ).astype(np.uint8)
        self.pairs = pairs

    def encode(self, text: str) -> np.ndarray:
        cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        out = self.cmap[np.minimum(cp, 0xFFFF)].astype(np.int64)
        out[cp > 0xFFFF] = UNK
        return out

    def count(self, ngrams: np.ndarray) -> np.ndarray:
        """log counts of n-grams (rows of ids, n >= 1); -inf where unseen."""
        n = ngrams.shape[-1]
        if n == 1:
            return self.uni_logc[ngrams[..., 0]]
        if n == 2:
            return self.pair_logc(ngrams[..., 0], ngrams[..., 1])
        return self.tables[n].lookup(hashed(exact_keys(ngrams)))

    def pair_logc(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """log count of the pairs (a, b); -inf where unseen."""
        q = self.pairs[a, b].astype(np.float32)
        return np.where(q > 0, (q - 1) / np.float32(QSCALE), np.float32(-np.inf))

    def cond(self, windows: np.ndarray) -> np.ndarray:
        """Stupid-backoff log score of the last id of each row given the ones before it.

        ``windows`` has shape [..., ORDER]; BOUND ids at the start are real sentence starts.
        """
        score = self.uni_logp[windows[..., -1]].astype(np.float64)
        done = np.zeros(score.shape, dtype=bool)
        penalty = np.zeros(score.shape)
        for n in range(ORDER, 1, -1):
            gram = windows[..., ORDER - n :]
            c_full = self.count(gram)
            c_ctx = self.count(gram[..., :-1])
            ok = ~done & np.isfinite(c_full) & np.isfinite(c_ctx)
            with np.errstate(invalid="ignore"):
                score = np.where(ok, c_full - c_ctx + penalty, score)
            done |= ok
            penalty = penalty + BACKOFF
        # Unigram fall-back carries the full backoff penalty.
        return np.where(done, score, score + penalty)

    def windows(self, ids: np.ndarray) -> np.ndarray:
        """Rows ids[j-3..j] for every j, padded with BOUND on the left."""
        pad = np.concatenate([np.full(ORDER - 1, BOUND, dtype=ids.dtype), ids])
        idx = np.arange(len(ids))[:, None] + np.arange(ORDER)[None, :]
        return pad[idx]

    def position_scores(self, ids: np.ndarray) -> np.ndarray:
        """Score of each character given the ones before it."""
        return self.cond(self.windows(ids))

    def substitution_gain(
        self, ids: np.ndarray, pos: np.ndarray, new: np.ndarray, old: np.ndarray | None = None
    ) -> np.ndarray:
        """Change in the text's log score when ids[pos[k]] becomes new[k], for every k.

        Only the ORDER conditionals that see the character change; ``old``, when given, is
        their sum for the text as it is (from ``position_scores``).
        """
        if not len(pos):
            return np.zeros(0)
        n = len(ids)
        pad = np.concatenate(
            [
                np.full(ORDER - 1, BOUND, dtype=ids.dtype),
                ids,
                np.full(ORDER, BOUND, dtype=ids.dtype),
            ]
        )
        # For offset t (0..ORDER-1) the window ending at pos+t, i.e. pad[pos+t .. pos+t+3].
        t = np.arange(ORDER)
        start = pos[:, None, None] + t[None, :, None] + np.arange(ORDER)[None, None, :]
        old_w = pad[start]  # [K, ORDER, ORDER]
        # The changed character sits at column ORDER-1-t of window t.
        new_w = old_w.copy()
        col = ORDER - 1 - t
        new_w[:, t, col] = new[:, None]
        valid = (pos[:, None] + t[None, :]) < n  # windows past the text's end don't exist
        now = (self.cond(new_w) * valid).sum(axis=1)
        if old is None:
            old = (self.cond(old_w) * valid).sum(axis=1)
        return now - old


_lock = threading.Lock()


def load(path) -> CharLM:
    with np.load(path, allow_pickle=False) as z:
        vocab = str(z["vocab"])
        uni = z["uni"].astype(np.float64)
        tables = {}
        for n in range(2, ORDER + 1):
            keys = np.cumsum(z[f"k{n}"].astype(np.uint64)).astype(np.uint32)
            logc = z[f"q{n}"].astype(np.float32) / np.float32(QSCALE)
            tables[n] = Table(keys, logc, exact=n == 2)
        candidates = (z["cand_ptr"], z["cand"].astype(np.int64), z["cand_kind"])
    return CharLM(vocab, uni, tables, candidates)


@cache
def _model() -> CharLM | None:
    from newsroom.proofing.lexicon import resource_path

    path = resource_path("charlm.npz")
    if not path.exists():
        return None
    return load(path)


def get_model() -> CharLM | None:
    """The shipped model, loaded once; None when the resource is missing."""
    with _lock:
        return _model()
