"""Benchmark of the values analyses (importance-performance analysis).

Run by hand from the repository root:

    python benchmarks/bench_values.py [DATA_DIR] [--quick] [--lexicon]

DATA_DIR defaults to ../shared/data; it is used only for the keyword-lexicon check
on real CFPB complaints (skipped when absent). ``--quick`` uses 200 resamples and
3 seeds; ``--lexicon`` runs only the lexicon check. Prints Markdown tables:

1. Speed: 100,000 respondents x 14 values x 1,000 bootstrap resamples (target < 30 s).
2. Recovery of the true driver ranking on synthetic surveys (make_survey, known
   weights): Spearman rank correlation with the truth over several seeds, for LMG,
   Pearson, Spearman and stated importance.
3. Agreement with independent computations: LMG against brute-force subset
   regressions with scikit-learn on real data (the diabetes study bundled with
   scikit-learn, 10 predictors, 442 patients) with "not applicable" codes injected;
   and the sufficient-statistics bootstrap against a naive bootstrap that refits
   every subset regression on the same resampled rows.
4. The action-plan lexicon on real CFPB complaints: how much more often a value's
   keywords appear in complaints whose CFPB Issue is about that value.
"""

from __future__ import annotations

import platform
import sys
import time
from itertools import combinations
from math import factorial
from pathlib import Path

import numpy as np
import pandas as pd
from _report import markdown_table
from scipy import stats
from sklearn.datasets import load_diabetes
from sklearn.linear_model import LinearRegression

import sentiment_kit as sk
from sentiment_kit.values.action_plan import _compile_lexicon, _hits, _stem_seq

REPO = Path(__file__).resolve().parents[1]


def table(rows: list[dict], title: str) -> None:
    """Print rows as a Markdown table under a heading."""
    print(f"\n### {title}\n")
    print(markdown_table(rows))


def bench_speed(quick: bool) -> None:
    names = [f"v{j:02d}" for j in range(14)]
    w = np.linspace(2, 0.3, 14)
    survey = sk.make_survey(50_000, weights=dict(zip(names, w / w.sum())), random_state=0)
    n_boot = 200 if quick else 1000
    rows = []
    for label, kw in [("derived, LMG (exact, 2^14 subsets per resample)", {"target": "overall_satisfaction"}),
                      ("derived, Pearson", {"target": "overall_satisfaction", "method": "pearson"}),
                      ("stated", {"importance": "stated"})]:
        t = time.perf_counter()
        ipa = sk.importance_performance(survey, attributes=names, n_boot=n_boot, random_state=0, **kw)
        sec = time.perf_counter() - t
        rows.append({"importance": label, "respondents": len(survey), "values": len(names),
                     "resamples": n_boot, "seconds": round(sec, 1), "target (s)": 30,
                     "met": "yes" if sec < 30 else "NO",
                     "median CI width": float((ipa.importance_ci_high - ipa.importance_ci_low).median())})
    table(rows, "Speed")


def bench_recovery(seeds: int) -> None:
    truth_w = sk.data.SURVEY_VALUES
    res: dict[str, list[float]] = {}
    for n in (300, 1000):
        for seed in range(seeds):
            data = sk.make_survey(n, random_state=seed)
            true = [truth_w[a] for a in truth_w]
            for label, kw in [("LMG", {"method": "lmg"}), ("Pearson", {"method": "pearson"}),
                              ("Spearman", {"method": "spearman"}), ("stated", {"importance": "stated"})]:
                kw = {"target": "overall_satisfaction", **kw} if "importance" not in kw else kw
                ipa = sk.importance_performance(data, na_values=[0], n_boot=0, **kw)
                rho = stats.spearmanr(ipa["importance"], true)[0]
                res.setdefault((label, 2 * n), []).append(rho)
    rows = [{"importance": k[0], "respondents": k[1], "seeds": len(v), "mean rho": np.mean(v),
             "min rho": np.min(v)} for k, v in res.items()]
    table(sorted(rows, key=lambda r: (r["respondents"], -r["mean rho"])),
          "Recovery of the true driver ranking (Spearman rho with the generator's weights, 10 values)")


def brute_lmg(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """LMG by fitting every subset regression with scikit-learn (independent of the sweep code)."""
    p = X.shape[1]
    r2 = {(): 0.0}
    for k in range(1, p + 1):
        for s in combinations(range(p), k):
            r2[s] = LinearRegression().fit(X[:, s], y).score(X[:, s], y)
    out = np.zeros(p)
    for j in range(p):
        for k in range(p):
            for s in combinations([i for i in range(p) if i != j], k):
                wgt = factorial(k) * factorial(p - k - 1) / factorial(p)
                out[j] += wgt * (r2[tuple(sorted(s + (j,)))] - r2[s])
    return out, r2[tuple(range(p))]


def bench_agreement() -> None:
    rows = []
    d = load_diabetes(as_frame=True, scaled=False)
    X, y = d.data.copy(), d.target
    rng = np.random.default_rng(0)
    coded = X.copy()
    mask = rng.random(X.shape) < 0.02
    coded = coded.mask(mask, -99)  # "not applicable" code
    frame = coded.add_prefix("perf_").assign(target=y)
    t = time.perf_counter()
    ipa = sk.importance_performance(frame, target="target", na_values=[-99], scale=None, n_boot=0)
    t_sk = time.perf_counter() - t
    keep = ~mask.any(1)
    t = time.perf_counter()
    ref, r2 = brute_lmg(X.to_numpy()[keep], y.to_numpy()[keep])
    t_ref = time.perf_counter() - t
    rows.append({"check": "LMG shares, diabetes (real data, 10 predictors, 2% codes -99 as na_values)",
                 "n": int(keep.sum()), "max abs difference": np.abs(ipa["importance"].to_numpy() - ref / r2).max(),
                 "R2 difference": abs(ipa["r2"].iloc[0] - r2), "sentiment_kit (s)": t_sk,
                 "independent (s)": t_ref})
    rows.append({"check": "na_values counted (n_na = injected codes)", "n": len(X),
                 "max abs difference": float(np.abs(ipa["n_na"].to_numpy() - mask.sum(0)).max()),
                 "R2 difference": np.nan, "sentiment_kit (s)": np.nan, "independent (s)": np.nan})
    # bootstrap engine against a naive bootstrap on the very same resampled rows
    n, p, B = 400, 5, 100
    Xs = rng.integers(1, 6, (n, p)).astype(float)
    Xs[:, 1] = np.clip(Xs[:, 0] + rng.integers(-1, 2, n), 1, 5)
    ys = Xs @ np.array([0.4, 0.3, 0.2, 0.1, 0.0]) + rng.normal(0, 1, n)
    df = pd.DataFrame(Xs, columns=[f"perf_{j}" for j in range(p)]).assign(y=ys)
    ipa = sk.importance_performance(df, target="y", n_boot=B, random_state=42)
    g = np.random.default_rng(42)
    chunk = int(max(1, min(B, 64, 4e7 // n)))
    shares, done = [], 0
    while done < B:
        b = min(chunk, B - done)
        for idx in g.integers(0, n, size=(b, n)):
            s, r2b = brute_lmg(Xs[idx], ys[idx])
            shares.append(s / r2b)
        done += b
    lo, hi = np.percentile(np.array(shares), [2.5, 97.5], axis=0)
    diff = max(np.abs(ipa["importance_ci_low"] - lo).max(), np.abs(ipa["importance_ci_high"] - hi).max())
    rows.append({"check": "bootstrap on sufficient statistics vs naive refits (same resamples, LMG 95% CI bounds)",
                 "n": n, "max abs difference": diff, "R2 difference": np.nan, "sentiment_kit (s)": np.nan,
                 "independent (s)": np.nan})
    table(rows, "Agreement with independent computations")


def bench_lexicon(data_dir: Path) -> None:
    path = data_dir / "cfpb_complaints" / "complaints_sample.csv"
    if not path.exists():
        print(f"\n(lexicon check skipped: {path} not found)")
        return
    raw = pd.read_csv(path, low_memory=False)
    text_col = next(c for c in raw.columns if "narrative" in c.lower())
    raw = raw.dropna(subset=[text_col])
    issue = raw["Issue"].fillna("").str.lower()
    # CFPB Issue labels read as being about each value (decided from the label wording, not tuned)
    groups = {"price": issue.str.contains("fee|interest|charg"),
              "staff_attitude": issue.str.contains("communication tactics|threatened"),
              "communication": issue.str.contains("written notification|false statements|advertising|disclosure"),
              "procedures": issue.str.contains("payment process|closing|opening|applying|investigation")}
    ipa = pd.DataFrame({"attribute": list(groups), "importance": 1.0, "performance": 3.0, "gap": -1.0,
                        "quadrant": "Concentrate here"})
    rows = []
    for value, in_group in groups.items():
        plan = sk.action_plan(ipa[ipa.attribute == value], feedback=raw[text_col].tolist(), n_quotes=0)
        keys = _compile_lexicon([value], None, False)[value]
        hit = np.array([_hits(_stem_seq(t), keys) > 0 for t in raw[text_col]])
        a, b = hit[in_group.to_numpy()].mean(), hit[~in_group.to_numpy()].mean()
        rows.append({"value": value, "CFPB issues matched": int(in_group.sum()),
                     "keyword hit rate, matching issues": a, "hit rate, other complaints": b,
                     "lift": a / b if b else np.nan, "n_mentions (all)": int(plan["n_mentions"].iloc[0])})
    table(rows, f"Action-plan lexicon on {len(raw):,} real CFPB narratives")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    quick = "--quick" in sys.argv
    data_dir = Path(args[0]) if args else (REPO.parent / "shared" / "data")
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, numpy {np.__version__}; "
          f"run at {time.strftime('%Y-%m-%d %H:%M')}")
    if "--lexicon" in sys.argv:
        return bench_lexicon(data_dir)
    bench_speed(quick)
    bench_recovery(3 if quick else 5)
    bench_agreement()
    bench_lexicon(data_dir)


if __name__ == "__main__":
    main()
