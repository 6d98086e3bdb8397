"""Sentiment of customer text: a fast lexicon scorer and exact VADER (no training data), a supervised
classifier for the analyst's own labels, and their evaluation side by side."""

from ._lexicon import SERVICE_LEXICON
from .classifiers import LexiconClassifier, LexiconFeatures, SentimentClassifier
from .evaluation import EvaluationResult, MethodComparison, compare_methods, cv_interval, evaluate_classifier
from .scoring import LABELS, compound_to_label, score_sentiment, star_cutoffs, stars_to_label

__all__ = ["score_sentiment", "compound_to_label", "stars_to_label", "star_cutoffs", "LABELS", "SERVICE_LEXICON",
           "SentimentClassifier", "LexiconClassifier", "LexiconFeatures", "EvaluationResult", "evaluate_classifier",
           "compare_methods", "cv_interval", "MethodComparison"]
