"""Feedback classified in one call: sentiment, the service failures it reports, and whether it is a
complaint; the failures most reported; the texts that say what is wrong."""

from .classify import FAILURE_SIGNALS, classify_feedback, failure_summary, negative_feedback

__all__ = ["classify_feedback", "failure_summary", "negative_feedback", "FAILURE_SIGNALS"]
