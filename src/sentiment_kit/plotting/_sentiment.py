"""Charts for sentiment and classifier evaluation."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import PercentFormatter

from .._core.escape import chart_text
from .._core.labels import group_labels
from .._core.validation import check_columns
from ..exceptions import SentimentKitError
from ._common import PALETTE, annotated_heatmap, get_ax

_ORDER = ("negative", "neutral", "positive")


def plot_confusion_matrix(
    confusion: Any, *, normalize: bool = True, cmap: str = "Blues", ax: Axes | None = None,
) -> Axes:
    """Heat map of a confusion matrix, rows = true class, columns = predicted class.

    Parameters
    ----------
    confusion : DataFrame or EvaluationResult
        Counts as in ``EvaluationResult.confusion`` (or the result itself).
    normalize : bool, default True
        Show each row as shares of its true class (recall on the diagonal); cells are
        annotated with the share and the count.
    cmap : str
    ax : Axes, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> cm = pd.DataFrame([[8, 2], [1, 9]], index=["neg", "pos"], columns=["neg", "pos"])
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_confusion_matrix(cm, ax=ax)
    >>> [t.get_text() for t in ax.get_xticklabels()], len(ax.texts)
    (['neg', 'pos'], 4)
    >>> plt.close(fig)
    """
    cm = getattr(confusion, "confusion", confusion)
    if not isinstance(cm, pd.DataFrame) or cm.shape[0] != cm.shape[1]:
        raise SentimentKitError("confusion must be a square DataFrame (EvaluationResult.confusion).")
    ax = get_ax(ax)
    counts = cm.to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        shown = counts / counts.sum(axis=1, keepdims=True) if normalize else counts
    shown = np.nan_to_num(shown)
    texts = np.array([[f"{shown[i, j]:.0%}\n({int(counts[i, j])})" if normalize else f"{int(counts[i, j])}"
                       for j in range(cm.shape[1])] for i in range(cm.shape[0])], dtype=object)
    annotated_heatmap(ax, shown, texts, cm.index, cm.columns, cmap=cmap, vmin=0, vmax=1 if normalize else None)
    ax.set(xlabel="predicted", ylabel="true")
    return ax


def plot_sentiment_distribution(
    scores: pd.DataFrame, *, by: str | None = None, label: str = "sentiment",
    ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Horizontal stacked bars: share of negative / neutral / positive texts per group.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`~sentiment_kit.classify_feedback` or of
        :func:`~sentiment_kit.score_sentiment` joined to a grouping column (both name the
        label column ``sentiment``).
    by : str, optional
        Grouping column (product, location, channel); one bar per group, sorted by
        negative share. None: one bar for all rows.
    label : str, default "sentiment"
        Column with the labels.
    ax : Axes, optional
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes
        One bar segment (patch) per group and label; the group names are the y tick labels.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> df = pd.DataFrame({"sentiment": ["negative", "positive", "neutral", "positive"],
    ...                    "shop": ["a", "a", "b", "b"]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_sentiment_distribution(df, by="shop", ax=ax)
    >>> len(ax.patches), [t.get_text() for t in ax.get_yticklabels()]
    (6, ['a', 'b'])
    >>> plt.close(fig)
    """
    check_columns(scores, [label, by], name="scores")
    groups = (group_labels(scores[by]) if by is not None
              else pd.Series("all", index=scores.index))
    table = pd.crosstab(groups, scores[label].astype(str), normalize="index")
    table = table.reindex(columns=list(_ORDER), fill_value=0.0)
    table = table.sort_values("negative", ascending=False)
    ax = get_ax(ax)
    left = np.zeros(len(table))
    y = np.arange(len(table))
    for lab in _ORDER:
        ax.barh(y, table[lab].to_numpy(), left=left, color=PALETTE[lab], label=lab, **kwargs)
        left += table[lab].to_numpy()
    ax.set_yticks(y, [chart_text(i) for i in table.index])
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set(xlim=(0, 1), xlabel="share of texts", ylabel=chart_text(by or ""))
    ax.legend(ncols=3, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    return ax


def plot_method_comparison(
    comparison: Any, *, metric: str = "macro_f1", ax: Axes | None = None, **kwargs: Any,
) -> Axes:
    """Bar per method with its confidence interval (a :class:`~sentiment_kit.sentiment.MethodComparison`
    from :func:`~sentiment_kit.compare_methods`, or its ``table``).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> cmp = pd.DataFrame({"method": ["a", "b"], "macro_f1": [0.7, 0.8],
    ...                     "macro_f1_ci_low": [0.65, 0.76], "macro_f1_ci_high": [0.75, 0.84]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(plot_method_comparison(cmp, ax=ax).patches)
    2
    >>> plt.close(fig)
    """
    comparison = getattr(comparison, "table", comparison)
    lo, hi = f"{metric}_ci_low", f"{metric}_ci_high"
    check_columns(comparison, ["method", metric, lo, hi], name="comparison")
    ax = get_ax(ax)
    v = comparison[metric].to_numpy(float)
    err = np.vstack([v - comparison[lo].to_numpy(float), comparison[hi].to_numpy(float) - v])
    y = np.arange(len(comparison))
    ax.barh(y, v, xerr=np.nan_to_num(err), color=kwargs.pop("color", PALETTE["accent"]), capsize=3, **kwargs)
    for yi, vi in zip(y, v):
        ax.text(0.01, yi, f"{vi:.2f}", va="center", ha="left", color="white", fontsize=9)
    ax.set_yticks(y, [chart_text(m) for m in comparison["method"]])
    ax.invert_yaxis()
    ax.set(xlim=(0, 1), xlabel=metric.replace("_", " ") + " (cross-validated, 95% CI)")
    return ax
