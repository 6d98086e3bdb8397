"""Numerical engine of importance-performance analysis: moments, bootstrap, LMG.

Everything an IPA needs from one (re)sample is a handful of sufficient statistics:
the mean rating of each value over the respondents who rated it, and the
correlation matrix of the values and the target over complete respondents. These
are weighted sums of fixed per-respondent rows ``Z`` (1, x, x_j x_k, ...), so a
bootstrap resample with multinomial counts ``w`` only needs ``w @ Z``: 1,000
resamples of 100,000 respondents are a few dense matrix products (BLAS), not
1,000 passes of Python over the data.

The Shapley decomposition of R² (LMG; Lindeman, Merenda & Gold 1980; Lipovetsky
& Conklin 2001) needs R² of all 2^p subsets of the values. They come from the
correlation matrix by Gaussian sweeps along the subset lattice: after deciding
for values ``0..j-1`` whether each is in the subset, each of the 2^j partial
subsets keeps the residual (Schur complement) matrix of the remaining values and
the target; deciding value ``j`` either drops its row (not in the subset) or
sweeps on it (in the subset). The residual variance of the target after all p
decisions is ``1 - R²(S)``. Work is ``2^p`` times a small constant, vectorised
over subsets and bootstrap resamples at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import factorial

import numpy as np
from scipy import stats

#: Exact LMG enumerates 2^p subsets; beyond this many values it is refused.
MAX_LMG_VALUES = 18


@dataclass
class Design:
    """Per-respondent rows whose weighted sums give every statistic the IPA needs."""

    Z: np.ndarray  # (n, k)
    p: int
    q: int  # p + 1 when a derived block exists, else 0
    centre: np.ndarray  # complete-case means of [x, y] (q,)
    perf_mu: np.ndarray  # (p,) offsets of the available-case blocks
    imp_mu: np.ndarray | None
    triu: tuple[np.ndarray, np.ndarray]
    n_complete: int


def midranks(x: np.ndarray) -> np.ndarray:
    """Average ranks of each column (ties share their mean rank)."""
    return np.column_stack([stats.rankdata(x[:, j]) for j in range(x.shape[1])])


def build_design(perf: np.ndarray, target: np.ndarray | None, imp: np.ndarray | None,
                 *, spearman: bool = False) -> Design:
    """Stack the columns of ``Z``: complete-case cross-products, then available-case sums."""
    n, p = perf.shape
    blocks: list[np.ndarray] = []
    q, centre, triu, n_complete = 0, np.zeros(0), (np.zeros(0, int), np.zeros(0, int)), 0
    if target is not None:
        xy = np.column_stack([perf, target])
        c = ~np.isnan(xy).any(1)
        n_complete = int(c.sum())
        d = np.zeros_like(xy)
        if n_complete:
            d[c] = midranks(xy[c]) if spearman else xy[c]
            centre = d[c].mean(0)
            d[c] -= centre
        q = p + 1
        triu = np.triu_indices(q)
        blocks += [c[:, None].astype(float), d, d[:, triu[0]] * d[:, triu[1]]]
    perf_mu = np.nanmean(perf, 0)
    m = ~np.isnan(perf)
    blocks += [m.astype(float), np.where(m, perf - perf_mu, 0.0)]
    imp_mu = None
    if imp is not None:
        imp_mu = np.nanmean(imp, 0)
        mi = ~np.isnan(imp)
        blocks += [mi.astype(float), np.where(mi, imp - imp_mu, 0.0)]
    return Design(np.ascontiguousarray(np.column_stack(blocks)), p, q, centre, perf_mu, imp_mu,
                  triu, n_complete)


def summarise(S: np.ndarray, d: Design) -> dict[str, np.ndarray]:
    """Statistics from weighted sums ``S`` (B, k): means, correlation matrix."""
    out: dict[str, np.ndarray] = {}
    pos = 0
    if d.q:
        q = d.q
        s0 = S[:, 0]
        s1 = S[:, 1:1 + q] / s0[:, None]
        nt = len(d.triu[0])
        s2 = np.zeros((len(S), q, q))
        s2[:, d.triu[0], d.triu[1]] = S[:, 1 + q:1 + q + nt] / s0[:, None]
        s2 = s2 + np.triu(s2, 1).transpose(0, 2, 1)
        cov = s2 - s1[:, :, None] * s1[:, None, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            sd = np.sqrt(np.clip(np.einsum("bii->bi", cov), 0, None))
            out["corr"] = cov / (sd[:, :, None] * sd[:, None, :])
        pos = 1 + q + nt
    p = d.p
    with np.errstate(invalid="ignore", divide="ignore"):
        out["perf"] = d.perf_mu + S[:, pos + p:pos + 2 * p] / S[:, pos:pos + p]
        pos += 2 * p
        if d.imp_mu is not None:
            out["imp"] = d.imp_mu + S[:, pos + p:pos + 2 * p] / S[:, pos:pos + p]
    return out


def bootstrap_sums(d: Design, n_boot: int, rng: np.random.Generator, *, chunk: int | None = None):
    """Yield weighted sums ``w @ Z`` for ``n_boot`` nonparametric bootstrap resamples (Efron 1979).

    Each resample draws n respondents with replacement (exact multinomial counts,
    as ``rng.integers`` + ``bincount``). The products run in single precision: ``Z`` is
    centred, so the sums lose about 1e-6 in a correlation, some 1,000 times less than
    the bootstrap spread even at n = 100,000, and BLAS runs about four times faster.
    BLAS is held to one thread here: on a shared machine its spinning threads made
    the same products 10-20 times slower, and one thread already does 1,000
    resamples of 100,000 x 15 ratings in about a second.
    """
    from threadpoolctl import threadpool_limits

    n = len(d.Z)
    Z32 = d.Z.astype(np.float32)
    if chunk is None:
        chunk = int(max(1, min(n_boot, 64, 4e7 // max(n, 1))))
    W = np.empty((chunk, n), dtype=np.float32)
    done = 0
    while done < n_boot:
        b = min(chunk, n_boot - done)
        idx = rng.integers(0, n, size=(b, n))
        for i in range(b):
            W[i] = np.bincount(idx[i], minlength=n)
        with threadpool_limits(limits=1, user_api="blas"):
            S = W[:b] @ Z32
        yield S.astype(np.float64)
        done += b


def subset_r2(corr: np.ndarray) -> np.ndarray:
    """R² of the target (last variable) on every subset of the others, by sweeping.

    Parameters
    ----------
    corr : array (B, q, q)
        Correlation matrices, target last.

    Returns
    -------
    array (B, 2^(q-1))
        ``out[:, s]`` is R² for the subset whose members are the set bits of ``s``.
    """
    T = corr[:, None, :, :]
    for _ in range(corr.shape[1] - 1):
        piv = T[:, :, :1, :1]
        with np.errstate(invalid="ignore", divide="ignore"):
            swept = T[:, :, 1:, 1:] - T[:, :, 1:, :1] * T[:, :, :1, 1:] / piv
        T = np.concatenate([T[:, :, 1:, 1:], swept], axis=1)
    return 1.0 - T[:, :, 0, 0]


def shapley_matrix(p: int) -> np.ndarray:
    """Coefficients turning subset R² (2^p,) into LMG shares (p,): ``lmg = r2 @ M``.

    ``LMG_j = sum over S not containing j of |S|!(p-|S|-1)!/p! * (R²(S+j) - R²(S))``.
    """
    idx = np.arange(2 ** p)
    size = np.array([bin(i).count("1") for i in idx])
    w = np.array([factorial(s) * factorial(p - s - 1) / factorial(p) for s in range(p)] + [0.0])
    M = np.zeros((2 ** p, p))
    for j in range(p):
        has = (idx >> j) & 1 == 1
        M[has, j] = w[size[has] - 1]
        M[~has, j] = -w[size[~has]]
    return M


def lmg(corr: np.ndarray, *, chunk: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """LMG (Shapley) decomposition of R² for a stack of correlation matrices (target last).

    Returns ``(shares, r2)``: raw contributions (B, p) summing to R², and R² (B,).
    """
    p = corr.shape[1] - 1
    M = shapley_matrix(p)
    shares = np.empty((len(corr), p))
    r2 = np.empty(len(corr))
    step = max(1, int(chunk * 2.0 ** (12 - p)))  # bounds memory to ~chunk x 2^12 subsets
    for s in range(0, len(corr), step):
        sub = subset_r2(corr[s:s + step])
        shares[s:s + step] = sub @ M
        r2[s:s + step] = sub[:, -1]
    return shares, r2


def collinear_pairs(corr: np.ndarray, labels: list[str], tol: float = 1e-8) -> list[str]:
    """Describe why the predictors' correlation matrix is singular (empty if it is not)."""
    R = corr[:-1, :-1]
    if np.linalg.eigvalsh(R).min() > tol:
        return []
    p = len(R)
    pairs = [f"{labels[i]} and {labels[j]}" for i in range(p) for j in range(i + 1, p)
             if abs(R[i, j]) > 1 - 1e-9]
    return pairs or ["a linear combination of " + ", ".join(labels)]


def quadrants(importance: np.ndarray, performance: np.ndarray, imp_line, perf_line) -> np.ndarray:
    """Quadrant codes 0-3 (Martilla & James 1977); ties go to the high side.

    0 Concentrate here (high importance, low performance), 1 Keep up the good work,
    2 Low priority (low, low), 3 Possible overkill (low importance, high performance).
    """
    hi_imp = importance >= np.asarray(imp_line)[..., None]
    hi_perf = performance >= np.asarray(perf_line)[..., None]
    return np.where(hi_imp, np.where(hi_perf, 1, 0), np.where(hi_perf, 3, 2))
