"""The signals' compiled prefilter: the same flags as the plain scan, and how much faster.

Run by hand (not by pytest)::

    python benchmarks/bench_prefilter.py [DATA_DIR]

Texts: every document of the four industry sources (CFPB ``cfpb_extra``, Comcast's FCC complaints,
the support tweets, British Airways reviews) whole, their sentences
(``benchmarks/data/sample_signal_industry_sentences.load_units``), the first 60,000 tweet-length
texts of ``bench_scale.load_pool``, and a few with non-ASCII or control characters. Then
``service_signals(explain=True)`` on all of them twice in this process: the plain scan (prefilter
off) and with the prefilter (compiled here into a temporary cache, its compile time printed apart).
The two outputs must be equal to the bit, or the script exits with an error. Last, per kind of
text, the share of the prefilter-readable (ASCII) texts for which it reports no pattern at all, so
that nothing but the scan runs on them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "data"))

from bench_scale import load_pool  # noqa: E402
from sample_signal_industry_sentences import _documents, load_units  # noqa: E402

EXTRA = ["Café staff were rude — they hung up on me", "I asked for a manager\u00a0and nobody called back",
         "\x1cthey ignored me", "the \u017fupervisor refused", "ＲＵＤＥ staff"]


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    os.environ["SENTIMENT_KIT_CACHE"] = tempfile.mkdtemp(prefix="bench_prefilter_")  # compile, never load
    import sentiment_kit as sk
    from sentiment_kit.signals import detect

    kinds = {"whole documents": [doc[3] for doc in _documents(data_dir)],
             "sentences": [u["text"] for u in load_units(data_dir)],
             "tweet-length bench texts": load_pool(data_dir)[:60_000]}
    texts = [t for group in kinds.values() for t in group] + EXTRA
    print(f"{len(texts):,} texts ({len(set(texts)):,} distinct)")
    detect._PREFILTER[:] = [None]
    compile_from, detect.COMPILE_FROM = detect.COMPILE_FROM, float("inf")  # this many texts would compile it
    start = time.perf_counter()
    plain = sk.service_signals(texts, explain=True)
    t_plain = time.perf_counter() - start
    detect.COMPILE_FROM = compile_from
    detect._PREFILTER.clear()
    start = time.perf_counter()
    if not detect.prepare_prefilter():
        sys.exit("hyperscan is not installed: nothing to compare")
    t_compile = time.perf_counter() - start
    start = time.perf_counter()
    fast = sk.service_signals(texts, explain=True)
    t_fast = time.perf_counter() - start
    pd.testing.assert_frame_equal(fast, plain)
    flags = int(plain[list(sk.SIGNALS)].to_numpy().sum())
    print(f"identical: {flags:,} flags and their evidence")
    print(f"plain scan {t_plain:,.1f} s ({len(texts) / t_plain:,.0f} texts/s); with the prefilter {t_fast:,.1f} s "
          f"({len(texts) / t_fast:,.0f} texts/s): {t_plain / t_fast:.1f}x; compiling it once: {t_compile:,.1f} s")
    from sentiment_kit.text import strip_social

    prefilter = detect._prefilter()
    for kind, group in kinds.items():  # a text is read in pieces of up to 1,000 characters, as the signals read it
        found = [[prefilter.candidates(piece) for piece in detect._pieces(strip_social(t))] for t in group]
        readable = [c for c in found if all(p is not None for p in c)]
        none = sum(not any(c) for c in readable)
        print(f"{kind}: the prefilter rules out every pattern for {none / len(readable):.1%} "
              f"of the {len(readable):,} it can read (of {len(group):,})")


if __name__ == "__main__":
    main()
