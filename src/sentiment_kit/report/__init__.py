"""The executive report: execute the curated notebooks against a data folder and export one
self-contained HTML page; what the notebooks show (narrate, show_table); their conclusions; the CLI.

The report only executes and exports notebooks: every number in it comes from the notebooks,
which only call the public API. Requires the ``notebooks`` extra (papermill, nbconvert, ipykernel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
    from .build import (NotebookExecutionError, ReportError, ReportPlan, UnsafeReportError, build_report,
                        list_notebooks, notebook_dir, plan_report)
    from .narrate import about_the_data, narrate, plain_number, show_table

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "NotebookExecutionError": ".build",
    "ReportError": ".build",
    "ReportPlan": ".build",
    "UnsafeReportError": ".build",
    "build_report": ".build",
    "list_notebooks": ".build",
    "notebook_dir": ".build",
    "plan_report": ".build",
    "about_the_data": ".narrate",
    "narrate": ".narrate",
    "plain_number": ".narrate",
    "show_table": ".narrate",
}

__all__ = ["notebook_dir", "list_notebooks", "plan_report", "ReportPlan", "build_report", "narrate", "show_table",
           "plain_number", "about_the_data", "ReportError", "NotebookExecutionError", "UnsafeReportError"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
