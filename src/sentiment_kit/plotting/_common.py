"""Helpers shared by the plotting modules."""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.collections import QuadMesh

from .._core.escape import chart_text

#: Colours used across charts: negative, neutral, positive, highlight.
PALETTE = {"negative": "#c0392b", "neutral": "#95a5a6", "positive": "#27ae60", "accent": "#2c7fb8"}


def get_ax(ax: Axes | None) -> Axes:
    """The given Axes, or the current one."""
    return ax if ax is not None else plt.gca()


def annotated_heatmap(ax: Axes, shown: np.ndarray, texts: np.ndarray | None, rows: Sequence, cols: Sequence,
                      *, aspect: str | float = "equal", **kwargs: object) -> QuadMesh:
    """:func:`seaborn.heatmap` of ``shown`` on ``ax``, without a colour bar.

    Parameters
    ----------
    ax : Axes
    shown : ndarray
        The values that colour the cells; non-finite cells are left blank.
    texts : ndarray of str, optional
        What to write in each cell (same shape as ``shown``), e.g. ``"43%\\n(12)"``; nothing is
        written in non-finite cells. None: no cell texts.
    rows, cols : sequence
        Row and column names, the y and x tick labels (x labels rotated by 30 degrees).
    aspect : {"equal", "auto"} or float, default "equal"
        Passed to ``Axes.set_aspect``; "equal" draws square cells.
    **kwargs
        Passed to :func:`seaborn.heatmap` (``cmap``, ``vmin``, ``vmax``, ...).

    Returns
    -------
    matplotlib.collections.QuadMesh
        The cells, for ``ax.figure.colorbar(mesh, ax=ax, label=...)``.

    Notes
    -----
    Every text from the data (names and cell texts) goes through :func:`chart_text`, so a ``$``
    is drawn as a dollar sign rather than starting mathtext.
    """
    shown = np.asarray(shown, dtype=float)
    blank = ~np.isfinite(shown)
    if blank.all():  # nothing to scale the colours by (seaborn would take the min of nothing)
        kwargs = {"vmin": 0, "vmax": 1} | {k: v for k, v in kwargs.items() if v is not None}
    annot = np.vectorize(chart_text, otypes=[object])(texts) if texts is not None else False
    drawn = len(ax.collections)
    with warnings.catch_warnings():
        if shown.size == 0:  # an empty table: seaborn sets 0-wide limits, which matplotlib widens with a warning
            warnings.filterwarnings("ignore", "Attempting to set identical", UserWarning)
        sns.heatmap(shown, mask=blank, annot=annot, fmt="", annot_kws={"fontsize": 8}, cbar=False, ax=ax,
                    xticklabels=[chart_text(c) for c in cols], yticklabels=[chart_text(r) for r in rows], **kwargs)
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    plt.setp(ax.get_yticklabels(), rotation=0)
    ax.set_aspect(aspect)
    return ax.collections[drawn]
