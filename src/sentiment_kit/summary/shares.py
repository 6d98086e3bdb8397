"""How much feedback arrives and what share of it is negative: per period, per group, with intervals."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .._core.parse import as_flag
from .._core.timegrain import Period, period_bounds, resolve_freq
from .._core.labels import MISSING_GROUP, group_labels
from .._core.lazy import is_dask
from .._core.stats import wilson_interval
from .._core.validation import check_columns, check_dates
from ..exceptions import SentimentKitError, SentimentKitWarning

__all__ = ["volume_over_time", "share_over_time", "share_by", "top_groups", "group_column", "GROUPINGS"]


def volume_over_time(sources: dict[str, pd.DataFrame], *, time: str = "date",
                     freq: str | Period = "auto") -> pd.DataFrame:
    """Count feedback items per period for each source.

    Parameters
    ----------
    sources : dict of name -> DataFrame
        E.g. ``{"complaints": complaints, "reviews": reviews}``.
    time : str
        Date column present in every frame.
    freq : str or Period, default "auto"
        ``"auto"`` chooses the period from the span of all the sources' dates together
        (:func:`choose_period`: days for a fortnight, weeks for a quarter, months for
        years). Or a pandas alias: "D" (day), "W" (week, Monday to Sunday), "MS" (month),
        "QS" (quarter), "YS" (year); or a :class:`Period`.

    Returns
    -------
    DataFrame
        Long format: ``period`` (its first day), ``period_end`` (its last day),
        ``source``, ``count``. Rows with a missing date are left out of the periods, with a
        :class:`~sentiment_kit.exceptions.SentimentKitWarning` that counts them.

    See Also
    --------
    choose_period : the rule behind ``freq="auto"``; call it to say the period in words.

    Examples
    --------
    >>> df = pd.DataFrame({"date": pd.to_datetime(["2024-01-03", "2024-01-20", "2024-02-01"])})
    >>> volume_over_time({"reviews": df}, freq="MS")["count"].tolist()
    [2, 1]
    >>> from sentiment_kit import choose_period
    >>> period = choose_period(df["date"])  # 30 days: one period a day
    >>> out = volume_over_time({"reviews": df}, freq=period)
    >>> f"{out['count'].max()} review(s) per {period.label} at most"
    '1 review(s) per day at most'
    """
    if not sources:
        raise SentimentKitError("sources is empty; pass e.g. {'complaints': complaints_df}.")
    times = {name: check_dates(data, time, name=name) for name, data in sources.items()}
    alias = resolve_freq(freq, pd.concat(list(times.values()), ignore_index=True))
    parts = []
    for name, t in times.items():
        if t.isna().any():
            warnings.warn(f"{name}: {int(t.isna().sum()):,} row(s) without a {time!r} are left out of the periods.",
                          SentimentKitWarning, stacklevel=2)
        start, end = period_bounds(t.dropna(), alias)
        counts = pd.DataFrame({"period": start, "period_end": end}).groupby(["period", "period_end"]).size()
        parts.append(counts.rename("count").reset_index().assign(source=name))
    out = pd.concat(parts, ignore_index=True)[["period", "period_end", "source", "count"]]
    out = out.sort_values(["source", "period"], ignore_index=True)
    return out


def share_over_time(
    data: pd.DataFrame,
    *,
    flag: str,
    time: str = "date",
    freq: str | Period = "auto",
    by: str | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Share of rows where boolean column ``flag`` is true, per period, with a Wilson interval.

    Parameters
    ----------
    data : DataFrame
    flag : str
        Boolean (or 0/1) column, e.g. ``is_negative``. Missing values are excluded from ``n``.
    time : str
        Date column.
    freq : str or Period, default "auto"
        ``"auto"`` chooses the period from the span of the dates of the rows with a flag
        (:func:`choose_period`). Or "D" (day), "W" (week, Monday to Sunday), "MS"
        (month), "QS" (quarter), "YS" (year); or a :class:`Period`.
    by : str, optional
        A grouping column (product, channel, location): one row per group and period.
    confidence : float

    Returns
    -------
    DataFrame
        ``period`` (its first day), ``period_end`` (its last day), [``by``], ``n``, ``k``,
        ``share``, ``ci_low``, ``ci_high``. ``data`` may be a Dask DataFrame (e.g.
        ``classify_feedback`` of one, with a ``theme`` column for counts per theme and period)
        whose ``time`` column holds datetimes: the first and last dates (for ``"auto"``) and the
        counts per period are made on its partitions, and only the small table is computed.

    See Also
    --------
    choose_period : the rule behind ``freq="auto"``; call it to say the period in words.

    Examples
    --------
    >>> df = pd.DataFrame({"date": pd.to_datetime(["2024-01-03"] * 4), "neg": [1, 0, 0, 1]})
    >>> share_over_time(df, flag="neg")[["n", "k", "share"]].to_dict("records")
    [{'n': 4, 'k': 2, 'share': 0.5}]
    >>> week = pd.DataFrame({"date": pd.date_range("2024-03-18", periods=4, freq="2D"), "neg": [1, 0, 0, 1]})
    >>> out = share_over_time(week, flag="neg", freq="W")
    >>> [f"{row.period:%a %d %b} to {row.period_end:%a %d %b}: n={row.n}" for row in out.itertuples()]
    ['Mon 18 Mar to Sun 24 Mar: n=4']
    """
    if is_dask(data):
        return _share_over_time_dask(data, flag=flag, time=time, freq=freq, by=by, confidence=confidence)
    check_columns(data, [flag, by], name="data")
    t = check_dates(data, time)
    f = as_flag(data[flag], column=flag)
    valid = f.notna() & t.notna()
    start, end = period_bounds(t[valid], resolve_freq(freq, t[valid]))
    frame = pd.DataFrame({"period": start, "period_end": end, "k": f[valid]})
    keys = ["period", "period_end"]
    if by is not None:
        frame[by] = data.loc[valid, by].to_numpy()
        keys = ["period", "period_end", by]
    g = frame.groupby(keys, observed=True)["k"].agg(["size", "sum"]).reset_index()
    return _add_shares(g.rename(columns={"size": "n", "sum": "k"}), confidence)


def _share_over_time_dask(data: Any, *, flag: str, time: str, freq: str | Period, by: str | None,
                          confidence: float) -> pd.DataFrame:
    """:func:`share_over_time` of a Dask DataFrame: span and counts on the partitions, the table collected."""
    check_columns(data, [flag, time, by], name="data")
    if not pd.api.types.is_datetime64_any_dtype(data[time].dtype):
        raise SentimentKitError(
            f"Column {time!r} of a Dask DataFrame must hold datetimes (it is {data[time].dtype}); parse it "
            f"once for the whole collection first, e.g. df[{time!r}] = dd.to_datetime(df[{time!r}], format='%Y-%m-%d').")

    def usable(part: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
        f = as_flag(part[flag], column=flag)
        valid = f.notna() & part[time].notna()
        return f[valid], part.loc[valid, time]

    def span(part: pd.DataFrame) -> pd.DataFrame:
        t = usable(part)[1]
        return pd.DataFrame({"first": [t.min()], "last": [t.max()]}).astype(part[time].dtype)

    dates = pd.Series([], dtype="datetime64[ns]")
    if isinstance(freq, str) and freq == "auto":
        ends = data.map_partitions(span, meta=span(data._meta)).compute()
        dates = pd.Series([ends["first"].min(), ends["last"].max()]).dropna()
    alias = resolve_freq(freq, dates)
    keys = ["period", "period_end", *([by] if by is not None else [])]

    def counts(part: pd.DataFrame) -> pd.DataFrame:
        f, t = usable(part)
        start, end = period_bounds(t, alias)
        frame = pd.DataFrame({"period": start, "period_end": end, "n": 1, "k": f.astype(float)})
        if by is not None:
            frame[by] = part.loc[t.index, by].to_numpy()
        return frame[[*keys, "n", "k"]]

    meta = pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "period_end": pd.Series(dtype="datetime64[ns]"),
                         **({by: data._meta[by]} if by is not None else {}),
                         "n": pd.Series(dtype="int64"), "k": pd.Series(dtype="float64")})[[*keys, "n", "k"]]
    g = (data.map_partitions(counts, meta=meta)
         .groupby(keys)[["n", "k"]].sum().compute().reset_index()
         .sort_values(keys, ignore_index=True))
    return _add_shares(g, confidence)


def share_by(data: pd.DataFrame, *, flag: str, by: str, confidence: float = 0.95) -> pd.DataFrame:
    """Share of rows where ``flag`` is true in each group of ``by``, with Wilson intervals.

    Returns
    -------
    DataFrame
        ``by``, ``n``, ``k``, ``share``, ``ci_low``, ``ci_high``, sorted by share (highest first).
        Rows with a missing flag are excluded from ``n``; a missing group is its own group "(missing)".
        ``data`` may be a Dask DataFrame (e.g. ``classify_feedback`` of one): the counts are made on
        its partitions and only the per-group table is computed.

    Examples
    --------
    >>> df = pd.DataFrame({"loc": ["a", "a", "b"], "neg": [True, False, True]})
    >>> share_by(df, flag="neg", by="loc")[["loc", "n", "share"]].to_dict("records")
    [{'loc': 'b', 'n': 1, 'share': 1.0}, {'loc': 'a', 'n': 2, 'share': 0.5}]
    """
    check_columns(data, [flag, by], name="data")
    if is_dask(data):  # counts per group on the partitions; only the small table is collected

        def counts(part: pd.DataFrame) -> pd.DataFrame:
            f = as_flag(part[flag], column=flag)
            valid = f.notna()
            return pd.DataFrame({by: group_labels(part.loc[valid, by]), "n": 1, "k": f[valid]})

        meta = pd.DataFrame({by: pd.Series(dtype=object), "n": pd.Series(dtype="int64"),
                             "k": pd.Series(dtype="float64")})
        g = data.map_partitions(counts, meta=meta).groupby(by)[["n", "k"]].sum().compute().reset_index()
        return _with_shares(g, confidence)
    f = as_flag(data[flag], column=flag)
    valid = f.notna()
    frame = pd.DataFrame({by: group_labels(data.loc[valid, by]),
                          "k": f[valid]})
    g = frame.groupby(by, sort=False)["k"].agg(["size", "sum"]).reset_index()
    return _with_shares(g.rename(columns={"size": "n", "sum": "k"}), confidence)


def _add_shares(g: pd.DataFrame, confidence: float) -> pd.DataFrame:
    """Counts ``n`` and ``k`` as integers, then ``share`` and its Wilson interval."""
    g["n"] = g["n"].astype(int)
    g["k"] = g["k"].astype(int)
    g["share"] = g["k"] / g["n"]
    g["ci_low"], g["ci_high"] = wilson_interval(g["k"], g["n"], confidence)
    return g


def _with_shares(g: pd.DataFrame, confidence: float) -> pd.DataFrame:
    return _add_shares(g, confidence).sort_values(["share", "n"], ascending=[False, False], ignore_index=True)


def top_groups(values: pd.Series, *, n: int = 6, other: str = "other", first_part: bool = True) -> pd.Series:
    """The ``n`` most frequent groups kept, the rest pooled as ``other``; missing stays "(missing)".

    For charts with one bar per group: a long tail of small products becomes one bar.
    ``first_part`` keeps a group's name up to its first comma ("Credit card or prepaid card,
    other" reads "Credit card or prepaid card").

    Examples
    --------
    >>> top_groups(pd.Series(["a", "a", "b", "c", None]), n=1).tolist()
    ['a', 'a', 'other', 'other', '(missing)']
    """
    if int(n) < 1:
        raise SentimentKitError(f"n must be at least 1, got {n!r}.")
    v = group_labels(values)
    keep = v[v != MISSING_GROUP].value_counts().index[: int(n)]
    out = v.where(v.isin(keep) | (v == MISSING_GROUP), other)
    return out.str.split(",").str[0] if first_part else out


#: The columns feedback is broken down by, in order of preference, per data set.
GROUPINGS = {"complaints": ("product", "channel", "company", "state"), "reviews": ("location", "product")}


def group_column(data: pd.DataFrame | None, candidates: Sequence[str]) -> str | None:
    """The first of ``candidates`` that ``data`` has with at least two different values, else None.

    Examples
    --------
    >>> group_column(pd.DataFrame({"product": ["a", "a"], "channel": ["web", "phone"]}), GROUPINGS["complaints"])
    'channel'
    """
    if data is None:
        return None
    return next((c for c in candidates if c in data and data[c].nunique(dropna=True) > 1), None)
