import pickle

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

import sentiment_kit as sk
from sentiment_kit import LexiconClassifier, SentimentClassifier, score_sentiment
from sentiment_kit.exceptions import MissingResourceError, SentimentKitError

SENTENCES = [
    "The food was good but the service was terrible.",
    "VADER is smart, handsome, and funny!",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "The book was kind of good.",
    "At least it isn't a horrible book.",
    "Today SUX!",
    "Not bad at all",
    "No problems, no complaints.",
    "I waited on hold for two hours and nobody answered?!?",
    "Make sure you :) or :D today!",
    "This is not the worst phone I've had.",
    "The staff were never so rude, it was never this bad",
    "",
    "   ",
    "ok",
    "Absolutely LOVED it, but the delivery was a disaster",
    "我很生气 😡 مرحبا",
]


@pytest.fixture(scope="module")
def nltk_sia():
    """NLTK's own analyser, loaded through NLTK's data path (not through our code)."""
    import importlib.resources as resources

    import nltk.data
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(resources.files("vaderSentiment"))
    nltk.data.path.insert(0, folder)
    try:
        yield SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(folder)


def test_vader_method_equals_nltk(nltk_sia):
    got = score_sentiment(SENTENCES, method="vader")
    want = pd.DataFrame([nltk_sia.polarity_scores(t) for t in SENTENCES])
    for col in ["neg", "neu", "pos", "compound"]:
        np.testing.assert_array_equal(got[col].to_numpy(), want[col].to_numpy())


def test_fast_keeps_vader_behaviour_on_plain_sentences(nltk_sia):
    plain = ["The phone is very good", "Great phone, very happy.", "It was awful", "The phone is GOOD",
             "not very good", "I love this!!"]
    fast = score_sentiment(plain)["compound"].to_numpy()
    want = [nltk_sia.polarity_scores(t)["compound"] for t in plain]
    np.testing.assert_allclose(fast, want, atol=1e-3)


def test_missing_lexicon_raises(monkeypatch):
    import importlib.resources

    import nltk.data

    from sentiment_kit.sentiment import _lexicon

    def no_nltk(*a, **k):
        raise LookupError("nope")

    def no_pkg(name):
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(nltk.data, "find", no_nltk)
    monkeypatch.setattr(importlib.resources, "files", no_pkg)
    with pytest.raises(MissingResourceError, match="pip install vaderSentiment"):
        _lexicon.vader_lexicon_text()


@pytest.mark.parametrize("text", ["No problems.", "no complaints at all", "There were no issues and no problems",
                                  "Not bad at all", "never had a problem"])
def test_negated_negatives_are_not_negative(text):
    assert score_sentiment([text])["compound"].iloc[0] > 0


def test_negation_of_positive_and_not_the_worst():
    s = score_sentiment(["not good", "The staff were not helpful", "not the worst", "the worst"])
    assert s["sentiment"].tolist()[:2] == ["negative", "negative"]
    vader = score_sentiment(["not the worst"], method="vader")["compound"].iloc[0]
    assert 0 <= s["compound"].iloc[2] < 0.3 < vader  # not strongly positive (VADER: +0.51)
    assert s["compound"].iloc[3] < -0.5


def test_negation_scope_stops_at_clause():
    # "no" negates only inside its clause: "great" after the comma stays positive.
    a = score_sentiment(["no, great"])["compound"].iloc[0]
    b = score_sentiment(["great"])["compound"].iloc[0]
    assert a < b and a > 0


@pytest.mark.parametrize("text, label", [
    ("No and no.", "negative"),                          # a negator does not negate another negator
    ("No no no!", "negative"),
    ("Still no refund :(", "negative"),                  # emoticons are outside a negator's scope
    ("Not happy :(", "negative"),
    ("I have never slept so well.", "positive"),         # VADER's "never so/this" rule
    ("Never been so happy with a phone", "positive"),
    ("Haven't been this sore in years.", "negative"),    # "this" blocks a negator three words back
    ("That phone is bad ass", "positive"),               # VADER's two-word idioms
    ("Yeah right.", "negative"),
    ("not so good", "negative"),                         # ...but "not so" still negates
])
def test_vader_rules_for_negators_emoticons_and_idioms(text, label):
    assert score_sentiment([text])["sentiment"].iloc[0] == label


@pytest.mark.parametrize("text", ["My order never arrived", "on hold for two hours", "I was overcharged",
                                  "Still waiting for my refund", "The engineer didn't show up",
                                  "I was transferred again and then they hung up", "Delivery was delayed",
                                  "no response to my emails", "they charged me twice"])
def test_service_vocabulary_is_negative(text):
    fast = score_sentiment([text])
    assert fast["sentiment"].iloc[0] == "negative", text


def test_service_phrases_beat_vader():
    texts = ["My order never arrived", "on hold for two hours", "Still waiting for a reply"]
    assert (score_sentiment(texts, method="vader")["compound"] >= 0).all()
    assert (score_sentiment(texts)["compound"] < -0.05).all()


def test_contrast_weights_the_clause_after_but():
    s = score_sentiment(["The food was good but the service was terrible.",
                         "The service was terrible but the food was good."])
    assert s["compound"].iloc[0] < 0 < s["compound"].iloc[1]


def test_contrast_is_per_sentence():
    # A "but" in sentence one must not damp sentence two.
    texts = ["Fine but slow. Terrible service.", "Terrible service. Fine but slow."]
    fast = score_sentiment(texts)["compound"]
    assert fast.iloc[0] == pytest.approx(fast.iloc[1])  # sentence order does not matter
    vader = score_sentiment(texts, method="vader")["compound"]
    assert vader.iloc[0] != pytest.approx(vader.iloc[1])


def test_caps_and_exclamation_amplify():
    s = score_sentiment(["the food was good", "the food was GOOD", "the food was good!!!"])["compound"]
    assert s.iloc[0] < s.iloc[1] and s.iloc[0] < s.iloc[2]


@pytest.mark.parametrize("method", ["fast", "vader"])
def test_bad_input_kept(method):
    texts = pd.Series(["great", None, np.nan, "", "   ", 42, "awful"], index=list("abcdefg"))
    s = score_sentiment(texts, method=method)
    assert s.index.tolist() == list("abcdefg")
    assert list(s.columns) == ["neg", "neu", "pos", "compound", "sentiment"]
    assert (s.loc[["b", "c", "d", "e"], "compound"] == 0).all()
    assert (s.loc[["b", "c", "d", "e"], "sentiment"] == "neutral").all()
    assert s.loc["a", "sentiment"] == "positive" and s.loc["g", "sentiment"] == "negative"


def test_empty_input_and_single_string():
    assert score_sentiment([]).shape == (0, 5)
    with pytest.raises(SentimentKitError, match="single string"):
        score_sentiment("great")
    with pytest.raises(SentimentKitError, match="method"):
        score_sentiment(["x"], method="textblob")


def test_scores_are_vader_proportions():
    s = score_sentiment(SENTENCES)
    words = s[s["neu"] + s["neg"] + s["pos"] > 0]
    np.testing.assert_allclose(words[["neg", "neu", "pos"]].sum(axis=1), 1.0, atol=1e-9)
    assert s["compound"].between(-1, 1).all()
    assert (s[["neg", "neu", "pos"]] >= 0).all().all()


def test_one_megabyte_text_emoji_and_scripts():
    big = ("The delivery was late and the staff were rude. " * 22000)[:1_000_000]
    s = score_sentiment([big, "😀😡🎉", "我很生气", "هذا سيء جدا", "Привет, всё хорошо", "great 👍"])
    assert len(s) == 6
    assert s["compound"].iloc[0] < -0.9
    assert s["sentiment"].iloc[5] == "positive"


def test_index_preserved_and_chunking(monkeypatch):
    from sentiment_kit.sentiment import scoring as sentiment

    monkeypatch.setattr(sentiment, "_CHUNK", 3)
    texts = pd.Series(["good", "bad", "meh", "great", "awful", "fine", "ok"], index=range(100, 107))
    chunked = score_sentiment(texts)
    monkeypatch.setattr(sentiment, "_CHUNK", 200_000)
    pd.testing.assert_frame_equal(chunked, score_sentiment(texts))
    assert chunked.index.tolist() == list(range(100, 107))


def test_fast_agrees_with_synthetic_truth(reviews_with_truth):
    reviews, truth = reviews_with_truth
    s = score_sentiment(reviews["text"])
    binary = truth["true_sentiment"] != "neutral"
    correct = (s["sentiment"] == truth["true_sentiment"])[binary]
    assert correct.mean() > 0.75  # chance is 0.5 on the two polar classes
    vader = score_sentiment(reviews["text"], method="vader")
    assert correct.mean() >= (vader["sentiment"] == truth["true_sentiment"])[binary].mean()


# --------------------------------------------------------------------------- classifier
@pytest.fixture(scope="module")
def small_reviews():
    reviews, truth = sk.simulate_reviews(300, random_state=7)
    return reviews["text"], truth["true_sentiment"]


def test_classifier_fit_predict(small_reviews):
    X, y = small_reviews
    clf = SentimentClassifier()
    assert clf.fit(X, y) is clf
    assert set(clf.classes_) == {"negative", "neutral", "positive"}
    proba = clf.predict_proba(X[:5])
    assert proba.shape == (5, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert clf.decision_function(X[:5]).shape == (5, 3)
    assert (clf.predict(X) == y).mean() > 0.9
    odd = clf.predict([None, "", 3])
    assert len(odd) == 3 and set(odd) <= set(clf.classes_)


def test_classifier_beats_chance_in_cv(small_reviews):
    X, y = small_reviews
    scores = cross_val_score(SentimentClassifier(char_ngrams=None), X, y,
                             cv=StratifiedKFold(3, shuffle=True, random_state=0), scoring="f1_macro")
    assert scores.mean() > 0.5


def test_classifier_estimator_contract(small_reviews):
    X, y = small_reviews
    clf = SentimentClassifier(C=3.0, char_ngrams=None)
    c2 = clone(clf)
    assert c2.get_params()["C"] == 3.0 and not hasattr(c2, "classes_")
    pipe = Pipeline([("id", FunctionTransformer(lambda s: s.str.lower())), ("clf", clf)]).fit(X, y)
    assert len(pipe.predict(X[:4])) == 4
    gs = GridSearchCV(SentimentClassifier(char_ngrams=None), {"C": [1.0, 10.0]}, cv=2).fit(X, y)
    assert gs.best_params_["C"] in (1.0, 10.0)
    fitted = pickle.loads(pickle.dumps(SentimentClassifier(char_ngrams=(3, 3)).fit(X, y)))
    assert fitted.predict(X[:3]).shape == (3,)


def test_classifier_binary_and_numeric_labels():
    X = ["good", "bad", "great", "awful", "nice", "poor"] * 3
    y = np.array([1, 0, 1, 0, 1, 0] * 3)
    clf = SentimentClassifier().fit(X, y)
    assert clf.classes_.tolist() == [0, 1]
    assert clf.decision_function(["good"]).shape == (1,)
    assert clf.predict(["great"]).tolist() == [1]


def test_classifier_bad_input():
    with pytest.raises(SentimentKitError, match="same length"):
        SentimentClassifier().fit(["a", "b", "c"], [0, 1])
    with pytest.raises(SentimentKitError, match=r"1 class\(es\)"):
        SentimentClassifier().fit(["a", "b"], [1, 1])
    with pytest.raises(SentimentKitError, match="single string"):
        SentimentClassifier().fit("abc", [1])
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        SentimentClassifier().predict(["x"])


def test_lexicon_classifier_rules():
    clf = LexiconClassifier().fit(["a", "b"], ["neg", "pos"])
    assert clf.predict(["wonderful", "terrible", "the"]).tolist() == ["pos", "neg", "neg"]
    three = LexiconClassifier(method="vader").fit(["a", "b", "c"], ["negative", "neutral", "positive"])
    assert three.predict(["wonderful", "terrible", "the"]).tolist() == ["positive", "negative", "neutral"]
    custom = LexiconClassifier(method=lambda t: np.ones(len(t))).fit(["a", "b"], [0, 1])
    assert custom.predict(["x", "y"]).tolist() == [1, 1]
    with pytest.raises(SentimentKitError, match="two classes"):
        LexiconClassifier().fit(["a", "b", "c"], [0, 1, 2])
    assert cross_val_score(LexiconClassifier(), ["good", "bad"] * 4, [1, 0] * 4, cv=2).mean() == 1.0


def test_fast_scorer_survives_nul_characters():
    out = score_sentiment(["good \x00 bad", "great", "awful"])
    assert len(out) == 3
    assert out["sentiment"].tolist()[1:] == ["positive", "negative"]


def test_arrow_split_gives_python_split_tokens():
    """The token stream split by Arrow is the one Python's str.split gives (every Unicode space,
    NUL, empty and blank texts), and text Arrow cannot hold (a lone surrogate) still scores."""
    from sentiment_kit.sentiment import _fast

    texts = ["", "  ", "a\x00b", "\x00", "x\x1cy\u2028z\xa0w\u3000v\x85u", "RT @x: great #fail http://t.co/a",
             "😀 good", "   lead and trail  ", "Ünïcode wörds\tand\ntabs"]
    for batch in (texts, texts[:1], ["", ""], [*texts, "bad \ud800 surrogate"]):
        codes, uniq = _fast._tokens(pd.Series(batch, dtype=object))
        codes_py, uniq_py = _fast._tokens_python(batch)
        assert uniq[codes].tolist() == uniq_py[codes_py].tolist()
    out = score_sentiment(["awful \ud800 service", "great"])
    assert out["sentiment"].tolist() == ["negative", "positive"]


@settings(derandomize=True, database=None, deadline=None, max_examples=200)
@given(st.lists(st.lists(st.sampled_from(["a", "B", "é", "😀", "\x00", " ", "  ", "\t", "\n", "\x1c", "\xa0",
                                          "\u2028", "\u2029", "\u3000", "\x85", "\x0b", "\r", "\x1f", "\u1680",
                                          "\u200a", "\u200b", "\u202f", "\u205f", "!", "@x", "#y", "RT "]), max_size=12).map("".join),
                max_size=6))
def test_arrow_split_equals_python_split_on_generated_text(batch):
    from sentiment_kit.sentiment import _fast

    codes, uniq = _fast._tokens(pd.Series(batch, dtype=object))
    codes_py, uniq_py = _fast._tokens_python(batch)
    assert uniq[codes].tolist() == (uniq_py[codes_py].tolist() if len(codes_py) else [])


@pytest.mark.parametrize("text,negative", [("no one was rude", False), ("nobody was rude", False),
                                           ("no one cared", True), ("no one called me back", True)])
def test_no_one_negates_like_nobody(text, negative):
    assert (score_sentiment([text])["sentiment"].iloc[0] == "negative") is negative


# --------------------------------------------------------------------------- social text (issue 13)
def test_handles_and_retweet_markers_are_not_words():
    """The fast scorer read "@united" as "united" (+1.8) and "@joy:" as "joy"; NLTK's VADER never peeled the "@"."""
    texts = ["@united my bag is lost", "@united", "@AmazonHelp thanks, great help", "RT @joy: awful service"]
    for method in ("fast", "vader"):
        labels = score_sentiment(texts, method=method)["sentiment"].tolist()
        assert labels == ["negative", "neutral", "positive", "negative"], method


@pytest.mark.parametrize("method", ["fast", "vader"])
def test_addresses_score_nothing_and_take_no_share(method):
    """A URL, e-mail address or handle is not even a neutral word: the scores are those of the words alone."""
    s = score_sentiment(["https://great.example/awesome", "happy@great.example @AwesomeCo",
                         "@AmazonHelp thanks, great help https://great.example/awesome www.joy.example",
                         "thanks, great help"], method=method)
    cols = ["neg", "neu", "pos", "compound"]
    assert (s.loc[[0, 1], cols] == 0).all().all()
    assert s.loc[2, cols].tolist() == s.loc[3, cols].tolist()


@pytest.mark.parametrize("method", ["fast", "vader"])
def test_a_hashtag_counts_as_its_word(method):
    s = score_sentiment(["#fail", "fail", "@Joy #fail", "#NeverAgain"], method=method)
    assert s.loc[0].tolist() == s.loc[1].tolist() == s.loc[2].tolist()
    assert s["sentiment"].tolist()[:3] == ["negative"] * 3


@pytest.mark.parametrize("method", ["fast", "vader"])
def test_html_escapes_are_decoded(method):
    """Web and Twitter exports write "<3" as "&lt;3"; "&gt;" is not the chat word "gt" (VADER: +1.1)."""
    s = score_sentiment(["I &lt;3 this place", "Tom &amp; Jerry &gt; everything"], method=method)
    assert s["sentiment"].tolist() == ["positive", "neutral"]


def test_interjections_are_not_negated():
    s = score_sentiment(["you can never leave lmao", "I have no idea lol", "not funny"])
    assert s["sentiment"].tolist() == ["positive", "positive", "negative"]


def test_kind_of_is_a_hedge_not_kindness():
    s = score_sentiment(["it was kind of slow", "kind of good", "good", "sort of good"])["compound"]
    assert s.iloc[0] == 0
    assert 0 < s.iloc[1] < s.iloc[2] and s.iloc[3] == pytest.approx(s.iloc[1])


def test_a_sentence_opening_with_but_contrasts_with_the_one_before():
    s = score_sentiment(["The view was lovely. But the room was dirty.", "The view was lovely. The room was dirty.",
                         "The room was dirty. But the view was lovely."])
    assert s["sentiment"].tolist() == ["negative", "positive", "positive"]


def test_token_cache_gives_the_same_scores_cold_warm_and_after_clearing(monkeypatch):
    from sentiment_kit.sentiment import _fast

    texts = pd.Series(["The phone is NOT good!!", "@acme never called back :(", "kind of slow but friendly",
                       "Great service, thanks", "no problems at all", "I can't believe how rude", ""] * 30,
                      dtype=object)
    cold = _fast.score_fast(texts)                               # whatever the cache holds now
    monkeypatch.setattr(_fast, "_CACHE", _fast._TokenCache())    # an empty cache
    first = _fast.score_fast(texts)
    assert _fast._CACHE.n > 20
    warm = _fast.score_fast(texts)                                # every token from memory
    for k in ("neg", "neu", "pos", "compound"):
        np.testing.assert_array_equal(first[k], cold[k])
        np.testing.assert_array_equal(warm[k], first[k])
    # a call whose new tokens do not fit clears the memory and fills it with that call's tokens
    more = pd.Series(["Fine, thanks!", "The staff were RUDE but quick", "not bad at all"] * 5, dtype=object)
    monkeypatch.setattr(_fast, "CACHE_TOKENS", _fast._CACHE.n + 2)
    refilled = _fast.score_fast(more)
    assert _fast._CACHE.n == len(_fast._tokens(more)[1])
    monkeypatch.setattr(_fast, "_CACHE", _fast._TokenCache())
    fresh = _fast.score_fast(more)
    for k in ("neg", "neu", "pos", "compound"):
        np.testing.assert_array_equal(refilled[k], fresh[k])


def test_token_cache_forgets_properties_read_with_other_valence_tables(monkeypatch):
    from sentiment_kit.sentiment import _fast, _lexicon

    monkeypatch.setattr(_fast, "_CACHE", _fast._TokenCache())
    before = _fast.score_fast(pd.Series(["the parcel was zorbly"], dtype=object))["compound"][0]
    uni, bi = _lexicon.valence_tables()
    monkeypatch.setattr(_fast, "valence_tables", lambda: ({**uni, "zorbly": -3.0}, bi))
    after = _fast.score_fast(pd.Series(["the parcel was zorbly"], dtype=object))["compound"][0]
    assert before == 0.0 and after < -0.5


def test_nltk_is_not_imported_to_look_for_a_lexicon_it_cannot_find(tmp_path, monkeypatch):
    import sys

    from sentiment_kit.sentiment import _lexicon

    monkeypatch.setenv("NLTK_DATA", str(tmp_path / "a") + __import__("os").pathsep + str(tmp_path / "b"))
    assert _lexicon._nltk_data_roots()[:2] == [str(tmp_path / "a"), str(tmp_path / "b")]  # NLTK's own order
    monkeypatch.delitem(sys.modules, "nltk.data", raising=False)
    monkeypatch.setattr(_lexicon, "_nltk_data_roots", lambda: [str(tmp_path)])
    assert _lexicon._nltk_may_have_lexicon() is False
    (tmp_path / "sentiment").mkdir()
    (tmp_path / "sentiment" / "vader_lexicon.zip").write_bytes(b"")
    assert _lexicon._nltk_may_have_lexicon() is True
