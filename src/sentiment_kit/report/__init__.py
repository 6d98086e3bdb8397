"""The executive report: execute the curated notebooks against a data folder and export one
self-contained HTML page; what the notebooks show (narrate, show_table); their conclusions; the CLI.

The report only executes and exports notebooks: every number in it comes from the notebooks,
which only call the public API. Requires the ``notebooks`` extra (papermill, nbconvert, ipykernel).
"""

from .build import (NotebookExecutionError, ReportError, ReportPlan, UnsafeReportError, build_report,
                    list_notebooks, notebook_dir, plan_report)
from .narrate import about_the_data, narrate, plain_number, show_table

__all__ = ["notebook_dir", "list_notebooks", "plan_report", "ReportPlan", "build_report", "narrate", "show_table",
           "plain_number", "about_the_data", "ReportError", "NotebookExecutionError", "UnsafeReportError"]
