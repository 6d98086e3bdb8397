"""Train the signals' second stage on the development labels and write ``stage_model.json``.

Run by hand (not by pytest)::

    python benchmarks/train_signal_stage.py [DATA_DIR] [--check]

Training sentences: every hand-labelled sentence of the development sets that the rules flag
for a signal (annotator A's labels where there are two): ``signals_labelled``, ``signals_dev``,
``signals_cross_industry``, ``signals_dev2``, ``signals_test2``-``4`` (development sets since
their errors were read), ``signals_uci``, ``signals_vader`` and ``signals_dev5`` and
``signals_test5``, ``signals_test6`` and ``signals_test7`` (finance, telecom, support tweets and
airline reviews; their text is rebuilt from DATA_DIR and checked against ``text_sha1``; each test
set was measured once before its errors were read and then joined the development data). The
fresh test set ``signals_test8`` is never read here.

One logistic regression per signal (scikit-learn, ``C=4``, balanced-free) over the features of
:mod:`sentiment_kit.signals._stage`: TF-IDF of words and word pairs of the flagged sentences
(terms in at least two sentences), and the nine rule flags of the sentence. Operating points:
out-of-fold probabilities from stratified five-fold cross-validation (seed 0); for each score, the
precision and recall (among rule-flagged sentences) of the flags at or above it. The model is
fitted again on all sentences and written as JSON. ``--check`` prints the cross-validated numbers
without writing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "data"))

import sentiment_kit as sk  # noqa: E402
from sentiment_kit.signals import _stage  # noqa: E402

DEV_SETS = [ROOT / "benchmarks" / "data" / f"signals_{n}.csv"
            for n in ("labelled", "dev2", "test2", "test3", "test4", "uci", "vader")]
DEV_SETS += [ROOT / "tests" / "signals" / "data" / f"signals_{n}.csv" for n in ("dev", "cross_industry")]
DEV5 = ROOT / "benchmarks" / "data" / "signals_dev5.csv"
#: Read for error analysis after it was measured (commit b4c5a6b): development data from then on.
TEST5 = ROOT / "benchmarks" / "data" / "signals_test5.csv"
#: Likewise after its one measurement (commit 1e7ea39).
TEST6 = ROOT / "benchmarks" / "data" / "signals_test6.csv"
#: Likewise after its one measurement (commit 3264199).
TEST7 = ROOT / "benchmarks" / "data" / "signals_test7.csv"
OUT = ROOT / "src" / "sentiment_kit" / "signals" / _stage.MODEL_FILE
SIGNALS = list(sk.SIGNALS)
C = 4.0


def with_text(path: Path, data_dir: Path) -> pd.DataFrame:
    """A labelled set; a set stored without its text gets it rebuilt from ``data_dir`` (sha1-checked)."""
    frame = pd.read_csv(path, dtype={s: int for s in SIGNALS}, keep_default_na=False)
    if "text" in frame.columns:
        return frame
    from sample_signal_industry_sentences import load_units

    units = {r["sentence_id"]: r for r in load_units(data_dir)}
    texts = []
    for sid, sha in zip(frame["sentence_id"], frame["text_sha1"]):
        text = units[sid]["text"]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != sha:
            sys.exit(f"{path.name}: the text of {sid} in {data_dir} is not the one labelled")
        texts.append(text)
    return frame.assign(text=texts)


def training_rows(data_dir: Path) -> pd.DataFrame:
    frames = [with_text(p, data_dir)[["sentence_id", "text", *SIGNALS]].assign(source=p.stem)
              for p in [*DEV_SETS, DEV5, TEST5, TEST6, TEST7]]
    data = pd.concat(frames, ignore_index=True).drop_duplicates("text")
    flags = sk.service_signals(data["text"].tolist())
    return pd.concat([data.reset_index(drop=True), flags.add_prefix("rule_").reset_index(drop=True)], axis=1)


def operating_points(prob: np.ndarray, y: np.ndarray, n_points: int = 60) -> list[list[float]]:
    order = np.argsort(-prob)
    tp = np.cumsum(y[order])
    precision = tp / np.arange(1, len(y) + 1)
    recall = tp / max(1, y.sum())
    keep = np.unique(np.linspace(0, len(y) - 1, min(n_points, len(y))).astype(int))
    return [[round(float(prob[order][i]), 6), round(float(precision[i]), 4), round(float(recall[i]), 4)] for i in keep]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    data = training_rows(Path(args.data_dir))
    flagged = data[data[[f"rule_{s}" for s in SIGNALS]].any(axis=1)].reset_index(drop=True)
    counter = CountVectorizer(analyzer=_stage.analyze, min_df=2)
    counts = counter.fit_transform(flagged["text"])
    tfidf = TfidfTransformer(sublinear_tf=True)
    tfidf.fit(counts)
    vocabulary = sorted(counter.vocabulary_, key=counter.vocabulary_.get)
    X_text = tfidf.transform(counts)
    rules = flagged[[f"rule_{s}" for s in SIGNALS]].to_numpy(dtype=float)
    from scipy.sparse import hstack

    X = hstack([X_text, rules]).tocsr()
    n_text = X_text.shape[1]
    spec: dict[str, dict] = {}
    print(f"{len(flagged):,} flagged development sentences, {n_text:,} terms")
    print("signal            n  rules-precision  OOF: prec@0.85 rec@0.85  prec@0.90 rec@0.90")
    for s in SIGNALS:
        rows = flagged[f"rule_{s}"].to_numpy(dtype=bool)
        y = flagged.loc[rows, s].to_numpy(dtype=int)
        Xs = X[rows]
        prob = np.full(len(y), np.nan)
        folds = min(5, int(y.sum()), int(len(y) - y.sum()))
        if folds >= 2:
            for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(Xs, y):
                clf = LogisticRegression(C=C, max_iter=2000).fit(Xs[train], y[train])
                prob[test] = clf.predict_proba(Xs[test])[:, 1]
            clf = LogisticRegression(C=C, max_iter=2000).fit(Xs, y)
            w, b = clf.coef_[0], float(clf.intercept_[0])
        else:  # one class only: a constant score (the rules' own precision)
            prob[:] = y.mean()
            w, b = np.zeros(X.shape[1]), float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3)))
        points = operating_points(prob, y)
        spec[s] = {"n": int(len(y)), "positives": int(y.sum()), "intercept": b,
                   "text_weights": [round(float(v), 6) for v in w[:n_text]],
                   "rule_weights": [round(float(v), 6) for v in w[n_text:]], "operating_points": points}
        cells = []
        for target in (0.85, 0.90):
            ok = [p for p in points if p[1] >= target]
            best = min(ok, key=lambda p: p[0]) if ok else None
            cells += [f"{best[1]:.2f}" if best else "  - ", f"{best[2]:.2f}" if best else "  - "]
        print(f"{s:16s} {len(y):4d}  {y.mean():.2f}            {cells[0]}     {cells[1]}      {cells[2]}     {cells[3]}")
    if args.check:
        return
    out = {"about": "sentiment_kit signals second stage; written by benchmarks/train_signal_stage.py",
           "signals_order": SIGNALS, "vocabulary": vocabulary,
           "idf": [round(float(v), 6) for v in tfidf.idf_], "signals": spec}
    OUT.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    _stage.model.cache_clear()
    # the package's own scoring equals sklearn's on the training sentences
    for s in SIGNALS[:3]:
        rows = np.flatnonzero(flagged[f"rule_{s}"].to_numpy(dtype=bool))[:50]
        ours = [_stage.score(flagged.at[i, "text"], s, rules[i]) for i in rows]
        w = np.asarray(spec[s]["text_weights"] + spec[s]["rule_weights"])
        ref = 1 / (1 + np.exp(-(X[rows] @ w + spec[s]["intercept"])))
        assert np.allclose(ours, ref, atol=1e-4), s
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1024:,.0f} kB)")


if __name__ == "__main__":
    main()
