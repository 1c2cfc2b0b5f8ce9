"""The roster family: a synthetic roster (no real officials), copy dated D."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.proofing import ProofOptions
from newsroom.proofing.engine import Proofreader
from newsroom.proofing.roster import RosterCheck, RosterPost

D = dt.date(2025, 4, 1)
ROSTER = [
    RosterPost("张三", "区委副书记", since=dt.date(2024, 1, 1), rank=2),
    RosterPost("张三", "区长", "区政府", until=dt.date(2023, 12, 31)),
    RosterPost("李四", "区委书记", rank=1),
    RosterPost("张蔓芳", "区长", "区政府", since=dt.date(2024, 1, 1), rank=3),
    RosterPost("王五", "局长", "区教育局", rank=9),
    RosterPost("赵六", "副区长", "区政府", since=dt.date(2025, 6, 1), rank=5),
]


def check(text: str, day: dt.date = D):
    return [(f.text, f.suggestion, f.rule) for f in RosterCheck(ROSTER, day).iter_findings(text)]


def test_the_issues_check_post_and_near_name():
    proofreader = Proofreader(roster=ROSTER, date=D)
    (post,) = proofreader.check("区委书记张三主持会议。")
    assert (post.text, post.suggestion, post.rule, post.category) == (
        "区委书记", "区委副书记", "roster.post", "roster",
    )  # fmt: skip
    assert "副" in post.message
    (near,) = proofreader.check("区委副书记张山出席会议。")
    assert (near.text, near.suggestion, near.rule) == ("张山", "张三", "roster.name")


@pytest.mark.parametrize(
    "text",
    [
        "区委副书记张三主持会议。",
        "区政府区长张蔓芳出席。",
        "区长张蔓芳表示，",
        "区教育局局长王五介绍，",
        "教育局局长王五介绍，",  # the unit shortened, not another unit
        "区委书记李四强调，",
        "记者张山报道",  # not a title the roster knows: left alone
        "区委副书记张三、区长张蔓芳出席会议。",  # in protocol order
    ],
)
def test_what_is_right_is_left_alone(text):
    assert check(text) == []


def test_vice_added_wrong_unit_left_and_not_yet():
    assert check("区委副书记李四讲话") == [("区委副书记", "区委书记", "roster.post")]
    assert check("由区卫健局局长王五主持") == [("区卫健局局长", "区教育局局长", "roster.post")]
    assert check("区长张三讲话")[0][2] == "roster.former"
    assert check("区长张三讲话", dt.date(2023, 6, 1)) == []  # he was then
    assert check("副区长赵六到会")[0][2] == "roster.post"  # only from June
    assert check("副区长赵六到会", dt.date(2025, 7, 1)) == []


def test_near_name_beside_a_title():
    assert check("区长张曼芳说") == [("张曼芳", "张蔓芳", "roster.name")]
    assert check("张曼芳说") == []  # no title: could be anyone


def test_officials_out_of_protocol_order_in_an_attendance_list():
    found = check("区长张蔓芳、区委书记李四出席会议。")
    assert found == [("李四", "", "roster.order")]
    assert check("张蔓芳、李四在会上发言。") == []  # not an attendance list


def test_several_titles_before_one_name():
    assert [r for _, _, r in check("区委常委、区长张三讲话")] == ["roster.former"]


def test_the_family_is_one_switch():
    text = "区委书记张三主持会议。"
    assert Proofreader(ProofOptions(roster=False), roster=ROSTER, date=D).check(text) == []
    assert Proofreader().check(text) == []  # no roster, no roster findings
