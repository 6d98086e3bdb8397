"""``sentiment-kit score``: exit codes as ``report`` (0, 2 with one line naming the file, 1, 130)."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from sentiment_kit import classify_feedback
from sentiment_kit.batch import stream
from sentiment_kit.report.cli import main


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "in.csv"
    pd.DataFrame({"id": ["1", "2", "3"], "body": ["Great, thanks!", "They hung up on me.", ""]}).to_csv(path, index=False)
    return path


def test_score_writes_the_output_and_prints_its_path(csv_file, tmp_path, capsys):
    out = tmp_path / "out.parquet"
    code = main(["score", str(csv_file), "--text", "body", "--out", str(out), "--no-progress", "--chunk-size", "2"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.strip() == str(out)
    assert "Scored 3 rows" in captured.err and "rows/s" in captured.err  # the summary, no bar
    expected = classify_feedback(pd.read_csv(csv_file, dtype=str, keep_default_na=False), text="body")
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected)


def test_missing_text_column_exits_2_with_one_line_naming_file_and_column(csv_file, tmp_path, capsys):
    code = main(["score", str(csv_file), "--out", str(tmp_path / "out.parquet"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "in.csv" in err and "'text' not found" in err and "'body'" in err
    assert not (tmp_path / "out.parquet").exists()


def test_malformed_row_exits_2_naming_the_line(tmp_path, capsys):
    (tmp_path / "in.csv").write_text("id,text\n1,ok\n2,a,b\n")
    code = main(["score", str(tmp_path / "in.csv"), "--out", str(tmp_path / "o.csv"), "--no-progress"])
    assert code == 2
    assert "line 3" in capsys.readouterr().err


def test_themes_file_that_is_not_a_model_exits_2(csv_file, tmp_path, capsys):
    (tmp_path / "model.skmodel").write_bytes(b"not a model")
    code = main(["score", str(csv_file), "--text", "body", "--out", str(tmp_path / "o.parquet"),
                 "--themes", str(tmp_path / "model.skmodel"), "--no-progress"])
    assert code == 2
    assert "model.skmodel" in capsys.readouterr().err
    assert not (tmp_path / "o.parquet").exists()


@pytest.mark.parametrize("error, code", [(KeyboardInterrupt(), 130), (RuntimeError("boom"), 1)])
def test_interrupt_exits_130_and_a_bug_exits_1(csv_file, tmp_path, capsys, monkeypatch, error, code):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(stream, "score_file", fail)
    assert main(["score", str(csv_file), "--text", "body", "--out", str(tmp_path / "o.parquet")]) == code
    err = capsys.readouterr().err
    assert ("interrupted; no output was written" if code == 130 else "unexpected RuntimeError: boom") in err


@pytest.mark.parametrize("option", [["--chunk-size", "0"], ["--jobs", "x"], ["--min-precision", "1.5"],
                                    ["--min-precision", "high"]])
def test_bad_option_values_are_usage_errors(csv_file, tmp_path, option):
    with pytest.raises(SystemExit) as e:
        main(["score", str(csv_file), "--out", str(tmp_path / "o.parquet"), *option])
    assert e.value.code == 2


def test_score_runs_as_a_command_with_two_jobs(csv_file, tmp_path):
    out = tmp_path / "out.csv"
    r = subprocess.run([sys.executable, "-m", "sentiment_kit.report.cli", "score", str(csv_file), "--text", "body",
                        "--out", str(out), "--jobs", "2", "--no-progress"], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert pd.read_csv(out, keep_default_na=False)["is_complaint"].tolist() == [False, True, False]


def test_min_precision_option_reaches_the_signals(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "o.parquet"
    pd.DataFrame({"body": ["I changed banks.", "They hung up on me."]}).to_csv(src, index=False)
    assert main(["score", str(src), "--text", "body", "--out", str(out), "--min-precision", "0.95",
                 "--no-progress"]) == 0
    got = pd.read_parquet(out)
    assert got["intent_to_leave"].tolist() == [False, False]  # the rules alone flag the first
    assert classify_feedback(pd.read_csv(src), text="body")["intent_to_leave"].tolist() == [True, False]
    pd.testing.assert_frame_equal(got, classify_feedback(pd.read_csv(src, dtype=str), text="body", min_precision=0.95))
