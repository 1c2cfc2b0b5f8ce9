"""Review workflow (三审三校): the states an article moves through and who may move it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    """Where an article stands; the value is what is stored and printed as JSON."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    FIRST_REVIEW = "first_review"
    SECOND_REVIEW = "second_review"
    FINAL_REVIEW = "final_review"
    SIGNED_OFF = "signed_off"
    LAID_OUT = "laid_out"
    RETURNED = "returned"
    SPIKED = "spiked"


#: The newsroom's own word for each state.
STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: "草稿",
    Status.SUBMITTED: "已提交",
    Status.FIRST_REVIEW: "初审",
    Status.SECOND_REVIEW: "复审",
    Status.FINAL_REVIEW: "终审",
    Status.SIGNED_OFF: "已签发",
    Status.LAID_OUT: "已排版",
    Status.RETURNED: "退回",
    Status.SPIKED: "撤稿",
}

#: Copy that arrives at the desk (a bulletin page, a correspondent's file) waits for 初审.
IMPORTED_STATUS = Status.SUBMITTED


def status_label(value: str) -> str:
    """The Chinese label of a stored status value; unknown values are shown as they are."""
    try:
        return STATUS_LABELS[Status(value)]
    except ValueError:
        return value


class Action(StrEnum):
    """What a person does to an article; the value is what a workflow event stores."""

    SUBMIT = "submit"
    FIRST_REVIEW = "first_review"
    SECOND_REVIEW = "second_review"
    FINAL_REVIEW = "final_review"
    SIGN_OFF = "sign_off"
    LAY_OUT = "lay_out"
    RETURN = "return"
    SPIKE = "spike"
    REOPEN = "reopen"
    AMEND = "amend"


#: The newsroom's own word for each action: the text of its button.
ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: "提交",
    Action.FIRST_REVIEW: "初审通过",
    Action.SECOND_REVIEW: "复审通过",
    Action.FINAL_REVIEW: "终审通过",
    Action.SIGN_OFF: "签发",
    Action.LAY_OUT: "排版",
    Action.RETURN: "退回",
    Action.SPIKE: "撤稿",
    Action.REOPEN: "重新编辑",
    Action.AMEND: "签发后改稿",
}

#: The three review stages (三审); one person may perform only one of them per article.
REVIEW_ACTIONS = (Action.FIRST_REVIEW, Action.SECOND_REVIEW, Action.FINAL_REVIEW)

_IN_REVIEW = (Status.SUBMITTED, Status.FIRST_REVIEW, Status.SECOND_REVIEW, Status.FINAL_REVIEW)

#: status → action → new status; the one table of what may happen when.
TRANSITIONS: dict[Status, dict[Action, Status]] = {
    Status.DRAFT: {Action.SUBMIT: Status.SUBMITTED, Action.SPIKE: Status.SPIKED},
    Status.RETURNED: {Action.SUBMIT: Status.SUBMITTED, Action.SPIKE: Status.SPIKED},
    Status.SUBMITTED: {Action.FIRST_REVIEW: Status.FIRST_REVIEW},
    Status.FIRST_REVIEW: {Action.SECOND_REVIEW: Status.SECOND_REVIEW},
    Status.SECOND_REVIEW: {Action.FINAL_REVIEW: Status.FINAL_REVIEW},
    Status.FINAL_REVIEW: {Action.SIGN_OFF: Status.SIGNED_OFF},
    # A change to signed-off copy takes it back to 终审: the chief editor signs it off
    # again, as a newsroom re-signs a page changed after 签发 (see amendment()).
    Status.SIGNED_OFF: {Action.LAY_OUT: Status.LAID_OUT, Action.AMEND: Status.FINAL_REVIEW},
    Status.LAID_OUT: {},
    Status.SPIKED: {Action.REOPEN: Status.DRAFT},
}
for _status in _IN_REVIEW:
    TRANSITIONS[_status] |= {Action.RETURN: Status.RETURNED, Action.SPIKE: Status.SPIKED}


class Role(StrEnum):
    """What an account is at the newsroom; the value is what is stored."""

    CORRESPONDENT = "correspondent"
    EDITOR = "editor"
    CHIEF_EDITOR = "chief_editor"
    LAYOUT = "layout"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.CORRESPONDENT: "通讯员",
    Role.EDITOR: "编辑",
    Role.CHIEF_EDITOR: "总编/值班主任",
    Role.LAYOUT: "排版",
    Role.ADMIN: "管理员",
}

#: ``role=None`` is the single-user desk where anyone may act; a named role may do
#: only what is listed here. Only a chief editor signs off.
ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    "correspondent": frozenset({Action.SUBMIT}),
    "reporter": frozenset({Action.SUBMIT}),
    "editor": frozenset(
        {
            Action.SUBMIT,
            Action.FIRST_REVIEW,
            Action.SECOND_REVIEW,
            Action.RETURN,
            Action.SPIKE,
            Action.REOPEN,
            Action.AMEND,
        }
    ),
    "chief_editor": frozenset(set(Action) - {Action.LAY_OUT}),
    "layout": frozenset({Action.LAY_OUT}),
    "admin": frozenset(),
}

#: States in which a correspondent may still change their own copy.
_OWNER_EDITABLE = (Status.DRAFT, Status.RETURNED)


def can_view(role: str | None, account_id: int | None, owner_id: int | None) -> bool:
    """A correspondent sees only their own copy; everyone else sees the whole desk."""
    if role != Role.CORRESPONDENT:
        return True
    return owner_id is not None and owner_id == account_id


def can_edit(role: str | None, account_id: int | None, owner_id: int | None, status: str) -> bool:
    """Who may change an article's text now.

    A correspondent edits their own drafts until submitted (and again when returned);
    editors and chief editors edit copy not yet laid out; layout staff and the
    administrator read copy but do not change it.
    """
    if role is None:
        return True
    if role == Role.CORRESPONDENT:
        return can_view(role, account_id, owner_id) and status in _OWNER_EDITABLE
    if role in (Role.EDITOR, Role.CHIEF_EDITOR):
        return status not in (Status.LAID_OUT,)
    return False


def amendment(status: str) -> Action | None:
    """The action that saving changed text records first: signed-off copy goes back to
    终审 (签发后改稿) and must be signed off again; other copy just saves."""
    return Action.AMEND if status == Status.SIGNED_OFF else None


def can_plan_pages(role: str | None) -> bool:
    return role in (None, Role.LAYOUT, Role.CHIEF_EDITOR, Role.EDITOR)


def can_delete(role: str | None, status: str) -> str:
    """Why this role may not delete copy in this status for good ("": it may). Only the
    desk deletes, and only spiked copy (撤稿 first, so nothing goes by one click)."""
    if role not in (None, Role.EDITOR, Role.CHIEF_EDITOR):
        return "只有编辑可以删除稿件"
    if status != Status.SPIKED:
        return "只能删除已撤稿的稿件"
    return ""


#: The proofreading passes of the 三校 record, by number.
PASS_LABELS = {1: "一校", 2: "二校", 3: "三校"}


def proof_pass_refusal(
    proofreader: str, writers: set[str], done: int, role: str | None = None
) -> str | None:
    """Why the next proofreading pass may not be recorded, or None: passes are the desk's,
    never by the article's writer, three at most (pg_security mirrors this)."""
    if role is not None and role not in (Role.EDITOR, Role.CHIEF_EDITOR):
        return "只有编辑可以记录校次"
    if not proofreader.strip():
        return "校对员姓名不能为空"
    if proofreader.strip() in {w.strip() for w in writers}:
        return f"{proofreader.strip()}是本稿作者，不能校对自己的稿件"
    if done >= len(PASS_LABELS):
        return "本稿三校已完成"
    return None


def sign_off_refusal(passes_done: int, three_required: bool) -> str | None:
    """Why 签发 must wait for the proofreading passes, or None (the newsroom's option)."""
    if three_required and passes_done < len(PASS_LABELS):
        return f"本报要求三校后签发，本稿已完成{passes_done}校"
    return None


def can_keep_lists(role: str | None) -> bool:
    """Who changes the newsroom's roster of officials and its words to avoid: the desk."""
    return role in (None, Role.EDITOR, Role.CHIEF_EDITOR)


def can_manage_accounts(role: str | None) -> bool:
    return role in (None, Role.ADMIN)


@dataclass(frozen=True)
class Event:
    """One step an article took: who did what, when, and why."""

    action: str
    actor: str
    at: datetime
    note: str = ""
    from_status: str = ""
    to_status: str = ""


class WorkflowError(Exception):
    """An action that may not happen now; the message is one line for the user."""


def action_label(value: str) -> str:
    """The Chinese label of a stored action value; unknown values are shown as they are."""
    try:
        return ACTION_LABELS[Action(value)]
    except ValueError:
        return value


def current_cycle(history: Sequence[Event]) -> Sequence[Event]:
    """Events since the last submission: a returned and resubmitted article starts afresh."""
    for index in range(len(history) - 1, -1, -1):
        if history[index].action == Action.SUBMIT:
            return history[index + 1 :]
    return history  # imported copy arrives submitted, with no submit event


def _refusal(
    status: str, action: str, history: Sequence[Event], actor: str, role: str | None
) -> tuple[str, Status | None]:
    """Why the action is refused ("" when it is not), and the status it leads to."""
    try:
        act = Action(action)
    except ValueError:
        return f"未知的操作：{action}", None
    try:
        current = Status(status)
    except ValueError:
        return f"未知的稿件状态：{status}", None
    target = TRANSITIONS[current].get(act)
    if target is None:
        return f"稿件处于“{STATUS_LABELS[current]}”状态，不能{ACTION_LABELS[act]}", None
    actor = actor.strip()
    if not actor:
        return "请先在首选项中填写当前用户", None
    if role is not None and act not in ROLE_ACTIONS.get(role, frozenset()):
        return f"角色“{role}”无权{ACTION_LABELS[act]}", None
    if act in REVIEW_ACTIONS:
        for event in current_cycle(history):
            if (
                event.actor.strip() == actor
                and event.action in REVIEW_ACTIONS
                and event.action != act
            ):
                done = action_label(event.action).removesuffix("通过")
                return (f"{actor}已在本轮做过{done}，同一人不能承担同一稿件的两个审级", None)
    return "", target


def allowed_actions(
    status: str, history: Sequence[Event], actor: str, role: str | None = None
) -> list[Action]:
    """The actions this actor may take now, in button order; none without a current user.

    A return is offered even though it still needs a note: the dialog asks for it.
    """
    try:
        candidates = TRANSITIONS[Status(status)]
    except ValueError:
        return []
    return [a for a in candidates if not _refusal(status, a, history, actor, role)[0]]


def check(
    status: str,
    action: str | Action,
    history: Sequence[Event],
    actor: str,
    note: str = "",
    role: str | None = None,
) -> Status:
    """The status the action leads to, or WorkflowError saying why it may not happen.

    The one place where the rules live, for the window and the command line alike.
    """
    reason, target = _refusal(status, str(action), history, actor, role)
    if reason:
        raise WorkflowError(reason)
    if action == Action.RETURN and not note.strip():
        raise WorkflowError("退回稿件须填写退回意见")
    assert target is not None
    return target
