"""The one helper for background work: the outcome on the GUI thread, failures reported,
nothing delivered to (and nothing crashed by) an owner closed while its work still ran."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from newsroom.ui.background import Task, run_in_background, unfinished, wait_for_background


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def settle(qtbot) -> None:
    """Every started job finished and its last word delivered."""
    assert wait_for_background(10000)
    qtbot.waitUntil(lambda: unfinished() == 0, timeout=5000)


def test_the_result_arrives_on_the_gui_thread_from_another(qtbot, owner):
    gui = threading.get_ident()
    ran_on, got = [], []

    def work(a, b, *, times):
        ran_on.append(threading.get_ident())
        return (a + b) * times

    def done(result):
        got.append((result, threading.get_ident()))

    task = run_in_background(work, 2, 3, times=4, parent=owner, on_done=done)
    assert task.running
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(20, gui)]
    assert ran_on and ran_on[0] != gui
    assert not task.running
    settle(qtbot)


def test_an_exception_is_reported_on_the_gui_thread_and_nothing_is_done(qtbot, owner):
    gui = threading.get_ident()
    errors, done = [], []

    def work():
        raise ValueError("数据库已断开")

    task = run_in_background(
        work,
        parent=owner,
        on_done=done.append,
        on_error=lambda exc: errors.append((exc, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    ((exc, thread),) = errors
    assert isinstance(exc, ValueError) and str(exc) == "数据库已断开" and thread == gui
    assert done == [] and not task.running
    settle(qtbot)


def test_a_failure_nobody_handles_is_logged(qtbot, owner, caplog):
    def work():
        raise KeyError("gone")

    with caplog.at_level(logging.ERROR, logger="newsroom.ui.background"):
        run_in_background(work, parent=owner)
        qtbot.waitUntil(lambda: bool(caplog.records), timeout=5000)
    assert caplog.records[0].exc_info[0] is KeyError
    settle(qtbot)


def test_progress_arrives_in_order_and_cancel_reaches_the_work(qtbot, owner):
    gui = threading.get_ident()
    steps: list[tuple[int, int, bool]] = []
    may_go_on = threading.Event()

    def work(total, *, progress, cancelled):
        for done in range(1, total + 1):
            progress(done, total)
            if done == 2:
                may_go_on.wait(5)
            if cancelled():
                return f"stopped at {done}"
        return "all"

    outcome = []
    task = Task(
        owner,
        on_done=outcome.append,
        on_progress=lambda done, total: steps.append((done, total, threading.get_ident() == gui)),
    )
    task.start(work, 5, progress=task.report, cancelled=task.cancelled)
    qtbot.waitUntil(lambda: len(steps) == 2, timeout=5000)
    task.cancel()
    may_go_on.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["stopped at 2"]
    assert steps == [(1, 5, True), (2, 5, True)]
    settle(qtbot)


def test_an_owner_deleted_while_its_work_runs_hears_nothing_and_nothing_breaks(qtbot):
    owner = QWidget()
    started, release = threading.Event(), threading.Event()
    seen_cancelled, delivered = [], []

    def work(*, cancelled, progress):
        started.set()
        release.wait(5)
        seen_cancelled.append(cancelled())
        progress("late")  # the task's parent is gone: this goes nowhere
        return "late answer"

    task = Task(
        owner, on_done=delivered.append, on_error=delivered.append, on_progress=delivered.append
    )
    task.start(work, cancelled=task.cancelled, progress=task.report)
    assert started.wait(5)
    shiboken6.delete(owner)  # the pane or window closed and deleted
    assert not shiboken6.isValid(task)
    release.set()
    settle(qtbot)
    qtbot.wait(50)  # any delivery still queued would come now
    assert seen_cancelled == [True]  # told to stop: the owner is gone
    assert delivered == []


def test_a_task_runs_once(qtbot, owner):
    task = run_in_background(lambda: 1, parent=owner)
    with pytest.raises(RuntimeError):
        task.start(lambda: 2)
    settle(qtbot)


def test_many_tasks_at_once_each_deliver_once_and_are_all_released(qtbot, owner):
    got = []
    for n in range(40):
        run_in_background(sum, range(n * 1000), parent=owner, on_done=got.append)
    settle(qtbot)
    qtbot.waitUntil(lambda: len(got) == 40, timeout=5000)
    assert sorted(got) == sorted(sum(range(n * 1000)) for n in range(40))
    assert unfinished() == 0
