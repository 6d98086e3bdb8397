"""Text preparation shared by classification, signals and themes: cleaning, tokens, stems, stop words.

Everything here works offline: no NLTK data download is needed. Stop words come
from scikit-learn's English list (minus the negations and contrast words that
carry sentiment), stemming uses NLTK's Snowball stemmer (pure code, no data),
and tokenising is a vectorised regular expression.

Social text
-----------
An @handle, a URL, an e-mail address or a retweet marker is an address, not a word: "@united
my bag is lost" is about a lost bag, not about being united. :func:`strip_social` is the one rule,
and every analysis reads text through it: ``score_sentiment`` (both methods), ``service_signals``,
:func:`analyzer` and :class:`TermVectorizer` (themes). It removes

* URLs: ``http://`` or ``https://`` or ``www.`` up to the next space, and bare domains with a
  path (``bit.ly/3xYz``);
* e-mail addresses (``help@shop.com``);
* @handles (``@united``, ``@united's``), with a retweet marker before one (``RT @joy:``);

and keeps a hashtag's word, dropping only the sign: ``#fail`` reads as ``fail`` and
``#NeverAgain`` as the one token ``NeverAgain`` (hashtags are not split into words: a split
guessed from capitals would often be wrong, and a glued hashtag is rarely a lexicon word).
Text copied from the web often keeps HTML's escapes of ``& < > " '``: those five are decoded
first (``&lt;3`` is the heart ``<3``, ``&gt;`` is not the chat word "gt").

Examples
--------
>>> normalize_text(["Call @acme at https://x.co on XX/XX/2019, acct XXXX!!"]).tolist()
['call at on , acct !!']
>>> tokenize("I wasn't helped")
['i', "wasn't", 'helped']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .social import (  # noqa: F401 - the social-text rule, re-exported
    EMAIL_PATTERN,
    ENTITY_PATTERN,
    HANDLE_PATTERN,
    HASHTAG_PATTERN,
    SOCIAL_PATTERN,
    URL_PATTERN,
    _strip_run,
    _unescape,
    strip_social,
    strip_social_tokens,
)
from .._core.validation import as_text_series
from .negation import NEGATORS

__all__ = [
    "has_text",
    "shorten",
    "strip_social",
    "strip_social_tokens",
    "PLACEHOLDER_PATTERN",
    "URL_PATTERN",
    "EMAIL_PATTERN",
    "HANDLE_PATTERN",
    "HASHTAG_PATTERN",
    "ENTITY_PATTERN",
    "STOP_WORDS",
    "TOPIC_STOP_WORDS",
    "NEGATIONS",
    "normalize_text",
    "tokenize",
    "stem",
    "stem_tokens",
    "analyzer",
]

#: Redaction placeholders: CFPB's ``XXXX``, ``XX/XX/XXXX``, masked amounts ``{$00.00}``.
PLACEHOLDER_PATTERN = re.compile(
    r"\{\$[\d.,]+\}|\b[Xx]{2,}(?:[/\-][Xx0-9]{2,})*\b|\b(?:[Xx]{2}/){1,2}[0-9Xx]{2,4}\b"
)
WHITESPACE_PATTERN = re.compile(r"\s+")
TOKEN_PATTERN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’][^\W\d_])*")

#: Words that flip or weaken sentiment; kept out of :data:`STOP_WORDS` (and all of them in
#: :data:`TOPIC_STOP_WORDS`). The package's negators (:data:`sentiment_kit.text.negation.NEGATORS`)
#: with these exceptions:
NEGATIONS = (
    NEGATORS
    # "barely" weakens rather than negates, but like "hardly" it carries sentiment, not subject matter
    | {"barely"}
    # the clitic alone, as text tokenised Penn-Treebank style writes "do n't"
    | {"n't"}
) - {
    # never listed here: adding them would make them topic stop words and so change fitted themes;
    # a change to make (and measure) on its own, not as part of sharing the list
    "aren't", "arent",
}
_KEEP = NEGATIONS | {"but", "however", "although", "though", "yet", "very", "too", "again",
                     "only", "off", "back", "still", "against", "more", "most", "less", "least",
                     "few", "much", "well", "up", "down", "call", "found", "thank", "keep", "empty",
                     "fill", "move", "bill", "show", "give", "get", "put", "take", "see", "seem"}
#: English stop words without negations, contrast words and intensifiers.
STOP_WORDS = frozenset(w for w in ENGLISH_STOP_WORDS if w not in _KEEP) | frozenset(
    {"i'm", "i've", "i'd", "i'll", "it's", "they're", "we're", "you're", "that's", "there's"}
)

#: Stop words for topics and themes: :data:`STOP_WORDS` plus negations, contrast words,
#: intensifiers and narrative filler ("told", "went"), which carry sentiment, not subject matter.
TOPIC_STOP_WORDS = STOP_WORDS | NEGATIONS | frozenset(
    {"but", "however", "although", "though", "yet", "very", "too", "again", "only", "still", "more",
     "most", "less", "least", "few", "much", "well", "get", "put", "take", "see", "seem", "keep",
     "i'd", "i'll", "i'm", "i've", "it's", "let's", "that's", "there's", "they're", "we're", "you're",
     "didn't", "don't", "won't", "can't", "did", "does", "got", "just", "really", "like", "said",
     "told", "went", "came", "way", "thing", "things", "time", "times", "day", "days"}
)


def normalize_text(
    texts: Any,
    *,
    lowercase: bool = True,
    placeholders: str = "",
    urls: str = "",
    handles: str = "",
    emails: str = "",
) -> pd.Series:
    """Clean raw customer text, vectorised over a Series.

    Removes (or replaces with the given token) redaction placeholders such as the
    CFPB's ``XXXX`` and ``XX/XX/XXXX``, URLs, e-mail addresses and @handles (with a
    retweet marker before one), keeps a hashtag's word and decodes HTML escapes (the rules
    of :func:`strip_social`), and collapses whitespace. Missing values become ``""``;
    nothing is dropped.

    Parameters
    ----------
    texts : iterable of str
        Raw texts (list, Series, array). None/NaN rows are kept as ``""``.
    lowercase : bool, default True
    placeholders, urls, handles, emails : str, default ""
        Replacement for each kind of span (``""`` removes it).

    Returns
    -------
    pandas.Series
        Cleaned texts on the input's index.

    Examples
    --------
    >>> normalize_text(["Paid XXXX on XX/XX/XXXX"], placeholders="<redacted>").tolist()
    ['paid <redacted> on <redacted>']
    """
    s = as_text_series(texts)
    out = s.str.replace(ENTITY_PATTERN, _unescape, regex=True)
    out = out.str.replace(URL_PATTERN, f" {urls} " if urls else " ", regex=True)
    out = out.str.replace(EMAIL_PATTERN, f" {emails} " if emails else " ", regex=True)
    out = out.str.replace(HANDLE_PATTERN, f" {handles} " if handles else " ", regex=True)
    out = out.str.replace(HASHTAG_PATTERN, "", regex=True)
    out = out.str.replace(PLACEHOLDER_PATTERN, f" {placeholders} " if placeholders else " ",
                          regex=True)
    if lowercase:
        out = out.str.lower()
    out = out.str.replace(WHITESPACE_PATTERN, " ", regex=True).str.strip()
    return out.astype(object)


def tokenize(text: str) -> list[str]:
    """Split one text into word tokens (letters with inner apostrophes); digits are dropped.

    Examples
    --------
    >>> tokenize("Won't pay $50 twice")
    ["won't", 'pay', 'twice']
    """
    return [t.replace("’", "'") for t in TOKEN_PATTERN.findall(text.lower())]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (Porter2) stem of one word, cached.

    Examples
    --------
    >>> stem("delayed"), stem("delays")
    ('delay', 'delay')
    """
    return _stemmer().stem(word)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def stem_tokens(tokens: Iterable[str]) -> list[str]:
    """Stem each token with :func:`stem`."""
    return [stem(t) for t in tokens]


def analyzer(
    *,
    stop_words: frozenset[str] | None = STOP_WORDS,
    stemming: bool = True,
    ngram_range: tuple[int, int] = (1, 1),
    min_token_length: int = 2,
) -> Any:
    """Build a picklable callable turning raw text into features, for scikit-learn vectorisers.

    The callable cleans the text (:func:`strip_social`, then redaction placeholders), tokenises,
    drops stop words and short tokens, stems, and joins word n-grams with a space.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> cv = CountVectorizer(analyzer=analyzer(ngram_range=(1, 2))).fit(["Still waiting for refunds"])
    >>> sorted(cv.vocabulary_)
    ['refund', 'still', 'still wait', 'wait', 'wait refund']
    """
    return _Analyzer(stop_words, stemming, ngram_range, min_token_length)


class _Analyzer:
    def __init__(self, stop_words, stemming, ngram_range, min_token_length):
        self.stop_words = stop_words or frozenset()
        self.stemming = stemming
        self.ngram_range = ngram_range
        self.min_token_length = min_token_length

    def __call__(self, doc: str) -> list[str]:
        doc = PLACEHOLDER_PATTERN.sub(" ", strip_social(doc))
        toks = [t for t in tokenize(doc) if len(t) >= self.min_token_length
                and t not in self.stop_words]
        if self.stemming:
            toks = [stem(t) for t in toks]
        lo, hi = self.ngram_range
        if hi == 1:
            return toks
        feats = toks if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            feats.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
        return feats

    def __repr__(self) -> str:
        return (f"analyzer(stemming={self.stemming}, ngram_range={self.ngram_range}, "
                f"min_token_length={self.min_token_length})")


def has_text(texts: Any) -> pd.Series:
    """True where a text has at least one letter or digit (blank, missing and punctuation-only are False).

    A CFPB download has a row for every complaint but a narrative for a quarter of them: the rest
    count in volumes, not in what the texts say (their tone would read as neutral).

    Examples
    --------
    >>> has_text(["late again", "", None, "  ", "?!"]).tolist()
    [True, False, False, False, False]
    """
    return as_text_series(texts).str.contains(r"\w", regex=True)


def shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut ``text`` at a word boundary to at most ``limit`` characters, adding "…".

    Used for every quote shown to a reader (theme quotes, failure examples, action plans).

    Examples
    --------
    >>> shorten("The  engineer never   arrived, twice.", 20)
    'The engineer never…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 1)].rsplit(" ", 1)[0].rstrip(" ,;:.-") + "…"

