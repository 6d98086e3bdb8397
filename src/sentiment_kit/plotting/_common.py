"""Helpers shared by the plotting modules."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.axes import Axes

#: Colours used across charts: negative, neutral, positive, highlight.
PALETTE = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60", "accent": "#2c7fb8"}


def get_ax(ax: Axes | None) -> Axes:
    """The given Axes, or the current one."""
    return ax if ax is not None else plt.gca()
