"""The wheel carries the sample data, the notebooks, the report template and py.typed."""

import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    from hatchling.builders.wheel import WheelBuilder

    out = tmp_path_factory.mktemp("wheel")
    path = next(WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"]))
    return set(zipfile.ZipFile(path).namelist())


def test_wheel_has_samples_and_notebooks(wheel_names):
    for name in ("complaints", "reviews", "customers", "survey"):
        assert f"sentiment_kit/_sample/{name}.csv" in wheel_names
    assert "sentiment_kit/_sample/README.md" in wheel_names
    assert "sentiment_kit/_sample/sentiment_kit.toml" in wheel_names  # declares the survey's N/A code
    assert "sentiment_kit/data/config.py" in wheel_names and "sentiment_kit/_core/escape.py" in wheel_names
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        assert f"sentiment_kit/_notebooks/{nb.name}" in wheel_names
    assert "sentiment_kit/py.typed" in wheel_names
    assert "sentiment_kit/report/templates/sentiment_kit_report/index.html.j2" in wheel_names


def test_public_api_is_explicit():
    import sentiment_kit as sk

    assert sk.__version__
    for name in sk.__all__:
        assert hasattr(sk, name), name
