"""Chinese by default, English when asked: every visible string goes through the .ts files."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from newsroom.ui.i18n import choose_language, install_translators
from tests.conftest import ROOT
from tests.ui.helpers import open_window

UI = ROOT / "newsroom" / "ui"
I18N = ROOT / "resources" / "i18n"
CJK = re.compile(r"[\u4e00-\u9fff]")
#: Chinese literals that are not interface text, and why.
NOT_UI_TEXT = {
    "ROLES": "byline roles are copy printed in the paper, not interface text",
    "FIELD_LABELS": "looked up through QCoreApplication.translate('labels', …)",
    "_KIND_NAMES": "looked up through QCoreApplication.translate('labels', …)",
    "AMEND_NOTE": "a workflow note stored with the record, in the newsroom's language",
    "QT_GAPS": "Qt's own strings its Chinese translation lacks, looked up by Qt",
    "REFUSALS": "patterns that read the store's Chinese refusals; their words are translated",
}
#: Keyword arguments whose Chinese literals are not interface text, and why.
NOT_UI_KEYWORDS = {
    "samples": "typical entries that size a column of the article list, never shown",
}
NOT_UI_STRINGS = {
    "中文": "a language's own name in the language picker",
    "预热": "text the proofreader warms up on, never shown",
    "通讯员": "the default role of a new byline row (copy, not interface)",
}


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if (
            not (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CJK.search(node.value)
            )
            or node.value in NOT_UI_STRINGS
        ):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Expr):
            continue  # a docstring
        if isinstance(parent, ast.Call):
            func = parent.func
            if getattr(func, "attr", getattr(func, "id", "")) in ("tr", "translate"):
                continue
        owner = node
        while owner in parents and not isinstance(owner, ast.Assign | ast.keyword):
            owner = parents[owner]
        if isinstance(owner, ast.keyword) and owner.arg in NOT_UI_KEYWORDS:
            continue
        while owner in parents and not isinstance(owner, ast.Assign):
            owner = parents[owner]
        if isinstance(owner, ast.Assign) and any(
            getattr(t, "id", None) in NOT_UI_TEXT for t in owner.targets
        ):
            continue
        found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_only_self_tr_and_translate_are_used():
    """lupdate finds self.tr(...) and QCoreApplication.translate(...), not other.tr(...)."""
    pattern = re.compile(r"\b(?!self\b)\w+\.tr\(")
    hits = [
        f"{p.name}:{n}"
        for p in sorted(UI.glob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


def test_no_interface_string_skips_translation():
    problems = [hit for path in sorted(UI.glob("*.py")) for hit in untranslated_literals(path)]
    assert problems == []


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (c.find("name").text, m.find("source").text): m.find("translation")
        for c in root
        for m in c.findall("message")
    }


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_translations_are_complete(language):
    found = messages(I18N / f"newsroom_{language}.ts")
    unfinished = [key for key, t in found.items() if t.get("type") == "unfinished" or not t.text]
    assert unfinished == []
    if language == "en":
        assert not [k for k, t in found.items() if CJK.search(t.text or "")]


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            lupdate,
            *map(str, sorted(UI.glob("*.py"))),
            "-source-language",
            "zh_CN",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) <= set(messages(I18N / "newsroom_en.ts"))


def test_language_follows_the_locale_unless_set():
    assert choose_language("", QLocale("zh_CN")) == "zh_CN"
    assert choose_language("", QLocale("zh_TW")) == "zh_CN"
    assert choose_language("", QLocale("en_US")) == "en"
    assert choose_language("", QLocale("de_DE")) == "en"
    assert choose_language("zh_CN", QLocale("en_US")) == "zh_CN"
    assert choose_language("en", QLocale("zh_CN")) == "en"


@pytest.fixture
def language():
    app = QApplication.instance()
    yield lambda name: install_translators(app, name)
    install_translators(app, "zh_CN")


def test_the_window_in_english(qtbot, db_path, seed_path, language):
    language("en")
    window = open_window(qtbot, db_path, seed=seed_path)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&File" and "&View" in menus
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Kicker/Headline"
    assert window.proxy.index(0, 3).data() == "Submitted"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Close"


def test_the_window_in_chinese_with_qt_dialogs_too(qtbot, db_path, seed_path, language):
    language("zh_CN")
    window = open_window(qtbot, db_path, seed=seed_path)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.proxy.index(0, 3).data() == "已提交"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert "关闭" in buttons.button(QDialogButtonBox.StandardButton.Close).text()


@pytest.mark.parametrize(
    ("language", "expected", "foreign"),
    [("zh_CN", "空文件", "empty file"), ("en", "empty file", "空文件")],
)
def test_import_errors_follow_the_window_language(
    qtbot, db_path, tmp_path, dialogs, language, expected, foreign
):
    set_language = language
    install_translators(QApplication.instance(), set_language)
    try:
        window = open_window(qtbot, db_path)
        empty = tmp_path / "空稿.txt"
        empty.write_bytes(b"")
        window.import_paths([str(empty)], wait=True)
        qtbot.waitUntil(lambda: bool(dialogs.messages))
        text = dialogs.messages[-1][1]
        assert "空稿.txt" in text and expected in text and foreign not in text
    finally:
        install_translators(QApplication.instance(), "zh_CN")


def test_qt_file_dialog_speaks_chinese_throughout(qtbot, language):
    from PySide6.QtWidgets import QFileDialog, QLabel

    language("zh_CN")
    dialog = QFileDialog(None, "导入稿件", str(ROOT / "seeds"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels
    assert not [t for t in labels if re.search("[A-Za-z]{2}", t.replace("&", ""))]


def test_english_headers_and_statuses_are_not_cut_at_1024(qtbot, db_path, seed_path, language):
    from tests.ui.helpers import open_small_window

    language("en")
    window = open_small_window(qtbot, db_path, seed_path, user="Wang")
    header, metrics = window.table.horizontalHeader(), window.table.fontMetrics()
    for column in range(header.count()):
        if column == 1:
            continue  # the headline elides by design
        title = window.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    status = window.model.COLUMNS.index("status")
    for row in range(window.proxy.rowCount()):
        text = window.proxy.index(row, status).data()
        assert header.sectionSize(status) > metrics.horizontalAdvance(text), text
    assert sum(header.sectionSize(c) for c in range(header.count())) <= (
        window.table.viewport().width()
    )


def test_the_window_knows_every_problem_the_command_line_translates():
    from newsroom.messages import FILE_PROBLEM, PROBLEMS

    tree = ast.parse((UI / "messages.py").read_text(encoding="utf-8"))
    literals = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "translate"
        and getattr(node.args[0], "value", "") == "ingest"
        and isinstance(node.args[1], ast.Constant)
    }
    assert literals == {words for _pattern, words in PROBLEMS} | {FILE_PROBLEM}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en", "The article is “Submitted”: “Lay Out” is not possible now."),
        ("zh_CN", "稿件处于“已提交”状态，不能排版"),
    ],
)
def test_workflow_refusals_follow_the_window_language(
    qtbot, db_path, seed_path, language, name, expected
):
    from newsroom.ui.desk import DeskError

    language(name)
    window = open_window(qtbot, db_path, seed=seed_path)
    article_id = window.proxy.index(0, 0).data(0x0100)
    # 已提交 → 已排版 is no step of the workflow: the desk refuses it.
    with pytest.raises(DeskError) as refused:
        window.desk.transition(article_id, "lay_out")
    assert str(refused.value) == expected
