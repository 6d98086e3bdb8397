"""The numbers managers watch, each with its n and an interval: NPS, CSAT, retention, referral.

Every function takes ``by`` (one or more grouping columns: team, channel, agent, segment) and
``freq`` (calendar periods of ``date``; ``"auto"`` chooses the period from the span of the
dates) and returns one row per group and period, so a trend is the same call with ``freq``.
A team leader with 12 surveys is then never read as exactly as one with 900.

Intervals: the net promoter score by the score interval of Rocks (2016) (see
:mod:`sentiment_kit.team._intervals`); shares (satisfied, retained, referred) by the Wilson
interval (Wilson 1927); mean ratings by a Jeffreys-Dirichlet interval. Their coverage at small n and
extreme scores is measured by ``python benchmarks/bench_intervals.py`` (see the README).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .._core.parse import as_flag, check_scale
from .._core.stats import wilson_interval
from .._core.timegrain import Period, period_bounds, resolve_freq
from .._core.validation import check_columns, check_confidence, check_dates
from ..exceptions import DataValidationError, SentimentKitError
from ._groups import group_keys, summarise_groups
from ._intervals import NPS_METHODS, nps_interval, rating_mean_interval

__all__ = ["nps", "csat", "retention_rate", "referral_rate", "NPS_SCALE"]

#: The likelihood-to-recommend scale: 0-6 detractors, 7-8 passives, 9-10 promoters (Reichheld 2003).
NPS_SCALE = (0, 10)


def nps(
    data: pd.DataFrame,
    *,
    score: str = "likelihood_to_recommend",
    by: str | Sequence[str] | None = None,
    date: str = "date",
    freq: str | Period | None = None,
    confidence: float = 0.95,
    method: str = "score",
) -> pd.DataFrame:
    """Net promoter score, -100..100, with promoter, passive and detractor shares and an interval.

    Answers 9-10 to "how likely are you to recommend us?" (0-10) are promoters, 7-8 passives,
    0-6 detractors; the score is the percentage of promoters minus that of detractors
    (Reichheld 2003). A blank answer is not an answer: it is left out of ``n``.

    Parameters
    ----------
    data : DataFrame
    score : str, default "likelihood_to_recommend"
        The 0-10 answer (whole numbers; anything else is an error naming the values).
    by : str or list of str, optional
        Grouping columns: one row per group (a missing group is "(missing)").
    date : str, default "date"
        Date column, read only with ``freq``.
    freq : str or Period, optional
        One row per calendar period of ``date`` too: ``"auto"``, "W", "MS", "QS", "YS", ...
    confidence : float, default 0.95
    method : {"score", "adjusted_wald", "wald"}, default "score"
        The interval. ``"score"`` inverts the score test (Rocks 2016, *The American
        Statistician* 70(4)); it keeps its coverage at n = 30 and scores near +-90, where the
        simple ``"wald"`` interval does not (``benchmarks/bench_intervals.py``).

    Returns
    -------
    DataFrame
        [``period``, ``period_end``], [``by`` columns], ``n``, ``promoters``, ``passives``,
        ``detractors`` (shares of ``n``), ``nps``, ``ci_low``, ``ci_high`` (on -100..100).

    Raises
    ------
    DataValidationError
        When a score is not a whole number from 0 to 10.

    Examples
    --------
    >>> df = pd.DataFrame({"likelihood_to_recommend": [10, 9, 9, 8, 7, 6, 3, 10, 9, 5]})
    >>> out = nps(df)
    >>> out[["n", "promoters", "detractors", "nps"]].round(2).to_dict("records")
    [{'n': 10, 'promoters': 0.5, 'detractors': 0.3, 'nps': 20.0}]
    >>> out[["ci_low", "ci_high"]].round(1).to_dict("records")
    [{'ci_low': -33.0, 'ci_high': 62.8}]
    """
    if method not in NPS_METHODS:
        raise SentimentKitError(f"method must be one of {list(NPS_METHODS)}, got {method!r}.")
    check_confidence(confidence)
    check_columns(data, [score], name="data")
    s = _whole_scores(data[score], column=score, scale=NPS_SCALE)
    keys, names = group_keys(data, by=by, date=date, freq=freq)

    def summarise(rows: pd.DataFrame) -> dict[str, Any]:
        v = rows["s"].dropna()
        n = len(v)
        pro, det = int((v >= 9).sum()), int((v <= 6).sum())
        pas = n - pro - det
        lo, hi = nps_interval(pro, pas, det, confidence=confidence, method=method)
        share = (lambda k: k / n) if n else (lambda k: np.nan)
        return {"n": n, "promoters": share(pro), "passives": share(pas), "detractors": share(det),
                "nps": 100 * (pro - det) / n if n else np.nan, "ci_low": 100 * float(lo),
                "ci_high": 100 * float(hi)}

    return summarise_groups(pd.DataFrame({"s": s}), keys, names, summarise)


def csat(
    data: pd.DataFrame,
    *,
    score: str = "csat",
    scale: tuple[float, float] = (1, 5),
    satisfied: Sequence[float] | None = None,
    by: str | Sequence[str] | None = None,
    date: str = "date",
    freq: str | Period | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Customer satisfaction: the share satisfied and the mean rating, each with an interval.

    The share satisfied has a Wilson interval; the mean a Jeffreys-Dirichlet interval (half an
    answer of prior weight at every point of the scale; see
    :func:`sentiment_kit.team._intervals.rating_mean_interval`), which keeps its coverage at
    n = 30 near the top of the scale where the Student t interval falls under 90%.

    Parameters
    ----------
    data : DataFrame
    score : str, default "csat"
        The rating; blanks are not answers and are left out of ``n``.
    scale : (low, high), default (1, 5)
        Ratings outside it are an error naming the column and the values.
    satisfied : sequence of numbers, optional
        The ratings that count as satisfied; default the top two points of the scale
        (4 and 5 of 1-5), the usual "top-two box".
    by, date, freq, confidence
        As :func:`nps`.

    Returns
    -------
    DataFrame
        [``period``, ``period_end``], [``by`` columns], ``n``, ``satisfied_share``,
        ``satisfied_share_ci_low``, ``satisfied_share_ci_high``, ``mean``, ``mean_ci_low``,
        ``mean_ci_high``.

    Examples
    --------
    >>> df = pd.DataFrame({"csat": [5, 4, 4, 2, 5, None], "team": ["a", "a", "b", "b", "b", "a"]})
    >>> csat(df, by="team")[["team", "n", "satisfied_share", "mean"]].round(2).to_dict("records")
    [{'team': 'a', 'n': 2, 'satisfied_share': 1.0, 'mean': 4.5}, {'team': 'b', 'n': 3, 'satisfied_share': 0.67, 'mean': 3.67}]
    """
    check_confidence(confidence)
    check_columns(data, [score], name="data")
    low, high = _scale(scale)
    top = (high - 1, high) if satisfied is None else tuple(float(v) for v in satisfied)
    outside = [v for v in top if not low <= v <= high]
    if outside or not top:
        raise SentimentKitError(f"satisfied must list ratings within the scale {low:g}-{high:g}; got {satisfied!r}.")
    s = check_scale(data[score], column=score, scale=(low, high), codes_allowed=False)
    keys, names = group_keys(data, by=by, date=date, freq=freq)

    def summarise(rows: pd.DataFrame) -> dict[str, Any]:
        v = rows["s"].to_numpy(dtype=float)
        v = v[~np.isnan(v)]
        k, n = int(np.isin(v, top).sum()), len(v)
        lo, hi = wilson_interval(k, n, confidence)
        m, mlo, mhi, _ = rating_mean_interval(v, (low, high), confidence)
        return {"n": n, "satisfied_share": k / n if n else np.nan, "satisfied_share_ci_low": float(lo),
                "satisfied_share_ci_high": float(hi), "mean": m, "mean_ci_low": mlo, "mean_ci_high": mhi}

    return summarise_groups(pd.DataFrame({"s": pd.to_numeric(s)}), keys, names, summarise)


def referral_rate(
    data: pd.DataFrame,
    *,
    referred: str = "referred",
    customer: str | None = "customer_id",
    by: str | Sequence[str] | None = None,
    date: str = "date",
    freq: str | Period | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Share of customers who referred someone, with a Wilson interval.

    A customer counts once per group and period: as a referrer when any of their rows says
    they referred someone. Without a ``customer`` column (``customer=None``) each row is a
    customer. Rows whose ``referred`` is blank are not answers (left out of ``n``).

    Parameters
    ----------
    data : DataFrame
    referred : str, default "referred"
        Yes/no column (1/0, true/false, yes/no).
    customer : str or None, default "customer_id"
    by, date, freq, confidence
        As :func:`nps`.

    Returns
    -------
    DataFrame
        [``period``, ``period_end``], [``by`` columns], ``n`` (customers), ``referrers``,
        ``rate``, ``ci_low``, ``ci_high``.

    Examples
    --------
    >>> df = pd.DataFrame({"customer_id": [1, 1, 2, 3], "referred": [0, 1, 0, "no"]})
    >>> referral_rate(df)[["n", "referrers", "rate"]].round(3).to_dict("records")
    [{'n': 3, 'referrers': 1, 'rate': 0.333}]
    """
    check_confidence(confidence)
    check_columns(data, [referred, customer], name="data")
    flag = as_flag(data[referred], column=referred)
    keys, names = group_keys(data, by=by, date=date, freq=freq)
    frame = pd.DataFrame({"flag": flag})
    frame["who"] = data[customer].to_numpy() if customer is not None else np.arange(len(data))

    def summarise(rows: pd.DataFrame) -> dict[str, Any]:
        answered = rows.dropna(subset=["flag"])
        per_customer = answered.groupby("who", sort=False, dropna=False)["flag"].max()
        k, n = int(per_customer.sum()), len(per_customer)
        lo, hi = wilson_interval(k, n, confidence)
        return {"n": n, "referrers": k, "rate": k / n if n else np.nan, "ci_low": float(lo), "ci_high": float(hi)}

    return summarise_groups(frame, keys, names, summarise)


def retention_rate(
    customers: pd.DataFrame,
    *,
    churned: str = "churned",
    tenure: str = "tenure_days",
    start: str = "signup_date",
    by: str | Sequence[str] | None = None,
    freq: str | Period | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Share of customers retained, overall or per calendar period, with a Wilson interval.

    Without ``freq``: the share of customers who did not churn over the observation period.
    With ``freq``: for each period, the customers active at its start (signed up before it,
    not yet gone) and the share of them still customers at its end. A customer leaves at
    ``start + tenure`` when ``churned``; a customer who had not churned is followed until
    ``start + tenure``: in the period where observation of them ends, they count for the share of
    it they were followed (the actuarial life table by exposure; Cutler & Ederer 1958), so a
    period cut short by the end of the data is neither dropped nor read as everyone leaving.

    Parameters
    ----------
    customers : DataFrame
        One row per customer.
    churned : str, default "churned"
        Yes/no column.
    tenure : str, default "tenure_days"
        Days from sign-up to churn or to the end of observation (``freq`` only).
    start : str, default "signup_date"
        Sign-up date (``freq`` only).
    by : str or list of str, optional
        Grouping columns (plan, segment).
    freq : str or Period, optional
        ``"auto"``, "MS", "QS", "YS", ...
    confidence : float

    Returns
    -------
    DataFrame
        [``period``, ``period_end``], [``by`` columns], ``n`` (customers at risk; with ``freq``,
        one followed for part of a period counts as that part), ``retained``, ``rate``,
        ``ci_low``, ``ci_high``.

    Examples
    --------
    >>> c = pd.DataFrame({"signup_date": ["2024-01-01", "2024-01-01", "2024-03-15"],
    ...                   "tenure_days": [40, 200, 100], "churned": [1, 0, 1]})
    >>> retention_rate(c)[["n", "retained", "rate"]].round(3).to_dict("records")
    [{'n': 3, 'retained': 1, 'rate': 0.333}]
    >>> m = retention_rate(c, freq="MS")
    >>> [(f"{p:%b}", round(n, 2), round(r, 2)) for p, n, r in zip(m["period"], m["n"], m["retained"])][4:]
    [('Jun', 2.0, 1.0), ('Jul', 0.58, 0.58)]
    """
    check_confidence(confidence)
    check_columns(customers, [churned], name="customers")
    gone = as_flag(customers[churned], column=churned)
    if freq is None:
        keys, names = group_keys(customers, by=by)

        def overall(rows: pd.DataFrame) -> dict[str, Any]:
            g = rows["gone"].dropna()
            n, k = len(g), int((g == 0).sum())
            lo, hi = wilson_interval(k, n, confidence)
            return {"n": n, "retained": k, "rate": k / n if n else np.nan, "ci_low": float(lo), "ci_high": float(hi)}

        return summarise_groups(pd.DataFrame({"gone": gone}), keys, names, overall)
    check_columns(customers, [tenure, start], name="customers")
    began = check_dates(customers, start, name="customers")
    days = pd.to_numeric(customers[tenure], errors="coerce")
    if (days < 0).any():
        raise SentimentKitError(f"Column {tenure!r} has negative values, e.g. {days[days < 0].iloc[0]:g}; "
                                "tenure counts days from sign-up.")
    ended = began + pd.to_timedelta(days, unit="D")
    keys, names = group_keys(customers, by=by)
    ok = began.notna() & ended.notna() & gone.notna()
    f = resolve_freq(freq, pd.concat([began[ok], ended[ok]]))
    firsts, lasts = period_bounds(pd.Series(pd.date_range(began[ok].min(), ended[ok].max(), freq="D")), f)
    periods = pd.DataFrame({"period": firsts, "period_end": lasts}).drop_duplicates(ignore_index=True)
    rows = []
    for p in periods.itertuples(index=False):
        p_end = p.period_end + pd.Timedelta(days=1)  # the period's end, exclusive
        active = ok & (began < p.period) & (ended > p.period)
        left = active & (gone == 1) & (ended < p_end)
        # at risk: everyone active at the start; one followed for only part of the period (not churned,
        # observation ended) counts for the part followed (the actuarial life table, by exposure)
        share = ((ended - p.period) / (p_end - p.period)).clip(upper=1.0)
        weight = share.where(~left, 1.0).where(active, 0.0)
        followed = active & (weight > 0)
        frame = pd.DataFrame({"left": left[followed].astype(int), "weight": weight[followed]})
        part = summarise_groups(frame, keys[followed], names, lambda r: _retained(r, confidence)) \
            if followed.any() else None
        if part is not None:
            rows.append(part.assign(period=p.period, period_end=p.period_end))
    if not rows:
        raise SentimentKitError("No customer was active at the start of a period: the sign-up dates and tenures "
                                "span less than one period; call retention_rate without freq.")
    out = pd.concat(rows, ignore_index=True)
    return out[["period", "period_end", *names, "n", "retained", "rate", "ci_low", "ci_high"]]


def _retained(rows: pd.DataFrame, confidence: float) -> dict[str, Any]:
    n = float(rows["weight"].sum())
    k = n - float(rows["left"].sum())
    lo, hi = wilson_interval(k, n, confidence)
    return {"n": n, "retained": k, "rate": k / n if n else np.nan, "ci_low": float(lo), "ci_high": float(hi)}


def _scale(scale: tuple[float, float]) -> tuple[float, float]:
    try:
        low, high = (float(v) for v in scale)
    except (TypeError, ValueError):
        raise SentimentKitError(f"scale must be (low, high), e.g. (1, 5); got {scale!r}.") from None
    if not low < high:
        raise SentimentKitError(f"scale must be (low, high) with low < high; got {scale!r}.")
    return low, high


def _whole_scores(values: pd.Series, *, column: str, scale: tuple[float, float]) -> pd.Series:
    """Scores as numbers within ``scale`` and whole (the NPS categories need whole answers)."""
    s = pd.to_numeric(check_scale(values, column=column, scale=scale, codes_allowed=False))
    frac = s.dropna()
    frac = frac[frac != np.round(frac)]
    if len(frac):
        raise DataValidationError(f"Column {column!r} must hold whole numbers from {scale[0]} to {scale[1]}; "
                                  f"{len(frac)} value(s) are not, e.g. {sorted(set(frac.head(50)))[:5]}.",
                                  column=column)
    return s
