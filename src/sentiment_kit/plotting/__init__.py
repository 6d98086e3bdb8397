"""Every chart in sentiment_kit. Axes-level: each takes ``ax=`` and returns the Axes.

Plots only draw what an analysis function returned; no global style is changed on import.
"""

from .._core.escape import chart_text
from ._churn import plot_churn_breakdown, plot_retention
from ._sentiment import plot_confusion_matrix, plot_method_comparison, plot_sentiment_distribution
from ._summary import plot_share_by, plot_share_over_time, plot_volume
from ._rates import plot_empowerment, plot_feedback_by_stage, plot_nps_breakdown, plot_rate_trend
from ._team import plot_cost_to_serve, plot_scorecard
from ._themes import plot_theme_heatmap, plot_theme_sizes, plot_theme_trend
from ._values import plot_competitor_gaps, plot_importance_performance, plot_wave_changes

__all__ = ["chart_text", "plot_churn_breakdown", "plot_competitor_gaps", "plot_confusion_matrix", "plot_importance_performance",
           "plot_method_comparison", "plot_retention", "plot_sentiment_distribution", "plot_share_by",
           "plot_share_over_time", "plot_theme_heatmap", "plot_theme_sizes", "plot_theme_trend", "plot_volume",
           "plot_wave_changes",
           # the team analyses
           "plot_cost_to_serve", "plot_empowerment", "plot_feedback_by_stage", "plot_nps_breakdown", "plot_rate_trend",
           "plot_scorecard"]
