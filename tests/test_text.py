from hypothesis import given, settings
from hypothesis import strategies as st

from sentiment_kit.text import STOP_WORDS, analyzer, normalize_text, stem, tokenize


def test_placeholders_urls_handles_removed():
    out = normalize_text(["On XX/XX/2019 I paid {$200.00} to XXXX, see https://t.co/x @bank me@x.com"])
    assert out.tolist() == ["on i paid to , see"]


def test_placeholder_token_replacement():
    assert normalize_text(["XXXX XXXX"], placeholders="<r>").tolist() == ["<r> <r>"]


def test_negations_are_not_stop_words():
    assert {"not", "no", "never", "but"}.isdisjoint(STOP_WORDS)
    assert "the" in STOP_WORDS


def test_tokenize_and_stem():
    assert tokenize("Didn't get my REFUND, 3 times!") == ["didn't", "get", "my", "refund", "times"]
    assert stem("cancelled") == stem("cancelling") == "cancel"


def test_analyzer_ngrams():
    a = analyzer(ngram_range=(1, 2))
    assert a("Still waiting on the refund") == ["still", "wait", "refund", "still wait", "wait refund"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(), st.none()), max_size=20))
def test_normalize_never_drops_rows(texts):
    assert len(normalize_text(texts)) == len(texts)
