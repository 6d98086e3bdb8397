"""The generating model behind :mod:`sentiment_kit.data.team_synthetic`: the team's design, customers and
dates, each contact's outcomes, the exact truth, and the comment phrase pools.

Every service-failure phrase in :data:`FAILURES` is detected by :func:`sentiment_kit.service_signals`
in every wording, and every comment body for CSAT 4-5 (1-2) scores positive (negative) with
:func:`sentiment_kit.score_sentiment` (checked in ``tests/data/test_team_data.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import norm

from .._core.parse import as_flag
from .._core.resources import sample_folder
from ..exceptions import SentimentKitError
from . import _phrases as ph

__all__ = [
    "CHANNELS",
    "NAMES",
    "STAFF_TEAMS",
    "STAGES",
    "SURVEY_RATE",
    "assign_agents",
    "comments",
    "customers_and_dates",
    "design_team",
    "interaction_truth",
    "outcomes",
    "staff_answers",
    "staff_truth",
]

#: Stages of the customer journey, in order, with their share of contacts and effect on satisfaction.
STAGES: dict[str, tuple[float, float]] = {"pre-sale": (0.14, 0.25), "purchase": (0.16, 0.35),
                                          "delivery": (0.20, -0.55), "support": (0.35, -0.15),
                                          "renewal": (0.15, 0.05)}
#: Channels with their share of contacts, effect on satisfaction and median handle minutes.
CHANNELS: dict[str, tuple[float, float, float]] = {"phone": (0.45, 0.10, 9.0), "chat": (0.35, 0.0, 13.0),
                                                   "email": (0.20, -0.20, 6.0)}
#: The agents' first names (fictional), in the team's order.
NAMES = ("Amira", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Isla", "Jonas", "Kemi", "Liam",
         "Maya", "Nikhil", "Olivia", "Pavel", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wes", "Yara", "Zoe")
#: Latent-satisfaction model: team base, spread, agent effects' spread, the bonus winner's effect,
#: and the effects of an escalated and of an unresolved contact (all in CSAT points).
_BASE, _SD, _AGENT_SD, _BONUS_EFFECT, _ESCALATED, _UNRESOLVED = 4.5, 1.0, 0.3, -1.1, -0.8, -1.2
#: Likelihood to recommend = _LTR_MEAN + _LTR_SLOPE * (latent - _BASE) + N(0, _LTR_SD), rounded to 0-10.
_LTR_MEAN, _LTR_SLOPE, _LTR_SD = 8.7, 1.5, 1.2
#: Referral: probit(_REF_A + _REF_B * (latent - _BASE)).
_REF_A, _REF_B = -1.55, 0.5
SURVEY_RATE = 0.4
_FEW = ((4, 2), (9, 3))  # (contacts, surveys) of the two agents with very few contacts; the first all 5s
#: Escalation and resolution: the team's (logit-normal spread), the bonus winner's, and escalated contacts'.
_ESC, _ESC_SD, _RES, _BONUS_ESC, _BONUS_RES, _RES_ESCALATED = 0.02, 0.35, 0.985, 0.06, 0.93, 0.7


# --------------------------------------------------------------------------- the team
def design_team(n: int, n_agents: int, rng: np.random.Generator) -> pd.DataFrame:
    """One row per agent: role, satisfaction effect, contacts, escalation, resolution, pace."""
    names = list(NAMES[:n_agents])
    roles = ["bonus", "few_all5", "few"] + ["regular"] * (n_agents - 3)
    roles = [roles[i] for i in rng.permutation(n_agents)]
    team = pd.DataFrame({"role": roles}, index=pd.Index(names, name="agent"))
    regular = team["role"] == "regular"
    team["effect"] = np.where(team["role"] == "bonus", _BONUS_EFFECT, 0.0)
    team.loc[regular, "effect"] = rng.normal(0, _AGENT_SD, int(regular.sum()))
    team.loc[team["role"] == "few", "effect"] = rng.normal(0, _AGENT_SD)
    weights = np.exp(rng.normal(0, 0.25, n_agents))
    weights = np.where(team["role"] == "bonus", 3 * np.median(weights[regular.to_numpy()]), weights)
    weights = np.where(team["role"].str.startswith("few"), 0.0, weights)
    few = {"few_all5": _FEW[0][0], "few": _FEW[1][0]}
    team["contacts"] = _largest_remainder(n - sum(few.values()), weights)
    for role, k in few.items():
        team.loc[team["role"] == role, "contacts"] = k
    logit = np.log(_ESC / (1 - _ESC)) + rng.normal(0, _ESC_SD, n_agents)
    team["p_escalate"] = np.where(team["role"] == "bonus", _BONUS_ESC, 1 / (1 + np.exp(-logit)))
    team["p_resolve"] = np.where(team["role"] == "bonus", _BONUS_RES, np.clip(_RES + rng.normal(0, 0.005, n_agents),
                                                                              0.95, 0.998))
    team["pace"] = np.where(team["role"] == "bonus", 0.55, np.exp(rng.normal(0, 0.12, n_agents)))
    return team


def _largest_remainder(total: int, weights: np.ndarray) -> np.ndarray:
    quota = total * weights / weights.sum()
    counts = np.floor(quota).astype(int)
    counts[np.argsort(-(quota - counts), kind="stable")[: total - counts.sum()]] += 1
    return counts


def assign_agents(team: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    agent = np.repeat(team.index.to_numpy(), team["contacts"].to_numpy())
    rows = pd.DataFrame({"agent": agent[rng.permutation(n)]})
    rows["order"] = np.arange(n)
    few = team.index[team["role"].str.startswith("few")]
    rows["unrecorded"] = ~rows["agent"].isin(few) & (rng.random(n) < 0.01)
    return rows


# --------------------------------------------------------------------------- customers and dates
@lru_cache(maxsize=1)
def _bundled_customers() -> pd.DataFrame:
    return pd.read_csv(sample_folder() / "customers.csv", dtype={"customer_id": str},
                       usecols=["customer_id", "signup_date", "tenure_days", "churned", "annual_value"])


def customers_and_dates(customer_ids: Any, n: int, t0: pd.Timestamp, t1: pd.Timestamp,
                        rng: np.random.Generator) -> tuple[pd.Series, np.ndarray, list[str]]:
    """Date and customer of each contact, and the heavy-contact customers (sorted ids).

    A customer's contacts fall in their window (:func:`_windows`), in proportion to its length;
    about 7% of contacts go to the heavy-contact customers, 0.5% of the customers, drawn from
    the quarter of lowest annual value (when known) with a window at least the median's.
    """
    table = _customer_table(customer_ids)
    ids = table["customer_id"].astype(str).to_numpy()
    first, days = _windows(table, t0, t1)
    pool = np.flatnonzero(days >= 1)
    if not len(pool):
        raise SentimentKitError(f"No customer in customer_ids is a customer between {t0:%Y-%m-%d} and {t1:%Y-%m-%d}; "
                                "pass customers whose sign-up and churn leave some of that period.")
    cheap = pool
    if "annual_value" in table:
        value = table["annual_value"].to_numpy(float)[pool]
        cheap = pool[value <= np.quantile(value, 0.25)]
    steady = cheap[days[cheap] >= np.median(days[pool])]
    n_heavy = min(max(3, round(0.005 * len(pool))), len(cheap)) if len(pool) >= 60 else 0
    heavy = rng.choice(steady if len(steady) >= n_heavy else cheap, n_heavy, replace=False)
    ordinary = np.setdiff1d(pool, heavy)
    who = rng.choice(ordinary, n, p=days[ordinary] / days[ordinary].sum())
    is_heavy = (rng.random(n) < 0.07) & (n_heavy > 0)
    who[is_heavy] = rng.choice(heavy, int(is_heavy.sum())) if n_heavy else who[is_heavy]
    offset = np.floor(rng.random(n) * days[who]).astype("int64")
    dates = pd.Series(pd.to_datetime(first[who] + offset * _DAY_NS)).dt.normalize()
    return dates, ids[who], sorted(ids[heavy])


_DAY_NS = 86_400 * 10**9


def _customer_table(customer_ids: Any) -> pd.DataFrame:
    if customer_ids is None:
        return _bundled_customers()
    if isinstance(customer_ids, pd.DataFrame):
        if "customer_id" not in customer_ids:
            raise SentimentKitError("customer_ids as a DataFrame needs a 'customer_id' column; available: "
                                    f"{list(map(str, customer_ids.columns))}.")
        return customer_ids
    if isinstance(customer_ids, str):
        raise SentimentKitError(f"customer_ids must be a list of ids or a DataFrame, not one string ({customer_ids!r}).")
    return pd.DataFrame({"customer_id": list(customer_ids)})


def _windows(table: pd.DataFrame, t0: pd.Timestamp, t1: pd.Timestamp) -> tuple[np.ndarray, np.ndarray]:
    """First day (ns) and number of days each customer can have contacts: ``[t0, t1]`` cut to
    their relationship when ``signup_date`` (and ``tenure_days`` with ``churned``) are given."""
    first = np.full(len(table), t0.value, dtype="int64")
    last = np.full(len(table), t1.value, dtype="int64")
    if "signup_date" in table:
        signup = pd.to_datetime(table["signup_date"]).dt.normalize().to_numpy("datetime64[ns]").astype("int64")
        first = np.maximum(first, signup)
        if {"tenure_days", "churned"} <= set(table.columns):
            left = signup + (table["tenure_days"].to_numpy(float) * _DAY_NS).astype("int64")
            churned = as_flag(table["churned"], column="churned").to_numpy() == 1
            last = np.where(churned, np.minimum(last, left), last)
    return first, np.floor((last - first) / _DAY_NS) + 1


# --------------------------------------------------------------------------- outcomes
def outcomes(rows: pd.DataFrame, team: pd.DataFrame, survey_rate: float, rng: np.random.Generator) -> None:
    """Escalation, resolution, survey answers, referral and handle time of each contact (in place)."""
    n = len(rows)
    agent = team.loc[rows["agent"]]
    esc = rng.random(n) < agent["p_escalate"].to_numpy()
    res = np.where(esc, rng.random(n) < _RES_ESCALATED, rng.random(n) < agent["p_resolve"].to_numpy())
    mu = (_BASE + agent["effect"].to_numpy() + rows["stage"].map({s: e for s, (_, e) in STAGES.items()}).to_numpy()
          + rows["channel"].map({c: v[1] for c, v in CHANNELS.items()}).to_numpy()
          + _ESCALATED * esc + _UNRESOLVED * ~res)
    surveyed = rng.random(n) < survey_rate
    for role, (_, k) in zip(("few_all5", "few"), _FEW):
        mine = np.flatnonzero(agent["role"].to_numpy() == role)
        surveyed[mine] = False
        surveyed[rng.choice(mine, k, replace=False)] = True
    latent = mu + _SD * rng.standard_normal(n)
    lucky = surveyed & (agent["role"].to_numpy() == "few_all5")  # all 5s by design: latent drawn above 4.5
    low = norm.cdf((4.5 - mu[lucky]) / _SD)
    latent[lucky] = mu[lucky] + _SD * norm.ppf(low + rng.random(int(lucky.sum())) * (1 - low))
    csat = np.digitize(latent, [1.5, 2.5, 3.5, 4.5]) + 1.0
    ltr = np.clip(np.round(_LTR_MEAN + _LTR_SLOPE * (latent - _BASE) + _LTR_SD * rng.standard_normal(n)), 0, 10)
    rows["csat"] = np.where(surveyed, csat, np.nan)
    rows["likelihood_to_recommend"] = np.where(surveyed, ltr, np.nan)
    rows["resolved"], rows["escalated"] = res.astype(int), esc.astype(int)
    rows["referred"] = (rng.random(n) < norm.cdf(_REF_A + _REF_B * (latent - _BASE))).astype(int)
    minutes = rows["channel"].map({c: v[2] for c, v in CHANNELS.items()}).to_numpy() * agent["pace"].to_numpy()
    minutes = minutes * np.where(esc, 1.6, 1.0) * np.exp(rng.normal(0, 0.5, n))
    rows["handle_minutes"] = np.maximum(np.round(minutes, 1), 0.5)


# --------------------------------------------------------------------------- truth
def _expectations(mu: np.ndarray) -> dict[str, np.ndarray]:
    """Mean CSAT, promoter, detractor and referral probabilities at latent means ``mu`` (exact)."""
    cdf = norm.cdf((np.array([1.5, 2.5, 3.5, 4.5]) - mu[..., None]) / _SD)
    mean_csat = 5.0 - cdf.sum(axis=-1)  # E[X] = 5 - sum_k P(X <= k) on 1..5
    m = _LTR_MEAN + _LTR_SLOPE * (mu - _BASE)
    s = np.hypot(_LTR_SLOPE * _SD, _LTR_SD)
    return {"csat": mean_csat, "promoter": norm.sf((8.5 - m) / s), "detractor": norm.cdf((6.5 - m) / s),
            "referral": norm.cdf((_REF_A + _REF_B * (mu - _BASE)) / np.hypot(1.0, _REF_B * _SD))}


def interaction_truth(team: pd.DataFrame, data: pd.DataFrame) -> dict[str, Any]:
    stage_p = np.array([p for p, _ in STAGES.values()])
    stage_e = np.array([e for _, e in STAGES.values()])
    chan_p = np.array([v[0] for v in CHANNELS.values()])
    chan_e = np.array([v[1] for v in CHANNELS.values()])
    pe, pr = team["p_escalate"].to_numpy(), team["p_resolve"].to_numpy()
    # States (escalated & resolved, escalated & unresolved, handled & resolved, handled & unresolved).
    state_p = np.stack([pe * _RES_ESCALATED, pe * (1 - _RES_ESCALATED), (1 - pe) * pr, (1 - pe) * (1 - pr)], axis=1)
    state_e = np.array([_ESCALATED, _ESCALATED + _UNRESOLVED, 0.0, _UNRESOLVED])
    mu = (_BASE + team["effect"].to_numpy()[:, None, None, None] + stage_e[None, :, None, None]
          + chan_e[None, None, :, None] + state_e[None, None, None, :])
    w = state_p[:, None, None, :] * chan_p[None, None, :, None]  # agent x stage x channel x state, per stage
    share = team["contacts"].to_numpy() / team["contacts"].sum()
    ex = _expectations(mu)
    by_agent_stage = {k: (v * w).sum(axis=(2, 3)) for k, v in ex.items()}  # agent x stage
    by_stage = {k: share @ v for k, v in by_agent_stage.items()}
    overall = {k: float(v @ stage_p) for k, v in by_stage.items()}
    stages, agents = list(STAGES), team.index
    empowerment = (1 - pe) * pr
    return {
        "agent_quality": pd.Series(by_agent_stage["csat"] @ stage_p, index=agents, name="true_csat"),
        "agent_contacts": data["agent"].value_counts().reindex(agents, fill_value=0).rename("contacts"),
        "bonus_winner": str(team.index[team["role"] == "bonus"][0]),
        "few_surveys": [str(a) for a in team.index[team["role"].str.startswith("few")]],
        "nps": 100 * (overall["promoter"] - overall["detractor"]),
        "nps_by_stage": pd.Series(100 * (by_stage["promoter"] - by_stage["detractor"]), index=stages, name="true_nps"),
        "csat_mean": overall["csat"],
        "csat_by_stage": pd.Series(by_stage["csat"], index=stages, name="true_csat"),
        "empowerment": float(share @ empowerment),
        "escalation_rate": float(share @ pe),
        "referral_rate": overall["referral"],
        "stage_order": stages,
        "escalation_by_agent": pd.Series(pe, index=agents, name="true_escalation"),
        "empowerment_by_agent": pd.Series(empowerment, index=agents, name="true_empowerment"),
    }


# --------------------------------------------------------------------------- comments
_WHO = "{the agent|the advisor|the person I spoke to|the rep}"
#: Comment bodies by CSAT answer; ``<who>`` is the agent's name or a description.
_BODY: dict[int, list[str]] = {
    5: ["<who> was {brilliant|fantastic|really helpful|lovely|wonderful}",
        "{sorted|fixed} everything {in one call|first time|straight away}, {brilliant|great|excellent}",
        "{great|excellent|friendly} {service|help|support}{, thank you|, thanks|}",
        "<who> {explained everything clearly|really listened}, {great|excellent} service",
        "could not have asked for {better|more} help"],
    4: ["{helpful|friendly} {agent|advisor}, {sorted in the end|got there in the end}",
        "{good|nice} service{, a bit slow| overall|}", "<who> was helpful{ but the wait was long| though it took a while|}",
        "{issue|query} {resolved|sorted}, {thanks|thank you}"],
    3: ["{it was ok|okay|fine|average}{, nothing special|}",
        "took {a while|two calls|longer than expected} but {it is sorted|got there}",
        "not sure {it is fixed|what happens next}", "{average|so-so} service"],
    2: ["{problem not fixed|not resolved|still broken}{ after three calls| after two weeks|}",
        "had to explain {everything|my problem} {three times|twice}, {so frustrating|very annoying}",
        "{very|really} {disappointed|frustrated|unhappy} with {the call|the service|how it was handled}"],
    1: ["{waste of time|useless|very poor service|terrible service}",
        "{problem not fixed|still broken} after {three calls|two weeks|a month}{, useless|}",
        "{worst|awful|appalling} {service|experience} {ever|in years|}"],
}
#: Service-failure phrases by signal (names as in :data:`sentiment_kit.SIGNALS`), each detected by
#: :func:`sentiment_kit.service_signals` in every wording (``tests/data/test_team_data.py``).
_FAILURES: dict[str, list[str]] = {
    "rudeness": ["<who> was {rude|condescending|sarcastic} {to me|on the phone}", "<who> hung up on me",
                 "<who> {talked down to me|snapped at me}"],
    "indifference": ["nobody {seemed to care|cared}", "I felt ignored", "they ignored my {emails|messages}",
                     "{nobody|no one} {called me back|got back to me}"],
    "escalation": ["I {asked|had} to speak to a {manager|supervisor}", "had to escalate it to a {manager|supervisor}",
                   "I {demanded|asked for} a {manager|supervisor}"],
    "broken_promise": ["<who> promised {a refund|a credit} that never came",
                       "<who> promised to call me back but nobody did"],
    "intent_to_leave": ["{I'm|I am} {switching to|moving to} {another provider|a competitor}",
                        "{I will cancel|going to cancel} my {contract|account} {this month|as soon as I can}"],
}
_FAIL_P = {1: 0.7, 2: 0.5, 3: 0.15, 4: 0.03, 5: 0.0}  # chance a comment reports a failure, by CSAT
_KINDS = {"regular": [0.15, 0.30, 0.15, 0.25, 0.15], "bonus": [0.35, 0.40, 0.10, 0.10, 0.05]}


def comments(rows: pd.DataFrame, team: pd.DataFrame, rng: np.random.Generator) -> tuple[list[Any], pd.DataFrame]:
    """A comment for about 85% of surveyed contacts, its tone from ``csat``; the failures written."""
    signals = pd.DataFrame(False, index=rows.index, columns=list(_FAILURES))
    texts: list[Any] = [np.nan] * len(rows)
    bonus = team.index[team["role"] == "bonus"][0]
    for i in np.flatnonzero(rows["csat"].notna().to_numpy() & (rng.random(len(rows)) < 0.85)):
        csat, agent = int(rows.at[i, "csat"]), rows.at[i, "agent"]
        is_bonus = agent == bonus
        who = agent if not rows.at[i, "unrecorded"] and rng.random() < 0.4 else ph.expand(_WHO, rng)
        parts = [rng.choice(_BODY[csat])]
        if rng.random() < min(0.95, _FAIL_P[csat] * (1.4 if is_bonus else 1.0)):
            kind = rng.choice(list(_FAILURES), p=_KINDS["bonus" if is_bonus else "regular"])
            parts.append(rng.choice(_FAILURES[kind]))
        if rows.at[i, "escalated"] and csat <= 3 and rng.random() < 0.6:
            parts.append(rng.choice(_FAILURES["escalation"]))
        parts = list(dict.fromkeys(parts))
        for part in parts[1:]:
            signals.iat[i, signals.columns.get_loc(next(k for k, v in _FAILURES.items() if part in v))] = True
        text = re.sub(r"\s+", " ", ". ".join(ph.expand(p, rng).replace("<who>", who) for p in parts)).strip()
        text = text[0].upper() + text[1:] + ("." if rng.random() < 0.7 else "")
        texts[i] = text.lower() if rng.random() < 0.1 else text
    return texts, signals


#: Teams of the staff survey: share of employees and effect on the internal-support rating (1-5 scale).
STAFF_TEAMS: dict[str, tuple[float, float]] = {"Customer service": (0.35, -0.45), "Sales": (0.2, 0.35),
                                               "Field engineering": (0.2, -0.8), "Billing": (0.15, 0.2),
                                               "Retention": (0.1, 0.0)}
_STAFF_BASE, _STAFF_SD, _ENPS_MEAN, _ENPS_SLOPE, _ENPS_SD = 3.5, 0.9, 7.8, 1.3, 1.6
STAFF_COMMENTS = {
    "good": ["{IT|Billing|Logistics|Planning} {always help quickly|are quick to help|sort things out fast}",
             "{great|excellent} support from {the other teams|IT|the back office}"],
    "mixed": ["{IT|Planning|Logistics} {are ok|are fine} but {slow|hard to reach} at {busy times|month end}",
              "depends who you get in {IT|Billing|Planning}"],
    "bad": ["{IT|Planning|Logistics} {never answer tickets|take weeks to fix anything|ignore our requests}",
            "{no one|nobody} in {Billing|IT|Planning} {gets back to us|takes ownership}",
            "we {are left to|have to} apologise to customers for {other teams|Planning|Logistics}"],
}


def staff_answers(n: int, rng: np.random.Generator) -> pd.DataFrame:
    """The staff survey's answers: team, eNPS question, internal-support rating and a comment."""
    teams = list(STAFF_TEAMS)
    team = rng.choice(teams, n, p=[p for p, _ in STAFF_TEAMS.values()])
    mu = _STAFF_BASE + pd.Series(team).map({t: e for t, (_, e) in STAFF_TEAMS.items()}).to_numpy()
    latent = mu + _STAFF_SD * rng.standard_normal(n)
    rating = np.digitize(latent, [1.5, 2.5, 3.5, 4.5]) + 1
    ltr = np.clip(np.round(_ENPS_MEAN + _ENPS_SLOPE * (latent - _STAFF_BASE) + _ENPS_SD * rng.standard_normal(n)), 0, 10)
    texts: list[Any] = [np.nan] * n
    for i in np.flatnonzero(rng.random(n) < 0.7):
        tone = "good" if rating[i] >= 4 else "bad" if rating[i] <= 2 else "mixed"
        text = ph.expand(rng.choice(STAFF_COMMENTS[tone]), rng)
        texts[i] = text[0].upper() + text[1:] + ("." if rng.random() < 0.6 else "")
    return pd.DataFrame({
        "employee_id": [f"E{i + 1:04d}" for i in range(n)],
        "date": pd.Timestamp("2025-06-02") + pd.to_timedelta(rng.integers(0, 14, n), unit="D"),
        "team": team, "likelihood_to_recommend": ltr.astype(int), "internal_support": rating.astype(int),
        "text": texts,
    })


def staff_truth() -> dict[str, Any]:
    """True eNPS and mean internal-support rating, overall (over the teams' shares) and per team."""
    teams = list(STAFF_TEAMS)
    share = np.array([p for p, _ in STAFF_TEAMS.values()])
    effect = np.array([e for _, e in STAFF_TEAMS.values()])
    cdf = norm.cdf((np.array([1.5, 2.5, 3.5, 4.5]) - (_STAFF_BASE + effect)[:, None]) / _STAFF_SD)
    mean = 5.0 - cdf.sum(axis=1)
    m, s = _ENPS_MEAN + _ENPS_SLOPE * effect, np.hypot(_ENPS_SLOPE * _STAFF_SD, _ENPS_SD)
    enps = 100 * (norm.sf((8.5 - m) / s) - norm.cdf((6.5 - m) / s))
    return {"enps": float(share @ enps), "enps_by_team": pd.Series(enps, index=teams, name="true_enps"),
            "internal_support_mean": float(share @ mean),
            "internal_support_by_team": pd.Series(mean, index=teams, name="true_internal_support"),
            "team_order": teams}
