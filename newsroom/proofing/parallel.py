"""Long copy proofread on every core: the text is cut between paragraphs and the pieces
checked in forked processes that share the loaded dictionaries.

The findings are exactly those of ``Proofreader.check`` on the whole text (a test keeps
it so): every rule reads within a paragraph, and the cuts fall only where a paragraph
closes (punctuation pairs across a column cut stay in one piece).
"""

from __future__ import annotations

import multiprocessing
import os

from newsroom.proofing.engine import Proofreader
from newsroom.proofing.model import Finding
from newsroom.proofing.punctuation import paragraph_blocks

#: Shorter copy is checked in this process: forking costs more than it saves.
MIN_CHARS = 150_000
MAX_WORKERS = 4

# What the forked workers read (inherited, never pickled).
_job: tuple[Proofreader, str] | None = None


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _pieces(text: str, count: int) -> list[tuple[int, int]]:
    """About ``count`` spans of similar length, cut only where a paragraph block ends."""
    target = len(text) / count
    spans, start = [], 0
    for _, end in paragraph_blocks(text):
        if end - start >= target and len(spans) < count - 1:
            spans.append((start, end))
            start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _check_piece(span: tuple[int, int]) -> list[Finding]:
    assert _job is not None
    proofreader, text = _job
    start, end = span
    return [f.shifted(start) for f in proofreader.check(text[start:end])]


def check_text(proofreader: Proofreader, text: str) -> list[Finding]:
    """``proofreader.check(text)``, on several cores when the text is long (at most
    ``NEWSROOM_PROOF_WORKERS`` of them when that is set)."""
    try:
        workers = int(os.environ.get("NEWSROOM_PROOF_WORKERS", "0"))
    except ValueError:
        workers = 0
    workers = min(workers or _cpus(), _cpus(), MAX_WORKERS)
    if (
        len(text) < MIN_CHARS
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return proofreader.check(text)
    spans = _pieces(text, workers)
    if len(spans) < 2:
        return proofreader.check(text)
    proofreader.check("预热")  # load the dictionaries once, before forking shares them
    global _job
    _job = (proofreader, text)
    try:
        with multiprocessing.get_context("fork").Pool(len(spans)) as pool:
            parts = pool.map(_check_piece, spans)
    finally:
        _job = None
    return [f for part in parts for f in part]
