"""Train the character 4-gram model (resources/proofing/charlm.npz) on the clean corpus.

    python -m newsroom.proofing.training.train_lm CORPUS.txt[.xz] [-o resources/proofing/charlm.npz]

Lines whose number is in the held-out split (``corpus.is_heldout``) are left out, so the
evaluation can count false alarms on text the model never saw.  Takes about a minute and
3 GB of memory on 49 M characters; NumPy only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from newsroom.proofing.charlm import (
    BOUND,
    DIGIT,
    ID_BITS,
    LATIN,
    N_SPECIAL,
    ORDER,
    QSCALE,
    UNK,
    exact_keys,
    hashed,
)
from newsroom.proofing.training import confusions
from newsroom.proofing.training.corpus import read_split

SHAPES = Path(__file__).resolve().parents[3].parent / "shared/data/ecspell/shapeConfusion.json"

# Smallest count kept per order: all seen pairs, triples and quadruples seen 2 and 3 times.
MIN_COUNT = {2: 1, 3: 2, 4: 3}
MIN_CHAR = 3


def build_vocab(cp: np.ndarray) -> str:
    u, c = np.unique(cp, return_counts=True)
    keep = []
    for ch, n in zip(u.tolist(), c.tolist(), strict=True):
        s = chr(ch)
        if n < MIN_CHAR or ch > 0xFFFF or s == "\n" or s.isdigit() or (s.isascii() and s.isalpha()):
            continue
        keep.append(s)
    assert len(keep) + N_SPECIAL < (1 << ID_BITS)
    return "".join(keep)


def encode(cp: np.ndarray, vocab: str) -> np.ndarray:
    cmap = np.full(0x110000, UNK, dtype=np.int32)
    cmap[[ord(c) for c in vocab]] = np.arange(len(vocab)) + N_SPECIAL
    for c in "0123456789０１２３４５６７８９":
        cmap[ord(c)] = DIGIT
    for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        cmap[ord(c)] = LATIN
        cmap[ord(c) + 0xFEE0] = LATIN
    cmap[ord("\n")] = BOUND
    return cmap[cp]


def count_order(ids: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    m = len(ids) - n + 1
    grams = np.stack([ids[j : j + m] for j in range(n)], axis=-1)
    # Pairs keep their exact 26-bit key: the model spreads them into a dense matrix.
    keys = exact_keys(grams).astype(np.uint32) if n == 2 else hashed(exact_keys(grams))
    del grams
    u, c = np.unique(keys, return_counts=True)
    keep = c >= MIN_COUNT[n]
    return u[keep], c[keep]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=Path("resources/proofing/charlm.npz"))
    ap.add_argument("--shapes", type=Path, default=SHAPES)
    a = ap.parse_args(argv)
    t0 = time.time()
    train, _held = read_split(a.corpus)
    text = "\n" + "\n".join(train) + "\n"
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    vocab = build_vocab(cp)
    ids = encode(cp, vocab)
    del cp, text
    print(f"{len(ids):,} characters, {len(vocab):,} in the vocabulary ({time.time() - t0:.0f} s)")
    uni = np.bincount(ids, minlength=len(vocab) + N_SPECIAL).astype(np.uint32)
    out: dict[str, np.ndarray] = {"vocab": np.array(vocab), "uni": uni}
    for n in range(2, ORDER + 1):
        keys, counts = count_order(ids, n)
        q = np.minimum(np.round(np.log(counts) * QSCALE), 255).astype(np.uint8)
        deltas = np.diff(keys.astype(np.uint64), prepend=np.uint64(0)).astype(np.uint32)
        out[f"k{n}"], out[f"q{n}"] = deltas, q
        print(f"{n}-grams kept: {len(keys):,} ({time.time() - t0:.0f} s)")
    observed = confusions.observed_pairs(a.shapes.parent)
    ptr, cand, kind = confusions.build(vocab, uni, a.shapes, observed)
    out.update(cand_ptr=ptr, cand=cand, cand_kind=kind)
    print(f"{len(cand):,} candidate corrections")
    a.output.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.output, **out)
    print(f"wrote {a.output} ({a.output.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
