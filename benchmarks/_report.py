"""How the benchmarks print their results: one Markdown table helper for every script.

Scripts in ``benchmarks/`` import it as ``from _report import markdown_table`` (Python puts the
running script's folder on ``sys.path``); a script in a subfolder loads this file by its path.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

Format = str | Callable[[Any], str]


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))


def _is_missing(v: Any) -> bool:
    return v is None or (isinstance(v, (float, np.floating)) and math.isnan(v))


def _cell(v: Any, fmt: Format | None, floatfmt: str) -> str:
    if _is_missing(v):
        return ""
    if fmt is not None:
        text = fmt(v) if callable(fmt) else fmt.format(v)
    elif isinstance(v, (float, np.floating)):
        text = floatfmt.format(v)
    elif _is_number(v):
        text = f"{v:,}"
    else:
        text = str(v)
    return " ".join(text.split()).replace("|", r"\|")  # one line; a "|" in the data cannot end the cell


def markdown_table(rows: pd.DataFrame | Iterable[Mapping[str, Any]], columns: Iterable[str] | Mapping[str, str] | None = None,
                   *, formats: Mapping[str, Format] | None = None, floatfmt: str = "{:.3g}",
                   align: Mapping[str, str] | None = None) -> str:
    """A Markdown table (no ``tabulate`` dependency).

    Parameters
    ----------
    rows : DataFrame or iterable of dicts
        One row each; a DataFrame's index is not printed.
    columns : list of keys, or dict of key -> header, optional
        Which columns to print, in order (default: every key, in first-seen order); a dict also
        renames them. A key a row lacks gives an empty cell.
    formats : dict of key -> format string or callable, optional
        Per column, e.g. ``{"share": "{:.1%}", "seconds": "{:.2f}"}``.
    floatfmt : str, default "{:.3g}"
        Format of floats in columns without an entry in ``formats``. Integers get thousands
        separators; missing values (None, NaN) print as empty cells.
    align : dict of key -> "left" or "right", optional
        By default a column whose every non-missing value is a number is right-aligned, others left.
    """
    if isinstance(rows, pd.DataFrame):
        records = rows.to_dict("records")
        keys = list(rows.columns)
    else:
        records = [dict(r) for r in rows]
        keys = list(dict.fromkeys(k for r in records for k in r))
    if columns is not None:
        headers = dict(columns) if isinstance(columns, Mapping) else {k: k for k in columns}
    else:
        headers = {k: k for k in keys}
    formats, align = dict(formats or {}), dict(align or {})
    rules = []
    for key in headers:
        values = [r.get(key) for r in records if not _is_missing(r.get(key))]
        side = align.get(key, "right" if values and all(_is_number(v) for v in values) else "left")
        if side not in ("left", "right"):
            raise ValueError(f"align[{key!r}] must be 'left' or 'right', got {side!r}.")
        rules.append("---:" if side == "right" else "---")
    lines = ["| " + " | ".join(_cell(h, None, floatfmt) for h in headers.values()) + " |",
             "|" + "|".join(rules) + "|"]
    for r in records:
        lines.append("| " + " | ".join(_cell(r.get(k), formats.get(k), floatfmt) for k in headers) + " |")
    return "\n".join(lines)

