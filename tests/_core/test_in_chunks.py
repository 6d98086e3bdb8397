"""n_jobs on the row-wise functions: the same result for any number of processes, index and order kept."""

from __future__ import annotations

import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit._core import lazy

pytestmark = pytest.mark.slow  # worker processes start in seconds


@pytest.fixture()
def small_chunks(monkeypatch):
    monkeypatch.setattr(lazy, "CHUNK_ROWS", 150)  # several chunks from a few hundred rows


@pytest.fixture(scope="module")
def complaints():
    data = sk.load_sample("complaints").iloc[:500]
    return data.set_index(pd.RangeIndex(7, 7 + len(data))[::-1])  # a descending index: order must be kept


def test_score_sentiment_and_signals_are_the_same_for_any_n_jobs(small_chunks, complaints):
    texts = complaints["text"]
    pd.testing.assert_frame_equal(sk.score_sentiment(texts, n_jobs=2), sk.score_sentiment(texts))
    pd.testing.assert_frame_equal(sk.service_signals(texts, n_jobs=2, explain=True),
                                  sk.service_signals(texts, explain=True))


def test_classify_feedback_is_the_same_for_any_n_jobs(small_chunks, complaints):
    pd.testing.assert_frame_equal(sk.classify_feedback(complaints, n_jobs=-1), sk.classify_feedback(complaints))


def test_in_chunks_really_splits_the_work(small_chunks):
    seen = []

    def record(part):
        seen.append(len(part))
        return part.to_frame("x")

    out = lazy.in_chunks(record, pd.Series(range(400)), 1)  # one job: in this process, one call
    assert seen == [400] and out["x"].tolist() == list(range(400))
    out = lazy.in_chunks(lambda p: p.to_frame("x").assign(rows=len(p)), pd.Series(range(400)), 2)
    assert out["x"].tolist() == list(range(400))
    assert out["rows"].tolist() == [150] * 300 + [100] * 100  # three chunks, scored apart, put back in order
