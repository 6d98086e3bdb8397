"""One row per group and period: the keys every team metric is summarised by.

``by`` names one or more grouping columns (a missing value is its own group,
:data:`sentiment_kit._core.labels.MISSING_GROUP`); ``freq`` bins ``date`` into calendar periods by
the package's one time rule (``"auto"`` chooses the period from the span of the dates). Rows
without a date cannot be put in a period: they are counted in a warning, never dropped silently.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from .._core.labels import group_labels
from .._core.timegrain import Period, period_bounds, resolve_freq
from .._core.validation import check_columns, check_dates
from ..exceptions import SentimentKitError, SentimentKitWarning

__all__ = ["group_keys", "summarise_groups", "as_columns"]


def as_columns(by: str | Sequence[str] | None, *, name: str = "by") -> list[str]:
    """``by`` as a list of column names (None: no grouping)."""
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    cols = list(by)
    if not all(isinstance(c, str) for c in cols):
        raise SentimentKitError(f"{name} must be a column name or a list of column names, got {by!r}.")
    return cols


def group_keys(data: pd.DataFrame, *, by: str | Sequence[str] | None = None, date: str = "date",
               freq: str | Period | None = None, name: str = "data",
               stacklevel: int = 3) -> tuple[pd.DataFrame, list[str]]:
    """The grouping keys of each row of ``data`` (same index) and their names, in order.

    With ``freq``, ``period`` (first day) and ``period_end`` (last day) come first; then each
    column of ``by`` as text, a missing value as "(missing)". Rows without a readable date get
    no period (NaT) and are counted in a :class:`~sentiment_kit.exceptions.SentimentKitWarning`.

    Examples
    --------
    >>> df = pd.DataFrame({"date": ["2024-01-05", "2024-02-10"], "team": ["a", None]})
    >>> keys, names = group_keys(df, by="team", freq="MS")
    >>> names, keys["team"].tolist(), keys["period"].dt.month.tolist()
    (['period', 'period_end', 'team'], ['a', '(missing)'], [1, 2])
    """
    cols = as_columns(by)
    check_columns(data, cols + ([date] if freq is not None else []), name=name)
    keys = pd.DataFrame(index=data.index)
    names: list[str] = []
    if freq is not None:
        t = check_dates(data, date, name=name)
        ok = t.notna()
        if not ok.all():
            warnings.warn(f"{int((~ok).sum()):,} of {len(t):,} rows have no date in {date!r}: they are in no "
                          "period and left out of the per-period figures.", SentimentKitWarning,
                          stacklevel=stacklevel)
        start, end = period_bounds(t[ok], resolve_freq(freq, t[ok]))
        keys["period"] = start.reindex(data.index)
        keys["period_end"] = end.reindex(data.index)
        names += ["period", "period_end"]
    for c in cols:
        keys[c] = group_labels(data[c])
        names.append(c)
    return keys, names


def summarise_groups(frame: pd.DataFrame, keys: pd.DataFrame, names: list[str],
                     summarise: Callable[[pd.DataFrame], dict[str, Any]]) -> pd.DataFrame:
    """``summarise(rows)`` for every group of ``keys`` (all rows when there are no keys), as a table.

    Without periods, groups come in order of first appearance; with periods, keys are sorted
    (periods oldest first, groups alphabetically within each). Rows whose period is NaT are left
    out (:func:`group_keys` warned about them).

    Examples
    --------
    >>> df = pd.DataFrame({"x": [1, 2, 3]})
    >>> keys = pd.DataFrame({"g": ["a", "b", "a"]})
    >>> summarise_groups(df, keys, ["g"], lambda rows: {"n": len(rows)}).to_dict("records")
    [{'g': 'a', 'n': 2}, {'g': 'b', 'n': 1}]
    """
    if not names:
        return pd.DataFrame([summarise(frame)])
    rows = []
    sort = "period" in names
    for key, part in frame.groupby([keys[n] for n in names], sort=sort, dropna=True, observed=True):
        key = key if isinstance(key, tuple) else (key,)
        rows.append({**dict(zip(names, key)), **summarise(part)})
    if not rows:
        raise SentimentKitError("No row to summarise: every row lacks a date for its period.")
    return pd.DataFrame(rows)
