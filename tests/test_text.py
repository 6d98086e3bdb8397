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


def test_term_vectorizer_matches_analyzer_features():
    from sklearn.feature_extraction.text import CountVectorizer

    from sentiment_kit.text import TermVectorizer

    docs = ["Still waiting for my REFUND since XX/XX/2019, called @bank twice!",
            "The refund was delayed; e-mail me@x.com or see https://t.co/abc",
            "Don’t charge fees again... fees, fees and more fees", "", None, "XXXX XXXX"]
    cv = CountVectorizer(analyzer=analyzer(ngram_range=(1, 2))).fit(d or "" for d in docs)
    tv = TermVectorizer(min_df=1, max_df=1.0)
    X = tv.fit_transform(docs)
    assert list(tv.get_feature_names_out()) == sorted(cv.vocabulary_)
    A = cv.transform(d or "" for d in docs)
    assert (X != A).nnz == 0
    assert X.shape[0] == len(docs) and X[3].nnz == 0 and X[5].nnz == 0
    assert tv.display_names_[tv.vocabulary_["fee"]] == "fees"


def test_term_vectorizer_unknown_words_break_ngrams():
    from sentiment_kit.text import TermVectorizer

    tv = TermVectorizer(min_df=1, max_df=1.0).fit(["refund delayed", "refund late"])
    X = tv.transform(["refund zzzunknown delayed"])
    names = tv.get_feature_names_out()
    assert set(names[X.indices]) == {"refund", "delay"}


def test_term_vectorizer_numpy_integer_min_df_is_a_count():
    import numpy as np

    from sentiment_kit.text import TermVectorizer

    docs = ["late delivery", "late parcel", "rude staff", "rude agent", "billing error"]
    a = TermVectorizer(min_df=2).fit(docs).vocabulary_
    b = TermVectorizer(min_df=np.int64(2)).fit(docs).vocabulary_
    assert a == b and set(a) == {"late", "rude"}
