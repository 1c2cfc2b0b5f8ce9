"""Value types of the proofreader: the finding and the options."""

from __future__ import annotations

from dataclasses import asdict, dataclass

CATEGORIES: dict[str, str] = {
    "typo": "错别字",
    "formulation": "规范表述",
    "repeat": "重复字词",
    "mixed_script": "中英混排",
    "punctuation": "标点",
    "fullwidth": "全半角",
    "number": "数字用法",
    "custom": "自定义",
}


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


@dataclass(frozen=True)
class ProofOptions:
    """Which rule families run; the statistical typo detector can be switched off alone."""

    typo: bool = True
    statistical: bool = True
    formulation: bool = True
    repeat: bool = True
    mixed_script: bool = True
    punctuation: bool = True
    fullwidth: bool = True
    number: bool = True
    custom: bool = True


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
