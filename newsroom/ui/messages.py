"""Messages from the plain layers (an import's ``FILE: problem`` lines, written in English
for the command line) in the window's language, through the translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsroom.messages import FILE_PROBLEM, fill, recognise


def ingest_message(message: str) -> str:
    """``FILE: problem`` with the problem in the window's language; other text as it is."""
    problem = recognise(message)
    if problem is None:
        return message
    said = fill(QCoreApplication.translate("ingest", problem.words), problem.args)
    if not problem.file:
        return said
    return fill(QCoreApplication.translate("ingest", FILE_PROBLEM), (problem.file, said))


def _known_to_lupdate() -> None:
    """Never called: lupdate finds the literal strings here (newsroom.messages.PROBLEMS and
    FILE_PROBLEM; a test keeps the two lists equal) and puts them in the .ts files."""
    for text in (
        QCoreApplication.translate("ingest", "%1：%2"),
        QCoreApplication.translate("ingest", "空文件"),
        QCoreApplication.translate("ingest", "不是文本文件（二进制数据）"),
        QCoreApplication.translate("ingest", "文件只有空白，没有文字"),
        QCoreApplication.translate(
            "ingest", "无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）"
        ),
        QCoreApplication.translate("ingest", "有字节顺序标记，却不是有效的 %1 文本"),
        QCoreApplication.translate("ingest", "文件不存在"),
        QCoreApplication.translate("ingest", "是文件夹，不是文件"),
        QCoreApplication.translate("ingest", "不是普通文件"),
        QCoreApplication.translate("ingest", "文件太大（%1 字节，上限 %2 MB）"),
        QCoreApplication.translate("ingest", "文件太大"),
        QCoreApplication.translate("ingest", "无法读取文件（%1）"),
        QCoreApplication.translate("ingest", "损坏的 .docx 文件（%1）"),
        QCoreApplication.translate("ingest", "文档设了密码，请去掉密码后另存"),
        QCoreApplication.translate("ingest", "这是旧版 Word .doc 文件，请另存为 .docx"),
        QCoreApplication.translate("ingest", "不是 .docx 文件（不是 zip 包）"),
        QCoreApplication.translate("ingest", "不是 Word 文档（%1）"),
        QCoreApplication.translate("ingest", "没有找到文字"),
        QCoreApplication.translate("ingest", "不能读取 %1 文件，请将来稿另存为 .docx"),
        QCoreApplication.translate("ingest", "已拒绝：%1"),
    ):
        del text
