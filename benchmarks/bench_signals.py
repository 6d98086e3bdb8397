"""Benchmark ``service_signals``: precision/recall per signal and throughput.

Run by hand (not by pytest)::

    python benchmarks/bench_signals.py [DATA_DIR] [--test2 PATH] [--test3 PATH] [--test4 PATH] [--uci PATH] [--vader PATH]
        [--dev2 PATH] [--labelled PATH] [--dev PATH] [--cross PATH] [--n 100000] [--keyword-sets-only]

* Precision in use: on TEST2, TEST3 and TEST4 (``signals_test*.csv``, with a second annotator's labels
  in ``*_b.csv``), uniform samples of the sentences the frozen rules flag in CFPB complaints no
  earlier set touched, on UCI (``signals_uci.csv``: every review sentence the rules flag in
  three other industries) and on VADER (``signals_vader.csv``: what the rules flag in VADER's
  Amazon review snippets, tweets and film snippets), labelled blind by two annotators: precision against each, with Wilson
  95% intervals, and Cohen's kappa between them. The README quotes each set's figures at the commit
  it was frozen with; later rule changes make the current numbers on a set optimistic.
* Quality: precision, recall, F1 and support of each signal on the keyword-built hand-labelled sets of
  CFPB sentences (labelling rules in ``benchmarks/data/SIGNALS_LABELLING.md``), and on DEV2:
  the TEST set ``signals_labelled.csv`` (534 sentences; one error-analysis round was done on it
  before the development set existed, none since) and the DEV set ``signals_dev.csv`` (326
  sentences from other complaints, whose errors the rules were then written against; optimistic);
  on the CROSS-INDUSTRY set ``signals_cross_industry.csv`` (282 hand-written customer sentences from 13
  other industries, about half hard negatives; a development set for generalisation: the rules of
  777dc1d, before any rule saw it, give the honest estimate for unseen industries, the current rules
  optimistic ones); and on synthetic reviews with known truth (``simulate_reviews``).
* Earlier rules: the script uses nothing of the package but its public names, so an older
  commit's rules can be measured on today's labelled files by putting that commit's ``src`` first
  on ``PYTHONPATH``; ``--keyword-sets-only`` prints only the keyword-built sets (TEST, DEV2, DEV,
  CROSS-INDUSTRY), which need only ``service_signals`` and ``SIGNALS`` and so run with the oldest
  packages. The rules before the TEST set's one error-analysis round are those of 90e64f4, after
  it but before the rework against DEV 03e51c5, before the cross-industry round 777dc1d (the
  README's "before any rule saw it")::

      git worktree add /tmp/sk-777dc1d 777dc1d
      PYTHONPATH=/tmp/sk-777dc1d/src python benchmarks/bench_signals.py --keyword-sets-only
      git worktree remove /tmp/sk-777dc1d
* Speed: texts per second on ``--n`` short synthetic reviews (mostly distinct), on ``--n`` texts
  built by repeating the test sentences (534 distinct texts, so this row mostly measures the
  scan-each-distinct-text-once shortcut), and, when ``DATA_DIR`` has the CFPB extracts, on every
  distinct CFPB sentence (~38,600, no repeats).

``DATA_DIR`` (default ``<repo>/../shared/data``) is only needed for the last speed row.
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import time
from pathlib import Path

import numpy as np
import pandas as pd
from _data import load_module
from _report import markdown_table
from sklearn.metrics import precision_recall_fscore_support

import sentiment_kit as sk

ROOT = Path(__file__).resolve().parents[1]

#: The commit whose rules TEST2 was drawn with and first measured on; later rule changes make TEST2
#: a development set like the others.
TEST2_FROZEN = "6af34bd"
#: The commit whose rules TEST3 was drawn with and measured on (after TEST2's errors were read).
TEST3_FROZEN = "406f9d9"
#: The commit whose rules TEST4 and the UCI set were drawn with and measured on.
TEST4_FROZEN = "a349f9e"
#: The commit whose rules the VADER set was drawn with and measured on (after the UCI fixes).
VADER_FROZEN = "7a8033e"


def quality(truth: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for s in sk.SIGNALS:
        y, p = truth[s].astype(bool).to_numpy(), pred[s].to_numpy()
        prec, rec, f1, _ = precision_recall_fscore_support(y, p, average="binary", zero_division=0)
        rows.append({"signal": s, "precision": prec, "recall": rec, "F1": f1,
                     "support": int(y.sum()), "flagged": int(p.sum())})
    return pd.DataFrame(rows)


def fresh_set_report(test2: pd.DataFrame, second: pd.DataFrame | None) -> pd.DataFrame:
    """Precision of each signal on its uniform sample of flagged sentences, against each annotator
    (the fresh sets TEST2, TEST3, TEST4 and UCI).

    ``test2`` has annotator A's labels and a ``pool`` column (";"-joined pools a sentence was drawn
    for); ``second`` has annotator B's labels on the same ``sentence_id``. Precision is computed on
    the sentences drawn as "<signal>:flagged" that the rules flag now (at the frozen commit: all of
    them), with a Wilson 95% interval; kappa is Cohen's, A against B, over all sentences.
    """
    from scipy.stats import binomtest
    from sklearn.metrics import cohen_kappa_score

    pred = sk.service_signals(test2["text"])
    b = None if second is None else second.set_index("sentence_id").loc[test2["sentence_id"]].reset_index()
    rows = []
    for s in sk.SIGNALS:
        drawn = test2["pool"].str.split(";").map(lambda pools, s=s: f"{s}:flagged" in pools).to_numpy()
        flag = pred[s].to_numpy() & drawn
        n = int(flag.sum())
        row = {"signal": s, "flagged (sample)": n}
        for who, lab in (("A", test2), ("B", b)):
            if lab is None:
                continue
            k = int(lab[s].to_numpy()[flag].sum())
            ci = binomtest(k, n).proportion_ci(method="wilson") if n else None  # Wilson (1927)
            row[f"precision {who}"] = k / n if n else float("nan")
            row[f"95% CI {who}"] = f"{ci.low:.2f}-{ci.high:.2f}" if n else ""
        if b is not None:
            both = (test2[s].to_numpy() == 1) & (b[s].to_numpy() == 1)
            row["precision A and B"] = both[flag].mean() if n else float("nan")
            row["kappa A-B"] = float(cohen_kappa_score(test2[s], b[s])) if test2[s].nunique() + b[s].nunique() > 2 else float("nan")
        rnd = test2["pool"].eq("random").to_numpy()
        pos = rnd & (test2[s].to_numpy() == 1)
        row["random: positives (A)"] = int(pos.sum())
        row["random: found"] = int((pos & pred[s].to_numpy()).sum())
        rows.append(row)
    return pd.DataFrame(rows)


def by_source(labelled: pd.DataFrame) -> pd.DataFrame:
    """Per signal and source file: sentences drawn as flagged that the rules flag now, and A's positives."""
    pred = sk.service_signals(labelled["text"])
    src = labelled["source_file"].str.replace(r"(ReviewSnippets|EditorialSnippets)?_GroundTruth\.txt$", "", regex=True)
    rows = []
    for s in sk.SIGNALS:
        drawn = labelled["pool"].str.split(";").map(lambda pools, s=s: f"{s}:flagged" in pools).to_numpy()
        flag = pred[s].to_numpy() & drawn
        if not drawn.any():
            continue
        row = {"signal": s}
        for name in sorted(src.unique()):
            m = flag & (src == name).to_numpy()
            row[name] = f"{int(labelled[s].to_numpy()[m].sum())}/{int(m.sum())}"
        rows.append(row)
    return pd.DataFrame(rows)


def non_service_flags(labelled: pd.DataFrame) -> str:
    """Flags per signal on VADER's film snippets and NYT editorial snippets that the set did not draw.

    Neither corpus is about a customer's dealings with a business, so these flags are false
    alarms unless read otherwise; needs the corpora (fetched from PyPI on first use).
    """
    from _data import vader_corpus

    try:
        corpora = {name: vader_corpus(name) for name in ("movies", "nyt")}
    except (SystemExit, OSError, subprocess.CalledProcessError) as exc:  # no network or pip: say so, go on
        return f"(flags on text that is not about a service: skipped, the VADER corpora are not available: {exc})"
    drawn = set(labelled["sentence_id"])
    rows = []
    for name, df in corpora.items():
        keep = ~(f"vader-{name}-" + df["id"]).isin(drawn)
        out = sk.service_signals(df.loc[keep, "text"])
        rows.append({"corpus (not drawn)": f"{name} ({int(keep.sum()):,} snippets)",
                     **{s: int(out[s].sum()) for s in sk.SIGNALS}})
    return ("Flags on text that is not about a service (VADER's film and NYT editorial snippets the set did not draw):\n\n"
            + md(pd.DataFrame(rows)))


def pooled_flags(paths: list[str]) -> pd.DataFrame:
    """True and false flags of the current rules per signal, pooled over the given labelled sets.

    What a learned second stage (a filter over the rules' flags) would have to learn from.
    """
    rows = {s: [0, 0] for s in sk.SIGNALS}
    for path in paths:
        d = pd.read_csv(path, keep_default_na=False)
        out = sk.service_signals(d["text"])
        for s in sk.SIGNALS:
            y = d[s].astype(int).to_numpy() == 1
            rows[s][0] += int((out[s].to_numpy() & y).sum())
            rows[s][1] += int((out[s].to_numpy() & ~y).sum())
    return pd.DataFrame([{"signal": s, "true flags": tp, "false flags": fp} for s, (tp, fp) in rows.items()])


def throughput(texts: pd.Series, repeats: int = 1) -> float:
    best = np.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        sk.service_signals(texts)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def md(rows) -> str:
    """The benchmarks' Markdown table, floats to two decimals."""
    return markdown_table(rows, floatfmt="{:.2f}")


def keyword_sets(args: argparse.Namespace) -> None:
    """Precision and recall on the keyword-built sets: TEST, DEV2, DEV and CROSS-INDUSTRY.

    Uses only ``sk.SIGNALS`` and ``sk.service_signals``, so it also runs with the package of an
    older commit (``--keyword-sets-only``; see the module docstring).
    """
    now = ("precision/recall = the rules of the sentiment_kit imported (the command in this script's docstring "
           "gives an earlier commit's).")
    lab = pd.read_csv(args.labelled)
    print(f"## TEST set: hand-labelled CFPB sentences, signals_labelled.csv (n = {len(lab)}); one error-analysis "
          "round on it (after 90e64f4), only reported since\n")
    print(now + "\n")
    print(md(quality(lab, sk.service_signals(lab["text"]))), "\n")

    dev2 = pd.read_csv(args.dev2)
    print(f"## DEV2 set: fresh CFPB sentences the rules flagged, signals_dev2.csv (n = {len(dev2)}); read while "
          "developing, optimistic\n")
    print(md(quality(dev2, sk.service_signals(dev2["text"]))), "\n")

    dev = pd.read_csv(args.dev)
    print(f"## DEV set: hand-labelled CFPB sentences, signals_dev.csv (n = {len(dev)}); the rules were written "
          "against its errors after 03e51c5, so later numbers are optimistic\n")
    print(md(quality(dev, sk.service_signals(dev["text"]))), "\n")

    cross = pd.read_csv(args.cross)
    print(f"## CROSS-INDUSTRY set: hand-written customer sentences, signals_cross_industry.csv (n = {len(cross)}, "
          f"{cross['industry'].nunique()} industries)\n")
    print("The rules of 777dc1d had not seen this set: theirs is the honest estimate for other industries; later\n"
          "rules were generalised against its errors (optimistic).\n")
    print(md(quality(cross, sk.service_signals(cross["text"]))), "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--labelled", default=str(ROOT / "benchmarks" / "data" / "signals_labelled.csv"))
    ap.add_argument("--dev", default=str(ROOT / "tests" / "signals" / "data" / "signals_dev.csv"))
    ap.add_argument("--cross", default=str(ROOT / "tests" / "signals" / "data" / "signals_cross_industry.csv"))
    ap.add_argument("--test2", default=str(ROOT / "benchmarks" / "data" / "signals_test2.csv"))
    ap.add_argument("--test2-b", default=str(ROOT / "benchmarks" / "data" / "signals_test2_b.csv"))
    ap.add_argument("--dev2", default=str(ROOT / "benchmarks" / "data" / "signals_dev2.csv"))
    ap.add_argument("--uci", default=str(ROOT / "benchmarks" / "data" / "signals_uci.csv"))
    ap.add_argument("--vader", default=str(ROOT / "benchmarks" / "data" / "signals_vader.csv"))
    ap.add_argument("--test4", default=str(ROOT / "benchmarks" / "data" / "signals_test4.csv"))
    ap.add_argument("--test3", default=str(ROOT / "benchmarks" / "data" / "signals_test3.csv"))
    ap.add_argument("--test3-b", default=str(ROOT / "benchmarks" / "data" / "signals_test3_b.csv"))
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--synthetic", type=int, default=5_000, help="synthetic reviews for quality")
    ap.add_argument("--keyword-sets-only", action="store_true",
                    help="only the keyword-built sets (TEST, DEV2, DEV, CROSS-INDUSTRY); runs with an older "
                         "commit's package on PYTHONPATH")
    args = ap.parse_args()

    print(f"sentiment_kit {sk.__version__} from {Path(sk.__file__).parent}, Python {platform.python_version()}, "
          f"{platform.machine()}\n")
    if args.keyword_sets_only:
        keyword_sets(args)
        return
    for name, path, frozen, what in (
            ("VADER", args.vader, VADER_FROZEN,
             ("real snippets of Amazon product reviews, tweets and film reviews (VADER's gold-standard corpora, MIT): "
              "every one the rules flag in the reviews and tweets, up to 25 per signal in the films, plus 40 at random; "
              "the attitude-word patterns were gated on a service context after it was read (6884c21), so the current "
              "rudeness and indifference numbers are optimistic")),
            ("UCI", args.uci, TEST4_FROZEN,
             ("real review sentences from phones, films and restaurants (UCI, CC BY 4.0): every "
              "one the rules flag, plus 40 at random; rudeness and indifference were changed after it "
              "was read (cf5e5b7), so their current numbers are optimistic")),
            ("TEST4", args.test4, TEST4_FROZEN,
             "fresh CFPB sentences for policy_refusal and mistake_denied, changed after TEST3")):
        if Path(path).exists():
            t = pd.read_csv(path, keep_default_na=False)
            second = Path(path.replace(".csv", "_b.csv"))
            tb = pd.read_csv(second) if second.exists() else None
            print(f"## {name}: {what}; rules frozen at {frozen}, labelled blind by two annotators (n = {len(t)})\n")
            rep = fresh_set_report(t, tb)
            print(md(rep if name != "TEST4" else rep.drop(columns=["random: positives (A)", "random: found"])), "\n")
            if name == "VADER":
                print("Flags now and annotator A's positives among them, by corpus:\n")
                print(md(by_source(t)), "\n")
                print(non_service_flags(t), "\n")
    if Path(args.test3).exists():
        t3 = pd.read_csv(args.test3)
        t3b = pd.read_csv(args.test3_b) if Path(args.test3_b).exists() else None
        print(f"## TEST3: fresh CFPB sentences for the six signals whose rules changed after TEST2, drawn after "
              f"the rules were frozen again at {TEST3_FROZEN}, labelled blind by two annotators (n = {len(t3)})\n")
        print(md(fresh_set_report(t3, t3b).drop(columns=["random: positives (A)", "random: found"])), "\n")
    if Path(args.test2).exists():
        t2 = pd.read_csv(args.test2)
        t2b = pd.read_csv(args.test2_b) if Path(args.test2_b).exists() else None
        print(f"## TEST2: fresh CFPB sentences, drawn after the rules were frozen at {TEST2_FROZEN}, labelled "
              f"blind by two annotators (n = {len(t2)}); its errors were read after it was measured, so for the six "
              "signals TEST3 covers these current numbers are optimistic (the frozen-commit figures are in the README)\n")
        print("Precision on a uniform sample of the sentences the rules flag in untouched complaints (what a user\n"
              "sees); 'random' = the 120 sentences drawn at random, for a rough recall.\n")
        print(md(fresh_set_report(t2, t2b)), "\n")
    keyword_sets(args)

    pool = [args.labelled, args.dev, args.dev2, args.cross, args.test2, args.uci, args.vader]
    print("## Flags of the current rules on every labelled set but TEST3 and TEST4 (what a learned filter "
          "over the flags could be trained on)\n")
    print(md(pooled_flags([x for x in pool if Path(x).exists()])), "\n")

    if hasattr(sk, "simulate_reviews"):
        reviews, truth = sk.simulate_reviews(args.synthetic, random_state=0)
    else:  # the package of a commit before simulate_reviews (see the docstring)
        reviews, truth = sk.make_reviews(args.synthetic, random_state=0, return_truth=True)
    print(f"## Synthetic reviews, simulate_reviews({args.synthetic}, random_state=0) truth\n")
    print(md(quality(truth, sk.service_signals(reviews["text"]))), "\n")

    lab = pd.read_csv(args.labelled)
    sents = pd.Series(np.resize(lab["text"].to_numpy(dtype=object), args.n))
    short = sk.make_reviews(args.n, random_state=1)["text"]
    rows = [
        {"texts": f"{args.n:,} short synthetic reviews ({short.nunique():,} distinct)",
         "mean chars": round(short.str.len().mean()), "texts/s": round(throughput(short))},
        {"texts": f"{args.n:,} CFPB sentences (test set repeated: {sents.nunique():,} distinct)",
         "mean chars": round(sents.str.len().mean()), "texts/s": round(throughput(sents))},
    ]
    cfpb = Path(args.data_dir) / "cfpb_complaints"
    if cfpb.is_dir():
        sampler = load_module(ROOT / "benchmarks" / "data" / "sample_signal_sentences.py")
        uniq = pd.Series([r["text"] for r in sampler.load_sentences(Path(args.data_dir))])
        rows.append({"texts": f"{len(uniq):,} distinct CFPB sentences (all usable ones)",
                     "mean chars": round(uniq.str.len().mean()), "texts/s": round(throughput(uniq))})
    speed = pd.DataFrame(rows)
    print("## Throughput (one process)\n")
    print(md(speed))


if __name__ == "__main__":
    main()
