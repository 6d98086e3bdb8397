"""Empowerment: the share of contacts the front line solves without passing the customer up.

Front-line staff should solve the customer's problem without handing them to "my manager" about
95% of the time. :func:`empowerment_rate` measures that share per group and period, with a Wilson
interval and an exact test against the target, so a team of 12 contacts is not judged as if its
share were as exact as one of 900.
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .._core.parse import as_flag
from .._core.stats import wilson_interval
from .._core.timegrain import Period
from .._core.validation import check_columns, check_confidence
from ..exceptions import SentimentKitError, SentimentKitWarning
from ._groups import group_keys, summarise_groups

__all__ = ["empowerment_rate", "EMPOWERMENT_TARGET"]

#: The share of contacts the front line should solve without escalation.
EMPOWERMENT_TARGET = 0.95


def empowerment_rate(interactions: pd.DataFrame, *, escalated: str = "escalated", resolved: str | None = None,
                     by: str | Sequence[str] | None = None, date: str = "date", freq: str | Period | None = None,
                     target: float = EMPOWERMENT_TARGET, confidence: float = 0.95) -> pd.DataFrame:
    """Share of contacts resolved without escalation, per group and period, against a target.

    Parameters
    ----------
    interactions : DataFrame
        One row per contact.
    escalated : str, default "escalated"
        Yes/no column: the contact was passed to a supervisor, manager or another tier.
    resolved : str, optional
        Yes/no column: the problem was solved. When given, a contact counts as empowered when it was
        resolved *and* not escalated; otherwise when it was not escalated.
    by : str or list of str, optional
        Grouping column(s) (team, site, channel); a missing value is its own group "(missing)".
    date : str, default "date"
        Date column, read only with ``freq``.
    freq : str or Period, optional
        Calendar period to bin ``date`` by ("W", "MS", "QS", ... or "auto"); rows without a date
        are left out of the periods, with a warning.
    target : float, default 0.95
        The share the front line should reach.
    confidence : float, default 0.95
        Level of the Wilson interval.

    Returns
    -------
    DataFrame
        One row per group: [``period``, ``period_end``], [the ``by`` columns], ``n`` (contacts whose
        flags are all known), ``empowered``, ``rate`` (``empowered / n``), ``ci_low``, ``ci_high``
        (Wilson score interval), ``target``, ``p_value`` (exact one-sided binomial test of
        H0: rate >= target against rate < target; small means credibly below the target) and
        ``below_target`` (True when ``ci_high < target``). Periods oldest first and, within a
        period, groups sorted by their labels; without ``freq``, groups in order of first
        appearance. A group whose flags are all missing has ``n`` 0 and missing estimates.

    Raises
    ------
    SentimentKitError
        If a column is missing, ``interactions`` has no rows, a flag is not yes/no, or ``target``
        or ``confidence`` is not strictly between 0 and 1 (``target`` may be 1).

    Warns
    -----
    SentimentKitWarning
        Counting the contacts left out of ``n`` because a flag used is missing. A contact counts
        only when every flag used is known: an escalated contact with an unknown resolution is not
        counted either, since counting the escalated ones alone would bias the rate down.

    Notes
    -----
    The interval is Wilson's (1927) score interval; the p-value is
    ``scipy.stats.binomtest(empowered, n, target, alternative="less")`` (the exact
    binomial test). ``below_target`` and ``p_value < 1 - confidence`` nearly always agree (the
    interval is Wilson's, the test exact, so at the margin they can differ); the interval also
    says by how much the rate may miss.

    Examples
    --------
    >>> df = pd.DataFrame({"team": ["a"] * 20 + ["b"] * 20,
    ...                    "escalated": [0] * 19 + [1] + [0] * 14 + [1] * 6})
    >>> out = empowerment_rate(df, by="team")
    >>> print(out[["team", "n", "empowered", "rate", "ci_high", "p_value", "below_target"]].round(4)
    ...       .to_string(index=False))
    team  n  empowered  rate  ci_high  p_value  below_target
       a 20         19  0.95   0.9911   0.6415         False
       b 20         14  0.70   0.8545   0.0003          True
    """
    check_columns(interactions, [escalated, resolved], name="interactions")
    if len(interactions) == 0:
        raise SentimentKitError("interactions has no rows; the empowerment rate needs at least one contact.")
    _check_share("target", target, allow_one=True)
    check_confidence(confidence)
    keys, names = group_keys(interactions, by=by, date=date, freq=freq, name="interactions")
    esc = as_flag(interactions[escalated], column=escalated)
    known, empowered = esc.notna(), esc == 0
    if resolved is not None:
        res = as_flag(interactions[resolved], column=resolved)
        known, empowered = known & res.notna(), empowered & (res == 1)
    if not known.all():
        used = repr(escalated) + (f" or {resolved!r}" if resolved is not None else "")
        warnings.warn(f"{int((~known).sum()):,} of {len(known):,} contacts have no value in {used}: they are left "
                      "out of n.", SentimentKitWarning, stacklevel=2)
    frame = pd.DataFrame({"known": known, "empowered": empowered & known}, index=interactions.index)
    out = summarise_groups(frame, keys, names, lambda rows: {"n": int(rows["known"].sum()),
                                                             "empowered": int(rows["empowered"].sum())})
    return _estimates(out, target=target, confidence=confidence)


def _check_share(name: str, value: float, *, allow_one: bool) -> None:
    real = isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)
    if not (real and 0 < value and (value <= 1 if allow_one else value < 1)):
        rule = f"0 < {name} {'<=' if allow_one else '<'} 1"
        raise SentimentKitError(f"{name} must be a number with {rule}, got {value!r}; e.g. {name}=0.95.")


def _estimates(out: pd.DataFrame, *, target: float, confidence: float) -> pd.DataFrame:
    """Add the rate, its Wilson interval, the target, the exact test and the verdict to counts per group."""
    n, k = out["n"].to_numpy(), out["empowered"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        out["rate"] = np.where(n > 0, k / np.maximum(n, 1), np.nan)
    out["ci_low"], out["ci_high"] = wilson_interval(k, n, confidence)
    out["target"] = float(target)
    out["p_value"] = [stats.binomtest(int(ki), int(ni), float(target), alternative="less").pvalue if ni > 0
                      else np.nan for ki, ni in zip(k, n, strict=True)]
    out["below_target"] = (out["ci_high"] < target).astype(bool)
    return out
