"""The wheel carries the sample data, the notebooks, the report template and py.typed."""

import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.slow  # builds the wheel


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    from hatchling.builders.wheel import WheelBuilder

    out = tmp_path_factory.mktemp("wheel")
    path = next(WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"]))
    return set(zipfile.ZipFile(path).namelist())


def test_wheel_has_samples_and_notebooks(wheel_names):
    from sentiment_kit.data import SCHEMAS

    for name in SCHEMAS:  # every data set has its bundled sample
        assert f"sentiment_kit/_sample/{name}.csv" in wheel_names
    assert "sentiment_kit/_sample/README.md" in wheel_names
    assert "sentiment_kit/_sample/sentiment_kit.toml" in wheel_names  # declares the survey's N/A code
    assert "sentiment_kit/data/config.py" in wheel_names and "sentiment_kit/_core/escape.py" in wheel_names
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks
    for nb in notebooks:
        assert f"sentiment_kit/_notebooks/{nb.name}" in wheel_names
    assert "sentiment_kit/py.typed" in wheel_names
    assert "sentiment_kit/report/templates/sentiment_kit_report/index.html.j2" in wheel_names

