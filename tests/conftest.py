"""Shared, seeded fixtures. Figures are closed after every test."""

from __future__ import annotations

import os

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import sentiment_kit as sk  # noqa: E402

SEED = 12345


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def reviews_with_truth():
    """600 synthetic reviews and their ground truth (sentiment, signals)."""
    return sk.make_reviews(600, random_state=SEED, return_truth=True)


@pytest.fixture(scope="session")
def customers_with_truth():
    """4,000 synthetic customers and the true indifference share / attributable fraction."""
    return sk.make_customers(4000, random_state=SEED, return_truth=True)


@pytest.fixture(scope="session")
def survey_with_truth():
    """A two-wave values survey (500 per wave) with its true driver weights."""
    return sk.make_survey(500, random_state=SEED, return_truth=True)


@pytest.fixture(scope="session")
def sample_complaints():
    return sk.load_sample("complaints")


@pytest.fixture(scope="session")
def sample_data_dir():
    from sentiment_kit.data.samples import sample_dir

    return sample_dir()
