"""score_file: streamed results equal classify_feedback on the whole file; bad input is named; the
output is replaced only on success."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sentiment_kit import SIGNALS, classify_feedback
from sentiment_kit.batch import stream
from sentiment_kit.batch.stream import ADDED_COLUMNS, score_file, text_column
from sentiment_kit.exceptions import DataValidationError, SentimentKitError

TEXTS = [
    "Great service, thanks!", "On hold for an hour, then they hung up.", "", "NA", "None",
    "I changed banks.", "multi\nline, with \"quotes\" and commas", "=HYPERLINK(1)",
    "no problems at all", "They promised a call back and nobody ever called.", "rude staff", "fine.",
]


def _frame(n: int = 60) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    texts = [f"{TEXTS[i % len(TEXTS)]} {'' if i % 5 else 'awful'}".strip() if i % 7 else TEXTS[i % len(TEXTS)]
             for i in range(n)]
    return pd.DataFrame({"id": [f"r{i}" for i in range(n)], "amount": rng.integers(-5, 5, n).astype(str),
                         "text": texts})


def _expected(path) -> pd.DataFrame:
    return classify_feedback(pd.read_csv(path, dtype=str, keep_default_na=False))


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "in.csv"
    _frame().to_csv(path, index=False)
    return path


def test_csv_in_chunks_equals_classify_feedback_on_the_whole_file(csv_file, tmp_path):
    out = tmp_path / "out.parquet"
    result = score_file(csv_file, out, chunk_size=7, progress=False)
    got = pd.read_parquet(out)
    pd.testing.assert_frame_equal(got, _expected(csv_file))
    assert list(got.columns) == ["id", "amount", "text", *ADDED_COLUMNS]
    assert result.rows == 60 and result.counts["is_complaint"] == int(got["is_complaint"].sum())


def test_parquet_input_keeps_its_types_and_csv_output_matches(tmp_path):
    data = _frame(30).assign(amount=lambda d: d["amount"].astype(int))
    src = tmp_path / "in.parquet"
    data.to_parquet(src, index=False)
    score_file(src, tmp_path / "p.parquet", chunk_size=4, progress=False)
    expected = classify_feedback(data)
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "p.parquet"), expected)
    score_file(src, tmp_path / "c.csv", chunk_size=4, progress=False)
    back = pd.read_csv(tmp_path / "c.csv", keep_default_na=False, dtype={"text": str, "sentiment": str})
    pd.testing.assert_frame_equal(back, expected, check_exact=False, rtol=1e-12)


def test_jobs_two_gives_the_same_file_as_jobs_one(csv_file, tmp_path):
    score_file(csv_file, tmp_path / "one.parquet", chunk_size=25, jobs=1, progress=False)
    result = score_file(csv_file, tmp_path / "two.parquet", chunk_size=25, jobs=2, progress=False)
    assert result.jobs == 2
    assert pq.read_table(tmp_path / "one.parquet").equals(pq.read_table(tmp_path / "two.parquet"))


def test_chunks_have_exactly_chunk_size_rows_in_order():
    batches = [pa.record_batch({"x": list(range(a, b))}) for a, b in [(0, 3), (3, 10), (10, 11)]]
    chunks = list(stream.rechunk(iter(batches), 4))
    assert [c.num_rows for c in chunks] == [4, 4, 3]
    assert [x for c in chunks for x in c.column("x").to_pylist()] == list(range(11))


def test_a_header_only_file_gives_an_empty_output_with_every_column(tmp_path):
    (tmp_path / "in.csv").write_text("id,text\n")
    result = score_file(tmp_path / "in.csv", tmp_path / "out.parquet", progress=False)
    assert result.rows == 0
    assert pq.read_schema(tmp_path / "out.parquet").names == ["id", "text", *ADDED_COLUMNS]


def test_semicolon_csv_with_a_byte_order_mark(tmp_path):
    (tmp_path / "in.csv").write_bytes("\ufeffid;text\n1;They hung up on me\n".encode())
    score_file(tmp_path / "in.csv", tmp_path / "out.parquet", progress=False)
    got = pd.read_parquet(tmp_path / "out.parquet")
    assert got.columns[:2].tolist() == ["id", "text"] and bool(got.loc[0, "rudeness"])


def test_progress_bar_shows_rows_per_second_and_can_be_turned_off(csv_file, tmp_path, capsys):
    score_file(csv_file, tmp_path / "a.parquet", chunk_size=20, progress=True)
    assert "rows/s" in capsys.readouterr().err
    score_file(csv_file, tmp_path / "b.parquet", chunk_size=20, progress=False)
    assert capsys.readouterr().err == ""


def test_summary_has_shares_with_intervals(csv_file, tmp_path):
    result = score_file(csv_file, tmp_path / "out.parquet", progress=False)
    table = result.summary()
    got = pd.read_parquet(tmp_path / "out.parquet")
    assert table.loc["negative", "k"] == (got["sentiment"] == "negative").sum()
    assert (table["ci_low"] <= table["share"]).all() and (table["share"] <= table["ci_high"]).all()
    assert "Scored 60 rows of in.csv" in str(result)
    assert result.to_frame().loc[0, "rows"] == 60


# ------------------------------------------------------------------------------------ the toml mapping
def _mapped_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    _frame(10).rename(columns={"text": "Comment"}).to_csv(folder / "calls.csv", index=False)
    (folder / "sentiment_kit.toml").write_text('[complaints]\nfile = "calls.csv"\ncolumns = { text = "Comment" }\n')
    return folder


def test_data_dir_mapping_names_the_text_column(tmp_path):
    folder = _mapped_folder(tmp_path)
    result = score_file(folder / "calls.csv", tmp_path / "out.parquet", data_dir=folder, progress=False)
    assert result.text == "Comment"
    expected = classify_feedback(pd.read_csv(folder / "calls.csv", dtype=str, keep_default_na=False), text="Comment")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out.parquet"), expected)


def test_a_toml_beside_the_input_is_used_without_data_dir(tmp_path):
    folder = _mapped_folder(tmp_path)
    assert text_column(folder / "calls.csv") == "Comment"
    assert text_column(folder / "calls.csv", "body") == "body"  # not a mapped name: the file's own


def test_data_dir_whose_toml_does_not_name_the_input_is_an_error(tmp_path):
    folder = _mapped_folder(tmp_path)
    _frame(3).to_csv(tmp_path / "other.csv", index=False)
    with pytest.raises(DataValidationError, match=r"other.csv: not a data file of .*\[complaints\] calls.csv"):
        score_file(tmp_path / "other.csv", tmp_path / "out.parquet", data_dir=folder, progress=False)


# ------------------------------------------------------------------------------------ bad input
def test_a_file_that_is_not_csv_or_parquet(tmp_path):
    (tmp_path / "in.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(DataValidationError, match=r"in.xlsx: not a CSV or Parquet file \(suffix '.xlsx'\)"):
        score_file(tmp_path / "in.xlsx", tmp_path / "out.parquet", progress=False)


def test_missing_text_column_names_the_columns_present(csv_file, tmp_path):
    with pytest.raises(DataValidationError, match=r"column 'body' not found; available: \['id', 'amount', 'text'\]"):
        score_file(csv_file, tmp_path / "out.parquet", text="body", progress=False)


def test_an_input_that_already_has_a_scored_column_is_refused(tmp_path):
    _frame(5).assign(compound="x").to_csv(tmp_path / "in.csv", index=False)
    with pytest.raises(DataValidationError, match=r"already has column\(s\) \['compound'\]"):
        score_file(tmp_path / "in.csv", tmp_path / "out.parquet", progress=False)


@pytest.mark.parametrize("damage", ["truncated", "not parquet"])
def test_corrupt_parquet_is_named(tmp_path, damage):
    src = tmp_path / "in.parquet"
    _frame(200).to_parquet(src, index=False)
    raw = src.read_bytes()
    src.write_bytes(raw[: len(raw) // 2] if damage == "truncated" else b"id,text\n1,hello\n")
    with pytest.raises(DataValidationError, match=r"in.parquet: not a readable Parquet file"):
        score_file(src, tmp_path / "out.parquet", progress=False)


def test_corrupt_parquet_page_inside_the_file_is_named(tmp_path):
    src = tmp_path / "in.parquet"
    _frame(2000).to_parquet(src, index=False, compression="snappy")
    raw = bytearray(src.read_bytes())
    raw[200:1200] = b"\xff" * 1000  # inside the column data; the footer is intact
    src.write_bytes(bytes(raw))
    with pytest.raises(DataValidationError, match=r"in.parquet: not a readable Parquet file"):
        score_file(src, tmp_path / "out.parquet", progress=False)
    assert list(tmp_path.iterdir()) == [src]


def test_malformed_csv_row_reports_its_line_and_is_not_skipped(tmp_path):
    # the quoted line break makes the bad row the 5th record but line 6
    (tmp_path / "in.csv").write_text('id,text\n1,"two\nlines"\n2,fine\n3,ok\n4,too,many\n5,last\n')
    with pytest.raises(DataValidationError, match=r"malformed CSV row ending at line 6: 3 fields where the header has 2"):
        score_file(tmp_path / "in.csv", tmp_path / "out.parquet", progress=False)


def test_malformed_row_in_a_later_chunk_is_found(tmp_path):
    lines = ["id,text"] + [f"{i},text {i}" for i in range(50_000)] + ["x,y,z"]
    (tmp_path / "in.csv").write_text("\n".join(lines) + "\n")
    with pytest.raises(DataValidationError, match=r"line 50002"):
        score_file(tmp_path / "in.csv", tmp_path / "out.parquet", chunk_size=1000, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_csv_that_is_not_utf8_names_the_line(tmp_path):
    (tmp_path / "in.csv").write_bytes(b"id,text\n1,fine\n2,caf\xe9 was cold\n")
    with pytest.raises(DataValidationError, match=r"line 3 is not UTF-8"):
        score_file(tmp_path / "in.csv", tmp_path / "out.parquet", progress=False)


def test_output_equal_to_input_is_refused(csv_file):
    before = csv_file.read_bytes()
    with pytest.raises(DataValidationError, match="the output is the input"):
        score_file(csv_file, csv_file.parent / "." / csv_file.name, progress=False)
    assert csv_file.read_bytes() == before


def test_output_suffix_must_be_parquet_or_csv(csv_file, tmp_path):
    with pytest.raises(DataValidationError, match=r"must end in .parquet or .csv"):
        score_file(csv_file, tmp_path / "out.json", progress=False)


def test_existing_output_is_replaced_only_on_success(tmp_path, csv_file):
    out = tmp_path / "out.parquet"
    out.write_bytes(b"old")
    (tmp_path / "bad.csv").write_text("id,text\n1,ok\n2,a,b\n")
    with pytest.raises(DataValidationError):
        score_file(tmp_path / "bad.csv", out, progress=False)
    assert out.read_bytes() == b"old"
    score_file(csv_file, out, progress=False)
    assert len(pd.read_parquet(out)) == 60
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "in.csv", "out.parquet"]


def test_interruption_leaves_no_partial_output(tmp_path, csv_file, monkeypatch):
    calls = []
    real = stream._score_piece

    def interrupted(texts, model=None, min_precision=None):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(texts, model, min_precision)

    monkeypatch.setattr(stream, "_score_piece", interrupted)
    with pytest.raises(KeyboardInterrupt):
        score_file(csv_file, tmp_path / "out.csv", chunk_size=10, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize("arg", [{"chunk_size": 0}, {"jobs": 0}, {"jobs": 1.5}])
def test_chunk_size_and_jobs_must_be_positive_whole_numbers(csv_file, tmp_path, arg):
    with pytest.raises(ValueError, match=f"{next(iter(arg))} must be a whole number"):
        score_file(csv_file, tmp_path / "out.parquet", progress=False, **arg)


# ------------------------------------------------------------------------------------ a fitted theme model
@pytest.fixture(scope="module")
def theme_file(tmp_path_factory, sample_complaints):
    from sentiment_kit.themes.model import ThemeModel
    from sentiment_kit.themes.persist import save_model

    model = ThemeModel(n_themes=4, random_state=0).fit(sample_complaints["text"])
    return save_model(model, tmp_path_factory.mktemp("model") / "themes.skmodel"), model


def test_themes_add_the_theme_and_its_label_as_the_model_predicts(tmp_path, theme_file, sample_complaints):
    path, model = theme_file
    src = tmp_path / "in.parquet"
    sample_complaints[["complaint_id", "text"]].iloc[:300].to_parquet(src, index=False)
    score_file(src, tmp_path / "one.parquet", themes=path, chunk_size=70, progress=False)
    got = pd.read_parquet(tmp_path / "one.parquet")
    ids = model.predict(sample_complaints["text"].iloc[:300])
    assert got["theme"].tolist() == ids.tolist()
    assert got["theme_label"].tolist() == [model.labels()[i] for i in ids]
    score_file(src, tmp_path / "two.parquet", themes=path, chunk_size=70, jobs=2, progress=False)
    assert pq.read_table(tmp_path / "one.parquet").equals(pq.read_table(tmp_path / "two.parquet"))


def test_themes_file_holding_another_model_is_refused(tmp_path, csv_file):
    from sentiment_kit import SentimentClassifier
    from sentiment_kit.exceptions import SentimentKitError
    from sentiment_kit.themes.persist import save_model

    clf = SentimentClassifier(random_state=0).fit(["great", "awful", "lovely", "rude"] * 3, ["p", "n", "p", "n"] * 3)
    path = save_model(clf, tmp_path / "clf.skmodel")
    with pytest.raises(SentimentKitError, match="holds a SentimentClassifier, not a fitted ThemeModel"):
        score_file(csv_file, tmp_path / "out.parquet", themes=path, progress=False)
    assert not (tmp_path / "out.parquet").exists()


def test_min_precision_is_passed_to_the_signals_and_can_only_remove_flags(csv_file, tmp_path):
    out = tmp_path / "out.parquet"
    score_file(csv_file, out, chunk_size=7, progress=False, min_precision=0.95)
    got = pd.read_parquet(out)
    rules = pd.read_parquet(score_file(csv_file, tmp_path / "rules.parquet", progress=False).output)
    expected = classify_feedback(pd.read_csv(csv_file, dtype=str, keep_default_na=False), min_precision=0.95)
    pd.testing.assert_frame_equal(got, expected)
    signals = list(SIGNALS)
    assert not (got[signals] & ~rules[signals]).to_numpy().any()
    assert got[signals].to_numpy().sum() < rules[signals].to_numpy().sum()  # the setting did drop flags


@pytest.mark.parametrize("bad", [0, 1, 2.0, "high", True])
def test_min_precision_outside_zero_and_one_is_refused_before_reading(csv_file, tmp_path, bad):
    with pytest.raises(SentimentKitError, match="min_precision"):
        score_file(csv_file, tmp_path / "out.parquet", progress=False, min_precision=bad)
    assert not (tmp_path / "out.parquet").exists()
