"""Charts for recurring themes: sizes coloured by sentiment, trend over time, theme by segment."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..themes.model import OTHER
from .._core.validation import check_columns
from .._core.escape import chart_text
from ._common import PALETTE, annotated_heatmap, get_ax
from ._timeaxis import bins, middles, set_time_axis


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
                     min_mentions: int | None = 3, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Mentions per window for each theme, emerging windows marked, the Three Times line dashed.

    Each window is drawn at its middle and the x-axis covers the windows, no more; ticks
    name the windows' days ("18 Mar" for daily windows, "12–18 Mar" for longer ones).

    Parameters
    ----------
    recurring : DataFrame
        From :func:`sentiment_kit.recurring_themes` (``window_start`` is optional).
    themes : list, optional
        Theme ids (or labels) to draw; default the ``top`` themes by total mentions.
    top : int, default 5
    min_mentions : int or None, default 3
        Where to draw the Three Times line (the ``min_mentions`` given to ``recurring_themes``);
        None draws none.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit.themes import recurring_themes
    >>> days = pd.date_range("2024-03-18", periods=9)
    >>> rec = recurring_themes(pd.DataFrame({"date": days.repeat(3), "t": [0, 1, 1] * 9}), themes="t")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_theme_trend(rec, ax=ax)  # nine days: daily windows
    >>> len(ax.lines[0].get_xdata()), ax.get_xticklabels()[0].get_text().split()
    (9, ['18', 'Mar', '2024'])
    >>> plt.close(fig)
    """
    check_columns(recurring, ["theme", "label", "window_end", "count", "emerging"], name="recurring")
    ax = get_ax(ax)
    if "window_start" in recurring:
        starts, ends = bins(recurring["window_start"], recurring["window_end"])
    else:
        starts, ends = bins(recurring["window_end"], None)
    drawn = recurring.reset_index(drop=True).assign(_x=middles(starts, ends))
    if themes is None:
        totals = drawn[drawn.theme != OTHER].groupby("theme")["count"].sum()
        themes = totals.sort_values(ascending=False, kind="stable").index[: int(top)].tolist()
    for tid in themes:
        part = drawn[(drawn.theme == tid) | (drawn.label == tid)].sort_values("window_end")
        if part.empty:
            continue
        (line,) = ax.plot(part["_x"], part["count"], marker="o", label=chart_text(part["label"].iloc[0]),
                          **kwargs)
        em = part[part["emerging"]]
        ax.scatter(em["_x"], em["count"], s=120, facecolors="none", edgecolors=PALETTE["negative"],
                   linewidths=2, zorder=3)
    if min_mentions:
        ax.axhline(min_mentions, color=PALETTE["neutral"], linestyle="--", linewidth=1)
    kind = set_time_axis(ax, starts, ends, windows=True)
    days = round((ends - starts).median() / pd.Timedelta(days=1)) if len(starts) else 0
    ax.set(xlabel="" if kind == "day" or not days else f"{days}-day windows", ylabel="mentions",
           title="Themes over time (circled: emerging)")
    if ax.lines:
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
