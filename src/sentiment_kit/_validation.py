"""Input checks shared by every module: columns, texts, random state, fitted state."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .exceptions import SentimentKitError

__all__ = [
    "check_columns",
    "as_text_series",
    "check_random_state",
    "check_fitted",
    "check_same_length",
    "check_dates",
]


def check_columns(data: Any, columns: Iterable[str | None], *, name: str = "data") -> None:
    """Raise a ``ValueError`` naming every missing column and listing those present.

    ``None`` entries are ignored so optional column arguments can be passed through.

    Examples
    --------
    >>> import pandas as pd
    >>> check_columns(pd.DataFrame({"text": ["hi"]}), ["text"])
    >>> check_columns(pd.DataFrame({"body": ["hi"]}), ["text"])
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: Column 'text' not found in data; available: ['body'].
    """
    if not isinstance(data, pd.DataFrame):
        raise SentimentKitError(
            f"{name} must be a pandas DataFrame, got {type(data).__name__}."
        )
    missing = [c for c in columns if c is not None and c not in data.columns]
    if missing:
        what = "Column" if len(missing) == 1 else "Columns"
        names = ", ".join(repr(c) for c in missing)
        raise SentimentKitError(
            f"{what} {names} not found in {name}; available: {list(map(str, data.columns))}."
        )


def as_text_series(texts: Any, *, name: str = "texts") -> pd.Series:
    """Return ``texts`` as a Series of ``str`` on the caller's index.

    Missing values (None, NaN, ``pd.NA``) become ``""``; other non-strings are
    converted with ``str``. Nothing is dropped: the result has the same length
    and index as the input (a plain list gets a RangeIndex).

    Raises
    ------
    SentimentKitError
        If ``texts`` is a single string (a common mistake) or not one-dimensional.

    Examples
    --------
    >>> as_text_series(["good", None, 3]).tolist()
    ['good', '', '3']
    """
    if isinstance(texts, (str, bytes)):
        raise SentimentKitError(
            f"{name}: an iterable over raw text documents was expected, a single string was "
            "received; wrap it in a list: [text]."
        )
    if isinstance(texts, pd.DataFrame):
        if texts.shape[1] != 1:
            raise SentimentKitError(
                f"{name}: expected a Series or list of texts, got a DataFrame with columns "
                f"{list(texts.columns)}; pass one column, e.g. df['text']."
            )
        texts = texts.iloc[:, 0]
    if isinstance(texts, pd.Series):
        series = texts
    else:
        if isinstance(texts, np.ndarray) and texts.ndim != 1:
            raise SentimentKitError(f"{name}: expected a one-dimensional array, got shape {texts.shape}.")
        series = pd.Series(list(texts) if not isinstance(texts, Sequence | np.ndarray) else texts,
                           dtype=object)
    values = series.to_numpy(dtype=object, na_value=None)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # all str: no per-row Python loop
        return pd.Series(values, index=series.index, name=series.name, dtype=object, copy=True)
    out = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        if isinstance(v, str):
            out[i] = v
        elif v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NaT:
            out[i] = ""
        elif isinstance(v, bytes):
            out[i] = v.decode("utf-8", errors="replace")
        else:
            out[i] = str(v)
    return pd.Series(out, index=series.index, name=series.name, dtype=object)


def check_random_state(random_state: Any) -> np.random.Generator:
    """Turn ``random_state`` (None, int, Generator or RandomState) into a ``numpy.random.Generator``.

    Never touches NumPy's global seed.

    Examples
    --------
    >>> bool(check_random_state(0).integers(10) == check_random_state(0).integers(10))
    True
    """
    if random_state is None or isinstance(random_state, numbers.Integral):
        return np.random.default_rng(random_state)
    if isinstance(random_state, np.random.Generator):
        return random_state
    if isinstance(random_state, np.random.RandomState):
        return np.random.default_rng(random_state.randint(0, 2**31 - 1))
    raise SentimentKitError(
        f"random_state must be None, an int, a numpy Generator or RandomState; got {random_state!r}."
    )


def check_fitted(estimator: Any, attributes: str | Sequence[str]) -> None:
    """Raise sklearn's ``NotFittedError`` if ``estimator`` lacks the fitted attributes."""
    from sklearn.exceptions import NotFittedError

    attrs = [attributes] if isinstance(attributes, str) else list(attributes)
    if not all(hasattr(estimator, a) for a in attrs):
        raise NotFittedError(
            f"This {type(estimator).__name__} instance is not fitted yet. Call 'fit' with "
            "appropriate arguments before using this estimator."
        )


def check_same_length(a: Any, b: Any, *, names: tuple[str, str] = ("texts", "labels")) -> None:
    """Raise if two inputs have different lengths."""
    if len(a) != len(b):
        raise SentimentKitError(
            f"{names[0]} and {names[1]} must have the same length; got {len(a)} and {len(b)}."
        )


def check_dates(data: pd.DataFrame, column: str, *, name: str = "data") -> pd.Series:
    """Return ``data[column]`` as datetimes, or raise naming the column if it is not a date column.

    Missing values stay NaT (callers count and report them); numbers, booleans and
    strings that are not dates raise.

    Examples
    --------
    >>> check_dates(pd.DataFrame({"d": ["2024-01-02", None]}), "d").dt.year.tolist()
    [2024.0, nan]
    >>> check_dates(pd.DataFrame({"d": ["soon"]}), "d")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: Column 'd' is not a date column: 1 value(s) are not dates, e.g. 'soon'; fix them or convert with pd.to_datetime(errors='coerce').
    """
    check_columns(data, [column], name=name)
    where = "" if name == "data" else f" of {name}"
    t = data[column]
    if pd.api.types.is_datetime64_any_dtype(t):
        return t
    if pd.api.types.is_numeric_dtype(t) or pd.api.types.is_bool_dtype(t):
        raise SentimentKitError(
            f"Column {column!r}{where} is not a date column (dtype {t.dtype}, first value "
            f"{t.dropna().iloc[0] if t.notna().any() else None!r}); pass a date column or convert it "
            "with pd.to_datetime."
        )
    parsed = pd.to_datetime(t, errors="coerce", format="mixed")
    bad = parsed.isna() & t.notna() & (t.astype(str).str.strip() != "")
    if bad.any():
        raise SentimentKitError(
            f"Column {column!r}{where} is not a date column: {int(bad.sum())} value(s) are not "
            f"dates, e.g. {t[bad].iloc[0]!r}; fix them or convert with pd.to_datetime(errors='coerce')."
        )
    return parsed
