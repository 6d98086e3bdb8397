"""Charts of the numbers managers watch: a rate or score over time, the NPS breakdown, empowerment
against its target and feedback along the customer journey, each with its interval."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from .._core.escape import chart_text, readable
from .._core.validation import check_columns
from ..exceptions import SentimentKitError
from ..team._groups import as_columns
from ._common import get_ax
from ._timeaxis import bins, middles, set_time_axis
from ._team import _INTERVAL, _NORMAL, _QUIET, _WARN, _err, _is_share, _n_text, _row_names

__all__ = ["plot_rate_trend", "plot_nps_breakdown", "plot_empowerment", "plot_feedback_by_stage"]

_TREND_LABELS = {"nps": "net promoter score", "satisfied_share": "share of satisfied customers",
                 "mean": "mean satisfaction score", "rate": "rate"}


def plot_rate_trend(table: pd.DataFrame, *, value: str = "nps", ci: tuple[str, str] | None = ("ci_low", "ci_high"),
                    by: str | Sequence[str] | None = None, ax: Axes | None = None, target: float | None = None,
                    ylabel: str | None = None, **kwargs: Any) -> Axes:
    """One line per group over ``period``, its interval a shaded band (NPS, CSAT, retention, referral, ...).

    Draws a per-period table from :func:`~sentiment_kit.team.nps`, :func:`~sentiment_kit.team.csat`,
    :func:`~sentiment_kit.team.retention_rate`, :func:`~sentiment_kit.team.referral_rate` or
    :func:`~sentiment_kit.team.empowerment_rate`. Each period sits at its middle on a time axis
    that covers the periods drawn; a lone period shows its interval as a bar.

    Parameters
    ----------
    table : DataFrame
        ``period``, ``value``, the ``ci`` columns, the ``by`` columns and (to know each period's
        length) ``period_end``.
    value : str, default "nps"
        The column to draw: ``"nps"``, ``"mean"``, ``"satisfied_share"``, ``"rate"``, ...
    ci : (str, str) or None, default ("ci_low", "ci_high")
        The interval columns (``("mean_ci_low", "mean_ci_high")`` for the CSAT mean); None: no band.
    by : str or list of str, optional
        Grouping column(s): one line and band per group.
    ax : Axes, optional
    target : float, optional
        Drawn as a dashed horizontal line.
    ylabel : str, optional
        The y-axis label (and title); default from ``value`` ("net promoter score", ...).
    **kwargs
        Passed to ``Axes.plot``.

    Returns
    -------
    matplotlib.axes.Axes
        Shares (a ``rate`` or ``share`` column, or values within 0-1) on a percent axis; NPS plain.

    Raises
    ------
    SentimentKitError
        If a column is missing, or ``by`` is None and a period has several rows.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> months = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"])
    >>> t = pd.DataFrame({"period": months, "period_end": months + pd.offsets.MonthEnd(0), "n": [50, 60, 55],
    ...                   "rate": [0.8, 0.75, 0.85], "ci_low": [0.67, 0.63, 0.74], "ci_high": [0.89, 0.84, 0.92]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_rate_trend(t, value="rate", target=0.8, ylabel="retention rate")
    >>> len(ax.lines[0].get_xdata()), [x.get_text() for x in ax.get_xticklabels()], ax.get_title()
    (3, ['Jan\\n2024', 'Feb', 'Mar'], 'Retention rate over time')
    >>> plt.close(fig)
    """
    cols = as_columns(by)
    lo_col, hi_col = ci if ci is not None else (None, None)
    check_columns(table, ["period", value, lo_col, hi_col, *cols], name="table")
    if not cols and table["period"].duplicated().any():
        raise SentimentKitError("The table has several rows per period but by=None: pass by= naming the grouping "
                                f"column(s) (columns: {list(map(str, table.columns))}).")
    ax = get_ax(ax)
    starts, ends = bins(table["period"], table.get("period_end"))
    drawn = table.reset_index(drop=True).assign(_x=middles(starts, ends))
    drawn["_group"] = _row_names(drawn.drop(columns="period"), cols) if cols else ""
    groups = list(drawn.groupby("_group", sort=False))
    colors = [_NORMAL] if len(groups) == 1 else sns.color_palette("colorblind", len(groups))
    label = ylabel if ylabel is not None else _TREND_LABELS.get(value, readable(value))
    for (name, part), color in zip(groups, colors):
        part = part.sort_values("_x")
        (line,) = ax.plot(part["_x"], part[value], marker="o", color=color,
                          label=chart_text(name if cols else label), **kwargs)
        if ci is None:
            continue
        if len(part) > 1:
            ax.fill_between(part["_x"], part[lo_col], part[hi_col], alpha=0.2 if len(groups) == 1 else 0.12,
                            color=color, linewidth=0)
        else:  # a band needs two points: the interval of a lone period as a bar
            ax.vlines(part["_x"], part[lo_col], part[hi_col], alpha=0.4, color=color, linewidth=4)
    share = _is_share(drawn, value, [value, lo_col, hi_col])
    kind = set_time_axis(ax, starts, ends)
    if target is not None:
        ax.axhline(target, color="0.2", linestyle="--", linewidth=1,
                   label=f"target {target:.0%}" if share else f"target {target:g}")
    if share:
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlabel="week starting" if kind == "week" else "", ylabel=chart_text(label),
           title=chart_text(label[:1].upper() + label[1:] + " over time"))
    handles = ax.get_legend_handles_labels()[0] + ([_INTERVAL] if ci is not None else [])
    where = {"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if len(groups) > 1 else {"loc": "best"}
    ax.legend(handles=handles, frameon=False, fontsize="small", **where,
              title=chart_text(" / ".join(readable(c) for c in cols)) if cols else None)
    return ax


def plot_nps_breakdown(table: pd.DataFrame, *, by: str | Sequence[str] | None = None, ax: Axes | None = None,
                       **kwargs: Any) -> Axes:
    """Horizontal stacked bars of detractors, passives and promoters per group, the NPS written at the end.

    NPS is the share of promoters (9-10) minus the share of detractors (0-6), times 100
    (Reichheld 2003, Harvard Business Review 81(12)); its interval is the one the analysis chose
    (Rocks 2016, The American Statistician 70(4)).

    Parameters
    ----------
    table : DataFrame
        From :func:`~sentiment_kit.team.nps`: ``n``, ``promoters``, ``passives``, ``detractors``
        (shares 0-1), ``nps``, ``ci_low``, ``ci_high`` and the ``by`` columns.
    by : str or list of str, optional
        Grouping column(s): one bar per row, named by group (and period when there are several);
        None: a single-row table, one bar.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes
        Three bar segments (patches) per row, first row at the top; tick labels "group (n=...)".

    Raises
    ------
    SentimentKitError
        If ``by`` is None and the table has several rows of one period.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> t = pd.DataFrame({"store": ["north", "south"], "n": [120, 80], "promoters": [0.5, 0.3],
    ...                   "passives": [0.3, 0.3], "detractors": [0.2, 0.4], "nps": [30.0, -10.0],
    ...                   "ci_low": [18.0, -26.0], "ci_high": [41.0, 6.0]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_nps_breakdown(t, by="store", ax=ax)
    >>> len(ax.patches), [x.get_text() for x in ax.get_yticklabels()]
    (6, ['north (n=120)', 'south (n=80)'])
    >>> [x.get_text() for x in ax.texts if x.get_text().startswith("NPS")]
    ['NPS +30 (+18 to +41)', 'NPS −10 (−26 to +6)']
    >>> plt.close(fig)
    """
    cols = as_columns(by)
    check_columns(table, ["n", "promoters", "passives", "detractors", "nps", "ci_low", "ci_high", *cols],
                  name="table")
    names = _row_names(table, cols)
    ax = get_ax(ax)
    y = np.arange(len(table))
    left = np.zeros(len(table))
    for part, color, ink in (("detractors", _WARN, "white"), ("passives", _QUIET, "0.1"),
                             ("promoters", _NORMAL, "white")):
        share = np.nan_to_num(table[part].to_numpy(dtype=float))
        ax.barh(y, share, left=left, color=color, label=part, **kwargs)
        for yi, start, s in zip(y, left, share):
            if s >= 0.08:  # room for the number inside the segment
                ax.text(start + s / 2, yi, f"{s:.0%}", ha="center", va="center", color=ink, fontsize=8)
        left += share
    for yi, (score, low, high) in zip(y, table[["nps", "ci_low", "ci_high"]].to_numpy(dtype=float)):
        text = (f"NPS {score:+.0f} ({low:+.0f} to {high:+.0f})".replace("-", "−") if np.isfinite(score)
                else "no answers")
        ax.text(1.02, yi, text, transform=ax.get_yaxis_transform(), va="center", ha="left", fontsize=9)
    ax.set_yticks(y, [chart_text(f"{g} ({_n_text(n)})") for g, n in zip(names, table["n"])])
    ax.set(xlim=(0, 1), ylim=(len(table) - 0.5, -0.5), xlabel="share of respondents",
           ylabel=chart_text(" / ".join(readable(c) for c in cols)))
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_title("Promoters, passives and detractors", pad=24)
    ax.legend(ncols=3, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize="small")
    return ax


def plot_empowerment(table: pd.DataFrame, *, by: str | Sequence[str] | None = None, ax: Axes | None = None,
                     **kwargs: Any) -> Axes:
    """Empowerment rate per group with its Wilson interval, the target a dashed vertical line.

    Groups whose rate is below target (``below_target``, the analysis's test) are red and hatched.
    Wilson interval: Wilson (1927), JASA 22(158).

    Parameters
    ----------
    table : DataFrame
        From :func:`~sentiment_kit.team.empowerment_rate`: ``n``, ``rate``, ``ci_low``, ``ci_high``,
        ``target``, ``below_target`` and the ``by`` columns.
    by : str or list of str, optional
        Grouping column(s): one bar per row; None: a single-row table, one bar.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes
        One bar (patch) per row, first row at the top; tick labels "group (n=...)".

    Raises
    ------
    SentimentKitError
        If ``by`` is None and the table has several rows of one period.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> t = pd.DataFrame({"team": ["a", "b"], "n": [200, 150], "empowered": [170, 90], "rate": [0.85, 0.6],
    ...                   "ci_low": [0.79, 0.52], "ci_high": [0.89, 0.67], "target": [0.8, 0.8],
    ...                   "p_value": [0.96, 0.0], "below_target": [False, True]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_empowerment(t, by="team", ax=ax)
    >>> len(ax.patches), [x.get_text() for x in ax.get_yticklabels()]
    (2, ['a (n=200)', 'b (n=150)'])
    >>> plt.close(fig)
    """
    cols = as_columns(by)
    check_columns(table, ["n", "rate", "ci_low", "ci_high", "target", "below_target", *cols], name="table")
    names = _row_names(table, cols)
    ax = get_ax(ax)
    y = np.arange(len(table))
    rate = table["rate"].to_numpy(dtype=float)
    below = table["below_target"].eq(True).to_numpy()
    bars = ax.barh(y, np.nan_to_num(rate), xerr=_err(rate, table["ci_low"], table["ci_high"]),
                   color=np.where(below, _WARN, _NORMAL).tolist(), error_kw={"ecolor": "#333", "capsize": 3},
                   **kwargs)
    for bar, warn in zip(bars, below):
        bar.set_hatch("//" if warn else None)
    targets = table["target"].to_numpy(dtype=float)
    distinct = np.unique(targets[np.isfinite(targets)])
    if len(distinct) == 1:
        ax.axvline(distinct[0], color="0.1", linestyle="--", linewidth=1.2, label=f"target {distinct[0]:.0%}")
    elif len(distinct) > 1:  # a target per group: a short line across each bar
        ax.vlines(targets, y - 0.45, y + 0.45, color="0.1", linestyle="--", linewidth=1.2, label="target")
    ax.set_yticks(y, [chart_text(f"{g} ({_n_text(n)})") for g, n in zip(names, table["n"])])
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlim=(0, 1), ylim=(len(table) - 0.5, -0.5), ylabel=chart_text(" / ".join(readable(c) for c in cols)),
           xlabel="share of contacts resolved without escalation (with Wilson interval)")
    ax.set_title("Empowerment against target", pad=24)
    handles = ax.get_legend_handles_labels()[0] + [Patch(facecolor=_WARN, hatch="//", label="below target"),
                                                   Patch(color=_NORMAL, label="not below target")]
    ax.legend(handles=handles, ncols=3, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0),
              fontsize="small")
    return ax


_STAGE_LABELS = {"complaint_share": "share of feedback that is a complaint",
                 "negative_share": "share of feedback that is negative",
                 "sentiment": "mean sentiment (−1 negative to +1 positive)", "score_mean": "mean score"}


def plot_feedback_by_stage(table: pd.DataFrame, *, value: str = "complaint_share", ax: Axes | None = None,
                           **kwargs: Any) -> Axes:
    """One measure per stage of the customer journey, in journey order, with its interval.

    Points with error bars joined by a line, stages in the order of the table (the analysis puts
    them in journey order); each tick names the stage and its number of texts.

    Parameters
    ----------
    table : DataFrame
        From :func:`~sentiment_kit.team.feedback_by_stage`: ``stage``, ``n``, ``value`` and its
        interval ``<value>_ci_low`` / ``<value>_ci_high`` (``score_ci_low`` / ``score_ci_high``
        for ``score_mean``).
    value : str, default "complaint_share"
        ``"complaint_share"``, ``"negative_share"``, ``"sentiment"`` or ``"score_mean"``.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.errorbar``.

    Returns
    -------
    matplotlib.axes.Axes
        Shares on a percent axis starting at 0.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> t = pd.DataFrame({"stage": ["order", "delivery", "returns"], "n": [40, 35, 12],
    ...                   "complaint_share": [0.1, 0.4, 0.25], "complaint_share_ci_low": [0.04, 0.26, 0.09],
    ...                   "complaint_share_ci_high": [0.23, 0.56, 0.53]})
    >>> fig, ax = plt.subplots()
    >>> ax = plot_feedback_by_stage(t, ax=ax)
    >>> len(ax.lines[0].get_xdata()), [x.get_text() for x in ax.get_xticklabels()]
    (3, ['order\\n(n=40)', 'delivery\\n(n=35)', 'returns\\n(n=12)'])
    >>> plt.close(fig)
    """
    base = value[: -len("_mean")] if value.endswith("_mean") else value
    lo_col, hi_col = f"{base}_ci_low", f"{base}_ci_high"
    check_columns(table, ["stage", "n", value, lo_col, hi_col], name="table")
    ax = get_ax(ax)
    x = np.arange(len(table))
    v = table[value].to_numpy(dtype=float)
    ax.errorbar(x, v, yerr=_err(v, table[lo_col], table[hi_col]), fmt="-o", color=_NORMAL, capsize=3,
                elinewidth=1.2, **kwargs)
    ax.set_xticks(x, [chart_text(f"{s}\n({_n_text(n)})") for s, n in zip(table["stage"], table["n"])],
                  rotation=30 if len(table) > 6 else 0, ha="right" if len(table) > 6 else "center")
    if _is_share(table, value, [value, lo_col, hi_col]):
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_ylim(bottom=0)
    elif value == "sentiment":
        ax.axhline(0, color=_QUIET, linewidth=0.8, zorder=0)
    ax.set(xlim=(-0.5, len(table) - 0.5), xlabel="stage of the customer journey",
           ylabel=chart_text(_STAGE_LABELS.get(value, readable(value)) + " (with interval)"),
           title="Feedback along the customer journey")
    return ax


