"""feedback_by_stage: journey order, intervals, blank texts, pre-classified input and by= groups."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit.exceptions import DataValidationError, SentimentKitError
from sentiment_kit.team import stages as stages_module
from sentiment_kit.team.stages import feedback_by_stage


def classified(stage, compound, complaint, text=None, **extra):
    """A frame already classified: compound and is_complaint given, text present on every row by default."""
    n = len(stage)
    return pd.DataFrame({"stage": stage, "text": text if text is not None else ["some words"] * n,
                         "compound": compound, "is_complaint": complaint, **extra})


@pytest.fixture
def no_classifier(monkeypatch):
    """Fail the test if feedback_by_stage classifies anything."""
    def refuse(*args, **kwargs):
        raise AssertionError("classify_feedback was called on already classified data")
    monkeypatch.setattr(stages_module, "classify_feedback", refuse)


# ------------------------------------------------------------------------------------ stage order
def test_order_given_sets_row_order_and_keeps_an_unasked_stage_with_n_zero(no_classifier):
    df = classified(["delivery", "purchase", "delivery"], [0.1, 0.2, 0.3], [False, False, True])
    out = feedback_by_stage(df, order=["browse", "purchase", "delivery"])
    assert out["stage"].tolist() == ["browse", "purchase", "delivery"]
    assert out["n"].tolist() == [0, 1, 2]
    assert out.loc[0, ["sentiment", "negative_share", "complaint_share"]].isna().all()


def test_stage_in_data_but_not_in_order_is_an_error_naming_it(no_classifier):
    df = classified(["delivery", "purchase", "returns"], [0.1, 0.2, 0.3], [False] * 3)
    with pytest.raises(SentimentKitError, match=r"\['returns'\]"):
        feedback_by_stage(df, order=["purchase", "delivery"])


def test_misspelt_stage_in_order_is_caught_by_the_stage_it_misses(no_classifier):
    df = classified(["delivery", "purchase"], [0.1, 0.2], [False] * 2)
    with pytest.raises(SentimentKitError, match=r"\['delivery'\]"):
        feedback_by_stage(df, order=["purchase", "delivrey"])


def test_stage_listed_twice_in_order_is_an_error(no_classifier):
    df = classified(["a", "b"], [0.1, 0.2], [False] * 2)
    with pytest.raises(SentimentKitError, match="more than once"):
        feedback_by_stage(df, order=["a", "b", "a"])


def test_order_as_a_single_string_is_an_error(no_classifier):
    df = classified(["a"], [0.1], [False])
    with pytest.raises(SentimentKitError, match="list of stages"):
        feedback_by_stage(df, order="a")


def test_ordered_categorical_sets_the_order_and_keeps_unused_categories(no_classifier):
    stage = pd.Categorical(["after", "before", "after"], categories=["before", "during", "after"], ordered=True)
    out = feedback_by_stage(classified(stage, [0.1, 0.2, 0.3], [False] * 3))
    assert out["stage"].tolist() == ["before", "during", "after"]
    assert out["n"].tolist() == [1, 0, 2]


def test_unordered_stages_come_in_order_of_first_appearance(no_classifier):
    df = classified(["c", "a", "b", "a"], [0.0] * 4, [False] * 4)
    assert feedback_by_stage(df)["stage"].tolist() == ["c", "a", "b"]


def test_missing_stage_is_its_own_group_last_and_need_not_be_in_order(no_classifier):
    df = classified([None, "a", np.nan, "b"], [0.0] * 4, [False] * 4)
    out = feedback_by_stage(df, order=["a", "b"])
    assert out["stage"].tolist() == ["a", "b", "(missing)"]
    assert out["n"].tolist() == [1, 1, 2]


def test_order_may_place_the_missing_group(no_classifier):
    df = classified([None, "a"], [0.0] * 2, [False] * 2)
    assert feedback_by_stage(df, order=["(missing)", "a"])["stage"].tolist() == ["(missing)", "a"]


# ------------------------------------------------------------------------------------ intervals
def test_sentiment_mean_and_t_interval_match_scipy(no_classifier):
    compound = [0.5, -0.2, 0.1, 0.9, -0.6]
    out = feedback_by_stage(classified(["s"] * 5, compound, [False] * 5), confidence=0.9).iloc[0]
    lo, hi = stats.t.interval(0.9, 4, loc=np.mean(compound), scale=stats.sem(compound))
    assert out["sentiment"] == pytest.approx(np.mean(compound))
    assert (out["sentiment_ci_low"], out["sentiment_ci_high"]) == pytest.approx((lo, hi))


def test_negative_and_complaint_shares_have_wilson_intervals_matching_scipy(no_classifier):
    # negative: compound <= -0.05, so -0.05 counts and -0.04 does not: 3 of 8
    compound = [-0.05, -0.04, -0.9, -0.3, 0.0, 0.2, 0.4, 0.6]
    complaint = [True, True, False, False, False, False, False, True]
    out = feedback_by_stage(classified(["s"] * 8, compound, complaint)).iloc[0]
    assert out["negative_share"] == pytest.approx(3 / 8)
    ci = stats.binomtest(3, 8).proportion_ci(confidence_level=0.95, method="wilson")
    assert (out["negative_share_ci_low"], out["negative_share_ci_high"]) == pytest.approx((ci.low, ci.high))
    assert out["complaint_share"] == pytest.approx(3 / 8)
    assert (out["complaint_share_ci_low"], out["complaint_share_ci_high"]) == pytest.approx((ci.low, ci.high))


def test_score_mean_t_interval_and_score_n_leave_out_blank_ratings(no_classifier):
    csat = [5, 4, None, 2, 3]
    df = classified(["s"] * 5, [0.0] * 5, [False] * 5, csat=csat)
    out = feedback_by_stage(df, score="csat", scale=(1, 5)).iloc[0]
    given = [5, 4, 2, 3]
    lo, hi = stats.t.interval(0.95, 3, loc=np.mean(given), scale=stats.sem(given))
    assert out["score_n"] == 4 and out["n"] == 5
    assert out["score_mean"] == pytest.approx(3.5)
    assert (out["score_ci_low"], out["score_ci_high"]) == pytest.approx((lo, hi))


def test_one_value_has_an_estimate_but_no_interval(no_classifier):
    out = feedback_by_stage(classified(["s"], [0.4], [True])).iloc[0]
    assert out["sentiment"] == pytest.approx(0.4)
    assert np.isnan(out["sentiment_ci_low"]) and np.isnan(out["sentiment_ci_high"])


def test_rating_outside_its_scale_is_an_error_naming_the_column(no_classifier):
    df = classified(["s"] * 2, [0.0] * 2, [False] * 2, csat=[5, 7])
    with pytest.raises(DataValidationError, match="'csat'.*outside"):
        feedback_by_stage(df, score="csat", scale=(1, 5))


def test_non_numeric_rating_without_scale_is_an_error_naming_it(no_classifier):
    df = classified(["s"] * 2, [0.0] * 2, [False] * 2, csat=[5, "great"])
    with pytest.raises(SentimentKitError, match=r"'csat'.*\['great'\]"):
        feedback_by_stage(df, score="csat")


def test_scale_without_score_is_an_error(no_classifier):
    with pytest.raises(SentimentKitError, match="without score"):
        feedback_by_stage(classified(["s"], [0.0], [False]), scale=(1, 5))


# ------------------------------------------------------------------------------------ blank texts
def test_blank_texts_count_in_n_but_not_in_the_text_shares():
    df = pd.DataFrame({"stage": ["s"] * 5,
                       "text": ["", None, "   ", "Terrible service, they hung up on me.", "Lovely, thank you!"]})
    out = feedback_by_stage(df).iloc[0]
    assert (out["n"], out["texts"]) == (5, 2)
    assert out["complaint_share"] == pytest.approx(0.5)
    assert out["negative_share"] == pytest.approx(0.5)


def test_blank_texts_in_classified_input_are_left_out_even_with_a_compound(no_classifier):
    df = classified(["s"] * 3, [-0.9, 0.0, 0.5], [True, False, False], text=["", "fine", "good"])
    out = feedback_by_stage(df).iloc[0]
    assert out["texts"] == 2
    assert out["sentiment"] == pytest.approx(0.25)
    assert out["complaint_share"] == 0.0


def test_only_rows_with_text_are_sent_to_the_classifier(monkeypatch):
    seen = []
    real = stages_module.classify_feedback

    def spy(data, **kwargs):
        seen.append(data["text"].tolist())
        return real(data, **kwargs)

    monkeypatch.setattr(stages_module, "classify_feedback", spy)
    feedback_by_stage(pd.DataFrame({"stage": ["s", "s"], "text": ["", "Awful."]}))
    assert seen == [["Awful."]]


# ------------------------------------------------------------------------------------ pre-classified input
def test_already_classified_input_is_used_as_it_is(no_classifier):
    # a classifier would call "Wonderful!" positive; the given compound says otherwise and is kept
    df = classified(["s"], [-0.9], [True], text=["Wonderful!"])
    out = feedback_by_stage(df).iloc[0]
    assert out["sentiment"] == pytest.approx(-0.9)
    assert out["negative_share"] == 1.0 and out["complaint_share"] == 1.0


def test_classifying_here_equals_passing_a_classify_feedback_table():
    from sentiment_kit import classify_feedback

    df = pd.DataFrame({"stage": ["a", "b", "a", "b"],
                       "text": ["They never called back.", "Quick and friendly.", "", "Still waiting, useless."]})
    pd.testing.assert_frame_equal(feedback_by_stage(df), feedback_by_stage(classify_feedback(df)))


def test_only_one_of_the_classification_columns_is_an_error_naming_both(no_classifier):
    df = pd.DataFrame({"stage": ["s"], "text": ["ok"], "compound": [0.1]})
    with pytest.raises(SentimentKitError, match="'compound' but not 'is_complaint'"):
        feedback_by_stage(df)


def test_classified_text_row_without_a_compound_is_an_error(no_classifier):
    df = classified(["s", "s"], [0.1, None], [False, False])
    with pytest.raises(SentimentKitError, match="1 row"):
        feedback_by_stage(df)


# ------------------------------------------------------------------------------------ by= groups
def test_by_gives_every_group_every_stage_in_journey_order(no_classifier):
    df = classified(["after", "before", "after", "before", "after"], [0.1, 0.2, 0.3, 0.4, -0.5],
                    [False, False, False, True, True], channel=["phone", "phone", "email", "phone", None])
    out = feedback_by_stage(df, order=["before", "after"], by="channel")
    assert list(zip(out["channel"], out["stage"], out["n"])) == [
        ("phone", "before", 2), ("phone", "after", 1),
        ("email", "before", 0), ("email", "after", 1),
        ("(missing)", "before", 0), ("(missing)", "after", 1)]
    phone_before = out[(out["channel"] == "phone") & (out["stage"] == "before")].iloc[0]
    assert phone_before["sentiment"] == pytest.approx(0.3)
    assert phone_before["complaint_share"] == pytest.approx(0.5)


def test_stage_column_in_by_is_an_error(no_classifier):
    with pytest.raises(SentimentKitError, match="stage column"):
        feedback_by_stage(classified(["s"], [0.0], [False]), by=["stage"])


# ------------------------------------------------------------------------------------ house rules
def test_missing_column_names_it_and_lists_those_present():
    with pytest.raises(SentimentKitError, match=r"'stage' not found in data; available: \['text'\]"):
        feedback_by_stage(pd.DataFrame({"text": ["ok"]}))


def test_the_callers_data_is_not_modified(no_classifier):
    df = classified(["b", "a"], [0.1, -0.2], [False, True], csat=[4, 2])
    before = df.copy()
    feedback_by_stage(df, score="csat", order=["a", "b"])
    pd.testing.assert_frame_equal(df, before)


def test_columns_and_count_types(no_classifier):
    out = feedback_by_stage(classified(["s"], [0.0], [False], csat=[3]), score="csat")
    assert list(out.columns) == [
        "stage", "n", "texts", "sentiment", "sentiment_ci_low", "sentiment_ci_high",
        "negative_share", "negative_share_ci_low", "negative_share_ci_high",
        "complaint_share", "complaint_share_ci_low", "complaint_share_ci_high",
        "score_mean", "score_ci_low", "score_ci_high", "score_n"]
    assert all(out[c].dtype == "int64" for c in ("n", "texts", "score_n"))


def test_confidence_outside_0_1_is_an_error(no_classifier):
    with pytest.raises(SentimentKitError, match="confidence"):
        feedback_by_stage(classified(["s"], [0.0], [False]), confidence=95)


def test_duplicate_index_labels_are_handled_by_position():
    df = pd.DataFrame({"stage": ["a", "a", "b"], "text": ["Awful, never again.", "", "Great, thanks!"]},
                      index=[7, 7, 7])
    out = feedback_by_stage(df)
    assert out["texts"].tolist() == [1, 1]
    assert out["complaint_share"].tolist() == [1.0, 0.0]
