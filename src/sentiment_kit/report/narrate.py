"""What a notebook shows a reader: sentences and tables with every value from the data shown as text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .._core.escape import html_table, html_text, p_text, plain_number, readable
from ..data.load import Dataset

__all__ = ["narrate", "show_table", "plain_number", "p_text", "about_the_data"]


def about_the_data(datasets: Sequence[Dataset]) -> str:
    """The report's closing "About the data" section as HTML: per data set its file, rows, dates,
    and every note on what could not be read or had to be decided (all text escaped).

    Examples
    --------
    >>> from sentiment_kit import inspect_dataset
    >>> "survey.csv" in about_the_data([inspect_dataset("survey")])
    True
    """
    import pandas as pd

    table = pd.concat([ds.to_frame() for ds in datasets], ignore_index=True) if datasets else pd.DataFrame()
    intro = ("<p>Every row of every file is kept. Values that could not be read as written (a date that is "
             "not a date, say) are counted below and left out only of the analyses that need them.</p>")
    return intro + (show_table(table, {"rows": "{:,}"}).to_html() if len(table) else "")


def narrate(*lines: str | tuple[str, str] | Sequence[str]) -> Any:
    """Show computed sentences as prose in a notebook (and so in the report), every character as written.

    Use it for the "what to conclude" text of curated notebooks: numbers come from the analysis,
    and names taken from the data (locations, products, theme labels) are shown as text, never
    as HTML or Markdown (a name like ``[x](javascript:...)`` or ``<script>`` stays visible text).

    Parameters
    ----------
    *lines : str, (lead, text) tuple, or list of str
        A string is a paragraph; a ``(lead, text)`` pair a paragraph whose lead is bold; a list
        a bulleted list. Empty strings are skipped.

    Returns
    -------
    IPython.display.HTML
        Shown when it is the last expression of a cell.

    Examples
    --------
    >>> narrate("Churn is <b>42%</b>.", ("Growing:", "*late delivery*"), ["a", "b"]).data
    '<p>Churn is &lt;b&gt;42%&lt;/b&gt;.</p><p><strong>Growing:</strong> *late delivery*</p><ul><li>a</li><li>b</li></ul>'
    """
    from IPython.display import HTML

    parts = []
    for line in lines:
        if isinstance(line, tuple):
            lead, text = line
            parts.append(f"<p><strong>{html_text(lead)}</strong> {html_text(text)}</p>")
        elif isinstance(line, str):
            if line:
                parts.append(f"<p>{html_text(line)}</p>")
        else:
            parts.append("<ul>" + "".join(f"<li>{html_text(item)}</li>" for item in line) + "</ul>")
    return HTML("".join(parts))


def show_table(data: Any, formats: Any = None, *, index: bool = False, na_rep: str = "",
               headers: Any = None) -> Any:
    """A table for a notebook and the report, with every value from the data shown as text.

    The one way the curated notebooks show a DataFrame: cells, index labels and column names
    are HTML-escaped (a complaint holding ``<img onerror=...>`` is shown, not run), and
    ``formats`` maps columns to format strings or functions (``{"share": "{:.0%}"}``), and
    ``headers`` columns to the names a reader sees (``{"ci_low": "95% CI low"}``). A column (or
    shown index) ``headers`` does not name is headed by its name in words (:func:`_header`:
    ``negative_share`` reads "negative share", ``churn_rate_ci_low`` "churn rate CI low").

    Returns
    -------
    pandas.io.formats.style.Styler

    Examples
    --------
    >>> import pandas as pd
    >>> "&lt;script&gt;" in show_table(pd.DataFrame({"q": ["<script>"]})).to_html()
    True
    >>> "negative share" in show_table(pd.DataFrame({"negative_share": [0.5]})).to_html()
    True
    """
    named = dict(headers or {})
    if data.columns.is_unique:
        taken = {str(c) for c in data.columns} | {str(v) for v in named.values()}
        for c in data.columns:
            words = _header(c)
            if c not in named and words != c and words not in taken:
                named[c] = words
                taken.add(words)
    if index and any(_header(n) != n for n in data.index.names):
        data = data.rename_axis([_header(n) for n in data.index.names])
    return html_table(data, formats, index=index, na_rep=na_rep, headers=named or None)


def _header(name: Any) -> Any:
    """A column name as a header: :func:`~sentiment_kit._core.escape.readable`, with "CI" for an interval's bound.

    Examples
    --------
    >>> [_header(n) for n in ("share_of_lost_value", "churn_rate_ci_high", "ci_low", "n", 3, None)]
    ['share of lost value', 'churn rate CI high', 'CI low', 'n', 3, None]
    """
    if not isinstance(name, str):
        return name
    return re.sub(r"\bci (low|high)\b", r"CI \1", readable(name))
