"""One rule each for reading dates, wave order and rating scales: nothing is guessed silently.

- :func:`parse_dates`: ISO dates, named months and day/month numbers, with the day/month order
  given (``dayfirst``), or read from the column itself when some value settles it ("13/04/2024"
  can only be day first); a column whose order nothing settles is refused, naming it and an
  example. Numbers are read as epoch times only when the unit is given. Values that are not
  dates ("2024-02-30", "soon") are counted and shown, never silently dropped.
- :func:`order_waves`: survey waves in the order given, or read from the labels when that is
  unambiguous (numbers, years, quarters, months, dates, "Wave 2" before "Wave 10"), or from a
  date column; otherwise refused.
- :func:`check_scale`: ratings outside their declared scale are an error listing them.

Every error is a :class:`~sentiment_kit.exceptions.DataValidationError` naming the column, an
offending value and the way to say what is meant (an argument, a ``sentiment_kit.toml`` key).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import DataValidationError

__all__ = ["ParsedDates", "parse_dates", "order_waves", "wave_basis", "check_scale", "parse_bool", "positive_class",
           "EPOCH_UNITS", "TRUE_WORDS", "FALSE_WORDS", "POSITIVE_LABELS", "NEGATIVE_LABELS"]

#: Units accepted for numeric dates (``epoch=``): Unix seconds ... nanoseconds, days, or
#: ``"excel"`` (days since 1899-12-30, as spreadsheets count).
EPOCH_UNITS = ("s", "ms", "us", "ns", "D", "excel")

_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[T ].*)?$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T ](.*))?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:[T ,]+(.*))?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_MONTH = re.compile(r"\b(?:" + "|".join(_MONTHS) + r")[a-z]*\.?(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedDates:
    """Dates read from one column.

    Attributes
    ----------
    values : Series
        ``datetime64`` on the input's index; NaT where the value was blank or not a date.
    n_unreadable : int
        Non-blank values that are not dates (kept as NaT, never dropped).
    examples : list of str
        Up to three distinct unreadable values.
    order : str or None
        ``"day/month"`` or ``"month/day"`` when numeric dates needed an order, ``"mixed"`` when the
        column holds both (each value read the only way it can be), else None.
    order_evidence : str or None
        How the order was settled: ``"dayfirst"`` (given) or a value that settles it.
    """

    values: pd.Series
    n_unreadable: int = 0
    examples: list[str] = field(default_factory=list)
    order: str | None = None
    order_evidence: str | None = None

    def note(self, column: str) -> str | None:
        """A sentence for the reader about what could not be read, or None."""
        if not self.n_unreadable:
            return None
        return (f"{self.n_unreadable:,} value(s) of {column!r} are not dates (e.g. "
                f"{', '.join(repr(e) for e in self.examples)}); those rows are kept but have no date.")


def _to_naive(values: pd.Series) -> pd.Series:
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert("UTC").dt.tz_localize(None)
    return values


def _iso(strings: pd.Series) -> pd.Series:
    """ISO 8601 strings to naive datetimes (times with offsets converted to UTC); others NaT."""
    if strings.empty:
        return pd.Series(pd.NaT, index=strings.index, dtype="datetime64[ns]")
    parsed = pd.to_datetime(strings, format="ISO8601", errors="coerce", utc=True)
    return parsed.dt.tz_localize(None)


def parse_dates(
    values: Any,
    *,
    column: str = "date",
    dayfirst: bool | None = None,
    epoch: str | None = None,
    errors: str = "coerce",
) -> ParsedDates:
    """Read a column of dates by one documented rule.

    - Values already of a datetime type are kept (time zones converted to UTC, then dropped).
    - Strings: ISO dates (``2024-03-18``, ``2024-03-18T09:30``, ``2024/03/18``); dates with a
      named month (``18 March 2024``, ``Mar 18, 2024``); and numeric day and month
      (``18/03/2024``, ``03.18.24``; the year last), read in the order ``dayfirst`` gives. When
      ``dayfirst`` is None, the column settles it if a value can only be read one way (a first
      number above 12 means day first; a second number above 12 means month first). If values
      settle it both ways (a column mixing formats), each value that can only be read one way
      is read so, and those that read both ways are counted as unreadable. If no value settles
      it, the column is refused.
    - Numbers are dates only when ``epoch`` gives their unit (see :data:`EPOCH_UNITS`);
      otherwise the column is refused (a count of seconds is not silently read as 1970).
    - Blank and missing values are missing, not errors. Anything else that is not a date (an
      impossible day such as ``2024-02-30``, free text) is NaT and counted in ``n_unreadable``.

    Parameters
    ----------
    values : Series or sequence
    column : str
        Name used in messages.
    dayfirst : bool, optional
        Order of numeric day and month (``sentiment_kit.toml``: ``dayfirst = true``).
    epoch : str, optional
        Unit of numeric dates (``sentiment_kit.toml``: ``date_epoch = "s"``).
    errors : {"coerce", "raise"}
        ``"raise"``: any unreadable value raises instead of being counted.

    Returns
    -------
    ParsedDates

    Raises
    ------
    DataValidationError
        Naming the column and an example, when no value settles the day/month order,
        when numbers arrive without ``epoch``, when nothing non-blank is a
        date, or (``errors="raise"``) when any value is not a date.

    Examples
    --------
    >>> p = parse_dates(["13/04/2024", "03/04/2024", "2024-02-30", ""])
    >>> p.values.dt.strftime("%Y-%m-%d").tolist(), p.n_unreadable, p.order
    (['2024-04-13', '2024-04-03', nan, nan], 1, 'day/month')
    >>> parse_dates(["03/04/2024"])
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: Column 'date' holds dates such as '03/04/2024' that read both as day/month and as month/day, and no value settles which; say which: dayfirst=True or False (sentiment_kit.toml: dayfirst = true).
    >>> parse_dates([1704067200], epoch="s").values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-01-01']
    """
    if errors not in ("coerce", "raise"):
        raise ValueError(f"errors must be 'coerce' or 'raise', got {errors!r}.")
    s = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    if pd.api.types.is_datetime64_any_dtype(s):
        return ParsedDates(_to_naive(s).astype("datetime64[ns]"))
    if epoch is not None and epoch not in EPOCH_UNITS:
        raise DataValidationError(f"Unknown date_epoch {epoch!r} for column {column!r}; use one of {list(EPOCH_UNITS)}.",
                                  column=column)
    if pd.api.types.is_bool_dtype(s):
        raise DataValidationError(f"Column {column!r} holds true/false values, not dates.", column=column)
    if pd.api.types.is_numeric_dtype(s):
        return _check(ParsedDates(_from_epoch(s, column=column, epoch=epoch)), s, column, errors)
    raw = s.astype(object)
    arr = raw.to_numpy()
    missing = raw.isna().to_numpy()
    if pd.api.types.infer_dtype(arr, skipna=True) in ("string", "empty"):
        is_str, is_stamp, is_num = ~missing, np.zeros(len(arr), bool), np.zeros(len(arr), bool)
    else:
        is_str = np.array([isinstance(v, str) for v in arr], dtype=bool)
        is_stamp = np.array([isinstance(v, _dt.date | np.datetime64) for v in arr], dtype=bool) & ~missing
        is_num = np.array([isinstance(v, int | float | np.integer | np.floating) and not isinstance(v, bool | np.bool_)
                           for v in arr], dtype=bool) & ~missing
    text = pd.Series(np.where(is_str, arr, None), index=s.index, dtype=object).str.strip()
    blank = pd.Series(missing | (is_str & (text == "").to_numpy()), index=s.index)
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    if is_stamp.any():
        out[is_stamp] = pd.to_datetime(raw[is_stamp], utc=True, errors="coerce").dt.tz_localize(None)
    if is_num.any():
        out[is_num] = _from_epoch(pd.to_numeric(raw[is_num]), column=column, epoch=epoch)
    order = evidence = None
    todo = text[is_str & ~blank.to_numpy()]
    if len(todo):
        uniq = pd.Series(todo.unique(), dtype=object)
        read = pd.Series(pd.NaT, index=uniq.index, dtype="datetime64[ns]")
        iso = uniq.str.match(_ISO)
        read[iso] = _iso(uniq[iso])
        ymd = uniq.str.extract(_YMD_SLASH)
        is_ymd = ymd[0].notna()
        if is_ymd.any():
            read[is_ymd] = _iso(ymd.loc[is_ymd, 0] + "-" + ymd.loc[is_ymd, 1] + "-" + ymd.loc[is_ymd, 2]
                                + (" " + ymd.loc[is_ymd, 3]).fillna(""))
        dmy = uniq.str.extract(_DMY)
        is_dmy = dmy[0].notna() & ~iso & ~is_ymd
        if is_dmy.any():
            parts = dmy[is_dmy]
            first, second = parts[0].astype(int), parts[1].astype(int)
            order, evidence = _day_month_order(first, second, uniq[is_dmy], column=column, dayfirst=dayfirst)
            if order == "mixed":  # each value read the only way it can be; those that read both ways stay NaT
                swap = second > 12
                day, month = first.where(~swap, second), second.where(~swap, first)
                day = day.where((first > 12) | (second > 12) | (first == second), 0)  # day 0: never a date
            else:
                day, month = (first, second) if order == "day/month" else (second, first)
            year = parts[2].astype(int)
            year = year.where(parts[2].str.len() == 4, np.where(year < 69, 2000 + year, 1900 + year))
            iso_text = (year.astype(str).str.zfill(4) + "-" + month.astype(str).str.zfill(2) + "-"
                        + day.astype(str).str.zfill(2) + (" " + parts[3]).fillna(""))
            read[is_dmy] = _iso(iso_text)
        named = ~iso & ~is_ymd & ~is_dmy & uniq.str.contains(_NAMED_MONTH)
        if named.any():
            read[named] = pd.to_datetime(uniq[named], format="mixed", errors="coerce", dayfirst=bool(dayfirst),
                                         utc=True).dt.tz_localize(None)
        if epoch is not None:
            digits = read.isna() & uniq.str.fullmatch(r"[+-]?\d+(?:\.\d+)?")
            if digits.any():
                read[digits] = _from_epoch(pd.to_numeric(uniq[digits]), column=column, epoch=epoch)
        elif read.isna().all() and uniq.str.fullmatch(r"[+-]?\d+(?:\.\d+)?").all():
            _from_epoch(pd.to_numeric(uniq), column=column, epoch=None)  # raises: numbers, no unit
        out[todo.index] = todo.map(dict(zip(uniq, read))).astype("datetime64[ns]")
    result = ParsedDates(out, order=order, order_evidence=evidence)
    return _check(result, s, column, errors, blank=blank)


def _check(result: ParsedDates, raw: pd.Series, column: str, errors: str,
           blank: pd.Series | None = None) -> ParsedDates:
    if blank is None:
        blank = raw.isna()
    bad = result.values.isna() & ~blank
    n_bad = int(bad.sum())
    if not n_bad:
        return result
    examples = list(dict.fromkeys(map(str, raw[bad].head(50))))[:3]
    if errors == "raise" or n_bad == int((~blank).sum()):
        what = "no value could" if n_bad == int((~blank).sum()) else f"{n_bad:,} value(s) could not"
        raise DataValidationError(
            f"Column {column!r} is not a date column: {what} be read as a date, e.g. {examples[0]!r}; "
            "use ISO dates such as 2024-03-18 (or dates with a named month), or fix those values.",
            column=column,
        )
    return ParsedDates(result.values, n_bad, examples, result.order, result.order_evidence)


def _from_epoch(numbers: pd.Series, *, column: str, epoch: str | None) -> pd.Series:
    if epoch is None:
        example = numbers.dropna().iloc[0] if numbers.notna().any() else None
        raise DataValidationError(
            f"Column {column!r} holds numbers (e.g. {example}), not dates. If they are times counted "
            f"from an epoch, give the unit: epoch= one of {list(EPOCH_UNITS)} (sentiment_kit.toml: "
            'date_epoch = "s"); otherwise convert them to ISO dates such as 2024-03-18.',
            column=column,
        )
    if epoch == "excel":
        return pd.to_datetime(numbers, unit="D", origin="1899-12-30", errors="coerce")
    return pd.to_datetime(numbers, unit=epoch, errors="coerce")


def _day_month_order(first: pd.Series, second: pd.Series, examples: pd.Series, *, column: str,
                     dayfirst: bool | None) -> tuple[str, str]:
    if dayfirst is not None:
        return ("day/month" if dayfirst else "month/day"), "dayfirst"
    day_first = (first > 12) & (second <= 12)
    month_first = (second > 12) & (first <= 12)
    if day_first.any() and month_first.any():
        return "mixed", (f"the column mixes day/month ({examples[day_first].iloc[0]!r}) and month/day "
                         f"({examples[month_first].iloc[0]!r}) dates: each was read the only way it can be, and "
                         "those that read both ways were left without a date (say dayfirst to read them)")
    if day_first.any():
        return "day/month", repr(examples[day_first].iloc[0])
    if month_first.any():
        return "month/day", repr(examples[month_first].iloc[0])
    ambiguous = first != second
    if not ambiguous.any():
        return "day/month", "day and month equal in every value"
    raise DataValidationError(
        f"Column {column!r} holds dates such as {examples[ambiguous].iloc[0]!r} that read both as day/month "
        "and as month/day, and no value settles which; say which: dayfirst=True or False "
        "(sentiment_kit.toml: dayfirst = true).",
        column=column,
    )


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


def parse_bool(values: pd.Series, *, column: str) -> pd.Series:
    """A yes/no column as ``bool``: true/false, yes/no, y/n, t/f, 1/0 (any case), or real booleans.

    Raises
    ------
    DataValidationError
        Naming the column, when a value is missing or not one of those words.

    Examples
    --------
    >>> parse_bool(pd.Series(["Yes", "no", 1, True]), column="churned").tolist()
    [True, False, True, True]
    """
    if pd.api.types.is_bool_dtype(values) and not values.isna().any():
        return values.astype(bool)
    n_missing = int(values.isna().sum())
    if n_missing:
        raise DataValidationError(
            f"Column {column!r} has no value in {n_missing:,} row(s); every row needs one (true/false, yes/no or 1/0).",
            column=column,
        )
    text = values.astype(str).str.strip().str.lower()
    ok = text.isin(TRUE_WORDS | FALSE_WORDS)
    if not ok.all():
        examples = list(dict.fromkeys(map(str, values[~ok].head(50))))[:5]
        raise DataValidationError(
            f"Column {column!r} must be yes/no (true/false, yes/no, y/n or 1/0); found {examples} in "
            f"{int((~ok).sum()):,} row(s).",
            column=column,
        )
    return text.isin(TRUE_WORDS)


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
