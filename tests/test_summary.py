import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit import load_sample
from sentiment_kit._stats import wilson_interval
from sentiment_kit.exceptions import SentimentKitError
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
    out = share_over_time(df, flag="neg")
    assert out["n"].tolist() == [2, 1]  # the row without a date is left out
    assert out["share"].tolist() == [0.5, 1.0]
    assert (out["ci_low"] <= out["share"]).all() and (out["share"] <= out["ci_high"]).all()
    by = share_over_time(df, flag="neg", by="loc")
    assert len(by) == 3


def test_share_over_time_bad_time_column():
    df = pd.DataFrame({"date": ["soon", "later"], "neg": [1, 0]})
    with pytest.raises(SentimentKitError, match="not a date column"):
        share_over_time(df, flag="neg")


def test_volume_over_time_counts_missing_dates():
    df = pd.DataFrame({"date": pd.to_datetime(["2024-01-05", None, "2024-03-01"])})
    out = volume_over_time({"r": df})
    assert out["count"].sum() == 2
    assert out.attrs["missing_dates"] == {"r": 1}


def test_headline_metrics_on_sample():
    m = headline_metrics(complaints=load_sample("complaints"), reviews=load_sample("reviews"),
                         customers=load_sample("customers"), survey=load_sample("survey"))
    row = m.set_index("metric").loc["share of customers who churned"]
    assert 0 < row["ci_low"] < row["value"] < row["ci_high"] < 1
    assert "overall satisfaction, wave 2025" in set(m["metric"])
    with pytest.raises(SentimentKitError):
        headline_metrics()


def test_plots_draw_what_they_are_given():
    reviews = load_sample("reviews").assign(neg=lambda d: d["stars"] <= 2)
    ax = plot_volume(volume_over_time({"reviews": reviews}))
    assert len(ax.lines) == 1
    shares = share_over_time(reviews, flag="neg", freq="QS", by="location")
    import matplotlib.pyplot as plt

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

    assert "<script>" not in narrate("<script>alert(1)</script> at Leeds_2").data
