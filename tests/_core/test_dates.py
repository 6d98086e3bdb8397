"""Dates are read by one rule (``sentiment_kit._core.dates.parse_dates``): never guessed, refused when
ambiguous, unreadable ones counted and kept."""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit import summary
from sentiment_kit._core.dates import parse_dates
from sentiment_kit.exceptions import DataValidationError, SentimentKitWarning
from sentiment_kit.report import about_the_data


def _complaints(path, dates):
    pd.DataFrame({"date": dates, "product": "a", "text": "x"}).to_csv(path / "complaints.csv", index=False)


# ----------------------------------------------------------------------------------- dates
def test_one_order_for_every_date_in_a_column(tmp_path):
    _complaints(tmp_path, ["03/04/2024", "13/04/2024"])  # 13/04 can only be day first
    dates = sk.read_dataset("complaints", tmp_path)["date"]
    assert dates.tolist() == [pd.Timestamp("2024-04-03"), pd.Timestamp("2024-04-13")]
    assert "day/month" in " ".join(sk.inspect_dataset("complaints", tmp_path).decisions)


def test_ambiguous_day_month_is_refused_naming_column_and_example(tmp_path):
    _complaints(tmp_path, ["03/04/2024", "05/06/2024"])
    with pytest.raises(DataValidationError, match=r"'date'.*'03/04/2024'.*dayfirst"):
        sk.read_dataset("complaints", tmp_path)
    (tmp_path / "sentiment_kit.toml").write_text("[complaints]\ndayfirst = false\n")
    assert sk.read_dataset("complaints", tmp_path)["date"].iloc[0] == pd.Timestamp("2024-03-04")
    assert sk.read_dataset("complaints", tmp_path, dayfirst=True)["date"].iloc[0] == pd.Timestamp("2024-04-03")


def test_mixed_formats_read_what_is_unambiguous_and_count_the_rest(tmp_path):
    _complaints(tmp_path, ["13/04/2024", "04/14/2024", "03/04/2024", "2024-05-01", "May 2, 2024", "05/05/2024"])
    ds = sk.inspect_dataset("complaints", tmp_path)
    assert ds.data["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2024-04-13", "2024-04-14", np.nan, "2024-05-01", "2024-05-02", "2024-05-05"]
    assert "1 value(s) of 'date' are not dates (e.g. '03/04/2024')" in " ".join(ds.notes)
    assert "mixes day/month" in " ".join(ds.decisions)


def test_epoch_numbers_are_dates_only_when_said(tmp_path):
    _complaints(tmp_path, [1704067200, 1704153600])
    with pytest.raises(DataValidationError, match=r"'date' holds numbers \(e.g. 1704067200\).*date_epoch"):
        sk.read_dataset("complaints", tmp_path)
    (tmp_path / "sentiment_kit.toml").write_text('[complaints]\ndate_epoch = "s"\n')
    assert sk.read_dataset("complaints", tmp_path)["date"].iloc[0] == pd.Timestamp("2024-01-01")


def test_unreadable_dates_are_counted_kept_and_shown(tmp_path):
    _complaints(tmp_path, ["2024-02-30", "2024-03-01", "soon", ""])
    with pytest.warns(SentimentKitWarning, match=r"2 value\(s\) of 'date' are not dates.*'2024-02-30'"):
        df = sk.read_dataset("complaints", tmp_path)
    assert len(df) == 4 and df["date"].notna().sum() == 1
    shown = about_the_data([sk.inspect_dataset("complaints", tmp_path)])
    assert "2 value(s) of 'date' are not dates" in html.unescape(shown)


def test_dates_with_named_months_times_and_offsets():
    p = parse_dates(["18 March 2024", "Mar 18, 2024", "2024-03-18T23:30:00+02:00", "2024/03/18"])
    assert p.values.dt.strftime("%Y-%m-%d %H:%M").tolist() == [
        "2024-03-18 00:00", "2024-03-18 00:00", "2024-03-18 21:30", "2024-03-18 00:00"]


def test_analysis_functions_use_the_same_rule():
    reviews = pd.DataFrame({"date": ["03/04/2024", "05/06/2024"], "neg": [1, 0]})
    with pytest.raises(DataValidationError, match="dayfirst"):
        summary.share_over_time(reviews, flag="neg")

def test_repeated_index_labels_are_read_by_position_and_keep_their_labels():
    s = pd.Series(["2024-01-02", "13/04/2024", "2024-02-01", None], index=[0, 0, 1, 1])
    out = parse_dates(s, column="d").values
    assert list(out.index) == [0, 0, 1, 1]
    assert out.dt.strftime("%Y-%m-%d").fillna("").tolist() == ["2024-01-02", "2024-04-13", "2024-02-01", ""]
