"""The numbers an executive asks for first: counts, shares and means, each with its n and interval."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .._core.dates import parse_dates
from .._core.parse import order_waves, positive_class
from .._core.stats import wilson_interval
from .._core.validation import check_columns, check_dates
from ..exceptions import SentimentKitError
from ..sentiment.scoring import star_cutoffs

__all__ = ["headline_metrics", "format_metrics"]


def headline_metrics(
    *,
    complaints: pd.DataFrame | None = None,
    reviews: pd.DataFrame | None = None,
    customers: pd.DataFrame | None = None,
    survey: pd.DataFrame | None = None,
    interactions: pd.DataFrame | None = None,
    staff_survey: pd.DataFrame | None = None,
    star_scale: tuple[float, float] = (1, 5),
    csat_scale: tuple[float, float] = (1, 5),
    empowerment_target: float = 0.95,
    satisfaction_scale: tuple[float, float] = (1, 10),
    negative_stars: float | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """The numbers an executive asks for first, each with its n and a confidence interval.

    Parameters
    ----------
    complaints, reviews, customers, survey, interactions, staff_survey : DataFrame, optional
        As :func:`sentiment_kit.read_dataset` returns them. From ``customers``: the shares churned
        and retained; from ``interactions`` (service contacts): the net promoter score, CSAT,
        the referral rate and empowerment (resolved without escalation), each from the columns
        present (:mod:`sentiment_kit.team`); from ``staff_survey``: the employee NPS.
    star_scale : (low, high), default (1, 5)
        The reviews' rating scale; negative reviews are its bottom quarter
        (:func:`sentiment_kit.sentiment.star_cutoffs`: 1-2 of 5 stars, 2-4 of 2-10).
    satisfaction_scale : (low, high), default (1, 10)
        The survey's overall-satisfaction scale (named in the table).
    csat_scale : (low, high), default (1, 5)
        The interactions' CSAT scale (satisfied: its top two points).
    empowerment_target : float, default 0.95
        The share of contacts to resolve without escalation, named in the table.
    negative_stars : float, optional
        An explicit cut-off for negative reviews instead of the scale's bottom quarter.
    confidence : float

    Returns
    -------
    DataFrame
        One row per metric: ``metric``, ``kind`` (count, share, mean, amount, nps), ``value``,
        ``n``, ``ci_low``, ``ci_high``, ``detail``.
        Proportions carry a Wilson interval; means a normal-approximation interval; net
        promoter scores (-100..100) the score interval of :func:`sentiment_kit.nps`.

    Examples
    --------
    >>> from sentiment_kit import load_sample
    >>> m = headline_metrics(reviews=load_sample("reviews"))
    >>> m["metric"].tolist()[:2]
    ['reviews', 'share of reviews with 1-2 stars']
    """
    rows: list[dict[str, Any]] = []

    def prop(metric, k, n, detail):
        lo, hi = wilson_interval(k, n, confidence)
        rows.append({"metric": metric, "kind": "share", "value": k / n if n else np.nan, "n": n,
                     "ci_low": float(lo), "ci_high": float(hi), "detail": detail})

    def mean(metric, x, detail):
        x = pd.to_numeric(x, errors="coerce").dropna()
        from scipy import stats

        half = stats.t.ppf(0.5 + confidence / 2, max(len(x) - 1, 1)) * x.std(ddof=1) / np.sqrt(len(x)) if len(x) > 1 else np.nan
        rows.append({"metric": metric, "kind": "mean", "value": x.mean(), "n": len(x), "ci_low": x.mean() - half,
                     "ci_high": x.mean() + half, "detail": detail})

    if complaints is not None:
        span = _span(complaints)
        rows.append({"metric": "complaints", "kind": "count", "value": len(complaints), "n": len(complaints),
                     "ci_low": np.nan, "ci_high": np.nan, "detail": span})
    if reviews is not None:
        check_columns(reviews, ["stars"], name="reviews")
        rows.append({"metric": "reviews", "kind": "count", "value": len(reviews), "n": len(reviews),
                     "ci_low": np.nan, "ci_high": np.nan, "detail": _span(reviews)})
        stars = pd.to_numeric(reviews["stars"], errors="coerce").dropna()
        cut = star_cutoffs(star_scale)[0] if negative_stars is None else negative_stars
        low, high = star_scale
        prop(f"share of reviews with {low:g}-{np.floor(cut):g} stars", int((stars <= cut).sum()),
             len(stars), "Wilson interval")
        mean("mean star rating", stars, f"{low:g}-{high:g} stars")
    if customers is not None:
        check_columns(customers, ["churned"], name="customers")
        churned = customers["churned"].astype(bool)
        prop("share of customers who churned", int(churned.sum()), len(churned), "over the observation period")
        if "exit_reason" in customers:
            answered = customers.loc[churned, "exit_reason"].fillna("").astype(str).str.strip() != ""
            prop("churners who gave an exit reason", int(answered.sum()), int(churned.sum()), "exit survey")
        prop("share of customers retained", int((~churned).sum()), len(churned), "over the observation period")
        if "annual_value" in customers:
            lost = pd.to_numeric(customers.loc[churned, "annual_value"], errors="coerce").sum()
            rows.append({"metric": "annual value of churned customers", "kind": "amount", "value": lost,
                         "n": int(churned.sum()), "ci_low": np.nan, "ci_high": np.nan, "detail": "sum"})
    if survey is not None:
        check_columns(survey, ["overall_satisfaction", "wave"], name="survey")
        dates = check_dates(survey, "date") if "date" in survey else None
        waves = order_waves(survey["wave"], dates=dates)
        low, high = satisfaction_scale
        for wave in waves:
            answers = survey.loc[survey["wave"] == wave, "overall_satisfaction"]
            name = "overall satisfaction" + (f", wave {wave}" if len(waves) > 1 else "")
            if _numeric(answers):
                mean(name, answers, f"{low:g}-{high:g} scale")
            else:  # two answers such as satisfied / dissatisfied: the share satisfied
                one = positive_class(answers, column="overall_satisfaction")
                prop(f"share satisfied{name[len('overall satisfaction'):]}", int((answers == one).sum()),
                     int(answers.notna().sum()), f"answered {str(one)!r}")
    if interactions is not None:
        rows.extend(_team_rows(interactions, csat_scale=csat_scale, target=empowerment_target, confidence=confidence))
    if staff_survey is not None and "likelihood_to_recommend" in staff_survey:
        rows.append(_nps_row(staff_survey, "employee NPS (staff survey)", "would recommend working here, 0-10",
                             confidence))
    if not rows:
        raise SentimentKitError("Pass at least one of complaints, reviews, customers, survey, interactions, "
                                "staff_survey.")
    return pd.DataFrame(rows)


def _nps_row(data: pd.DataFrame, metric: str, detail: str, confidence: float) -> dict[str, Any]:
    from ..team.scores import nps

    r = nps(data, confidence=confidence).iloc[0]
    return {"metric": metric, "kind": "nps", "value": r["nps"], "n": int(r["n"]), "ci_low": r["ci_low"],
            "ci_high": r["ci_high"], "detail": detail}


def _team_rows(interactions: pd.DataFrame, *, csat_scale: tuple[float, float], target: float,
               confidence: float) -> list[dict[str, Any]]:
    """Contacts, NPS, CSAT, referral and empowerment from the service contacts' columns present."""
    from ..team.empowerment import empowerment_rate
    from ..team.scores import csat, referral_rate

    rows: list[dict[str, Any]] = [{"metric": "service contacts", "kind": "count", "value": len(interactions),
                                   "n": len(interactions), "ci_low": np.nan, "ci_high": np.nan,
                                   "detail": _span(interactions)}]
    if "likelihood_to_recommend" in interactions:
        rows.append(_nps_row(interactions, "net promoter score", "promoters minus detractors, -100 to 100",
                             confidence))
    if "csat" in interactions:
        c = csat(interactions, scale=csat_scale, confidence=confidence).iloc[0]
        low, high = csat_scale
        rows.append({"metric": "satisfied with the contact (CSAT)", "kind": "share", "value": c["satisfied_share"],
                     "n": int(c["n"]), "ci_low": c["satisfied_share_ci_low"], "ci_high": c["satisfied_share_ci_high"],
                     "detail": f"{high - 1:g}-{high:g} on a {low:g}-{high:g} scale"})
    if "referred" in interactions:
        who = "customer_id" if "customer_id" in interactions else None
        r = referral_rate(interactions, customer=who, confidence=confidence).iloc[0]
        rows.append({"metric": "customers who referred someone", "kind": "share", "value": r["rate"],
                     "n": int(r["n"]), "ci_low": r["ci_low"], "ci_high": r["ci_high"],
                     "detail": "per customer" if who else "per contact"})
    if "escalated" in interactions:
        resolved = "resolved" if "resolved" in interactions else None
        e = empowerment_rate(interactions, resolved=resolved, target=target, confidence=confidence).iloc[0]
        rows.append({"metric": "resolved without escalation", "kind": "share", "value": e["rate"], "n": int(e["n"]),
                     "ci_low": e["ci_low"], "ci_high": e["ci_high"], "detail": f"target {target:.0%}"})
    return rows


def _numeric(values: pd.Series) -> bool:
    v = values.dropna()
    return pd.api.types.is_numeric_dtype(values) or bool(len(v)) and pd.to_numeric(v, errors="coerce").notna().all()


def _span(data: pd.DataFrame) -> str:
    if "date" not in data:
        return ""
    d = parse_dates(data["date"], column="date").values.dropna()
    return f"{d.min():%Y-%m-%d} to {d.max():%Y-%m-%d}" if len(d) else ""


def format_metrics(metrics: pd.DataFrame) -> pd.DataFrame:
    """Readable strings for :func:`headline_metrics` output: shares as percentages, counts with commas.

    Examples
    --------
    >>> m = pd.DataFrame({"metric": ["churn"], "kind": ["share"], "value": [0.4183], "n": [3000],
    ...                   "ci_low": [0.4007], "ci_high": [0.4361], "detail": [""]})
    >>> format_metrics(m).iloc[0].tolist()
    ['churn', '41.8%', '40.1% to 43.6%', '3,000', '']
    """
    check_columns(metrics, ["metric", "kind", "value", "n", "ci_low", "ci_high", "detail"], name="metrics")

    def fmt(kind: str, x: float) -> str:
        if pd.isna(x):
            return ""
        return {"share": f"{x:.1%}", "count": f"{x:,.0f}", "amount": f"{x:,.0f}",
                "nps": f"{x:+.0f}" if round(x) else "0"}.get(kind, f"{x:.2f}")

    return pd.DataFrame({
        "metric": metrics["metric"],
        "value": [fmt(k, v) for k, v in zip(metrics["kind"], metrics["value"])],
        "95% interval": [f"{fmt(k, lo)} to {fmt(k, hi)}" if pd.notna(lo) else ""
                         for k, lo, hi in zip(metrics["kind"], metrics["ci_low"], metrics["ci_high"])],
        "n": [f"{int(n):,}" for n in metrics["n"]],
        "detail": metrics["detail"],
    }, index=metrics.index)
