"""Fit the slip decision (resources/proofing/slips_decision.json) on data the project may use.

    python -m newsroom.proofing.training.fit_decision CORPUS.txt[.xz] [--ecspell DIR]

Examples: every candidate the model proposes (``context.candidates``) in ECSpell's three
training splits, the newsroom's tuning sentences (tests/data/proofing: tune, tune2, heldout2,
heldout3, native_tune — never the held-back or blind sets) and the first half of the corpus's
held-out lines (clean: every candidate there is a false alarm, weighted ×3 because correct
copy is most of what a newsroom checks). A candidate is positive where it is exactly the
gold correction. Logistic regression (scikit-learn, the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from newsroom.proofing import slips
from newsroom.proofing.charlm import get_model
from newsroom.proofing.context import candidates
from newsroom.proofing.lexicon import load_lexicon, read_lines, resource_path
from newsroom.proofing.training.corpus import ecspell_splits, is_heldout, jsonl_pairs
from newsroom.proofing.training.corpus import read_lines as corpus_lines

ROOT = Path(__file__).resolve().parents[3]
ECSPELL = ROOT.parent / "shared" / "data" / "ecspell"
TUNING = ("tune", "tune2", "heldout2", "heldout3", "native_tune")
CLEAN_WEIGHT = 3.0


def heldout_sentences(corpus: Path, half: int, limit: int) -> list[str]:
    """Sentences of the held-out corpus lines: half 0 fits, half 1 evaluates."""
    import re

    lines = [ln for i, ln in enumerate(corpus_lines(corpus)) if is_heldout(i)]
    lines = lines[half::2]
    random.Random(7).shuffle(lines)
    out: list[str] = []
    for ln in lines:
        out += [s for s in re.findall(r"[^。！？]+[。！？]", ln) if len(s) >= 8]
        if len(out) >= limit:
            break
    return out[:limit]


def examples(pairs: list[tuple[str, str]], weight: float = 1.0):
    lm, lex = get_model(), load_lexicon()
    surnames = frozenset("".join(read_lines("surnames.txt")))
    for wrong, right in pairs:
        gold = {i: b for i, (a, b) in enumerate(zip(wrong, right, strict=True)) if a != b}
        for c in candidates(lm, wrong):
            yield (
                slips.features(wrong, c, lex.freq, surnames),
                int(gold.get(c.pos) == c.char),
                weight,
            )


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--ecspell", type=Path, default=ECSPELL)
    ap.add_argument("-o", "--output", type=Path, default=resource_path("slips_decision.json"))
    a = ap.parse_args(argv)
    pairs = ecspell_splits(a.ecspell)
    data = ROOT / "tests" / "data" / "proofing"
    pairs += [p for name in TUNING for p in jsonl_pairs(data / f"{name}.jsonl")]
    clean = [(s, s) for s in heldout_sentences(a.corpus, 0, 6000)]
    rows = list(examples(pairs)) + list(examples(clean, CLEAN_WEIGHT))
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows])
    w = np.array([r[2] for r in rows])
    clf = LogisticRegression(C=1.0, max_iter=5000).fit(x, y, sample_weight=w)
    weights = [round(float(v), 4) for v in clf.coef_[0]]
    bias = round(float(clf.intercept_[0]), 4)
    a.output.write_text(json.dumps({"weights": weights, "bias": bias}) + "\n", encoding="utf-8")
    print(f"{len(rows):,} candidates ({int(y.sum()):,} right); wrote {a.output}")
    print("weights", weights, "bias", bias)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
