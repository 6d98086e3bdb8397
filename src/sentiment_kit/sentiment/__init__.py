"""Sentiment of customer text: a fast lexicon scorer and exact VADER (no training data), a supervised
classifier for the analyst's own labels, and their evaluation side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
    from ._lexicon import SERVICE_LEXICON
    from .classifiers import LexiconClassifier, LexiconFeatures, SentimentClassifier
    from .evaluation import EvaluationResult, MethodComparison, compare_methods, cv_interval, evaluate_classifier
    from .scoring import LABELS, compound_to_label, score_sentiment, star_cutoffs, stars_to_label

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "SERVICE_LEXICON": "._lexicon",
    "LexiconClassifier": ".classifiers",
    "LexiconFeatures": ".classifiers",
    "SentimentClassifier": ".classifiers",
    "EvaluationResult": ".evaluation",
    "MethodComparison": ".evaluation",
    "compare_methods": ".evaluation",
    "cv_interval": ".evaluation",
    "evaluate_classifier": ".evaluation",
    "LABELS": ".scoring",
    "compound_to_label": ".scoring",
    "score_sentiment": ".scoring",
    "star_cutoffs": ".scoring",
    "stars_to_label": ".scoring",
}

__all__ = ["score_sentiment", "compound_to_label", "stars_to_label", "star_cutoffs", "LABELS", "SERVICE_LEXICON",
           "SentimentClassifier", "LexiconClassifier", "LexiconFeatures", "EvaluationResult", "evaluate_classifier",
           "compare_methods", "cv_interval", "MethodComparison"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
