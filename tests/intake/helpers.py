"""Mail for the intake tests: real messages with real .docx and photo attachments."""

from __future__ import annotations

import datetime as dt
import io
import mailbox
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import docx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: A tiny real PNG (1×1 pixel).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def docx_bytes(headline: str, *paragraphs: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(headline, style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def message(
    sender: str,
    subject: str,
    body: str = "",
    *,
    html: str = "",
    attachments: list[tuple[str, str, bytes]] = (),
    message_id: str | None = "",
) -> EmailMessage:
    """A submission mail; message_id "" gets a fresh one, None gets none at all."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "tougao@paper.example.cn"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(2025, 4, 18, 9, 30))
    if message_id is not None:
        msg["Message-ID"] = message_id or make_msgid(domain="mail.example.cn")
    if html and body:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body or "稿件见附件，请审阅。")
    for name, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def write_mbox(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.mbox(path)
    try:
        for msg in messages:
            box.add(msg)
        box.flush()
    finally:
        box.close()
    return path


def three_submissions() -> list[EmailMessage]:
    """The issue's check: a known correspondent with a .docx, a draft in the body, and an
    unknown sender."""
    return [
        message(
            "万彤 <WanTong@meijiang.example.cn>",
            "投稿：梅江街道开展垃圾分类宣传",
            attachments=[
                (
                    "梅江街道垃圾分类.docx",
                    DOCX,
                    docx_bytes(
                        "梅江街道开展垃圾分类宣传",
                        "4月17日，梅江街道在社区广场开展垃圾分类宣传活动。",
                        "居民们踊跃参加，现场气氛热烈。",
                    ),
                ),
                ("现场.png", "image/png", PNG),
            ],
        ),
        message(
            "高洁 <gaojie@edu.example.cn>",
            "区实验小学举办科技节",
            "区实验小学举办科技节\n\n4月16日，区实验小学第十届科技节开幕。\n\n"
            "全校学生参加了航模、编程等二十余项活动。\n\n-- \n高洁 区教育局 13800000000",
        ),
        message(
            "someone@unknown.example.com",
            "社区义诊活动",
            html="<html><head><style>p{color:red}</style></head><body><p>社区义诊活动</p>"
            "<p>4月15日，友谊路街道联合区医院开展义诊活动，为居民测量血压。</p>"
            "<p>活动持续了一上午，&nbsp;服务居民200余人。</p></body></html>",
        ),
    ]
