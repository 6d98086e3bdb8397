"""The data formats each analysis expects, and loading/validating a data folder.

A data folder (the bundled sample, or the analyst's own ``DATA_DIR`` given to
``sentiment-kit report``) holds one CSV (or Parquet) file per data set, named
after it: ``complaints.csv``, ``reviews.csv``, ``customers.csv``, ``survey.csv``.
:data:`SCHEMAS` lists the required columns of each; extra columns are kept.

Examples
--------
>>> sorted(SCHEMAS)
['complaints', 'customers', 'reviews', 'survey']
>>> SCHEMAS["reviews"].required
('date', 'stars', 'text')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .exceptions import DataValidationError

__all__ = ["Schema", "SCHEMAS", "read_dataset", "validate_dataset"]


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


SCHEMAS: dict[str, Schema] = {
    "complaints": Schema(
        "complaints",
        required=("date", "product", "text"),
        dates=("date",),
        description={
            "complaint_id": "identifier (optional)",
            "date": "date received (ISO date)",
            "product": "product or service line (str)",
            "issue": "annotated issue category (str, optional)",
            "company": "company complained about (str, optional)",
            "channel": "how it was submitted (str, optional)",
            "text": "the complaint narrative (str; blanks are kept)",
        },
    ),
    "reviews": Schema(
        "reviews",
        required=("date", "stars", "text"),
        dates=("date",),
        numeric=("stars",),
        description={
            "review_id": "identifier (optional)",
            "date": "date posted (ISO date)",
            "location": "branch or site reviewed (str, optional)",
            "product": "product or service reviewed (str, optional)",
            "stars": "star rating 1-5 (int)",
            "text": "the review (str)",
        },
    ),
    "customers": Schema(
        "customers",
        required=("tenure_days", "churned"),
        numeric=("tenure_days",),
        boolean=("churned",),
        dates=("signup_date",),
        description={
            "customer_id": "identifier (optional)",
            "tenure_days": "days from sign-up to churn or to the end of observation (number >= 0)",
            "churned": "1/0 or true/false: left during observation",
            "exit_reason": "exit-survey answer, free text or code (str; blank if none)",
            "first_response_hours": "mean hours to first response on contacts (number, optional)",
            "unanswered_contacts": "contacts never answered (int, optional)",
            "annual_value": "revenue per year from the customer (number, optional)",
            "plan": "segment or plan (str, optional)",
        },
    ),
    "survey": Schema(
        "survey",
        required=("wave", "overall_satisfaction"),
        numeric=("overall_satisfaction",),
        prefixes=("perf_",),
        dates=("date",),
        description={
            "respondent_id": "identifier (optional)",
            "wave": "survey wave, e.g. the year (int or str)",
            "imp_<value>": "stated importance of each value, 1-5 (optional)",
            "perf_<value>": "our performance on each value, 1-5",
            "comp_<value>": "the competitor's performance on each value, 1-5 (optional)",
            "overall_satisfaction": "overall satisfaction, 1-10",
        },
    ),
}

_TRUE = {"1", "true", "t", "yes", "y"}
_FALSE = {"0", "false", "f", "no", "n"}


def _find_file(data_dir: Path, name: str) -> Path:
    for ext in (".csv", ".parquet"):
        p = data_dir / f"{name}{ext}"
        if p.exists():
            return p
    raise DataValidationError(
        f"Data file {str(data_dir / (name + '.csv'))!r} not found (nor {name}.parquet). "
        f"Each data folder needs one file per data set: {', '.join(s + '.csv' for s in SCHEMAS)}.",
        source=str(data_dir / f"{name}.csv"),
    )


def validate_dataset(data: pd.DataFrame, name: str, *, source: str | None = None) -> pd.DataFrame:
    """Check ``data`` against ``SCHEMAS[name]`` and return a parsed copy.

    Dates are parsed (unparseable values become NaT and are counted in the
    error only if *every* value fails), numeric and boolean columns converted.

    Raises
    ------
    DataValidationError
        Naming the file (``source``) and the column when the data is empty, a
        required column is missing, or a column cannot be parsed.

    Examples
    --------
    >>> import pandas as pd
    >>> validate_dataset(pd.DataFrame({"date": ["2024-01-02"], "product": ["a"]}), "complaints")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.DataValidationError: complaints: required column 'text' is missing; available: ['date', 'product'].
    """
    schema = SCHEMAS[name]
    where = source or name
    if data.empty:
        raise DataValidationError(f"{where}: the data is empty (no rows).", source=where)
    for col in schema.required:
        if col not in data.columns:
            raise DataValidationError(
                f"{where}: required column {col!r} is missing; available: {list(data.columns)}.",
                source=where, column=col,
            )
    for prefix in schema.prefixes:
        if not any(str(c).startswith(prefix) for c in data.columns):
            raise DataValidationError(
                f"{where}: no column starts with {prefix!r} (one per value, e.g. "
                f"'{prefix}quality'); available: {list(data.columns)}.",
                source=where, column=prefix + "*",
            )
    out = data.copy()
    for col in (c for c in schema.dates if c in out.columns):
        parsed = pd.to_datetime(out[col], errors="coerce", format="mixed")
        if parsed.isna().all() and out[col].notna().any():
            raise DataValidationError(
                f"{where}: column {col!r} holds no parseable dates (first value: "
                f"{out[col].dropna().iloc[0]!r}); use ISO dates such as 2024-03-18.",
                source=where, column=col,
            )
        out[col] = parsed
    for col in schema.numeric:
        parsed = pd.to_numeric(out[col], errors="coerce")
        bad = parsed.isna() & out[col].notna()
        if bad.any():
            raise DataValidationError(
                f"{where}: column {col!r} must be numeric; {int(bad.sum())} value(s) are not, "
                f"e.g. {out.loc[bad, col].iloc[0]!r}.",
                source=where, column=col,
            )
        out[col] = parsed
    for col in schema.boolean:
        out[col] = _to_bool(out[col], where=where, column=col)
    return out


def _to_bool(values: pd.Series, *, where: str, column: str) -> pd.Series:
    if values.dtype == bool:
        return values
    text = values.astype(str).str.strip().str.lower()
    ok = text.isin(_TRUE | _FALSE | {"1.0", "0.0"})
    if not ok.all():
        raise DataValidationError(
            f"{where}: column {column!r} must be boolean (1/0 or true/false); found "
            f"{values[~ok].iloc[0]!r} in {int((~ok).sum())} row(s).",
            source=where, column=column,
        )
    return text.isin(_TRUE | {"1.0"})


def read_dataset(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Read and validate one data set (``complaints``, ``reviews``, ``customers``, ``survey``).

    Parameters
    ----------
    name : str
        Data set name, a key of :data:`SCHEMAS`.
    data_dir : str or Path, optional
        Folder holding ``<name>.csv`` or ``<name>.parquet``. Defaults to the
        bundled sample (``data/sample``).

    Returns
    -------
    pandas.DataFrame
        The data with dates, numbers and booleans parsed. No row is dropped.

    Examples
    --------
    >>> read_dataset("reviews").shape[0] > 100
    True
    """
    if name not in SCHEMAS:
        raise DataValidationError(f"Unknown data set {name!r}; choose one of {sorted(SCHEMAS)}.")
    if data_dir is None:
        from .datasets import sample_dir

        data_dir = sample_dir()
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataValidationError(f"Data folder {str(data_dir)!r} does not exist.",
                                  source=str(data_dir))
    path = _find_file(data_dir, name)
    try:
        if path.suffix == ".parquet":
            data = pd.read_parquet(path)
        else:
            data = pd.read_csv(path, keep_default_na=True, na_values=[""], low_memory=False)
    except pd.errors.EmptyDataError:
        raise DataValidationError(f"{path}: the file is empty.", source=str(path)) from None
    except (pd.errors.ParserError, UnicodeDecodeError, OSError) as exc:
        raise DataValidationError(f"{path}: could not be read ({exc}).", source=str(path)) from exc
    return validate_dataset(data, name, source=str(path))
