"""The one shape of the package's richer results, in the statsmodels manner.

An analysis returns a plain DataFrame with explicit columns when a table says everything
(``ci_low``/``ci_high`` for a row's one estimate, ``<quantity>_ci_low``/``_ci_high`` when a row
has several). When there is more to say (an estimate with its test, fitted models, several
tables), it returns a frozen dataclass deriving from :class:`Result`:

- ``str(result)``: one sentence a reader can quote;
- ``summary()``: the estimates as a table (``estimate``, ``ci_low``, ``ci_high``, ``n``, ...);
- ``to_frame()``: the detailed table behind them;
- ``_repr_html_``: the sentence and the summary in a notebook, every value escaped.

Nothing is ever carried in a DataFrame's attrs dictionary (merge and concat drop it).
"""

from __future__ import annotations

import pandas as pd

from .escape import html_table, html_text

__all__ = ["Result"]


class Result:
    """Base of the result classes: ``summary()``, ``to_frame()``, ``str()`` and ``_repr_html_``.

    Subclasses are frozen dataclasses declared with ``eq=False`` (they hold DataFrames, which
    have no single truth value, so results compare by identity).
    """

    def summary(self) -> pd.DataFrame:  # pragma: no cover - every subclass defines it
        """The estimates as a table."""
        raise NotImplementedError

    def to_frame(self) -> pd.DataFrame:  # pragma: no cover - every subclass defines it
        """The detailed table behind the estimates."""
        raise NotImplementedError

    def _repr_html_(self) -> str:
        return f"<p>{html_text(str(self))}</p>" + html_table(self.summary(), index=True).to_html()
