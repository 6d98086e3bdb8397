"""NPS, CSAT, referral and retention: numbers by hand, intervals by their definition, bad input named."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit.exceptions import DataValidationError, SentimentKitError, SentimentKitWarning
from sentiment_kit.team._intervals import _restricted_se, mean_interval, nps_interval, rating_mean_interval
from sentiment_kit.team.scores import csat, nps, referral_rate, retention_rate


# ------------------------------------------------------------------------------------------------ NPS
def test_nps_categories_at_their_boundaries():
    df = pd.DataFrame({"likelihood_to_recommend": [0, 6, 7, 8, 9, 10]})
    row = nps(df).iloc[0]
    assert row["n"] == 6
    assert row["detractors"] == pytest.approx(2 / 6) and row["passives"] == pytest.approx(2 / 6)
    assert row["promoters"] == pytest.approx(2 / 6) and row["nps"] == pytest.approx(0.0)


def test_nps_blank_answers_are_not_answers():
    df = pd.DataFrame({"likelihood_to_recommend": [10, None, 9, np.nan, 2]})
    row = nps(df).iloc[0]
    assert row["n"] == 3 and row["nps"] == pytest.approx(100 * (2 - 1) / 3)


@pytest.mark.parametrize("bad, shown", [([3, 11, 9], "11"), ([3, -1, 9], "-1"), ([3, "ten", 9], "ten")])
def test_nps_scores_outside_0_to_10_name_the_column_and_values(bad, shown):
    with pytest.raises(DataValidationError, match=r"likelihood_to_recommend") as err:
        nps(pd.DataFrame({"likelihood_to_recommend": bad}))
    assert shown in str(err.value)


def test_nps_half_points_are_refused():
    with pytest.raises(DataValidationError, match=r"whole numbers.*8\.5"):
        nps(pd.DataFrame({"likelihood_to_recommend": [8.5, 9]}))


def test_nps_by_group_keeps_missing_group_and_matches_each_group_alone():
    df = pd.DataFrame({"likelihood_to_recommend": [10, 9, 3, 8, 10, 0, 7],
                       "team": ["a", "a", "a", "b", "b", None, None]})
    out = nps(df, by="team")
    assert out["team"].tolist() == ["a", "b", "(missing)"]
    alone = nps(df[df["team"] == "b"]).iloc[0]
    b = out.set_index("team").loc["b"]
    assert b["nps"] == alone["nps"] and b["ci_low"] == alone["ci_low"] and b["n"] == 2


def test_nps_per_period_with_undated_rows_counted_in_a_warning():
    df = pd.DataFrame({"likelihood_to_recommend": [10, 9, 3, 8],
                       "date": ["2024-01-05", "2024-01-20", "2024-02-02", None]})
    with pytest.warns(SentimentKitWarning, match="1 of 4 rows have no date") as rec:
        out = nps(df, freq="MS")
    assert rec[0].filename == __file__  # the warning points at the caller's line
    assert out["period"].dt.month.tolist() == [1, 2] and out["n"].tolist() == [2, 1]
    assert out["nps"].tolist() == [100.0, -100.0]


def test_score_interval_is_the_set_the_score_test_does_not_reject():
    counts = (14, 9, 7)
    n = sum(counts)
    d_hat = (counts[0] - counts[2]) / n
    lo, hi = nps_interval(*counts)
    z = stats.norm.ppf(0.975)
    for d in np.linspace(-0.99, 0.99, 397):
        inside = abs(d_hat - d) / _restricted_se(*counts, d) <= z
        assert inside == (lo <= d <= hi) or min(abs(d - lo), abs(d - hi)) < 1e-6


def test_restricted_shares_maximise_the_likelihood():
    from scipy import optimize

    x1, x2, x3 = 17.0, 8.0, 5.0
    for d in (-0.5, 0.0, 0.6, 0.9):
        def nll(p3, d=d):
            p1, p2 = p3 + d, 1 - 2 * p3 - d
            return -(x1 * np.log(p1) + x2 * np.log(p2) + x3 * np.log(p3))
        res = optimize.minimize_scalar(nll, bounds=(max(0, -d) + 1e-9, (1 - d) / 2 - 1e-9), method="bounded")
        p3 = res.x
        se = np.sqrt((2 * p3 + d - d * d) / 30)
        assert _restricted_se(x1, x2, x3, d) == pytest.approx(se, rel=1e-4)


def test_all_promoters_the_wald_interval_has_no_width_the_score_interval_does():
    assert nps_interval(30, 0, 0, method="wald") == (1.0, 1.0)
    lo, hi = nps_interval(30, 0, 0)
    assert hi == 1.0 and 0.6 < lo < 0.95


def test_score_interval_keeps_coverage_at_n30_near_plus_90_where_wald_fails():
    rng = np.random.default_rng(7)
    truth = 0.92 - 0.02
    draws = rng.multinomial(30, [0.92, 0.06, 0.02], size=600)
    cover = {m: np.mean([lo <= truth <= hi for lo, hi in (nps_interval(*x, method=m) for x in draws)])
             for m in ("score", "adjusted_wald", "wald")}
    assert 0.93 <= cover["score"] <= 0.985
    assert cover["wald"] < 0.85


def test_nps_unknown_method_and_bad_confidence():
    df = pd.DataFrame({"likelihood_to_recommend": [9, 10]})
    with pytest.raises(SentimentKitError, match="method must be one of"):
        nps(df, method="exact")
    with pytest.raises(SentimentKitError, match="confidence"):
        nps(df, confidence=95)


def test_nps_missing_column_names_the_available_ones():
    with pytest.raises(ValueError, match=r"'likelihood_to_recommend' not found.*'ltr'"):
        nps(pd.DataFrame({"ltr": [9]}))


# ------------------------------------------------------------------------------------------------ CSAT
def test_csat_top_two_box_and_mean_with_jeffreys_dirichlet_interval():
    scores = [5, 4, 4, 3, 2, 5, 1, 4]
    out = csat(pd.DataFrame({"csat": scores})).iloc[0]
    assert out["n"] == 8 and out["satisfied_share"] == pytest.approx(5 / 8) and out["mean"] == np.mean(scores)
    a = np.array([1, 1, 1, 3, 2]) + 0.5  # answers at 1..5 plus half an answer each
    mu = (np.arange(1, 6) * a).sum() / a.sum()
    sd = np.sqrt(((np.arange(1, 6) ** 2 * a).sum() / a.sum() - mu**2) / (a.sum() + 1))
    z = stats.norm.ppf(0.975)
    assert (out["mean_ci_low"], out["mean_ci_high"]) == pytest.approx((mu - z * sd, mu + z * sd))
    ci = stats.binomtest(5, 8).proportion_ci(method="wilson")
    assert (out["satisfied_share_ci_low"], out["satisfied_share_ci_high"]) == pytest.approx((ci.low, ci.high))


def test_csat_other_scale_and_satisfied_values():
    df = pd.DataFrame({"csat": [10, 9, 8, 7, 2]})
    assert csat(df, scale=(1, 10)).iloc[0]["satisfied_share"] == pytest.approx(2 / 5)
    assert csat(df, scale=(1, 10), satisfied=[8, 9, 10]).iloc[0]["satisfied_share"] == pytest.approx(3 / 5)


def test_csat_out_of_scale_names_the_column_and_the_values():
    with pytest.raises(DataValidationError, match=r"'csat'.*7") as err:
        csat(pd.DataFrame({"csat": [5, 7, 4]}))
    assert "1-5" in str(err.value) or "1 to 5" in str(err.value) or "scale" in str(err.value)


def test_csat_satisfied_outside_the_scale_is_refused():
    with pytest.raises(SentimentKitError, match="satisfied must list ratings within the scale 1-5"):
        csat(pd.DataFrame({"csat": [5]}), satisfied=[6])


def test_rating_mean_interval_covers_near_the_top_of_the_scale_where_t_does_not():
    rng = np.random.default_rng(11)
    p = [0.01, 0.02, 0.04, 0.12, 0.81]
    truth = float(np.dot(np.arange(1, 6), p))
    draws = rng.choice(np.arange(1, 6), p=p, size=(800, 30)).astype(float)
    jeffreys = np.array([rating_mean_interval(x, (1, 5))[1:3] for x in draws])
    t = np.array([mean_interval(x)[1:3] for x in draws])
    cover = lambda b: np.mean((b[:, 0] <= truth) & (truth <= b[:, 1]))  # noqa: E731
    assert 0.93 <= cover(jeffreys) <= 0.98 and cover(t) < 0.91


def test_rating_mean_interval_falls_back_to_t_for_half_points():
    x = np.array([4.5, 5.0, 3.5, 4.0])
    assert rating_mean_interval(x, (1, 5)) == mean_interval(x)


def test_mean_interval_single_value_has_no_interval():
    m, lo, hi, n = mean_interval(np.array([4.0]))
    assert (m, n) == (4.0, 1) and np.isnan(lo) and np.isnan(hi)


# ------------------------------------------------------------------------------------------------ referral
def test_referral_counts_customers_once():
    df = pd.DataFrame({"customer_id": ["a", "a", "b", "c", "c"], "referred": [0, 1, 0, "yes", None]})
    out = referral_rate(df).iloc[0]
    assert (out["n"], out["referrers"]) == (3, 2)
    rows = referral_rate(df, customer=None).iloc[0]
    assert (rows["n"], rows["referrers"]) == (4, 2)


def test_referral_refuses_words_it_cannot_read():
    with pytest.raises(DataValidationError, match="referred"):
        referral_rate(pd.DataFrame({"customer_id": [1], "referred": ["perhaps"]}))


# ------------------------------------------------------------------------------------------------ retention
def test_retention_overall_is_the_share_not_churned_by_group():
    c = pd.DataFrame({"churned": [1, 0, 0, 1, 0], "plan": ["a", "a", "a", "b", "b"]})
    out = retention_rate(c, by="plan").set_index("plan")
    assert out.loc["a", "retained"] == 2 and out.loc["a", "n"] == 3
    assert out.loc["b", "rate"] == pytest.approx(0.5)


def test_retention_per_period_follows_customers_active_at_its_start():
    c = pd.DataFrame({"signup_date": ["2024-01-01", "2024-01-01", "2024-03-15", "2024-01-10"],
                      "tenure_days": [40, 200, 100, 300], "churned": [1, 0, 1, 0]})
    out = retention_rate(c, freq="MS").set_index("period")
    feb = out.loc[pd.Timestamp("2024-02-01")]
    assert (feb["n"], feb["retained"]) == (3, 2)  # the January 1 customer who left on February 10
    jun = out.loc[pd.Timestamp("2024-06-01")]
    assert (jun["n"], jun["retained"]) == (3, 2)  # the March customer left on June 23
    # the customer followed to 19 July (not churned) counts in July for the 18 of 31 days followed
    jul = out.loc[pd.Timestamp("2024-07-01")]
    assert jul["n"] == pytest.approx(1 + 18 / 31) and jul["retained"] == pytest.approx(1 + 18 / 31)


def test_retention_in_a_period_cut_short_by_the_end_of_data_is_not_read_as_everyone_leaving():
    start = pd.Timestamp("2024-01-01")
    c = pd.DataFrame({"signup_date": [start] * 10, "churned": [1] + [0] * 9,
                      "tenure_days": [100] + [120] * 9})  # observation ends 30 April for those who stay
    apr = retention_rate(c, freq="MS").set_index("period").loc[pd.Timestamp("2024-04-01")]
    assert apr["rate"] > 0.85 and apr["n"] == pytest.approx(1 + 9 * 29 / 30)


def test_retention_negative_tenure_is_an_error():
    c = pd.DataFrame({"signup_date": ["2024-01-01"], "tenure_days": [-3], "churned": [0]})
    with pytest.raises(SentimentKitError, match="negative"):
        retention_rate(c, freq="MS")


def test_functions_never_modify_the_caller_data():
    df = pd.DataFrame({"likelihood_to_recommend": ["9", "3"], "csat": ["5", "2"], "referred": ["yes", "no"],
                       "customer_id": [1, 2], "churned": ["y", "n"]})
    before = df.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nps(df), csat(df), referral_rate(df), retention_rate(df)
    pd.testing.assert_frame_equal(df, before)
