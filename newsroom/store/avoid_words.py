"""The newsroom's words to avoid (禁用词/慎用词), kept as ``proofing.avoid.AvoidWord``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from newsroom.ingest.tables import Table
from newsroom.proofing.avoid import KINDS, AvoidWord
from newsroom.store.models import AvoidWordEntry

COLUMNS = {
    "word": ("word", "词", "词语"),
    "kind": ("kind", "类别", "category"),
    "preferred": ("preferred", "宜用", "建议"),
    "note": ("note", "说明"),
}
#: Kinds by their Chinese labels too (禁用词 → banned).
_KIND_NAMES = {label: kind for kind, (label, _severity) in KINDS.items()} | {
    "禁用": "banned", "慎用": "cautious", "过时": "outdated", "歧视": "discriminatory",
}  # fmt: skip


def list_words(session: Session) -> list[AvoidWord]:
    query = select(AvoidWordEntry).order_by(AvoidWordEntry.kind, AvoidWordEntry.word)
    return [AvoidWord(r.word, r.kind, r.preferred, r.note) for r in session.scalars(query)]


def kind_of(value: str) -> str | None:
    value = value.strip()
    return value if value in KINDS else _KIND_NAMES.get(value)


def set_word(session: Session, word: AvoidWord) -> None:
    """Add a word, or change the one with that spelling."""
    text = word.word.strip()
    kind = kind_of(word.kind)
    if not text or kind is None:
        raise ValueError("词语不能为空，类别须为禁用词、慎用词、过时用语或歧视性用语")
    if text == word.preferred.strip():
        raise ValueError(f"宜用写法与词语相同：{text}")
    row = session.scalar(select(AvoidWordEntry).where(AvoidWordEntry.word == text))
    if row is None:
        row = AvoidWordEntry(word=text)
        session.add(row)
    row.kind, row.preferred, row.note = kind, word.preferred.strip(), word.note.strip()
    session.flush()


def remove_word(session: Session, word: str) -> None:
    session.execute(delete(AvoidWordEntry).where(AvoidWordEntry.word == word))


def words_rows(table: Table) -> list[AvoidWord]:
    """The words of an imported table, checked whole (IngestError ``FILE:LINE: problem``)."""
    index = {key: table.column(names) for key, names in COLUMNS.items()}
    if index["word"] is None:
        raise table.fail(1, "no “word” column (columns: word, kind, preferred, note)")
    out = []
    for number, row in zip(table.lines, table.rows, strict=True):
        values = {key: table.cell(row, i) for key, i in index.items()}
        if not values["word"] or len(values["word"]) > 100 or len(values["preferred"]) > 100:
            raise table.fail(number, "a word of 1–100 characters is needed")
        kind = kind_of(values["kind"] or "banned")
        if kind is None:
            raise table.fail(
                number, f"unknown kind {values['kind'][:20]!r} (banned, cautious, outdated, "
                "discriminatory)",
            )  # fmt: skip
        if values["word"] == values["preferred"]:
            raise table.fail(number, f"preferred form is the word itself: {values['word']}")
        out.append(AvoidWord(values["word"], kind, values["preferred"], values["note"]))
    return out


def save_words(session: Session, words: Iterable[AvoidWord]) -> int:
    count = 0
    for w in words:
        set_word(session, w)
        count += 1
    return count


def export_csv(session: Session) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(COLUMNS))
    for w in list_words(session):
        writer.writerow([w.word, w.kind, w.preferred, w.note])
    return out.getvalue()
