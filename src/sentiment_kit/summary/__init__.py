"""Headline numbers for the executive summary: volumes and shares over time and by group, churn,
satisfaction, each with its n and a confidence interval."""

from .._core.timegrain import Period, choose_period, trend_window
from .headline import format_metrics, headline_metrics
from .shares import GROUPINGS, group_column, share_by, share_over_time, top_groups, volume_over_time

__all__ = ["Period", "choose_period", "trend_window", "volume_over_time", "share_over_time", "share_by", "top_groups",
           "group_column", "GROUPINGS", "headline_metrics", "format_metrics"]
