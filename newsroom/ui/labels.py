"""The newsroom's words from the plain layers (states, actions, roles, categories) in the
window's language: Chinese as stored, English through the translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from newsroom.proofing.families import BY_NAME
from newsroom.workflow import ACTION_LABELS, ROLE_LABELS, STATUS_LABELS, Action, Role, Status


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _known_to_lupdate() -> None:
    """Never called: lupdate finds the literal strings here and puts them in the .ts files.

    A word has one context per meaning: 退回 the state is "Returned", the action "Return".
    """
    for text in (
        # status
        QCoreApplication.translate("status", "草稿"),
        QCoreApplication.translate("status", "已提交"),
        QCoreApplication.translate("status", "初审"),
        QCoreApplication.translate("status", "复审"),
        QCoreApplication.translate("status", "终审"),
        QCoreApplication.translate("status", "已签发"),
        QCoreApplication.translate("status", "已排版"),
        QCoreApplication.translate("status", "退回"),
        QCoreApplication.translate("status", "撤稿"),
        # action
        QCoreApplication.translate("action", "提交"),
        QCoreApplication.translate("action", "初审通过"),
        QCoreApplication.translate("action", "复审通过"),
        QCoreApplication.translate("action", "终审通过"),
        QCoreApplication.translate("action", "签发"),
        QCoreApplication.translate("action", "排版"),
        QCoreApplication.translate("action", "退回"),
        QCoreApplication.translate("action", "撤稿"),
        QCoreApplication.translate("action", "重新编辑"),
        QCoreApplication.translate("action", "签发后改稿"),
        # role
        QCoreApplication.translate("role", "通讯员"),
        QCoreApplication.translate("role", "编辑"),
        QCoreApplication.translate("role", "总编/值班主任"),
        QCoreApplication.translate("role", "排版"),
        QCoreApplication.translate("role", "管理员"),
        # labels
        QCoreApplication.translate("labels", "主题"),
        QCoreApplication.translate("labels", "地点"),
        QCoreApplication.translate("labels", "机构"),
        QCoreApplication.translate("labels", "人物"),
        QCoreApplication.translate("labels", "引题"),
        QCoreApplication.translate("labels", "副题"),
        QCoreApplication.translate("labels", "正文"),
    ):
        del text


def status_text(value: str) -> str:
    try:
        return _translate("status", STATUS_LABELS[Status(value)])
    except ValueError:
        return value


def action_text(value: str) -> str:
    try:
        return _translate("action", ACTION_LABELS[Action(value)])
    except ValueError:
        return value


def role_text(value: str | None) -> str:
    try:
        return _translate("role", ROLE_LABELS[Role(value)])
    except ValueError:
        return value or ""


def category_text(value: str) -> str:
    """A proofreading family's label (families.py has both languages)."""
    family = BY_NAME.get(value)
    if family is None:
        return value
    return family.label_en if QLocale().language() == QLocale.Language.English else family.label


def statuses() -> list[tuple[str, str]]:
    """(label, value) for pickers, in workflow order."""
    return [(status_text(s), s.value) for s in STATUS_LABELS]


def roles() -> list[tuple[str, str]]:
    return [(role_text(r), r.value) for r in ROLE_LABELS]
