"""sentiment_kit: what are our customers telling us, and what is it costing us?

Customer-sentiment analytics for complaints, peer reviews, exit surveys and
satisfaction surveys, with curated notebooks and an executive HTML report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
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

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "order_waves": "._core.parse",
    "Period": "._core.timegrain",
    "choose_period": "._core.timegrain",
    "trend_window": "._core.timegrain",
    "CHURN_REASONS": ".churn",
    "CLASSIC_BREAKDOWN": ".churn",
    "AttributableChurn": ".churn",
    "ChurnReasonClassifier": ".churn",
    "IndifferenceShare": ".churn",
    "attributable_churn": ".churn",
    "classify_churn_reasons": ".churn",
    "explain_churn_reasons": ".churn",
    "fit_churn_reason_model": ".churn",
    "indifference_share": ".churn",
    "revenue_at_risk": ".churn",
    "ScoreSummary": ".batch",
    "fit_themes_file": ".batch",
    "score_file": ".batch",
    "SCHEMAS": ".data",
    "Dataset": ".data",
    "inspect_dataset": ".data",
    "load_sample": ".data",
    "make_customers": ".data",
    "make_interactions": ".data",
    "make_reviews": ".data",
    "make_staff_survey": ".data",
    "make_survey": ".data",
    "read_config": ".data",
    "read_dataset": ".data",
    "read_if_present": ".data",
    "simulate_customers": ".data",
    "simulate_interactions": ".data",
    "simulate_reviews": ".data",
    "simulate_staff_survey": ".data",
    "simulate_survey": ".data",
    "validate_dataset": ".data",
    "DataValidationError": ".exceptions",
    "MissingResourceError": ".exceptions",
    "SentimentKitError": ".exceptions",
    "SentimentKitWarning": ".exceptions",
    "classify_feedback": ".feedback",
    "EvaluationResult": ".sentiment",
    "LexiconClassifier": ".sentiment",
    "SentimentClassifier": ".sentiment",
    "compare_methods": ".sentiment",
    "evaluate_classifier": ".sentiment",
    "score_sentiment": ".sentiment",
    "SIGNALS": ".signals",
    "service_signals": ".signals",
    "CostToServe": ".team",
    "agent_scorecard": ".team",
    "cost_to_serve": ".team",
    "csat": ".team",
    "empowerment_rate": ".team",
    "feedback_by_stage": ".team",
    "nps": ".team",
    "referral_rate": ".team",
    "retention_rate": ".team",
    "ThemeModel": ".themes",
    "load_model": ".themes",
    "recurring_themes": ".themes",
    "save_model": ".themes",
    "theme_by_segment": ".themes",
    "theme_summary": ".themes",
    "action_plan": ".values",
    "competitor_gaps": ".values",
    "importance_performance": ".values",
    "track_waves": ".values",
}

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "AttributableChurn",
    "CHURN_REASONS",
    "CLASSIC_BREAKDOWN",
    "ChurnReasonClassifier",
    "DataValidationError",
    "Dataset",
    "EvaluationResult",
    "IndifferenceShare",
    "LexiconClassifier",
    "Period",
    "MissingResourceError",
    "SCHEMAS",
    "SIGNALS",
    "SentimentClassifier",
    "SentimentKitError",
    "SentimentKitWarning",
    "ThemeModel",
    "action_plan",
    "attributable_churn",
    "choose_period",
    "classify_churn_reasons",
    "classify_feedback",
    "compare_methods",
    "competitor_gaps",
    "evaluate_classifier",
    "explain_churn_reasons",
    "fit_churn_reason_model",
    "importance_performance",
    "indifference_share",
    "inspect_dataset",
    "load_sample",
    "make_customers",
    "make_reviews",
    "make_survey",
    "order_waves",
    "read_config",
    "read_dataset",
    "read_if_present",
    "recurring_themes",
    "revenue_at_risk",
    "score_sentiment",
    "service_signals",
    "simulate_customers",
    "simulate_reviews",
    "simulate_survey",
    "theme_by_segment",
    "theme_summary",
    "track_waves",
    "trend_window",
    "validate_dataset",
    "CostToServe",
    "ScoreSummary",
    "fit_themes_file",
    "score_file",
    "load_model",
    "save_model",
    "agent_scorecard",
    "cost_to_serve",
    "csat",
    "empowerment_rate",
    "feedback_by_stage",
    "nps",
    "referral_rate",
    "retention_rate",
    "make_interactions",
    "make_staff_survey",
    "simulate_interactions",
    "simulate_staff_survey",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
