"""Quality *and* quantity per agent: an empirical-Bayes scorecard that does not reward volume alone.

A bonus per call handled rewards the fastest agent, who may be the one customers like least; a
table of raw mean satisfaction ranks 3 perfect surveys above 900 good ones. :func:`agent_scorecard`
does neither: each agent's mean quality is shrunk toward the team in proportion to how little is
known about it (normal-normal empirical Bayes, Efron & Morris 1975), shown with an interval, and
ranked on quality and volume together; an agent among the busiest whose quality is credibly below
the team's is flagged (``volume_without_quality``).
"""

from __future__ import annotations

import math
import numbers
import warnings

import numpy as np
import pandas as pd
from scipy import optimize, stats

from .._core.parse import as_flag, check_scale
from .._core.stats import wilson_interval
from .._core.validation import check_columns, check_confidence
from ..exceptions import SentimentKitError, SentimentKitWarning
from ..signals import SIGNALS, service_signals

__all__ = ["agent_scorecard", "UNKNOWN_AGENT", "SIGNAL_PREFIX"]

#: The row that collects contacts with a blank agent: counted, never ranked or flagged.
UNKNOWN_AGENT = "(unknown)"
#: Prefix of the columns counting contacts whose text reports a service failure (``reports_rudeness``).
SIGNAL_PREFIX = "reports_"
#: Default names of the optional yes/no columns: when the data lacks them, their outputs are omitted.
_OPTIONAL = {"resolved": "resolved", "escalated": "escalated"}
#: Rate columns per flag argument.
_RATES = {"resolved": "resolution", "escalated": "escalation"}
#: The last columns, in order.
_LAST = ("rank", "volume_without_quality", "note")
#: A note says how far an estimate was drawn toward the team when it is at least this far.
_NOTE_SHRINK = 0.5


def agent_scorecard(interactions: pd.DataFrame, *, agent: str = "agent", quality: str = "csat",
                    scale: tuple[float, float] = (1, 5), resolved: str | None = "resolved",
                    escalated: str | None = "escalated", text: str | None = None, top_volume: float = 0.25,
                    quality_weight: float = 0.7, confidence: float = 0.95) -> pd.DataFrame:
    """One row per agent: volume, quality shrunk toward the team with its interval, rates, rank and flag.

    Parameters
    ----------
    interactions : DataFrame
        One row per contact (call, chat, e-mail), surveyed or not.
    agent : str, default "agent"
        Who handled the contact, read as text. Blank values (missing, empty, whitespace) and the
        label :data:`UNKNOWN_AGENT` itself are pooled into one row named :data:`UNKNOWN_AGENT`,
        counted, never ranked or flagged.
    quality : str, default "csat"
        The survey score of the contact; missing when the contact was not surveyed.
    scale : (low, high), default (1, 5)
        The scale of ``quality``; a score outside it is an error.
    resolved, escalated : str or None
        Yes/no columns (read by :func:`sentiment_kit._core.parse.as_flag`). With their default
        names they are optional: if the data has no such column, the rate columns are omitted.
        A column named otherwise must exist. None leaves the rate out.
    text : str, optional
        The customer's words about the contact; counts the service failures they report
        (:func:`sentiment_kit.service_signals`).
    top_volume : float, default 0.25
        Share of agents (by contacts, most first; ties with the last one included) that can be
        flagged ``volume_without_quality``.
    quality_weight : float, default 0.7
        Weight of quality in the rank; volume gets ``1 - quality_weight``.
    confidence : float, default 0.95
        Level of every interval.

    Returns
    -------
    DataFrame
        One row per agent, sorted by ``rank`` (unranked rows last, :data:`UNKNOWN_AGENT` at the end):

        - ``agent`` (so named whatever the agent column is called; values as text), ``contacts`` (every row),
          ``surveys`` (rows with a ``quality`` score);
        - ``quality``: the empirical-Bayes (posterior) mean of the agent's true mean score;
          ``ci_low``, ``ci_high``: its interval, mean +/- z x posterior sd, clipped to ``scale``;
          ``quality_raw``: the plain mean of the agent's surveys; ``team_quality``: the team mean
          every estimate is drawn toward and the flag compares with (the same on every row);
        - ``resolution_n``, ``resolution_rate``, ``resolution_rate_ci_low``, ``resolution_rate_ci_high``
          and the same four for ``escalation``: contacts with a known flag, the share flagged yes
          and its Wilson interval (when the column is used);
        - ``texts`` (contacts with a non-blank text) and one count per signal of
          :data:`sentiment_kit.SIGNALS`, ``reports_escalation`` ... ``reports_public_review``:
          contacts whose text reports that failure (when ``text`` is given);
        - ``rank``: 1 is best (nullable integer); ``volume_without_quality`` (bool); ``note`` (text,
          "" when there is nothing to say).

    Raises
    ------
    SentimentKitError
        If a column is missing, ``interactions`` has no rows, an option is out of range, or a
        ``quality`` score is not a number within ``scale`` (the message names the column and values).

    Warns
    -----
    SentimentKitWarning
        When no agent has two surveys: the within-agent spread, hence any shrinkage, is unknown, so
        ``quality`` is left missing and nobody is ranked.

    Notes
    -----
    **Quality.** Agent *i* has :math:`n_i` surveys with mean :math:`\\bar y_i`. Its sampling
    variance is :math:`v_i = \\sigma^2 / n_i`, with :math:`\\sigma^2` the within-agent variance
    pooled over agents (degrees of freedom :math:`\\sum (n_i - 1)`). True agent means are
    :math:`\\theta_i \\sim N(\\mu, \\tau^2)`; :math:`\\tau^2` is estimated by restricted maximum
    likelihood (REML; Harville 1977, as in random-effects meta-analysis, Viechtbauer 2005),
    penalised by :math:`\\log\\tau` so that it is never exactly 0 (Chung et al. 2013: at 0 every
    agent would get the same quality and the rank would fall to volume alone), and
    :math:`\\hat\\mu = \\sum w_i \\bar y_i / \\sum w_i`, :math:`w_i = 1/(v_i + \\hat\\tau^2)`. The
    estimate is :math:`\\hat\\mu + (1 - B_i)(\\bar y_i - \\hat\\mu)` with :math:`B_i = v_i/(v_i + \\hat\\tau^2)`
    (Efron & Morris 1975): an agent with 3 surveys is drawn most of the way to the team, one with
    900 hardly moves. Its variance is the posterior variance :math:`(1 - B_i) v_i` plus the
    uncertainty of :math:`\\hat\\mu` (:math:`B_i^2 / \\sum w_i`; Morris 1983) and of
    :math:`\\hat\\tau^2` (delta method, Kass & Steffey 1989). Contacts of :data:`UNKNOWN_AGENT` are
    not an agent: they enter neither the team mean nor the variances, and get ``quality_raw`` only.
    With a single agent there is no team to shrink toward: ``quality`` is the raw mean with a
    Student-t interval.

    **Rank.** Among agents with a quality estimate: ``quality_weight`` x percentile rank of
    ``quality`` + (1 - ``quality_weight``) x percentile rank of ``contacts``, highest first (ties
    share the better rank), except that an agent flagged ``volume_without_quality`` ranks below
    every agent who is not: the volume term must not lift it above colleagues customers rate
    higher. Agents without surveys and :data:`UNKNOWN_AGENT` are not ranked
    (``rank`` missing): a volume without a known quality is exactly what the rank must not reward.

    **Flag.** ``volume_without_quality`` is True for an agent among the busiest ``top_volume``
    share whose interval lies wholly below the team mean :math:`\\hat\\mu` (``ci_high`` < ``team_quality``).

    References
    ----------
    Efron, B. & Morris, C. (1975). Data analysis using Stein's estimator and its generalizations.
    JASA 70(350), 311-319. Harville, D. (1977). Maximum likelihood approaches to variance component
    estimation and to related problems. JASA 72(358), 320-338. Morris, C. (1983). Parametric
    empirical Bayes inference: theory and applications. JASA 78(381), 47-55. Kass, R. & Steffey, D.
    (1989). Approximate Bayesian inference in conditionally independent hierarchical models. JASA
    84(407), 717-726. Viechtbauer, W. (2005). Bias and efficiency of meta-analytic variance
    estimators in the random-effects model. J. Educ. Behav. Stat. 30(3), 261-293. Chung, Y.,
    Rabe-Hesketh, S., Dorie, V., Gelman, A. & Liu, J. (2013). A nondegenerate penalized likelihood
    estimator for variance parameters in multilevel models. Psychometrika 78(4), 685-709.

    Examples
    --------
    Five agents near 4.0, one busy agent at 3.6, and ``cy`` with three perfect surveys:

    >>> typical = [5, 4, 3, 5, 2, 5, 4, 4, 3, 5]                  # a mean of 4.0
    >>> scores = {"ann": typical * 4, "dan": typical[:-1] * 4 + [4] * 4, "eve": [5, 4, 3, 5, 2, 5, 4, 4, 4, 5] * 4,
    ...           "fay": [5, 5, 3, 5, 2, 5, 4, 4, 4, 5] * 6, "gus": typical * 3,
    ...           "bob": [5, 4, 3, 4, 2, 4, 4, 3, 3, 4] * 12, "cy": [5, 5, 5]}
    >>> df = pd.DataFrame([(a, s) for a, ss in scores.items() for s in ss] + [(None, 4)], columns=["agent", "csat"])
    >>> card = agent_scorecard(df)
    >>> print(card[["agent", "surveys", "quality_raw", "quality", "rank", "volume_without_quality"]]
    ...       .round(2).to_string(index=False))
        agent  surveys  quality_raw  quality  rank  volume_without_quality
          fay       60          4.2     4.16     1                   False
           cy        3          5.0     4.19     2                   False
          eve       40          4.1     4.08     3                   False
          ann       40          4.0     4.00     4                   False
          gus       30          4.0     4.00     5                   False
          dan       40          3.9     3.92     6                   False
          bob      120          3.6     3.64     7                    True
    (unknown)        1          4.0      NaN  <NA>                   False
    >>> card.loc[1, "note"]
    '3 survey(s): estimate drawn 81% of the way to the team mean (4.00)'
    """
    _check_options(interactions, top_volume=top_volume, quality_weight=quality_weight, confidence=confidence)
    flags = {"resolved": resolved, "escalated": escalated}
    flags = {k: c for k, c in flags.items() if c is not None and (c in interactions.columns or c != _OPTIONAL[k])}
    check_columns(interactions, [agent, quality, *flags.values(), text], name="interactions")
    who = _agent_labels(interactions[agent])
    scores = check_scale(interactions[quality], column=quality, scale=scale, codes_allowed=False)
    card = _quality(who, scores, scale=scale, confidence=confidence).rename_axis("agent")
    for key, column in flags.items():
        card = card.join(_rate(who, as_flag(interactions[column], column=column), _RATES[key], confidence))
    if text is not None:
        card = card.join(_signal_counts(who, interactions[text]))
    card = card.reset_index()
    named = card["agent"] != UNKNOWN_AGENT
    card["volume_without_quality"] = _flag(card, named, top_volume)
    card["rank"] = _rank(card, named, quality_weight)
    card["note"] = _notes(card, named)
    card = card.drop(columns=["_shrink", "_mode"])
    card = card[[c for c in card.columns if c not in _LAST] + list(_LAST)]
    order = card.assign(_u=~named, _r=card["rank"].astype(float)).sort_values(
        ["_u", "_r", "contacts", "agent"], ascending=[True, True, False, True], na_position="last")
    return card.loc[order.index].reset_index(drop=True)


def _check_options(data: pd.DataFrame, *, top_volume: float, quality_weight: float, confidence: float) -> None:
    check_columns(data, [], name="interactions")
    if len(data) == 0:
        raise SentimentKitError("interactions has no rows; an agent scorecard needs at least one contact.")
    check_confidence(confidence)
    for name, value, low, high, closed in (("top_volume", top_volume, 0, 1, False),
                                           ("quality_weight", quality_weight, 0, 1, True)):
        real = isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)
        if not (real and (low <= value if closed else low < value) and value <= high):
            rule = f"{low} {'<=' if closed else '<'} {name} <= {high}"
            raise SentimentKitError(f"{name} must be a number with {rule}, got {value!r}.")


def _agent_labels(values: pd.Series) -> pd.Series:
    """Agents as text; missing, empty and whitespace-only values as :data:`UNKNOWN_AGENT`."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    return text.where(text != "", UNKNOWN_AGENT)


def _quality(who: pd.Series, scores: pd.Series, *, scale: tuple[float, float], confidence: float) -> pd.DataFrame:
    """Per agent: contacts, surveys, the shrunk quality and its interval, the raw mean."""
    g = scores.groupby(who, sort=True)
    card = pd.DataFrame({"contacts": g.size(), "surveys": g.count(), "quality_raw": g.mean(),
                         "_var": g.var(ddof=1)})
    named = (card.index != UNKNOWN_AGENT) & (card["surveys"] > 0)
    est = _shrink(card.loc[named], confidence)
    card = card.join(est).drop(columns="_var")
    card[["ci_low", "ci_high"]] = card[["ci_low", "ci_high"]].clip(*map(float, scale))
    card["_mode"] = card["_mode"].fillna("")
    card["team_quality"] = card["_team"].dropna().iloc[0] if card["_team"].notna().any() else np.nan
    return card[["contacts", "surveys", "quality", "ci_low", "ci_high", "quality_raw", "team_quality", "_shrink",
                 "_mode"]]


def _shrink(agents: pd.DataFrame, confidence: float) -> pd.DataFrame:
    """Normal-normal empirical Bayes over ``agents`` (index: agent; ``surveys``, ``quality_raw``, ``_var``)."""
    cols = ["quality", "ci_low", "ci_high", "_shrink", "_team", "_mode"]
    out = pd.DataFrame(index=agents.index, columns=cols, dtype=float).astype({"_mode": object})
    if agents.empty:
        return out
    n, y = agents["surveys"].to_numpy(float), agents["quality_raw"].to_numpy(float)
    z = stats.norm.ppf(0.5 + confidence / 2)
    if len(agents) == 1:  # no team: the raw mean with a t interval
        half = (stats.t.ppf(0.5 + confidence / 2, n[0] - 1) * math.sqrt(agents["_var"].iloc[0] / n[0])
                if n[0] > 1 else np.nan)
        out.loc[:, cols] = [[y[0], y[0] - half, y[0] + half, 0.0, y[0], "single"]]
        return out
    df = n - 1
    if df.sum() == 0:
        warnings.warn("Every agent has at most one survey: agent differences cannot be told from noise, "
                      "so quality is not estimated.", SentimentKitWarning, stacklevel=4)
        out["_mode"] = "no_spread"
        return out
    sigma2 = max(float((df * agents["_var"].fillna(0).to_numpy()).sum() / df.sum()), 1e-12)
    v = sigma2 / n
    tau2 = _reml_tau2(y, v)
    w = 1 / (v + tau2)
    mu = float((w * y).sum() / w.sum())
    b = v / (v + tau2)
    var_tau2 = _reml_var_tau2(w)
    post = (1 - b) * v + b**2 / w.sum() + (v / (v + tau2) ** 2) ** 2 * (y - mu) ** 2 * var_tau2
    est = mu + (1 - b) * (y - mu)
    half = z * np.sqrt(post)
    out["quality"], out["ci_low"], out["ci_high"] = est, est - half, est + half
    out["_shrink"], out["_team"], out["_mode"] = b, mu, "shrunk"
    return out


def _reml_tau2(y: np.ndarray, v: np.ndarray) -> float:
    """The penalised REML estimate of the between-agent variance, always above 0 (bounded 1-D search).

    The restricted log-likelihood plus ``log(tau)`` (Chung et al. 2013): the mode under a
    Gamma(2, 0) prior on ``tau``, which keeps the estimate off the boundary 0, where every agent
    would get the same quality and the rank would fall to volume alone.
    """
    def nll(t2: float) -> float:
        w = 1 / (v + t2)
        mu = (w * y).sum() / w.sum()
        return 0.5 * (np.log(v + t2).sum() + np.log(w.sum()) + (w * (y - mu) ** 2).sum() - np.log(t2))

    upper = 10 * float(np.var(y, ddof=1)) + float(v.max())
    res = optimize.minimize_scalar(nll, bounds=(0.0, upper), method="bounded", options={"xatol": upper * 1e-10})
    return float(res.x)


def _reml_var_tau2(w: np.ndarray) -> float:
    """Asymptotic variance of the REML estimate: 2 / tr(P^2), P = W - W11'W / sum(w)."""
    s1, s2, s3 = w.sum(), (w**2).sum(), (w**3).sum()
    return 2.0 / (s2 - 2 * s3 / s1 + s2**2 / s1**2)


def _rate(who: pd.Series, flag: pd.Series, name: str, confidence: float) -> pd.DataFrame:
    """Per agent: contacts with a known flag, the share flagged yes, its Wilson interval."""
    g = flag.groupby(who, sort=True)
    n, k = g.count(), g.sum()
    lo, hi = wilson_interval(k, n, confidence)
    return pd.DataFrame({f"{name}_n": n, f"{name}_rate": (k / n).where(n > 0),
                         f"{name}_rate_ci_low": lo, f"{name}_rate_ci_high": hi}, index=n.index)


def _signal_counts(who: pd.Series, texts: pd.Series) -> pd.DataFrame:
    """Per agent: contacts with a text, and contacts whose text reports each service failure."""
    found = service_signals(texts).astype(int).add_prefix(SIGNAL_PREFIX)
    has_text = texts.astype(object).where(texts.notna(), "").astype(str).str.strip() != ""
    table = pd.concat([has_text.astype(int).rename("texts"), found], axis=1)
    return table.groupby(who, sort=True).sum()[["texts", *(SIGNAL_PREFIX + s for s in SIGNALS)]]


def _rank(card: pd.DataFrame, named: pd.Series, quality_weight: float) -> pd.Series:
    """1 = best on quality_weight x percentile of quality + the rest x percentile of contacts.

    An agent flagged ``volume_without_quality`` ranks below every agent who is not (scores lie in 0..1).
    """
    ok = named & card["quality"].notna()
    score = (quality_weight * card.loc[ok, "quality"].rank(pct=True)
             + (1 - quality_weight) * card.loc[ok, "contacts"].rank(pct=True)
             - 2.0 * card.loc[ok, "volume_without_quality"])
    rank = score.round(12).rank(ascending=False, method="min")
    return rank.reindex(card.index).astype("Int64")


def _flag(card: pd.DataFrame, named: pd.Series, top_volume: float) -> pd.Series:
    """Busiest ``top_volume`` share of named agents whose interval lies below the team mean."""
    contacts = card.loc[named, "contacts"]
    if contacts.empty:
        return pd.Series(False, index=card.index)
    n_top = max(1, math.ceil(top_volume * len(contacts)))
    busy = named & (card["contacts"] >= contacts.nlargest(n_top).iloc[-1])
    below = (card["_mode"] == "shrunk") & (card["ci_high"] < card["team_quality"])
    return (busy & below).astype(bool)


def _notes(card: pd.DataFrame, named: pd.Series) -> pd.Series:
    """What a reader needs to know about each row, in words."""
    notes = []
    for row, is_named in zip(card.to_dict("records"), named, strict=True):
        parts = []
        if not is_named:
            parts.append("blank agent: contacts counted, not ranked or flagged")
        elif row["surveys"] == 0:
            parts.append("no surveys: quality unknown, not ranked")
        elif row["_mode"] == "single":
            parts.append("only one agent: no team to shrink toward, quality is the raw mean with a t interval"
                         + ("; one survey gives no interval" if row["surveys"] == 1 else ""))
        elif row["_mode"] == "no_spread":
            parts.append("at most one survey per agent: quality not estimated, not ranked")
        elif row["_shrink"] >= _NOTE_SHRINK:
            parts.append(f"{row['surveys']} survey(s): estimate drawn {row['_shrink']:.0%} of the way to the team "
                         f"mean ({row['team_quality']:.2f})")
        if row["volume_without_quality"]:
            parts.append("high volume, quality credibly below the team mean")
        notes.append("; ".join(parts))
    return pd.Series(notes, index=card.index, dtype=object)
