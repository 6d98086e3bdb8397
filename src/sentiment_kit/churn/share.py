"""How much churn indifference explains: the share of exit reasons against the 68% claim, and the
value lost per reason or exposure group."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from .._core.escape import p_text
from .._core.parse import as_flag
from .._core.labels import group_labels
from .._core.stats import wilson_interval
from .._core.validation import align_rows, check_columns
from ..exceptions import SentimentKitError, SentimentKitWarning
from .._core.results import Result
from ._rules import CHURN_REASONS

__all__ = ["CLASSIC_BREAKDOWN", "IndifferenceShare", "indifference_share", "revenue_at_risk"]


#: The folklore split of why customers leave (LeBoeuf 1987, citing an unnamed survey; see the
#: module docstring for its attribution history). The classic list has no price category and
#: its six shares already sum to 100%, so ``price`` is 0.0 here: price-driven switching is, at
#: best, inside its 9% "competition". Compare ``competitor + price`` with 9% if you read it so.
#: ``unknown`` has no classic share.
CLASSIC_BREAKDOWN: MappingProxyType[str, float] = MappingProxyType({
    "died": 0.01, "moved": 0.03, "other_relationships": 0.05, "competitor": 0.09, "price": 0.0,
    "product_dissatisfaction": 0.14, "indifference": 0.68,
})


@dataclass(frozen=True, eq=False)
class IndifferenceShare(Result):
    """Share of churners whose reason is indifference, with its interval and a test against a benchmark.

    Attributes
    ----------
    estimate, ci_low, ci_high : float
        Share among churners with a known reason, and its Wilson (1927) interval.
    n : int
        Churners with a known reason (the denominator).
    n_unknown : int
        Churners whose reason is ``unknown`` (blank, unclear): reported, excluded.
    k : int
        Churners whose reason is indifference.
    p_value : float
        Exact two-sided binomial test of ``estimate == benchmark`` (``scipy.stats.binomtest``).
    benchmark, confidence : float
    bounds : (float, float)
        Worst-case shares if every unknown were not / were indifference (Manski bounds).
    breakdown : DataFrame
        Per category: ``count``, ``share`` (of known reasons), ``ci_low``, ``ci_high``,
        ``classic_share``; the ``unknown`` row has a count only.
    note : str
        Why the estimate is NaN, when it is.
    """

    estimate: float
    ci_low: float
    ci_high: float
    n: int
    n_unknown: int
    k: int
    p_value: float
    benchmark: float
    confidence: float
    bounds: tuple[float, float]
    breakdown: pd.DataFrame = field(repr=False)
    note: str = ""

    @property
    def verdict(self) -> str:
        """``"below"``, ``"above"`` or ``"consistent with"`` the benchmark, by the interval ("" if NaN)."""
        if np.isnan(self.estimate):
            return ""
        return ("consistent with" if self.ci_low <= self.benchmark <= self.ci_high else
                "below" if self.ci_high < self.benchmark else "above")

    def summary(self) -> pd.DataFrame:
        """The indifference share with its interval, n, the benchmark and the test, as one row.

        Examples
        --------
        >>> share = indifference_share(["indifference"] * 30 + ["price"] * 70)
        >>> share.summary()[["estimate", "n", "benchmark"]].round(2).values.tolist()
        [[0.3, 100.0, 0.68]]
        """
        return pd.DataFrame([{"estimate": self.estimate, "ci_low": self.ci_low, "ci_high": self.ci_high,
                              "n": self.n, "k": self.k, "n_unknown": self.n_unknown, "benchmark": self.benchmark,
                              "p_value": self.p_value, "verdict": self.verdict}], index=["indifference share"])

    def to_frame(self) -> pd.DataFrame:
        """The share of every churn reason (:attr:`breakdown`)."""
        return self.breakdown

    def __str__(self) -> str:
        """One sentence with the estimate, its interval, n and the test."""
        if np.isnan(self.estimate):
            return f"Indifference share not estimated: {self.note}"
        verdict = self.verdict
        return (f"{self.estimate:.1%} of churners with a known reason left because of indifference "
                f"({self.confidence:.0%} CI {self.ci_low:.1%} to {self.ci_high:.1%}; {self.k} of {self.n}; "
                f"{self.n_unknown} unknown excluded), {verdict} the {self.benchmark:.0%} benchmark "
                f"(exact binomial test {p_text(self.p_value)}).")

    def __repr__(self) -> str:
        table = self.breakdown.to_string(float_format=lambda x: f"{x:.3f}")
        return f"IndifferenceShare\n{self}\n\n{table}"



def indifference_share(
    categories: Any,
    *,
    benchmark: float = 0.68,
    confidence: float = 0.95,
) -> IndifferenceShare:
    """Estimate the share of churn due to indifference and test it against the 68% claim.

    Exclusion rule: answers classified ``unknown`` (and missing values, which count
    as ``unknown``) are reported in ``n_unknown`` and excluded from the denominator.
    This assumes they are *missing at random*: customers who gave no usable reason
    left for the same mix of reasons as those who did. If you doubt it, look at
    ``bounds`` (every unknown counted as not / as indifference).

    The interval is the Wilson (1927) score interval; the test is the exact two-sided
    binomial test (``scipy.stats.binomtest``). Each category in ``breakdown`` gets
    its own Wilson interval (not adjusted for multiple comparisons).

    Parameters
    ----------
    categories : Series, list or DataFrame
        One churn reason per churner, values of :data:`CHURN_REASONS` (e.g. the output of
        :func:`classify_churn_reasons` on churners' exit reasons), or the :func:`explain_churn_reasons`
        DataFrame (its ``reason`` column is used). Pass churners only.
    benchmark : float, default 0.68
        The share to test against (:data:`CLASSIC_BREAKDOWN`).
    confidence : float, default 0.95

    Returns
    -------
    IndifferenceShare
        With ``estimate`` NaN and a ``note`` when there are no churners or every reason is unknown.

    Raises
    ------
    SentimentKitError
        If a value is not a category of :data:`CHURN_REASONS`, or ``benchmark`` /
        ``confidence`` is outside (0, 1).

    Examples
    --------
    >>> r = indifference_share(["indifference"] * 30 + ["price"] * 50 + ["unknown"] * 20)
    >>> round(r.estimate, 3), r.n, r.n_unknown, round(r.ci_low, 3), round(r.ci_high, 3)
    (0.375, 80, 20, 0.277, 0.485)
    >>> r.p_value < 0.001
    True
    """
    for name, v in [("benchmark", benchmark), ("confidence", confidence)]:
        if not 0 < v < 1:
            raise SentimentKitError(f"{name} must be strictly between 0 and 1, got {v}.")
    if isinstance(categories, pd.DataFrame):
        check_columns(categories, ["reason"], name="categories")
        categories = categories["reason"]
    if isinstance(categories, str):
        raise SentimentKitError("categories: expected one category per churner, got a single string; wrap it in a list.")
    values = pd.Series(np.asarray(categories, dtype=object).ravel(), dtype=object)
    values = values.where(values.notna() & (values.astype(str).str.strip() != ""), "unknown")
    bad = sorted({str(v) for v in values.unique() if v not in CHURN_REASONS})
    if bad:
        raise SentimentKitError(
            f"categories has values outside the churn-reason taxonomy: {bad[:10]}; classify the "
            f"exit reasons with classify_churn_reasons first, or rename to {list(CHURN_REASONS)}."
        )
    counts = values.value_counts().reindex(CHURN_REASONS, fill_value=0).astype(int)
    n_unknown = int(counts["unknown"])
    n = int(counts.sum() - n_unknown)
    k = int(counts["indifference"])
    known = counts.drop("unknown")
    lo, hi = wilson_interval(known.to_numpy(), n, confidence)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = known.to_numpy() / n if n else np.full(len(known), np.nan)
    breakdown = pd.DataFrame({"count": known.to_numpy(), "share": share, "ci_low": lo, "ci_high": hi,
                              "classic_share": [CLASSIC_BREAKDOWN[c] for c in known.index]},
                             index=pd.Index(known.index, name="reason"))
    breakdown.loc["unknown"] = [n_unknown, np.nan, np.nan, np.nan, np.nan]
    breakdown["count"] = breakdown["count"].astype(int)
    total = n + n_unknown
    bounds = (k / total, (k + n_unknown) / total) if total else (np.nan, np.nan)
    if n == 0:
        note = "no churners were given" if total == 0 else f"all {n_unknown} reasons are unknown"
        return IndifferenceShare(np.nan, np.nan, np.nan, 0, n_unknown, 0, np.nan, benchmark, confidence,
                                 bounds, breakdown, note)
    p = float(stats.binomtest(k, n, benchmark).pvalue)
    return IndifferenceShare(k / n, float(breakdown.loc["indifference", "ci_low"]),
                             float(breakdown.loc["indifference", "ci_high"]), n, n_unknown, k, p,
                             benchmark, confidence, bounds, breakdown)


def revenue_at_risk(
    data: pd.DataFrame,
    *,
    by: str | pd.Series,
    value: str = "annual_value",
    event: str = "churned",
    threshold: float | None = None,
) -> pd.DataFrame:
    """Value lost with churned customers, by reason or by exposure group.

    Parameters
    ----------
    data : DataFrame
        One row per customer.
    by : str or Series
        A column of ``data`` (e.g. a plan, or ``unanswered_contacts`` with ``threshold``),
        or a Series on ``data``'s index (e.g. :func:`classify_churn_reasons` of the exit
        reasons). Missing groups are shown as ``"(missing)"``.
    value : str
        Numeric value per customer (e.g. revenue per year). Missing values count as 0,
        with a warning that counts them.
    event : str
        Churn flag, boolean or 0/1.
    threshold : float, optional
        With a numeric ``by``: group into ``"> threshold"`` (exposed) and ``"<= threshold"``.

    Returns
    -------
    DataFrame
        One row per group, largest loss first: ``customers``, ``churned``, ``churn_rate`` with
        its 95% Wilson interval (``churn_rate_ci_low``, ``churn_rate_ci_high``; Wilson 1927),
        ``lost_value`` (sum over churners; the total is ``out["lost_value"].sum()``),
        ``share_of_lost_value``, ``mean_lost_value``.

    Examples
    --------
    >>> df = pd.DataFrame({"churned": [1, 1, 0, 1], "annual_value": [100.0, 50.0, 70.0, 25.0],
    ...                    "unanswered_contacts": [2, 0, 1, 0]})
    >>> out = revenue_at_risk(df, by="unanswered_contacts", threshold=0)
    >>> out["lost_value"].to_dict(), out["churned"].to_dict()
    ({'> 0': 100.0, '<= 0': 75.0}, {'> 0': 1, '<= 0': 2})
    >>> round(float(out.loc["<= 0", "churn_rate_ci_low"]), 3), round(float(out.loc["<= 0", "churn_rate_ci_high"]), 3)
    (0.342, 1.0)
    """
    check_columns(data, [value, event] + ([by] if isinstance(by, str) else []), name="data")
    churned = as_flag(data[event], column=event)
    if churned.isna().any():
        raise SentimentKitError(f"Column {event!r} has {int(churned.isna().sum())} missing values; fill or drop them first.")
    v = pd.to_numeric(data[value], errors="coerce")
    bad = v.isna() & data[value].notna()
    if bad.any():
        raise SentimentKitError(
            f"Column {value!r} must be numeric; {int(bad.sum())} values are not (first: {data.loc[bad, value].iloc[0]!r}).")
    missing = int(v.isna().sum())
    if missing:
        import warnings

        warnings.warn(f"{missing} customers have no {value!r}; counted as 0.", SentimentKitWarning, stacklevel=2)
    if isinstance(by, str):
        groups, name = data[by], by
    else:
        groups = align_rows(by, data.index, name="by")
        name = groups.name or "group"
    if threshold is not None:
        num = pd.to_numeric(groups, errors="coerce")
        groups = pd.Series(np.where(num > threshold, f"> {threshold:g}", f"<= {threshold:g}"), index=data.index)
        groups[num.isna()] = np.nan
    groups = group_labels(groups)
    frame = pd.DataFrame({"g": groups.to_numpy(), "churned": churned.astype(bool).to_numpy(),
                          "lost": np.where(churned.astype(bool), v.fillna(0.0), 0.0)})
    out = frame.groupby("g", sort=False).agg(customers=("churned", "size"), churned=("churned", "sum"),
                                             lost_value=("lost", "sum"))
    out["churned"] = out["churned"].astype(int)
    out["churn_rate"] = out["churned"] / out["customers"]
    out["churn_rate_ci_low"], out["churn_rate_ci_high"] = wilson_interval(out["churned"].to_numpy(), out["customers"].to_numpy())
    total = float(out["lost_value"].sum())
    out["share_of_lost_value"] = out["lost_value"] / total if total else np.nan
    out["mean_lost_value"] = out["lost_value"] / out["churned"].replace(0, np.nan)
    out = out[["customers", "churned", "churn_rate", "churn_rate_ci_low", "churn_rate_ci_high", "lost_value",
               "share_of_lost_value", "mean_lost_value"]]
    out = out.sort_values("lost_value", ascending=False, kind="stable")
    out.index.name = name
    return out
