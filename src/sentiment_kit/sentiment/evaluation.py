"""Cross-validated evaluation of text classifiers, and side-by-side comparison of methods.

:func:`evaluate_classifier` runs one estimator through stratified k-fold cross-validation
and returns accuracy and macro-F1 per fold, their mean with a confidence interval, the
per-class precision/recall/F1 and the confusion matrix of the pooled out-of-fold
predictions. :func:`compare_methods` runs several estimators on the *same* folds (used by
notebook 01 and ``benchmarks/bench_sentiment.py``). Lexicons enter as
:class:`sentiment_kit.LexiconClassifier`, so every method meets the same splits and metrics.

The interval around a cross-validated mean uses the corrected resampled t-test variance of
Nadeau & Bengio (2003, Machine Learning 52): ``var * (1/k + n_test/n_train)``, because the k
fold scores share training data and the naive ``var / k`` is too narrow.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.base import clone
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from .._core.results import Result
from .._core.validation import align_rows, as_text_series, check_random_state, check_same_length
from ..exceptions import SentimentKitError

__all__ = ["EvaluationResult", "MethodComparison", "evaluate_classifier", "compare_methods", "cv_interval"]


@dataclass(frozen=True, eq=False)
class EvaluationResult(Result):
    """What :func:`evaluate_classifier` measured.

    Attributes
    ----------
    name : str
    n : int
        Number of labelled texts.
    folds : DataFrame
        One row per fold: ``fold``, ``n_test``, ``accuracy``, ``macro_f1``, ``seconds``.
    scores : DataFrame
        One row per metric (``accuracy``, ``macro_f1``): ``mean``, ``sd``, ``ci_low``,
        ``ci_high``, ``n_folds``, ``n`` (also ``summary()``).
    per_class : DataFrame
        Indexed by class: ``precision``, ``recall``, ``f1``, ``support`` (pooled out-of-fold).
    confusion : DataFrame
        Rows are true classes, columns predicted classes (counts).
    predictions : Series
        Out-of-fold prediction of each text, on the input's index.
    """

    name: str
    n: int
    folds: pd.DataFrame
    scores: pd.DataFrame
    per_class: pd.DataFrame
    confusion: pd.DataFrame
    predictions: pd.Series = field(repr=False)

    @property
    def accuracy(self) -> float:
        """Mean accuracy over the folds."""
        return float(self.scores.loc["accuracy", "mean"])

    @property
    def macro_f1(self) -> float:
        """Mean macro-averaged F1 over the folds."""
        return float(self.scores.loc["macro_f1", "mean"])

    def summary(self) -> pd.DataFrame:
        """Accuracy and macro-F1: mean over the folds, sd, interval, folds, n (:attr:`scores`)."""
        return self.scores

    def to_frame(self) -> pd.DataFrame:
        """One row per fold (:attr:`folds`)."""
        return self.folds

    def __str__(self) -> str:
        f = self.scores.loc["macro_f1"]
        return (f"{self.name}: macro-F1 {f['mean']:.3f} (95% CI {f['ci_low']:.3f}-{f['ci_high']:.3f}), accuracy "
                f"{self.accuracy:.1%}, {int(f['n_folds'])}-fold cross-validation on {self.n:,} texts.")


@dataclass(frozen=True, eq=False)
class MethodComparison(Result):
    """Several classifiers cross-validated on the same folds (:func:`compare_methods`).

    Attributes
    ----------
    table : DataFrame
        One row per method: ``method``, ``n``, ``accuracy``, ``accuracy_ci_low``,
        ``accuracy_ci_high``, ``macro_f1``, ``macro_f1_sd``, ``macro_f1_ci_low``,
        ``macro_f1_ci_high``, ``seconds`` (total fit + predict).
    results : dict of str -> EvaluationResult
        Each method's full evaluation (folds, per-class scores, confusion matrix).
    """

    table: pd.DataFrame
    results: dict[str, EvaluationResult]

    def summary(self) -> pd.DataFrame:
        """The :attr:`table`."""
        return self.table

    def to_frame(self) -> pd.DataFrame:
        """The :attr:`table`."""
        return self.table

    def __str__(self) -> str:
        best = self.table.sort_values("macro_f1", ascending=False).iloc[0]
        return (f"Best macro-F1: {best['method']} with {best['macro_f1']:.3f} (95% CI {best['macro_f1_ci_low']:.3f}-"
                f"{best['macro_f1_ci_high']:.3f}) of {len(self.table)} methods on the same folds.")


def cv_interval(scores: Any, *, test_fraction: float, confidence: float = 0.95) -> tuple[float, float, float]:
    """Mean and t interval of k cross-validation scores, Nadeau & Bengio (2003) corrected.

    Parameters
    ----------
    scores : array of float
        One score per fold.
    test_fraction : float
        ``n_test / n`` of a fold (1/k for k-fold).
    confidence : float

    Returns
    -------
    tuple of float
        ``(mean, ci_low, ci_high)``; the bounds are NaN with fewer than two folds.

    Examples
    --------
    >>> m, lo, hi = cv_interval([0.8, 0.82, 0.78, 0.81, 0.79], test_fraction=0.2)
    >>> round(m, 3), round(lo, 3), round(hi, 3)
    (0.8, 0.771, 0.829)
    """
    s = np.asarray(scores, dtype=float)
    k = len(s)
    mean = float(s.mean()) if k else float("nan")
    if k < 2:
        return mean, float("nan"), float("nan")
    corr = 1 / k + test_fraction / (1 - test_fraction)
    half = stats.t.ppf(0.5 + confidence / 2, k - 1) * np.sqrt(s.var(ddof=1) * corr)
    return mean, float(mean - half), float(mean + half)


def _labels(labels: Any) -> np.ndarray:
    y = np.asarray(labels.to_numpy() if isinstance(labels, pd.Series) else labels, dtype=object)
    if y.ndim != 1:
        raise SentimentKitError(f"labels must be one-dimensional, got shape {y.shape}.")
    missing = pd.isna(y)
    if missing.any():
        raise SentimentKitError(
            f"labels contain {int(missing.sum())} missing value(s); drop those rows (or label them) first."
        )
    if all(isinstance(v, (int, np.integer, bool, np.bool_)) for v in y):
        return y.astype(int)
    return y.astype(str)


def _splitter(cv: Any, random_state: Any) -> Any:
    if isinstance(cv, int):
        if cv < 2:
            raise SentimentKitError(f"cv must be at least 2 folds, got {cv}.")
        seed = int(check_random_state(random_state).integers(2**31 - 1))
        return StratifiedKFold(cv, shuffle=True, random_state=seed)
    if hasattr(cv, "split"):
        return cv
    raise SentimentKitError(f"cv must be an int or a scikit-learn splitter, got {cv!r}.")


def evaluate_classifier(
    estimator: Any,
    texts: Any,
    labels: Any,
    *,
    cv: Any = 10,
    random_state: Any = None,
    name: str | None = None,
    confidence: float = 0.95,
    progress: bool = False,
) -> EvaluationResult:
    """Cross-validate a text classifier: accuracy and macro-F1 per fold, with intervals.

    Parameters
    ----------
    estimator : scikit-learn classifier over raw texts
        E.g. :class:`~sentiment_kit.SentimentClassifier`, a ``Pipeline`` starting with a
        vectoriser, or :class:`~sentiment_kit.LexiconClassifier`. Cloned for every fold.
    texts : iterable of str
        None/NaN rows are kept (scored as empty text).
    labels : iterable
        One label per text; missing labels raise.
    cv : int or splitter, default 10
        Number of stratified folds (shuffled with ``random_state``), or any scikit-learn splitter.
    random_state : int, Generator or None
        Seeds the fold assignment; the same value gives the same folds and results.
    name : str, optional
        Label for the result (default: the estimator's class name).
    confidence : float, default 0.95
    progress : bool, default False
        Show a tqdm bar over folds.

    Returns
    -------
    EvaluationResult

    Raises
    ------
    SentimentKitError
        If texts and labels differ in length or labels are missing.

    Examples
    --------
    >>> from sentiment_kit import LexiconClassifier
    >>> texts = ["great", "awful", "lovely staff", "rude staff", "good value", "bad value"] * 2
    >>> res = evaluate_classifier(LexiconClassifier(), texts, [1, 0] * 6, cv=3, random_state=0)
    >>> round(res.accuracy, 2), res.confusion.shape
    (1.0, (2, 2))
    """
    x = as_text_series(texts)
    labels = labels if hasattr(labels, "__len__") else list(labels)  # a generator is read once
    if isinstance(labels, pd.Series) and isinstance(texts, pd.Series):
        labels = align_rows(labels, x.index, name="labels")  # matched by index, as texts came
    if len(x) == 0:
        raise SentimentKitError("texts is empty; evaluating a classifier needs labelled texts.")
    check_same_length(x, labels)
    y = _labels(labels)
    splitter = _splitter(cv, random_state)
    X = x.to_numpy()
    pred = np.empty(len(y), dtype=object)
    rows = []
    splits = list(splitter.split(X, y))
    if progress:
        from tqdm.auto import tqdm

        splits = tqdm(splits, desc=name or type(estimator).__name__)
    for i, (tr, te) in enumerate(splits):
        t0 = time.perf_counter()
        model = clone(estimator).fit(X[tr], y[tr])
        p = np.asarray(model.predict(X[te]))
        seconds = time.perf_counter() - t0
        pred[te] = p
        rows.append({"fold": i, "n_test": len(te), "accuracy": accuracy_score(y[te], p),
                     "macro_f1": f1_score(y[te], p, average="macro", zero_division=0),
                     "seconds": seconds})
    folds = pd.DataFrame(rows)
    frac = float(folds["n_test"].mean() / len(y))
    summary = []
    for metric in ("accuracy", "macro_f1"):
        m, lo, hi = cv_interval(folds[metric], test_fraction=frac, confidence=confidence)
        summary.append({"metric": metric, "mean": m, "sd": float(folds[metric].std(ddof=1)),
                        "ci_low": lo, "ci_high": hi, "n_folds": len(folds), "n": len(y)})
    pred = pred.astype(y.dtype)
    classes = np.unique(np.concatenate([y, pred]))
    pr, rc, f1, sup = precision_recall_fscore_support(y, pred, labels=classes, zero_division=0)
    per_class = pd.DataFrame({"precision": pr, "recall": rc, "f1": f1, "support": sup},
                             index=pd.Index(classes, name="class"))
    cm = confusion_matrix(y, pred, labels=classes)
    confusion = pd.DataFrame(cm, index=pd.Index(classes, name="true"),
                             columns=pd.Index(classes, name="predicted"))
    return EvaluationResult(
        name=name or type(estimator).__name__, n=len(y), folds=folds,
        scores=pd.DataFrame(summary).set_index("metric"), per_class=per_class,
        confusion=confusion, predictions=pd.Series(pred, index=x.index, name="predicted"),
    )


def compare_methods(
    methods: dict[str, Any],
    texts: Any,
    labels: Any,
    *,
    cv: Any = 10,
    random_state: Any = None,
    confidence: float = 0.95,
    progress: bool = False,
) -> MethodComparison:
    """Cross-validate several classifiers on the same folds and tabulate their scores.

    Parameters
    ----------
    methods : dict of name -> estimator
        E.g. ``{"VADER": LexiconClassifier("vader"), "SentimentClassifier": SentimentClassifier()}``.
    texts, labels, cv, confidence, progress
        As in :func:`evaluate_classifier`.
    random_state : int, Generator or None
        One fold assignment, shared by every method.

    Returns
    -------
    MethodComparison
        ``table`` (one row per method, see :class:`MethodComparison`) and ``results`` (each
        method's :class:`EvaluationResult`).

    Examples
    --------
    >>> from sentiment_kit import LexiconClassifier
    >>> texts = ["great", "awful", "lovely staff", "rude staff", "good value", "bad value"] * 2
    >>> out = compare_methods({"fast": LexiconClassifier(), "vader": LexiconClassifier("vader")},
    ...                       texts, [1, 0] * 6, cv=3, random_state=0)
    >>> out.table["method"].tolist()
    ['fast', 'vader']
    """
    if not methods:
        raise SentimentKitError("methods is empty; pass e.g. {'lexicon': LexiconClassifier()}.")
    seed = int(check_random_state(random_state).integers(2**31 - 1)) if isinstance(cv, int) else None
    rows, results = [], {}
    for name, est in methods.items():
        res = evaluate_classifier(est, texts, labels, cv=cv, random_state=seed, name=name,
                                  confidence=confidence, progress=progress)
        results[name] = res
        a, f = res.scores.loc["accuracy"], res.scores.loc["macro_f1"]
        rows.append({"method": name, "n": res.n, "accuracy": a["mean"], "accuracy_ci_low": a["ci_low"],
                     "accuracy_ci_high": a["ci_high"], "macro_f1": f["mean"], "macro_f1_sd": f["sd"],
                     "macro_f1_ci_low": f["ci_low"], "macro_f1_ci_high": f["ci_high"],
                     "seconds": float(res.folds["seconds"].sum())})
    return MethodComparison(pd.DataFrame(rows), results)
