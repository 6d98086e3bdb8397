import subprocess
import sys

import pandas as pd

from sentiment_kit.cli import main


def test_help_documents_report(capsys):
    try:
        main(["report", "--help"])
    except SystemExit as e:
        assert e.code == 0
    out = capsys.readouterr().out
    assert "DATA_DIR" in out and "--out" in out and "complaints.csv" in out


def test_console_script_installed():
    r = subprocess.run([sys.executable, "-m", "sentiment_kit.cli", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and "sentiment_kit" in r.stdout


def test_missing_file_exits_nonzero_naming_it(tmp_path, capsys):
    code = main(["report", str(tmp_path), "--out", str(tmp_path / "out"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "complaints.csv" in err
    assert not (tmp_path / "out").exists()


def test_missing_column_exits_nonzero_naming_file_and_column(tmp_path, capsys, sample_data_dir):
    for name in ("complaints", "reviews", "customers", "survey"):
        df = pd.read_csv(sample_data_dir / f"{name}.csv")
        if name == "reviews":
            df = df.drop(columns="stars")
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    code = main(["report", str(tmp_path), "--out", str(tmp_path / "out"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "reviews.csv" in err and "'stars'" in err
    assert not (tmp_path / "out").exists()


def test_empty_data_exits_nonzero(tmp_path, capsys):
    (tmp_path / "complaints.csv").write_text("date,product,text\n")
    code = main(["report", str(tmp_path), "--notebooks", "00", "--no-progress", "--out", str(tmp_path / "o")])
    assert code == 2
    assert "empty" in capsys.readouterr().err


def test_list_notebooks(capsys):
    assert main(["notebooks"]) == 0
    assert "00_executive_summary" in capsys.readouterr().out
