import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.metrics import adjusted_rand_score
from sklearn.pipeline import Pipeline

import sentiment_kit as sk
from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.plotting import plot_theme_heatmap, plot_theme_sizes, plot_theme_trend
from sentiment_kit.themes import OTHER, ThemeModel, recurring_themes, theme_by_segment, theme_summary

DELIVERY = ["my parcel delivery was late again", "delivery arrived late, parcel damaged",
            "still waiting for the delivery of my parcel", "late delivery and no tracking for the parcel"]
STAFF = ["the staff were rude and unhelpful", "rude staff member shouted at me",
         "unhelpful rude staff at the counter", "staff rude, would not listen"]
BILLING = ["charged twice on my bill, billing error", "hidden fees on the bill every month",
           "billing mistake, overcharged on my bill", "bill higher than quoted, extra fees"]


@pytest.fixture(scope="module")
def small_texts():
    return (DELIVERY + STAFF + BILLING) * 3


@pytest.fixture(scope="module")
def reviews():
    return sk.load_sample("reviews")


@pytest.fixture(scope="module")
def review_model(reviews):
    return ThemeModel(12, random_state=0).fit(reviews["text"])


def truth(texts):
    return [0 if t in DELIVERY else 1 if t in STAFF else 2 for t in texts]


def test_recovers_planted_themes(small_texts):
    model = ThemeModel(3, random_state=0, min_df=1).fit(small_texts)
    assert adjusted_rand_score(truth(small_texts), model.labels_) == 1.0
    labels = " ".join(model.themes_["label"])
    assert "delivery" in labels and "rude" in labels and ("bill" in labels or "fees" in labels)
    assert model.other_share_ == 0.0


def test_themes_table(review_model, reviews):
    t = review_model.themes_
    assert list(t.columns[:6]) == ["theme", "label", "terms", "size", "share", "seeded"]
    assert t["size"].sum() == len(reviews)
    assert t["share"].sum() == pytest.approx(1.0)
    assert (t.loc[t.theme >= 0, "quote_1"].str.len() > 0).all()
    for _, row in t[t.theme >= 0].iterrows():  # quotes deduplicated and truncated
        quotes = [q for q in row[["quote_1", "quote_2", "quote_3"]] if q]
        assert len(set(quotes)) == len(quotes)
        assert all(len(q) <= 241 for q in quotes)
    # no stop words, placeholders or handles in labels
    words = {w for label in t["label"] for w in label.replace(",", " ").split()}
    assert not words & {"the", "and", "xxxx", "was"}


def test_labels_unstemmed_and_no_placeholders(sample_complaints):
    model = ThemeModel(8, random_state=0).fit(sample_complaints["text"].head(500))
    words = {w for label in model.themes_["terms"] for w in label.replace(",", " ").split()}
    assert "xxxx" not in words and "xx" not in words
    assert not any(w.endswith("i") and w[:-1] + "y" in words for w in words)  # "compani" not shown


def test_deterministic(reviews):
    a = ThemeModel(8, random_state=3).fit(reviews["text"])
    b = ThemeModel(8, random_state=3).fit(reviews["text"])
    assert np.array_equal(a.labels_, b.labels_)
    pd.testing.assert_frame_equal(a.themes_, b.themes_)


def test_predict_matches_labels_and_is_aligned(review_model, reviews):
    pred = review_model.predict(reviews["text"])
    assert np.array_equal(pred, review_model.labels_)
    sub = reviews["text"].iloc[::-1]
    assert np.array_equal(review_model.predict(sub), review_model.labels_[::-1])
    assert review_model.transform(reviews["text"].head(4)).shape == (4, review_model.n_themes_)


def test_predict_threads_and_chunks_do_not_change_themes(review_model, reviews):
    """Chunks assigned on threads, and repeated texts assigned once, give the same themes."""
    from sklearn.base import clone

    texts = list(reviews["text"]) * 2 + [None, ""]
    expected = review_model.predict(texts)
    model = clone(review_model).set_params(n_jobs=2).fit(reviews["text"])
    model.vectorizer_.chunk_size = 97
    assert np.array_equal(model.predict(texts), expected)
    assert np.array_equal(expected[: len(reviews)], expected[len(reviews): 2 * len(reviews)])
    assert list(expected[-2:]) == [-1, -1]


def test_other_only_for_texts_without_known_words(review_model):
    out = review_model.predict(["", None, "XXXX XX/XX/XXXX", "@handle https://x.co", "zzqv blorp",
                                "delivery was late"])
    assert out[:5].tolist() == [OTHER] * 5
    assert out[5] != OTHER


def test_other_share_small_with_given_n(sample_complaints):
    model = ThemeModel(10, random_state=0).fit(sample_complaints["text"])
    assert model.other_share_ <= 0.05


def test_sample_then_assign_everywhere(reviews):
    model = ThemeModel(6, random_state=0, sample_size=500).fit(reviews["text"])
    assert len(model.labels_) == len(reviews)
    assert model.themes_["size"].sum() == len(reviews)


def test_sklearn_contract(small_texts):
    model = ThemeModel(3, random_state=0, min_df=1)
    assert clone(model).get_params() == model.get_params()
    assert not hasattr(model, "themes_")
    pipe = Pipeline([("themes", model)]).fit(small_texts)
    assert pipe.transform(small_texts[:2]).shape == (2, 3)
    restored = pickle.loads(pickle.dumps(model.fit(small_texts)))
    assert np.array_equal(restored.predict(small_texts), model.labels_)


def test_not_fitted():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        ThemeModel().predict(["x"])


def test_merge_and_rename(small_texts):
    model = ThemeModel(3, random_state=0, min_df=1).fit(small_texts)
    ids = model.themes_["theme"].tolist()
    model.rename_theme(ids[2], "Money matters")
    assert model.themes_.set_index("theme").loc[ids[2], "label"] == "Money matters"
    model.merge_themes([ids[0], ids[1]], label="Service")
    assert model.themes_["theme"].tolist() == [ids[0], ids[2]]
    assert model.themes_["size"].sum() == len(small_texts)
    assert model.themes_.set_index("theme").loc[ids[0], "label"] == "Service"
    assert set(model.predict(small_texts)) == {ids[0], ids[2]}
    assert set(model.labels_) == {ids[0], ids[2]}
    with pytest.raises(SentimentKitError, match="Unknown theme"):
        model.rename_theme(99, "x")
    with pytest.raises(SentimentKitError, match="at least two"):
        model.merge_themes([ids[0]])


def test_seed_themes_steer_and_keep_names(reviews):
    seeds = {"late delivery": ["late", "delay", "still waiting", "parcel"], "rude staff": ["rude", "shouted"]}
    model = ThemeModel(8, seed_themes=seeds, random_state=0).fit(reviews["text"])
    t = model.themes_
    assert t["label"].tolist()[:2] == ["late delivery", "rude staff"]
    assert t["seeded"].tolist()[:2] == [True, True]
    rude = reviews["text"].str.contains("rude", case=False)
    share_rude_in_theme = (model.labels_[rude.to_numpy()] == 1).mean()
    assert share_rude_in_theme > 0.3


def test_seed_theme_words_never_occur_warns(small_texts):
    with pytest.warns(SentimentKitWarning, match="'unicorns'"):
        model = ThemeModel(3, seed_themes={"unicorns": ["unicorn", "rainbow"]}, random_state=0,
                           min_df=1).fit(small_texts)
    assert "unicorns" not in model.themes_["label"].tolist()
    assert model.n_themes_ == 3


def test_auto_chooses_a_documented_k(small_texts, reviews):
    model = ThemeModel(random_state=0, min_df=1, auto_range=(2, 6)).fit(small_texts)
    assert 2 <= model.n_themes_ <= 6
    assert model.auto_scores_["chosen"].sum() == 1
    assert model.auto_scores_.loc[model.auto_scores_.chosen, "k"].item() == model.n_themes_


def test_stability_reports_ari(small_texts):
    out = ThemeModel(3, random_state=0, min_df=1).stability(small_texts, n_resamples=2, random_state=0)
    assert list(out.columns) == ["resample", "n_themes", "ari", "nmi"]
    assert out["ari"].mean() > 0.9


def test_fits_with_different_seeds_agree(sample_complaints):
    # consensus k-means over a seed-independent LSA space: the previous best-of-4 k-means on a
    # randomized SVD gave a mean pairwise ARI of 0.53 here (min 0.50); the consensus gives 0.72-0.92
    labs = [ThemeModel(10, random_state=s).fit(sample_complaints["text"]).labels_ for s in (0, 1, 2)]
    aris = [adjusted_rand_score(labs[i], labs[j]) for i in range(3) for j in range(i + 1, 3)]
    assert min(aris) > 0.65


def test_lsa_space_does_not_depend_on_the_seed(reviews):
    a = ThemeModel(6, random_state=0).fit(reviews["text"])
    b = ThemeModel(6, random_state=7).fit(reviews["text"])
    np.testing.assert_allclose(a._svd.singular_values_, b._svd.singular_values_, rtol=1e-8)
    np.testing.assert_allclose(np.abs(a._svd.components_), np.abs(b._svd.components_), atol=1e-6)


def test_a_single_kmeans_run_is_allowed(reviews):
    model = ThemeModel(6, random_state=0, n_init=1).fit(reviews["text"])
    assert model.n_themes_ == 6 and set(model.labels_) == set(range(6))


# ---------------------------------------------------------------- bad input
def test_fewer_texts_than_themes():
    with pytest.raises(SentimentKitError, match="n_themes=5 but only 2 distinct"):
        ThemeModel(5, min_df=1).fit(["late delivery", "rude staff"])


def test_all_empty_texts():
    with pytest.raises(SentimentKitError, match="None of the 3 texts"):
        ThemeModel(2).fit(["", None, "XXXX the and"])


def test_one_text_repeated():
    model = ThemeModel(random_state=0).fit(["parcel arrived late"] * 20)
    assert model.n_themes_ == 1 and set(model.labels_) == {0}
    with pytest.raises(SentimentKitError, match="distinct"):
        ThemeModel(3).fit(["parcel arrived late"] * 20)


def test_bad_params():
    with pytest.raises(SentimentKitError, match="n_themes"):
        ThemeModel(0).fit(["a b"])
    with pytest.raises(SentimentKitError, match="seed_themes"):
        ThemeModel(2, seed_themes=["late"]).fit(["a b"])
    with pytest.raises(SentimentKitError, match="single string"):
        ThemeModel(2).fit("late delivery")
    with pytest.raises(SentimentKitError, match="n_init must be a positive integer"):
        ThemeModel(2, n_init=0).fit(["a b"])


# ---------------------------------------------------------------- recurring themes
@pytest.fixture(scope="module")
def timed():
    rng = np.random.default_rng(0)
    dates = pd.Timestamp("2024-01-01") + pd.to_timedelta(np.sort(rng.integers(0, 120, 240)), unit="D")
    late = dates >= pd.Timestamp("2024-03-31")
    texts = [rng.choice(DELIVERY) if (lt and rng.random() < 0.6) or rng.random() < 0.1
             else rng.choice(STAFF + BILLING) for lt in late]
    return pd.DataFrame({"text": texts, "date": dates, "store": rng.choice(["a", "b"], len(texts))})


def test_recurring_counts_three_times_rule_and_emerging(timed):
    model = ThemeModel(3, random_state=0, min_df=1).fit(timed["text"])
    rec = recurring_themes(timed, themes=model, window="30D")
    assert rec.groupby("window_end")["count"].sum().sum() == len(timed)
    assert (rec["recurring"] == (rec["count"] >= 3)).all()
    delivery = model.predict([DELIVERY[0]])[0]
    last = rec[rec.window_end == rec.window_end.max()]
    assert last.set_index("theme").loc[delivery, "emerging"]
    assert not last[last.theme != delivery]["emerging"].any()
    assert rec["window_end"].max() == timed["date"].max().normalize()


def test_recurring_accepts_assignments_and_fits_when_none(timed):
    ids = np.where(timed["text"].isin(DELIVERY), 0, 1)
    rec = recurring_themes(timed, themes=ids, window="60D", min_mentions=50)
    assert set(rec["theme"]) == {0, 1}
    assert (rec["recurring"] == (rec["count"] >= 50)).all()
    fitted = recurring_themes(timed.head(60), random_state=0, window="60D")
    assert fitted["count"].sum() == 60


def test_themes_is_the_second_argument_of_every_theme_analysis(timed):
    ids = np.where(timed["text"].isin(DELIVERY), 0, 1)
    by_position = recurring_themes(timed, ids, window="60D")
    pd.testing.assert_frame_equal(by_position, recurring_themes(timed, themes=ids, window="60D"))
    assert set(by_position["theme"]) == {0, 1}
    assert theme_summary(timed, ids, sentiment=None)["size"].sum() == len(timed)
    assert theme_by_segment(timed, ids, by="store", normalize=False).to_numpy().sum() == len(timed)


def test_recurring_missing_dates_warn_and_are_counted(timed):
    data = timed.copy()
    data.loc[data.index[:7], "date"] = pd.NaT
    with pytest.warns(SentimentKitWarning, match="7 row"):
        rec = recurring_themes(data, themes=np.zeros(len(data), int))
    assert rec["count"].sum() == len(data) - 7
    assert data["date"].isna().sum() == 7  # caller's data untouched


def test_recurring_time_not_a_date(timed):
    with pytest.raises(SentimentKitError, match="'store' is not a date column"):
        recurring_themes(timed, time="store", themes=np.zeros(len(timed), int))
    with pytest.raises(SentimentKitError, match="'n' holds numbers .* not dates"):
        recurring_themes(timed.assign(n=1), time="n", themes=np.zeros(len(timed), int))
    with pytest.raises(SentimentKitError, match="Column 'when' not found"):
        recurring_themes(timed, time="when", themes=np.zeros(len(timed), int))
    with pytest.raises(SentimentKitError, match="same|rows"):
        recurring_themes(timed, themes=[0, 1])


def test_recurring_string_dates_parsed(timed):
    data = timed.assign(date=timed["date"].dt.strftime("%Y-%m-%d"))
    rec = recurring_themes(data, themes=np.zeros(len(data), int))
    assert rec["count"].sum() == len(data)


# ---------------------------------------------------------------- summary
def test_theme_summary_sentiment_negative_and_signals():
    data = pd.DataFrame({
        "compound": [-0.9, -0.7, -0.5, 0.1, 0.6, 0.8, 0.7, np.nan],
        "sentiment": ["negative", "negative", "negative", "neutral", "positive", "positive", "positive", "neutral"],
        "rudeness": [True, True, False, False, False, False, False, False],
        "escalation": [False, False, False, False, True, False, False, False],
    })
    out = theme_summary(data, [0, 0, 0, 0, 1, 1, 1, 1], min_signal_texts=1)
    row0, row1 = out.iloc[0], out.iloc[1]
    assert row0["size"] == 4 and row0["negative_count"] == 3
    assert row0["negative_share"] == 0.75 and row0["share_of_negatives"] == 1.0
    assert row0["negative_share_ci_low"] < 0.75 < row0["negative_share_ci_high"]
    assert row0["mean_sentiment"] == pytest.approx(np.mean([-0.9, -0.7, -0.5, 0.1]))
    assert row1["mean_sentiment"] == pytest.approx(0.7)  # NaN left out
    assert row0["top_signals"].startswith("rudeness")
    assert row1["top_signals"].startswith("escalation")
    assert row0["lift_escalation"] == 0.0
    assert row0["top_signals"] == "rudeness (2 of 4 texts, none elsewhere)"


def test_theme_summary_names_a_signal_only_when_heard_three_times():
    """One escalation in a theme is an anecdote: it must not be what the theme "comes with"."""
    data = pd.DataFrame({"compound": [-0.5] * 10,
                         "escalation": [True] + [False] * 9,
                         "rudeness": [True, True, True, False, False, False, False, True, False, False]})
    out = theme_summary(data, [0] * 5 + [1] * 5)
    assert out.iloc[0]["top_signals"] == "rudeness (x3.0, 3 of 5 texts)"
    assert out.iloc[0]["lift_escalation"] == np.inf  # the lift is still reported, only not named
    assert out.iloc[1]["top_signals"] == ""


def test_theme_summary_with_sentiment_frame_and_model(small_texts):
    model = ThemeModel(3, random_state=0, min_df=1).fit(small_texts)
    data = pd.DataFrame({"text": small_texts})
    scores = pd.DataFrame({"compound": np.linspace(-1, 1, len(data))})
    out = theme_summary(data, model, sentiment=scores)
    assert out["size"].sum() == len(data)
    assert out["mean_sentiment"].between(-1, 1).all()
    no_sent = theme_summary(data, model, sentiment=None)
    assert "mean_sentiment" not in no_sent
    with pytest.raises(SentimentKitError, match="Column 'compound' not found"):
        theme_summary(data, model)


def test_theme_by_segment(timed):
    ids = np.where(timed["text"].isin(DELIVERY), 0, 1)
    table = theme_by_segment(timed, ids, by="store")
    assert list(table.columns) == ["a", "b"]
    assert np.allclose(table.sum(axis=0), 1.0)
    counts = theme_by_segment(timed, ids, by="store", normalize=False)
    assert counts.to_numpy().sum() == len(timed)


# ---------------------------------------------------------------- plots
def test_plots_draw_what_was_returned(timed):
    import matplotlib.pyplot as plt

    model = ThemeModel(3, random_state=0, min_df=1).fit(timed["text"])
    data = timed.assign(compound=np.where(timed["text"].isin(STAFF), -0.6, 0.3))
    summary = theme_summary(data, model)
    ax = plot_theme_sizes(summary, ax=plt.subplots()[1])  # its own axes: gca() may hold other tests' bars
    assert len(ax.patches) == len(summary)
    assert {t.get_text() for t in ax.get_yticklabels()} == set(summary["label"])
    rec = recurring_themes(timed, themes=model, window="30D")
    _, ax2 = plt.subplots()
    plot_theme_trend(rec, ax=ax2)
    assert len(ax2.lines) >= 3
    _, ax3 = plt.subplots()
    table = theme_by_segment(timed, model, by="store")
    plot_theme_heatmap(table, ax=ax3)
    assert len(ax3.images) + len(ax3.collections) >= 1  # the heat map (an image, or seaborn's mesh)
    assert [t.get_text() for t in ax3.get_xticklabels()] == ["a", "b"]


def test_vectorizer_counts_repeated_texts_once_with_the_same_result():
    from sentiment_kit.text import TermVectorizer

    distinct = ["refund delayed again", "rude staff at the branch", "", "refund still delayed"]
    tv = TermVectorizer(min_df=1, max_df=1.0).fit(distinct)
    repeated = [distinct[i] for i in (3, 0, 0, 2, 1, 3, 0)]
    got = tv.transform(repeated).toarray()
    want = np.vstack([tv.transform([t]).toarray() for t in repeated])
    assert got.shape == (7, len(tv.vocabulary_))
    np.testing.assert_array_equal(got, want)


def test_helpers_never_fit_the_callers_model_and_are_seeded(reviews):
    df = reviews.head(300)
    unfitted = ThemeModel(6, random_state=0)
    recurring_themes(df, themes=unfitted, window="90D")
    assert not hasattr(unfitted, "centroids_")
    a = theme_by_segment(df, None, by="location", random_state=3)
    b = theme_by_segment(df, None, by="location", random_state=3)
    pd.testing.assert_frame_equal(a, b)


def test_theme_by_segment_missing_segment_is_named():
    df = pd.DataFrame({"loc": ["a", None, np.nan, "a"]})
    out = theme_by_segment(df, [0, 1, 1, 0], by="loc", normalize=False)
    assert sorted(out.columns) == ["(missing)", "a"]
    assert out["(missing)"].sum() == 2


def test_theme_by_segment_tidy_has_intervals():
    from scipy.stats import binomtest

    df = pd.DataFrame({"loc": ["a", "a", "b", "b", "b", None]})
    wide = theme_by_segment(df, [0, 1, 1, 1, 0, 1], by="loc")
    tidy = theme_by_segment(df, [0, 1, 1, 1, 0, 1], by="loc", tidy=True)
    assert len(tidy) == wide.size
    row = tidy[(tidy["theme"] == 1) & (tidy["loc"] == "b")].iloc[0]
    assert row["label"] == "1"  # the id in "theme", as everywhere; the label beside it
    assert (row["count"], row["n"]) == (2, 3) and row["share"] == wide.loc["1", "b"]
    ci = binomtest(2, 3).proportion_ci(method="wilson")
    assert np.isclose(row["ci_low"], ci.low) and np.isclose(row["ci_high"], ci.high)
    assert (tidy["ci_low"] <= tidy["share"]).all() and (tidy["share"] <= tidy["ci_high"]).all()


# ------------------------------------------------------------- time adapts to the data (issue 13)
NINE_DAYS = pd.date_range("2024-03-18", "2024-03-26", freq="D")


@pytest.fixture()
def jump():
    """Nine days of 20 texts a day; theme 0 is heard once a day, then 12 times on the last day."""
    theme = np.ones((9, 20), dtype=int)
    theme[:8, 0] = 0
    theme[8, :12] = 0
    return pd.DataFrame({"date": NINE_DAYS.repeat(20), "theme": theme.ravel()})


def test_auto_windows_let_a_theme_emerge_in_nine_days(jump):
    rec = recurring_themes(jump, themes="theme", window="auto")
    assert ((rec["window_end"] - rec["window_start"]).dt.days == 0).all()  # windows of a day
    assert sorted(rec["window_start"].unique()) == list(NINE_DAYS)
    emerging = rec[rec["emerging"]]
    assert emerging[["theme", "window_end", "count", "previous_count"]].values.tolist() == [
        [0, NINE_DAYS[-1], 12, 1]]
    assert rec.loc[rec.theme == 0, "recurring"].tolist() == [False] * 8 + [True]
    pd.testing.assert_frame_equal(recurring_themes(jump, themes="theme"), rec)  # "auto" is the default


def test_auto_windows_scale_with_the_span():
    years = pd.DataFrame({"date": pd.date_range("2023-01-01", "2024-12-31"), "t": 0})
    rec = recurring_themes(years, themes="t", window="auto")
    assert ((rec["window_end"] - rec["window_start"]).dt.days == 29).all()  # 30-day windows
    assert len(rec) == 25 and rec["count"].sum() == len(years)
    quarter = recurring_themes(years.iloc[:91], themes="t")
    assert ((quarter["window_end"] - quarter["window_start"]).dt.days == 6).all()
    one_day = recurring_themes(years.iloc[:1], themes="t")
    assert len(one_day) == 1 and one_day["count"].tolist() == [1]


def test_a_date_on_a_windows_first_day_is_counted_in_that_window():
    data = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-30", "2024-01-31"]), "t": 0})
    rec = recurring_themes(data, themes="t", window="30D")  # the last window: 2 to 31 January
    last = rec.iloc[-1]
    assert (last["window_start"], last["window_end"]) == (pd.Timestamp("2024-01-02"), pd.Timestamp("2024-01-31"))
    assert last["count"] == 2
    daily = recurring_themes(data, themes="t", window="1D")
    assert daily.set_index("window_start").loc[data["date"], "count"].tolist() == [1, 1, 1]


def test_auto_window_from_a_period_and_without_dates():
    from sentiment_kit.summary import choose_period

    data = pd.DataFrame({"date": NINE_DAYS, "t": 0})
    rec = recurring_themes(data, themes="t", window=choose_period(data["date"]))
    assert len(rec) == 9
    with pytest.raises(SentimentKitError, match="has no dates"), pytest.warns(SentimentKitWarning):
        recurring_themes(data.assign(date=pd.NaT), themes="t", window="auto")


def test_theme_trend_of_nine_days_is_drawn_on_nine_days(jump):
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    rec = recurring_themes(jump, themes="theme")
    _, ax = plt.subplots()
    plot_theme_trend(rec, ax=ax)
    lo, hi = (pd.Timestamp(mdates.num2date(x)).tz_localize(None) for x in ax.get_xlim())
    assert NINE_DAYS[0] <= lo < hi <= NINE_DAYS[-1] + pd.Timedelta(days=1)
    assert all(len(line.get_xdata()) == 9 for line in ax.lines if line.get_linestyle() == "-")
    circled = np.vstack([c.get_offsets() for c in ax.collections if len(c.get_offsets())])
    assert len(circled) == 1 and circled[0][1] == 12
    circled_day = pd.Timestamp(mdates.num2date(circled[0][0])).tz_localize(None)
    assert circled_day.normalize() == NINE_DAYS[-1]
    assert all(t.get_text() for t in ax.get_xticklabels())


def test_a_swear_word_never_names_a_theme(small_texts):
    texts = [t.replace("rude", "fucking rude") for t in small_texts]
    model = ThemeModel(3, random_state=0, min_df=1).fit(texts)
    assert "fucking" in " ".join(model.themes_["terms"])       # still among the theme's words
    labels = " ".join(model.themes_["label"])
    assert "fuck" not in labels and "rude" in labels
