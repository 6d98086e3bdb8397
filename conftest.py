"""Doctests in src/ and tests alike: a non-interactive backend, and every figure closed after each item."""

import os
import tempfile

os.environ.setdefault("MPLBACKEND", "Agg")
# The signals' compiled prefilter is cached per machine; a test run keeps its cache to itself (inherited
# by the notebook kernels and CLI processes the tests start) and writes nothing to the home folder.
os.environ["SENTIMENT_KIT_CACHE"] = tempfile.mkdtemp(prefix="sentiment_kit_cache_")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
