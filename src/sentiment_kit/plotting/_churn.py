"""Charts for churn reasons: the breakdown against the classic benchmark, retention by exposure."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import PercentFormatter

from .._core.validation import check_columns
from .._core.escape import chart_text
from ._common import PALETTE, get_ax

__all__ = ["plot_churn_breakdown", "plot_retention"]

_LABELS = {"died": "died", "moved": "moved away", "other_relationships": "other relationships",
           "competitor": "competitor", "price": "price", "product_dissatisfaction": "product",
           "indifference": "indifference"}


def plot_churn_breakdown(
    result: Any, *, classic: bool = True, ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Horizontal bars: each reason's share of churners with its interval, and the classic share.

    Parameters
    ----------
    result : IndifferenceShare or DataFrame
        From :func:`sentiment_kit.indifference_share` (or its ``breakdown``).
        ``unknown`` is not drawn (it is excluded from the shares).
    classic : bool, default True
        Mark the folklore shares (:data:`sentiment_kit.CLASSIC_BREAKDOWN`) with a diamond.
    ax : Axes, optional
    **kwargs
        Passed to ``ax.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit import indifference_share
    >>> import matplotlib.pyplot as plt
    >>> _, ax = plt.subplots()
    >>> ax = plot_churn_breakdown(indifference_share(["indifference", "price", "price", "moved"]), ax=ax)
    >>> len(ax.patches)
    7
    """
    table = getattr(result, "breakdown", result)
    check_columns(table, ["share", "ci_low", "ci_high"], name="breakdown")
    table = table.drop(index="unknown", errors="ignore")
    ax = get_ax(ax)
    y = np.arange(len(table))[::-1]
    colors = [PALETTE["negative"] if r == "indifference" else PALETTE["accent"] for r in table.index]
    kwargs.setdefault("color", colors)
    ax.barh(y, table["share"].fillna(0), **kwargs)
    share = table["share"].to_numpy(dtype=float)
    err = np.vstack([share - table["ci_low"].to_numpy(dtype=float), table["ci_high"].to_numpy(dtype=float) - share])
    ax.errorbar(share, y, xerr=np.nan_to_num(err), fmt="none", ecolor="black", capsize=3, lw=1,
                label=f"{getattr(result, 'confidence', 0.95):.0%} interval")
    if classic and "classic_share" in table:
        ax.plot(table["classic_share"].to_numpy(dtype=float), y, "D", color="black", mfc="white", ms=7,
                ls="none", label="classic claim (LeBoeuf 1987)")
    ax.set_yticks(y, [chart_text(_LABELS.get(str(r), r)) for r in table.index])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel="share of churners with a known reason", xlim=(0, max(1.0, float(np.nanmax(share, initial=0)))))
    ax.legend(frameon=False, loc="upper right")
    return ax


def plot_retention(
    result: Any, *, ci: bool = True, ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Kaplan-Meier retention curves per exposure group, with their pointwise intervals.

    Parameters
    ----------
    result : AttributableChurn or DataFrame
        From :func:`sentiment_kit.attributable_churn` (or its ``km_table``: ``group``,
        ``time``, ``retention``, ``ci_low``, ``ci_high``).
    ci : bool, default True
        Shade the interval.
    ax : Axes, optional
    **kwargs
        Passed to ``ax.step``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from sentiment_kit import attributable_churn, make_customers
    >>> res = attributable_churn(make_customers(300, random_state=0), exposure="unanswered_contacts",
    ...                          threshold=0, n_boot=0)
    >>> import matplotlib.pyplot as plt
    >>> _, ax = plt.subplots()
    >>> len(plot_retention(res, ax=ax).lines)
    2
    """
    table = getattr(result, "km_table", result)
    check_columns(table, ["group", "time", "retention", "ci_low", "ci_high"], name="km_table")
    ax = get_ax(ax)
    colors = {"exposed": PALETTE["negative"], "not exposed": PALETTE["accent"]}
    for g in sorted(table["group"].unique(), key=lambda v: v != "not exposed"):
        part = table[table["group"] == g].sort_values("time")
        label = chart_text(g if not hasattr(result, "exposure") else (
            f"{result.exposure}" if g == "exposed" else f"not ({result.exposure})"))
        (line,) = ax.step(part["time"], part["retention"], where="post", color=colors.get(str(g)),
                          label=label, **kwargs)
        if ci:
            ax.fill_between(part["time"], part["ci_low"], part["ci_high"], step="post", alpha=0.2,
                            color=line.get_color(), linewidth=0)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel="days since sign-up", ylabel="customers still with us", ylim=(0, 1.02))
    ax.legend(frameon=False)
    return ax
