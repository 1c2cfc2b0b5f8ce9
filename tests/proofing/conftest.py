"""Shared fixtures of the proofreading tests: one proofreader for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.proofing import Proofreader, get_proofreader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pr() -> Proofreader:
    return get_proofreader()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "hexi-bulletin-2025-04.txt").read_text(encoding="utf-8")


def fixed(text: str, findings) -> str:
    """Apply every suggestion, right to left."""
    for f in sorted(findings, key=lambda f: -f.start):
        text = text[: f.start] + f.suggestion + text[f.end :]
    return text
