"""The newsroom's vocabulary of copy is written once (newsroom/newscopy.py) and every layer
that speaks it gives the same byline for the same people."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from newsroom.diffing import snapshot_text
from newsroom.ingest.bulletin import ROLES
from newsroom.ingest.model import ParsedByline
from newsroom.layout.blocks import byline_lines
from newsroom.layout.model import LayoutByline
from newsroom.newscopy import (
    BYLINE_MARK,
    EDITOR_ROLES,
    PHOTO_ROLE,
    ROLE_WORDS,
    Byline,
    article_text,
    byline_groups,
    byline_text,
)
from newsroom.store.values import ArticleRow

PACKAGE = Path(__file__).resolve().parents[1] / "newsroom"
PEOPLE = [("通讯员", "万彤"), ("通讯员", "李明"), ("记者", "孙悦"), ("", "王芳")]
TEXT = "通讯员 万彤 李明 记者 孙悦 王芳"


def definitions(name: str) -> list[str]:
    """Modules of the package that define a function called ``name``."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                out.append(path.relative_to(PACKAGE).as_posix())
    return out


def test_byline_text_is_defined_once() -> None:
    assert definitions("byline_text") == ["newscopy.py"]
    assert definitions("article_text") == ["newscopy.py"]


def test_every_layer_writes_the_same_byline() -> None:
    class Person:
        def __init__(self, name: str) -> None:
            self.name = name

    class Stored:  # a store Byline: its person has the name
        def __init__(self, role: str, name: str) -> None:
            self.role, self.person = role, Person(name)

    assert byline_text(PEOPLE) == TEXT
    assert byline_text(Byline(r, n) for r, n in PEOPLE) == TEXT
    assert byline_text(Stored(r, n) for r, n in PEOPLE) == TEXT
    assert byline_text([{"role": r, "name": n} for r, n in PEOPLE]) == TEXT
    row = ArticleRow(1, "article", None, None, None, "", "", "imported", 0, dt.datetime.now())
    row.bylines = list(PEOPLE)
    assert row.byline_text == TEXT
    snapshot = {"bylines": [{"role": r, "name": n} for r, n in PEOPLE]}
    assert f"署名：{TEXT}" in snapshot_text(snapshot)
    assert " ".join(byline_lines([LayoutByline(r, n) for r, n in PEOPLE])) == (
        f"{BYLINE_MARK} {TEXT}"
    )
    assert byline_groups([]) == [] and byline_text([]) == ""
    # A role without a name is still said; blanks around names are not.
    assert byline_text([("记者", ""), ("记者", " 孙悦 ")]) == "记者 孙悦"


def test_one_byline_class_and_one_list_of_roles() -> None:
    assert ParsedByline is LayoutByline is Byline
    assert ROLES is ROLE_WORDS and PHOTO_ROLE in ROLE_WORDS
    assert set(EDITOR_ROLES) - {"", "编辑"} <= set(ROLE_WORDS)
    assert list(ROLE_WORDS) == sorted(ROLE_WORDS, key=len, reverse=True)  # 本报记者 before 记者


def test_article_text_is_what_the_proofreader_reads() -> None:
    assert article_text("", "主题", "副题", ["第一段", "第二段"]) == "主题\n副题\n第一段\n第二段"
