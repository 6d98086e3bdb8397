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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._core.resources import shipped_folder
from .._core.escape import CONTENT_SECURITY_POLICY, html_text, live_markup
from ..exceptions import DataValidationError, MissingResourceError, SentimentKitError
from ..data.load import Dataset, inspect_dataset
from ..data.schemas import SCHEMAS
from .narrate import about_the_data

__all__ = ["notebook_dir", "list_notebooks", "plan_report", "ReportPlan", "build_report", "ReportError",
           "NotebookExecutionError", "UnsafeReportError"]

_HIDDEN_TAGS = {"parameters", "injected-parameters", "remove", "hide"}


class ReportError(SentimentKitError):
    """The report could not be built from data that passed validation (exit status 1)."""


class NotebookExecutionError(ReportError):
    """A curated notebook failed while executing against the data."""


class UnsafeReportError(ReportError):
    """The exported page holds markup that could run or load something; it is not published."""


def notebook_dir() -> Path:
    """Folder holding the curated notebooks (inside the installed package, or ``notebooks/``)."""
    return shipped_folder("_notebooks", "notebooks")


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
        Keys ``name``, ``path``, ``question``, ``requires`` (data sets it cannot run without) and
        ``uses`` (data sets it reads when present; a notebook that requires nothing needs at
        least one of them).
    """
    nbformat = _nbformat()
    out = []
    for path in sorted(notebook_dir().glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        meta = nb.metadata.get("sentiment_kit", {})
        out.append({"name": path.stem, "path": path, "question": meta.get("question", ""),
                    "requires": list(meta.get("requires", [])), "uses": list(meta.get("uses", []))})
    return out


@dataclass(frozen=True)
class ReportPlan:
    """What a report on a data folder will read and run.

    Attributes
    ----------
    data_dir : Path
    files : dict of str -> Path or None
        Each data set's file in the folder (None: the folder has none).
    run : list of dict
        The notebooks that will run (as :func:`list_notebooks` describes them).
    skipped : list of (str, str)
        Notebooks that will not run, with the reason.
    """

    data_dir: Path
    files: dict[str, Path | None]
    run: list[dict[str, Any]]
    skipped: list[tuple[str, str]]

    @property
    def datasets(self) -> list[str]:
        """The data sets the notebooks that run will read, in schema order."""
        wanted = {d for nb in self.run for d in nb["requires"] + nb["uses"] if self.files.get(d)}
        return [d for d in SCHEMAS if d in wanted]


def plan_report(data_dir: str | os.PathLike[str] | None = None,
                notebooks: Sequence[str] | None = None) -> ReportPlan:
    """Which notebooks a report on ``data_dir`` runs, and which data sets they read.

    Without ``notebooks``, every notebook whose required data sets are present runs (one that
    requires none needs at least one of the data sets it uses). Named ``notebooks`` must all be
    able to run.

    Raises
    ------
    DataValidationError
        When a named notebook lacks a data set it requires, or no notebook can run, naming the
        files expected.

    Examples
    --------
    >>> [nb["name"][:2] for nb in plan_report().run]
    ['00', '01', '02', '03', '04', '05']
    """
    from ..data.load import _folder, dataset_file

    folder = _folder(data_dir).resolve()
    files = {name: dataset_file(name, folder) for name in SCHEMAS}
    chosen = _select(notebooks)
    run, skipped = [], []
    for nb in chosen:
        missing = [d for d in nb["requires"] if files[d] is None]
        if not missing and not nb["requires"] and nb["uses"] and not any(files[d] for d in nb["uses"]):
            missing = nb["uses"]
        if not missing:
            run.append(nb)
            continue
        what = " or ".join(f"{d}.csv" for d in missing) if not nb["requires"] else ", ".join(f"{d}.csv" for d in missing)
        reason = f"needs {what} (or a file named in sentiment_kit.toml)"
        if notebooks:
            raise DataValidationError(f"Notebook {nb['name']} {reason}; {folder} has none.",
                                      source=str(folder / f"{missing[0]}.csv"))
        skipped.append((nb["name"], reason))
    if not run:
        raise DataValidationError(
            f"No data set found in {str(folder)!r}: expected one or more of "
            f"{', '.join(s + '.csv' for s in SCHEMAS)} (or .parquet, .xlsx), or files named in a sentiment_kit.toml.",
            source=str(folder / "complaints.csv"))
    return ReportPlan(folder, files, run, skipped)


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

    The data is validated, and ``out_dir`` checked writable, before anything runs. Notebooks
    execute in a staging folder; only when all succeed are ``report.html`` and ``notebooks/``
    put in ``out_dir``, together, replacing the previous ones (nothing of an earlier run is left
    beside the new report). A failure leaves the previous report as it was. Other files in
    ``out_dir`` are never touched.

    Parameters
    ----------
    data_dir : path, optional
        Folder with any of ``complaints.csv``, ``reviews.csv``, ``customers.csv``, ``survey.csv``,
        ``interactions.csv``, ``staff_survey.csv``
        (or the files its ``sentiment_kit.toml`` names; see :data:`sentiment_kit.SCHEMAS`).
        Default: the bundled sample.
    out_dir : path
        Where to write ``report.html`` and the executed notebooks.
    notebooks : list of str, optional
        Notebook names or numeric prefixes (``["00", "03"]``); default every notebook whose
        data is in ``data_dir`` (:func:`plan_report`).
    progress : bool
        Show a progress bar per notebook (on stderr).
    timeout : int
        Seconds allowed per cell (positive).
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
    SentimentKitError
        When ``out_dir`` is a file or cannot be written, or ``timeout`` is not positive.
    NotebookExecutionError
        When a notebook fails or runs out of time; nothing is written to ``out_dir``.
    UnsafeReportError
        When the page would hold live markup; nothing is written.
    """
    nbformat = _nbformat()
    import papermill as pm

    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0:
        raise SentimentKitError(f"timeout must be a positive number of seconds per cell; got {timeout!r}.")
    plan = plan_report(data_dir, notebooks)
    selected, data_dir = plan.run, plan.data_dir
    datasets = [inspect_dataset(name, data_dir) for name in plan.datasets]  # raises naming file and column

    out_dir = Path(out_dir).resolve()
    created = not out_dir.exists()
    staging = _staging(out_dir)  # checks that out_dir can be written before anything runs
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
                    execution_timeout=timeout, log_output=False, extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                )
            except pm.PapermillExecutionError as exc:
                raise NotebookExecutionError(
                    f"Notebook {nb['name']} failed on {data_dir}: {exc.ename}: {exc.evalue}. No report was written."
                ) from None
            except Exception as exc:  # noqa: BLE001 - nbclient: cell timeout, dead kernel, missing kernel
                what = (f"a cell ran longer than the {timeout} s allowed (raise --timeout)"
                        if isinstance(exc, TimeoutError) or "Timeout" in type(exc).__name__
                        else f"{type(exc).__name__}: {exc}")
                raise NotebookExecutionError(
                    f"Notebook {nb['name']} could not finish on {data_dir}: {what}. No report was written."
                ) from exc
            executed.append(nbformat.read(target, as_version=4))
        html = _to_html(executed, data_dir=data_dir, datasets=datasets)
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
        if created and out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()  # a failed first run leaves no empty folder behind
    report = out_dir / "report.html"
    if progress:
        print(f"Report written to {report}", file=sys.stderr, flush=True)
    return report


#: What a report owns inside its output folder; everything else there is left alone.
_OUTPUTS = ("notebooks", "report.html")


def _staging(out_dir: Path) -> Path:
    """A hidden staging folder inside ``out_dir`` (created if needed): proves the folder is writable,
    and keeps the final moves on one file system, where they are atomic."""
    if out_dir.exists() and not out_dir.is_dir():
        raise SentimentKitError(f"--out {str(out_dir)!r} is a file, not a folder; name a folder for the report.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".sentiment_kit_staging-", dir=out_dir))
        probe = staging / ".probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise SentimentKitError(
            f"Cannot write the report to {str(out_dir)!r} ({exc.strerror or exc}); choose a folder you can write to "
            "with --out."
        ) from None
    return staging


def _publish(staging: Path, out_dir: Path) -> None:
    """Replace the report and its notebooks in ``out_dir`` together, or leave the old ones in place.

    The previous ``report.html`` and ``notebooks/`` are moved aside, the new ones moved in (the
    report last), and the old ones deleted; if any move fails, what was moved is moved back. No
    notebook of an earlier run (another data set, other ``--notebooks``) stays beside a new report.
    """
    aside = Path(tempfile.mkdtemp(prefix=".sentiment_kit_previous-", dir=out_dir))
    moved_aside: list[str] = []
    moved_in: list[str] = []
    try:
        for name in _OUTPUTS:
            if (out_dir / name).exists() or (out_dir / name).is_symlink():
                os.replace(out_dir / name, aside / name)
                moved_aside.append(name)
        for name in _OUTPUTS:
            os.replace(staging / name, out_dir / name)
            moved_in.append(name)
    except OSError as exc:
        for name in moved_in:
            os.replace(out_dir / name, staging / name)
        for name in moved_aside:
            os.replace(aside / name, out_dir / name)
        raise SentimentKitError(
            f"Cannot replace the report in {str(out_dir)!r} ({exc.strerror or exc}); the previous report, if any, "
            "was left as it was."
        ) from None
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _to_html(executed: list[Any], *, data_dir: Path, datasets: Sequence[Dataset] = ()) -> str:
    """Merge executed notebooks into one notebook, drop code and stderr, add "About the data",
    and export self-contained HTML."""
    nbformat = _nbformat()
    from nbconvert import HTMLExporter

    from .. import __version__

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
    merged.cells.append(nbformat.v4.new_markdown_cell("## About the data"))
    about = nbformat.v4.new_code_cell("")
    about.outputs = [nbformat.v4.new_output("display_data", data={"text/html": about_the_data(datasets)})]
    merged.cells.append(about)
    templates = Path(__file__).with_name("templates")
    exporter = HTMLExporter(
        template_name="sentiment_kit_report", extra_template_basedirs=[str(templates)],
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True, anchor_link_text="",
    )
    body, _ = exporter.from_notebook_node(merged, resources={"sentiment_kit_csp": CONTENT_SECURITY_POLICY})
    return body


