"""Feedback at each stage of the customer journey, not only at the end.

:func:`feedback_by_stage` gives one row per stage (and per group of ``by``): how many pieces of
feedback there are, their mean sentiment with a t interval, the share that is negative and the
share that is a complaint with Wilson intervals, and, when a rating column is named, its mean
with a t interval. Journey stages follow Lemon & Verhoef (2016), "Understanding customer
experience throughout the customer journey", Journal of Marketing 80(6): pre-purchase, purchase
and post-purchase each deserve their own measurement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .._core.labels import MISSING_GROUP, group_labels
from .._core.parse import as_flag, check_scale
from .._core.stats import wilson_interval
from .._core.validation import as_text_series, check_columns, check_confidence
from ..exceptions import SentimentKitError
from ..feedback.classify import classify_feedback
from ._groups import as_columns, group_keys, summarise_groups
from ._intervals import mean_interval

__all__ = ["NEGATIVE_THRESHOLD", "feedback_by_stage"]

#: A text is negative when its ``compound`` is at or below minus this (VADER's threshold, the
#: default of :func:`~sentiment_kit.classify_feedback`; Hutto & Gilbert 2014).
NEGATIVE_THRESHOLD = 0.05


def feedback_by_stage(
    data: pd.DataFrame,
    *,
    stage: str = "stage",
    text: str = "text",
    order: Sequence[Any] | None = None,
    score: str | None = None,
    scale: tuple[float, float] | None = None,
    by: str | Sequence[str] | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Sentiment, negative and complaint shares (and a rating) per stage of the customer journey.

    Each text is classified by :func:`sentiment_kit.classify_feedback` (lexicon sentiment and
    the complaint rule). When ``data`` is already classified (it has both ``compound`` and
    ``is_complaint``), those columns are used as they are and nothing is classified again.

    **Blank texts** (missing, empty or only spaces) count in ``n`` but not in the text figures:
    ``texts`` is the number of rows with text and the denominator of ``sentiment``,
    ``negative_share`` and ``complaint_share``. A rating is counted wherever it is given
    (``score_n``), with or without text.

    **Stage order.** Rows come in journey order: ``order`` when given; else the categories of an
    ordered categorical column; else the order of first appearance. A missing stage is its own
    group, "(missing)", last unless ``order`` places it. A stage named in ``order`` (or a
    category of an ordered categorical) that no row has **is kept with** ``n = 0`` and NaN
    estimates, so a stage nobody was asked about shows in the table instead of vanishing; a
    misspelt stage cannot hide behind this, because the stage actually in the data is then
    missing from ``order``, which is an error. With ``by``, every group gets every stage.

    Intervals: the mean ``compound`` and the mean rating have Student's t interval (Student
    1908, Biometrika 6(1); NaN bounds with fewer than two values); shares have the Wilson (1927)
    score interval. Intervals are per row, not adjusted for multiple comparisons.

    Parameters
    ----------
    data : DataFrame
        One row per piece of feedback (e.g. a post-interaction survey). Not modified.
    stage : str, default "stage"
        Column naming the journey stage of each row (labels are compared as text).
    text : str, default "text"
        Column holding the customer's words.
    order : sequence, optional
        The stages in journey order. Every stage in the data must be listed.
    score : str, optional
        A rating column (e.g. ``"csat"``) to average per stage.
    scale : (low, high), optional
        The rating's scale; a rating outside it is an error. Without it any number is accepted.
    by : str or list of str, optional
        Columns to break each stage down by (e.g. ``"channel"``); a missing value is "(missing)".
    confidence : float, default 0.95
        Confidence level of every interval.

    Returns
    -------
    DataFrame
        One row per group of ``by`` (first appearance) and stage (journey order): the ``by``
        columns, the stage column (named as ``stage``, text), ``n``, ``texts``, ``sentiment``,
        ``sentiment_ci_low``, ``sentiment_ci_high``, ``negative_share``,
        ``negative_share_ci_low``, ``negative_share_ci_high``, ``complaint_share``,
        ``complaint_share_ci_low``, ``complaint_share_ci_high`` and, with ``score``,
        ``score_mean``, ``score_ci_low``, ``score_ci_high``, ``score_n``.

    Raises
    ------
    SentimentKitError
        A missing column; a stage in the data that ``order`` does not list (naming them); a
        stage listed twice; ``scale`` without ``score``; a non-numeric rating; ``data`` with
        only one of ``compound``/``is_complaint``, or with text rows lacking them; a
        ``confidence`` outside (0, 1).
    DataValidationError
        A rating outside ``scale``; an ``is_complaint`` that is not yes/no.

    Examples
    --------
    >>> df = pd.DataFrame({"stage": ["delivery", "purchase", "delivery", "purchase"],
    ...                    "text": ["Arrived late and broken.", "Easy checkout, thanks!",
    ...                             "Great, on time.", None],
    ...                    "csat": [1, 5, 5, 4]})
    >>> out = feedback_by_stage(df, order=["browse", "purchase", "delivery"], score="csat", scale=(1, 5))
    >>> out[["stage", "n", "texts", "complaint_share", "score_mean"]].values.tolist()
    [['browse', 0, 0, nan, nan], ['purchase', 2, 1, 0.0, 4.5], ['delivery', 2, 2, 0.5, 3.0]]
    """
    check_confidence(confidence)
    by_cols = as_columns(by)
    if stage in by_cols:
        raise SentimentKitError(f"by={by!r} includes the stage column {stage!r}; rows are already per stage, "
                                "leave it out of by.")
    if scale is not None and score is None:
        raise SentimentKitError(f"scale={scale!r} was given without score; name the rating column, e.g. "
                                "score='csat'.")
    check_columns(data, [stage, text, score, *by_cols], name="data")
    work = _per_row(data, text=text, score=score, scale=scale)
    stages = _stage_order(data[stage], order, column=stage)
    keys, names = group_keys(data, by=by_cols, name="data")
    keys[stage] = group_labels(data[stage])

    def summarise(rows: pd.DataFrame) -> dict[str, Any]:
        return _summarise(rows, confidence=confidence, with_score=score is not None)

    found: dict[tuple, dict[str, Any]] = {}
    if len(work):
        table = summarise_groups(work, keys, [*names, stage], summarise)
        found = {tuple(r[c] for c in [*names, stage]): r for r in table.to_dict("records")}
    groups = list(keys[names].drop_duplicates().itertuples(index=False, name=None)) if names else [()]
    empty = summarise(work.iloc[:0])
    rows = [found.get((*g, s), {**dict(zip([*names, stage], (*g, s))), **empty}) for g in groups for s in stages]
    out = pd.DataFrame(rows, columns=[*names, stage, *empty])
    counts = ["n", "texts"] + (["score_n"] if score is not None else [])
    return out.astype({c: "int64" for c in counts})


def _per_row(data: pd.DataFrame, *, text: str, score: str | None,
             scale: tuple[float, float] | None) -> pd.DataFrame:
    """Per row (positionally, on ``data``'s index): has text, compound, complaint flag and rating."""
    has_text = (as_text_series(data[text], name=text).str.strip() != "").to_numpy()
    present = [c for c in ("compound", "is_complaint") if c in data.columns]
    if len(present) == 1:
        other = ({"compound", "is_complaint"} - set(present)).pop()
        raise SentimentKitError(
            f"data has {present[0]!r} but not {other!r}: pass a table from classify_feedback (both columns) "
            f"to reuse its classification, or drop {present[0]!r} to classify the texts here."
        )
    if present:
        compound = pd.to_numeric(data["compound"], errors="coerce").to_numpy(dtype=float)
        complaint = as_flag(data["is_complaint"], column="is_complaint").to_numpy(dtype=float)
        lacking = has_text & (np.isnan(compound) | np.isnan(complaint))
        if lacking.any():
            raise SentimentKitError(
                f"{int(lacking.sum()):,} row(s) with text have no numeric 'compound' or no 'is_complaint' in the "
                "already classified data; classify them again (classify_feedback) or blank their text."
            )
    else:
        compound = np.full(len(data), np.nan)
        complaint = np.full(len(data), np.nan)
        if has_text.any():
            classified = classify_feedback(data.loc[has_text, [text]], text=text)
            compound[has_text] = classified["compound"].to_numpy(dtype=float)
            complaint[has_text] = classified["is_complaint"].to_numpy(dtype=float)
    work = pd.DataFrame({"_has_text": has_text, "_compound": compound,
                         "_negative": compound <= -NEGATIVE_THRESHOLD, "_complaint": complaint == 1.0},
                        index=data.index)
    if score is not None:
        work["_score"] = _ratings(data[score], column=score, scale=scale).to_numpy()
    return work


def _ratings(values: pd.Series, *, column: str, scale: tuple[float, float] | None) -> pd.Series:
    """Ratings as numbers (blank as NaN); a value that is not a number is an error naming it."""
    if scale is not None:
        return check_scale(values, column=column, scale=scale, codes_allowed=False)
    num = pd.to_numeric(values, errors="coerce")
    blank = values.isna() | (values.astype(str).str.strip() == "")
    bad = num.isna() & ~blank
    if bad.any():
        examples = list(dict.fromkeys(map(str, values[bad].head(50))))[:5]
        raise SentimentKitError(f"Column {column!r} must hold numeric ratings; {int(bad.sum()):,} value(s) are "
                                f"not, e.g. {examples}; fix them or blank them.")
    return num.astype(float)


def _stage_order(values: pd.Series, order: Sequence[Any] | None, *, column: str) -> list[str]:
    """The stage labels in journey order (see :func:`feedback_by_stage`)."""
    present = list(dict.fromkeys(group_labels(values)))
    if order is not None:
        if isinstance(order, (str, bytes)) or not isinstance(order, Sequence | pd.Index | np.ndarray | pd.Series):
            raise SentimentKitError(f"order must be a list of stages in journey order, got {order!r}; e.g. "
                                    "order=['browse', 'purchase', 'delivery'].")
        wanted = group_labels(pd.Series(list(order), dtype=object)).tolist()
        repeated = sorted({s for s in wanted if wanted.count(s) > 1})
        if repeated:
            raise SentimentKitError(f"order lists stage(s) {repeated} more than once; list each stage once.")
        extra = [s for s in present if s not in wanted and s != MISSING_GROUP]
        if extra:
            raise SentimentKitError(
                f"Stage(s) {extra} of column {column!r} are not in order {wanted}; add them to order where they "
                "belong in the journey (check the spelling), or leave order out to use the order of first appearance."
            )
    elif isinstance(values.dtype, pd.CategoricalDtype) and values.cat.ordered:
        wanted = [str(c) for c in values.cat.categories]
    else:
        wanted = [s for s in present if s != MISSING_GROUP]
    if MISSING_GROUP in present and MISSING_GROUP not in wanted:
        wanted.append(MISSING_GROUP)
    return wanted


def _summarise(rows: pd.DataFrame, *, confidence: float, with_score: bool) -> dict[str, Any]:
    """The figures of one stage (``rows`` may be empty: n = 0 and NaN estimates)."""
    texts = rows[rows["_has_text"]]
    t = len(texts)
    out: dict[str, Any] = {"n": len(rows), "texts": t}
    mean, lo, hi, _ = mean_interval(texts["_compound"].to_numpy(dtype=float), confidence)
    out.update(sentiment=mean, sentiment_ci_low=lo, sentiment_ci_high=hi)
    for name, col in (("negative_share", "_negative"), ("complaint_share", "_complaint")):
        k = int(texts[col].sum())
        low, high = wilson_interval(k, t, confidence)
        out.update({name: k / t if t else np.nan, f"{name}_ci_low": float(low), f"{name}_ci_high": float(high)})
    if with_score:
        mean, lo, hi, n = mean_interval(rows["_score"].to_numpy(dtype=float), confidence)
        out.update(score_mean=mean, score_ci_low=lo, score_ci_high=hi, score_n=n)
    return out

