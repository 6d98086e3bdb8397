"""Charts of the team chapter: the agent scorecard (quality against volume) and the cost to serve.

Shared helpers of the team charts live here; the rate charts are in :mod:`._rates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import Formatter

from .._core.escape import chart_text
from .._core.labels import group_labels
from .._core.validation import check_columns
from ..exceptions import SentimentKitError
from ._common import PALETTE, get_ax

__all__ = ["plot_scorecard", "plot_cost_to_serve"]  # the rate charts: ._rates

_NORMAL, _WARN, _QUIET = PALETTE["accent"], PALETTE["negative"], PALETTE["neutral"]
#: Above this many agents only the flagged ones are named on the scorecard.
_MAX_NAMED = 20
_INTERVAL = Patch(color="0.6", alpha=0.35, label="confidence interval")


def _err(v: Any, lo: Any, hi: Any) -> np.ndarray:
    """Error-bar lengths below and above ``v``: never negative (rounding), zero where a bound is missing."""
    v = np.asarray(v, dtype=float)
    err = np.vstack([v - np.asarray(lo, dtype=float), np.asarray(hi, dtype=float) - v])
    return np.clip(np.nan_to_num(err), 0, None)


def _row_names(table: pd.DataFrame, cols: list[str]) -> list[str]:
    """What each row is called: its period (when there are several) and groups, "all" for a lone row."""
    parts = [group_labels(table[c]) for c in cols]
    if "period" in table and table["period"].nunique() > 1:
        parts.insert(0, pd.to_datetime(table["period"]).dt.strftime("%d %b %Y"))
    if parts:
        return [" · ".join(p) for p in zip(*parts)]
    if len(table) > 1:
        raise SentimentKitError(f"The table has {len(table)} rows but by=None: pass by= naming the column(s) "
                                f"that tell the rows apart (columns: {list(map(str, table.columns))}).")
    return ["all"] * len(table)


def _n_text(n: Any) -> str:
    return f"n={int(n):,}" if pd.notna(n) else "n=?"


def _is_share(table: pd.DataFrame, value: str, cols: Sequence[str | None]) -> bool:
    """A share (0-1, drawn as percent): by its name (``rate``, ``share``), else when all values lie in [0, 1]."""
    name = value.lower()
    if "rate" in name or "share" in name:
        return True
    if "nps" in name or "mean" in name or "sentiment" in name:
        return False
    v = table[[c for c in cols if c is not None]].to_numpy(dtype=float)
    v = v[np.isfinite(v)]
    return bool(v.size) and v.min() >= 0 and v.max() <= 1


def _amount(v: float, _pos: object = None) -> str:
    """A count or an amount as a reader writes it: 1,000 not 10^3."""
    return f"{v:,.0f}" if abs(v) >= 1 or v == 0 else f"{v:.2g}"


class _PlainLog(Formatter):
    """Log-axis labels as plain numbers (1,000, not 10^3); minor ticks labelled at 2 and 5 times a power
    of ten when the axis spans at most two decades (fewer would leave one label or none)."""

    def __init__(self, minor: bool = False) -> None:
        self.minor = minor

    def __call__(self, v: float, pos: object = None) -> str:
        if not self.minor or v <= 0:
            return _amount(v)
        low, high = sorted(self.axis.get_view_interval())
        lead = v / 10 ** np.floor(np.log10(v))
        short = low > 0 and np.log10(high / low) <= 2
        return _amount(v) if short and any(np.isclose(lead, (2, 5))) else ""


def _set_scale(ax: Axes, which: str, scale: str, options: dict) -> None:
    """Put the ``which`` ("x" or "y") axis on ``scale``; a log scale is labelled with plain numbers."""
    getattr(ax, f"set_{which}scale")(scale, **options)
    axis = getattr(ax, f"{which}axis")
    if scale != "linear":
        axis.set_major_formatter(_PlainLog())
        axis.set_minor_formatter(_PlainLog(minor=True))


def _scale(values: np.ndarray, span: float) -> tuple[str, dict]:
    """Log scale when the positive values span more than ``span`` times (symlog when some are 0), else linear."""
    v = values[np.isfinite(values)]
    pos = v[v > 0]
    if not pos.size or (v < 0).any() or pos.max() / pos.min() <= span:
        return "linear", {}
    if (v == 0).any():
        return "symlog", {"linthresh": float(pos.min()), "linscale": 0.3}
    return "log", {}


def _team_mean(table: pd.DataFrame, quality: np.ndarray) -> float:
    """Every survey counted once (``quality_raw`` weighted by ``surveys``), else the mean of the shown qualities."""
    if {"quality_raw", "surveys"} <= set(table.columns):
        q, w = table["quality_raw"].to_numpy(dtype=float), table["surveys"].to_numpy(dtype=float)
        ok = np.isfinite(q) & np.isfinite(w) & (w > 0)
        if ok.any():
            return float(np.average(q[ok], weights=w[ok]))
    return float(np.nanmean(quality)) if np.isfinite(quality).any() else np.nan


def plot_scorecard(scorecard: pd.DataFrame, *, ax: Axes | None = None, team_mean: float | None = None,
                   label_flagged: bool = True, **kwargs: Any) -> Axes:
    """Quality against volume per agent (from :func:`sentiment_kit.team.agent_scorecard`).

    One point per agent: contacts handled across, quality up with its interval as a vertical
    bar, the team mean dashed. Agents flagged ``volume_without_quality`` (many contacts, quality
    the customers rate below the team) are red diamonds: the bonus winner the customers dislike.
    Agents without a quality score (no surveys, the "(unknown)" row) are not drawn but named
    in the legend. The quality is read as the analysis gives it, shrunk toward the team mean so a
    few surveys cannot put an agent at the top or bottom (Efron & Morris 1975, JASA 70(350)).

    Parameters
    ----------
    scorecard : DataFrame
        ``agent``, ``contacts``, ``quality``, ``ci_low``, ``ci_high``, ``volume_without_quality``;
        ``surveys`` and ``quality_raw`` for the default team mean.
    ax : Axes, optional
    team_mean : float, optional
        Where to draw the team mean; default the mean of ``quality_raw`` weighted by ``surveys``
        (every survey counted once), else the mean quality of the agents drawn.
    label_flagged : bool, default True
        Name the flagged agents (in red) however many agents there are. Every agent is named
        when at most 20 are drawn; above that only the flagged ones, and only when this is True.
    **kwargs
        Passed to ``Axes.errorbar``.

    Returns
    -------
    matplotlib.axes.Axes
        The x-axis is logarithmic when contacts span more than 20 times.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> card = pd.DataFrame({"agent": ["ana", "bo", "cy", "(unknown)"], "contacts": [40, 900, 120, 30],
    ...                      "quality": [4.5, 3.1, 4.0, np.nan], "ci_low": [4.1, 2.9, 3.6, np.nan],
    ...                      "ci_high": [4.8, 3.3, 4.3, np.nan], "volume_without_quality": [False, True, False, False]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_scorecard(card, ax=ax, team_mean=3.9)
    >>> [len(c.lines[0].get_xdata()) for c in ax.containers], ax.get_xscale()
    ([2, 1], 'log')
    >>> [t.get_text() for t in ax.get_legend().get_texts()][-1]
    'not shown, no quality score: (unknown)'
    >>> plt.close(fig)
    """
    check_columns(scorecard, ["agent", "contacts", "quality", "ci_low", "ci_high", "volume_without_quality"],
                  name="scorecard")
    ax = get_ax(ax)
    x, y = scorecard["contacts"].to_numpy(dtype=float), scorecard["quality"].to_numpy(dtype=float)
    lo, hi = scorecard["ci_low"].to_numpy(dtype=float), scorecard["ci_high"].to_numpy(dtype=float)
    shown = np.isfinite(x) & np.isfinite(y)
    flagged = scorecard["volume_without_quality"].eq(True).to_numpy() & shown
    for mask, color, marker, label in ((shown & ~flagged, _NORMAL, "o", "agent (quality with interval)"),
                                       (flagged, _WARN, "D", "volume without quality")):
        if mask.any():
            ax.errorbar(x[mask], y[mask], yerr=_err(y[mask], lo[mask], hi[mask]), fmt=marker, color=color,
                        elinewidth=1, capsize=2, markersize=7 if marker == "D" else 5, label=label,
                        zorder=3, **kwargs)
    mean = _team_mean(scorecard, y[shown]) if team_mean is None else float(team_mean)
    if np.isfinite(mean):
        ax.axhline(mean, color="0.3", linestyle="--", linewidth=1, label=f"team mean ({mean:.3g})", zorder=1)
    scale, options = _scale(x[shown], 20)
    _set_scale(ax, "x", scale, options)
    ax.margins(x=0.06, y=0.08)  # room for the names beside the outermost points
    _agent_names(ax, scorecard, x, y, shown, flagged, label_flagged)
    handles, labels = ax.get_legend_handles_labels()
    left_out = [str(a) for a in scorecard.loc[~shown, "agent"]]
    if left_out:
        more = f" and {len(left_out) - 5} more" if len(left_out) > 5 else ""
        handles.append(Line2D([], [], linestyle="none"))
        labels.append(chart_text("not shown, no quality score: " + ", ".join(left_out[:5]) + more))
    if handles:
        ax.legend(handles, labels, frameon=False, fontsize="small", loc="best")
    ax.set(xlabel="contacts handled" + (" (log scale)" if scale != "linear" else ""),
           ylabel="quality as customers rate it (with interval)", title="Quality and volume per agent")
    return ax


def _agent_names(ax: Axes, scorecard: pd.DataFrame, x: np.ndarray, y: np.ndarray, shown: np.ndarray,
                 flagged: np.ndarray, label_flagged: bool) -> None:
    """Agent names beside their points, moved apart by adjustText (flagged ones in red, bold)."""
    from adjustText import adjust_text

    named = shown if shown.sum() <= _MAX_NAMED else (flagged if label_flagged else np.zeros_like(shown))
    texts = []
    for xi, yi, agent, warn in zip(x[named], y[named], scorecard["agent"].to_numpy()[named], flagged[named]):
        texts.append(ax.text(xi, yi, chart_text(agent), fontsize=8, zorder=4, color=_WARN if warn else "0.2",
                             fontweight="bold" if warn else "normal"))
    if len(texts) > 1:
        adjust_text(texts, x=x[shown], y=y[shown], ax=ax, ensure_inside_axes=True,
                    arrowprops={"arrowstyle": "-", "color": "0.6", "lw": 0.5})


def plot_cost_to_serve(customers: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Cost to serve against value, one unnamed point per customer, the cost = value line dashed.

    Customers whose service cost exceeds their value (``cost_exceeds_value``) are red and
    counted in the legend as a group; no customer is named on the chart. Both axes are
    logarithmic when the amounts span more than 100 times (symmetric-log when some are 0, so
    zeros stay on the chart), with the same limits so the diagonal is the diagonal.

    Parameters
    ----------
    customers : DataFrame
        ``CostToServe.to_frame()`` from :func:`~sentiment_kit.team.cost_to_serve`: ``service_cost``,
        ``value``, ``cost_exceeds_value``.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.scatter``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> c = pd.DataFrame({"customer_id": ["c1", "c2", "c3"], "service_cost": [5.0, 80.0, 0.0],
    ...                   "value": [400.0, 20.0, 3000.0], "cost_exceeds_value": [False, True, False]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_cost_to_serve(c, ax=ax)
    >>> [len(p.get_offsets()) for p in ax.collections], ax.get_xscale()
    ([2, 1], 'symlog')
    >>> plt.close(fig)
    """
    check_columns(customers, ["service_cost", "value", "cost_exceeds_value"], name="customers")
    ax = get_ax(ax)
    x, y = customers["value"].to_numpy(dtype=float), customers["service_cost"].to_numpy(dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    over = customers["cost_exceeds_value"].eq(True).to_numpy() & ok
    both = np.concatenate([x[ok], y[ok]])
    scale, options = _scale(both, 100)
    style = {"s": 16, "alpha": 0.7, "linewidths": 0, "rasterized": bool(ok.sum() > 2000), **kwargs}
    ax.scatter(x[ok & ~over], y[ok & ~over], color=_NORMAL, label=f"value covers cost ({(ok & ~over).sum():,})",
               **style)
    ax.scatter(x[over], y[over], color=_WARN, marker="D", label=f"cost exceeds value ({over.sum():,} of "
               f"{ok.sum():,}, {over.sum() / max(ok.sum(), 1):.0%})", **style)
    if both.size:
        low, high = float(both.min()), float(both.max())
        if scale == "linear":
            pad = 0.05 * (high - low) or max(0.1 * abs(high), 1.0)  # one amount only: still a visible range
            diag, limits = np.array([low, high]), (low - pad, high + pad)
        else:
            floor = options.get("linthresh", both[both > 0].min())
            diag = np.concatenate([[0.0] if low == 0 else [], np.geomspace(floor, high, 50)])
            limits = (-0.3 * floor if low == 0 else floor / 1.5, high * 1.5)
        ax.plot(diag, diag, color="0.3", linestyle="--", linewidth=1, label="cost = value")
        _set_scale(ax, "x", scale, options)
        _set_scale(ax, "y", scale, options)
        ax.set(xlim=limits, ylim=limits)
    handles, labels = ax.get_legend_handles_labels()
    if (~ok).any():
        handles.append(Line2D([], [], linestyle="none"))
        labels.append(f"not shown, no cost or value: {(~ok).sum():,}")
    ax.legend(handles, labels, frameon=False, fontsize="small", loc="upper left" if ok.sum() > 2000 else "best")
    ax.set(xlabel="customer value" + (" (log scale)" if scale != "linear" else ""),
           ylabel="cost to serve" + (" (log scale)" if scale != "linear" else ""),
           title="Cost to serve against customer value")
    return ax
