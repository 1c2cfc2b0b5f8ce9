"""The rules dialog's roster and words tabs: what an editor adds reaches the window's
proofreading; a bad file is one message and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import open_window


@pytest.fixture
def window(qtbot, db_path, seed_path):
    window = open_window(qtbot, db_path, seed=seed_path)
    qtbot.waitUntil(lambda: window.proofing.proofreader is not None, timeout=30000)
    return window


def _dialog(qtbot, window):
    from newsroom.ui.rules_dialog import RulesDialog

    dialog = RulesDialog(window.desk, window.proofing, window)
    qtbot.addWidget(dialog)
    return dialog


def test_a_roster_row_and_a_word_reach_the_proofreader(qtbot, window, dialogs):
    dialog = _dialog(qtbot, window)
    tab = dialog.roster
    for edit, text in ((tab.name, "张三"), (tab.post, "副书记"), (tab.unit, "区委"),
                       (tab.since, "2024-01-01")):  # fmt: skip
        edit.setText(text)
    old = window.proofing.proofreader
    assert tab.add()
    assert tab.model.rowCount() == 1 and tab.model.item(0, 1).text() == "副书记"
    qtbot.waitUntil(lambda: window.proofing.proofreader is not old, timeout=20000)
    (post,) = window.proofing.proofreader.check("区委书记张三主持会议。")
    assert post.category == "roster" and post.suggestion == "区委副书记"

    words = dialog.words
    starters = words.model.rowCount()
    assert starters > 20  # the starter list came with the newsroom
    words.word.setText("老大难题")
    words.note.setText("本报不用此说法")
    old = window.proofing.proofreader
    assert words.add()
    assert words.model.rowCount() == starters + 1
    qtbot.waitUntil(lambda: window.proofing.proofreader is not old, timeout=20000)
    (found,) = window.proofing.proofreader.check("这是老大难题。")
    assert found.category == "words" and found.message.endswith("本报不用此说法")


def test_a_bad_roster_file_is_one_message_and_nothing_changes(
    qtbot, window, dialogs, monkeypatch, tmp_path
):
    bad = tmp_path / "名录.csv"
    bad.write_text("name,post,since\n张三,副书记,2024-01-01\n李四,书记,明年\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    dialog = _dialog(qtbot, window)
    dialog.roster.import_file()
    ((kind, text),) = dialogs.messages
    assert kind == "warning" and str(bad) in text and ":3:" in text
    assert dialog.roster.model.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("姓名,职务,单位\n张三,副书记,区委\n李四,书记,区委\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), ""))
    )
    dialog.roster.import_file()
    assert dialog.roster.model.rowCount() == 2
    dialog.roster.filter.setText("李四")
    assert dialog.roster.proxy.rowCount() == 1


def test_a_learned_rule_is_accepted_in_the_dialog(qtbot, window, dialogs):
    from newsroom.store import learning
    from newsroom.store.db import transaction

    with transaction(window.desk.engine) as session:
        learned = learning.learn_from_save(session, "群众一直好评。", "群众一致好评。")
    assert learned == ["一直好评"]
    dialog = _dialog(qtbot, window)
    tab = dialog.learned
    assert tab.model.rowCount() == 1 and tab.model.item(0, 1).text() == "一致好评"
    tab.view.selectRow(0)
    old = window.proofing.proofreader
    assert tab.decide("accepted")
    assert tab.model.item(0, 2).text() == "已采纳"
    qtbot.waitUntil(lambda: window.proofing.proofreader is not old, timeout=20000)
    (found,) = window.proofing.proofreader.check("活动赢得一直好评。")
    assert found.suggestion == "致" and found.rule == "custom.learned"
