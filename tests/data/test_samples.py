import numpy as np
import pandas as pd
import pytest

import sentiment_kit as sk
from sentiment_kit.data.samples import sample_dir
from sentiment_kit.data.synthetic import SURVEY_VALUES
from sentiment_kit.signals import SIGNALS


@pytest.mark.parametrize("name,min_rows", [("complaints", 1000), ("reviews", 1000),
                                           ("customers", 1000), ("survey", 1000)])
def test_load_sample_matches_schema(name, min_rows):
    df = sk.load_sample(name)
    assert len(df) >= min_rows
    assert set(sk.SCHEMAS[name].required) <= set(df.columns)


def test_sample_complaints_are_real_cfpb_narratives(sample_complaints):
    df = sample_complaints
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert df["text"].str.len().median() > 200
    assert df["text"].str.contains("XXXX").any()  # CFPB redaction placeholders kept verbatim
    assert {"product", "issue", "company", "channel"} <= set(df.columns)


def test_load_sample_unknown_name():
    with pytest.raises(sk.SentimentKitError, match="choose one of"):
        sk.load_sample("tweets")


def test_sample_dir_has_readme():
    readme = sample_dir() / "README.md"
    assert readme.is_file()
    text = readme.read_text(encoding="utf-8")
    for name in ("complaints", "reviews", "customers", "survey"):
        assert f"## {name}.csv" in text, name  # each bundled file is described


def test_make_reviews_deterministic_and_varied():
    a = sk.make_reviews(300, random_state=7)
    b = sk.make_reviews(300, random_state=7)
    c = sk.make_reviews(300, random_state=8)
    pd.testing.assert_frame_equal(a, b)
    assert not a["text"].equals(c["text"])
    assert a["text"].nunique() > 280  # wording varies
    assert set(a["stars"]) == {1, 2, 3, 4, 5}


def test_make_reviews_text_is_not_trivially_separable(reviews_with_truth):
    df, truth = reviews_with_truth
    text = df["text"].str.lower()
    # negation appears in both positive and negative reviews
    neg_words = text.str.contains(r"\b(?:not|no|never|n't)\b|n't", regex=True)
    assert neg_words[truth["true_sentiment"] == "positive"].mean() > 0.1
    assert neg_words[truth["true_sentiment"] == "negative"].mean() > 0.1
    # mixed reviews use a contrast
    assert text.str.contains(" but ").mean() > 0.05


def test_make_reviews_truth_signals(reviews_with_truth):
    df, truth = reviews_with_truth
    assert list(truth.columns[:2]) == ["true_sentiment", "aspects"]
    assert set(SIGNALS) <= set(truth.columns)
    assert truth["indifference"].sum() > 10
    # signals are reported mostly in low-star reviews
    assert df.loc[truth["intent_to_leave"], "stars"].max() <= 2


def test_make_reviews_emerging_aspect_grows():
    df, truth = sk.simulate_reviews(3000, random_state=1)
    recent = df["date"] >= df["date"].max() - pd.Timedelta(days=90)
    has = truth["aspects"].str.contains("delivery")
    assert has[recent].mean() > has[~recent].mean() + 0.1


def test_make_customers_truth_is_consistent(customers_with_truth):
    df, truth = customers_with_truth
    assert truth["indifference_share"] == pytest.approx(0.45, abs=1e-6)
    churned = df["churned"] == 1
    # realised share among churners is close to the expected share
    assert abs(truth["realized_share"] - 0.45) < 0.05
    # exposure = unanswered contacts; exposed customers churn more
    exposed = df["unanswered_contacts"] > 0
    assert abs(exposed.mean() - 0.35) < 0.03
    assert df.loc[exposed, "churned"].mean() > df.loc[~exposed, "churned"].mean()
    assert 0 < truth["attributable_fraction"] < truth["indifference_share"]
    # stayers have no reason; some churners left it blank
    assert (df.loc[~churned, "exit_reason"] == "").all()
    assert 0.1 < (df.loc[churned, "exit_reason"] == "").mean() < 0.3
    assert (df["tenure_days"] >= 0).all()
    assert truth["true_reason"][~churned].isna().all()


def test_make_customers_rejects_unreachable_share():
    with pytest.raises(sk.SentimentKitError, match="raise exposure_rate"):
        sk.make_customers(100, indifference_share=0.9, exposure_rate=0.05, random_state=0)
    with pytest.raises(sk.SentimentKitError, match="between 0 and 1"):
        sk.make_customers(100, indifference_share=1.5)


def test_make_survey_truth(survey_with_truth):
    df, truth = survey_with_truth
    values = list(SURVEY_VALUES)
    assert truth["weights"] == SURVEY_VALUES
    assert set(df["wave"]) == {2024, 2025}
    for v in values:
        assert {f"imp_{v}", f"perf_{v}", f"comp_{v}"} <= set(df.columns)
    perf = df[[f"perf_{v}" for v in values]]
    assert perf.isin([0, 1, 2, 3, 4, 5]).all().all()
    assert (perf == 0).sum().sum() > 0  # "not applicable" code present
    # stated importance bunches at the top of the scale
    imp = df[[f"imp_{v}" for v in values]]
    assert imp.mean().mean() > 3.5
    # the true change shows up between waves
    staff = df[df["perf_staff_attitude"] > 0].groupby("wave")["perf_staff_attitude"].mean()
    assert staff[2025] - staff[2024] == pytest.approx(truth["change"]["staff_attitude"], abs=0.15)
    # performance drives satisfaction: heavier weight, stronger correlation
    corr = df[[f"perf_{v}" for v in values]].corrwith(df["overall_satisfaction"])
    assert corr["perf_staff_attitude"] > corr["perf_range"]


def test_generators_do_not_touch_global_seed():
    np.random.seed(0)
    before = np.random.random()
    np.random.seed(0)
    sk.make_reviews(20, random_state=None)
    sk.make_customers(50, random_state=3)
    assert np.random.random() == before
