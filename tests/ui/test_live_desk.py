"""An open article follows the newsroom: changes made at another desk, or here outside the
editor, reach it without a restart, and a desk never conflicts with itself. On SQLite and
PostgreSQL, with two windows on one database as two desks."""

from __future__ import annotations

import pytest

from newsroom.importer import import_files
from newsroom.settings import Settings
from newsroom.store.db import open_database
from newsroom.ui.conflict_dialog import KEEP_MINE, ConflictDialog
from newsroom.ui.main_window import MainWindow
from tests.ui.helpers import select_row, type_text
from tests.ui.test_shared_newsroom import seat
from tests.ui.test_shared_newsroom import shared as shared  # a fixture


def desk(qtbot, url, user: str) -> MainWindow:
    window = MainWindow(open_database(url), Settings(user_name=user))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.poll()  # remembers how things stand
    return window


@pytest.fixture
def two_desks(qtbot, db_url, seed_path):
    import_files(open_database(db_url), [seed_path])
    first, second = desk(qtbot, db_url, "甲编辑"), desk(qtbot, db_url, "乙编辑")
    article_id = select_row(first, 0)
    assert select_row(second, 0) == article_id
    return first, second


def never(dialog):
    pytest.fail("a desk must not be shown a conflict here")


def test_an_unmodified_open_article_reloads_when_another_desk_saves(qtbot, two_desks):
    first, second = two_desks
    first.editor.headline.setText("甲改的主题")
    assert first.editor.save()
    assert second.poll()
    assert second.editor.headline.text() == "甲改的主题"
    assert not second.editor.is_dirty() and not second.editor.changed_bar.isVisible()
    type_text(second.editor.body, "乙加一句。")
    assert second.editor.save()  # no conflict: the desk had taken the new version in


def test_changes_arrive_without_waiting_for_the_poll(qtbot, two_desks):
    """PostgreSQL notifies (LISTEN/NOTIFY); on SQLite the database file is watched."""
    first, second = two_desks
    second.poll_timer.stop()
    first.editor.headline.setText("立刻看到的主题")
    assert first.editor.save()
    qtbot.waitUntil(lambda: second.editor.headline.text() == "立刻看到的主题", timeout=5000)


def test_changes_to_other_fields_are_laid_under_unsaved_edits(qtbot, two_desks, monkeypatch):
    first, second = two_desks
    type_text(second.editor.body, "乙未保存的一句。")
    typed = second.editor.body.toPlainText()
    first.editor.headline.setText("甲改的主题")
    assert first.editor.save()
    assert second.poll()
    assert second.editor.headline.text() == "甲改的主题"
    assert second.editor.body.toPlainText() == typed and second.editor.is_dirty()
    assert not second.editor.changed_bar.isVisible()
    monkeypatch.setattr(ConflictDialog, "exec", never)
    assert second.editor.save()
    stored = second.desk.load(second.editor.article_id).content
    assert stored.headline == "甲改的主题" and "乙未保存的一句。" in "".join(stored.paragraphs)


def test_a_clash_shows_the_bar_and_reload_keeps_my_text_in_the_history(qtbot, two_desks):
    first, second = two_desks
    article_id = first.editor.article_id
    type_text(second.editor.body, "乙的句子。")
    type_text(first.editor.body, "甲的句子。")
    assert first.editor.save()
    assert second.poll()
    bar = second.editor.changed_bar
    assert bar.isVisible() and "甲编辑 已修改这篇稿件" in bar.label.text()
    assert "乙的句子。" in second.editor.body.toPlainText()  # nothing replaced under me
    bar.reload_button.click()
    assert "甲的句子。" in second.editor.body.toPlainText()
    assert not second.editor.is_dirty() and not bar.isVisible()
    kept = [r.snapshot for r in second.desk.revisions(article_id)]
    assert any("乙的句子。" in "".join(s["paragraphs"]) for s in kept)


def test_compare_settles_the_clash_before_saving(qtbot, two_desks, monkeypatch):
    first, second = two_desks
    type_text(second.editor.body, "乙的句子。")
    type_text(first.editor.body, "甲的句子。")
    assert first.editor.save()
    second.poll()

    def keep_mine(dialog):
        dialog.choose(KEEP_MINE)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", keep_mine)
    second.editor.changed_bar.compare_button.click()
    assert not second.editor.is_dirty() and not second.editor.changed_bar.isVisible()
    stored = second.desk.load(second.editor.article_id).content
    assert "乙的句子。" in "".join(stored.paragraphs)


def test_a_save_during_the_conflict_dialog_shows_the_newest_and_keeps_mine(
    qtbot, two_desks, monkeypatch
):
    first, second = two_desks
    article_id = first.editor.article_id
    type_text(second.editor.body, "乙的句子。")
    first.editor.headline.setText("甲的第一版")
    assert first.editor.save()
    shown = []

    def choose(dialog):
        shown.append((dialog.theirs_view.toPlainText(), dialog.newer))
        if len(shown) == 1:  # meanwhile the first desk saves once more
            first.editor.headline.setText("甲的第二版")
            assert first.editor.save()
        dialog.choose(KEEP_MINE)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    assert second.editor.save()
    assert len(shown) == 2
    assert "甲的第一版" in shown[0][0] and not shown[0][1]
    assert "甲的第二版" in shown[1][0] and shown[1][1]  # said: saved again meanwhile
    stored = second.desk.load(article_id).content
    assert "乙的句子。" in "".join(stored.paragraphs)
    texts = [r.snapshot["headline"] for r in second.desk.revisions(article_id)]
    assert "甲的第二版" in texts  # their newest stays in the history


def test_merging_people_refreshes_the_open_article_without_a_conflict(
    qtbot, two_desks, monkeypatch
):
    _first, second = two_desks
    editor = second.editor
    names = [name for _role, name in editor.content().bylines]
    assert names, "the seed's first article has a byline"
    people = {p.name: p.id for p in second.desk.people()}
    merged_away = names[0]
    others = [n for n in people if n not in names]
    keep = others[0]
    type_text(editor.body, "合并时未保存的一句。")
    second.desk.merge_people(people[keep], people[merged_away])
    assert keep in [name for _role, name in editor.content().bylines]
    assert merged_away not in [name for _role, name in editor.content().bylines]
    assert "合并时未保存的一句。" in editor.body.toPlainText()
    monkeypatch.setattr(ConflictDialog, "exec", never)
    assert editor.save()
    stored = second.desk.load(editor.article_id).content
    assert merged_away not in [name for _role, name in stored.bylines]


def test_a_returned_draft_reaches_the_correspondents_open_editor_with_the_note(qtbot, shared):
    engine = shared
    wan, ed1 = seat(qtbot, engine, "wan"), seat(qtbot, engine, "ed1")
    ed1.poll()
    before = ed1.model.rowCount()
    wan.new_action.trigger()
    wan.editor.headline.setText("社区邻里节")
    wan.editor.body.setPlainText("近日，社区举办邻里节。")
    assert wan.editor.save()
    ed1.poll()
    assert ed1.model.rowCount() == before  # a draft is private until submitted
    submit = next(a for a in wan.editor.action_buttons if a and a.value == "submit")
    assert wan.editor.perform(submit)
    assert wan.editor.read_only
    assert ed1.poll() and ed1.model.rowCount() == before + 1
    article_id = wan.editor.article_id
    ed1.desk.transition(article_id, "return", "请补充活动时间和参加人数")
    wan.poll()
    assert wan.editor.status_label.text() == "退回"
    assert not wan.editor.read_only and not wan.editor.body.isReadOnly()
    assert "请补充活动时间和参加人数" in wan.editor.notice.text()
    assert "编辑甲" in wan.editor.notice.text()
