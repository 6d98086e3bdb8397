"""Reading a data folder: which file holds each data set, reading and checking it, and what the
reader should know about it (:class:`Dataset`)."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .._core.resources import sample_folder
from ..exceptions import DataValidationError, SentimentKitWarning
from .config import CONFIG_FILE, DatasetOptions, dataset_options, read_config
from .reading import find_file, read_table
from .schemas import SCHEMAS
from .validate import validate

__all__ = ["Dataset", "dataset_file", "read_if_present", "inspect_dataset", "read_dataset"]


@dataclass(frozen=True, eq=False)
class Dataset:
    """One data set as read and checked, with what the reader should know about it.

    Attributes
    ----------
    name : str
        A key of :data:`SCHEMAS`: ``complaints``, ``reviews``, ``customers``, ``survey``, ``interactions`` or ``staff_survey``.
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
        data_dir = sample_folder()
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
        A key of :data:`SCHEMAS`: ``complaints``, ``reviews``, ``customers``, ``survey``, ``interactions`` or ``staff_survey``.
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
    data, more, decisions = validate(data, name, opts, source=str(path))
    return Dataset(name, str(path), data, opts, tuple(notes + more), tuple(decisions))


def read_dataset(name: str, data_dir: str | os.PathLike[str] | None = None, **options: Any) -> pd.DataFrame:
    """Read and validate one data set (a key of :data:`SCHEMAS`, e.g. ``reviews`` or ``interactions``).

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
