"""Churn benchmark: interval coverage over simulated data sets, and classification speed.

Run by hand (not by pytest):

    python benchmarks/bench_churn.py [DATA_DIR] [--datasets 200] [--n-af 800] [--n-boot 60]

DATA_DIR defaults to ../shared/data relative to the repository root; it is not needed (every
data set here is simulated with ``simulate_customers``, whose truth is known) and is accepted for
symmetry with the other benchmarks. Prints Markdown tables.

(a) ``indifference_share``: share of simulated data sets whose 95% Wilson interval, computed from
    *classified* exit reasons, covers the generator's expected indifference share; also against
    the realised share of the sample, and with the *true* reasons (no classification error).
(b) ``attributable_churn``: share of data sets whose 95% bootstrap interval covers the generator's
    expected attributable fraction, for both intervals from the same resamples: the normal
    interval (the default, ``interval="normal"``: estimate +/- z * bootstrap standard error) and
    the percentile interval (``interval="percentile"``). The package is called once per data set
    with ``interval="percentile"``; the normal interval is computed here from the same
    replicates (``res.boot``), and checked on the first data set against the package's own
    ``interval="normal"`` result, so the bootstrap is not run twice.
(c) ``classify_churn_reasons`` on 1,000,000 answers.
(d) Agreement of the rules with the category IBM's Telco churn sample assigns to each of its 20
    churn reasons (a different annotator; the data are IBM's own synthetic sample).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from _report import markdown_table
from scipy import stats

import sentiment_kit as sk

# IBM Telco Customer Churn (Cognos sample, v11): Churn Reason -> Churn Category.
IBM_TELCO = [
    ("Competitor had better devices", "Competitor"), ("Competitor made better offer", "Competitor"),
    ("Competitor offered more data", "Competitor"), ("Competitor offered higher download speeds", "Competitor"),
    ("Attitude of support person", "Attitude"), ("Attitude of service provider", "Attitude"),
    ("Price too high", "Price"), ("Long distance charges", "Price"), ("Extra data charges", "Price"),
    ("Lack of affordable download/upload speed", "Price"), ("Product dissatisfaction", "Dissatisfaction"),
    ("Network reliability", "Dissatisfaction"), ("Service dissatisfaction", "Dissatisfaction"),
    ("Limited range of services", "Dissatisfaction"), ("Lack of self-service on Website", "Dissatisfaction"),
    ("Poor expertise of phone support", "Dissatisfaction"), ("Poor expertise of online support", "Dissatisfaction"),
    ("Moved", "Other"), ("Deceased", "Other"), ("Don't know", "Other"),
]
IBM_MAP = {"Competitor": {"competitor"}, "Attitude": {"indifference"}, "Price": {"price"},
           "Dissatisfaction": {"product_dissatisfaction"}, "Other": {"moved", "died", "unknown"}}


def coverage_share(n_sets: int, truths: list[tuple[float, float]], n: int) -> list[dict]:
    rows = []
    for truth_value, exposure_rate in truths:
        hit_exp = hit_real = hit_true = 0
        bias, widths, t0 = [], [], time.perf_counter()
        for s in range(n_sets):
            df, truth = sk.simulate_customers(n, indifference_share=truth_value, exposure_rate=exposure_rate,
                                              random_state=10_000 + s)
            churners = df["churned"] == 1
            res = sk.indifference_share(sk.classify_churn_reasons(df.loc[churners, "exit_reason"]))
            answered = churners & (df["exit_reason"].str.strip() != "")
            oracle = sk.indifference_share(truth["true_reason"][answered].astype(str))
            hit_exp += res.ci_low <= truth["indifference_share"] <= res.ci_high
            hit_real += res.ci_low <= truth["realized_share"] <= res.ci_high
            hit_true += oracle.ci_low <= truth["indifference_share"] <= oracle.ci_high
            bias.append(res.estimate - truth["indifference_share"])
            widths.append(res.ci_high - res.ci_low)
        rows.append({"truth": truth_value, "exposure rate": exposure_rate, "data sets": n_sets, "customers": n,
                     "coverage (expected share)": hit_exp / n_sets, "coverage (realised share)": hit_real / n_sets,
                     "coverage, true reasons": hit_true / n_sets, "mean bias": float(np.mean(bias)),
                     "mean width": float(np.mean(widths)), "seconds": time.perf_counter() - t0})
    return rows


def normal_interval(res, confidence: float = 0.95) -> tuple[float, float]:
    """The normal bootstrap interval from ``res.boot``, as ``attributable_churn(interval="normal")``
    computes it (estimate +/- z * standard deviation of the successful replicates)."""
    ok = res.boot[~np.isnan(res.boot)]
    if len(ok) < 10:  # the package gives no interval either
        return np.nan, np.nan
    half = stats.norm.ppf(1 - (1 - confidence) / 2) * np.std(ok, ddof=1)
    return res.attributable_fraction - half, res.attributable_fraction + half


def coverage_af(n_sets: int, n: int, n_boot: int) -> dict:
    hits = {"percentile": 0, "normal": 0}
    widths = {"percentile": [], "normal": []}
    bias, t0 = [], time.perf_counter()
    kw = {"exposure": "unanswered_contacts", "threshold": 0, "covariates": ["plan"], "n_boot": n_boot}
    for s in range(n_sets):
        df, truth = sk.simulate_customers(n, random_state=20_000 + s)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = sk.attributable_churn(df, interval="percentile", random_state=s, **kw)
            normal = normal_interval(res)
            if s == 0:  # the same replicates through the package's own normal interval
                ref = sk.attributable_churn(df, interval="normal", random_state=s, **kw)
                if not np.allclose([ref.ci_low, ref.ci_high], normal, rtol=0, atol=1e-12, equal_nan=True):
                    raise SystemExit(f"normal interval here {normal} differs from the package's "
                                     f"({ref.ci_low}, {ref.ci_high}): update normal_interval()")
        af = truth["attributable_fraction"]
        for name, (lo, hi) in (("percentile", (res.ci_low, res.ci_high)), ("normal", normal)):
            hits[name] += lo <= af <= hi
            widths[name].append(hi - lo)
        bias.append(res.attributable_fraction - af)
        if (s + 1) % 20 == 0:
            print(f"  attributable_churn: {s + 1}/{n_sets} data sets, coverage so far normal "
                  f"{hits['normal'] / (s + 1):.3f}, percentile {hits['percentile'] / (s + 1):.3f}, "
                  f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return {"data sets": n_sets, "customers": n, "bootstrap resamples": n_boot,
            "coverage (normal, the default)": float(hits["normal"] / n_sets),
            "coverage (percentile)": float(hits["percentile"] / n_sets),
            "mean bias": float(np.mean(bias)), "sd of estimate": float(np.std(bias)),
            "mean width (normal)": float(np.nanmean(widths["normal"])),
            "mean width (percentile)": float(np.nanmean(widths["percentile"])),
            "seconds": time.perf_counter() - t0}


def speed(n_total: int = 1_000_000) -> list[dict]:
    pool = sk.make_customers(20_000, random_state=1)["exit_reason"]
    rng = np.random.default_rng(0)
    rows = []
    reasons = pd.Series(rng.choice(pool.to_numpy(dtype=object), n_total))
    variants = pd.Series(reasons.to_numpy(dtype=object)).copy()
    idx = rng.choice(n_total, 60_000, replace=False)  # free text: many distinct answers
    variants.iloc[idx] = [f"{r} (account {i})" for r, i in zip(variants.iloc[idx], idx)]
    for label, data in [("exit reasons as they repeat", reasons), ("with ~60,000 distinct free texts", variants)]:
        t0 = time.perf_counter()
        out = sk.classify_churn_reasons(data)
        rows.append({"input": label, "answers": len(data), "distinct": int(data.nunique()),
                     "seconds": time.perf_counter() - t0, "unknown": float((out == "unknown").mean())})
    return rows


def agreement_ibm() -> tuple[float, pd.DataFrame]:
    got = sk.classify_churn_reasons([r for r, _ in IBM_TELCO]).astype(str)
    ok = [g in IBM_MAP[c] for g, (_, c) in zip(got, IBM_TELCO)]
    return float(np.mean(ok)), pd.DataFrame({"reason": [r for r, _ in IBM_TELCO], "IBM": [c for _, c in IBM_TELCO],
                                             "ours": got.to_numpy(), "agree": ok})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    parser.add_argument("--datasets", type=int, default=200)
    parser.add_argument("--n-share", type=int, default=3000, help="customers per data set for (a)")
    parser.add_argument("--n-af", type=int, default=800, help="customers per data set for (b)")
    parser.add_argument("--n-boot", type=int, default=60)
    parser.add_argument("--skip-af", action="store_true")
    args = parser.parse_args(argv)
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, sentiment_kit {sk.__version__}\n")

    print("### Speed of classify_churn_reasons\n")
    print(markdown_table(speed()), "\n")
    acc, table = agreement_ibm()
    print(f"### Agreement with IBM Telco churn categories: {acc:.0%} of {len(table)} reasons\n")
    print(markdown_table(table[~table["agree"]]) if not table["agree"].all() else "(all agree)", "\n")

    print("### (a) Coverage of indifference_share's 95% Wilson interval\n")
    print(markdown_table(coverage_share(args.datasets, [(0.45, 0.35), (0.68, 0.6)], args.n_share)), "\n")
    if not args.skip_af:
        print("### (b) Coverage of attributable_churn's 95% bootstrap interval\n")
        print(markdown_table([coverage_af(args.datasets, args.n_af, args.n_boot)]), "\n")


if __name__ == "__main__":
    main()
