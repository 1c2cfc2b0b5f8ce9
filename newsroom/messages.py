"""The problems of bad input, which the plain layers say in English (``FILE: problem``),
in Chinese: for the window (through its translations) and for a Chinese command line."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

#: (pattern of the English problem, the Chinese words with %1, %2 for its groups).
PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"empty file", "空文件"),
    (r"not a text file \(binary data\)", "不是文本文件（二进制数据）"),
    (r"file holds only whitespace, no text", "文件只有空白，没有文字"),
    (
        r"cannot decode the text \(it is not UTF-8, UTF-16 or GB18030/GBK\)",
        "无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）",
    ),
    (r"not valid (.+) text despite its byte-order mark", "有字节顺序标记，却不是有效的 %1 文本"),
    (r"no such file", "文件不存在"),
    (r"is a folder, not a file", "是文件夹，不是文件"),
    (r"not a regular file", "不是普通文件"),
    (
        r"file too large \(([\d,]+) bytes; the limit is (\d+) MB\)",
        "文件太大（%1 字节，上限 %2 MB）",
    ),
    (r"file too large(?: \([\d,]+ bytes\))?", "文件太大"),
    (r"cannot read the file \((.+)\)", "无法读取文件（%1）"),
    (r"corrupt \.docx \((.+)\)", "损坏的 .docx 文件（%1）"),
    (
        r"the document is password-protected; save it without a password",
        "文档设了密码，请去掉密码后另存",
    ),
    (
        r"an old Word \.doc file, not \.docx; save it as \.docx",
        "这是旧版 Word .doc 文件，请另存为 .docx",
    ),
    (r"not a \.docx file \(not a zip package\)", "不是 .docx 文件（不是 zip 包）"),
    (r"not a Word document \((.+)\)", "不是 Word 文档（%1）"),
    (r"no text found in the (?:document|draft)", "没有找到文字"),
    (
        r"cannot read (\S+) files; save the draft as \.docx",
        "不能读取 %1 文件，请将来稿另存为 .docx",
    ),
    (r"refused: (.+)", "已拒绝：%1"),
)
#: How a file and its problem are joined, in Chinese.
FILE_PROBLEM = "%1：%2"
#: (pattern of a whole command-line message, the Chinese words): what only the commands say.
COMMAND_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"page (\d+): no such page", "没有第%1版"),
    (r"page (\d+) of the (\S+) edition: no such page", "%2 这一期没有第%1版"),
    (r"edition (\S+): no such edition", "没有 %1 这一期"),
    (r"article (\d+): no such article", "没有 %1 号稿件"),
    (r"(.+): no such account", "%1：没有这个账号"),
    (r"(.+): your role does not export pages", "%1：您的角色不能导出版面"),
    (r"(.+): your role does not bring in copy", "%1：您的角色不能导入稿件"),
    (r"(.+): only an administrator may manage accounts", "%1：只有管理员可以管理账号"),
    (
        r"(.+): wrong user name or password, or the account is disabled",
        "%1：用户名或密码不对，或者账号已停用",
    ),
    (r"this newsroom has accounts: give --user NAME", "这个编辑部有账号：请用 --user 用户名 登录"),
    (
        r"give --page N \(and optionally --edition DATE\), or --edition DATE",
        "请给出 --page N（可加 --edition 日期），或 --edition 日期",
    ),
    (r"give either FILE or --db DB --article ID", "请给出文件，或 --db 数据库 --article 稿件号"),
    (r"the two passwords differ", "两次输入的密码不一样"),
    (r"not a number from 1 to (\d+): (.+)", "不是 1 到 %1 之间的数：%2"),
    (r"--(month|quarter|year): not a \1 \((\S+)\): (.*)", "--%1：%3 不是 %2 格式"),
    (
        r"give one period: --from/--to, --month, --quarter or --year",
        "只能给出一种期间：--from/--to、--month、--quarter 或 --year",
    ),
    (r"--from (\S+) is after --to (\S+)", "--from %1 晚于 --to %2"),
)


#: argparse's own usage errors (Python ships no Chinese for them), and the hint after them.
USAGE_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.+)", "缺少参数：%1"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：%1"),
    (r"one of the arguments (.+) is required", "须给出其中一个参数：%1"),
    (
        r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)",
        "参数 %1：没有 %2 这一项（可选：%3）",
    ),
    (r"argument (\S+): expected one argument", "参数 %1 后面须跟一个值"),
    (r"argument (\S+): expected at least one argument", "参数 %1 后面须跟至少一个值"),
    (r"argument (\S+): invalid (\w+) value: (.+)", "参数 %1：%3 不是有效的值"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 %1 不能与 %2 同时使用"),
    (r"argument (\S+): ignored explicit argument (.+)", "参数 %1 不接受值 %2"),
    (r"argument (\S+): ambiguous option: (.+)", "参数 %1 有歧义：%2"),
    (r"argument (\S+): (.+)", "参数 %1：%2"),
)
USAGE_HINT = "（详见 %1 --help）"


def usage_in_chinese(message: str) -> str:
    """An argparse usage error in Chinese where its wording is known, else as it is."""
    for pattern, words in USAGE_MESSAGES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return fill(words, tuple(in_chinese(g) for g in match.groups()))
    return message


@dataclass(frozen=True)
class Problem:
    """A recognised ``FILE: problem`` line: the file, the Chinese words, their arguments."""

    file: str
    words: str
    args: tuple[str, ...]


def fill(words: str, args: tuple[str, ...]) -> str:
    for number, arg in enumerate(args, 1):
        words = words.replace(f"%{number}", arg)
    return words


def recognise(message: str) -> Problem | None:
    """The problem of a ``FILE: problem`` line (or of a bare problem), if it is known."""
    cut = -2
    while True:
        cut = message.find(": ", cut + 2)
        name, problem = (message[:cut], message[cut + 2 :]) if cut >= 0 else ("", message)
        for pattern, words in PROBLEMS:
            match = re.fullmatch(pattern, problem.strip())
            if match:
                return Problem(name, words, tuple(g or "" for g in match.groups()))
        if cut < 0:
            return None


def in_chinese(message: str) -> str:
    """The line in Chinese where its problem is known, else as it is."""
    for pattern, words in COMMAND_MESSAGES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return fill(words, match.groups())
    problem = recognise(message)
    if problem is None:
        return message
    said = fill(problem.words, problem.args)
    return fill(FILE_PROBLEM, (problem.file, said)) if problem.file else said


def chinese_locale(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the command line speaks Chinese: LC_ALL, else LC_MESSAGES, else LANG."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return value.startswith("zh")
    return False


def for_the_terminal(message: str, environ: Mapping[str, str] | None = None) -> str:
    """A command's message in the locale's language (Chinese or, as written, English)."""
    return in_chinese(message) if chinese_locale(environ) else message
