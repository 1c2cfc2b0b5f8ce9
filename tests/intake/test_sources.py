"""Maildir, hostile mail, the watched folder, and assigning an unknown sender's drafts."""

from __future__ import annotations

import io
import mailbox
import zipfile

import pytest
from sqlalchemy import select

from newsroom.cli import main
from newsroom.intake.folder import DONE_FOLDER, FAILED_FOLDER, FolderWatch, look
from newsroom.intake.mail import html_to_text, read_message
from newsroom.intake.run import process_mail
from newsroom.intake.sources import MaildirSource
from newsroom.store.db import transaction
from newsroom.store.intake import assign, list_inbox
from newsroom.store.models import Article, Person
from tests.intake.helpers import DOCX, PNG, docx_bytes, message, three_submissions


def inbox(engine):
    with transaction(engine) as session:
        return list_inbox(session)


def test_maildir_messages_are_marked_seen_after_they_are_stored(newsroom, tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir")
    for msg in three_submissions():
        box.add(msg)
    source = MaildirSource(tmp_path / "Maildir")
    report = process_mail(newsroom, source)
    assert len(report.stored) == 3 and report.drafts == 3
    flags = [box.get_message(key) for key in box.keys()]
    assert all(m.get_subdir() == "cur" and "S" in m.get_flags() for m in flags)
    assert len(process_mail(newsroom, MaildirSource(tmp_path / "Maildir")).stored) == 0


def zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (150 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("稿件.docx", zip_bomb(), "zip bomb"),
        ("稿件.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "as .docx"),
        ("../../etc/passwd.txt", b"\xff\xfe\x00\x00garbage\x00\x01\x02" * 50, "passwd.txt"),
    ],
)
def test_a_hostile_attachment_is_recorded_with_its_reason_and_makes_no_draft(
    newsroom, tmp_path, name, data, problem
):
    msg = message("万彤 <wantong@meijiang.example.cn>", "稿件", attachments=[(name, DOCX, data)])
    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(msg)
    box.close()
    from newsroom.intake.sources import MboxSource

    report = process_mail(newsroom, MboxSource(tmp_path / "in.mbox"))
    (outcome,) = report.stored
    assert outcome.article_ids == [] and problem in outcome.problem
    assert "\n" not in outcome.problem and "newsroom-mail-" not in outcome.problem
    (row,) = inbox(newsroom)
    assert row.problem == outcome.problem and row.person == "万彤"


def test_a_mail_without_message_id_is_kept_once_by_its_bytes(newsroom):
    raw = message("a@b.cn", "无编号", "无编号的来稿\n\n正文一段。", message_id=None).as_bytes()
    assert read_message(raw).key.startswith("sha256:")
    assert read_message(raw).key == read_message(raw).key


def test_an_empty_mail_is_recorded_not_dropped():
    sub = read_message(message("a@b.cn", "", "  ").as_bytes())
    assert sub.items == [] and "no draft attached" in sub.problem


def test_a_draft_in_a_file_we_cannot_read_is_not_replaced_by_the_covering_note():
    msg = message(
        "a@b.cn", "投稿", "稿件见附件。", attachments=[("稿件.pdf", "application/pdf", b"%PDF-1.4")]
    )
    sub = read_message(msg.as_bytes())
    assert sub.items == [] and "稿件.pdf: not a .docx or .txt draft" in sub.problem
    assert sub.attachments == ["稿件.pdf"]


def test_html_mail_becomes_paragraphs_without_scripts():
    text = html_to_text("<div>第一段<br>第二段</div><script>alert(1)</script><p>第三&amp;段</p>")
    assert text.split("\n") == ["第一段", "第二段", "", "第三&段"]


def test_photos_come_with_the_draft(newsroom, tmp_path):
    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(three_submissions()[0])
    box.close()
    from newsroom.intake.sources import MboxSource

    process_mail(newsroom, MboxSource(tmp_path / "in.mbox"))
    with transaction(newsroom) as session:
        article = session.scalars(select(Article)).one()
        assert [(a.filename, a.data) for a in article.attachments] == [("现场.png", PNG)]


def test_assigning_an_unknown_sender_names_them_and_learns_the_address(newsroom, tmp_path):
    from newsroom.intake.sources import MboxSource

    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(three_submissions()[2])
    box.close()
    process_mail(newsroom, MboxSource(tmp_path / "in.mbox"))
    (row,) = inbox(newsroom)
    assert row.person_id is None
    with transaction(newsroom) as session:
        person = Person(name="刘敏", default_role="通讯员", organisation="友谊路街道")
        session.add(person)
        session.flush()
        person_id = person.id
    with transaction(newsroom) as session:
        assign(session, row.id, person_id)
    with transaction(newsroom) as session:
        article = session.get(Article, row.article_ids[0])
        assert [(b.role, b.person.name) for b in article.bylines] == [("通讯员", "刘敏")]
        assert [r.note for r in article.revisions] == ["导入", "指派通讯员"]
        assert session.get(Person, person_id).email == "someone@unknown.example.com"
    (row,) = inbox(newsroom)
    assert row.person == "刘敏"


def test_the_watched_folder_takes_complete_files_and_moves_them(newsroom, tmp_path):
    folder = tmp_path / "投稿"
    folder.mkdir()
    draft = docx_bytes("学校科技节", "4月16日，科技节开幕。")
    (folder / "学校科技节.docx").write_bytes(draft)
    (folder / "坏文件.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "~$学校科技节.docx").write_bytes(b"lock")
    (folder / "照片.jpg").write_bytes(PNG)
    watch = FolderWatch(folder)
    assert look(newsroom, watch).stored == []  # first look: sizes noted, nothing taken
    (folder / "还在复制.txt").write_text("半篇")  # appears now: waits for the next look
    report = look(newsroom, watch)
    assert sorted(o.subject for o in report.stored) == ["坏文件.docx", "学校科技节.docx"]
    assert (folder / DONE_FOLDER / "学校科技节.docx").exists()
    assert (folder / FAILED_FOLDER / "坏文件.docx").exists()
    reason = (folder / FAILED_FOLDER / "坏文件.docx.txt").read_text(encoding="utf-8")
    assert "corrupt" in reason or "not a .docx" in reason
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == [
        "~$学校科技节.docx", "照片.jpg", "还在复制.txt"
    ]  # fmt: skip
    (folder / "学校科技节.docx").write_bytes(draft)
    report = look(newsroom, watch)  # the copy held still since the last look: taken now
    assert [o.subject for o in report.stored] == ["还在复制.txt"]
    report = look(newsroom, watch)
    assert report.stored == [] and report.already == 1  # the same file again: not stored
    # Saved again by Word (new bytes, the same copy): linked to the draft, not added.
    (folder / "学校科技节.docx").write_bytes(draft)
    with zipfile.ZipFile(folder / "学校科技节.docx", "a") as zf:
        zf.writestr("docProps/custom.xml", "<Properties/>")
    look(newsroom, watch)
    (outcome,) = look(newsroom, watch).stored
    assert outcome.duplicate and len(outcome.article_ids) == 1
    assert (folder / DONE_FOLDER / "学校科技节 (2).docx").exists()


def test_folder_once_on_the_command_line(newsroom, db_url, tmp_path, capsys):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "稿.txt").write_text("社区开展消防演练\n\n4月18日，社区开展消防演练。\n", "utf-8")
    args = ["intake", "--folder", str(folder), "--once", "--settle", "0.05", "--db", db_url]
    assert main(args) == 0
    assert "1 new, 1 drafts" in capsys.readouterr().out
    assert (folder / DONE_FOLDER / "稿.txt").exists()
