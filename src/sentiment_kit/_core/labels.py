"""Names the package gives to things that have none: one place for each."""

from __future__ import annotations

import pandas as pd

__all__ = ["MISSING_GROUP", "group_labels"]

#: The group of rows whose grouping value is missing (shown, never dropped).
MISSING_GROUP = "(missing)"


def group_labels(values: pd.Series) -> pd.Series:
    """Grouping values as text, a missing one as :data:`MISSING_GROUP`, same index.

    Examples
    --------
    >>> group_labels(pd.Series(["a", None, 3])).tolist()
    ['a', '(missing)', '3']
    """
    return values.astype(object).where(values.notna(), MISSING_GROUP).astype(str)
