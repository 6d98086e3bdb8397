"""Recurring themes and the Three Times Rule: a theme model, how often each theme is heard per
window and which are emerging, each theme's size, sentiment and service failures, and fitted models
saved and loaded without pickle."""

from .model import OTHER, ThemeModel
from .persist import load_model, save_model
from .recurring import recurring_themes, theme_by_segment, theme_summary

__all__ = ["OTHER", "ThemeModel", "load_model", "recurring_themes", "save_model", "theme_by_segment", "theme_summary"]
