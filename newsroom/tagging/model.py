"""Plain results and inputs of the tagging engine: suggestions and vocabulary terms."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The kinds of tag the newsroom knows (DESIGN.md, ``tags --json``).
KINDS = ("topic", "place", "org", "person")


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    """One suggested tag: ``tag`` as the editor will see it, its ``kind`` and a 0..1 score."""

    tag: str
    kind: str
    score: float

    def to_dict(self) -> dict[str, str | float]:
        return {"tag": self.tag, "kind": self.kind, "score": self.score}


@dataclass(frozen=True, slots=True)
class VocabularyTerm:
    """A tag the newsroom already uses, with the other spellings that mean it (AI → 人工智能)."""

    name: str
    kind: str
    aliases: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown tag kind {self.kind!r} for {self.name!r}")
        if not self.name.strip():
            raise ValueError("a vocabulary term needs a name")
        # Callers hand in lists from the store; keep the dataclass hashable.
        object.__setattr__(self, "aliases", tuple(a for a in self.aliases if a.strip()))
