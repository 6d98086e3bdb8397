"""Fit a theme model on a sample of a file too big for memory (``sentiment-kit themes fit``).

Fit on a sample, apply everywhere: the texts of one column are streamed in record batches and a
uniform random sample of at most ``sample`` of them is kept (reservoir sampling, Vitter 1985,
algorithm R), so memory depends on the sample, not on the file. The fitted
:class:`~sentiment_kit.ThemeModel` is saved with :func:`sentiment_kit.save_model` (no pickle),
ready for ``sentiment-kit score INPUT --themes MODEL``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from .._core.validation import check_random_state
from ..exceptions import DataValidationError, SentimentKitError
from ..themes.model import ThemeModel
from ..themes.persist import save_model
from ._read import Source, check_input, missing_column

__all__ = ["sample_texts", "fit_themes_file"]


def sample_texts(input: str | os.PathLike[str], *, text: str = "text", sample: int = 50_000,
                 random_state: Any = 0) -> tuple[list[str], int]:
    """A uniform random sample of the non-blank texts of one column, and how many there were.

    Parameters
    ----------
    input : path
        A .csv (UTF-8) or .parquet file.
    text : str, default "text"
        The column.
    sample : int, default 50000
        At most this many texts are kept; all of them when the file has fewer.
    random_state : int, Generator or None
        The same file and seed give the same sample.

    Returns
    -------
    (list of str, int)
        The sample, in file order, and the number of non-blank texts read.

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> pd.DataFrame({"text": [f"text {i}" for i in range(100)]}).to_csv(path, index=False)
    >>> texts, seen = sample_texts(path, sample=5, random_state=0)
    >>> len(texts), seen
    (5, 100)
    """
    src = check_input(Path(input))
    if isinstance(sample, bool) or not isinstance(sample, int) or sample < 1:
        raise SentimentKitError(f"sample must be a whole number of texts >= 1, got {sample!r}.")
    source = Source(src)
    if text not in source.schema.names:
        raise missing_column(src, text, source.schema.names)
    rng = check_random_state(random_state)
    kept: list[tuple[int, str]] = []  # (position among the texts, text)
    seen = 0
    for batch in source.batches():
        values = [v for v in batch.column(batch.schema.get_field_index(text)).to_pylist()
                  if isinstance(v, str) and v.strip()]
        if not values:
            continue
        positions = np.arange(seen, seen + len(values))
        fill = max(0, min(sample - seen, len(values)))
        kept.extend(zip(positions[:fill].tolist(), values[:fill]))
        if fill < len(values):  # algorithm R: the i-th text replaces a kept one with probability sample / (i + 1)
            draws = rng.integers(0, positions[fill:] + 1)
            for k in np.flatnonzero(draws < sample):
                kept[int(draws[k])] = (int(positions[fill + k]), values[fill + k])
        seen += len(values)
    if not kept:
        raise DataValidationError(f"{src}: column {text!r} has no text to fit themes on.", source=str(src),
                                  column=text)
    return [t for _, t in sorted(kept)], seen


def fit_themes_file(input: str | os.PathLike[str], output: str | os.PathLike[str], *, text: str = "text",
                    sample: int = 50_000, random_state: Any = 0, **params: Any) -> ThemeModel:
    """Fit a :class:`~sentiment_kit.ThemeModel` on a sample of a file's texts and save it to ``output``.

    Parameters
    ----------
    input : path
        A .csv (UTF-8) or .parquet file.
    output : path
        Where the model is saved (:func:`sentiment_kit.save_model`; replaced only on success).
    text : str, default "text"
    sample : int, default 50000
        Texts fitted on, drawn uniformly from the whole file (:func:`sample_texts`).
    random_state : int, Generator or None, default 0
        Seeds the sample and the model.
    **params
        Passed to :class:`~sentiment_kit.ThemeModel` (``n_themes=12``, ...).

    Returns
    -------
    ThemeModel
        The fitted model, as saved.

    Examples
    --------
    >>> import tempfile, pathlib, sentiment_kit as sk
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> sk.load_sample("complaints")[["text"]].to_csv(folder / "c.csv", index=False)
    >>> model = fit_themes_file(folder / "c.csv", folder / "themes.skmodel", n_themes=6)
    >>> sk.load_model(folder / "themes.skmodel").predict(["my card was charged twice"]).tolist() == \\
    ...     model.predict(["my card was charged twice"]).tolist()
    True
    """
    dst = Path(output)
    if Path(input).resolve() == dst.resolve():
        raise DataValidationError(f"{dst}: the model file is the input file; choose another --out.", source=str(dst))
    texts, _ = sample_texts(input, text=text, sample=sample, random_state=random_state)
    seed = int(check_random_state(random_state).integers(2**31 - 1))
    model = ThemeModel(random_state=seed, **params).fit(texts)
    save_model(model, dst)
    return model
