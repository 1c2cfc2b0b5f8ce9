"""The newsroom's words from the plain layers (states, actions, roles, categories) in the
window's language: Chinese as stored, English through the translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsroom.proofing.model import CATEGORIES
from newsroom.workflow import ACTION_LABELS, ROLE_LABELS, STATUS_LABELS, Action, Role, Status

CONTEXT = "labels"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _known_to_lupdate() -> None:
    """Never called: lupdate finds the literal strings here and puts them in the .ts files."""
    for text in (
        # states
        QCoreApplication.translate("labels", "草稿"),
        QCoreApplication.translate("labels", "已提交"),
        QCoreApplication.translate("labels", "初审"),
        QCoreApplication.translate("labels", "复审"),
        QCoreApplication.translate("labels", "终审"),
        QCoreApplication.translate("labels", "已签发"),
        QCoreApplication.translate("labels", "已排版"),
        QCoreApplication.translate("labels", "退回"),
        QCoreApplication.translate("labels", "撤稿"),
        # actions
        QCoreApplication.translate("labels", "提交"),
        QCoreApplication.translate("labels", "初审通过"),
        QCoreApplication.translate("labels", "复审通过"),
        QCoreApplication.translate("labels", "终审通过"),
        QCoreApplication.translate("labels", "签发"),
        QCoreApplication.translate("labels", "排版"),
        QCoreApplication.translate("labels", "重新编辑"),
        # roles
        QCoreApplication.translate("labels", "通讯员"),
        QCoreApplication.translate("labels", "编辑"),
        QCoreApplication.translate("labels", "总编/值班主任"),
        QCoreApplication.translate("labels", "管理员"),
        # proofreading categories
        QCoreApplication.translate("labels", "错别字"),
        QCoreApplication.translate("labels", "规范表述"),
        QCoreApplication.translate("labels", "重复字词"),
        QCoreApplication.translate("labels", "中英混排"),
        QCoreApplication.translate("labels", "标点"),
        QCoreApplication.translate("labels", "全半角"),
        QCoreApplication.translate("labels", "数字用法"),
        QCoreApplication.translate("labels", "自定义"),
        # tag kinds
        QCoreApplication.translate("labels", "主题"),
        QCoreApplication.translate("labels", "地点"),
        QCoreApplication.translate("labels", "机构"),
        QCoreApplication.translate("labels", "人物"),
        # fields of an article
        QCoreApplication.translate("labels", "引题"),
        QCoreApplication.translate("labels", "副题"),
        QCoreApplication.translate("labels", "正文"),
    ):
        del text


def status_text(value: str) -> str:
    try:
        return _translate(STATUS_LABELS[Status(value)])
    except ValueError:
        return value


def action_text(value: str) -> str:
    try:
        return _translate(ACTION_LABELS[Action(value)])
    except ValueError:
        return value


def role_text(value: str | None) -> str:
    try:
        return _translate(ROLE_LABELS[Role(value)])
    except ValueError:
        return value or ""


def category_text(value: str) -> str:
    return _translate(CATEGORIES.get(value, value))


def statuses() -> list[tuple[str, str]]:
    """(label, value) for pickers, in workflow order."""
    return [(status_text(s), s.value) for s in STATUS_LABELS]


def roles() -> list[tuple[str, str]]:
    return [(role_text(r), r.value) for r in ROLE_LABELS]
