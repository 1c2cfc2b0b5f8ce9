"""What the people and tag dialogs share when two records of one thing are merged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def selected_source_rows(table, proxy) -> list[int]:
    """Rows of the source model selected in a view over a proxy, in order."""
    return sorted({proxy.mapToSource(i).row() for i in table.selectionModel().selectedRows()})


def keep_and_merge(chosen: Sequence[T]) -> tuple[T, T]:
    """Of two records, the one with more articles is kept (the older one on a tie)."""
    keep, merge = sorted(chosen, key=lambda r: (-r.articles, r.id))
    return keep, merge
