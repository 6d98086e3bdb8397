"""Mean comparisons for the values survey: against competitors (paired) and between waves.

Public through :mod:`sentiment_kit.values`.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import stats

from .._core.parse import order_waves
from .._core.validation import check_columns, check_dates
from ._ratings import check_attributes, detect_attributes, wide_matrix
from ..exceptions import SentimentKitError, SentimentKitWarning

_ADJUST = ("holm", "bonferroni", "fdr_bh", "none")


def adjust_pvalues(p: Any, method: str = "holm") -> np.ndarray:
    """Multiple-comparison adjustment of p-values; NaN entries are left out and stay NaN.

    ``"holm"``: Holm (1979) step-down, controls the family-wise error rate without
    assuming independence. ``"bonferroni"``, ``"fdr_bh"`` (Benjamini & Hochberg 1995,
    controls the false discovery rate) and ``"none"`` are also offered.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, 0.03]).round(2).tolist()
    [0.03, 0.06, 0.06]
    """
    if method not in _ADJUST:
        raise SentimentKitError(f"adjust must be one of {_ADJUST}; got {method!r}.")
    p = np.asarray(p, dtype=float)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    q, m = p[ok], int(ok.sum())
    if m == 0 or method == "none":
        out[ok] = q
        return out
    if method == "bonferroni":
        out[ok] = np.minimum(q * m, 1)
    elif method == "holm":
        order = np.argsort(q)
        adj = np.maximum.accumulate(q[order] * (m - np.arange(m)))
        res = np.empty(m)
        res[order] = np.minimum(adj, 1)
        out[ok] = res
    else:
        out[ok] = stats.false_discovery_control(q, method="bh")
    return out


def _competitor_patterns(competitors: Any) -> dict[str, str]:
    if isinstance(competitors, str):
        competitors = [competitors]
    if isinstance(competitors, Mapping):
        return {str(k): str(v) for k, v in competitors.items()}
    if isinstance(competitors, Sequence) and competitors:
        return {c.replace("{}", "").strip("_ ") or c: c for c in map(str, competitors)}
    raise SentimentKitError(
        f"competitors must be a column pattern such as 'comp_{{}}', a list of patterns or a dict "
        f"name -> pattern; got {competitors!r}.")


def competitor_gaps(
    data: pd.DataFrame,
    *,
    ours: str = "perf_{}",
    competitors: str | Sequence[str] | Mapping[str, str] = "comp_{}",
    attributes: Sequence[str] | None = None,
    na_values: Sequence[Any] | None = None,
    scale: tuple[float, float] = (1, 5),
    test: Literal["t", "wilcoxon"] = "t",
    adjust: Literal["holm", "bonferroni", "fdr_bh", "none"] = "holm",
    confidence: float = 0.95,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Our performance against each competitor's, per value, rated by the same respondents.

    Because each respondent rates both, the comparison is paired: the difference
    (ours minus theirs) is averaged over respondents who rated both, with a paired
    t interval, and tested with the paired t-test or the Wilcoxon signed-rank test
    (zero differences dropped, Wilcoxon 1945). With many values and competitors
    some differences look significant by chance, so p-values are adjusted across
    the whole table (``adjust``; Holm 1979 by default).

    Parameters
    ----------
    data : DataFrame
        Wide survey data, one row per respondent.
    ours : str
        Pattern of our performance columns (``{}`` = the value).
    competitors : str, list of str or dict
        Pattern(s) of the competitors' columns; a dict names them
        (``{"Rival plc": "comp_{}"}``); otherwise the name is the pattern without
        ``{}`` and underscores (``"comp"``).
    attributes : list of str, optional
        Values to compare; default every value with an ``ours`` column.
    na_values, scale
        As in :func:`importance_performance`.
    test : {"t", "wilcoxon"}
    adjust : {"holm", "bonferroni", "fdr_bh", "none"}
    confidence : float
        Level of the interval of the difference.
    alpha : float
        Threshold on the adjusted p-value for the verdict.

    Returns
    -------
    DataFrame
        One row per value and competitor: ``attribute``, ``competitor``, ``n``
        (pairs), ``ours``, ``theirs``, ``difference``, ``ci_low``, ``ci_high``,
        ``p_value``, ``p_adjusted``, ``verdict`` ("ahead", "behind" or
        "no clear difference").

    Examples
    --------
    >>> import sentiment_kit as sk
    >>> survey = sk.make_survey(300, random_state=0)
    >>> gaps = competitor_gaps(survey, na_values=[0])
    >>> gaps.set_index("attribute").loc["staff_attitude", "verdict"]
    'behind'
    """
    check_columns(data, [])
    pats = _competitor_patterns(competitors)
    attrs = check_attributes(attributes) if attributes is not None else detect_attributes(data, ours)
    mine = wide_matrix(data, attrs, ours, na_values=na_values, scale=scale)
    if test not in ("t", "wilcoxon"):
        raise SentimentKitError(f"test must be 't' or 'wilcoxon'; got {test!r}.")
    rows = []
    for name, pat in pats.items():
        theirs = wide_matrix(data, attrs, pat, na_values=na_values, scale=scale)
        for j, a in enumerate(attrs):
            x, y = mine.values[:, j], theirs.values[:, j]
            ok = ~np.isnan(x) & ~np.isnan(y)
            d = x[ok] - y[ok]
            n = len(d)
            row = {"attribute": a, "competitor": name, "n": n,
                   "ours": x[ok].mean() if n else np.nan, "theirs": y[ok].mean() if n else np.nan,
                   "difference": d.mean() if n else np.nan, "ci_low": np.nan, "ci_high": np.nan,
                   "p_value": np.nan}
            if n >= 2:
                se = d.std(ddof=1) / np.sqrt(n)
                z = stats.t.ppf(0.5 + confidence / 2, n - 1)
                row["ci_low"], row["ci_high"] = d.mean() - z * se, d.mean() + z * se
                if not np.any(d):
                    row["p_value"] = 1.0
                elif test == "t":
                    row["p_value"] = float(stats.ttest_rel(x[ok], y[ok]).pvalue) if se > 0 else 0.0
                else:
                    row["p_value"] = float(stats.wilcoxon(d).pvalue)
            else:
                warnings.warn(f"Value {a!r}: fewer than 2 respondents rated both us and {name!r}; "
                              "no interval or test.", SentimentKitWarning, stacklevel=2)
            rows.append(row)
    out = pd.DataFrame(rows)
    out["p_adjusted"] = adjust_pvalues(out["p_value"], adjust)
    out["verdict"] = _verdict(out["difference"], out["p_adjusted"], alpha, ("ahead", "behind"),
                              "no clear difference")
    return out


def _verdict(diff, p_adj, alpha, words, neutral):
    sig = np.asarray(p_adj < alpha)
    d = np.asarray(diff)
    return np.where(sig & (d > 0), words[0], np.where(sig & (d < 0), words[1], neutral))


def track_waves(
    data: pd.DataFrame,
    *,
    wave: str = "wave",
    attributes: Sequence[str] | None = None,
    performance: str = "perf_{}",
    baseline: Any = None,
    wave_order: Sequence[Any] | None = None,
    date: str | None = "date",
    order: Sequence[Any] | None = None,
    na_values: Sequence[Any] | None = None,
    scale: tuple[float, float] = (1, 5),
    respondent: str | None = "respondent_id",
    adjust: Literal["holm", "bonferroni", "fdr_bh", "none"] = "holm",
    confidence: float = 0.95,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Change in mean performance per value between survey waves: the re-survey benchmark.

    Each wave is taken as an independent sample of customers (a fresh re-survey),
    so the change in means gets a Welch interval and Welch's t-test (unequal
    variances; Welch 1947). If the same respondents answer both waves, a paired
    comparison would be more powerful: a warning says so when ``respondent`` ids
    repeat across waves. p-values are adjusted across the table (``adjust``).

    Parameters
    ----------
    data : DataFrame
        Wide survey data with a ``wave`` column.
    wave : str
        Column identifying the wave (year, quarter, label).
    attributes : list of str, optional
        Default: every value with a ``performance`` column.
    performance : str
        Column pattern; ``"imp_{}"`` tracks stated importance instead, and ``"{}"``
        with ``attributes=["overall_satisfaction"]`` any plain column.
    baseline : optional
        Compare every wave with this one; default: each wave with the one before.
    wave_order : list, optional
        The waves, oldest first. Default: an ordered categorical keeps its order (as
        :func:`sentiment_kit.read_dataset` returns it); otherwise the order is read from the labels
        when unambiguous (numbers, years, quarters, months, "Wave 2" before "Wave 10") or from
        the ``date`` column, and refused when neither settles it
        (:func:`sentiment_kit._core.parse.order_waves`): never alphabetical.
    date : str or None, default "date"
        Date column used to order waves whose labels do not (ignored when absent).
    order : list, optional
        Former name of ``wave_order``.
    na_values, scale
        As in :func:`importance_performance`.
    respondent : str or None
        Respondent id column, only used to detect repeated respondents.
    adjust, confidence, alpha
        As in :func:`competitor_gaps`.

    Returns
    -------
    DataFrame
        One row per value and pair of waves: ``attribute``, ``wave_from``,
        ``wave_to``, ``n_from``, ``n_to``, ``mean_from``, ``mean_to``, ``change``,
        ``ci_low``, ``ci_high``, ``p_value``, ``p_adjusted``, ``verdict``
        ("improved", "declined" or "no clear change").

    Examples
    --------
    >>> import sentiment_kit as sk
    >>> survey = sk.make_survey(500, random_state=1)
    >>> tw = track_waves(survey, na_values=[0]).set_index("attribute")
    >>> tw.loc["staff_attitude", "verdict"], tw.loc["price", "verdict"]
    ('improved', 'declined')
    """
    check_columns(data, [wave])
    attrs = check_attributes(attributes) if attributes is not None else detect_attributes(data, performance)
    m = wide_matrix(data, attrs, performance, na_values=na_values, scale=scale)
    w = data[wave]
    if order is not None and wave_order is not None:
        raise SentimentKitError("Pass wave_order only (order is its former name).")
    wave_order = wave_order if wave_order is not None else order
    if wave_order is not None:
        unknown = [v for v in wave_order if not (w == v).any() and not (w.astype(str) == str(v)).any()]
        if unknown:
            raise SentimentKitError(f"Wave(s) {unknown} not found in column {wave!r}; found {list(pd.unique(w))}.")
        order = [next(x for x in pd.unique(w.dropna()) if x == v or str(x) == str(v)) for v in wave_order]
    else:
        dates = check_dates(data, date) if date is not None and date in data.columns else None
        order = order_waves(w, column=wave, dates=dates)
    if len(order) < 2:
        raise SentimentKitError(f"Column {wave!r} holds {len(order)} wave(s) {order}; tracking needs two or more.")
    if baseline is not None and baseline not in order:
        raise SentimentKitError(f"baseline={baseline!r} is not a wave in {wave!r}; waves: {order}.")
    if respondent is not None and respondent in data.columns:
        ids = data[[respondent, wave]].dropna().drop_duplicates()
        if ids[respondent].duplicated().any():
            warnings.warn(f"Some {respondent!r} ids answer several waves; the Welch comparison treats "
                          "waves as independent samples (a paired analysis would be tighter).",
                          SentimentKitWarning, stacklevel=2)
    pairs = ([(order[k - 1], order[k]) for k in range(1, len(order))] if baseline is None
             else [(baseline, v) for v in order if v != baseline])
    rows = []
    for a_wave, b_wave in pairs:
        ia, ib = np.asarray(w == a_wave), np.asarray(w == b_wave)
        for j, a in enumerate(attrs):
            xa, xb = m.values[ia, j], m.values[ib, j]
            xa, xb = xa[~np.isnan(xa)], xb[~np.isnan(xb)]
            rows.append({"attribute": a, "wave_from": a_wave, "wave_to": b_wave, "n_from": len(xa),
                         "n_to": len(xb), **_welch(xa, xb, confidence)})
    out = pd.DataFrame(rows)
    out["p_adjusted"] = adjust_pvalues(out["p_value"], adjust)
    out["verdict"] = _verdict(out["change"], out["p_adjusted"], alpha, ("improved", "declined"),
                              "no clear change")
    return out


def _welch(a: np.ndarray, b: np.ndarray, confidence: float) -> dict[str, float]:
    """Welch interval and test for mean(b) - mean(a)."""
    res = {"mean_from": a.mean() if len(a) else np.nan, "mean_to": b.mean() if len(b) else np.nan}
    res["change"] = res["mean_to"] - res["mean_from"]
    res.update(ci_low=np.nan, ci_high=np.nan, p_value=np.nan)
    if len(a) < 2 or len(b) < 2:
        return res
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = np.sqrt(va + vb)
    if se == 0:
        res.update(ci_low=res["change"], ci_high=res["change"], p_value=1.0 if res["change"] == 0 else 0.0)
        return res
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    t = stats.t.ppf(0.5 + confidence / 2, df)
    res.update(ci_low=res["change"] - t * se, ci_high=res["change"] + t * se,
               p_value=float(stats.ttest_ind(b, a, equal_var=False).pvalue))
    return res
