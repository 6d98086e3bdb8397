"""Checking a data set against its schema: one rule each for dates, numbers, scales, yes/no, waves and
texts, and notes on whatever could not be read as written (nothing is guessed, nothing dropped)."""

from __future__ import annotations

import warnings
from typing import Any

import pandas as pd

from .._core.dates import parse_dates
from .._core.parse import check_scale, parse_bool, positive_class, wave_basis
from ..exceptions import DataValidationError, SentimentKitWarning
from .config import TENURE_UNITS, DatasetOptions, dataset_options
from .reading import apply_columns
from .schemas import RATING_PREFIXES, SCHEMAS

__all__ = ["validate_dataset"]


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
    out, notes, _ = validate(data, name, opts, source=where)
    for note in notes:
        warnings.warn(note, SentimentKitWarning, stacklevel=2)
    return out


def validate(data: pd.DataFrame, name: str, opts: DatasetOptions, *,
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
    if schema.any_of and not any(c in data.columns for c in schema.any_of):
        raise DataValidationError(
            f"{where}: none of the columns {list(schema.any_of)} is present, and every analysis of {name} needs "
            f"one; available: {list(map(str, data.columns))} (map yours with columns = {{ ... }}).",
            source=where, column=schema.any_of[0],
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
        scaled = {*schema.ratings, *schema.fixed_scales}  # parsed by check_scale, with the scale in the message
        for col in (c for c in schema.numeric if c in out.columns and c not in scaled):
            out[col] = _numbers(out[col], col)
        for col in (c for c in schema.nonnegative if c in out.columns):
            _nonnegative(out[col], col)
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
        for col, scale in ((c, s) for c, s in schema.fixed_scales.items() if c in out.columns):
            out[col] = _fixed_scale(out[col], col, scale)
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
            if col in opts.blank_is_no:
                blank = out[col].isna() | out[col].map(lambda v: isinstance(v, str) and not v.strip())
                if blank.any():
                    out[col] = out[col].astype(object).where(~blank, False)
                    decisions.append(f"{int(blank.sum()):,} blank value(s) in {col!r} were read as no (blank_is_no).")
            out[col] = parse_bool(out[col], column=col)
        for col in (c for c in schema.texts if c in out.columns):
            out[col] = _texts(out[col])
            blank = int(out[col].isna().sum() + out[col].map(lambda v: isinstance(v, str) and not v.strip()).sum())
            if blank and col == "text":
                decisions.append(f"{blank:,} of {len(out):,} rows have no text: they count in volumes, not in what "
                                 "the texts say.")
        if name == "interactions" and opts.stage_order and "stage" in out:
            out["stage"] = _stages(out["stage"], opts.stage_order)
            decisions.append(f"Journey stages, first to last: {', '.join(map(str, opts.stage_order))} (stage_order).")
    except DataValidationError as exc:
        raise fail(exc) from None
    return out, notes, decisions


def _stages(values: pd.Series, order: tuple[Any, ...]) -> pd.Series:
    """``stage`` as an ordered categorical in ``stage_order``; a stage the list lacks is an error naming it."""
    order = tuple(map(str, order))
    text = values.astype(object).where(values.isna(), values.astype(str))
    unknown = sorted(set(text.dropna()) - set(order))
    if unknown:
        raise DataValidationError(f"column 'stage' has stage(s) {unknown[:5]} that stage_order {list(order)} does not "
                                  "list; add them to stage_order in sentiment_kit.toml.", column="stage")
    if len(set(order)) != len(order):
        raise DataValidationError(f"stage_order lists a stage twice: {list(order)}.", column="stage")
    return pd.Series(pd.Categorical(text, categories=order, ordered=True), index=values.index)


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


def _nonnegative(values: pd.Series, column: str) -> None:
    negative = values < 0
    if negative.any():
        raise DataValidationError(f"Column {column!r} has {int(negative.sum()):,} negative value(s), e.g. "
                                  f"{values[negative].iloc[0]:g}; it cannot be negative: fix the data.", column=column)


def _fixed_scale(values: pd.Series, column: str, scale: tuple[float, float]) -> pd.Series:
    """Ratings on a scale no ``sentiment_kit.toml`` key changes (the likelihood to recommend, 0-10)."""
    lo, hi = scale
    num = pd.to_numeric(values, errors="coerce")
    out = (num < lo) | (num > hi)
    if out.any():
        found = sorted(set(num[out].tolist()))[:6]
        raise DataValidationError(
            f"Column {column!r} has {int(out.sum()):,} value(s) outside its scale {lo:g}-{hi:g}: {found}; this "
            f"question is always answered {lo:g}-{hi:g} (no scale key changes it): fix the data, or rename the "
            "column if it holds another question.", column=column)
    return check_scale(values, column=column, scale=scale, codes_allowed=False)


def _numeric_like(values: pd.Series) -> bool:
    v = values.dropna()
    return bool(len(v)) and bool(pd.to_numeric(v, errors="coerce").notna().mean() > 0.5)


def _texts(values: pd.Series) -> pd.Series:
    """Free text as ``str`` (numbers written as text), missing stays missing."""
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        return values.astype(object)
    return values.map(lambda v: v if isinstance(v, str) or (not isinstance(v, str) and pd.isna(v)) else str(v)
                      ).astype(object)
