"""Test set-up: offscreen Qt, and every test in its own data, settings and database folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hexi-bulletin-2025-04.txt"


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory):
    """Dictionary caches (proofreading, jieba) are rebuilt once per test run, not per test."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch, _shared_cache):
    """No test reads or writes the real user's data, settings or database."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache))
    monkeypatch.setenv("NEWSROOM_SETTINGS", str(home / "config" / "settings.toml"))
    monkeypatch.delenv("NEWSROOM_DB", raising=False)
    yield home


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "newsroom.db"
