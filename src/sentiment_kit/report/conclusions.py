"""The "What to conclude" of each curated notebook, as tested library code.

Each function takes what the analyses returned and gives the sentences an executive reads, as
items for :func:`sentiment_kit.report.narrate`: a string is a paragraph, a ``(lead, text)``
pair a paragraph with a bold lead, a list a bulleted list. Every number in them comes from the
analysis results passed in; every sentence copes with the data a company really has (one
product, no dates, one survey wave, two-class satisfaction, no exit reasons...), saying what
cannot be concluded rather than inventing it.

Examples
--------
>>> import pandas as pd
>>> trend = pd.DataFrame({"period": pd.to_datetime(["2024-01-01", "2024-04-01"]), "n": [100, 90],
...                       "k": [20, 45], "share": [0.2, 0.5], "ci_low": [0.13, 0.4], "ci_high": [0.29, 0.6]})
>>> conclude_summary(negative_trend=trend, period="quarter")[0]
'Negative reviews rose in the latest quarter: 50% (95% CI 40%-60%, n=90) against 20% (95% CI 13%-29%) in the 1 quarter(s) before. Find out why now; the chapters below show what customers complain about.'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .._core.escape import p_text, readable
from .._core.labels import MISSING_GROUP
from ..values.importance import QUADRANTS
from .._core.stats import wilson_interval

__all__ = ["conclude_summary", "conclude_feedback", "conclude_themes", "conclude_churn", "conclude_values"]

Items = list[Any]


def _name(value: Any) -> str:
    return readable(value)


def _join(names: Sequence[Any]) -> str:
    names = [_name(n) for n in names]
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def conclude_summary(metrics: pd.DataFrame | None = None, *, negative_trend: pd.DataFrame | None = None,
                     period: str = "period", what: str = "reviews", negative: pd.Series | None = None) -> Items:
    """Conclusions of the executive summary: is negative feedback rising, and how many customers leave.

    The trend compares the latest eighth of the periods (at least one: the latest quarter of two
    years of months) with all periods before, pooled, by their Wilson intervals: a rise is
    called only when the two intervals do not overlap.

    Parameters
    ----------
    metrics : DataFrame, optional
        From :func:`sentiment_kit.summary.headline_metrics`.
    negative_trend : DataFrame, optional
        Share of negative reviews per period (:func:`sentiment_kit.summary.share_over_time`);
        None when the reviews have no dates or there are no reviews.
    period : str
        The period's name in words ("week", "quarter").
    what : str
        What ``negative_trend`` counts ("reviews"; "complaints" when there are no reviews).
    negative : Series of bool, optional
        Whether each of those texts is negative, for the overall share when there is no trend
        (texts without dates).

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate`.
    """
    items: Items = []
    trend = negative_trend if negative_trend is not None and len(negative_trend) else None
    if trend is not None and len(trend) >= 2:
        k = max(1, len(trend) // 8)  # the latest eighth of the periods, at least one, against all before
        recent, before = trend.iloc[-k:], trend.iloc[:-k]
        (r_k, r_n), (b_k, b_n) = (recent["k"].sum(), recent["n"].sum()), (before["k"].sum(), before["n"].sum())
        lo, hi = wilson_interval([r_k, b_k], [r_n, b_n])
        latest = f"the latest {period}" if k == 1 else f"the latest {k} {period}s"
        now = f"{r_k / r_n:.0%} (95% CI {lo[0]:.0%}-{hi[0]:.0%}, n={int(r_n):,})"
        then = f"{b_k / b_n:.0%} (95% CI {lo[1]:.0%}-{hi[1]:.0%}) in the {len(before)} {period}(s) before"
        if lo[0] > hi[1]:
            items.append(f"Negative {what} rose in {latest}: {now} against {then}. Find out why now; the chapters "
                         "below show what customers complain about.")
        elif hi[0] < lo[1]:
            items.append(f"Negative {what} fell in {latest}: {now} against {then}.")
        else:
            items.append(f"Negative {what} are steady: {now} in {latest} against {then}, a difference within "
                         "chance.")
    elif trend is None and negative is not None and negative.notna().any():
        k, n = int(negative.sum()), int(negative.notna().sum())
        lo, hi = wilson_interval(k, n)
        items.append(f"{k / n:.0%} of the {n:,} {what} are negative (95% CI {float(lo):.0%}-{float(hi):.0%}); "
                     f"they carry no dates, so whether that is rising cannot be told.")
    elif trend is not None:
        row = trend.iloc[0]
        items.append(f"{row.share:.0%} of {what} are negative (95% CI {row.ci_low:.0%}-{row.ci_high:.0%}, "
                     f"n={int(row.n):,}); the {what} cover a single {period}, so no trend can be read yet.")
    if metrics is not None and len(metrics):
        rows = metrics.set_index("metric")
        if "share of customers who churned" in rows.index:
            churn = rows.loc["share of customers who churned"]
            items.append(f"{churn.value:.0%} of customers churned during the observation period "
                         f"(95% CI {churn.ci_low:.0%}-{churn.ci_high:.0%}, n={int(churn.n):,}).")
    if not items:
        items.append("This data has no dated reviews or complaints and no customer records, so neither a trend in "
                     "negative feedback nor churn can be measured here; the chapters below read what there is.")
    return items


def conclude_feedback(*, complaints: pd.DataFrame | None = None, reviews: pd.DataFrame | None = None,
                      by_product: pd.DataFrame | None = None, product: str = "product",
                      by_location: pd.DataFrame | None = None, location: str = "location",
                      failures: pd.DataFrame | None = None, comparison: pd.DataFrame | None = None) -> Items:
    """Conclusions of the chapter on complaints and reviews.

    Parameters
    ----------
    complaints, reviews : DataFrame, optional
        From :func:`sentiment_kit.classify_feedback` (columns ``is_complaint``, ``sentiment``).
    by_product : DataFrame, optional
        Share of negative complaints by product (:func:`sentiment_kit.summary.share_by`), column ``product``.
        The worst group is the one whose interval's lower bound is highest, so a group of two
        complaints, both negative, does not top a group of 800.
    by_location : DataFrame, optional
        Share of reviews that are complaints by location, column ``location``.
    failures : DataFrame, optional
        From :func:`sentiment_kit.feedback.failure_summary`.
    comparison : DataFrame, optional
        From :func:`sentiment_kit.compare_methods` with the methods "trained classifier",
        "lexicon (this package)" and "VADER lexicon".

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate`.
    """
    items: Items = []
    parts = [f"{frame['is_complaint'].mean():.0%} of the {len(frame):,} {what}"
             for what, frame in (("complaints", complaints), ("reviews", reviews)) if frame is not None and len(frame)]
    if parts:
        items.append(" and ".join(parts) + " read as complaints to the rules (negative tone or a reported service "
                     "failure).")
    by_product = _known(by_product, product)
    by_location = _known(by_location, location)
    if by_product is not None and len(by_product) >= 2:
        worst = by_product.sort_values("ci_low", ascending=False).iloc[0]  # credibly worst: a group of 2 is not
        items.append(f"The most negative {product.replace('_', ' ')} is {worst[product]}: {worst.share:.0%} of its "
                     f"complaints are negative (95% CI {worst.ci_low:.0%}-{worst.ci_high:.0%}, n={int(worst.n):,}).")
    if by_location is not None and len(by_location) >= 2:
        hi = by_location.sort_values("ci_low", ascending=False).iloc[0]
        lo = by_location.sort_values("ci_high").iloc[0]
        items.append(f"Among reviews, {hi[location]} has the highest complaint share ({hi.share:.0%}, 95% CI "
                     f"{hi.ci_low:.0%}-{hi.ci_high:.0%}, n={int(hi.n):,}) and {lo[location]} the lowest "
                     f"({lo.share:.0%}, n={int(lo.n):,}).")
    if failures is not None and len(failures) and failures["k"].max() > 0:
        top = failures.sort_values("share", ascending=False).iloc[0]
        items.append(f"The most reported service failure is {_name(top.signal)}, in {top.share:.1%} of the texts "
                     f"(95% CI {top.ci_low:.1%}-{top.ci_high:.1%}, {int(top.k):,} of {int(top.n):,}).")
    elif failures is not None:
        items.append("No service failure (ignored, rudeness, broken promise...) was reported in these texts.")
    comparison = getattr(comparison, "table", comparison)  # a MethodComparison or its table
    if comparison is not None and len(comparison):
        by = comparison.set_index("method")
        if {"trained classifier", "lexicon (this package)"} <= set(by.index):
            best, lex = by.loc["trained classifier"], by.loc["lexicon (this package)"]
            vader = f" and {by.loc['VADER lexicon'].macro_f1:.2f} for VADER" if "VADER lexicon" in by.index else ""
            verdict = ("labelling a few hundred of our own texts pays off." if best.macro_f1_ci_low > lex.macro_f1
                       else "the lexicon is good enough until more labelled texts are available.")
            items.append(f"Trained on star ratings, the classifier reaches a macro-F1 of {best.macro_f1:.2f} (95% CI "
                         f"{best.macro_f1_ci_low:.2f}-{best.macro_f1_ci_high:.2f}) against {lex.macro_f1:.2f} for this "
                         f"package's lexicon{vader}: {verdict}")
    return items


def _known(shares: pd.DataFrame | None, column: str) -> pd.DataFrame | None:
    """Groups with a name: "(missing)" and "other" pools are not compared with real groups."""
    if shares is None:
        return None
    named = ~shares[column].astype(str).isin([MISSING_GROUP])
    pooled = shares[column].astype(str).str.lower().str.startswith("other")  # top_groups' pooled rest
    return shares[named & ~pooled]


def conclude_themes(summary: pd.DataFrame, *, emerging: pd.DataFrame | None = None,
                    recurring_now: pd.DataFrame | None = None, window: str = "window",
                    growth_window: str | None = None, what: str = "reviews") -> Items:
    """Conclusions of the themes chapter: which themes drive negative feedback, which grow, which recur.

    Parameters
    ----------
    summary : DataFrame
        From :func:`sentiment_kit.theme_summary` (``theme``, ``label``, ``size``, ``share_of_negatives``,
        ``negative_share``, ``negative_share_ci_low``, ``negative_share_ci_high``, ``top_signals``).
    emerging : DataFrame, optional
        The latest window's rows of :func:`sentiment_kit.recurring_themes` where ``emerging``;
        None when there are no dates.
    recurring_now : DataFrame, optional
        The latest window's themes heard at least ``min_mentions`` times; None without dates.
    window : str
        The Three Times Rule window in words ("month", "week", "day").
    growth_window : str, optional
        The window of the emerging test in words ("3 months"; :func:`sentiment_kit.trend_window`);
        default ``window``.
    what : str
        What the texts are ("reviews", "complaints").

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate`.
    """
    items: Items = []
    themes = summary[summary["theme"] >= 0]
    if "share_of_negatives" in themes and themes["share_of_negatives"].notna().any() \
            and themes["share_of_negatives"].max() > 0:
        drivers = themes.sort_values("share_of_negatives", ascending=False).head(3)
        lines = []
        for _, r in drivers.iterrows():
            sig = f"; comes with {r.top_signals.split(' (')[0].replace('_', ' ')}" if r.get("top_signals") else ""
            lines.append(f"{r.label}: {r.share_of_negatives:.0%} of negative {what}, {r.negative_share:.0%} of its "
                         f"{int(r['size']):,} {what} negative (95% CI {r.negative_share_ci_low:.0%}-"
                         f"{r.negative_share_ci_high:.0%}){sig}.")
        items += [(f"Themes driving negative {what}", f"(share of all negative {what}):"), lines]
    else:
        items.append(f"No theme stands out among negative {what}: none of the {what} read as negative.")
    if emerging is None:
        items.append(("Growing:", f"the {what} have no dates, so growth cannot be measured."))
    elif len(emerging):
        e = emerging.sort_values("p_value").iloc[0]
        grown = growth_window or window
        items.append(("Growing:", f"{e.label} went from {int(e.previous_count):,} to {int(e['count']):,} mentions in "
                                  f"the latest {grown} against the {grown} before ({p_text(e.p_value)}): find out "
                                  "what changed and fix it before it becomes the biggest theme."))
    else:
        items.append(("Growing:", f"no theme grew beyond chance in the latest {growth_window or window}."))
    if recurring_now is not None:
        top = list(recurring_now.sort_values("count", ascending=False)["label"].head(3))
        items.append((f"Heard three times in the latest {window}:",
                      f"{len(recurring_now)} theme(s)" + (f"; start with {'; '.join(top)}." if top else ".")))
    items.append(("What to do:", "give each driver above an owner, read its quotes with that owner, fix the cause "
                                 "named by its signals (a broken promise calls for keeping promises, rudeness for "
                                 "coaching), and watch its count here: a fix shows as the theme dropping below "
                                 "three mentions."))
    return items


def conclude_churn(*, share: Any = None, attributable: Any = None, revenue_by_exposure: pd.DataFrame | None = None,
                   exposed_label: str = "> 0") -> Items:
    """Conclusions of the churn chapter: our indifference share against the 68% claim, and its cost.

    Parameters
    ----------
    share : IndifferenceShare, optional
        From :func:`sentiment_kit.indifference_share` (None without exit reasons).
    attributable : AttributableChurn, optional
        From :func:`sentiment_kit.attributable_churn` (None without contact records).
    revenue_by_exposure : DataFrame, optional
        From :func:`sentiment_kit.revenue_at_risk` by the same exposure (index: groups).
    exposed_label : str
        The exposed group's index label in ``revenue_by_exposure``.

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate`.
    """
    items: Items = []
    if share is not None and share.n > 0:
        items.append(f"Among customers who told us why they left, {share.estimate:.0%} blamed indifference "
                     f"(95% CI {share.ci_low:.0%}-{share.ci_high:.0%}, {share.n:,} answers; {share.n_unknown:,} "
                     f"unusable answers left out): {share.verdict} the {share.benchmark:.0%} claim.")
        known = share.breakdown.drop(index="unknown", errors="ignore")["share"]
        if known.notna().any():
            top = known.idxmax()
            items.append(f"The most common reason is {_name(top)} ({known[top]:.0%}).")
    elif share is not None:
        items.append("No exit reason could be read, so the 68% claim cannot be tested from exit surveys here.")
    af = getattr(attributable, "attributable_fraction", np.nan)
    if attributable is not None and attributable.n_events > 0 and np.isfinite(af):
        items.append(f"From contact records: customers with an unanswered contact leave "
                     f"{attributable.hazard_ratio:.1f} times as fast; {af:.0%} of all churn (95% CI "
                     f"{attributable.ci_low:.0%}-{attributable.ci_high:.0%}) would not have happened had every "
                     "contact been answered.")
    if revenue_by_exposure is not None and len(revenue_by_exposure) and attributable is not None:
        lost = float(revenue_by_exposure["lost_value"].sum())
        if lost > 0:
            exposed = float(revenue_by_exposure["lost_value"].get(exposed_label, 0.0))
            items.append(f"Customers left unanswered account for {exposed / lost:.0%} of the {lost:,.0f} in yearly "
                         "value lost to churn.")
    if not items:
        items.append("This data has neither exit reasons nor contact records, so the 68% claim cannot be tested here.")
    items.append("Act on what our own customers say, not on the folklore figure: answering every contact is the "
                 "lever the data supports." if np.isfinite(af) and af > 0.1
                 else "Quote our own share, with its interval, rather than the 68% folklore.")
    return items


def conclude_values(ipa: pd.DataFrame, plan: pd.DataFrame, *, scale: tuple[float, float] = (1, 5),
                    stated: pd.DataFrame | None = None, top_box: float | None = None,
                    gaps: pd.DataFrame | None = None, changes: pd.DataFrame | None = None) -> Items:
    """Conclusions of the values chapter: what to fix first, how flat stated importance is, the competitor,
    the change since the last wave.

    Parameters
    ----------
    ipa : DataFrame
        From :func:`sentiment_kit.importance_performance` (derived importance).
    plan : DataFrame
        From :func:`sentiment_kit.action_plan`.
    scale : (low, high)
        The value ratings' scale.
    stated : DataFrame, optional
        :func:`sentiment_kit.importance_performance` with ``importance="stated"``.
    top_box : float, optional
        Share of stated-importance answers in the scale's top two points.
    gaps : DataFrame, optional
        From :func:`sentiment_kit.competitor_gaps`.
    changes : DataFrame, optional
        The latest pair of waves from :func:`sentiment_kit.track_waves`.

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate` (one bulleted list).
    """
    points = []
    focus = ipa[ipa["quadrant"] == QUADRANTS[0]].sort_values("importance", ascending=False)
    first = plan.iloc[0]
    if len(focus):
        which = ("the value that matters most and where we score below average" if len(focus) == 1 else
                 "the values that matter most and where we score below average")
        sure = ""
        if "quadrant_stability" in plan and pd.notna(first.get("quadrant_stability", np.nan)):
            sure = (f"; it falls in this quadrant in {first.quadrant_stability:.0%} of bootstrap resamples"
                    + (", so it is a borderline case" if first.quadrant_stability < 0.8 else ""))
        points.append(f"Fix first: {_join(focus['attribute'])}, {which}. First on the plan, {_name(first.attribute)}, "
                      f"accounts for {first.importance:.0%} of explained satisfaction and is rated "
                      f"{first.performance:.2f} of {scale[1]:g}, {-first.gap:.2f} below the average value{sure}.")
    else:
        points.append("No value is both more important than average and rated below average: keep up the good work, "
                      f"and watch {_name(first.attribute)}, first on the plan.")
    top = ipa.sort_values("importance", ascending=False).iloc[0]
    if stated is not None and top_box is not None:
        points.append(f"Derived importance ranks {_name(top.attribute)} first; asked directly, customers rate nearly "
                      f"everything important ({top_box:.0%} of answers in the top two points of the scale), so stated "
                      "importance cannot set priorities on its own.")
    else:
        points.append(f"Derived importance ranks {_name(top.attribute)} first (stated importance was not collected).")
    if gaps is not None and len(gaps):
        behind = list(gaps.loc[gaps["verdict"] == "behind", "attribute"])
        ahead = list(gaps.loc[gaps["verdict"] == "ahead", "attribute"])
        level = list(gaps.loc[gaps["attribute"].isin(focus["attribute"]) & (gaps["verdict"] == "no clear difference"),
                              "attribute"])
        points.append(f"Against the competitor we are clearly behind on {_join(behind) or 'no value'} and clearly ahead "
                      f"on {_join(ahead) or 'no value'}."
                      + (f" On {_join(level)}, values to fix, we are only level with it, so fixing them is also the "
                         "way to pull ahead." if level else ""))
    if changes is not None and len(changes):
        up = list(changes.loc[changes["verdict"] == "improved", "attribute"])
        down = list(changes.loc[changes["verdict"] == "declined", "attribute"])
        points.append(f"Since {changes['wave_from'].iloc[0]}: improved on {_join(up) or 'nothing'}; declined on "
                      f"{_join(down) or 'nothing'}. Re-survey with the same questions to measure the action plan "
                      "against this benchmark.")
    else:
        points.append("The survey has a single wave, so no change can be measured yet: re-survey with the same "
                      "questions to measure the action plan against it.")
    return [points]
