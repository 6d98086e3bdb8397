import numpy as np
import pandas as pd
import pytest
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline

import sentiment_kit as sk
from sentiment_kit import LexiconClassifier, SentimentClassifier
from sentiment_kit.sentiment.evaluation import EvaluationResult, compare_methods, cv_interval, evaluate_classifier
from sentiment_kit.exceptions import SentimentKitError


@pytest.fixture(scope="module")
def reviews():
    data, truth = sk.simulate_reviews(240, random_state=3)
    return data["text"], truth["true_sentiment"]


def test_evaluate_classifier_result(reviews):
    X, y = reviews
    res = evaluate_classifier(LexiconClassifier(), X, y, cv=4, random_state=0)
    assert isinstance(res, EvaluationResult)
    assert res.n == len(X) and len(res.folds) == 4
    assert res.folds["n_test"].sum() == len(X)
    acc = res.scores.loc["accuracy"]
    assert acc["ci_low"] <= acc["mean"] <= acc["ci_high"]
    assert res.accuracy == pytest.approx(res.folds["accuracy"].mean())
    # the lexicon learns nothing, so pooled predictions equal a direct prediction
    direct = LexiconClassifier().fit(X, y).predict(X)
    assert (res.predictions.to_numpy() == direct).all()
    assert res.predictions.index.equals(X.index)
    assert res.confusion.to_numpy().sum() == len(X)
    assert list(res.confusion.index) == ["negative", "neutral", "positive"]
    assert res.per_class.loc["negative", "support"] == (y == "negative").sum()
    tp = res.confusion.loc["positive", "positive"]
    assert res.per_class.loc["positive", "recall"] == pytest.approx(tp / (y == "positive").sum())


def test_same_random_state_same_result(reviews):
    X, y = reviews
    a = evaluate_classifier(SentimentClassifier(char_ngrams=None), X, y, cv=3, random_state=5)
    b = evaluate_classifier(SentimentClassifier(char_ngrams=None), X, y, cv=3, random_state=5)
    pd.testing.assert_frame_equal(a.folds.drop(columns="seconds"), b.folds.drop(columns="seconds"))


def test_compare_methods_same_folds(reviews):
    X, y = reviews
    plain = make_pipeline(TfidfVectorizer(), LogisticRegression())
    out = compare_methods({"lexicon": LexiconClassifier(), "plain": plain,
                           "ours": SentimentClassifier(char_ngrams=None)}, X, y, cv=3, random_state=1)
    assert out.table["method"].tolist() == ["lexicon", "plain", "ours"]
    assert out.summary() is out.table and "Best macro-F1" in str(out)
    # Two copies of an estimator whose predictions depend on which rows it was trained on
    # give identical out-of-fold predictions only if both saw the same folds.
    twins = compare_methods({"a": _FoldEcho(), "b": _FoldEcho()}, X, y, cv=3, random_state=1)
    pa, pb = (r.predictions for r in twins.results.values())
    pd.testing.assert_series_equal(pa, pb, check_names=False)
    other = compare_methods({"a": _FoldEcho()}, X, y, cv=3, random_state=2)
    assert not pa.equals(next(iter(other.results.values())).predictions)
    assert out.table["macro_f1"].between(0, 1).all()
    assert (out.table["macro_f1_ci_low"] <= out.table["macro_f1"]).all()


def test_splitter_and_errors(reviews):
    X, y = reviews
    res = evaluate_classifier(LexiconClassifier(), X, y, cv=KFold(2))
    assert len(res.folds) == 2
    with pytest.raises(SentimentKitError, match="same length"):
        evaluate_classifier(LexiconClassifier(), ["a", "b", "c"], [0, 1])
    with pytest.raises(SentimentKitError, match="missing"):
        evaluate_classifier(LexiconClassifier(), ["a", "b"], [0, None])
    with pytest.raises(SentimentKitError, match="at least 2"):
        evaluate_classifier(LexiconClassifier(), ["a", "b"], [0, 1], cv=1)
    with pytest.raises(SentimentKitError, match="empty"):
        compare_methods({}, ["a"], [0])


def test_cv_interval_corrected_is_wider_than_naive():
    scores = np.array([0.7, 0.75, 0.8, 0.72, 0.78])
    m, lo, hi = cv_interval(scores, test_fraction=0.2)
    naive = 2.776 * scores.std(ddof=1) / np.sqrt(5)
    assert hi - m > naive
    assert np.isnan(cv_interval([0.5], test_fraction=0.5)[1])


def test_labels_may_be_a_generator():
    from sentiment_kit import LexiconClassifier, evaluate_classifier

    texts = ["great", "awful", "lovely staff", "rude staff", "good value", "bad value"] * 2
    res = evaluate_classifier(LexiconClassifier(), texts, (y for y in [1, 0] * 6), cv=3, random_state=0)
    assert res.accuracy == 1.0


class _FoldEcho(ClassifierMixin, BaseEstimator):
    """Predicts for each text the label of a training row picked by the text: depends on the fold."""

    def fit(self, X, y):
        self.y_ = np.asarray(y)
        self.classes_ = np.unique(self.y_)
        return self

    def predict(self, X):
        return np.array([self.y_[sum(map(ord, str(t))) % len(self.y_)] for t in X], dtype=object)
