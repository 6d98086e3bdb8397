"""Files too big for memory: a CSV or Parquet file streamed in chunks, scored with what
:func:`sentiment_kit.classify_feedback` adds and written to Parquet or CSV (``sentiment-kit score``);
a theme model fitted on a uniform sample of a file (``sentiment-kit themes fit``)."""

from .fit import fit_themes_file, sample_texts
from .stream import ADDED_COLUMNS, ScoreSummary, score_file, text_column

__all__ = ["ADDED_COLUMNS", "ScoreSummary", "fit_themes_file", "sample_texts", "score_file", "text_column"]
