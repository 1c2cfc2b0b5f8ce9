"""Autosave records of unsaved edits: written atomically, read back after a crash."""

from __future__ import annotations

import json

from newsroom.recovery import RecoveryRecord, RecoveryStore, recovery_folder

CONTENT = {
    "kicker": "",
    "headline": "主题",
    "subheadline": "",
    "bylines": [{"role": "记者", "name": "孙悦"}],
    "paragraphs": ["正文。"],
}


def test_save_and_load_back(tmp_path):
    store = RecoveryStore(tmp_path / "rec")
    store.save(RecoveryRecord(3, 2, CONTENT, "2025-04-18T09:00:00+00:00"))
    store.save(RecoveryRecord(None, None, {"headline": "新稿"}, "2025-04-18T08:00:00+00:00"))
    records = store.load_all()
    assert [r.article_id for r in records] == [None, 3]  # oldest first
    assert records[1] == RecoveryRecord(3, 2, CONTENT, "2025-04-18T09:00:00+00:00")


def test_a_later_save_replaces_the_earlier_one(tmp_path):
    store = RecoveryStore(tmp_path)
    store.save(RecoveryRecord(3, 2, {"headline": "一"}))
    store.save(RecoveryRecord(3, 2, {"headline": "二"}))
    records = store.load_all()
    assert len(records) == 1 and records[0].content == {"headline": "二"}
    assert records[0].saved_at  # filled in when not given
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_discard_and_clear(tmp_path):
    store = RecoveryStore(tmp_path)
    for aid in (1, 2, None):
        store.save(RecoveryRecord(aid, 1, {}))
    store.discard(1)
    store.discard(42)  # nothing to forget is fine
    assert sorted(str(r.article_id) for r in store.load_all()) == ["2", "None"]
    store.discard(None)
    assert [r.article_id for r in store.load_all()] == [2]
    store.clear()
    assert store.load_all() == []


def test_missing_folder_is_empty(tmp_path):
    store = RecoveryStore(tmp_path / "never")
    assert store.load_all() == []
    store.clear()
    store.discard(1)


def test_broken_records_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    store.save(RecoveryRecord(1, 1, CONTENT))
    (tmp_path / "article-2.json").write_text("{half a rec", encoding="utf-8")
    (tmp_path / "article-3.json").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "article-4.json").write_text(json.dumps([1, 2]), encoding="utf-8")
    (tmp_path / "article-5.json").write_text(
        json.dumps({"article_id": "5", "base_version": 1, "content": {}, "saved_at": "x"}),
        encoding="utf-8",
    )
    (tmp_path / "article-6.json").mkdir()
    (tmp_path / ".crash.tmp").write_text("{", encoding="utf-8")
    assert [r.article_id for r in store.load_all()] == [1]


def test_a_crash_while_writing_keeps_the_previous_record(tmp_path, monkeypatch):
    store = RecoveryStore(tmp_path)
    store.save(RecoveryRecord(1, 1, {"headline": "旧"}))

    def boom(*_args):
        raise OSError("disk full")

    monkeypatch.setattr("newsroom.recovery.os.replace", boom)
    try:
        store.save(RecoveryRecord(1, 1, {"headline": "新"}))
    except OSError:
        pass
    monkeypatch.undo()
    assert store.load_all()[0].content == {"headline": "旧"}
    assert not list(tmp_path.glob(".*.tmp"))


def test_chinese_is_stored_readably(tmp_path):
    store = RecoveryStore(tmp_path)
    store.save(RecoveryRecord(7, 1, CONTENT))
    assert "孙悦" in (tmp_path / "article-7.json").read_text(encoding="utf-8")


def test_folder_per_database_under_user_state(_isolated_home):
    a = recovery_folder("sqlite:////tmp/a.db")
    b = recovery_folder("sqlite:////tmp/b.db")
    assert a != b and a == recovery_folder("sqlite:////tmp/a.db")
    assert a.is_relative_to(_isolated_home) and a.parent.name == "recovery"
