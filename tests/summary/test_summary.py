import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit import load_sample
from sentiment_kit._core.stats import wilson_interval
from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.plotting import plot_share_over_time, plot_volume
from sentiment_kit.summary import headline_metrics, share_over_time, volume_over_time


@pytest.mark.parametrize("k,n", [(0, 10), (3, 10), (68, 100), (500, 501)])
def test_wilson_matches_scipy(k, n):
    lo, hi = wilson_interval(k, n)
    ci = stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
    assert float(lo) == pytest.approx(ci.low, abs=1e-9)
    assert float(hi) == pytest.approx(ci.high, abs=1e-9)


def test_wilson_zero_n_is_nan():
    lo, hi = wilson_interval([1, 0], [2, 0])
    assert np.isnan(lo[1]) and np.isnan(hi[1])


def test_share_over_time_groups_and_intervals():
    df = pd.DataFrame({"date": pd.to_datetime(["2024-01-05", "2024-01-20", "2024-02-02", None]),
                       "neg": [True, False, True, True], "loc": ["a", "b", "a", "a"]})
    out = share_over_time(df, flag="neg", freq="MS")
    assert out["n"].tolist() == [2, 1]  # the row without a date is left out
    assert out["share"].tolist() == [0.5, 1.0]
    assert (out["ci_low"] <= out["share"]).all() and (out["share"] <= out["ci_high"]).all()
    by = share_over_time(df, flag="neg", by="loc", freq="MS")
    assert len(by) == 3


def test_share_over_time_bad_time_column():
    df = pd.DataFrame({"date": ["soon", "later"], "neg": [1, 0]})
    with pytest.raises(SentimentKitError, match="not a date column"):
        share_over_time(df, flag="neg")


def test_volume_over_time_counts_missing_dates():
    df = pd.DataFrame({"date": pd.to_datetime(["2024-01-05", None, "2024-03-01"])})
    with pytest.warns(SentimentKitWarning, match="r: 1 row"):
        out = volume_over_time({"r": df})
    assert out["count"].sum() == 2


def test_headline_metrics_on_sample():
    m = headline_metrics(complaints=load_sample("complaints"), reviews=load_sample("reviews"),
                         customers=load_sample("customers"), survey=load_sample("survey"))
    row = m.set_index("metric").loc["share of customers who churned"]
    assert 0 < row["ci_low"] < row["value"] < row["ci_high"] < 1
    assert "overall satisfaction, wave 2025" in set(m["metric"])
    with pytest.raises(SentimentKitError):
        headline_metrics()


def test_plots_draw_what_they_are_given():
    import matplotlib.pyplot as plt

    reviews = load_sample("reviews").assign(neg=lambda d: d["stars"] <= 2)
    plt.figure()  # a fresh current Axes: ax=None draws on it
    ax = plot_volume(volume_over_time({"reviews": reviews}))
    assert ax is plt.gca() and len(ax.lines) == 1
    shares = share_over_time(reviews, flag="neg", freq="QS", by="location")
    _, ax = plt.subplots()
    assert plot_share_over_time(shares, by="location", ax=ax) is ax
    assert len(ax.lines) == reviews["location"].nunique()
    assert len(ax.collections) == reviews["location"].nunique()  # one band each


def test_share_by_and_bars():
    import matplotlib.pyplot as plt

    from sentiment_kit.summary import share_by
    from sentiment_kit.plotting import plot_share_by

    df = pd.DataFrame({"loc": ["a", "a", "b", None], "neg": [True, False, True, None]})
    out = share_by(df, flag="neg", by="loc")
    assert out["loc"].tolist() == ["b", "a"]  # the row with a missing flag is excluded
    _, ax = plt.subplots()
    assert plot_share_by(out, by="loc", ax=ax) is ax
    assert len(ax.patches) == 2
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a (n=2)", "b (n=1)"]


def test_format_metrics_on_sample():
    from sentiment_kit.summary import format_metrics

    m = headline_metrics(customers=load_sample("customers"))
    f = format_metrics(m)
    assert f.loc[0, "value"].endswith("%") and " to " in f.loc[0, "95% interval"]


def test_narrate_escapes_html():
    from sentiment_kit.report import narrate

    shown = narrate("<script>alert(1)</script> at Leeds_2").data
    assert "<script>" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; at Leeds_2" in shown  # shown as text, not dropped


# ------------------------------------------------------------- time adapts to the data (issue 13)
NINE_DAYS = pd.date_range("2024-03-18", "2024-03-26", freq="D")


def nine_days(per_day=3):
    i = np.arange(per_day * len(NINE_DAYS))
    return pd.DataFrame({"date": NINE_DAYS.repeat(per_day), "neg": i % 3 == 0, "loc": np.where(i % 3 == 1, "b", "a")})


def test_volume_auto_bins_nine_days_by_day():
    out = volume_over_time({"r": nine_days(), "c": nine_days(1)})  # freq="auto" is the default
    assert out.groupby("source").size().to_dict() == {"c": 9, "r": 9}
    assert (out["period"] == out["period_end"]).all()
    assert out.loc[out.source == "r", "count"].tolist() == [3] * 9
    assert out["period"].min() == NINE_DAYS[0] and out["period"].max() == NINE_DAYS[-1]


def test_share_auto_quarter_by_week_and_two_years_by_month():
    quarter = pd.DataFrame({"date": pd.date_range("2024-01-01", "2024-03-31"), "neg": True})
    out = share_over_time(quarter, flag="neg", freq="auto")
    assert len(out) == 13 and (out["period"].dt.dayofweek == 0).all()  # weeks start on Monday
    assert ((out["period_end"] - out["period"]).dt.days == 6).all()
    years = pd.DataFrame({"date": pd.date_range("2023-01-01", "2024-12-31"), "neg": False})
    out = share_over_time(years, flag="neg")
    assert len(out) == 24 and (out["period"].dt.day == 1).all()
    assert out["n"].sum() == len(years)


@pytest.mark.parametrize("freq", ["MS", "QS", "YS", "W", "D"])
def test_explicit_frequencies_give_the_same_counts_as_before(freq):
    reviews = load_sample("reviews").assign(neg=lambda d: d["stars"] <= 2)
    alias = {"MS": "M", "QS": "Q", "YS": "Y"}.get(freq, freq)
    expected = reviews.groupby(reviews["date"].dt.to_period(alias))["neg"].agg(["size", "sum"])
    out = share_over_time(reviews, flag="neg", freq=freq)
    assert out["period"].tolist() == expected.index.start_time.tolist()
    assert out["n"].tolist() == expected["size"].tolist() and out["k"].tolist() == expected["sum"].tolist()
    assert out["period_end"].tolist() == expected.index.end_time.normalize().tolist()
    vol = volume_over_time({"reviews": reviews}, freq=freq)
    assert vol["count"].tolist() == expected["size"].tolist()
    assert vol.columns.tolist() == ["period", "period_end", "source", "count"]


def test_weekly_and_daily_shares_by_group():
    df = nine_days()
    daily = share_over_time(df, flag="neg", freq="D", by="loc")
    assert len(daily) == 18 and daily.groupby("loc")["n"].sum().to_dict() == {"a": 18, "b": 9}
    assert (daily["period_end"] == daily["period"]).all()
    weekly = share_over_time(df, flag="neg", freq="W", by="loc")
    assert weekly["period"].dt.strftime("%Y-%m-%d").unique().tolist() == ["2024-03-18", "2024-03-25"]
    assert weekly["period_end"].dt.strftime("%a %d").unique().tolist() == ["Sun 24", "Sun 31"]
    assert weekly["n"].sum() == len(df)


def test_a_chosen_period_can_be_passed_and_said_in_words():
    from sentiment_kit.summary import choose_period

    period = choose_period(nine_days()["date"])
    out = volume_over_time({"r": nine_days()}, freq=period)
    assert len(out) == 9 and f"per {period.label}" == "per day"


def test_auto_with_no_dates_keeps_todays_answers_and_bad_freq_is_our_error():
    none = pd.DataFrame({"date": pd.Series([pd.NaT] * 3), "neg": [True, False, True]})
    with pytest.warns(SentimentKitWarning, match="r: 3 row"):
        out = volume_over_time({"r": none}, freq="auto")
    assert out.empty
    assert share_over_time(none, flag="neg", freq="auto").empty
    with pytest.raises(SentimentKitError, match="freq must be 'auto' or a pandas period alias"):
        share_over_time(nine_days(), flag="neg", freq="soon")


def _xlim_dates(ax):
    import matplotlib.dates as mdates

    return [pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in ax.get_xlim()]


def test_nine_days_are_drawn_on_a_nine_day_axis():
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    plot_volume(volume_over_time({"r": nine_days()}), ax=ax)
    lo, hi = _xlim_dates(ax)
    assert NINE_DAYS[0] <= lo < hi <= NINE_DAYS[-1] + pd.Timedelta(days=1)
    assert len(ax.lines[0].get_xdata()) == 9 >= 2
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "18 Mar\n2024" and all(labels)
    assert ax.get_ylabel() == "items per day"
    _, ax2 = plt.subplots()
    plot_share_over_time(share_over_time(nine_days(), flag="neg", by="loc"), by="loc", ax=ax2)
    lo, hi = _xlim_dates(ax2)
    assert NINE_DAYS[0] <= lo < hi <= NINE_DAYS[-1] + pd.Timedelta(days=1)
    assert len(ax2.lines) == 2 and len(ax2.lines[0].get_xdata()) == 9


def test_a_single_period_is_a_point_with_its_name():
    import matplotlib.pyplot as plt

    one_day = pd.DataFrame({"date": pd.to_datetime(["2024-03-18 09:00", "2024-03-18 17:00"]), "neg": [1, 0]})
    _, ax = plt.subplots()
    plot_volume(volume_over_time({"r": one_day}), ax=ax)
    lo, hi = _xlim_dates(ax)
    assert (lo, hi) == (pd.Timestamp("2024-03-18"), pd.Timestamp("2024-03-19"))
    assert [t.get_text() for t in ax.get_xticklabels()] == ["18 Mar 2024"]
    _, ax2 = plt.subplots()
    plot_share_over_time(share_over_time(one_day, flag="neg", freq="MS"), ax=ax2)
    assert len(ax2.lines[0].get_xdata()) == 1 and len(ax2.collections) == 1  # the interval as a bar
    assert [t.get_text() for t in ax2.get_xticklabels()] == ["March 2024"]
    lo, hi = _xlim_dates(ax2)
    assert (lo, hi) == (pd.Timestamp("2024-03-01"), pd.Timestamp("2024-04-01"))


def test_wilson_bounds_never_cross_the_share():
    from sentiment_kit._core.stats import wilson_interval

    for n in range(1, 400):
        for k in (0, n // 3, n):
            lo, hi = wilson_interval(k, n)
            assert lo <= k / n <= hi, (k, n)


def test_share_by_whiskers_draw_for_all_or_nothing_groups():
    import matplotlib.pyplot as plt

    from sentiment_kit.plotting import plot_share_by

    data = pd.DataFrame({"g": ["a"] * 10 + ["b"] * 3 + ["c"] * 7, "f": [1] * 10 + [0] * 3 + [1, 0] * 3 + [1]})
    from sentiment_kit.summary import share_by

    from matplotlib.container import ErrorbarContainer

    shares = share_by(data, flag="f", by="g").set_index("g")
    assert shares.loc["a", "share"] == 1 and shares.loc["b", "share"] == 0  # all and nothing
    ax = plot_share_by(shares.reset_index(), by="g", ax=plt.subplots()[1])
    assert len(ax.patches) == 3
    (whiskers,) = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    segments = whiskers.lines[2][0].get_segments()
    groups = {round(t.get_position()[1]): t.get_text().split(" (")[0] for t in ax.get_yticklabels()}
    drawn = {groups[round(s[0, 1])]: (s[:, 0].min(), s[:, 0].max()) for s in segments}
    assert sorted(drawn) == ["a", "b", "c"]
    for g, (lo, hi) in drawn.items():  # each whisker spans its Wilson interval, none of zero length
        assert (lo, hi) == pytest.approx((shares.loc[g, "ci_low"], shares.loc[g, "ci_high"]), abs=1e-9), g
        assert hi - lo > 0.2, g


@pytest.mark.parametrize("kwargs", [{}, {"by": "theme"}, {"freq": "W"}])
def test_share_over_time_of_a_dask_frame_equals_the_pandas_path(kwargs):
    import dask.dataframe as dd

    rng = np.random.default_rng(0)
    n = 400
    df = pd.DataFrame({"date": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D"),
                       "neg": (rng.random(n) < 0.3).astype(object), "theme": rng.choice(["a", "b", None], n)})
    df.loc[5, "neg"] = None
    df.loc[7, "date"] = pd.NaT
    expected = share_over_time(df, flag="neg", **kwargs)
    got = share_over_time(dd.from_pandas(df, npartitions=4), flag="neg", **kwargs)
    assert len(expected) > 10
    pd.testing.assert_frame_equal(got, expected)


def test_share_over_time_of_a_dask_frame_needs_parsed_dates():
    import dask.dataframe as dd

    df = pd.DataFrame({"date": ["2024-01-01", "2024-02-01"], "neg": [True, False]})
    with pytest.raises(SentimentKitError, match="to_datetime"):
        share_over_time(dd.from_pandas(df, npartitions=1), flag="neg")
