"""Sentiment classifiers with the scikit-learn contract: a trained model and the lexicon as a model.

:class:`SentimentClassifier` learns from the analyst's own labels; :class:`LexiconClassifier`
turns a lexicon score into the same interface, so both can be cross-validated side by side
(:func:`sentiment_kit.sentiment.evaluation.compare_methods`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.utils.multiclass import check_classification_targets, unique_labels

from .._core.validation import as_text_series, check_fitted, check_labels, check_random_state, check_same_length
from ..exceptions import SentimentKitError
from .scoring import LABELS, compound_to_label, score_sentiment

__all__ = ["SentimentClassifier", "LexiconClassifier", "LexiconFeatures"]


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Transformer: the fast scorer's ``neg``, ``neu``, ``pos``, ``compound`` as features.

    Stateless (``fit`` only records ``n_features_in_``); output is a sparse matrix scaled by
    ``weight`` so it can be stacked with TF-IDF blocks.

    Examples
    --------
    >>> LexiconFeatures().fit_transform(["great", "awful"]).shape
    (2, 4)
    """

    def __init__(self, *, weight: float = 1.0):
        self.weight = weight

    def fit(self, X: Any, y: Any = None) -> LexiconFeatures:
        as_text_series(X, name="X")
        self.n_features_out_ = 4
        return self

    def transform(self, X: Any) -> sparse.csr_matrix:
        s = score_sentiment(as_text_series(X, name="X"))
        return sparse.csr_matrix(s[["neg", "neu", "pos", "compound"]].to_numpy(float) * self.weight)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array(["lex_neg", "lex_neu", "lex_pos", "lex_compound"], dtype=object)


class _Truncate:
    """Picklable preprocessor: lower-case and keep the first ``n`` characters."""

    def __init__(self, n: int | None):
        self.n = n

    def __call__(self, doc: str) -> str:
        return (doc if self.n is None else doc[: self.n]).lower()


class SentimentClassifier(ClassifierMixin, BaseEstimator):
    """Supervised text classifier with strong defaults for short customer texts.

    Features: word 1-2-gram TF-IDF (sublinear tf) + character 2-5-gram TF-IDF within word
    boundaries (``char_wb``, robust to misspellings) + the fast lexicon scores
    (:class:`LexiconFeatures`), then an L2 logistic regression (liblinear, dual) with balanced
    class weights; one-vs-rest for more than two classes, with the per-class probabilities
    normalised to sum to 1. Works for any label set: binary, three-class sentiment,
    complaint categories.

    Parameters
    ----------
    C : float, default 10.0
        Inverse regularisation strength of the logistic regression.
    word_ngrams : tuple of int, default (1, 2)
    char_ngrams : tuple of int or None, default (2, 5)
        ``None`` drops the character block (faster on long texts).
    lexicon : bool, default True
        Append the fast lexicon scores as features.
    lexicon_weight : float, default 1.0
    max_chars : int or None, default 2000
        Characters of each text used by the character block (bounds the cost on long
        complaints; the word block always sees the whole text).
    min_df : int, default 1
    class_weight : "balanced" or None, default "balanced"
    max_iter : int, default 1000
    random_state : int, numpy Generator or None, default None
        Seeds the solver's coordinate order (liblinear); NumPy's global generator is never
        used. The same int gives the same model.

    Attributes
    ----------
    classes_ : ndarray
        The labels seen in ``fit``.
    pipeline_ : sklearn.pipeline.Pipeline
        The fitted feature union and model.

    Examples
    --------
    >>> texts = ["great service", "awful service", "very helpful staff", "rude staff",
    ...          "loved it", "never again"] * 3
    >>> labels = ["pos", "neg", "pos", "neg", "pos", "neg"] * 3
    >>> clf = SentimentClassifier().fit(texts, labels)
    >>> clf.predict(["great staff, loved it"]).tolist()
    ['pos']
    """

    def __init__(
        self,
        *,
        C: float = 10.0,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        lexicon: bool = True,
        lexicon_weight: float = 1.0,
        max_chars: int | None = 2000,
        min_df: int = 1,
        class_weight: str | None = "balanced",
        max_iter: int = 1000,
        random_state: Any = None,
    ):
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.lexicon = lexicon
        self.lexicon_weight = lexicon_weight
        self.max_chars = max_chars
        self.min_df = min_df
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def _build(self, n_classes: int = 2) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, Pipeline

        blocks = [("word", TfidfVectorizer(ngram_range=tuple(self.word_ngrams), sublinear_tf=True,
                                           min_df=self.min_df, token_pattern=r"(?u)\b\w[\w']*\b",
                                           dtype=np.float64))]
        if self.char_ngrams is not None:
            blocks.append(("char", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams),
                                                   sublinear_tf=True, min_df=self.min_df,
                                                   preprocessor=_Truncate(self.max_chars),
                                                   dtype=np.float64)))
        if self.lexicon:
            blocks.append(("lexicon", LexiconFeatures(weight=self.lexicon_weight)))
        # the dual problem: n-gram features far outnumber texts (7x faster than the primal on 10k)
        seed = int(check_random_state(self.random_state).integers(2**31 - 1))
        model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter,
                                   solver="liblinear", dual=True, random_state=seed)
        if n_classes > 2:  # liblinear is binary: one-vs-rest, ~10x faster than lbfgs here
            model = OneVsRestClassifier(model)
        return Pipeline([("features", FeatureUnion(blocks)), ("model", model)])

    def fit(self, X: Any, y: Any) -> SentimentClassifier:
        """Fit on raw texts ``X`` and labels ``y`` (same length); returns self."""
        texts = as_text_series(X, name="X")
        if len(texts) == 0:
            raise SentimentKitError("X is empty; SentimentClassifier.fit needs labelled texts.")
        y_arr = check_labels(y, name="y")
        check_same_length(texts, y_arr, names=("X (texts)", "y (labels)"))
        check_classification_targets(y_arr)
        self.classes_ = unique_labels(y_arr)
        if not texts.str.contains(r"\w", regex=True).any():
            raise SentimentKitError("Every text in X is blank or has no word; SentimentClassifier needs words to learn.")
        self.pipeline_ = self._build(len(self.classes_)).fit(texts.to_numpy(), y_arr)
        self.n_features_in_ = 1
        return self

    def _texts(self, X: Any) -> np.ndarray:
        check_fitted(self, "pipeline_")
        return as_text_series(X, name="X").to_numpy()

    def predict(self, X: Any) -> np.ndarray:
        """Predicted label of each text."""
        texts = self._texts(X)
        return self.pipeline_.predict(texts)

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, columns in the order of ``classes_``."""
        texts = self._texts(X)
        return self.pipeline_.predict_proba(texts)

    def decision_function(self, X: Any) -> np.ndarray:
        """Linear scores (one column per class, or one for binary)."""
        texts = self._texts(X)
        return self.pipeline_.decision_function(texts)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


class LexiconClassifier(ClassifierMixin, BaseEstimator):
    """A lexicon used as a classifier, so it can be cross-validated next to trained models.

    Nothing is learned from the texts: ``fit`` records the classes. The decision rule is the
    same for every lexicon: a text is positive when its score is ``>= threshold``. With two
    classes, the second of ``classes_`` (sorted: 1, "pos", "positive") is the positive one and
    every other text (negative *and* neutral) gets the first class. With the three classes
    "negative", "neutral", "positive", scores within ``(-threshold, threshold)`` are neutral.

    Parameters
    ----------
    method : {"fast", "vader"} or callable, default "fast"
        A :func:`score_sentiment` method, or a function mapping a list of texts to an array of
        scores in [-1, 1] (e.g. TextBlob polarity).
    threshold : float, default 0.05

    Examples
    --------
    >>> clf = LexiconClassifier().fit(["good", "bad"], [1, 0])
    >>> clf.predict(["great value", "never arrived"]).tolist()
    [1, 0]
    """

    def __init__(self, method: Any = "fast", *, threshold: float = 0.05):
        self.method = method
        self.threshold = threshold

    def fit(self, X: Any, y: Any) -> LexiconClassifier:
        texts = as_text_series(X, name="X")
        y_arr = check_labels(y, name="y")
        check_same_length(texts, y_arr, names=("X (texts)", "y (labels)"))
        self.classes_ = unique_labels(y_arr)
        three = set(map(str, self.classes_)) == set(LABELS)
        if len(self.classes_) != 2 and not three:
            raise SentimentKitError(
                "LexiconClassifier needs two classes or exactly 'negative', 'neutral', 'positive'; "
                f"got {list(self.classes_)}."
            )
        return self

    def score_texts(self, X: Any) -> np.ndarray:
        """The lexicon score of each text."""
        texts = as_text_series(X, name="X")
        if callable(self.method):
            return np.asarray(self.method(texts.tolist()), dtype=float)
        return score_sentiment(texts, method=self.method)["compound"].to_numpy()

    def predict(self, X: Any) -> np.ndarray:
        check_fitted(self, "classes_")
        score = self.score_texts(X)
        if len(self.classes_) == 2:
            return np.where(score >= self.threshold, self.classes_[1], self.classes_[0])
        return compound_to_label(score, self.threshold)
