"""``python -m newsroom.proofing FILE [--json]``: proofread a file, as ``newsroom proofread``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsroom.proofing.model import CATEGORIES, Finding

_ENCODINGS = ("utf-8-sig", "utf-16", "gb18030")


def read_text(path: Path) -> str:
    """Decode a copy file (UTF-8 with/without BOM, UTF-16, GB18030); ValueError if not text."""
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("文件为空")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ValueError("不是文本文件")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("无法识别的文本编码")


def proofread_text(text: str) -> list[Finding]:
    from newsroom.proofing import get_proofreader

    return get_proofreader().check(text)


def format_human(name: str, text: str, findings: Sequence[Finding]) -> list[str]:
    """Compiler-style lines: FILE:LINE:COL: 类别: message (建议: …)."""
    out = []
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    import bisect

    for f in findings:
        ln = bisect.bisect_right(line_starts, f.start)
        col = f.start - line_starts[ln - 1] + 1
        sugg = f.suggestion if f.suggestion else "删除"
        cat = CATEGORIES.get(f.category, f.category)
        # Messages start with their own short label ("错别字：…"); the line already has one.
        head, sep, rest = f.message.partition("：")
        msg = rest if sep and len(head) <= 6 else f.message
        out.append(f"{name}:{ln}:{col}: {cat}: {msg} (建议: {sugg})")
    return out


def run(argv: Sequence[str] | None = None) -> int:
    """Exit 0 clean, 1 findings, 2 bad input — the contract of ``newsroom proofread``."""
    ap = argparse.ArgumentParser(prog="python -m newsroom.proofing", description=__doc__)
    ap.add_argument("file", type=Path)
    ap.add_argument("--json", action="store_true", help="findings as a JSON list")
    args = ap.parse_args(argv)
    try:
        text = read_text(args.file)
    except (OSError, ValueError) as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 2
    findings = proofread_text(text)
    if args.json:
        json.dump([f.to_dict() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        lines = format_human(str(args.file), text, findings)
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(run())
