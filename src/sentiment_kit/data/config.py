"""``sentiment_kit.toml``: how to read a data folder without renaming anything in it.

A data folder may hold a ``sentiment_kit.toml`` with one section per data set (``[complaints]``,
``[reviews]``, ``[customers]``, ``[survey]``, ``[interactions]``, ``[staff_survey]``). Every key is
optional; the same keys are the keyword arguments of :func:`sentiment_kit.read_dataset` and
:func:`sentiment_kit.validate_dataset`, which take precedence over the file.

=================  ===========================  ====================================================
key                sections                     meaning
=================  ===========================  ====================================================
``file``           all                          the file to read, relative to the folder (CSV, Parquet, Excel)
``sheet``          all                          the sheet of an Excel file with several (name or 0-based number)
``columns``        all                          ``{package name = "file's column"}``
``dayfirst``       all                          ``true``: 03/04/2024 is 3 April; ``false``: 4 March
``date_epoch``     all                          numeric dates are epoch times in this unit
``scale``          reviews, survey,             [low, high] of stars (reviews), value ratings (survey),
                   interactions, staff_survey   ``csat`` (interactions), ``internal_support`` (staff_survey);
                                                default [1, 5]. ``likelihood_to_recommend`` is always 0-10
``overall_scale``  survey                       overall satisfaction: [low, high] (default [1, 10])
``na_values``      survey                       rating codes meaning "not applicable", e.g. [0]
``wave_order``     survey                       the waves, oldest first
``values``         survey                       the file's columns rating our performance on each value
``satisfied``      survey                       the overall-satisfaction label meaning satisfied (two classes)
``tenure_unit``    customers                    ``days`` (default), ``weeks``, ``months`` or ``years``
``stage_order``    interactions                 the stages of the customer journey, first to last
``blank_is_no``    interactions                 yes/no columns where a blank cell means no (ticked-box exports)
=================  ===========================  ====================================================

An unknown section or key is an error naming it (a typo never falls back to a default).

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "sentiment_kit.toml").write_text('[reviews]\\nscale = [1, 10]\\n')
>>> read_config(folder)["reviews"].scale
(1.0, 10.0)
>>> _ = (folder / "sentiment_kit.toml").write_text('[reviews]\\nscales = [1, 10]\\n')
>>> read_config(folder)
Traceback (most recent call last):
...
sentiment_kit.exceptions.DataValidationError: ...sentiment_kit.toml: unknown key 'scales' in [reviews]; known keys: columns, date_epoch, dayfirst, file, scale, sheet.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .._core.dates import EPOCH_UNITS
from .._core.resources import sample_folder
from ..exceptions import DataValidationError

__all__ = ["CONFIG_FILE", "DatasetOptions", "read_config", "dataset_options", "DEFAULT_SCALES", "TENURE_UNITS"]

#: Name of the configuration file inside a data folder.
CONFIG_FILE = "sentiment_kit.toml"

_COMMON = ("file", "sheet", "columns", "dayfirst", "date_epoch")
#: Keys each section accepts.
KEYS: dict[str, tuple[str, ...]] = {
    "complaints": _COMMON,
    "reviews": (*_COMMON, "scale"),
    "customers": (*_COMMON, "tenure_unit"),
    "survey": (*_COMMON, "scale", "overall_scale", "na_values", "wave_order", "values", "satisfied"),
    "interactions": (*_COMMON, "scale", "stage_order", "blank_is_no"),
    "staff_survey": (*_COMMON, "scale"),
}
#: Days in each tenure unit (a month is a twelfth of a Julian year).
TENURE_UNITS = {"days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}
#: Scales assumed when none is declared: stars, value ratings, CSAT and internal support 1-5, overall
#: satisfaction 1-10.
DEFAULT_SCALES = {"scale": (1.0, 5.0), "overall_scale": (1.0, 10.0)}


@dataclass(frozen=True)
class DatasetOptions:
    """How to read one data set; see the module docstring for each key.

    ``scale`` and ``overall_scale`` are the declared ones or the defaults (stars, value ratings,
    CSAT and internal support 1-5, overall satisfaction 1-10).
    """

    name: str
    file: str | None = None
    sheet: str | int | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    dayfirst: bool | None = None
    date_epoch: str | None = None
    scale: tuple[float, float] = DEFAULT_SCALES["scale"]
    overall_scale: tuple[float, float] = DEFAULT_SCALES["overall_scale"]
    na_values: tuple[Any, ...] = ()
    wave_order: tuple[Any, ...] | None = None
    values: tuple[str, ...] | None = None
    satisfied: Any = None
    tenure_unit: str = "days"
    stage_order: tuple[Any, ...] | None = None
    blank_is_no: tuple[str, ...] = ()

    def replace(self, where: str = "arguments", **changes: Any) -> DatasetOptions:
        """These options with ``changes`` applied (checked as strictly as the toml)."""
        given = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "name"}
        checked = _check_section(self.name, changes, where)
        return DatasetOptions(name=self.name, **{**given, **checked})


def dataset_options(name: str, options: Mapping[str, Any] | None = None, *, where: str = "arguments",
                    base: DatasetOptions | None = None) -> DatasetOptions:
    """Options for data set ``name`` from a mapping of keys (the toml section or keyword arguments).

    Raises
    ------
    DataValidationError
        For an unknown data set, an unknown key, or a value of the wrong type, naming ``where``.
    """
    if name not in KEYS:
        raise DataValidationError(f"{where}: unknown data set [{name}]; known: {', '.join(sorted(KEYS))}.")
    base = base if base is not None else DatasetOptions(name=name)
    return base.replace(where, **dict(options or {}))


def read_config(data_dir: str | os.PathLike[str] | None) -> dict[str, DatasetOptions]:
    """The options for every data set in ``data_dir``, from its ``sentiment_kit.toml`` if there is one.

    ``data_dir=None`` means the bundled sample, as in :func:`sentiment_kit.read_dataset`.

    Returns
    -------
    dict of name -> DatasetOptions
        One entry per data set (defaults for those the file does not mention).

    Raises
    ------
    DataValidationError
        For a toml that cannot be parsed, an unknown section or key, or a wrong value; the
        message names the file, the section and the key.
    """
    config = {name: DatasetOptions(name=name) for name in KEYS}
    if data_dir is None:
        data_dir = sample_folder()
    path = Path(data_dir) / CONFIG_FILE
    if not path.is_file():
        return config
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataValidationError(f"{path}: not valid TOML ({exc}).", source=str(path)) from None
    for section, value in raw.items():
        if section not in KEYS:
            raise DataValidationError(
                f"{path}: unknown section [{section}]; known sections: {', '.join(f'[{k}]' for k in KEYS)}.",
                source=str(path),
            )
        if not isinstance(value, dict):
            raise DataValidationError(f"{path}: {section} must be a section ([{section}]), got {value!r}.",
                                      source=str(path))
        config[section] = dataset_options(section, value, where=f"{path}")
    return config


def _check_section(name: str, values: Mapping[str, Any], where: str) -> dict[str, Any]:
    known = KEYS[name]
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise DataValidationError(
                f"{where}: unknown key {key!r} in [{name}]; known keys: {', '.join(sorted(known))}.",
                source=where)
        if value is None:
            continue
        out[key] = _CHECKS[key](name, key, value, f"{where}: [{name}] {key}")
    return out


def _string(name: str, key: str, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataValidationError(f"{where} must be a non-empty string; got {value!r}.", source=where)
    return value


def _columns(name: str, key: str, value: Any, where: str) -> dict[str, str]:
    from .schemas import SCHEMAS

    if not isinstance(value, Mapping):
        raise DataValidationError(f'{where} must be a table such as {{ text = "Comment" }}; got {value!r}.',
                                  source=where)
    known = SCHEMAS[name].columns
    out = {}
    for ours, theirs in value.items():
        if ours not in known:
            raise DataValidationError(
                f"{where}: {ours!r} is not a column of {name}; map the package's names: {', '.join(known)}.",
                source=where)
        out[ours] = _string(name, key, theirs, f"{where}.{ours}")
    taken = [t for t in out.values() if list(out.values()).count(t) > 1]
    if taken:
        raise DataValidationError(f"{where}: the file's column {taken[0]!r} is mapped twice.", source=where)
    return out


def _flag(name: str, key: str, value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise DataValidationError(f"{where} must be true or false; got {value!r}.", source=where)
    return value


def _epoch(name: str, key: str, value: Any, where: str) -> str:
    if value not in EPOCH_UNITS:
        raise DataValidationError(f"{where} must be one of {list(EPOCH_UNITS)}; got {value!r}.", source=where)
    return value


def _scale(name: str, key: str, value: Any, where: str) -> tuple[float, float]:
    ok = isinstance(value, list | tuple) and len(value) == 2 and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value) and value[0] < value[1]
    if not ok:
        raise DataValidationError(f"{where} must be [low, high] with low < high, e.g. [1, 5]; got {value!r}.",
                                  source=where)
    return float(value[0]), float(value[1])


def _list(name: str, key: str, value: Any, where: str) -> tuple[Any, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise DataValidationError(f"{where} must be a list, e.g. [0]; got {value!r}.", source=where)
    return tuple(value)


def _sheet(name: str, key: str, value: Any, where: str) -> str | int:
    if isinstance(value, bool) or not isinstance(value, str | int) or (isinstance(value, int) and value < 0):
        raise DataValidationError(f'{where} must be a sheet name or a 0-based number, e.g. "Responses"; got {value!r}.',
                                  source=where)
    return value


def _unit(name: str, key: str, value: Any, where: str) -> str:
    if value not in TENURE_UNITS:
        raise DataValidationError(f"{where} must be one of {', '.join(TENURE_UNITS)}; got {value!r}.", source=where)
    return value


def _names(name: str, key: str, value: Any, where: str) -> tuple[str, ...]:
    names = _list(name, key, value, where)
    if not names or not all(isinstance(v, str) and v.strip() for v in names):
        raise DataValidationError(f'{where} must list the file\'s column names, e.g. ["Staff", "Food"]; got {value!r}.',
                                  source=where)
    if len(set(names)) != len(names):
        raise DataValidationError(f"{where} lists a column more than once: {value!r}.", source=where)
    return names


def _flags(name: str, key: str, value: Any, where: str) -> tuple[str, ...]:
    from .schemas import SCHEMAS

    names = _names(name, key, value, where)
    unknown = [n for n in names if n not in SCHEMAS[name].boolean]
    if unknown:
        raise DataValidationError(f"{where} names {unknown[0]!r}, which is not a yes/no column of {name}; "
                                  f"yes/no columns: {list(SCHEMAS[name].boolean)}.", source=where)
    return names


def _label(name: str, key: str, value: Any, where: str) -> Any:
    if not isinstance(value, str | int | bool):
        raise DataValidationError(f'{where} must be the label meaning satisfied, e.g. "Yes"; got {value!r}.',
                                  source=where)
    return value


_CHECKS = {"file": _string, "sheet": _sheet, "columns": _columns, "dayfirst": _flag, "date_epoch": _epoch,
           "scale": _scale, "overall_scale": _scale, "na_values": _list, "wave_order": _list, "values": _names,
           "satisfied": _label, "tenure_unit": _unit, "stage_order": _list,
           "blank_is_no": _flags}
