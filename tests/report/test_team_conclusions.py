"""The team chapter's conclusions: every number from the results, names shown as text, nothing invented."""

from __future__ import annotations

import pandas as pd

import sentiment_kit as sk
from sentiment_kit.report.team_conclusions import conclude_team
from sentiment_kit.summary import headline_metrics


def _card(flagged: bool) -> pd.DataFrame:
    return pd.DataFrame({"agent": ["<b>Ann</b>", "Bo", "Cy"], "contacts": [900, 300, 4], "surveys": [300, 100, 2],
                         "quality": [3.1, 4.3, 4.2], "ci_low": [2.9, 4.1, 3.5], "ci_high": [3.3, 4.5, 4.9],
                         "team_quality": [4.0] * 3, "volume_without_quality": [flagged, False, False]})


def test_flagged_agent_is_named_with_its_numbers_and_the_team_mean_the_flag_uses():
    items = conclude_team(scorecard=_card(True))
    lead, text = items[0]
    assert lead == "Volume without quality"
    assert "<b>Ann</b> (900 contacts, 75% of all; rated 3.10, 95% CI 2.90-3.30)" in text
    assert "team's 4.00" in text
    assert any("fewer than 10 surveys" in i for i in items[1:] if isinstance(i, str))


def test_no_flag_says_volume_and_quality_go_together():
    assert conclude_team(scorecard=_card(False))[0].startswith("No high-volume agent")


def test_empowerment_verdicts_follow_the_interval():
    row = {"n": 1000, "rate": 0.93, "ci_low": 0.91, "ci_high": 0.94, "target": 0.95}
    assert "below the 95% target" in conclude_team(empowerment=pd.DataFrame([row]))[0]
    row.update(rate=0.95, ci_low=0.935, ci_high=0.962)
    assert "not credibly different" in conclude_team(empowerment=pd.DataFrame([row]))[0]


def test_nothing_to_say_is_said():
    assert conclude_team() == ["This data has no agents, scores or stages, so the team cannot be assessed here."]


def test_stage_sentence_names_the_worst_stage_only_when_intervals_separate():
    stages = pd.DataFrame({"stage": ["buy", "fix"], "complaint_share": [0.1, 0.3],
                           "complaint_share_ci_low": [0.08, 0.26], "complaint_share_ci_high": [0.12, 0.34]})
    assert conclude_team(stages=stages)[0].startswith("Feedback is worst at the fix stage: 30%")
    stages["complaint_share_ci_high"] = [0.28, 0.34]
    assert conclude_team(stages=stages)[0].startswith("No stage of the journey stands out")


def test_headline_metrics_show_the_team_numbers_with_intervals():
    m = headline_metrics(interactions=sk.load_sample("interactions"), staff_survey=sk.load_sample("staff_survey"))
    rows = m.set_index("metric")
    expected = ["service contacts", "net promoter score", "satisfied with the contact (CSAT)",
                "customers who referred someone", "resolved without escalation", "employee NPS (staff survey)"]
    assert list(rows.index) == expected
    direct = sk.nps(sk.load_sample("interactions")).iloc[0]
    assert rows.loc["net promoter score", "value"] == direct["nps"]
    assert rows.loc["net promoter score", "ci_low"] == direct["ci_low"]
    shown = rows.drop(index="service contacts")
    assert (shown["ci_low"] <= shown["value"]).all() and (shown["value"] <= shown["ci_high"]).all()
    assert rows.loc["resolved without escalation", "detail"] == "target 95%"


def test_csat_alone_is_concluded_not_reported_as_nothing():
    c = sk.csat(pd.DataFrame({"csat": [5, 4, 2, 1, 5]}))
    items = conclude_team(csat_overall=c)
    assert items == ["60% of rated contacts left the customer satisfied (95% CI "
                     f"{c['satisfied_share_ci_low'].iloc[0]:.0%}-{c['satisfied_share_ci_high'].iloc[0]:.0%}, n=5); "
                     f"mean rating 3.40 (95% CI {c['mean_ci_low'].iloc[0]:.2f}-{c['mean_ci_high'].iloc[0]:.2f})."]
