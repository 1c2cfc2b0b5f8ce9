"""The review workflow (三审三校): transitions, notes, and one person per review stage."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.workflow import (
    ACTION_LABELS,
    REVIEW_ACTIONS,
    TRANSITIONS,
    Action,
    Event,
    Status,
    WorkflowError,
    allowed_actions,
    check,
)

AT = dt.datetime(2025, 4, 18, 9, 0)

ALLOWED = [
    (Status.DRAFT, Action.SUBMIT, Status.SUBMITTED),
    (Status.RETURNED, Action.SUBMIT, Status.SUBMITTED),
    (Status.SUBMITTED, Action.FIRST_REVIEW, Status.FIRST_REVIEW),
    (Status.FIRST_REVIEW, Action.SECOND_REVIEW, Status.SECOND_REVIEW),
    (Status.SECOND_REVIEW, Action.FINAL_REVIEW, Status.FINAL_REVIEW),
    (Status.FINAL_REVIEW, Action.SIGN_OFF, Status.SIGNED_OFF),
    (Status.SIGNED_OFF, Action.LAY_OUT, Status.LAID_OUT),
    (Status.SIGNED_OFF, Action.AMEND, Status.FINAL_REVIEW),  # changed after 签发
    (Status.SUBMITTED, Action.RETURN, Status.RETURNED),
    (Status.FIRST_REVIEW, Action.RETURN, Status.RETURNED),
    (Status.SECOND_REVIEW, Action.RETURN, Status.RETURNED),
    (Status.FINAL_REVIEW, Action.RETURN, Status.RETURNED),
    (Status.DRAFT, Action.SPIKE, Status.SPIKED),
    (Status.RETURNED, Action.SPIKE, Status.SPIKED),
    (Status.SUBMITTED, Action.SPIKE, Status.SPIKED),
    (Status.FIRST_REVIEW, Action.SPIKE, Status.SPIKED),
    (Status.SECOND_REVIEW, Action.SPIKE, Status.SPIKED),
    (Status.FINAL_REVIEW, Action.SPIKE, Status.SPIKED),
    (Status.SPIKED, Action.REOPEN, Status.DRAFT),
]
ALLOWED_PAIRS = {(s, a) for s, a, _ in ALLOWED}
FORBIDDEN = [(s, a) for s in Status for a in Action if (s, a) not in ALLOWED_PAIRS]


def ev(action: Action, actor: str) -> Event:
    return Event(action=str(action), actor=actor, at=AT)


def test_every_action_has_a_label():
    assert set(ACTION_LABELS) == set(Action)
    assert ACTION_LABELS[Action.RETURN] == "退回"


@pytest.mark.parametrize(("status", "action", "target"), ALLOWED)
def test_allowed_transition(status, action, target):
    assert check(status, action, [], "张编辑", note="请补充数据") == target
    assert check(str(status), str(action), [], "张编辑", note="请补充数据") == target


def test_the_table_is_exactly_the_design():
    table = {(s, a) for s, actions in TRANSITIONS.items() for a in actions}
    assert table == ALLOWED_PAIRS


@pytest.mark.parametrize(("status", "action"), FORBIDDEN)
def test_forbidden_transition_is_refused(status, action):
    with pytest.raises(WorkflowError) as info:
        check(status, action, [], "张编辑", note="意见")
    assert "不能" in str(info.value) and "\n" not in str(info.value)


def test_laid_out_copy_goes_nowhere():
    assert allowed_actions(Status.LAID_OUT, [], "张编辑") == []


def test_unknown_action_and_status_are_refused():
    with pytest.raises(WorkflowError, match="未知的操作"):
        check(Status.DRAFT, "publish", [], "张编辑")
    with pytest.raises(WorkflowError, match="未知的稿件状态"):
        check("archived", Action.SUBMIT, [], "张编辑")
    assert allowed_actions("archived", [], "张编辑") == []


def test_no_current_user_no_action():
    with pytest.raises(WorkflowError, match="请先在首选项中填写当前用户"):
        check(Status.DRAFT, Action.SUBMIT, [], "  ")
    assert allowed_actions(Status.DRAFT, [], "") == []


@pytest.mark.parametrize("note", ["", "   "])
def test_return_needs_a_note(note):
    with pytest.raises(WorkflowError, match="退回"):
        check(Status.FIRST_REVIEW, Action.RETURN, [], "张编辑", note=note)


def test_return_is_offered_before_the_note_is_written():
    assert Action.RETURN in allowed_actions(Status.SUBMITTED, [], "张编辑")


def test_one_person_cannot_do_two_review_stages():
    history = [ev(Action.SUBMIT, "万彤"), ev(Action.FIRST_REVIEW, "张编辑")]
    with pytest.raises(WorkflowError) as info:
        check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, "张编辑")
    assert "初审" in str(info.value) and "两个审级" in str(info.value)
    assert check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, "李主任") == (
        Status.SECOND_REVIEW
    )
    history.append(ev(Action.SECOND_REVIEW, "李主任"))
    for person in ("张编辑", "李主任"):
        with pytest.raises(WorkflowError):
            check(Status.SECOND_REVIEW, Action.FINAL_REVIEW, history, person)
    assert check(Status.SECOND_REVIEW, Action.FINAL_REVIEW, history, "王总编") == (
        Status.FINAL_REVIEW
    )


def test_the_reviewer_may_still_return_spike_or_sign_off():
    history = [ev(Action.SUBMIT, "万彤"), ev(Action.FIRST_REVIEW, "张编辑")]
    actions = allowed_actions(Status.FIRST_REVIEW, history, "张编辑")
    assert actions == [Action.RETURN, Action.SPIKE]
    final = [*history, ev(Action.SECOND_REVIEW, "李主任"), ev(Action.FINAL_REVIEW, "王总编")]
    assert allowed_actions(Status.FINAL_REVIEW, final, "王总编") == [
        Action.SIGN_OFF,
        Action.RETURN,
        Action.SPIKE,
    ]


def test_resubmission_starts_a_new_review_cycle():
    history = [
        ev(Action.SUBMIT, "万彤"),
        ev(Action.FIRST_REVIEW, "张编辑"),
        Event(
            "return",
            "李主任",
            AT,
            note="数据待核实",
            from_status="first_review",
            to_status="returned",
        ),
        ev(Action.SUBMIT, "万彤"),
    ]
    # Last cycle 张编辑 did 初审; in this one nobody has reviewed yet.
    assert check(Status.SUBMITTED, Action.FIRST_REVIEW, history, "李主任") == Status.FIRST_REVIEW
    history.append(ev(Action.FIRST_REVIEW, "李主任"))
    assert check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, "张编辑") == (
        Status.SECOND_REVIEW
    )
    with pytest.raises(WorkflowError):
        check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, "李主任")


def test_imported_copy_without_a_submit_event_counts_its_whole_history():
    history = [ev(Action.FIRST_REVIEW, "张编辑")]
    with pytest.raises(WorkflowError):
        check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, "张编辑")


def test_actor_names_are_compared_without_stray_spaces():
    history = [ev(Action.FIRST_REVIEW, "张编辑")]
    with pytest.raises(WorkflowError):
        check(Status.FIRST_REVIEW, Action.SECOND_REVIEW, history, " 张编辑 ")


@pytest.mark.parametrize(
    ("status", "actions"),
    [
        (Status.DRAFT, [Action.SUBMIT, Action.SPIKE]),
        (Status.SUBMITTED, [Action.FIRST_REVIEW, Action.RETURN, Action.SPIKE]),
        (Status.SIGNED_OFF, [Action.LAY_OUT, Action.AMEND]),
        (Status.SPIKED, [Action.REOPEN]),
    ],
)
def test_allowed_actions_are_the_buttons_to_show(status, actions):
    assert allowed_actions(status, [], "张编辑") == actions


def test_allowed_actions_agree_with_check():
    history = [ev(Action.SUBMIT, "万彤"), ev(Action.FIRST_REVIEW, "张编辑")]
    for status in Status:
        offered = allowed_actions(status, history, "张编辑")
        for action in Action:
            try:
                check(status, action, history, "张编辑", note="意见")
            except WorkflowError:
                assert action not in offered
            else:
                assert action in offered


def test_review_actions_are_the_three_stages():
    assert REVIEW_ACTIONS == (Action.FIRST_REVIEW, Action.SECOND_REVIEW, Action.FINAL_REVIEW)


def test_roles_hook():
    assert allowed_actions(Status.SIGNED_OFF, [], "美编", role="layout") == [Action.LAY_OUT]
    assert allowed_actions(Status.SUBMITTED, [], "万彤", role="correspondent") == []
    with pytest.raises(WorkflowError, match="无权"):
        check(Status.FINAL_REVIEW, Action.SIGN_OFF, [], "张编辑", role="editor")
    assert check(Status.FINAL_REVIEW, Action.SIGN_OFF, [], "王总编", role="chief_editor") == (
        Status.SIGNED_OFF
    )


def test_changing_signed_off_copy_takes_it_back_to_final_review():
    from newsroom.workflow import amendment

    assert amendment(Status.SIGNED_OFF) == Action.AMEND
    assert all(amendment(s) is None for s in Status if s != Status.SIGNED_OFF)
    assert check(Status.SIGNED_OFF, Action.AMEND, [], "张编辑", role="editor") == (
        Status.FINAL_REVIEW
    )
    with pytest.raises(WorkflowError, match="无权"):
        check(Status.SIGNED_OFF, Action.AMEND, [], "美编", role="layout")


def test_who_deletes_copy_for_good_is_said_in_workflow():
    from newsroom.workflow import can_delete

    assert can_delete("editor", "spiked") == "" and can_delete(None, "spiked") == ""
    assert can_delete("chief_editor", "spiked") == ""
    assert can_delete("layout", "spiked") == "只有编辑可以删除稿件"
    assert can_delete("correspondent", "spiked") == "只有编辑可以删除稿件"
    assert can_delete("editor", "submitted") == "只能删除已撤稿的稿件"
