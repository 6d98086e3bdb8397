import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.exceptions import DataValidationError


def test_read_dataset_parses_types(sample_data_dir):
    df = sk.read_dataset("customers", sample_data_dir)
    assert df["churned"].dtype == bool
    assert pd.api.types.is_datetime64_any_dtype(df["signup_date"])


def test_missing_file_names_it(tmp_path):
    with pytest.raises(DataValidationError, match=r"reviews\.csv") as e:
        sk.read_dataset("reviews", tmp_path)
    assert e.value.source.endswith("reviews.csv")


def test_missing_column_names_file_and_column(tmp_path):
    pd.DataFrame({"date": ["2024-01-01"], "body": ["x"]}).to_csv(tmp_path / "reviews.csv", index=False)
    with pytest.raises(DataValidationError, match=r"reviews\.csv.*'stars'") as e:
        sk.read_dataset("reviews", tmp_path)
    assert e.value.column == "stars"


def test_empty_file(tmp_path):
    (tmp_path / "complaints.csv").write_text("")
    with pytest.raises(DataValidationError, match="empty"):
        sk.read_dataset("complaints", tmp_path)
    (tmp_path / "complaints.csv").write_text("date,product,text\n")
    with pytest.raises(DataValidationError, match="no rows"):
        sk.read_dataset("complaints", tmp_path)


def test_bad_types_named(tmp_path):
    pd.DataFrame({"date": ["2024-01-01"], "stars": ["five"], "text": ["x"]}).to_csv(
        tmp_path / "reviews.csv", index=False)
    with pytest.raises(DataValidationError, match="'stars' must hold numbers on the scale 1-5"):
        sk.read_dataset("reviews", tmp_path)
    pd.DataFrame({"tenure_days": [3], "churned": ["maybe"]}).to_csv(tmp_path / "customers.csv", index=False)
    with pytest.raises(DataValidationError, match="'churned' must be yes/no"):
        sk.read_dataset("customers", tmp_path)
    pd.DataFrame({"date": ["soon"], "product": ["a"], "text": ["x"]}).to_csv(
        tmp_path / "complaints.csv", index=False)
    with pytest.raises(DataValidationError, match="'date' is not a date column: no value could be read"):
        sk.read_dataset("complaints", tmp_path)


def test_survey_needs_perf_columns():
    with pytest.raises(DataValidationError, match="perf_"):
        sk.validate_dataset(pd.DataFrame({"wave": [1], "overall_satisfaction": [5]}), "survey")


def test_blank_texts_are_kept(tmp_path):
    pd.DataFrame({"date": ["2024-01-01", "2024-01-02"], "product": ["a", "b"], "text": ["x", None]}
                 ).to_csv(tmp_path / "complaints.csv", index=False)
    assert len(sk.read_dataset("complaints", tmp_path)) == 2


def test_parquet_is_read(tmp_path):
    pd.DataFrame({"date": ["2024-01-01"], "stars": [4], "text": ["ok"]}).to_parquet(tmp_path / "reviews.parquet")
    assert sk.read_dataset("reviews", tmp_path)["stars"].tolist() == [4]
