"""Every chart in sentiment_kit. Axes-level: each takes ``ax=`` and returns the Axes.

Plots only draw what an analysis function returned; no global style is changed on import.
"""

from ._churn import plot_churn_breakdown, plot_retention
from ._summary import plot_share_by, plot_share_over_time, plot_volume
from ._values import plot_competitor_gaps, plot_importance_performance, plot_wave_changes

__all__ = ["plot_churn_breakdown", "plot_competitor_gaps", "plot_importance_performance", "plot_retention",
           "plot_share_by", "plot_share_over_time", "plot_volume", "plot_wave_changes"]
