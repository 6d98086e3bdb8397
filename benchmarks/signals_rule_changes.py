"""Which service-signal flags a rule change adds and removes, on every hand-labelled sentence.

Run by hand (not by pytest)::

    python benchmarks/signals_rule_changes.py REF [DATA_DIR] [--new REF2] [--show]

The labelled sentences: every ``benchmarks/data/signals_<name>.csv`` (annotator A; the ``_b`` files
left out) and ``tests/signals/data/signals_<name>.csv`` of this checkout, the texts of the industry
sets rebuilt from DATA_DIR (default ``../shared/data``) and checked against ``text_sha1``.
``service_signals`` runs on them twice: with the package at git ``REF`` and with the package of
this checkout, or at ``REF2`` with ``--new`` (``git archive`` into a temporary folder, run in a
subprocess), so only the rules differ; the labelled sentences are this checkout's either way.
Per signal whose flags changed: precision before and after (the labelled positives among the
flagged), and the flags removed and added with how many of them were true; ``--show`` lists them.
This is how a rule change is checked on the development labels before a fresh set measures it.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "data"))

import sentiment_kit as sk  # noqa: E402
from train_signal_stage import with_text  # noqa: E402

SIGNALS = list(sk.SIGNALS)
_RUN = ("import sys, numpy as np, pandas as pd, sentiment_kit as sk; "
        "texts = pd.read_parquet(sys.argv[1])['text'].tolist(); "
        "np.save(sys.argv[2], sk.service_signals(texts)[list(sk.SIGNALS)].to_numpy())")


def labelled(data_dir: Path) -> pd.DataFrame:
    """Every labelled sentence of this checkout: set, text and the nine labels."""
    paths = sorted(p for p in (ROOT / "benchmarks" / "data").glob("signals_*.csv") if not p.stem.endswith("_b"))
    paths += sorted((ROOT / "tests" / "signals" / "data").glob("signals_*.csv"))
    frames = [with_text(p, data_dir)[["text", *SIGNALS]].assign(set=p.stem) for p in paths]
    return pd.concat(frames, ignore_index=True)


def flags_at(ref: str, texts: list[str]) -> np.ndarray:
    """``service_signals`` of the package at git ``ref`` on ``texts`` (a boolean array, one column per signal)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src"], check=True, capture_output=True).stdout
        tarfile.open(fileobj=io.BytesIO(archive)).extractall(tmp)
        pd.DataFrame({"text": texts}).to_parquet(Path(tmp) / "texts.parquet")
        out = Path(tmp) / "flags.npy"
        subprocess.run([sys.executable, "-c", _RUN, str(Path(tmp) / "texts.parquet"), str(out)], check=True,
                       env={**os.environ, "PYTHONPATH": str(Path(tmp) / "src"), "SENTIMENT_KIT_CACHE": tmp})
        return np.load(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ref", help="the git commit (or branch) to compare with, e.g. HEAD~1")
    parser.add_argument("data_dir", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--new", metavar="REF2", help="compare with the package at this commit, not this checkout's")
    parser.add_argument("--show", action="store_true", help="list the sentences whose flags changed")
    args = parser.parse_args()
    data = labelled(Path(args.data_dir))
    texts = data["text"].tolist()
    before = flags_at(args.ref, texts)
    after = flags_at(args.new, texts) if args.new else sk.service_signals(texts)[SIGNALS].to_numpy()
    print(f"{len(data):,} labelled sentences from {data['set'].nunique()} sets; {args.ref} -> {args.new or 'this checkout'}")
    changed = False
    for j, s in enumerate(SIGNALS):
        y = data[s].to_numpy() == 1
        old, new = before[:, j], after[:, j]
        gone, came = old & ~new, new & ~old
        if not (gone.any() or came.any()):
            continue
        changed = True
        print(f"{s}: precision {y[old].mean():.3f} -> {y[new].mean():.3f} ({old.sum()} -> {new.sum()} flags); "
              f"removed {gone.sum()} ({(gone & y).sum()} true), added {came.sum()} ({(came & y).sum()} true)")
        if args.show:
            for k in np.flatnonzero(gone | came):
                print(f"    {'-' if gone[k] else '+'} {'true ' if y[k] else 'false'} {data['set'][k]}: {texts[k][:150]}")
    if not changed:
        print("no flag changed")


if __name__ == "__main__":
    main()
