"""Recurring themes: what customers keep talking about, and the Three Times Rule.

"If you hear something about your business three times, whether you like it or not,
pay serious attention." This module finds the themes (:class:`ThemeModel`), describes
them with sentiment and service signals (:func:`theme_summary`), counts them per time
window and flags the ones heard at least ``min_mentions`` times and the ones growing
(:func:`recurring_themes`), and cross-tabulates them by segment (:func:`theme_by_segment`).

Examples
--------
>>> import pandas as pd
>>> data = pd.DataFrame({"text": ["late delivery", "delivery late again", "rude staff"] * 4,
...                      "date": pd.date_range("2024-01-01", periods=12, freq="10D")})
>>> model = ThemeModel(2, random_state=0, min_df=1, max_df=1.0).fit(data["text"])
>>> rec = recurring_themes(data, themes=model, window="60D")
>>> rec.groupby("label")["count"].sum().to_dict()
{'delivery, late': 8, 'rude, staff': 4}
>>> recurring_themes(data, themes=model)["window_start"].nunique()  # 110 days: weekly windows
16
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.base import clone

from .._core.labels import group_labels
from .._core.timegrain import Period, choose_period
from .._core.stats import wilson_interval
from .model import OTHER, ThemeModel
from .._core.validation import align_rows, as_text_series, check_columns, check_dates
from ..signals.names import SIGNALS
from ..exceptions import SentimentKitError, SentimentKitWarning

__all__ = ["theme_summary", "recurring_themes", "theme_by_segment"]

#: VADER's conventional threshold for a negative compound score (Hutto & Gilbert 2014).
NEGATIVE_THRESHOLD = -0.05


def _theme_order(labels: dict) -> list:
    """Theme ids in display order: by id, "other" (-1) last."""
    return sorted(labels, key=lambda v: (v == OTHER, v))


def _assignments(data: pd.DataFrame, themes: Any, text: str | None, random_state: Any = None
                 ) -> tuple[pd.Series, dict[int, str]]:
    """Theme id per row of ``data`` and the id -> label map, from a model, a column or an array."""
    if themes is None or isinstance(themes, ThemeModel):
        check_columns(data, [text])
        texts = as_text_series(data[text])
        model = themes if themes is not None else ThemeModel(random_state=random_state)
        if not hasattr(model, "centroids_"):
            model = clone(model).fit(texts)  # never fit the caller's object in place
        ids = model.predict(texts)
        labels = model.labels()
        if not (ids == OTHER).any():
            labels.pop(OTHER)
        return pd.Series(ids, index=data.index, name="theme"), labels
    if isinstance(themes, str):
        check_columns(data, [themes])
        ids = data[themes]
    else:
        ids = themes
    if not isinstance(ids, pd.Series) and len(ids) != len(data):
        raise SentimentKitError(
            f"themes has {len(ids)} assignments but data has {len(data)} rows; pass one theme per row "
            "(e.g. model.predict(data['text'])) or a fitted ThemeModel."
        )
    ids = align_rows(ids, data.index, name="themes").rename("theme")
    if ids.isna().any():
        ids = ids.fillna(OTHER)
    labels = {v: ("other" if v == OTHER else str(v)) for v in pd.unique(ids)}
    return ids, labels


def recurring_themes(
    data: pd.DataFrame,
    themes: Any = None,
    *,
    text: str = "text",
    time: str = "date",
    window: str | pd.Timedelta | Period = "auto",
    min_mentions: int = 3,
    min_count: int | None = None,
    alpha: float = 0.05,
    random_state: Any = None,
) -> pd.DataFrame:
    """Count each theme per time window; flag the Three Times Rule and emerging themes.

    Windows are consecutive spans of length ``window`` ending at the latest date, so
    the last window is always "the latest ``window``"; a date belongs to the window
    from ``window_start`` to ``window_end``, both days included. A theme is ``recurring`` in a
    window when it was heard at least ``min_mentions`` times. It is ``emerging`` when
    its share of the window's texts grew against the previous window by the exact
    conditional test for two Poisson counts (Przyborowski & Wilenski 1940): given
    ``c1 + c0`` mentions in the two windows, ``c1`` is Binomial(``c1 + c0``,
    ``n1 / (n1 + n0)``) under no change, with ``n`` the windows' text volumes;
    one-sided p-values are adjusted across themes within each window by
    Benjamini-Hochberg, and the theme must also have at least ``min_count`` mentions
    in the window, so that small numbers are not flagged.

    Parameters
    ----------
    data : DataFrame
    themes : ThemeModel, str, array-like or None
        A fitted model (applied to ``data[text]``), an unfitted one (fitted here), a
        column of ``data`` or an array with one theme id per row; None fits
        ``ThemeModel(random_state=random_state)``. The second argument, as in
        :func:`theme_summary` and :func:`theme_by_segment`.
    text, time : str
        Text and date columns. Rows with a missing date are kept out of every window
        (a :class:`SentimentKitWarning` gives their number).
    window : str, Timedelta or Period, default "auto"
        Length of each window. ``"auto"`` scales it with the span of the dates
        (:func:`sentiment_kit.summary.choose_period`: a day for a nine-day span, a week
        for a quarter, 30 days for two years), so that there are several windows to
        compare and a theme can be emerging. Or a fixed length: "30D", "7D", "90D", a
        Timedelta, or a :class:`~sentiment_kit.summary.Period` (its ``window``).
    min_mentions : int, default 3
        The Three Times Rule.
    min_count : int, optional
        Fewest mentions in a window for a theme to be called emerging; default
        ``max(min_mentions, 5)``.
    alpha : float, default 0.05
        False discovery rate for emerging themes.
    random_state : int, Generator or None

    Returns
    -------
    DataFrame
        One row per theme and window: ``theme``, ``label``, ``window_start``,
        ``window_end`` (inclusive), ``count``, ``n_window``, ``share``, ``recurring``,
        ``previous_count``, ``p_value`` (adjusted), ``emerging``. A window's length is
        ``window_end - window_start`` plus a day.

    Raises
    ------
    SentimentKitError
        If ``time`` is not a date column or has no date at all, columns are missing, or
        ``window`` is not a positive length of time.

    See Also
    --------
    sentiment_kit.summary.choose_period : the rule behind ``window="auto"``; its ``label``
        says the window in words.

    Examples
    --------
    >>> days = pd.date_range("2024-03-18", periods=9, freq="D")
    >>> data = pd.DataFrame({"date": days.repeat(10), "theme": [0] * 88 + [1] * 2})
    >>> rec = recurring_themes(data, themes="theme", min_mentions=2)
    >>> rec[rec.theme == 1][["window_start", "count", "recurring"]].tail(2).astype(str).values.tolist()
    [['2024-03-25', '0', 'False'], ['2024-03-26', '2', 'True']]
    """
    if int(min_mentions) < 1:
        raise SentimentKitError(f"min_mentions must be at least 1, got {min_mentions}.")
    t = check_dates(data, time)
    ids, labels = _assignments(data, themes, text, random_state)
    missing = int(t.isna().sum())
    if missing:
        warnings.warn(f"{missing} row(s) with a missing {time!r} were kept but left out of the time "
                      "windows.", SentimentKitWarning, stacklevel=2)
    ok = t.notna().to_numpy()
    if not ok.any():
        raise SentimentKitError(f"Column {time!r} has no dates; recurring themes need dates.")
    step = _window_length(window, t[ok])
    end = t[ok].max().normalize() + pd.Timedelta(days=1)  # exclusive end of the last window
    # window k (0 = latest) is [end - (k + 1) * step, end - k * step): a date on a window's first
    # day belongs to that window, as window_start says
    w = ((end - t[ok] - pd.Timedelta(1, "ns")) // step).astype(int).to_numpy()
    n_win = int(w.max()) + 1
    theme_ids = _theme_order(labels)
    counts = pd.crosstab(pd.Categorical(ids[ok].to_numpy(), categories=theme_ids),
                         pd.Categorical(w, categories=range(n_win)), dropna=False).to_numpy()
    counts = counts[:, ::-1]  # oldest window first
    n = counts.sum(axis=0)
    prev = np.hstack([np.zeros((len(theme_ids), 1), dtype=int), counts[:, :-1]])
    n_prev = np.hstack([[0], n[:-1]])
    # Exact conditional test for two Poisson counts, one-sided: P(X >= count) with
    # X ~ Binomial(count + previous, n / (n + n_prev)) -- binomtest(..., "greater"), vectorised.
    tot = counts + prev
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.broadcast_to(n / (n + n_prev), counts.shape)
    testable = (tot > 0) & (n > 0) & (n_prev > 0)
    p = np.ones(counts.shape)
    p[testable] = stats.binom.sf(counts[testable] - 1, tot[testable], frac[testable])
    for j in range(1, n_win):
        p[:, j] = stats.false_discovery_control(p[:, j])
    min_count = max(int(min_mentions), 5) if min_count is None else int(min_count)
    starts = [end - step * (n_win - j) for j in range(n_win)]
    rows = pd.DataFrame({
        "theme": np.repeat(theme_ids, n_win),
        "label": np.repeat([labels[v] for v in theme_ids], n_win),
        "window_start": np.tile(starts, len(theme_ids)),
        "window_end": np.tile([s + step - pd.Timedelta(days=1) for s in starts], len(theme_ids)),
        "count": counts.ravel(), "n_window": np.tile(n, len(theme_ids)),
        "previous_count": prev.ravel(), "p_value": p.ravel(),
    })
    rows["share"] = rows["count"] / rows["n_window"].where(rows["n_window"] > 0)
    rows["recurring"] = rows["count"] >= int(min_mentions)
    rows["emerging"] = ((rows["p_value"] < alpha) & (rows["count"] >= min_count)
                        & (rows["count"] > rows["previous_count"]) & (rows["theme"] != OTHER))
    rows = rows[["theme", "label", "window_start", "window_end", "count", "n_window", "share",
                 "recurring", "previous_count", "p_value", "emerging"]]
    return rows


def _sentiment_frame(data: pd.DataFrame, sentiment: Any, label: str | None) -> pd.DataFrame:
    """Columns ``compound`` and (when available) ``sentiment`` labels aligned with ``data``."""
    if sentiment is None:
        return pd.DataFrame(index=data.index)
    if isinstance(sentiment, str | pd.DataFrame):  # a column of data, or a frame with "compound"
        src, col = (data, sentiment) if isinstance(sentiment, str) else (sentiment, "compound")
        check_columns(src, [col], name="data" if src is data else "sentiment")
        src = align_rows(src, data.index, name="sentiment")
        out = pd.DataFrame({"compound": pd.to_numeric(src[col], errors="coerce")}, index=data.index)
        if label is not None and label in src.columns:
            out["sentiment"] = src[label]
        return out
    scores = align_rows(sentiment, data.index, name="sentiment")
    return pd.DataFrame({"compound": pd.to_numeric(scores, errors="coerce")}, index=data.index)


def _window_length(window: Any, dates: pd.Series) -> pd.Timedelta:
    """A positive, fixed length of time from ``"30D"``, ``"2W"``, ``"12h"``, a Timedelta, a
    :class:`Period`, or ``"auto"`` (chosen from the span of ``dates``, which are not all missing)."""
    import datetime as _dt
    import warnings as _warnings

    step = None
    if isinstance(window, Period):
        step = window.window
    elif isinstance(window, str) and window == "auto":
        step = choose_period(dates).window
    elif isinstance(window, str | _dt.timedelta):
        with _warnings.catch_warnings():
            _warnings.simplefilter("ignore", FutureWarning)  # pandas' notes on deprecated aliases
            try:
                step = pd.Timedelta(window)
            except (ValueError, TypeError):
                try:
                    step = pd.Timedelta(pd.tseries.frequencies.to_offset(window))
                except (ValueError, TypeError):
                    step = None
    if step is None or pd.isna(step) or step <= pd.Timedelta(0):
        raise SentimentKitError(
            f"window must be a positive fixed length of time such as '30D', '2W' or '12h', or 'auto' "
            f"(chosen from the span of the dates); got {window!r}."
        )
    return step


def theme_summary(
    data: pd.DataFrame,
    themes: Any,
    *,
    text: str = "text",
    sentiment: Any = "compound",
    sentiment_label: str | None = "sentiment",
    signals: Sequence[str] | None = None,
    confidence: float = 0.95,
    random_state: Any = None,
    min_signal_texts: int = 3,
) -> pd.DataFrame:
    """Size, sentiment and service signals of each theme.

    Parameters
    ----------
    data : DataFrame
        One row per text, e.g. the output of ``classify_feedback`` (columns ``compound``,
        ``sentiment`` and one boolean column per service signal).
    themes : ThemeModel, str, array-like or None
        As in :func:`recurring_themes`.
    text : str
        Text column (used when ``themes`` is a model).
    sentiment : str, Series, DataFrame or None
        Column of compound scores in [-1, 1], or the scores themselves (a Series, or a
        DataFrame with ``compound`` and optionally ``sentiment`` such as the output of
        ``score_sentiment``); None leaves sentiment out.
    sentiment_label : str or None
        Column with "negative"/"neutral"/"positive". When absent, a text is negative
        when its compound score is at most -0.05 (Hutto & Gilbert 2014).
    signals : list of str, optional
        Boolean signal columns; default: those of ``sentiment_kit.SIGNALS``
        present in ``data`` (or in a ``sentiment`` DataFrame).
    confidence : float
        Level of the intervals.
    random_state : int, Generator or None
        Seed of the model fitted when ``themes`` is None or an unfitted ThemeModel.
    min_signal_texts : int, default 3
        Texts of the theme a signal must be flagged in before ``top_signals`` names it ("if you
        hear something three times, pay serious attention"): one text is an anecdote, not
        something the theme comes with.

    Returns
    -------
    DataFrame
        One row per theme: ``theme``, ``label``, ``size``, ``share`` (Wilson interval
        ``share_ci_low``/``share_ci_high``), ``mean_sentiment`` (normal interval
        ``mean_sentiment_ci_low``/``mean_sentiment_ci_high``), ``negative_count``,
        ``negative_share`` (Wilson interval), ``share_of_negatives`` (this theme's part
        of all negative texts), ``top_signals`` (signals most over-represented: lift =
        share in the theme / share in the other texts, at least 1.5, in at least
        ``min_signal_texts`` of its texts; written "rudeness (x2.4, 12 of 80 texts)") and one
        ``lift_<signal>`` column per signal. Wilson (1927) for proportions.

    Examples
    --------
    >>> df = pd.DataFrame({"compound": [-0.8, -0.6, -0.7, 0.5, 0.7, 0.6],
    ...                    "escalation": [True, True, True, False, False, True]})
    >>> out = theme_summary(df, [0, 0, 0, 1, 1, 1])
    >>> out[["theme", "size", "negative_share", "top_signals"]].values.tolist()
    [[0, 3, 1.0, 'escalation (x3.0, 3 of 3 texts)'], [1, 3, 0.0, '']]
    """
    if not isinstance(data, pd.DataFrame):
        raise SentimentKitError(f"data must be a pandas DataFrame, got {type(data).__name__}.")
    ids, labels = _assignments(data, themes, text, random_state)
    sent = _sentiment_frame(data, sentiment, sentiment_label)
    sig_src = pd.concat([data, align_rows(sentiment, data.index, name="sentiment").drop(
        columns=[c for c in sentiment.columns if c in data.columns])], axis=1) \
        if isinstance(sentiment, pd.DataFrame) else data
    if signals is None:
        signals = [s for s in SIGNALS if s in sig_src.columns]
    check_columns(sig_src, signals)
    sig = sig_src.loc[:, list(signals)].fillna(False).astype(bool) if signals else None
    if "compound" in sent:
        negative = (sent["sentiment"].astype(str).str.lower() == "negative") if "sentiment" in sent \
            else sent["compound"] <= NEGATIVE_THRESHOLD
    else:
        negative = None
    z = stats.norm.ppf(0.5 + confidence / 2)
    total = len(data)
    n_neg_all = int(negative.sum()) if negative is not None else 0
    rows = []
    for tid in _theme_order(labels):
        mask = (ids == tid).to_numpy()
        size = int(mask.sum())
        lo, hi = wilson_interval(size, total, confidence)
        row = {"theme": tid, "label": labels[tid], "size": size, "share": size / total if total else np.nan,
               "share_ci_low": float(lo), "share_ci_high": float(hi)}
        if negative is not None:
            c = sent["compound"][mask].dropna()
            m, se = (c.mean(), c.std(ddof=1) / np.sqrt(len(c))) if len(c) > 1 else (c.mean(), np.nan)
            k = int(negative[mask].sum())
            nlo, nhi = wilson_interval(k, size, confidence)
            row.update(mean_sentiment=float(m) if len(c) else np.nan, mean_sentiment_ci_low=float(m - z * se),
                       mean_sentiment_ci_high=float(m + z * se), negative_count=k,
                       negative_share=k / size if size else np.nan, negative_share_ci_low=float(nlo),
                       negative_share_ci_high=float(nhi),
                       share_of_negatives=k / n_neg_all if n_neg_all else np.nan)
        tops = []
        if sig is not None:
            for s in signals:
                inside = sig[s].to_numpy()[mask]
                outside = sig[s].to_numpy()[~mask]
                p_in = inside.mean() if len(inside) else np.nan
                p_out = outside.mean() if len(outside) else np.nan
                lift = p_in / p_out if p_out > 0 else (np.inf if p_in > 0 else np.nan)
                row[f"lift_{s}"] = float(lift)
                k_in = int(inside.sum())
                if k_in >= max(1, min_signal_texts) and (lift > 1.5 or np.isinf(lift)):
                    tops.append((lift, s, k_in))
        row["top_signals"] = ", ".join(f"{s} ({k} of {size} texts, none elsewhere)" if np.isinf(lft) else
                                       f"{s} (x{lft:.1f}, {k} of {size} texts)"
                                       for lft, s, k in sorted(tops, key=lambda x: (-x[0], x[1]))[:3])
        rows.append(row)
    return pd.DataFrame(rows)


def theme_by_segment(
    data: pd.DataFrame, themes: Any, *, by: str, text: str = "text", normalize: bool = True,
    random_state: Any = None, tidy: bool = False,
) -> pd.DataFrame:
    """Share of each segment's texts in each theme (themes as rows, segments as columns).

    Parameters
    ----------
    data : DataFrame
    themes : ThemeModel, str, array-like or None
        As in :func:`recurring_themes`.
    by : str
        Segment column (location, product, channel...).
    normalize : bool, default True
        Shares within each segment (columns sum to 1); False gives counts.
    random_state : int, Generator or None
        Seed of the model fitted when ``themes`` is None or an unfitted ThemeModel.
    tidy : bool, default False
        Return one row per theme and segment with ``count``, ``n`` (the segment's size),
        ``share`` and its 95% Wilson interval (``ci_low``, ``ci_high``; Wilson 1927) instead
        of the wide table.

    Returns
    -------
    DataFrame
        Index: theme labels; columns: segments (a missing segment is ``MISSING_GROUP``, "(missing)"). With
        ``tidy=True``, the long table above (each segment's size is its ``n``); its ``theme``
        is the theme id, as in :func:`recurring_themes` and :func:`theme_summary`, and
        ``label`` its label.

    Examples
    --------
    >>> df = pd.DataFrame({"loc": ["a", "a", "b", "b"]})
    >>> theme_by_segment(df, [0, 1, 1, 1], by="loc").loc["1"].tolist()
    [0.5, 1.0]
    >>> theme_by_segment(df, [0, 1, 1, 1], by="loc", tidy=True).columns.tolist()
    ['theme', 'label', 'loc', 'count', 'n', 'share', 'ci_low', 'ci_high']
    """
    check_columns(data, [by])
    ids, labels = _assignments(data, themes, text, random_state)
    lab = ids.map(labels)
    order = [labels[v] for v in _theme_order(labels)]
    segment = group_labels(data[by])
    counts = pd.crosstab(lab, segment).reindex(order).fillna(0)
    counts.index.name, counts.columns.name = "theme", by
    n = counts.sum(axis=0)
    if tidy:
        long = counts.stack().rename("count").reset_index().rename(columns={"theme": "label"})
        by_label = {labels[v]: v for v in _theme_order(labels)}
        long.insert(0, "theme", long["label"].map(by_label))
        long["count"] = long["count"].astype(int)
        long["n"] = long[by].map(n).astype(int)
        long["share"] = long["count"] / long["n"].where(long["n"] > 0)
        long["ci_low"], long["ci_high"] = wilson_interval(long["count"].to_numpy(), long["n"].to_numpy())
        return long
    table = counts / n.where(n > 0) if normalize else counts
    table.index.name = "label"
    return table
