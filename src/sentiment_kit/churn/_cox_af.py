"""The attributable fraction of churn under a Cox model, and its bootstrap, for
:func:`~sentiment_kit.churn.attributable_churn` (which documents the method: Levin's attributable
fraction in its survival form, Chen, Hu & Cheng 2010).

Both work on the analysis frame of ``attributable_churn``: ``T`` (tenure), ``E`` (churned),
``X`` (exposed), covariate columns, and ``C`` (follow-up) when follow-up is a column.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd

from .._core.validation import check_random_state

__all__ = ["fit_af", "bootstrap_af"]


def _base_cumhaz(cph: Any) -> tuple[np.ndarray, np.ndarray]:
    bch = cph.baseline_cumulative_hazard_
    return bch.index.to_numpy(dtype=float), bch.iloc[:, 0].to_numpy(dtype=float)


def _step(times: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
    idx = np.searchsorted(times, at, side="right") - 1
    return np.where(idx >= 0, values[np.clip(idx, 0, None)], 0.0)


def _expected_churn(H: np.ndarray, weights: np.ndarray, ph: np.ndarray) -> float:
    """Sum over customers and follow-up masses of 1 - exp(-H(c) * ph_i)."""
    u, counts = np.unique(np.round(ph, 12), return_counts=True)
    return float(weights @ (1.0 - np.exp(-np.outer(H, u))) @ counts)


def fit_af(d: pd.DataFrame, alpha: float, xcols: list[str], follow: str, horizon: float | None,
           follow_col: np.ndarray | None, start: np.ndarray | None = None) -> tuple[float, Any]:
    """The attributable fraction and the fitted lifelines ``CoxPHFitter`` (level ``1 - alpha``,
    model columns ``xcols``, starting from ``start`` when given).

    ``AF = 1 - sum_i F_i(c | X=0) / sum_i F_i(c | observed X)`` with ``F_i(c) = 1 - S_i(c)`` from
    the Cox model; the follow-up ``c`` is each customer's ``follow_col`` (``follow="column"``), a
    fixed ``horizon`` (``"horizon"``), or averaged over the reverse Kaplan-Meier (censoring)
    distribution (``"reverse_km"``). NaN when no churn is expected at all.
    """
    from lifelines import CoxPHFitter, KaplanMeierFitter

    cph = CoxPHFitter(alpha=alpha)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cph.fit(d[["T", "E"] + xcols], duration_col="T", event_col="E", initial_point=start)
    times, H0 = _base_cumhaz(cph)
    X = d[xcols]
    ph_obs = cph.predict_partial_hazard(X).to_numpy(dtype=float)
    ph_0 = cph.predict_partial_hazard(X.assign(X=0.0)).to_numpy(dtype=float)
    if follow == "column":
        H = _step(times, H0, follow_col)
        num = np.sum(1 - np.exp(-H * ph_0))
        den = np.sum(1 - np.exp(-H * ph_obs))
    else:
        if follow == "horizon":
            cs, w = np.array([horizon], dtype=float), np.array([1.0])
        else:  # reverse Kaplan-Meier: the distribution of potential follow-up (censoring) times
            g = KaplanMeierFitter().fit(d["T"], 1 - d["E"])
            sf = g.survival_function_.iloc[:, 0].to_numpy()
            t = g.survival_function_.index.to_numpy(dtype=float)
            mass = -np.diff(np.r_[1.0, sf])
            mass[-1] += sf[-1]  # follow-up beyond the last time: put it at the last time
            keep = mass > 0
            cs, w = t[keep], mass[keep]
        H = _step(times, H0, cs)
        # masses with the same cumulative hazard can be pooled (H is a step function)
        Hu, inv = np.unique(H, return_inverse=True)
        wu = np.bincount(inv.ravel(), weights=w)
        num = _expected_churn(Hu, wu, ph_0)
        den = _expected_churn(Hu, wu, ph_obs)
    return (1.0 - num / den if den > 0 else np.nan), cph


def bootstrap_af(d, xcols, follow, horizon, n_boot, random_state, progress, start) -> np.ndarray:
    """``n_boot`` replicates of :func:`fit_af` on customers resampled with replacement (Cox fits
    started from ``start``); NaN for a resample without churn or without both groups, or whose
    fit failed. ``progress`` shows a tqdm bar."""
    rng = check_random_state(random_state)
    out = np.full(n_boot, np.nan)
    it = range(n_boot)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, desc="bootstrap", total=n_boot)
    for b in it:
        s = d.iloc[rng.integers(0, len(d), len(d))].reset_index(drop=True)
        if s["E"].sum() == 0 or s["X"].nunique() < 2:
            continue
        try:
            out[b] = fit_af(s, 0.05, xcols, follow, horizon, s["C"].to_numpy() if follow == "column" else None,
                            start)[0]
        except Exception:  # noqa: BLE001 - a failed resample is counted, not fatal
            continue
    return out
