"""Saved archive searches: a name, the query and its filters, kept for the person at this
desk in a small JSON file beside the settings (saved_searches.json)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from newsroom.settings import settings_path

#: Filters a saved search keeps (as ``newsroom search`` takes them).
FILTERS = ("date_from", "date_to", "status", "person", "page", "tag")


def searches_path() -> Path:
    return settings_path().with_name("saved_searches.json")


def load_searches(path: Path | None = None) -> dict[str, dict]:
    """name → {"query": …, filter: value…}; an unreadable file is no saved searches."""
    path = path or searches_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(name): {k: v for k, v in entry.items() if k == "query" or k in FILTERS}
        for name, entry in data.items()
        if isinstance(entry, dict) and isinstance(entry.get("query"), str)
    }


def save_search(name: str, query: str, filters: dict, path: Path | None = None) -> None:
    """Keep (or replace) a saved search; the file is written whole, never half."""
    name = " ".join(name.split())
    if not name or not query.strip():
        raise ValueError("a saved search needs a name and a query")
    path = path or searches_path()
    searches = load_searches(path)
    searches[name] = {"query": query.strip(), **{k: v for k, v in filters.items() if k in FILTERS}}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(searches, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def forget_search(name: str, path: Path | None = None) -> bool:
    path = path or searches_path()
    searches = load_searches(path)
    if searches.pop(name, None) is None:
        return False
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(searches, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return True
