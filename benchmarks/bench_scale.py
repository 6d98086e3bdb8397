"""Benchmark ``sentiment-kit score`` at scale: rows/s and peak memory through the CLI, beside VADER.

Run by hand (not by pytest)::

    python benchmarks/bench_scale.py [DATA_DIR] [--rows 1000000] [--quick] [--jobs 1 2] [--dask 2] [--report] [--no-vader] [--keep DIR]

1. Texts: customer tweets (``customer_support_tweets/*-inbound.xlsx``) and CFPB complaint
   narratives (``cfpb_complaints/*.csv``, ``cfpb_extra/Consumer_Complaints.csv``) cut at word
   boundaries into pieces as long as the real tweets (each length drawn from the tweets' lengths). Row ``i`` joins the first
   half of one piece to the second half of another (a different pair for every row up to the
   square of the pool); a repeated text (checked by a 64-bit hash) gets a ``#i`` suffix, so every
   text is distinct. Written to ``scale_<rows>.csv`` (columns ``id``, ``text``).
2. ``sentiment-kit score`` runs on it as a subprocess (``--no-progress``, default chunk size),
   once per ``--jobs`` value, writing Parquet: wall time, rows/s, and peak memory of the whole
   process tree and of its largest process (resident memory of the CLI and its workers, sampled
   every 0.05 s with psutil).
   Before the runs the signals' compiled prefilter is made ready in this process (compiled and
   cached for the machine, or loaded from the cache): its one-time compile is timed and printed
   apart, so the runs measure the steady state a user sees from the second run on.
3. VADER (Hutto & Gilbert 2014) on the same texts in this process, one thread, rows/s, twice:
   NLTK's ``nltk.sentiment.vader.SentimentIntensityAnalyzer`` (the baseline the scale issue
   names; its lexicon is vaderSentiment's ``vader_lexicon.txt``, put in a temporary NLTK data
   folder, since NLTK's download needs the network) and vaderSentiment's own, faster
   implementation. VADER computes only the four sentiment scores; ``score`` also computes the nine
   signals and ``is_complaint``.
4. With ``--dask N`` (default 2): ``classify_feedback`` on ``dask.dataframe.read_csv`` of the same
   file (16 MB partitions) on a ``distributed.LocalCluster`` of N single-threaded worker processes,
   written to Parquet: rows/s of the whole pipeline, read to write.
5. With ``--report``: ``sentiment-kit report`` on a data folder whose ``complaints.csv`` holds the
   texts as complaints (random dates over two years, products and channels; seed 0), end to end.
6. In this process, on the first ``--library-rows`` texts (default 40,000): ``score_sentiment``
   and ``service_signals`` alone (where the time goes), then ``classify_feedback(n_jobs=...)``
   once per ``--jobs`` value: the path a notebook takes.

``--quick`` is ``--rows 100000``. DATA_DIR defaults to ../shared/data beside the repository.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
MAX_CHARS = 280


def _pieces(text: str, lengths: np.ndarray, rng: np.random.Generator) -> list[str]:
    """Pieces of a narrative cut at word boundaries, each as long as a real tweet drawn from ``lengths``
    (placeholders such as XXXX dropped)."""
    words = re.sub(r"\bX{2,}[X/]*\b|\{\$[\d.,]+\}", " ", str(text)).split()
    out, cur, size = [], [], 0
    target = int(rng.choice(lengths))
    for w in words:
        if cur and size + len(w) > target:
            if len(cur) >= 3:
                out.append(" ".join(cur))
            cur, size, target = [], 0, int(rng.choice(lengths))
        cur.append(w)
        size += len(w) + 1
    if len(cur) >= 3:
        out.append(" ".join(cur))
    return out


def load_pool(data_dir: Path) -> list[str]:
    """Distinct real texts of tweet length from the tweets and the CFPB narratives."""
    pool: list[str] = []
    for path in sorted((data_dir / "customer_support_tweets").glob("*-inbound.xlsx")):
        pool += [str(t) for t in pd.read_excel(path)["text"].dropna()]
    lengths = np.array([len(t) for t in pool])  # narratives are cut to the tweets' own lengths
    rng = np.random.default_rng(0)
    narratives = [(data_dir / "cfpb_complaints" / "complaints_sample.csv", "Consumer complaint narrative"),
                  (data_dir / "cfpb_complaints" / "payday_loan_narratives.csv", None),
                  (data_dir / "cfpb_extra" / "Consumer_Complaints.csv", None)]
    for path, column in narratives:
        if not path.is_file():
            continue
        frame = pd.read_csv(path, dtype=str, low_memory=False)
        col = column or next(c for c in frame.columns if "narrative" in c.lower())
        for text in frame[col].dropna():
            pool += _pieces(text, lengths, rng)
    pool = list(dict.fromkeys(t for t in pool if t.strip()))
    if len(pool) < 100:
        sys.exit(f"only {len(pool)} texts found under {data_dir}; give the shared data folder")
    return pool


def generate(pool: list[str], rows: int, path: Path, block: int = 200_000) -> None:
    """``rows`` distinct texts recombined from ``pool``, written to ``path`` in blocks."""
    n = len(pool)
    halves = [t.split() for t in pool]
    seen: set[int] = set()
    first = True
    for start in range(0, rows, block):
        ids = np.arange(start, min(start + block, rows))
        texts = []
        for i in ids:
            a, b = halves[i % n], halves[(i // n + i + 1) % n]
            text = " ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2:])[:MAX_CHARS]
            h = hash(text)
            if h in seen:
                text = f"{text} #{i}"
                h = hash(text)
            seen.add(h)
            texts.append(text)
        pd.DataFrame({"id": ids, "text": texts}).to_csv(path, mode="w" if first else "a", header=first, index=False)
        first = False


def run_cli(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak memory of the process tree in MB, peak of the largest single process in MB) of one CLI run.

    Resident memory of the CLI and its workers is sampled every 0.05 s with psutil. (Not
    ``getrusage(RUSAGE_CHILDREN)``: a forked child counts this process's own memory, which after
    generating 10M texts is gigabytes, before it executes the CLI.) Without psutil both are NaN.
    """
    cmd = [sys.executable, "-m", "sentiment_kit.report.cli", *args]
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_one = float("nan") if psutil is None else 0.0
    if psutil is not None:
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                sizes = [p.memory_info().rss / 2**20 for p in [parent, *parent.children(recursive=True)] if p.is_running()]
                peak_tree, peak_one = max(peak_tree, sum(sizes)), max(peak_one, *sizes)
            except (psutil.Error, ValueError):
                pass
            time.sleep(0.05)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()}")
    return seconds, peak_tree, peak_one


def vader_rates(path: Path) -> dict[str, tuple[int, float]]:
    """(texts, seconds) of NLTK's and vaderSentiment's VADER on the texts of ``path``, one thread each."""
    import zipfile

    import nltk
    import vaderSentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as VaderSentiment

    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    data = Path(tempfile.mkdtemp(prefix="nltk_data_"))
    (data / "sentiment").mkdir()
    with zipfile.ZipFile(data / "sentiment" / "vader_lexicon.zip", "w") as zf:
        zf.write(lexicon, "vader_lexicon/vader_lexicon.txt")
    nltk.data.path.insert(0, str(data))
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as NltkVader

    texts = pd.read_csv(path, usecols=["text"], dtype=str, keep_default_na=False)["text"].tolist()
    out = {}
    for name, analyzer in (("NLTK", NltkVader()), ("vaderSentiment", VaderSentiment())):
        start = time.perf_counter()
        for t in texts:
            analyzer.polarity_scores(t)
        out[name] = (len(texts), time.perf_counter() - start)
    return out


def dask_rate(path: Path, out: Path, workers: int) -> tuple[int, float]:
    """(rows, seconds) of ``classify_feedback`` on a Dask DataFrame of ``path`` on a LocalCluster, to Parquet."""
    import dask.dataframe as dd
    import distributed

    import sentiment_kit as sk

    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        start = time.perf_counter()
        frame = dd.read_csv(path, dtype={"id": "int64", "text": "object"}, keep_default_na=False, blocksize="16MB")
        sk.classify_feedback(frame).to_parquet(out, write_index=False)
        seconds = time.perf_counter() - start
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(out.glob("*.parquet")))
    return rows, seconds


def report_run(path: Path, folder: Path) -> tuple[int, float]:
    """(complaints, seconds) of ``sentiment-kit report`` on a data folder whose complaints.csv holds the texts.

    Each text becomes a complaint with an id, a date (uniform over 2024-2025), a product and a
    channel drawn at random (seed 0): the report's own notebooks decide what they compute on it.
    """
    texts = pd.read_csv(path, usecols=["text"], dtype=str, keep_default_na=False)["text"]
    rng = np.random.default_rng(0)
    n = len(texts)
    data = folder / "report_data"
    data.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({
        "complaint_id": np.arange(1, n + 1),
        "date": (pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 730, n), unit="D")).strftime("%Y-%m-%d"),
        "product": rng.choice(["Credit card", "Mortgage", "Checking account", "Debt collection", "Student loan",
                               "Internet service", "Mobile plan", "Flights"], n),
        "channel": rng.choice(["Web", "Phone", "Email", "Social"], n),
        "text": texts,
    }).to_csv(data / "complaints.csv", index=False)
    del texts
    seconds, _, _ = run_cli(["report", str(data), "--out", str(folder / "report_out"), "--no-progress"])
    return n, seconds


def library_n_jobs(path: Path, rows: int, jobs: list[int]) -> None:
    """``classify_feedback(n_jobs=...)`` in this process on the first ``rows`` texts (the notebook path)."""
    import sentiment_kit as sk

    data = pd.read_csv(path, usecols=["text"], dtype=str, keep_default_na=False, nrows=rows)
    for name, func in (("score_sentiment", sk.score_sentiment), ("service_signals", sk.service_signals)):
        start = time.perf_counter()
        func(data["text"])
        seconds = time.perf_counter() - start
        print(f"{name} alone on {len(data):,} texts: {seconds:,.1f} s, {len(data) / seconds:,.0f} texts/s")
    for n in jobs:
        start = time.perf_counter()
        sk.classify_feedback(data, n_jobs=n)
        seconds = time.perf_counter() - start
        print(f"classify_feedback(n_jobs={n}) on {len(data):,} texts: {seconds:,.1f} s, {len(data) / seconds:,.0f} rows/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 rows")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="score runs, one per value (none: skip)")
    parser.add_argument("--report", action="store_true",
                        help="also time 'sentiment-kit report' on a data folder of these texts as complaints")
    parser.add_argument("--library-rows", type=int, default=40_000,
                        help="texts for the in-process classify_feedback(n_jobs=...) timing (0: skip)")
    parser.add_argument("--dask", type=int, default=2, metavar="WORKERS",
                        help="also classify_feedback on a Dask DataFrame on a LocalCluster of this many workers (0: skip)")
    parser.add_argument("--no-vader", action="store_true", help="skip the VADER baselines (for a 10M-row memory run)")
    parser.add_argument("--keep", metavar="DIR", help="write the generated CSV and outputs here (default: a temp folder)")
    args = parser.parse_args()
    rows = 100_000 if args.quick else args.rows
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_scale_"))
    folder.mkdir(parents=True, exist_ok=True)

    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    t0 = time.perf_counter()
    pool = load_pool(Path(args.data_dir))
    src = folder / f"scale_{rows}.csv"
    generate(pool, rows, src)
    lengths = pd.read_csv(src, usecols=["text"], dtype=str, keep_default_na=False)["text"].str.len()
    print(f"texts: {rows:,} distinct, from a pool of {len(pool):,} real tweets and narrative pieces; "
          f"length median {lengths.median():.0f}, mean {lengths.mean():.0f} chars; {src.stat().st_size / 2**20:,.0f} MB CSV "
          f"(generated in {time.perf_counter() - t0:.0f} s)")
    del lengths

    from sentiment_kit.signals.detect import prepare_prefilter

    start = time.perf_counter()
    ready = prepare_prefilter()
    print(f"signals prefilter: {'ready' if ready else 'not available (no hyperscan)'} in "
          f"{time.perf_counter() - start:,.1f} s (compiled once per machine, or loaded from the cache)")
    results = []
    for jobs in args.jobs:
        out = folder / f"scored_{rows}_j{jobs}.parquet"
        seconds, tree, single = run_cli(["score", str(src), "--out", str(out), "--jobs", str(jobs), "--no-progress"])
        results.append((jobs, seconds, rows / seconds, tree, single))
        print(f"sentiment-kit score --jobs {jobs}: {seconds:,.1f} s, {rows / seconds:,.0f} rows/s, "
              f"peak memory {tree:,.0f} MB (process tree), {single:,.0f} MB (largest process)")
    for name, (n, seconds) in ({} if args.no_vader else vader_rates(src)).items():
        vader = n / seconds
        print(f"VADER ({name}, 1 thread, in-process, sentiment only): {seconds:,.1f} s, {vader:,.0f} rows/s")
        for jobs, _, rate, _, _ in results:
            print(f"score --jobs {jobs} / {name} VADER: {rate / vader:.2f}x")
    if args.report:
        n, seconds = report_run(src, folder)
        print(f"sentiment-kit report on {n:,} complaints (every notebook whose data is there): {seconds / 60:,.1f} min")
    if args.dask:
        n, seconds = dask_rate(src, folder / f"dask_{rows}", args.dask)
        print(f"Dask: classify_feedback on a LocalCluster ({args.dask} workers, 16 MB partitions) to Parquet: "
              f"{seconds:,.1f} s, {n / seconds:,.0f} rows/s ({n:,} rows written)")
    if args.library_rows:
        library_n_jobs(src, min(args.library_rows, rows), args.jobs)


if __name__ == "__main__":
    main()
