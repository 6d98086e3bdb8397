"""Synthetic data with known ground truth, so every estimator can be checked against the truth.

The ``make_*`` generators draw synthetic data whose ground truth is known (true sentiment and
service failures of each review, the true share of churn caused by indifference, the true driver
weights of each value). Each takes ``random_state`` and never touches NumPy's global seed.
``make_*`` return the data; ``simulate_*`` return a :class:`Synthetic` holding the data and
the truth (``data, truth = simulate_reviews(...)``).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.optimize import brentq

from .._core.validation import check_random_state
from ..exceptions import SentimentKitError
from ..signals.names import SIGNALS
from . import _phrases as ph

__all__ = ["make_reviews", "make_customers", "make_survey", "simulate_reviews", "simulate_customers",
           "simulate_survey", "Synthetic", "SURVEY_VALUES"]


@dataclass(frozen=True, eq=False)
class Synthetic:
    """Synthetic data and the truth it was drawn from; unpacks as ``data, truth``.

    Attributes
    ----------
    data : DataFrame
    truth : DataFrame or dict
        What an estimator should recover (see each ``simulate_*``).
    """

    data: pd.DataFrame
    truth: Any

    def __iter__(self) -> Iterator[Any]:
        return iter((self.data, self.truth))


def make_reviews(n: int = 1500, **params: Any) -> pd.DataFrame:
    """Synthetic online peer reviews; :func:`simulate_reviews` (same parameters) also gives the truth.

    Examples
    --------
    >>> make_reviews(50, random_state=0).shape
    (50, 6)
    """
    return simulate_reviews(n, **params).data


def make_customers(n: int = 3000, **params: Any) -> pd.DataFrame:
    """Synthetic customers; :func:`simulate_customers` (same parameters) also gives the truth.

    Examples
    --------
    >>> "exit_reason" in make_customers(100, random_state=0)
    True
    """
    return simulate_customers(n, **params).data


def make_survey(n_per_wave: int = 600, **params: Any) -> pd.DataFrame:
    """Synthetic two-wave values survey; :func:`simulate_survey` (same parameters) also gives the truth.

    Examples
    --------
    >>> make_survey(20, random_state=0).shape
    (40, 35)
    """
    return simulate_survey(n_per_wave, **params).data

#: The ten values of the synthetic survey, with their true driver weights (sum to 1).
SURVEY_VALUES: dict[str, float] = {
    "staff_attitude": 0.20, "responsiveness": 0.16, "reliability": 0.14, "quality": 0.12,
    "price": 0.10, "expertise": 0.08, "communication": 0.07, "convenience": 0.06,
    "procedures": 0.04, "range": 0.03,
}


# --------------------------------------------------------------------------- reviews
_LOCATIONS = ("Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Online")
_PRODUCTS = ("broadband", "mobile", "tv", "repair")
_ASPECTS = tuple(ph.REVIEW_CLAUSES)


def simulate_reviews(
    n: int = 1500,
    *,
    start: str = "2024-01-01",
    end: str = "2025-12-31",
    emerging: str | None = "delivery",
    random_state: Any = None,
) -> Synthetic:
    """Synthetic online peer reviews of a telecom retailer, with known truth.

    Each review has a latent satisfaction (location quality + noise) that sets
    its star rating; its text is one to three clauses about aspects (staff,
    wait, price, quality, delivery) realised from many wordings, including
    negated positives ("wasn't helpful at all"), negated negatives ("no
    problems"), neutral and mixed ("..., but ...") clauses, and, in some
    negative reviews, service failures (on hold for hours, a manager who yelled,
    a promised refund that never came, "switching to a competitor").

    Parameters
    ----------
    n : int
        Number of reviews.
    start, end : str
        Date range (uniform).
    emerging : str or None
        An aspect whose complaints grow in the last quarter (a trend to detect).
    random_state : int, Generator or None

    Returns
    -------
    Synthetic
        ``data``: columns ``review_id``, ``date``, ``location``, ``product``, ``stars``,
        ``text``; ``truth``: a DataFrame (same index) with ``true_sentiment``, ``aspects``
        and one boolean column per service signal.

    Examples
    --------
    >>> df, truth = simulate_reviews(50, random_state=0)
    >>> df.shape, bool(truth["escalation"].dtype == bool)
    ((50, 6), True)
    """
    if n < 1:
        raise SentimentKitError(f"n must be at least 1, got {n}.")
    rng = check_random_state(random_state)
    t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    days = (t1 - t0).days
    dates = t0 + pd.to_timedelta(np.sort(rng.integers(0, days + 1, n)), unit="D")
    loc_effect = dict(zip(_LOCATIONS, np.linspace(0.6, -0.6, len(_LOCATIONS))))
    locations = rng.choice(_LOCATIONS, n)
    products = rng.choice(_PRODUCTS, n, p=[0.4, 0.35, 0.15, 0.1])
    recent = np.asarray(dates >= t1 - pd.Timedelta(days=90))
    latent = np.array([loc_effect[x] for x in locations]) + rng.normal(0.3, 1.1, n)
    latent -= 0.5 * recent * (emerging is not None)
    stars = np.digitize(latent, [-1.0, -0.35, 0.25, 0.9]) + 1
    rows, truth = [], []
    for i in range(n):
        text, sig, aspects = _review_text(int(stars[i]), locations[i], bool(recent[i]), emerging, rng)
        rows.append(text)
        truth.append({"aspects": ";".join(aspects), **{s: s in sig for s in SIGNALS}})
    data = pd.DataFrame({
        "review_id": [f"R{i + 1:05d}" for i in range(n)], "date": dates, "location": locations,
        "product": products, "stars": stars.astype(int), "text": rows,
    })
    t = pd.DataFrame(truth)
    t.insert(0, "true_sentiment", pd.cut(stars, [0, 2, 3, 5], labels=["negative", "neutral", "positive"]).astype(str))
    return Synthetic(data, t)


def _review_text(stars, location, recent, emerging, rng):
    p_pos = {1: 0.05, 2: 0.15, 3: 0.5, 4: 0.85, 5: 0.95}[stars]
    k = int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.2]))
    aspects = list(rng.choice(_ASPECTS, k, replace=False))
    if recent and emerging and stars <= 3 and emerging not in aspects and rng.random() < 0.6:
        aspects[0] = emerging
    clauses, signals = [], set()
    for j, a in enumerate(aspects):
        positive = rng.random() < p_pos
        if stars == 3 and rng.random() < 0.35:
            kind = "neu"
        elif positive:
            kind = "negneg" if rng.random() < 0.25 else "pos"
        else:
            kind = "negpos" if rng.random() < 0.25 else "neg"
        if recent and a == emerging and stars <= 3:
            kind = "neg"
        clause = ph.expand(rng.choice(ph.REVIEW_CLAUSES[a][kind]), rng)
        if kind == "neg" and a == "wait" and any(w in clause for w in ("hold", "nobody", "no one", "passed", "waiting for")):
            signals.add("indifference")
        if kind == "neg" and "promise" in clause:
            signals.add("broken_promise")
        if kind == "neg" and a == "staff" and ("rude" in clause or "hung up" in clause or "snapped" in clause):
            signals.add("rudeness")
        if j > 0:
            joiner = " but " if (kind in ("pos", "negneg")) != (clauses[-1][1] in ("pos", "negneg")) \
                else rng.choice([" and ", ". ", ", "])
            clause = joiner + clause
        clauses.append((clause, kind))
    if stars <= 2 and rng.random() < 0.55:
        ev = rng.choice(list(ph.REVIEW_EVENTS), p=_EVENT_P)
        signals.add(str(ev))
        clauses.append((". " + ph.expand(rng.choice(ph.REVIEW_EVENTS[ev]), rng), "neg"))
    elif stars == 3 and rng.random() < 0.1:
        clauses.append((". " + ph.expand(rng.choice(ph.REVIEW_EVENTS["mistake_admitted"]), rng), "pos"))
        signals.add("mistake_admitted")
    body = "".join(c for c, _ in clauses).strip()
    body = body[0].upper() + body[1:]
    opener = ph.expand(rng.choice(ph.NEUTRAL_OPENERS), rng).replace("<loc>", location)
    closer = ph.expand(rng.choice(ph.POSITIVE_CLOSERS if stars >= 4 else ph.NEGATIVE_CLOSERS if stars <= 2 else [""]), rng)
    text = re.sub(r"\s+([.,])", r"\1", f"{opener}{body}.{closer}")
    text = re.sub(r"\s{2,}", " ", text).replace("..", ".").replace(",.", ".")
    if rng.random() < 0.1:
        text = text.lower()
    return text, signals, aspects


_EVENT_P = np.array([0.1, 0.2, 0.12, 0.14, 0.1, 0.08, 0.04, 0.14, 0.08])
_EVENT_P = _EVENT_P / _EVENT_P.sum()

# --------------------------------------------------------------------------- customers
_BASE_REASONS = {"competitor": 0.30, "price": 0.25, "product_dissatisfaction": 0.20,
                 "moved": 0.12, "other_relationships": 0.10, "died": 0.03}
_PLANS = {"basic": (1.3, 360.0), "plus": (1.0, 720.0), "premium": (0.75, 1500.0)}


def simulate_customers(
    n: int = 3000,
    *,
    indifference_share: float = 0.45,
    exposure_rate: float = 0.35,
    annual_churn: float = 0.18,
    response_rate: float = 0.8,
    end: str = "2025-12-31",
    random_state: Any = None,
) -> Synthetic:
    """Synthetic customer base with churn, exit-survey reasons and contact history.

    The generating model is a cause-specific hazard model. Customers sign up
    uniformly over the three years before ``end``. A share ``exposure_rate`` is
    *exposed* to indifference: at least one of their contacts went unanswered
    (``unanswered_contacts > 0``; their first responses are slower too). Every
    customer leaves for ordinary reasons at a constant daily hazard set by their
    plan (``annual_churn`` on average); exposed customers have an extra
    indifference hazard, so their total hazard is ``hazard_ratio`` times higher.
    ``hazard_ratio`` is solved so that the expected share of churners who leave
    *because of indifference* equals ``indifference_share``. A churner's exit
    reason is the cause that fired, written in one of many wordings; a share
    ``1 - response_rate`` of churners left no answer, and a few wrote something
    unclassifiable ("n/a", "just because").

    Parameters
    ----------
    n : int
    indifference_share : float in (0, 1)
        Expected share of churners whose reason is indifference.
    exposure_rate : float in (0, 1)
        Share of customers with an unanswered contact.
    annual_churn : float
        Yearly churn probability from ordinary causes.
    response_rate : float
        Share of churners who answered the exit survey.
    end : str
        End of observation (censoring date).
    random_state : int, Generator or None

    Returns
    -------
    Synthetic
        ``truth`` is a dict: ``indifference_share`` (expected), ``realized_share``
        (among this sample's churners), ``attributable_fraction`` (expected share of
        churn avoided if nobody were exposed), ``hazard_ratio``, ``exposure``
        (name of the exposure rule), and ``true_reason`` (Series; NaN for stayers).
        ``data`` has columns ``customer_id``, ``signup_date``, ``plan``, ``tenure_days``,
        ``churned`` (0/1), ``exit_reason`` (str, blank when none),
        ``contacts``, ``unanswered_contacts``, ``first_response_hours``,
        ``annual_value``.

    Raises
    ------
    SentimentKitError
        If ``indifference_share`` cannot be reached with this ``exposure_rate``.

    Examples
    --------
    >>> df, truth = simulate_customers(500, random_state=1)
    >>> round(truth["indifference_share"], 2)
    0.45
    """
    for name, v in [("indifference_share", indifference_share), ("exposure_rate", exposure_rate),
                    ("annual_churn", annual_churn), ("response_rate", response_rate)]:
        if not 0 < v < 1 and not (name == "response_rate" and v == 1):
            raise SentimentKitError(f"{name} must be between 0 and 1, got {v}.")
    rng = check_random_state(random_state)
    end_ts = pd.Timestamp(end)
    follow = rng.uniform(30, 3 * 365, n)  # days observed
    plan = rng.choice(list(_PLANS), n, p=[0.45, 0.35, 0.2])
    mult = np.array([_PLANS[p][0] for p in plan])
    base = -np.log(1 - annual_churn) / 365 * mult  # daily ordinary hazard

    def expected(hr):
        f_exp = 1 - np.exp(-base * hr * follow)
        f_un = 1 - np.exp(-base * follow)
        churn = exposure_rate * f_exp + (1 - exposure_rate) * f_un
        share = (exposure_rate * f_exp * (1 - 1 / hr)).sum() / churn.sum()
        af = (exposure_rate * (f_exp - f_un)).sum() / churn.sum()
        return share, af

    if expected(1e4)[0] <= indifference_share:
        raise SentimentKitError(
            f"indifference_share={indifference_share} cannot be reached with exposure_rate="
            f"{exposure_rate}; raise exposure_rate."
        )
    hr = brentq(lambda h: expected(h)[0] - indifference_share, 1.0 + 1e-9, 1e4)
    share, af = expected(hr)
    exposed = rng.random(n) < exposure_rate
    hazard = base * np.where(exposed, hr, 1.0)
    t = rng.exponential(1 / hazard)
    churned = t < follow
    tenure = np.minimum(t, follow)
    cause_indiff = exposed & (rng.random(n) < 1 - 1 / hr)
    base_reason = rng.choice(list(_BASE_REASONS), n, p=list(_BASE_REASONS.values()))
    true_reason = np.where(churned, np.where(cause_indiff, "indifference", base_reason), None)
    answered = churned & (rng.random(n) < response_rate)
    unclear = answered & (rng.random(n) < 0.05)
    reasons = [""] * n
    for i in np.flatnonzero(answered):
        cat = "unknown" if unclear[i] else true_reason[i]
        text = ph.expand(rng.choice(ph.EXIT_REASONS[cat]), rng).strip()
        reasons[i] = text.lower() if rng.random() < 0.15 else text
    contacts = rng.poisson(1.5, n) + exposed
    unanswered = np.where(exposed, 1 + rng.poisson(0.6, n), 0)
    contacts = np.maximum(contacts, unanswered)
    frt = np.round(np.exp(rng.normal(np.log(4) + 1.0 * exposed, 0.7)), 1)
    value = np.round(np.array([_PLANS[p][1] for p in plan]) * np.exp(rng.normal(0, 0.35, n)), 2)
    data = pd.DataFrame({
        "customer_id": [f"C{i + 1:06d}" for i in range(n)],
        "signup_date": (end_ts - pd.to_timedelta(np.round(follow), unit="D")).normalize(),
        "plan": plan, "tenure_days": np.round(tenure, 1), "churned": churned.astype(int),
        "exit_reason": reasons, "contacts": contacts, "unanswered_contacts": unanswered,
        "first_response_hours": frt, "annual_value": value,
    })
    realized = float(np.mean(true_reason[churned] == "indifference")) if churned.any() else float("nan")
    return Synthetic(data, {
        "indifference_share": float(share), "realized_share": realized,
        "attributable_fraction": float(af), "hazard_ratio": float(hr),
        "exposure": "unanswered_contacts > 0", "exposure_rate": exposure_rate,
        "true_reason": pd.Series(true_reason, index=data.index, name="true_reason"),
    })


# --------------------------------------------------------------------------- survey
def simulate_survey(
    n_per_wave: int = 600,
    *,
    waves: tuple[int, int] = (2024, 2025),
    weights: dict[str, float] | None = None,
    change: dict[str, float] | None = None,
    na_rate: float = 0.03,
    random_state: Any = None,
) -> Synthetic:
    """Synthetic values survey: importance, our and a competitor's performance, two waves.

    Performance on each value (1-5) is a per-value mean plus a respondent halo
    (ratings correlate, as in real surveys) plus noise. Overall satisfaction
    (1-10) is a linear function of our performance with the true driver
    ``weights``, plus noise. Stated importance (1-5) bunches near the top of the
    scale (Bacon 2003) and only loosely follows the true weights: each value has a stated-
    importance bias unrelated to its weight (price is over-stated). In the second
    wave, each value's mean performance moves by ``change[value]``. A share
    ``na_rate`` of ``perf_procedures`` and ``perf_expertise`` answers is the
    code 0, "not applicable".

    Parameters
    ----------
    n_per_wave : int
    waves : (int, int)
        The two wave labels, a year apart.
    weights : dict, optional
        True driver weights per value; default :data:`SURVEY_VALUES`.
    change : dict, optional
        True change in mean performance from wave 1 to wave 2 per value.
    na_rate : float
    random_state : int, Generator or None

    Returns
    -------
    Synthetic
        ``truth`` is a dict with ``weights``, ``change``, ``mean_performance``,
        ``competitor_mean`` (per wave 1), ``na_code``; ``data`` has columns ``respondent_id``, ``wave``, ``date``, ``segment``, then
        ``imp_<value>``, ``perf_<value>``, ``comp_<value>`` per value, and
        ``overall_satisfaction``.

    Examples
    --------
    >>> df = simulate_survey(20, random_state=0).data
    >>> df.shape
    (40, 35)
    """
    if n_per_wave < 1:
        raise SentimentKitError(f"n_per_wave must be at least 1, got {n_per_wave}.")
    rng = check_random_state(random_state)
    weights = dict(SURVEY_VALUES if weights is None else weights)
    values = list(weights)
    w = np.array([weights[v] for v in values])
    change = {"staff_attitude": 0.35, "responsiveness": 0.25, "price": -0.2, **(change or {})}
    mean1 = dict(zip(values, rng.uniform(2.9, 4.1, len(values))))
    mean1.update({"staff_attitude": 2.9, "responsiveness": 3.0, "convenience": 4.1, "range": 4.0}
                 if "staff_attitude" in mean1 else {})
    comp = {v: float(np.clip(mean1[v] + rng.normal(0, 0.35), 2.5, 4.4)) for v in values}
    if "staff_attitude" in comp:
        comp["staff_attitude"] = mean1["staff_attitude"] + 0.8
    if "responsiveness" in comp:
        comp["responsiveness"] = mean1["responsiveness"] + 0.5
    # Stated importance: bunched at the top, only loosely ordered by the true weights, with a
    # per-value bias unrelated to them (price is over-stated, as is common in surveys).
    ranks = np.argsort(np.argsort(-w))
    stated = {v: 4.3 - 0.08 * ranks[j] + rng.normal(0, 0.25) + (0.35 if v == "price" else 0.0)
              for j, v in enumerate(values)}
    frames = []
    for k, wave in enumerate(waves):
        halo = rng.normal(0, 0.6, n_per_wave)
        chalo = rng.normal(0, 0.6, n_per_wave)
        rec = {"respondent_id": [f"W{wave}-{i + 1:04d}" for i in range(n_per_wave)],
               "wave": wave,
               "date": pd.Timestamp(f"{wave}-03-01") + pd.to_timedelta(rng.integers(0, 45, n_per_wave), unit="D"),
               "segment": rng.choice(["consumer", "small business"], n_per_wave, p=[0.7, 0.3])}
        perf_latent = {}
        for v in values:
            mu = mean1[v] + (change.get(v, 0.0) if k == 1 else 0.0)
            perf_latent[v] = mu + halo + rng.normal(0, 0.7, n_per_wave)
        for v in values:
            rec[f"imp_{v}"] = np.clip(np.round(stated[v] + rng.normal(0, 0.7, n_per_wave)), 1, 5).astype(int)
        for v in values:
            rec[f"perf_{v}"] = np.clip(np.round(perf_latent[v]), 1, 5).astype(int)
        for v in values:
            rec[f"comp_{v}"] = np.clip(np.round(comp[v] + chalo + rng.normal(0, 0.7, n_per_wave)), 1, 5).astype(int)
        score = sum(weights[v] * perf_latent[v] for v in values)
        rec["overall_satisfaction"] = np.clip(np.round(1 + 2.2 * score + rng.normal(0, 0.8, n_per_wave) - 1.6), 1, 10).astype(int)
        frame = pd.DataFrame(rec)
        for v in ("procedures", "expertise"):
            if f"perf_{v}" in frame:
                frame.loc[rng.random(n_per_wave) < na_rate, f"perf_{v}"] = 0
        frames.append(frame)
    data = pd.concat(frames, ignore_index=True)
    return Synthetic(data, {"weights": weights, "change": {v: change.get(v, 0.0) for v in values},
                            "mean_performance": mean1, "competitor_mean": comp, "na_code": 0})


def _same_parameters(make: Any, simulate: Any) -> None:
    """``help(make_x)`` lists the parameters of ``simulate_x``, which it passes on."""
    make.__signature__ = inspect.signature(simulate).replace(return_annotation=pd.DataFrame)


for _make, _simulate in ((make_reviews, simulate_reviews), (make_customers, simulate_customers),
                         (make_survey, simulate_survey)):
    _same_parameters(_make, _simulate)
