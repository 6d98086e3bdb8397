import subprocess
import sys

import pandas as pd
import pytest

from sentiment_kit.report.cli import main


def test_help_documents_report(capsys):
    with pytest.raises(SystemExit) as e:
        main(["report", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "DATA_DIR" in out and "--out" in out and "complaints.csv" in out


def test_console_script_installed():
    r = subprocess.run([sys.executable, "-m", "sentiment_kit.report.cli", "--version"], capture_output=True, text=True)
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


# --------------------------------------------------------------------------- promises the CLI keeps
import nbformat  # noqa: E402

from sentiment_kit import exceptions as sk_errors  # noqa: E402
from sentiment_kit.report import build as report_mod  # noqa: E402


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("value", ["0", "-5", "soon"])
def test_timeout_must_be_positive(value, capsys):
    with pytest.raises(SystemExit) as e:
        main(["report", "--timeout", value])
    assert e.value.code == 2
    assert "--timeout" in capsys.readouterr().err


def test_out_that_is_a_file_is_bad_input_before_anything_runs(tmp_path, capsys, monkeypatch):
    ran = []
    monkeypatch.setattr("papermill.execute_notebook", lambda *a, **k: ran.append(a))
    (tmp_path / "file").write_text("x")
    assert main(["report", "--out", str(tmp_path / "file"), "--notebooks", "03", "--no-progress"]) == 2
    assert "is a file" in _one_line(capsys.readouterr().err)
    assert not ran


def test_unwritable_out_is_bad_input_before_anything_runs(tmp_path, capsys, monkeypatch):
    ran = []
    monkeypatch.setattr("papermill.execute_notebook", lambda *a, **k: ran.append(a))

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(report_mod.tempfile, "mkdtemp", refuse)
    assert main(["report", "--out", str(tmp_path / "out"), "--notebooks", "03", "--no-progress"]) == 2
    assert "Cannot write the report" in _one_line(capsys.readouterr().err)
    assert not ran


def test_corrupt_parquet_exits_2_with_one_line(tmp_path, capsys, sample_data_dir):
    (tmp_path / "customers.parquet").write_bytes(b"PAR1 but not really")
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "o"), "--notebooks", "03", "--no-progress"]) == 2
    assert "customers.parquet: could not be read as Parquet" in _one_line(capsys.readouterr().err)


def test_interrupt_and_unexpected_errors_are_one_line(monkeypatch, capsys, tmp_path):
    def interrupt(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(report_mod, "build_report", interrupt)
    assert main(["report", "--no-progress", "--out", str(tmp_path / "o")]) == 130
    assert "interrupted" in _one_line(capsys.readouterr().err)

    def bug(*a, **k):
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(report_mod, "build_report", bug)
    assert main(["report", "--no-progress"]) == 1
    assert "unexpected ZeroDivisionError: oops" in _one_line(capsys.readouterr().err)
    assert main(["report", "--no-progress", "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.slow  # starts a kernel and waits out the timeout
def test_a_cell_timeout_is_a_failed_notebook(tmp_path, monkeypatch, capsys):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["sentiment_kit"] = {"question": "q", "requires": []}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    p = nbformat.v4.new_code_cell("data_dir = None")
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, nbformat.v4.new_code_cell("import time\ntime.sleep(30)")]
    nbformat.write(nb, nbs / "00_slow.ipynb")
    monkeypatch.setattr(report_mod, "notebook_dir", lambda: nbs)
    out = tmp_path / "out"
    assert main(["report", "--out", str(out), "--timeout", "2", "--no-progress"]) == 1
    assert "ran longer than the 2 s allowed" in _one_line(capsys.readouterr().err)
    assert not out.exists()


def _staged(folder, notebooks, report):
    (folder / "notebooks").mkdir(parents=True)
    for name in notebooks:
        (folder / "notebooks" / name).write_text(name)
    (folder / "report.html").write_text(report)
    return folder


def test_a_new_report_replaces_the_old_one_and_all_its_notebooks(tmp_path):
    out = _staged(tmp_path / "out", ["00_old.ipynb", "03_other_data.ipynb"], "old")
    (out / "mine.txt").write_text("the user's own file")
    staging = _staged(out / ".staging", ["03_new.ipynb"], "new")
    report_mod._publish(staging, out)
    assert (out / "report.html").read_text() == "new"
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == ["03_new.ipynb"]
    assert (out / "mine.txt").read_text() == "the user's own file"
    assert sorted(p.name for p in out.iterdir()) == [".staging", "mine.txt", "notebooks", "report.html"]


def test_a_failed_replacement_leaves_the_old_report_whole(tmp_path, monkeypatch):
    out = _staged(tmp_path / "out", ["00_old.ipynb"], "old")
    staging = _staged(out / ".staging", ["00_new.ipynb"], "new")
    real = report_mod.os.replace

    def fail_on_report(src, dst):
        if str(src).endswith("report.html") and ".staging" in str(src):
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(report_mod.os, "replace", fail_on_report)
    with pytest.raises(sk_errors.SentimentKitError, match="previous report.*left as it was"):
        report_mod._publish(staging, out)
    assert (out / "report.html").read_text() == "old"
    assert [p.name for p in (out / "notebooks").iterdir()] == ["00_old.ipynb"]


def test_check_describes_the_folder_and_what_will_run(tmp_path, capsys, sample_data_dir):
    (tmp_path / "reviews.csv").write_text((sample_data_dir / "reviews.csv").read_text())
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "reviews: reviews.csv, 1,500 rows" in out and "dates: 2024-01-01 to 2025-12-31" in out
    assert "complaints: no file" in out
    assert "Notebooks that will run: 00_executive_summary, 01_classify_complaints_and_reviews, 02_recurring_themes" in out
    assert "Not run: 03_indifference_churn (needs customers.csv" in out


def test_check_exits_2_naming_file_and_column(tmp_path, capsys):
    (tmp_path / "reviews.csv").write_text("date,stars,text\n2024-01-01,9,great\n")
    assert main(["check", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "reviews.csv" in captured.err and "'stars'" in captured.err
    assert "error:" in captured.out
