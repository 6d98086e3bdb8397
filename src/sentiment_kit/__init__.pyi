"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from ._core.parse import order_waves
from ._core.timegrain import Period, choose_period, trend_window
from .churn import (
    CHURN_REASONS,
    CLASSIC_BREAKDOWN,
    AttributableChurn,
    ChurnReasonClassifier,
    IndifferenceShare,
    attributable_churn,
    classify_churn_reasons,
    explain_churn_reasons,
    fit_churn_reason_model,
    indifference_share,
    revenue_at_risk,
)
from .batch import ScoreSummary, fit_themes_file, score_file
from .data import (SCHEMAS, Dataset, inspect_dataset, load_sample, make_customers, make_interactions, make_reviews,
                   make_staff_survey, make_survey, read_config, read_dataset, read_if_present, simulate_customers,
                   simulate_interactions, simulate_reviews, simulate_staff_survey, simulate_survey, validate_dataset)
from .exceptions import DataValidationError, MissingResourceError, SentimentKitError, SentimentKitWarning
from .feedback import classify_feedback
from .sentiment import (EvaluationResult, LexiconClassifier, SentimentClassifier, compare_methods,
                        evaluate_classifier, score_sentiment)
from .signals import SIGNALS, service_signals
from .team import (CostToServe, agent_scorecard, cost_to_serve, csat, empowerment_rate, feedback_by_stage, nps,
                   referral_rate, retention_rate)
from .themes import ThemeModel, load_model, recurring_themes, save_model, theme_by_segment, theme_summary
from .values import action_plan, competitor_gaps, importance_performance, track_waves
