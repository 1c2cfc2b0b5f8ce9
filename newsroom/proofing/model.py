"""Value types of the proofreader: the finding and the options."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, make_dataclass

from newsroom.proofing.families import REGISTRY

#: Category of a finding → its Chinese label (families.py is the one list).
CATEGORIES: dict[str, str] = {f.name: f.label for f in REGISTRY if f.category}


@dataclass(frozen=True)
class Finding:
    """One problem in the text; offsets are code points, ``suggestion`` replaces text[start:end]."""

    start: int
    end: int
    text: str
    suggestion: str
    category: str
    rule: str
    message: str
    severity: str  # "error" | "warning" | "info"
    # How sure the rule is: 1.0 for dictionary and rule matches, the model's own
    # estimate for statistical findings.
    confidence: float = 1.0

    def to_dict(self) -> dict[str, object]:
        """The finding as DESIGN.md's ``proofread --json`` contract has it (without the
        confidence, which the desk shows)."""
        d = asdict(self)
        del d["confidence"]
        return d

    def shifted(self, offset: int) -> Finding:
        return Finding(
            self.start + offset,
            self.end + offset,
            self.text,
            self.suggestion,
            self.category,
            self.rule,
            self.message,
            self.severity,
            self.confidence,
        )


#: Which rule families run: one switch per family of families.py, named as it is (the
#: statistical typo detector can be switched off alone).
ProofOptions = make_dataclass(
    "ProofOptions",
    [(f.name, bool, field(default=f.default_on)) for f in REGISTRY],
    frozen=True,
)
ProofOptions.__module__ = __name__
ProofOptions.__doc__ = "Which rule families run (one boolean per family of families.py)."


def make(
    text: str,
    start: int,
    end: int,
    suggestion: str,
    category: str,
    rule: str,
    message: str,
    severity: str = "error",
) -> Finding:
    """Finding for text[start:end], trimmed to the characters that actually change."""
    old = text[start:end]
    # Trim the common prefix/suffix so the span marks only the wrong characters.
    if suggestion and old != suggestion:
        p = 0
        while p < min(len(old), len(suggestion)) - 1 and old[p] == suggestion[p]:
            p += 1
        q = 0
        while (
            q < min(len(old), len(suggestion)) - p - 1
            and old[len(old) - 1 - q] == suggestion[len(suggestion) - 1 - q]
        ):
            q += 1
        start, end = start + p, end - q
        suggestion = suggestion[p : len(suggestion) - q]
        old = text[start:end]
    return Finding(start, end, old, suggestion, category, rule, message, severity)
