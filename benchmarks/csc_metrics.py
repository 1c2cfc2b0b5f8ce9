"""Sentence-level spelling-check scores, as public Chinese spelling-check sets report them.

A sentence pair is (as written, as it should be), of one length: character substitutions
only. The proofreader's predictions for a sentence are its wording findings (typo,
formulation, repeat, custom, mixed script) that replace characters one for one; other
findings (punctuation, numbers, full-width forms) are not part of these sets' task.

- detection: a sentence counts when the predicted positions are exactly the wrong ones;
- correction: ... and every predicted character is the right one;
- precision over the sentences with any prediction, recall over the sentences with errors;
- "error flagged": an error sentence with at least one wrong character flagged;
- "correct flagged": a correct sentence with any wording finding at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsroom.proofing.training.corpus import ecspell_pairs, jsonl_pairs  # noqa: F401 (re-exported)

WORDING = frozenset({"typo", "formulation", "repeat", "custom", "mixed_script"})


@dataclass
class CSCScore:
    errors: int = 0
    clean: int = 0
    predicted: int = 0
    det_tp: int = 0
    cor_tp: int = 0
    error_flagged: int = 0
    clean_flagged: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.predicted if self.predicted else 0.0
        r = tp / self.errors if self.errors else 0.0
        return p, r, self._f1(p, r)

    def row(self) -> str:
        dp, dr, df = self.prf(self.det_tp)
        cp, cr, cf = self.prf(self.cor_tp)
        ef = f"{self.error_flagged / self.errors:.3f}" if self.errors else "    -"
        cl = f"{self.clean_flagged / self.clean:.4f}" if self.clean else "     -"
        return (
            f"{self.errors:>6} {self.clean:>6}  {dp:.3f} {dr:.3f} {df:.3f}  "
            f"{cp:.3f} {cr:.3f} {cf:.3f}  {ef:>6}  {cl:>7}"
        )


HEADER = (
    f"{'set':<28}{'errors':>6} {'clean':>6}  {'detection P/R/F1':<17}  "
    f"{'correction P/R/F1':<17}  {'err.fl':>6}  {'clean.fl':>7}"
)


def score_pairs(proofreader, pairs: list[tuple[str, str]]) -> CSCScore:
    sc = CSCScore()
    for wrong, right in pairs:
        gold = {i: b for i, (a, b) in enumerate(zip(wrong, right, strict=True)) if a != b}
        found = [f for f in proofreader.check(wrong) if f.category in WORDING]
        pred: dict[int, str] = {}
        for f in found:
            if f.end - f.start == len(f.suggestion) and f.end > f.start:
                for k, ch in enumerate(f.suggestion):
                    if wrong[f.start + k] != ch:
                        pred[f.start + k] = ch
        if gold:
            sc.errors += 1
            sc.error_flagged += any(
                f.start <= i < max(f.end, f.start + 1) for f in found for i in gold
            )
        else:
            sc.clean += 1
            sc.clean_flagged += bool(found)
        if pred:
            sc.predicted += 1
            if gold and set(pred) == set(gold):
                sc.det_tp += 1
                sc.cor_tp += all(pred[i] == gold[i] for i in gold)
    return sc


def text_pairs(path: Path) -> list[tuple[str, str]]:
    """Correct sentences, one a line."""
    return [(ln, ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def heldout_pairs(corpus: Path, limit: int) -> list[tuple[str, str]]:
    """Sentences of the second half of the corpus's held-out lines: never trained or tuned on
    (the decision's fitting uses the first half)."""
    from newsroom.proofing.training.fit_decision import heldout_sentences

    if not corpus.exists():
        return []
    return [(s, s) for s in heldout_sentences(corpus, 1, limit)]
