"""Charts for the executive summary."""

from __future__ import annotations

from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import PercentFormatter

from .._validation import check_columns
from .._core.escape import chart_text
from ._common import PALETTE, get_ax


def plot_volume(volume: pd.DataFrame, *, ax: Axes | None = None, **kwargs: Any) -> Axes:
    """Line chart of feedback volume per period and source (from :func:`volume_over_time`).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit.summary import volume_over_time
    >>> from sentiment_kit import load_sample
    >>> ax = plot_volume(volume_over_time({"reviews": load_sample("reviews")}))
    >>> len(ax.lines)
    1
    """
    check_columns(volume, ["period", "source", "count"], name="volume")
    ax = get_ax(ax)
    for source, part in volume.groupby("source", sort=True):
        part = part.sort_values("period")
        ax.plot(part["period"], part["count"], marker="o", label=chart_text(source), **kwargs)
    ax.set(xlabel="", ylabel="items per period", title="Feedback volume")
    ax.legend(frameon=False)
    return ax


def plot_share_over_time(
    shares: pd.DataFrame, *, label: str = "share", by: str | None = None, ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Share per period with its confidence band (from :func:`share_over_time`).

    Returns
    -------
    matplotlib.axes.Axes
    """
    check_columns(shares, ["period", "share", "ci_low", "ci_high", by], name="shares")
    ax = get_ax(ax)
    groups = [(None, shares)] if by is None else list(shares.groupby(by, sort=True))
    for name, part in groups:
        part = part.sort_values("period")
        color = kwargs.pop("color", PALETTE["negative"]) if by is None else None
        (line,) = ax.plot(part["period"], part["share"], marker="o", color=color,
                          label=chart_text(name if name is not None else label), **kwargs)
        ax.fill_between(part["period"], part["ci_low"], part["ci_high"], alpha=0.2,
                        color=line.get_color(), linewidth=0)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel="", ylabel=chart_text(label), ylim=(0, None))
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
    err = [part["share"] - part["ci_low"], part["ci_high"] - part["share"]]
    ax.barh(list(y), part["share"], xerr=err, color=kwargs.pop("color", PALETTE["negative"]),
            alpha=0.8, error_kw={"ecolor": "#333", "capsize": 3}, **kwargs)
    ax.set_yticks(list(y), [chart_text(f"{g} (n={n:,})") for g, n in zip(part[by], part["n"])])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel=chart_text(label), ylabel="")
    return ax
