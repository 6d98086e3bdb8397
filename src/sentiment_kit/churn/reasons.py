"""Exit reasons in the churn-reason taxonomy: named rules, or a model trained on your own coding."""

from __future__ import annotations
from typing import Any

import pandas as pd

from .._core.lazy import is_dask, on_partitions
from .model import ChurnReasonClassifier
from ._rules import CHURN_REASONS, classify_unique, factorize_texts
from ..exceptions import SentimentKitError

__all__ = ["classify_churn_reasons", "explain_churn_reasons", "fit_churn_reason_model"]

def classify_churn_reasons(
    reasons: Any,
    *,
    model: ChurnReasonClassifier | None = None,
    competitors: tuple[str, ...] | list[str] = (),
) -> pd.Series:
    """Map exit-survey answers (free text or short codes) to :data:`CHURN_REASONS`.

    Rules, not guesses: each answer is normalised, the parts the customer says
    were *not* the reason are neutralised ("nothing wrong with the price", "the
    staff were lovely"), and named patterns are tried in priority order (life
    events, staff attitude, people the customer knows, billing errors, price,
    product quality, competitors). Blank, unclear or unrelated answers, and
    reasons outside the taxonomy ("no longer need it"), are ``unknown``. See
    :func:`rules_table` for every rule. "Service" alone means the service sold
    (product); indifference needs the people named ("customer service", "staff",
    "nobody called back"). Staff competence ("poor expertise of phone support")
    is product quality; indifference is an attitude (LeBoeuf 1987).

    Only the distinct answers are classified and mapped back (exit reasons repeat
    heavily), so a million answers take seconds. Each row depends on its own text
    only, so this can run per chunk or partition.

    Parameters
    ----------
    reasons : Series, list or array of str
        Missing values count as blank (``unknown``); nothing is dropped.
    model : ChurnReasonClassifier, optional
        A fitted supervised model (:func:`fit_churn_reason_model`); the rules are its
        fallback below its ``min_confidence``.
    competitors : sequence of str
        Names of your competitors; a mention reads as ``competitor`` (added to
        :data:`DEFAULT_COMPETITORS`).

    Returns
    -------
    Series
        A categorical Series ``churn_reason`` (categories :data:`CHURN_REASONS`) on
        the input's index. :func:`explain_churn_reasons` shows what decided each row.

    Examples
    --------
    >>> classify_churn_reasons(["the support guy couldn't care less", "found a cheaper plan",
    ...     "moving to Denver", "deceased", "network kept dropping", "n/a", ""]).tolist()
    ['indifference', 'price', 'moved', 'died', 'product_dissatisfaction', 'unknown', 'unknown']
    """
    if is_dask(reasons):
        return on_partitions(classify_churn_reasons, reasons, model=model, competitors=competitors)
    return explain_churn_reasons(reasons, model=model, competitors=competitors)["reason"].rename("churn_reason")


def explain_churn_reasons(
    reasons: Any,
    *,
    model: ChurnReasonClassifier | None = None,
    competitors: tuple[str, ...] | list[str] = (),
) -> pd.DataFrame:
    """:func:`classify_churn_reasons` with what decided each row.

    Parameters
    ----------
    reasons, model, competitors
        As in :func:`classify_churn_reasons`; ``competitors`` also reach the rules a
        ``model`` falls back on.

    Returns
    -------
    DataFrame
        On the input's index: ``text``, ``reason`` (categorical, :data:`CHURN_REASONS`),
        ``rule`` (the pattern's name, ``model``, ``blank``, ``non_answer``,
        ``outside_taxonomy`` or ``no_rule_matched``), ``matched`` (the text that matched),
        ``also_matched`` (other categories the answer mentions) and, with a model,
        ``probability``.

    Examples
    --------
    >>> explain_churn_reasons(["Nothing wrong with the price, just moving abroad"])[
    ...     ["reason", "rule", "matched"]].to_dict("records")
    [{'reason': 'moved', 'rule': 'moving_away', 'matched': 'moving abroad'}]
    """
    texts, codes, uniques = factorize_texts(reasons, name="reasons")
    if model is not None:
        if not isinstance(model, ChurnReasonClassifier):
            raise SentimentKitError(
                f"model must be a fitted ChurnReasonClassifier, got {type(model).__name__}; "
                "create one with fit_churn_reason_model(texts, labels)."
            )
        table = model.decide(uniques, competitors=tuple(competitors))
    else:
        table = classify_unique(uniques, tuple(competitors))
    cat = pd.Categorical.from_codes(
        pd.Categorical(table["reason"], categories=CHURN_REASONS).codes[codes], categories=CHURN_REASONS)
    out = table.iloc[codes].set_index(texts.index)
    out.insert(0, "text", texts)
    out["reason"] = pd.Series(cat, index=texts.index)
    return out


def fit_churn_reason_model(texts: Any, labels: Any, **params: Any) -> ChurnReasonClassifier:
    """Fit a :class:`ChurnReasonClassifier` on your own labelled exit reasons.

    Examples
    --------
    >>> m = fit_churn_reason_model(["rude staff", "too expensive"] * 5, ["indifference", "price"] * 5)
    >>> classify_churn_reasons(["so expensive"], model=m).tolist()
    ['price']
    """
    return ChurnReasonClassifier(**params).fit(texts, labels)


