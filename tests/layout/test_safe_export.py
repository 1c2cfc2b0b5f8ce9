"""Pages and 校对单 written from the window go through the same safe writer as the command."""

from __future__ import annotations

import datetime
import os
import stat

import pytest

from newsroom.layout import write_page
from newsroom.layout.model import LayoutArticle, LayoutPage
from newsroom.layout.proof_sheet import write_proof_sheet


def page() -> LayoutPage:
    article = LayoutArticle(headline="社区食堂开张", paragraphs=["居民吃上了热乎饭。"])
    return LayoutPage("河西报", datetime.date(2025, 4, 1), 1, "要闻", [article])


def test_a_page_onto_a_fifo_is_refused_and_the_fifo_survives(tmp_path):
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_page(page(), fifo)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_new_page_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_page(page(), tmp_path / "page.docx")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "page.docx").st_mode) == 0o644


def test_a_proof_sheet_through_a_symlink_writes_its_target(tmp_path):
    target = tmp_path / "real.docx"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.docx"
    link.symlink_to(target)
    write_proof_sheet(link, {"headline": "标题", "body": "正文"}, [], author="校对")
    assert link.is_symlink() and target.read_bytes()[:2] == b"PK"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
