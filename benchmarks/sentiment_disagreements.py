"""Where the fast scorer and NLTK's VADER disagree on one labelled set: counts and the texts.

    python benchmarks/sentiment_disagreements.py SET [DATA_DIR] [--show N]

SET is one of amazon, imdb, yelp (UCI sentences), vader-amazon, vader-tweets, vader-movies,
vader-nyt (VADER's human-rated corpora), drugs, support-tweets, ba (the sets and labels of
``bench_sentiment.py``). Both lexicons use the benchmark's rule: positive when the compound is
>= 0.05. VADER is NLTK's ``polarity_scores`` on the raw text. The texts are printed for reading
(to group the fast scorer's failures into families before changing a rule), never stored.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from _data import (
    UCI,
    ba_reviews,
    drug_reviews,
    resolve,
    support_tweets,
    uci,
    vader_binary,
)
from bench_sentiment import vader_raw_scorer

from sentiment_kit import score_sentiment


def load(name: str, data_dir: Path):
    if name in UCI:
        return uci(data_dir, name)
    if name.startswith("vader-"):
        return vader_binary(name[len("vader-"):], data_dir)
    return {"drugs": drug_reviews, "support-tweets": support_tweets, "ba": ba_reviews}[name](data_dir)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set")
    ap.add_argument("data_dir", nargs="?", default=None)
    ap.add_argument("--show", type=int, default=50, help="texts shown per direction")
    args = ap.parse_args()
    texts, y = load(args.set, resolve(args.data_dir))
    y = y.to_numpy()
    fast = score_sentiment(texts)["compound"].to_numpy()
    vader = vader_raw_scorer()(texts.tolist())
    f_ok, v_ok = (fast >= 0.05) == y, (vader >= 0.05) == y
    print(f"{args.set}: {len(y):,} texts; fast right {f_ok.sum():,} ({f_ok.mean():.4f}), "
          f"VADER right {v_ok.sum():,} ({v_ok.mean():.4f})")
    for title, mask in [("VADER right, fast wrong", v_ok & ~f_ok), ("fast right, VADER wrong", f_ok & ~v_ok)]:
        idx = np.flatnonzero(mask)
        print(f"\n## {title}: {len(idx)}\n")
        for i in idx[: args.show]:
            print(f"- [{i}] label {y[i]}, fast {fast[i]:+.3f}, VADER {vader[i]:+.3f}: {texts.iloc[i]}")


if __name__ == "__main__":
    main()
