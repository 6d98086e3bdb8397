"""The "What to conclude" of the team chapter (notebook 05), as tested library code.

As :mod:`sentiment_kit.report.conclusions`: items for :func:`sentiment_kit.report.narrate`, every
number from the results passed in, every name from the data shown as text, and a sentence
saying what cannot be concluded rather than inventing it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .._core.escape import readable

__all__ = ["conclude_team"]

Items = list[Any]

#: Fewer surveys than this and an agent's raw average is not worth ranking.
FEW_SURVEYS = 10


def _signed(x: float) -> str:
    return f"{x:+.0f}" if round(x) else "0"


def conclude_team(*, scorecard: pd.DataFrame | None = None, nps_overall: pd.DataFrame | None = None,
                  nps_trend: pd.DataFrame | None = None, csat_overall: pd.DataFrame | None = None,
                  empowerment: pd.DataFrame | None = None,
                  stages: pd.DataFrame | None = None, cost: Any = None, enps: pd.DataFrame | None = None,
                  stage_measure: str = "complaint_share") -> Items:
    """Conclusions of the team chapter: quality and quantity, NPS, empowerment, stages, cost, staff.

    Parameters
    ----------
    scorecard : DataFrame, optional
        From :func:`sentiment_kit.agent_scorecard`.
    nps_overall, nps_trend : DataFrame, optional
        From :func:`sentiment_kit.nps` without and with ``freq``.
    csat_overall : DataFrame, optional
        From :func:`sentiment_kit.csat` without ``by`` or ``freq`` (one row).
    empowerment : DataFrame, optional
        From :func:`sentiment_kit.empowerment_rate` (one row).
    stages : DataFrame, optional
        From :func:`sentiment_kit.feedback_by_stage`.
    cost : CostToServe, optional
        From :func:`sentiment_kit.cost_to_serve`; its sentence is quoted.
    enps : DataFrame, optional
        :func:`sentiment_kit.nps` of the staff survey.
    stage_measure : str, default "complaint_share"
        The column of ``stages`` compared across stages (with ``_ci_low``/``_ci_high``).

    Returns
    -------
    list
        Items for :func:`sentiment_kit.report.narrate`.

    Examples
    --------
    >>> card = pd.DataFrame({"agent": ["Ann", "Bo"], "contacts": [900, 300], "surveys": [300, 100],
    ...                      "quality": [3.1, 4.3], "ci_low": [2.9, 4.1], "ci_high": [3.3, 4.5],
    ...                      "volume_without_quality": [True, False]})
    >>> conclude_team(scorecard=card)[0][0]
    'Volume without quality'
    """
    items: Items = []
    if scorecard is not None and len(scorecard):
        items.extend(_scorecard_items(scorecard))
    if nps_overall is not None and len(nps_overall) and nps_overall["n"].iloc[0] > 0:
        r = nps_overall.iloc[0]
        text = (f"Net promoter score {_signed(r['nps'])} (95% CI {_signed(r['ci_low'])} to {_signed(r['ci_high'])}, "
                f"{int(r['n']):,} answers): {r['promoters']:.0%} promoters, {r['detractors']:.0%} detractors.")
        items.append(text + _trend_sentence(nps_trend))
    if csat_overall is not None and len(csat_overall) and csat_overall["n"].iloc[0] > 0:
        c = csat_overall.iloc[0]
        items.append(f"{c['satisfied_share']:.0%} of rated contacts left the customer satisfied (95% CI "
                     f"{c['satisfied_share_ci_low']:.0%}-{c['satisfied_share_ci_high']:.0%}, n={int(c['n']):,}); "
                     f"mean rating {c['mean']:.2f} (95% CI {c['mean_ci_low']:.2f}-{c['mean_ci_high']:.2f}).")
    if empowerment is not None and len(empowerment):
        e = empowerment.iloc[0]
        goal = f"the {e['target']:.0%} target"
        verdict = (f"below {goal}: too many customers are passed to a manager" if e["ci_high"] < e["target"] else
                   f"meeting {goal}" if e["ci_low"] >= e["target"] else f"not credibly different from {goal}")
        items.append(f"{e['rate']:.1%} of contacts were resolved without escalation (95% CI {e['ci_low']:.1%}-"
                     f"{e['ci_high']:.1%}, n={int(e['n']):,}), {verdict}.")
    if stages is not None and len(stages):
        items.append(_stage_sentence(stages, stage_measure))
    if cost is not None:
        items.append(str(cost))
    if enps is not None and len(enps) and enps["n"].iloc[0] > 0:
        r = enps.iloc[0]
        items.append(f"Staff, our internal customers, give an employee NPS of {_signed(r['nps'])} (95% CI "
                     f"{_signed(r['ci_low'])} to {_signed(r['ci_high'])}, {int(r['n']):,} answers).")
    if not items:
        items.append("This data has no agents, scores or stages, so the team cannot be assessed here.")
    return items


def _scorecard_items(card: pd.DataFrame) -> Items:
    items: Items = []
    ranked = card[card["quality"].notna()]
    flagged = card[card.get("volume_without_quality", pd.Series(False, index=card.index)).fillna(False).astype(bool)]
    if "team_quality" in card and card["team_quality"].notna().any():
        team = float(card["team_quality"].dropna().iloc[0])  # the mean the flag compares with
    else:
        team = float(np.average(ranked["quality"], weights=ranked["surveys"])) if ranked["surveys"].sum() else np.nan
    if len(flagged):
        total = card["contacts"].sum()
        each = [f"{readable(r['agent'])} ({int(r['contacts']):,} contacts, {r['contacts'] / total:.0%} of all; rated "
                f"{r['quality']:.2f}, 95% CI {r['ci_low']:.2f}-{r['ci_high']:.2f})"
                for _, r in flagged.sort_values("contacts", ascending=False).iterrows()]
        who = each[0] if len(each) == 1 else ", ".join(each[:-1]) + " and " + each[-1]
        items.append(("Volume without quality",
                      f"{who} {'is' if len(each) == 1 else 'are'} among the busiest agents, yet customers rate "
                      f"{'this agent' if len(each) == 1 else 'them'} credibly below the team's {team:.2f}. A bonus "
                      "per contact would reward exactly this: pay for quality as well as quantity."))
    elif len(ranked):
        items.append("No high-volume agent is rated credibly below the team: volume and quality go together here.")
    few = card[(card["surveys"] < FEW_SURVEYS) & card["agent"].ne("(unknown)")]
    if len(few):
        items.append(f"{len(few)} agent(s) have fewer than {FEW_SURVEYS} surveys; their quality is pulled toward the "
                     "team average (empirical Bayes), so a handful of perfect scores does not top the table. Do not "
                     "rank them on their raw average.")
    return items


def _trend_sentence(trend: pd.DataFrame | None) -> str:
    if trend is None or len(trend) < 2:
        return ""
    first, last = trend.iloc[0], trend.iloc[-1]
    if last["ci_low"] > first["ci_high"]:
        word = "up from"
    elif last["ci_high"] < first["ci_low"]:
        word = "down from"
    else:
        return (f" The latest period ({_signed(last['nps'])}) is not credibly different from the first "
                f"({_signed(first['nps'])}).")
    return f" The latest period's {_signed(last['nps'])} is {word} {_signed(first['nps'])} in the first."


def _stage_sentence(stages: pd.DataFrame, measure: str) -> str:
    rows = stages[stages[measure].notna()] if measure in stages else stages.iloc[0:0]
    if len(rows) < 2:
        return "Feedback cannot be compared across stages of the journey: fewer than two stages have texts."
    worst, best = rows.loc[rows[measure].idxmax()], rows.loc[rows[measure].idxmin()]
    what = measure.replace("_share", "s").replace("_", " ")
    if worst[f"{measure}_ci_low"] > best[f"{measure}_ci_high"]:
        return (f"Feedback is worst at the {readable(worst['stage'])} stage: {worst[measure]:.0%} {what} (95% CI "
                f"{worst[f'{measure}_ci_low']:.0%}-{worst[f'{measure}_ci_high']:.0%}) against {best[measure]:.0%} at "
                f"{readable(best['stage'])}. Ask for feedback there, not only at the end.")
    return ("No stage of the journey stands out: the shares of " + what + " overlap within their intervals.")
