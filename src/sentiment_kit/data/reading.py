"""Reading one data file exactly as written: every row, every character, texts as texts.

- CSV in UTF-8 (with or without a byte-order mark) or, failing that, Windows-1252, comma- or
  semicolon-separated; Parquet; Excel (``.xlsx``, ``.xlsm``; a workbook with several sheets needs
  ``sheet``).
- In text columns (complaint narratives, reviews, exit reasons) only an empty cell is missing:
  "NA", "N/A", "null" and "None" are answers people write and stay text. Other columns read
  pandas' usual missing-value markers as missing.
- A NUL byte, which would silently cut a CSV cell short, is replaced by the visible
  replacement character U+FFFD and counted in a note; other control characters are kept.
- ``columns`` maps the package's column names to the file's own; a mapped column the file
  does not have is an error naming the mapping, the file and the file's columns.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from pandas._libs.parsers import STR_NA_VALUES

from ..exceptions import DataValidationError

__all__ = ["read_table", "find_file", "apply_columns"]

_SUFFIXES = (".csv", ".parquet", ".xlsx")
_EXCEL = (".xlsx", ".xlsm")
_REPLACEMENT = "\ufffd"


def find_file(data_dir: Path, name: str, file: str | None, *, config: Path | None = None) -> Path:
    """The file of data set ``name``: ``file`` from the toml, else ``<name>.csv`` or ``<name>.parquet``."""
    if file is not None:
        path = (data_dir / file)
        if not path.is_file():
            where = f"{config}: [{name}] file = {file!r}" if config else f"file={file!r}"
            raise DataValidationError(f"{where}: no such file in {str(data_dir)!r}.", source=str(path))
        return path
    for ext in _SUFFIXES:
        p = data_dir / f"{name}{ext}"
        if p.exists():
            return p
    raise DataValidationError(
        f"Data file {str(data_dir / (name + '.csv'))!r} not found (nor {name}.parquet or {name}.xlsx). Each data "
        "folder needs "
        "one file per data set (complaints.csv, reviews.csv, customers.csv, survey.csv, interactions.csv, staff_survey.csv), or a "
        f"sentiment_kit.toml naming it: [{name}] file = \"...\".",
        source=str(data_dir / f"{name}.csv"),
    )


def _decode(raw: bytes, path: Path, notes: list[str]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", errors="strict")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
                notes.append(f"{path.name} is not UTF-8; it was read as Windows-1252.")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
                notes.append(f"{path.name} is not UTF-8; it was read as Latin-1.")
    n_nul = text.count("\x00")
    if n_nul:
        text = text.replace("\x00", _REPLACEMENT)
        notes.append(f"{path.name}: {n_nul:,} NUL character(s) were replaced by {_REPLACEMENT} so no text is cut short.")
    return text


def _separator(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def read_table(path: Path, *, text_columns: tuple[str, ...] = (), columns: Mapping[str, str] | None = None,
               where: str | None = None, sheet: str | int | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Read ``path`` (CSV, Parquet or Excel); the package's column names applied; notes for the reader.

    Parameters
    ----------
    path : Path
    text_columns : tuple of str
        The package's names of the free-text columns (kept as text, only blanks missing).
    columns : mapping, optional
        ``{package name: file's column}``.
    where : str, optional
        Where the mapping came from (the toml), for messages.
    sheet : str or int, optional
        The sheet of an Excel workbook (required when it has several).

    Returns
    -------
    (DataFrame, list of str)
        The data with the package's column names, and notes on what reading changed.

    Raises
    ------
    DataValidationError
        Naming the file when it cannot be read or is empty, or a mapped column is missing.
    """
    notes: list[str] = []
    columns = dict(columns or {})
    suffix = path.suffix.lower()
    kind = "Parquet" if suffix == ".parquet" else "Excel" if suffix in _EXCEL else "CSV"
    try:
        if kind == "Parquet":
            data = pd.read_parquet(path)
        elif kind == "Excel":
            data = _read_excel(path, text_columns, columns, sheet)
        else:
            data = _read_csv(path, text_columns, columns, notes)
    except DataValidationError:
        raise
    except pd.errors.EmptyDataError:
        raise DataValidationError(f"{path}: the file is empty.", source=str(path)) from None
    except Exception as exc:  # noqa: BLE001 - pyarrow, openpyxl, the csv parser and the OS raise many types
        raise DataValidationError(
            f"{path}: could not be read as {kind} "
            f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'}).",
            source=str(path),
        ) from exc
    return apply_columns(data, columns, source=str(path), where=where, notes=notes), notes


def _read_csv(path: Path, text_columns: tuple[str, ...], columns: dict[str, str], notes: list[str]) -> pd.DataFrame:
    text = _decode(path.read_bytes(), path, notes)
    if not text.strip():
        raise pd.errors.EmptyDataError("empty")
    sep = _separator(text)
    header = list(pd.read_csv(io.StringIO(text), sep=sep, nrows=0).columns)
    na, texts = _na_markers(header, text_columns, columns)
    return pd.read_csv(io.StringIO(text), sep=sep, keep_default_na=False, na_values=na,
                       dtype={c: str for c in header if c in texts}, low_memory=False)


def _na_markers(header: list, text_columns: tuple[str, ...], columns: dict[str, str]) -> tuple[dict, set]:
    texts = {columns.get(c, c) for c in text_columns}
    return {c: ([""] if c in texts else sorted(STR_NA_VALUES)) for c in header}, texts


def _read_excel(path: Path, text_columns: tuple[str, ...], columns: dict[str, str],
                sheet: str | int | None) -> pd.DataFrame:
    book = pd.ExcelFile(path, engine="openpyxl")
    names = book.sheet_names
    if sheet is None:
        if len(names) != 1:
            raise DataValidationError(
                f"{path} has {len(names)} sheets {names}; say which to read: sheet = \"...\" in its section of "
                "sentiment_kit.toml (sheet= in the API).", source=str(path))
        sheet = names[0]
    elif isinstance(sheet, str) and sheet not in names:
        raise DataValidationError(f"{path} has no sheet {sheet!r}; its sheets: {names}.", source=str(path))
    elif isinstance(sheet, int) and not 0 <= sheet < len(names):
        raise DataValidationError(f"{path} has {len(names)} sheet(s) {names}; sheet {sheet} does not exist.",
                                  source=str(path))
    header = list(book.parse(sheet, nrows=0).columns)
    na, texts = _na_markers(header, text_columns, columns)
    return book.parse(sheet, keep_default_na=False, na_values=na, dtype={c: str for c in header if c in texts})


def apply_columns(data: pd.DataFrame, columns: Mapping[str, str] | None, *, source: str,
                  where: str | None = None, notes: list[str] | None = None) -> pd.DataFrame:
    """Rename the file's columns to the package's names given by ``columns`` ({ours: theirs})."""
    if not columns:
        return data
    present = list(map(str, data.columns))
    missing = {ours: theirs for ours, theirs in columns.items() if theirs not in present}
    if missing:
        ours, theirs = next(iter(missing.items()))
        raise DataValidationError(
            f"{where or 'columns'}: {ours} = {theirs!r} names a column that {source} does not have; its columns: "
            f"{present}.",
            source=source, column=theirs,
        )
    clash = {ours for ours in columns if ours in present and ours not in columns.values()}
    renames = {ours: f"{ours} (file)" for ours in clash}
    if clash and notes is not None:
        notes.append(f"{source}: its own column(s) {sorted(clash)} were renamed '<name> (file)' because the "
                     "mapping gives those names to other columns.")
    out = data.rename(columns=renames)
    return out.rename(columns={theirs: ours for ours, theirs in columns.items()})
