"""The executive report: executes every curated notebook end to end on the bundled sample."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from sentiment_kit.report import build as report_mod
from sentiment_kit.exceptions import DataValidationError
from sentiment_kit.report import NotebookExecutionError, build_report, list_notebooks

NOTEBOOKS = sorted(p.name for p in (Path(__file__).parents[2] / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="session")
def built_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "out"
    path = build_report(None, out, progress=False)
    return out, path


def test_every_notebook_is_curated():
    names = [nb["name"] + ".ipynb" for nb in list_notebooks()]
    assert names == NOTEBOOKS and NOTEBOOKS[0] == "00_executive_summary.ipynb"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_committed_without_outputs(name):
    nb = json.loads((Path(__file__).parents[2] / "notebooks" / name).read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), name
    meta = nb["metadata"]["sentiment_kit"]
    assert meta["question"] and (meta["requires"] or meta["uses"])
    assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code)


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_executes_end_to_end(built_report, name):
    out, _ = built_report
    nb = nbformat.read(out / "notebooks" / name, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    assert any(o.get("data", {}).get("image/png") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


@pytest.mark.slow
def test_report_is_self_contained(built_report):
    _, path = built_report
    html = path.read_text(encoding="utf-8")
    assert path.name == "report.html"
    assert not re.search(r"<script[^>]+src=", html)  # no external scripts
    assert not re.search(r"<link[^>]+href=[\"']https?:", html)
    assert not re.search(r"@import\s+url\([\"']?https?:", html)
    assert not re.search(r"<img[^>]+src=[\"'](?!data:)", html)  # every image embedded
    assert html.count("data:image/png;base64") >= len(NOTEBOOKS)
    assert "import sentiment_kit" not in html  # code hidden
    assert "Executive summary" in html


def test_bad_data_dir_is_reported_before_running(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(DataValidationError, match="complaints.csv"):
        build_report(tmp_path, out, progress=False)
    assert not out.exists()


@pytest.mark.slow
def test_failing_notebook_leaves_no_report(tmp_path, monkeypatch):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["sentiment_kit"] = {"question": "q", "requires": []}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    p = nbformat.v4.new_code_cell("data_dir = None")
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, nbformat.v4.new_code_cell("raise RuntimeError('boom')")]
    nbformat.write(nb, nbs / "00_fail.ipynb")
    monkeypatch.setattr(report_mod, "notebook_dir", lambda: nbs)
    out = tmp_path / "out"
    with pytest.raises(NotebookExecutionError, match="00_fail.*boom"):
        build_report(None, out, progress=False)
    assert not out.exists()
    assert not list(tmp_path.glob(".sentiment_kit_report-*"))


def test_unknown_notebook_selection():
    with pytest.raises(ValueError, match="Unknown notebook"):
        build_report(None, "unused", notebooks=["99"], progress=False)


@pytest.mark.slow
def test_no_number_in_scientific_notation(built_report):
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts = []

        def handle_data(self, data):
            self.parts.append(data)

    _, path = built_report
    page = Text()
    page.feed(path.read_text(encoding="utf-8"))
    text = " ".join(page.parts)
    assert not re.findall(r"\b\d(?:\.\d+)?e[+-]\d+\b", text)


def test_tables_show_plain_numbers():
    import pandas as pd

    from sentiment_kit.report import show_table

    html = show_table(pd.DataFrame({"share": [0.1543], "n": [12345], "p": [3e-9]})).to_html()
    assert "0.154" in html and "12,345" in html and "&lt; 0.001" in html and "e-" not in html


def test_columns_without_a_format_stay_plain_when_others_have_one():
    """Giving some columns a format used to reset the rest to pandas' default ("0.002573")."""
    import pandas as pd

    from sentiment_kit.report import show_table

    html = show_table(pd.DataFrame({"growth": [4.6], "p_value": [0.002573], "n": [12345]}),
                      {"growth": "{:.1f}x"}).to_html()
    assert "4.6x" in html and "0.003" in html and "12,345" in html and "0.002573" not in html


def test_a_p_value_reads_as_a_sentence_says_it():
    """'p = < 0.001' was printed where the value is below what three decimals show."""
    from sentiment_kit.report import p_text

    assert p_text(0.00002) == "p < 0.001" and p_text(0.0342) == "p = 0.034"
    assert p_text(0.0004, "adjusted p") == "adjusted p < 0.001"


def test_table_headers_read_as_words():
    """Executives saw raw column names ("negative_share", "churn_rate_ci_low", "quote_1")."""
    import pandas as pd

    from sentiment_kit.report import show_table

    data = pd.DataFrame({"negative_share": [0.5], "churn_rate_ci_low": [0.25], "quote_1": ["fine"], "size": [3]},
                        index=pd.Index(["a"], name="unanswered_contacts"))
    html = show_table(data, {"negative_share": "{:.0%}"}, headers={"size": "texts"}, index=True).to_html()
    assert "negative share" in html and "churn rate CI low" in html and "quote 1" in html and "texts" in html
    assert "unanswered contacts" in html and "50%" in html
    assert "negative_share" not in html and "churn_rate_ci_low" not in html and "quote_1" not in html
