"""Helpers shared by the plotting modules."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.image import AxesImage

from .._core.escape import chart_text

#: Colours used across charts: negative, neutral, positive, highlight.
PALETTE = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60", "accent": "#2c7fb8"}


def get_ax(ax: Axes | None) -> Axes:
    """The given Axes, or the current one."""
    return ax if ax is not None else plt.gca()


def annotated_heatmap(ax: Axes, shown: np.ndarray, texts: np.ndarray | None, rows: Sequence, cols: Sequence,
                      **imshow: object) -> AxesImage:
    """``imshow`` of ``shown`` with rows/columns as tick labels and ``texts`` written in the cells
    (white on the darker cells, none where ``texts`` is None or a cell is not finite)."""
    im = ax.imshow(shown, **imshow)
    if texts is not None:
        top = np.nanmax(shown) if shown.size else 0
        for (i, j), v in np.ndenumerate(shown):
            if np.isfinite(v):
                ax.text(j, i, chart_text(texts[i, j]), ha="center", va="center", fontsize=8,
                        color="white" if v > 0.6 * top else "black")
    ax.set_xticks(range(len(cols)), [chart_text(c) for c in cols], rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), [chart_text(r) for r in rows])
    return im
