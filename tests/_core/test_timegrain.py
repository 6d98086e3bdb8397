"""Time adapts to the data: the rule that chooses the period (GUIDE 13)."""

import dataclasses

import pandas as pd
import pytest

from sentiment_kit.exceptions import DataValidationError, SentimentKitError
from sentiment_kit.summary import Period, choose_period


def span(first, last):
    return pd.Series(pd.date_range(first, last, freq="D"))


def n_periods(dates, period):
    alias = {"MS": "M", "QS": "Q", "YS": "Y"}.get(period.freq, period.freq)
    return dates.dt.to_period(alias).nunique()


def test_nine_days_give_days_and_windows_of_a_day():
    p = choose_period(span("2024-03-18", "2024-03-26"))
    assert (p.freq, p.label) == ("D", "day")
    assert p.window <= pd.Timedelta(days=3)


def test_a_fortnight_gives_days_a_quarter_weeks_two_years_months():
    assert choose_period(span("2024-03-01", "2024-03-14")).label == "day"
    quarter = choose_period(span("2024-01-01", "2024-03-31"))
    assert (quarter.freq, quarter.label, quarter.window) == ("W", "week", pd.Timedelta(days=7))
    years = choose_period(span("2023-01-01", "2024-12-31"))
    assert (years.freq, years.label, years.window) == ("MS", "month", pd.Timedelta(days=30))
    assert choose_period(span("2015-01-01", "2019-12-31")).freq == "QS"
    decades = choose_period(pd.Series(pd.to_datetime(["1975-06-01", "2024-06-01"])))
    assert (decades.freq, decades.label, decades.window) == ("YS", "year", pd.Timedelta(days=365))


@pytest.mark.parametrize("days", [1, 2, 3, 8, 20, 31, 35, 45, 60, 100, 200, 220, 400, 730, 1000, 2000, 4000, 11000])
def test_enough_periods_to_see_a_trend_and_never_one_for_two_days(days):
    first, last = pd.Timestamp("2024-02-14"), pd.Timestamp("2024-02-14") + pd.Timedelta(days=days - 1)
    p = choose_period(pd.Series([first, last, pd.NaT]))  # a missing date is ignored
    n = n_periods(span(first, last), p)
    if days >= 2:
        assert n >= 2
    if days >= 8:
        assert 6 <= n <= 41
    if p.label != "year":
        assert n <= 41


def test_one_day_and_a_few_rows():
    same = pd.Series(pd.to_datetime(["2024-03-18 09:00", "2024-03-18 17:30", "2024-03-18 09:00"]))
    assert choose_period(same).freq == "D"
    assert choose_period(same.iloc[:1]).freq == "D"
    # strings are read by the package's date rule; two dates a day apart: two days
    assert choose_period(["2024-03-18", "2024-03-19"]).label == "day"


def test_no_dates_and_bad_input_raise_our_errors():
    with pytest.raises(SentimentKitError, match=r"No dates .*3 value\(s\), all missing"):
        choose_period(pd.Series([pd.NaT] * 3))
    with pytest.raises(SentimentKitError, match="No dates"):
        choose_period(pd.Series([], dtype="datetime64[ns]"))
    with pytest.raises(SentimentKitError, match="sequence of dates"):
        choose_period("2024-03-18")
    with pytest.raises(DataValidationError, match="not a date column"):
        choose_period(["2024-03-18", "soon"])


def test_period_is_a_small_frozen_value():
    p = choose_period(span("2024-01-01", "2024-03-31"))
    assert p == Period("W", pd.Timedelta(days=7), "week")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.label = "fortnight"
    assert f"complaints per {p.label}" == "complaints per week"
