"""Benchmark ``sentiment-kit score`` at scale: rows/s and peak memory through the CLI, beside VADER.

Run by hand (not by pytest)::

    python benchmarks/bench_scale.py [DATA_DIR] [--rows 1000000] [--quick] [--jobs 1 2] [--no-vader] [--keep DIR]

1. Texts: customer tweets (``customer_support_tweets/*-inbound.xlsx``) and CFPB complaint
   narratives (``cfpb_complaints/*.csv``, ``cfpb_extra/Consumer_Complaints.csv``) cut at word
   boundaries into pieces as long as the real tweets (each length drawn from the tweets' lengths). Row ``i`` joins the first
   half of one piece to the second half of another (a different pair for every row up to the
   square of the pool); a repeated text (checked by a 64-bit hash) gets a ``#i`` suffix, so every
   text is distinct. Written to ``scale_<rows>.csv`` (columns ``id``, ``text``).
2. ``sentiment-kit score`` runs on it as a subprocess (``--no-progress``, default chunk size),
   once per ``--jobs`` value, writing Parquet: wall time, rows/s, and peak memory of the whole
   process tree (the sum of resident memory of the CLI and its workers, sampled every 0.1 s
   with psutil; the largest single process from ``getrusage(RUSAGE_CHILDREN)`` when psutil is
   missing).
   Before the runs the signals' compiled prefilter is made ready in this process (compiled and
   cached for the machine, or loaded from the cache): its one-time compile is timed and printed
   apart, so the runs measure the steady state a user sees from the second run on.
3. VADER (Hutto & Gilbert 2014) on the same texts in this process, one thread, rows/s, twice:
   NLTK's ``nltk.sentiment.vader.SentimentIntensityAnalyzer`` (the baseline the scale issue
   names; its lexicon is vaderSentiment's ``vader_lexicon.txt``, put in a temporary NLTK data
   folder, since NLTK's download needs the network) and vaderSentiment's own, faster
   implementation. VADER computes only the four sentiment scores; ``score`` also computes the nine
   signals and ``is_complaint``.
4. In this process, on the first ``--library-rows`` texts (default 40,000): ``score_sentiment``
   and ``service_signals`` alone (where the time goes), then ``classify_feedback(n_jobs=...)``
   once per ``--jobs`` value: the path a notebook takes.

``--quick`` is ``--rows 100000``. DATA_DIR defaults to ../shared/data beside the repository.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

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
    """(seconds, peak tree RSS in MB, largest single process RSS in MB) of one CLI run."""
    cmd = [sys.executable, "-m", "sentiment_kit.report.cli", *args]
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = 0.0
    if psutil is not None:
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak_tree = max(peak_tree, sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.1)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()}")
    single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    return seconds, peak_tree, single


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
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--library-rows", type=int, default=40_000,
                        help="texts for the in-process classify_feedback(n_jobs=...) timing (0: skip)")
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
              f"peak memory {tree:,.0f} MB (process tree), {single:,.0f} MB (largest process so far)")
    for name, (n, seconds) in ({} if args.no_vader else vader_rates(src)).items():
        vader = n / seconds
        print(f"VADER ({name}, 1 thread, in-process, sentiment only): {seconds:,.1f} s, {vader:,.0f} rows/s")
        for jobs, _, rate, _, _ in results:
            print(f"score --jobs {jobs} / {name} VADER: {rate / vader:.2f}x")
    if args.library_rows:
        library_n_jobs(src, min(args.library_rows, rows), args.jobs)


if __name__ == "__main__":
    main()
