"""One escaping path for every value from the data that is shown to a reader.

Complaints, reviews, exit reasons, product names, wave labels and even column names are
written by the public or by whoever exported the file: they are untrusted wherever they are
shown. Three outlets, three functions:

- HTML (tables, narrative, the report): :func:`html_text` (markup becomes text) and
  :func:`html_table` (a pandas Styler whose cells, index and header are escaped);
- matplotlib (tick labels, legends, annotations, titles): :func:`chart_text`, so a ``$`` in a
  product name is drawn as a dollar sign instead of starting mathtext (``"$$"`` used to crash
  a chart, ``"$5-$10"`` was drawn as maths);
- spreadsheets (exported CSV): :func:`csv_cell`, so a cell starting ``=``, ``+``, ``-`` or
  ``@`` cannot run as a formula.

:func:`live_markup` checks a finished HTML page: it lists every script, event handler,
``javascript:`` link and load from another host it finds. The report refuses to publish a page
for which it returns anything.

Examples
--------
>>> html_text("<img src=x onerror=alert(1)>")
'&lt;img src=x onerror=alert(1)&gt;'
>>> chart_text("$5-$10 plan")
'\\\\$5-\\\\$10 plan'
>>> csv_cell("=HYPERLINK(1)")
"'=HYPERLINK(1)"
>>> live_markup('<p onclick="x()">hi</p><img src="data:image/png;base64,AA">')
['<p> has an event handler attribute onclick']
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from html.parser import HTMLParser
from typing import Any

import pandas as pd

__all__ = ["html_text", "html_table", "plain_number", "readable", "chart_text", "csv_cell", "live_markup",
           "CONTENT_SECURITY_POLICY"]

#: The report's Content-Security-Policy: no script of any kind, nothing loaded from anywhere;
#: only inline styles and images embedded as ``data:`` URLs.
CONTENT_SECURITY_POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
                           "base-uri 'none'; form-action 'none'")


def html_text(value: Any) -> str:
    """``value`` as text that HTML shows literally: ``& < > " '`` escaped.

    Markdown syntax needs no treatment here: escaped text placed in HTML is never parsed as
    Markdown, so ``[x](javascript:...)`` and ``![p](http://host/p.png)`` stay visible text.

    Examples
    --------
    >>> html_text('[x](javascript:alert(1)) & "quotes"')
    '[x](javascript:alert(1)) &amp; &quot;quotes&quot;'
    """
    return html.escape(str(value), quote=True)


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def readable(name: Any) -> str:
    """A column-style name as words for a reader: ``staff_attitude`` -> "staff attitude",
    ``ValueForMoney`` -> "Value For Money", ``Food&Beverages`` -> "Food & Beverages".

    Examples
    --------
    >>> readable("staff_attitude"), readable("ValueForMoney"), readable("Wifi&Connectivity")
    ('staff attitude', 'Value For Money', 'Wifi & Connectivity')
    """
    text = str(name).replace("_", " ")
    if " " not in text.strip():
        text = _CAMEL.sub(" ", text)
    return " ".join(text.replace("&", " & ").split())


def chart_text(value: Any) -> str:
    """``value`` as a matplotlib label drawn exactly as written (never parsed as mathtext).

    Every ``$`` is escaped; matplotlib then draws ``$`` and leaves the rest alone. A label that
    already contained ``\\$`` keeps it.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> t = ax.set_title(chart_text("$$ plan"))
    >>> fig.canvas.draw()  # "$$ plan" unescaped would raise a mathtext ParseException here
    >>> plt.close(fig)
    """
    return str(value).replace("$", r"\$")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell that a spreadsheet shows as text: a leading ``= + - @`` (or tab, CR) is prefixed
    with ``'`` (OWASP's advice against CSV injection). Numbers and other values pass unchanged.

    Examples
    --------
    >>> csv_cell("-2 stars"), csv_cell(-2), csv_cell("fine")
    ("'-2 stars", -2, 'fine')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def html_table(data: Any, formats: Mapping[str, str | Callable[[Any], str]] | None = None, *,
               index: bool = False, na_rep: str = "", headers: Mapping[str, str] | None = None) -> Any:
    """A pandas Styler of ``data`` with every cell, index label and column name HTML-escaped.

    Text columns are left-aligned, numbers right-aligned; numbers without a format in
    ``formats`` are shown by :func:`plain_number` (never in scientific notation).

    Parameters
    ----------
    data : DataFrame
    formats : mapping column -> format string or callable, optional
        Applied to the values (``{"share": "{:.0%}"}``); strings from the data are escaped
        before a callable sees them.
    index : bool, default False
        Show the index.
    na_rep : str
        Shown for missing values.
    headers : mapping column -> header, optional
        Column names as the reader should see them (``{"ci_low": "95% CI low"}``).

    Returns
    -------
    pandas.io.formats.style.Styler

    Examples
    --------
    >>> import pandas as pd
    >>> html = html_table(pd.DataFrame({"<b>name</b>": ["<script>x</script>"]})).to_html()
    >>> "<script>" in html, "&lt;script&gt;x&lt;/script&gt;" in html, "&lt;b&gt;name&lt;/b&gt;" in html
    (False, True, True)
    """
    if not index:
        data = data.reset_index(drop=True)  # hidden anyway; a repeated index would stop the styling
    if headers:
        data = data.rename(columns=dict(headers))
        formats = {headers.get(k, k): v for k, v in (formats or {}).items()}
    styler = data.style.format(na_rep=na_rep, escape="html")
    plain = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c]) and not pd.api.types.is_bool_dtype(data[c])
             and c not in (formats or {})] if data.columns.is_unique else []
    if plain:  # numbers never in scientific notation; counts with thousands separators
        styler = styler.format({c: _plain_html for c in plain}, na_rep=na_rep, subset=plain)
    given = {k: v for k, v in (formats or {}).items() if k in data.columns}
    if given:  # ``subset``: without it pandas gives every other column its default format again
        styler = styler.format(given, na_rep=na_rep, escape="html", subset=list(given))
    styler = styler.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
    words = [c for c in data.columns if data[c].dtype == object and c not in (formats or {})]
    if words and data.index.is_unique and data.columns.is_unique:  # text reads from the left; numbers stay right-aligned
        styler = styler.set_properties(subset=words, **{"text-align": "left"})
    return styler if index else styler.hide(axis="index")


def plain_number(value: Any) -> str:
    """A number as a reader expects it: never in scientific notation, thousands separated.

    Examples
    --------
    >>> [plain_number(v) for v in (1234567, 0.1543, 3.14159, 12.5, 0.0000123, -2500.75, float("nan"))]
    ['1,234,567', '0.154', '3.14', '12.50', '< 0.001', '-2,501', '']
    """
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if x != x:
        return ""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{x:,.0f}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    if abs(x) < 0.001:
        return "< 0.001" if x > 0 else "> -0.001"
    return f"{x:.3f}"


def p_text(p: Any, name: str = "p") -> str:
    """A p-value as a sentence says it: "p = 0.034", "p < 0.001" (never "p = < 0.001").

    Examples
    --------
    >>> [p_text(v) for v in (0.0342, 0.00002, 1.0)], p_text(0.0004, "adjusted p"), p_text(float("nan"))
    (['p = 0.034', 'p < 0.001', 'p = 1'], 'adjusted p < 0.001', 'p not computed')
    """
    text = plain_number(p)
    if not text:
        return f"{name} not computed"
    return f"{name} {text}" if text.startswith(("<", ">")) else f"{name} = {text}"


def _plain_html(value: Any) -> str:
    return html_text(plain_number(value))


# --------------------------------------------------------------------------- checking a page
_ACTIVE_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
                "portal", "noscript"}
_URL_ATTRIBUTES = {"src", "href", "xlink:href", "action", "formaction", "srcset", "poster", "data",
                   "background", "lowsrc", "ping", "cite", "longdesc", "manifest", "codebase"}
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?!data:)[^)'\"\s]", re.IGNORECASE)
_CSS_ACTIVE = re.compile(r"@import|expression\s*\(|behavior\s*:|-moz-binding", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


class _LiveMarkup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.csp = False
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ACTIVE_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "style":
            self._in_style = True
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            equiv = attributes.get("http-equiv", "").lower()
            if equiv == "refresh":
                self.problems.append("<meta http-equiv=refresh>")
            if equiv == "content-security-policy":
                self.csp = attributes.get("content", "") == CONTENT_SECURITY_POLICY
        if tag == "link" and attributes.get("href", "").strip():
            self.problems.append(f"<link> loading {attributes['href'][:60]!r}")
        for name, value in attributes.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {name}")
            elif name in _URL_ATTRIBUTES and tag != "link":
                url = _INVISIBLE.sub("", html.unescape(value)).lower()
                local = url.startswith("#") and name == "href"
                if not (local or url.startswith("data:image/")):
                    self.problems.append(f"<{tag} {name}={value[:60]!r}> loads or links outside the page")
            elif name == "style":
                self._css(value, f"<{tag} style>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data, "<style>")

    def _css(self, css: str, where: str) -> None:
        if _CSS_URL.search(css) or _CSS_ACTIVE.search(css):
            self.problems.append(f"{where} loads a resource or runs code: {css[:80]!r}")


def live_markup(page: str, *, require_csp: bool = False) -> list[str]:
    """Everything in an HTML page that could run code or load from outside it.

    Flags script-capable elements (``<script>``, ``<iframe>``, ``<object>``, ``<embed>``,
    ``<form>``, ...), event-handler attributes (``onerror=``, ``onload=``...), any ``src``/``href``
    that is not an embedded ``data:image/`` (or, for links, an anchor ``#...`` on the page),
    ``<link>`` loads, CSS ``url()`` other than ``data:`` and ``@import``. With ``require_csp``,
    a page without this package's Content-Security-Policy is flagged too.

    Returns
    -------
    list of str
        One description per problem; empty when the page is inert.

    Examples
    --------
    >>> live_markup('<a href="javascript:alert(1)">x</a>')
    ["<a href='javascript:alert(1)'> loads or links outside the page"]
    >>> live_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    []
    """
    parser = _LiveMarkup()
    parser.feed(page)
    parser.close()
    problems = parser.problems
    if require_csp and not parser.csp:
        problems = [*problems, "no Content-Security-Policy forbidding scripts and remote loads"]
    return problems
