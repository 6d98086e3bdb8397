"""The data formats each analysis expects, and loading/validating a data folder.

A data folder (the bundled sample, or the analyst's own ``DATA_DIR`` given to
``sentiment-kit report``) holds one CSV (or Parquet) file per data set, named
after it (``complaints.csv``, ``reviews.csv``, ``customers.csv``, ``survey.csv``) or
named in its ``sentiment_kit.toml`` (:mod:`sentiment_kit.data.config`), which also maps
the file's column names to the package's and declares scales, date order and wave order.
:data:`SCHEMAS` lists the required columns of each; extra columns are kept.

Nothing is guessed and nothing is dropped: dates by one rule
(:func:`sentiment_kit._core.parse.parse_dates`), ratings checked against their scale, survey
waves put in an order read from the data or given, and what could not be read counted in
the notes of :func:`inspect_dataset` (shown in the report's "About the data" section).

Examples
--------
>>> sorted(SCHEMAS)
['complaints', 'customers', 'reviews', 'survey']
>>> SCHEMAS["reviews"].required
('stars', 'text')
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._core.parse import check_scale, parse_bool, parse_dates, positive_class, wave_basis
from .data.config import CONFIG_FILE, TENURE_UNITS, DatasetOptions, dataset_options, read_config
from .data.reading import apply_columns, find_file, read_table
from .exceptions import DataValidationError, SentimentKitWarning

__all__ = ["Schema", "SCHEMAS", "Dataset", "read_dataset", "read_if_present", "validate_dataset", "inspect_dataset",
           "dataset_file"]


@dataclass(frozen=True)
class Schema:
    """Columns of one data set: ``required`` must exist; ``dates``/``numeric``/``boolean`` are parsed."""

    name: str
    required: tuple[str, ...]
    description: dict[str, str] = field(default_factory=dict)
    dates: tuple[str, ...] = ()  # parsed when present
    numeric: tuple[str, ...] = ()
    boolean: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()  # at least one column must start with each prefix
    texts: tuple[str, ...] = ()  # free text: only blanks are missing, "NA" or "None" stay text
    ratings: tuple[str, ...] = ()  # checked against the declared ``scale``

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column name the package knows for this data set (the names ``columns=`` maps)."""
        names = [*self.required, *self.description, *self.dates, *self.numeric, *self.boolean, *self.texts,
                 *self.ratings]
        return tuple(dict.fromkeys(n for n in names if "<" not in n))


SCHEMAS: dict[str, Schema] = {
    "complaints": Schema(
        "complaints",
        required=("text",),
        dates=("date",),
        texts=("text",),
        description={
            "complaint_id": "identifier (optional)",
            "date": "date received (optional: without it, time analyses are skipped with a note)",
            "product": "product or service line (str, optional)",
            "issue": "annotated issue category (str, optional)",
            "company": "company complained about (str, optional)",
            "channel": "how it was submitted (str, optional)",
            "state": "customer's state or region (str, optional)",
            "text": "the complaint narrative (str; blanks are kept)",
        },
    ),
    "reviews": Schema(
        "reviews",
        required=("stars", "text"),
        dates=("date",),
        texts=("text",),
        ratings=("stars",),
        description={
            "review_id": "identifier (optional)",
            "date": "date posted (optional: without it, time analyses are skipped with a note)",
            "location": "branch or site reviewed (str, optional)",
            "product": "product or service reviewed (str, optional)",
            "stars": "star rating 1-5 (int)",
            "text": "the review (str)",
        },
    ),
    "customers": Schema(
        "customers",
        required=("tenure_days", "churned"),
        numeric=("tenure_days", "first_response_hours", "unanswered_contacts", "contacts", "annual_value"),
        boolean=("churned",),
        dates=("signup_date",),
        texts=("exit_reason",),
        description={
            "customer_id": "identifier (optional)",
            "tenure_days": "days from sign-up to churn or to the end of observation (number >= 0)",
            "churned": "1/0 or true/false: left during observation",
            "exit_reason": "exit-survey answer, free text or code (str; blank if none)",
            "first_response_hours": "mean hours to first response on contacts (number, optional)",
            "unanswered_contacts": "contacts never answered (int, optional)",
            "annual_value": "revenue per year from the customer (number, optional)",
            "plan": "segment or plan (str, optional)",
            "signup_date": "date of sign-up (optional)",
        },
    ),
    "survey": Schema(
        "survey",
        required=("overall_satisfaction",),
        prefixes=("perf_",),
        dates=("date",),
        description={
            "respondent_id": "identifier (optional)",
            "wave": "survey wave, e.g. the year (int or str; optional: without it, one wave)",
            "imp_<value>": "stated importance of each value, 1-5 (optional)",
            "perf_<value>": "our performance on each value, 1-5",
            "comp_<value>": "the competitor's performance on each value, 1-5 (optional)",
            "overall_satisfaction": "overall satisfaction, 1-10 (or two answers such as satisfied/dissatisfied)",
            "segment": "customer segment (str, optional)",
            "date": "date answered (optional; orders the waves when their labels do not)",
        },
    ),
}

#: Column-name prefixes of the survey's value ratings (ours, stated importance, competitor's).
RATING_PREFIXES = ("perf_", "imp_", "comp_")


@dataclass(frozen=True, eq=False)
class Dataset:
    """One data set as read and checked, with what the reader should know about it.

    Attributes
    ----------
    name : str
        ``complaints``, ``reviews``, ``customers`` or ``survey``.
    source : str
        The file read (or ``name`` for a DataFrame).
    data : DataFrame
        Dates, numbers and yes/no parsed; survey waves an ordered categorical. No row dropped.
    options : DatasetOptions
        The options used (``sentiment_kit.toml`` merged with arguments).
    notes : tuple of str
        What could not be read as it was (values of a date column that are not dates, a file
        that is not UTF-8, NUL characters replaced); :func:`read_dataset` warns with each.
    decisions : tuple of str
        How the data was read where it had to be decided (the day/month order a column
        settles, the wave order and what it rests on).
    """

    name: str
    source: str
    data: pd.DataFrame
    options: DatasetOptions
    notes: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()

    @property
    def date_range(self) -> tuple[pd.Timestamp, pd.Timestamp] | None:
        """First and last date of the ``date`` column (None without dates)."""
        if "date" not in self.data or not pd.api.types.is_datetime64_any_dtype(self.data["date"]):
            return None
        d = self.data["date"].dropna()
        return (d.min(), d.max()) if len(d) else None

    def to_frame(self) -> pd.DataFrame:
        """One row: ``data set``, ``file``, ``rows``, ``dates``, ``notes`` (as shown in the report)."""
        span = self.date_range
        return pd.DataFrame([{
            "data set": self.name, "file": Path(self.source).name, "rows": len(self.data),
            "dates": f"{span[0]:%d %b %Y} to {span[1]:%d %b %Y}" if span else "",
            "notes": " ".join(self.notes + self.decisions),
        }])

    def __repr__(self) -> str:
        return f"Dataset({self.name!r}, {self.source!r}, rows={len(self.data)}, notes={len(self.notes)})"


def dataset_file(name: str, data_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """The file data set ``name`` is read from in ``data_dir``, or None when the folder has none.

    A file named in ``sentiment_kit.toml`` must exist (its absence is an error, not "no data").

    Examples
    --------
    >>> dataset_file("reviews").name
    'reviews.csv'
    """
    if name not in SCHEMAS:
        raise DataValidationError(f"Unknown data set {name!r}; choose one of {sorted(SCHEMAS)}.")
    folder = _folder(data_dir)
    config = folder / CONFIG_FILE
    opts = read_config(folder)[name]
    try:
        return find_file(folder, name, opts.file, config=config if config.is_file() else None)
    except DataValidationError:
        if opts.file is not None:
            raise
        return None


def _folder(data_dir: str | os.PathLike[str] | None) -> Path:
    if data_dir is None:
        from .datasets import sample_dir

        data_dir = sample_dir()
    folder = Path(data_dir)
    if not folder.is_dir():
        raise DataValidationError(f"Data folder {str(folder)!r} does not exist.", source=str(folder))
    return folder


def read_if_present(name: str, data_dir: str | os.PathLike[str] | None = None, **options: Any) -> pd.DataFrame | None:
    """:func:`read_dataset` when ``data_dir`` has a file for ``name``, else None.

    Only the absence of the file gives None: a file that is there but wrong still raises.

    Examples
    --------
    >>> read_if_present("reviews") is not None
    True
    """
    if dataset_file(name, data_dir) is None:
        return None
    return read_dataset(name, data_dir, **options)


def inspect_dataset(name: str, data_dir: str | os.PathLike[str] | None = None, **options: Any) -> Dataset:
    """Read, check and describe one data set of a data folder.

    Like :func:`read_dataset`, but returns a :class:`Dataset` whose ``notes`` say what could
    not be read or had to be decided (the report shows them in its "About the data" section).

    Parameters
    ----------
    name : str
        ``complaints``, ``reviews``, ``customers`` or ``survey``.
    data_dir : path, optional
        The folder; default the bundled sample.
    **options
        Any key of ``sentiment_kit.toml`` (:mod:`sentiment_kit.data.config`); overrides the file.

    Returns
    -------
    Dataset

    Examples
    --------
    >>> ds = inspect_dataset("survey")
    >>> list(ds.data["wave"].cat.categories), ds.options.na_values
    ([2024, 2025], (0,))
    """
    if name not in SCHEMAS:
        raise DataValidationError(f"Unknown data set {name!r}; choose one of {sorted(SCHEMAS)}.")
    data_dir = _folder(data_dir)
    config = data_dir / CONFIG_FILE
    opts = dataset_options(name, options, base=read_config(data_dir)[name])
    path = find_file(data_dir, name, opts.file, config=config if config.is_file() else None)
    where = f"{config}: [{name}] columns" if config.is_file() and opts.columns else "columns"
    data, notes = read_table(path, text_columns=SCHEMAS[name].texts, columns=opts.columns, where=where,
                             sheet=opts.sheet)
    data, more, decisions = _validate(data, name, opts, source=str(path))
    return Dataset(name, str(path), data, opts, tuple(notes + more), tuple(decisions))


def read_dataset(name: str, data_dir: str | os.PathLike[str] | None = None, **options: Any) -> pd.DataFrame:
    """Read and validate one data set (``complaints``, ``reviews``, ``customers``, ``survey``).

    Parameters
    ----------
    name : str
        Data set name, a key of :data:`SCHEMAS`.
    data_dir : str or Path, optional
        Folder holding ``<name>.csv`` or ``<name>.parquet`` (or the file its
        ``sentiment_kit.toml`` names). Defaults to the bundled sample (``data/sample``).
    **options
        Any key of ``sentiment_kit.toml`` (``dayfirst=True``, ``scale=(1, 10)``,
        ``wave_order=[...]``, ``columns={"text": "Comment"}``, ...); overrides the file.

    Returns
    -------
    pandas.DataFrame
        The data with dates, numbers and booleans parsed; survey waves as an ordered
        categorical. No row is dropped. What could not be read is reported with a
        :class:`~sentiment_kit.exceptions.SentimentKitWarning` (see :func:`inspect_dataset`).

    Raises
    ------
    DataValidationError
        Naming the file and the column: missing file or column, empty data, ambiguous dates,
        ratings outside their scale, waves whose order cannot be read, a bad ``sentiment_kit.toml``.

    Examples
    --------
    >>> read_dataset("reviews").shape[0] > 100
    True
    """
    ds = inspect_dataset(name, data_dir, **options)
    for note in ds.notes:
        warnings.warn(note, SentimentKitWarning, stacklevel=2)
    return ds.data


def validate_dataset(data: pd.DataFrame, name: str, *, source: str | None = None, **options: Any) -> pd.DataFrame:
    """Check ``data`` against ``SCHEMAS[name]`` and return a parsed copy.

    The same rules as :func:`read_dataset` for a DataFrame already in memory: ``columns=``
    maps the package's names to yours, dates are read by one rule (unreadable ones counted in a
    warning, never dropped), ratings checked against ``scale``, waves ordered.

    Raises
    ------
    DataValidationError
        Naming the file (``source``) and the column when the data is empty, a required column
        is missing, or a column cannot be parsed.

    Examples
    --------
    >>> import pandas as pd
    >>> validate_dataset(pd.DataFrame({"date": ["2024-01-02"], "product": ["a"]}), "complaints")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: complaints: required column 'text' is missing; available: ['date', 'product'].
    """
    if name not in SCHEMAS:
        raise DataValidationError(f"Unknown data set {name!r}; choose one of {sorted(SCHEMAS)}.")
    if not isinstance(data, pd.DataFrame):
        raise DataValidationError(f"data must be a pandas DataFrame, got {type(data).__name__}.")
    opts = dataset_options(name, options)
    where = source or name
    data = apply_columns(data, opts.columns, source=where)
    out, notes, _ = _validate(data, name, opts, source=where)
    for note in notes:
        warnings.warn(note, SentimentKitWarning, stacklevel=2)
    return out


def _validate(data: pd.DataFrame, name: str, opts: DatasetOptions, *,
              source: str) -> tuple[pd.DataFrame, list[str], list[str]]:
    schema = SCHEMAS[name]
    where = source
    if data.empty:
        raise DataValidationError(f"{where}: the data is empty (no rows).", source=where)
    decisions: list[str] = []
    if name == "survey":
        data = _survey_shape(data, opts, where, decisions)
    for col in schema.required:
        if col not in data.columns:
            raise DataValidationError(
                f"{where}: required column {col!r} is missing; available: {list(map(str, data.columns))}.",
                source=where, column=col,
            )
    for prefix in schema.prefixes:
        if not any(str(c).startswith(prefix) for c in data.columns):
            raise DataValidationError(
                f"{where}: no column starts with {prefix!r} (one per value, e.g. "
                f"'{prefix}quality'); available: {list(map(str, data.columns))}.",
                source=where, column=prefix + "*",
            )
    out = data.copy()
    notes: list[str] = []

    def fail(exc: DataValidationError) -> DataValidationError:
        return DataValidationError(f"{where}: {exc}", source=where, column=exc.column)

    try:
        for col in (c for c in schema.dates if c in out.columns):
            parsed = parse_dates(out[col], column=col, dayfirst=opts.dayfirst, epoch=opts.date_epoch)
            out[col] = parsed.values
            if parsed.order == "mixed":
                decisions.append(f"Dates in {col!r}: {parsed.order_evidence}.")
            elif parsed.order and parsed.order_evidence != "dayfirst":
                decisions.append(f"Dates in {col!r} were read as {parsed.order}/year, as {parsed.order_evidence} "
                                 "shows (say dayfirst in sentiment_kit.toml to override).")
            if parsed.note(col):
                notes.append(parsed.note(col))
        for col in (c for c in schema.numeric if c in out.columns):
            out[col] = _numbers(out[col], col)
        if name == "customers" and opts.tenure_unit != "days":
            out["tenure_days"] = out["tenure_days"] * TENURE_UNITS[opts.tenure_unit]
            decisions.append(f"Tenure was given in {opts.tenure_unit} and converted to days "
                             f"(x {TENURE_UNITS[opts.tenure_unit]:g}).")
        if name == "customers" and (out["tenure_days"] < 0).any():
            bad = out.loc[out["tenure_days"] < 0, "tenure_days"]
            raise DataValidationError(f"Column 'tenure_days' has {len(bad):,} negative value(s), e.g. {bad.iloc[0]:g}; "
                                      "tenure counts from sign-up and cannot be negative.", column="tenure_days")
        for col in (c for c in schema.ratings if c in out.columns):
            out[col] = check_scale(out[col], column=col, scale=opts.scale, section=name, codes_allowed=False)
        if name == "survey":
            ratings = [c for c in map(str, out.columns) if c.startswith(RATING_PREFIXES)]
            for col in ratings:
                out[col] = check_scale(out[col], column=col, scale=opts.scale, na_values=opts.na_values,
                                       section=name)
            if _numeric_like(out["overall_satisfaction"]):
                out["overall_satisfaction"] = check_scale(out["overall_satisfaction"], column="overall_satisfaction",
                                                          scale=opts.overall_scale, na_values=opts.na_values,
                                                          key="overall_scale", section=name)
            else:
                one = positive_class(out["overall_satisfaction"], column="overall_satisfaction",
                                     positive=opts.satisfied)
                decisions.append(f"Overall satisfaction has two answers; {str(one)!r} is read as satisfied.")
            order, basis = wave_basis(out["wave"], column="wave", wave_order=opts.wave_order,
                                      dates=out["date"] if "date" in out else None)
            out["wave"] = pd.Categorical(out["wave"], categories=order, ordered=True)
            if len(order) > 1:
                how = {"wave_order": "as wave_order gives", "dates": "by their dates",
                       "labels": "as their labels read", "categories": "as the ordered categories give"}[basis]
                decisions.append(f"Survey waves, oldest first: {', '.join(map(str, order))} ({how}).")
        for col in (c for c in schema.boolean if c in out.columns):
            out[col] = parse_bool(out[col], column=col)
        for col in (c for c in schema.texts if c in out.columns):
            out[col] = _texts(out[col])
            blank = int(out[col].isna().sum() + out[col].map(lambda v: isinstance(v, str) and not v.strip()).sum())
            if blank and col == "text":
                decisions.append(f"{blank:,} of {len(out):,} rows have no text: they count in volumes, not in what "
                                 "the texts say.")
    except DataValidationError as exc:
        raise fail(exc) from None
    return out, notes, decisions


def _survey_shape(data: pd.DataFrame, opts: DatasetOptions, where: str, decisions: list[str]) -> pd.DataFrame:
    """The survey's value columns named ``perf_<value>`` (from ``values``), and one wave when none is given."""
    if opts.values:
        present = list(map(str, data.columns))
        missing = [v for v in opts.values if v not in present]
        if missing:
            raise DataValidationError(
                f"{where}: values lists {missing[0]!r}, which the file does not have; its columns: {present}.",
                source=where, column=missing[0])
        clash = [f"perf_{v}" for v in opts.values if f"perf_{v}" in present]
        if clash:
            raise DataValidationError(f"{where}: values would name a column {clash[0]!r}, which the file already has.",
                                      source=where, column=clash[0])
        data = data.rename(columns={v: f"perf_{v}" for v in opts.values})
    if "wave" not in data.columns:
        data = data.assign(wave=1)
        decisions.append("The survey has no wave column: all answers are read as one wave (1).")
    return data


def _numbers(values: pd.Series, column: str) -> pd.Series:
    parsed = pd.to_numeric(values, errors="coerce")
    bad = parsed.isna() & values.notna()
    if bad.any():
        raise DataValidationError(
            f"column {column!r} must be numeric; {int(bad.sum())} value(s) are not, e.g. {values[bad].iloc[0]!r}.",
            column=column,
        )
    return parsed


def _numeric_like(values: pd.Series) -> bool:
    v = values.dropna()
    return bool(len(v)) and bool(pd.to_numeric(v, errors="coerce").notna().mean() > 0.5)


def _texts(values: pd.Series) -> pd.Series:
    """Free text as ``str`` (numbers written as text), missing stays missing."""
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        return values.astype(object)
    return values.map(lambda v: v if isinstance(v, str) or (not isinstance(v, str) and pd.isna(v)) else str(v)
                      ).astype(object)
