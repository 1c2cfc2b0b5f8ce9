"""Messages from the plain layers (an import's ``FILE: problem`` lines, written in English
for the command line) in the window's language, through the translation files."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from newsroom.messages import FILE_PROBLEM, fill, recognise
from newsroom.ui.labels import action_text, role_text, status_text
from newsroom.workflow import ACTION_LABELS, STATUS_LABELS


def ingest_message(message: str) -> str:
    """``FILE: problem`` with the problem in the window's language; other text as it is."""
    problem = recognise(message)
    if problem is None:
        return message
    said = fill(QCoreApplication.translate("ingest", problem.words), problem.args)
    if not problem.file:
        return said
    return fill(QCoreApplication.translate("ingest", FILE_PROBLEM), (problem.file, said))


def _known_to_lupdate() -> None:
    """Never called: lupdate finds the literal strings here (newsroom.messages.PROBLEMS and
    FILE_PROBLEM; a test keeps the two lists equal) and puts them in the .ts files."""
    for text in (
        QCoreApplication.translate("ingest", "%1：%2"),
        QCoreApplication.translate("ingest", "空文件"),
        QCoreApplication.translate("ingest", "不是文本文件（二进制数据）"),
        QCoreApplication.translate("ingest", "文件只有空白，没有文字"),
        QCoreApplication.translate(
            "ingest", "无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）"
        ),
        QCoreApplication.translate("ingest", "有字节顺序标记，却不是有效的 %1 文本"),
        QCoreApplication.translate("ingest", "文件不存在"),
        QCoreApplication.translate("ingest", "是文件夹，不是文件"),
        QCoreApplication.translate("ingest", "不是普通文件"),
        QCoreApplication.translate("ingest", "文件太大（%1 字节，上限 %2 MB）"),
        QCoreApplication.translate("ingest", "文件太大"),
        QCoreApplication.translate("ingest", "无法读取文件（%1）"),
        QCoreApplication.translate("ingest", "损坏的 .docx 文件（%1）"),
        QCoreApplication.translate("ingest", "文档设了密码，请去掉密码后另存"),
        QCoreApplication.translate("ingest", "这是旧版 Word .doc 文件，请另存为 .docx"),
        QCoreApplication.translate("ingest", "不是 .docx 文件（不是 zip 包）"),
        QCoreApplication.translate("ingest", "不是 Word 文档（%1）"),
        QCoreApplication.translate("ingest", "没有找到文字"),
        QCoreApplication.translate("ingest", "不能读取 %1 文件，请将来稿另存为 .docx"),
        QCoreApplication.translate("ingest", "已拒绝：%1"),
    ):
        del text


def desk_message(message: str) -> str:
    """A refusal of the workflow or the store (written in Chinese, the newsroom's language)
    in the window's language; other text as it is."""
    for pattern, words in REFUSALS:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return words(match)
    return message


def _status(label: str) -> str:
    value = next((s for s, text in STATUS_LABELS.items() if text == label), None)
    return status_text(value) if value is not None else label


def _action(label: str) -> str:
    value = next((a for a, text in ACTION_LABELS.items() if text == label), None)
    return action_text(value) if value is not None else label


# (pattern of a Chinese refusal, its words in the window's language): the patterns read
# the store's and the workflow's messages; the words are literal translate calls, so that
# lupdate finds every one.
REFUSALS = [
    (
        r"稿件处于“(.+)”状态，不能(.+)",
        lambda m: fill(
            QCoreApplication.translate("desk", "稿件处于“%1”状态，不能%2"),
            (_status(m[1]), _action(m[2])),
        ),
    ),
    (
        r"稿件处于“(.+)”状态，您不能修改",
        lambda m: fill(
            QCoreApplication.translate("desk", "稿件处于“%1”状态，您不能修改"), (_status(m[1]),)
        ),
    ),
    (
        r"角色“(.+)”无权(.+)",
        lambda m: fill(
            QCoreApplication.translate("desk", "角色“%1”无权%2"),
            (role_text(m[1]), _action(m[2])),
        ),
    ),
    (
        r"(.+)已在本轮做过(.+)，同一人不能承担同一稿件的两个审级",
        lambda m: fill(
            QCoreApplication.translate(
                "desk", "%1已在本轮做过%2，同一人不能承担同一稿件的两个审级"
            ),
            (m[1], _status(m[2])),
        ),
    ),
    (
        r"请先在首选项中填写当前用户",
        lambda m: QCoreApplication.translate("desk", "请先在首选项中填写当前用户"),
    ),
    (
        r"退回稿件须填写退回意见",
        lambda m: QCoreApplication.translate("desk", "退回稿件须填写退回意见"),
    ),
    (r"这篇稿件不属于您", lambda m: QCoreApplication.translate("desk", "这篇稿件不属于您")),
    (
        r"您的角色不能撰写稿件",
        lambda m: QCoreApplication.translate("desk", "您的角色不能撰写稿件"),
    ),
    (
        r"只有编辑可以删除稿件",
        lambda m: QCoreApplication.translate("desk", "只有编辑可以删除稿件"),
    ),
    (
        r"只能删除已撤稿的稿件",
        lambda m: QCoreApplication.translate("desk", "只能删除已撤稿的稿件"),
    ),
    (
        r"稿件 #(\d+) 不存在",
        lambda m: fill(QCoreApplication.translate("desk", "稿件 #%1 不存在"), (m[1],)),
    ),
    (
        r"未知的操作：(.+)",
        lambda m: fill(QCoreApplication.translate("desk", "未知的操作：%1"), (m[1],)),
    ),
    (
        r"未知的稿件状态：(.+)",
        lambda m: fill(QCoreApplication.translate("desk", "未知的稿件状态：%1"), (m[1],)),
    ),
]
