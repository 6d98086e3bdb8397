import numpy as np
import pandas as pd
import pytest
from scipy import stats

from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.team.empowerment import EMPOWERMENT_TARGET, empowerment_rate


def contacts(groups):
    """Rows for {group: (n, escalated)}: the first ``escalated`` contacts of each group were escalated."""
    return pd.DataFrame([(g, int(i < esc)) for g, (n, esc) in groups.items() for i in range(n)],
                        columns=["team", "escalated"])


def test_numbers_match_a_hand_computation_and_scipy():
    out = empowerment_rate(contacts({"a": (40, 1), "b": (25, 5)}), by="team").set_index("team")
    assert out["n"].tolist() == [40, 25] and out["empowered"].tolist() == [39, 20]
    assert out["rate"].tolist() == [39 / 40, 20 / 25]
    for team, k, n in (("a", 39, 40), ("b", 20, 25)):
        test = stats.binomtest(k, n, 0.95, alternative="less")
        ci = stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
        assert out.loc[team, "p_value"] == pytest.approx(test.pvalue, rel=1e-12)
        assert out.loc[team, "p_value"] == pytest.approx(stats.binom.cdf(k, n, 0.95), rel=1e-9)  # P(X <= k)
        assert (out.loc[team, "ci_low"], out.loc[team, "ci_high"]) == pytest.approx((ci.low, ci.high))
    assert (out["target"] == EMPOWERMENT_TARGET).all() and EMPOWERMENT_TARGET == 0.95
    assert out["below_target"].tolist() == [False, True]
    assert out["below_target"].tolist() == (out["ci_high"] < 0.95).tolist()


def test_p_value_is_small_below_the_target_and_large_above_it():
    out = empowerment_rate(contacts({"below": (200, 30), "at": (200, 10), "above": (200, 0)}), by="team")
    p = out.set_index("team")["p_value"]
    assert p["below"] < 1e-4  # 85% of 200 against 95%: credibly below
    assert p["above"] == 1.0  # 100%: no evidence at all of falling short
    assert p["below"] < p["at"] < p["above"]
    assert empowerment_rate(contacts({"x": (200, 30)}), target=0.80)["p_value"].iloc[0] > 0.5


def test_resolved_and_not_escalated_is_empowered():
    df = pd.DataFrame({"escalated": [0, 0, 1, 1, 0], "resolved": ["yes", "no", "yes", "no", "yes"]})
    both = empowerment_rate(df, resolved="resolved")
    assert (both["n"].iloc[0], both["empowered"].iloc[0]) == (5, 2)
    assert empowerment_rate(df)["empowered"].iloc[0] == 3  # without resolved: not escalated


def test_missing_flags_are_left_out_of_n_with_a_warning():
    df = pd.DataFrame({"escalated": [0, None, 1, 0, 0], "resolved": [1, 1, None, None, 1]})
    with pytest.warns(SentimentKitWarning, match="3 of 5 contacts"):
        out = empowerment_rate(df, resolved="resolved")
    assert (out["n"].iloc[0], out["empowered"].iloc[0]) == (2, 2)


def test_by_and_freq_give_one_row_per_group_and_period():
    df = pd.DataFrame({"date": ["2024-01-03", "2024-01-25", "2024-02-10", "2024-02-11", "2024-02-12"],
                       "site": ["x", "y", "x", "x", None], "channel": ["phone"] * 4 + ["chat"],
                       "escalated": [0, 1, 0, 1, 0]})
    out = empowerment_rate(df, by=["site", "channel"], freq="MS")
    assert list(out.columns[:4]) == ["period", "period_end", "site", "channel"]
    assert [(str(p.date()), s, n) for p, s, n in zip(out["period"], out["site"], out["n"], strict=True)] == [
        ("2024-01-01", "x", 1), ("2024-01-01", "y", 1), ("2024-02-01", "(missing)", 1), ("2024-02-01", "x", 2)]
    assert out["period_end"].iloc[-1] == pd.Timestamp("2024-02-29")
    assert out["rate"].tolist() == [1.0, 0.0, 1.0, 0.5]
    plain = empowerment_rate(df, by="site")  # without periods: groups in order of first appearance
    assert plain["site"].tolist() == ["x", "y", "(missing)"] and plain["n"].tolist() == [3, 1, 1]
    assert list(out.columns[4:]) == ["n", "empowered", "rate", "ci_low", "ci_high", "target", "p_value",
                                     "below_target"]


def test_group_without_any_known_flag_has_n_zero():
    df = pd.DataFrame({"team": ["a", "a", "b"], "escalated": [0, 1, None]})
    with pytest.warns(SentimentKitWarning):
        out = empowerment_rate(df, by="team").set_index("team")
    assert out.loc["b", "n"] == 0 and np.isnan(out.loc["b", "rate"]) and np.isnan(out.loc["b", "p_value"])
    assert not out.loc["b", "below_target"]


def test_bad_input_is_a_clear_error():
    df = contacts({"a": (5, 1)})
    with pytest.raises(SentimentKitError, match="'escalation' not found"):
        empowerment_rate(df, escalated="escalation")
    with pytest.raises(SentimentKitError, match="target must be"):
        empowerment_rate(df, target=95)
    with pytest.raises(SentimentKitError, match="no rows"):
        empowerment_rate(df.iloc[:0])
    with pytest.raises(SentimentKitError, match="'escalated'.*maybe"):
        empowerment_rate(df.assign(escalated=["maybe"] * 5))


def test_input_is_not_modified():
    df = pd.DataFrame({"escalated": ["y", "n"], "resolved": ["1", None]})
    before = df.copy()
    with pytest.warns(SentimentKitWarning):
        empowerment_rate(df, resolved="resolved")
    pd.testing.assert_frame_equal(df, before)
