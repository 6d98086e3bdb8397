"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from .prepare import (NEGATIONS, PLACEHOLDER_PATTERN, STOP_WORDS, TOPIC_STOP_WORDS, analyzer, has_text,
                      normalize_text, shorten, stem, stem_tokens, tokenize)
from .social import (EMAIL_PATTERN, ENTITY_PATTERN, HANDLE_PATTERN, HASHTAG_PATTERN, URL_PATTERN, strip_social,
                     strip_social_tokens)
from .vectorizer import TermVectorizer
