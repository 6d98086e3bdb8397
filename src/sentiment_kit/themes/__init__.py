"""Recurring themes and the Three Times Rule: a theme model, how often each theme is heard per
window and which are emerging, and each theme's size, sentiment and service failures."""

from .model import OTHER, ThemeModel
from .recurring import recurring_themes, theme_by_segment, theme_summary

__all__ = ["ThemeModel", "OTHER", "theme_summary", "recurring_themes", "theme_by_segment"]
