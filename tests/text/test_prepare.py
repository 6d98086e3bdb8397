import numpy as np
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


def _reference_stream(tv, docs):
    """(doc, token) pairs from cleaning, translating and str.split-ing the whole chunk at once:
    what _token_stream, which works word by word, must reproduce."""
    from sentiment_kit.text.vectorizer import _DOC_SEP, _SEP_TOKEN, _TRANSLATE
    from sentiment_kit.text.social import _strip_run

    out, d = [], 0
    joined = _strip_run(_DOC_SEP.join(docs)).lower()
    for tok in joined.translate(_TRANSLATE).split():
        if tok == _SEP_TOKEN:
            d += 1
        else:
            out.append((d, tok))
    return out


_FRAGMENTS = ["me@x.com", "@bank", "https://t.co/a", "www.x.org", "(http://a.b/c)", "refund", "Fees/charges",
              "don’t", "\xa0", "\u2003", "\x00", "\x1f", " ", "\n", ",", "é", "İ", "Σ", "😀", "日本", "xxxx", "a@b",
              "RT", "rt:", "#fail", "#1", "&#39;", "bit.ly/x", "'s", ":", "Www.", "WWW.a", "&lt;3", "&amp;", "&#64;x", "&"]
_DOCS = st.lists(st.one_of(st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
                           st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)),
                 min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(_DOCS)
def test_token_stream_matches_python_split(docs):
    """Byte-level word boundaries + Arrow hashing + per-word tokens give exactly the tokens of the
    whole chunk, whatever the text: Unicode spaces, control characters, URLs, e-mails, emoji."""
    from collections import Counter

    from sentiment_kit.text.vectorizer import TermVectorizer, _Lookup

    tv = TermVectorizer(stop_words=None, min_token_length=1)
    ids: dict[str, int] = {}
    lookup = _Lookup(lambda tok: ids.setdefault(tok, len(ids)))
    doc, terms, counts = tv._token_stream(np.array(docs, dtype=object), lookup)
    names = {v: k for k, v in ids.items()}
    got = [(int(d), names[int(t)]) for d, t in zip(doc, terms)]
    expected = _reference_stream(tv, docs)
    assert got == expected
    assert counts == Counter(tok for _, tok in expected)


def test_term_vectorizer_odd_characters_and_threads_agree():
    from sentiment_kit.text import TermVectorizer

    docs = ["refund\u00a0delayed\u2003again", "late\x00parcel", "emoji 😀 refund", "日本語 refund delayed",
            "lone surrogate \ud800 refund", "tab\tseparated\x1frefund", "", None] * 3
    tv = TermVectorizer(min_df=1, max_df=1.0, chunk_size=2).fit(docs)
    assert {"refund", "delay", "late", "parcel", "refund delay"} <= set(tv.vocabulary_)
    X1 = tv.transform(docs)
    X2 = tv.set_params(n_jobs=2).transform(docs)
    X3 = tv.set_params(chunk_size=5000, n_jobs=1).transform(docs)
    assert (X1 != X2).nnz == 0 and (X1 != X3).nnz == 0
    assert X1.shape[0] == len(docs) and X1[6].nnz == 0 and X1[7].nnz == 0


_TWEETS = ["RT @united: my bag is lost https://t.co/AbC123 #fail",
           "@AmazonHelp my refund bit.ly/xYz9 is late, mail help@amazon.com",
           "@AmazonHelp's agent www.example.org/page said the refund is late &amp; lost",
           "rt @SpotifyCares: refund please"] * 3
_ADDRESS_PIECES = {"rt", "unit", "united", "amazonhelp", "spotifycar", "spotifycares", "co", "abc", "bit", "ly",
                   "xyz", "help", "amazon", "com", "http", "https", "www", "exampl", "example", "org", "page", "amp"}


def test_theme_terms_never_hold_a_handle_or_url_piece():
    from sentiment_kit.text import TermVectorizer

    tv = TermVectorizer(min_df=1, max_df=1.0).fit(_TWEETS)
    words = {w for name in tv.get_feature_names_out() for w in name.split()}
    assert words.isdisjoint(_ADDRESS_PIECES), words & _ADDRESS_PIECES
    assert {"fail", "refund", "lost"} <= words                          # hashtags and words stay
    analysed = {w for doc in _TWEETS for w in analyzer()(doc)}
    assert analysed.isdisjoint(_ADDRESS_PIECES) and "fail" in analysed


def test_strip_social():
    from sentiment_kit.text import strip_social

    assert strip_social("no address here / & # www") == "no address here / & # www"
    assert strip_social("RT @joy: @united's bag #fail").split() == [":", "bag", "fail"]
    assert strip_social("rt: @a x").split() == ["x"]
    assert strip_social("ART @a x").split() == ["ART", "x"]                # only a marker word "RT"
    assert strip_social("#1 C# &#39; #NeverAgain").split() == ["#1", "C#", "'", "NeverAgain"]
    assert strip_social("see bit.ly/x and/or e.g./x").split() == ["see", "and/or", "e.g./x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=16).map("".join))
def test_strip_social_equals_its_patterns_over_the_whole_text(text):
    """The run-by-run implementation gives what the patterns give over the whole text."""
    from sentiment_kit.text.social import _strip_run, strip_social

    assert strip_social(text) == _strip_run(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS + ["RT ", "rt: ", " @joy:", " #fail ", " &lt;3 "]), max_size=16).map("".join))
def test_strip_social_tokens_equals_strip_social_then_split(text):
    """The fast scorer's token-stream form of the rule gives the tokens of the string form."""
    import pandas as pd

    from sentiment_kit.text import strip_social, strip_social_tokens

    text = text.replace("\x00", " ")  # pandas' hash table ends a string at NUL; the scorer never has one in a token
    codes, distinct = pd.factorize(np.array(text.split(), dtype=object))
    c, d = strip_social_tokens(codes, distinct)
    assert np.asarray(d, dtype=object)[c].tolist() == strip_social(text).split()
