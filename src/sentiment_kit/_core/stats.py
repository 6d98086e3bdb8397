"""Small statistical helpers shared by the analysis modules."""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

__all__ = ["wilson_interval"]


def wilson_interval(k, n, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for binomial proportions, vectorised (Wilson 1927).

    Gives the same bounds as ``scipy.stats.binomtest(k, n).proportion_ci(method="wilson")``
    for arrays of counts at once. Where ``n == 0`` both bounds are NaN; with ``k == 0`` the lower
    bound is exactly 0 and with ``k == n`` the upper exactly 1 (rounding used to put them a hair
    inside, past the share itself).

    Examples
    --------
    >>> lo, hi = wilson_interval(68, 100)
    >>> round(float(lo), 3), round(float(hi), 3)
    (0.583, 0.763)
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)  # the standard library's: no SciPy import for a quantile
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
        lo = np.where(n > 0, np.where(k <= 0, 0.0, np.clip(centre - half, 0, 1)), np.nan)
        hi = np.where(n > 0, np.where(k >= n, 1.0, np.clip(centre + half, 0, 1)), np.nan)
    return lo, hi
