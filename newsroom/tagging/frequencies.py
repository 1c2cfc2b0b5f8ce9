"""How many articles of the newsroom's archive use a term: learned once, kept by the caller."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocumentFrequencies:
    """Document frequencies of candidate tags (words, compounds, names) over an archive."""

    documents: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def learn(cls, texts: Iterable[str]) -> DocumentFrequencies:
        """Count, for every candidate tag, the texts it appears in (loads jieba if needed:
        call it in a worker thread)."""
        from .engine import candidate_terms

        counts: Counter[str] = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counts.update(candidate_terms(text))
        return cls(documents, dict(counts))

    def updated(self, texts: Iterable[str]) -> DocumentFrequencies:
        """These frequencies with more articles counted in (a new edition imported)."""
        more = DocumentFrequencies.learn(texts)
        counts = Counter(self.counts)
        counts.update(more.counts)
        return DocumentFrequencies(self.documents + more.documents, dict(counts))

    def frequency(self, term: str) -> int:
        return self.counts.get(term, 0)

    def damping(self, term: str) -> float:
        """1.0 for a term few articles use, towards 0.05 for one that every article uses.

        A small archive says less, so its word counts only in part (fully from 10 articles)."""
        n = self.documents
        if n < 2:
            return 1.0
        df = self.counts.get(term, 0)
        rarity = math.log((n + 1) / (df + 0.5)) / math.log(n + 1)
        rarity = min(1.0, max(0.05, rarity))
        trust = min(1.0, n / 10)
        return 1.0 - trust * (1.0 - rarity)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "counts": dict(self.counts)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentFrequencies:
        counts = {str(k): int(v) for k, v in dict(data.get("counts", {})).items()}
        return cls(int(data.get("documents", 0)), counts)
