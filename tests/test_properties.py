"""Property-based tests: the public functions, fed generated bad input, either work (rows and index
kept, the caller's data untouched) or raise one of the package's documented errors. Nothing else.

Hypothesis runs derandomized (a fixed seed per test, no example database): the suite is
deterministic.
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sentiment_kit as sk
from sentiment_kit import summary
from sentiment_kit._core.escape import chart_text, html_table, html_text, live_markup
from sentiment_kit._core.dates import parse_dates
from sentiment_kit._core.parse import order_waves
from sentiment_kit.exceptions import MissingResourceError, SentimentKitError

settings.register_profile("sentiment_kit", derandomize=True, database=None, deadline=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("sentiment_kit")

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "$$", "$5-$10",
           "\x00", "ter\u200brible", "ＡＢＣ", "NA", "None", "=SUM(A1)", "\\", "{}", "%s", "\r\n", "🙂", "נורא"]
text_values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(HOSTILE),
    st.none(),
    st.just(float("nan")),
    st.integers(-10, 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
indexes = st.sampled_from(["range", "shuffled", "strings", "dupes"])


def _index(kind: str, n: int) -> pd.Index:
    if kind == "shuffled":
        return pd.Index(np.random.default_rng(n).permutation(n) * 7 + 3)
    if kind == "strings":
        return pd.Index([f"row-{i}" for i in range(n)])
    if kind == "dupes":
        return pd.Index([i // 2 for i in range(n)])
    return pd.RangeIndex(n)


def documented(fn, *args, **kwargs):
    """Call ``fn``; the package's own errors are allowed answers (returned as None)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return fn(*args, **kwargs)
        except (SentimentKitError, MissingResourceError):
            return None


@given(st.lists(text_values, max_size=25), indexes)
def test_row_wise_text_functions_keep_rows_and_index(values, kind):
    texts = pd.Series(values, index=_index(kind, len(values)), dtype=object)
    before = texts.copy()
    scores = documented(sk.score_sentiment, texts)
    assert scores is not None and scores.index.equals(texts.index)
    assert scores["compound"].between(-1, 1).all() and set(scores["sentiment"]) <= {"negative", "neutral", "positive"}
    flags = documented(sk.service_signals, texts)
    assert flags is not None and flags.index.equals(texts.index) and (flags.dtypes == bool).all()
    reasons = documented(sk.classify_churn_reasons, texts)
    assert reasons is not None and reasons.index.equals(texts.index)
    assert set(reasons.dropna()) <= set(sk.CHURN_REASONS)
    pd.testing.assert_series_equal(texts, before)


@given(st.lists(text_values, max_size=15), indexes)
def test_classify_feedback_keeps_the_callers_frame(values, kind):
    data = pd.DataFrame({"text": pd.Series(values, dtype=object), "other": range(len(values))})
    data.index = _index(kind, len(values))
    before = data.copy()
    out = documented(sk.classify_feedback, data)
    assert out is not None and out.index.equals(data.index)
    pd.testing.assert_frame_equal(out[data.columns], data)
    pd.testing.assert_frame_equal(data, before)


@given(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.sets(st.text(max_size=3), max_size=3),
                 st.dictionaries(st.text(max_size=3), st.text(max_size=10), max_size=4),
                 st.lists(st.lists(st.text(max_size=3), max_size=2), max_size=3)))
def test_anything_that_is_not_a_collection_of_texts_is_refused_clearly(obj):
    out = documented(sk.score_sentiment, obj)
    if obj is None or isinstance(obj, (int, str, set)):
        assert out is None, f"{obj!r} was scored instead of refused"  # never characters, digits or set order
    else:  # a dict (scored on its values) or a list: one row per item
        assert out is not None and len(out) == len(obj)


#: The sampled date strings and the one date each can mean (None: not a date).
DATES = {"2024-02-30": None, "13/04/2024": "2024-04-13", "04/13/2024": "2024-04-13", "Mar 3, 2024": "2024-03-03",
         "2024-03-01T10:00:00Z": "2024-03-01", "soon": None, "": None}


@given(st.lists(st.one_of(st.text(max_size=25), st.sampled_from([*DATES, "03/04/2024"]),
                          st.none(), st.integers(0, 2**31)), max_size=20))
def test_dates_are_read_or_refused_never_misread(values):
    parsed = documented(parse_dates, pd.Series(values, dtype=object), column="date")
    if parsed is not None:
        assert len(parsed.values) == len(values) and 0 <= parsed.n_unreadable <= len(values)
        assert pd.api.types.is_datetime64_any_dtype(parsed.values)
        read = list(parsed.values)
        for value, date in zip(values, read):
            if isinstance(value, str) and value in DATES:  # read as its one date, or counted unreadable
                assert pd.isna(date) if DATES[value] is None else (
                    pd.isna(date) or date.normalize() == pd.Timestamp(DATES[value])), (value, date)
        if all(v is None or v in DATES or v == "03/04/2024" for v in values):
            # "03/04/2024" follows the order the column's other dates show, never a guess
            day_first, month_first = "13/04/2024" in values, "04/13/2024" in values
            for value, date in zip(values, read):
                if value == "03/04/2024" and not pd.isna(date):
                    assert day_first != month_first, (values, date)
                    assert date == pd.Timestamp("2024-04-03" if day_first else "2024-03-04"), (values, date)


@given(st.lists(st.one_of(st.text(max_size=12), st.integers(0, 3000),
                          st.sampled_from(["Q1 2025", "Q4 2024", "Wave 2", "Wave 10", "2024", "H1 2025"])),
                min_size=1, max_size=12))
def test_waves_are_ordered_or_refused(values):
    order = documented(order_waves, pd.Series(values, dtype=object))
    if order is not None:
        assert sorted(map(str, order)) == sorted(map(str, pd.unique(pd.Series(values, dtype=object))))


@pytest.mark.filterwarnings("ignore:Glyph")
@given(st.text(max_size=40))
def test_any_text_is_shown_inert_in_html_and_drawn_as_written(text):
    assert live_markup(f"<p>{html_text(text)}</p>") == []
    assert live_markup(html_table(pd.DataFrame({text: [text]}, index=[text]), index=True).to_html()) == []
    fig, ax = plt.subplots()
    ax.set_title(chart_text(text))
    ax.set_yticks([0], [chart_text(text)])
    fig.canvas.draw()  # mathtext would raise here for "$$" and friends
    plt.close(fig)


@given(st.lists(st.tuples(st.sampled_from([True, False, None, 1, 0, "yes", "no", "maybe", float("nan")]),
                          st.sampled_from(["a", "b", None, "<b>c</b>"]),
                          st.sampled_from(["2024-01-05", "2024-03-01", None, "2024-13-01", "soon"])),
                max_size=20))
def test_shares_count_every_row_or_refuse(rows):
    data = pd.DataFrame(rows, columns=["flag", "group", "date"])
    flagged = data["flag"].notna()  # a row without a flag is not counted (share_by's docstring)
    by = documented(summary.share_by, data, flag="flag", by="group")
    if by is not None:
        assert by["n"].sum() == flagged.sum()  # every flagged row, a missing group included
        assert by["share"].between(0, 1).all() and (by["k"] <= by["n"]).all()
    over = documented(summary.share_over_time, data, flag="flag")
    if over is not None and len(over):
        dates = parse_dates(data["date"], column="date").values  # the package's one date rule
        assert over["n"].sum() == (flagged & dates.notna()).sum()
        assert over["share"].between(0, 1).all()


@given(st.lists(text_values, min_size=1, max_size=20),
       st.sampled_from(["30D", "7D", "0D", "-5D", "M", "soon", None, "12h"]))
def test_recurring_themes_take_any_texts_and_windows(values, window):
    n = len(values)
    data = pd.DataFrame({"text": pd.Series(values, dtype=object),
                         "date": pd.date_range("2024-01-01", periods=n, freq="5D")})
    out = documented(sk.recurring_themes, data, themes=np.arange(n) % 3, window=window)
    if out is not None:
        assert out.groupby("window_end")["count"].sum().sum() == n


@pytest.fixture(scope="module")
def fitted_model():
    return sk.ThemeModel(random_state=0).fit(sk.load_sample("reviews")["text"].head(400))


@given(st.lists(text_values, max_size=20))
def test_a_fitted_theme_model_assigns_every_text(fitted_model, values):
    ids = documented(fitted_model.predict, values)
    assert ids is not None and len(ids) == len(values)


@given(st.lists(st.one_of(st.integers(-3, 12), st.floats(allow_nan=True), st.none(), st.text(max_size=3)),
                min_size=1, max_size=15))
def test_ratings_are_checked_against_their_scale(stars):
    data = pd.DataFrame({"date": "2024-01-01", "stars": pd.Series(stars, dtype=object), "text": "x"})
    out = documented(sk.validate_dataset, data, "reviews")
    if out is not None:
        assert len(out) == len(data)
        assert out["stars"].dropna().between(1, 5).all()


@given(st.lists(st.tuples(st.integers(-5, 5), st.sampled_from([0, 1, None, "yes", 2])), min_size=1, max_size=20))
def test_customers_are_validated_without_losing_rows(rows):
    data = pd.DataFrame(rows, columns=["tenure_days", "churned"])
    out = documented(sk.validate_dataset, data, "customers")
    if out is not None:
        assert len(out) == len(data) and out["churned"].dtype == bool and (out["tenure_days"] >= 0).all()
