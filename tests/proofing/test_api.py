"""The public API: Finding, Proofreader, get_proofreader, cheap import, fast re-check."""

from __future__ import annotations

import subprocess
import sys
import time

from newsroom.proofing import Finding, ProofOptions, Proofreader, get_proofreader

KEYS = {"start", "end", "text", "suggestion", "category", "rule", "message", "severity"}


def test_finding_to_dict_has_design_keys(pr):
    f = pr.check("会议对下一阶段工作进行了布署。")[0]
    assert isinstance(f, Finding)
    assert set(f.to_dict()) == KEYS
    # How sure the rule is travels with the finding (1.0 for a dictionary match).
    assert f.confidence == 1.0
    assert f.to_dict()["category"] == "typo"


def test_offsets_are_code_points_and_sorted(pr):
    text = "𠀀要再接再励，布局 and 分区，抓好落实。。"
    found = pr.check(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.severity in {"error", "warning", "info"}


def test_shared_instance():
    assert get_proofreader() is get_proofreader()


def test_import_is_cheap():
    code = (
        "import sys, newsroom.proofing as p; "
        "assert 'newsroom.proofing.engine' not in sys.modules; "
        "assert 'newsroom.proofing.lexicon' not in sys.modules; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_options_switch_families_off():
    pr = Proofreader(ProofOptions(mixed_script=False, repeat=False))
    assert pr.check("科学完善载体的布局 and 分区，没想到到政府部门主动上门。") == []


def test_check_paragraph_shifts_offsets(pr):
    para = "要再接再励。"
    [f] = pr.check_paragraph(para, offset=100)
    assert (f.start, f.end, f.suggestion) == (104, 105, "厉")


def test_recheck_one_paragraph_is_fast(pr, seed_text):
    article = (seed_text * 3)[:10_000]
    pr.check(article)
    para = max(article.split("\n"), key=len) + "的"
    times = []
    for _ in range(7):
        t = time.perf_counter()
        pr.check_paragraph(para, 500)
        times.append(time.perf_counter() - t)
    assert min(times) < 0.005


def test_empty_text(pr):
    assert pr.check("") == []
