"""Where the files shipped with the package are: one lookup for the sample data and the notebooks."""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from ..exceptions import MissingResourceError

__all__ = ["shipped_folder", "sample_folder"]

_files = ExitStack()
#: The repository root when running from a checkout (src/sentiment_kit/_core/resources.py).
_REPO = Path(__file__).resolve().parents[3]


def shipped_folder(packaged: str, checkout: str) -> Path:
    """A folder shipped with the package: ``sentiment_kit/<packaged>`` in an installed wheel, or
    ``<repository>/<checkout>`` in a source checkout (an editable install).

    Raises
    ------
    MissingResourceError
        When neither exists (a broken install).

    Examples
    --------
    >>> (shipped_folder("_sample", "data/sample") / "reviews.csv").exists()
    True
    """
    try:
        folder = resources.files("sentiment_kit") / packaged
        if folder.is_dir():
            return Path(_files.enter_context(resources.as_file(folder)))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - defensive
        pass
    repo = _REPO / checkout
    if repo.is_dir():
        return repo
    raise MissingResourceError(  # pragma: no cover - only in a broken install
        f"The folder {packaged!r} shipped with sentiment_kit was not found; reinstall it (pip install sentiment_kit)."
    )


def sample_folder() -> Path:
    """The bundled sample data folder (``sentiment_kit/_sample`` installed, ``data/sample`` in a checkout)."""
    return shipped_folder("_sample", "data/sample")
