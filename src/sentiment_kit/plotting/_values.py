"""Charts for the values analyses: IPA quadrant chart, competitor dumbbells, wave arrows."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import FancyArrowPatch

from .._core.validation import check_columns
from ..exceptions import SentimentKitError
from .._core.escape import chart_text, readable
from ..values.importance import QUADRANTS
from ._common import PALETTE, get_ax

#: Colour of each IPA quadrant.
QUADRANT_COLORS = dict(zip(QUADRANTS, (PALETTE["negative"], PALETTE["positive"], PALETTE["neutral"],
                                       PALETTE["accent"])))


def _label(a: str) -> str:
    return chart_text(readable(a))


def plot_importance_performance(
    ipa: pd.DataFrame,
    *,
    crosshair: tuple[float, float] | None = None,
    whiskers: bool = True,
    labels: bool = True,
    quadrant_names: bool = True,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Importance-performance quadrant chart (Martilla & James 1977).

    Performance on the horizontal axis, importance on the vertical; one labelled
    point per value coloured by quadrant, bootstrap-interval whiskers in both
    directions, the crosshair lines, and the quadrant names in the corners.

    Parameters
    ----------
    ipa : DataFrame
        From :func:`sentiment_kit.importance_performance`.
    crosshair : (importance, performance), optional
        Default: the ``importance_line`` and ``performance_line`` columns of ``ipa``, else the means.
    whiskers, labels, quadrant_names : bool
        Draw the intervals, the value names, the quadrant names.
    ax : Axes, optional
    **kwargs
        Passed to ``ax.scatter``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> ipa = pd.DataFrame({"attribute": ["price", "staff"], "importance": [0.3, 0.7],
    ...                     "performance": [4.0, 2.9], "quadrant": ["Possible overkill", "Concentrate here"]})
    >>> import matplotlib.pyplot as plt
    >>> ax = plot_importance_performance(ipa, ax=plt.subplots()[1])
    >>> len(ax.collections), sorted(t.get_text() for t in ax.texts)[:2]
    (2, ['Concentrate here', 'Keep up the good work'])
    """
    check_columns(ipa, ["attribute", "importance", "performance", "quadrant"], name="ipa")
    ax = get_ax(ax)
    if crosshair is None:
        crosshair = ((ipa["importance_line"].iloc[0], ipa["performance_line"].iloc[0])
                     if {"importance_line", "performance_line"} <= set(ipa.columns) and len(ipa)
                     else (ipa["importance"].mean(), ipa["performance"].mean()))
    i_line, p_line = (float(v) for v in crosshair)
    for quad, part in ipa.groupby("quadrant", sort=False):
        color = QUADRANT_COLORS.get(str(quad), PALETTE["neutral"])
        ax.scatter(part["performance"], part["importance"], color=color, label=chart_text(quad), zorder=3,
                   **{"s": 45, **kwargs})
        if whiskers and {"performance_ci_low", "importance_ci_low"} <= set(ipa.columns):
            x, y = part["performance"].to_numpy(), part["importance"].to_numpy()
            xerr = np.abs(np.vstack([x - part["performance_ci_low"], part["performance_ci_high"] - x]))
            yerr = np.abs(np.vstack([y - part["importance_ci_low"], part["importance_ci_high"] - y]))
            if np.isfinite(xerr).all() and np.isfinite(yerr).all():
                ax.errorbar(x, y, xerr=xerr, yerr=yerr, fmt="none", ecolor=color, alpha=0.5,
                            linewidth=1, zorder=2)
    ax.axvline(p_line, color="0.4", linestyle="--", linewidth=1)
    ax.axhline(i_line, color="0.4", linestyle="--", linewidth=1)
    ax.margins(x=0.08, y=0.14)  # room for the corner names and labels beside the outermost points
    corner_texts = []
    if quadrant_names:
        places = [(0.02, 0.98, "left", "top"), (0.98, 0.98, "right", "top"), (0.02, 0.02, "left", "bottom"),
                  (0.98, 0.02, "right", "bottom")]  # the quadrants' corners, in QUADRANTS order
        corners = [(name, *where) for name, where in zip(QUADRANTS, places)]
        corner_texts = [ax.text(x, y, name, transform=ax.transAxes, ha=ha, va=va, fontsize=9, fontweight="bold",
                                color=QUADRANT_COLORS[name], alpha=0.8) for name, x, y, ha, va in corners]
    if labels:
        _value_labels(ax, ipa, avoid=corner_texts)
    method = ipa["method"].iloc[0] if "method" in ipa and len(ipa) else None
    ylab = {"lmg": "importance (share of explained satisfaction, LMG)", "pearson": "importance (correlation)",
            "spearman": "importance (rank correlation)", "stated": "stated importance",
            "ranked": "ranked importance (score)"}.get(method, "importance")
    ax.set(xlabel="performance (mean rating)", ylabel=ylab)
    return ax


def _value_labels(ax: Axes, ipa: pd.DataFrame, avoid: list = ()) -> None:
    """One label per value, moved apart by adjustText so labels of close values never overlap each
    other, the points or the quadrant names (``avoid``), each joined to its point by a thin line."""
    from adjustText import adjust_text

    x, y = ipa["performance"].to_numpy(float), ipa["importance"].to_numpy(float)
    ok = np.isfinite(x) & np.isfinite(y)
    texts = [ax.text(xi, yi, _label(a), fontsize=8, zorder=4)
             for xi, yi, a, keep in zip(x, y, ipa["attribute"], ok) if keep]
    if len(texts) > 1:
        adjust_text(texts, x=x[ok], y=y[ok], objects=list(avoid) or None, ax=ax, expand=(1.2, 1.4),
                    ensure_inside_axes=True, arrowprops={"arrowstyle": "-", "color": "0.55", "lw": 0.6})


def plot_competitor_gaps(
    gaps: pd.DataFrame, *, ours_label: str = "us", ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Dumbbell chart: our mean rating and each competitor's, per value, joined by a line.

    Values are sorted by our lead (most behind at the top); a competitor marker is
    filled when the difference is significant (``verdict`` not "no clear difference").

    Parameters
    ----------
    gaps : DataFrame
        From :func:`sentiment_kit.competitor_gaps`.
    ours_label : str
        Legend name for our ratings.
    ax : Axes, optional
    **kwargs
        Passed to the line joining the two markers.

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(gaps, ["attribute", "competitor", "ours", "theirs", "difference"], name="gaps")
    ax = get_ax(ax)
    order = gaps.groupby("attribute", sort=False)["difference"].mean().sort_values().index
    ypos = {a: k for k, a in enumerate(order)}
    comps = list(dict.fromkeys(gaps["competitor"]))
    offsets = np.linspace(-0.15, 0.15, len(comps)) if len(comps) > 1 else [0.0]
    markers = ["s", "D", "^", "v", "P"]
    for c, off, mk in zip(comps, offsets, markers * 5):
        part = gaps[gaps["competitor"] == c]
        y = part["attribute"].map(ypos).to_numpy() + off
        for yy, o, t in zip(y, part["ours"], part["theirs"]):
            ax.plot([o, t], [yy, yy], color="0.7", linewidth=2, zorder=1, **kwargs)
        sig = (part["verdict"] != "no clear difference").to_numpy() if "verdict" in part else np.ones(len(part), bool)
        ax.scatter(part["theirs"][sig], y[sig], marker=mk, color=PALETTE["negative"], zorder=3,
                   label=chart_text(c))
        ax.scatter(part["theirs"][~sig], y[~sig], marker=mk, facecolor="white",
                   edgecolor=PALETTE["negative"], zorder=3, label=chart_text(f"{c} (no clear difference)")
                   if (~sig).any() else None)
    first = gaps.drop_duplicates("attribute")
    ax.scatter(first["ours"], first["attribute"].map(ypos), color=PALETTE["accent"], zorder=4,
               label=chart_text(ours_label), s=50)
    ax.set_yticks(range(len(order)), [_label(a) for a in order])
    ax.set(xlabel="mean rating", ylim=(len(order) - 0.5, -0.5))
    ax.legend(frameon=False, fontsize=8, loc="best")
    return ax


def plot_wave_changes(
    changes: pd.DataFrame, *, wave_from: Any = None, wave_to: Any = None, ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Arrows from each value's mean rating in one wave to the next; green up, red down, grey unclear.

    Parameters
    ----------
    changes : DataFrame
        From :func:`sentiment_kit.track_waves`.
    wave_from, wave_to : optional
        Which pair of waves to draw; default the last pair in ``changes``.
    ax : Axes, optional
    **kwargs
        Passed to each ``FancyArrowPatch``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(changes, ["attribute", "wave_from", "wave_to", "mean_from", "mean_to"], name="changes")
    if changes.empty:
        raise SentimentKitError("changes is empty; nothing to draw.")
    if wave_from is None or wave_to is None:
        last = changes.iloc[-1]
        wave_from = last["wave_from"] if wave_from is None else wave_from
        wave_to = last["wave_to"] if wave_to is None else wave_to
    part = changes[(changes["wave_from"] == wave_from) & (changes["wave_to"] == wave_to)]
    if part.empty:
        raise SentimentKitError(f"No comparison {wave_from!r} -> {wave_to!r} in changes.")
    ax = get_ax(ax)
    part = part.sort_values("mean_to")
    colors = {"improved": PALETTE["positive"], "declined": PALETTE["negative"]}
    for k, (_, row) in enumerate(part.iterrows()):
        color = colors.get(row.get("verdict"), PALETTE["neutral"])
        ax.add_patch(FancyArrowPatch((row["mean_from"], k), (row["mean_to"], k), arrowstyle="-|>",
                                     mutation_scale=12, color=color, linewidth=2, **kwargs))
        ax.plot([row["mean_from"]], [k], "o", color=color, markersize=4)
    lo = np.nanmin(part[["mean_from", "mean_to"]].to_numpy())
    hi = np.nanmax(part[["mean_from", "mean_to"]].to_numpy())
    pad = max(0.1, 0.08 * (hi - lo))
    ax.set_xlim(lo - pad, hi + pad)
    ax.set_yticks(range(len(part)), [_label(a) for a in part["attribute"]])
    ax.set(ylim=(-0.5, len(part) - 0.5), xlabel=chart_text(f"mean rating, {wave_from} → {wave_to}"))
    return ax
