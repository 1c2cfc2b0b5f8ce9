"""Findings as lines for people: ``FILE:LINE:COL: 类别: message (建议: …)``."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsroom.proofing.model import CATEGORIES, Finding


def format_human(name: str, text: str, findings: Sequence[Finding]) -> list[str]:
    """Compiler-style lines: FILE:LINE:COL: 类别: message (建议: …)."""
    out = []
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for f in findings:
        ln = bisect.bisect_right(line_starts, f.start)
        col = f.start - line_starts[ln - 1] + 1
        sugg = f.suggestion if f.suggestion else "删除"
        cat = CATEGORIES.get(f.category, f.category)
        # Messages start with their own short label ("错别字：…"); the line already has one.
        head, sep, rest = f.message.partition("：")
        msg = rest if sep and len(head) <= 6 else f.message
        out.append(f"{name}:{ln}:{col}: {cat}: {msg} (建议: {sugg})")
    return out
