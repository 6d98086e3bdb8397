"""Shared, seeded fixtures (the backend and closing figures: the repository's conftest.py)."""

from __future__ import annotations

import pytest

import sentiment_kit as sk

SEED = 12345


@pytest.fixture(scope="session")
def reviews_with_truth():
    """600 synthetic reviews and their ground truth (sentiment, signals)."""
    return sk.simulate_reviews(600, random_state=SEED)


@pytest.fixture(scope="session")
def customers_with_truth():
    """4,000 synthetic customers and the true indifference share / attributable fraction."""
    return sk.simulate_customers(4000, random_state=SEED)


@pytest.fixture(scope="session")
def survey_with_truth():
    """A two-wave values survey (500 per wave) with its true driver weights."""
    return sk.simulate_survey(500, random_state=SEED)


@pytest.fixture(scope="session")
def sample_complaints():
    return sk.load_sample("complaints")


@pytest.fixture(scope="session")
def sample_data_dir():
    from sentiment_kit.data.samples import sample_dir

    return sample_dir()


#: Fixtures that execute notebooks or build the wheel: a test using one must be marked slow, so that
#: ``pytest -m "not slow"`` stays quick.
SLOW_FIXTURES = {"built_report", "hostile_report", "varied_report", "wheel_names"}


def pytest_collection_modifyitems(config, items):
    unmarked = [item.nodeid for item in items
                if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("slow") is None]
    if unmarked:
        raise pytest.UsageError("Tests using a slow fixture (" + ", ".join(sorted(SLOW_FIXTURES)) +
                                ") need @pytest.mark.slow: " + ", ".join(unmarked))
