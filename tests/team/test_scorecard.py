import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit._core.stats import wilson_interval
from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.signals import SIGNALS, service_signals
from sentiment_kit.team.scorecard import SIGNAL_PREFIX, UNKNOWN_AGENT, agent_scorecard


def ratings(rng, mean, n):
    """``n`` scores on 1..5 with expected value ``mean`` (1 + binomial(4, (mean - 1) / 4))."""
    return 1.0 + rng.binomial(4, (mean - 1) / 4, n)


def team(seed=0, k=12, tau=0.25, surveys=(40, 200), extra=None):
    """A team of ``k`` agents with true means ~ N(4, tau); ``extra`` = {name: (mean, contacts, surveys)}."""
    rng = np.random.default_rng(seed)
    spec = {f"a{i:02d}": (float(np.clip(rng.normal(4.0, tau), 2.5, 4.7)), int(n), int(n))
            for i, n in enumerate(rng.integers(*surveys, size=k))}
    spec.update(extra or {})
    parts = []
    for name, (mean, contacts, n_surveyed) in spec.items():
        csat = np.full(contacts, np.nan)
        csat[:n_surveyed] = ratings(rng, mean, n_surveyed)
        parts.append(pd.DataFrame({"agent": name, "csat": csat}))
    return pd.concat(parts, ignore_index=True), {name: m for name, (m, _, _) in spec.items()}


def row(card, name):
    return card.set_index("agent").loc[name]


# ----------------------------------------------------------------------------------------------- shrinkage
def test_shrinkage_pulls_small_n_toward_the_team_and_barely_moves_large_n():
    df, _ = team(extra={"small": (4.6, 4, 4), "large": (3.4, 900, 900)})
    card = agent_scorecard(df)
    small, large = row(card, "small"), row(card, "large")
    mu = card["team_quality"].iloc[0]
    drawn = (small["quality_raw"] - small["quality"]) / (small["quality_raw"] - mu)
    assert drawn > 0.5
    assert abs(large["quality"] - large["quality_raw"]) < 0.02 * abs(large["quality_raw"] - mu)
    assert "drawn" in small["note"] and "drawn" not in large["note"]


def test_shrinkage_is_one_normal_normal_model_for_every_agent():
    # quality = mu + (1 - B)(raw - mu) with B = (sigma2 / n) / (sigma2 / n + tau2): tau2 recovered from one
    # agent must predict every other agent's shrinkage (pooled sigma2 from the within-agent variances).
    df, _ = team(seed=3, surveys=(5, 60))
    card = agent_scorecard(df).set_index("agent")
    g = df.groupby("agent")["csat"]
    sigma2 = float(((g.count() - 1) * g.var()).sum() / (g.count() - 1).sum())
    mu = card["team_quality"].iloc[0]
    keep = 1 - (card["quality_raw"] - card["quality"]) / (card["quality_raw"] - mu)  # = tau2 / (v + tau2)
    v = sigma2 / card["surveys"]
    tau2 = keep * v / (1 - keep)
    assert tau2.std() / tau2.mean() < 1e-6
    w = 1 / (v + tau2.mean())
    assert mu == pytest.approx(float((w * card["quality_raw"]).sum() / w.sum()), abs=1e-9)


def test_three_perfect_surveys_do_not_top_the_table():
    df, truth = team(seed=1, extra={"newcomer": (4.0, 3, 3)})
    df.loc[df["agent"] == "newcomer", "csat"] = 5.0
    card = agent_scorecard(df, quality_weight=1.0)  # quality alone decides the rank
    assert card["quality_raw"].idxmax() == card.index[card["agent"] == "newcomer"][0]  # raw: top of the table
    assert row(card, "newcomer")["rank"] > 1
    assert card.loc[0, "agent"] != "newcomer"


def test_interval_covers_true_agent_means():
    hits = []
    for seed in range(30):
        df, truth = team(seed=100 + seed, k=15, surveys=(3, 120))
        card = agent_scorecard(df).set_index("agent")
        t = pd.Series(truth)[card.index]
        hits.extend(((card["ci_low"] <= t) & (t <= card["ci_high"])).tolist())
    assert 0.90 <= np.mean(hits) <= 0.99


def test_shrunk_quality_tracks_the_truth_better_than_raw_means():
    gain = []
    for seed in range(20):
        df, truth = team(seed=200 + seed, k=20, surveys=(3, 40))
        card = agent_scorecard(df).set_index("agent")
        t = pd.Series(truth)[card.index]
        gain.append(((card["quality_raw"] - t) ** 2).mean() - ((card["quality"] - t) ** 2).mean())
    assert np.mean(gain) > 0


# ----------------------------------------------------------------------------------------------- the flag
def test_flag_finds_busy_low_quality_agent_not_busy_average_one():
    extra = {"busy_poor": (3.3, 1500, 500), "busy_average": (4.0, 1500, 500), "quiet_poor": (3.0, 60, 60)}
    df, _ = team(seed=2, extra=extra)
    card = agent_scorecard(df)
    assert row(card, "busy_poor")["volume_without_quality"]
    assert not row(card, "busy_average")["volume_without_quality"]
    assert not row(card, "quiet_poor")["volume_without_quality"]  # credibly poor, but not among the busiest
    assert row(card, "busy_poor")["ci_high"] < card["team_quality"].iloc[0]
    assert card["volume_without_quality"].sum() == 1
    assert row(card, "busy_poor")["rank"] == card["rank"].max()  # volume does not lift it above anyone
    assert "credibly below" in row(card, "busy_poor")["note"]


def test_top_volume_decides_who_can_be_flagged():
    extra = {"busy": (3.5, 400, 400), "busier": (4.0, 800, 800)}
    df, _ = team(seed=4, k=7, surveys=(40, 60), extra=extra)
    assert not row(agent_scorecard(df, top_volume=1 / 9), "busy")["volume_without_quality"]
    assert row(agent_scorecard(df, top_volume=2 / 9), "busy")["volume_without_quality"]


# ----------------------------------------------------------------------------------------------- bad input
def test_blank_agents_are_one_unknown_row_counted_and_unranked():
    df, _ = team(seed=5, k=6)
    blanks = pd.DataFrame({"agent": [None, "", "   ", np.nan], "csat": [1.0, 1.0, None, 1.0]})
    card = agent_scorecard(pd.concat([df, blanks], ignore_index=True))
    unknown = row(card, UNKNOWN_AGENT)
    assert UNKNOWN_AGENT == "(unknown)"
    assert (card["agent"] == UNKNOWN_AGENT).sum() == 1 and card.iloc[-1]["agent"] == UNKNOWN_AGENT
    assert (unknown["contacts"], unknown["surveys"], unknown["quality_raw"]) == (4, 3, 1.0)
    assert pd.isna(unknown["rank"]) and not unknown["volume_without_quality"] and pd.isna(unknown["quality"])
    assert "blank agent" in unknown["note"]
    assert card["contacts"].sum() == len(df) + 4
    # the blank contacts are not an agent: the team's estimates do not move
    alone = agent_scorecard(df).set_index("agent")
    assert np.allclose(card.set_index("agent").loc[alone.index, "quality"], alone["quality"])


def test_out_of_scale_scores_name_the_column_and_values():
    df = pd.DataFrame({"agent": ["a", "a", "b", "b"], "stars": [0, 4, 7, 5]})
    with pytest.raises(SentimentKitError, match=r"'stars'.*\[0, 7\]"):
        agent_scorecard(df, quality="stars")
    assert len(agent_scorecard(df, quality="stars", scale=(0, 10))) == 2
    with pytest.raises(SentimentKitError, match=r"'stars'.*'great'"):
        agent_scorecard(df.assign(stars=["great", 4, 5, 5]), quality="stars")


def test_agent_without_surveys_is_counted_but_has_no_quality():
    df, _ = team(seed=6, k=5, extra={"silent": (4.0, 30, 0)})
    silent = row(agent_scorecard(df), "silent")
    assert silent["contacts"] == 30 and silent["surveys"] == 0
    assert np.isnan(silent["quality"]) and np.isnan(silent["ci_low"]) and pd.isna(silent["rank"])
    assert silent["note"] == "no surveys: quality unknown, not ranked"


def test_single_agent_gets_its_raw_mean_and_a_t_interval():
    scores = [5, 4, 4, 3, 5, 2, 4]
    card = agent_scorecard(pd.DataFrame({"agent": "solo", "csat": scores}))
    solo = card.iloc[0]
    lo, hi = stats.t.interval(0.95, len(scores) - 1, loc=np.mean(scores), scale=stats.sem(scores))
    assert solo["quality"] == pytest.approx(np.mean(scores))
    assert (solo["ci_low"], solo["ci_high"]) == pytest.approx((lo, hi))
    assert solo["rank"] == 1 and not solo["volume_without_quality"]
    assert "only one agent" in solo["note"]


def test_one_survey_per_agent_warns_and_estimates_nothing():
    df = pd.DataFrame({"agent": ["a", "b", "c"], "csat": [5, 3, 4]})
    with pytest.warns(SentimentKitWarning, match="at most one survey"):
        card = agent_scorecard(df)
    assert card["quality"].isna().all() and card["rank"].isna().all()


def test_no_rows_and_missing_columns_are_clear_errors():
    with pytest.raises(SentimentKitError, match="no rows"):
        agent_scorecard(pd.DataFrame({"agent": [], "csat": []}))
    with pytest.raises(SentimentKitError, match="'rep' not found"):
        agent_scorecard(pd.DataFrame({"agent": ["a"], "csat": [4]}), agent="rep")
    with pytest.raises(SentimentKitError, match="top_volume"):
        agent_scorecard(pd.DataFrame({"agent": ["a"], "csat": [4]}), top_volume=0)


# ----------------------------------------------------------------------------------------------- rates, text
def test_rates_with_wilson_intervals_and_missing_flags_left_out():
    df = pd.DataFrame({"agent": ["a"] * 5 + ["b"] * 3, "csat": [5, 4, 4, 5, 3, 2, 3, 4],
                       "resolved": ["yes", "no", "yes", None, "yes", "no", "no", "yes"],
                       "escalated": [0, 0, 1, 0, 0, 1, 1, 0]})
    a = row(agent_scorecard(df), "a")
    assert (a["resolution_n"], a["resolution_rate"]) == (4, 0.75)
    assert (a["escalation_n"], a["escalation_rate"]) == (5, 0.2)
    lo, hi = wilson_interval(3, 4)
    assert (a["resolution_rate_ci_low"], a["resolution_rate_ci_high"]) == pytest.approx((float(lo), float(hi)))


def test_default_flag_columns_are_optional_but_named_ones_are_not():
    df = pd.DataFrame({"agent": ["a", "b"], "csat": [5, 4]})
    with pytest.warns(SentimentKitWarning):
        card = agent_scorecard(df)
    assert not any(c.startswith(("resolution", "escalation")) for c in card.columns)
    with pytest.raises(SentimentKitError, match="'fixed' not found"):
        agent_scorecard(df, resolved="fixed")


def test_service_failures_counted_from_text():
    texts = ["She hung up on me.", "I asked to speak to a manager.", "Quick and kind.", None,
             "He was rude and I want a supervisor.", ""]
    df = pd.DataFrame({"agent": ["a", "a", "a", "a", "b", "b"], "csat": [1, 2, 5, 4, 1, 3], "comment": texts})
    card = agent_scorecard(df, text="comment").set_index("agent")
    assert [c for c in card.columns if c.startswith(SIGNAL_PREFIX)] == [SIGNAL_PREFIX + s for s in SIGNALS]
    expected = service_signals(texts).astype(int).groupby(df["agent"]).sum().add_prefix(SIGNAL_PREFIX)
    pd.testing.assert_frame_equal(card[expected.columns], expected, check_names=False, check_dtype=False)
    assert card.loc["a", "reports_rudeness"] == 1 and card.loc["a", "reports_escalation"] == 1
    assert card.loc["b", "reports_rudeness"] == 1
    assert card["texts"].tolist() == [3, 1]


# ----------------------------------------------------------------------------------------------- table
def test_output_column_is_agent_whatever_the_input_calls_it():
    df, _ = team(seed=9, k=5)
    card = agent_scorecard(df.rename(columns={"agent": "contacts"}), agent="contacts")
    pd.testing.assert_frame_equal(card, agent_scorecard(df))


def test_sorted_by_rank_deterministic_and_input_untouched():
    df, _ = team(seed=7, extra={"silent": (4.0, 20, 0)})
    df.loc[df.index[:3], "agent"] = None
    before = df.copy()
    card = agent_scorecard(df)
    pd.testing.assert_frame_equal(df, before)
    ranks = card["rank"].dropna().astype(int).tolist()
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert card["rank"].isna().tolist() == sorted(card["rank"].isna().tolist())  # unranked rows last
    shuffled = df.sample(frac=1, random_state=0)
    pd.testing.assert_frame_equal(agent_scorecard(shuffled), card)
    assert list(card.columns[-3:]) == ["rank", "volume_without_quality", "note"]


def test_rank_weighs_volume_as_well_as_quality():
    df, _ = team(seed=8, k=10)
    by_quality = agent_scorecard(df, quality_weight=1.0)
    by_volume = agent_scorecard(df, quality_weight=0.0)
    flagged = by_quality["volume_without_quality"]
    assert flagged.any()  # ranked last whatever the weights
    assert by_quality.loc[~flagged, "quality"].is_monotonic_decreasing
    assert by_volume.loc[~by_volume["volume_without_quality"], "contacts"].is_monotonic_decreasing
    assert by_quality["agent"].tolist() != by_volume["agent"].tolist()
