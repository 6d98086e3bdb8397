"""Corpus-level counting of stemmed words and n-grams (:class:`TermVectorizer`), used by themes.

It applies the shared rules of :mod:`sentiment_kit.text.prepare` (social text, placeholders, stop
words, stemming); :mod:`sentiment_kit.text` re-exports :class:`TermVectorizer`.
"""

from __future__ import annotations

import numbers
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp
from joblib import effective_n_jobs
from sklearn.base import BaseEstimator, TransformerMixin

from .._core.validation import as_text_series, check_fitted
from ..exceptions import SentimentKitError
from .prepare import STOP_WORDS, TOKEN_PATTERN, stem, strip_social

# --------------------------------------------------------------------------- corpus-level counting
#: Separator placed between documents when a chunk is joined into one string (a token of its own).
_DOC_SEP = " \n qqsentimentkitdocsepqq \n "
_SEP_TOKEN = _DOC_SEP.strip()
_ONLY_X = re.compile(r"x{2,}(?:'s)?")
_SEP, _STOP, _UNKNOWN = -3, -2, -1
#: Every character ``str.split()`` treats as whitespace, besides the ASCII controls.
_UNICODE_SPACES = ("\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                   "\u200a\u2028\u2029\u202f\u205f\u3000")
#: Punctuation, digits, control characters and all whitespace become a space; curly apostrophes straight.
_TRANSLATE = str.maketrans({**{c: " " for c in "!\"#$%&()*+,-./:;<=>?[\\]^_`{|}~0123456789"},
                            **{c: " " for c in "“”«»—–…•·" + _UNICODE_SPACES},
                            **{chr(i): " " for i in range(32)}, "’": "'", "‘": "'"})


class _Lookup(dict):
    """Surface token -> term id: first a read-only ``known`` table (not copied), then this
    dict, which computes (and caches) missing tokens with ``fn``."""

    def __init__(self, fn, known: dict | None = None):
        super().__init__()
        self[_SEP_TOKEN] = _SEP
        self.fn = fn
        self.known = known or {}

    def __missing__(self, tok: str) -> int:
        t = self.known.get(tok)
        if t is None:
            t = self[tok] = self.fn(tok)
        return t


#: The ASCII characters ``str.isspace`` accepts (others, such as NBSP, are split per word).
_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())
_SPACE_BYTE = np.zeros(256, dtype=bool)
_SPACE_BYTE[[ord(c) for c in _ASCII_SPACE]] = True


def _word_tokens(word: str) -> list[str]:
    """Tokens of one whitespace-delimited, lower-cased word (of a text already through
    :func:`~sentiment_kit.text.strip_social`): punctuation and digits turned into spaces (so
    "fees/charges" gives two tokens)."""
    return word.translate(_TRANSLATE).split()


class _Overlay:
    """Word -> term ids of its tokens: a read-only ``base`` (the fitted table, shared by threads
    and never copied) and the ``new`` words met since."""

    __slots__ = ("base", "new")

    def __init__(self, base: dict):
        self.base, self.new = base, {}


def distinct_texts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(code of each text, the distinct texts in first-seen order): ``distinct[codes] == values``.

    One dict pass (str hashes are cached), much faster than ``pd.factorize`` on long texts.
    """
    first: dict = {}
    codes = np.fromiter((first.setdefault(v, len(first)) for v in values), dtype=np.int64, count=len(values))
    return codes, np.fromiter(first, dtype=object, count=len(first))


class TermVectorizer(TransformerMixin, BaseEstimator):
    """Count stemmed words and word n-grams, vectorised over the whole corpus.

    Produces the features of :func:`analyzer` (text cleaned of URLs, e-mails,
    @handles and retweet markers by :func:`strip_social`, hashtags read as their word,
    redaction placeholders such as ``XXXX`` dropped; stop words and short
    tokens dropped; Snowball stems; n-grams of the remaining words) without a Python
    call per token: each chunk of documents is split into words by a NumPy mask of its
    bytes, Apache Arrow numbers the distinct words, and only distinct words are cleaned,
    tokenised and stemmed in Python, with the same features as
    ``CountVectorizer(analyzer=analyzer())`` (speed: ``benchmarks/bench_themes.py``). The result is a
    ``scipy.sparse`` CSR matrix of counts, ready for ``TfidfTransformer``.
    :meth:`transform` counts each distinct text once when a tenth or more repeat.

    Parameters
    ----------
    ngram_range : (int, int), default (1, 2)
        Smallest and largest n-gram (at most 3).
    min_df : int or float, default 2
        Ignore features in fewer documents (a float is a share of documents).
    max_df : float or int, default 0.5
        Ignore features in more documents (a float is a share of documents).
    max_features : int or None, default 30000
        Keep only the most frequent features (by total count, ties by name).
    stop_words : frozenset or None, default :data:`STOP_WORDS`
    stemming : bool, default True
    min_token_length : int, default 2
    chunk_size : int, default 5000
        Documents tokenised per pass (bounds memory).
    n_jobs : int or None, default 1
        Threads counting chunks in :meth:`transform` (joblib convention: ``None`` is 1,
        ``-1`` all cores). Most of the work releases the GIL, so threads scale.

    Attributes
    ----------
    vocabulary_ : dict of str -> int
        Feature (stems joined by a space) to column.
    display_names_ : numpy.ndarray of str
        Per column, the feature written with the most frequent surface word of
        each stem (``"charg fee"`` is shown as ``"charged fees"``).
    document_frequency_ : numpy.ndarray of int

    Examples
    --------
    >>> tv = TermVectorizer(min_df=1, max_df=1.0).fit(["Still waiting for refunds", "refund delayed"])
    >>> tv.get_feature_names_out().tolist()
    ['delay', 'refund', 'refund delay', 'still', 'still wait', 'wait', 'wait refund']
    >>> tv.display_names_[tv.vocabulary_["refund delay"]]
    'refund delayed'
    >>> tv.transform(["refunds delayed again"]).toarray().tolist()
    [[1, 1, 1, 0, 0, 0, 0]]
    """

    def __init__(self, *, ngram_range: tuple[int, int] = (1, 2), min_df: float = 2,
                 max_df: float = 0.5, max_features: int | None = 30000,
                 stop_words: frozenset[str] | None = STOP_WORDS, stemming: bool = True,
                 min_token_length: int = 2, chunk_size: int = 5000, n_jobs: int | None = 1):
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.stop_words = stop_words
        self.stemming = stemming
        self.min_token_length = min_token_length
        self.chunk_size = chunk_size
        self.n_jobs = n_jobs

    # ---------------------------------------------------------------- tokenising
    def _check_params(self) -> None:
        lo, hi = self.ngram_range
        if not 1 <= lo <= hi <= 3:
            raise SentimentKitError(f"ngram_range must satisfy 1 <= low <= high <= 3, got {self.ngram_range}.")
        if int(self.chunk_size) < 1:
            raise SentimentKitError(f"chunk_size must be a positive integer, got {self.chunk_size}.")

    def _chunks(self, values: np.ndarray):
        """(start, documents) of each chunk of ``chunk_size`` documents of an already-cleaned array."""
        size = int(self.chunk_size)
        for start in range(0, len(values), size):
            yield start, values[start:start + size]

    def _analyse_token(self, tok: str) -> str | None:
        """Stem of one surface token, or None when it is dropped (stop word, short, placeholder)."""
        if not TOKEN_PATTERN.fullmatch(tok):
            parts = TOKEN_PATTERN.findall(tok)  # rare: non-ASCII punctuation inside the token
            tok = max(parts, key=len) if parts else ""
        if len(tok) < self.min_token_length or _ONLY_X.fullmatch(tok):
            return None
        if self.stop_words and tok in self.stop_words:
            return None
        return stem(tok) if self.stemming else tok

    @staticmethod
    def _split(docs: np.ndarray) -> str:
        """The chunk ``docs`` as one lower-cased string, documents joined by :data:`_DOC_SEP`, without
        @handles, retweet markers, URLs and e-mail addresses (:func:`~sentiment_kit.text.strip_social`,
        run once over the chunk)."""
        return strip_social(_DOC_SEP.join(docs)).lower()

    def _token_stream(self, docs: np.ndarray, lookup: dict, words: _Overlay | None = None, *,
                      surface: bool = True) -> tuple[np.ndarray, np.ndarray, Counter]:
        """(document index, term id) of every kept token of ``docs``, and the count of each surface token.

        ``lookup`` maps a surface token to its term id (``_STOP`` when dropped,
        ``_UNKNOWN`` when not in the vocabulary); it computes missing entries itself.
        ``words`` (an :class:`_Overlay`) caches, per whitespace-delimited word as written ("refund,", "fees/charges"),
        the term ids of its tokens; pass the same one for every chunk of a corpus.

        No Python object is made per word: the chunk is encoded once, word boundaries
        come from a NumPy mask of its bytes, and Apache Arrow's hash-based
        ``dictionary_encode`` numbers the distinct words (each slice is a word plus the
        whitespace after it). Python cleans and tokenises each *distinct* word once
        (:func:`_word_tokens`, the same rules as :func:`analyzer`), and NumPy expands the
        per-word token ids back to every occurrence.
        """
        words = _Overlay({}) if words is None else words
        raw = self._split(docs).encode("utf-8", "surrogatepass")
        b = np.frombuffer(raw, dtype=np.uint8)
        edge = np.zeros(len(b) + 2, dtype=bool)
        np.greater(b, 32, out=edge[1:-1])  # ASCII whitespace separates words ...
        low = np.flatnonzero(b < 28)
        low = low[~_SPACE_BYTE[b[low]]]
        edge[low + 1] = True  # ... but not the other control characters (rare)
        starts = np.flatnonzero(edge[1:] != edge[:-1])[0::2]
        if len(starts) == 0:
            return np.empty(0, np.int64), np.empty(0, np.int64), Counter()
        offsets = np.append(starts, len(b)).astype(np.int64)
        slices = pa.LargeBinaryArray.from_buffers(pa.large_binary(), len(starts),
                                                  [None, pa.py_buffer(offsets), pa.py_buffer(raw)])
        enc = pc.dictionary_encode(slices)
        ids = enc.indices.to_numpy(zero_copy_only=False)
        distinct = [v.decode("utf-8", "surrogatepass").rstrip(_ASCII_SPACE) for v in enc.dictionary.to_pylist()]
        entries = []
        base, new = words.base, words.new
        for w in distinct:
            e = base.get(w)
            if e is None:
                e = new.get(w)
                if e is None:
                    e = new[w] = tuple(t for t in map(lookup.__getitem__, _word_tokens(w)) if t != _STOP)
            entries.append(e)
        lens = np.fromiter(map(len, entries), dtype=np.int64, count=len(entries))
        flat = np.fromiter(chain.from_iterable(entries), dtype=np.int64, count=int(lens.sum()))
        first = np.cumsum(lens) - lens  # where each distinct word's ids start in ``flat``
        counted = ids[lens[ids] > 0]  # stop words (about half the words) have no ids
        if lens.max(initial=0) <= 1:
            terms = flat[first[counted]]
        else:
            occ = lens[counted]
            ends = np.cumsum(occ)
            terms = flat[np.repeat(first[counted] - (ends - occ), occ) + np.arange(int(ends[-1]))]
        counts: Counter = Counter()
        if surface:
            for w, c in zip(distinct, np.bincount(ids, minlength=len(distinct)).tolist()):
                for tok in _word_tokens(w):
                    counts[tok] += c
            counts.pop(_SEP_TOKEN, None)
        is_sep = terms == _SEP
        doc = np.cumsum(is_sep)
        if (doc[-1] if len(doc) else 0) != len(docs) - 1:  # pragma: no cover - the marker inside a text
            raise SentimentKitError(f"A text contains sentiment_kit's internal document separator {_SEP_TOKEN!r}.")
        keep = ~is_sep
        return doc[keep], terms[keep], counts

    @staticmethod
    def _ngram_keys(doc: np.ndarray, terms: np.ndarray, n: int, bits: int) -> tuple[np.ndarray, np.ndarray]:
        """Packed keys of the n-grams of consecutive known terms within a document."""
        if len(terms) < n:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        m = len(terms) - n + 1
        ok = doc[n - 1:] == doc[:m]
        key = np.zeros(m, dtype=np.int64)
        for i in range(n):
            part = terms[i:i + m]
            ok &= part >= 0
            key = (key << bits) | np.where(part >= 0, part, 0)
        return doc[:m][ok], key[ok]

    # ---------------------------------------------------------------- fit / transform
    def fit(self, texts: Any, y: Any = None) -> TermVectorizer:
        """Learn the vocabulary (and display names) from ``texts``."""
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: Any, y: Any = None) -> sp.csr_matrix:
        """Learn the vocabulary and return the document-feature count matrix."""
        self._check_params()
        lo, hi = self.ngram_range
        stems: dict[str, int] = {}

        def new_term(tok: str) -> int:
            st = self._analyse_token(tok)
            return _STOP if st is None else stems.setdefault(st, len(stems))

        lookup = _Lookup(new_term)
        words = _Overlay({})
        surface: Counter = Counter()
        pieces: list[tuple[np.ndarray, np.ndarray]] = []  # (global doc, packed key with n)
        n_docs = 0
        bits = 21 if hi == 3 else 31
        for start, docs in self._chunks(as_text_series(texts).to_numpy(dtype=object)):
            doc, terms, counts = self._token_stream(docs, lookup, words)
            surface.update(counts)
            for n in range(lo, hi + 1):
                d, k = (doc, terms) if n == 1 else self._ngram_keys(doc, terms, n, bits)
                pieces.append((d + start, (k << 2) | n))
            n_docs += len(docs)
        if len(stems) >= 2 ** bits:  # pragma: no cover - needs > 2 million distinct stems
            raise SentimentKitError("Too many distinct words for trigrams; use ngram_range=(1, 2).")
        doc = np.concatenate([p[0] for p in pieces]) if pieces else np.empty(0, np.int64)
        key = np.concatenate([p[1] for p in pieces]) if pieces else np.empty(0, np.int64)
        feats, col = np.unique(key, return_inverse=True)
        X = sp.csr_matrix((np.ones(len(col), dtype=np.int64), (doc, col)), shape=(n_docs, len(feats)))
        X.sum_duplicates()
        dfreq = np.diff(X.tocsc().indptr)
        total = np.asarray(X.sum(axis=0)).ravel()
        min_df = _df_count(self.min_df, n_docs, np.ceil)
        max_df = _df_count(self.max_df, n_docs, np.floor)
        keep = (dfreq >= min_df) & (dfreq <= max(max_df, 1))
        if not keep.any() and len(feats):
            keep = dfreq >= 1  # tiny corpora: keep everything rather than nothing
        stem_names = np.array(sorted(stems, key=stems.get), dtype=object)
        names = np.array([self._key_name(int(k), stem_names, bits) for k in feats], dtype=object)
        idx = np.flatnonzero(keep)
        if self.max_features is not None and len(idx) > self.max_features:
            order = np.lexsort((names[idx], -total[idx]))
            idx = idx[order[: int(self.max_features)]]
        idx = idx[np.argsort(names[idx], kind="stable")]
        self.vocabulary_ = {str(names[i]): j for j, i in enumerate(idx)}
        self.document_frequency_ = dfreq[idx]
        self.n_documents_ = n_docs
        self._keys = feats[idx]
        self._stems = stems
        self._bits = bits
        self._known = {tok: t for tok, t in lookup.items() if tok != _SEP_TOKEN}
        self._words = words.new
        term_col = np.full(len(stems) + 1, -1, dtype=np.int64)
        uni = (self._keys & 3) == 1
        term_col[self._keys[uni] >> 2] = np.flatnonzero(uni)
        self._term_col = term_col
        self._key_index = pd.Index(self._keys)
        self._warm_index()
        shown = _surface_words(surface, lookup, len(stems))
        self.display_names_ = np.array([self._key_name(int(k), shown, bits) for k in self._keys], dtype=object)
        return X[:, idx].tocsr()

    @staticmethod
    def _key_name(key: int, words: np.ndarray, bits: int) -> str:
        n, key = key & 3, key >> 2
        mask = (1 << bits) - 1
        parts = [(key >> (bits * i)) & mask for i in range(n)][::-1]
        return " ".join(str(words[p]) for p in parts)

    def _warm_index(self) -> None:
        """Build the key index's hash table now: pandas builds it lazily, and two threads of
        ``ThemeModel.predict`` building it at once could see a half-built one."""
        self._key_index.get_indexer(self._keys[:1])

    def __setstate__(self, state: dict) -> None:
        super().__setstate__(state)
        if hasattr(self, "_key_index"):
            self._warm_index()

    def transform(self, texts: Any) -> sp.csr_matrix:
        """Count the fitted features in ``texts`` (rows aligned with the input)."""
        check_fitted(self, "vocabulary_")
        stems = self._stems

        def term_of_token(tok: str) -> int:
            st = self._analyse_token(tok)
            return _STOP if st is None else stems.get(st, _UNKNOWN)

        lookup = _Lookup(term_of_token, self._known)
        words = _Overlay(self._words)
        values = as_text_series(texts).to_numpy(dtype=object)
        codes = None
        idx, distinct = distinct_texts(values)
        if len(distinct) <= 0.9 * len(values):  # repeated texts (a tenth or more): count each once
            codes, values = idx, distinct
        chunks = [docs for _, docs in self._chunks(values)]
        jobs = effective_n_jobs(self.n_jobs) if len(chunks) > 1 else 1
        if jobs > 1:  # NumPy, Arrow and SciPy release the GIL for most of the counting
            with ThreadPoolExecutor(jobs) as pool:
                parts = list(pool.map(lambda docs: self._count_chunk(docs, lookup, words), chunks))
        else:
            parts = [self._count_chunk(docs, lookup, words) for docs in chunks]
        X = sp.vstack(parts, format="csr") if parts else sp.csr_matrix((0, len(self._keys)), dtype=np.int64)
        return X if codes is None else X[codes]

    def _count_chunk(self, docs: np.ndarray, lookup: dict, words: _Overlay) -> sp.csr_matrix:
        """Counts of the fitted features in one chunk of documents."""
        lo, hi = self.ngram_range
        doc, terms, _ = self._token_stream(docs, lookup, words, surface=False)
        rows, cols = [], []
        for n in range(lo, hi + 1):
            if n == 1:
                col = self._term_col[terms]  # unknown (-1) maps to the last entry, -1
                d = doc
            else:
                d, k = self._ngram_keys(doc, terms, n, self._bits)
                col = self._key_index.get_indexer((k << 2) | n)
            hit = col >= 0
            rows.append(d[hit])
            cols.append(col[hit])
        r, c = np.concatenate(rows), np.concatenate(cols)
        X = sp.csr_matrix((np.ones(len(r), dtype=np.int64), (r, c)), shape=(len(docs), len(self._keys)))
        X.sum_duplicates()
        return X

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Feature names (stems joined by a space), in column order."""
        check_fitted(self, "vocabulary_")
        return np.array(sorted(self.vocabulary_, key=self.vocabulary_.get), dtype=object)


def _surface_words(surface: Counter, lookup: dict, n_stems: int) -> np.ndarray:
    """Per stem (term id), the surface word that shows it: its most frequent token in the corpus
    (ties: alphabetical); ``""`` for a stem never seen whole."""
    best: dict[int, tuple[int, str]] = {}
    for tok, c in surface.items():
        t = lookup[tok]
        if t >= 0:
            w = tok if TOKEN_PATTERN.fullmatch(tok) else max(TOKEN_PATTERN.findall(tok), key=len)
            if t not in best or (-c, w) < (-best[t][0], best[t][1]):
                best[t] = (c, w)
    return np.array([best[t][1] if t in best else "" for t in range(n_stems)], dtype=object)


def _df_count(value: float, n_docs: int, rounding: Any) -> int:
    """A document-frequency bound as a count: integers (NumPy's too) are counts, floats fractions."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return int(rounding(float(value) * n_docs))
