"""Mixed scripts (中英混排): stray English words in Chinese sentences; accepted terms pass."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsroom.proofing.lexicon import read_lines, read_tsv
from newsroom.proofing.model import Finding, make

_CJK = "\u4e00-\u9fff"
# A Latin token with optional spaces around it, between Chinese characters (or Chinese
# punctuation) on both sides, or on one side with a number on the other (9时 to 11时).
_BEFORE = f"[{_CJK}，。、；：！？”’）》]"
_AFTER = f"[{_CJK}，。、；：！？“‘（《]"
_TOKEN = re.compile(
    rf"(?:(?<={_BEFORE})|(?<=[0-9]))( ?)([A-Za-z][A-Za-z'\-]*)( ?)(?:(?={_AFTER})|(?=[0-9]))"
)
_DIGIT = re.compile("[0-9]")


class MixedScript:
    def __init__(self) -> None:
        self.accepted = {t.lower() for t in read_lines("latin_terms.txt")}
        self.words = {
            r[0].lower(): (r[1] if len(r) > 1 else "") for r in read_tsv("english_words.tsv")
        }

    def iter_findings(self, text: str) -> Iterator[Finding]:
        for m in _TOKEN.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if _DIGIT.match(before) and _DIGIT.match(after):
                continue  # 3 x 4, 1 to 2: a formula or a range is the writer's call
            tok = m.group(2)
            low = tok.lower()
            if low in self.accepted or low not in self.words:
                continue
            # Only lower-case English words: capitalised tokens are names or brands.
            if tok != low:
                continue
            zh = self.words[low]
            if low == "to" and (_DIGIT.match(after) or before in "时点日号年月"):
                zh = "至"  # a range: 9时至11时
            elif low in ("about", "around") and _DIGIT.match(after):
                zh = "约"  # about 300人次
            start, end = m.start(), m.end()
            if zh:
                msg = f"中英混排：中文句子中夹有英文“{tok}”，宜改为“{zh}”"
            else:
                msg = f"中英混排：中文句子中夹有英文“{tok}”，宜删去或改为中文"
            f = make(
                text, start, end, zh, "mixed_script", "mixed_script.english_word", msg, "error"
            )
            # Keep the whole token in the span even where the Chinese shares letters.
            yield Finding(
                start, end, text[start:end], zh, f.category, f.rule, f.message, f.severity
            )
