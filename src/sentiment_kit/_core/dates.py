"""One rule for reading dates: nothing is guessed silently.

:func:`parse_dates` reads ISO dates, named months and day/month numbers, with the day/month order
given (``dayfirst``), or read from the column itself when some value settles it ("13/04/2024"
can only be day first); a column whose order nothing settles is refused, naming it and an
example. Numbers are read as epoch times only when the unit is given (:data:`EPOCH_UNITS`).
Values that are not dates ("2024-02-30", "soon") are counted and shown, never silently dropped.

Every error is a :class:`~sentiment_kit.exceptions.DataValidationError` naming the column, an
offending value and the way to say what is meant (an argument, a ``sentiment_kit.toml`` key).
"""

from __future__ import annotations


import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from ..exceptions import DataValidationError

__all__ = ["ParsedDates", "parse_dates", "EPOCH_UNITS"]

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
    if not s.index.is_unique:  # read by position (after a concat, say), then give the rows their labels back
        parsed = parse_dates(s.reset_index(drop=True), column=column, dayfirst=dayfirst, epoch=epoch, errors=errors)
        return replace(parsed, values=parsed.values.set_axis(s.index))
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
    is_str, is_stamp, is_num = _kinds(arr, missing)
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
        read, order, evidence = _read_strings(uniq, column=column, dayfirst=dayfirst, epoch=epoch)
        out[todo.index] = todo.map(dict(zip(uniq, read))).astype("datetime64[ns]")
    result = ParsedDates(out, order=order, order_evidence=evidence)
    return _check(result, s, column, errors, blank=blank)


def _kinds(arr: np.ndarray, missing: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(is a string, is a date or timestamp, is a number) per value of an object array; a
    missing value is none of them."""
    if pd.api.types.infer_dtype(arr, skipna=True) in ("string", "empty"):
        return ~missing, np.zeros(len(arr), bool), np.zeros(len(arr), bool)
    is_str = np.array([isinstance(v, str) for v in arr], dtype=bool)
    is_stamp = np.array([isinstance(v, _dt.date | np.datetime64) for v in arr], dtype=bool) & ~missing
    is_num = np.array([isinstance(v, int | float | np.integer | np.floating) and not isinstance(v, bool | np.bool_)
                       for v in arr], dtype=bool) & ~missing
    return is_str, is_stamp, is_num


def _read_strings(uniq: pd.Series, *, column: str, dayfirst: bool | None,
                  epoch: str | None) -> tuple[pd.Series, str | None, str | None]:
    """Distinct non-blank strings as dates (NaT where not a date), with the day/month order and
    its evidence when numeric day/month dates needed one (see :func:`_day_month`)."""
    read = pd.Series(pd.NaT, index=uniq.index, dtype="datetime64[ns]")
    order = evidence = None
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
        dates, order, evidence = _day_month(dmy[is_dmy], uniq[is_dmy], column=column, dayfirst=dayfirst)
        read[is_dmy] = dates
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
    return read, order, evidence


def _day_month(parts: pd.DataFrame, examples: pd.Series, *, column: str,
               dayfirst: bool | None) -> tuple[pd.Series, str, str]:
    """Numeric day/month dates (``parts``: the two numbers, the year and any time, from
    ``_DMY``) as dates, in the order ``dayfirst`` gives or the values settle
    (:func:`_day_month_order`); two-digit years 69-99 are 19xx, 00-68 20xx."""
    first, second = parts[0].astype(int), parts[1].astype(int)
    order, evidence = _day_month_order(first, second, examples, column=column, dayfirst=dayfirst)
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
    return _iso(iso_text), order, evidence


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
