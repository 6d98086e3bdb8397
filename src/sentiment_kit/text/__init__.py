"""Text in: the one preparation every analysis reads customer text through (social text, redaction
placeholders, tokens, stems, stop words, negations) and the vectorizer the themes are built on.

Examples
--------
>>> normalize_text(["Call @acme at https://x.co on XX/XX/2019, acct XXXX!!"]).tolist()
['call at on , acct !!']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
    from .prepare import (NEGATIONS, PLACEHOLDER_PATTERN, STOP_WORDS, TOPIC_STOP_WORDS, analyzer, has_text,
                          normalize_text, shorten, stem, stem_tokens, tokenize)
    from .social import (EMAIL_PATTERN, ENTITY_PATTERN, HANDLE_PATTERN, HASHTAG_PATTERN, URL_PATTERN, strip_social,
                         strip_social_tokens)
    from .vectorizer import TermVectorizer

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "NEGATIONS": ".prepare",
    "PLACEHOLDER_PATTERN": ".prepare",
    "STOP_WORDS": ".prepare",
    "TOPIC_STOP_WORDS": ".prepare",
    "analyzer": ".prepare",
    "has_text": ".prepare",
    "normalize_text": ".prepare",
    "shorten": ".prepare",
    "stem": ".prepare",
    "stem_tokens": ".prepare",
    "tokenize": ".prepare",
    "EMAIL_PATTERN": ".social",
    "ENTITY_PATTERN": ".social",
    "HANDLE_PATTERN": ".social",
    "HASHTAG_PATTERN": ".social",
    "URL_PATTERN": ".social",
    "strip_social": ".social",
    "strip_social_tokens": ".social",
    "TermVectorizer": ".vectorizer",
}

__all__ = ["has_text", "shorten", "strip_social", "strip_social_tokens", "PLACEHOLDER_PATTERN", "URL_PATTERN",
           "EMAIL_PATTERN", "HANDLE_PATTERN", "HASHTAG_PATTERN", "ENTITY_PATTERN", "STOP_WORDS", "TOPIC_STOP_WORDS",
           "NEGATIONS", "normalize_text", "tokenize", "stem", "stem_tokens", "analyzer", "TermVectorizer"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
