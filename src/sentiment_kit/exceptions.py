"""Exceptions and warnings raised by sentiment_kit.

Every error says what was wrong, the offending value, and how to fix it.
"""

from __future__ import annotations

__all__ = ["SentimentKitError", "MissingResourceError", "SentimentKitWarning", "DataValidationError"]


class SentimentKitError(ValueError):
    """Base class for errors caused by the caller's input (a ``ValueError``)."""


class DataValidationError(SentimentKitError):
    """A data file or DataFrame does not have the expected shape.

    Attributes
    ----------
    source : str or None
        The file (or data set name) that failed validation.
    column : str or None
        The column at fault, when one column is.
    """

    def __init__(self, message: str, *, source: str | None = None, column: str | None = None):
        super().__init__(message)
        self.source = source
        self.column = column


class MissingResourceError(LookupError):
    """A lexicon, corpus or optional package needed at run time is not installed."""


class SentimentKitWarning(UserWarning):
    """Warnings about data that was kept but needs the analyst's attention."""
