"""Churn attributable to an indifference exposure: Kaplan-Meier, Cox and the attributable fraction.

Private module: the public names are re-exported by :mod:`sentiment_kit.churn`.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from .._core.parse import as_flag
from .._core.results import Result
from .._core.validation import align_rows, check_columns
from ..exceptions import SentimentKitError, SentimentKitWarning
from ._cox_af import bootstrap_af, fit_af

__all__ = ["AttributableChurn", "attributable_churn"]

EXPOSED, UNEXPOSED = "exposed", "not exposed"


def _exposure(data: pd.DataFrame, exposure: Any, threshold: float | None) -> tuple[pd.Series, str]:
    if isinstance(exposure, str):
        check_columns(data, [exposure], name="data")
        raw, label = data[exposure], exposure
    else:
        raw = align_rows(exposure, data.index, name="exposure")
        label = str(raw.name or "exposure")
    if threshold is not None:
        num = pd.to_numeric(raw, errors="coerce")
        if (num.isna() & raw.notna()).any():
            raise SentimentKitError(f"exposure {label!r} must be numeric to use threshold={threshold}.")
        return (num > threshold).astype(float).where(num.notna()), f"{label} > {threshold:g}"
    try:
        return as_flag(raw, column=label), label
    except SentimentKitError:
        raise SentimentKitError(
            f"exposure {label!r} is not yes/no (boolean, 0/1); pass threshold= to define exposure as "
            f"values above it, e.g. threshold=0 for '{label} > 0'."
        ) from None


@dataclass(frozen=True, eq=False)
class AttributableChurn(Result):
    """Churn attributable to an exposure, with Kaplan-Meier retention and a Cox hazard ratio.

    Attributes
    ----------
    attributable_fraction, ci_low, ci_high : float
        Share of churn events that would not have happened without the exposure, over the
        customers' follow-up, and its bootstrap interval (normal or percentile, as asked).
    hazard_ratio, hazard_ratio_ci_low, hazard_ratio_ci_high, hazard_ratio_p_value : float
        From the Cox model (exposure coefficient, adjusted for ``covariates``).
    n, n_events, n_exposed : int
        Customers analysed, churn events, exposed customers.
    n_dropped : int
        Rows left out for missing values (warned).
    exposure : str
        The exposure rule, e.g. ``"unanswered_contacts > 0"``.
    km : dict of str -> lifelines.KaplanMeierFitter
        Fitted per group (``"exposed"``, ``"not exposed"``).
    km_table : DataFrame
        ``group``, ``time``, ``retention``, ``ci_low``, ``ci_high`` (long format, for plotting).
    cox : lifelines.CoxPHFitter or None
    boot : ndarray
        Bootstrap replicates of the attributable fraction.
    note : str
        Why estimates are NaN, when they are.
    """

    attributable_fraction: float
    ci_low: float
    ci_high: float
    hazard_ratio: float
    hazard_ratio_ci_low: float
    hazard_ratio_ci_high: float
    hazard_ratio_p_value: float
    n: int
    n_events: int
    n_exposed: int
    n_dropped: int
    exposure: str
    confidence: float
    follow_up: str
    km: dict[str, Any] = field(repr=False)
    km_table: pd.DataFrame = field(repr=False)
    cox: Any = field(repr=False, default=None)
    boot: np.ndarray = field(repr=False, default_factory=lambda: np.array([]))
    note: str = ""

    def churn_by_group(self) -> pd.DataFrame:
        """Customers, churn events and crude churn share per exposure group."""
        rows = []
        for g, kmf in self.km.items():
            rows.append({"group": g, "customers": int(kmf.event_table["at_risk"].iloc[0]),
                         "churned": int(kmf.event_table["observed"].sum())})
        out = pd.DataFrame(rows).set_index("group")
        out["churn_share"] = out["churned"] / out["customers"]
        return out

    def retention_at(self, times: Any) -> pd.DataFrame:
        """Kaplan-Meier retention of each group at the given times (rows: times; columns: groups).

        Whole-number times (days, say) keep an integer index, so a table shows "180", not "180.000000".
        """
        t = np.atleast_1d(np.asarray(times, dtype=float))
        whole = np.isfinite(t).all() and bool((t == np.round(t)).all())
        return pd.DataFrame({g: kmf.survival_function_at_times(t).to_numpy() for g, kmf in self.km.items()},
                            index=pd.Index(t.astype(np.int64) if whole else t, name="time"))

    def summary(self) -> pd.DataFrame:
        """The attributable fraction and the hazard ratio with their intervals, one row each."""
        return pd.DataFrame(
            [{"estimate": self.attributable_fraction, "ci_low": self.ci_low, "ci_high": self.ci_high,
              "p_value": float("nan")},
             {"estimate": self.hazard_ratio, "ci_low": self.hazard_ratio_ci_low, "ci_high": self.hazard_ratio_ci_high,
              "p_value": self.hazard_ratio_p_value}],
            index=pd.Index(["attributable fraction", "hazard ratio"], name=self.exposure),
        ).assign(n=self.n, n_events=self.n_events, n_exposed=self.n_exposed)

    def to_frame(self) -> pd.DataFrame:
        """Kaplan-Meier retention per group (:attr:`km_table`)."""
        return self.km_table

    def __str__(self) -> str:
        """One sentence with the attributable fraction and the hazard ratio."""
        if np.isnan(self.attributable_fraction):
            return f"Attributable fraction not estimated: {self.note}"
        return (f"{self.attributable_fraction:.1%} of churn is attributable to '{self.exposure}' "
                f"({self.confidence:.0%} bootstrap CI {self.ci_low:.1%} to {self.ci_high:.1%}); exposed customers "
                f"churn at {self.hazard_ratio:.2f} times the rate (hazard ratio, CI {self.hazard_ratio_ci_low:.2f} to "
                f"{self.hazard_ratio_ci_high:.2f}); n = {self.n}, {self.n_events} churned, {self.n_exposed} exposed.")

    def __repr__(self) -> str:
        return f"AttributableChurn\n{self}"


def attributable_churn(
    data: pd.DataFrame,
    *,
    exposure: str | pd.Series,
    duration: str = "tenure_days",
    event: str = "churned",
    threshold: float | None = None,
    covariates: list[str] | None = None,
    follow_up: str | float | None = None,
    n_boot: int = 200,
    interval: str = "normal",
    confidence: float = 0.95,
    random_state: Any = None,
    progress: bool = False,
) -> AttributableChurn:
    """Share of churn attributable to an indifference exposure, from tenure and churn flags.

    For data without exit reasons: each customer's tenure (``duration``), whether they
    churned (``event``), and an *exposure* such as "at least one unanswered contact".

    * Retention by exposure: Kaplan-Meier (1958) curves per group (lifelines
      ``KaplanMeierFitter``), with pointwise intervals.
    * Hazard ratio: Cox (1972) proportional hazards (lifelines ``CoxPHFitter``), exposure
      plus ``covariates``; its Wald interval.
    * Attributable fraction: Levin's (1953) population attributable fraction in its
      survival form (Samuelsen & Eide 2008; Cox-model based: Chen, Hu & Cheng 2010,
      *Statistics in Medicine* 29),
      ``AF = 1 - sum_i F_i(c | exposure=0) / sum_i F_i(c | observed exposure)``,
      where ``F_i(c) = 1 - S_i(c)`` is customer *i*'s modelled probability of churning
      within follow-up ``c`` (covariates kept, only the exposure removed). The follow-up
      ``c`` is averaged over its distribution estimated by the reverse Kaplan-Meier
      (censoring) curve by default: churners' own follow-up (how long they *would* have
      been observed) is not seen, so it is taken from the censoring distribution,
      assuming follow-up is independent of churn and exposure (the same assumption as
      Kaplan-Meier). So AF is the expected share of churn events over the observation
      window that would not happen if nobody were exposed. The interval is a bootstrap
      interval over customers (Efron & Tibshirani 1993; normal by default, or percentile),
      refitting the Cox model each time.

    Parameters
    ----------
    data : DataFrame
        One row per customer.
    exposure : str or Series
        A boolean or 0/1 column (or Series on ``data``'s index); or a numeric one with
        ``threshold`` (exposed when the value is *above* it: ``threshold=0`` means > 0).
    duration : str
        Tenure (days from sign-up to churn or to the end of observation); must be >= 0.
    event : str
        Churn flag, boolean or 0/1 (also "true"/"false", "yes"/"no").
    threshold : float, optional
    covariates : list of str, optional
        Adjusted for in the Cox model; text/categorical columns are one-hot encoded.
    follow_up : str, float or None
        ``None``: reverse Kaplan-Meier (above). A column name: each customer's potential
        follow-up (e.g. days from sign-up to the end of observation, known for churners
        too). A number: a fixed horizon ``t`` (``AF(t)`` of Chen et al. 2010).
    n_boot : int, default 200
        Bootstrap resamples (0 for no interval).
    interval : {"normal", "percentile"}, default "normal"
        ``estimate +/- z * bootstrap standard error``, or the percentile bootstrap interval.
        The default is the one whose coverage held in simulation (``benchmarks/bench_churn.py``
        measures both; the README quotes it).
    confidence : float, default 0.95
    random_state : int, Generator or None
    progress : bool, default False
        Show a tqdm progress bar over the bootstrap.

    Returns
    -------
    AttributableChurn
        NaN estimates with a ``note`` when there are no churn events or the exposure
        takes one value only (the Kaplan-Meier curves are still returned).

    Raises
    ------
    SentimentKitError
        A missing column, negative tenure (naming how many rows), a churn flag or
        exposure that is not boolean/0-1 (without ``threshold``), no rows left.

    Warns
    -----
    SentimentKitWarning
        Rows with missing tenure, churn flag, exposure or covariate are dropped,
        with their count (also in ``n_dropped``).

    Examples
    --------
    >>> from sentiment_kit import make_customers
    >>> df = make_customers(800, random_state=0)
    >>> res = attributable_churn(df, exposure="unanswered_contacts", threshold=0, n_boot=0)
    >>> res.exposure, res.hazard_ratio > 1
    ('unanswered_contacts > 0', True)
    """
    if not 0 < confidence < 1:
        raise SentimentKitError(f"confidence must be strictly between 0 and 1, got {confidence}.")
    if interval not in ("percentile", "normal"):
        raise SentimentKitError(f"interval must be 'percentile' or 'normal', got {interval!r}.")
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise SentimentKitError(f"n_boot must be a non-negative integer, got {n_boot!r}.")
    covariates = list(covariates or [])
    follow_col_name = follow_up if isinstance(follow_up, str) else None
    d, xcols, label, n_dropped = _analysis_frame(data, exposure, threshold, duration=duration, event=event,
                                                 covariates=covariates, follow_col_name=follow_col_name)
    alpha = 1 - confidence
    km, km_table = _kaplan_meier(d, alpha)
    n, n_events, n_exp = len(d), int(d["E"].sum()), int(d["X"].sum())
    nan_result = dict(attributable_fraction=np.nan, ci_low=np.nan, ci_high=np.nan, hazard_ratio=np.nan,
                      hazard_ratio_ci_low=np.nan, hazard_ratio_ci_high=np.nan, hazard_ratio_p_value=np.nan, n=n, n_events=n_events,
                      n_exposed=n_exp, n_dropped=n_dropped, exposure=label, confidence=confidence,
                      follow_up=_follow_label(follow_up), km=km, km_table=km_table)
    why_not = _not_estimable(d, n_events, n_exp)
    if why_not:
        return AttributableChurn(**nan_result, note=why_not)
    follow = "column" if follow_col_name else "horizon" if follow_up is not None else "reverse_km"
    horizon = float(follow_up) if follow == "horizon" else None
    try:
        af, cph = fit_af(d, alpha, xcols, follow, horizon, d["C"].to_numpy() if follow == "column" else None)
    except Exception as exc:  # lifelines convergence problems: report, never crash
        return AttributableChurn(**nan_result, note=f"the Cox model did not converge ({type(exc).__name__}: {exc})")
    row = cph.summary.loc["X"]
    lo_col = next(c for c in row.index if str(c).startswith("coef lower"))
    hi_col = next(c for c in row.index if str(c).startswith("coef upper"))
    hr, lo, hi = float(row["exp(coef)"]), float(np.exp(row[lo_col])), float(np.exp(row[hi_col]))
    boot = bootstrap_af(d, xcols, follow, horizon, n_boot, random_state, progress, cph.params_.to_numpy())
    ci, note = _boot_interval(boot, af, alpha, interval, n_boot)
    nan_result.update(attributable_fraction=af, ci_low=float(ci[0]), ci_high=float(ci[1]), hazard_ratio=hr,
                      hazard_ratio_ci_low=lo, hazard_ratio_ci_high=hi, hazard_ratio_p_value=float(row["p"]))
    return AttributableChurn(**nan_result, cox=cph, boot=boot, note=note)


def _analysis_frame(data: pd.DataFrame, exposure: Any, threshold: float | None, *, duration: str, event: str,
                    covariates: list[str], follow_col_name: str | None) -> tuple[pd.DataFrame, list[str], str, int]:
    """The customers to analyse: ``T`` (tenure), ``E`` (churned), ``X`` (exposed), covariate columns
    ``cov_*`` one-hot encoded, and ``C`` (follow-up) with a follow-up column; rows with a missing
    value dropped with a warning. Returns the frame, its model columns (``X`` first), the exposure
    rule and the number of rows dropped."""
    check_columns(data, [duration, event, follow_col_name, *covariates], name="data")
    x, label = _exposure(data, exposure, threshold)
    T = pd.to_numeric(data[duration], errors="coerce")
    if (T.isna() & data[duration].notna()).any():
        raise SentimentKitError(f"Column {duration!r} must be numeric (days); found non-numeric values.")
    E = as_flag(data[event], column=event)
    d = pd.DataFrame({"T": T.to_numpy(dtype=float), "E": E.to_numpy(dtype=float), "X": x.to_numpy(dtype=float)},
                     index=data.index)
    xcols = ["X"]
    if covariates:
        cov = pd.get_dummies(data[covariates], drop_first=True, dtype=float)
        cov.columns = [f"cov_{c}" for c in cov.columns]
        d = d.join(cov)
        xcols += list(cov.columns)
        d.loc[data[covariates].isna().any(axis=1), xcols[1:]] = np.nan
    if follow_col_name:
        d["C"] = pd.to_numeric(data[follow_col_name], errors="coerce")
    neg = int((d["T"] < 0).sum())
    if neg:
        raise SentimentKitError(
            f"Column {duration!r} has {neg} negative values (first at index {d.index[d['T'] < 0][0]!r}); "
            "tenure must be >= 0 days. Fix the dates that produced them.")
    missing = d.isna().any(axis=1)
    n_dropped = int(missing.sum())
    if n_dropped:
        warnings.warn(f"{n_dropped} of {len(d)} rows have a missing {duration}, {event}, exposure"
                      f"{' or covariate' if covariates else ''} and were left out.", SentimentKitWarning, stacklevel=3)
        d = d.loc[~missing]
    if d.empty:
        raise SentimentKitError("No rows left to analyse (every row has a missing value).")
    if follow_col_name and (d["C"] < d["T"]).any():
        raise SentimentKitError(f"follow_up column {follow_col_name!r} is shorter than {duration!r} for some rows.")
    return d, xcols, label, n_dropped


def _kaplan_meier(d: pd.DataFrame, alpha: float) -> tuple[dict[str, Any], pd.DataFrame]:
    """Kaplan-Meier retention per exposure group: the fitters, and their curves with pointwise
    intervals as one long table (``group``, ``time``, ``retention``, ``ci_low``, ``ci_high``)."""
    from lifelines import KaplanMeierFitter

    km, parts = {}, []
    for g, mask in [(UNEXPOSED, d["X"] == 0), (EXPOSED, d["X"] == 1)]:
        if mask.any():
            kmf = KaplanMeierFitter(alpha=alpha, label=g).fit(d.loc[mask, "T"], d.loc[mask, "E"])
            km[g] = kmf
            ci = kmf.confidence_interval_survival_function_
            parts.append(pd.DataFrame({"group": g, "time": kmf.survival_function_.index.to_numpy(),
                                       "retention": kmf.survival_function_.iloc[:, 0].to_numpy(),
                                       "ci_low": ci.iloc[:, 0].to_numpy(), "ci_high": ci.iloc[:, 1].to_numpy()}))
    return km, pd.concat(parts, ignore_index=True)


def _not_estimable(d: pd.DataFrame, n_events: int, n_exp: int) -> str:
    """Why the attributable fraction and hazard ratio cannot be estimated, or ``""``."""
    if n_events == 0:
        return "no churned customers: nothing to attribute"
    if n_exp in (0, len(d)):
        which = "every customer is exposed" if n_exp == len(d) else "no customer is exposed"
        return f"the exposure has one value only ({which}); a comparison needs both groups"
    if int(d.loc[d["X"] == 1, "E"].sum()) == 0 or int(d.loc[d["X"] == 0, "E"].sum()) == 0:
        return "one exposure group has no churn events; the hazard ratio is not estimable"
    return ""


def _boot_interval(boot: np.ndarray, af: float, alpha: float, interval: str,
                   n_boot: int) -> tuple[Any, str]:
    """The bootstrap interval of the attributable fraction (normal or percentile), and a note when
    fewer than ten resamples succeeded (the interval is then NaN). Warns when over a tenth failed."""
    if n_boot and np.isnan(boot).mean() > 0.1:
        warnings.warn(f"{int(np.isnan(boot).sum())} of {n_boot} bootstrap fits failed; the interval uses the rest.",
                      SentimentKitWarning, stacklevel=3)
    ok = boot[~np.isnan(boot)]
    if len(ok) < 10:
        ci = (np.nan, np.nan)
    elif interval == "normal":
        half = stats.norm.ppf(1 - alpha / 2) * np.std(ok, ddof=1)
        ci = (af - half, af + half)
    else:
        ci = np.quantile(ok, [alpha / 2, 1 - alpha / 2])
    note = "" if len(ok) >= 10 else "too few bootstrap resamples for an interval (n_boot < 10)"
    return ci, note


def _follow_label(follow_up: Any) -> str:
    if follow_up is None:
        return "reverse Kaplan-Meier follow-up distribution"
    return f"column {follow_up!r}" if isinstance(follow_up, str) else f"fixed horizon {follow_up:g}"
