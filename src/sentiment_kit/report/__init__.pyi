"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from .build import (NotebookExecutionError, ReportError, ReportPlan, UnsafeReportError, build_report,
                    list_notebooks, notebook_dir, plan_report)
from .narrate import about_the_data, narrate, p_text, plain_number, show_table
