"""Train the real-word confusion classifiers (resources/proofing/confusables.npz).

    python -m newsroom.proofing.training.train_confusables CORPUS.txt[.xz]

For every set of resources/proofing/confusion_sets.txt: the set's forms in the corpus's
training lines (at most CAP of each form, weighted back to their true shares), hashed context
features (``confusables.buckets``), multinomial logistic regression (scikit-learn, the
``train`` extra), weights quantised to int8. Each set's threshold is the probability below
which at most RATE of its forms in correct text the classifier never saw would be reported
(questioned by the classifier and agreed to by the language model) — the held-out corpus
lines and the corrected side of ECSpell's three training splits (official documents, law,
medicine: other registers than the corpus's) — and never above MAX_THRESHOLD. A few minutes
on two cores.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np

from newsroom.proofing.charlm import get_model
from newsroom.proofing.confusables import BITS, Confusables, SetModel, buckets, parse_sets
from newsroom.proofing.lexicon import read_lines, resource_path
from newsroom.proofing.slips import AGREE
from newsroom.proofing.training.corpus import ecspell_splits, read_split

ECSPELL = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ecspell"
CAP = 120_000
RATE = 0.0005
MAX_THRESHOLD = 0.5
SMALL_MAX = 0.05
MIN_THRESHOLD = 0.002


def occurrences(text: str, forms: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Starts and form indices of the set's forms in ``text``."""
    pat = re.compile("|".join(map(re.escape, forms)))
    starts, which = [], []
    index = {f: j for j, f in enumerate(forms)}
    for m in pat.finditer(text):
        starts.append(m.start())
        which.append(index[m.group()])
    return np.array(starts, dtype=np.int64), np.array(which, dtype=np.int64)


def design(b: np.ndarray):
    from scipy.sparse import csr_matrix

    n, t = b.shape
    rows = np.repeat(np.arange(n), t)
    return csr_matrix((np.ones(n * t, dtype=np.float32), (rows, b.ravel())), shape=(n, 1 << BITS))


def fit_set(ids, text, forms, rng) -> tuple[np.ndarray, float, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    starts, which = occurrences(text, forms)
    keep, weight = [], []
    for j in range(len(forms)):
        idx = np.nonzero(which == j)[0]
        if len(idx) > CAP:
            share = len(idx) / CAP
            idx = rng.choice(idx, CAP, replace=False)
        else:
            share = 1.0
        keep.append(idx)
        weight.append(np.full(len(idx), share))
    idx = np.concatenate(keep)
    w = np.concatenate(weight)
    y = which[idx]
    b = buckets(ids, starts[idx], starts[idx] + len(forms[0]))
    clf = LogisticRegression(C=0.5, max_iter=300)
    clf.fit(design(b), y, sample_weight=w / w.mean())
    coef, inter = clf.coef_, clf.intercept_
    if coef.shape[0] == 1:  # two forms: sklearn keeps one row
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        inter = np.array([0.0, inter[0]])
    full = np.zeros((len(forms), coef.shape[1]))
    full[clf.classes_] = coef
    bias = np.full(len(forms), -30.0)
    bias[clf.classes_] = inter
    scale = float(np.abs(full).max()) / 127 or 1.0
    q = np.round(full / scale).clip(-127, 127).astype(np.int8).T.copy()
    return q, scale, bias.astype(np.float32)


def threshold(model: SetModel, lm, held: str, held_ids: np.ndarray) -> tuple[float, int]:
    """The set's threshold: the largest probability of the written form under which, in
    correct text, at most RATE of the set's forms would be reported — questioned by the
    classifier *and* agreed to by the language model (gain > AGREE), as the proofreader
    decides. Sets seen fewer than 1/RATE times there report none of them, below SMALL_MAX."""
    conf = Confusables(lm, [model])
    occ = conf.occurrences(held)
    if not occ:
        return MIN_THRESHOLD, 0
    arr = np.array(occ, dtype=np.int64)
    p = model.probabilities(buckets(held_ids, arr[:, 0], arr[:, 1]))
    written = arr[:, 3]
    pw = p[np.arange(len(arr)), written]
    best = p.argmax(axis=1)
    asked = np.nonzero((best != written) & (pw < MAX_THRESHOLD))[0]
    if len(asked):
        forms = model.forms
        at = [
            next(k for k in range(len(forms[0])) if forms[j][k] != forms[w][k])
            for j, w in zip(best[asked], written[asked], strict=True)
        ]
        pos = arr[asked, 0] + np.array(at)
        new = np.array(
            [lm.char_id.get(forms[j][k], 1) for j, k in zip(best[asked], at, strict=True)]
        )
        ids = np.concatenate([held_ids, [0]])
        agree = lm.substitution_gain(ids, pos, new) > AGREE
        risky = np.sort(pw[asked][agree])
    else:
        risky = np.zeros(0)
    allowed = int(RATE * len(arr))
    cap = MAX_THRESHOLD if len(arr) >= 1 / RATE else SMALL_MAX
    t = float(risky[allowed]) if allowed < len(risky) else cap
    return max(MIN_THRESHOLD, min(t, cap)), len(arr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=resource_path("confusables.npz"))
    ap.add_argument("--ecspell", type=Path, default=ECSPELL)
    a = ap.parse_args(argv)
    t0 = time.time()
    lm = get_model()
    train, held_lines = read_split(a.corpus)
    text = "\n".join(train)
    # ... and the corrected side of ECSpell's splits: correct text of other registers
    held = "\n".join([*held_lines, *(right for _, right in ecspell_splits(a.ecspell))])
    ids = lm.encode(text)
    held_ids = lm.encode(held)
    sets = parse_sets(read_lines("confusion_sets.txt"))
    rng = np.random.default_rng(11)
    out: dict[str, np.ndarray] = {"sets": np.array("\n".join(" ".join(s) for s in sets))}
    for k, forms in enumerate(sets):
        q, scale, bias = fit_set(ids, text, forms, rng)
        model = SetModel(forms, q, scale, bias, 1.0)
        thr, n_held = threshold(model, lm, held, held_ids)
        out.update({f"w{k}": q, f"scale{k}": np.array(scale), f"b{k}": bias})
        out[f"thr{k}"] = np.array(thr)
        print(
            f"{'/'.join(forms)}: threshold {thr:.3f} ({n_held:,} held-out) {time.time() - t0:.0f} s"
        )
    np.savez_compressed(a.output, **out)
    print(f"wrote {a.output} ({a.output.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
