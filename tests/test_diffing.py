"""Character-level diffs of Chinese copy, and revision snapshots as readable text."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.diffing import DiffSpan, char_diff, snapshot_text


def sides(spans: list[DiffSpan]) -> tuple[str, str]:
    return "".join(s.old for s in spans), "".join(s.new for s in spans)


def test_one_changed_character_is_one_replace():
    spans = char_diff("典型案列展示", "典型案例展示")
    assert spans == [
        DiffSpan("equal", "典型案", "典型案"),
        DiffSpan("replace", "列", "例"),
        DiffSpan("equal", "展示", "展示"),
    ]


def test_delete_and_insert():
    assert char_diff("没想到到了", "没想到了") == [
        DiffSpan("equal", "没想到", "没想到"),
        DiffSpan("delete", "到", ""),
        DiffSpan("equal", "了", "了"),
    ]
    assert char_diff("", "新增") == [DiffSpan("insert", "", "新增")]
    assert char_diff("全删", "") == [DiffSpan("delete", "全删", "")]


def test_equal_and_empty():
    assert char_diff("同样", "同样") == [DiffSpan("equal", "同样", "同样")]
    assert char_diff("", "") == []


def test_long_text_is_diffed_by_paragraph_first_and_stays_fast():
    paragraphs = [
        f"第{i}段，河西区推进养老服务设施建设，打造硬件设施完善的社区。" for i in range(2000)
    ]
    old = "\n".join(paragraphs)
    changed = list(paragraphs)
    changed[700] = changed[700].replace("养老", "助老")
    changed.insert(1500, "新插入的一段。")
    new = "\n".join(changed)
    start = time.perf_counter()
    spans = char_diff(old, new)
    assert time.perf_counter() - start < 2.0
    assert sides(spans) == (old, new)
    changes = [s for s in spans if s.op != "equal"]
    assert DiffSpan("replace", "养", "助") in changes
    assert any(s.op == "insert" and "新插入的一段。" in s.new for s in changes)
    assert sum(len(s.old) + len(s.new) for s in changes) < 40


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="河西区养老\n，。ab", max_size=60),
    st.text(alphabet="河西区养老\n，。ab", max_size=60),
)
def test_spans_rebuild_both_texts(old, new):
    spans = char_diff(old, new)
    assert sides(spans) == (old, new)
    for span in spans:
        assert span.op in {"equal", "delete", "insert", "replace"}
        assert (span.old == span.new) == (span.op == "equal")
        assert span.old or span.new


def test_snapshot_text():
    snapshot = {
        "kicker": "引",
        "headline": "主",
        "subheadline": "",
        "bylines": [
            {"role": "通讯员", "name": "万彤"},
            {"role": "通讯员", "name": "李明"},
            {"role": "记者", "name": "孙悦"},
        ],
        "paragraphs": ["第一段。", "第二段。"],
    }
    assert snapshot_text(snapshot) == (
        "引题：引\n主题：主\n副题：\n署名：通讯员 万彤 李明 记者 孙悦\n\n第一段。\n第二段。"
    )
    assert snapshot_text({}) == "引题：\n主题：\n副题：\n署名：\n"


def test_one_change_in_a_huge_paragraph_is_found_quickly():
    old = "河西区养老服务。" * 10000
    new = old[:40000] + "新" + old[40000:]
    start = time.perf_counter()
    spans = char_diff(old, new)
    assert time.perf_counter() - start < 1.0
    assert [s.op for s in spans] == ["equal", "insert", "equal"] and spans[1].new == "新"


def test_unrelated_long_texts_do_not_hang():
    old = "".join(chr(0x4E00 + (i * 7) % 5000) for i in range(30000))
    new = "".join(chr(0x4E00 + (i * 13) % 5000) for i in range(30000))
    start = time.perf_counter()
    assert sides(char_diff(old, new)) == (old, new)
    assert time.perf_counter() - start < 2.0
