"""Loaders for the real data sets in ../shared/data, shared by the sentiment benchmarks."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
UCI = {"amazon": "amazon_cells_labelled.txt", "imdb": "imdb_labelled.txt", "yelp": "yelp_labelled.txt"}
NARRATIVE = "Consumer complaint narrative"


def uci(data_dir: Path, name: str) -> tuple[pd.Series, pd.Series]:
    """Texts and 0/1 labels of one UCI file (tab-separated, no quoting: see the data README)."""
    df = pd.read_csv(Path(data_dir) / "uci_sentences" / UCI[name], sep="\t", header=None,
                     quoting=csv.QUOTE_NONE, names=["text", "label"])
    return df["text"], df["label"].astype(int)


def cfpb_product(data_dir: Path, min_count: int = 10) -> tuple[pd.Series, pd.Series]:
    """CFPB narratives and Product, classes with fewer than ``min_count`` merged into "other"."""
    df = pd.read_csv(Path(data_dir) / "cfpb_complaints" / "complaints_sample.csv").dropna(subset=[NARRATIVE])
    y = df["Product"]
    counts = y.value_counts()
    y = y.where(y.map(counts) >= min_count, "other")
    return df[NARRATIVE].reset_index(drop=True), y.reset_index(drop=True)


def payday_sentences(data_dir: Path) -> pd.Series:
    """Sentences of the CFPB payday-loan narratives (the development corpus, never evaluated on)."""
    df = pd.read_csv(Path(data_dir) / "cfpb_complaints" / "payday_loan_narratives.csv")
    text = df[NARRATIVE].dropna().str.replace(r"X{2,}[/X0-9]*", " ", regex=True)
    sents = text.str.split(r"(?<=[.!?])\s+", regex=True).explode().str.strip()
    return sents[sents.str.len().between(15, 400)].reset_index(drop=True)


def mixed_corpus(data_dir: Path, n: int) -> pd.Series:
    """``n`` texts cycling through the 3,000 UCI sentences and CFPB narrative sentences, interleaved."""
    parts = [uci(data_dir, k)[0] for k in UCI]
    narratives = cfpb_product(data_dir)[0]
    sents = narratives.str.split(r"(?<=[.!?])\s+", regex=True).explode().str.strip()
    sents = sents[sents.str.len().between(15, 400)]
    pool = pd.concat([*parts, sents.iloc[:3000]], ignore_index=True)
    pool = pool.sample(frac=1.0, random_state=0).reset_index(drop=True)
    reps = -(-n // len(pool))
    return pd.concat([pool] * reps, ignore_index=True).iloc[:n]


def resolve(path: str | None) -> Path:
    p = Path(path) if path else DEFAULT_DATA
    if not p.is_dir():
        raise SystemExit(f"data folder not found: {p} (pass it as the first argument)")
    return p


