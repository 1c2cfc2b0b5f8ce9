"""The one list of proofreading rule families: a new family is one entry here plus its checker.

The engine runs the checkers in this order and settles overlaps by ``priority``; the
options (``ProofOptions``), the categories of findings and their labels, the preferences'
switches and the window's colours are all read from here. Nothing here imports the
checkers' modules: a checker receives the Proofreader and reaches its tables through it,
so that importing this list (for a label or a colour) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Checker = Callable[[Any, str], Iterable[Any]]


@dataclass(frozen=True)
class Family:
    """One rule family.

    ``name`` is the option and, where ``category`` is true, the category its findings
    carry; ``priority`` decides which of two overlapping findings stays (lower wins),
    ``rule_priority`` overrides it for single rules. ``wording`` families are about words:
    names, bylines and the whitelist protect text from them. A family whose findings come
    from another family's checker names that one in ``source``.
    """

    name: str
    label: str
    label_en: str
    colour: str
    priority: int
    check: Checker | None = None
    default_on: bool = True
    switchable: bool = True
    category: bool = True
    wording: bool = False
    source: str = ""
    rule_priority: dict[str, int] = field(default_factory=dict)


def _custom(pr, text):
    yield from pr.custom.iter_findings(text)
    if pr.learned is not None:  # rules accepted from the editors' fixes
        yield from pr.learned.iter_findings(text)


def _typo(pr, text):
    return pr.shared.typo.iter_findings(text)


def _statistical(pr, text):
    return pr.shared.slips.iter_findings(text)


def _formulation(pr, text):
    return pr.shared.formulations.iter_findings(text)


def _repeat(pr, text):
    return pr.shared.repeat.iter_findings(text)


def _mixed(pr, text):
    return pr.shared.mixed.iter_findings(text)


def _punctuation(pr, text):
    from newsroom.proofing import punctuation

    return punctuation.iter_findings(text)


def _numbers(pr, text):
    from newsroom.proofing import numbers

    return numbers.iter_findings(text)


def _roster(pr, text):
    return pr.roster.iter_findings(text) if pr.roster is not None else ()


def _words(pr, text):
    return pr.words.iter_findings(text) if pr.words is not None else ()


#: In the order the engine runs them (a tie in priority keeps this order).
REGISTRY: tuple[Family, ...] = (
    Family("custom", "自定义", "Newsroom rules", "#5d4037", 0, _custom, switchable=False,
           wording=True),
    Family("roster", "领导干部名录", "Officials' names and posts", "#b71c1c", 0, _roster),
    Family("typo", "错别字", "Typos", "#d32f2f", 9, _typo, wording=True,
           rule_priority={"typo.dict": 1, "typo.idiom": 1}),
    Family("statistical", "统计查错（同音同形字）",
           "Statistical check (sound- and shape-alike characters)", "#d32f2f", 9, _statistical,
           category=False,
           rule_priority={"typo.context": 8, "typo.confusable": 8, "typo.de": 8}),
    Family("formulation", "规范表述", "Standard formulations", "#c2185b", 2, _formulation,
           wording=True),
    Family("words", "禁用词/慎用词", "Words to avoid", "#6a1b9a", 2, _words, wording=True),
    Family("repeat", "重复字词", "Repeated words", "#f57c00", 3, _repeat, wording=True),
    Family("mixed_script", "中英混排", "Mixed scripts", "#7b1fa2", 4, _mixed),
    Family("punctuation", "标点", "Punctuation", "#1976d2", 5, _punctuation),
    Family("fullwidth", "全半角", "Full- and half-width forms", "#0097a7", 6, source="number"),
    Family("number", "数字用法", "Numbers", "#388e3c", 7, _numbers),
)  # fmt: skip

BY_NAME: dict[str, Family] = {f.name: f for f in REGISTRY}


def families_of_categories() -> list[Family]:
    """The families whose name is a category of findings, for labels and colours."""
    return [f for f in REGISTRY if f.category]


def priorities() -> dict[str, int]:
    """Overlap priority by rule or category (the engine asks the rule first)."""
    out = {f.name: f.priority for f in REGISTRY if f.category}
    for f in REGISTRY:
        out.update(f.rule_priority)
    return out
