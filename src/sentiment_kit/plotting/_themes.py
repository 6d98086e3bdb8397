"""Charts for recurring themes: sizes coloured by sentiment, trend over time, theme by segment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from .._themes_model import OTHER
from .._validation import check_columns
from .._core.escape import chart_text
from ._common import PALETTE, annotated_heatmap, get_ax


def plot_theme_sizes(summary: pd.DataFrame, *, sentiment: str = "mean_sentiment", top: int | None = None,
                     ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Horizontal bars of theme sizes, coloured by mean sentiment (red negative, green positive).

    Parameters
    ----------
    summary : DataFrame
        From :func:`sentiment_kit.theme_summary` (or ``ThemeModel.themes_``: columns
        ``label`` and ``size``; bars are grey when ``sentiment`` is absent).
    sentiment : str
        Column with scores in [-1, 1].
    top : int, optional
        Only the largest ``top`` themes.

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(summary, ["label", "size"], name="summary")
    ax = get_ax(ax)
    data = summary.sort_values("size", ascending=True)
    if top is not None:
        data = data.tail(int(top))
    if sentiment in data.columns:
        cmap = mpl.colormaps["RdYlGn"]
        colors = [cmap((v + 1) / 2) if np.isfinite(v) else PALETTE["neutral"]
                  for v in data[sentiment].astype(float)]
        sm = mpl.cm.ScalarMappable(norm=mpl.colors.Normalize(-1, 1), cmap=cmap)
        ax.figure.colorbar(sm, ax=ax, label="mean sentiment", fraction=0.04, pad=0.02)
    else:
        colors = PALETTE["accent"]
    ax.barh(np.arange(len(data)), data["size"], color=colors, **kwargs)
    ax.set_yticks(np.arange(len(data)), [chart_text(x) for x in data["label"]])
    ax.set(xlabel="texts", ylabel="", title="Themes by size")
    return ax


def plot_theme_trend(recurring: pd.DataFrame, *, themes: Sequence[Any] | None = None, top: int = 5,
                     ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Mentions per window for each theme, emerging windows marked, the Three Times line dashed.

    Parameters
    ----------
    recurring : DataFrame
        From :func:`sentiment_kit.recurring_themes`.
    themes : list, optional
        Theme ids (or labels) to draw; default the ``top`` themes by total mentions.

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(recurring, ["theme", "label", "window_end", "count", "emerging"], name="recurring")
    ax = get_ax(ax)
    if themes is None:
        totals = recurring[recurring.theme != OTHER].groupby("theme")["count"].sum()
        themes = totals.sort_values(ascending=False, kind="stable").index[: int(top)].tolist()
    for tid in themes:
        part = recurring[(recurring.theme == tid) | (recurring.label == tid)].sort_values("window_end")
        if part.empty:
            continue
        (line,) = ax.plot(part["window_end"], part["count"], marker="o", label=chart_text(part["label"].iloc[0]),
                          **kwargs)
        em = part[part["emerging"]]
        ax.scatter(em["window_end"], em["count"], s=120, facecolors="none", edgecolors=PALETTE["negative"],
                   linewidths=2, zorder=3)
    m = recurring.attrs.get("min_mentions")
    if m:
        ax.axhline(m, color=PALETTE["neutral"], linestyle="--", linewidth=1)
    ax.set(xlabel="window ending", ylabel="mentions", title="Themes over time (circled: emerging)")
    ax.legend(frameon=False, fontsize="small")
    return ax


def plot_theme_heatmap(table: pd.DataFrame, *, ax: Axes | None = None, cmap: str = "Blues",
                       annotate: bool = True, **kwargs: Any) -> Axes:
    """Heatmap of a theme-by-segment table (from :func:`sentiment_kit.theme_by_segment`).

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    values = table.to_numpy(dtype=float)
    shares = np.nanmax(values) <= 1 if values.size else True
    texts = np.vectorize(lambda v: f"{v:.0%}" if shares else f"{v:.0f}", otypes=[object])(values) \
        if annotate and values.size else None
    im = annotated_heatmap(ax, values, texts, table.index, table.columns, aspect="auto", cmap=cmap, **kwargs)
    ax.figure.colorbar(im, ax=ax, fraction=0.04, pad=0.02, label="share of segment" if shares else "texts")
    ax.set(xlabel=chart_text(table.columns.name or ""), ylabel="")
    return ax
