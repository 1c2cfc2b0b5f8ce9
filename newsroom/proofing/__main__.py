"""``python -m newsroom.proofing FILE [--json]``: the same as ``newsroom proofread``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str] | None = None) -> int:
    from newsroom.cli import main

    return main(["proofread", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(run())
