#!/usr/bin/env python3
"""Sample the second development set (``dev2``) and the fresh test set (``test2``) of the signals.

The first test set (``signals_labelled.csv``) had one round of error analysis and was then
reused, so its numbers are no longer a clean estimate. This script draws new sentences from the
complaints that neither earlier set touched, and splits those complaints into two halves by a
hash of the complaint ID (no narrative has sentences in both halves):

* ``dev2`` (hash even): for the two signals that missed the precision target
  (``broken_promise``, ``intent_to_leave``), every sentence the rules of the current package
  flag, plus up to 40 keyword hits per signal the rules do not flag (to see what they miss).
  Used to develop the rules; its errors are read. ``dev2b`` (same half) adds, for the other seven
  signals, up to 25 flagged sentences each, drawn uniformly, so that their precision on real
  traffic (not on keyword-built sets) is checked before the rules are frozen.
* ``test2`` (hash odd): drawn once, **after** the rules were frozen, and labelled blind (the
  annotators saw only ``sentence_id`` and ``text``, shuffled). For each of the nine signals, up
  to 50 sentences the frozen rules flag (all of them when fewer), drawn uniformly from
  everything the rules flag in that half, plus 120 sentences drawn uniformly from the half. The
  flagged sentences are a uniform sample of the rules' output on real complaints, so
  precision on them estimates precision in use (not on a keyword-built set).
* ``test3``: after test2 was measured and its errors read, the rules of six signals changed; with
  them frozen again, up to 40 sentences per changed signal drawn uniformly from everything they
  flag among the sentences no labelled set holds (any complaint), labelled blind the same way.
* ``test4``: the same for policy_refusal and mistake_denied after test3's errors were read.
* ``uci``: every sentence the rules (frozen with test4) flag in the UCI "Sentiment Labelled
  Sentences" (phone, film and restaurant reviews; CC BY 4.0, Kotzias et al. 2015), plus 40 at
  random: real customer text from outside finance.
* ``vader``: the same for VADER's gold-standard corpora (Hutto & Gilbert 2014; shipped in the
  ``vaderSentiment`` source distribution on PyPI, MIT licence; fetched by ``benchmarks/_data.py``):
  every sentence the rules (frozen after the UCI fixes) flag in the Amazon product-review snippets and
  the tweets, up to 25 per signal drawn uniformly from what they flag in the film-review snippets,
  plus 40 Amazon/tweet snippets at random. The NYT editorial snippets are not customer text and
  are not drawn from.

It reuses the splitting, filtering and deduplication of ``sample_signal_sentences.py``.
Unlike the earlier samplers it imports ``sentiment_kit`` (the rules decide the pools), so
the draw depends on the package version: the commit is recorded in ``SIGNALS_LABELLING.md``.

Usage::

    python benchmarks/data/sample_signal_fresh_sentences.py dev2|dev2b|test2|test3|test4|uci|vader [DATA_DIR] [--blind] > out.csv

``--blind`` writes only ``sentence_id,text`` in a shuffled order, for the annotator.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import random
import sys
from pathlib import Path

from sample_signal_sentences import (
    KEYWORDS,
    SIGNAL_ORDER,
    TOPUP_KEYWORDS,
    compile_any,
    load_sentences,
    write_candidates,
)

HERE = Path(__file__).resolve().parent
#: signals_dev.csv lives with the tests, which use it.
SIGNALS_DEV = HERE.parents[1] / "tests" / "signals" / "data" / "signals_dev.csv"
EARLIER_SETS = (HERE / "signals_labelled.csv", SIGNALS_DEV)
SEEDS = {"dev2": 2026, "dev2b": 2027, "test2": 112326, "test3": 2311, "test4": 2312, "uci": 2313, "vader": 2314}
#: vader: corpora drawn from in full / capped per signal (film snippets are many and mostly not about service).
VADER_FULL = ("amazon", "tweets")
VADER_CAPPED = ("movies",)
N_FLAGGED_VADER_CAPPED = 25
#: test4: the two signals changed after test3 (rules frozen at a349f9e), from sentences no set holds.
TEST4_SIGNALS = ("policy_refusal", "mistake_denied")
#: uci: every sentence the rules flag in the three UCI review files (phones, films, restaurants),
#: plus 40 drawn at random from them: real customer text from outside finance.
UCI_FILES = ("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt")
N_RANDOM_UCI = 40
#: test3: the signals whose rules changed after test2 was measured, drawn from every sentence no
#: labelled set holds (both halves and the rest of the earlier sets' complaints).
TEST3_SIGNALS = ("indifference", "broken_promise", "policy_refusal", "mistake_denied", "mistake_admitted",
                 "intent_to_leave")
N_FLAGGED_TEST3 = 40
DEV2_SIGNALS = ("broken_promise", "intent_to_leave")
DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data"
N_UNFLAGGED = 40
N_FLAGGED = 50
N_FLAGGED_DEV2B = 25
N_RANDOM = 120


def used_complaints() -> set[str]:
    """Complaint IDs with a sentence in an earlier labelled set."""
    out: set[str] = set()
    for path in EARLIER_SETS:
        with path.open(encoding="utf-8", newline="") as fh:
            out |= {rec["complaint_id"].strip() for rec in csv.DictReader(fh)}
    return out


def half_of(complaint_id: str) -> str:
    return "dev2" if int(hashlib.sha256(complaint_id.encode()).hexdigest(), 16) % 2 == 0 else "test2"


def sample(rows: list[dict[str, str]], which: str) -> list[dict[str, str]]:
    import sentiment_kit as sk

    if which == "uci":
        return sample_uci(rng_seed=SEEDS["uci"])
    if which == "vader":
        return sample_vader(rng_seed=SEEDS["vader"])
    if which in ("test3", "test4"):
        labelled: set[str] = set()
        for path in (*EARLIER_SETS, HERE / "signals_dev2.csv", HERE / "signals_test2.csv") + (
                (HERE / "signals_test3.csv",) if which == "test4" else ()):
            with path.open(encoding="utf-8", newline="") as fh:
                labelled |= {rec["sentence_id"] for rec in csv.DictReader(fh)}
        rows = [r for r in rows if r["sentence_id"] not in labelled]
    else:
        used = used_complaints()
        half = "dev2" if which == "dev2b" else which
        rows = [r for r in rows if r["complaint_id"] not in used and half_of(r["complaint_id"]) == half]
    if which == "dev2b":  # the dev2 sentences themselves are not drawn again
        with (HERE / "signals_dev2.csv").open(encoding="utf-8", newline="") as fh:
            dev2 = {rec["sentence_id"] for rec in csv.DictReader(fh)}
        rows = [r for r in rows if r["sentence_id"] not in dev2]
    rng = random.Random(SEEDS[which])
    flags = sk.service_signals([r["text"] for r in rows])
    chosen: dict[str, list[str]] = {}  # sentence -> every pool it was drawn for
    signals = {"dev2": DEV2_SIGNALS, "dev2b": [s for s in SIGNAL_ORDER if s not in DEV2_SIGNALS],
               "test3": TEST3_SIGNALS, "test4": TEST4_SIGNALS}.get(which, SIGNAL_ORDER)
    for signal in signals:
        hit = flags[signal].to_numpy()
        flagged = [r for r, h in zip(rows, hit) if h]
        k = {"dev2": len(flagged), "dev2b": N_FLAGGED_DEV2B, "test3": N_FLAGGED_TEST3, "test4": N_FLAGGED_TEST3}.get(which, N_FLAGGED)
        picked = flagged if len(flagged) <= k else rng.sample(flagged, k)
        for r in picked:
            chosen.setdefault(r["sentence_id"], []).append(f"{signal}:flagged")
        if which == "dev2":
            pat = compile_any(KEYWORDS[signal]["strong"] + TOPUP_KEYWORDS.get(signal, []))
            missed = [r for r, h in zip(rows, hit) if not h and pat.search(r["text"])
                      and r["sentence_id"] not in chosen]
            for r in missed if len(missed) <= N_UNFLAGGED else rng.sample(missed, N_UNFLAGGED):
                chosen[r["sentence_id"]] = [f"{signal}:keyword-unflagged"]
    if which == "test2":
        avail = [r for r in rows if r["sentence_id"] not in chosen]
        for r in rng.sample(avail, N_RANDOM):
            chosen[r["sentence_id"]] = ["random"]
    order = {r["sentence_id"]: i for i, r in enumerate(rows)}
    by_id = {r["sentence_id"]: r for r in rows}
    return [{**by_id[sid], "pool": ";".join(chosen[sid])} for sid in sorted(chosen, key=order.__getitem__)]


def sample_uci(rng_seed: int) -> list[dict[str, str]]:
    """Every UCI review sentence the rules flag (any signal), plus N_RANDOM_UCI others at random."""
    import sentiment_kit as sk

    rows = []
    for fname in UCI_FILES:
        with (DATA_DIR / "uci_sentences" / fname).open(encoding="utf-8", newline="") as fh:
            for n, line in enumerate(fh, start=1):
                text = line.rsplit("\t", 1)[0].strip()
                if text:
                    rows.append({"sentence_id": f"uci-{fname.split('_')[0]}-{n}", "source_file": fname,
                                 "complaint_id": "", "text": text})
    flags = sk.service_signals([r["text"] for r in rows])
    chosen: dict[str, list[str]] = {}
    for signal in SIGNAL_ORDER:
        for r, h in zip(rows, flags[signal].to_numpy()):
            if h:
                chosen.setdefault(r["sentence_id"], []).append(f"{signal}:flagged")
    rest = [r for r in rows if r["sentence_id"] not in chosen]
    for r in random.Random(rng_seed).sample(rest, N_RANDOM_UCI):
        chosen[r["sentence_id"]] = ["random"]
    return [{**r, "pool": ";".join(chosen[r["sentence_id"]])} for r in rows if r["sentence_id"] in chosen]


def sample_vader(rng_seed: int) -> list[dict[str, str]]:
    """Flagged snippets of VADER's Amazon reviews and tweets (all) and film reviews (capped), plus random ones."""
    import sentiment_kit as sk

    spec = importlib.util.spec_from_file_location("_data", HERE.parent / "_data.py")  # benchmarks/_data.py
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)

    rng = random.Random(rng_seed)
    chosen: dict[str, list[str]] = {}
    every: list[dict[str, str]] = []
    for name in VADER_FULL + VADER_CAPPED:
        df = data.vader_corpus(name, DATA_DIR)
        rows = [{"sentence_id": f"vader-{name}-{i}", "source_file": data.VADER_CORPORA[name], "complaint_id": "",
                 "text": t.strip()} for i, t in zip(df["id"], df["text"])]
        every += rows
        flags = sk.service_signals([r["text"] for r in rows])
        for signal in SIGNAL_ORDER:
            flagged = [r for r, h in zip(rows, flags[signal].to_numpy()) if h]
            if name in VADER_CAPPED and len(flagged) > N_FLAGGED_VADER_CAPPED:
                flagged = rng.sample(flagged, N_FLAGGED_VADER_CAPPED)
            for r in flagged:
                chosen.setdefault(r["sentence_id"], []).append(f"{signal}:flagged")
    rest = [r for r in every if r["sentence_id"] not in chosen and r["sentence_id"].split("-")[1] in VADER_FULL]
    for r in rng.sample(rest, N_RANDOM_UCI):
        chosen[r["sentence_id"]] = ["random"]
    return [{**r, "pool": ";".join(chosen[r["sentence_id"]])} for r in every if r["sentence_id"] in chosen]


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args or args[0] not in SEEDS:
        print(__doc__, file=sys.stderr)
        return 2
    which = args[0]
    global DATA_DIR
    DATA_DIR = Path(args[1]) if len(args) > 1 else DATA_DIR
    cands = sample([] if which in ("uci", "vader") else load_sentences(DATA_DIR), which)
    write_candidates(cands, ["sentence_id", "source_file", "complaint_id", "text", "pool"],
                     blind="--blind" in argv, seed=SEEDS[which])
    print(f"# {which}: {len(cands)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
