"""The learned second stage: min_precision keeps a subset of the rules' flags, monotone in the precision."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.exceptions import SentimentKitError
from sentiment_kit.signals import _stage

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return pd.read_csv(DATA / "signals_cross_industry.csv", dtype=str, keep_default_na=False)["text"].tolist()


def test_stricter_precision_keeps_a_subset_of_the_flags(texts):
    rules = sk.service_signals(texts)
    loose = sk.service_signals(texts, min_precision=0.8)
    strict = sk.service_signals(texts, min_precision=0.95)
    signals = list(sk.SIGNALS)
    assert not (loose[signals] & ~rules[signals]).to_numpy().any()
    assert not (strict[signals] & ~loose[signals]).to_numpy().any()
    assert strict[signals].to_numpy().sum() < rules[signals].to_numpy().sum()  # the stage does drop flags
    assert list(strict.index) == list(rules.index)


def test_evidence_follows_the_kept_flags(texts):
    out = sk.service_signals(texts, explain=True, min_precision=0.95)
    for s in sk.SIGNALS:
        assert ((out[f"{s}_evidence"] != "") == out[s]).all()


@pytest.mark.parametrize("bad", [0, 1, 1.5, -0.2, "0.9", True])
def test_min_precision_must_be_a_probability(bad):
    with pytest.raises(SentimentKitError, match="min_precision"):
        sk.service_signals(["they hung up on me"], min_precision=bad)


def test_operating_points_and_scores_are_well_formed():
    model = _stage.model()
    assert model["signals_order"] == list(sk.SIGNALS)
    for s in sk.SIGNALS:
        points = model["signals"][s]["operating_points"]
        scores = [p[0] for p in points]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= p[1] <= 1 and 0 <= p[2] <= 1 for p in points)
        assert _stage.threshold(s, 0.95) >= _stage.threshold(s, 0.8)
    flags = np.zeros(len(sk.SIGNALS))
    flags[list(sk.SIGNALS).index("rudeness")] = 1
    assert 0 < _stage.score("The agent was rude and hung up on me.", "rudeness", flags) < 1


def test_sentences_are_split_as_the_labelled_sets_were():
    assert _stage.sentences("They hung up. I called again!\nNo answer? None") == [
        "They hung up.", "I called again!", "No answer?", "None"]
