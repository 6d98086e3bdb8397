"""Supervised churn-reason classifier, learning from the user's own labelled exit reasons.

Private module: :class:`ChurnReasonClassifier` is re-exported by :mod:`sentiment_kit.churn`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from ._rules import CHURN_REASONS, classify_unique, factorize_texts
from .._core.validation import as_text_series, check_fitted, check_labels, check_random_state, check_same_length
from ..exceptions import SentimentKitError

__all__ = ["ChurnReasonClassifier"]


def _rule_onehot(texts: Any) -> np.ndarray:
    """One column per taxonomy category: 1 where the rules give that category (a model feature)."""
    s = pd.Series(np.asarray(texts, dtype=object).ravel(), dtype=object).fillna("").astype(str)
    reasons = classify_unique(s)["reason"].to_numpy()
    return (reasons[:, None] == np.array(CHURN_REASONS)[None, :]).astype(float)


class ChurnReasonClassifier(ClassifierMixin, BaseEstimator):
    """Learn the churn-reason taxonomy from your own labelled exit reasons.

    A logistic regression (Cox 1958; scikit-learn ``LogisticRegression``) on TF-IDF
    word 1-2-grams and character 2-4-grams, plus, with ``use_rules=True``, the
    category the built-in rules give as extra features. Where the model's top
    probability is below ``min_confidence`` the answer falls back to the rules
    (and so to ``unknown`` when no rule matches): the model never guesses with
    low confidence. Blank answers are always ``unknown``.

    Parameters
    ----------
    min_confidence : float, default 0.5
        Below this top probability, the rules decide.
    use_rules : bool, default True
        Use the rules' category as features and as the fallback (else fall back to ``unknown``).
    C : float, default 10.0
        Inverse regularisation strength of the logistic regression.
    random_state : int, numpy Generator or None, default None
        Passed to the logistic regression (NumPy's global generator is never used).

    Attributes
    ----------
    classes_ : ndarray of str
        Categories seen in ``fit``.
    pipeline_ : sklearn.pipeline.Pipeline
        The fitted features + logistic regression.

    Examples
    --------
    >>> texts = ["rude staff", "nobody called back", "too expensive", "price went up",
    ...          "moving abroad", "relocated", "app kept crashing", "slow internet"] * 3
    >>> labels = ["indifference"] * 2 + ["price"] * 2 + ["moved"] * 2 + ["product_dissatisfaction"] * 2
    >>> clf = ChurnReasonClassifier().fit(texts, labels * 3)
    >>> clf.predict(["the cashier was rude", ""]).tolist()
    ['indifference', 'unknown']
    """

    def __init__(self, *, min_confidence: float = 0.5, use_rules: bool = True, C: float = 10.0,
                 random_state: Any = None):
        self.min_confidence = min_confidence
        self.use_rules = use_rules
        self.C = C
        self.random_state = random_state

    def fit(self, X: Any, y: Any) -> ChurnReasonClassifier:
        """Fit on texts ``X`` and their categories ``y`` (values of :data:`CHURN_REASONS`)."""
        texts = as_text_series(X, name="X")
        labels = pd.Series(check_labels(y, name="y"), dtype=object)
        check_same_length(texts, labels, names=("X", "y"))
        bad = sorted({str(v) for v in labels if v not in CHURN_REASONS})
        if bad:
            raise SentimentKitError(
                f"y has labels outside the churn-reason taxonomy: {bad}; use one of {list(CHURN_REASONS)}."
            )
        if labels.nunique() < 2:
            raise SentimentKitError(f"y needs at least two categories to learn from; got {sorted(set(labels))}.")
        if not 0 <= self.min_confidence <= 1:
            raise SentimentKitError(f"min_confidence must be in [0, 1], got {self.min_confidence}.")
        parts = [("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)),
                 ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True))]
        if self.use_rules:
            parts.append(("rules", FunctionTransformer(_rule_onehot)))
        self.pipeline_ = make_pipeline(FeatureUnion(parts), LogisticRegression(
            C=self.C, max_iter=2000, random_state=int(check_random_state(self.random_state).integers(2**31 - 1))))
        self.pipeline_.fit(texts.to_numpy(dtype=object), labels.to_numpy(dtype=object))
        self.classes_ = self.pipeline_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        """Model probabilities (before any fallback), one column per ``classes_``."""
        check_fitted(self, "pipeline_")
        return self.pipeline_.predict_proba(as_text_series(X, name="X").to_numpy(dtype=object))

    def predict(self, X: Any) -> np.ndarray:
        """Categories, with the rule fallback below ``min_confidence``; blanks are ``unknown``."""
        texts, codes, uniques = factorize_texts(X, name="X")
        return self.decide(uniques)["reason"].to_numpy(dtype=object)[codes]

    def decide(self, uniques: pd.Series, competitors: tuple[str, ...] = ()) -> pd.DataFrame:
        """Decision table for distinct texts: ``reason``, ``rule``, ``matched``, ``also_matched``, ``probability``.

        ``competitors`` reach the rules the model falls back on below ``min_confidence``."""
        check_fitted(self, "pipeline_")
        out = classify_unique(uniques, tuple(competitors))
        proba = self.pipeline_.predict_proba(uniques.to_numpy(dtype=object))
        top = proba.max(axis=1)
        label = self.classes_[proba.argmax(axis=1)]
        use_model = (top >= self.min_confidence) & (out["rule"].to_numpy() != "blank")
        if not self.use_rules:
            out.loc[~use_model, ["reason", "rule", "matched"]] = ["unknown", "low_confidence", ""]
        out.loc[use_model, "reason"] = label[use_model]
        out.loc[use_model, "rule"] = "model"
        out.loc[use_model, "matched"] = ""
        out["probability"] = np.where(out["rule"] == "blank", np.nan, top)
        return out
