"""Text in: the one preparation every analysis reads customer text through (social text, redaction
placeholders, tokens, stems, stop words, negations) and the vectorizer the themes are built on.

Examples
--------
>>> normalize_text(["Call @acme at https://x.co on XX/XX/2019, acct XXXX!!"]).tolist()
['call at on , acct !!']
"""

from .prepare import (NEGATIONS, PLACEHOLDER_PATTERN, STOP_WORDS, TOPIC_STOP_WORDS, analyzer, has_text,
                      normalize_text, shorten, stem, stem_tokens, tokenize)
from .social import (EMAIL_PATTERN, ENTITY_PATTERN, HANDLE_PATTERN, HASHTAG_PATTERN, URL_PATTERN, strip_social,
                     strip_social_tokens)
from .vectorizer import TermVectorizer

__all__ = ["has_text", "shorten", "strip_social", "strip_social_tokens", "PLACEHOLDER_PATTERN", "URL_PATTERN",
           "EMAIL_PATTERN", "HANDLE_PATTERN", "HASHTAG_PATTERN", "ENTITY_PATTERN", "STOP_WORDS", "TOPIC_STOP_WORDS",
           "NEGATIONS", "normalize_text", "tokenize", "stem", "stem_tokens", "analyzer", "TermVectorizer"]
