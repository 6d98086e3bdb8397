"""Reading the input of :func:`sentiment_kit.batch.score_file` in record batches, CSV or Parquet, with
every problem named by its file and line (a malformed row is reported, never skipped)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ..exceptions import DataValidationError

__all__ = ["CSV_SUFFIXES", "PARQUET_SUFFIXES", "Source", "check_input", "missing_column", "rechunk"]

CSV_SUFFIXES = (".csv",)
PARQUET_SUFFIXES = (".parquet", ".pq")
_BLOCK_BYTES = 8 << 20  # CSV read block; one row must fit in it


def check_input(src: Path) -> Path:
    """``src`` as an existing .csv or .parquet file, or an error naming it and saying what to do."""
    if src.suffix.lower() not in CSV_SUFFIXES + PARQUET_SUFFIXES:
        raise DataValidationError(f"{src}: not a CSV or Parquet file (suffix {src.suffix!r}); save it as .csv "
                                  "(UTF-8) or .parquet.", source=str(src))
    if not src.is_file():
        raise DataValidationError(f"{src}: no such file.", source=str(src))
    return src


def missing_column(src: Path, column: str, names: list[str]) -> DataValidationError:
    """The error for a text column ``src`` does not have, listing the columns it has."""
    return DataValidationError(f"{src}: column {column!r} not found; available: {names}. Pass --text COLUMN "
                               "(text=...) or map it in sentiment_kit.toml.", source=str(src), column=column)


class Source:
    """The input's Arrow schema, row count (Parquet only) and record batches, errors named by file and line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.is_csv = path.suffix.lower() in CSV_SUFFIXES
        self.total: int | None = None
        if self.is_csv:
            self.sep, header = _csv_header(path)
            self._reader = self._guard(lambda: pa_csv.open_csv(
                path, read_options=pa_csv.ReadOptions(block_size=_BLOCK_BYTES, use_threads=True),
                parse_options=pa_csv.ParseOptions(delimiter=self.sep, newlines_in_values=True),
                convert_options=pa_csv.ConvertOptions(column_types=dict.fromkeys(header, pa.string()),
                                                      strings_can_be_null=False, quoted_strings_can_be_null=False)))
            self.schema = self._reader.schema
        else:
            self._reader = self._guard(lambda: pq.ParquetFile(path))
            self.schema = self._reader.schema_arrow.remove_metadata()
            self.total = self._reader.metadata.num_rows

    def batches(self) -> Iterator[pa.RecordBatch]:
        it = iter(self._reader) if self.is_csv else self._reader.iter_batches(batch_size=65_536)
        while True:
            batch = self._guard(lambda: next(it, None))
            if batch is None:
                return
            yield batch

    def _guard(self, call: Any) -> Any:
        try:
            return call()
        except (pa.ArrowException, OSError, ValueError) as exc:
            if self.is_csv:
                raise DataValidationError(_csv_problem(self.path, self.sep, exc), source=str(self.path)) from None
            raise DataValidationError(f"{self.path}: not a readable Parquet file ({' '.join(str(exc).split())}); "
                                      "check the file is complete, or re-export it.", source=str(self.path)) from None


def _csv_header(path: Path) -> tuple[str, list[str]]:
    """The separator (``;`` when the first line has more of them than commas) and the column names."""
    text = ""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):  # a quoted header name may hold a line break
            try:
                text += raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                raise DataValidationError(f"{path}: line {number} is not UTF-8 text; re-save the file as UTF-8.",
                                          source=str(path)) from None
            if text.count('"') % 2 == 0:
                break
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([text], delimiter=sep), None) if text.strip() else None
    if not header:
        raise DataValidationError(f"{path}: no header line (the file is empty); a CSV file starts with its "
                                  "column names.", source=str(path))
    return sep, header


def _csv_problem(path: Path, sep: str, exc: Exception) -> str:
    """One line for a CSV Arrow could not read: the first malformed line found by re-reading the file."""
    detail = " ".join(str(exc).split())[:200]
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return f"{path}: line {number} is not UTF-8 text; re-save the file as UTF-8."
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=sep, strict=True)
        try:
            width = len(next(reader))
            for row in reader:
                if row and len(row) != width:
                    return (f"{path}: malformed CSV row ending at line {reader.line_num}: {len(row)} fields where the "
                            f"header has {width}; fix or quote that row (no row is skipped).")
        except csv.Error as err:
            return f"{path}: malformed CSV at line {reader.line_num} ({err}); fix that row (no row is skipped)."
    return f"{path}: cannot be read as CSV ({detail})."


def rechunk(batches: Iterator[pa.RecordBatch], size: int) -> Iterator[pa.Table]:
    """Tables of exactly ``size`` rows (the last one fewer), in order."""
    pending: list[pa.RecordBatch] = []
    have = 0
    for batch in batches:
        while batch.num_rows:
            take = min(size - have, batch.num_rows)
            pending.append(batch.slice(0, take))
            have += take
            batch = batch.slice(take)
            if have == size:
                yield pa.Table.from_batches(pending)
                pending, have = [], 0
    if have:
        yield pa.Table.from_batches(pending)
