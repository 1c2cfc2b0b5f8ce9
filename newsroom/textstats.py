"""字数: how a Chinese newsroom counts the length of copy."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Word's 字数 convention, which editors know: each Han character and each
# punctuation mark counts one; a run of Latin letters or digits (a word, a
# number such as 2025) counts one.
_COUNTED = re.compile(r"[A-Za-z0-9]+(?:[.,'][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")


def count_chars(paragraphs: Iterable[str]) -> int:
    """字数 of body paragraphs: Chinese characters and punctuation, Latin words as one."""
    return sum(len(_COUNTED.findall(p)) for p in paragraphs)
