"""The bundled sample: ``load_sample(name)`` returns one of its data sets (``complaints`` is real
CFPB data; ``reviews``, ``customers`` and ``survey`` come from :mod:`sentiment_kit.data.synthetic`,
with the seeds recorded in ``data/sample/README.md``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .._core.resources import sample_folder
from ..exceptions import SentimentKitError
from .load import read_dataset
from .schemas import SCHEMAS

__all__ = ["sample_dir", "load_sample"]


def sample_dir() -> Path:
    """Folder holding the bundled sample CSVs (inside the installed package, or ``data/sample``).

    Examples
    --------
    >>> (sample_dir() / "complaints.csv").exists()
    True
    """
    return sample_folder()


def load_sample(name: str) -> pd.DataFrame:
    """Load a bundled sample data set: ``complaints``, ``reviews``, ``customers``, ``survey``,
    ``interactions`` or ``staff_survey``.

    Parameters
    ----------
    name : str
        Which data set. See ``data/sample/README.md`` for columns and provenance.

    Returns
    -------
    pandas.DataFrame
        With dates parsed and booleans converted (:func:`sentiment_kit.read_dataset`).

    Examples
    --------
    >>> df = load_sample("complaints")
    >>> {"date", "product", "text"} <= set(df.columns)
    True
    """
    if name not in SCHEMAS:
        raise SentimentKitError(f"Unknown sample {name!r}; choose one of {sorted(SCHEMAS)}.")
    return read_dataset(name, sample_dir())
