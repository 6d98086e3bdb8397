"""The "What to conclude" sentences are library code, checked on the data companies really have."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit import summary
from sentiment_kit.report.conclusions import (conclude_churn, conclude_feedback, conclude_summary, conclude_themes,
                                       conclude_values)
from sentiment_kit.report import narrate


def _text(items) -> str:
    out = []
    for item in items:
        out.extend([item] if isinstance(item, str) else list(item))
    return " ".join(out)


def _renders(items) -> None:
    html = narrate(*items).data
    assert html.startswith("<") and not re.search(r"\bnan\b", html.lower())


# ------------------------------------------------------------------------------------------- churn
@pytest.fixture(scope="module")
def customers():
    return sk.make_customers(1500, random_state=3)


def test_churn_with_reasons_and_contacts(customers):
    churned = customers["churned"].astype(bool)
    share = sk.indifference_share(sk.classify_churn_reasons(customers.loc[churned, "exit_reason"]))
    att = sk.attributable_churn(customers, exposure="unanswered_contacts", threshold=0, n_boot=20, random_state=0)
    rev = sk.revenue_at_risk(customers, by="unanswered_contacts", threshold=0)
    items = conclude_churn(share=share, attributable=att, revenue_by_exposure=rev)
    text = _text(items)
    assert f"{share.estimate:.0%} blamed indifference" in text and "the 68% claim" in text
    assert f"{att.hazard_ratio:.1f} times as fast" in text
    assert f"{rev['lost_value'].sum():,.0f} in yearly value" in text
    _renders(items)


def test_churn_without_exit_reasons_or_contacts_says_so():
    text = _text(conclude_churn())
    assert "neither exit reasons nor contact records" in text and "68% folklore" in text
    empty = sk.indifference_share(sk.classify_churn_reasons(["", "no idea", None]))
    assert "cannot be tested from exit surveys" in _text(conclude_churn(share=empty))


# ------------------------------------------------------------------------------------------- values
@pytest.fixture(scope="module")
def one_wave_two_class():
    s = sk.make_survey(400, random_state=5)
    s = s[s["wave"] == s["wave"].max()].copy()
    s["overall_satisfaction"] = np.where(s["overall_satisfaction"] >= 7, "Satisfied", "Dissatisfied")
    return s


def test_values_on_one_wave_with_two_class_satisfaction_and_not_applicable_codes(one_wave_two_class):
    s = one_wave_two_class
    ipa = sk.importance_performance(s, target="overall_satisfaction", na_values=[0], random_state=0, n_boot=30)
    plan = sk.action_plan(ipa)
    items = conclude_values(ipa, plan)
    text = _text(items)
    assert "single wave" in text and "stated importance was not collected" in text
    assert "competitor" not in text
    first = plan.iloc[0]
    assert first.attribute.replace("_", " ") in text
    _renders(items)


def test_values_with_every_part(survey_with_truth):
    s, _ = survey_with_truth
    waves = sk.order_waves(s["wave"])
    latest = s[s["wave"] == waves[-1]]
    values = [c[5:] for c in s.columns if c.startswith("perf_")]
    ipa = sk.importance_performance(latest, target="overall_satisfaction", na_values=[0], random_state=0, n_boot=30)
    stated = sk.importance_performance(latest, importance="stated", na_values=[0], n_boot=0)
    top_box = sk.values.stated_top_box(latest, values, na_values=[0])
    gaps = sk.competitor_gaps(latest, competitors={"competitor": "comp_{}"}, na_values=[0])
    changes = sk.track_waves(s, na_values=[0])
    text = _text(conclude_values(ipa, sk.action_plan(ipa), stated=stated, top_box=top_box, gaps=gaps, changes=changes))
    assert f"{top_box:.0%} of answers in the top two points" in text
    assert "Against the competitor we are clearly behind on" in text
    assert f"Since {waves[0]}: improved on" in text


# ------------------------------------------------------------------------------------------- summary
def _trend(shares, n=100):
    k = [int(round(x * n)) for x in shares]
    periods = pd.date_range("2024-01-01", periods=len(shares), freq="D")
    df = pd.DataFrame({"date": np.repeat(periods, n), "neg": np.concatenate([[1] * x + [0] * (n - x) for x in k])})
    return summary.share_over_time(df, flag="neg", freq="D")


@pytest.mark.parametrize("shares,expected", [
    ([0.2, 0.2, 0.2, 0.6], "rose in the latest day: 60%"), ([0.5, 0.5, 0.5, 0.1], "fell in the latest day"),
    ([0.3, 0.32, 0.29, 0.31], "steady: 31%"), ([0.3], "single day, so no trend"),
    ([0.3] * 21 + [0.6, 0.5, 0.35], "rose in the latest 3 days: 48%"),  # a spike two periods back still counts
])
def test_summary_reads_the_trend_it_is_given(shares, expected):
    assert expected in _text(conclude_summary(negative_trend=_trend(shares), period="day"))


def test_summary_without_dated_reviews_or_customers_says_what_is_missing():
    metrics = summary.headline_metrics(complaints=pd.DataFrame({"text": ["a"]}))
    assert "no dated reviews or complaints and no customer records" in _text(conclude_summary(metrics))
    undated = _text(conclude_summary(negative=pd.Series([True, False, True, True]), what="complaints"))
    assert "75% of the 4 complaints are negative" in undated and "cannot be told" in undated
    assert "Negative complaints rose" in _text(conclude_summary(negative_trend=_trend([0.2, 0.2, 0.6]),
                                                                what="complaints"))
    churn = summary.headline_metrics(customers=pd.DataFrame({"churned": [True, False, False, False]}))
    assert "25% of customers churned" in _text(conclude_summary(churn))


# ------------------------------------------------------------------------------------------- feedback
def test_feedback_with_one_product_and_no_reviews(sample_complaints):
    one = sk.classify_feedback(sample_complaints.assign(product="Mortgage").head(200))
    by_product = summary.share_by(one.assign(neg=one["sentiment"] == "negative"), flag="neg", by="product")
    failures = sk.feedback.failure_summary(one)
    text = _text(conclude_feedback(complaints=one, by_product=by_product, failures=failures))
    assert "of the 200 complaints read as complaints" in text
    assert "most negative product" not in text  # one product: nothing to compare
    assert "most reported service failure" in text


def test_feedback_with_no_failures_says_so():
    texts = sk.classify_feedback(pd.DataFrame({"text": ["fine", "lovely shop"]}))
    text = _text(conclude_feedback(reviews=texts, failures=sk.feedback.failure_summary(texts)))
    assert "No service failure" in text and "of the 2 reviews read as complaints" in text


# ------------------------------------------------------------------------------------------- themes
def _theme_summary():
    data = pd.DataFrame({"text": ["rude staff never again", "late parcel again", "lovely quick service"] * 10,
                         "theme": [0, 1, 2] * 10})
    scored = sk.classify_feedback(data)
    return sk.theme_summary(scored, "theme", sentiment="compound")


def test_themes_without_dates_cannot_say_what_grows():
    text = _text(conclude_themes(_theme_summary()))
    assert "no dates, so growth cannot be measured" in text and "Themes driving negative reviews" in text
    assert "Heard three times" not in text


def test_themes_with_an_emerging_theme_name_it_and_the_window():
    summary_ = _theme_summary()
    emerging = pd.DataFrame({"theme": [1], "label": ["late, parcel"], "count": [9], "previous_count": [1],
                             "p_value": [0.001]})
    recurring = pd.DataFrame({"theme": [1, 0], "label": ["late, parcel", "rude, staff"], "count": [9, 4]})
    text = _text(conclude_themes(summary_, emerging=emerging, recurring_now=recurring, window="day",
                                 growth_window="3 days", what="complaints"))
    assert "late, parcel went from 1 to 9 mentions in the latest 3 days against the 3 days before" in text
    assert "Heard three times in the latest day:" in text
    assert "2 theme(s); start with late, parcel; rude, staff." in text


def test_a_tiny_group_is_not_called_the_worst():
    from sentiment_kit.summary import share_by

    data = pd.DataFrame({"product": ["tiny"] * 2 + ["big"] * 800 + ["mid"] * 300,
                         "negative": [True] * 2 + [True] * 720 + [False] * 80 + [True] * 150 + [False] * 150})
    text = _text(conclude_feedback(by_product=share_by(data, flag="negative", by="product")))
    assert "most negative product is big" in text
