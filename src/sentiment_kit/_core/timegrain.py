"""Time adapts to the data: one rule for the period that bins dates, and binning by it.

:func:`choose_period` picks a day, week, month, quarter or year from the span of the dates,
so that a trend can be seen; ``freq="auto"`` (``volume_over_time``, ``share_over_time``) and
``window="auto"`` (``recurring_themes``) call it. :func:`period_bounds` puts dates into
calendar periods of a pandas alias ("D", "W", "MS", "QS", "YS", ...).

Nothing here imports from the rest of the package but the error classes (as ``parse`` does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..exceptions import SentimentKitError
from .dates import parse_dates

__all__ = ["Period", "PERIODS", "MIN_PERIODS", "MAX_PERIODS", "choose_period", "trend_window", "resolve_freq",
           "period_bounds"]

#: The span is cut into at least this many periods when a period can do it ...
MIN_PERIODS = 8
#: ... and at most this many (a month of days).
MAX_PERIODS = 31

#: Offset aliases of period starts mapped to the period aliases ``Series.dt.to_period`` accepts.
_TO_PERIOD = {"MS": "M", "QS": "Q", "YS": "Y", "AS": "Y"}


@dataclass(frozen=True)
class Period:
    """A period to bin dates by, as :func:`choose_period` returns it.

    Attributes
    ----------
    freq : str
        The pandas alias for binning: ``"D"`` (day), ``"W"`` (week, Monday to Sunday),
        ``"MS"`` (month), ``"QS"`` (quarter) or ``"YS"`` (year). Pass it as ``freq=``.
    window : Timedelta
        The same period as a fixed length (1, 7, 30, 91 or 365 days), for the
        consecutive windows of the Three Times Rule and of emerging themes
        (``recurring_themes(window=...)``).
    label : str
        The period in words: ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or
        ``"year"``, as in ``f"complaints per {period.label}"``.

    Examples
    --------
    >>> week = Period("W", pd.Timedelta(days=7), "week")
    >>> f"complaints per {week.label}", week.window.days
    ('complaints per week', 7)
    """

    freq: str
    window: pd.Timedelta
    label: str


#: The periods :func:`choose_period` chooses from, finest first.
PERIODS = (
    Period("D", pd.Timedelta(days=1), "day"),
    Period("W", pd.Timedelta(days=7), "week"),
    Period("MS", pd.Timedelta(days=30), "month"),
    Period("QS", pd.Timedelta(days=91), "quarter"),
    Period("YS", pd.Timedelta(days=365), "year"),
)


def _as_dates(dates: Any) -> pd.Series:
    """The non-missing dates of ``dates`` (datetimes, or values read by the package's date rule)."""
    if isinstance(dates, str) or not isinstance(dates, Iterable) or isinstance(dates, pd.DataFrame):
        raise SentimentKitError(
            f"dates must be a column (Series) or a sequence of dates, got {type(dates).__name__}; "
            "pass e.g. data['date']."
        )
    if isinstance(dates, pd.Series | pd.Index) and pd.api.types.is_datetime64_any_dtype(dates.dtype):
        s = pd.Series(dates)
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    else:
        s = parse_dates(dates if isinstance(dates, pd.Series) else list(dates), column="dates",
                        errors="raise").values
    return s.dropna()


def _n_periods(first: pd.Timestamp, last: pd.Timestamp, period: Period) -> int:
    """How many calendar periods the dates from ``first`` to ``last`` touch."""
    alias = _TO_PERIOD.get(period.freq, period.freq)
    return (pd.Period(last, alias) - pd.Period(first, alias)).n + 1


def choose_period(dates: Any) -> Period:
    """The period that shows a trend over the span of ``dates``: day, week, month, quarter or year.

    The rule: count how many calendar days, weeks (Monday to Sunday), months, quarters and
    years the dates touch, from the first to the last. Take the finest period that cuts the
    span into 8 to 31 periods (:data:`MIN_PERIODS`, :data:`MAX_PERIODS`): enough points to
    see a trend, few enough that each holds some data. When no period does, take the one
    whose count is nearest that range by ratio (``max(8 / n, n / 31)``), the finer on a tie.
    So a fortnight gives days, a quarter weeks, two years months, five years quarters and
    decades years; spans of 32 to about 41 days stay daily and longer ones up to 31 weeks
    are weekly. Dates that all fall on one day give one daily period; dates on two days or
    more always give at least two periods. Only the first and the last date matter.

    Parameters
    ----------
    dates : Series, DatetimeIndex or sequence
        Datetimes, or values the package's date rule reads
        (:func:`sentiment_kit._core.dates.parse_dates`). Missing values are ignored.

    Returns
    -------
    Period
        ``freq`` (the pandas alias to bin by: "D", "W", "MS", "QS", "YS"), ``window``
        (the same period as a fixed Timedelta, for ``recurring_themes``) and ``label``
        (the period in words, for "per week").

    Raises
    ------
    SentimentKitError
        If there is no date at all (empty, or every value missing), or ``dates`` is not a
        sequence; :class:`~sentiment_kit.exceptions.DataValidationError` if a value is not
        a date.

    Examples
    --------
    >>> nine_days = pd.date_range("2024-03-18", periods=9, freq="D")
    >>> choose_period(nine_days)
    Period(freq='D', window=Timedelta('1 days 00:00:00'), label='day')
    >>> choose_period(pd.date_range("2024-01-01", "2024-03-31")).label  # 13 weeks
    'week'
    >>> two_years = choose_period(pd.Series(pd.to_datetime(["2023-01-05", "2024-12-20"])))
    >>> two_years.freq, two_years.window.days, f"items per {two_years.label}"
    ('MS', 30, 'items per month')
    >>> choose_period(["2015-01-01", "2020-06-30"]).label  # 22 quarters
    'quarter'
    >>> choose_period(pd.to_datetime(["1990-05-01", "2024-05-01"])).label  # 35 years
    'year'
    >>> choose_period(pd.to_datetime(["2024-03-18 09:00", "2024-03-18 17:30", None])).label
    'day'
    >>> choose_period(pd.Series([pd.NaT, pd.NaT]))
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: No dates to choose a period from (2 value(s), all missing); give some dates, or an explicit period such as freq='MS' or window='30D'.
    """
    d = _as_dates(dates)
    if d.empty:
        n = len(dates) if hasattr(dates, "__len__") else 0
        raise SentimentKitError(
            f"No dates to choose a period from ({n} value(s), all missing); give some dates, or an "
            "explicit period such as freq='MS' or window='30D'."
        )
    first, last = d.min(), d.max()

    def misfit(period: Period) -> float:
        n = _n_periods(first, last, period)
        return max(MIN_PERIODS / n, n / MAX_PERIODS, 1.0)

    return min(PERIODS, key=misfit)  # min keeps the first (finest) of equals


def trend_window(dates: Any) -> Period:
    """The window to compare "lately" with "before": the latest eighth of the chosen periods.

    :func:`choose_period` cuts the span into 8-31 periods, each too short to test a change
    in (a month of reviews, a day of tweets). Comparing the latest ``k = max(1, n // 8)``
    periods with the ``k`` before has the power a single period lacks, and still scales with
    the data: the latest day of nine days, the latest 3 months of two years. Used for
    emerging themes and for "is it rising" in the executive summary.

    Returns
    -------
    Period
        ``window`` is ``k`` periods long and ``label`` says it ("day", "3 months"); ``freq`` is
        the period's own.

    Examples
    --------
    >>> trend_window(pd.date_range("2024-01-01", "2025-12-31")).label
    '3 months'
    >>> trend_window(pd.date_range("2024-03-18", periods=9)).label
    'day'
    """
    period = choose_period(dates)
    d = _as_dates(dates)
    k = max(1, _n_periods(d.min(), d.max(), period) // MIN_PERIODS)
    return Period(period.freq, period.window * k, period.label if k == 1 else f"{k} {period.label}s")


def resolve_freq(freq: Any, dates: pd.Series) -> str:
    """``freq`` as a pandas alias: ``"auto"`` chosen from ``dates``, a :class:`Period` its ``freq``.

    With ``"auto"`` and no date at all, ``"D"`` (nothing is binned, so any period does).

    Examples
    --------
    >>> resolve_freq("auto", pd.Series(pd.date_range("2024-01-01", periods=9)))
    'D'
    >>> resolve_freq("MS", pd.Series([], dtype="datetime64[ns]"))
    'MS'
    """
    if isinstance(freq, Period):
        return freq.freq
    if isinstance(freq, str) and freq == "auto":
        return choose_period(dates).freq if dates.notna().any() else "D"
    return freq


def period_bounds(dates: pd.Series, freq: str) -> tuple[pd.Series, pd.Series]:
    """The start and the last day (inclusive) of the calendar period of ``freq`` holding each date.

    Parameters
    ----------
    dates : Series of datetime64
        Without missing values.
    freq : str
        A pandas alias: "D", "W" (Monday to Sunday), "MS" or "M", "QS" or "Q", "YS" or "Y",
        or any other alias ``Series.dt.to_period`` accepts.

    Returns
    -------
    (Series, Series)
        Period starts and their last days, on the index of ``dates``.

    Raises
    ------
    SentimentKitError
        If ``freq`` is not a period alias.

    Examples
    --------
    >>> d = pd.Series(pd.to_datetime(["2024-03-20 15:00", "2024-02-10 00:00"]))
    >>> start, end = period_bounds(d, "W")
    >>> start.dt.strftime("%a %d %b").tolist(), end.dt.strftime("%a %d %b").tolist()
    (['Mon 18 Mar', 'Mon 05 Feb'], ['Sun 24 Mar', 'Sun 11 Feb'])
    >>> period_bounds(d, "QS")[0].dt.strftime("%Y-%m-%d").tolist()
    ['2024-01-01', '2024-01-01']
    """
    alias = _TO_PERIOD.get(freq, freq) if isinstance(freq, str) else freq
    try:
        periods = dates.dt.to_period(alias)
    except (ValueError, TypeError, AttributeError):
        raise SentimentKitError(
            f"freq must be 'auto' or a pandas period alias such as 'D' (day), 'W' (week), 'MS' (month), "
            f"'QS' (quarter) or 'YS' (year); got {freq!r}."
        ) from None
    return periods.dt.start_time, periods.dt.end_time.dt.normalize()
