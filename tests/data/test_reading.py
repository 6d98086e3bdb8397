"""Reading a data folder exactly: sentiment_kit.toml, encodings, NUL bytes, "NA" as text, bad files."""

from __future__ import annotations

import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.exceptions import DataValidationError


def _complaints(path, **cols):
    base = {"date": ["2024-01-01", "2024-01-02"], "product": ["a", "b"], "text": ["fine", "slow"]}
    pd.DataFrame({**base, **cols}).to_csv(path, index=False)


def test_toml_maps_file_and_columns_without_renaming(tmp_path):
    pd.DataFrame({"Date received": ["2024-01-01"], "Product": ["Card"],
                  "Consumer complaint narrative": ["They never called back."]}).to_csv(tmp_path / "export.csv", index=False)
    (tmp_path / "sentiment_kit.toml").write_text(
        '[complaints]\nfile = "export.csv"\n'
        'columns = { text = "Consumer complaint narrative", date = "Date received", product = "Product" }\n')
    df = sk.read_dataset("complaints", tmp_path)
    assert list(df.columns) == ["date", "product", "text"]
    assert df["text"].iloc[0] == "They never called back."
    assert df["date"].iloc[0] == pd.Timestamp("2024-01-01")


@pytest.mark.parametrize("toml,message", [
    ("[complaints]\nfiel = 'x.csv'\n", r"unknown key 'fiel' in \[complaints\]"),
    ("[complaint]\nfile = 'x.csv'\n", r"unknown section \[complaint\]"),
    ("[reviews]\nscale = [5, 1]\n", r"\[reviews\] scale must be \[low, high\]"),
    ("[reviews]\ndayfirst = 'yes'\n", r"dayfirst must be true or false"),
    ("[complaints]\ncolumns = { txt = 'Body' }\n", r"'txt' is not a column of complaints"),
    ("[complaints]\nfile = 'missing.csv'\n", r"\[complaints\] file = 'missing.csv': no such file"),
    ("[complaints\n", r"not valid TOML"),
])
def test_a_bad_toml_is_an_error_naming_the_entry(tmp_path, toml, message):
    _complaints(tmp_path / "complaints.csv")
    (tmp_path / "sentiment_kit.toml").write_text(toml)
    with pytest.raises(DataValidationError, match=message):
        sk.read_dataset("complaints", tmp_path)


def test_a_mapped_column_that_is_missing_names_entry_file_and_columns(tmp_path):
    _complaints(tmp_path / "complaints.csv")
    (tmp_path / "sentiment_kit.toml").write_text("[complaints]\ncolumns = { text = 'Narrative' }\n")
    with pytest.raises(DataValidationError, match=r"columns: text = 'Narrative'.*complaints\.csv.*\['date', 'product', 'text'\]"):
        sk.read_dataset("complaints", tmp_path)


def test_keyword_options_are_checked_like_the_toml(tmp_path):
    _complaints(tmp_path / "complaints.csv")
    with pytest.raises(DataValidationError, match="unknown key 'day_first'"):
        sk.read_dataset("complaints", tmp_path, day_first=True)


def test_nul_byte_does_not_cut_a_text(tmp_path):
    (tmp_path / "complaints.csv").write_bytes(
        b"date,product,text\n2024-01-01,a,ok\x00 but the agent was rude\n2024-01-02,b,fine\n")
    ds = sk.inspect_dataset("complaints", tmp_path)
    assert ds.data["text"].iloc[0] == "ok\ufffd but the agent was rude"
    assert any("NUL" in n for n in ds.notes)
    assert sk.service_signals(ds.data["text"])["rudeness"].iloc[0]


def test_na_words_in_text_columns_stay_text(tmp_path):
    (tmp_path / "complaints.csv").write_text(
        "date,product,text\n2024-01-01,NA,NA\n2024-01-02,b,N/A\n2024-01-03,c,null\n2024-01-04,d,None\n2024-01-05,e,\n")
    df = sk.read_dataset("complaints", tmp_path)
    assert df["text"].iloc[:4].tolist() == ["NA", "N/A", "null", "None"]
    assert pd.isna(df["text"].iloc[4])  # an empty cell is missing
    assert pd.isna(df["product"].iloc[0])  # other columns read the usual markers as missing
    (tmp_path / "customers.csv").write_text("tenure_days,churned,exit_reason\n10,1,None\n20,0,\n")
    assert sk.read_dataset("customers", tmp_path)["exit_reason"].iloc[0] == "None"


def test_numbers_in_a_text_column_are_text(tmp_path):
    (tmp_path / "complaints.csv").write_text("date,product,text\n2024-01-01,a,123\n2024-01-02,b,007\n")
    assert sk.read_dataset("complaints", tmp_path)["text"].tolist() == ["123", "007"]


def test_windows_1252_and_semicolons_are_read(tmp_path):
    (tmp_path / "complaints.csv").write_bytes("date;product;text\n2024-01-01;café;naïve – “quoted”\n".encode("cp1252"))
    ds = sk.inspect_dataset("complaints", tmp_path)
    assert ds.data["text"].iloc[0] == "naïve – “quoted”" and ds.data["product"].iloc[0] == "café"
    assert any("Windows-1252" in n for n in ds.notes)


def test_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    (tmp_path / "complaints.csv").write_bytes("\ufeffdate,product,text\n2024-01-01,a,b\n".encode("utf-8"))
    assert list(sk.read_dataset("complaints", tmp_path).columns) == ["date", "product", "text"]


def test_corrupt_parquet_is_bad_input(tmp_path):
    (tmp_path / "reviews.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(DataValidationError, match=r"reviews\.parquet: could not be read as Parquet"):
        sk.read_dataset("reviews", tmp_path)


def test_no_row_is_dropped(tmp_path):
    (tmp_path / "complaints.csv").write_text(
        "date,product,text\n2024-01-01,a,x\nsoon,b,\n2024-02-30,,y\n,c,z\n")
    with pytest.warns(sk.SentimentKitWarning, match="2 value"):
        assert len(sk.read_dataset("complaints", tmp_path)) == 4


# --------------------------------------------------------------------------- real exports as they come
def _workbook(path, sheets):
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)


def test_excel_with_several_sheets_needs_the_sheet_named(tmp_path):
    reviews = pd.DataFrame({"Comment": ["NA", "Lovely staff"], "Score": [2, 5]})
    _workbook(tmp_path / "reviews.xlsx", {"Notes": pd.DataFrame({"x": [1]}), "Reviews": reviews})
    (tmp_path / "sentiment_kit.toml").write_text(
        '[reviews]\nfile = "reviews.xlsx"\ncolumns = { text = "Comment", stars = "Score" }\n')
    with pytest.raises(DataValidationError, match=r"2 sheets \['Notes', 'Reviews'\].*sheet ="):
        sk.read_dataset("reviews", tmp_path)
    (tmp_path / "sentiment_kit.toml").write_text(
        '[reviews]\nfile = "reviews.xlsx"\nsheet = "Reviews"\ncolumns = { text = "Comment", stars = "Score" }\n')
    df = sk.read_dataset("reviews", tmp_path)
    assert df["text"].tolist() == ["NA", "Lovely staff"] and df["stars"].tolist() == [2, 5]
    assert "date" not in df  # reviews without dates are allowed: time analyses are skipped
    with pytest.raises(DataValidationError, match="no sheet 'Answers'"):
        sk.read_dataset("reviews", tmp_path, sheet="Answers")


def test_tenure_in_months_is_converted_to_days(tmp_path):
    pd.DataFrame({"Months with us": [1, 12], "Left": ["Yes", "No"], "Why did you leave?": ["moved", ""]}).to_csv(
        tmp_path / "churn.csv", index=False)
    (tmp_path / "sentiment_kit.toml").write_text(
        '[customers]\nfile = "churn.csv"\ntenure_unit = "months"\n'
        'columns = { tenure_days = "Months with us", churned = "Left", exit_reason = "Why did you leave?" }\n')
    ds = sk.inspect_dataset("customers", tmp_path)
    assert ds.data["tenure_days"].tolist() == pytest.approx([30.4375, 365.25])
    assert ds.data["churned"].tolist() == [True, False]
    assert "converted to days" in " ".join(ds.decisions)
    with pytest.raises(DataValidationError, match="tenure_unit must be one of days, weeks, months, years"):
        sk.read_dataset("customers", tmp_path, tenure_unit="fortnights")


def test_survey_values_by_their_own_names_without_waves_and_two_class_satisfaction(tmp_path):
    pd.DataFrame({"id": range(8), "Overall": ["Satisfied", "Dissatisfied", "Satisfied", "Satisfied"] * 2,
                  "Staff friendliness": [5, 1, 4, 0, 4, 2, 5, 3], "Food and drink": [4, 2, 5, 3, 3, 1, 4, 4]}).to_csv(
        tmp_path / "s.csv", index=False)
    (tmp_path / "sentiment_kit.toml").write_text(
        '[survey]\nfile = "s.csv"\ncolumns = { overall_satisfaction = "Overall", respondent_id = "id" }\n'
        'values = ["Staff friendliness", "Food and drink"]\nna_values = [0]\n')
    ds = sk.inspect_dataset("survey", tmp_path)
    assert {"perf_Staff friendliness", "perf_Food and drink"} <= set(ds.data.columns)
    assert sk.order_waves(ds.data["wave"]) == [1]
    assert any("one wave" in d for d in ds.decisions) and any("'Satisfied' is read as satisfied" in d
                                                               for d in ds.decisions)
    ipa = sk.importance_performance(ds.data, target="overall_satisfaction", na_values=[0], n_boot=0)
    assert sorted(ipa["attribute"]) == ["Food and drink", "Staff friendliness"]
    with pytest.raises(DataValidationError, match="values lists 'Cleanliness', which the file does not have"):
        sk.read_dataset("survey", tmp_path, values=["Cleanliness"])
    with pytest.raises(DataValidationError, match="Cannot tell which label.*satisfied ="):
        sk.validate_dataset(ds.data.assign(overall_satisfaction=["A", "B"] * 4), "survey", na_values=[0])
    assert len(sk.validate_dataset(ds.data.assign(overall_satisfaction=["A", "B"] * 4), "survey", na_values=[0],
                                   satisfied="B")) == 8


def test_which_notebooks_run_follows_the_data_present(tmp_path, sample_data_dir):
    from sentiment_kit.report import plan_report

    (tmp_path / "reviews.csv").write_text((sample_data_dir / "reviews.csv").read_text())
    plan = plan_report(tmp_path)
    assert [nb["name"][:2] for nb in plan.run] == ["00", "01", "02"] and plan.datasets == ["reviews"]
    assert [name[:2] for name, _ in plan.skipped] == ["03", "04", "05"]
    with pytest.raises(DataValidationError, match="03_indifference_churn needs customers.csv"):
        plan_report(tmp_path, ["03"])
    (tmp_path / "reviews.csv").unlink()
    with pytest.raises(DataValidationError, match="No data set found"):
        plan_report(tmp_path)
