"""Importance-performance analysis, competitor gaps, wave tracking, action plan and their plots."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from sklearn.linear_model import LinearRegression

import sentiment_kit as sk
from sentiment_kit.values import _engine as eng
from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.values import (QUADRANTS, action_plan, competitor_gaps, importance_performance,
                                  track_waves)
from sentiment_kit.values.waves import adjust_pvalues

SEED = 12345
Y = "overall_satisfaction"


@pytest.fixture(scope="module")
def survey():
    return sk.simulate_survey(1000, random_state=SEED)


@pytest.fixture(scope="module")
def ipa(survey):
    data, _ = survey
    return importance_performance(data, target=Y, na_values=[0], n_boot=200, random_state=0)


def _small(n=400, p=4, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.integers(1, 6, (n, p)).astype(float)
    X[:, 1] = np.clip(X[:, 0] + rng.integers(-1, 2, n), 1, 5)  # correlated pair
    y = X @ np.array([0.5, 0.3, 0.1, 0.0][:p]) + rng.normal(0, 1, n)
    return X, y


# --------------------------------------------------------------------------- LMG is right
def test_lmg_equals_brute_force_permutation_shapley():
    X, y = _small()
    p = X.shape[1]

    def r2(cols):
        return LinearRegression().fit(X[:, cols], y).score(X[:, cols], y) if cols else 0.0

    shap = np.zeros(p)
    perms = list(itertools.permutations(range(p)))
    for perm in perms:
        for k, j in enumerate(perm):
            shap[j] += r2(list(perm[:k + 1])) - r2(list(perm[:k]))
    shap /= len(perms)
    df = pd.DataFrame(X, columns=[f"perf_v{j}" for j in range(p)]).assign(y=y)
    out = importance_performance(df, target="y", n_boot=0)
    np.testing.assert_allclose(out["importance"], shap / shap.sum(), atol=1e-10)
    assert out["r2"].iloc[0] == pytest.approx(r2(list(range(p))), abs=1e-10)


def test_subset_r2_matches_least_squares_for_every_subset():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(200, 5)) + rng.normal(size=(200, 1))
    y = X @ rng.normal(size=5) + rng.normal(size=200)
    R = np.corrcoef(np.column_stack([X, y]).T)
    r2 = eng.subset_r2(R[None])[0]
    for s in range(1, 2 ** 5):
        cols = [j for j in range(5) if s >> j & 1]
        assert r2[s] == pytest.approx(LinearRegression().fit(X[:, cols], y).score(X[:, cols], y), abs=1e-10)
    assert r2[0] == pytest.approx(0.0, abs=1e-12)


@pytest.mark.parametrize("method,floor", [("lmg", 0.8), ("pearson", 0.6)])
def test_derived_importance_recovers_true_driver_ranking(survey, method, floor):
    data, truth = survey  # 2,000 respondents
    out = importance_performance(data, target=Y, na_values=[0], method=method, n_boot=0)
    rho = stats.spearmanr(out["importance"], [truth["weights"][a] for a in out["attribute"]])[0]
    assert rho >= floor


def test_pearson_and_spearman_are_correlations_with_the_target():
    X, y = _small()
    df = pd.DataFrame(X, columns=[f"perf_v{j}" for j in range(4)]).assign(y=y)
    pear = importance_performance(df, target="y", method="pearson", n_boot=0)
    spear = importance_performance(df, target="y", method="spearman", n_boot=0)
    for j in range(4):
        assert pear["importance"][j] == pytest.approx(np.corrcoef(X[:, j], y)[0, 1], abs=1e-10)
        assert spear["importance"][j] == pytest.approx(stats.spearmanr(X[:, j], y)[0], abs=1e-10)


# --------------------------------------------------------------------------- table contents
def test_table_columns_performance_and_intervals(survey, ipa):
    data, _ = survey
    assert list(ipa.columns) == [
        "attribute", "importance", "importance_ci_low", "importance_ci_high", "performance",
        "performance_ci_low", "performance_ci_high", "gap", "quadrant", "quadrant_stability", "n",
        "n_na", "n_missing", "importance_line", "performance_line", "method", "target_coding", "n_complete", "r2",
        "r2_ci_low", "r2_ci_high"]
    assert ipa["attribute"].tolist() == list(sk.data.SURVEY_VALUES)
    price = data["perf_price"]
    assert ipa.set_index("attribute").loc["price", "performance"] == pytest.approx(price.mean())
    assert (ipa["importance_ci_low"] <= ipa["importance"]).all()
    assert (ipa["importance"] <= ipa["importance_ci_high"]).all()
    assert (ipa["performance_ci_low"] < ipa["performance"]).all()
    assert ipa["quadrant_stability"].between(0, 1).all()
    # percentile interval of a mean ~ normal-theory interval at n = 2,000
    se = price.std() / np.sqrt(len(price))
    width = ipa.set_index("attribute").loc["price", ["performance_ci_low", "performance_ci_high"]].diff().iloc[-1]
    assert width == pytest.approx(2 * 1.96 * se, rel=0.2)
    assert ipa["performance_line"].iloc[0] == pytest.approx(ipa["performance"].mean())
    assert ipa["gap"].to_numpy() == pytest.approx((ipa["performance"] - ipa["performance_line"].iloc[0]).to_numpy())
    lo, hi = ipa["r2_ci_low"].iloc[0], ipa["r2_ci_high"].iloc[0]
    assert lo < ipa["r2"].iloc[0] < hi
    assert ipa["r2"].nunique() == 1  # the model's figure, the same on every row


def test_na_values_are_honoured(survey):
    data, _ = survey
    zeros = (data["perf_procedures"] == 0).sum()
    assert zeros > 0
    out = importance_performance(data, importance="stated", na_values=[0], n_boot=0).set_index("attribute")
    assert out.loc["procedures", "n_na"] == zeros
    assert out.loc["procedures", "n"] == len(data) - zeros
    assert out.loc["procedures", "performance"] == pytest.approx(data.loc[data.perf_procedures > 0, "perf_procedures"].mean())
    assert out.loc["price", "n_na"] == 0
    with pytest.raises(SentimentKitError, match=r"'perf_(procedures|expertise)'.*outside the declared scale.*na_values"):
        importance_performance(data, importance="stated", n_boot=0)


def test_same_seed_same_result_and_data_untouched(survey):
    data, _ = survey
    before = data.copy()
    a = importance_performance(data, target=Y, na_values=[0], n_boot=30, random_state=7)
    b = importance_performance(data, target=Y, na_values=[0], n_boot=30, random_state=7)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(data, before)


def test_quadrant_logic_with_fixed_crosshair():
    # performance 2 / 4, stated importance 2 / 4: one value per quadrant
    df = pd.DataFrame({"perf_a": [2, 2], "perf_b": [4, 4], "perf_c": [2, 2], "perf_d": [4, 4],
                       "imp_a": [4, 4], "imp_b": [4, 4], "imp_c": [2, 2], "imp_d": [2, 2]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SentimentKitWarning)
        out = importance_performance(df, importance="stated", crosshair=(3, 3), n_boot=0)
        tie = importance_performance(df, importance="stated", crosshair=(4, 4), n_boot=0)
    assert out["quadrant"].tolist() == list(QUADRANTS)
    assert tie.set_index("attribute").loc["b", "quadrant"] == "Keep up the good work"  # ties go high


def test_crosshair_rules(survey):
    data, _ = survey
    kw = dict(importance="stated", na_values=[0], n_boot=0)
    mid = importance_performance(data, crosshair="scale_midpoint", **kw)
    assert (mid["importance_line"].iloc[0], mid["performance_line"].iloc[0]) == (3.0, 3.0)
    med = importance_performance(data, crosshair="median", **kw)
    assert med["performance_line"].iloc[0] == pytest.approx(med["performance"].median())
    derived_mid = importance_performance(data, target=Y, na_values=[0], n_boot=0, crosshair="scale_midpoint")
    assert (derived_mid["importance_line"].iloc[0], derived_mid["performance_line"].iloc[0]) == pytest.approx((0.1, 3.0))  # LMG shares average 1/p
    with pytest.raises(SentimentKitError, match="crosshair must be one of"):
        importance_performance(data, crosshair="middle", **kw)


def test_long_format_gives_the_same_answer(survey):
    data, _ = survey
    data = data.iloc[:300]
    vals = list(sk.data.SURVEY_VALUES)
    long = pd.concat([pd.DataFrame({"respondent_id": data.respondent_id, "value": v,
                                    "importance": data[f"imp_{v}"], "performance": data[f"perf_{v}"],
                                    Y: data[Y]}) for v in vals], ignore_index=True)
    for kw in [dict(importance="stated"), dict(target=Y)]:
        wide = importance_performance(data, na_values=[0], n_boot=0, **kw)
        lng = importance_performance(long, na_values=[0], n_boot=0, **kw)
        pd.testing.assert_frame_equal(wide, lng, check_like=False)
    with pytest.raises(SentimentKitError, match="one value per respondent"):
        importance_performance(long.assign(**{Y: np.arange(len(long))}), target=Y, na_values=[0])
    with pytest.raises(SentimentKitError, match="repeating"):
        importance_performance(pd.concat([long, long.iloc[:1]]), target=Y, na_values=[0])


def test_ranked_importance_scores():
    ranks = pd.DataFrame({"perf_a": [3, 4, 5, 2], "perf_b": [4, 4, 3, 5], "perf_c": [1, 2, 3, 2],
                          "rank_a": [1, 1, 2, 1], "rank_b": [2, 3, 1, np.nan], "rank_c": [3, 2, 3, np.nan]})
    out = importance_performance(ranks, importance="ranked", importance_columns="rank_{}", n_boot=0)
    # (k + 1 - rank) / k with k = 3; unranked = 0
    assert out["importance"].round(4).tolist() == [round((1 + 1 + 2 / 3 + 1) / 4, 4),
                                                   round((2 / 3 + 1 / 3 + 1 + 0) / 4, 4),
                                                   round((1 / 3 + 2 / 3 + 1 / 3 + 0) / 4, 4)]
    with pytest.raises(SentimentKitError, match="'rank_a'.*whole numbers from 1"):
        importance_performance(ranks.assign(rank_a=[1, 4, 2, 1]), importance="ranked",
                               importance_columns="rank_{}", n_boot=0)


def test_binary_target_mapping(survey):
    data, _ = survey
    label = np.where(data[Y] >= 7, "Satisfied", "Dissatisfied")
    out = importance_performance(data.assign(sat=label), target="sat", na_values=[0], n_boot=0)
    assert out["target_coding"].iloc[0] == "'Satisfied' = 1"
    num = importance_performance(data.assign(sat=(data[Y] >= 7).astype(int)), target="sat",
                                 na_values=[0], n_boot=0)
    np.testing.assert_allclose(out["importance"], num["importance"])
    with pytest.raises(SentimentKitError, match="Cannot tell which label.*target_positive"):
        importance_performance(data.assign(sat=np.where(data[Y] >= 7, "A", "B")), target="sat",
                               na_values=[0], n_boot=0)
    ok = importance_performance(data.assign(sat=np.where(data[Y] >= 7, "A", "B")), target="sat",
                                target_positive="B", na_values=[0], n_boot=0)
    np.testing.assert_allclose(ok["importance"], num["importance"])  # shares do not depend on the sign
    with pytest.raises(SentimentKitError, match="'sat' has 1 distinct value"):
        importance_performance(data.assign(sat="satisfied"), target="sat", na_values=[0])


# --------------------------------------------------------------------------- bad input
@pytest.fixture()
def tiny():
    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.integers(1, 6, (60, 3)), columns=["perf_a", "perf_b", "perf_c"])
    imp = pd.DataFrame(rng.integers(1, 6, (60, 3)), columns=["imp_a", "imp_b", "imp_c"])
    return pd.concat([df, imp], axis=1).assign(y=rng.integers(1, 11, 60))


def test_constant_column_errors_for_derived_and_warns_for_stated(tiny):
    with pytest.raises(SentimentKitError, match="'perf_b'.*constant"):
        importance_performance(tiny.assign(perf_b=3), target="y")
    with pytest.warns(SentimentKitWarning, match="'perf_b'.*constant"):
        importance_performance(tiny.assign(perf_b=3), importance="stated", n_boot=0)


def test_all_missing_value_errors(tiny):
    with pytest.raises(SentimentKitError, match="'perf_c'.*no usable rating.*60 not applicable"):
        importance_performance(tiny.assign(perf_c=0), target="y", na_values=[0])


def test_fewer_respondents_than_values(tiny):
    with pytest.raises(SentimentKitError, match="more complete respondents than values"):
        importance_performance(tiny.iloc[:4], target="y")
    two = tiny.iloc[:2].assign(perf_a=[1, 2], perf_b=[1, 2], perf_c=[2, 3], imp_a=[1, 2], imp_b=[2, 3], imp_c=[3, 4])
    with pytest.warns(SentimentKitWarning, match="Only 2 respondents for 3 values"):
        importance_performance(two, importance="stated", n_boot=0)


def test_out_of_scale_and_non_numeric(tiny):
    with pytest.raises(SentimentKitError, match=r"'perf_a' has 1 rating\(s\) outside the declared scale 1-5.*7\.0"):
        importance_performance(tiny.assign(perf_a=[7] + [3] * 59), target="y")
    with pytest.raises(SentimentKitError, match="'perf_a' holds non-numeric ratings such as \\['good'\\]"):
        importance_performance(tiny.assign(perf_a=["good"] + [3] * 59), target="y")
    # a wider declared scale accepts it
    importance_performance(tiny.assign(perf_a=[7] + list(tiny.perf_a[1:])), target="y", scale=(1, 7), n_boot=0)


def test_target_problems(tiny):
    with pytest.raises(SentimentKitError, match="Target column 'y' has 1 distinct value"):
        importance_performance(tiny.assign(y=5), target="y")
    with pytest.raises(SentimentKitError, match="needs target="):
        importance_performance(tiny)
    with pytest.raises(SentimentKitError, match="Column 'score' not found"):
        importance_performance(tiny, target="score")


def test_collinear_values_and_missing_columns(tiny):
    with pytest.raises(SentimentKitError, match="perfectly collinear.*'perf_a' and 'perf_b'"):
        importance_performance(tiny.assign(perf_b=tiny.perf_a), target="y")
    with pytest.raises(SentimentKitError, match="Column 'perf_z' not found"):
        importance_performance(tiny, attributes=["a", "z"], target="y")
    with pytest.raises(SentimentKitError, match="No column matches the pattern"):
        importance_performance(tiny, performance="score_{}", target="y")
    with pytest.raises(SentimentKitError, match="list of value names"):
        importance_performance(tiny, attributes="a", target="y")


def test_listwise_deletion_warns(tiny):
    df = tiny.astype(float)
    df.loc[:29, "perf_a"] = np.nan
    with pytest.warns(SentimentKitWarning, match="listwise.*'perf_a'"):
        out = importance_performance(df, target="y", n_boot=0)
    assert out["n_complete"].iloc[0] == 30
    assert out.set_index("attribute").loc["a", "n_missing"] == 30


def test_lmg_refuses_too_many_values():
    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.integers(1, 6, (100, 19)), columns=[f"perf_{j}" for j in range(19)]).assign(y=rng.normal(size=100))
    with pytest.raises(SentimentKitError, match="Exact LMG.*method='pearson'"):
        importance_performance(df, target="y")


# --------------------------------------------------------------------------- competitors
def test_competitor_gaps_match_paired_t_test_and_holm(survey):
    data, truth = survey
    gaps = competitor_gaps(data, na_values=[0])
    assert len(gaps) == 10 and set(gaps["competitor"]) == {"comp"}
    row = gaps.set_index("attribute").loc["procedures"]
    ok = data["perf_procedures"] > 0
    t = stats.ttest_rel(data.loc[ok, "perf_procedures"], data.loc[ok, "comp_procedures"])
    assert row["n"] == ok.sum()
    assert row["p_value"] == pytest.approx(t.pvalue)
    ci = t.confidence_interval()
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((ci.low, ci.high))
    assert row["difference"] == pytest.approx(row["ours"] - row["theirs"])
    np.testing.assert_allclose(gaps["p_adjusted"], adjust_pvalues(gaps["p_value"], "holm"))
    # the generator puts the competitor 0.5 ahead on staff attitude
    staff = gaps.set_index("attribute").loc["staff_attitude"]
    assert staff["verdict"] == "behind" and staff["ci_high"] < 0
    assert ((gaps["verdict"] == "behind") == ((gaps["p_adjusted"] < 0.05) & (gaps["difference"] < 0))).all()


def test_competitor_gaps_options(survey):
    data, _ = survey
    two = data.assign(**{f"rival_{v}": data[f"comp_{v}"] for v in ["price", "quality"]})
    gaps = competitor_gaps(two, competitors={"Acme": "comp_{}", "Rival": "rival_{}"},
                           attributes=["price", "quality"], test="wilcoxon", adjust="none")
    assert gaps["competitor"].tolist() == ["Acme", "Acme", "Rival", "Rival"]
    w = stats.wilcoxon(data["perf_price"] - data["comp_price"]).pvalue
    assert gaps["p_value"][0] == pytest.approx(w)
    assert gaps["p_adjusted"].tolist() == gaps["p_value"].tolist()
    with pytest.raises(SentimentKitError, match="test must be"):
        competitor_gaps(data, attributes=["price"], test="z")
    with pytest.raises(SentimentKitError, match="Column 'xyz_price' not found"):
        competitor_gaps(data, attributes=["price"], competitors="xyz_{}")


def test_adjust_pvalues_holm_by_hand():
    p = [0.01, 0.04, 0.03, np.nan, 0.2]
    # sorted 0.01*4, 0.03*3, 0.04*2, 0.2*1 -> 0.04, 0.09, 0.09 (monotone), 0.2
    assert adjust_pvalues(p, "holm")[[0, 2, 1, 4]].tolist() == pytest.approx([0.04, 0.09, 0.09, 0.2])
    assert np.isnan(adjust_pvalues(p)[3])
    assert adjust_pvalues(p, "bonferroni")[0] == pytest.approx(0.04)
    with pytest.raises(SentimentKitError, match="adjust must be"):
        adjust_pvalues(p, "sidak")


# --------------------------------------------------------------------------- waves
def test_track_waves_welch_and_truth(survey):
    data, truth = survey
    tw = track_waves(data, na_values=[0])
    assert tw[["wave_from", "wave_to"]].drop_duplicates().values.tolist() == [[2024, 2025]]
    staff = tw.set_index("attribute").loc["staff_attitude"]
    a = data.loc[data.wave == 2024, "perf_staff_attitude"]
    b = data.loc[data.wave == 2025, "perf_staff_attitude"]
    t = stats.ttest_ind(b, a, equal_var=False)
    assert staff["p_value"] == pytest.approx(t.pvalue)
    ci = t.confidence_interval()
    assert (staff["ci_low"], staff["ci_high"]) == pytest.approx((ci.low, ci.high))
    assert staff["change"] == pytest.approx(b.mean() - a.mean())
    assert staff["verdict"] == "improved"
    # every true change lies in (or near) its interval; unchanged values are mostly "no clear change"
    tw = tw.set_index("attribute")
    hits = [tw.loc[v, "ci_low"] - 0.1 <= c <= tw.loc[v, "ci_high"] + 0.1 for v, c in truth["change"].items()]
    assert all(hits)
    still = [v for v, c in truth["change"].items() if c == 0]
    assert (tw.loc[still, "verdict"] == "no clear change").mean() >= 0.8


def test_track_waves_baseline_order_and_errors(survey):
    data, _ = survey
    three = pd.concat([data, data[data.wave == 2025].assign(wave=2026)], ignore_index=True)
    tw = track_waves(three, attributes=["price"], baseline=2024, respondent=None)
    assert tw[["wave_from", "wave_to"]].values.tolist() == [[2024, 2025], [2024, 2026]]
    tw = track_waves(three, attributes=["price"], order=[2026, 2025, 2024], respondent=None)
    assert tw[["wave_from", "wave_to"]].values.tolist() == [[2026, 2025], [2025, 2024]]
    with pytest.warns(SentimentKitWarning, match="several waves"):
        track_waves(three, attributes=["price"])
    with pytest.raises(SentimentKitError, match="tracking needs two or more"):
        track_waves(data[data.wave == 2024], attributes=["price"])
    with pytest.raises(SentimentKitError, match="baseline=1999"):
        track_waves(data, attributes=["price"], baseline=1999)
    with pytest.raises(SentimentKitError, match="Column 'year' not found"):
        track_waves(data, wave="year")
    sat = track_waves(data, attributes=[Y], performance="{}", scale=(1, 10))
    assert sat["n_from"].iloc[0] == (data.wave == 2024).sum()


# --------------------------------------------------------------------------- action plan
FEEDBACK = pd.DataFrame({"text": [
    "The agent was RUDE and hung up on me.",
    "I was on hold for two hours and nobody called back.",
    "Hidden fees: they overcharged me again",
    "Staff were dismissive.",
    None,
    "=cmd|' /C calc'!A0 the paperwork and forms were endless",
]})


def test_action_plan_ranks_concentrate_first(ipa):
    plan = action_plan(ipa)
    assert plan["rank"].tolist() == list(range(1, 11))
    order = [QUADRANTS.index(q) for q in plan["quadrant"]]
    rank_of = {0: 0, 2: 1, 1: 2, 3: 3}
    assert [rank_of[o] for o in order] == sorted(rank_of[o] for o in order)
    first = plan[plan.quadrant == "Concentrate here"]
    assert first["priority"].is_monotonic_decreasing and (first["priority"] > 0).all()
    assert plan["attribute"].iloc[0] == "staff_attitude"
    assert plan["action"].iloc[0].startswith("Fix first")


def test_action_plan_probes_feedback_with_stems_and_lexicon(ipa):
    plan = action_plan(ipa, feedback=FEEDBACK, n_quotes=2).set_index("attribute")
    assert plan.loc["staff_attitude", "n_mentions"] == 2
    # most keyword hits first (rude, hung up, agent), then the shorter text
    assert plan.loc["staff_attitude", "quotes"] == ["The agent was RUDE and hung up on me.", "Staff were dismissive."]
    assert plan.loc["responsiveness", "n_mentions"] == 1
    assert plan.loc["price", "quotes"] == ["Hidden fees: they overcharged me again"]
    assert plan.loc["procedures", "n_mentions"] == 1
    assert plan.loc["range", "n_mentions"] == 0 and plan.loc["range", "quotes"] == []
    assert plan.loc["staff_attitude", "share_mentions"] == pytest.approx(2 / 6)
    custom = action_plan(ipa, feedback=FEEDBACK["text"], lexicon={"range": ["endless"]}).set_index("attribute")
    assert custom.loc["range", "n_mentions"] == 1
    only = action_plan(ipa, feedback=FEEDBACK, lexicon={"price": ["calc"]}, replace_lexicon=True)
    assert only.set_index("attribute").loc["price", "n_mentions"] == 1
    short = action_plan(ipa, feedback=FEEDBACK, max_quote_chars=20).set_index("attribute")
    assert all(len(q) <= 20 for q in short.loc["responsiveness", "quotes"])


def test_action_plan_matches_themes_dataframe_and_model(ipa):
    themes = pd.DataFrame({"theme": [0, 1, 2], "label": ["rude staff", "late fees", "app crashes"],
                           "size": [10, 40, 5],
                           "quotes": [["He was rude"], ["Fee charged twice", "Late fee"], []]})
    plan = action_plan(ipa, themes=themes).set_index("attribute")
    assert plan.loc["staff_attitude", "themes"] == ["rude staff"]
    assert plan.loc["price", "themes"] == ["late fees"]
    assert plan.loc["price", "theme_quotes"] == ["Fee charged twice", "Late fee"]
    assert plan.loc["convenience", "themes"] == ["app crashes"]

    class Fitted:
        themes_ = themes

    assert action_plan(ipa, themes=Fitted()).set_index("attribute").loc["price", "themes"] == ["late fees"]
    with pytest.raises(SentimentKitError, match="Column 'label' not found in themes"):
        action_plan(ipa, themes=themes.rename(columns={"label": "name"}))


def test_action_plan_bad_input(ipa):
    with pytest.raises(SentimentKitError, match="Column 'gap' not found in ipa"):
        action_plan(ipa.drop(columns="gap"))
    with pytest.raises(SentimentKitError, match="unknown quadrant"):
        action_plan(ipa.assign(quadrant="Top"))
    with pytest.raises(SentimentKitError, match="single string"):
        action_plan(ipa, feedback="rude staff")


# --------------------------------------------------------------------------- plots
def test_quadrant_chart_draws_points_whiskers_lines_and_names(ipa):
    import matplotlib.pyplot as plt

    from sentiment_kit.plotting import plot_importance_performance

    fig, ax = plt.subplots()
    assert plot_importance_performance(ipa, ax=ax) is ax
    n_points = sum(len(c.get_offsets()) for c in ax.collections if c.get_offsets().ndim == 2
                   and type(c).__name__ == "PathCollection")
    assert n_points == len(ipa)
    texts = {t.get_text() for t in ax.texts}
    assert set(QUADRANTS) <= texts and "staff attitude" in texts
    # the crosshair lines sit at the importance_line / performance_line columns
    xs = [ln.get_xdata()[0] for ln in ax.lines if ln.get_linestyle() == "--"]
    assert ipa["performance_line"].iloc[0] in xs
    assert len(ax.containers) >= 1  # errorbar whiskers
    assert "LMG" in ax.get_ylabel()


def test_dumbbell_and_wave_arrows(survey):
    import matplotlib.pyplot as plt

    from sentiment_kit.plotting import plot_competitor_gaps, plot_wave_changes

    data, _ = survey
    gaps = competitor_gaps(data, na_values=[0])
    fig, ax = plt.subplots()
    plot_competitor_gaps(gaps, ax=ax)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 10 and labels[0] == "staff attitude"  # most behind first (drawn at the top)
    assert ax.get_ylim()[0] > ax.get_ylim()[1]
    assert len(ax.lines) == 10
    tw = track_waves(data, na_values=[0])
    fig, ax = plt.subplots()
    plot_wave_changes(tw, ax=ax)
    assert len(ax.patches) == 10
    assert "2024 → 2025" in ax.get_xlabel()
    with pytest.raises(SentimentKitError, match="No comparison"):
        plot_wave_changes(tw, wave_from=2025, wave_to=2024)


def test_scale_none_skips_the_range_check(tiny):
    wide = tiny.assign(perf_a=tiny.perf_a * 100)
    out = importance_performance(wide, target="y", scale=None, n_boot=0)
    assert out["performance"][0] == pytest.approx(wide.perf_a.mean())
    with pytest.raises(SentimentKitError, match="needs a declared scale"):
        importance_performance(wide, target="y", scale=None, crosshair="scale_midpoint", n_boot=0)
    with pytest.raises(SentimentKitError, match="n_boot must be"):
        importance_performance(tiny, target="y", n_boot=-1)


def test_action_plan_reads_a_fitted_theme_model():
    reviews = sk.load_sample("reviews")
    model = sk.ThemeModel(8, random_state=0).fit(reviews["text"])
    survey = sk.load_sample("survey")
    ipa = sk.importance_performance(survey[survey["wave"] == 2025], target="overall_satisfaction",
                                    na_values=[0], n_boot=0)
    plan = sk.action_plan(ipa, themes=model)
    with_themes = plan[plan["themes"].str.len() > 0]
    assert len(with_themes) > 0
    assert (with_themes["theme_quotes"].str.len() > 0).all()  # quotes come from quote_1..quote_3


def test_ipa_value_labels_never_overlap_when_values_sit_close_together():
    import matplotlib.pyplot as plt

    from sentiment_kit.plotting import plot_importance_performance

    rng = np.random.default_rng(0)
    names = ["SeatComfort", "CabinStaffService", "GroundService", "ValueForMoney", "Food&Beverages",
             "InflightEntertainment", "Wifi&Connectivity", "Punctuality", "Cleanliness", "Boarding"]
    ipa = pd.DataFrame({"attribute": names, "performance": 3 + rng.normal(0, 0.01, 10),
                        "importance": 0.1 + rng.normal(0, 0.001, 10),
                        "quadrant": ["Concentrate here", "Keep up the good work", "Low priority", "Possible overkill"] * 2
                        + ["Low priority"] * 2})
    fig, ax = plt.subplots(figsize=(8, 6))
    plot_importance_performance(ipa, ax=ax)
    fig.canvas.draw()
    boxes = [t.get_window_extent(fig.canvas.get_renderer()) for t in ax.texts]
    assert len(boxes) == 14  # ten values and four quadrant names
    assert not [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
