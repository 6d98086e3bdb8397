"""Wave order, scales and yes/no columns are never guessed: read by one rule, refused when ambiguous."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit._core.parse import as_flag, check_scale, order_waves, parse_bool
from sentiment_kit.exceptions import DataValidationError
from sentiment_kit import summary


# ----------------------------------------------------------------------------------- waves
def _survey(waves, **extra):
    rng = np.random.default_rng(0)
    n = len(waves)
    return pd.DataFrame({"wave": waves, "overall_satisfaction": rng.integers(1, 11, n),
                         "perf_staff": rng.integers(1, 6, n), **extra})


def test_quarter_labels_are_ordered_by_time_not_alphabet(tmp_path):
    survey = _survey(["Q4 2024"] * 200 + ["Q1 2025"] * 200)
    survey.loc[200:, "perf_staff"] = 5  # improved in the later wave
    survey.loc[:199, "perf_staff"] = 2
    survey.to_csv(tmp_path / "survey.csv", index=False)
    read = sk.read_dataset("survey", tmp_path)
    assert sk.order_waves(read["wave"]) == ["Q4 2024", "Q1 2025"]
    change = sk.track_waves(read, na_values=None).iloc[0]
    assert (change["wave_from"], change["wave_to"], change["verdict"]) == ("Q4 2024", "Q1 2025", "improved")
    change = sk.track_waves(survey).iloc[0]  # the raw frame, not read_dataset's: same order
    assert change["verdict"] == "improved"


@pytest.mark.parametrize("labels,order", [
    (["2025", "2024"], ["2024", "2025"]), (["Wave 10", "Wave 2"], ["Wave 2", "Wave 10"]),
    (["2025-Q1", "Q4 2024"], ["Q4 2024", "2025-Q1"]), (["Mar 2025", "Sept 2024"], ["Sept 2024", "Mar 2025"]),
    (["H1 2025", "H2 2024"], ["H2 2024", "H1 2025"]), ([3, 1, 2], [1, 2, 3]),
])
def test_unambiguous_wave_readings(labels, order):
    assert order_waves(labels) == order


def test_unreadable_wave_order_is_refused_then_given(tmp_path):
    _survey(["Spring", "Autumn"] * 5).to_csv(tmp_path / "survey.csv", index=False)
    with pytest.raises(DataValidationError, match=r"survey\.csv.*'wave'.*\['Spring', 'Autumn'\].*wave_order"):
        sk.read_dataset("survey", tmp_path)
    (tmp_path / "sentiment_kit.toml").write_text('[survey]\nwave_order = ["Autumn", "Spring"]\n')
    assert list(sk.read_dataset("survey", tmp_path)["wave"].cat.categories) == ["Autumn", "Spring"]
    with pytest.raises(DataValidationError, match=r"does not list the wave\(s\) \['Spring'\]"):
        sk.read_dataset("survey", tmp_path, wave_order=["Autumn"])


def test_waves_ordered_by_their_dates_and_contradictions_refused(tmp_path):
    dates = ["2025-03-01", "2024-03-01"] * 5
    _survey(["Spring", "Autumn"] * 5, date=dates).to_csv(tmp_path / "survey.csv", index=False)
    assert sk.order_waves(sk.read_dataset("survey", tmp_path)["wave"]) == ["Autumn", "Spring"]
    _survey(["2024", "2025"] * 5, date=dates).to_csv(tmp_path / "survey.csv", index=False)
    with pytest.raises(DataValidationError, match="labels read in the order.*but their dates"):
        sk.read_dataset("survey", tmp_path)


# ----------------------------------------------------------------------------------- scales
@pytest.mark.parametrize("bad", [0, 6, 50, -1])
def test_stars_outside_their_scale_are_refused_with_the_values(tmp_path, bad):
    pd.DataFrame({"date": ["2024-01-01"] * 2, "stars": [4, bad], "text": ["a", "b"]}).to_csv(
        tmp_path / "reviews.csv", index=False)
    with pytest.raises(DataValidationError, match=rf"'stars' has 1 value\(s\) outside its scale 1-5: \[{bad}\]"):
        sk.read_dataset("reviews", tmp_path)


def test_satisfaction_outside_its_scale_is_refused(tmp_path):
    _survey([2024] * 3).assign(overall_satisfaction=[5, 99, 7]).to_csv(tmp_path / "survey.csv", index=False)
    with pytest.raises(DataValidationError, match=r"'overall_satisfaction'.*outside its scale 1-10: \[99\]"):
        sk.read_dataset("survey", tmp_path)
    _survey([2024] * 3).assign(perf_staff=[1, 0, 5]).to_csv(tmp_path / "survey.csv", index=False)
    with pytest.raises(DataValidationError, match=r"'perf_staff'.*\[0\].*na_values"):
        sk.read_dataset("survey", tmp_path)
    assert len(sk.read_dataset("survey", tmp_path, na_values=[0])) == 3


def test_a_declared_star_scale_gives_the_right_negative_share(tmp_path):
    stars = [2, 4, 6, 8, 10, 2, 4, 6, 8, 10, 2, 4]  # half in the bottom quarter of 2-10
    pd.DataFrame({"date": "2024-01-01", "stars": stars, "text": "x"}).to_csv(tmp_path / "reviews.csv", index=False)
    with pytest.raises(DataValidationError, match=r"outside its scale 1-5: \[6, 8, 10\]"):
        sk.read_dataset("reviews", tmp_path)
    (tmp_path / "sentiment_kit.toml").write_text("[reviews]\nscale = [2, 10]\n")
    reviews = sk.read_dataset("reviews", tmp_path)
    m = summary.headline_metrics(reviews=reviews, star_scale=sk.read_config(tmp_path)["reviews"].scale)
    row = m.set_index("metric").loc["share of reviews with 2-4 stars"]
    assert row["value"] == pytest.approx(0.5)


def test_check_scale_keeps_codes_and_lists_non_numbers():
    assert check_scale(pd.Series(["3", "0", None]), column="perf_x", scale=(1, 5), na_values=[0]).tolist()[:2] == [3.0, "0"]
    with pytest.raises(DataValidationError, match=r"'perf_x' must hold numbers.*\['good'\]"):
        check_scale(pd.Series(["3", "good"]), column="perf_x", scale=(1, 5))


# ----------------------------------------------------------------------------------- alignment
def test_theme_summary_matches_scores_by_index_not_position():
    data = pd.DataFrame({"text": ["awful", "lovely", "awful", "lovely"], "theme": [0, 1, 0, 1]}, index=[10, 11, 12, 13])
    scores = sk.score_sentiment(data["text"]).iloc[::-1]  # same rows, another order
    summary = sk.theme_summary(data, "theme", sentiment=scores).set_index("theme")
    assert summary.loc[0, "mean_sentiment"] < 0 < summary.loc[1, "mean_sentiment"]
    with pytest.raises(sk.SentimentKitError, match="not on data's index"):
        sk.theme_summary(data, "theme", sentiment=scores.set_axis([0, 1, 2, 3]))


# ----------------------------------------------------------------------------------- yes/no
def test_one_yes_no_rule_for_files_shares_and_churn():
    words = pd.Series(["Yes", " no ", "TRUE", "f", "1", "0", None])
    assert as_flag(words, column="x").tolist()[:6] == [1.0, 0.0, 1.0, 0.0, 1.0, 0.0]
    assert np.isnan(as_flag(words, column="x").iloc[6])  # missing stays missing, never "no"
    assert as_flag(pd.Series([True, False]), column="x").tolist() == [1.0, 0.0]
    # the same words are accepted by a share, by churn and by a data file's bool column
    data = pd.DataFrame({"group": ["a", "a", "b", "b"], "flag": ["yes", "No", "y", "n"]})
    assert summary.share_by(data, flag="flag", by="group")["share"].tolist() == [0.5, 0.5]
    assert parse_bool(pd.Series(["Y", "n"]), column="churned").tolist() == [True, False]


@pytest.mark.parametrize("bad", [pd.Series(["yes", "maybe"]), pd.Series([0, 2]), pd.Series([0.5, 1.0])])
def test_anything_else_is_refused_naming_column_and_value(bad):
    with pytest.raises(DataValidationError, match=r"'churned' must be yes/no.*found \['?(maybe|2|0\.5)"):
        as_flag(bad, column="churned")


def test_a_file_bool_column_needs_every_row():
    with pytest.raises(DataValidationError, match=r"'churned' has no value in 1 row"):
        parse_bool(pd.Series(["yes", None]), column="churned")

