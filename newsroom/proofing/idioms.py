"""Near misses of set phrases: four characters that are no word, one sound- or shape-alike
away from an idiom or fixed phrase the dictionary knows (掉以清心 → 掉以轻心).

Only proposes: the slip decision reports a proposal where the language model agrees.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
# jieba's idioms (i) and fixed phrases (l) of four characters, as common as this at least.
MIN_FREQ = 3
# Words jieba has no tag for at this frequency are the newsroom's and the formulations'.
EXTRA_FREQ = 10


class IdiomIndex:
    """Masked four-character phrases: "掉以?心" → {"轻"} …"""

    def __init__(self, freq: dict[str, int], tags: dict[str, str], confusable: dict[str, str]):
        self.freq = freq
        self.confusable = confusable
        masked: dict[str, set[str]] = {}
        for w, f in freq.items():
            if len(w) != 4:
                continue
            t = tags.get(w)
            # idioms and fixed phrases, and the newsroom's own additions (攻坚克难), which
            # jieba does not tag; other words are the language model's to judge
            if (t in ("i", "l") and f >= MIN_FREQ) or (t is None and f >= EXTRA_FREQ):
                for j in range(4):
                    masked.setdefault(w[:j] + "?" + w[j + 1 :], set()).add(w[j])
        self.masked = masked

    def proposals(self, text: str) -> list[tuple[int, str]]:
        """(position, character) that turns a four-character non-word into a set phrase."""
        out: dict[int, str] = {}
        for m in _RUN.finditer(text):
            run, base = m.group(), m.start()
            for a in range(len(run) - 3):
                window = run[a : a + 4]
                if window in self.freq:
                    continue
                for j in range(4):
                    fills = self.masked.get(window[:j] + "?" + window[j + 1 :])
                    if not fills:
                        continue
                    written = window[j]
                    alike = self.confusable.get(written, "")
                    hits = [c for c in fills if c != written and c in alike]
                    if len(hits) == 1:
                        out.setdefault(base + a + j, hits[0])
        return sorted(out.items())
