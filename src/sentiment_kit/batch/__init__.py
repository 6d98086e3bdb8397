"""Files too big for memory: a CSV or Parquet file streamed in chunks, scored with what
:func:`sentiment_kit.classify_feedback` adds and written to Parquet or CSV (``sentiment-kit score``);
a theme model fitted on a uniform sample of a file (``sentiment-kit themes fit``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
    from .fit import fit_themes_file, sample_texts
    from .stream import ADDED_COLUMNS, ScoreSummary, score_file, text_column

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "fit_themes_file": ".fit",
    "sample_texts": ".fit",
    "ADDED_COLUMNS": ".stream",
    "ScoreSummary": ".stream",
    "score_file": ".stream",
    "text_column": ".stream",
}

__all__ = ["ADDED_COLUMNS", "ScoreSummary", "fit_themes_file", "sample_texts", "score_file", "text_column"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
