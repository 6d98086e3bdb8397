"""Input shaping and checks for the values analyses (:mod:`sentiment_kit.values`).

Turns a wide survey (one column per value, named by a pattern such as ``perf_{}``)
or a long one (respondent, value, rating columns) into numeric matrices, with
"not applicable" codes made missing and counted, and every rating checked against
its declared scale. Errors name the column at fault.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .._core.parse import positive_class
from .._core.validation import check_columns
from ..exceptions import DataValidationError, SentimentKitError, SentimentKitWarning

@dataclass
class RatingMatrix:
    """Ratings of ``p`` values by ``n`` respondents (NaN = missing or not applicable)."""

    attributes: list[str]
    values: np.ndarray  # (n, p) float
    labels: list[str]  # how to name each column in messages
    n_na: np.ndarray = field(default_factory=lambda: np.zeros(0, int))
    n_missing: np.ndarray = field(default_factory=lambda: np.zeros(0, int))


def column_for(pattern: str, attribute: str) -> str:
    """Column name of ``attribute`` under ``pattern`` ("perf_{}" -> "perf_price")."""
    return pattern.format(attribute) if "{}" in pattern else f"{pattern}{attribute}"


def detect_attributes(data: pd.DataFrame, pattern: str) -> list[str]:
    """Values present in ``data`` under a column pattern such as ``perf_{}``."""
    if "{}" not in pattern:
        pattern = pattern + "{}"
    pre, post = pattern.split("{}", 1)
    found = [c[len(pre):len(c) - len(post) if post else None] for c in map(str, data.columns)
             if c.startswith(pre) and c.endswith(post) and len(c) > len(pre) + len(post)]
    if not found:
        raise SentimentKitError(
            f"No column matches the pattern {pattern!r}; available: {list(map(str, data.columns))}. "
            "Pass attributes=[...] and the column pattern (e.g. performance='perf_{}')."
        )
    return found


def check_attributes(attributes: Any) -> list[str]:
    if isinstance(attributes, str) or not isinstance(attributes, Sequence | pd.Index | np.ndarray):
        raise SentimentKitError(
            f"attributes must be a list of value names, e.g. ['price', 'quality']; got {attributes!r}."
        )
    attrs = [str(a) for a in attributes]
    if not attrs:
        raise SentimentKitError("attributes is empty; name at least one value.")
    dup = sorted({a for a in attrs if attrs.count(a) > 1})
    if dup:
        raise SentimentKitError(f"attributes lists {dup} more than once.")
    return attrs


def ratings(series: pd.Series, label: str, *, na_values: Sequence[Any] | None,
            scale: tuple[float, float] | None) -> tuple[np.ndarray, int, int]:
    """One rating column as floats: ``na_values`` codes and blanks become NaN.

    Returns the values, the number of "not applicable" codes and the number of blanks.
    Raises if the column is not numeric or a rating lies outside ``scale``.
    """
    raw = series
    n_missing = int(raw.isna().sum())
    n_na = 0
    if na_values is not None and len(na_values):
        codes = list(na_values)
        is_na = raw.isin(codes) | raw.astype(str).isin([str(c) for c in codes])
        is_na &= raw.notna()
        n_na = int(is_na.sum())
        raw = raw.mask(is_na)
    num = pd.to_numeric(raw, errors="coerce")
    bad = num.isna() & raw.notna()
    if bad.any():
        examples = list(dict.fromkeys(map(str, raw[bad].head(5))))
        raise SentimentKitError(
            f"Column {label} holds non-numeric ratings such as {examples}; convert them to numbers "
            "or list the codes meaning 'not applicable' in na_values."
        )
    x = num.to_numpy(dtype=float)
    if scale is not None:
        lo, hi = scale
        out = ~np.isnan(x) & ((x < lo) | (x > hi))
        if out.any():
            vals = sorted(set(np.unique(x[out]).tolist()))[:5]
            hint = " (a 'not applicable' code? pass na_values=[...])" if any(v <= lo for v in vals) else ""
            raise SentimentKitError(
                f"Column {label} has {int(out.sum())} rating(s) outside the declared scale {lo:g}-{hi:g}, "
                f"e.g. {[float(v) for v in vals]}{hint}; fix the data or pass scale=(low, high)."
            )
    return x, n_na, n_missing


def wide_matrix(data: pd.DataFrame, attributes: list[str], pattern: str, *,
                na_values: Sequence[Any] | None, scale: tuple[float, float] | None,
                labels: list[str] | None = None) -> RatingMatrix:
    """Ratings of each attribute from columns named by ``pattern``."""
    cols = [column_for(pattern, a) for a in attributes]
    check_columns(data, cols)
    labels = labels or [repr(c) for c in cols]
    out = np.empty((len(data), len(cols)))
    n_na = np.zeros(len(cols), int)
    n_missing = np.zeros(len(cols), int)
    for j, c in enumerate(cols):
        out[:, j], n_na[j], n_missing[j] = ratings(data[c], labels[j], na_values=na_values, scale=scale)
    return RatingMatrix(list(attributes), out, labels, n_na, n_missing)


def long_to_wide(data: pd.DataFrame, *, respondent: str, attribute_column: str,
                 columns: dict[str, str | None], attributes: list[str] | None,
                 per_respondent: Sequence[str | None] = ()) -> tuple[pd.DataFrame, list[str]]:
    """Pivot long survey data (one row per respondent and value) to one row per respondent.

    ``columns`` maps an output prefix (``"perf"``) to the long column holding it. The
    result has columns ``<prefix>\\x1f<value>`` and the ``per_respondent`` columns.
    """
    extra = [c for c in per_respondent if c is not None]
    used = [c for c in columns.values() if c is not None]
    check_columns(data, [respondent, attribute_column, *used, *extra])
    keys = data[[respondent, attribute_column]]
    dup = keys.duplicated(keep=False)
    if dup.any():
        first = keys[dup].iloc[0].tolist()
        raise SentimentKitError(
            f"Long data has {int(dup.sum())} rows repeating a ({respondent!r}, {attribute_column!r}) "
            f"pair, e.g. {first}; keep one row per respondent and value."
        )
    found = list(dict.fromkeys(data[attribute_column].dropna().astype(str)))
    if attributes is None:
        attributes = found
    else:
        missing = [a for a in attributes if a not in found]
        if missing:
            raise SentimentKitError(
                f"Value(s) {missing} not found in column {attribute_column!r}; available: {found}."
            )
    frame = data.assign(**{attribute_column: data[attribute_column].astype(str)})
    wide = pd.DataFrame(index=pd.Index(pd.unique(frame[respondent]), name=respondent))
    for prefix, col in columns.items():
        if col is None:
            continue
        piv = frame.pivot(index=respondent, columns=attribute_column, values=col)
        for a in attributes:
            wide[f"{prefix}\x1f{a}"] = piv[a].reindex(wide.index) if a in piv else np.nan
    for col in extra:
        g = frame.groupby(respondent, sort=False)[col]
        varying = g.nunique(dropna=True) > 1
        if varying.any():
            raise SentimentKitError(
                f"Column {col!r} must hold one value per respondent in long data; respondent "
                f"{varying[varying].index[0]!r} has several. Fix it or pass the wide format."
            )
        wide[col] = g.first().reindex(wide.index)
    return wide.reset_index(), list(attributes)


def target_vector(series: pd.Series, label: str, positive: Any = None) -> tuple[np.ndarray, str]:
    """The derived-importance target as floats, and a note of how labels were mapped.

    Numbers are used as they are. Booleans map True -> 1. Other labels must form two
    classes: ``positive`` (if given) maps to 1; otherwise the class
    :func:`sentiment_kit._core.parse.positive_class` recognises ("satisfied", "yes", ...).
    """
    s = series
    classes = pd.unique(s.dropna())
    if len(classes) < 2:
        raise SentimentKitError(
            f"Target column {label} has {len(classes)} distinct value(s) {list(classes)[:3]}; derived "
            "importance needs variation in the target (two classes at least)."
        )
    if positive is not None:
        if positive not in set(classes):
            raise SentimentKitError(f"target_positive={positive!r} is not a value of {label}; "
                                    f"found {list(classes)[:10]}.")
        return np.where(s.isna(), np.nan, (s == positive).astype(float)), f"{positive!r} = 1"
    if pd.api.types.is_bool_dtype(s) or set(classes) <= {True, False}:
        return np.where(s.isna(), np.nan, s.astype(float)), "True = 1"
    if pd.api.types.is_numeric_dtype(s):
        return s.to_numpy(dtype=float), "numeric"
    num = pd.to_numeric(s, errors="coerce")
    if num.notna().sum() == s.notna().sum():
        return num.to_numpy(dtype=float), "numeric"
    try:
        one = positive_class(s, column=label.strip("'"))
    except DataValidationError as exc:
        raise SentimentKitError(f"{exc} Or map it to numbers (target column {label}).") from None
    return np.where(s.isna(), np.nan, (s == one).astype(float)), f"{one!r} = 1"


def check_usable(m: RatingMatrix, *, strict: bool, what: str) -> None:
    """All-missing columns always raise; a constant column raises when ``strict`` else warns."""
    for j, label in enumerate(m.labels):
        col = m.values[:, j]
        ok = ~np.isnan(col)
        if not ok.any():
            raise SentimentKitError(
                f"Column {label} ({what} of {m.attributes[j]!r}) has no usable rating "
                f"({m.n_na[j]} not applicable, {m.n_missing[j]} blank); drop the value from attributes."
            )
        if np.nanmin(col) == np.nanmax(col):
            msg = (f"Column {label} ({what} of {m.attributes[j]!r}) is constant "
                   f"(every rating is {np.nanmin(col):g})")
            if strict:
                raise SentimentKitError(msg + "; it cannot drive satisfaction. Drop it from attributes.")
            warnings.warn(msg + "; check the data.", SentimentKitWarning, stacklevel=4)


def rank_scores(m: RatingMatrix) -> np.ndarray:
    """Rankings (1 = most important) to scores in (0, 1]: ``(k + 1 - rank) / k``, k = number of values.

    A respondent who ranked some values but not others gives the unranked ones 0
    (ranked below every ranked value); respondents who ranked nothing stay missing.
    """
    k = m.values.shape[1]
    r = m.values
    bad = ~np.isnan(r) & ((r != np.round(r)) | (r < 1) | (r > k))
    if bad.any():
        j = int(np.flatnonzero(bad.any(0))[0])
        raise SentimentKitError(
            f"Column {m.labels[j]} holds rank(s) {sorted(set(r[bad[:, j], j].tolist()))[:5]}; ranks must be "
            f"whole numbers from 1 (most important) to {k} (the number of values)."
        )
    score = (k + 1 - r) / k
    any_rank = (~np.isnan(r)).any(1)
    score = np.where(np.isnan(score) & any_rank[:, None], 0.0, score)
    return score
