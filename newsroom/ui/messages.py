"""Messages from the plain layers (an import's ``FILE: problem`` lines, written in English
for the command line) in the window's language."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def _problems() -> list[tuple[str, Callable[[re.Match], str]]]:
    """(pattern of the problem, its words in the window's language); literal calls, so that
    lupdate finds every one."""
    return [
        (r"empty file", lambda m: QCoreApplication.translate("ingest", "空文件")),
        (
            r"not a text file \(binary data\)",
            lambda m: QCoreApplication.translate("ingest", "不是文本文件（二进制数据）"),
        ),
        (
            r"file holds only whitespace, no text",
            lambda m: QCoreApplication.translate("ingest", "文件只有空白，没有文字"),
        ),
        (
            r"cannot decode the text \(it is not UTF-8, UTF-16 or GB18030/GBK\)",
            lambda m: QCoreApplication.translate(
                "ingest", "无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）"
            ),
        ),
        (
            r"not valid (.+) text despite its byte-order mark",
            lambda m: QCoreApplication.translate(
                "ingest", "有字节顺序标记，却不是有效的 %1 文本"
            ).replace("%1", m.group(1)),
        ),
        (r"no such file", lambda m: QCoreApplication.translate("ingest", "文件不存在")),
        (
            r"is a folder, not a file",
            lambda m: QCoreApplication.translate("ingest", "是文件夹，不是文件"),
        ),
        (r"not a regular file", lambda m: QCoreApplication.translate("ingest", "不是普通文件")),
        (
            r"file too large \(([\d,]+) bytes; the limit is (\d+) MB\)",
            lambda m: (
                QCoreApplication.translate("ingest", "文件太大（%1 字节，上限 %2 MB）")
                .replace("%1", m.group(1))
                .replace("%2", m.group(2))
            ),
        ),
        (
            r"file too large(?: \(([\d,]+) bytes\))?",
            lambda m: QCoreApplication.translate("ingest", "文件太大"),
        ),
        (
            r"cannot read the file \((.+)\)",
            lambda m: QCoreApplication.translate("ingest", "无法读取文件（%1）").replace(
                "%1", m.group(1)
            ),
        ),
        (
            r"corrupt \.docx \((.+)\)",
            lambda m: QCoreApplication.translate("ingest", "损坏的 .docx 文件（%1）").replace(
                "%1", m.group(1)
            ),
        ),
        (
            r"the document is password-protected; save it without a password",
            lambda m: QCoreApplication.translate("ingest", "文档设了密码，请去掉密码后另存"),
        ),
        (
            r"an old Word \.doc file, not \.docx; save it as \.docx",
            lambda m: QCoreApplication.translate(
                "ingest", "这是旧版 Word .doc 文件，请另存为 .docx"
            ),
        ),
        (
            r"not a \.docx file \(not a zip package\)",
            lambda m: QCoreApplication.translate("ingest", "不是 .docx 文件（不是 zip 包）"),
        ),
        (
            r"not a Word document \((.+)\)",
            lambda m: QCoreApplication.translate("ingest", "不是 Word 文档（%1）").replace(
                "%1", m.group(1)
            ),
        ),
        (
            r"no text found in the (?:document|draft)",
            lambda m: QCoreApplication.translate("ingest", "没有找到文字"),
        ),
        (
            r"cannot read (\S+) files; save the draft as \.docx",
            lambda m: QCoreApplication.translate(
                "ingest", "不能读取 %1 文件，请将来稿另存为 .docx"
            ).replace("%1", m.group(1)),
        ),
        (
            r"refused: (.+)",
            lambda m: QCoreApplication.translate("ingest", "已拒绝：%1").replace("%1", m.group(1)),
        ),
    ]


def ingest_message(message: str) -> str:
    """``FILE: problem`` with the problem in the window's language; other text as it is."""
    problems = _problems()
    cut = -2
    while True:
        cut = message.find(": ", cut + 2)
        name, problem = (message[:cut], message[cut + 2 :]) if cut >= 0 else ("", message)
        for pattern, words in problems:
            match = re.fullmatch(pattern, problem.strip())
            if match:
                if not name:
                    return words(match)
                return (
                    QCoreApplication.translate("ingest", "%1：%2")
                    .replace("%1", name)
                    .replace("%2", words(match))
                )
        if cut < 0:
            return message
