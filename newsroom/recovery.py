"""Autosaved unsaved edits, so that after a crash the desk can offer them back."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_PREFIX = "article-"
_NEW = "new"  # the slot of an article that has no id yet


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class RecoveryRecord:
    """The editor's unsaved content of one article, and the version it was based on."""

    article_id: int | None
    base_version: int | None
    content: dict[str, Any]
    saved_at: str = field(default_factory=_now)


def recovery_folder(db_url: str) -> Path:
    """Where records for this database live: one folder per database, so two never mix."""
    from platformdirs import user_state_path

    digest = hashlib.sha256(db_url.encode("utf-8")).hexdigest()[:16]
    return user_state_path("newsroom", appauthor=False) / "recovery" / digest


def _optional_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def _parse(text: str) -> RecoveryRecord | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    record = RecoveryRecord(
        article_id=data.get("article_id"),
        base_version=data.get("base_version"),
        content=data.get("content"),  # type: ignore[arg-type]
        saved_at=data.get("saved_at"),  # type: ignore[arg-type]
    )
    valid = (
        _optional_int(record.article_id)
        and _optional_int(record.base_version)
        and isinstance(record.content, dict)
        and isinstance(record.saved_at, str)
    )
    return record if valid else None


class RecoveryStore:
    """One JSON file per article in a folder; written atomically, read forgivingly."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, article_id: int | None) -> Path:
        return self.folder / f"{_PREFIX}{_NEW if article_id is None else article_id}.json"

    def save(self, record: RecoveryRecord) -> None:
        """Write the record over any earlier one of the same article; raises OSError."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(record), ensure_ascii=False, indent=1)
        # A crash mid-write must leave the previous record, never half a file.
        fd, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self._path(record.article_id))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def load_all(self) -> list[RecoveryRecord]:
        """Every readable record, oldest first; broken or foreign files are skipped."""
        try:
            paths = sorted(self.folder.glob(f"{_PREFIX}*.json"))
        except OSError:
            return []
        records = []
        for path in paths:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeError):
                continue
            record = _parse(text)
            if record is not None:
                records.append(record)
        return sorted(records, key=lambda r: r.saved_at)

    def discard(self, article_id: int | None) -> None:
        """Forget the record of one article (saved, or declined by the user)."""
        with contextlib.suppress(FileNotFoundError):
            self._path(article_id).unlink()

    def clear(self) -> None:
        """Forget every record, and any temporary file a crash left behind."""
        if not self.folder.is_dir():
            return
        for path in [*self.folder.glob(f"{_PREFIX}*.json"), *self.folder.glob(".*.tmp")]:
            with contextlib.suppress(OSError):
                path.unlink()
