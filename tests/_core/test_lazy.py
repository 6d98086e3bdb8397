"""Row-wise functions on Dask collections: lazy, correct meta, equal to the pandas path, on a LocalCluster."""

from __future__ import annotations

import distributed  # the dask extra is part of the dev install: a missing Dask fails here, never skips
import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit._core.lazy import is_dask

pytestmark = pytest.mark.slow  # a two-worker cluster starts in seconds, not milliseconds


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def complaints():
    data = sk.load_sample("complaints").iloc[:600]
    return data.set_index(pd.RangeIndex(1000, 1000 + len(data)))  # an index that is not 0..n


def _lazy(frame, n=3, convert_string=False):
    """Partitions of ``frame``; Dask's own conversion of text columns to Arrow strings is off unless asked,
    so results compare with the pandas path dtype for dtype."""
    import dask
    import dask.dataframe as dd

    with dask.config.set({"dataframe.convert-string": convert_string}):
        return dd.from_pandas(frame, npartitions=n)


@pytest.mark.parametrize("func", [sk.score_sentiment, sk.service_signals])
def test_text_functions_are_lazy_with_the_right_meta_and_equal_to_pandas(client, complaints, func):
    texts = _lazy(complaints["text"])
    out = func(texts)
    assert is_dask(out)
    expected = func(complaints["text"])
    assert list(out.columns) == list(expected.columns)
    assert dict(out.dtypes) == dict(expected.dtypes)  # the meta says what compute() will return
    pd.testing.assert_frame_equal(client.compute(out).result(), expected)


def test_classify_feedback_on_a_dask_dataframe_keeps_every_column(client, complaints):
    out = sk.classify_feedback(_lazy(complaints))
    expected = sk.classify_feedback(complaints)
    assert list(out.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(client.compute(out).result(), expected)


def test_with_dasks_arrow_strings_the_values_are_the_same(client, complaints):
    out = client.compute(sk.classify_feedback(_lazy(complaints, convert_string=True))).result()
    expected = sk.classify_feedback(complaints)
    for column in expected.columns[expected.dtypes == object]:  # Arrow's missing text is <NA>, pandas' NaN
        out[column] = out[column].astype(object).where(out[column].notna(), np.nan)
    pd.testing.assert_frame_equal(out, expected, check_dtype=False)


def test_theme_model_predict_returns_a_lazy_series_of_theme_ids(client, complaints):
    model = sk.ThemeModel(n_themes=5, random_state=0).fit(complaints["text"])
    out = model.predict(_lazy(complaints["text"]))
    assert is_dask(out) and out.name == "theme"
    got = client.compute(out).result()
    assert got.index.equals(complaints.index)
    assert got.tolist() == model.predict(complaints["text"]).tolist()


def test_classify_churn_reasons_on_a_dask_series(client):
    reasons = pd.Series(["nobody called me back", "moved abroad", "cheaper elsewhere", None] * 5)
    out = sk.classify_churn_reasons(_lazy(reasons, 2))
    assert is_dask(out)
    pd.testing.assert_series_equal(client.compute(out).result(), sk.classify_churn_reasons(reasons))


def test_shares_from_partitioned_results_without_collecting_the_texts(client, complaints):
    feedback = sk.classify_feedback(_lazy(complaints))
    counts = feedback.groupby("product")["is_complaint"].agg(["count", "sum"])  # small, computed on the workers
    got = client.compute(counts).result().sort_index()
    whole = sk.classify_feedback(complaints).groupby("product")["is_complaint"].agg(["count", "sum"]).sort_index()
    pd.testing.assert_frame_equal(got, whole, check_dtype=False)


def test_share_by_counts_on_the_partitions_and_matches_pandas(client, complaints):
    from sentiment_kit.summary import share_by

    lazy = sk.classify_feedback(_lazy(complaints))
    got = share_by(lazy, flag="is_complaint", by="product").sort_values("product", ignore_index=True)
    whole = share_by(sk.classify_feedback(complaints), flag="is_complaint", by="product")
    pd.testing.assert_frame_equal(got, whole.sort_values("product", ignore_index=True))
