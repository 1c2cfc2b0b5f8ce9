"""What a desk says: a correspondent's empty desk, and why an article is read-only."""

from __future__ import annotations

from newsroom.ui.welcome import WelcomePanel
from tests.ui.helpers import open_window
from tests.ui.test_shared_newsroom import seat, shared  # noqa: F401  (shared: a fixture)


def test_a_correspondents_empty_desk_offers_a_new_draft_not_a_server(qtbot, shared):  # noqa: F811
    window = seat(qtbot, shared, "wan")
    assert window.model.total() == 0
    panel = window.centre.currentWidget()
    assert isinstance(panel, WelcomePanel)
    assert panel.text.text().startswith("你还没有稿件")
    assert panel.new_button.isVisible() and panel.import_button.isVisible()
    assert not panel.connect_button.isVisible() and not panel.sample_button.isVisible()
    panel.new_button.click()
    assert window.model.total() == 1 and window.centre.currentWidget() is window.editor


def test_an_empty_newsroom_still_offers_the_sample_and_a_server(qtbot, db_path):
    window = open_window(qtbot, db_path)
    panel = window.centre.currentWidget()
    assert isinstance(panel, WelcomePanel)
    assert panel.text.text().startswith("这个编辑部还没有稿件")
    assert panel.connect_button.isVisible() and panel.sample_button.isVisible()
    assert not panel.new_button.isVisible()


def test_read_only_copy_says_why(qtbot, shared):  # noqa: F811
    window = seat(qtbot, shared, "wan")
    window.new_action.trigger()
    window.editor.headline.setText("社区邻里节")
    window.editor.body.setPlainText("近日，社区举办邻里节。")
    assert window.editor.save()
    submit = next(a for a in window.editor.action_buttons if a and a.value == "submit")
    window.editor.action_buttons[submit].click()
    assert window.editor.read_only
    assert window.editor.notice.text() == "只读：已提交，等待初审"
