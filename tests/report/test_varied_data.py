"""The report on data as companies really have it: a nine-day span, one product, reviews without
dates, no exit reasons, one survey wave with two-class satisfaction and 0 = not applicable."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from sentiment_kit._core.escape import live_markup
from sentiment_kit.report import build_report

pytestmark = pytest.mark.slow  # every test reads one report built by executing the notebooks


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


@pytest.fixture(scope="module")
def varied_report(tmp_path_factory, sample_data_dir):
    data = tmp_path_factory.mktemp("varied")
    rng = np.random.default_rng(0)
    c = pd.read_csv(sample_data_dir / "complaints.csv").head(400)
    c["date"] = pd.Timestamp("2024-03-18") + pd.to_timedelta(rng.integers(0, 9, len(c)), unit="D")
    c["date"] = c["date"].dt.strftime("%d/%m/%Y")  # day first, settled by 18/03 onwards
    c.assign(product="Mortgage").to_csv(data / "tickets.csv", index=False)
    r = pd.read_csv(sample_data_dir / "reviews.csv").drop(columns=["date"]).head(400)
    r.rename(columns={"text": "Comment", "stars": "Score"}).to_excel(data / "reviews.xlsx", index=False)
    cu = pd.read_csv(sample_data_dir / "customers.csv").drop(columns=["exit_reason"])
    cu["tenure_months"] = cu.pop("tenure_days") / 30.4375
    cu["Left"] = np.where(cu.pop("churned") == 1, "yes", "no")
    cu.to_csv(data / "customers.csv", index=False)
    s = pd.read_csv(sample_data_dir / "survey.csv")
    s = s[s["wave"] == 2025].drop(columns=["wave", "date"])
    s["overall_satisfaction"] = np.where(s["overall_satisfaction"] >= 7, "Satisfied", "Dissatisfied")
    s.to_csv(data / "survey.csv", index=False)
    (data / "sentiment_kit.toml").write_text(
        '[complaints]\nfile = "tickets.csv"\n\n'
        '[reviews]\nfile = "reviews.xlsx"\ncolumns = { text = "Comment", stars = "Score" }\n\n'
        '[customers]\ntenure_unit = "months"\ncolumns = { tenure_days = "tenure_months", churned = "Left" }\n\n'
        '[survey]\nna_values = [0]\n')
    path = build_report(data, tmp_path_factory.mktemp("out") / "report", progress=False)
    page = path.read_text(encoding="utf-8")
    text = _Text()
    text.feed(page)
    return page, html.unescape(" ".join(" ".join(text.parts).split()))


def test_every_notebook_runs_and_the_page_is_inert(varied_report):
    page, text = varied_report
    assert live_markup(page, require_csp=True) == []
    for chapter in ("1. Executive summary", "2. Complaints and reviews", "3. Recurring themes", "5. What customers value"):
        assert chapter in text
    assert not re.findall(r"\b\d(?:\.\d+)?e[+-]\d+\b", text)


def test_time_follows_the_nine_days(varied_report):
    _, text = varied_report
    assert "Complaints: 400 dated from 18 Mar 2024 to 26 Mar 2024, shown per day" in text and "per month" not in text
    assert "The reviews have no dates" in text or "no dated reviews" in text


def test_what_cannot_be_concluded_is_said(varied_report):
    _, text = varied_report
    assert "single wave" in text  # one wave: no change to report
    assert "'Satisfied' is read as satisfied" in text  # two-class satisfaction, in About the data
    assert "Tenure was given in months" in text
    assert "No exit reasons in this data" in text  # no exit_reason column: the 68% claim is not tested...
    assert "From contact records" in text  # ...but the contact records still answer what churn costs
    assert "The most negative product" not in text  # one product: nothing to compare
