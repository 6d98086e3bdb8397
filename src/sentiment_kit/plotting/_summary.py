"""Charts for the executive summary."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import PercentFormatter

from .._core.escape import chart_text
from .._core.validation import check_columns
from ._common import PALETTE, get_ax
from ._timeaxis import bins, middles, set_time_axis


def plot_volume(volume: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Line chart of feedback volume per period and source (from :func:`volume_over_time`).

    Each period is drawn at its middle and the x-axis covers the periods drawn, no more: nine
    days of data on a nine-day axis, a single period as one point with its name as the tick.

    Parameters
    ----------
    volume : DataFrame
        ``period``, ``source``, ``count`` and (to know each period's length) ``period_end``.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.plot``.

    Returns
    -------
    matplotlib.axes.Axes
        The y-axis says "items per day/week/month/..." when the periods are one of those.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit.summary import volume_over_time
    >>> from sentiment_kit import load_sample
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_volume(volume_over_time({"reviews": load_sample("reviews")}), ax=ax)  # two years: months
    >>> len(ax.lines), ax.get_ylabel()
    (1, 'items per month')
    >>> plt.close(fig)
    """
    check_columns(volume, ["period", "source", "count"], name="volume")
    ax = get_ax(ax)
    starts, ends = bins(volume["period"], volume.get("period_end"))
    drawn = volume.reset_index(drop=True).assign(_x=middles(starts, ends))
    for source, part in drawn.groupby("source", sort=True):
        part = part.sort_values("period")
        ax.plot(part["_x"], part["count"], marker="o", label=chart_text(source), **kwargs)
    kind = set_time_axis(ax, starts, ends)
    ax.set(xlabel="week starting" if kind == "week" else "", ylabel=f"items per {kind or 'period'}",
           title="Feedback volume")
    if ax.lines:
        ax.legend(frameon=False)
    return ax


def plot_share_over_time(
    shares: pd.DataFrame, *, label: str = "share", by: str | None = None, ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Share per period with its confidence band (from :func:`share_over_time`).

    Each period is drawn at its middle and the x-axis covers the periods drawn, no more; a
    single period is one point with its name as the tick.

    Parameters
    ----------
    shares : DataFrame
        ``period``, ``share``, ``ci_low``, ``ci_high``, [``by``] and (to know each period's
        length) ``period_end``.
    label : str
        What the share is of (the y-axis label).
    by : str, optional
        The grouping column: one line and band per group.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit.summary import share_over_time
    >>> df = pd.DataFrame({"date": pd.date_range("2024-03-18", periods=9).repeat(2), "neg": [0, 1] * 9})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_share_over_time(share_over_time(df, flag="neg"), ax=ax)  # nine days: daily
    >>> len(ax.lines[0].get_xdata()), ax.get_xticklabels()[0].get_text().split()
    (9, ['18', 'Mar', '2024'])
    >>> plt.close(fig)
    """
    check_columns(shares, ["period", "share", "ci_low", "ci_high", by], name="shares")
    ax = get_ax(ax)
    starts, ends = bins(shares["period"], shares.get("period_end"))
    drawn = shares.reset_index(drop=True).assign(_x=middles(starts, ends))
    groups = [(None, drawn)] if by is None else list(drawn.groupby(by, sort=True))
    for name, part in groups:
        part = part.sort_values("period")
        color = kwargs.pop("color", PALETTE["negative"]) if by is None else None
        (line,) = ax.plot(part["_x"], part["share"], marker="o", color=color,
                          label=chart_text(name if name is not None else label), **kwargs)
        if len(part) > 1:
            ax.fill_between(part["_x"], part["ci_low"], part["ci_high"], alpha=0.2,
                            color=line.get_color(), linewidth=0)
        else:  # a band needs two points: the interval of a lone period as a bar
            ax.vlines(part["_x"], part["ci_low"], part["ci_high"], alpha=0.4, color=line.get_color(), linewidth=4)
    kind = set_time_axis(ax, starts, ends)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel="week starting" if kind == "week" else "", ylabel=chart_text(label), ylim=(0, None))
    if by is not None:
        ax.legend(title=chart_text(by), frameon=False)
    return ax


def plot_share_by(
    shares: pd.DataFrame, *, by: str, label: str = "share", ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Horizontal bars of a share per group with interval whiskers (from :func:`share_by`).

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(shares, [by, "share", "ci_low", "ci_high", "n"], name="shares")
    ax = get_ax(ax)
    part = shares.iloc[::-1]
    y = range(len(part))
    # whiskers from the interval; rounding can put a bound a hair past the share (0% or 100% groups)
    err = np.clip(np.nan_to_num(np.vstack([part["share"] - part["ci_low"], part["ci_high"] - part["share"]])), 0, None)
    ax.barh(list(y), part["share"], xerr=err, color=kwargs.pop("color", PALETTE["negative"]),
            alpha=0.8, error_kw={"ecolor": "#333", "capsize": 3}, **kwargs)
    ax.set_yticks(list(y), [chart_text(f"{g} (n={n:,})") for g, n in zip(part[by], part["n"])])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel=chart_text(label), ylabel="")
    return ax
