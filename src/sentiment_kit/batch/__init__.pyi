"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from .fit import fit_themes_file, sample_texts
from .stream import ADDED_COLUMNS, ScoreSummary, score_file, text_column
