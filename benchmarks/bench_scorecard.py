"""Agent scorecard benchmark: does shrinkage rank agents better, and does the flag find the right agent?

Run by hand from the repository root (not by pytest):

    python benchmarks/bench_scorecard.py [--teams 500] [--seed 0]

Every team is simulated by ``sentiment_kit.data.team_synthetic.simulate_interactions``, whose truth
gives each agent's true mean CSAT (``agent_quality``) and the agent a volume bonus would reward
(``bonus_winner``: about three times the median agent's contacts, true mean CSAT about 0.8 below
the team's). Each team also has two agents with very few contacts (2 and 3 surveys; the first
all 5s by design). Two settings: a year of contacts with 40% surveyed (the generator's default),
and a quarter with 10% surveyed, where most agents have about 10 surveys and shrinkage matters more.

For each setting, over ``--teams`` simulated teams, ``agent_scorecard`` with its defaults:

- Spearman correlation, over the named agents with a survey, of the true agent quality with
  ``quality`` (the empirical-Bayes estimate) and with ``quality_raw`` (the plain mean), averaged
  over teams; and the root mean square error of each;
- the share of teams where the bonus winner is flagged ``volume_without_quality`` (target >= 90%);
- the share of the other agents flagged (target <= 5%), and of those whose true quality is not
  below the team's (the mean of the agents' true qualities): flags no reading of the truth supports;
- coverage of the 95% interval (``ci_low``, ``ci_high``) for each agent's true quality;
- how often rank 1 goes to the bonus winner, and to the all-5s agent with two surveys (it would
  top a table of raw means).

Prints Markdown tables: the parameters, then one row per measure and one column per setting. The
default run (500 teams per setting) takes about two minutes on one core.
"""

from __future__ import annotations

import argparse
import platform
import time

import numpy as np
import pandas as pd
from _report import markdown_table
from scipy import stats

import sentiment_kit as sk
from sentiment_kit.data.team_synthetic import simulate_interactions
from sentiment_kit.team.scorecard import agent_scorecard

#: (label, contacts, agents, survey rate) per setting.
SETTINGS = (("a year, 40% surveyed", 6000, 14, 0.4), ("a quarter, 10% surveyed", 1500, 14, 0.1))
DEFAULTS = {"top_volume": 0.25, "quality_weight": 0.7, "confidence": 0.95}


def one_team(n: int, n_agents: int, survey_rate: float, seed: int) -> dict:
    data, truth = simulate_interactions(n, n_agents=n_agents, survey_rate=survey_rate, random_state=seed)
    card = agent_scorecard(data, **DEFAULTS).set_index("agent")
    card = card.loc[card.index.isin(truth["agent_quality"].index)]
    true = truth["agent_quality"].reindex(card.index)
    scored = card["quality"].notna()
    winner, all5 = truth["bonus_winner"], truth["few_surveys"][0]
    others = card.index != winner
    below = true < truth["agent_quality"].mean()
    flags = card["volume_without_quality"]
    err = (card.loc[scored, ["quality", "quality_raw"]].sub(true[scored], axis=0) ** 2).mean()
    return {
        "rho_eb": stats.spearmanr(card.loc[scored, "quality"], true[scored])[0],
        "rho_raw": stats.spearmanr(card.loc[scored, "quality_raw"], true[scored])[0],
        "mse_eb": err["quality"], "mse_raw": err["quality_raw"],
        "winner_flagged": bool(flags[winner]),
        "others_flagged": int(flags[others].sum()), "others": int(others.sum()),
        "others_flagged_not_below": int((flags & others & ~below).sum()),
        "covered": int(((card["ci_low"] <= true) & (true <= card["ci_high"]))[scored].sum()),
        "scored": int(scored.sum()),
        "rank1_winner": card["rank"].idxmin() == winner, "rank1_all5": card["rank"].idxmin() == all5,
        "raw_top_all5": card.loc[scored, "quality_raw"].idxmax() == all5,
    }


#: The measures printed, with their format and target.
MEASURES = (("Spearman with true quality, quality (EB)", "rho_eb", "{:.3f}", ""),
            ("Spearman with true quality, quality_raw", "rho_raw", "{:.3f}", ""),
            ("RMSE, quality (EB)", "rmse_eb", "{:.3f}", ""),
            ("RMSE, quality_raw", "rmse_raw", "{:.3f}", ""),
            ("bonus winner flagged", "winner_flagged", "{:.1%}", ">= 90%"),
            ("other agents flagged", "others_flagged", "{:.1%}", "<= 5%"),
            ("other agents flagged, true quality not below the team's", "others_flagged_not_below", "{:.1%}", ""),
            ("95% interval covers the true quality", "coverage", "{:.1%}", "95%"),
            ("rank 1 is the bonus winner", "rank1_winner", "{:.1%}", ""),
            ("rank 1 is the all-5s agent (2 surveys)", "rank1_all5", "{:.1%}", ""),
            ("raw means would put the all-5s agent on top", "raw_top_all5", "{:.1%}", ""),
            ("seconds", "seconds", "{:.0f}", ""))


def run(n: int, n_agents: int, survey_rate: float, teams: int, seed: int) -> dict:
    t0 = time.perf_counter()
    res = pd.DataFrame([one_team(n, n_agents, survey_rate, seed + t) for t in range(teams)])
    others = res["others"].sum()
    return {"rho_eb": res["rho_eb"].mean(), "rho_raw": res["rho_raw"].mean(),
            "rmse_eb": np.sqrt(res["mse_eb"].mean()), "rmse_raw": np.sqrt(res["mse_raw"].mean()),
            "winner_flagged": res["winner_flagged"].mean(), "others_flagged": res["others_flagged"].sum() / others,
            "others_flagged_not_below": res["others_flagged_not_below"].sum() / others,
            "coverage": res["covered"].sum() / res["scored"].sum(),
            "rank1_winner": res["rank1_winner"].mean(), "rank1_all5": res["rank1_all5"].mean(),
            "raw_top_all5": res["raw_top_all5"].mean(), "seconds": time.perf_counter() - t0}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=500, help="simulated teams per setting")
    parser.add_argument("--seed", type=int, default=0, help="random_state of the first team (then +1 per team)")
    args = parser.parse_args(argv)
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, sentiment_kit {sk.__version__}\n")
    print("### Parameters\n")
    params = [{"setting": label, "teams": args.teams, "contacts per team": n, "agents": k, "surveyed": rate,
               **DEFAULTS, "random_state": f"{args.seed}-{args.seed + args.teams - 1}"}
              for label, n, k, rate in SETTINGS]
    print(markdown_table(params, formats={"surveyed": "{:.0%}"}), "\n")
    results = {label: run(n, k, rate, args.teams, args.seed) for label, n, k, rate in SETTINGS}
    rows = [{"measure": name, **{label: fmt.format(r[key]) for label, r in results.items()}, "target": target}
            for name, key, fmt, target in MEASURES]
    print("### agent_scorecard over simulated teams\n")
    print(markdown_table(rows, align={label: "right" for label in results}), "\n")


if __name__ == "__main__":
    main()
