import numpy as np
import pandas as pd
import pytest

from sentiment_kit._core.validation import as_text_series, check_columns, check_random_state, check_same_length
from sentiment_kit.exceptions import SentimentKitError


def test_as_text_series_keeps_every_row_and_index():
    s = pd.Series(["a", None, np.nan, 3, b"x", "  "], index=list("uvwxyz"))
    out = as_text_series(s)
    assert out.tolist() == ["a", "", "", "3", "x", "  "]
    assert list(out.index) == list("uvwxyz")


def test_as_text_series_rejects_single_string():
    with pytest.raises(SentimentKitError, match="single string"):
        as_text_series("hello")


def test_check_columns_lists_available():
    with pytest.raises(SentimentKitError, match=r"Column 'text' not found in data; available: \['body'\]"):
        check_columns(pd.DataFrame({"body": [1]}), ["text"])


def test_random_state():
    assert check_random_state(3).random() == check_random_state(3).random()
    g = np.random.default_rng(1)
    assert check_random_state(g) is g
    with pytest.raises(SentimentKitError):
        check_random_state("seed")


def test_same_length():
    with pytest.raises(SentimentKitError, match="same length; got 2 and 1"):
        check_same_length([1, 2], [1])


# --------------------------------------------------------------------------- bad input gets our errors
import sentiment_kit as sk  # noqa: E402


def test_a_dict_of_texts_is_scored_on_its_values_not_its_keys():
    scores = sk.score_sentiment({"great": "awful, rude and late", "awful": "great, friendly and quick"})
    assert scores["sentiment"].to_dict() == {"great": "negative", "awful": "positive"}


def test_zero_width_and_compatibility_characters_do_not_hide_words():
    assert sk.score_sentiment(["ter\u200brible", "ｔｅｒｒｉｂｌｅ"])["sentiment"].tolist() == ["negative", "negative"]
    assert sk.service_signals(["the agent was ru\u200bde"])["rudeness"].iloc[0]


@pytest.mark.parametrize("bad", [None, 5, 3.5, {"a", "b"}, "one string"])
def test_texts_that_are_not_a_collection_raise_our_error(bad):
    with pytest.raises(SentimentKitError, match="texts"):
        sk.score_sentiment(bad)


@pytest.mark.parametrize("fit", [
    lambda: sk.SentimentClassifier().fit([], []),
    lambda: sk.SentimentClassifier().fit(["good", "bad"], [np.nan, "pos"]),
    lambda: sk.SentimentClassifier().fit(["", "  "], ["pos", "neg"]),
    lambda: sk.SentimentClassifier().fit(["good", "bad"], None),
    lambda: sk.LexiconClassifier().fit(["good", "bad"], [1, None]),
    lambda: sk.ThemeModel().fit(["", None, "   "]),
    lambda: sk.ThemeModel(n_components=-1).fit(["late delivery"] * 5),
    lambda: sk.ThemeModel(n_jobs=0).fit(["late delivery"] * 5),
    lambda: sk.compare_methods({"lexicon": sk.LexiconClassifier()}, [], []),
])
def test_empty_missing_and_blank_training_data_raise_our_error(fit):
    with pytest.raises(SentimentKitError):
        fit()


@pytest.mark.parametrize("window", ["0D", "-5D", "M", "soon", 30])
def test_windows_must_be_positive_lengths(window):
    data = pd.DataFrame({"text": ["a", "b"], "date": pd.to_datetime(["2024-01-01", "2024-02-01"])})
    with pytest.raises(SentimentKitError, match="window must be a positive"):
        sk.recurring_themes(data, themes=np.array([0, 1]), window=window)


def test_sentiment_classifier_is_seeded_and_leaves_the_global_generator_alone():
    texts = ["great service", "awful service", "very helpful", "rude staff", "loved it", "never again"] * 5
    labels = ["pos", "neg"] * 15
    np.random.seed(1)
    before = np.random.get_state()[1].copy()
    a = sk.SentimentClassifier(random_state=7).fit(texts, labels).decision_function(texts)
    b = sk.SentimentClassifier(random_state=7).fit(texts, labels).decision_function(texts)
    assert np.array_equal(a, b)
    sk.SentimentClassifier().fit(texts, labels)  # unseeded: fresh entropy, still not the global generator
    assert np.array_equal(np.random.get_state()[1], before)
