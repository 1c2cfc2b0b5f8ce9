"""Proofreading engine: plain text in, findings out (no Qt, no database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.proofing.model import CATEGORIES, Finding, ProofOptions

if TYPE_CHECKING:
    from newsroom.proofing.engine import Proofreader

__all__ = ["CATEGORIES", "Finding", "ProofOptions", "Proofreader", "get_proofreader"]


def __getattr__(name: str) -> object:
    # The engine pulls in pyahocorasick and the rule modules; importing the
    # package for the Finding type alone stays cheap.
    if name == "Proofreader":
        from newsroom.proofing.engine import Proofreader

        return Proofreader
    raise AttributeError(name)


def get_proofreader() -> Proofreader:
    """The shared, lazily built default proofreader."""
    from newsroom.proofing.engine import get_proofreader as _get

    return _get()
