"""Input checks shared by every module: columns, texts, random state, fitted state."""

from __future__ import annotations

import numbers
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import SentimentKitError
from .lazy import is_dask

__all__ = [
    "check_columns",
    "check_confidence",
    "as_text_series",
    "check_random_state",
    "check_fitted",
    "check_same_length",
    "check_dates",
    "align_rows",
    "check_labels",
]


def check_columns(data: Any, columns: Iterable[str | None], *, name: str = "data") -> None:
    """Raise a ``ValueError`` naming every missing column and listing those present.

    ``None`` entries are ignored so optional column arguments can be passed through. A Dask
    DataFrame is checked the same way (its columns are known without computing anything).

    Examples
    --------
    >>> import pandas as pd
    >>> check_columns(pd.DataFrame({"text": ["hi"]}), ["text"])
    >>> check_columns(pd.DataFrame({"body": ["hi"]}), ["text"])
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: Column 'text' not found in data; available: ['body'].
    """
    if not isinstance(data, pd.DataFrame) and not is_dask(data):
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

    This is the shared text preparation every analysis reads texts through. Missing values
    (None, NaN, ``pd.NA``) become ``""``; other non-strings are converted with ``str``. Text
    is put in Unicode compatibility form (NFKC: full-width letters, ligatures and the like
    become plain letters) and zero-width characters are removed, so "ter\u200brible" reads as
    "terrible". A dict is read as ``{id: text}`` (ids become the index). Nothing is dropped:
    the result has the same length and index as the input (a plain list gets a RangeIndex).

    Raises
    ------
    SentimentKitError
        If ``texts`` is a single string (a common mistake), None, a number, a set, or not
        one-dimensional.

    Examples
    --------
    >>> as_text_series(["good", None, 3, "ter\u200brible", "ｆｕｌｌ"]).tolist()
    ['good', '', '3', 'terrible', 'full']
    >>> as_text_series({"r1": "late", "r2": "fine"}).to_dict()
    {'r1': 'late', 'r2': 'fine'}
    """
    if isinstance(texts, (str, bytes)):
        raise SentimentKitError(
            f"{name}: an iterable over raw text documents was expected, a single string was "
            "received; wrap it in a list: [text]."
        )
    if isinstance(texts, Mapping):
        texts = pd.Series(dict(texts), dtype=object)
    if isinstance(texts, set | frozenset) or not isinstance(texts, Iterable):
        what = "an unordered set" if isinstance(texts, set | frozenset) else repr(texts)[:40]
        raise SentimentKitError(
            f"{name}: expected a list, Series or array of texts, got {what}; e.g. df['text'] or [text1, text2]."
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
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # all str: no per-row conversion
        return pd.Series(_normalise(values), index=series.index, name=series.name, dtype=object)
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
    return pd.Series(_normalise(out), index=series.index, name=series.name, dtype=object)


#: Characters that take no space and hide words from matching: zero-width space, (non-)joiners,
#: word joiner, byte-order mark, soft hyphen, Mongolian vowel separator.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")


def _normalise(values: np.ndarray) -> np.ndarray:
    """NFKC and zero-width characters removed, for non-ASCII strings only (ASCII is already both)."""
    out = np.array(values, dtype=object, copy=True)
    for i, t in enumerate(out):
        if not t.isascii():
            out[i] = unicodedata.normalize("NFKC", _ZERO_WIDTH.sub("", t) if _ZERO_WIDTH.search(t) else t)
    return out


def align_rows(values: Any, index: pd.Index, *, name: str) -> Any:
    """Put a second object with one entry per row of ``data`` on ``data``'s index.

    pandas objects are matched by index label (reordered when the labels are the same in
    another order; extra labels are ignored); lists and arrays, which have no index, by position.

    Raises
    ------
    SentimentKitError
        When a row label of ``data`` is missing from ``values``' index, the index repeats a
        label, or a list has another length than ``data``.

    Examples
    --------
    >>> idx = pd.Index([10, 11])
    >>> align_rows(pd.Series([0.5, -0.5], index=[11, 10]), idx, name="sentiment").tolist()
    [-0.5, 0.5]
    >>> align_rows(pd.Series([0.5], index=[99]), idx, name="sentiment")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: sentiment is not on data's index: 2 row label(s) of data are missing from it, e.g. [10, 11]; pass it on data's index, or as a list or array (matched by position).
    """
    if isinstance(values, pd.Series | pd.DataFrame):
        if values.index.equals(index):
            return values
        if not values.index.is_unique:
            raise SentimentKitError(f"{name} has a repeated index label; it must have one entry per row of data.")
        missing = index.difference(values.index, sort=False)
        if len(missing):
            raise SentimentKitError(
                f"{name} is not on data's index: {len(missing)} row label(s) of data are missing from it, e.g. "
                f"{list(missing[:3])}; pass it on data's index, or as a list or array (matched by position)."
            )
        return values.reindex(index)
    if isinstance(values, str | bytes) or not hasattr(values, "__len__"):
        raise SentimentKitError(f"{name} must be a Series, list or array with one entry per row; got {values!r}.")
    if len(values) != len(index):
        raise SentimentKitError(f"{name} has {len(values)} entries but data has {len(index)} rows.")
    return pd.Series(np.asarray(values, dtype=object) if not isinstance(values, np.ndarray) else values, index=index)


def check_labels(y: Any, *, name: str = "y", min_classes: int = 2) -> np.ndarray:
    """Labels as a one-dimensional array with no missing value and at least ``min_classes`` classes.

    Raises
    ------
    SentimentKitError
        Naming ``name``: None, not one-dimensional, missing labels (with their count), or too
        few classes.

    Examples
    --------
    >>> check_labels(["pos", None, "neg"])
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: y has 1 missing label(s) (None or NaN); label those rows or leave them out.
    """
    if y is None:
        raise SentimentKitError(f"{name} is None; pass one label per text.")
    arr = np.asarray(y.to_numpy() if isinstance(y, pd.Series) else list(y) if not hasattr(y, "__len__") else y,
                     dtype=object)
    if arr.ndim != 1:
        raise SentimentKitError(f"{name} must be one-dimensional, got shape {arr.shape}.")
    missing = pd.isna(arr)
    if missing.any():
        raise SentimentKitError(f"{name} has {int(missing.sum())} missing label(s) (None or NaN); label those "
                                "rows or leave them out.")
    classes = pd.unique(arr)
    if len(classes) < min_classes:
        raise SentimentKitError(f"{name} has {len(classes)} class(es) {list(classes)[:5]}; at least {min_classes} "
                                "are needed to learn from.")
    try:
        return np.asarray(y.to_numpy() if isinstance(y, pd.Series) else y)
    except (TypeError, ValueError):  # pragma: no cover - defensive
        return arr


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


def check_dates(data: pd.DataFrame, column: str, *, name: str = "data", dayfirst: bool | None = None) -> pd.Series:
    """Return ``data[column]`` as datetimes, or raise naming the column if it is not a date column.

    Dates are read by the package's one rule (:func:`sentiment_kit._core.dates.parse_dates`):
    missing values stay NaT (callers count and report them); numbers, booleans, strings that
    are not dates and day/month orders that nothing settles raise.

    Examples
    --------
    >>> check_dates(pd.DataFrame({"d": ["2024-01-02", None]}), "d").dt.year.tolist()
    [2024.0, nan]
    >>> check_dates(pd.DataFrame({"d": ["2024-01-02", "soon"]}), "d")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: Column 'd' is not a date column: 1 value(s) could not be read as a date, e.g. 'soon'; use ISO dates such as 2024-03-18 (or dates with a named month), or fix those values.
    """
    from .dates import parse_dates
    from ..exceptions import DataValidationError

    check_columns(data, [column], name=name)
    try:
        return parse_dates(data[column], column=column, dayfirst=dayfirst, errors="raise").values
    except DataValidationError as exc:
        if name == "data":
            raise
        raise DataValidationError(f"{name}: {exc}", column=column) from None


def check_fraction(value: Any, *, name: str, example: float) -> float:
    """``value`` as a float strictly between 0 and 1, or an error naming ``name`` and an example.

    Examples
    --------
    >>> check_fraction(0.9, name="min_precision", example=0.9)
    0.9
    >>> check_fraction(True, name="min_precision", example=0.9)
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: min_precision must be a number between 0 and 1, got True; e.g. 0.9.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | np.floating) or not 0 < value < 1:
        raise SentimentKitError(f"{name} must be a number between 0 and 1, got {value!r}; e.g. {example}.")
    return float(value)


def check_confidence(confidence: Any) -> float:
    """``confidence`` as a float strictly between 0 and 1, or an error saying so.

    Examples
    --------
    >>> check_confidence(0.9)
    0.9
    >>> check_confidence(95)
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: confidence must be a number between 0 and 1, got 95; e.g. 0.95.
    """
    return check_fraction(confidence, name="confidence", example=0.95)
