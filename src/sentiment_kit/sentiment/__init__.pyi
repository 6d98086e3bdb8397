"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from ._lexicon import SERVICE_LEXICON
from .classifiers import LexiconClassifier, LexiconFeatures, SentimentClassifier
from .evaluation import EvaluationResult, MethodComparison, compare_methods, cv_interval, evaluate_classifier
from .scoring import LABELS, compound_to_label, score_sentiment, star_cutoffs, stars_to_label
