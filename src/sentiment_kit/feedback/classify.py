"""One call per feedback table: sentiment, complaint flag and service-failure signals per row.

:func:`classify_feedback` adds to a copy of the caller's DataFrame the lexicon sentiment of
each text (:func:`sentiment_kit.score_sentiment`), the nine service-failure signals
(:func:`sentiment_kit.signals.service_signals`) and ``is_complaint``.

The complaint rule
------------------
``is_complaint`` is true when the text is negative (``compound <= -0.05``, VADER's threshold)
**or** reports at least one service failure (any signal except ``mistake_admitted``, which
is a company putting something right). It is a rule, not a trained model, so it needs no
labels and means the same on every data set. How often it flags real complaints (recall) and
positive reviews (false positives) is measured by ``python benchmarks/bench_sentiment.py``
(part c) and quoted in the README.
"""

from __future__ import annotations
import numpy as np
import pandas as pd

from .._core.lazy import in_chunks, is_dask, on_partitions
from .._core.stats import wilson_interval
from .._core.validation import check_columns
from ..signals.names import SIGNALS
from ..exceptions import SentimentKitError
from ..sentiment.scoring import score_sentiment, stars_to_label

__all__ = ["classify_feedback", "failure_summary", "negative_feedback", "FAILURE_SIGNALS"]

#: Signals that count as a reported service failure for ``is_complaint``.
FAILURE_SIGNALS = tuple(s for s in SIGNALS if s != "mistake_admitted")


def classify_feedback(
    data: pd.DataFrame,
    *,
    text: str = "text",
    method: str = "fast",
    signals: bool = True,
    explain: bool = False,
    threshold: float = 0.05,
    n_jobs: int | None = None,
    min_precision: float | None = None,
) -> pd.DataFrame:
    """Add sentiment, ``is_complaint`` and service-failure signals to a feedback table.

    Parameters
    ----------
    data : DataFrame
        One row per piece of feedback. Not modified.
    text : str, default "text"
        Column holding the customer text. None/NaN/empty rows are kept (neutral, no signal).
    method : {"fast", "vader"}, default "fast"
        Sentiment scorer (see :func:`~sentiment_kit.score_sentiment`).
    signals : bool, default True
        Add the nine signal columns (:data:`sentiment_kit.SIGNALS`).
    explain : bool, default False
        Also add the ``<signal>_evidence`` columns with the matched words.
    threshold : float, default 0.05
        Sentiment label threshold on ``compound``; a text is negative at ``<= -threshold``.
    n_jobs : int, optional
        Processes classifying chunks of the rows (``-1``: every core); the result is the same for
        any ``n_jobs``.
    min_precision : float, optional
        Passed to :func:`~sentiment_kit.service_signals`: keep only the signals its learned second
        stage confirms at this precision (fewer flags, each more often right). ``None``: the rules
        alone. ``is_complaint`` follows the signals kept.

    Returns
    -------
    DataFrame
        A copy of ``data`` (same index, row order and columns) plus ``neg``, ``neu``, ``pos``,
        ``compound``, ``sentiment`` (negative/neutral/positive), ``is_complaint`` and, with
        ``signals``, one boolean column per signal.

    Raises
    ------
    SentimentKitError
        (a ``ValueError``) if ``text`` is not a column (the message lists those present), or
        if ``data`` already has a column this function would add.

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["Great service, thanks!", "On hold for an hour, then they hung up.",
    ...                             None]}, index=[10, 11, 12])
    >>> out = classify_feedback(df)
    >>> out[["sentiment", "is_complaint"]].values.tolist()
    [['positive', False], ['negative', True], ['neutral', False]]
    >>> out.index.tolist()
    [10, 11, 12]
    """
    if is_dask(data):
        return on_partitions(classify_feedback, data, text=text, method=method, signals=signals, explain=explain,
                             threshold=threshold, min_precision=min_precision)
    if n_jobs not in (None, 1):
        if not isinstance(data, pd.DataFrame):
            raise SentimentKitError(f"data must be a pandas DataFrame, got {type(data).__name__}.")
        return in_chunks(classify_feedback, data, n_jobs, text=text, method=method, signals=signals, explain=explain,
                         threshold=threshold, min_precision=min_precision)
    check_columns(data, [text], name="data")
    # fail before the (slow) scoring, not after it
    names = ["neg", "neu", "pos", "compound", "sentiment", "is_complaint"]
    if signals:
        names += list(SIGNALS) + ([f"{s}_evidence" for s in SIGNALS] if explain else [])
    clash = [c for c in names if c in data.columns]
    if clash:
        raise SentimentKitError(
            f"data already has column(s) {clash} that classify_feedback adds; rename them first, "
            "e.g. data.rename(columns={...})."
        )
    scores = score_sentiment(data[text], method=method, threshold=threshold)
    parts: list[pd.DataFrame] = [scores]
    failure = pd.Series(False, index=data.index)
    if signals:
        from ..signals.detect import service_signals

        sig = service_signals(data[text], explain=explain, min_precision=min_precision)
        failure = sig[list(FAILURE_SIGNALS)].any(axis=1)
        parts.append(sig)
    added = pd.concat(parts, axis=1)
    added.index = data.index
    added.insert(added.columns.get_loc("sentiment") + 1, "is_complaint",
                 (scores["compound"] <= -threshold).to_numpy() | failure.to_numpy())
    out = data.copy()
    for col in added.columns:
        out[col] = added[col].to_numpy()
    return out


def failure_summary(
    classified: pd.DataFrame,
    *,
    text: str = "text",
    max_quote: int = 240,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """How often each service failure is reported, with a Wilson interval and an example quote.

    Parameters
    ----------
    classified : DataFrame
        Output of :func:`classify_feedback` (its signal columns; ``<signal>_evidence`` columns,
        from ``explain=True``, are used for the matched words when present).
    text : str, default "text"
        Text column, for the example quote.
    max_quote : int, default 240
        Quotes longer than this are cut at a word boundary and end with "…".
    confidence : float, default 0.95

    Returns
    -------
    DataFrame
        One row per signal, most frequent first: ``signal``, ``n`` (texts), ``k`` (texts with
        the signal), ``share``, ``ci_low``, ``ci_high`` (Wilson 1927), ``evidence`` (the
        matched words of the example) and ``quote`` (the shortest text with the signal, raw
        text: escape it before putting it into HTML; pandas' HTML display does).

    Examples
    --------
    >>> df = pd.DataFrame({"text": ["They hung up on me twice.", "Fine.", "Nobody ever called me back."]})
    >>> out = failure_summary(classify_feedback(df, explain=True))
    >>> out.loc[out["k"] > 0, ["signal", "k"]].values.tolist()
    [['indifference', 1], ['rudeness', 1]]
    """
    from ..text.prepare import shorten  # not at import: scoring alone never needs it (nor its scikit-learn)

    check_columns(classified, [text, *SIGNALS], name="classified")
    n = len(classified)
    texts = classified[text].fillna("").astype(str)
    rows = []
    for sig in SIGNALS:
        flag = classified[sig].fillna(False).astype(bool)
        k = int(flag.sum())
        quote = evidence = ""
        if k:
            lengths = texts[flag].str.len()
            pos = int(np.argmin(lengths.to_numpy()))
            quote = shorten(texts.loc[flag].iloc[pos], max_quote)
            ev_col = f"{sig}_evidence"
            if ev_col in classified:
                evidence = str(classified.loc[flag, ev_col].iloc[pos])
        rows.append({"signal": sig, "n": n, "k": k, "evidence": evidence, "quote": quote})
    out = pd.DataFrame(rows)
    out["share"] = out["k"] / n if n else np.nan
    out["ci_low"], out["ci_high"] = wilson_interval(out["k"], out["n"], confidence)
    out = out.sort_values(["k", "signal"], ascending=[False, True], ignore_index=True)
    return out[["signal", "n", "k", "share", "ci_low", "ci_high", "evidence", "quote"]]


def negative_feedback(*, reviews: pd.DataFrame | None = None, complaints: pd.DataFrame | None = None,
                      star_scale: tuple[float, float] = (1, 5), text: str = "text") -> pd.DataFrame | None:
    """The texts that say what is wrong: low-star reviews and every complaint, with their source.

    Low-star reviews are the bottom quarter of ``star_scale`` (:func:`sentiment_kit.sentiment.star_cutoffs`).
    Used by the action plan to find what customers say about each weak value.

    Returns
    -------
    DataFrame or None
        Columns ``text`` and ``source`` ("low-star review", "complaint"); None when neither is given.

    Examples
    --------
    >>> r = pd.DataFrame({"stars": [1, 5], "text": ["rude staff", "lovely"]})
    >>> negative_feedback(reviews=r)[["text", "source"]].values.tolist()
    [['rude staff', 'low-star review']]
    """
    parts = []
    if reviews is not None:
        check_columns(reviews, ["stars", text], name="reviews")
        low = stars_to_label(reviews["stars"], scale=star_scale) == "negative"
        parts.append(pd.DataFrame({"text": reviews.loc[low, text], "source": "low-star review"}))
    if complaints is not None:
        check_columns(complaints, [text], name="complaints")
        parts.append(pd.DataFrame({"text": complaints[text], "source": "complaint"}))
    return pd.concat(parts, ignore_index=True) if parts else None
