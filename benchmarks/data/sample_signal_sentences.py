#!/usr/bin/env python3
"""Reproducibly sample candidate sentences for the service-failure signal eval set.

This script only SAMPLES candidates; it does not label them. The labels in
``signals_labelled.csv`` were assigned by reading every sentence (see
``SIGNALS_LABELLING.md``). Keyword hits are used here purely to make sure each
signal gets enough likely positives *and* keyword-bearing hard negatives.

Usage::

    python3 benchmarks/data/sample_signal_sentences.py [DATA_DIR] > candidates.csv

DATA_DIR defaults to ``<repo root>/../shared/data`` and must contain
``cfpb_complaints/complaints_sample.csv`` and
``cfpb_complaints/payday_loan_narratives.csv`` (CFPB Consumer Complaint
Database extracts; US government work, public domain).

Output (stdout, CSV): sentence_id, source_file, complaint_id, text, pool
where ``pool`` records why the sentence was drawn (e.g. ``escalation:strong``,
``rudeness:broad``, ``random``).

Standard library only (csv, re, random).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

SEED = 20261123
FILES = ("complaints_sample.csv", "payday_loan_narratives.csv")
TEXT_COL = "Consumer complaint narrative"
ID_COL = "Complaint ID"
MIN_LEN = 25
MAX_LEN = 400

# Per signal: how many sentences to draw from the "strong" keyword hits and from
# the "broad" hits (broad = matches the broad pattern but not the strong one;
# these are mostly hard negatives such as "the manager of the property").
N_STRONG = 30
N_BROAD = 10
N_RANDOM = 80
# public_review is rare in this corpus: take up to this many strong hits
# (in practice: all of them).
N_STRONG_OVERRIDE = {"public_review": 60}

SIGNAL_ORDER = (
    "escalation",
    "indifference",
    "rudeness",
    "broken_promise",
    "policy_refusal",
    "mistake_denied",
    "mistake_admitted",
    "intent_to_leave",
    "public_review",
)

KEYWORDS: dict[str, dict[str, list[str]]] = {
    "escalation": {
        "strong": [
            r"supervisor",
            r"escalat",
            r"higher[\s-]up",
            r"(speak|talk|spoke|talked|speaking) (to|with) (a|the|her|his|their|your|someone'?s?) manager",
            r"(ask|asked|asking|request|requested|demand|demanded) (for |to speak to |to talk to )?(a|the) manager",
            r"someone (higher|in charge|above)",
            r"executive (office|team|response|customer|resolution)",
            r"office of the president",
            r"corporate office",
        ],
        "broad": [
            r"manager",
            r"management",
            r"corporate",
            r"executive",
            r"headquarters",
            r"chain of command",
            r"supervis",
        ],
    },
    "indifference": {
        "strong": [
            r"never (responded|respond|called|call|got back|get back|heard|replied|returned)",
            r"no (response|reply|answer|return call|call back|callback|follow[- ]?up)",
            r"no one (ever )?(called|responded|answered|cared|helps?|got back)",
            r"ignor",
            r"on hold for",
            r"hold for (hours|over|an hour|\d+)",
            r"run[\s-]?around",
            r"transferred (me )?(from|to|around|back|again|multiple|several)",
            r"bounced (me )?(around|from|back)",
            r"(did|does|do)n.?t (seem to )?care",
            r"not care",
            r"explain(ed)? (it|my situation|everything|myself|the situation) (again|over)",
            r"over and over",
            r"fell on deaf ears",
            r"(no|without) (any )?(help|assistance|resolution)",
        ],
        "broad": [
            r"\bhold\b",
            r"transferred",
            r"respon(se|d)",
            r"call(ed)? back",
            r"\bcare\b",
            r"wait(ed|ing)",
        ],
    },
    "rudeness": {
        "strong": [
            r"\brude",
            r"hung up",
            r"hang up",
            r"hangs up",
            r"\byell",
            r"scream",
            r"condescend",
            r"disrespect",
            r"laugh(ed|ing)? at",
            r"insult",
            r"unprofessional",
            r"belittl",
            r"nasty",
            r"\bcurs(e|ed|ing)\b",
            r"berat",
            r"\bmock",
        ],
        "broad": [
            r"harass",
            r"threat",
            r"attitude",
            r"laugh",
            r"tone",
            r"abus",
            r"demean",
        ],
    },
    "broken_promise": {
        "strong": [
            r"\bpromis",
            r"\bassured",
            r"\bguaranteed",
            r"(told|informed|advised) me (that )?(they|she|he|it) would",
            r"(said|stated) (that )?(they|she|he) would",
            r"would (call|get back|be removed|be refunded|be credited|receive|send)",
            r"will call me back",
            r"(would|will) be (removed|deleted|corrected|fixed|refunded|credited|reversed|taken care)",
            r"never (did|happened|received|came)",
        ],
        "broad": [
            r"was told",
            r"they said",
            r"supposed to",
            r"\bwould\b",
            r"still (have|has|had) not",
        ],
    },
    "policy_refusal": {
        "strong": [
            r"polic(y|ies)",
            r"nothing (they|she|he|we|i|anyone|that they|that she|that he) (can|could)",
            r"unable to (help|assist|do)",
            r"not allowed",
            r"(against|per) (their|our|company|the bank.?s?) ",
            r"procedure",
            r"can ?not (help|assist|do anything)",
            r"could not (help|assist|do anything)",
            r"refused to",
            r"(rules|guidelines)\b",
        ],
        "broad": [
            r"refus",
            r"\brule\b",
            r"not able to",
            r"can ?not",
            r"won.?t",
            r"denied",
        ],
    },
    "mistake_denied": {
        "strong": [
            r"verified (as|the|that|it)",
            r"(claimed|stated|said|insist|maintain)\w* (that )?(the )?(information|account|it|debt|item|report)\w* (is|was) (accurate|correct|valid|verified)",
            r"blam",
            r"(my|our|customer.?s) fault",
            r"not (their|our) (fault|error|mistake|responsibility)",
            r"(deny|denied|denies) (any|that|responsibility|wrongdoing|the error|making)",
            r"no error",
            r"did nothing wrong",
            r"(insist|maintain)\w* (that|they)",
        ],
        "broad": [
            r"accurate",
            r"verified",
            r"\bdeni",
            r"fault",
            r"correct",
            r"valid",
        ],
    },
    "mistake_admitted": {
        "strong": [
            r"apolog",
            r"\badmit",
            r"acknowledged (the|their|that|it was|an|a|my)",
            r"(their|our|bank.?s|company.?s) (own )?(mistake|error|fault)",
            r"made (a|an) (mistake|error)",
            r"error on (their|our)",
            r"(was|is) (an|a) (error|mistake) on",
            r"(was|is) (their|our) (error|mistake|fault)",
        ],
        "broad": [
            r"mistake",
            r"\berror",
            r"fault",
            r"acknowledg",
            r"sorry",
        ],
    },
    "intent_to_leave": {
        "strong": [
            r"take (my|our) (business|money)",
            r"took (my|our) business",
            r"never (again )?(do|use|bank|work) ",
            r"(no longer|never again) (do|bank|use|be a customer)",
            r"move (my|our) (money|accounts|business)",
            r"pull(ed)? (my|all my|our) (money|funds)",
            r"switch(ed|ing)? (to|banks)",
            r"(will|going to|want to|decided to|had to|plan to) (close|cancel) (my|our|all)",
            r"\bi (closed|cancell?ed|am closing|will close) (my|our|all)",
            r"no longer (a|be a) (customer|member)",
            r"stop (banking|using|doing business)",
            r"done with (this|them)",
            r"(business|money) elsewhere",
        ],
        "broad": [
            r"(close|closed|closing|cancel+(ed|ing)?) (my|our|the) (account|card|loan|membership)",
            r"another (bank|company|lender)",
            r"recommend",
            r"loyal",
            r"customer for",
        ],
    },
    "public_review": {
        "strong": [
            r"social media",
            r"twitter|tweet",
            r"facebook",
            r"\byelp\b",
            r"instagram|tiktok|reddit|youtube",
            r"trustpilot",
            r"(online|public|bad|negative|buyer beware) reviews?",
            r"(leave|left|write|wrote|post|posted|provided|doing|share|sharing) (a |my |public |an online )?(\w+ )?reviews?",
            r"\bnews\b",
            r"newspaper",
            r"reporter|journalist",
            r"\bthe media\b",
            r"press release",
            r"public forum",
            r"(made|make|go|going) public",
            r"publicly",
            r"public exposure",
            r"warn (everyone|others|other people|people)",
            r"warning others",
            r"tell (everyone|everybody|others|the world)",
            r"let (everyone|everybody|the world|people) know",
            r"share (my|this|our) (experience|story)",
        ],
        "broad": [
            r"review",
            r"\bposted\b",
            r"\bpublic\b",
            r"better business",
            r"\bbbb\b",
            r"online",
            r"google",
        ],
    },
}


# Top-up stage, run AFTER the random draw (so the earlier selection is unchanged):
# after a first labelling pass broken_promise, mistake_admitted and
# intent_to_leave had fewer than 15 positives, so we draw extra candidates
# from narrower patterns for those signals.
N_TOPUP = 25
TOPUP_KEYWORDS: dict[str, list[str]] = {
    "broken_promise": [
        r"(promis|assur|guarantee|told me|said|stated|advised).{0,150}"
        r"(never (did|happened|came|received|heard|called|got)|still (have|has|had)n?.?t"
        r"|but (they|it|nothing|i never|no one|never)|did not|didn.t|has not|hasn.t"
        r"|have not|haven.t|no one ever|yet to)",
    ],
    "mistake_admitted": [
        r"apolog",
        r"\badmit(ted|s)?\b",
        r"acknowledged (the|their|that|it was|an|a) (error|mistake|issue|problem)",
        r"(their|our) (own )?(mistake|error|fault)",
        r"made (a|an) (mistake|error)",
        r"(agreed|confirmed) (that )?(it|this|there) was (an|a|their) (error|mistake)",
    ],
    "intent_to_leave": KEYWORDS["intent_to_leave"]["strong"]
    + [
        r"will be closing",
        r"(close|closed|cancel+ed) (my|our) accounts? (with|at)",
        r"(cancel|close).{0,40}(because|due to)",
        r"find (a|another) (new )?(bank|lender)",
        r"leave (this|the) bank",
        r"never (recommend|use)",
    ],
}


def split_sentences(text: str) -> list[str]:
    """Split a narrative on newlines and on [.!?] followed by whitespace."""
    out: list[str] = []
    for line in text.splitlines():
        for piece in re.split(r"(?<=[.!?])\s+", line):
            piece = piece.strip()
            if piece:
                out.append(piece)
    return out


def load_sentences(data_dir: Path) -> list[dict[str, str]]:
    """All usable sentences, deduplicated (case-insensitive, whitespace-normalised)."""
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for fname in FILES:
        path = data_dir / "cfpb_complaints" / fname
        with path.open(encoding="utf-8", newline="") as fh:
            for rec in csv.DictReader(fh):
                narrative = rec.get(TEXT_COL) or ""
                if not narrative.strip():
                    continue
                cid = rec[ID_COL].strip()
                for n, sent in enumerate(split_sentences(narrative), start=1):
                    if len(sent) < MIN_LEN or len(sent) > MAX_LEN:
                        continue
                    key = " ".join(sent.lower().split())
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(
                        {
                            "sentence_id": f"cfpb-{cid}-{n}",
                            "source_file": fname,
                            "complaint_id": cid,
                            "text": sent,
                        }
                    )
    return rows


def compile_any(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def sample(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    rng = random.Random(SEED)
    chosen: dict[str, str] = {}  # sentence_id -> pool
    for signal in SIGNAL_ORDER:
        strong = compile_any(KEYWORDS[signal]["strong"])
        broad = compile_any(KEYWORDS[signal]["broad"])
        strong_hits = [r for r in rows if strong.search(r["text"])]
        broad_hits = [
            r for r in rows if broad.search(r["text"]) and not strong.search(r["text"])
        ]
        n_strong = N_STRONG_OVERRIDE.get(signal, N_STRONG)
        for pool_name, hits, k in (
            ("strong", strong_hits, n_strong),
            ("broad", broad_hits, N_BROAD),
        ):
            avail = [r for r in hits if r["sentence_id"] not in chosen]
            picked = avail if len(avail) <= k else rng.sample(avail, k)
            for r in picked:
                chosen[r["sentence_id"]] = f"{signal}:{pool_name}"
    avail = [r for r in rows if r["sentence_id"] not in chosen]
    for r in rng.sample(avail, N_RANDOM):
        chosen[r["sentence_id"]] = "random"
    for signal, patterns in TOPUP_KEYWORDS.items():
        pat = compile_any(patterns)
        avail = [r for r in rows if pat.search(r["text"]) and r["sentence_id"] not in chosen]
        picked = avail if len(avail) <= N_TOPUP else rng.sample(avail, N_TOPUP)
        for r in picked:
            chosen[r["sentence_id"]] = f"{signal}:topup"
    by_id = {r["sentence_id"]: r for r in rows}
    # Stable output order: order of first appearance in the corpus.
    order = {r["sentence_id"]: i for i, r in enumerate(rows)}
    out = []
    for sid in sorted(chosen, key=order.__getitem__):
        rec = dict(by_id[sid])
        rec["pool"] = chosen[sid]
        out.append(rec)
    return out


def write_candidates(rows: list[dict[str, str]], fields: list[str], *, blind: bool, seed: int) -> None:
    """Write the sampled rows to standard output as CSV: with ``blind``, only ``sentence_id,text`` in an
    order shuffled with ``seed + 1`` (the annotators' file), else ``fields`` in the sampled order."""
    if blind:
        rows = list(rows)
        random.Random(seed + 1).shuffle(rows)
        fields = ["sentence_id", "text"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore",
                            quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def main(argv: list[str]) -> int:
    repo_root = Path(__file__).resolve().parents[2]
    data_dir = Path(argv[1]) if len(argv) > 1 else repo_root.parent / "shared" / "data"
    rows = load_sentences(data_dir)
    cands = sample(rows)
    writer = csv.DictWriter(
        sys.stdout,
        fieldnames=["sentence_id", "source_file", "complaint_id", "text", "pool"],
        quoting=csv.QUOTE_MINIMAL,
        lineterminator="\n",
    )
    writer.writeheader()
    writer.writerows(cands)
    print(
        f"# {len(rows)} usable sentences; {len(cands)} candidates sampled (seed {SEED})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
