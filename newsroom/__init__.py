"""Newsroom desk: the editorial office software of a district newspaper."""

__version__ = "0.1.0"
