"""Tag suggestions for articles: topics, places, organisations and people (no Qt, no database).

Importing this package does not load jieba; ``warm_up()`` does, once, in the caller's worker
thread, and any first suggestion would otherwise do it.
"""

from .engine import Tagger, shared_tagger, warm_up
from .frequencies import DocumentFrequencies
from .lexicon import default_vocabulary
from .model import KINDS, TagSuggestion, VocabularyTerm

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
