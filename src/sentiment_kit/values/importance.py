"""Importance-performance analysis (Martilla & James 1977): how much each value matters, how well we
perform on it, its quadrant and how stable that is under resampling."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from . import _engine as eng
from .._core.validation import check_columns, check_random_state
from ._ratings import (check_attributes, check_usable, detect_attributes, long_to_wide,
                          rank_scores, target_vector, wide_matrix)
from ..exceptions import SentimentKitError, SentimentKitWarning

__all__ = ["QUADRANTS", "importance_performance", "stated_top_box"]

#: Quadrant names of Martilla & James (1977), in the order of the codes used internally.
QUADRANTS = ("Concentrate here", "Keep up the good work", "Low priority", "Possible overkill")
_METHODS = ("lmg", "pearson", "spearman")
_CROSSHAIRS = ("data_mean", "median", "scale_midpoint")


def importance_performance(
    data: pd.DataFrame,
    *,
    attributes: Sequence[str] | None = None,
    importance: Literal["derived", "stated", "ranked"] = "derived",
    target: str | None = None,
    method: Literal["lmg", "pearson", "spearman"] = "lmg",
    format: Literal["auto", "wide", "long"] = "auto",
    performance: str | None = None,
    importance_columns: str | None = None,
    respondent: str = "respondent_id",
    attribute_column: str = "value",
    na_values: Sequence[Any] | None = None,
    scale: tuple[float, float] | None = (1, 5),
    importance_scale: tuple[float, float] | None = None,
    crosshair: str | tuple[float, float] = "data_mean",
    target_positive: Any = None,
    n_boot: int = 1000,
    confidence: float = 0.95,
    random_state: Any = None,
) -> pd.DataFrame:
    """Importance-performance analysis: one row per value, with bootstrap intervals.

    **Performance** is the mean rating of each value over the respondents who
    rated it. **Importance** is one of:

    - ``"stated"``: the mean of importance ratings (columns ``importance_columns``).
      Stated importance bunches at the top of the scale and separates values
      poorly (Bacon 2003); prefer derived importance when a target is available.
    - ``"ranked"``: from rankings (1 = most important) scored ``(k + 1 - rank) / k``
      with ``k`` the number of values (a Borda score in (0, 1]); values a respondent
      left unranked score 0.
    - ``"derived"``: how strongly each value drives ``target`` (overall satisfaction,
      or a two-class label), over respondents who answered the target and every
      value (listwise). ``method="lmg"`` (default) is the Shapley decomposition of
      R² of the linear regression of the target on all values (LMG; Lipovetsky &
      Conklin 2001; Grömping 2007), reported as each value's share of R² (shares sum
      to 1). It copes with correlated ratings (halo), where correlations credit
      every value with the shared part and regression coefficients split it
      arbitrarily. LMG shares equal general dominance weights (Azen & Budescu 2003).
      It is computed exactly over all 2^p subsets (up to 18 values). Johnson's (2000)
      relative weights are not offered: they approximate LMG and have been shown
      to mislead (Thomas et al. 2014). ``"pearson"`` / ``"spearman"`` give the
      correlation of each value with the target (point-biserial for a two-class
      target); Spearman intervals resample full-sample mid-ranks.

    A two-class text target maps to 0/1: ``target_positive`` if given, else the
    label among "satisfied", "yes", "true", "promoter", "retained", ... is 1, or
    the label that is *not* among "dissatisfied", "no", "false", "detractor",
    "churned", ... Booleans map True to 1; numbers are used as they are.

    **Quadrants** (Martilla & James 1977) split the chart at the ``crosshair``:
    high importance and performance below the line is "Concentrate here", above
    it "Keep up the good work"; low importance gives "Low priority" (below) or
    "Possible overkill" (above); ties go to the high side. Where the lines go
    changes the verdicts (Oh 2001): ``"data_mean"`` (default) puts them at the
    mean importance and mean performance of the values (a relative reading: half
    the values tend to fall below average); ``"median"`` at the medians;
    ``"scale_midpoint"`` puts the performance line at the middle of ``scale``
    (an absolute reading, usually flattering) and the importance line at the
    middle of ``importance_scale`` for stated importance, of the score range for
    ranked importance, and at the data mean for derived importance (which has no
    scale); a tuple ``(importance, performance)`` fixes both.

    Parameters
    ----------
    data : DataFrame
        Wide: one row per respondent, performance columns named by the pattern
        ``performance`` (default ``"perf_{}"``, ``{}`` = the value), stated
        importance by ``importance_columns`` (default ``"imp_{}"``). Long: one row
        per respondent and value, columns ``respondent``, ``attribute_column``,
        ``performance`` (default ``"performance"``) and ``importance_columns``
        (default ``"importance"``); the target column repeats per respondent.
    attributes : list of str, optional
        The values to analyse. Default: every value found (columns matching the
        performance pattern, or the labels in ``attribute_column``).
    importance : {"derived", "stated", "ranked"}
    target : str, optional
        Column of overall satisfaction (or a two-class label); required for derived.
    method : {"lmg", "pearson", "spearman"}
        Derived-importance method.
    format : {"auto", "wide", "long"}
        ``"auto"`` reads long data when ``attribute_column`` is a column and no
        column matches the wide pattern.
    performance, importance_columns : str, optional
        Column patterns (wide) or column names (long), see ``data``.
    respondent, attribute_column : str
        Long format: the respondent id and the value name columns.
    na_values : list, optional
        Codes meaning "not applicable" (e.g. ``[0]`` on a 1-5 scale); they become
        missing and are counted in ``n_na``.
    scale : (low, high) or None
        Declared performance scale; ratings outside it raise (after ``na_values``).
        None skips the check (numeric measures that are not ratings).
    importance_scale : (low, high), optional
        Stated-importance scale; default ``scale``.
    crosshair : {"data_mean", "median", "scale_midpoint"} or (float, float)
    target_positive : optional
        The label of a two-class target that means 1 (satisfied).
    n_boot : int
        Bootstrap resamples of respondents (Efron 1979); 0 skips the intervals.
    confidence : float
        Level of the percentile intervals.
    random_state : int, Generator or None

    Returns
    -------
    DataFrame
        One row per value, in the order of ``attributes``: ``attribute``,
        ``importance``, ``importance_ci_low``, ``importance_ci_high``,
        ``performance``, ``performance_ci_low``, ``performance_ci_high``, ``gap``
        (performance minus the performance crosshair; negative = below the line),
        ``quadrant``, ``quadrant_stability`` (share of resamples, each with its own
        crosshair, that put the value in the same quadrant), ``n`` (respondents
        rating the value), ``n_na`` (not-applicable codes), ``n_missing`` (blanks); and,
        the same on every row, ``importance_line`` and ``performance_line`` (the crosshair),
        ``method`` (the importance method), ``target_coding`` (how a two-class target was
        read), ``n_complete`` (respondents in the derived model), ``r2``, ``r2_ci_low`` and
        ``r2_ci_high`` (LMG: the share of overall satisfaction the values explain together).

    Raises
    ------
    SentimentKitError
        A missing column; ratings outside the scale or not numeric; a value with no
        usable rating; for derived importance a constant value or target, perfectly
        collinear values, or fewer complete respondents than values + 2.

    Warns
    -----
    SentimentKitWarning
        A constant value (stated importance), fewer respondents than values, or
        listwise deletion dropping more than 20% of respondents.

    Notes
    -----
    The bootstrap resamples respondents (Efron 1979; percentile intervals) but never
    touches the raw data again: every statistic is a function of weighted sums of
    fixed per-respondent rows (counts, ratings and their cross-products), so each
    resample is one row of a matrix product with multinomial counts. Exact LMG
    needs R² of all 2^p subsets per resample, obtained by sweeping the correlation
    matrix along the subset lattice, vectorised over subsets and resamples; LMG's cost
    doubles with each extra value (timings: ``benchmarks/bench_values.py``).

    Examples
    --------
    >>> import sentiment_kit as sk
    >>> survey = sk.make_survey(500, random_state=1)
    >>> ipa = importance_performance(survey, target="overall_satisfaction", na_values=[0],
    ...                              n_boot=50, random_state=0)
    >>> ipa.loc[ipa.importance.idxmax(), "attribute"], round(float(ipa.importance.sum()), 6)
    ('staff_attitude', 1.0)
    >>> ipa.set_index("attribute").loc["staff_attitude", "quadrant"]
    'Concentrate here'
    """
    _check_options(importance, method, confidence, n_boot, target)
    derived = importance == "derived"
    rng = check_random_state(random_state)
    perf, imp, y, coding = _read_survey(
        data, attributes=attributes, importance=importance, target=target, format=format,
        performance=performance, importance_columns=importance_columns, respondent=respondent,
        attribute_column=attribute_column, na_values=na_values, scale=scale,
        importance_scale=importance_scale or scale, target_positive=target_positive)
    p = len(perf.attributes)
    design = _design(perf, imp, y, derived=derived, method=method, target=target)
    estimate = _estimator(design, derived=derived, method=method, p=p)

    imp_hat, perf_hat, r2_hat = (a[0] for a in estimate(design.Z.sum(0)[None]))
    lines = _crosshair(crosshair, importance, scale, importance_scale or scale, p)
    i_line, p_line = (float(v[0]) for v in lines(imp_hat[None], perf_hat[None]))
    quad = eng.quadrants(imp_hat[None], perf_hat[None], [i_line], [p_line])[0]
    ci, stability, r2_ci = _bootstrap(design, estimate, lines, quad, n_boot=int(n_boot), rng=rng,
                                      confidence=confidence, p=p)

    out = pd.DataFrame({"attribute": perf.attributes, "importance": imp_hat})
    out["importance_ci_low"], out["importance_ci_high"] = ci["importance"]
    out["performance"] = perf_hat
    out["performance_ci_low"], out["performance_ci_high"] = ci["performance"]
    out["gap"] = perf_hat - p_line
    out["quadrant"] = [QUADRANTS[k] for k in quad]
    out["quadrant_stability"] = stability
    out["n"] = (~np.isnan(perf.values)).sum(0)
    out["n_na"] = perf.n_na
    out["n_missing"] = perf.n_missing
    # the model's own figures, the same on every row, as columns (they survive merge and concat)
    out["importance_line"], out["performance_line"] = i_line, p_line
    out["method"] = method if derived else importance
    out["target_coding"] = coding
    out["n_complete"] = design.n_complete if derived else np.nan
    lmg = derived and method == "lmg"
    out["r2"] = float(r2_hat) if lmg else np.nan
    out["r2_ci_low"], out["r2_ci_high"] = r2_ci if lmg else (np.nan, np.nan)
    return out


def _check_options(importance: str, method: str, confidence: float, n_boot: int, target: str | None) -> None:
    if importance not in ("derived", "stated", "ranked"):
        raise SentimentKitError(f"importance must be 'derived', 'stated' or 'ranked'; got {importance!r}.")
    if method not in _METHODS:
        raise SentimentKitError(f"method must be one of {_METHODS}; got {method!r}.")
    if not 0 < confidence < 1:
        raise SentimentKitError(f"confidence must be between 0 and 1; got {confidence}.")
    if int(n_boot) < 0:
        raise SentimentKitError(f"n_boot must be 0 or more; got {n_boot}.")
    if importance == "derived" and target is None:
        raise SentimentKitError(
            "Derived importance needs target=<overall satisfaction column>, e.g. "
            "target='overall_satisfaction'; or pass importance='stated'."
        )


def _design(perf, imp, y, *, derived: bool, method: str, target: str | None):
    """The sufficient statistics the estimates and the bootstrap are computed from (checked)."""
    p, n = len(perf.attributes), len(perf.values)
    check_usable(perf, strict=derived, what="performance")
    if imp is not None:
        check_usable(imp, strict=False, what="importance")
    if derived:
        if method == "lmg" and p > eng.MAX_LMG_VALUES:
            raise SentimentKitError(
                f"Exact LMG enumerates 2^p subsets; {p} values is more than {eng.MAX_LMG_VALUES}. "
                "Use method='pearson', or fewer values.")
        design = eng.build_design(perf.values, y, None, spearman=method == "spearman")
        _check_derived(design, perf, target, n)
        return design
    if n < p:
        warnings.warn(f"Only {n} respondents for {p} values: the estimates are very uncertain.",
                      SentimentKitWarning, stacklevel=3)
    return eng.build_design(perf.values, None, imp.values)


def _estimator(design, *, derived: bool, method: str, p: int):
    """A function of stacked sums (one row per resample) -> importance, performance, R²."""
    def estimate(S: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        st = eng.summarise(S, design)
        r2 = np.full(len(S), np.nan)
        if not derived:
            return st["imp"], st["perf"], r2
        if method == "lmg":
            raw, r2 = eng.lmg(st["corr"])
            with np.errstate(invalid="ignore", divide="ignore"):
                return raw / r2[:, None], st["perf"], r2
        return st["corr"][:, :p, p], st["perf"], r2

    return estimate


def _bootstrap(design, estimate, lines, quad: np.ndarray, *, n_boot: int, rng, confidence: float, p: int):
    """Percentile intervals of importance and performance, quadrant stability, and R²'s interval."""
    nan = np.full(p, np.nan)
    ci = {"importance": (nan, nan), "performance": (nan, nan)}
    stability, r2_ci = nan, (np.nan, np.nan)
    if not n_boot:
        return ci, stability, r2_ci
    sums = np.concatenate(list(eng.bootstrap_sums(design, n_boot, rng)))
    ib, pb, rb = estimate(sums)
    ok = np.isfinite(ib).all(1) & np.isfinite(pb).all(1)
    if ok.mean() < 0.95:
        warnings.warn(f"{int((~ok).sum())} of {n_boot} bootstrap resamples could not be estimated "
                      "(a value constant in the resample); intervals use the rest.",
                      SentimentKitWarning, stacklevel=3)
    ib, pb, rb = ib[ok], pb[ok], rb[ok]
    a = 100 * (1 - confidence) / 2
    if len(ib):
        ci["importance"] = tuple(np.percentile(ib, [a, 100 - a], axis=0))
        ci["performance"] = tuple(np.percentile(pb, [a, 100 - a], axis=0))
        bi, bp = lines(ib, pb)
        stability = (eng.quadrants(ib, pb, bi, bp) == quad).mean(0)
        if np.isfinite(rb).any():
            r2_ci = tuple(float(v) for v in np.percentile(rb, [a, 100 - a]))
    return ci, stability, r2_ci


def stated_top_box(data: pd.DataFrame, attributes: Sequence[str], *, pattern: str = "imp_{}",
                   scale: tuple[float, float] = (1, 5), na_values: Sequence[Any] | None = None) -> float:
    """Share of stated-importance answers in the top two points of the scale (4 or 5 on 1-5).

    A high share is the ceiling effect of asking customers what matters (Bacon 2003): nearly
    everything is "important", so stated importance cannot rank values on its own.

    Examples
    --------
    >>> survey = pd.DataFrame({"imp_a": [5, 4, 2, 0], "imp_b": [5, 5, 3, 4]})
    >>> stated_top_box(survey, ["a", "b"], na_values=[0])
    0.7142857142857143
    """
    m = wide_matrix(data, check_attributes(attributes), pattern, na_values=na_values, scale=scale)
    answered = ~np.isnan(m.values)
    return float((m.values[answered] >= scale[1] - 1).mean()) if answered.any() else float("nan")


def _read_survey(data, *, attributes, importance, target, format, performance, importance_columns,
                 respondent, attribute_column, na_values, scale, importance_scale, target_positive):
    if not isinstance(data, pd.DataFrame):
        raise SentimentKitError(f"data must be a pandas DataFrame, got {type(data).__name__}.")
    if format not in ("auto", "wide", "long"):
        raise SentimentKitError(f"format must be 'auto', 'wide' or 'long'; got {format!r}.")
    if attributes is not None:
        attributes = check_attributes(attributes)
    if format == "auto":
        pattern = performance or "perf_{}"
        has_wide = "{}" in pattern and any(
            str(c).startswith(pattern.split("{}")[0]) for c in data.columns)
        format = "long" if attribute_column in data.columns and not has_wide else "wide"
    need_imp = importance in ("stated", "ranked")
    if format == "long":
        pcol, icol = performance or "performance", importance_columns or "importance"
        wide, attributes = long_to_wide(
            data, respondent=respondent, attribute_column=attribute_column,
            columns={"perf": pcol, "imp": icol if need_imp else None}, attributes=attributes,
            per_respondent=[target])
        perf = wide_matrix(wide, attributes, "perf\x1f{}", na_values=na_values, scale=scale,
                           labels=[f"{pcol!r} (value {a!r})" for a in attributes])
        imp = wide_matrix(wide, attributes, "imp\x1f{}", na_values=na_values,
                          scale=importance_scale if importance == "stated" else None,
                          labels=[f"{icol!r} (value {a!r})" for a in attributes]) if need_imp else None
        frame = wide
    else:
        ppat = performance or "perf_{}"
        attributes = attributes if attributes is not None else detect_attributes(data, ppat)
        perf = wide_matrix(data, attributes, ppat, na_values=na_values, scale=scale)
        imp = wide_matrix(data, attributes, importance_columns or "imp_{}", na_values=na_values,
                          scale=importance_scale if importance == "stated" else None) if need_imp else None
        frame = data
    if imp is not None and importance == "ranked":
        imp.values = rank_scores(imp)
    y, coding = None, None
    if importance == "derived":
        if target not in frame.columns:
            check_columns(data, [target])
        y, coding = target_vector(frame[target], repr(target), target_positive)
    return perf, imp, y, coding


def _check_derived(design: eng.Design, perf, target: str, n: int) -> None:
    p = design.p
    if design.n_complete < p + 2:
        raise SentimentKitError(
            f"Derived importance of {p} values needs more complete respondents than values + 1; "
            f"only {design.n_complete} of {n} answered {target!r} and every value. Use fewer values "
            "or importance='stated'.")
    if design.n_complete < 0.8 * n:
        lost = np.isnan(perf.values).sum(0)
        worst = [perf.labels[j] for j in np.argsort(-lost)[:3] if lost[j]]
        warnings.warn(
            f"Derived importance uses the {design.n_complete} of {n} respondents who answered the "
            f"target and every value (listwise); most missing: {', '.join(worst) or 'the target'}.",
            SentimentKitWarning, stacklevel=4)
    st = eng.summarise(design.Z.sum(0)[None], design)
    corr = st["corr"][0]
    sd_y = corr[p, p]
    if not np.isfinite(sd_y):
        raise SentimentKitError(
            f"Target {target!r} is constant among the respondents who rated every value; derived "
            "importance needs variation in the target.")
    bad = [perf.labels[j] for j in range(p) if not np.isfinite(corr[j, j])]
    if bad:
        raise SentimentKitError(
            f"Column(s) {', '.join(bad)} are constant among complete respondents; drop them from attributes.")
    why = eng.collinear_pairs(corr, perf.labels)
    if why:
        raise SentimentKitError(
            f"The values are perfectly collinear ({'; '.join(why)}); their importance cannot be "
            "separated. Drop or merge one of them.")


def _crosshair(rule, importance: str, scale, importance_scale, p: int):
    """A function (imp (B, p), perf (B, p)) -> (importance line (B,), performance line (B,))."""
    if isinstance(rule, str):
        if rule not in _CROSSHAIRS:
            raise SentimentKitError(f"crosshair must be one of {_CROSSHAIRS} or (importance, performance); "
                                    f"got {rule!r}.")
        if rule == "data_mean":
            return lambda i, q: (i.mean(1), q.mean(1))
        if rule == "median":
            return lambda i, q: (np.median(i, 1), np.median(q, 1))
        if scale is None:
            raise SentimentKitError("crosshair='scale_midpoint' needs a declared scale=(low, high).")
        mid = float(np.mean(scale))
        if importance == "stated":
            imid = float(np.mean(importance_scale))
            return lambda i, q: (np.full(len(i), imid), np.full(len(q), mid))
        if importance == "ranked":
            imid = (p + 1) / (2 * p)
            return lambda i, q: (np.full(len(i), imid), np.full(len(q), mid))
        return lambda i, q: (i.mean(1), np.full(len(q), mid))
    try:
        ii, pp = (float(v) for v in rule)
    except (TypeError, ValueError):
        raise SentimentKitError(f"crosshair must be one of {_CROSSHAIRS} or (importance, performance); "
                                f"got {rule!r}.") from None
    return lambda i, q: (np.full(len(i), ii), np.full(len(q), pp))
