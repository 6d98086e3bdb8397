"""Execute the curated notebooks against a data folder and export one executive HTML report.

The report only executes and exports notebooks: every number in it comes from
the notebooks, which only call the public API. Requires the ``notebooks`` extra
(papermill, nbconvert, ipykernel).
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from ._core.escape import CONTENT_SECURITY_POLICY, html_table, html_text, live_markup
from .exceptions import DataValidationError, MissingResourceError, SentimentKitError
from .schemas import SCHEMAS, read_dataset

__all__ = ["notebook_dir", "list_notebooks", "build_report", "narrate", "show_table", "ReportError",
           "NotebookExecutionError", "UnsafeReportError"]

_HIDDEN_TAGS = {"parameters", "injected-parameters", "remove", "hide"}
_files = ExitStack()


class ReportError(SentimentKitError):
    """The report could not be built from data that passed validation (exit status 1)."""


class NotebookExecutionError(ReportError):
    """A curated notebook failed while executing against the data."""


class UnsafeReportError(ReportError):
    """The exported page holds markup that could run or load something; it is not published."""


def notebook_dir() -> Path:
    """Folder holding the curated notebooks (inside the installed package, or ``notebooks/``)."""
    try:
        packaged = resources.files("sentiment_kit") / "_notebooks"
        if packaged.is_dir():
            return Path(_files.enter_context(resources.as_file(packaged)))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[2] / "notebooks"


def _nbformat() -> Any:
    try:
        import nbformat
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingResourceError(
            "The report needs the 'notebooks' extra: python -m pip install 'sentiment_kit[notebooks]'."
        ) from exc
    return nbformat


def list_notebooks() -> list[dict[str, Any]]:
    """The curated notebooks, in report order, with the question each answers and the data it needs.

    Returns
    -------
    list of dict
        Keys ``name``, ``path``, ``question``, ``requires`` (data set names).
    """
    nbformat = _nbformat()
    out = []
    for path in sorted(notebook_dir().glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        meta = nb.metadata.get("sentiment_kit", {})
        out.append({"name": path.stem, "path": path, "question": meta.get("question", ""),
                    "requires": list(meta.get("requires", []))})
    return out


def _select(notebooks: Sequence[str] | None) -> list[dict[str, Any]]:
    available = list_notebooks()
    if not available:
        raise SentimentKitError(f"No curated notebooks found in {notebook_dir()}.")
    if not notebooks:
        return available
    chosen = []
    for key in notebooks:
        match = [nb for nb in available if nb["name"] == key or nb["name"].startswith(f"{key}_")]
        if not match:
            raise SentimentKitError(
                f"Unknown notebook {key!r}; available: {[nb['name'] for nb in available]}."
            )
        chosen.extend(m for m in match if m not in chosen)
    return chosen


def build_report(
    data_dir: str | os.PathLike[str] | None = None,
    out_dir: str | os.PathLike[str] = "sentiment_kit_report",
    *,
    notebooks: Sequence[str] | None = None,
    progress: bool = True,
    timeout: int = 1200,
    kernel_name: str | None = None,
) -> Path:
    """Execute the curated notebooks on ``data_dir`` and write the executive report.

    The data is validated before anything runs. Notebooks execute in a staging
    folder; only when all succeed are ``report.html`` and ``notebooks/*.ipynb``
    moved into ``out_dir``, so a failure never leaves a half-written report.

    Parameters
    ----------
    data_dir : path, optional
        Folder with ``complaints.csv``, ``reviews.csv``, ``customers.csv``,
        ``survey.csv`` (see :data:`sentiment_kit.SCHEMAS`). Default: the bundled sample.
    out_dir : path
        Where to write ``report.html`` and the executed notebooks.
    notebooks : list of str, optional
        Notebook names or numeric prefixes (``["00", "03"]``); default all. Only the
        data sets these notebooks need are required.
    progress : bool
        Show a progress bar per notebook (on stderr).
    timeout : int
        Seconds allowed per cell.
    kernel_name : str, optional
        Jupyter kernel; default the notebooks' own (``python3``).

    Returns
    -------
    Path
        The path of ``report.html``.

    Raises
    ------
    DataValidationError
        Naming the file and column when the data is missing, empty or malformed.
    NotebookExecutionError
        When a notebook fails; nothing is written to ``out_dir``.
    """
    nbformat = _nbformat()
    import papermill as pm

    selected = _select(notebooks)
    if data_dir is None:
        from .datasets import sample_dir

        data_dir = sample_dir()
    data_dir = Path(data_dir).resolve()
    if not data_dir.is_dir():
        raise DataValidationError(f"Data folder {str(data_dir)!r} does not exist.", source=str(data_dir))
    needed = sorted({r for nb in selected for r in nb["requires"]}, key=list(SCHEMAS).index)
    for name in needed:
        read_dataset(name, data_dir)  # raises DataValidationError naming file and column

    out_dir = Path(out_dir).resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sentiment_kit_report-", dir=out_dir.parent))
    try:
        (staging / "notebooks").mkdir()
        executed = []
        for i, nb in enumerate(selected, 1):
            if progress:
                print(f"[{i}/{len(selected)}] {nb['name']}: {nb['question']}", file=sys.stderr, flush=True)
            target = staging / "notebooks" / nb["path"].name
            try:
                pm.execute_notebook(
                    str(nb["path"]), str(target), parameters={"data_dir": str(data_dir)},
                    progress_bar=progress, cwd=str(staging), kernel_name=kernel_name,
                    execution_timeout=timeout, log_output=False,
                )
            except pm.PapermillExecutionError as exc:
                raise NotebookExecutionError(
                    f"Notebook {nb['name']} failed on {data_dir}: {exc.ename}: {exc.evalue}. "
                    f"No report was written."
                ) from None
            executed.append(nbformat.read(target, as_version=4))
        html = _to_html(executed, data_dir=data_dir)
        problems = live_markup(html, require_csp=True)
        if problems:
            raise UnsafeReportError(
                f"The report built from {data_dir} holds live markup ({'; '.join(problems[:3])}); "
                "it was not written. Please report this as a bug in sentiment_kit."
            )
        (staging / "report.html").write_text(html, encoding="utf-8")
        _publish(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report = out_dir / "report.html"
    if progress:
        print(f"Report written to {report}", file=sys.stderr, flush=True)
    return report


def _publish(staging: Path, out_dir: Path) -> None:
    """Move the staged report into ``out_dir``: notebooks first, report.html last."""
    out_dir.mkdir(parents=True, exist_ok=True)
    nb_out = out_dir / "notebooks"
    nb_out.mkdir(exist_ok=True)
    for f in (staging / "notebooks").iterdir():
        os.replace(f, nb_out / f.name)
    os.replace(staging / "report.html", out_dir / "report.html")


def _to_html(executed: list[Any], *, data_dir: Path) -> str:
    """Merge executed notebooks into one notebook, drop code and stderr, export self-contained HTML."""
    nbformat = _nbformat()
    from nbconvert import HTMLExporter

    from . import __version__

    merged = nbformat.v4.new_notebook()
    merged.metadata = executed[0].metadata if executed else {}
    merged.metadata["title"] = "Customer sentiment: executive report"
    stamp = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    merged.cells.append(nbformat.v4.new_markdown_cell(
        "# Customer sentiment: executive report\n\n"
        f"<p class='sk-report-meta'>Data: <code>{html_text(data_dir.name)}</code> · generated {stamp} "
        f"· sentiment_kit {__version__}</p>"
    ))
    for nb in executed:
        for cell in nb.cells:
            if _HIDDEN_TAGS & set(cell.get("metadata", {}).get("tags", [])):
                continue
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.get("outputs", [])
                                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
                if not cell.outputs:
                    continue
            merged.cells.append(cell)
    templates = Path(__file__).with_name("templates")
    exporter = HTMLExporter(
        template_name="sentiment_kit_report", extra_template_basedirs=[str(templates)],
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True, anchor_link_text="",
    )
    body, _ = exporter.from_notebook_node(merged, resources={"sentiment_kit_csp": CONTENT_SECURITY_POLICY})
    return body


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


def show_table(data: Any, formats: Any = None, *, index: bool = False, na_rep: str = "") -> Any:
    """A table for a notebook and the report, with every value from the data shown as text.

    The one way the curated notebooks show a DataFrame: cells, index labels and column names
    are HTML-escaped (a complaint holding ``<img onerror=...>`` is shown, not run), and
    ``formats`` maps columns to format strings or functions (``{"share": "{:.0%}"}``).

    Returns
    -------
    pandas.io.formats.style.Styler

    Examples
    --------
    >>> import pandas as pd
    >>> "&lt;script&gt;" in show_table(pd.DataFrame({"q": ["<script>"]})).to_html()
    True
    """
    return html_table(data, formats, index=index, na_rep=na_rep)
