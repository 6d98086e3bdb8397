import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit import classify_feedback
from sentiment_kit.signals import SIGNALS
from sentiment_kit.sentiment.evaluation import evaluate_classifier
from sentiment_kit.exceptions import SentimentKitError
from sentiment_kit.plotting import plot_confusion_matrix, plot_method_comparison, plot_sentiment_distribution


@pytest.fixture
def feedback():
    return pd.DataFrame({
        "body": ["Great service, thank you!", "On hold for two hours and then they hung up.",
                 None, "   ", 7, "Not bad at all", "I want to speak to your manager, this is a disgrace"],
        "shop": ["a", "b", "a", "b", "a", "b", "a"],
    }, index=[5, 3, 9, 1, 0, 2, 8])


def test_classify_feedback_columns_and_rows(feedback):
    before = feedback.copy()
    out = classify_feedback(feedback, text="body")
    pd.testing.assert_frame_equal(feedback, before)  # input unmodified
    assert out.index.tolist() == feedback.index.tolist()
    pd.testing.assert_frame_equal(out[["body", "shop"]], feedback)
    for col in ["neg", "neu", "pos", "compound", "sentiment", "is_complaint", *SIGNALS]:
        assert col in out.columns
    assert out["is_complaint"].dtype == bool
    assert out.loc[5, "sentiment"] == "positive" and not out.loc[5, "is_complaint"]
    assert out.loc[3, "is_complaint"] and out.loc[3, "indifference"] | out.loc[3, "rudeness"]
    assert out.loc[8, "escalation"] and out.loc[8, "is_complaint"]
    assert not out.loc[[9, 1, 0], "is_complaint"].any()
    assert (out.loc[[9, 1], "compound"] == 0).all()
    assert not out.loc[2, "is_complaint"]  # "not bad" is not a complaint


def test_complaint_rule_is_negative_or_failure(feedback):
    out = classify_feedback(feedback, text="body")
    failure = out[[s for s in SIGNALS if s != "mistake_admitted"]].any(axis=1)
    assert (out["is_complaint"] == ((out["compound"] <= -0.05) | failure)).all()


def test_classify_feedback_options(feedback):
    out = classify_feedback(feedback, text="body", signals=False, method="vader")
    assert not any(s in out.columns for s in SIGNALS)
    ex = classify_feedback(feedback, text="body", explain=True)
    assert "escalation_evidence" in ex.columns and ex.loc[8, "escalation_evidence"] != ""


def test_classify_feedback_errors(feedback):
    with pytest.raises(ValueError, match=r"Column 'text' not found in data; available: \['body', 'shop'\]"):
        classify_feedback(feedback)
    with pytest.raises(SentimentKitError, match="compound"):
        classify_feedback(feedback.assign(compound=1.0), text="body")


def test_classify_feedback_clash_checked_before_scoring(feedback, monkeypatch):
    """Every column it adds is checked against the input before any scoring runs."""
    from sentiment_kit.feedback import classify as fb

    added = [c for c in classify_feedback(feedback, text="body", explain=True).columns if c not in feedback.columns]
    monkeypatch.setattr(fb, "score_sentiment", lambda *a, **k: pytest.fail("scored before checking"))
    for col in added:
        with pytest.raises(SentimentKitError, match=col):
            classify_feedback(feedback.assign(**{col: 0}), text="body", explain=True)


def test_complaint_recall_on_sample_complaints(sample_complaints):
    # every CFPB narrative is a complaint; the rule must catch most of them
    out = classify_feedback(sample_complaints.head(300), signals=True)
    assert out["is_complaint"].mean() > 0.75
    assert len(out) == 300


def test_synthetic_positive_reviews_mostly_not_complaints(reviews_with_truth):
    reviews, truth = reviews_with_truth
    out = classify_feedback(reviews)
    assert out.loc[truth["true_sentiment"] == "positive", "is_complaint"].mean() < 0.2
    assert out.loc[truth["true_sentiment"] == "negative", "is_complaint"].mean() > 0.7


# --------------------------------------------------------------------------- plots
def test_plot_sentiment_distribution_draws_groups(feedback):
    out = classify_feedback(feedback, text="body")
    ax = plot_sentiment_distribution(out, by="shop")
    assert len(ax.patches) == 2 * 3
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["a", "b"]
    widths = np.array([p.get_width() for p in ax.patches]).reshape(3, 2)
    np.testing.assert_allclose(widths.sum(axis=0), 1.0)
    ax2 = plot_sentiment_distribution(sk.score_sentiment(["good", "bad"]),
                                      ax=plt.subplots()[1])
    assert len(ax2.patches) == 3


def test_plot_confusion_matrix_draws_cells():
    cm = pd.DataFrame([[5, 1, 0], [2, 2, 2], [0, 1, 7]], index=["n", "u", "p"], columns=["n", "u", "p"])
    ax = plot_confusion_matrix(cm)
    assert len(ax.texts) == 9
    assert [t.get_text() for t in ax.get_yticklabels()] == ["n", "u", "p"]
    assert ax.texts[0].get_text().startswith("83%")
    raw = plot_confusion_matrix(cm, normalize=False, ax=plt.subplots()[1])
    assert raw.texts[-1].get_text() == "7"
    res = evaluate_classifier(sk.LexiconClassifier(), ["good", "bad"] * 4, [1, 0] * 4, cv=2, random_state=0)
    assert len(plot_confusion_matrix(res, ax=plt.subplots()[1]).texts) == 4
    with pytest.raises(SentimentKitError):
        plot_confusion_matrix(pd.DataFrame([[1, 2]]))


def test_plot_method_comparison():
    cmp = pd.DataFrame({"method": ["a", "b", "c"], "macro_f1": [0.7, 0.8, 0.9],
                        "macro_f1_ci_low": [0.6, 0.7, 0.85], "macro_f1_ci_high": [0.8, 0.9, 0.95]})
    ax = plot_method_comparison(cmp)
    assert len(ax.patches) == 3
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b", "c"]


def test_failure_summary_counts_and_quotes(feedback):
    from sentiment_kit.feedback import failure_summary

    classified = classify_feedback(feedback, text="body", explain=True)
    out = failure_summary(classified, text="body", max_quote=20)
    assert out["signal"].tolist() == sorted(SIGNALS, key=lambda s: (-int(classified[s].sum()), s))
    assert (out["n"] == len(feedback)).all()
    esc = out.set_index("signal").loc["escalation"]
    assert esc["k"] == 1 and esc["ci_low"] <= esc["share"] <= esc["ci_high"]
    assert esc["quote"].endswith("…") and len(esc["quote"]) <= 20  # shortened at a word, max_quote=20
    assert esc["evidence"] != ""
    assert out.loc[out["k"] == 0, "quote"].eq("").all()


def test_min_precision_reaches_the_signals_and_is_complaint_follows_them():
    data = pd.DataFrame({"text": ["I changed banks.", "Fine, thanks.",
                                  "I asked for a manager and she hung up on me."]})
    rules = sk.classify_feedback(data)
    strict = sk.classify_feedback(data, min_precision=0.95)
    assert rules.loc[0, "intent_to_leave"] and not strict.loc[0, "intent_to_leave"]  # the stage drops it
    pd.testing.assert_frame_equal(strict[list(sk.SIGNALS)], sk.service_signals(data["text"], min_precision=0.95))
    assert not strict.loc[0, "is_complaint"]  # neutral tone and no failure left
    assert strict.loc[2, "escalation"] and strict.loc[2, "is_complaint"]
