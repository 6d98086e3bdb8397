"""How :class:`~sentiment_kit.themes.ThemeModel` describes its themes: labels from the most
distinctive terms (class-based TF-IDF) and quotes from the texts closest to each theme's centre.
"""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp

from ..text.prepare import shorten

__all__ = ["class_counts", "distinctive_terms", "nonoverlapping", "quote_pools", "pick_quotes", "LABEL_PROFANITY"]

_WS = re.compile(r"\s+")


def class_counts(C: sp.csr_matrix, lab: np.ndarray, k: int) -> np.ndarray:
    """Term counts per theme (``k`` x terms): the rows of ``C`` summed by theme ``lab``; texts in
    "other" (-1) are left out."""
    ok = lab >= 0
    ind = sp.csr_matrix((np.ones(ok.sum()), (lab[ok], np.flatnonzero(ok))), shape=(k, C.shape[0]))
    return np.asarray((ind @ C).todense(), dtype=np.float64)


def distinctive_terms(counts: np.ndarray, names: np.ndarray, top: int) -> list[list[str]]:
    """Class-based TF-IDF (Grootendorst 2022): tf within the theme x log(1 + A / frequency overall)."""
    tf = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    freq = counts.sum(axis=0)
    avg = counts.sum() / max(len(counts), 1)
    score = tf * np.log1p(avg / np.maximum(freq, 1))
    out = []
    for row in score:
        idx = np.argsort(-row, kind="stable")[: top * 3]
        out.append([str(names[i]) for i in idx if row[i] > 0][: top * 2])
    return out


#: Swear words never used to *name* a theme (the label heads tables and charts an executive reads);
#: the texts, their quotes and the theme's full term list keep them. Any word starting with
#: ``fuck`` or ``shit`` counts too.
LABEL_PROFANITY = frozenset({"ass", "asshole", "assholes", "bastard", "bastards", "bitch", "bitches", "bullshit",
                             "crap", "crappy", "damn", "damned", "dick", "dicks", "goddamn", "piss", "pissed",
                             "wtf", "stfu"})


def _profane(word: str) -> bool:
    w = word.lower()
    return w in LABEL_PROFANITY or w.startswith(("fuck", "shit"))


def nonoverlapping(terms: list[str], n: int) -> list[str]:
    """The first ``n`` terms, skipping those whose words repeat an already chosen term and those
    with a swear word (:data:`LABEL_PROFANITY`).

    Examples
    --------
    >>> nonoverlapping(["contract", "fucking", "contract fee", "business"], 2)
    ['contract', 'business']
    """
    chosen: list[str] = []
    used: set[str] = set()
    for t in terms:
        words = set(t.split())
        if words & used or any(_profane(w) for w in words):
            continue
        chosen.append(t)
        used |= words
        if len(chosen) == n:
            break
    return chosen


def quote_pools(docs: np.ndarray, Z: np.ndarray, lab: np.ndarray, centres: np.ndarray, k: int,
                 size: int = 30) -> list[tuple[list[str], np.ndarray]]:
    """Per theme, the ``size`` texts closest to its centre (candidates for quotes after merges)."""
    pools = []
    for j in range(k):
        idx = np.flatnonzero(lab == j)
        sims = Z[idx] @ centres[j]
        idx = idx[np.argsort(-sims, kind="stable")[:size]]
        pools.append(([str(d) for d in docs[idx]], Z[idx]))
    return pools


def pick_quotes(pool: tuple[list[str], np.ndarray], centre: np.ndarray, n: int, length: int) -> list[str]:
    """Up to ``n`` quotes from a theme's pool (see :func:`quote_pools`), closest to ``centre``
    first: whitespace collapsed, each text once (ignoring case), cut to ``length`` characters."""
    texts, Z = pool
    if not texts:
        return []
    order = np.argsort(-(Z @ centre), kind="stable")
    out, seen = [], set()
    for i in order:
        text = _WS.sub(" ", texts[i]).strip()
        key = text.lower()
        if not text or key in seen:
            continue
        seen.add(key)
        out.append(shorten(text, length))
        if len(out) == n:
            break
    return out
