import numpy as np
import pandas as pd
import pytest

from sentiment_kit._validation import as_text_series, check_columns, check_random_state, check_same_length
from sentiment_kit.exceptions import SentimentKitError


def test_as_text_series_keeps_every_row_and_index():
    s = pd.Series(["a", None, np.nan, 3, b"x", "  "], index=list("uvwxyz"))
    out = as_text_series(s)
    assert out.tolist() == ["a", "", "", "3", "x", "  "]
    assert list(out.index) == list("uvwxyz")


def test_as_text_series_rejects_single_string():
    with pytest.raises(SentimentKitError, match="single string"):
        as_text_series("hello")


def test_check_columns_lists_available():
    with pytest.raises(SentimentKitError, match=r"Column 'text' not found in data; available: \['body'\]"):
        check_columns(pd.DataFrame({"body": [1]}), ["text"])


def test_random_state():
    assert check_random_state(3).random() == check_random_state(3).random()
    g = np.random.default_rng(1)
    assert check_random_state(g) is g
    with pytest.raises(SentimentKitError):
        check_random_state("seed")


def test_same_length():
    with pytest.raises(SentimentKitError, match="same length; got 2 and 1"):
        check_same_length([1, 2], [1])
