"""ThemeModel: fast, deterministic discovery of recurring themes in customer text.

The pipeline is latent semantic analysis followed by spherical k-means:

1. :class:`sentiment_kit.text.TermVectorizer` counts Snowball-stemmed words and
   bigrams (stop words, handles, URLs and redaction placeholders such as the CFPB's
   ``XXXX`` removed); ``TfidfTransformer(sublinear_tf=True)`` weights them.
2. ``TruncatedSVD(algorithm="arpack")`` projects the TF-IDF rows onto the top
   ``n_components`` singular vectors (LSA; Deerwester et al. 1990). ARPACK computes
   them to convergence, so the space no longer depends on the seed as the randomized
   solver's approximation did. Rows are L2-normalised so that Euclidean k-means on
   them is spherical (cosine) k-means (Dhillon & Modha 2001).
3. Consensus k-means: ``n_init`` single k-means runs with k-means++ seeding (Arthur &
   Vassilvitskii 2007) from a fixed ``random_state``; their centres are pooled,
   weighted by cluster size, and clustered into k, and one last k-means on the texts
   starts from those consensus centres (a variant of the refinement of Bradley &
   Fayyad 1998, which clusters the centres of k-means runs on subsamples). Fits with
   different seeds agree more than keeping the best of the restarts did. Seeded themes
   start at the centroid of the texts that use the seed words (anchored k-means, the
   best of ``n_init`` restarts).
4. Each theme is named by its most distinctive terms under class-based TF-IDF
   (Grootendorst 2022), written with the most frequent surface form of each stem.

Everything is fitted on a sample of at most ``sample_size`` texts and then applied
to every text with :meth:`ThemeModel.predict` (vectorised: nearest centroid). Steps 3 and
the choice of ``n_themes="auto"`` live in :mod:`._kmeans`, step 4 and the quotes in
:mod:`._labels`.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from joblib import effective_n_jobs
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from .._core.lazy import dask_series_map, is_dask
from .._core.validation import as_text_series, check_fitted, check_random_state
from ..exceptions import SentimentKitError, SentimentKitWarning
from ..text.prepare import TOPIC_STOP_WORDS
from ..text.vectorizer import TermVectorizer, distinct_texts
from ._kmeans import choose_k, fit_centres
from ._labels import class_counts, distinctive_terms, nonoverlapping, pick_quotes, quote_pools

__all__ = ["ThemeModel", "OTHER"]

#: Theme id of texts that match no theme (no known words after cleaning).
OTHER = -1


class ThemeModel(TransformerMixin, BaseEstimator):
    """Discover recurring themes in texts and assign every text to one.

    Parameters
    ----------
    n_themes : int or "auto", default "auto"
        Number of themes, seeded ones included. ``"auto"`` picks the k in
        ``auto_range`` at the elbow of the k-means inertia curve (Kneedle; the scores
        are kept in ``auto_scores_``). Silhouette was tried and rejected: it kept rising
        with k on every corpus measured, so it always chose the largest k.
    seed_themes : dict of str -> list of str, optional
        An analyst's codebook, e.g. ``{"late delivery": ["late", "delay", "still waiting"]}``.
        Each seeded theme starts at the centroid of the texts that use its words and
        keeps its name; the remaining themes are discovered. A seed theme none of whose
        words occur is dropped with a :class:`SentimentKitWarning` naming it.
    random_state : int, numpy Generator or None
        Same data and same ``random_state`` give identical themes.
    n_components : int, default 50
        LSA dimensions. 50 agreed slightly better with the CFPB's annotated Issue and
        Product than 100-200 and made fits with different seeds agree more (with the
        consensus k-means, mean run-to-run ARI 0.77 against 0.69 for 100, over six
        annotated partitions of CFPB complaints).
    max_features, min_df, max_df, ngram_range
        Passed to :class:`~sentiment_kit.text.TermVectorizer`.
    sample_size : int, default 20000
        Fit on at most this many texts (a uniform sample), then assign all.
    n_init : int, default 20
        k-means runs pooled into the consensus centres (see the module notes). With
        ``seed_themes``: anchored k-means restarts, the one with the highest total
        cosine similarity kept. Keeping the lowest-inertia run of 20 or 50 instead
        barely changed run-to-run agreement (ARI 0.56 for both, 0.53 with 4).
    auto_range : (int, int), default (4, 30)
        Range of k tried by ``n_themes="auto"``.
    stop_words : collection of str, optional
        Default :data:`sentiment_kit.text.TOPIC_STOP_WORDS` (negations and filler such
        as "told", "went" removed too: they carry sentiment, not subject matter).
    min_similarity : float, default 0.0
        A text whose cosine similarity to its nearest theme is at most this goes to
        "other" (id -1). With 0, only texts without any known word do.
    seed_weight : float, default 1.0
        How strongly seeded themes are held to their words: each seeded centre is the
        mean of its texts plus ``seed_weight`` times the seed vector, renormalised
        (0 lets them drift like discovered themes).
    n_terms : int, default 3
        Terms in each theme's label.
    quote_length : int, default 240
        Quotes longer than this are cut at a word boundary and end with "…".
    n_jobs : int or None, default 1
        Threads for the linear algebra (BLAS, OpenMP) in fit; None lets the libraries
        decide. One thread is fastest for the small dense matrices here and avoids
        oversubscription on a shared machine.
        In :meth:`predict`, the number of threads assigning chunks of texts
        (``-1``: all cores; the themes assigned do not depend on it).

    Attributes
    ----------
    themes_ : pandas.DataFrame
        One row per theme: ``theme`` (id), ``label``, ``terms`` (top ten distinctive
        terms), ``size``, ``share`` (of the fitted texts), ``seeded`` and
        ``quote_1`` .. ``quote_3`` (texts closest to the theme's centre, deduplicated).
        A last row with ``theme == -1`` ("other") appears when some texts matched none.
    labels_ : numpy.ndarray of int
        Theme of each fitted text (-1 for "other").
    other_share_ : float
        Share of fitted texts in "other".
    n_themes_ : int
        Number of themes found (without "other").
    auto_scores_ : pandas.DataFrame or None
        With ``n_themes="auto"``: ``k``, ``inertia`` and ``chosen`` for each k tried.
    vectorizer_ : TermVectorizer

    Examples
    --------
    >>> texts = ["late delivery again", "delivery was late", "parcel delivery late",
    ...          "rude staff member", "staff were rude", "rude and unhelpful staff"]
    >>> model = ThemeModel(2, random_state=0, min_df=1, max_df=1.0).fit(texts)
    >>> model.labels_.tolist()
    [0, 0, 0, 1, 1, 1]
    >>> model.themes_[["theme", "size"]].values.tolist()
    [[0, 3], [1, 3]]
    >>> model.predict(["the delivery is late", "", "xyzzy"]).tolist()
    [0, -1, -1]
    """

    def __init__(self, n_themes: int | str = "auto", *, seed_themes: Mapping[str, Sequence[str]] | None = None,
                 random_state: Any = None, n_components: int = 50, max_features: int | None = 30000,
                 min_df: float = 2, max_df: float = 0.5, ngram_range: tuple[int, int] = (1, 2),
                 sample_size: int = 20000, n_init: int = 20, auto_range: tuple[int, int] = (4, 30),
                 stop_words: Sequence[str] | None = None, min_similarity: float = 0.0, seed_weight: float = 1.0, n_terms: int = 3,
                 quote_length: int = 240, n_jobs: int | None = 1):
        self.n_themes = n_themes
        self.seed_themes = seed_themes
        self.random_state = random_state
        self.n_components = n_components
        self.max_features = max_features
        self.min_df = min_df
        self.max_df = max_df
        self.ngram_range = ngram_range
        self.sample_size = sample_size
        self.n_init = n_init
        self.auto_range = auto_range
        self.stop_words = stop_words
        self.min_similarity = min_similarity
        self.seed_weight = seed_weight
        self.n_terms = n_terms
        self.quote_length = quote_length
        self.n_jobs = n_jobs

    # ------------------------------------------------------------------ fitting
    def _check_params(self) -> None:
        k = self.n_themes
        if not (k == "auto" or _positive_int(k)):
            raise SentimentKitError(f"n_themes must be a positive integer or 'auto', got {k!r}.")
        for name, what in (("n_init", "k-means runs"), ("n_components", "LSA dimensions"),
                           ("sample_size", "texts fitted on"), ("n_terms", "words per label"),
                           ("quote_length", "characters per quote")):
            if not _positive_int(getattr(self, name)):
                raise SentimentKitError(f"{name} must be a positive integer ({what}), got {getattr(self, name)!r}.")
        if self.n_jobs is not None and (not _positive_int(abs(self.n_jobs)) if isinstance(self.n_jobs, int) else True):
            raise SentimentKitError(f"n_jobs must be None, a positive integer or -1 (all cores), got {self.n_jobs!r}.")
        check_random_state(self.random_state)
        lo, hi = self.auto_range
        if not 2 <= lo <= hi:
            raise SentimentKitError(f"auto_range must be (low, high) with 2 <= low <= high, got {self.auto_range}.")
        if self.seed_themes is not None and not isinstance(self.seed_themes, Mapping):
            raise SentimentKitError(
                "seed_themes must be a dict of theme name -> list of words, e.g. "
                f"{{'late delivery': ['late', 'delay']}}; got {type(self.seed_themes).__name__}."
            )

    def fit(self, texts: Any, y: Any = None) -> ThemeModel:
        """Discover the themes of ``texts`` (an iterable of str; None/NaN count as empty)."""
        self._check_params()
        with threadpool_limits(self.n_jobs):
            return self._fit(texts)

    def _fit(self, texts: Any) -> ThemeModel:
        s = as_text_series(texts)
        n = len(s)
        if n == 0:
            raise SentimentKitError("texts is empty; ThemeModel needs at least one text with words.")
        rng = check_random_state(self.random_state)
        seed = int(rng.integers(2**31 - 1))
        sample = np.sort(rng.choice(n, int(self.sample_size), replace=False)) if n > self.sample_size \
            else np.arange(n)
        docs = s.to_numpy(dtype=object)[sample]
        vec, C = self._fit_vectorizer(docs)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(C)
        X = tfidf.transform(C)
        nonempty = np.diff(X.indptr) > 0
        n_distinct = len({X.indices[a:b].tobytes() + X.data[a:b].tobytes()
                          for a, b in zip(X.indptr[:-1], X.indptr[1:]) if b > a})
        n_comp = min(int(self.n_components), X.shape[1] - 1, max(n_distinct - 1, 0))
        svd = TruncatedSVD(n_comp, algorithm="arpack", random_state=seed).fit(X[nonempty]) \
            if n_comp >= 2 else None
        self.vectorizer_, self._tfidf, self._svd = vec, tfidf, svd
        Z = self._embed(X)
        seeds = self._seed_vectors(C, Z)
        k, self.auto_scores_ = choose_k(Z[nonempty], self.n_themes, tuple(self.auto_range), n_distinct,
                                        len(seeds), seed)
        centres = fit_centres(Z[nonempty], k, seeds, seed, int(self.n_init), float(self.seed_weight))
        # order: seeded themes first (codebook order), then discovered ones by size
        lab = np.argmax(Z @ centres.T, axis=1)
        sizes = np.bincount(lab[nonempty], minlength=k)
        ns = len(seeds)
        order = list(range(ns)) + sorted(range(ns, k), key=lambda j: (-sizes[j], j))
        centres = centres[order]
        self.centroids_ = centres
        self.theme_ids_ = np.arange(k)
        self._names = {i: name for i, name in enumerate(seeds)}
        self._seeded = set(range(ns))
        sample_lab = self._assign(Z, nonempty)
        self.labels_ = sample_lab if len(sample) == n else self.predict(s)
        self._class_counts = class_counts(C, sample_lab, k)
        self._quote_pool = quote_pools(docs, Z, sample_lab, centres, k)
        self._sizes = np.bincount(self.labels_[self.labels_ >= 0], minlength=k)
        self.n_themes_ = k
        self._build_themes()
        return self

    def _fit_vectorizer(self, docs: np.ndarray) -> tuple[TermVectorizer, sp.csr_matrix]:
        params = dict(ngram_range=tuple(self.ngram_range), min_df=self.min_df, max_df=self.max_df,
                      max_features=self.max_features,
                      stop_words=TOPIC_STOP_WORDS if self.stop_words is None else frozenset(self.stop_words))
        vec = TermVectorizer(**params)
        C = vec.fit_transform(docs)
        if C.shape[1] == 0 or C.nnz == 0:  # tiny or repetitive corpora: relax document-frequency limits
            vec = TermVectorizer(**{**params, "min_df": 1, "max_df": 1.0})
            C = vec.fit_transform(docs)
        if C.nnz == 0:
            raise SentimentKitError(
                f"None of the {len(docs)} texts has any word left after cleaning (all empty, stop "
                "words, placeholders such as XXXX, URLs or handles); themes need text with words."
            )
        return vec, C

    def _embed(self, X: sp.csr_matrix) -> np.ndarray:
        Z = self._svd.transform(X) if self._svd is not None else X.toarray()
        return normalize(np.asarray(Z, dtype=np.float64))

    def _seed_vectors(self, C: sp.csr_matrix, Z: np.ndarray) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for name, words in (self.seed_themes or {}).items():
            if isinstance(words, str):
                words = [words]
            cols = self.vectorizer_.transform([" ".join(map(str, words))]).indices
            users = np.flatnonzero(np.asarray(C[:, cols].sum(axis=1)).ravel() > 0) if len(cols) else []
            if len(users) == 0:
                warnings.warn(
                    f"Seed theme {name!r}: none of its words {list(words)} occur in the texts; "
                    "it was dropped and that theme is discovered from the data instead.",
                    SentimentKitWarning, stacklevel=3)
                continue
            out[str(name)] = normalize(Z[users].mean(axis=0, keepdims=True))[0]
        return out

    # ------------------------------------------------------------------ assigning
    def _assign(self, Z: np.ndarray, nonempty: np.ndarray) -> np.ndarray:
        sims = Z @ self.centroids_.T
        best = np.argmax(sims, axis=1)
        top = sims[np.arange(len(Z)), best]
        out = self.theme_ids_[best]
        out[~nonempty | (top <= self.min_similarity)] = OTHER
        return out

    def transform(self, texts: Any) -> np.ndarray:
        """Cosine similarity of each text to each theme (columns in ``themes_`` order)."""
        check_fitted(self, "centroids_")
        X = self._tfidf.transform(self.vectorizer_.transform(texts))
        return self._embed(X) @ self.centroids_.T

    def predict(self, texts: Any) -> np.ndarray:
        """Theme id of each text (-1, "other", when it has no known word); aligned with the input.

        Repeated texts are assigned once. Chunks of distinct texts are counted, weighted,
        projected and assigned on ``n_jobs`` threads (NumPy, Arrow and SciPy release the
        GIL for most of it); the result does not depend on ``n_jobs``.
        """
        check_fitted(self, "centroids_")
        if is_dask(texts):  # a lazy Dask Series of theme ids, partition by partition
            return dask_series_map(texts, self.predict, name="theme")
        values = as_text_series(texts).to_numpy(dtype=object)
        codes, distinct = distinct_texts(values)
        size = int(self.vectorizer_.chunk_size)
        chunks = [distinct[i:i + size] for i in range(0, len(distinct), size)]
        jobs = min(effective_n_jobs(self.n_jobs), len(chunks)) if self.n_jobs is not None else 1

        def assign(docs: np.ndarray) -> np.ndarray:
            X = self._tfidf.transform(self.vectorizer_.transform(docs))
            return self._assign(self._embed(X), np.diff(X.indptr) > 0)

        with threadpool_limits(1 if jobs > 1 else self.n_jobs):
            if jobs > 1:
                with ThreadPoolExecutor(jobs) as pool:
                    parts = list(pool.map(assign, chunks))
            else:
                parts = [assign(docs) for docs in chunks]
        labels = np.concatenate(parts) if parts else np.empty(0, dtype=self.theme_ids_.dtype)
        return labels[codes]

    def fit_predict(self, texts: Any, y: Any = None) -> np.ndarray:
        """Fit, then return the theme of each text (``labels_``)."""
        return self.fit(texts).labels_

    # ------------------------------------------------------------------ analyst's edits
    def _index(self, theme: int) -> int:
        hit = np.flatnonzero(self.theme_ids_ == theme)
        if len(hit) == 0:
            raise SentimentKitError(f"Unknown theme {theme!r}; themes are {self.theme_ids_.tolist()}.")
        return int(hit[0])

    def merge_themes(self, ids: Sequence[int], *, label: str | None = None) -> ThemeModel:
        """Merge themes into the one with the smallest id (centroids weighted by size).

        Later :meth:`predict` calls assign to the merged theme. Returns ``self``.
        """
        check_fitted(self, "centroids_")
        ids = sorted({int(i) for i in ids})
        if len(ids) < 2:
            raise SentimentKitError(f"merge_themes needs at least two theme ids, got {ids}.")
        rows = [self._index(i) for i in ids]
        keep, drop = rows[0], rows[1:]
        w = self._sizes[rows].astype(float) + 1e-9
        self.centroids_[keep] = normalize((w[:, None] * self.centroids_[rows]).sum(0, keepdims=True))[0]
        self._class_counts[keep] = self._class_counts[rows].sum(axis=0)
        pool_texts = sum((self._quote_pool[r][0] for r in rows), [])
        pool_z = np.vstack([self._quote_pool[r][1] for r in rows])
        self._quote_pool[keep] = (pool_texts, pool_z)
        self._sizes[keep] = self._sizes[rows].sum()
        self.labels_ = np.where(np.isin(self.labels_, ids), ids[0], self.labels_)
        if label is not None:
            self._names[ids[0]] = str(label)
        else:
            self._names.pop(ids[0], None)
        for i in ids[1:]:
            self._names.pop(i, None)
        self._seeded.discard(ids[0])
        keep_rows = np.setdiff1d(np.arange(len(self.theme_ids_)), drop)
        self.centroids_ = self.centroids_[keep_rows]
        self.theme_ids_ = self.theme_ids_[keep_rows]
        self._class_counts = self._class_counts[keep_rows]
        self._sizes = self._sizes[keep_rows]
        self._quote_pool = [self._quote_pool[r] for r in keep_rows]
        self.n_themes_ = len(self.theme_ids_)
        self._build_themes()
        return self

    def rename_theme(self, theme: int, label: str) -> ThemeModel:
        """Give theme ``theme`` the label ``label`` (kept by later merges of other themes)."""
        check_fitted(self, "centroids_")
        self._index(int(theme))
        self._names[int(theme)] = str(label)
        self._build_themes()
        return self

    # ------------------------------------------------------------------ description
    def _build_themes(self) -> None:
        names = self.vectorizer_.display_names_
        terms = distinctive_terms(self._class_counts, names, 10)
        rows = []
        total = len(self.labels_)
        for r, tid in enumerate(self.theme_ids_):
            label = self._names.get(int(tid)) or ", ".join(nonoverlapping(terms[r], int(self.n_terms)))
            quotes = pick_quotes(self._quote_pool[r], self.centroids_[r], 3, int(self.quote_length))
            rows.append({"theme": int(tid), "label": label or f"theme {tid}", "terms": ", ".join(terms[r]),
                         "size": int(self._sizes[r]), "share": self._sizes[r] / total,
                         "seeded": int(tid) in self._seeded,
                         **{f"quote_{q + 1}": quotes[q] if q < len(quotes) else "" for q in range(3)}})
        n_other = int((self.labels_ == OTHER).sum())
        self.other_share_ = n_other / total
        if n_other:
            rows.append({"theme": OTHER, "label": "other", "terms": "", "size": n_other,
                         "share": self.other_share_, "seeded": False, "quote_1": "", "quote_2": "",
                         "quote_3": ""})
        self.themes_ = pd.DataFrame(rows)

    def labels(self) -> dict[int, str]:
        """Theme id -> label (including -1, "other")."""
        check_fitted(self, "themes_")
        return {**dict(zip(self.themes_["theme"], self.themes_["label"])), OTHER: "other"}

    # ------------------------------------------------------------------ stability
    def stability(self, texts: Any, *, n_resamples: int = 5, fraction: float = 0.8,
                  random_state: Any = None) -> pd.DataFrame:
        """Agreement between fits on random subsamples, measured on all ``texts``.

        Each resample refits a clone of this model (same parameters, a new
        ``random_state``) on ``fraction`` of the texts drawn without replacement,
        assigns all texts, and compares with a fit on all texts by the adjusted
        Rand index (Hubert & Arabie 1985) and normalised mutual information.
        1 means the same partition; values near 0 are chance agreement.

        Returns
        -------
        DataFrame
            ``resample``, ``n_themes``, ``ari``, ``nmi`` (``out["ari"].mean()`` is the
            mean agreement).
        """
        s = as_text_series(texts)
        rng = check_random_state(random_state)
        ref = clone(self).fit(s).labels_
        rows = []
        for r in range(int(n_resamples)):
            idx = np.sort(rng.choice(len(s), max(2, int(fraction * len(s))), replace=False))
            m = clone(self).set_params(random_state=int(rng.integers(2**31 - 1))).fit(s.iloc[idx])
            lab = m.predict(s)
            rows.append({"resample": r, "n_themes": m.n_themes_, "ari": adjusted_rand_score(ref, lab),
                         "nmi": normalized_mutual_info_score(ref, lab)})
        return pd.DataFrame(rows)


# ---------------------------------------------------------------------- helpers
def _positive_int(value: Any) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool) and value >= 1
