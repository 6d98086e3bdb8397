"""The k-means machinery of :class:`~sentiment_kit.themes.ThemeModel`, on unit-length LSA rows.

- :func:`choose_k`: the number of themes, given or (``n_themes="auto"``) at the :func:`elbow`
  of the k-means inertia curve.
- :func:`fit_centres`: the themes' centres: :func:`consensus_kmeans` of many k-means runs, or,
  with themes seeded from an analyst's codebook, :func:`anchored_kmeans` from :func:`plusplus`
  seeding.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.preprocessing import normalize

from ..exceptions import SentimentKitError

__all__ = ["choose_k", "fit_centres", "plusplus", "consensus_kmeans", "elbow", "anchored_kmeans"]


def choose_k(Z: np.ndarray, n_themes: Any, auto_range: tuple[int, int], n_distinct: int, n_seeds: int,
             seed: int) -> tuple[int, pd.DataFrame | None]:
    """The number of themes, and with ``n_themes="auto"`` the scores it was chosen by.

    A given ``n_themes`` must not exceed the ``n_distinct`` distinct texts with words (seeded
    themes count: at least ``n_seeds``). ``"auto"`` fits one k-means per k in ``auto_range`` (on
    at most 2,000 of the rows of ``Z``) and takes the :func:`elbow` of the inertia curve; the
    scores are a DataFrame with ``k``, ``inertia`` and ``chosen`` (None when nothing was tried).
    """
    if n_themes != "auto":
        k = int(n_themes)
        if k > n_distinct:
            raise SentimentKitError(
                f"n_themes={k} but only {n_distinct} distinct texts have words; ask for at most "
                f"{max(n_distinct, 1)} themes, or use n_themes='auto'."
            )
        return max(k, n_seeds), None
    lo, hi = auto_range
    hi = min(hi, n_distinct - 1, len(Z) - 1)
    lo = max(lo, n_seeds, 2)
    if hi < lo:
        return max(min(n_distinct, lo), n_seeds, 1), None
    rng = np.random.default_rng(seed)
    sub = Z[np.sort(rng.choice(len(Z), 2000, replace=False))] if len(Z) > 2000 else Z
    ks = np.arange(lo, hi + 1)
    inertia = np.array([KMeans(k, n_init=1, random_state=seed).fit(sub).inertia_ for k in ks])
    k = elbow(ks, inertia)
    return k, pd.DataFrame({"k": ks, "inertia": inertia, "chosen": ks == k})


def fit_centres(Z: np.ndarray, k: int, seeds: dict[str, np.ndarray], seed: int, n_init: int,
                seed_weight: float) -> np.ndarray:
    """Unit-length centres of ``k`` themes of the rows of ``Z``.

    Without ``seeds``: :func:`consensus_kmeans` of ``n_init`` runs. With them (name -> seed
    vector, the first centres): the best of ``n_init`` :func:`anchored_kmeans` restarts from
    :func:`plusplus` seeding, by total cosine similarity (one run when every theme is seeded).
    """
    if not seeds:
        return consensus_kmeans(Z, min(k, len(Z)), n_init, seed)
    fixed = np.vstack(list(seeds.values()))
    rng = np.random.default_rng(seed)
    best, best_obj = None, -np.inf
    for _ in range(n_init if k > len(fixed) else 1):
        centres, obj = anchored_kmeans(Z, plusplus(Z, fixed, k, rng), fixed, seed_weight)
        if obj > best_obj:
            best, best_obj = centres, obj
    return best


def plusplus(Z: np.ndarray, fixed: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ (D² sampling) for the centres beyond the ``fixed`` seeded ones."""
    centres = list(fixed)
    d2 = np.min(((Z[:, None, :] - fixed[None, :, :]) ** 2).sum(-1), axis=1)
    while len(centres) < k:
        p = d2 / d2.sum() if d2.sum() > 0 else None
        c = Z[rng.choice(len(Z), p=p)]
        centres.append(c)
        d2 = np.minimum(d2, ((Z - c) ** 2).sum(1))
    return np.vstack(centres)


def consensus_kmeans(Z: np.ndarray, k: int, n_runs: int, seed: int) -> np.ndarray:
    """Unit-length centres agreed by ``n_runs`` k-means runs (each seeded by k-means++).

    The runs' centres are pooled, weighted by the size of their clusters, and
    clustered into ``k`` by k-means (10 restarts, lowest inertia kept); a last k-means
    on ``Z`` starts from these consensus centres. Pooling and re-clustering the centres
    of several runs follows Bradley & Fayyad (1998, "Refining initial points for
    k-means clustering", ICML), here on the full data rather than on subsamples.

    >>> Z = normalize(np.repeat(np.eye(3), 5, axis=0) + 0.01)
    >>> C = consensus_kmeans(Z, 3, 5, seed=0)
    >>> sorted(np.argmax(Z @ C.T, axis=1)[::5].tolist())
    [0, 1, 2]
    """
    rng = np.random.default_rng(seed)
    pool, weight = [], []
    for _ in range(max(n_runs, 1)):
        km = KMeans(k, n_init=1, random_state=int(rng.integers(2**31 - 1))).fit(Z)
        pool.append(normalize(km.cluster_centers_))
        weight.append(np.bincount(km.labels_, minlength=k))
    if n_runs <= 1:
        return pool[0]
    meta = KMeans(k, n_init=10, random_state=int(rng.integers(2**31 - 1)))
    meta.fit(np.vstack(pool), sample_weight=np.concatenate(weight).astype(np.float64))
    final = KMeans(k, init=normalize(meta.cluster_centers_), n_init=1, random_state=int(rng.integers(2**31 - 1))).fit(Z)
    return normalize(final.cluster_centers_)


def elbow(ks: np.ndarray, inertia: np.ndarray) -> int:
    """Kneedle elbow (Satopää et al. 2011) of a decreasing curve: farthest below the chord."""
    if len(ks) < 3:
        return int(ks[0])
    x = (ks - ks[0]) / (ks[-1] - ks[0])
    span = inertia[0] - inertia[-1]
    y = (inertia - inertia[-1]) / span if span > 0 else np.zeros(len(ks))
    return int(ks[np.argmax((1 - x) - y)])


def anchored_kmeans(Z: np.ndarray, init: np.ndarray, fixed: np.ndarray, weight: float,
                     max_iter: int = 100) -> tuple[np.ndarray, float]:
    """Spherical k-means whose first ``len(fixed)`` centres are pulled towards the seed vectors.

    Each seeded centre is ``normalize(mean of its texts + weight * seed vector)``, so a
    seeded theme stays about its codebook words while the others move freely.
    """
    C, ns, k = init.copy(), len(fixed), len(init)
    lab = None
    for _ in range(max_iter):
        new = np.argmax(Z @ C.T, axis=1)
        if lab is not None and np.array_equal(new, lab):
            break
        lab = new
        ind = sp.csr_matrix((np.ones(len(Z)), (lab, np.arange(len(Z)))), shape=(k, len(Z)))
        counts = np.bincount(lab, minlength=k).astype(float)
        means = np.asarray(ind @ Z) / np.maximum(counts, 1)[:, None]
        means[:ns] += weight * fixed
        empty = counts == 0
        empty[:ns] = False
        means[empty] = C[empty]
        C = normalize(means)
    return C, float((Z @ C.T).max(axis=1).sum())
