"""Fitting themes on a sample of a big file: a uniform, reproducible sample; the model saved and usable."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.batch.fit import fit_themes_file, sample_texts
from sentiment_kit.exceptions import DataValidationError
from sentiment_kit.report.cli import main


@pytest.fixture()
def numbered(tmp_path):
    path = tmp_path / "t.csv"
    pd.DataFrame({"text": [f"text number {i}" for i in range(2000)] + ["", "   "]}).to_csv(path, index=False)
    return path


def test_the_sample_is_reproducible_in_file_order_and_skips_blanks(numbered):
    a, seen = sample_texts(numbered, sample=50, random_state=1)
    b, _ = sample_texts(numbered, sample=50, random_state=1)
    c, _ = sample_texts(numbered, sample=50, random_state=2)
    assert a == b and a != c and len(a) == 50 and seen == 2000
    positions = [int(t.split()[-1]) for t in a]
    assert positions == sorted(positions)


def test_the_sample_is_uniform_over_the_whole_file(numbered):
    # every text equally likely: over many seeds, the second half of the file gives half of the sample
    late = [np.mean([int(t.split()[-1]) >= 1000 for t in sample_texts(numbered, sample=40, random_state=s)[0]])
            for s in range(60)]
    assert abs(np.mean(late) - 0.5) < 0.05


def test_a_small_file_is_taken_whole(numbered):
    texts, seen = sample_texts(numbered, sample=5000)
    assert len(texts) == seen == 2000


def test_missing_column_and_same_path_are_named(numbered):
    with pytest.raises(DataValidationError, match=r"column 'body' not found; available: \['text'\]"):
        sample_texts(numbered, text="body")
    with pytest.raises(DataValidationError, match="the model file is the input file"):
        fit_themes_file(numbered, numbered)


def test_cli_fit_then_score_with_the_model_assigns_its_themes(tmp_path, capsys):
    data = sk.load_sample("complaints")[["text"]].iloc[:600]
    data.to_csv(tmp_path / "c.csv", index=False)
    model_path = tmp_path / "themes.skmodel"
    assert main(["themes", "fit", str(tmp_path / "c.csv"), "--out", str(model_path), "--n-themes", "5"]) == 0
    assert "5 themes fitted on 600 texts" in capsys.readouterr().err
    model = sk.load_model(model_path)
    assert main(["score", str(tmp_path / "c.csv"), "--out", str(tmp_path / "s.parquet"), "--themes",
                 str(model_path), "--no-progress"]) == 0
    scored = pd.read_parquet(tmp_path / "s.parquet")
    assert scored["theme"].tolist() == model.predict(data["text"]).tolist()


def test_cli_fit_bad_column_exits_2(tmp_path, numbered, capsys):
    assert main(["themes", "fit", str(numbered), "--out", str(tmp_path / "m.skmodel"), "--text", "body"]) == 2
    assert "column 'body' not found" in capsys.readouterr().err
    assert not (tmp_path / "m.skmodel").exists()
