"""Row-wise functions on Dask collections: the same function, per partition, lazily.

Scoring, signals, classifying feedback, assigning themes and classifying churn reasons are pure
functions of their rows (GUIDE, convention 10). Given a ``dask.dataframe`` DataFrame or Series
instead of a pandas one, the function, through :func:`on_partitions`, applies the function to each partition and
returns a lazy Dask object whose ``meta`` (columns and dtypes) is the function's output on the
collection's own non-empty sample, so its columns are known before anything is computed. The
result equals the pandas path row for row (same index, same values).

Dask is optional (``pip install "sentiment_kit[dask]"``); nothing here imports it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pandas as pd

__all__ = ["is_dask", "on_partitions", "dask_series_map", "in_chunks", "CHUNK_ROWS"]

#: Rows per chunk when a row-wise function runs on ``n_jobs`` processes.
CHUNK_ROWS = 20_000

def is_dask(obj: Any) -> bool:
    """Whether ``obj`` is a Dask DataFrame or Series (without importing Dask).

    Examples
    --------
    >>> is_dask(pd.Series(["a"]))
    False
    """
    module = type(obj).__module__ or ""
    return (module.startswith("dask.") or module.startswith("dask_expr")) and hasattr(obj, "map_partitions")


def _meta(obj: Any) -> Any:
    sample = getattr(obj, "_meta_nonempty", None)
    return sample if sample is not None else obj._meta


def on_partitions(func: Callable[..., Any], data: Any, *args: Any, **kwargs: Any) -> Any:
    """``func(data, *args, **kwargs)`` on each partition of the Dask collection ``data``, lazily.

    The row-wise functions call it first thing when given a Dask collection
    (``if is_dask(texts): return on_partitions(score_sentiment, texts, method=method)``).
    ``meta`` is ``func`` on the collection's non-empty sample, emptied.
    """
    meta = func(_meta(data), *args, **kwargs).iloc[:0]
    return data.map_partitions(functools.partial(func, **kwargs), *args, meta=meta)


def dask_series_map(texts: Any, predict: Callable[[pd.Series], Any], *, name: str | None = None) -> Any:
    """A lazy Dask Series of ``predict(partition)`` (an array aligned with the partition), same index.

    For estimator methods that return arrays (``ThemeModel.predict``).
    """

    def part(series: pd.Series) -> pd.Series:
        return pd.Series(predict(series), index=series.index, name=name)

    meta = part(_meta(texts)).iloc[:0]
    return texts.map_partitions(part, meta=meta)


def in_chunks(func: Callable[..., Any], data: Any, n_jobs: int | None, *, chunk_rows: int | None = None,
              **kwargs: Any) -> Any:
    """``func(data, **kwargs)`` on row chunks of a pandas ``data`` in ``n_jobs`` processes, concatenated.

    For the row-wise functions' ``n_jobs``: the result is the same for any ``n_jobs`` (each row is
    scored on its own; chunks are concatenated in order, index kept). Small inputs (one chunk) and
    ``n_jobs`` of None or 1 run in this process; chunks are :data:`CHUNK_ROWS` rows. ``n_jobs=-1`` uses every core (joblib's rule).

    Examples
    --------
    >>> def double(s):
    ...     return (s * 2).to_frame("x")
    >>> in_chunks(double, pd.Series(range(5)), 2, chunk_rows=2)["x"].tolist()
    [0, 2, 4, 6, 8]
    """
    from joblib import Parallel, delayed, effective_n_jobs

    chunk_rows = CHUNK_ROWS if chunk_rows is None else chunk_rows
    jobs = 1 if n_jobs is None else effective_n_jobs(n_jobs)
    if jobs == 1 or len(data) <= chunk_rows:
        return func(data, **kwargs)
    parts = [data.iloc[i:i + chunk_rows] for i in range(0, len(data), chunk_rows)]
    results = Parallel(n_jobs=min(jobs, len(parts)), backend="loky")(delayed(func)(p, **kwargs) for p in parts)
    return pd.concat(results)
