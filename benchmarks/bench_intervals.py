"""Coverage of the team metrics' intervals by simulation: NPS, CSAT and rates.

Run by hand from the repository root:

    python benchmarks/bench_intervals.py [--reps N] [--seed S]

For each sample size (n = 30, 100, 1000) and each true value tried (NPS near -90, 0, 50
and 90; CSAT means from the bottom to the top of a 1-5 scale), draws ``--reps`` samples
(default 4,000), computes the 95% interval on each and counts how often it covers the
truth. For rates (5% to 95%) the coverage of the Wilson interval is computed exactly from
the binomial distribution. Coverage within 93-97% at every cell is the target;
the Monte-Carlo standard error at 4,000 repetitions is about 0.35 points.

Prints Markdown tables: NPS by method (score, adjusted Wald, Wald), CSAT (share
satisfied by Wilson; mean by the Jeffreys-Dirichlet interval the package uses and by
Student t for comparison) and rates (Wilson).
"""

from __future__ import annotations

import argparse
import platform
import time

import numpy as np
import pandas as pd
from scipy import stats
from _report import markdown_table

from sentiment_kit.team._intervals import NPS_METHODS, mean_interval, nps_interval, rating_mean_interval
from sentiment_kit._core.stats import wilson_interval

SIZES = (30, 100, 1000)
#: (promoter, passive, detractor) probabilities: NPS -90, 0, 50, 90 (and 0 with few passives).
NPS_CASES = {
    -90: (0.02, 0.06, 0.92),
    0: (0.35, 0.30, 0.35),
    "0 (polarised)": (0.48, 0.04, 0.48),
    50: (0.60, 0.30, 0.10),
    90: (0.92, 0.06, 0.02),
}
#: Probabilities of ratings 1-5: low, middle and high satisfaction.
CSAT_CASES = {
    "low (mean 1.6)": (0.60, 0.25, 0.10, 0.03, 0.02),
    "middle (mean 3.2)": (0.10, 0.20, 0.25, 0.30, 0.15),
    "high (mean 4.7)": (0.01, 0.02, 0.04, 0.12, 0.81),
    "very high (mean 4.9)": (0.0, 0.01, 0.02, 0.07, 0.90),
}
RATES = (0.05, 0.2, 0.5, 0.8, 0.95)


def nps_coverage(reps: int, rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    for name, p in NPS_CASES.items():
        truth = p[0] - p[2]
        for n in SIZES:
            draws = rng.multinomial(n, p, size=reps)
            row = {"true NPS": name, "n": n}
            for method in NPS_METHODS:
                bounds = np.array([nps_interval(*x, method=method) for x in draws])
                row[method] = np.mean((bounds[:, 0] <= truth + 1e-12) & (truth - 1e-12 <= bounds[:, 1]))
            rows.append(row)
    return pd.DataFrame(rows)


def csat_coverage(reps: int, rng: np.random.Generator) -> pd.DataFrame:
    rows = []
    for name, p in CSAT_CASES.items():
        p = np.asarray(p)
        mean = float((np.arange(1, 6) * p).sum())
        top2 = float(p[3:].sum())
        for n in SIZES:
            draws = rng.choice(np.arange(1, 6), p=p, size=(reps, n)).astype(float)
            k = np.arange(n + 1)  # the share satisfied is binomial: its coverage is computed exactly
            lo, hi = wilson_interval(k, n)
            jeffreys = np.array([rating_mean_interval(x, (1, 5))[1:3] for x in draws])
            t = np.array([mean_interval(x)[1:3] for x in draws])
            rows.append({"satisfaction": name, "n": n,
                         "share satisfied": f"{top2:.0%}",
                         "its coverage (Wilson, exact)": float(stats.binom.pmf(k, n, top2)[(lo <= top2) & (top2 <= hi)].sum()),
                         "mean (Jeffreys-Dirichlet, used)": np.mean((jeffreys[:, 0] <= mean) & (mean <= jeffreys[:, 1])),
                         "mean (Student t)": np.mean((t[:, 0] <= mean) & (mean <= t[:, 1]))})
    return pd.DataFrame(rows)


def rate_coverage() -> pd.DataFrame:
    """Exact coverage of the Wilson interval: the binomial probability of the counts it covers."""
    rows = []
    for p in RATES:
        row = {"true rate": f"{p:.0%}"}
        for n in SIZES:
            k = np.arange(n + 1)
            lo, hi = wilson_interval(k, n)
            row[f"n = {n}"] = float(stats.binom.pmf(k, n, p)[(lo <= p) & (p <= hi)].sum())
        rows.append(row)
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    t0 = time.perf_counter()
    pct = "{:.1%}".format
    print(f"Interval coverage, nominal 95%, {args.reps:,} samples per cell (seed {args.seed}); "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}\n")
    nps_table = nps_coverage(args.reps, rng)
    print("## Net promoter score\n")
    print(markdown_table(nps_table, formats={m: pct for m in NPS_METHODS}))
    print("\nLowest coverage: " + ", ".join(f"{m} {nps_table[m].min():.1%}" for m in NPS_METHODS))
    csat_table = csat_coverage(args.reps, rng)
    print("\n## CSAT\n")
    print(markdown_table(csat_table, formats={c: pct for c in csat_table.columns[3:]}))
    rate_table = rate_coverage()
    print("\n## Rates (retention, referral, empowerment): Wilson, exact coverage\n")
    print(markdown_table(rate_table, formats={c: pct for c in rate_table.columns[1:]}))
    print(f"\n{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
