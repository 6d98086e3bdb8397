"""Score a file too big for memory: CSV or Parquet in, the same rows with their scores out.

:func:`score_file` reads the input in chunks of ``chunk_size`` rows with Arrow (the CSV
streaming reader, every column read as text exactly as written; or a Parquet file's record
batches), adds to each chunk what :func:`sentiment_kit.classify_feedback` adds (``neg``,
``neu``, ``pos``, ``compound``, ``sentiment``, ``is_complaint`` and the nine service signals),
and appends the chunk to the output (Parquet or CSV, by its suffix). Memory is bounded by
the chunk size (at most two chunks are held at once), never by the file.

- Rows keep the input order; every input column is written unchanged (CSV input: as text).
- The scoring is row-wise, so the results equal ``classify_feedback`` on the whole file and do
  not depend on ``chunk_size`` or ``jobs`` (``jobs`` worker processes share each chunk).
- The output is written to a temporary file beside it and renamed only when every row is
  written: an error or Ctrl-C leaves an existing output as it was and no partial file.
- CSV input is UTF-8 (with or without a byte-order mark), comma- or semicolon-separated (the
  header line decides), quoted fields may hold line breaks. A malformed row is an error
  naming its line; no row is ever skipped.
- CSV output is written exactly, as data for the next program (Parquet is the better choice);
  it is not escaped for spreadsheets (``sentiment_kit._core.escape.csv_cell``).

The text column and ``sentiment_kit.toml``
------------------------------------------
``text`` is the package's name of the column (``"text"``) or the file's own name for it. When
``data_dir`` is given, or the input's own folder holds a ``sentiment_kit.toml``, the
``[complaints]``, ``[reviews]`` or ``[interactions]`` section whose file is the input (its
``file = ...``, else ``<section>.csv`` / ``.parquet``) translates ``text`` through its
``columns`` table, as :func:`sentiment_kit.read_dataset` does. With ``data_dir`` given the
input must be one of those files; without it a toml that does not name the input is ignored.
"""

from __future__ import annotations

import os
import signal
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from .._core.results import Result
from .._core.validation import check_fraction
from .._core.stats import wilson_interval
from ..data.config import CONFIG_FILE, read_config
from ..data.reading import find_file
from ..exceptions import DataValidationError, SentimentKitError
from ..feedback.classify import classify_feedback
from ..signals.detect import COMPILE_FROM, prepare_prefilter
from ..signals.names import SIGNALS
from ._read import Source, check_input, missing_column, rechunk

__all__ = ["ADDED_COLUMNS", "ScoreSummary", "score_file", "text_column"]

_TEXT_SECTIONS = ("complaints", "reviews", "interactions")
_ADDED = pa.schema([*(pa.field(c, pa.float64()) for c in ("neg", "neu", "pos", "compound")),
                    pa.field("sentiment", pa.string()), pa.field("is_complaint", pa.bool_()),
                    *(pa.field(s, pa.bool_()) for s in SIGNALS)])
_THEMES = pa.schema([pa.field("theme", pa.int64()), pa.field("theme_label", pa.string())])
#: Columns :func:`score_file` adds, in order (``theme`` and ``theme_label`` follow with ``themes``).
ADDED_COLUMNS = tuple(_ADDED.names)


@dataclass(frozen=True, eq=False)
class ScoreSummary(Result):
    """What :func:`score_file` wrote: the rows, the time, and the shares it found.

    ``summary()`` gives the share of complaints and of each sentiment label with its Wilson
    (1927) interval; ``to_frame()`` the run itself (files, rows, seconds, rows per second).
    """

    input: Path
    output: Path
    text: str
    rows: int
    seconds: float
    jobs: int
    chunk_size: int
    counts: dict[str, int]

    @property
    def rows_per_second(self) -> float:
        """Rows scored and written per second of wall time."""
        return self.rows / self.seconds if self.seconds > 0 else float("nan")

    def __str__(self) -> str:
        k = self.counts.get("is_complaint", 0)
        share = f" ({k / self.rows:.1%})" if self.rows else ""
        return (f"Scored {self.rows:,} rows of {self.input.name} into {self.output.name} in {self.seconds:.1f} s "
                f"({self.rows_per_second:,.0f} rows/s, {self.jobs} job(s)); {k:,} complaints{share}.")

    def summary(self, confidence: float = 0.95) -> pd.DataFrame:
        """Share of complaints and of each sentiment: ``k``, ``n``, ``share``, ``ci_low``, ``ci_high``."""
        names = ["is_complaint", "negative", "neutral", "positive"]
        k = np.array([self.counts.get(name, 0) for name in names])
        n = np.full(len(names), self.rows)
        low, high = wilson_interval(k, n, confidence)
        share = k / n if self.rows else np.full(len(names), np.nan)
        return pd.DataFrame({"k": k, "n": n, "share": share, "ci_low": low, "ci_high": high},
                            index=pd.Index(names, name="measure"))

    def to_frame(self) -> pd.DataFrame:
        """The run as one row: files, text column, rows, seconds, rows per second, jobs, chunk size."""
        return pd.DataFrame([{"input": str(self.input), "output": str(self.output), "text": self.text,
                              "rows": self.rows, "seconds": self.seconds, "rows_per_second": self.rows_per_second,
                              "jobs": self.jobs, "chunk_size": self.chunk_size}])


def score_file(
    input: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    text: str = "text",
    chunk_size: int = 50_000,
    jobs: int = 1,
    themes: str | os.PathLike[str] | None = None,
    progress: bool = True,
    data_dir: str | os.PathLike[str] | None = None,
    min_precision: float | None = None,
) -> ScoreSummary:
    """Score every text of a CSV or Parquet file, chunk by chunk, into a Parquet or CSV file.

    Parameters
    ----------
    input : path
        ``.csv`` (UTF-8, ``,`` or ``;``) or ``.parquet`` file, one text per row.
    output : path
        ``.parquet`` or ``.csv``; replaced only when every row is written. Not ``input``.
    text : str, default "text"
        The text column (translated by ``sentiment_kit.toml``; see the module docstring).
    chunk_size : int, default 50_000
        Rows per chunk; memory grows with it, not with the file.
    jobs : int, default 1
        Worker processes sharing each chunk's scoring. The result is the same for any value.
    themes : path, optional
        A fitted :class:`~sentiment_kit.themes.ThemeModel` saved by
        ``sentiment_kit.themes.persist.save_model`` (loaded safely, never unpickled); adds
        ``theme`` (its id, -1 for "other") and ``theme_label`` as ``predict`` and ``labels()`` give them.
    progress : bool, default True
        Show a tqdm bar with the rows done and rows per second.
    data_dir : path, optional
        Data folder whose ``sentiment_kit.toml`` maps the text column.
    min_precision : float, optional
        Keep only the signals the learned second stage confirms at this precision
        (:func:`sentiment_kit.service_signals`); ``None``: the rules alone.

    Returns
    -------
    ScoreSummary
        Rows, seconds, rows per second, and the shares of complaints and sentiments found.
        The output holds every input column, then :data:`ADDED_COLUMNS` as
        :func:`sentiment_kit.classify_feedback` computes them.

    Raises
    ------
    DataValidationError
        The input is not CSV or Parquet, is corrupt, has a malformed row (its line is named),
        lacks the text column (the columns present are listed) or already has a column this
        adds; the output is the input, has another suffix, or its folder does not exist.
    SentimentKitError
        ``chunk_size`` or ``jobs`` below 1, ``min_precision`` not between 0 and 1, or ``themes`` given
        while saved models cannot be read.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.csv").write_text('id,text\\n1,"Great service, thanks!"\\n2,They hung up on me.\\n')
    >>> result = score_file(folder / "in.csv", folder / "out.parquet", progress=False)
    >>> result.rows
    2
    >>> pd.read_parquet(folder / "out.parquet")[["id", "sentiment", "is_complaint"]].values.tolist()
    [['1', 'positive', False], ['2', 'negative', True]]
    """
    for name, value in (("chunk_size", chunk_size), ("jobs", jobs)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < 1:
            raise SentimentKitError(f"{name} must be a whole number of at least 1; got {value!r}.")
    if min_precision is not None:
        min_precision = check_fraction(min_precision, name="min_precision", example=0.9)
    src, dst = _check_paths(Path(input), Path(output))
    column = text_column(src, text, data_dir)
    model = _load_themes(themes) if themes is not None else None
    source = Source(src)
    added = pa.schema([*_ADDED, *(_THEMES if model is not None else [])])
    _check_schema(source.schema, column, added, src)
    schema = pa.schema([*source.schema, *added])  # the input's pandas metadata would not describe the output
    start = time.perf_counter()
    # The signals' compiled prefilter: loaded from its cache, or compiled (once per machine) for a big input.
    big = source.total >= COMPILE_FROM if source.total is not None else src.stat().st_size >= 100 * COMPILE_FROM
    prepare_prefilter(compile_if_missing=big)
    tmp = _temporary(dst)
    counts = dict.fromkeys(["is_complaint", "negative", "neutral", "positive"], 0)
    rows = 0
    try:
        with _writer(tmp, dst.suffix.lower(), schema) as write, _bar(progress, source.total, src.name) as bar:
            chunks = rechunk(source.batches(), int(chunk_size))
            for chunk, scores in _scored(chunks, column, int(jobs), model, min_precision):
                write(pa.Table.from_arrays([*chunk.columns, *_to_arrow(scores, added).columns], schema=schema))
                counts["is_complaint"] += int(scores["is_complaint"].sum())
                for label, k in scores["sentiment"].value_counts().items():
                    counts[str(label)] = counts.get(str(label), 0) + int(k)
                rows += chunk.num_rows
                bar.update(chunk.num_rows)
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ScoreSummary(input=src, output=dst, text=column, rows=rows, seconds=time.perf_counter() - start,
                        jobs=int(jobs), chunk_size=int(chunk_size), counts=counts)


# ------------------------------------------------------------------------------------ paths and columns
def _check_paths(src: Path, dst: Path) -> tuple[Path, Path]:
    check_input(src)
    if dst.suffix.lower() not in (".csv", ".parquet"):
        raise DataValidationError(f"{dst}: the output must end in .parquet or .csv (got {dst.suffix!r}).",
                                  source=str(dst))
    if dst.resolve() == src.resolve() or (dst.exists() and os.path.samefile(dst, src)):
        raise DataValidationError(f"{dst}: the output is the input file; choose another --out.", source=str(dst))
    if not dst.parent.is_dir():
        raise DataValidationError(f"{dst}: folder {str(dst.parent)!r} does not exist; create it first.",
                                  source=str(dst))
    if dst.is_dir():
        raise DataValidationError(f"{dst}: is a folder; give a file name ending in .parquet or .csv.",
                                  source=str(dst))
    return src, dst


def text_column(src: str | os.PathLike[str], text: str = "text",
                data_dir: str | os.PathLike[str] | None = None) -> str:
    """The input's column holding the text: ``text`` translated by the ``sentiment_kit.toml`` naming ``src``.

    See the module docstring for the rule. Raises ``DataValidationError`` when ``data_dir`` is given,
    has a toml, and none of its [complaints], [reviews] or [interactions] files is ``src``, or
    when two sections naming ``src`` map ``text`` differently.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "calls.csv").write_text("Comment\\nfine\\n")
    >>> _ = (folder / "sentiment_kit.toml").write_text('[complaints]\\nfile = "calls.csv"\\ncolumns = {text = "Comment"}\\n')
    >>> text_column(folder / "calls.csv")
    'Comment'
    """
    src = Path(src)
    folder = Path(data_dir) if data_dir is not None else src.parent
    if data_dir is not None and not folder.is_dir():
        raise DataValidationError(f"Data folder {str(folder)!r} does not exist.", source=str(folder))
    config_path = folder / CONFIG_FILE
    if not config_path.is_file():
        return text
    config = read_config(folder)
    named: dict[str, Path] = {}
    for section in _TEXT_SECTIONS:
        try:
            named[section] = find_file(folder, section, config[section].file).resolve()
        except DataValidationError:
            continue
    matches = [s for s, path in named.items() if path == src.resolve()]
    if not matches:
        if data_dir is None:
            return text
        listed = ", ".join(f"[{s}] {p.name}" for s, p in named.items()) or "no text data set"
        raise DataValidationError(
            f"{src}: not a data file of {config_path} ({listed}); name it there ([complaints] file = "
            f"\"{src.name}\") or leave out --data-dir and give --text.", source=str(src))
    mapped = {config[s].columns.get(text, text) for s in matches}
    if len(mapped) > 1:
        raise DataValidationError(f"{config_path}: sections {matches} name {src.name} but map {text!r} to different "
                                  f"columns {sorted(mapped)}; keep one.", source=str(config_path))
    return mapped.pop()


def _check_schema(schema: pa.Schema, column: str, added: pa.Schema, src: Path) -> None:
    names = schema.names
    if column not in names:
        raise missing_column(src, column, names)
    twice = sorted({n for n in names if names.count(n) > 1})
    clash = [n for n in added.names if n in names]
    if twice or clash:
        what = f"has column(s) {twice} more than once" if twice else f"already has column(s) {clash} that scoring adds"
        raise DataValidationError(f"{src}: {what}; rename them in the file first.", source=str(src))


def _temporary(dst: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".part", dir=dst.parent)
    except OSError as exc:
        raise DataValidationError(f"{dst}: cannot write in {str(dst.parent)!r} ({exc}).", source=str(dst)) from None
    os.close(handle)
    return Path(name)


def _load_themes(path: str | os.PathLike[str]) -> Any:
    """The fitted ThemeModel saved at ``path`` (by ``sentiment_kit.themes.persist.save_model``)."""
    try:
        from ..themes.persist import load_model
    except ImportError:
        raise SentimentKitError(f"--themes {str(path)!r}: loading fitted theme models is not available yet; "
                                "score without --themes.") from None
    from ..themes.model import ThemeModel

    model = load_model(path)
    if not isinstance(model, ThemeModel):
        raise SentimentKitError(f"--themes {str(path)!r} holds a {type(model).__name__}, not a fitted ThemeModel; "
                                "save one with sentiment_kit.themes.persist.save_model(ThemeModel().fit(texts), path).")
    return model


# ------------------------------------------------------------------------------------ reading


# ------------------------------------------------------------------------------------ scoring
_WORKER_MODEL: Any = None
_WORKER_MIN_PRECISION: float | None = None


def _score_piece(texts: list[Any], model: Any = None, min_precision: float | None = None) -> pd.DataFrame:
    """What classify_feedback adds to these texts (and the theme), on a fresh RangeIndex."""
    added = classify_feedback(pd.DataFrame({"text": pd.Series(texts, dtype=object)}),
                              min_precision=min_precision).drop(columns="text")
    if model is not None:
        ids = np.asarray(model.predict(pd.Series(texts, dtype=object)), dtype=np.int64)
        labels = model.labels()
        added["theme"] = ids
        added["theme_label"] = [labels.get(int(i), "other") for i in ids]
    return added


def _init_worker(model: Any, min_precision: float | None = None) -> None:
    global _WORKER_MODEL, _WORKER_MIN_PRECISION
    _WORKER_MODEL, _WORKER_MIN_PRECISION = model, min_precision
    prepare_prefilter(compile_if_missing=False)  # the parent compiled and cached it for a big input
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool


def _worker_score(texts: list[Any]) -> pd.DataFrame:
    return _score_piece(texts, _WORKER_MODEL, _WORKER_MIN_PRECISION)


def _scored(chunks: Iterator[pa.Table], column: str, jobs: int, model: Any,
            min_precision: float | None = None) -> Iterator[tuple[pa.Table, pd.DataFrame]]:
    """(chunk, its scores) in order; with ``jobs`` > 1 each chunk is split among worker processes and the
    next chunk is read while the workers score the last one (two chunks in memory at most)."""
    if jobs == 1:
        for chunk in chunks:
            yield chunk, _score_piece(chunk.column(column).to_pylist(), model, min_precision)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(model, min_precision))
    finished = False
    try:
        pending: deque[tuple[pa.Table, list[Any]]] = deque()
        for chunk in chunks:
            texts = chunk.column(column).to_pylist()
            bounds = np.linspace(0, len(texts), jobs + 1).astype(int)
            pending.append((chunk, [pool.submit(_worker_score, texts[a:b])
                                    for a, b in pairwise(bounds) if b > a]))
            if len(pending) > 1:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
        finished = True
    finally:  # on an error or Ctrl-C, return at once: queued pieces are dropped, running ones end alone
        pool.shutdown(wait=finished, cancel_futures=True)


def _collect(chunk: pa.Table, futures: list[Any]) -> tuple[pa.Table, pd.DataFrame]:
    return chunk, pd.concat([f.result() for f in futures], ignore_index=True)


# ------------------------------------------------------------------------------------ writing
def _to_arrow(scores: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pandas(scores[schema.names], schema=schema, preserve_index=False)


class _writer:
    """Context manager giving ``write(table)`` to a Parquet or CSV file, closed on exit."""

    def __init__(self, path: Path, suffix: str, schema: pa.Schema) -> None:
        self._file = pq.ParquetWriter(path, schema) if suffix == ".parquet" else pa_csv.CSVWriter(path, schema)

    def __enter__(self) -> Any:
        return self._file.write_table

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def _bar(progress: bool, total: int | None, name: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, unit=" rows", unit_scale=True, desc=f"scoring {name}", disable=not progress,
                dynamic_ncols=True)
