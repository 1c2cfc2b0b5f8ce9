"""Tag suggestions for articles: topics, places, organisations and people (no Qt, no database).

Importing this package does not load jieba; ``warm_up()`` does, once, in the caller's worker
thread, and any first suggestion would otherwise do it.
"""

import importlib

# Names load their module on first use (PEP 562): the window imports this package's
# small value types at start-up without paying for the tagger's automaton code.
_HOMES = {
    "Tagger": "engine",
    "shared_tagger": "engine",
    "warm_up": "engine",
    "DocumentFrequencies": "frequencies",
    "default_vocabulary": "lexicon",
    "KINDS": "model",
    "TagSuggestion": "model",
    "VocabularyTerm": "model",
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "KINDS",
    "DocumentFrequencies",
    "TagSuggestion",
    "Tagger",
    "VocabularyTerm",
    "default_vocabulary",
    "shared_tagger",
    "warm_up",
]
