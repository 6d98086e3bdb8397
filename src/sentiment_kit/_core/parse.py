"""One rule each for reading wave order, rating scales, yes/no answers and two-class labels: nothing
is guessed silently (dates have theirs in :mod:`sentiment_kit._core.dates`).

- :func:`order_waves`: survey waves in the order given, or read from the labels when that is
  unambiguous (numbers, years, quarters, months, dates, "Wave 2" before "Wave 10"), or from a
  date column; otherwise refused.
- :func:`check_scale`: ratings outside their declared scale are an error listing them.
- :func:`parse_bool`: a yes/no column (true/false, yes/no, y/n, 1/0) as booleans.
- :func:`positive_class`: which label of a two-class answer means the good outcome.

Every error is a :class:`~sentiment_kit.exceptions.DataValidationError` naming the column, an
offending value and the way to say what is meant (an argument, a ``sentiment_kit.toml`` key).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import DataValidationError
from .dates import _ISO, _MONTHS

__all__ = ["order_waves", "wave_basis", "check_scale", "as_flag", "parse_bool", "positive_class",
           "TRUE_WORDS", "FALSE_WORDS", "POSITIVE_LABELS", "NEGATIVE_LABELS"]


# --------------------------------------------------------------------------- waves
_QUARTER = re.compile(r"^(?:q([1-4])[\s\-/_]*((?:19|20)\d\d)|((?:19|20)\d\d)[\s\-/_]*q([1-4]))$", re.IGNORECASE)
_HALF = re.compile(r"^(?:h([12])[\s\-/_]*((?:19|20)\d\d)|((?:19|20)\d\d)[\s\-/_]*h([12]))$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:fy|year)?[\s\-]*((?:19|20)\d\d)$", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"^((?:19|20)\d\d)[\-/](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?[\s\-/]*((?:19|20)\d\d)$", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_MONTH_WORDS = {**{m: i for i, m in enumerate(_MONTHS)}, "sept": 8, **{name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"))}}


def _label_key(label: str) -> tuple[str, float] | None:
    """(kind, sortable number) for one wave label, or None when it has no unambiguous reading."""
    t = label.strip()
    if _NUMBER.fullmatch(t):
        return "number", float(t)
    m = _YEAR.match(t)
    if m:
        return "period", float(m.group(1)) * 12
    m = _QUARTER.match(t)
    if m:
        q, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return "period", float(y) * 12 + (int(q) - 1) * 3
    m = _HALF.match(t)
    if m:
        h, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return "period", float(y) * 12 + (int(h) - 1) * 6
    m = _YEAR_MONTH.match(t)
    if m and 1 <= int(m.group(2)) <= 12:
        return "period", float(m.group(1)) * 12 + int(m.group(2)) - 1
    m = _MONTH_YEAR.match(t)
    if m and m.group(1).lower() in _MONTH_WORDS:
        return "period", float(m.group(2)) * 12 + _MONTH_WORDS[m.group(1).lower()]
    if _ISO.match(t):
        d = pd.to_datetime(t, format="ISO8601", errors="coerce")
        if pd.notna(d):
            return "period", float(d.year) * 12 + d.month - 1 + d.day / 32
    return None


def _template_keys(labels: list[str]) -> list[float] | None:
    """``"Wave 2" < "Wave 10"``: labels equal but for one integer are ordered by it."""
    found = [list(re.finditer(r"\d+", t)) for t in labels]
    if not all(len(f) == 1 for f in found):
        return None
    templates = {t[:f[0].start()] + "#" + t[f[0].end():] for t, f in zip(labels, found)}
    if len(templates) != 1:
        return None
    return [float(f[0].group()) for f in found]


def order_waves(
    waves: Any,
    *,
    column: str = "wave",
    wave_order: Sequence[Any] | None = None,
    dates: pd.Series | None = None,
) -> list[Any]:
    """The survey waves present in ``waves``, oldest first, by a rule that never guesses.

    1. ``wave_order`` when given: every wave present must be listed (labels are matched as
       written, or as text: the toml's ``"2024"`` matches a wave 2024). Without it, an ordered
       categorical (as :func:`sentiment_kit.read_dataset` returns) keeps its order.
    2. Otherwise the labels' own reading when every label has one and they are all of one
       kind: numbers; years, quarters, halves, months or ISO dates (``2024``, ``Q4 2024``,
       ``2025-Q1``, ``H2 2024``, ``Mar 2025``, ``2025-03``); or one integer in an otherwise
       identical label (``Wave 2`` before ``Wave 10``).
    3. Otherwise the median of ``dates`` per wave, when every wave has dates and no two
       medians are equal. When both 2 and 3 apply and disagree, the waves are refused.

    Parameters
    ----------
    waves : Series or sequence
        The wave column (missing values are ignored).
    column : str
        Name used in messages.
    wave_order : sequence, optional
        The order, oldest first (``sentiment_kit.toml``: ``wave_order = ["Spring", "Autumn"]``).
    dates : Series of datetime, optional
        A date per row (same index as ``waves``), e.g. the survey's ``date`` column.

    Returns
    -------
    list
        The waves present, oldest first, as they appear in the data.

    Raises
    ------
    DataValidationError
        When the order cannot be read, or the labels and the dates contradict each other, or
        ``wave_order`` misses a wave; the message names the waves and the fix.

    Examples
    --------
    >>> order_waves(["Q1 2025", "Q4 2024", "Q1 2025"])
    ['Q4 2024', 'Q1 2025']
    >>> order_waves(["Wave 10", "Wave 2"])
    ['Wave 2', 'Wave 10']
    >>> order_waves(["Spring", "Autumn"], wave_order=["Spring", "Autumn"])
    ['Spring', 'Autumn']
    >>> order_waves(["Spring", "Autumn"])
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: Column 'wave' holds waves ['Spring', 'Autumn'] whose order cannot be read from the labels or from dates; say it: wave_order=[...] (sentiment_kit.toml, [survey] section: wave_order = ["...", "..."]), oldest first.
    """
    return wave_basis(waves, column=column, wave_order=wave_order, dates=dates)[0]


def wave_basis(waves: Any, *, column: str = "wave", wave_order: Sequence[Any] | None = None,
               dates: pd.Series | None = None) -> tuple[list[Any], str]:
    """:func:`order_waves` and what the order rests on: "wave_order", "categories", "labels", "dates" or
    "one wave"."""
    s = waves if isinstance(waves, pd.Series) else pd.Series(list(waves), dtype=object)
    if wave_order is None and isinstance(s.dtype, pd.CategoricalDtype) and s.cat.ordered:
        return [c for c in s.cat.categories if (s == c).any()], "categories"
    present = list(pd.unique(s.dropna()))
    if wave_order is not None:
        return _given_order(present, wave_order, column), "wave_order"
    if len(present) <= 1:
        return present, "one wave"
    by_label = _order_by_label(present)
    by_date = _order_by_date(s, present, dates)
    if by_label is not None and by_date is not None and by_label != by_date:
        raise DataValidationError(
            f"Column {column!r}: the wave labels read in the order {by_label} but their dates in the order "
            f"{by_date}; say which is right: wave_order=[...] (sentiment_kit.toml, [survey] section).",
            column=column,
        )
    if by_label is not None:
        return by_label, "labels"
    if by_date is None:
        shown = [str(w) for w in present[:6]]
        raise DataValidationError(
            f"Column {column!r} holds waves {shown}{' ...' if len(present) > 6 else ''} whose order cannot be "
            "read from the labels or from dates; say it: wave_order=[...] (sentiment_kit.toml, [survey] "
            'section: wave_order = ["...", "..."]), oldest first.',
            column=column,
        )
    return by_date, "dates"


def _given_order(present: list[Any], wave_order: Sequence[Any], column: str) -> list[Any]:
    if isinstance(wave_order, str) or not isinstance(wave_order, Sequence | np.ndarray | pd.Index):
        raise DataValidationError(f"wave_order must be a list of waves, oldest first; got {wave_order!r}.",
                                  column=column)
    given = [str(w).strip() for w in wave_order]
    dup = sorted({w for w in given if given.count(w) > 1})
    if dup:
        raise DataValidationError(f"wave_order lists {dup} more than once.", column=column)
    rank = {w: i for i, w in enumerate(given)}
    missing = [w for w in present if str(w).strip() not in rank]
    if missing:
        raise DataValidationError(
            f"wave_order {list(wave_order)} does not list the wave(s) {missing} found in column {column!r}; "
            "list every wave, oldest first.",
            column=column,
        )
    return sorted(present, key=lambda w: rank[str(w).strip()])


def _order_by_label(present: list[Any]) -> list[Any] | None:
    if all(isinstance(w, int | float | np.integer | np.floating) and not isinstance(w, bool) for w in present):
        return sorted(present)
    labels = [str(w) for w in present]
    keys = [_label_key(t) for t in labels]
    if all(k is not None for k in keys) and len({k[0] for k in keys}) == 1:
        values = [k[1] for k in keys]
    else:
        values = _template_keys(labels)
    if values is None or len(set(values)) != len(values):
        return None
    return [present[i] for i in sorted(range(len(present)), key=lambda i: values[i])]


def _order_by_date(s: pd.Series, present: list[Any], dates: pd.Series | None) -> list[Any] | None:
    if dates is None:
        return None
    d = pd.Series(np.asarray(dates), index=s.index) if not isinstance(dates, pd.Series) else dates
    if not pd.api.types.is_datetime64_any_dtype(d):
        return None
    medians = {w: d[s == w].dropna().median() for w in present}
    if any(pd.isna(m) for m in medians.values()) or len(set(medians.values())) != len(present):
        return None
    return sorted(present, key=lambda w: medians[w])


# --------------------------------------------------------------------------- scales
def check_scale(
    values: pd.Series,
    *,
    column: str,
    scale: tuple[float, float],
    na_values: Sequence[Any] = (),
    key: str = "scale",
    section: str | None = None,
    codes_allowed: bool = True,
) -> pd.Series:
    """Ratings as numbers, checked against their declared scale.

    ``na_values`` codes ("not applicable") and blanks are allowed and left as they are; every
    other value must be a number within ``scale``.

    Parameters
    ----------
    values : Series
    column : str
        Name used in messages.
    scale : (low, high)
    na_values : sequence
        Codes meaning "not applicable".
    key, section : str
        The argument and ``sentiment_kit.toml`` section that declare this scale, for the message.
    codes_allowed : bool
        Whether "not applicable" codes can be declared for this column (named in the message).

    Returns
    -------
    Series
        The ratings as numbers (codes kept), same index.

    Raises
    ------
    DataValidationError
        Listing values that are not numbers or lie outside the scale.

    Examples
    --------
    >>> check_scale(pd.Series([1, 5, 0]), column="stars", scale=(1, 5), na_values=[0]).tolist()
    [1.0, 5.0, 0.0]
    >>> check_scale(pd.Series([1, 6, 50]), column="stars", scale=(1, 5), codes_allowed=False)
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: Column 'stars' has 2 value(s) outside its scale 1-5: [6, 50]; declare the scale it uses (scale=(low, high); sentiment_kit.toml: scale = [low, high]), or fix the data.
    """
    lo, hi = _check_scale_pair(scale, key)
    codes = list(na_values or ())
    is_code = values.isin(codes) | values.astype(str).str.strip().isin([str(c) for c in codes]) if codes \
        else pd.Series(False, index=values.index)
    num = pd.to_numeric(values.where(~is_code), errors="coerce")
    blank = values.isna() | (values.astype(str).str.strip() == "")
    bad = num.isna() & ~blank & ~is_code
    where = f"[{section}] " if section else ""
    if bad.any():
        examples = list(dict.fromkeys(map(str, values[bad].head(50))))[:5]
        fix = (f"fix them or list codes meaning 'not applicable' (na_values, sentiment_kit.toml {where}na_values = "
               "[...])" if codes_allowed else "fix them")
        raise DataValidationError(
            f"Column {column!r} must hold numbers on the scale {lo:g}-{hi:g}; {int(bad.sum()):,} value(s) are not, "
            f"e.g. {examples}; {fix}.",
            column=column,
        )
    out = (num < lo) | (num > hi)
    if out.any():
        found = sorted(set(num[out].tolist()))[:6]
        raise DataValidationError(
            f"Column {column!r} has {int(out.sum()):,} value(s) outside its scale {lo:g}-{hi:g}: {found}; "
            f"declare the scale it uses ({key}=(low, high); sentiment_kit.toml: {where}{key} = [low, high]), "
            + ("list codes meaning 'not applicable' (na_values), " if codes_allowed else "") + "or fix the data.",
            column=column,
        )
    return num.where(~is_code, values) if codes else num


def _check_scale_pair(scale: Any, key: str) -> tuple[float, float]:
    try:
        lo, hi = (float(v) for v in scale)
    except (TypeError, ValueError):
        raise DataValidationError(f"{key} must be two numbers (low, high); got {scale!r}.") from None
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise DataValidationError(f"{key} must be two finite numbers with low < high; got {scale!r}.")
    return lo, hi


# --------------------------------------------------------------------------- booleans
#: Words read as true and as false (compared lower-cased, stripped), besides 1/0 and real booleans.
TRUE_WORDS = frozenset({"1", "1.0", "true", "t", "yes", "y"})
FALSE_WORDS = frozenset({"0", "0.0", "false", "f", "no", "n"})


def as_flag(values: pd.Series, *, column: str) -> pd.Series:
    """A yes/no column as float 1.0/0.0, a missing value kept as NaN: the package's one boolean rule.

    Accepted: real booleans, the numbers 1 and 0, and the words of :data:`TRUE_WORDS` and
    :data:`FALSE_WORDS` in any case, with surrounding spaces.

    Raises
    ------
    DataValidationError
        Naming the column and up to five of the values that are none of those.

    Examples
    --------
    >>> as_flag(pd.Series(["Yes", "n", None, 1, True, " FALSE "]), column="churned").tolist()
    [1.0, 0.0, nan, 1.0, 1.0, 0.0]
    """
    present = values.dropna()
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        flags = values.astype(float)
        odd = present[~flags.dropna().isin([0.0, 1.0])]
    else:
        words = present.astype(str).str.strip().str.lower()
        odd = present[~words.isin(TRUE_WORDS | FALSE_WORDS)]
        flags = words.isin(TRUE_WORDS).astype(float).reindex(values.index)
    if len(odd):
        examples = list(dict.fromkeys(map(str, odd.head(50))))[:5]
        raise DataValidationError(
            f"Column {column!r} must be yes/no (true/false, yes/no, y/n, t/f or 1/0); found {examples} in "
            f"{len(odd):,} row(s).",
            column=column,
        )
    return flags


def parse_bool(values: pd.Series, *, column: str) -> pd.Series:
    """A yes/no column of a data file as ``bool``, every row answered (the rule of :func:`as_flag`).

    Raises
    ------
    DataValidationError
        Naming the column, when a value is missing or not a yes/no word.

    Examples
    --------
    >>> parse_bool(pd.Series(["Yes", "no", 1, True]), column="churned").tolist()
    [True, False, True, True]
    """
    n_missing = int(values.isna().sum())
    if n_missing:
        raise DataValidationError(
            f"Column {column!r} has no value in {n_missing:,} row(s); every row needs one (true/false, yes/no or 1/0).",
            column=column,
        )
    return as_flag(values, column=column) == 1.0


# --------------------------------------------------------------------------- two-class answers
#: Labels read as the positive class of a two-class answer, compared case-insensitively.
POSITIVE_LABELS = frozenset({"satisfied", "very satisfied", "yes", "y", "true", "t", "1", "positive",
                             "promoter", "loyal", "retained", "stayed", "recommend", "would recommend",
                             "recommended", "good", "happy"})
#: Labels read as the negative class of a two-class answer.
NEGATIVE_LABELS = frozenset({"dissatisfied", "unsatisfied", "not satisfied", "very dissatisfied", "no",
                             "n", "false", "f", "0", "negative", "detractor", "churned", "left",
                             "lost", "would not recommend", "not recommended", "bad", "unhappy"})


def positive_class(values: pd.Series, *, column: str, positive: Any = None) -> Any:
    """The label of a two-class column that means the good outcome ("satisfied", "yes", ...).

    ``positive`` names it outright; otherwise exactly one of the two labels must be a known
    positive word, or exactly one a known negative word (the other is then positive).

    Raises
    ------
    DataValidationError
        When the column does not hold exactly two labels, or which is positive cannot be told.

    Examples
    --------
    >>> positive_class(pd.Series(["Dissatisfied", "Satisfied", "Satisfied"]), column="overall")
    'Satisfied'
    >>> positive_class(pd.Series(["yes", "no"]), column="recommended")
    'yes'
    """
    classes = list(pd.unique(values.dropna()))
    if positive is not None:
        if not any(c == positive or str(c) == str(positive) for c in classes):
            raise DataValidationError(f"{positive!r} is not a value of column {column!r}; found {classes[:10]}.",
                                      column=column)
        return next(c for c in classes if c == positive or str(c) == str(positive))
    if len(classes) != 2:
        raise DataValidationError(
            f"Column {column!r} is neither numeric nor two classes: it holds {len(classes)} label(s) such as "
            f"{[str(c) for c in classes[:5]]}.", column=column)
    low = {str(c).strip().lower(): c for c in classes}
    pos = [c for k, c in low.items() if k in POSITIVE_LABELS]
    neg = [c for k, c in low.items() if k in NEGATIVE_LABELS]
    if len(pos) == 1 and pos[0] not in neg:
        return pos[0]
    if len(neg) == 1:
        return next(c for c in classes if c != neg[0])
    raise DataValidationError(
        f"Cannot tell which label of column {column!r} means satisfied ({[str(c) for c in classes]}); say it: "
        "satisfied = \"...\" in the [survey] section of sentiment_kit.toml (target_positive= in the API).",
        column=column)
