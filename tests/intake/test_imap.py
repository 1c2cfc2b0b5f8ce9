"""The submission mailbox over IMAP with TLS, on a real Dovecot; replies on a real SMTP server."""

from __future__ import annotations

import email
import email.policy
import imaplib
import ssl

import pytest

from newsroom.cli import main
from newsroom.intake.reply import (
    RECEIVED,
    RETURNED,
    build_reply,
    parse_smtp_url,
    reply_text,
    send,
)
from newsroom.intake.run import process_mail
from newsroom.intake.sources import ImapSource, IntakeError, parse_imap_url
from newsroom.store.db import transaction
from newsroom.store.intake import list_inbox
from tests.intake.helpers import DOCX, docx_bytes, message, three_submissions
from tests.intake.servers import PASSWORD, DroppingProxy


def unseen(server) -> int:
    conn = imaplib.IMAP4_SSL("127.0.0.1", server.port, ssl_context=ssl.create_default_context())
    try:
        conn.login(server.user, PASSWORD)
        conn.select("INBOX")
        _status, data = conn.uid("SEARCH", None, "UNSEEN")
        return len(data[0].split())
    finally:
        conn.logout()


def drafts(engine) -> list[int]:
    with transaction(engine) as session:
        return sorted(i for row in list_inbox(session) for i in row.article_ids)


def test_mailbox_over_tls_is_taken_in_once_and_marked_read(newsroom, db_url, dovecot, capsys):
    for number, msg in enumerate(three_submissions()):
        dovecot.deliver(msg.as_bytes(), str(number))
    assert unseen(dovecot) == 3
    assert main(["intake", "--imap", dovecot.url, "--once", "--db", db_url]) == 0
    assert "3 new, 3 drafts" in capsys.readouterr().out
    assert unseen(dovecot) == 0
    assert len(drafts(newsroom)) == 3

    # A message seen again (moved back to unread by a mail program) makes no second draft.
    conn = imaplib.IMAP4_SSL("127.0.0.1", dovecot.port, ssl_context=ssl.create_default_context())
    conn.login(dovecot.user, PASSWORD)
    conn.select("INBOX")
    conn.store("1:*", "-FLAGS", "(\\Seen)")
    conn.logout()
    assert main(["intake", "--imap", dovecot.url, "--once", "--db", db_url]) == 0
    assert "0 new, 0 drafts, 3 taken in before" in capsys.readouterr().out
    assert unseen(dovecot) == 0 and len(drafts(newsroom)) == 3


def test_a_wrong_password_or_an_untrusted_server_is_one_line(
    newsroom, db_url, dovecot, monkeypatch, capsys
):
    monkeypatch.setenv("NEWSROOM_IMAP_PASSWORD", "wrong")
    assert main(["intake", "--imap", dovecot.url, "--once", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tougao@127.0.0.1" in err and "wrong" not in err
    monkeypatch.setenv("NEWSROOM_IMAP_PASSWORD", PASSWORD)
    monkeypatch.delenv("SSL_CERT_FILE")  # the self-signed certificate is not trusted now
    assert main(["intake", "--imap", dovecot.url, "--once", "--db", db_url]) == 2
    assert "CERTIFICATE_VERIFY_FAILED" in capsys.readouterr().err


def test_a_password_in_the_address_is_refused(newsroom, db_url, capsys):
    url = "imaps://tougao:hunter2@127.0.0.1/INBOX"
    assert main(["intake", "--imap", url, "--once", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "NEWSROOM_IMAP_PASSWORD" in err and "hunter2" not in err


def test_a_server_that_drops_mid_fetch_loses_nothing(newsroom, dovecot):
    body = "。".join(f"第{i}段，区里开展了多项便民服务活动" for i in range(400))
    for number in range(4):
        msg = message(
            "万彤 <wantong@meijiang.example.cn>",
            f"便民服务第{number}篇",
            attachments=[("稿件.docx", DOCX, docx_bytes(f"便民服务第{number}篇", body))],
        )
        dovecot.deliver(msg.as_bytes(), str(number))
    size = len(msg.as_bytes())
    proxy = DroppingProxy(dovecot.port, limit=int(size * 2.5))
    address = parse_imap_url(f"imaps://tougao@127.0.0.1:{proxy.port}/INBOX")
    with pytest.raises(IntakeError) as info:
        source = ImapSource(address, PASSWORD, timeout=10)
        try:
            process_mail(newsroom, source)
        finally:
            source.close()
    proxy.close()
    assert "\n" not in str(info.value)
    stored = drafts(newsroom)
    assert 1 <= len(stored) < 4
    assert unseen(dovecot) == 4 - len(stored)  # only what was stored was marked read

    source = ImapSource(parse_imap_url(dovecot.url), PASSWORD)
    try:
        report = process_mail(newsroom, source)
    finally:
        source.close()
    assert len(report.stored) == 4 - len(stored)
    assert len(drafts(newsroom)) == 4 and unseen(dovecot) == 0


def test_stored_but_not_marked_is_marked_on_the_next_run_without_a_second_draft(newsroom, dovecot):
    for number, msg in enumerate(three_submissions()):
        dovecot.deliver(msg.as_bytes(), str(number))

    class Crashes(ImapSource):
        def done(self, token) -> None:
            raise IntakeError("the desk lost its connection")

    source = Crashes(parse_imap_url(dovecot.url), PASSWORD)
    with pytest.raises(IntakeError):
        process_mail(newsroom, source)
    source.close()
    assert len(drafts(newsroom)) == 1 and unseen(dovecot) == 3

    source = ImapSource(parse_imap_url(dovecot.url), PASSWORD)
    report = process_mail(newsroom, source)
    source.close()
    assert report.already == 1 and len(report.stored) == 2
    assert len(drafts(newsroom)) == 3 and unseen(dovecot) == 0


def test_replies_go_out_by_smtp_in_the_senders_thread(smtp_server):
    port, received = smtp_server
    subject, text = reply_text(RETURNED, "社区义诊活动", "河西报", "请补充活动的时间和主办单位。")
    reply = build_reply(
        to="someone@unknown.example.com",
        subject=subject,
        text=text,
        sender="河西报编辑部 <tougao@paper.example.cn>",
        in_reply_to="<abc@mail.example.cn>",
    )
    send(parse_smtp_url(f"smtp://127.0.0.1:{port}"), None, reply)
    assert len(received) == 1
    got = email.message_from_bytes(received[0], policy=email.policy.default)
    assert got["In-Reply-To"] == "<abc@mail.example.cn>"
    assert got["Subject"] == "退回修改：社区义诊活动"
    assert "请补充活动的时间和主办单位。" in got.get_content()
    assert reply_text(RECEIVED, "社区义诊活动", "河西报")[0] == "已收到：社区义诊活动"
    with pytest.raises(ValueError):
        reply_text(RETURNED, "x", "河西报", "  ")


def test_plain_smtp_is_refused_beyond_this_machine():
    assert parse_smtp_url("smtp://mail.paper.example.cn").tls == "starttls"
    assert parse_smtp_url("smtp://127.0.0.1:2525").tls == ""
    with pytest.raises(IntakeError, match="NEWSROOM_SMTP_PASSWORD"):
        parse_smtp_url("smtps://u:pw@mail.paper.example.cn")
